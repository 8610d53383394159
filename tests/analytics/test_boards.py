"""Leaderboards of meaningful results: only confident absolute scores rank, in
the metric's direction; comparisons apart; one board per benchmark; history."""

from __future__ import annotations

import networkx as nx

from paperkg.analytics import benchmark_key, comparisons, dataset_variants, leaderboard, lower_is_better, sota_history
from paperkg.analytics.leaderboard import board_counts


def result(
    rid,
    value,
    number,
    *,
    kind="score",
    confidence=1.0,
    metric="accuracy",
    unit="%",
    subject="M",
    date="2024-01-01",
    baseline="",
):
    return {
        "id": rid,
        "paper_id": f"p-{rid}",
        "value": value,
        "number": number,
        "unit": unit,
        "kind": kind,
        "confidence": confidence,
        "metric_key": f"Metric:{metric}",
        "metric_name": metric,
        "subject_name": subject,
        "subject_kind": "Method",
        "paper_title": f"Paper {rid}",
        "paper_date": date,
        "baseline_name": baseline,
        "sentence": f"Sentence of {rid}.",
    }


def board(*results, name="D"):
    E = nx.Graph()
    E.add_node("Dataset:d", kind="Dataset", name=name, results=list(results))
    return E


def test_only_confident_scores_rank_and_comparisons_stand_apart():
    E = board(
        result("a", "84.6%", 84.6),
        result("b", "90%", 90.0, confidence=0.2),
        result("c", "+6.4", 6.4, kind="gain", baseline="DPO"),
        result("d", "-90%", -90.0, kind="reduction", metric="latency"),
        result("e", "2.5x", 2.5, kind="ratio", unit="x"),
    )
    assert [r["value"] for r in leaderboard(E, "Dataset:d")] == ["84.6%"]
    assert [r["value"] for r in leaderboard(E, "Dataset:d", include_unsure=True)] == ["90%", "84.6%"]
    comps = comparisons(E, "Dataset:d")
    assert [(r["kind"], r["value"], r["baseline"]) for r in comps] == [
        ("gain", "+6.4", "DPO"),
        ("ratio", "2.5x", ""),
        ("reduction", "-90%", ""),
    ]
    assert all(r["rank"] is None for r in comps)


def test_boards_ask_more_confidence_than_the_gold_output():
    """A number the paper reports (kept in the gold output) whose owner or
    dataset the sentence leaves unsure stays off the board."""
    from paperkg.model import MIN_BOARD_CONFIDENCE, MIN_RESULT_CONFIDENCE

    assert MIN_BOARD_CONFIDENCE > MIN_RESULT_CONFIDENCE
    E = board(
        result("a", "70%", 70.0, confidence=MIN_BOARD_CONFIDENCE),
        result("b", "80%", 80.0, confidence=MIN_BOARD_CONFIDENCE - 0.01),
    )
    assert [r["value"] for r in leaderboard(E, "Dataset:d")] == ["70%"]
    assert board_counts(E, "Dataset:d")["unsure"] == 1


def test_signed_scores_rank_in_the_metric_direction():
    E = board(
        result("a", "-90", -90.0, metric="FLOPs", unit=""),
        result("b", "10", 10.0, metric="FLOPs", unit=""),
        result("c", "1.2", 1.2, metric="WER", unit=""),
        result("d", "3.4", 3.4, metric="WER", unit=""),
    )
    directions = {"wer": "lower", "flops": "lower"}
    rows = leaderboard(E, "Dataset:d", directions=directions)
    assert [(r["metric"], r["value"]) for r in rows] == [
        ("WER", "1.2"),
        ("WER", "3.4"),
        ("FLOPs", "-90"),
        ("FLOPs", "10"),
    ]  # a cost metric after the score
    assert lower_is_better("FLOPs") and lower_is_better("Latency (ms)")
    assert not lower_is_better("error-free rate", {"errorfreerate": "higher"})  # the lexicon wins over words


def test_rows_carry_paper_date_subject_and_evidence():
    (row,) = leaderboard(board(result("a", "84.6%", 84.6, subject="Ours", date="2024-05-01")), "Dataset:d")
    assert (row["subject"], row["paper_title"], row["date"], row["sentence"], row["confidence"]) == (
        "Ours",
        "Paper a",
        "2024-05-01",
        "Sentence of a.",
        1.0,
    )


def test_rows_without_kind_or_confidence_are_sure_scores():
    r = {"id": "x", "paper_id": "p", "value": "5", "number": 5.0, "unit": ""}
    assert [x["value"] for x in leaderboard(board(r), "Dataset:d")] == ["5"]


def test_counts_explain_an_empty_board():
    E = board(result("a", "84.6%", 84.6), result("b", "1%", 1.0, confidence=0.1))
    assert board_counts(E, "Dataset:d", metric="Metric:win rate") == {"results": 2, "matching": 0, "unsure": 0}
    assert board_counts(E, "Dataset:d") == {"results": 2, "matching": 2, "unsure": 1}


