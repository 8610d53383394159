"""Leaderboard and task pages: self-contained HTML (sortable tables, evidence
to expand, links to papers, the state of the art over time as an inline SVG
step chart). No network, no library: a page works opened from disk.

`render_leaderboard_page(board)` and `render_task_page(task)` return
(filename, html) for any caller (`paperkg site` included);
`write_leaderboard_page` / `write_task_page` also write it and refresh the index.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from paperkg.analytics.leaderboard import no_history_reason, ranking_key
from paperkg.views.index import _write_atomic, write_index
from paperkg.views.page import TEMPLATE_DIR, safe_url
from paperkg.views.render import paper_filename, slug

CHART_WIDTH, CHART_HEIGHT = 540, 230
LEFT, RIGHT, TOP, BOTTOM = 64, 24, 22, 34  # room for the value ticks, the last label, the date ticks
LABEL_CHARS = 22  # a step's subject is cut to this many characters on the chart (whole on hover)


def leaderboard_filename(dataset_key: str) -> str:
    """`leaderboard-dataset-gsm8k.html`: one page per dataset key."""
    return f"leaderboard-{slug(dataset_key)}.html"


def task_filename(task_key: str) -> str:
    """`task-task-machine-translation.html`: one page per task key."""
    return f"task-{slug(task_key)}.html"


def _ordinal(iso: str) -> int:
    """Days since year 1 of an ISO date that may lack its month or day."""
    parts = [int(p) for p in iso.split("-")[:3] if p.isdigit()]
    y, m, d = (parts + [1, 1])[:3]
    return date(y, max(1, min(m, 12)), max(1, min(d, 28))).toordinal()


def _text_width(text: str, size: int = 11) -> float:
    """Rough width in pixels of `text` in the page's sans-serif font."""
    return 0.6 * size * len(text)


