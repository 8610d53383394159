"""An acronym the paper defines as a technique of its own is not the lexicon's entry of another kind
(extract.concepts.own_sense_types / proposed_technique); invented names throughout."""

from __future__ import annotations

import pytest

from paperkg.extract.concepts import MentionGroup, own_sense_types


def _group(long_form: str, introduced: bool, lexicon_kind: str = "Dataset") -> MentionGroup:
    # "we propose Zorb-Aware Rejection Tuning (ZART)", while a lexicon lists ZART (no long form) as `lexicon_kind`
    return MentionGroup(
        surfaces=[long_form, "ZART"],
        types={lexicon_kind: 8, "Method": 6} if lexicon_kind != "Method" else {"Method": 14},
        introduced=introduced,
        long_forms={long_form},
        lexicon_types={lexicon_kind: 8},
        lexicon_names={"ZART"},
    )


@pytest.mark.parametrize("head", ["Tuning", "Training", "Learning", "Optimization", "Algorithm", "Method"])
def test_a_technique_the_paper_proposes_under_a_listed_acronym_is_its_own_method(head):
    g = _group(f"Zorb-Aware Rejection {head}", introduced=True)
    own_sense_types(g, {})  # the entry ZART lists no long form
    assert g.types == {"Method": 6}


@pytest.mark.parametrize(
    ("long_form", "introduced", "kind"),
    [
        ("Zorb-Aware Rejection Tuning", False, "Dataset"),  # only used, not proposed: the lexicon's sense may be meant
        ("Zorb Evaluation Framework", True, "Dataset"),  # a benchmark is also called a framework
        ("Zorb Answering Reading Test", True, "Dataset"),  # no procedure word: the paper may be the entry's origin
        ("Zorb-Aware Rejection Tuning", True, "Method"),  # the entry is a technique already
    ],
)
def test_otherwise_an_entry_without_a_long_form_keeps_its_votes(long_form, introduced, kind):
    g = _group(long_form, introduced, kind)
    before = dict(g.types)
    own_sense_types(g, {})
    assert g.types == before
