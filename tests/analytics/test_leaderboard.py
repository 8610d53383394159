from paperkg.analytics import evaluation_graph, leaderboard, lower_is_better


def test_best_first_per_metric(data):
    rows = leaderboard(evaluation_graph(data), "Dataset:gsm8k")
    assert [(r["metric"], r["rank"], r["subject"], r["value"]) for r in rows] == [
        ("accuracy", 1, "LoRA", "70%"), ("accuracy", 2, "RLHF", "60%"), ("accuracy", 3, "Llama", "55%")]
    assert rows[0]["paper_title"] == "LoRA Fine-Tuning of Llama" and rows[0]["sentence"] == "70% in p4."


def test_lower_is_better_metric(data):
    rows = leaderboard(evaluation_graph(data), "Dataset:math500")
    assert [(r["subject"], r["value"]) for r in rows] == [("LoRA", "12.5"), ("", "20.0")]
    assert lower_is_better("perplexity") and not lower_is_better("win rate")


def test_metric_and_kind_filters(data):
    E = evaluation_graph(data)
    assert leaderboard(E, "Dataset:gsm8k", metric="Metric:win-rate") == []
    assert [r["subject"] for r in leaderboard(E, "Dataset:gsm8k", kind="Model")] == ["Llama"]
    assert leaderboard(E, "Dataset:nothing") == []


def test_other_units_rank_after_comparable_numbers():
    import networkx as nx

    E = nx.Graph()
    E.add_node("d", results=[
        {"id": "a", "value": "70x", "number": 70.0, "unit": "x", "metric_key": "m", "metric_name": "accuracy"},
        {"id": "b", "value": "60%", "number": 60.0, "unit": "%", "metric_key": "m", "metric_name": "accuracy"},
        {"id": "c", "value": "65%", "number": 65.0, "unit": "%", "metric_key": "m", "metric_name": "accuracy"},
        {"id": "d", "value": "n/a", "number": None, "unit": None, "metric_key": "m", "metric_name": "accuracy"},
    ])
    assert [r["value"] for r in leaderboard(E, "d")] == ["65%", "60%", "70x", "n/a"]
