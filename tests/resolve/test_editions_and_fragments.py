"""Issue 15: translation-direction spellings of one benchmark edition, fragments cut from a longer
task phrase, shared-task events in trends. Invented names only."""

from __future__ import annotations

import pytest

from paperkg.resolve.audit import audit, counts
from paperkg.resolve.merging import pair_twins, plan_merges


def _row(key, name, papers, aliases=()):
    return {"key": key, "name": name, "kind": key.split(":")[0], "aliases": list(aliases), "paper_count": papers}


@pytest.mark.parametrize(
    "other",
    [
        "ZMT14 En-De",
        "ZMT'14 English-to-German",
        "ZMT 2014 en-de",
        "ZMT-14 English→German",
        "ZMT2014 EN->DE",
        "ZMT 2014 English to German",
    ],
)
def test_spellings_of_one_edition_and_direction_merge(other):
    rows = [
        _row("Dataset:zmt14englishgerman", "ZMT14 English-German", 40, ["ZMT 2014 English-German"]),
        _row("Dataset:other", other, 3),
    ]
    assert plan_merges(rows, synonym_of={}) == {"Dataset:other": "Dataset:zmt14englishgerman"}
    assert counts(audit(rows))["twins"] == 1


@pytest.mark.parametrize(
    "other", ["ZMT14 De-En", "ZMT14 German-English", "ZMT16 En-De", "ZMT English-German", "ZMT14 En-Fr", "ZMT14"]
)
def test_another_edition_or_direction_stays_apart(other):
    rows = [_row("Dataset:zmt14englishgerman", "ZMT14 English-German", 40), _row("Dataset:other", other, 3)]
    assert pair_twins(rows) == []
    assert plan_merges(rows, synonym_of={}) == {}


def test_editions_of_a_shared_task_stay_apart_through_a_yearless_long_form():
    """Papers of two editions both expand the acronym with the year-less long form: the editions stay two boards,
    the year-less concept joins the bigger edition (the 44k graph ranked "NADI 2020" scores on NADI 2023's board)."""
    long_form = "Zonal Arabic Dialect Inference shared task"
    rows = [
        _row("Dataset:zadi23sharedtask", "ZADI 2023 shared task", 20, [long_form]),
        _row("Dataset:zadi20", "ZADI 2020", 2, [long_form]),
        _row("Dataset:zadi21", "ZADI-21", 3, [long_form]),
        _row("Dataset:zonalarabicdialectinferencesharedtask", long_form, 6),
    ]
    assert plan_merges(rows, synonym_of={}) == {
        "Dataset:zonalarabicdialectinferencesharedtask": "Dataset:zadi23sharedtask"
    }


def test_spellings_of_one_edition_year_still_merge():
    rows = [_row("Dataset:zadi23", "ZADI 2023", 20, ["ZADI-23"]), _row("Dataset:zadi23b", "ZADI-23", 3)]
    assert plan_merges(rows, synonym_of={}) == {"Dataset:zadi23b": "Dataset:zadi23"}


def test_a_direction_of_another_kind_is_no_twin():
    rows = [_row("Dataset:a", "ZMT14 English-German", 40), _row("Task:b", "ZMT14 En-De", 3)]
    assert pair_twins(rows) == []


def _entity(text, name, type_="Task"):
    from paperkg.model import Entity, Evidence

    spans = [(i, i + len(name)) for i in range(len(text)) if text.lower().startswith(name.lower(), i)]
    return Entity(name, type_, (), False, tuple(Evidence(text, s, e) for s, e in spans))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Team Q at ZorbEval-2031 Task 9: Explainable Detection of Online Zorbism", "Explainable Detection"),
        ("We enter the task on multilingual detection of hate against zorbs.", "multilingual detection"),
        ("Our system for the automatic recognition of zorb calls.", "automatic recognition"),
        ("We study the early detection of zorb fever from posts.", "early detection"),
        ("ZorbEval-2031 Task 3: Mu-ZORB, the Multilingual Shared-task on Zorbs", "Multilingual Shared-task"),
    ],
)
def test_adjectives_and_an_action_noun_before_its_object_are_a_fragment(text, name):
    from paperkg.resolve.debris import clean_entities

    assert clean_entities((_entity(text, name),), text) == ()


@pytest.mark.parametrize(
    "text, name",
    [
        ("We study sarcasm detection of tweets in Zorbish.", "sarcasm detection"),
        ("Named entity recognition of zorb names is hard.", "named entity recognition"),
        ("We extend multilingual detection to zorbs.", "multilingual detection"),
        ("The ZorbEval Shared Task on zorbs ran twice.", "ZorbEval Shared Task"),
    ],
)
def test_a_name_that_says_what_it_acts_on_or_stands_alone_stays(text, name):
    from paperkg.resolve.debris import clean_entities

    assert [e.name for e in clean_entities((_entity(text, name),), text)] == [name]


def test_a_fragment_mention_goes_and_a_whole_mention_stays():
    from paperkg.resolve.debris import clean_entities

    text = "Explainable detection of zorbs is new. We frame explainable detection as ranking."
    kept = clean_entities((_entity(text, "explainable detection"),), text)
    assert [len(e.evidence) for e in kept] == [1]


@pytest.mark.parametrize(
    "name, venue",
    [("GermEval", True), ("AmericasNLP", True), ("GermEval 2014", False), ("TRAC 2018", False), ("Trac", False)],
)
def test_an_evaluation_campaign_is_an_event_and_its_edition_data(name, venue):
    from paperkg.resolve.debris import is_venue

    assert is_venue(name) is venue


@pytest.mark.parametrize("first", ["ZuST-C v1.0", "ZuST-C V1", "ZuST-C 1.0", "ZuST-C version 1.0"])
def test_a_first_release_joins_the_bare_name(first):
    # "Experiments on ZuST-C v1.0 En-De" and "results on ZuST-C": the first release is the corpus papers name bare
    rows = [_row("Dataset:zustc", "ZuST-C", 60), _row("Dataset:first", first, 2)]
    assert plan_merges(rows, synonym_of={}) == {"Dataset:first": "Dataset:zustc"}


@pytest.mark.parametrize("other", ["ZuST-C v2", "ZuST-C 2.0", "ZuST-C Shared Task 1"])
def test_a_later_release_or_a_numbered_subtask_stays_apart(other):
    rows = [_row("Dataset:zustc", "ZuST-C", 60), _row("Dataset:other", other, 2)]
    assert plan_merges(rows, synonym_of={}) == {}


@pytest.mark.parametrize("glued", ["ZorbQAv2", "ZorbQA.v2", "ZorbQA.V2"])
def test_a_version_glued_to_the_name_is_the_spaced_release(glued):
    # "ZorbQAv2" in one paper, "ZorbQA 2.0" in thirty: one release, as "ZorbQA v2" already folds to it
    rows = [
        _row("Dataset:zorbqa2", "ZorbQA 2.0", 30),
        _row("Dataset:glued", glued, 1),
        _row("Dataset:zorbqa", "ZorbQA", 50),
    ]
    assert plan_merges(rows, synonym_of={}) == {"Dataset:glued": "Dataset:zorbqa2"}


def test_a_glued_later_release_stays_apart_from_the_bare_name():
    rows = [_row("Dataset:zorbqa", "ZorbQA", 50), _row("Dataset:glued", "ZorbQAv2", 1)]
    assert plan_merges(rows, synonym_of={}) == {}
