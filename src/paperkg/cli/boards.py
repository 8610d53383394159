"""`paperkg leaderboard`, `paperkg task` and their HTML pages (`view leaderboard`, `view task`)."""

from __future__ import annotations

import webbrowser
from typing import Callable

import click

from paperkg import api
from paperkg.boards import empty_board_reason, main_metric_note
from paperkg.cli.analytics import limit_option, type_option
from paperkg.cli.app import main
from paperkg.cli.options import (
    evidence_excerpt,
    format_option,
    note,
    render_mapping,
    render_rows,
    store_option,
    sure_options,
)
from paperkg.cli.views import page_output_options, view
from paperkg.errors import NotFoundError

LEADERBOARD_FIELDS = [
    "metric",
    "rank",
    "subject",
    "value",
    "number",
    "unit",
    "kind",
    "confidence",
    "baseline",
    "dataset",
    "pair",
    "part",
    "scale",
    "paper_id",
    "paper_title",
    "date",
    "url",
    "sentence",
    "result_id",
    "unsure",
    "subject_source",
]
HISTORY_FIELDS = [
    "metric",
    "date",
    "subject",
    "value",
    "number",
    "unit",
    "previous",
    "pair",
    "part",
    "paper_id",
    "paper_title",
    "url",
    "sentence",
    "result_id",
]


@main.command()
@click.argument("dataset")
@click.option("--metric", default=None, help="Only results measured by this metric (name or alias).")
@type_option("Only results whose subject is of this type (Method or Model).")
@click.option("--history", is_flag=True, help="The best score known at each date, per metric (state of the art).")
@sure_options
@limit_option(0)
@store_option
@format_option
def leaderboard(dataset, metric, kind, history, include_unsure, min_confidence, limit, store, fmt):
    """Rank the absolute scores reported on DATASET per metric, best first in the
    metric's direction, with paper, date, subject and sentence; gains, ratios
    and reductions follow, unranked, with their baseline. Spellings of one
    benchmark (AIME 2024 / AIME24) share a board, editions of other years do not,
    and a score from a paper dated before the year the name gives is left off
    (it is on an earlier edition); --limit caps rows in total.
    Translation scores rank per language pair; "WMT14 En-De" is the en-de
    part of the WMT14 board. Scores of a shared task's sub-tasks or tracks
    ("Subtask A", "Track 1") and Natural Questions' long and short answers
    rank apart ("the first subtask" with a board's "Subtask 1"); a score naming
    none where many others do is listed unranked.
    Bare numbers of one metric on a 0-1 and a 0-100 scale (0.75 and 56.58, no %
    to relate them) rank apart, each ranking named by its scale. A ranking cut
    by --limit says how many scores it has and how many are shown.

    \b
    Example:
      paperkg leaderboard MATH500
      paperkg leaderboard GSM8K --metric accuracy --limit 5 --format json
      paperkg leaderboard "AIME 2024" --history
    """
    out = api.leaderboard(
        dataset,
        store=store,
        metric=metric,
        kind=kind,
        limit=limit or None,
        history=history,
        include_unsure=include_unsure,
        min_confidence=min_confidence,
    )
    _refuse_filter_miss(out, kind=kind)
    if history:
        if not out["history"]:
            note(
                empty_board_reason(out, kind=kind)
                or out["no_history"]
                or f"no dated scores on {out['dataset']['name']}"
            )
            if fmt == "table":
                return  # the note says why; an empty table says nothing more
        render_rows(
            HISTORY_FIELDS if fmt != "table" else ["metric", "date", "subject", "value", "paper", "sentence"],
            [
                [r.get(f) for f in HISTORY_FIELDS]
                if fmt != "table"
                else [_heading(r), r["date"], r["subject"], r["value"], r["paper_title"], _evidence(r)]
                for r in out["history"]
            ],
            fmt,
            max_width=80,
        )
        return
    reason = empty_board_reason(out, kind=kind) or main_metric_note(out, include_unsure=include_unsure)
    if reason:
        note(reason)
    if len(out["dataset"]["variants"]) > 1:
        note(f"one board for {', '.join(out['dataset']['variants'])}")
    if fmt != "table":
        rows = out["rows"] + out["comparisons"]
        render_rows(LEADERBOARD_FIELDS, [[r[f] for f in LEADERBOARD_FIELDS] for r in rows], fmt)
        return
    _render_board_table(out)


