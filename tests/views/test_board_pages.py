"""Leaderboard and task pages in real headless Chromium, network blocked:
sortable tables, evidence that expands, paper links, the step chart, the index."""

from __future__ import annotations

import pytest

from paperkg.views import write_leaderboard_page, write_task_page

pytestmark = pytest.mark.browser

EVIL = '<img src=x onerror="window.__pwned=1">'


def row(rank, subject, value, number, date, *, kind="score", url="https://arxiv.org/abs/2405.14734", baseline=""):
    return {
        "metric": "accuracy",
        "rank": rank,
        "subject": subject,
        "value": value,
        "number": number,
        "unit": "%",
        "kind": kind,
        "confidence": 0.9,
        "baseline": baseline,
        "dataset": "GSM8K",
        "paper_id": f"p{subject}",
        "paper_title": f"Paper of {subject}",
        "date": date,
        "url": url,
        "sentence": f"{subject} gets {value}. {EVIL}",
        "result_id": f"r{subject}",
    }


def board():
    rows = [
        row(1, "C", "70%", 70.0, "2024-03-01"),
        row(2, "A", "60%", 60.0, "2023-01-01", url="javascript:alert(1)"),
        row(3, EVIL, "55%", 55.0, "2023-06-01"),
    ]
    history = [{**rows[1], "previous": None}, {**rows[0], "previous": 60.0}]
    return {
        "dataset": {"key": "Dataset:gsm8k", "name": "GSM8K", "variants": ["GSM8K"]},
        "metric": None,
        "rows": rows,
        "comparisons": [row(None, "D", "+6.4", 6.4, "2024-01-01", kind="gain", baseline="DPO")],
        "counts": {"results": 5, "matching": 5, "unsure": 1},
        "history": history,
    }


def test_leaderboard_page_sorts_expands_links_and_charts_offline(tmp_path, open_page):
    path = write_leaderboard_page(board(), tmp_path)
    assert path.name == "leaderboard-dataset-gsm8k.html"
    run = open_page(path)
    assert run.external_requests() == [] and run.console_errors() == []
    assert run.page.evaluate("window.__pwned") is None
    subjects = "Array.from(document.querySelectorAll('#scores-0 tbody tr')).map(r => r.cells[1].textContent)"
    assert run.page.evaluate(subjects) == ["C", "A", EVIL]
    run.page.click("#scores-0 th:nth-child(5)")  # date, ascending
    assert run.page.evaluate(subjects) == ["A", EVIL, "C"]
    run.page.click("#scores-0 th:nth-child(3)")  # value, ascending
    assert run.page.evaluate(subjects) == [EVIL, "A", "C"]
    run.page.click("#scores-0 th:nth-child(3)")  # and descending
    assert run.page.evaluate(subjects) == ["C", "A", EVIL]
    first = run.page.locator("#scores-0 tbody tr").first.locator("details")
    assert not first.locator("p").is_visible()
    first.locator("summary").click()
    assert first.locator("p").is_visible() and "C gets 70%." in first.locator("p").text_content()
    hrefs = run.page.evaluate("Array.from(document.querySelectorAll('#scores-0 a')).map(a => a.href)")
    assert hrefs == ["https://arxiv.org/abs/2405.14734", "https://arxiv.org/abs/2405.14734"]  # no javascript: link
    assert run.page.locator("svg.chart circle.step").count() == 2
    assert run.page.locator("svg.chart polyline").count() == 1
    assert "DPO" in run.page.text_content("#comparisons")
    assert "1 result(s) the extractor is unsure of" in run.page.text_content("body")
    assert "leaderboard-dataset-gsm8k.html" in (tmp_path / "index.html").read_text()
    run.screenshot("leaderboard-page.png")


def test_task_page_links_existing_leaderboards(tmp_path, open_page):
    write_leaderboard_page(board(), tmp_path)
    best = board()["rows"][0]
    task = {
        "key": "Task:math",
        "name": "math word problems",
        "papers": 3,
        "datasets": [
            {"key": "Dataset:gsm8k", "name": "GSM8K", "papers": 3, "results": 3, "best": best},
            {"key": "Dataset:svamp", "name": "SVAMP", "papers": 1, "results": 0, "best": None},
            {"key": "Dataset:asdiv", "name": "ASDiv", "papers": 1, "results": 2, "best": None},
        ],
        "methods": [{"key": "Method:c", "name": "C", "kind": "Method", "papers": 1, "paper_ids": ["pC"]}],
    }
    run = open_page(write_task_page(task, tmp_path))
    # results without a best say so, in the cell and once in a note; no results leave the cell empty
    cells = run.page.evaluate(
        "Array.from(document.querySelectorAll('#datasets tbody tr')).map(r => r.cells[3].textContent.trim())"
    )
    assert cells == [best["value"], "", "none ranked"]
    assert "1 dataset has results but no best (none ranked)" in run.page.text_content("body")
    assert run.external_requests() == [] and run.console_errors() == []
    links = run.page.evaluate("Array.from(document.querySelectorAll('#datasets a')).map(a => a.getAttribute('href'))")
    assert links == ["leaderboard-dataset-gsm8k.html", "https://arxiv.org/abs/2405.14734"]  # SVAMP has no page
    assert run.page.text_content("#methods tbody").strip().startswith("C")
    assert "task-task-math.html" in (tmp_path / "index.html").read_text()