def test_same_benchmark_spellings_share_a_board_other_benchmarks_do_not():
    same = [
        ("AIME 2024", "AIME24"),
        ("AlpacaEval 2", "AlpacaEval 2.0"),
        ("WMT 2014", "WMT14"),
        ("WMT2019", "WMT19"),
        ("CoNLL-2003", "CoNLL03"),
    ]
    apart = [
        ("HumanEval", "HumanEval Pro"),
        ("MMLU", "MMLU-Pro"),
        ("AIME 2024", "AIME 2025"),
        ("GSM8K", "GSM8K-Hard"),
        ("SemEval-2019 Task 4", "SemEval-2019 Task 9"),
    ]
    assert all(benchmark_key(a) == benchmark_key(b) for a, b in same)
    assert not any(benchmark_key(a) == benchmark_key(b) for a, b in apart)
    G = nx.Graph()
    for name, n in (
        ("HumanEval", 5),
        ("HumanEval Pro", 1),
        ("HumanEval+", 1),
        ("AlpacaEval 2.0", 3),
        ("AlpacaEval 2", 2),
        ("AlpacaEval", 4),
    ):
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
    rows = leaderboard(
        board(
            result("a", "60%", 60.0, date="2023-01-01"),
            result("b", "55%", 55.0, date="2023-06-01"),
            result("c", "70%", 70.0, date="2024-02-01"),
            result("d", "65%", 65.0, date="2024-03-01"),
            result("e", "99%", 99.0, date="--08-08"),  # no year: cannot be placed in time
            result("f", "3.0", 3.0, metric="perplexity", unit="", date="2023-01-01"),
            result("g", "2.5", 2.5, metric="perplexity", unit="", date="2023-05-01"),
        ),
        "Dataset:d",
    )
    steps = sota_history(rows)
    assert [(s["metric"], s["date"], s["value"], s["previous"]) for s in steps] == [
        ("accuracy", "2023-01-01", "60%", None),
        ("accuracy", "2024-02-01", "70%", 60.0),
        ("perplexity", "2023-01-01", "3.0", None),
        ("perplexity", "2023-05-01", "2.5", 3.0),
    ]


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
    scores = [
        {
            "id": f"r{i}",
            "paper_id": "p0",
            "on_key": "Dataset:ed",
            "value": f"{50 + i}%",
            "number": 50.0 + i,
            "kind": "score",
            "confidence": 0.9,
        }
        for i in range(4)
    ]
    for i in range(3):
        B.add_node(f"p{i}", kind="Paper", title=f"P{i}", results=scores if i == 0 else [])
        B.add_edges_from([(f"p{i}", "Task:t"), (f"p{i}", "Dataset:big")])
    B.add_edge("p0", "Dataset:ed")
    B.add_edges_from([("p0", "Method:old"), ("p1", "Method:pop")])
    out = task_overview(B, "Task:t")
    assert [(d["name"], d["papers"], d["results"]) for d in out["datasets"]] == [
        ("FrobBank", 3, 0),
        ("FrobEval-2024 Task 1", 1, 4),
    ]
    assert [m["name"] for m in out["methods"]] == ["Zebra", "Aardvark"]  # a tie: the one the field uses first


def test_points_percent_and_shares_of_one_metric_rank_together():
    """ "34.1 BLEU points" is 34.1 BLEU; a metric written in % is a percentage, so "0.92 F1" is 92%."""
    bleu = board(
        result("a", "28.2", 28.2, metric="BLEU", unit=""),
        result("b", "34.1 BLEU points", 34.1, metric="BLEU", unit="points"),
        result("c", "30.5", 30.5, metric="BLEU", unit=""),
    )
    assert [r["value"] for r in leaderboard(bleu, "Dataset:d")] == ["34.1 BLEU points", "30.5", "28.2"]
    f1 = board(
        result("a", "90.94%", 90.94, metric="F1"),
        result("b", "0.9218", 0.9218, metric="F1", unit=""),
        result("c", "78.54%", 78.54, metric="F1"),
        result("d", "85.0", 85.0, metric="F1", unit=""),
        result("e", "3x", 3.0, metric="F1", unit="x"),
    )
    assert [r["value"] for r in leaderboard(f1, "Dataset:d")] == ["0.9218", "90.94%", "85.0", "78.54%", "3x"]
    # no % anywhere: a correlation's bare numbers are not shares of 100
    r = board(
        result("a", "0.66", 0.66, metric="Pearson", unit=""), result("b", "0.71", 0.71, metric="Pearson", unit="")
    )
    assert [x["value"] for x in leaderboard(r, "Dataset:d")] == ["0.71", "0.66"]
    steps = sota_history(
        leaderboard(
            board(
                result("a", "30.0", 30.0, metric="BLEU", unit="", date="2020-01-01"),
                result("b", "31.0 points", 31.0, metric="BLEU", unit="points", date="2021-01-01"),
            ),
            "Dataset:d",
        )
    )
    assert [s["value"] for s in steps] == ["30.0", "31.0 points"]