def _refuse_filter_miss(board: dict, *, kind: str | None) -> None:
    """A --metric, --type or language pair that matches none of the board's results is an error
    (exit 1, as an unknown name is), not an empty table: "TACRED has 6 results, none measured by BLEU".
    A board whose results are all unsure or all gains still answers (exit 0) and says why."""
    counts = board["counts"]
    if counts["results"] and not counts["matching"]:
        raise NotFoundError(empty_board_reason(board, kind=kind) or f"nothing matches on {board['dataset']['name']}")


def metric_groups(rows: list[dict]) -> list[tuple[str, list[dict]]]:
    """Board rows (already grouped per metric and language pair) as (heading,
    rows) runs, in order.

    >>> rows = [{"metric": "acc"}, {"metric": "acc"}, {"metric": ""}, {"metric": "BLEU", "pair": "en-de"},
    ...         {"metric": "F1", "part": "sub-task A"}, {"metric": "F1", "part": "", "rank": None}]
    >>> [(m, len(g)) for m, g in metric_groups(rows)]
    [('acc', 2), ('no metric given', 1), ('BLEU, en-de', 1), ('F1, sub-task A', 1), ('F1, no language pair given', 1)]
    >>> [m for m, _ in metric_groups([{"metric": "F1", "rank": None, "missing": "sub-task"}])]
    ['F1, no sub-task given']
    """
    groups: list[tuple[str, list[dict]]] = []
    for r in rows:
        if not groups or groups[-1][0] != _heading(r):
            groups.append((_heading(r), []))
        groups[-1][1].append(r)
    return groups


def _subject(r: dict) -> str:
    """A row's subject, never an empty cell: a row whose sentence names no one says so."""
    return r["subject"] or "(no subject)"


def _heading(r: dict) -> str:
    """A row's ranking: its metric, and its language pair and part (sub-task, track) when it has them."""
    heading = ", ".join(filter(None, [r["metric"] or "no metric given", r.get("pair"), r.get("part"), r.get("scale")]))
    unranked = r.get("kind", "score") == "score" and r.get("rank", 1) is None  # a board of pairs or parts
    missing = r.get("missing") or "language pair"
    return f"{heading}, no {missing} given" if unranked and r["metric"] else heading


def _evidence(r: dict) -> str:
    """A row's sentence as a table cell that shows the row's number (the JSON and CSV carry it whole)."""
    return evidence_excerpt(r["sentence"] or "", str(r["value"] or ""))


def _marked(r: dict) -> str:
    """A row's value, marked when the extractor is unsure of it (--include-unsure)."""
    return f"{r['value']} (unsure)" if r.get("unsure") else str(r["value"] or "")


