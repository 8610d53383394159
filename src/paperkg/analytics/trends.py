"""What is rising: concept counts per year, quarter or month, growth, emerging concepts.

How papers are dated, and which period suits a corpus: :mod:`.periods`.
Periods without a year are kept apart from dated ones and never compared;
a comparison with too few periods gives a warning and no verdict.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from typing import Iterable

import networkx as nx
import numpy as np

from paperkg.analytics._graph import PAPER, concept_nodes
from paperkg.analytics.incidence import Incidence
from paperkg.analytics.periods import PERIODS, calendar, check_period, is_yearless, paper_period
from paperkg.errors import NotFoundError
from paperkg.model import TOPIC
from paperkg.names import fold

__all__ = [
    "PERIODS",
    "concept_history",
    "concept_series",
    "concept_trends",
    "incidence_series",
    "paper_period",
    "topic_shifts",
]

# A dated edition of a recurring event ("SemEval-2025 Task 11", "IWSLT 2025", "WMT25", "the 2024 Foo Shared
# Task") is new every year by construction: it says nothing of a shift of the field.
_DATED = re.compile(r"(?<![\d.])(?:19|20)\d{2}(?![\d.])|\b(?i:shared[\s-]+tasks?)\b")
_YY_EDITION = re.compile(r"^[A-Z][A-Za-z&+]*[A-Z][\s'’-]?\d{2}$")


def is_edition(name: str, kind: str | None) -> bool:
    """Whether a concept is a dated edition of an event (a year in a dataset's name, "Shared Task").

    >>> is_edition("SemEval-2025 Task 11", "Dataset"), is_edition("WMT25", "Dataset"), is_edition("GPT-4", "Model")
    (True, True, False)
    >>> is_edition("OPT-13", "Model"), is_edition("CoNLL-2003", "Dataset"), is_edition("BERT", "Model")
    (False, True, False)
    >>> is_edition("Zorb Shared-task", "Dataset"), is_edition("ZorbEval shared tasks", "Dataset")
    (True, True)
    """
    return kind == "Dataset" and bool(_DATED.search(name or "") or _YY_EDITION.match(name or ""))


def concept_series(B: nx.Graph, *, period: str = "month") -> tuple[Counter, dict[str, Counter]]:
    """Papers per period, and for each concept the number of papers mentioning
    it per period (undated papers are left out).

    Examples
    --------
    >>> B = nx.Graph()
    >>> B.add_node("p1", kind="Paper", listed_on=["2024-01-05"])
    >>> B.add_node("m", kind="Method", name="M")
    >>> B.add_edge("p1", "m")
    >>> concept_series(B)
    (Counter({'2024-01': 1}), {'m': Counter({'2024-01': 1})})
    """
    papers, series = Counter(), defaultdict(Counter)
    for pid, a in B.nodes(data=True):
        if a.get("kind") != PAPER:
            continue
        p = paper_period(a, period=period)
        if p is None:
            continue
        papers[p] += 1
        for c in B[pid]:
            series[c][p] += 1
    return papers, dict(series)


def incidence_series(
    inc: Incidence, dates: Iterable[dict], *, period: str = "month"
) -> tuple[Counter, dict[str, Counter]]:
    """:func:`concept_series` from the incidence arrays and the papers' dates
    (rows ``{id, published, listed_on}``): no paper–concept graph is built.

    Examples
    --------
    >>> inc = Incidence.from_rows(["p1"], [{"key": "m", "name": "M", "kind": "Method"}], [("p1", "m", 1)])
    >>> incidence_series(inc, [{"id": "p1", "listed_on": ["2024-01-05"]}])
    (Counter({'2024-01': 1}), {'m': Counter({'2024-01': 1})})
    """
    papers: Counter = Counter()
    labels: list[str] = []
    code_of: dict[str, int] = {}
    codes = np.full(len(inc.papers), -1, dtype=np.int64)
    index = inc.paper_index
    for row in dates:
        i = index.get(row["id"])
        p = paper_period(row, period=period)
        if p is None:
            continue
        papers[p] += 1
        if i is not None:
            codes[i] = code_of.setdefault(p, len(code_of))
            if len(labels) < len(code_of):
                labels.append(p)
    per = codes[inc.rows]
    keep = per >= 0
    pairs, counts = np.unique(inc.cols[keep].astype(np.int64) * max(1, len(labels)) + per[keep], return_counts=True)
    series: dict[str, Counter] = defaultdict(Counter)
    keys = inc.keys
    for pair, n in zip(pairs.tolist(), counts.tolist()):
        j, k = divmod(pair, max(1, len(labels)))
        series[keys[j]][labels[k]] = n
    return papers, dict(series)


def concept_trends(
    B: nx.Graph | None,
    *,
    period: str = "month",
    kind: str | None = None,
    window: int = 1,
    min_count: int = 2,
    series: tuple | None = None,
    concepts: Iterable[dict] | None = None,
    at: str | None = None,
) -> dict:
    """Growth of every concept between the last `window` periods and the
    `window` periods before them, and which concepts are emerging.

    Periods run through the calendar from the first dated paper to the last,
    empty ones included, so a gap is compared as a gap. ``growth`` is one
    unit for every concept, the ratio smoothed by one paper on each side,
    (recent + 1) / (previous + 1): 2 to 5 papers is 2.0 (twice as many), 0 to
    5 is 6.0 and the concept is ``new`` (first seen in the recent window), so
    a raw count never reads as a ratio. A concept is ``emerging`` when it has
    at least `min_count` papers in the recent window and either is new or at
    least doubled (recent >= 2 * previous). Rows are ordered by ``rise``, the
    change scaled by its noise, (recent - previous) / sqrt(previous + 1): a
    count's spread grows like its root, so a topic going from 150 to 1243
    papers ranks near a model going from 0 to 250, and a metric every paper
    names going from 264 to 296 ranks low. With fewer than ``2 * window`` dated
    periods, or no paper in the previous window, nothing is compared: growth
    is None, no concept is emerging, and ``warnings`` says why. Yearless
    periods (``--08``) are counted apart (``yearless``) and never compared.

    Parameters
    ----------
    B : networkx.Graph or None
        The paper–concept graph (papers carry ``listed_on`` and ``published``);
        None with `series` and `concepts` given instead.
    period : {"year", "quarter", "month"}
    kind : str, optional
        Only concepts of this kind.
    window : int, default 1
        Periods in the recent (and in the previous) window.
    min_count : int, default 2
    series : (papers, series), optional
        Counts already made, e.g. by :func:`incidence_series` (then `B` is not read).
    concepts : iterable of dict, optional
        Concept rows ``{key, name, kind}`` to report, with `series`.
    at : str, optional
        The last period of the recent window (default the last dated one):
        ``at="2019"`` asks what was rising in 2019. Later periods are left out.

    Raises
    ------
    NotFoundError
        `at` is not a dated period of the data.

    Returns
    -------
    dict
        ``period``, ``periods`` (dated, in calendar order), ``recent`` and
        ``previous`` (the periods of each window), ``compared`` (bool),
        ``papers`` (papers per dated period), ``yearless`` (papers per
        yearless period), ``warnings`` and ``concepts``: rows ``{key, name,
        kind, total, first, recent, previous, growth, new, rise, emerging, peak,
        edition, series, yearless}`` and ``topics`` (:func:`topic_shifts`)
        (``peak``: the dated period where the concept's share of
        the papers is highest, among periods holding at least a tenth of a
        median period's papers) with emerging concepts first, then by rise,
        recent count, total and key. A dated edition of an event (``edition``:
        a Dataset named with a year, "WMT25", "SemEval-2025 Task 11", or a
        "Shared Task") is new every year by construction, so it is never
        called emerging and comes after the other concepts. Without `kind`, a concept named like a
        field topic (a Method "diffusion models" beside the Topic) is left
        out: the topic counts every paper writing the phrase, the concept the
        subset where the extractor kept it, so two rows of one name would
        only puzzle a reader (``--type Method`` still lists the concept).

    Examples
    --------
    >>> B = nx.Graph()
    >>> B.add_node("m", kind="Method", name="M")
    >>> for i, month in enumerate(["01", "02", "02", "02"]):
    ...     B.add_node(i, kind="Paper", listed_on=[f"2024-{month}-01"])
    ...     B.add_edge(i, "m")
    >>> row = concept_trends(B)["concepts"][0]
    >>> row["previous"], row["recent"], row["growth"], row["new"], row["emerging"]
    (1, 3, 2.0, False, True)
    >>> concept_trends(B, period="quarter")["warnings"]
    ['only 1 dated quarter (2024-Q1): comparing needs 2; no concept is called emerging']
    """
    check_period(period)
    papers, series = series if series is not None else concept_series(B, period=period)
    if concepts is None:
        concepts = ({"key": k, **a} for k, a in concept_nodes(B, kind))
    dated = sorted(p for p in papers if not is_yearless(p))
    yearless = {p: papers[p] for p in sorted(papers) if is_yearless(p)}
    periods = calendar(dated[0], dated[-1], period=period) if dated else []
    if at is not None:
        if at not in periods:
            span = f" ({periods[0]} to {periods[-1]})" if periods else ""
            raise NotFoundError(f"no {period} {at!r} among the dated periods{span}")
        periods = periods[: periods.index(at) + 1]
    recent_p = periods[-window:] if periods else []
    previous_p = periods[-2 * window : -window] if len(periods) >= 2 * window else []
    compared = bool(previous_p) and sum(papers.get(p, 0) for p in previous_p) > 0
    warnings = _warnings(period, periods, previous_p, compared, window, yearless)
    share = {p: 1.0 / n for p, n in papers.items() if n}
    # A period with a handful of papers makes any share large (2016 holds 15 of the 44k ACL
    # papers): it is no peak unless it holds a tenth of the papers of a median period.
    counts = sorted(papers[p] for p in periods if papers.get(p))
    floor = 0.1 * counts[len(counts) // 2] if counts else 0
    peakable = {p for p in periods if papers.get(p, 0) >= floor}
    rows = []
    for a in concepts:  # 60k concepts at 44k papers, most named once: keep the loop lean
        key = a["key"]
        if kind is not None and a.get("kind") != kind:
            continue
        s = series.get(key)
        if not s:
            continue
        labels = sorted(s)
        undated = [p for p in labels if is_yearless(p)] if yearless else []
        dated_labels = [p for p in labels if p not in undated and (at is None or p <= at)]
        if at is not None and not dated_labels:
            continue  # first seen after `at`
        on_dates = {p: s[p] for p in dated_labels}
        recent = sum(s.get(p, 0) for p in recent_p)
        previous = sum(s.get(p, 0) for p in previous_p)
        growth = (recent + 1) / (previous + 1) if compared else None
        first = dated_labels[0] if dated_labels else labels[0]
        new = compared and first in recent_p
        edition = is_edition(a.get("name", key), a.get("kind"))
        emerging = compared and recent >= min_count and (new or recent >= 2 * previous) and not edition
        candidates = [p for p in dated_labels if p in peakable] or dated_labels
        peak = max(candidates, key=lambda p: (on_dates[p] * share[p], p)) if candidates else None
        rows.append(
            {
                "key": key,
                "name": a.get("name", key),
                "kind": a.get("kind"),
                "total": sum(on_dates.values()) + sum(s[p] for p in undated),
                "first": first,
                "recent": recent,
                "previous": previous,
                "growth": growth,
                "new": new,
                "rise": (recent - previous) / math.sqrt(previous + 1) if compared else None,
                "emerging": emerging,
                "edition": edition,
                "peak": peak,
                "series": on_dates,
                "yearless": {p: s[p] for p in undated},
            }
        )
    if kind is None:
        rows = _without_topic_twins(rows)
    shifts = topic_shifts(rows, [p for p in periods if p in peakable])
    rows.sort(key=lambda r: (r["edition"], not r["emerging"], -(r["rise"] or 0.0), -r["recent"], -r["total"], r["key"]))
    return {
        "period": period,
        "periods": periods,
        "recent": recent_p,
        "previous": previous_p,
        "compared": compared,
        "papers": {p: papers.get(p, 0) for p in periods},
        "yearless": yearless,
        "warnings": warnings,
        "concepts": rows,
        "topics": shifts,
    }


def topic_shifts(rows: list[dict], periods: list[str]) -> list[dict]:
    """When each field topic took off, the big shifts of a field whatever window is compared
    (LLMs took off in the ACL papers of 2023, while a default comparison of the last two years
    finds them flat).

    A topic takes off in the first of consecutive `periods` (those holding enough papers to
    compare) where its papers at least double and its rise, the one the trend table ranks by,
    (count - before) / sqrt(before + 1), is at least a third of its largest: the doubling alone
    would name the year a topic went from 13 papers to 43, the largest rise alone the year it
    went on growing from 1,243 to 3,658. Topics with most papers first.

    Examples
    --------
    >>> rows = [{"key": "Topic:llm", "name": "large language models", "kind": "Topic",
    ...          "total": 5070, "series": {"2021": 13, "2022": 43, "2023": 1243, "2024": 3658}}]
    >>> [(t["period"], t["before"], t["count"]) for t in topic_shifts(rows, ["2021", "2022", "2023", "2024"])]
    [('2023', 43, 1243)]
    """
    out = []
    for r in rows:
        if r.get("kind") != TOPIC:
            continue
        counts = [r["series"].get(p, 0) for p in periods]
        steps = {i: (counts[i] - counts[i - 1]) / math.sqrt(counts[i - 1] + 1) for i in range(1, len(counts))}
        if not steps or max(steps.values()) <= 0:
            continue
        top = max(steps.values())
        i = next(
            (i for i, step in steps.items() if counts[i] >= 2 * counts[i - 1] and step >= top / 3),
            max(steps, key=lambda j: (steps[j], j)),
        )
        out.append(
            {
                "key": r["key"],
                "name": r["name"],
                "period": periods[i],
                "before": counts[i - 1],
                "count": counts[i],
                "growth": round((counts[i] + 1) / (counts[i - 1] + 1), 3),
                "total": r["total"],
            }
        )
    out.sort(key=lambda t: (-t["total"], t["key"]))
    return out


def _without_topic_twins(rows: list[dict]) -> list[dict]:
    """`rows` less the concepts named like a Topic row (see :func:`concept_trends`)."""
    topics = {fold(r["name"]) for r in rows if r.get("kind") == TOPIC}
    return [r for r in rows if r.get("kind") == TOPIC or fold(r["name"]) not in topics]


def _warnings(
    period: str, periods: list[str], previous: list[str], compared: bool, window: int, yearless: dict[str, int]
) -> list[str]:
    out = []
    if periods and not compared:
        if len(periods) < 2 * window:
            out.append(
                f"only {len(periods)} dated {period}{'s' if len(periods) != 1 else ''} ({', '.join(periods)}): "
                f"comparing needs {2 * window}; no concept is called emerging"
            )
        else:
            out.append(
                f"no paper is dated in the previous window ({', '.join(previous)}); no concept is called emerging"
            )
    if yearless:
        n = sum(yearless.values())
        labels = ", ".join(yearless)
        out.append(
            f"{n} paper{'s' if n != 1 else ''} dated without a year ({labels}) "
            + (
                "kept apart from the dated ones and not compared"
                if periods
                else "cannot be ordered in time: nothing is compared"
            )
        )
    return out


def concept_history(trends: dict, keys: Iterable[str]) -> dict:
    """The series of a few concepts over every period of `trends` (a :func:`concept_trends` result),
    zeros included, with each period's share of the papers.

    Examples
    --------
    >>> B = nx.Graph()
    >>> B.add_node("m", kind="Method", name="M")
    >>> for i, y in enumerate(["2019", "2021", "2021"]):
    ...     B.add_node(i, kind="Paper", published=f"{y}-05-01")
    >>> B.add_edge(0, "m")
    >>> h = concept_history(concept_trends(B, period="year"), ["m"])
    >>> h["periods"], h["concepts"][0]["counts"], h["concepts"][0]["shares"]
    (['2019', '2020', '2021'], [1, 0, 0], [1.0, 0.0, 0.0])
    """
    rows = {r["key"]: r for r in trends["concepts"]}
    periods = trends["periods"] + list(trends["yearless"])
    totals = {**trends["papers"], **trends["yearless"]}
    out = []
    for key in keys:
        r = rows.get(key, {"key": key, "series": {}, "yearless": {}, "peak": None, "first": None, "total": 0})
        counts = {**r["series"], **r["yearless"]}
        out.append(
            {
                "key": key,
                "name": r.get("name", key),
                "kind": r.get("kind"),
                "total": r["total"],
                "first": r["first"],
                "peak": r["peak"],
                "counts": [counts.get(p, 0) for p in periods],
                "shares": [round(counts.get(p, 0) / totals[p], 6) if totals.get(p) else 0.0 for p in periods],
            }
        )
    return {
        "period": trends["period"],
        "periods": periods,
        "papers": [totals.get(p, 0) for p in periods],
        "concepts": out,
        "warnings": [w for w in trends["warnings"] if "without a year" in w],
    }
