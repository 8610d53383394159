"""Issue 15 (reviewer26): case twins, bare labels, versions, topics beside concepts, and proposals whose
title does not present the concept. Invented names only."""

from __future__ import annotations

import pytest

from paperkg.extract.lexicon import LexiconEntry, split_versions
from paperkg.model import Entity
from paperkg.resolve import ConceptResolver, versioned_acronym
from paperkg.resolve.audit import audit, counts
from paperkg.resolve.debris import clean_entities, is_bare_label
from paperkg.resolve.kinds import namesakes
from paperkg.resolve.merging import case_twins, plan_merges
from paperkg.resolve.proposals import untitled_proposals


def _row(key, name, papers, aliases=()):
    return {"key": key, "name": name, "kind": key.split(":")[0], "aliases": list(aliases), "paper_count": papers}


def test_a_plural_in_capitals_is_a_case_twin_and_merges():
    rows = [_row("Dataset:zorbs", "ZORBS", 12), _row("Dataset:zorb", "Zorbs", 5)]
    assert plan_merges(rows, synonym_of={}) == {"Dataset:zorb": "Dataset:zorbs"}
    found = audit(rows)
    assert counts(found)["twins"] == 1


def test_case_twins_keep_symbols_and_letters():
    rows = [
        _row("Dataset:qlue", "QLUE", 9),
        _row("Dataset:qlue+", "Qlue+", 2),
        _row("Model:clips", "CLiPS", 3),
        _row("Model:clip", "CLIP", 9),
    ]
    assert case_twins(rows) == []
    assert plan_merges(rows, synonym_of={}) == {}


def test_case_twins_with_two_senses_stay_apart():
    rows = [
        _row("Method:vexes", "VEXES", 4, ["Variational EXpert Ensembles"]),
        _row("Method:vexe", "Vexes", 2, ["Vector Exchange Schemes"]),
    ]
    assert case_twins(rows) == []
    assert "Method:vexe" not in plan_merges(rows, synonym_of={})


@pytest.mark.parametrize(
    "name",
    [
        "Subtask-1",
        "SubTask 2",
        "Sub-Task-1",
        "Task1",
        "Task-7",
        "TASK 4",
        "Track 2a",
        "Top-5",
        "subtask B",
        "SubTask",
        "Subtask1.2",
    ],
)
def test_bare_labels_are_no_names(name):
    assert is_bare_label(name)


@pytest.mark.parametrize(
    "name", ["ZorbEval 2031 Task 1", "top-5 accuracy", "Taskmaster-2", "T5", "TaskBench", "Tracking", "Topaz-3"]
)
def test_names_with_a_label_word_are_names(name):
    assert not is_bare_label(name)


def test_a_bare_label_and_its_alias_are_dropped_before_resolving():
    ents = (Entity("Subtask-1", "Dataset", ("S1",)), Entity("ZorbEval 2031 Task 1", "Dataset", ("Task 1",)))
    kept = clean_entities(ents, "")
    assert [(e.name, e.aliases) for e in kept] == [("ZorbEval 2031 Task 1", ())]


def test_a_versioned_short_name_keys_its_entity_not_the_shared_long_form():
    resolver = ConceptResolver()
    first = resolver.resolve(Entity("Quantum Zorb Recognition", "Dataset", ("QuZoR",)))
    second = resolver.resolve(Entity("Quantum Zorb Recognition", "Dataset", ("QuZoR II",)))
    third = resolver.resolve(Entity("QuZoR 2", "Dataset"))
    assert first.key != second.key == third.key == "Dataset:quzor2"
    assert versioned_acronym(["Quantum Zorb Transformer 3", "QZT-3"]) is None  # the long form has the version


def test_lexicon_versions_listed_as_aliases_become_entries():
    entries = split_versions(
        [
            LexiconEntry("ZorbRel", "Dataset", ("ZorbRel 2.0", "Zorb-Rel", "ZorbRel v2")),
            LexiconEntry("zorbF", "Metric", ("zorbF2",)),
        ]
    )
    assert [(e.name, e.aliases) for e in entries] == [
        ("ZorbRel", ("Zorb-Rel",)),
        ("ZorbRel 2.0", ("ZorbRel v2",)),
        ("zorbF", ("zorbF2",)),
    ]


