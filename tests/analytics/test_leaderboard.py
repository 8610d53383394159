import networkx as nx

from paperkg.analytics import evaluation_graph, leaderboard, lower_is_better
from paperkg.analytics.leaderboard import dataset_variants


def test_best_first_per_metric(data):
    rows = leaderboard(evaluation_graph(data), "Dataset:gsm8k")
    assert [(r["metric"], r["rank"], r["subject"], r["value"]) for r in rows] == [
        ("accuracy", 1, "LoRA", "70%"),
        ("accuracy", 2, "RLHF", "60%"),
        ("accuracy", 3, "Llama", "55%"),
    ]
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
    E.add_node(
        "d",
        results=[
            {"id": "a", "value": "70x", "number": 70.0, "unit": "x", "metric_key": "m", "metric_name": "accuracy"},
            {"id": "b", "value": "60%", "number": 60.0, "unit": "%", "metric_key": "m", "metric_name": "accuracy"},
            {"id": "c", "value": "65%", "number": 65.0, "unit": "%", "metric_key": "m", "metric_name": "accuracy"},
            {"id": "d", "value": "n/a", "number": None, "unit": None, "metric_key": "m", "metric_name": "accuracy"},
        ],
    )
    assert [r["value"] for r in leaderboard(E, "d")] == ["65%", "60%", "70x", "n/a"]


def _translation_board():
    E = nx.Graph()
    E.add_node(
        "Dataset:wmt14",
        kind="Dataset",
        name="WMT14",
        paper_count=5,
        results=[
            {
                "id": "a",
                "metric_key": "m",
                "metric_name": "BLEU",
                "value": "41.0",
                "number": 41.0,
                "pair": "en-fr",
                "sentence": "It reaches 41.0 BLEU on En-Fr.",
            },
            {
                "id": "b",
                "metric_key": "m",
                "metric_name": "BLEU",
                "value": "28.0",
                "number": 28.0,
                "pair": "en-de",
                "sentence": "It reaches 28.0 BLEU on En-De.",
            },
            {
                "id": "c",
                "metric_key": "m",
                "metric_name": "BLEU",
                "value": "50.0",
                "number": 50.0,
                "pair": "",
                "sentence": "It reaches 50.0 BLEU.",
            },
            {
                "id": "d",
                "metric_key": "m",
                "metric_name": "BLEU",
                "value": "27.0",
                "number": 27.0,
                "pair": None,
                "sentence": "A store from before pairs: 27.0 BLEU on English-German.",
            },
        ],
    )
    E.add_node(
        "Dataset:wmt14 en-de",
        kind="Dataset",
        name="WMT14 En-De",
        paper_count=1,
        results=[
            {
                "id": "e",
                "metric_key": "m",
                "metric_name": "BLEU",
                "value": "29.0",
                "number": 29.0,
                "pair": "",
                "sentence": "It reaches 29.0 BLEU.",
            }
        ],
    )
    return E


def test_translation_scores_rank_per_pair_and_unpaired_ones_apart():
    E = _translation_board()
    variants = dataset_variants(E, "Dataset:wmt14")
    assert variants == ["Dataset:wmt14", "Dataset:wmt14 en-de"]  # the pair-suffixed name is the benchmark's
    rows = leaderboard(E, variants)
    assert [(r["pair"], r["rank"], r["value"]) for r in rows] == [
        ("en-de", 1, "29.0"),
        ("en-de", 2, "28.0"),
        ("en-de", 3, "27.0"),
        ("en-fr", 1, "41.0"),
        ("", None, "50.0"),
    ]
    assert [r["value"] for r in leaderboard(E, variants, pair="en-fr")] == ["41.0"]
    E.nodes["Dataset:wmt14 en-de"]["paper_count"] = 50  # more papers: still not the name of the whole board
    assert dataset_variants(E, "Dataset:wmt14 en-de") == ["Dataset:wmt14", "Dataset:wmt14 en-de"]


def test_a_board_name_with_a_pair_is_the_benchmark_and_that_pair():
    from paperkg.analytics.leaderboard import resolve_board

    E = _translation_board()
    assert resolve_board(E, "WMT14 En-De") == ("Dataset:wmt14", "en-de")
    assert resolve_board(E, "WMT14 German-English") == ("Dataset:wmt14", "de-en")  # no such node: the benchmark's
    assert resolve_board(E, "WMT14") == ("Dataset:wmt14", None)


