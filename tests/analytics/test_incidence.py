"""The mentions as integer arrays: the same projections and trends as from the rows."""

import pytest

from paperkg import analytics as an
from paperkg.analytics import Incidence


def test_unknown_and_repeated_mentions_are_dropped():
    inc = Incidence.from_rows(
        ["p2", "p1", "p1"],
        [{"key": "a"}, {"key": "b"}, {"key": "a"}],
        [("p1", "b", 2), ("p1", "b", 5), ("px", "a", 1), ("p2", "zz", 1), ("p2", "a", None)],
    )
    assert inc.papers == ["p1", "p2"] and inc.keys == ["a", "b"]
    assert list(zip(inc.rows.tolist(), inc.cols.tolist(), inc.counts.tolist())) == [(0, 1, 2), (1, 0, 1)]
    assert inc.papers_per_concept().tolist() == [1, 1]
    assert list(inc.mention_rows()) == [
        {"paper_id": "p1", "concept_key": "b", "count": 2},
        {"paper_id": "p2", "concept_key": "a", "count": 1},
    ]


def test_empty_incidence():
    inc = Incidence.from_rows([], [], [])
    assert inc.matrix().shape == (0, 0) and an.cooccurrence_graph(inc).number_of_nodes() == 0


def test_cooccurrence_from_incidence_equals_from_rows(data):
    for min_shared in (1, 2):
        a = an.cooccurrence_graph(data, min_shared=min_shared)
        b = an.cooccurrence_graph(Incidence.from_graph_data(data), min_shared=min_shared)
        assert dict(a.nodes(data=True)) == dict(b.nodes(data=True)) and a.graph == b.graph
        assert {frozenset(e[:2]): e[2] for e in a.edges(data="weight")} == {
            frozenset(e[:2]): e[2] for e in b.edges(data="weight")
        }


@pytest.mark.parametrize("period", ["month", "quarter"])
@pytest.mark.parametrize("kind", [None, "Method"])
def test_trends_from_incidence_equal_trends_from_the_bipartite_graph(data, period, kind):
    inc = Incidence.from_graph_data(data)
    series = an.incidence_series(inc, data.papers, period=period)
    assert series == an.concept_series(an.bipartite_graph(data), period=period)
    got = an.concept_trends(None, period=period, kind=kind, series=series, concepts=inc.concepts)
    assert got == an.concept_trends(an.bipartite_graph(data), period=period, kind=kind)


def test_bipartite_graph_from_streamed_mentions_has_no_evidence(data):
    B = an.bipartite_graph(Incidence.from_graph_data(data).as_graph_data(papers=data.papers))
    assert B.number_of_edges() == 14 and B["p1"]["Method:dpo"] == {"weight": 3, "evidence": "[]", "proposes": False}


def test_path_with_evidence_given_for_the_chain_only(data):
    full = an.bipartite_graph(data)
    bare = an.bipartite_graph(Incidence.from_graph_data(data).as_graph_data(papers=data.papers))
    chain = an.concept_chain(bare, "Method:dpo", "Dataset:gsm8k")
    wanted = set(an.chain_pairs(chain))
    evidence = {
        (m["paper_id"], m["concept_key"]): m["evidence"]
        for m in data.mentions
        if (m["paper_id"], m["concept_key"]) in wanted
    }
    assert len(evidence) == 4
    got = an.explain_path(bare, "Method:dpo", "Dataset:gsm8k", chain=chain, evidence=evidence)
    assert got == an.explain_path(full, "Method:dpo", "Dataset:gsm8k")
