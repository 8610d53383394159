"""The GraphStore protocol, once for both engines: the embedded LadybugDB and a real Neo4j.

Each test runs on both (`[ladybug]`, `[neo4j]`; the Neo4j ones carry the
`neo4j` mark and the server tests/conftest.py starts). What only one engine
does (locks and crashes of the embedded file; Neo4j's schema, driver values
and errors) stays in tests/store/test_ladybug_store.py and
tests/integration/test_neo4j_store.py.
"""

from __future__ import annotations

import json

from paperkg.model import ConceptRow, MentionRow, PaperGraph, ResultRow
from paperkg.store.protocol import GraphStore
from paperkg.store.sync import copy_graph, graph_rows
from graphs import graph, paper  # tests/store/graphs.py


def test_both_engines_are_graph_stores(store):
    assert isinstance(store, GraphStore)


def test_write_and_read_back(store):
    res = ResultRow("r1", "p1", "97.2%", 97.2, "%", "It gets 97.2% on X.", of_key="Method:a", on_key="Dataset:x")
    store.write_papers([graph("p1", ["Method:a", "Dataset:x"], results=[res]), graph("p2", ["Method:a"])])
    counts = store.counts()
    assert counts["Paper"] == 2 and counts["Concept:Method"] == 1 and counts["Concept:Dataset"] == 1
    assert counts["rel:MENTIONS"] == 3 and counts["rel:PROPOSES"] == 2
    assert counts["rel:REPORTS"] == 1 and counts["rel:OF"] == 1 and counts["rel:ON"] == 1
    data = store.read_graph()
    assert {c["key"]: c["paper_count"] for c in data.concepts} == {"Dataset:x": 1, "Method:a": 2}
    assert data.results[0]["of_key"] == "Method:a" and data.results[0]["number"] == 97.2
    assert json.loads(data.mentions[0]["evidence"]) == [{"sentence": "s", "start": 0, "end": 1}]


def test_writing_twice_changes_nothing(store):
    batch = [graph("p1", ["Method:a", "Dataset:x"]), graph("p2", ["Method:a"])]
    store.write_papers(batch)
    first = store.counts(), store.read_graph()
    store.write_papers(batch)
    assert (store.counts(), store.read_graph()) == first


def test_replacing_a_paper_replaces_its_edges_and_drops_orphans(store):
    store.write_papers([graph("p1", ["Method:a", "Dataset:x"]), graph("p2", ["Method:a"])])
    store.write_papers([graph("p1", ["Method:b"], abstract="Changed.")])
    data = store.read_graph()
    assert sorted((m["paper_id"], m["concept_key"]) for m in data.mentions) == [("p1", "Method:b"), ("p2", "Method:a")]
    assert {c["key"] for c in data.concepts} == {"Method:a", "Method:b"}  # Dataset:x orphaned, gone
    assert store.paper_hashes(["p1"])["p1"] == paper("p1", "Changed.").content_hash


def test_aliases_union_and_listings_union(store):
    store.write_papers([graph("p1", ["Method:a"], listed=["--03-13"])])
    g2 = PaperGraph(
        paper("p2"),
        (ConceptRow("Method:a", "other name", "Method", ("A-1",)),),
        (MentionRow("p2", "Method:a", 1, "[]"),),
    )
    store.write_papers([g2])
    store.add_listings([{"id": "p1", "listed_on": ["--08-08"], "sources": ["other:1"]}])
    (concept,) = store.read_graph().concepts
    assert concept["name"] == "a" and concept["aliases"] == ["A", "A-1"]  # first name kept, aliases unioned
    assert store.counts()["listings"] == 3
    assert [r["listed_on"] for r in store.rows("papers") if r["id"] == "p1"] == [["--03-13", "--08-08"]]


def test_delete_paper_removes_only_its_concepts(store):
    res = ResultRow("r1", "p1", "5", 5.0, None, "s", on_key="Dataset:x")
    store.write_papers([graph("p1", ["Method:a", "Dataset:x"], results=[res]), graph("p2", ["Method:a"])])
    assert store.delete_paper("p1") is True
    assert store.delete_paper("p1") is False
    counts = store.counts()
    assert counts["Paper"] == 1 and counts.get("Concept:Dataset", 0) == 0 and counts["Concept:Method"] == 1
    assert counts.get("Result", 0) == 0 and counts["rel:ON"] == 0 and counts["rel:REPORTS"] == 0
    assert store.read_graph().concepts[0]["paper_count"] == 1


def test_write_rows_rows_and_clear_are_what_sync_needs(store, tmp_path):
    """sync goes through the protocol only: a copy into an empty store of the
    other engine's kind (here: the embedded one) holds the same rows."""
    from paperkg.store.ladybug import LadybugStore

    res = ResultRow("r1", "p1", "5", 5.0, None, "s", of_key="Method:a", on_key="Dataset:x", metric_key="Metric:f1")
    store.write_papers([graph("p1", ["Method:a", "Dataset:x", "Metric:f1"], results=[res]), graph("p2", ["Method:a"])])
    with LadybugStore(tmp_path / "copy.lbdb") as copy:
        done = copy_graph(store, copy, batch_size=1)
        assert done["papers"] == 2 and done["results.of"] == 1 and done["results.measured_by"] == 1
        assert copy.counts() == store.counts()
        assert graph_rows(copy) == graph_rows(store)
        again = copy_graph(store, copy, batch_size=1)  # every paper is there already: replaced once each
        assert again["replaced"] == 2 and copy.counts() == store.counts()
    assert store.write_rows("set_concept_community", [{"key": "Method:a", "value": 3}], batch_size=1) == 1
    assert {r["key"]: r["community"] for r in store.rows("concepts", group="export")}["Method:a"] == 3
    store.clear()
    assert not any(store.counts().values())
