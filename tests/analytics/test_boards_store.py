"""leaderboard, task and their pages over a real embedded store written from
hand-made extractions with every kind of result."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from analytics_samples import written_store
from board_samples import board_graphs, check_boards
from paperkg.cli import main


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return written_store(tmp_path_factory, "boards", board_graphs())


def run(*args):
    return CliRunner().invoke(main, [*args], catch_exceptions=False)


def test_api_answers(store):
    check_boards(store)


def test_leaderboard_cli_rows_and_limit_in_total(store):
    result = run("leaderboard", "GSM8K", "--store", store, "--format", "json", "--limit", "4")
    rows = json.loads(result.stdout)
    assert [(r["rank"], r["kind"], r["value"]) for r in rows] == [
        (1, "score", "72.5%"),
        (2, "score", "65%"),
        (3, "score", "61.2%"),
        (None, "gain", "+6.4 points"),
    ]
    csv_out = run("leaderboard", "GSM8K", "--store", store, "--format", "csv").stdout
    assert csv_out.splitlines()[0].startswith("metric,rank,subject,value,number,unit,kind,confidence,baseline")


def test_a_filter_matching_nothing_is_an_error_naming_it(store):
    # as an unknown name is: exit 1, one line naming the filter, nothing on stdout in any format
    for fmt in ("table", "json", "csv"):
        for extra in ([], ["--history"]):
            result = run(
                "leaderboard",
                "GSM8K",
                "--metric",
                "latency",
                "--type",
                "Model",
                *extra,
                "--format",
                fmt,
                "--store",
                store,
            )
            assert result.exit_code == 1, (fmt, extra)
            assert result.stderr == "error: GSM8K has 6 results, none measured by latency and of a Model\n"
            assert result.stdout == ""
    # a board whose results are there but unsure still answers, and says why
    result = run("leaderboard", "AIME 2023", "--min-confidence", "0.99", "--store", store)
    assert result.exit_code == 0
    assert "AIME 2023 has 2 results, 2 of them unsure (--include-unsure shows them)" in result.stderr


def test_history_and_task_cli(store):
    history = run("leaderboard", "GSM8K", "--history", "--store", store, "--format", "csv").stdout.splitlines()
    assert len(history) == 4 and history[0].startswith("metric,date,subject,value")
    task = run("task", "math word problems", "--store", store)
    assert task.exit_code == 0 and "GSM8K" in task.stdout and "FastMath" in task.stdout
    assert "math word problems: 2 papers, 2 datasets, 2 methods" in task.stderr
    assert run("task", "no such task", "--store", store).exit_code == 1


def test_view_commands_write_linked_pages(store, tmp_path):
    out = tmp_path / "views"
    board = run("view", "leaderboard", "AIME23", "--store", store, "--out-dir", str(out))
    assert board.stdout.strip().endswith("leaderboard-dataset-aime23.html")
    page = run("view", "task", "math word problems", "--store", store, "--out-dir", str(out))
    html = (out / page.stdout.strip().split("/")[-1]).read_text()
    assert 'href="leaderboard-dataset-aime23.html"' in html
    run("view", "concept", "GSM8K", "--store", store, "--out-dir", str(out))
    assert 'href="leaderboard-dataset-gsm8k.html"' in (out / "concept-dataset-gsm8k-1hop.html").read_text()
    index = (out / "index.html").read_text()
    assert all(f in index for f in ("leaderboard-dataset-gsm8k.html", "task-task-math", "concept-dataset-gsm8k"))


def test_concept_shows_results_as_the_board_does(store):
    shown = run("concept", "GSM8K", "--store", store).stdout
    assert "99%" not in shown and "1 hidden (--include-unsure shows them)" in shown
    assert "reduction" in shown and "DPO" in shown  # kinds and baselines, not bare values
    every = run("concept", "GSM8K", "--include-unsure", "--store", store).stdout
    assert [line.split()[:3] for line in every.splitlines() if "99%" in line] == [["dataset", "99%", "score"]]
    assert "unsure" in next(line for line in every.splitlines() if "99%" in line)


def test_concept_limit_0_lists_every_paper(tmp_path_factory):
    from analytics_samples import written_store
    from paperkg.model import Entity, Evidence, Extraction, Paper
    from paperkg.resolve import ConceptResolver, assemble

    resolver, graphs = ConceptResolver(), []
    for i in range(12):  # more papers than the default --limit of 10
        paper = Paper(id=f"q{i}", title=f"Paper {i}", abstract="A.", raw_title=f"Paper {i}", raw_abstract="A.")
        entity = Entity("WidgetNet", "Method", evidence=(Evidence("WidgetNet here.", 0, 9),))
        graphs.append(assemble(paper, Extraction(paper.id, paper.title, (entity,), ()), resolver))
    store = written_store(tmp_path_factory, "many", graphs)
    papers = json.loads(run("concept", "WidgetNet", "--limit", "0", "--format", "json", "--store", store).stdout)
    assert len(papers["papers"]) == 12
    assert (
        len(
            json.loads(run("concept", "WidgetNet", "--limit", "3", "--format", "json", "--store", store).stdout)[
                "papers"
            ]
        )
        == 3
    )


@pytest.fixture(scope="module")
def yearless_store(tmp_path_factory):
    """Papers dated as Daily Papers pages date them (month and day, no year), with
    scores measured by a named metric and scores with no metric given."""
    from paperkg.model import Entity, Evidence, Extraction, Paper, ReportedResult
    from paperkg.resolve import ConceptResolver, assemble

    def entity(name, type_):
        return Entity(name, type_, evidence=(Evidence(f"{name} here.", 0, len(name)),))

    resolver, graphs = ConceptResolver(), []
    for i, (subject, value, number, metric) in enumerate(
        [("AlphaNet", "81%", 81.0, "accuracy"), ("BetaNet", "75%", 75.0, "accuracy"), ("GammaNet", "90.5", 90.5, None)]
    ):
        paper = Paper(
            id=f"y{i}",
            title=f"{subject} paper",
            abstract="A.",
            raw_title=f"{subject} paper",
            raw_abstract="A.",
            listed_on=("--08-08",),
        )
        entities = [entity(subject, "Method"), entity("PuzzleBench", "Dataset"), entity("accuracy", "Metric")]
        result = ReportedResult(
            value,
            "PuzzleBench",
            subject,
            metric,
            sentence=f"{subject} reaches {value} on PuzzleBench.",
            number=number,
            unit="%" if metric else "",
            kind="score",
            confidence=0.9,
        )
        graphs.append(assemble(paper, Extraction(paper.id, paper.title, tuple(entities), (result,)), resolver))
    return written_store(tmp_path_factory, "yearless", graphs)


def test_leaderboard_table_ranks_each_metric_under_its_own_heading(yearless_store):
    lines = run("leaderboard", "PuzzleBench", "--store", yearless_store).stdout.splitlines()
    headings = [line for line in lines if line.startswith("== ")]
    assert headings == [
        "== accuracy: 2 scores, ranked",
        "== no metric given: 1 score, not ranked: no one knows which metric",
    ]
    below = lines[lines.index(headings[1]) + 3]
    assert below.split()[:2] == ["GammaNet", "90.5"]  # apart, not a 3rd row after accuracy, and unranked


def test_history_without_years_says_so(yearless_store, tmp_path):
    result = run("leaderboard", "PuzzleBench", "--history", "--store", yearless_store)
    assert result.stdout == ""  # no empty table
    assert (
        "no state of the art over time on PuzzleBench: none of its 3 scores comes from a paper dated with a year"
        in (result.stderr)
    )
    page = run("view", "leaderboard", "PuzzleBench", "--store", yearless_store, "--out-dir", str(tmp_path)).stdout
    html = (tmp_path / page.strip().split("/")[-1]).read_text()
    assert "No state of the art over time on PuzzleBench: none of its 2 scores" in html and "<svg" not in html


def test_translation_boards_rank_per_language_pair(tmp_path_factory):
    from board_samples import check_pairs, pair_graphs

    store = written_store(tmp_path_factory, "pairs", pair_graphs())
    check_pairs(store)
    table = run("leaderboard", "WMT14", "--store", store).stdout
    assert "== BLEU, en-de: 2 scores, ranked" in table and "== BLEU, en-fr: 1 score, ranked" in table
    assert "== BLEU, no language pair given: 1 score, not ranked" in table
    ja_en = run("leaderboard", "WMT14 Ja-En", "--store", store)
    assert ja_en.exit_code == 1 and "error: WMT14 has 4 results, none on ja-en" in ja_en.stderr
    out = tmp_path_factory.mktemp("pair-views")
    page = run("view", "leaderboard", "WMT14 En-De", "--store", store, "--out-dir", str(out)).stdout.strip()
    html = (out / page.split("/")[-1]).read_text()
    assert page.endswith("leaderboard-dataset-wmt14-en-de.html")  # not the whole board's page
    assert "WMT14 en-de" in html and "BLEU, en-de: 2 scores" in html and 'data-sort="41.5"' not in html
    whole = run("view", "leaderboard", "WMT14", "--store", store, "--out-dir", str(out)).stdout.strip()
    html = (out / whole.split("/")[-1]).read_text()
    assert "BLEU, en-fr: 1 score" in html and "BLEU, no language pair given: 1 score (not ranked" in html


def test_shared_task_boards_rank_per_sub_task(tmp_path_factory):
    from board_samples import check_parts, part_graphs

    store = written_store(tmp_path_factory, "parts", part_graphs())
    check_parts(store)
    table = run("leaderboard", "FooEval", "--store", store).stdout
    assert "== accuracy, sub-task A: 2 scores, ranked" in table and "== accuracy, sub-task B: 2 scores, ranked" in table
    assert "== accuracy, no sub-task given: 1 score, not ranked: no one knows which sub-task" in table
    rows = json.loads(run("leaderboard", "FooEval", "--store", store, "--format", "json").stdout)
    assert [r["part"] for r in rows] == ["sub-task A", "sub-task A", "sub-task B", "sub-task B", ""]
    task = run("task", "offensive language identification", "--store", store).stdout
    assert "FooEval sub-task A" in task and "FooEval sub-task B" in task
    out = tmp_path_factory.mktemp("part-views")
    page = run("view", "leaderboard", "FooEval", "--store", store, "--out-dir", str(out)).stdout.strip()
    html = (out / page.split("/")[-1]).read_text()
    assert "accuracy, sub-task A: 2 scores" in html and "Best accuracy, sub-task B over time" in html
    assert "accuracy, no sub-task given: 1 score (not ranked: they do not say which sub-task)" in html
    assert "No chart over time: scores that do not say which sub-task are no step of any ranking." in html
    page = run("view", "task", "offensive language identification", "--store", store, "--out-dir", str(out))
    assert "FooEval sub-task B" in (out / page.stdout.strip().split("/")[-1]).read_text()


def test_one_metric_on_two_scales_ranks_apart_and_a_cut_ranking_says_of_how_many(tmp_path_factory):
    from board_samples import check_scales, scale_graphs

    store = written_store(tmp_path_factory, "scales", scale_graphs())
    check_scales(store)
    table = run("leaderboard", "BarEval", "--store", store, "--limit", "1").stdout
    assert "== macro-F1, 0-1 scale: 2 scores, 1 shown, ranked apart" in table


def test_a_task_page_shows_what_it_has_evidence_for(tmp_path_factory):
    from board_samples import check_task_page, task_page_graphs

    check_task_page(written_store(tmp_path_factory, "task-page", task_page_graphs()))


def test_task_pages_read_each_abstract_once_through_the_paged_read():
    """A task page's abstracts come from reads.paper_abstracts (paged like every list read) and each paper
    is read once however many tasks ask for it."""
    from paperkg.boards import _abstracts

    class Texts:
        def __init__(self):
            self.asked: list[list[str]] = []

        def rows(self, name, params):
            assert name == "paper_texts"
            self.asked.append(list(params["ids"]))
            held = [i for i in params["ids"] if i != "p404"]  # a paper the store does not hold
            return [{"id": i, "title": "", "abstract": None if i == "p2" else f"about {i}"} for i in held]

    st = Texts()
    texts = _abstracts(st)
    assert texts(["p1", "p2"]) == {"p1": "about p1", "p2": ""}
    assert texts(["p2", "p1", "p3"]) == {"p2": "", "p1": "about p1", "p3": "about p3"}
    assert texts(["p404", "p3"]) == {"p404": "", "p3": "about p3"} and st.asked == [["p1", "p2"], ["p3"], ["p404"]]


def test_tables_show_the_number_a_row_reports_in_its_sentence(tmp_path_factory):
    # a long sentence whose number comes late: the table's sentence cell is a window around the number
    # (cut at its start, as before, it showed "…gain little on the older test…" and no number at all)
    from board_samples import _entity, _paper
    from paperkg.model import Extraction, ReportedResult
    from paperkg.resolve import ConceptResolver, assemble

    sentence = (
        "While earlier systems and our own sentence-level variant gain little on the older test sets, "
        "our contextual model CtxModel improves from 31.81 to 32.5 accuracy on FooBench, a new best."
    )
    paper = _paper("x1", "CtxModel for foo answering", "2024-05-01")
    entities = [_entity(n, t) for n, t in [("FooBench", "Dataset"), ("accuracy", "Metric"), ("foo answering", "Task")]]
    entities.append(_entity("CtxModel", "Method", True))
    results = (
        ReportedResult(
            "32.5",
            "FooBench",
            "CtxModel",
            "accuracy",
            sentence=sentence,
            number=32.5,
            unit="",
            kind="score",
            confidence=0.9,
        ),
        ReportedResult(
            "+0.69",
            "FooBench",
            "CtxModel",
            "accuracy",
            sentence=sentence,
            number=0.69,
            unit="",
            kind="gain",
            confidence=0.9,
        ),
    )
    graph = assemble(paper, Extraction(paper.id, paper.title, tuple(entities), results), ConceptResolver())
    store = written_store(tmp_path_factory, "late-numbers", [graph])
    shown = "improves from 31.81 to 32.5 accuracy on FooBench, a new best."
    for args in (
        ["leaderboard", "FooBench"],
        ["leaderboard", "FooBench", "--history"],
        ["task", "foo answering"],
        ["concept", "CtxModel"],
    ):
        out = run(*args, "--store", store)
        assert out.exit_code == 0 and shown in out.stdout, args
        assert all(len(line) < 400 for line in out.stdout.splitlines())  # a cell, not the whole sentence
    # the JSON keeps the sentence whole
    assert (
        json.loads(run("leaderboard", "FooBench", "--format", "json", "--store", store).stdout)[0]["sentence"]
        == sentence
    )
