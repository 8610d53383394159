import math

import pytest

from paperkg.analytics import evaluation_gaps, evaluation_graph


def test_l3_gaps_exact(data):
    rows = evaluation_gaps(evaluation_graph(data))
    half, mixed = 0.5, 1 / math.sqrt(6)
    assert [(r["subject"], r["dataset"]) for r in rows] == [
        ("Method:dpo", "Dataset:gsm8k"),
        ("Method:rlhf", "Dataset:alpacaeval-2"),
        ("Model:llama", "Dataset:mt-bench"),
        ("Method:lora", "Dataset:alpacaeval-2"),
        ("Method:lora", "Dataset:mt-bench"),
    ]
    assert [r["score"] for r in rows] == pytest.approx([2 * half, half + mixed, half + mixed, mixed, mixed])
    assert rows[0]["because"] == ["RLHF", "Llama"]
    assert rows[0]["subject_name"] == "Direct Preference Optimization" and rows[0]["dataset_name"] == "GSM8K"


def test_reported_pairs_are_never_gaps(data):
    E = evaluation_graph(data)
    assert all(not E.has_edge(r["subject"], r["dataset"]) for r in evaluation_gaps(E, min_degree=1, limit=100))


def test_kind_and_limit(data):
    E = evaluation_graph(data)
    assert [r["subject"] for r in evaluation_gaps(E, kind="Model")] == ["Model:llama"]
    assert len(evaluation_gaps(E, limit=2)) == 2
