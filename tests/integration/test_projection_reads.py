"""The reads analytics and views use (no evidence in bulk) give the same rows on
LadybugDB and on Neo4j, checked against the rows the fixture graph was written from."""

from __future__ import annotations

import json

import pytest

from paperkg import analytics, reads
from paperkg.store.ladybug import LadybugStore

from query_graph import paper_graphs

ENGINES = ["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)]
GRAPHS = paper_graphs()
MENTIONS = sorted((m.paper_id, m.concept_key, m.count) for g in GRAPHS for m in g.mentions)
EVIDENCE = {(m.paper_id, m.concept_key): m.evidence for g in GRAPHS for m in g.mentions}


@pytest.fixture(scope="module")
def ladybug_store(tmp_path_factory):
    with LadybugStore(tmp_path_factory.mktemp("reads") / "r.lbdb") as st:
        st.write_papers(GRAPHS)
        yield st


@pytest.fixture
def store(request):
    if request.param == "ladybug":
        return request.getfixturevalue("ladybug_store")
    st = request.getfixturevalue("neo4j_store")  # cleared per test
    st.write_papers(GRAPHS)
    return st


@pytest.mark.parametrize("store", ENGINES, indirect=True)
def test_mention_pairs_page_through_every_paper_without_evidence(store):
    ids = store.paper_ids()
    assert ids == sorted(g.paper.id for g in GRAPHS) and store.paper_count() == len(GRAPHS)
    pages = list(store.mention_pairs(page=2))
    assert len(pages) == (len(ids) + 1) // 2
    assert sorted(tuple(r) for page in pages for r in page) == MENTIONS
    assert list(store.mention_pairs([])) == []


@pytest.mark.parametrize("store", ENGINES, indirect=True)
def test_concept_mention_pairs_are_the_concepts_edges(store):
    keys = ["Method:dpo", "Dataset:gsm8k", "Dataset:no-such"]
    got = sorted(tuple(r) for page in store.concept_mention_pairs(keys, page=1) for r in page)
    assert got == [m for m in MENTIONS if m[1] in keys]


@pytest.mark.parametrize("store", ENGINES, indirect=True)
def test_evidence_only_for_the_pairs_asked(store):
    pairs = [(p, c) for p, c, _ in MENTIONS[:3]] + [(MENTIONS[0][0], "Method:no-such")]
    rows = store.mention_evidence(pairs + pairs[:1])
    assert [(r["paper_id"], r["concept_key"]) for r in rows] == sorted(pairs[:3])
    assert all(json.loads(r["evidence"]) == json.loads(EVIDENCE[r["paper_id"], r["concept_key"]]) for r in rows)


@pytest.mark.parametrize("store", ENGINES, indirect=True)
def test_paper_rows_by_id_titles_and_dates(store):
    first, last = GRAPHS[0].paper, GRAPHS[-1].paper
    rows = store.papers_by_id([last.id, "no-such", first.id])
    assert [r["id"] for r in rows] == sorted([first.id, last.id])
    assert {r["id"]: r["title"] for r in rows} == {first.id: first.title, last.id: last.title}
    assert [r["id"] for r in store.paper_titles()] == store.paper_ids()
    dates = {r["id"]: r for r in store.paper_dates()}
    assert dates[first.id]["published"] == first.published
    assert sorted(dates[first.id]["listed_on"] or []) == sorted(first.listed_on)


@pytest.mark.parametrize("store", ENGINES, indirect=True)
def test_results_and_proposers_of_given_papers_and_concepts(store):
    g = next(g for g in GRAPHS if g.results and g.proposes)
    _, rows = store.run_read("paper_results", {"ids": [g.paper.id]})
    assert sorted(r[0] for r in rows) == sorted(r.id for r in g.results)
    _, rows = store.run_read("concept_proposers", {"keys": list(g.proposes)})
    assert [g.paper.id, g.proposes[0]] in rows


@pytest.mark.parametrize("store", ENGINES, indirect=True)
def test_paper_proposals_are_what_the_given_papers_propose(store):
    ids = [g.paper.id for g in GRAPHS if g.proposes][:2] + ["no-such"]
    _, rows = store.run_read("paper_proposals", {"ids": ids})
    assert rows == sorted([g.paper.id, k] for g in GRAPHS if g.paper.id in ids for k in g.proposes)
    assert rows


@pytest.mark.parametrize("store", ENGINES, indirect=True)
def test_projection_from_pairs_equals_the_whole_graph_read(store):
    """Rank and communities on the incidence read give what they gave on read_graph."""
    C_old = analytics.cooccurrence_graph(store.read_graph())
    C_new = analytics.cooccurrence_graph(reads.incidence(store))
    assert C_new.number_of_edges() > 0
    assert {frozenset((u, v)): w for u, v, w in C_new.edges(data="weight")} == {
        frozenset((u, v)): w for u, v, w in C_old.edges(data="weight")
    }
    assert analytics.rank_concepts(C_new) == analytics.rank_concepts(C_old)
    assert analytics.concept_communities(C_new) == analytics.concept_communities(C_old)


@pytest.mark.parametrize("store", ENGINES, indirect=True)
def test_dataset_results_are_the_results_on_those_datasets(store):
    on = {r.id: r.on_key for g in GRAPHS for r in g.results}
    key = max(set(on.values()) - {None}, key=lambda k: (list(on.values()).count(k), k))
    columns, rows = store.run_read("dataset_results", {"keys": [key]})
    assert sorted(r[0] for r in rows) == sorted(i for i, k in on.items() if k == key)
    assert columns == list(store.run_read("results")[0])


@pytest.mark.parametrize("store", ENGINES, indirect=True)
def test_result_links_are_every_result_on_a_dataset(store):
    columns, rows = store.run_read("result_links")
    assert columns == ["id", "paper_id", "of_key", "on_key"]
    assert rows == sorted([r.id, r.paper_id, r.of_key, r.on_key] for g in GRAPHS for r in g.results if r.on_key)
