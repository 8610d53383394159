"""Leaderboards of meaningful results: only confident absolute scores rank, in
the metric's direction; comparisons apart; one board per benchmark; history."""
from __future__ import annotations

import networkx as nx

from paperkg.analytics import (benchmark_key, comparisons, dataset_variants, leaderboard, lower_is_better,
                               sota_history)
from paperkg.analytics.leaderboard import board_counts


def result(rid, value, number, *, kind="score", confidence=1.0, metric="accuracy", unit="%", subject="M",
           date="2024-01-01", baseline=""):
    return {"id": rid, "paper_id": f"p-{rid}", "value": value, "number": number, "unit": unit, "kind": kind,
            "confidence": confidence, "metric_key": f"Metric:{metric}", "metric_name": metric,
            "subject_name": subject, "subject_kind": "Method", "paper_title": f"Paper {rid}", "paper_date": date,
            "baseline_name": baseline, "sentence": f"Sentence of {rid}."}


def board(*results, name="D"):
    E = nx.Graph()
    E.add_node("Dataset:d", kind="Dataset", name=name, results=list(results))
    return E


def test_only_confident_scores_rank_and_comparisons_stand_apart():
    E = board(result("a", "84.6%", 84.6), result("b", "90%", 90.0, confidence=0.2),
              result("c", "+6.4", 6.4, kind="gain", baseline="DPO"),
              result("d", "-90%", -90.0, kind="reduction", metric="latency"),
              result("e", "2.5x", 2.5, kind="ratio", unit="x"))
    assert [r["value"] for r in leaderboard(E, "Dataset:d")] == ["84.6%"]
    assert [r["value"] for r in leaderboard(E, "Dataset:d", include_unsure=True)] == ["90%", "84.6%"]
    comps = comparisons(E, "Dataset:d")
    assert [(r["kind"], r["value"], r["baseline"]) for r in comps] == [
        ("gain", "+6.4", "DPO"), ("ratio", "2.5x", ""), ("reduction", "-90%", "")]
    assert all(r["rank"] is None for r in comps)


def test_boards_ask_more_confidence_than_the_gold_output():
    """A number the paper reports (kept in the gold output) whose owner or
    dataset the sentence leaves unsure stays off the board."""
    from paperkg.model import MIN_BOARD_CONFIDENCE, MIN_RESULT_CONFIDENCE

    assert MIN_BOARD_CONFIDENCE > MIN_RESULT_CONFIDENCE
    E = board(result("a", "70%", 70.0, confidence=MIN_BOARD_CONFIDENCE),
              result("b", "80%", 80.0, confidence=MIN_BOARD_CONFIDENCE - 0.01))
    assert [r["value"] for r in leaderboard(E, "Dataset:d")] == ["70%"]
    assert board_counts(E, "Dataset:d")["unsure"] == 1


def test_signed_scores_rank_in_the_metric_direction():
    E = board(result("a", "-90", -90.0, metric="FLOPs", unit=""), result("b", "10", 10.0, metric="FLOPs", unit=""),
              result("c", "1.2", 1.2, metric="WER", unit=""), result("d", "3.4", 3.4, metric="WER", unit=""))
    directions = {"wer": "lower", "flops": "lower"}
    rows = leaderboard(E, "Dataset:d", directions=directions)
    assert [(r["metric"], r["value"]) for r in rows] == [("FLOPs", "-90"), ("FLOPs", "10"), ("WER", "1.2"),
                                                       ("WER", "3.4")]
    assert lower_is_better("FLOPs") and lower_is_better("Latency (ms)")
    assert not lower_is_better("error-free rate", {"errorfreerate": "higher"})  # the lexicon wins over words


def test_rows_carry_paper_date_subject_and_evidence():
    (row,) = leaderboard(board(result("a", "84.6%", 84.6, subject="Ours", date="2024-05-01")), "Dataset:d")
    assert (row["subject"], row["paper_title"], row["date"], row["sentence"], row["confidence"]) == (
        "Ours", "Paper a", "2024-05-01", "Sentence of a.", 1.0)


def test_rows_without_kind_or_confidence_are_sure_scores():
    r = {"id": "x", "paper_id": "p", "value": "5", "number": 5.0, "unit": ""}
    assert [x["value"] for x in leaderboard(board(r), "Dataset:d")] == ["5"]


def test_counts_explain_an_empty_board():
    E = board(result("a", "84.6%", 84.6), result("b", "1%", 1.0, confidence=0.1))
    assert board_counts(E, "Dataset:d", metric="Metric:win rate") == {"results": 2, "matching": 0, "unsure": 0}
    assert board_counts(E, "Dataset:d") == {"results": 2, "matching": 2, "unsure": 1}


