"""What is rising: concept counts per month or quarter, growth, emerging concepts.

A paper is dated by its earliest listing date with a year, else its
publication date. A listing without a year (``--MM-DD``, as a daily-papers page
gives it) takes the year of the publication date when there is one, else it is
kept as a yearless period (``--08``, ``--Q3``), which sorts before dated ones.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable

import networkx as nx
import numpy as np

from paperkg.analytics._graph import PAPER, concept_nodes
from paperkg.analytics.incidence import Incidence

PERIODS = ("month", "quarter")
_DATE = re.compile(r"^(\d{4})-(\d{2})")
_YEARLESS = re.compile(r"^--(\d{2})")


def paper_period(attrs: dict, *, period: str = "month") -> str | None:
    """The period (``2024-08``, ``2024-Q3``, or yearless ``--08``) a paper falls in.

    Examples
    --------
    >>> paper_period({"listed_on": ["2024-08-08"], "published": "2024-08-01"})
    '2024-08'
    >>> paper_period({"listed_on": ["--08-08"], "published": "2024-07-30"}, period="quarter")
    '2024-Q3'
    >>> paper_period({"listed_on": ["--08-08"]})
    '--08'
    >>> paper_period({}) is None
    True
    """
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}; expected month or quarter")
    listed = attrs.get("listed_on") or []
    listed = [listed] if isinstance(listed, str) else list(listed)
    dated = sorted(d for d in listed if _DATE.match(d))
    published = attrs.get("published") or ""
    year = month = None
    if dated:
        year, month = _DATE.match(dated[0]).groups()
    else:
        yearless = sorted(m.group(1) for d in listed if (m := _YEARLESS.match(d)))
        pub = _DATE.match(published)
        if yearless:
            month = yearless[0]
            if pub:  # listed shortly after publication: the next year if the month wrapped
                year = pub.group(1) if month >= pub.group(2) else str(int(pub.group(1)) + 1)
        elif pub:
            year, month = pub.groups()
    if month is None:
        return None
    part = month if period == "month" else f"Q{(int(month) - 1) // 3 + 1}"
    return f"{year}-{part}" if year else f"--{part}"


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


def incidence_series(inc: Incidence, dates: Iterable[dict], *, period: str = "month") -> tuple[Counter, dict[str, Counter]]:
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


def concept_trends(B: nx.Graph | None, *, period: str = "month", kind: str | None = None,
                   window: int = 1, min_count: int = 2, series: tuple | None = None,
                   concepts: Iterable[dict] | None = None) -> dict:
    """Growth of every concept between the last `window` periods and the
    `window` periods before them, and which concepts are emerging.

    ``growth`` is (recent - previous) / max(previous, 1): a concept going from
    2 to 6 papers grows by 2.0 (200 %). A concept is ``emerging`` when it has
    at least `min_count` papers in the recent window and either first appeared
    in it or at least doubled (growth >= 1).

    Parameters
    ----------
    B : networkx.Graph or None
        The paper–concept graph (papers carry ``listed_on`` and ``published``);
        None with `series` and `concepts` given instead.
    period : {"month", "quarter"}
    kind : str, optional
        Only concepts of this kind.
    window : int, default 1
        Periods in the recent (and in the previous) window.
    min_count : int, default 2
    series : (papers, series), optional
        Counts already made, e.g. by :func:`incidence_series` (then `B` is not read).
    concepts : iterable of dict, optional
        Concept rows ``{key, name, kind}`` to report, with `series`.

    Returns
    -------
    dict
        ``periods`` (sorted), ``recent`` and ``previous`` (the periods of each
        window), ``papers`` (papers per period) and ``concepts``: rows ``{key,
        name, kind, total, first, recent, previous, growth, emerging, series}``
        with emerging concepts first, then by growth, recent count and key.

    Examples
    --------
    >>> B = nx.Graph()
    >>> B.add_node("m", kind="Method", name="M")
    >>> for i, month in enumerate(["01", "02", "02", "02"]):
    ...     B.add_node(i, kind="Paper", listed_on=[f"2024-{month}-01"])
    ...     B.add_edge(i, "m")
    >>> row = concept_trends(B)["concepts"][0]
    >>> row["previous"], row["recent"], row["growth"], row["emerging"]
    (1, 3, 2.0, True)
    """
    papers, series = series if series is not None else concept_series(B, period=period)
    if concepts is None:
        concepts = ({"key": k, **a} for k, a in concept_nodes(B, kind))
    periods = sorted(papers)
    recent_p = periods[-window:] if periods else []
    previous_p = periods[-2 * window:-window] if len(periods) > window else []
    rows = []
    for a in concepts:
        key = a["key"]
        if kind is not None and a.get("kind") != kind:
            continue
        s = series.get(key)
        if not s:
            continue
        recent = sum(s[p] for p in recent_p)
        previous = sum(s[p] for p in previous_p)
        first = min(s)
        growth = (recent - previous) / max(previous, 1)
        emerging = recent >= min_count and (first in recent_p or growth >= 1.0)
        rows.append({"key": key, "name": a.get("name", key), "kind": a.get("kind"), "total": sum(s.values()),
                     "first": first, "recent": recent, "previous": previous, "growth": growth,
                     "emerging": emerging, "series": {p: s[p] for p in sorted(s)}})
    rows.sort(key=lambda r: (not r["emerging"], -r["growth"], -r["recent"], r["key"]))
    return {"periods": periods, "recent": recent_p, "previous": previous_p,
            "papers": {p: papers[p] for p in periods}, "concepts": rows}
