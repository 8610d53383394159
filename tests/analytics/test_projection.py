import json

from paperkg.analytics import bipartite_graph, concept_index, cooccurrence_graph, evaluation_graph


def test_bipartite_nodes_edges_and_attributes(data):
    B = bipartite_graph(data)
    assert B.number_of_nodes() == 5 + 11 and B.number_of_edges() == 14
    assert B.nodes["p1"]["kind"] == "Paper" and B.nodes["p1"]["proposes"] == ["Method:dpo"]
    assert [r["id"] for r in B.nodes["p4"]["results"]] == ["r4", "r5"]
    dpo = B.nodes["Method:dpo"]
    assert (dpo["name"], dpo["kind"], dpo["aliases"], dpo["paper_count"], dpo["proposed_by"]) == (
        "Direct Preference Optimization",
        "Method",
        ["DPO"],
        2,
        ["p1"],
    )
    edge = B["p1"]["Method:dpo"]
    assert edge["weight"] == 3 and edge["proposes"] is True
    assert json.loads(edge["evidence"])[0]["sentence"] == "p1 names Direct Preference Optimization."
    assert B["p2"]["Method:dpo"]["proposes"] is False


def test_bipartite_does_not_mutate_input(data):
    before = repr(data)
    bipartite_graph(data), cooccurrence_graph(data), evaluation_graph(data)
    assert repr(data) == before


def test_cooccurrence_weights_are_shared_papers(data):
    C = cooccurrence_graph(data)
    assert C.graph["n_papers"] == 5
    assert C["Method:rlhf"]["Dataset:mt-bench"]["weight"] == 2
    assert C["Method:dpo"]["Model:llama"]["weight"] == 1
    assert C.number_of_edges() == 12  # 13 pairs in papers, RLHF–MT-Bench counted once
    assert C.nodes["Method:lora"]["papers"] == 2 and C.degree("Metric:accuracy") == 0


def test_cooccurrence_min_shared(data):
    C = cooccurrence_graph(data, min_shared=2)
    assert list(C.edges(data="weight")) == [("Method:rlhf", "Dataset:mt-bench", 2)]


def test_evaluation_graph_from_results_and_comentions(data):
    E = evaluation_graph(data)
    assert {n for n, a in E.nodes(data=True) if a["bipartite"] == 0} == {
        "Method:dpo",
        "Method:rlhf",
        "Method:lora",
        "Model:llama",
    }
    assert sorted(E["Method:lora"]) == ["Dataset:gsm8k", "Dataset:math500"]
    assert [r["id"] for r in E["Method:lora"]["Dataset:gsm8k"]["results"]] == ["r4"]
    assert E["Model:llama"]["Dataset:alpacaeval-2"]["results"] == []  # co-mentioned only
    math = E.nodes["Dataset:math500"]["results"]
    assert [(r["id"], r["subject_name"], r["metric_name"], r["paper_title"]) for r in math] == [
        ("r6", "LoRA", "error rate", "LoRA on MATH500"),
        ("r7", "", "error rate", "LoRA on MATH500"),
    ]
    only_results = evaluation_graph(data, include_mentions=False)
    assert not only_results.has_edge("Model:llama", "Dataset:alpacaeval-2")


def test_concept_index_has_every_concept_and_no_edge(data):
    G = concept_index(data)
    assert G.number_of_nodes() == 11 and G.number_of_edges() == 0