def test_boards_without_pairs_rank_as_before():
    E = nx.Graph()
    E.add_node(
        "d",
        kind="Dataset",
        name="GLUE",
        results=[
            {"id": "a", "value": "80", "number": 80.0, "pair": "", "metric_key": "m", "metric_name": "accuracy"},
            {"id": "b", "value": "90", "number": 90.0, "metric_key": "m", "metric_name": "accuracy"},
        ],
    )
    assert [(r["rank"], r["value"], r["pair"]) for r in leaderboard(E, "d")] == [(1, "90", ""), (2, "80", "")]


def test_scores_with_no_metric_rank_against_nothing():
    """A perplexity and an F1 whose metric was not read are no one ranking: listed, unranked, the
    heading saying why (rev27: perplexities ranked higher-first under "no metric given")."""
    E = nx.Graph()
    E.add_node(
        "d",
        kind="Dataset",
        name="PTB",
        results=[
            {"id": "a", "value": "54.5", "number": 54.5},
            {"id": "b", "value": "95.9", "number": 95.9},
            {"id": "c", "value": "93%", "number": 93.0, "unit": "%", "metric_key": "m", "metric_name": "accuracy"},
        ],
    )
    rows = leaderboard(E, "d")
    assert [(r["value"], r["rank"], r["missing"]) for r in rows] == [
        ("93%", 1, ""),
        ("95.9", None, "metric"),
        ("54.5", None, "metric"),
    ]


def test_spellings_of_one_metric_rank_as_one():
    """rev27: "macro F1 score" and "macro-average F1-score", "exact match accuracy" and "exact match",
    "test accuracy" and "accuracy" split one board into sections; a validation score stays apart."""
    E = nx.Graph()
    E.add_node(
        "d",
        kind="Dataset",
        name="X",
        results=[
            {"id": "a", "value": "0.71", "number": 0.71, "metric_key": "m1", "metric_name": "macro F1 score"},
            {"id": "b", "value": "0.74", "number": 0.74, "metric_key": "m2", "metric_name": "macro-average F1-score"},
            {"id": "c", "value": "0.70", "number": 0.70, "metric_key": "m1", "metric_name": "macro F1 score"},
            {"id": "d", "value": "90%", "number": 90.0, "unit": "%", "metric_key": "t", "metric_name": "test accuracy"},
            {
                "id": "e",
                "value": "91%",
                "number": 91.0,
                "unit": "%",
                "metric_key": "v",
                "metric_name": "validation accuracy",
            },
            {"id": "f", "value": "88%", "number": 88.0, "unit": "%", "metric_key": "acc", "metric_name": "accuracy"},
            {"id": "g", "value": "89%", "number": 89.0, "unit": "%", "metric_key": "acc", "metric_name": "accuracy"},
        ],
    )
    rows = leaderboard(E, "d")
    assert [(r["metric"], r["value"], r["rank"]) for r in rows] == [
        ("accuracy", "90%", 1),
        ("accuracy", "89%", 2),
        ("accuracy", "88%", 3),
        ("macro F1 score", "0.74", 1),
        ("macro F1 score", "0.71", 2),
        ("macro F1 score", "0.70", 3),
        ("validation accuracy", "91%", 1),
    ]
    assert [r["value"] for r in leaderboard(E, "d", metric="m2")] == ["0.74", "0.71", "0.70"]


def test_one_cross_lingual_score_leaves_a_non_translation_metric_ranked():
    E = nx.Graph()
    E.add_node(
        "d",
        kind="Dataset",
        name="Wikipedia",
        results=[
            {"id": "a", "metric_key": "f", "metric_name": "F1", "value": "0.31", "number": 0.31, "pair": "en-ko"},
            {"id": "b", "metric_key": "f", "metric_name": "F1", "value": "0.80", "number": 0.80, "pair": ""},
            {"id": "c", "metric_key": "f", "metric_name": "F1", "value": "0.70", "number": 0.70, "pair": ""},
        ],
    )
    assert [(r["pair"], r["rank"], r["value"]) for r in leaderboard(E, "d")] == [
        ("en-ko", 1, "0.31"),
        ("", 1, "0.80"),
        ("", 2, "0.70"),
    ]