def test_the_main_score_metric_leads_and_cost_metrics_follow():
    """A board is on the dataset's main score metric (most results, sure or not); FLOPs, runtime and
    memory come after it, however many rows they have."""
    from paperkg.analytics.leaderboard import main_metric
    from paperkg.boards import main_metric_note

    E = board(
        result("a", "2.35T", 2.35, metric="FLOPs", unit="T"),
        result("b", "1.1T", 1.1, metric="FLOPs", unit="T"),
        result("c", "8.5s", 8.5, metric="runtime", unit="s"),
        result("d", "32%", 32.0, confidence=0.3),
        result("e", "11%", 11.0, confidence=0.3),
        result("f", "9%", 9.0, confidence=0.3),
        name="GSM8K",
    )
    directions = {"flops": "lower", "runtime": "lower"}
    assert [r["metric"] for r in leaderboard(E, "Dataset:d", directions=directions)] == ["FLOPs", "FLOPs", "runtime"]
    every = leaderboard(E, "Dataset:d", directions=directions, include_unsure=True)
    assert [r["metric"] for r in every] == ["accuracy"] * 3 + ["FLOPs", "FLOPs", "runtime"]
    main = main_metric(E, "Dataset:d")
    assert main == {"key": "Metric:accuracy", "name": "accuracy", "results": 3, "unsure": 3}
    shown = {"dataset": {"name": "GSM8K"}, "main_metric": main}
    assert main_metric_note(shown) == (
        "accuracy, the main metric of GSM8K: 3 scores, all unsure (--include-unsure shows them)"
    )
    assert main_metric_note(shown, include_unsure=True) is None
    assert main_metric_note({**shown, "main_metric": {**main, "unsure": 2}}) is None  # one is shown
    # two score metrics: the one with more results leads, sure or not
    E = board(
        result("a", "40", 40.0, metric="BLEU", unit=""),
        result("b", "0.7", 0.7, metric="COMET", unit=""),
        result("c", "0.8", 0.8, metric="COMET", unit="", confidence=0.1),
    )
    assert [r["metric"] for r in leaderboard(E, "Dataset:d")] == ["COMET", "BLEU"]


def test_a_result_the_sentence_says_is_ours_shows_the_papers_own_subject():
    """No subject in the sentence: the paper's proposed method or model when it says "we"/"our" (the one
    the sentence names when the paper proposes several), else the label "this paper (ours)"; a sentence
    that does not speak for the paper leaves the subject empty."""
    from paperkg.analytics import evaluation_graph
    from paperkg.model import GraphData

    concepts = [
        {"key": "Dataset:d", "name": "D", "kind": "Dataset"},
        {"key": "Method:a", "name": "AlphaNet", "kind": "Method"},
        {"key": "Method:b", "name": "BetaNet", "kind": "Method"},
        {"key": "Dataset:own", "name": "OwnSet", "kind": "Dataset"},
        {"key": "Model:m", "name": "M", "kind": "Model"},
    ]
    results = [
        {"id": "r1", "paper_id": "p1", "on_key": "Dataset:d", "sentence": "We reach 80% on D."},
        {"id": "r2", "paper_id": "p2", "on_key": "Dataset:d", "sentence": "With BetaNet our accuracy is 70%."},
        {"id": "r3", "paper_id": "p2", "on_key": "Dataset:d", "sentence": "Our system reaches 60% on D."},
        {"id": "r4", "paper_id": "p3", "on_key": "Dataset:d", "sentence": "The proposed model reaches 50% on D."},
        {"id": "r5", "paper_id": "p1", "on_key": "Dataset:d", "sentence": "Humans reach 95% on D."},
        {"id": "r6", "paper_id": "p1", "on_key": "Dataset:d", "of_key": "Model:m", "sentence": "We find M gets 40%."},
        {"id": "r7", "paper_id": "p4", "on_key": "Dataset:d", "sentence": "The US team reports 30% on D."},
        # unsure: the extractor found that the "we" does not reach the number (another's, in a contrast)
        {
            "id": "r8",
            "paper_id": "p1",
            "on_key": "Dataset:d",
            "confidence": 0.55,
            "sentence": "We show that while each excels, Quiet-Net achieving 32% on D.",
        },
    ]
    proposes = [
        {"paper_id": "p1", "concept_key": "Method:a"},
        {"paper_id": "p2", "concept_key": "Method:a"},
        {"paper_id": "p2", "concept_key": "Method:b"},
        {"paper_id": "p3", "concept_key": "Dataset:own"},
    ]
    E = evaluation_graph(GraphData(concepts=concepts, results=results, proposes=proposes), include_mentions=False)
    got = {r["id"]: (r["subject_name"], r["subject_source"]) for r in E.nodes["Dataset:d"]["results"]}
    assert got == {
        "r1": ("AlphaNet (ours)", "paper"),
        "r2": ("BetaNet (ours)", "paper"),
        "r3": ("this paper (ours)", "paper"),
        "r4": ("this paper (ours)", "paper"),
        "r5": ("", ""),
        "r6": ("M", "sentence"),
        "r7": ("", ""),
        "r8": ("", ""),
    }
    assert E.nodes["Dataset:d"]["results"][0]["subject_kind"] == "Method"
    assert not E.has_edge("Method:a", "Dataset:d")  # a subject read from the paper, not the sentence: no edge


def test_a_task_page_names_the_papers_own_result_as_its_board_does():
    from paperkg.analytics import task_overview

    B = nx.Graph()
    B.add_node("Task:qa", kind="Task", name="QA")
    B.add_node("Dataset:sq", kind="Dataset", name="SQuAD")
    B.add_node("Method:m", kind="Method", name="M", proposed_by=["p1"])
    B.add_node("Metric:f1", kind="Metric", name="F1")  # a score naming no metric ranks nothing, leads nothing
    B.add_node(
        "p1",
        kind="Paper",
        title="M for QA",
        published="2024-01-01",
        results=[
            {
                "id": "r",
                "paper_id": "p1",
                "on_key": "Dataset:sq",
                "metric_key": "Metric:f1",
                "value": "90 F1",
                "number": 90.0,
                "kind": "score",
                "confidence": 0.9,
                "sentence": "Our model reaches 90 F1 on SQuAD.",
            }
        ],
    )
    B.add_edges_from([("p1", "Task:qa"), ("p1", "Dataset:sq"), ("p1", "Method:m")])
    best = task_overview(B, "Task:qa")["datasets"][0]["best"]
    assert (best["subject"], best["subject_source"]) == ("M (ours)", "paper")


