"""A known acronym inside a longer name (issue 15 item 2): "<modifiers> <ACRONYM>" is "<modifiers> <long form>"
when the graph or the lexicons settle the acronym's long form ("multilingual NMT" / "multilingual neural machine
translation", "cross-lingual NER", "biomedical QA"). Rule 10 of resolve.merging, on invented names."""

from __future__ import annotations

from paperkg.resolve.merging import inner_acronym_twins, plan_merges, settled_long_forms


def _row(key, name, papers, aliases=()):
    return {"key": key, "name": name, "kind": key.split(":")[0], "aliases": list(aliases), "paper_count": papers}


ZP = _row("Task:zp", "zorb parsing", 400, ["ZP", "Zorb Parsing"])


def test_a_modified_acronym_joins_the_modified_long_form_of_its_kind():
    rows = [
        ZP,
        _row("Task:mzp", "multilingual ZP", 36, ["Multilingual ZP"]),
        _row("Task:mzp2", "multilingual zorb parsing", 88, ["Multilingual Zorb Parsing"]),
        _row("Task:lzp", "low-resource ZPs", 10),
        _row("Task:lzp2", "Low-Resource Zorb-Parsing", 23),
        _row("Task:czp", "cross-lingual zorb parsing", 4),
        _row("Task:czp2", "cross-lingual ZP", 25),
    ]
    assert inner_acronym_twins(rows) == {"Task:czp": "Task:czp2", "Task:lzp": "Task:lzp2", "Task:mzp": "Task:mzp2"}
    assert {k: v for k, v in plan_merges(rows, synonym_of={}).items() if k != "Task:zp"} == {
        "Task:czp": "Task:czp2",
        "Task:lzp": "Task:lzp2",
        "Task:mzp": "Task:mzp2",
    }


def test_no_merge_across_kinds_without_a_settled_long_form_or_after_a_small_word():
    rows = [
        ZP,
        _row("Method:mzp", "multilingual ZP", 3),  # another kind than its twin
        _row("Task:mzp2", "multilingual zorb parsing", 8),
        _row("Task:ozp", "On ZP", 2),  # a fragment: no modifier but a small word
        # "QX" expands to two things, neither dominant: not settled
        _row("Task:qx", "QX", 10, ["quux xylography"]),
        _row("Task:qx2", "quiet xenon", 9, ["QX"]),
        _row("Task:bqx", "bio QX", 4),
        _row("Task:bqx2", "bio quux xylography", 6),
    ]
    assert inner_acronym_twins(rows) == {}
    assert ("", "qx") not in settled_long_forms(rows)


def test_a_name_its_papers_expand_otherwise_or_a_pair_the_field_keeps_apart_stays():
    rows = [
        ZP,
        _row("Task:mzp", "multilingual ZP", 5, ["multilingual zebra pruning"]),  # its own long form: another sense
        _row("Task:mzp2", "multilingual zorb parsing", 8),
    ]
    assert inner_acronym_twins(rows) == {}


def test_the_lexicon_settles_an_acronym_no_concept_of_the_graph_expands():
    rows = [_row("Task:bzp", "biomedical ZP", 3), _row("Task:bzp2", "biomedical zorb parsing", 7)]
    entry_of = {("Task", "zp"): "zorb parsing", ("Task", "≈zorbparsing"): "zorb parsing"}
    assert inner_acronym_twins(rows) == {}
    assert inner_acronym_twins(rows, entry_of) == {"Task:bzp": "Task:bzp2"}
