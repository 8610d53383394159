"""plan_writes on its own: the steps that replace a batch, without a database."""

from __future__ import annotations

from paperkg.model import ConceptRow, MentionRow, Paper, PaperGraph, ResultRow
from paperkg.store.writes import plan_writes


def graph(pid: str, keys: list[str], results=(), listed=("--08-08",)) -> PaperGraph:
    paper = Paper(
        id=pid,
        title=f"T {pid}",
        abstract="A.",
        raw_title=f"T {pid}",
        raw_abstract="A.",
        listed_on=tuple(listed),
        sources=(f"src:{pid}",),
    )
    concepts = tuple(ConceptRow(k, k.split(":")[1], k.split(":")[0], (k.split(":")[1].upper(),)) for k in keys)
    mentions = tuple(MentionRow(pid, k, 1, "[]") for k in keys)
    return PaperGraph(paper, concepts, mentions, (keys[0],) if keys else (), tuple(results))


def names(steps):
    return [name for name, _ in steps]


def test_new_papers_are_upserted_linked_and_counted_up():
    res = ResultRow("r1", "p1", "5", 5.0, None, "s", of_key="Method:a", on_key="Dataset:x")
    steps = plan_writes([graph("p1", ["Method:a", "Dataset:x"], [res]), graph("p2", ["Method:a"])], {}, {}, [])
    assert names(steps) == [
        "upsert_papers",
        "upsert_concepts",
        "create_mentions",
        "create_proposes",
        "create_results",
        "link_result_of",
        "link_result_on",
        "add_paper_counts",
    ]
    params = dict(steps)
    assert params["create_results"]["rows"] == [
        {
            "paper_id": "p1",
            "id": "r1",
            "value": "5",
            "number": 5.0,
            "unit": "",
            "sentence": "s",
            "kind": "score",
            "confidence": 1.0,
            "pair": "",
        }
    ]  # no translation direction given
    assert params["link_result_of"]["rows"] == [{"result_id": "r1", "concept_key": "Method:a"}]
    assert params["add_paper_counts"]["rows"] == [{"key": "Dataset:x", "n": 1}, {"key": "Method:a", "n": 2}]


def test_a_stored_paper_is_replaced_and_its_old_concepts_recounted():
    state = {"p1": ["p1", "old-hash", ["--03-13"], "src:old"]}
    steps = plan_writes([graph("p1", ["Method:b"])], state, {}, old_keys=["Method:a"])
    assert names(steps)[:2] == ["delete_results", "detach_papers"]
    params = dict(steps)
    assert params["delete_results"] == {"ids": ["p1"]}
    row = params["upsert_papers"]["rows"][0]
    assert row["listed_on"] == ["--03-13", "--08-08"] and row["source"] == "src:old;src:p1"  # unioned
    assert params["refresh_paper_counts"] == {"keys": ["Method:a", "Method:b"]}
    assert "add_paper_counts" not in params


def test_a_stored_concept_keeps_its_name_and_unions_aliases():
    steps = plan_writes(
        [graph("p1", ["Method:a"]), graph("p2", ["Method:a"])], {}, {"Method:a": ["first name", ["old"]]}, []
    )
    (concept,) = dict(steps)["upsert_concepts"]["rows"]
    assert concept == {"key": "Method:a", "name": "first name", "kind": "Method", "aliases": ["old", "A"]}


def test_an_empty_batch_only_upserts_nothing():
    assert plan_writes([], {}, {}, []) == [("upsert_papers", {"rows": []})]
