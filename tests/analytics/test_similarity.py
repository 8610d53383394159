import math

import pytest

from paperkg.analytics import bipartite_graph, similar_papers


def test_adamic_adar_scores_and_reasons(data):
    rows = similar_papers(bipartite_graph(data), "p2")
    assert [r["id"] for r in rows] == ["p3", "p1"]
    assert rows[0]["score"] == pytest.approx(2 / math.log(2))
    assert [s["name"] for s in rows[0]["shared"]] == ["MT-Bench", "RLHF"]
    assert rows[1]["score"] == pytest.approx(1 / math.log(2))
    assert rows[1]["shared"] == [
        {
            "key": "Method:dpo",
            "name": "Direct Preference Optimization",
            "kind": "Method",
            "weight": pytest.approx(1 / math.log(2)),
        }
    ]


def test_kind_and_limit(data):
    B = bipartite_graph(data)
    assert [r["id"] for r in similar_papers(B, "p2", kind="Dataset")] == ["p3"]
    assert len(similar_papers(B, "p2", limit=1)) == 1


def test_paper_sharing_nothing_has_no_similar(data):
    B = bipartite_graph(data)
    B.add_node("lonely", kind="Paper", title="Lonely")
    assert similar_papers(B, "lonely") == []
