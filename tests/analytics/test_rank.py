import networkx as nx
import pytest

from paperkg.analytics import betweenness_pivots, centrality, cooccurrence_graph, rank_concepts


def test_degree_rank_exact_with_deterministic_ties(data):
    rows = rank_concepts(cooccurrence_graph(data), measure="degree")
    assert [(r["rank"], r["key"], round(r["score"], 6)) for r in rows[:8]] == [
        (1, "Dataset:gsm8k", round(4 / 10, 6)),
        (2, "Method:dpo", round(4 / 10, 6)),
        (3, "Model:llama", round(4 / 10, 6)),
        (4, "Dataset:mt-bench", round(3 / 10, 6)),
        (5, "Method:lora", round(3 / 10, 6)),
        (6, "Method:rlhf", round(3 / 10, 6)),
        (7, "Dataset:alpacaeval-2", round(2 / 10, 6)),
        (8, "Dataset:math500", round(1 / 10, 6)),
    ]


def test_rank_per_type(data):
    rows = rank_concepts(cooccurrence_graph(data), measure="degree", kind="Dataset")
    assert [r["name"] for r in rows] == ["GSM8K", "MT-Bench", "AlpacaEval 2", "MATH500"]
    assert rows[0] == {
        "rank": 1,
        "key": "Dataset:gsm8k",
        "name": "GSM8K",
        "kind": "Dataset",
        "score": pytest.approx(0.4),
        "papers": 2,
    }


def test_betweenness_exact_on_small_graph(data):
    scores = centrality(cooccurrence_graph(data), measure="betweenness")
    # LoRA is the only way to MATH500: the 6 other connected concepts each reach
    # it through LoRA and nothing else does; 8 connected nodes -> 6 / C(7, 2).
    assert scores["Method:lora"] == pytest.approx(6 / 21)
    assert scores["Dataset:math500"] == 0.0 and scores["Metric:accuracy"] == 0.0


def test_pagerank_sums_to_one_and_ranks_hub_first():
    G = nx.star_graph(4)
    nx.set_node_attributes(G, "Method", "kind")
    rows = rank_concepts(G)
    assert rows[0]["key"] == 0 and sum(r["score"] for r in rows) == pytest.approx(1.0)


def test_sampled_betweenness_is_seeded():
    assert betweenness_pivots(nx.barabasi_albert_graph(20000, 2, seed=1)) == 25  # 1.5M / (20000 + 39996)
    assert betweenness_pivots(nx.barabasi_albert_graph(500, 2, seed=1)) is None  # 500 x 1496 < 1.5M: exact
    G = nx.barabasi_albert_graph(3000, 2, seed=1)
    nx.set_node_attributes(G, "Method", "kind")
    a = centrality(G, measure="betweenness", k=20, seed=3)
    b = centrality(G, measure="betweenness", k=20, seed=3)
    assert a == b


def test_unknown_measure():
    with pytest.raises(ValueError, match="unknown measure"):
        centrality(nx.Graph(), measure="closeness")