def test_a_topic_beside_a_concept_of_its_name_has_a_reason():
    rows = [_row("Topic:zorbmodel", "zorb models", 900), _row("Method:zorbmodel", "zorb models", 20)]
    (other,) = namesakes("Topic:zorbmodel", rows)
    assert other["reasons"]


def test_a_widely_used_concept_is_proposed_only_by_a_title_that_presents_it():
    titles = {
        "a": "ZorbNet: A Network for Zorbs",
        "b": "Tagging Zorbs in Mixed Zorb-Switching Data",
        "c": "ZORB: A Corpus of Zorbs",
        "d": "Zorbify: A Zorb Dataset",
    }
    spellings = {
        "Model:zorbnet": ["ZorbNet"],
        "Method:zs": ["zorb-switching", "Zorb-Switching"],
        "Model:zorb": ["ZORB"],
        "Dataset:zorbify": ["Zorbify"],
    }
    pairs = [("a", "Model:zorbnet"), ("b", "Method:zs"), ("c", "Model:zorb"), ("d", "Dataset:zorbify")]
    assert set(untitled_proposals(pairs, titles, spellings)) == {("b", "Method:zs"), ("c", "Model:zorb")}


def test_a_roman_and_an_arabic_version_are_one_edition_and_the_base_stays_apart():
    rows = [
        _row("Dataset:zorbnerii", "ZorbNER II", 8),
        _row("Dataset:zorbner2", "ZorbNER 2", 5),
        _row("Dataset:zorbner", "ZorbNER", 40),
    ]
    assert plan_merges(rows, synonym_of={}) == {"Dataset:zorbner2": "Dataset:zorbnerii"}


def test_two_kinds_the_lexicons_list_as_two_entries_stay_apart():
    """Rule 2 (one name, the majority kind) does not join a name the lexicons list for two things, one entry
    per kind (the metric ZORK and the model "zero-order reasoning kernel", both written ZORK); a kind the
    lexicons do not list for the name still joins (a Method typed so by one paper's context)."""
    entries = {
        ("Metric", "zork"): "ZORK",
        ("Model", "zork"): "zero-order reasoning kernel",
        ("Model", "zeroorderreasoningkernel"): "zero-order reasoning kernel",
    }
    rows = [
        _row("Metric:zork", "ZORK", 90),
        _row("Model:zeroorderreasoningkernel", "ZORK", 7, ["zero-order reasoning kernel"]),
        _row("Method:zork", "ZORK", 1),
    ]
    assert plan_merges(rows, synonym_of={}, entry_of=entries) == {"Method:zork": "Metric:zork"}
    assert plan_merges(rows, synonym_of={}, entry_of={})["Model:zeroorderreasoningkernel"] == "Metric:zork"


def test_paperkg_concept_says_why_a_lexicon_listed_namesake_stays_apart():
    from paperkg.resolve.kinds import namesakes

    entries = {("Metric", "zork"): "ZORK", ("Model", "zork"): "zero-order reasoning kernel"}
    rows = [_row("Metric:zork", "ZORK", 90), _row("Model:zork", "ZORK", 7)]
    assert namesakes("Model:zork", rows)[0]["reasons"] == []  # without the lexicons: a missed merge
    (other,) = namesakes("Model:zork", rows, entries)
    assert other["reasons"] == [
        "the lexicons list the name for two things: ZORK (Metric) there, zero-order reasoning kernel (Model) here"
    ]


def test_an_acronym_alias_the_lexicons_list_elsewhere_does_not_keep_two_kinds_apart():
    """Only the names decide: "spoken zorb systems" typed Task and Method merges though a paper's alias "SZS"
    is the lexicons' acronym of another Method (as SDS is of score distillation sampling)."""
    entries = {
        ("Task", "spokenzorbsystem"): "spoken zorb system",
        ("Task", "szs"): "spoken zorb system",
        ("Method", "szs"): "spectral zorb sampling",
    }
    rows = [
        _row("Task:spokenzorbsystem", "spoken zorb systems", 8, ["SZS"]),
        _row("Method:spokenzorbsystem", "spoken zorb systems", 4, ["SZS"]),
    ]
    assert plan_merges(rows, synonym_of={}, entry_of=entries) == {"Method:spokenzorbsystem": "Task:spokenzorbsystem"}


