"""The empty graph, a one-paper graph, and the same answers for any row order."""

import random

import pytest

from paperkg import analytics as an
from paperkg.errors import NotFoundError
from paperkg.model import GraphData

from analytics_samples import make_data


def test_empty_graph():
    data = GraphData()
    B, C, E = an.bipartite_graph(data), an.cooccurrence_graph(data), an.evaluation_graph(data)
    assert B.number_of_nodes() == C.number_of_nodes() == E.number_of_nodes() == 0
    for measure in an.rank.MEASURES:
        assert an.rank_concepts(C, measure=measure) == []
    assert an.concept_communities(C) == {"modularity": 0.0, "communities": [], "membership": {}}
    assert an.cooccurrence_strength(C) == []
    assert an.concept_trends(B) == {
        "period": "month",
        "periods": [],
        "recent": [],
        "previous": [],
        "compared": False,
        "papers": {},
        "yearless": {},
        "warnings": [],
        "concepts": [],
        "topics": [],
    }
    assert an.evaluation_gaps(E) == []
    with pytest.raises(NotFoundError) as err:
        an.resolve_concept(B, "DPO")
    assert err.value.suggestions == []
    with pytest.raises(NotFoundError):
        an.resolve_paper(B, "anything")


@pytest.fixture
def one_paper():
    return GraphData(
        papers=[{"id": "p", "title": "Only", "published": "2024-05-01", "listed_on": []}],
        concepts=[
            {"key": "Method:m", "name": "M", "kind": "Method", "aliases": [], "paper_count": 1},
            {"key": "Dataset:d", "name": "D", "kind": "Dataset", "aliases": [], "paper_count": 1},
        ],
        mentions=[
            {
                "paper_id": "p",
                "concept_key": k,
                "count": 1,
                "evidence": '[{"sentence": "M on D.", "start": 0, "end": 1}]',
            }
            for k in ("Method:m", "Dataset:d")
        ],
        results=[
            {
                "id": "r",
                "paper_id": "p",
                "value": "1",
                "number": 1.0,
                "unit": None,
                "sentence": "M on D.",
                "of_key": "Method:m",
                "on_key": "Dataset:d",
                "metric_key": None,
                "compared_key": None,
            }
        ],
    )


def test_one_paper_graph(one_paper):
    B, C, E = (an.bipartite_graph(one_paper), an.cooccurrence_graph(one_paper), an.evaluation_graph(one_paper))
    assert [r["score"] for r in an.rank_concepts(C)] == pytest.approx([0.5, 0.5])
    assert [r["score"] for r in an.rank_concepts(C, measure="betweenness")] == [0.0, 0.0]
    out = an.concept_communities(C)
    assert out["communities"][0]["members"] == ["Dataset:d", "Method:m"] and out["modularity"] == 0.0
    assert an.similar_papers(B, "p") == []
    assert an.explain_path(B, "Method:m", "Dataset:d")["steps"][0]["sentence"] == "M on D."
    # one period: nothing to compare against, so no verdict (and a warning saying so)
    trends = an.concept_trends(B, min_count=1)
    assert trends["concepts"][0]["emerging"] is False and trends["concepts"][0]["growth"] is None
    assert trends["warnings"] == ["only 1 dated month (2024-05): comparing needs 2; no concept is called emerging"]
    assert an.evaluation_gaps(E, min_degree=1) == []
    assert [r["value"] for r in an.leaderboard(E, "Dataset:d")] == ["1"]


def shuffled(seed: int) -> GraphData:
    data = make_data()
    rng = random.Random(seed)
    for rows in (data.papers, data.concepts, data.mentions, data.results):
        rng.shuffle(rows)
    return data


def answers(data: GraphData) -> dict:
    B, C, E = an.bipartite_graph(data), an.cooccurrence_graph(data), an.evaluation_graph(data)
    return {
        "rank": [an.rank_concepts(C, measure=m) for m in an.rank.MEASURES],
        "communities": an.concept_communities(C),
        "trends": an.concept_trends(B),
        "similar": an.similar_papers(B, "p2"),
        "path": an.explain_path(B, "Method:dpo", "Dataset:gsm8k"),
        "gaps": an.evaluation_gaps(E),
        "leaderboard": an.leaderboard(E, "Dataset:gsm8k"),
        "card": an.concept_card(B, "Method:lora"),
    }


def test_same_answers_for_any_row_order():
    expected = answers(make_data())
    for seed in range(5):
        assert answers(shuffled(seed)) == expected