def _short(text: str, n: int = LABEL_CHARS) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _year_ticks(x0: int, x1: int) -> list[tuple[int, str]]:
    """(ordinal, label) of each 1 January between two dates, thinned to at most 8."""
    first, last = date.fromordinal(x0).year + 1, date.fromordinal(x1).year
    years = list(range(first, last + 1))
    step = max(1, -(-len(years) // 8))
    return [(date(y, 1, 1).toordinal(), str(y)) for y in years[::step]]


def step_chart_svg(steps: list[dict], *, metric: str, unit: str = "") -> Markup:
    """An SVG step chart of one metric's best score over time: a point per
    new best labelled with who reached it (value, date and paper on hover), a
    level line until the next, a tick per year. Empty for fewer than two
    steps: one score has no history to draw.

    Examples
    --------
    >>> svg = step_chart_svg([{"date": "2023-01-01", "number": 60.0, "value": "60%", "subject": "A"},
    ...                       {"date": "2024-01-01", "number": 70.0, "value": "70%", "subject": "B"}], metric="acc")
    >>> svg.count("<circle"), "<polyline" in svg, ">B</text>" in svg
    (2, True, True)
    >>> step_chart_svg([{"date": "2023-01-01", "number": 60.0, "value": "60%", "subject": "A"}], metric="acc")
    Markup('')
    """
    if len(steps) < 2:
        return Markup("")
    xs = [_ordinal(s["date"]) for s in steps]
    ys = [float(s["number"]) for s in steps]
    x0, x1 = min(xs), max(xs) + max(30, (max(xs) - min(xs)) // 12)
    y0, y1 = min(ys), max(ys)
    pad = (y1 - y0) * 0.15 or abs(y1) * 0.1 or 1.0
    y0, y1 = y0 - pad, y1 + pad
    w, h = CHART_WIDTH - LEFT - RIGHT, CHART_HEIGHT - TOP - BOTTOM

    def px(x: float) -> float:
        return round(LEFT + (x - x0) / max(1, x1 - x0) * w, 1)

    def py(y: float) -> float:
        return round(TOP + (y1 - y) / (y1 - y0) * h, 1)

    points: list[str] = []
    for i, (x, y) in enumerate(zip(xs, ys)):
        if i:
            points.append(f"{px(x)},{py(ys[i - 1])}")
        points.append(f"{px(x)},{py(y)}")
    points.append(f"{px(x1)},{py(ys[-1])}")
    base = TOP + h
    parts = [
        f'<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" width="{CHART_WIDTH}" '
        f'height="{CHART_HEIGHT}" viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}" data-metric="{escape(metric)}" '
        'font-family="system-ui, sans-serif">',
        f"<title>Best {escape(metric)} over time</title>",
        f'<line x1="{LEFT}" y1="{base}" x2="{LEFT + w}" y2="{base}" stroke="#999"/>',
        f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{base}" stroke="#999"/>',
    ]
    for value in sorted({min(ys), max(ys)}):
        parts.append(
            f'<text x="{LEFT - 6}" y="{py(value) + 4}" text-anchor="end" font-size="11" fill="#555">'
            f"{value:g}{escape(unit)}</text>"
        )
    ticks = _year_ticks(x0, x1) or [(xs[0], steps[0]["date"][:7]), (xs[-1], steps[-1]["date"][:7])]
    for x, label in ticks:
        parts.append(f'<line x1="{px(x)}" y1="{base}" x2="{px(x)}" y2="{base + 4}" stroke="#999"/>')
        parts.append(
            f'<text x="{px(x)}" y="{base + 17}" text-anchor="middle" font-size="11" fill="#555">{escape(label)}</text>'
        )
    parts.append(f'<polyline fill="none" stroke="#1a5fb4" stroke-width="2" points="{" ".join(points)}"/>')
    boxes: list[tuple[float, float, float, float]] = []
    for i, (s, x, y) in enumerate(zip(steps, xs, ys)):
        tip = f"{s['date']}: {s.get('value')} — {s.get('subject') or 'no subject'} ({s.get('paper_title') or ''})"
        parts.append(
            f'<circle class="step" cx="{px(x)}" cy="{py(y)}" r="4" fill="#1a5fb4"><title>{escape(tip)}</title></circle>'
        )
        label = _short(f"{s.get('subject') or s.get('value')}")
        width = _text_width(label)
        up = i == 0 or py(y) <= py(ys[i - 1])  # above the point when it rose, below when it fell
        ly = py(y) - 8 if up else py(y) + 16
        lx = px(x) + 6 if i == 0 else px(x) - 6  # the first to the right of the axis, others left of their step
        left = lx if i == 0 else lx - width
        left = min(max(left, LEFT + 2), CHART_WIDTH - 2 - width)
        box = (left, ly - 11, left + width, ly + 2)
        if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in boxes):
            continue  # would cover another label: the point keeps its hover text
        boxes.append(box)
        parts.append(f'<text class="step-label" x="{left}" y="{ly}" font-size="11" fill="#333">{escape(label)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _cell(
    text: Any = "",
    *,
    sort: Any = None,
    num: bool = False,
    href: str | None = None,
    page: str | None = None,
    evidence: str | None = None,
    nowrap: bool = False,
    title: bool = False,
) -> dict:
    """A table cell; `href` (from a paper) is linked only when http(s), `page` is one of our own files;
    a `title` cell (a paper's title) keeps a reading width (the template's ``td.title``)."""
    text = "" if text is None else str(text)
    return {
        "text": text,
        "sort": text.casefold() if sort is None else sort,
        "num": num,
        "nowrap": nowrap,
        "title": title,
        "href": page or safe_url(href),
        "evidence": evidence,
    }


def _number(value: Any) -> str:
    return "" if value is None else repr(float(value))


def _paper_cell(r: dict, paper_pages: bool) -> dict:
    """The paper's title, linked to its page in the site (which links its URL) or else to its URL."""
    page = paper_filename(r["paper_id"]) if paper_pages and r.get("paper_id") else None
    return _cell(r.get("paper_title") or r.get("paper_id") or "", href=r.get("url") or None, page=page, title=True)


def _result_cells(
    r: dict, *, ranked: bool, paper_pages: bool = False, pair: bool = False, part: bool = False
) -> list[dict]:
    paper = _paper_cell(r, paper_pages)
    cells = [_cell(r["rank"], sort=r["rank"], num=True)] if ranked else [_cell(r["kind"])]
    cells += [
        _cell(r["subject"] or "(no subject)", nowrap=len(r["subject"] or "") < 24),
        _cell(r["value"], sort=_number(r["number"]), num=True),
    ]
    if pair:  # comparisons on a translation board: each says its language pair
        cells.append(_cell(r.get("pair") or "(none given)", nowrap=True))  # "en-de" never breaks at its hyphen
    if part:  # comparisons on a board of sub-tasks or tracks: each says its part
        cells.append(_cell(r.get("part") or "(none given)", nowrap=True))
    if not ranked:
        cells.append(_cell(r["baseline"] or "(none named)"))
    cells += [paper, _cell(r["date"], nowrap=True), _cell("show", sort=r["sentence"], evidence=r["sentence"])]
    confidence = r.get("confidence")  # scores and comparisons alike, marked when unsure (--include-unsure)
    text = "" if confidence is None else f"{confidence:.2f}{' (unsure)' if r.get('unsure') else ''}"
    cells.append(_cell(text, sort=_number(confidence), num=True))
    return cells


def _columns(*names: str) -> list[dict]:
    numeric = {"rank", "value", "confidence", "papers", "best"}
    return [{"name": n, "type": "number" if n in numeric else "text"} for n in names]


@lru_cache(maxsize=1)
def _environment() -> Environment:
    """One environment, so the template compiles once for the hundreds of boards a site writes."""
    return Environment(loader=FileSystemLoader(str(TEMPLATE_DIR)), autoescape=True)


def _render(page: dict) -> str:
    return _environment().get_template("board.html").render(page=page)


def render_leaderboard_page(board: dict, *, paper_pages: bool = False) -> tuple[str, str]:
    """(filename, html) of a dataset's board as :func:`paperkg.boards.leaderboard`
    returns it (with ``history``): per metric, most scores first, a sortable
    table beside the chart of its best score over time, then the comparisons.
    `paper_pages`: papers link to their pages beside this one (a site)."""
    name, key = board["dataset"]["name"], board["dataset"]["key"]
    pair = board["dataset"].get("pair")
    if pair:
        name = f"{name} {pair}"
    # one table per ranking: a metric, and a language pair on a board of translation directions and a
    # part (sub-task, track) on a shared task's board
    # (and a scale where one metric's bare numbers are on 0-1 and 0-100 scales)
    by_metric: dict[tuple[str, str, str, str, bool], list[dict]] = {}
    for r in board["rows"]:
        by_metric.setdefault(ranking_key(r), []).append(r)
    history: dict[tuple[str, str, str, str], list[dict]] = {}
    for s in board.get("history") or []:
        history.setdefault(ranking_key(s)[:4], []).append(s)
    tables = []
    # The metric with most scores first, its pairs and parts together in the board's order; scores with no
    # metric named last and without a chart: their numbers need not measure the same thing, so a
    # best-over-time line would mislead.
    totals = Counter(r["metric"] for r in board["rows"])
    ordered = sorted(by_metric.items(), key=lambda mr: (not mr[0][0], -totals[mr[0][0]], mr[0][0]))
    for i, ((metric, pair_of, part, scale, ranked), rows) in enumerate(ordered):
        missing = rows[0].get("missing") or "language pair"
        label = _ranking_label(metric, pair_of, ranked, part=part, missing=missing, scale=scale)
        steps = (history.get((metric, pair_of, part, scale)) or []) if metric and ranked else []
        chart = step_chart_svg(steps, metric=label, unit=steps[0].get("unit") or "") if steps else Markup("")
        # Say why a metric has no chart instead of leaving a gap a reader takes for a missing picture.
        no_chart = "" if chart or not metric else _no_chart(rows, steps, label, name)
        if not ranked and metric:  # the reason is not the dates: these scores compare with nothing
            no_chart = f"No chart over time: scores that do not say which {missing} are no step of any ranking."
        tables.append(
            {
                "id": f"scores-{i}",
                "caption": f"{label}: {len(rows)} score{'s' if len(rows) != 1 else ''}"
                + ("" if ranked else f" (not ranked: they do not say which {missing})")
                + (" (ranked apart from the metric's numbers on another scale: no % relates the two)" if scale else ""),
                "columns": _columns("rank", "subject", "value", "paper", "date", "evidence", "confidence"),
                "rows": [_result_cells(r, ranked=True, paper_pages=paper_pages) for r in rows],
                "empty": "",
                "chart": {"caption": f"Best {label} over time", "svg": chart} if chart else None,
                "no_chart": no_chart,
            }
        )
    paired = any(r.get("pair") for r in board["comparisons"])
    parted = any(r.get("part") for r in board["comparisons"])
    if not tables:
        tables.append({"id": "scores-0", "caption": "Scores", "columns": [], "rows": [], "empty": _empty_reason(board)})
    tables.append(
        {
            "id": "comparisons",
            "caption": "Gains, ratios and reductions (not ranked: they compare to a baseline)",
            "columns": _columns(
                "kind",
                "subject",
                "value",
                *(["pair"] if paired else []),
                *(["sub-task"] if parted else []),
                "baseline",
                "paper",
                "date",
                "evidence",
                "confidence",
            ),
            "rows": [
                _result_cells(r, ranked=False, paper_pages=paper_pages, pair=paired, part=parted)
                for r in board["comparisons"]
            ],
            "empty": "No gains, ratios or reductions reported.",
        }
    )
    notes = []
    if len(board["dataset"].get("variants") or []) > 1:
        notes.append("One board for " + ", ".join(board["dataset"]["variants"]) + ".")
    unsure = (board.get("counts") or {}).get("unsure")
    shown = sum(bool(r.get("unsure")) for r in board["rows"] + board["comparisons"])
    if shown:
        notes.append(f"{shown} result(s) the extractor is unsure of are shown, their confidence marked (unsure).")
    elif unsure:
        notes.append(f"{unsure} result(s) the extractor is unsure of are left off (--include-unsure shows them).")
    main = board.get("main_metric")
    if not shown and main and main["results"] and main["unsure"] == main["results"]:
        notes.append(
            f"The main metric of {name}, {main['name']}, has {main['results']} score(s), all unsure and left off: "
            "what the board shows first is not its main metric."
        )
    n = len(board["rows"])
    page = {
        "title": f"Leaderboard: {name}",
        "description": f"{n} score{'s' if n != 1 else ''} on {name} in {len({k[0] for k in by_metric})} metric(s), "
        f"{len(board['comparisons'])} comparison(s).",
        "notes": notes,
        "tables": tables,
        "links": [],
    }
    filename = leaderboard_filename(key)
    if pair:  # one pair's part of a board is a page of its own beside the whole board's
        filename = filename.removesuffix(".html") + f"-{slug(pair)}.html"
    return filename, _render(page)


def _ranking_label(
    metric: str, pair: str, ranked: bool, *, part: str = "", missing: str = "language pair", scale: str = ""
) -> str:
    """The heading of one ranking: the metric, and the language pair of a translation board's table
    and the part (sub-task, track) of a shared task's, and the scale where one metric's numbers are on two
    (ranked apart); an unranked table says what its scores do not name."""
    label = ", ".join(filter(None, [metric or "no metric given", pair, part, scale]))
    return label if ranked or not metric else f"{label}, no {missing} given"


def _no_chart(rows: list[dict], steps: list[dict], label: str, name: str) -> str:
    """Why a metric's scores draw no best-over-time chart, as a sentence."""
    reason = no_history_reason(rows, name)
    if reason:
        return reason[0].upper() + reason[1:] + "."
    if len(steps) == 1:
        return f"No chart of the best {label} over time: one step only (no later paper beat the first dated score)."
    return f"No chart of the best {label} over time: no dated score in the metric's usual unit."


def _empty_reason(board: dict) -> str:
    from_counts = board.get("counts") or {}
    if not from_counts.get("results"):
        return f"No results reported on {board['dataset']['name']}."
    return f"{board['dataset']['name']} has {from_counts['results']} result(s), none a confident absolute score."


#: a task page's best cell for a dataset whose results hold no best (see :func:`_no_best_note`)
NO_BEST = "none ranked"


def _no_best_note(datasets: list[dict]) -> list[str]:
    """Why a dataset with results shows no best, once per page: a reader seeing "results 1" and an empty best
    took the page for broken."""
    n = sum(1 for d in datasets if d["results"] and not d["best"])
    if not n:
        return []
    which = "1 dataset has" if n == 1 else f"{n} datasets have"
    return [
        f"{which} results but no best ({NO_BEST}): none of them is a sure score with a metric named, of a system "
        "on this task (gains, unsure numbers, people's scores and numbers whose sentence names another task are no "
        "best): the dataset's leaderboard lists them (--include-unsure shows the unsure ones)."
    ]


def render_task_page(
    task: dict, *, existing: set[str] | frozenset = frozenset(), paper_pages: bool = False
) -> tuple[str, str]:
    """(filename, html) of a task as :func:`paperkg.boards.task_overview`
    returns it; datasets link to their leaderboard pages named in `existing`,
    papers to their pages beside this one when `paper_pages` (a site)."""
    rows = []
    for d in task["datasets"]:
        best = d["best"] or {}
        page = leaderboard_filename(d["key"])
        rows.append(
            [
                _cell(
                    " ".join(filter(None, [d["name"], d.get("pair"), d.get("part")])),
                    page=page if page in existing else None,
                ),
                _cell(d["papers"], sort=d["papers"], num=True),
                _cell(d["results"], sort=d["results"], num=True),
                _cell(best.get("value", NO_BEST if d["results"] else ""), sort=_number(best.get("number")), num=True),
                _cell(best.get("metric", "")),
                _cell(best.get("subject", "")),
                _paper_cell(best, paper_pages) if best else _cell(""),
                _cell("show", sort=best.get("sentence", ""), evidence=best.get("sentence")) if best else _cell(""),
            ]
        )
    methods = [
        [_cell(m["name"]), _cell(m["kind"]), _cell(m["papers"], sort=m["papers"], num=True)] for m in task["methods"]
    ]
    page = {
        "title": f"Task: {task['name']}",
        "description": f"{task['name']}: {task['papers']} papers, {len(task['datasets'])} datasets, "
        f"{len(task['methods'])} proposed methods and models.",
        "notes": _no_best_note(task["datasets"]),
        "links": [],
        "tables": [
            {
                "id": "datasets",
                "caption": "Datasets it is evaluated on, with the best reported result",
                "columns": _columns("dataset", "papers", "results", "best", "metric", "subject", "paper", "evidence"),
                "rows": rows,
                "empty": "No datasets named by papers on this task.",
            },
            {
                "id": "methods",
                "caption": "Methods and models proposed for it",
                "columns": _columns("name", "kind", "papers"),
                "rows": methods,
                "empty": "No paper on this task proposes a method or model.",
            },
        ],
    }
    return task_filename(task["key"]), _render(page)


def write_leaderboard_page(board: dict, views_dir: str | Path) -> Path:
    """Write a dataset's leaderboard page under `views_dir`, refresh the index; returns its path."""
    filename, html = render_leaderboard_page(board)
    return _write_page(Path(views_dir), filename, html)


def write_task_page(task: dict, views_dir: str | Path) -> Path:
    """Write a task's page under `views_dir`, refresh the index; returns its path."""
    views_dir = Path(views_dir)
    existing = {p.name for p in views_dir.glob("leaderboard-*.html")} if views_dir.is_dir() else set()
    filename, html = render_task_page(task, existing=existing)
    return _write_page(views_dir, filename, html)


def _write_page(views_dir: Path, filename: str, html: str) -> Path:
    path = views_dir / filename
    _write_atomic(path, html)
    write_index(views_dir)
    return path
