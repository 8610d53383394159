"""Read38 / issue 15 item 2: one shared-task series is not one dataset. Editions of different years and numbered
tasks of one edition stay apart, even through a name they share (the series' long form, an edition's event, the
series' bare name); spellings of one edition still merge. Invented names only."""

from __future__ import annotations

from paperkg.model import Entity
from paperkg.resolve import ConceptResolver, edition_first
from paperkg.resolve.merging import one_edition_each, plan_merges
from paperkg.resolve.names import other_benchmarks, task_number


def _row(key, name, papers, aliases=()):
    return {"key": key, "name": name, "kind": key.split(":")[0], "aliases": list(aliases), "paper_count": papers}


def _keys(entities):
    resolver = ConceptResolver()
    return [resolver.resolve(e).key for e in entities]


def test_editions_do_not_join_through_the_series_long_form():
    """ "the Zorb Media Mining for Quux Applications (ZMM4Q) 2030 shared task" ... 2031: the long form without the
    year is the series', every edition's (the 44k graph made SMM4H 2019-2022 one node)."""
    series = "Zorb Media Mining for Quux Applications"
    keys = _keys(
        [
            Entity(f"{series} 2030 shared task", "Dataset", (series,)),
            Entity(f"{series} 2031 shared task", "Dataset", (series,)),
            Entity(f"{series} Shared Task 2032", "Dataset", (f"{series} Shared Task",)),
        ]
    )
    assert len(set(keys)) == 3


def test_another_task_of_one_edition_does_not_join_through_the_editions_event():
    """ "QuuxEval-2031 Task 2" and "QuuxEval-2031 Task 8", each also written "the QuuxEval 2031 shared task"."""
    event = "QuuxEval 2031 shared task"
    keys = _keys(
        [
            Entity("QuuxEval-2031 Task 2", "Dataset", (event,)),
            Entity("QuuxEval-2031 Task 8", "Dataset", (event,)),
            Entity("QuuxEval-2031 Task 2", "Dataset"),
        ]
    )
    assert keys[0] != keys[1] and keys[0] == keys[2]


def test_spellings_of_one_edition_still_join():
    keys = _keys(
        [
            Entity("ZADI 2031 shared task", "Dataset", ("Zonal Arabic Dialect Inference 2031 shared task",)),
            Entity("ZADI Shared Task 2031", "Dataset", ("Zonal Arabic Dialect Inference 2031 shared task",)),
        ]
    )
    assert keys[0] == keys[1]


def test_a_paper_naming_the_series_and_one_edition_keys_the_edition():
    """ "TeamQ at FooSumm: ..." with "FooSumm 2031" in the abstract: the paper's entity is named by the series but
    means the edition; each edition keeps its own concept, the series' name an alias."""
    assert edition_first(Entity("FooSumm", "Dataset", ("FooSumm 2031",))).aliases == ("FooSumm",)
    keys = _keys([Entity("FooSumm", "Dataset", ("FooSumm 2030",)), Entity("FooSumm", "Dataset", ("FooSumm 2031",))])
    assert len(set(keys)) == 2
    assert edition_first(Entity("FooSumm", "Method", ("FooSumm 2031",))).name == "FooSumm"


def test_refresh_keeps_editions_apart_that_a_bare_series_name_would_join():
    rows = [
        _row("Dataset:foosumm", "FooSumm", 20, ["FooSumm shared task"]),
        _row("Dataset:foosumm30", "FooSumm 2030", 5, ["FooSumm"]),
        _row("Dataset:foosumm31", "FooSumm 2031", 6, ["FooSumm"]),
    ]
    merges = plan_merges(rows, synonym_of={})
    assert "Dataset:foosumm30" not in merges and "Dataset:foosumm31" not in merges


def test_refresh_keeps_a_renamed_task_apart_from_another_task():
    """A task's concept renamed to its edition's event ("QuuxEval-2031 shared task") still carries its number."""
    rows = [
        _row("Dataset:quuxeval31task1", "QuuxEval-2031 Task 1", 30, ["QuuxEval-2031 shared task"]),
        _row("Dataset:quuxeval31task12", "QuuxEval-2031 shared task", 2, ["QuuxEval-2031 Task 12"]),
    ]
    assert plan_merges(rows, synonym_of={}) == {}


def test_one_edition_each_lets_a_lone_edition_join():
    rows = {
        "a": {"key": "a", "kind": "Dataset", "name": "FooSumm"},
        "b": {"key": "b", "kind": "Dataset", "name": "FooSumm 2031"},
        "c": {"key": "c", "kind": "Dataset", "name": "FooSumm shared task"},
    }
    assert one_edition_each({"b": "a", "c": "a"}, rows) == {"b": "a", "c": "a"}


def test_task_numbers_and_editions():
    assert task_number("Foo Shared Task 2031") is None and task_number("FooEval 2031 task-09") == "9"
    assert other_benchmarks(["FooEval-2031 Task 1"], ["FooEval 2031 Task 12"])
    assert not other_benchmarks(["FooEval-2031 Task 1"], ["FooEval-31 task 1", "Zorb Detection"])
    assert not other_benchmarks(["Zorb Detection"], ["FooEval-2031 Task 1"])


def test_a_task_named_by_its_own_name_does_not_join_another_task_through_the_event():
    """ "Zorb Extraction from Frob Reports" (QuuxEval-2031 Task 8's name) beside "the QuuxEval 2031 shared task":
    its number, an alias, still tells it from Task 2."""
    event = "QuuxEval 2031 shared task"
    keys = _keys(
        [
            Entity("QuuxEval-2031 Task 2", "Dataset", (event,)),
            Entity("Zorb Extraction from Frob Reports", "Dataset", ("QuuxEval-2031 Task 8", event)),
        ]
    )
    assert keys[0] != keys[1]


def test_an_editions_event_is_no_alias_of_one_of_its_numbered_tasks():
    from paperkg.refresh.names import plan_dedupe

    task = {
        "key": "Dataset:zorbeval31task3",
        "name": "ZorbEval-2031 Task 3",
        "kind": "Dataset",
        "aliases": ["ZorbEval 2031 Task 3", "ZorbEval-2031 shared task", "Zorbeval2031", "QuuxContext"],
        "paper_count": 40,
    }
    event = {**task, "key": "Dataset:zorbeval31sharedtask", "name": "ZorbEval 2031 shared task"}
    event["aliases"] = ["ZorbEval 2031 Shared Task", "ZorbEval 2031 Task 1"]
    _, aliases = plan_dedupe([task, {**event, "key": "Dataset:other", "name": "Other", "aliases": []}])
    # the event of the edition held many tasks: as an alias of Task 3 it would find Task 3 alone
    assert aliases == {"Dataset:zorbeval31task3": ["ZorbEval 2031 Task 3", "QuuxContext"]}
    assert plan_dedupe([event]) == ({}, {})  # a concept named by the event keeps its spellings
