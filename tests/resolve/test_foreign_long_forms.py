"""A paper's long form of a third thing does not join a lexicon entry of another kind (issue 15 item 3, read35:
the COMET metric had taken a dialogue model's "COntext-aware Memory Enhanced Transformer framework" as an alias,
and with it the commonsense papers' bare COMET). Invented names only."""

from __future__ import annotations

from paperkg.refresh.reading import lexicon_long_forms
from paperkg.resolve.kinds import foreign_long_form
from paperkg.resolve.merging import plan_merges

ENTRIES = {
    ("Metric", "zork"): "ZORK",
    ("Model", "zork"): "zero-order reasoning kernel",
    ("Model", "zeroorderreasoningkernel"): "zero-order reasoning kernel",
    ("Dataset", "qux"): "QUX",
    ("Dataset", "quizunderexamination"): "QUX",
}
LISTED = {
    "zork": {"ZORK": frozenset(), "zero-order reasoning kernel": frozenset({"zeroorderreasoningkernel"})},
    "qux": {"QUX": frozenset({"quizunderexamination"})},
}


def _row(key, name, papers, aliases=()):
    return {"key": key, "name": name, "kind": key.split(":")[0], "aliases": list(aliases), "paper_count": papers}


def test_a_third_long_form_stays_off_the_lexicon_entry_of_another_kind():
    """'Zipped Object Retrieval Kit (ZORK)' typed Method by its paper is neither the metric nor the kernel."""
    rows = [
        _row("Metric:zork", "ZORK", 90),
        _row("Model:zeroorderreasoningkernel", "ZORK", 7, ["zero-order reasoning kernel"]),
        _row("Method:zippedobjectretrievalkit", "ZORK", 1, ["Zipped Object Retrieval Kit"]),
    ]
    assert plan_merges(rows, synonym_of={}, entry_of=ENTRIES, listed_long_forms=LISTED) == {}
    # without the lexicons' long forms it joined the metric, its long form an alias there
    assert plan_merges(rows, synonym_of={}, entry_of=ENTRIES) == {"Method:zippedobjectretrievalkit": "Metric:zork"}


def test_the_entrys_own_long_form_still_joins_across_kinds():
    """'Quiz Under Examination Corpus (QUX)' typed Task by a head-word slip is the listed QUX data, a head
    word added; so is a bare QUX typed Method."""
    rows = [
        _row("Dataset:qux", "QUX", 40),
        _row("Task:quizunderexaminationcorpus", "QUX", 2, ["Quiz Under Examination Corpus"]),
        _row("Method:qux", "QUX", 1),
    ]
    assert plan_merges(rows, synonym_of={}, entry_of=ENTRIES, listed_long_forms=LISTED) == {
        "Method:qux": "Dataset:qux",
        "Task:quizunderexaminationcorpus": "Dataset:qux",
    }


def test_an_acronym_the_lexicons_expand_nowhere_keeps_joining():
    """An entry that lists no long form may be the paper's own origin: 'Blip Language Image Pretraining (BLIP)'
    typed Method joins the BLIP model (no listed long forms for the acronym)."""
    entries = {("Model", "blip"): "BLIP"}
    rows = [
        _row("Model:blip", "BLIP", 30),
        _row("Method:bliplanguageimagepretraining", "BLIP", 1, ["Blip Language Image Pretraining"]),
    ]
    listed = {"blip": {"BLIP": frozenset()}}
    assert plan_merges(rows, synonym_of={}, entry_of=entries, listed_long_forms=listed) == {
        "Method:bliplanguageimagepretraining": "Model:blip"
    }


def test_a_name_written_with_the_acronym_is_no_expansion():
    metric = _row("Dataset:qux", "QUX", 40)
    assert not foreign_long_form(metric, _row("Task:qux", "QUX", 3, ["medical QUX"]), ENTRIES, LISTED)
    assert not foreign_long_form(metric, _row("Task:qux", "QUX", 3, ["Qux Shared Task"]), ENTRIES, LISTED)
    assert foreign_long_form(metric, _row("Task:qux", "QUX", 3, ["Query Understanding eXercise"]), ENTRIES, LISTED)


def test_the_bundled_lexicons_know_both_comet_senses():
    listed = lexicon_long_forms()["comet"]
    assert listed["COMET"] == frozenset()
    assert any("commonsense" in f for f in listed["commonsense transformer"])


def test_a_bare_acronym_the_extractor_gave_the_second_sense_keeps_it():
    """A bare ZORK typed Model (the extractor read the kernel sense off the paper's cues) takes no sense of the
    ZORK metric; a bare ZORK typed Metric (the first-listed sense, what a paper with no cue gets) still may."""
    from paperkg.refresh.acronyms import cued_senses_kept

    rows = [
        _row("Model:zork", "ZORK", 9),
        _row("Metric:zork", "ZORK", 5),
        _row("Metric:zorkmeter", "ZORK", 80, ["ZORK Meter"]),
        _row("Method:zippedobjectretrievalkit", "ZORK", 1, ["Zipped Object Retrieval Kit"]),
    ]
    entries = {**ENTRIES, ("Metric", "zorkmeter"): "ZORK"}
    default = {"zork": ("Metric", "ZORK")}
    senses = {
        "Model:zork": ["Metric:zorkmeter", "Method:zippedobjectretrievalkit"],
        "Metric:zork": ["Metric:zorkmeter", "Method:zippedobjectretrievalkit"],
    }
    assert cued_senses_kept(senses, rows, entries, default) == {
        "Model:zork": ["Method:zippedobjectretrievalkit"],
        "Metric:zork": ["Metric:zorkmeter", "Method:zippedobjectretrievalkit"],
    }


def test_two_titles_coining_one_name_as_two_kinds_are_two_things():
    """'Zorbix: Fast Edge Models by Pruning' (typed Method) and 'Zorbix: A Benchmark of Model Efficiency'
    (typed Dataset) each present their own work: the Method coiner, of the kind with fewer papers, gets a
    concept of its own; coiners of one kind are left to the topic test (resolve.senses.namesakes)."""
    from paperkg.refresh.proposals import kind_namesakes

    rows = {
        "Dataset:zorbix": _row("Dataset:zorbix", "Zorbix", 4),
        "Method:zorbix": _row("Method:zorbix", "ZORBIX", 1),
    }
    coiners = {("bench", "Dataset:zorbix"): "Zorbix", ("edge", "Method:zorbix"): "ZORBIX"}
    assert kind_namesakes(coiners, rows) == {("edge", "Method:zorbix"): "ZORBIX"}
    same_kind = {("bench", "Dataset:zorbix"): "Zorbix", ("other", "Dataset:zorbix"): "Zorbix"}
    assert kind_namesakes(same_kind, rows) == {}