def test_a_task_pages_translation_pair_counts_the_papers_reporting_on_it():
    """Every pair row of a shared-task edition said the edition's paper count (64 on each WMT22 pair):
    a pair row counts the papers with results on that pair; the edition's pairs stay together."""
    from paperkg.analytics import task_overview

    B = nx.Graph()
    B.add_node("Task:mt", kind="Task", name="machine translation")
    B.add_node("Dataset:wmt", kind="Dataset", name="WMT30")
    B.add_node("Dataset:small", kind="Dataset", name="FrobText")

    def bleu(pid, value, pair):
        return {
            "id": f"{pid}{pair}",
            "paper_id": pid,
            "on_key": "Dataset:wmt",
            "value": value,
            "pair": pair,
            "number": float(value),
            "kind": "score",
            "confidence": 0.9,
            "metric_key": "Metric:bleu",
            "metric_name": "BLEU",
        }

    results = {"p0": [bleu("p0", "30.1", "en-de"), bleu("p0", "41.0", "en-fr")], "p1": [bleu("p1", "31.5", "en-de")]}
    for i in range(4):
        B.add_node(f"p{i}", kind="Paper", title=f"P{i}", results=results.get(f"p{i}", []))
        B.add_edges_from([(f"p{i}", "Task:mt"), (f"p{i}", "Dataset:wmt")])
    B.add_edges_from([("p2", "Dataset:small"), ("p3", "Dataset:small")])
    rows = [
        (d["name"], d["pair"], d["papers"], d["best"] and d["best"]["value"])
        for d in task_overview(B, "Task:mt")["datasets"]
    ]
    assert rows == [("WMT30", "en-de", 2, "31.5"), ("WMT30", "en-fr", 1, "41.0"), ("FrobText", "", 2, None)]


def _qa_page(results, *, papers=None, texts=None, metrics=()):
    """A question answering page over invented papers: p1 names FooQA and the task
    "frob extraction" too; `papers` adds {paper: (title, [dataset keys])}."""
    from paperkg.analytics import task_overview

    B = nx.Graph()
    B.add_node("Task:qa", kind="Task", name="question answering", aliases=["QA"])
    B.add_node("Task:fe", kind="Task", name="frob extraction")
    B.add_node("Dataset:foo", kind="Dataset", name="FooQA")
    B.add_node("Metric:acc", kind="Metric", name="accuracy")
    for m in metrics:
        B.add_node(m, kind="Metric", name=m.split(":")[1])
    B.add_node("p1", kind="Paper", title="A QA paper", published="2024-01-01", results=results)
    B.add_edges_from([("p1", "Task:qa"), ("p1", "Dataset:foo"), ("p1", "Task:fe")])
    for p, (title, datasets) in (papers or {}).items():
        B.add_node(p, kind="Paper", title=title, published="2024-01-01", results=[])
        B.add_edge(p, "Task:qa")
        for d in datasets:
            B.add_node(d, kind=d.split(":")[0], name=d.split(":")[1], proposed_by=[p])
            B.add_edge(p, d)
    return task_overview(B, "Task:qa", texts=texts)


def _acc(rid, value, sentence, metric="Metric:acc"):
    number = float(value.rstrip("%ms"))
    return {"id": rid, "paper_id": "p1", "on_key": "Dataset:foo", "metric_key": metric, "value": value,
            "number": number, "kind": "score", "confidence": 0.9, "sentence": sentence}  # fmt: skip


def test_a_task_pages_best_is_no_human_performance():
    """read36: CommonsenseQA's best was "human performance, which is 89%"; the model's 56% leads instead."""
    s = "Our strongest baseline reaches 56% on FooQA, well below human performance, which is 89%."
    page = _qa_page([_acc("h", "89%", s), _acc("m", "56%", s)])
    assert page["datasets"][0]["best"]["value"] == "56%"
    page = _qa_page([_acc("h", "89%", "Human accuracy on FooQA is 89%.")])
    assert page["datasets"][0]["best"] is None and page["datasets"][0]["results"] == 1


def test_a_task_pages_best_is_no_score_on_another_task_of_the_paper():
    """read36: Natural Questions' best was "49.8% in F1 for event argument extraction", a sentence naming
    neither the dataset nor the page's task but another task of the paper."""
    other = _acc("o", "71%", "We obtain 71% accuracy for frob extraction with 1% of the data.")
    ours = _acc("q", "64%", "Our reader reaches 64% accuracy on FooQA.")
    assert _qa_page([other, ours])["datasets"][0]["best"]["value"] == "64%"
    plain = _acc("p", "70%", "Our model reaches 70% accuracy.")  # names nothing else: still the paper's score
    assert _qa_page([plain])["datasets"][0]["best"]["value"] == "70%"


def test_a_task_pages_best_names_a_metric():
    """read36: a task's best was "64ms" (a latency, no metric): a score naming no metric ranks against
    nothing, so it leads nothing either."""
    page = _qa_page([_acc("l", "64ms", "Our retriever answers FooQA queries in 64ms.", metric=None)])
    assert page["datasets"][0]["best"] is None and page["datasets"][0]["results"] == 1


