import pytest

from paperkg.analytics import bipartite_graph, explain_path
from paperkg.errors import NotFoundError


def test_shortest_chain_prefers_papers_that_mention_most(data):
    out = explain_path(bipartite_graph(data), "Method:dpo", "Dataset:gsm8k")
    # Three chains pass through two papers; the one through RLHF (3 and 2
    # mentions) beats MT-Bench (1 and 1) and Llama (1 and 1).
    assert out["papers"] == 2
    assert [(s["from"], s["paper"], s["to"]) for s in out["steps"]] == [
        ("Method:dpo", "p2", "Method:rlhf"),
        ("Method:rlhf", "p3", "Dataset:gsm8k"),
    ]
    assert out["steps"][0]["sentence"] == "DPO and RLHF both align models."
    assert out["steps"][1]["sentence"] == "p3 names RLHF. … p3 names GSM8K."


def test_same_concept_is_an_empty_path(data):
    assert explain_path(bipartite_graph(data), "Method:dpo", "Method:dpo")["steps"] == []


def test_unconnected_concepts(data):
    with pytest.raises(
        NotFoundError, match="no chain of papers connects 'Direct Preference Optimization' and 'accuracy'"
    ):
        explain_path(bipartite_graph(data), "Method:dpo", "Metric:accuracy")
