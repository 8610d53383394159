"""Leaderboards from the numbers abstracts report, best first per metric."""
from __future__ import annotations

import re
from collections import Counter

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


def leaderboard(E: nx.Graph, dataset, *, metric=None, kind: str | None = None) -> list[dict]:
    """Results reported on `dataset`, grouped by metric, best first.

    Within a metric, higher numbers rank first unless :func:`lower_is_better`
    says otherwise; numbers in another unit than the metric's most common one
    (``70x`` among accuracies in ``%``) rank after those that compare, and
    results without a number come last; ties keep report order.

    Parameters
    ----------
    E : networkx.Graph
        From :func:`paperkg.analytics.projection.evaluation_graph`; the dataset
        node carries ``results`` (rows with ``metric_key``, ``metric_name``,
        ``subject_name``, ``subject_kind``, ``number``, ``value``, ``unit``,
        ``paper_id``, ``paper_title``, ``sentence``).
    dataset
        A dataset node of `E`.
    metric : optional
        A metric key: only results measured by it.
    kind : str, optional
        Only results whose subject is of this kind (``Method`` or ``Model``).

    Returns
    -------
    list of dict
        ``{metric, rank, subject, value, number, paper_id, paper_title,
        sentence, result_id}``; ``rank`` restarts at 1 for every metric.

    Examples
    --------
    >>> E = nx.Graph()
    >>> E.add_node("d", kind="Dataset", name="D", results=[
    ...     {"id": "r1", "paper_id": "p1", "value": "50%", "number": 50.0, "unit": "%"},
    ...     {"id": "r2", "paper_id": "p2", "value": "70%", "number": 70.0, "unit": "%"}])
    >>> [r["value"] for r in leaderboard(E, "d")]
    ['70%', '50%']
    """
    if dataset not in E:
        return []
    groups: dict = {}
    for r in E.nodes[dataset].get("results", []):
        if metric is not None and r.get("metric_key") != metric:
            continue
        if kind is not None and r.get("subject_kind") != kind:
            continue
        groups.setdefault(r.get("metric_key") or "", []).append(r)
    rows = []
    for mkey in sorted(groups, key=lambda k: (k == "", -len(groups[k]), k)):
        results = groups[mkey]
        metric_name = results[0].get("metric_name") or mkey
        sign = 1 if lower_is_better(metric_name) else -1
        # Only numbers in the metric's usual unit compare: "70x" is not an accuracy in %.
        units = Counter(r.get("unit") or "" for r in results if r.get("number") is not None)
        unit = units.most_common(1)[0][0] if units else ""
        ordered = sorted(results, key=lambda r: (r.get("number") is None, (r.get("unit") or "") != unit,
                                                 sign * (r.get("number") or 0)))
        for i, r in enumerate(ordered, 1):
            rows.append({"metric": metric_name, "rank": i, "subject": r.get("subject_name", ""),
                         "value": r.get("value"), "number": r.get("number"), "paper_id": r.get("paper_id"),
                         "paper_title": r.get("paper_title", ""), "sentence": r.get("sentence", ""),
                         "result_id": r.get("id")})
    return rows