def _render_board_table(board: dict) -> None:
    """One ranked table per metric under its own heading (ranks restart: scores of two
    metrics never read as one ranking), then the comparisons, unranked."""
    from paperkg.analytics.leaderboard import ranking_key

    first = True
    sizes = {s["key"]: s["scores"] for s in board.get("ranking_sizes") or []}
    for metric, rows in metric_groups(board["rows"]):
        if not first:
            click.echo()
        first = False
        n = len(rows)
        total = sizes.get(ranking_key(rows[0]), n)  # --limit shows part of a ranking: say of how many
        missing = rows[0].get("missing") or "language pair"
        ranked = "ranked" if rows[0]["rank"] is not None else f"not ranked: no one knows which {missing}"
        if rows[0]["rank"] is not None and rows[0].get("scale"):
            ranked += " apart from the metric's numbers on another scale (no % relates the two)"
        shown = f", {n} shown" if total > n else ""
        click.echo(f"== {metric}: {total} score{'s' if total != 1 else ''}{shown}, {ranked}")
        render_rows(
            ["rank", "subject", "value", "paper", "date", "sentence"],
            [[r["rank"], _subject(r), _marked(r), r["paper_title"], r["date"], _evidence(r)] for r in rows],
            "table",
            max_width=80,
        )
    if board["comparisons"]:
        if not first:
            click.echo()
        click.echo("== gains, ratios and reductions (not ranked: each is measured against its baseline)")
        render_rows(
            ["metric", "kind", "subject", "value", "baseline", "paper", "date", "sentence"],
            [
                [
                    _heading(r),
                    r["kind"],
                    _subject(r),
                    _marked(r),
                    r["baseline"],
                    r["paper_title"],
                    r["date"],
                    _evidence(r),
                ]
                for r in board["comparisons"]
            ],
            "table",
            max_width=80,
        )


@main.command()
@click.argument("name")
@sure_options
@limit_option(20)
@store_option
@format_option
def task(name, include_unsure, min_confidence, limit, store, fmt):
    """Show the datasets task NAME is evaluated on, each with its best reported
    result and paper, and the methods and models proposed for it.

    \b
    Example:
      paperkg task "machine translation"
      paperkg task "question answering" --format json
    """
    threshold = 0.0 if include_unsure else min_confidence
    out = api.task(name, store=store, limit=limit or 0, min_confidence=threshold)
    if fmt == "json":
        render_mapping(out, "json")
        return
    note(f"{out['name']}: {out['papers']} papers, {len(out['datasets'])} datasets, {len(out['methods'])} methods")
    render_rows(
        ["section", "name", "papers", "best", "subject", "metric", "paper", "sentence"],
        [["dataset", _dataset_label(d), d["papers"], *_best(d["best"])] for d in out["datasets"]]
        + [
            ["method" if m["kind"] == "Method" else "model", m["name"], m["papers"], "", "", "", "", ""]
            for m in out["methods"]
        ],
        fmt,
        max_width=80,
    )


def _dataset_label(d: dict) -> str:
    """A task page's dataset, with the language pair or part its best is on ("WMT14 en-de",
    "SemEval-2019 Task 6 sub-task A")."""
    return " ".join(filter(None, [d["name"], d.get("pair"), d.get("part")]))


def _best(row: dict | None) -> list:
    if not row:
        return ["", "", "", "", ""]
    return [row["value"], row["subject"], row["metric"], row["paper_title"], _evidence(row)]


def _page_done(path, open_browser: bool) -> None:
    click.echo(str(path))
    if open_browser:
        webbrowser.open(path.resolve().as_uri())


def page_options(fn: Callable) -> Callable:
    return store_option(sure_options(page_output_options(fn)))


@view.command("leaderboard")
@click.argument("dataset")
@page_options
def view_leaderboard(dataset, include_unsure, min_confidence, out_dir, open_browser, store):
    """A dataset's leaderboard as a page: a sortable table per metric with the
    evidence, comparisons apart, and a step chart of the best score over time.

    \b
    Example:
      paperkg view leaderboard GSM8K --open
    """
    _page_done(
        api.view_leaderboard(
            dataset, store=store, out_dir=out_dir, include_unsure=include_unsure, min_confidence=min_confidence
        ),
        open_browser,
    )


@view.command("task")
@click.argument("name")
@page_options
def view_task(name, include_unsure, min_confidence, out_dir, open_browser, store):
    """A task's page: its datasets with their best result, and the methods proposed for it.

    \b
    Example:
      paperkg view task "machine translation"
    """
    threshold = 0.0 if include_unsure else min_confidence
    _page_done(api.view_task(name, store=store, out_dir=out_dir, min_confidence=threshold), open_browser)