def test_a_task_page_leaves_out_data_its_papers_name_for_another_task():
    """read36: the seed's QA page listed RTE and QQP from "question answering (BoolQ), textual entailment
    (RTE), and duplicate questions identification (QQP)"."""
    text = ("We test on question answering (FooQA), textual entailment (BarTE), and frob identification (BazQP). "
            "BazQP accuracy rises to 88%.")  # fmt: skip
    page = _qa_page([], papers={"p2": ("P2", ["Dataset:BarTE", "Dataset:BazQP"])}, texts=lambda ids: {"p2": text})
    assert [d["name"] for d in page["datasets"]] == ["FooQA"]
    used = "We use BarTE to answer questions in question answering."
    kept = _qa_page([], papers={"p2": ("P2", ["Dataset:BarTE"])}, texts=lambda ids: {"p2": used})
    assert {d["name"] for d in kept["datasets"]} == {"FooQA", "BarTE"}  # no evidence against: listed
    acronym = "We release the Bar Textual Entailment (BarTE) set for question answering."
    kept = _qa_page([], papers={"p2": ("P2", ["Dataset:BarTE"])}, texts=lambda ids: {"p2": acronym})
    assert {d["name"] for d in kept["datasets"]} == {"FooQA", "BarTE"}  # its own long name, not another task


def test_a_task_page_leaves_out_a_small_dataset_only_named_beside_the_task():
    """taskpage48: the demo's machine translation page listed XQuAD (a Swedish QA paper that machine-translates
    SQuAD), Math23K and TOEFL: one paper named the dataset and, elsewhere, the task. A dataset too small for the
    lift test stays when a sentence names it with the task, its name holds the task's name or acronym, or a
    paper naming it is titled for the task."""
    papers = {
        "p2": ("Building a Zorbian Reader", ["Dataset:XyzQuAD"]),
        "p3": ("Counting Frobs", ["Dataset:Frob23K"]),
        "p4": ("Readers for Long Zorbs", ["Dataset:LongZorb"]),
        "p5": ("Question Answering on Frobs", ["Dataset:FrobSet"]),
        "p6": ("A reader", ["Dataset:ZorbQA"]),
    }
    texts = {
        "p2": "We translate FooQA with a QA model. Our reader reaches 80.4 F1 on XyzQuAD.",
        "p3": "We solve Frob23K problems. A question answering model helps.",
        "p4": "We test question answering on LongZorb.",
        "p5": "Frobs are tested on FrobSet.",
        "p6": "We evaluate on ZorbQA.",
    }
    page = _qa_page([], papers=papers, texts=lambda ids: {i: texts.get(i, "") for i in ids})
    assert sorted(d["name"] for d in page["datasets"]) == ["FooQA", "FrobSet", "LongZorb", "ZorbQA"]
    # without abstracts nothing is dropped for want of evidence
    assert len(_qa_page([], papers=papers)["datasets"]) == 6


def test_a_task_page_leaves_out_a_small_dataset_the_task_only_built_or_scored():
    """demo49: the demo's machine translation page listed ISEAR and deISEAR, an emotion corpus a paper carried
    to German "via machine translation": a sentence that names the task only as its instrument ("created
    using", "via", "by") ties nothing to it; one that names it for what the data serves does ("used for")."""
    papers = {
        "p2": ("Zorbian Emotions", ["Dataset:ZorbEmo"]),
        "p3": ("A Frob Metric", ["Dataset:FrobEval"]),
        "p4": ("Readers for Zorbs", ["Dataset:ZorbSet"]),
        "p5": ("A Frob Corpus", ["Dataset:FrobBank"]),
    }
    texts = {
        "p2": "We build ZorbEmo, a Zorbian version of an emotion corpus created using question answering.",
        "p3": "FrobEval, which scores summaries via QA, tracks human judgments.",
        "p4": "ZorbSet is used for question answering by neural readers.",
        "p5": "We test a QA reader on FrobBank by question answering and by QA.",
    }
    page = _qa_page([], papers=papers, texts=lambda ids: {i: texts.get(i, "") for i in ids})
    assert sorted(d["name"] for d in page["datasets"]) == ["FooQA", "FrobBank", "ZorbSet"]


def test_a_task_page_lists_no_benchmark_among_its_methods():
    """read36: the MT page listed ACES ("ACES: Translation Accuracy Challenge Sets for ..."), a challenge set
    typed Method, among the methods proposed for the task."""
    papers = {
        "p2": ("FROBS: Question Answering Challenge Sets for Evaluating Readers", ["Method:FROBS"]),
        "p3": ("QuxGen: Zero-shot Dataset Generation via Prompting", ["Method:QuxGen"]),
        "p4": ("ZapQA: A Reader for Long Documents", ["Method:ZapQA"]),
    }
    page = _qa_page([], papers=papers)
    assert sorted(m["name"] for m in page["methods"]) == ["QuxGen", "ZapQA"]