def test_a_name_another_concept_holds_as_its_acronym_in_small_letters_joins_it():
    """benchmarks/incremental.py on ACL 3k: one build kept "seq2seq" (16 papers) apart from "sequence-to-sequence"
    (50), which holds "seq2seq" as its acronym because one of its papers wrote "SEQ2SEQ" (a spelling in capitals
    makes the small-letter ones that acronym); the store grown in two batches merged them before that paper came."""
    from paperkg.resolve.merging import plan_merges

    rows = [
        {"key": "Method:z2z", "name": "zorb2zorb", "kind": "Method", "aliases": ["Zorb2Zorb"], "paper_count": 16},
        {
            "key": "Method:zz",
            "name": "zorb-to-zorb",
            "kind": "Method",
            "paper_count": 50,
            "aliases": ["Zorb2Zorb", "zorb2zorb", "ZORB2ZORB", "Zorb-to-Zorb"],
        },
        # another sense: its own long form
        {"key": "Method:q2q", "name": "quux2quux", "kind": "Method", "aliases": ["quick-to-quick"], "paper_count": 3},
        {
            "key": "Method:qq",
            "name": "quux-to-quux",
            "kind": "Method",
            "aliases": ["quux2quux", "QUUX2QUUX"],
            "paper_count": 40,
        },
    ]
    merged = plan_merges(rows, synonym_of={})
    assert merged.get("Method:z2z") == "Method:zz"
    assert "Method:q2q" not in merged


def test_a_papers_own_long_form_does_not_take_the_kind_of_another_senses_bare_papers():
    # invented: one paper proposes "Zorb Concatenation of Embeddings (ZCE)" (Method), one uses it typed Dataset;
    # forty papers write a bare "ZCE" for the corpora the lexicons expand as "Zonal Corpus Extraction"
    rows = [
        {
            "key": "Method:zorbconcatenationofembedding",
            "name": "Zorb Concatenation of Embeddings",
            "kind": "Method",
            "aliases": ["ZCE"],
            "paper_count": 1,
        },
        {
            "key": "Dataset:zorbconcatenationofembedding",
            "name": "Zorb Concatenation of Embeddings",
            "kind": "Dataset",
            "aliases": ["ZCE"],
            "paper_count": 1,
        },
        {"key": "Dataset:zce", "name": "ZCE", "kind": "Dataset", "aliases": [], "paper_count": 40},
    ]
    listed = {"zce": {"ZCE": frozenset({"zonalcorpusextraction"})}}
    merged = plan_merges(rows, synonym_of={}, listed_long_forms=listed)
    assert merged.get("Dataset:zorbconcatenationofembedding") == "Method:zorbconcatenationofembedding"


def test_a_model_variant_written_out_and_by_its_short_mark_is_one_model():
    # invented names: "ZPT-5V" in 30 papers, "ZPT-5 Vision" in 3; "Zorb-9B-Instruct" and "Zorb-9B-IT"
    rows = [
        {"key": "Model:zpt5v", "name": "ZPT-5V", "kind": "Model", "aliases": [], "paper_count": 30},
        {"key": "Model:zpt5vision", "name": "ZPT-5 Vision", "kind": "Model", "aliases": [], "paper_count": 3},
        {"key": "Model:zpt5", "name": "ZPT-5", "kind": "Model", "aliases": [], "paper_count": 300},
        {"key": "Model:zorb9binstruct", "name": "Zorb-9B-Instruct", "kind": "Model", "aliases": [], "paper_count": 9},
        {"key": "Model:zorb9bit", "name": "Zorb-9B-IT", "kind": "Model", "aliases": [], "paper_count": 1},
    ]
    merged = plan_merges(rows, synonym_of={})
    assert merged == {"Model:zpt5vision": "Model:zpt5v", "Model:zorb9bit": "Model:zorb9binstruct"}