def test_a_board_without_years_says_why_it_has_no_chart_and_marks_unsure_rows(tmp_path, open_page):
    rows = [
        row(1, "A", "81%", 81.0, ""),
        {**row(2, "B", "75%", 75.0, ""), "confidence": 0.3, "unsure": True},
        {**row(1, "C", "90.5", 90.5, ""), "metric": "", "unit": ""},
    ]
    page = {
        "dataset": {"key": "Dataset:puzzlebench", "name": "PuzzleBench", "variants": ["PuzzleBench"]},
        "metric": None,
        "rows": rows,
        "comparisons": [],
        "counts": {"results": 3, "matching": 3, "unsure": 1},
        "history": [],
    }
    run = open_page(write_leaderboard_page(page, tmp_path))
    assert run.external_requests() == [] and run.console_errors() == []
    assert run.page.locator("svg.chart").count() == 0
    assert run.page.locator("p.no-history").count() == 1  # one for accuracy; scores with no metric chart nothing
    assert run.page.text_content("p.no-history").startswith(
        "No state of the art over time on PuzzleBench: none of its 2 scores comes from a paper dated with a year"
    )
    captions = run.page.evaluate("Array.from(document.querySelectorAll('h2')).map(h => h.textContent)")
    assert captions[:2] == ["accuracy: 2 scores", "no metric given: 1 score"]
    confidences = "Array.from(document.querySelectorAll('#scores-0 tbody tr')).map(r => r.cells[6].textContent)"
    assert run.page.evaluate(confidences) == ["0.90", "0.30 (unsure)"]
    assert "1 result(s) the extractor is unsure of are shown" in run.page.text_content("body")  # not "left off"
    run.screenshot("leaderboard-page-no-years.png")


def test_one_metric_on_two_scales_renders_two_rankings_each_named_by_its_scale(tmp_path, open_page):
    fractions = [
        {**row(i, s, v, n, "2025-03-01"), "unit": "", "scale": "0-1 scale"}
        for i, s, v, n in [(1, "A", "0.7546", 0.7546), (2, "B", "0.61", 0.61)]
    ]
    percents = [{**row(1, "C", "56.58", 56.58, "2025-04-01"), "unit": "", "scale": "0-100 scale"}]
    page = {**board(), "rows": fractions + percents, "comparisons": [], "history": []}
    run = open_page(write_leaderboard_page(page, tmp_path))
    assert run.console_errors() == []
    captions = run.page.evaluate("Array.from(document.querySelectorAll('h2')).map(c => c.textContent)")
    assert any("accuracy, 0-1 scale: 2 scores" in c for c in captions)
    assert any("accuracy, 0-100 scale: 1 score" in c for c in captions)


def test_a_board_with_a_chart_and_an_unranked_table_keeps_paper_titles_readable(tmp_path, open_page):
    """tp37: beside the chart the ranked table was squeezed until a paper's title broke into a word a
    line (s36b's GSM8K: six lines a title); a title cell keeps a reading width, the chart goes below."""
    long = "A Rather Long Paper Title About Reasoning With Large Language Models On Math Word Problems"
    b = board()
    b["rows"] = [{**r, "paper_title": long} for r in b["rows"]] + [
        {**row(None, "E", "50%", 50.0, "2024-05-01"), "metric": None, "paper_title": long}
    ]
    b["history"] = [{**b["rows"][1], "previous": None}, {**b["rows"][0], "previous": 60.0}]
    run = open_page(write_leaderboard_page(b, tmp_path), width=1300, height=1600)
    assert run.page.locator("svg.chart").count() == 1 and run.page.locator("table.sortable").count() == 3
    widths = run.page.evaluate(
        "Array.from(document.querySelectorAll('td.title')).map(td => td.getBoundingClientRect().width)"
    )
    assert len(widths) == 5 and min(widths) >= 300
    lines = run.page.evaluate("Array.from(document.querySelectorAll('td.title a')).map(a => a.getClientRects().length)")
    assert max(lines) <= 2  # a title takes one or two lines, not six
    run.screenshot("leaderboard-page-unranked.png")