def test_a_task_page_lists_no_method_its_title_says_is_for_another_task():
    """tp37b: of s36b's 8 judged task pages' 160 methods, 10 wrong ones came from papers whose title names another
    task they name ("SURE: ... For Relation Extraction", "KGLM: ... for Link Prediction", "Proactive Learning for
    Named Entity Recognition", "Dual Graph Convolutional Networks for Aspect-based Sentiment Analysis") while
    the abstract names the page's task as a tool or a neighbour. A paper that reports a result on the page's
    data is evaluated on the task and stays; a task listed with others, or cast as another, decides nothing."""
    from paperkg.analytics import task_overview

    B = nx.Graph()
    B.add_node("Task:qa", kind="Task", name="question answering", aliases=["QA"])
    B.add_node("Task:fe", kind="Task", name="frob extraction")
    B.add_node("Task:sl", kind="Task", name="sequence labeling")  # a problem's form, which many tasks take
    B.add_node("Dataset:foo", kind="Dataset", name="FooQA")
    titles = {
        "p1": "FROB: Mutually Visible Objects for Frob Extraction",  # another task's: out
        "p2": "ZAP: A Reader for Frob Extraction",  # another task's, but scored on FooQA: stays
        "p3": "QUX: Joint Pre-training for Frob Extraction and Reading",  # one of a list: stays
        "p4": "BIM: Frob Extraction as Question Answering",  # the page's task named: stays
        "p5": "DUX: Zorb Lattices for Sequence Labeling",  # a form, no task: stays
    }
    for p, title in titles.items():
        name = title.split(":")[0]
        scored = [{"id": "r", "paper_id": p, "on_key": "Dataset:foo", "value": "60%", "kind": "score"}]
        B.add_node(p, kind="Paper", title=title, published="2024-01-01", results=scored if p == "p2" else [])
        B.add_node(f"Method:{name}", kind="Method", name=name, proposed_by=[p])
        B.add_edges_from([(p, "Task:qa"), (p, "Task:fe"), (p, "Task:sl"), (p, "Dataset:foo"), (p, f"Method:{name}")])
    assert sorted(m["name"] for m in task_overview(B, "Task:qa")["methods"]) == ["BIM", "DUX", "QUX", "ZAP"]


def test_a_task_page_lists_no_shared_task_among_its_methods():
    """tp37b: "Overview of the ClinIQLink 2025 Shared Task on Medical Question-Answering" and "AIWolfDial 2024:
    Summary of ... AIWolf Contest" put the events, typed Method, among the QA and summarization pages' methods
    (s36b proposes 5 more so: AraHealthQA 2025, IslamicEval 2025, PalmX 2025, Iqra'Eval, ReproGen)."""
    papers = {
        "p2": ("Overview of the FrobLink 2025 Shared Task on Medical Question-Answering", ["Method:FrobLink"]),
        "p3": ("ZorbQA 2025: The First Shared Task on Zorbian Question Answering", ["Method:ZorbQA 2025"]),
        "p4": ("QuxNLP at the ZorbQA 2025 Shared Task: Readers Reranked", ["Method:QuxNLP"]),
    }
    assert [m["name"] for m in _qa_page([], papers=papers)["methods"]] == ["QuxNLP"]


def test_a_task_page_leaves_out_resources_every_field_names():
    """s36a: Wikipedia, WordNet, GLUE and Universal Dependencies were on every task page (UD's LAS the NER
    page's best): a dataset whose papers name the task no more often than the corpus's papers do is not
    the task's data."""
    from paperkg.analytics import task_overview

    B = nx.Graph(n_papers=1000)
    B.add_node("Task:t", kind="Task", name="frob tagging")
    B.add_node("Dataset:wiki", kind="Dataset", name="FrobPedia", papers=400)  # 4 of 400 name the task: 1%
    B.add_node("Dataset:bank", kind="Dataset", name="FrobBank", papers=8)  # 4 of 8
    for i in range(10):  # 10 of 1000 papers name the task: 1%
        B.add_node(f"p{i}", kind="Paper", title=f"P{i}", results=[])
        B.add_edge(f"p{i}", "Task:t")
        if i < 4:
            B.add_edges_from([(f"p{i}", "Dataset:wiki"), (f"p{i}", "Dataset:bank")])
    assert [d["name"] for d in task_overview(B, "Task:t")["datasets"]] == ["FrobBank"]


def test_a_task_pages_best_is_no_judges_score_on_a_text_output_task():
    """tp37: on s36b's MT page WMT20 en-zh's best was a quality-estimation entry's "Pearson correlation of 0.664";
    the MT, summarization and QA pages held 11 correlation rows, each a quality estimator's, a metric's or a
    judge's (WMT QE, SummEval metric meta-evaluation, hallucination detection), none the task's own."""
    s = "Our estimator reaches a Pearson correlation of 0.71 on FooQA."
    r = _acc("r", "0.71", s, metric="Metric:Pearson correlation")
    page = _qa_page([r, _acc("a", "64%", "Our reader gets 64% on FooQA.")], metrics=["Metric:Pearson correlation"])
    assert page["datasets"][0]["best"]["value"] == "64%"  # not the correlation
    assert _qa_page([r], metrics=["Metric:Pearson correlation"])["datasets"][0]["best"] is None
    from paperkg.analytics.task_evidence import agreement_score

    assert agreement_score("Spearman correlation", "summarization") and agreement_score(
        "Kendall tau", "question answering"
    )
    assert agreement_score("AUROC", "question answering")  # selective prediction's confidence on CoQA
    assert not agreement_score("Pearson correlation", "semantic textual similarity")  # a task scored by correlation
    assert not agreement_score("AUROC", "hallucination detection")
    assert not agreement_score("Pearson correlation", "emotion intensity regression")