def test_same_benchmark_spellings_share_a_board_other_benchmarks_do_not():
    same = [("AIME 2024", "AIME24"), ("AlpacaEval 2", "AlpacaEval 2.0"), ("WMT 2014", "WMT14"), ("WMT2019", "WMT19"), ("CoNLL-2003", "CoNLL03")]
    apart = [("HumanEval", "HumanEval Pro"), ("MMLU", "MMLU-Pro"), ("AIME 2024", "AIME 2025"), ("GSM8K", "GSM8K-Hard"), ("SemEval-2019 Task 4", "SemEval-2019 Task 9")]
    assert all(benchmark_key(a) == benchmark_key(b) for a, b in same)
    assert not any(benchmark_key(a) == benchmark_key(b) for a, b in apart)
    G = nx.Graph()
    for name, n in (("HumanEval", 5), ("HumanEval Pro", 1), ("HumanEval+", 1), ("AlpacaEval 2.0", 3),
                    ("AlpacaEval 2", 2), ("AlpacaEval", 4)):
        G.add_node(f"Dataset:{name.lower()}", kind="Dataset", name=name, paper_count=n)
    G.add_node("Model:alpacaeval 2", kind="Model", name="AlpacaEval 2")  # not a dataset: never on the board
    assert dataset_variants(G, "Dataset:humaneval") == ["Dataset:humaneval"]
    assert dataset_variants(G, "Dataset:alpacaeval 2") == ["Dataset:alpacaeval 2.0", "Dataset:alpacaeval 2"]


def test_a_board_over_variants_merges_their_results():
    E = board(result("a", "30%", 30.0), name="AIME 2024")
    E.add_node("Dataset:aime24", kind="Dataset", name="AIME24", results=[result("b", "40%", 40.0)])
    rows = leaderboard(E, ["Dataset:d", "Dataset:aime24"])
    assert [(r["value"], r["dataset"]) for r in rows] == [("40%", "AIME24"), ("30%", "AIME 2024")]


def test_history_steps_at_each_new_best_per_metric():
    rows = leaderboard(board(result("a", "60%", 60.0, date="2023-01-01"), result("b", "55%", 55.0, date="2023-06-01"),
                             result("c", "70%", 70.0, date="2024-02-01"), result("d", "65%", 65.0, date="2024-03-01"),
                             result("e", "99%", 99.0, date="--08-08"),  # no year: cannot be placed in time
                             result("f", "3.0", 3.0, metric="perplexity", unit="", date="2023-01-01"),
                             result("g", "2.5", 2.5, metric="perplexity", unit="", date="2023-05-01")),
                       "Dataset:d")
    steps = sota_history(rows)
    assert [(s["metric"], s["date"], s["value"], s["previous"]) for s in steps] == [
        ("accuracy", "2023-01-01", "60%", None), ("accuracy", "2024-02-01", "70%", 60.0),
        ("perplexity", "2023-01-01", "3.0", None), ("perplexity", "2023-05-01", "2.5", 3.0)]


def test_empty_inputs():
    E = nx.Graph()
    assert leaderboard(E, "Dataset:x") == [] and comparisons(E, "Dataset:x") == [] and sota_history([]) == []
    assert dataset_variants(E, "Dataset:x") == []


def test_a_task_page_leads_with_the_benchmarks_most_of_its_papers_name():
    import networkx as nx

    from paperkg.analytics.tasks import task_overview

    B = nx.Graph()
    B.add_node("Task:t", kind="Task", name="frob tagging")
    B.add_node("Dataset:big", kind="Dataset", name="FrobBank")
    B.add_node("Dataset:ed", kind="Dataset", name="FrobEval-2024 Task 1")
    B.add_node("Method:old", kind="Method", name="Aardvark", papers=1, proposed_by=["p0"])
    B.add_node("Method:pop", kind="Method", name="Zebra", papers=40, proposed_by=["p1"])
    scores = [{"id": f"r{i}", "paper_id": "p0", "on_key": "Dataset:ed", "value": f"{50 + i}%", "number": 50.0 + i,
               "kind": "score", "confidence": 0.9} for i in range(4)]
    for i in range(3):
        B.add_node(f"p{i}", kind="Paper", title=f"P{i}", results=scores if i == 0 else [])
        B.add_edges_from([(f"p{i}", "Task:t"), (f"p{i}", "Dataset:big")])
    B.add_edge("p0", "Dataset:ed")
    B.add_edges_from([("p0", "Method:old"), ("p1", "Method:pop")])
    out = task_overview(B, "Task:t")
    assert [(d["name"], d["papers"], d["results"]) for d in out["datasets"]] == [
        ("FrobBank", 3, 0), ("FrobEval-2024 Task 1", 1, 4)]
    assert [m["name"] for m in out["methods"]] == ["Zebra", "Aardvark"]  # a tie: the one the field uses first