def test_a_paper_dated_before_the_edition_its_board_names_is_left_off():
    """A 2020 paper's score joined to "ZADI 2023 shared task" (through a year-less long form every edition was
    written with) is on an earlier edition: the 2023 board leaves it off; an undated paper keeps its row."""
    E = nx.Graph()
    row = {"metric_key": "m", "metric_name": "macro F1", "unit": "", "kind": "score", "confidence": 0.9}
    E.add_node(
        "d",
        name="ZADI 2023 shared task",
        results=[
            {**row, "id": "new", "value": "85.4", "number": 85.4, "paper_date": "2023-12-01"},
            {**row, "id": "old", "value": "23.1", "number": 23.1, "paper_date": "2020-12-01"},
            {**row, "id": "undated", "value": "80.0", "number": 80.0, "paper_date": ""},
        ],
    )
    assert [(r["value"], r["rank"]) for r in leaderboard(E, "d")] == [("85.4", 1), ("80.0", 2)]


def _scores(*rows):
    """An invented shared-task board: (value, number, unit, part) rows of one F1 metric."""
    E = nx.Graph()
    E.add_node(
        "d",
        kind="Dataset",
        name="Invented Shared Task",
        results=[
            {"id": f"r{i}", "value": v, "number": n, "unit": u, "part": p, "metric_key": "m", "metric_name": "F1"}
            for i, (v, n, u, p) in enumerate(rows)
        ],
    )
    return E


def test_bare_numbers_on_0_1_and_0_100_scales_rank_apart_and_say_so():
    # "an F1 of 56.58" and "an F1 of 0.7546" with no % anywhere: nothing says they are one scale
    E = _scores(
        ("56.58", 56.58, "", ""),
        ("0.7546", 0.7546, "", ""),
        ("0.61", 0.61, "", ""),
        ("61.2", 61.2, "", ""),
        ("0.70", 0.70, "", ""),
    )
    rows = leaderboard(E, "d")
    assert [(r["scale"], r["rank"], r["value"]) for r in rows] == [
        ("0-1 scale", 1, "0.7546"),
        ("0-1 scale", 2, "0.70"),
        ("0-1 scale", 3, "0.61"),
        ("0-100 scale", 1, "61.2"),
        ("0-100 scale", 2, "56.58"),
    ]


def test_a_percentage_relates_the_scales_so_they_rank_as_one():
    rows = leaderboard(_scores(("56.58%", 56.58, "%", ""), ("0.7546", 0.7546, "", "")), "d")
    assert [(r["scale"], r["rank"], r["value"]) for r in rows] == [("", 1, "0.7546"), ("", 2, "56.58%")]


def test_a_few_scores_naming_parts_leave_the_main_ranking_ranked():
    # 2 of 11 scores name a sub-task (under a fifth): the 9 that name none are the main ranking
    parted = [("71%", 71.0, "%", "sub-task A"), ("65%", 65.0, "%", "sub-task B")]
    main = [(f"{60 + i}%", 60.0 + i, "%", "") for i in range(9)]
    rows = leaderboard(_scores(*parted, *main), "d")
    assert [r["rank"] for r in rows if not r["part"]] == list(range(1, 10))
    # 2 of 8 (a fourth) naming two parts: a score naming none could be on either, so none of them ranks
    rows = leaderboard(_scores(*parted, *main[:6]), "d")
    assert {(r["rank"], r["missing"]) for r in rows if not r["part"]} == {(None, "sub-task")}


def test_a_sub_task_named_by_its_place_ranks_under_the_boards_own_number():
    # "the first subtask" on a board whose other papers write "Subtask 1": one ranking, not two
    E = _scores(("0.81", 0.81, "", "sub-task 1"), ("0.79", 0.79, "", "first sub-task"), ("0.7", 0.7, "", "sub-task 2"))
    assert [(r["part"], r["rank"], r["value"]) for r in leaderboard(E, "d")] == [
        ("sub-task 1", 1, "0.81"),
        ("sub-task 1", 2, "0.79"),
        ("sub-task 2", 1, "0.7"),
    ]
    # a board with "sub-task 1a" / "sub-task 1b": which of them is the first the text does not say
    E = _scores(("0.81", 0.81, "", "sub-task 1a"), ("0.6", 0.6, "", "sub-task 1"), ("0.79", 0.79, "", "first sub-task"))
    assert {r["part"] for r in leaderboard(E, "d")} == {"sub-task 1a", "sub-task 1", "first sub-task"}