def test_a_task_pages_best_is_no_score_outside_the_official_ranking():
    """tp37: three shared-task bests on s36b's NER and sentiment pages were scored "during practice phase",
    "in the post-evaluation stage" and "after the competition"; a fourth board row "after the deadline"."""
    practice = _acc("p", "87%", "During the practice phase of the challenge our approach showed 87% accuracy on FooQA.")
    post = _acc("q", "91%", "Our system reaches 91% accuracy on FooQA in the post-evaluation stage.")
    after = _acc("c", "89%", "After the competition, we merged our systems, which achieved 89% accuracy on FooQA.")
    ranked = _acc("r", "80%", "Our system ranked 2nd with 80% accuracy on FooQA in the evaluation phase.")
    assert _qa_page([practice, post, after, ranked])["datasets"][0]["best"]["value"] == "80%"


def test_a_task_pages_best_is_no_score_of_a_direction_left_unread():
    """tp37: WMT20's best on s36b's MT page was "61.13 RIBES" of "Hindi to Marathi ... and Marathi to Hindi ...
    RIBES score of 61.13", WMT21's "4.05 BLEU" of "both Tamil-to-Telugu and Telugu-to-Tamil": numbers on one of
    the directions the sentence names, the reader not telling which (31 such confident rows on s36b)."""
    from paperkg.analytics import task_overview

    B = nx.Graph()
    B.add_node("Task:mt", kind="Task", name="machine translation")
    B.add_node("Dataset:wmt", kind="Dataset", name="WMT30")
    B.add_node("Metric:ribes", kind="Metric", name="RIBES")
    s = "We reach a RIBES of 57.7 from Czech to Polish and of 61.1 from Polish to Czech."
    results = [
        {"id": f"r{v}", "paper_id": "p0", "on_key": "Dataset:wmt", "value": v, "pair": "", "number": float(v),
         "kind": "score", "confidence": 0.9, "metric_key": "Metric:ribes", "sentence": s}
        for v in ("57.7", "61.1")
    ]  # fmt: skip
    B.add_node("p0", kind="Paper", title="P0", results=results)
    B.add_edges_from([("p0", "Task:mt"), ("p0", "Dataset:wmt")])
    [wmt] = task_overview(B, "Task:mt")["datasets"]
    assert wmt["results"] == 2 and wmt["best"] is None


def test_a_task_page_lists_no_event_nor_data_among_its_methods():
    """taskpg38: s37a's summarization page listed "COLING 2022 Shared Task" (a title's head: "COLING 2022 Shared
    Task: LED Finetuning ...") and ".MA_v2" ("we introduce .MA_v2, an expanded version of the GOUD.MA dataset")
    among its methods; s37a proposes 13 event names (CORBON 2017 Shared Task, DSTC7 Task 1 ...), 21 names an
    apposition calls data (Simple-SQuAD, Mukayese, FLEURS-ASL ...) and 33 it calls metrics (ROUGE-K, MuLER, RQUGE ...)."""
    papers = {
        "p2": ("FOOLING 2030 Shared Task: Zorb Finetuning for Long Answers", ["Method:FOOLING 2030 Shared Task"]),
        "p3": ("Evaluating Readers on Zorbian News", ["Method:.ZQ_v2"]),
        "p4": ("ZapQA: A Reader for Long Documents", ["Method:ZapQA"]),
    }
    texts = {
        "p3": "We introduce .ZQ_v2, an expanded version of the ZORB.QA dataset, with 50k questions.",
        "p4": "We propose ZapQA, a reader trained on the ZORB.QA dataset.",
        "p5": "We propose a new evaluation metric, dubbed QuxScore, which correlates with people.",
    }
    papers["p5"] = ("QuxScore: Do Your Answers Have Keywords?", ["Method:QuxScore"])
    papers["p6"] = ("FOO_BU Team: Cross-Encoder Readers for Zorb Questions", ["Method:FOO_BU Team"])
    page = _qa_page([], papers=papers, texts=lambda ids: {i: texts.get(i, "") for i in ids})
    assert [m["name"] for m in page["methods"]] == ["ZapQA"]


def test_a_task_pages_result_is_no_events_own():
    """taskpg38: BookSum's best on s37a's summarization page had the subject "COLING 2022 Shared Task (ours)",
    the event a title's head names, which the extractor took for the paper's proposal."""
    from paperkg.analytics import task_overview

    B = nx.Graph()
    B.add_node("Task:qa", kind="Task", name="question answering")
    B.add_node("Dataset:foo", kind="Dataset", name="FooQA")
    B.add_node("Method:ev", kind="Method", name="FOOLING 2030 Shared Task", proposed_by=["p1"])
    B.add_node("Metric:f1", kind="Metric", name="F1")
    s = "Our best model achieves an F1 score of 54.1 on FooQA."
    r = {"id": "r", "paper_id": "p1", "on_key": "Dataset:foo", "metric_key": "Metric:f1", "value": "54.1",
         "number": 54.1, "kind": "score", "confidence": 0.9, "sentence": s}  # fmt: skip
    B.add_node("p1", kind="Paper", title="FOOLING 2030 Shared Task: Zorb Readers", results=[r])
    B.add_edges_from([("p1", "Task:qa"), ("p1", "Dataset:foo"), ("p1", "Method:ev")])
    assert task_overview(B, "Task:qa")["datasets"][0]["best"]["subject"] == "this paper (ours)"


