"""The trends chart: counts per period of the rising and falling concepts, as inline SVG.

No library and no script is needed to read it: every point carries an SVG
<title>, which the browser shows on hover ("GPT-4 · 2024: 35 papers"). A
small inline script only highlights a line when its legend entry is hovered.
"""

from __future__ import annotations

import math
from typing import Any, Mapping

from paperkg.views.page import View, _environment

PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2", "#edc948", "#9c755f"]
LINES = 6  # per chart


def pick_lines(trends: Mapping[str, Any], lines: int = LINES) -> tuple[list[dict], list[dict]]:
    """(rising, falling) concept rows of an `api.trends` answer: the largest growth either way.

    Without a comparison (too few dated periods) "rising" holds the most mentioned concepts.
    """
    rows = [r for r in trends.get("concepts", []) if r.get("series") or r.get("yearless")]
    if not trends.get("compared"):
        return sorted(rows, key=lambda r: (-r.get("total", 0), r["name"]))[:lines], []

    def change(r: dict) -> float:
        # The change scaled by its noise (a count's spread grows like its root): a metric every
        # paper names going 264 -> 296 is no news; a model going 14 -> 81 is.
        return (r.get("recent", 0) - r.get("previous", 0)) / math.sqrt(r.get("previous", 0) + 1)

    rising = sorted((r for r in rows if change(r) > 0), key=lambda r: (-change(r), r["name"]))
    falling = sorted((r for r in rows if change(r) < 0), key=lambda r: (change(r), r["name"]))
    return rising[:lines], falling[:lines]


def nice_step(top: int, ticks: int = 5) -> int:
    """A tick step of 1, 2 or 5 times a power of ten giving about `ticks` ticks up to `top`.

    >>> nice_step(155), nice_step(300), nice_step(4)
    (50, 100, 1)
    """
    raw = max(top, 1) / ticks
    power = 10 ** max(0, math.floor(math.log10(raw)))
    return next((m * power for m in (1, 2, 5, 10) if m * power >= raw), 10 * power)


def drop_sparse_start(periods: list[str], papers: Mapping[str, int]) -> list[str]:
    """Periods from the first holding at least a tenth of a median period's papers
    (a corpus's first year with 15 papers would draw every line rising from zero)."""
    counts = sorted(int(papers.get(p, 0)) for p in periods)
    if not counts:
        return periods
    floor = counts[len(counts) // 2] / 10
    first = next((i for i, p in enumerate(periods) if int(papers.get(p, 0)) >= floor), 0)
    return periods[first:]


def drop_empty_start(rows: list[dict], periods: list[str], key: str, *, keep: int = 4) -> list[str]:
    """`periods` from the one before any drawn line leaves zero (so the rise shows), at least
    `keep` of them: concepts that appeared two years ago are not drawn flat for ten.

    >>> rows = [{"series": {"2023": 2, "2024": 9}}, {"series": {"2024": 5}}]
    >>> drop_empty_start(rows, ["2018", "2019", "2020", "2021", "2022", "2023", "2024"], "series")
    ['2021', '2022', '2023', '2024']
    >>> drop_empty_start(rows, ["2018", "2019", "2022", "2023", "2024"], "series", keep=2)
    ['2022', '2023', '2024']
    """
    first = next((i for i, p in enumerate(periods) if any(int(r.get(key, {}).get(p, 0)) for r in rows)), 0)
    return periods[max(0, min(first - 1, len(periods) - keep)) :]


def _chart(rows: list[dict], periods: list[str], key: str, *, width: int = 860, height: int = 320) -> dict:
    """Geometry of one line chart: axes, ticks, one polyline and its points per concept."""
    left, right, top, bottom = 56, 16, 14, 40
    w, h = width - left - right, height - top - bottom
    top_count = max([1] + [int(r.get(key, {}).get(p, 0)) for r in rows for p in periods])
    step = nice_step(top_count)
    ymax = step * -(-top_count // step)

    def xy(i: int, v: float) -> tuple[float, float]:
        x = left + (w * i / max(len(periods) - 1, 1) if len(periods) > 1 else w / 2)
        return round(x, 1), round(top + h - h * v / ymax, 1)

    lines = []
    for n, r in enumerate(rows):
        pts = []
        for i, p in enumerate(periods):
            v = int(r.get(key, {}).get(p, 0))
            x, y = xy(i, v)
            pts.append({"x": x, "y": y, "tip": f"{r['name']} · {p}: {v} paper{'s' if v != 1 else ''}"})
        lines.append(
            {
                "name": r["name"],
                "kind": r.get("kind", ""),
                "colour": PALETTE[n % len(PALETTE)],
                "points": pts,
                "path": " ".join(f"{p['x']},{p['y']}" for p in pts),
                "growth": r.get("growth"),
                "recent": r.get("recent"),
                "previous": r.get("previous"),
                "page": r.get("page"),
            }
        )
    every = max(1, -(-len(periods) // 12))
    xticks = [{"x": xy(i, 0)[0], "label": p} for i, p in enumerate(periods) if i % every == 0]
    yticks = [{"y": xy(0, v)[1], "label": v} for v in range(0, ymax + 1, step)]
    return {
        "width": width,
        "height": height,
        "left": left,
        "right": width - right,
        "top": top,
        "bottom": top + h,
        "lines": lines,
        "xticks": xticks,
        "yticks": yticks,
    }


def render_trends(
    trends: Mapping[str, Any], *, links: Mapping[str, str] | None = None, home: str | None = None, lines: int = LINES
) -> View:
    """`trends.html`: a line chart each for the rising and the falling concepts, counts per period."""
    links = links or {}
    rising, falling = pick_lines(trends, lines)
    for r in rising + falling:
        r["page"] = links.get(r["key"])
    dated = list(trends.get("periods") or [])
    key, periods = (
        ("series", drop_sparse_start(dated, trends.get("papers") or {}))
        if dated
        else ("yearless", sorted(trends.get("yearless") or {}))
    )
    charts = []
    if rising:
        title = "Rising" if trends.get("compared") else "Most mentioned"
        charts.append({"title": title, **_chart(rising, drop_empty_start(rising, periods, key), key)})
    if falling:
        charts.append({"title": "Falling", **_chart(falling, drop_empty_start(falling, periods, key), key)})
    compared = ""
    if trends.get("compared"):
        compared = (
            f"Growth compares {', '.join(trends['recent'])} with {', '.join(trends['previous'])} "
            f"(papers per {trends['period']})."
        )
    desc = (
        f"Papers per {trends.get('period', 'period')} mentioning the concepts that rose and fell most; "
        "hover a point for its number."
    )
    html = (
        _environment()
        .get_template("trends.html")
        .render(
            charts=charts,
            title="Trends: rising and falling concepts",
            description=desc,
            compared=compared,
            warnings=list(trends.get("warnings") or []),
            papers=trends.get("papers") or {},
            home=home,
        )
    )
    return View(
        filename="trends.html",
        title="Trends: rising and falling concepts",
        description=desc,
        html=html,
        node_count=len(rising) + len(falling),
    )
