"""The trends chart: which concepts it draws, and numbers on hover without any library."""

from __future__ import annotations

import re

from paperkg.views import external_references
from paperkg.views.trends import drop_sparse_start, nice_step, pick_lines, render_trends


def row(name, series, recent, previous):
    growth = (recent - previous) / max(previous, 1)
    return {
        "key": f"Method:{name}",
        "name": name,
        "kind": "Method",
        "total": sum(series.values()),
        "recent": recent,
        "previous": previous,
        "growth": growth,
        "series": series,
        "yearless": {},
    }


TRENDS = {
    "period": "year",
    "periods": ["2015", "2022", "2023", "2024"],
    "recent": ["2024"],
    "previous": ["2023"],
    "compared": True,
    "papers": {"2015": 2, "2022": 100, "2023": 110, "2024": 120},
    "warnings": [],
    "concepts": [
        row("accuracy", {"2022": 250, "2023": 264, "2024": 296}, 296, 264),
        row("GPT-4o", {"2023": 14, "2024": 81}, 81, 14),
        row("GPT-4", {"2022": 20, "2023": 143, "2024": 76}, 76, 143),
        row("<script>x</script>", {"2023": 5, "2024": 1}, 1, 5),
    ],
}


def test_rising_is_the_change_against_its_noise_not_the_raw_count():
    rising, falling = pick_lines(TRENDS)
    assert [r["name"] for r in rising] == ["GPT-4o", "accuracy"]
    assert [r["name"] for r in falling] == ["GPT-4", "<script>x</script>"]


def test_chart_has_a_point_per_period_with_its_number_on_hover_and_fetches_nothing():
    view = render_trends(TRENDS, links={"Method:GPT-4o": "concept-method-gpt-4o-1hop.html"})
    html = view.html
    assert view.filename == "trends.html" and external_references(html) == []
    assert "<title>GPT-4o · 2024: 81 papers</title>" in html
    assert "<title>GPT-4 · 2022: 20 papers</title>" in html
    assert ">2015<" not in html  # 2 papers: a sparse first year is left off
    assert 'href="concept-method-gpt-4o-1hop.html"' in html
    assert "<script>x</script>" not in html and "&lt;script&gt;x&lt;/script&gt;" in html
    assert len(re.findall(r"<polyline", html)) == 4


def test_ticks_and_sparse_start():
    assert [nice_step(n) for n in (4, 155, 300, 1200)] == [1, 50, 100, 500]
    assert drop_sparse_start(["a", "b", "c"], {"a": 1, "b": 50, "c": 60}) == ["b", "c"]


def test_without_dates_it_draws_the_most_mentioned_by_yearless_period():
    trends = {
        "period": "month",
        "periods": [],
        "compared": False,
        "papers": {},
        "yearless": {"--03": 5, "--08": 7},
        "warnings": ["no years"],
        "concepts": [
            {
                "key": "k",
                "name": "MoE",
                "kind": "Method",
                "total": 9,
                "series": {},
                "yearless": {"--03": 4, "--08": 5},
                "growth": None,
                "recent": 0,
                "previous": 0,
            }
        ],
    }
    html = render_trends(trends).html
    assert "Most mentioned" in html and "<title>MoE · --08: 5 papers</title>" in html and "no years" in html