def test_a_task_pages_best_is_no_subsets_breakdown():
    """taskpg38: SQuAD's best on s37a's QA page was the 64.5 of "56.4 F1 on SQuAD v1 (64.5 F1 when the answer is a
    Named Entity mention)": a number in parentheses narrowing the one before it to part of the data (also "56.82%
    F1 on ARC (41.24% on Challenge and 64.49% on Easy)", "53.6 (49.4 on the unseen subset)")."""
    s = "Our reader achieves 56.4 accuracy on FooQA v1 (64.5 accuracy when the answer is a named entity)."
    assert _qa_page([_acc("a", "56.4", s), _acc("b", "64.5", s)])["datasets"][0]["best"]["value"] == "56.4"
    same = "Our strict accuracy was 0.21 (21%) on FooQA."  # a restatement narrows nothing
    assert _qa_page([_acc("c", "21%", same)])["datasets"][0]["best"]["value"] == "21%"


def test_a_task_pages_best_is_no_text_overlap_on_a_task_that_outputs_none():
    """taskpg38: s37a's automatic speech recognition page had 11 BLEU bests, speech translation's (MuST-C en-zh,
    IWSLT 2022 en-de) and disfluency correction's (Switchboard 85.28); the NER page a clickbait spoiler
    generation BLEU, the NLU page a data-to-text BLEU (RotoWire)."""
    from paperkg.analytics import task_overview

    B = nx.Graph()
    B.add_node("Task:asr", kind="Task", name="automatic speech recognition")
    B.add_node("Dataset:zorb", kind="Dataset", name="ZorbSpeech")
    B.add_node("Metric:bleu", kind="Metric", name="BLEU")
    B.add_node("Metric:wer", kind="Metric", name="word error rate")
    s = "Our cascade reaches 29.7 BLEU on ZorbSpeech en-de and a word error rate of 9.1% on ZorbSpeech."
    results = [
        {"id": "b", "paper_id": "p0", "on_key": "Dataset:zorb", "value": "29.7", "number": 29.7, "kind": "score",
         "confidence": 0.9, "metric_key": "Metric:bleu", "sentence": s},
        {"id": "w", "paper_id": "p0", "on_key": "Dataset:zorb", "value": "9.1%", "number": 9.1, "kind": "score",
         "confidence": 0.9, "metric_key": "Metric:wer", "sentence": s},
    ]  # fmt: skip
    B.add_node("p0", kind="Paper", title="P0", results=results)
    B.add_edges_from([("p0", "Task:asr"), ("p0", "Dataset:zorb")])
    assert task_overview(B, "Task:asr")["datasets"][0]["best"]["value"] == "9.1%"
    B.nodes["p0"]["results"] = results[:1]
    assert task_overview(B, "Task:asr")["datasets"][0]["best"] is None


def test_a_task_pages_best_is_from_no_paper_titled_for_another_task():
    """taskpg38/stop 37: s37a's pages took bests from papers whose titles are for another task they name: ARRAU's
    "65.6 F1 CoNLL" ("Sequence to Sequence Coreference Resolution") on the summarization, MT and sentiment pages,
    SemEval-2021 Task 5's toxic-span F1 ("... Leveraging Transformers for Multiple Toxic Span Extraction ...") on
    dependency parsing's, NADI 2023's dialect identification F1 on sentiment analysis's. The dataset stays
    listed, with no best; a family's page (sequence labeling) takes its members' bests."""
    from paperkg.analytics import task_overview

    def page(task_name, title):
        B = nx.Graph()
        B.add_node("Task:t", kind="Task", name=task_name)
        B.add_node("Task:o", kind="Task", name="frob resolution")
        B.add_node("Dataset:d", kind="Dataset", name="ZorbBank")
        B.add_node("Metric:f1", kind="Metric", name="F1")
        r = {"id": "r", "paper_id": "p1", "on_key": "Dataset:d", "metric_key": "Metric:f1", "value": "65.6",
             "number": 65.6, "kind": "score", "confidence": 0.9, "sentence": "We get 65.6 F1 on ZorbBank."}  # fmt: skip
        B.add_node("p1", kind="Paper", title=title, results=[r])
        B.add_edges_from([("p1", "Task:t"), ("p1", "Task:o"), ("p1", "Dataset:d")])
        [d] = task_overview(B, "Task:t")["datasets"]
        return d["best"] and d["best"]["value"]

    assert page("summarization", "Sequence to Sequence Frob Resolution") is None
    assert page("summarization", "Zorb Summaries and Frob Resolution") == "65.6"  # one of a list
    assert page("summarization", "Frob Resolution for Summarization") == "65.6"  # the page's task named
    assert page("sequence labeling", "Sequence to Sequence Frob Resolution") == "65.6"  # a family's page


def test_a_task_pages_best_is_no_attacks_score():
    """taskpg38/read37: IMDB's best on s37a's sentiment analysis page was "75% adversarial accuracy" (certified
    robustness to word substitutions), FLAN's on the NLI page "~53% Attack Success Rate"."""
    s = "Our certified model keeps 75% adversarial accuracy on FooQA and reaches 91% accuracy on it."
    robust = _acc("r", "75%", s, metric="Metric:adversarial accuracy")
    page = _qa_page([robust, _acc("a", "91%", s)], metrics=["Metric:adversarial accuracy"])
    assert page["datasets"][0]["best"]["value"] == "91%"
    assert _qa_page([robust], metrics=["Metric:adversarial accuracy"])["datasets"][0]["best"] is None
