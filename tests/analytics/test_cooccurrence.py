import math

import pytest

from paperkg.analytics import bipartite_graph, concept_neighbours, cooccurrence_graph, cooccurrence_strength, strength


def test_strength_formulas():
    s = strength(2, 2, 3, 5)
    assert s["jaccard"] == pytest.approx(2 / 3)
    p_ab, p_a, p_b = 2 / 5, 2 / 5, 3 / 5
    assert s["npmi"] == pytest.approx(math.log(p_ab / (p_a * p_b)) / -math.log(p_ab))
    assert strength(0, 1, 1, 5) == {"shared": 0, "jaccard": 0.0, "npmi": -1.0}
    assert strength(5, 5, 5, 5)["npmi"] == 1.0


def test_pairs_sorted_by_npmi(data):
    rows = cooccurrence_strength(cooccurrence_graph(data), min_shared=2)
    assert [(r["a"], r["b"], r["shared"], r["jaccard"]) for r in rows] == [("Dataset:mt-bench", "Method:rlhf", 2, 1.0)]
    assert rows[0]["npmi"] == pytest.approx(math.log(0.4 / 0.16) / -math.log(0.4))


def test_neighbours_from_bipartite_match_cooccurrence(data):
    rows = concept_neighbours(bipartite_graph(data), "Method:rlhf")
    assert [(r["key"], r["shared"]) for r in rows] == [("Dataset:mt-bench", 2), ("Dataset:gsm8k", 1), ("Method:dpo", 1)]
