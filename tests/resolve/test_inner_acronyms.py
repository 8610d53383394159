"""A known acronym inside a longer name (issue 15 item 2): "<modifiers> <ACRONYM>" is "<modifiers> <long form>"
when the graph or the lexicons settle the acronym's long form ("multilingual NMT" / "multilingual neural machine
translation", "cross-lingual NER", "biomedical QA"). Rule 10 of resolve.merging, on invented names."""

from __future__ import annotations

from paperkg.resolve.merging import inner_acronym_kinds, inner_acronym_twins, plan_merges, settled_long_forms


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


def test_rule_10_of_one_kind_leaves_other_kinds_and_unsettled_or_fragment_names():
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


def test_a_modified_acronym_of_another_kind_joins_its_long_form_in_the_kind_most_papers_give_it():
    """Acronym and long form are one entity (ANNOTATION.md), one type by the corpus (issue 15 item 2): the 44k
    ACL graph had 34 such pairs apart ("Offline ST" Method / "offline speech translation" Task, "English WSD"
    Dataset / "English Word Sense Disambiguation" Task, "Turkish AMR" Dataset / "Turkish Abstract Meaning
    Representation" Task)."""
    rows = [
        ZP,
        _row("Method:ozp", "offline ZP", 1),  # typed by nothing: Method by default
        _row("Task:ozp2", "offline zorb parsing", 22),
        _row("Dataset:ezp", "English ZP", 3),
        _row("Task:ezp2", "English Zorb Parsing", 2),
    ]
    votes = {"Dataset:ezp": {"Dataset": 1, "Task": 2}, "Task:ezp2": {"Task": 2}}
    merged = plan_merges(rows, synonym_of={}, kind_votes=lambda keys: {k: votes[k] for k in keys if k in votes})
    assert merged["Method:ozp"] == "Task:ozp2"
    assert merged["Dataset:ezp"] == "Task:ezp2"  # 4 papers typed it a Task, 1 a Dataset
    assert [(a["key"], b["key"]) for a, b in inner_acronym_kinds(rows)] == [
        ("Method:ozp", "Task:ozp2"),
        ("Dataset:ezp", "Task:ezp2"),
    ]


def test_a_modified_acronym_typed_apart_from_its_long_form_by_many_papers_stays():
    rows = [ZP, _row("Dataset:czp", "Chinese ZP", 12), _row("Task:czp2", "Chinese zorb parsing", 14)]
    assert "Dataset:czp" not in plan_merges(rows, synonym_of={}) and "Task:czp2" not in plan_merges(rows, synonym_of={})
