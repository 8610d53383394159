"""Leaderboards from the numbers abstracts report, best first per metric."""
from __future__ import annotations

import re

import networkx as nx

#: Metric names where a smaller number is better (matched as words in the name).
LOWER_IS_BETTER = re.compile(
    r"\b(error|err|loss|perplexity|ppl|wer|cer|fid|kid|latency|time|runtime|memory|cost|"
    r"mae|mse|rmse|distance|ece|bpd|bits per|regret|hallucination rate)s?\b",
    re.IGNORECASE,
)


def lower_is_better(metric_name: str | None) -> bool:
    """Whether a smaller value wins for a metric of this name.

    Examples
    --------
    >>> lower_is_better("Word Error Rate"), lower_is_better("accuracy")
    (True, False)
    """
    return bool(metric_name and LOWER_IS_BETTER.search(metric_name))


def leaderboard(E: nx.Graph, dataset, *, metric=None) -> list[dict]:
    """Results reported on `dataset`, grouped by metric, best first.

    Within a metric, higher numbers rank first unless :func:`lower_is_better`
    says otherwise; results without a number come last, in report order.

    Parameters
    ----------
    E : networkx.Graph
        From :func:`paperkg.analytics.projection.evaluation_graph`; the dataset
        node carries ``results`` (rows with ``of_key``, ``metric_key``,
        ``number``, ``value``, ``unit``, ``paper_id``, ``sentence``).
    dataset
        A dataset node of `E`.
    metric : optional
        A metric key: only results measured by it.

    Returns
    -------
    list of dict
        ``{metric, rank, subject, value, number, paper_id, paper_title,
        sentence, result_id}``; ``rank`` restarts at 1 for every metric.

    Examples
    --------
    >>> E = nx.Graph()
    >>> E.add_node("d", kind="Dataset", name="D", results=[
    ...     {"id": "r1", "paper_id": "p1", "value": "50%", "number": 50.0, "of_key": None, "metric_key": None},
    ...     {"id": "r2", "paper_id": "p2", "value": "70%", "number": 70.0, "of_key": None, "metric_key": None}])
    >>> [r["value"] for r in leaderboard(E, "d")]
    ['70%', '50%']
    """
    if dataset not in E:
        return []

    def name(key) -> str:
        return E.nodes[key].get("name", key) if key in E else (key or "")

    groups: dict = {}
    for r in E.nodes[dataset].get("results", []):
        if metric is not None and r.get("metric_key") != metric:
            continue
        groups.setdefault(r.get("metric_key") or "", []).append(r)
    rows = []
    for mkey in sorted(groups, key=lambda k: (k == "", -len(groups[k]), k)):
        sign = 1 if lower_is_better(name(mkey)) else -1
        ordered = sorted(groups[mkey], key=lambda r: (r.get("number") is None, sign * (r.get("number") or 0)))
        for i, r in enumerate(ordered, 1):
            rows.append({"metric": name(mkey) if mkey else "", "rank": i, "subject": name(r.get("of_key")),
                         "value": r.get("value"), "number": r.get("number"), "paper_id": r.get("paper_id"),
                         "paper_title": r.get("paper_title", ""), "sentence": r.get("sentence", ""),
                         "result_id": r.get("id")})
    return rows
