"""Acronyms read off long forms (resolve.longform): more than initials, never letters out of order."""

from __future__ import annotations

import pytest

from paperkg.resolve.longform import long_form_senses, spells


@pytest.mark.parametrize(
    "short, long",
    [
        ("GLEAM", "global evaluation of aligned meaning"),  # "GL" of "global", small word skipped
        ("FroQA", "Frobnicated Question Answering"),
        ("ZIPT", "Zero-shot Image Pre-Training"),  # every part of a hyphenated word
        ("ZIP", "Zero-shot Image Pre-Training"),  # or its first part only
        ("LFMs", "large frob models"),  # a plural "s" is no letter
    ],
)
def test_an_acronym_spelled_by_pieces_of_its_long_forms_words(short, long):
    assert spells(short, long)


@pytest.mark.parametrize(
    "short, long",
    [
        ("GLAEM", "global evaluation of aligned meaning"),  # letters out of order
        ("GLEAM", "global evaluation"),  # a letter no word gives ("M")
        ("GLEAM", "global evaluation of aligned meaning statistics"),  # a word gives no letter
        ("GEAMX", "global evaluation of aligned meaning"),  # a letter after the last word
        ("GLEAM-2", "global evaluation of aligned meaning"),  # an edition
        ("GLEAM", "GLEAM"),  # one word: no long form
    ],
)
def test_no_acronym_from_letters_out_of_order_or_missing_words(short, long):
    assert not spells(short, long)


def test_long_form_senses_by_kind_or_across_kinds():
    rows = [
        {"key": "Metric:gleam", "name": "GLEAM", "kind": "Metric", "paper_count": 9},
        {"key": "Metric:glo", "name": "global evaluation of aligned meaning", "kind": "Metric", "paper_count": 3},
        {"key": "Method:gle", "name": "graph learning with edge attention masks", "kind": "Method", "paper_count": 2},
    ]
    by_kind = long_form_senses(rows, same_kind=True)
    assert [c["key"] for c in by_kind[("Metric", "gleam")]] == ["Metric:glo"]
    assert [c["key"] for c in long_form_senses(rows, same_kind=False)[("", "gleam")]] == ["Metric:glo", "Method:gle"]
    assert long_form_senses(rows, same_kind=False, acronyms={"frob"}) == {}
