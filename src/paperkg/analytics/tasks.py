"""A task's page: the datasets it is evaluated on, each with its best reported
result, and the methods and models papers on the task propose."""

from __future__ import annotations

from collections import Counter

import networkx as nx

from paperkg.analytics.leaderboard import leaderboard
from paperkg.analytics.projection import SUBJECT_KINDS, own_subject, paper_date
from paperkg.model import MIN_RESULT_CONFIDENCE


def task_overview(
    B: nx.Graph, key, *, directions: dict[str, str] | None = None, min_confidence: float = MIN_RESULT_CONFIDENCE
) -> dict:
    """Datasets and proposed methods of the papers that name task `key`.

    Parameters
    ----------
    B : networkx.Graph
        The paper–concept graph around the task (paper nodes carry
        ``results``, ``title``, ``published``, ``url``; concept nodes
        ``proposed_by``), as :func:`paperkg.reads.concept_papers_graph` reads it.
    key
        The task's node.
    directions : dict, optional
        Metric directions (see :func:`paperkg.analytics.leaderboard.lower_is_better`).

    Returns
    -------
    dict
        ``{key, name, papers, datasets, methods}``: datasets are ``{key,
        name, papers, results, best}`` (``best`` a leaderboard row of the
        dataset's most reported metric among the task's papers, or None),
        named by most of the task's papers first (the benchmarks the task is
        evaluated on; results break ties: a shared-task edition with many
        system scores but few papers does not lead); methods ``{key, name,
        kind, papers}``, proposed by most of the task's papers first, then
        the ones more papers of the whole corpus use.

    Examples
    --------
    >>> B = nx.Graph()
    >>> B.add_node("Task:qa", kind="Task", name="QA")
    >>> B.add_node("Dataset:sq", kind="Dataset", name="SQuAD")
    >>> B.add_node("Method:m", kind="Method", name="M", proposed_by=["p1"])
    >>> B.add_node("p1", kind="Paper", title="M for QA", published="2024-01-01", results=[
    ...     {"id": "r", "paper_id": "p1", "on_key": "Dataset:sq", "of_key": "Method:m", "value": "90 F1",
    ...      "number": 90.0, "kind": "score", "confidence": 0.9}])
    >>> B.add_edges_from([("p1", "Task:qa"), ("p1", "Dataset:sq"), ("p1", "Method:m")])
    >>> out = task_overview(B, "Task:qa")
    >>> out["datasets"][0]["best"]["value"], out["methods"][0]["name"]
    ('90 F1', 'M')
    """
    papers = sorted(p for p in B[key] if B.nodes[p].get("kind") == "Paper")
    in_task = set(papers)
    dataset_papers: Counter = Counter()
    for p in papers:
        for c in B[p]:
            if B.nodes[c].get("kind") == "Dataset":
                dataset_papers[c] += 1
    E = nx.Graph()
    for d in dataset_papers:
        E.add_node(d, name=B.nodes[d].get("name", d), results=[])
    for p in papers:
        a = B.nodes[p]
        proposed = [
            {"key": c, **B.nodes[c]}
            for c in B[p]
            if p in (B.nodes[c].get("proposed_by") or ()) and "name" in B.nodes[c]
        ]
        for r in a.get("results", []):
            d = r.get("on_key")
            if d not in E:
                continue
            named = r.get("of_key") in B
            own = None if named else own_subject(r.get("sentence") or "", proposed, confidence=r.get("confidence"))
            E.nodes[d]["results"].append(
                {
                    **r,
                    "paper_title": a.get("title", ""),
                    "paper_date": paper_date(a),
                    "paper_url": a.get("url", ""),
                    "subject_name": _name(B, r.get("of_key")) if named or not own else own["name"],
                    "subject_kind": B.nodes[r["of_key"]].get("kind") if named else (own or {}).get("kind"),
                    "subject_source": "sentence" if named else ("paper" if own else ""),
                    "metric_name": _name(B, r.get("metric_key")),
                    "baseline_name": _name(B, r.get("compared_key")),
                }
            )
    datasets = []
    for d, n in dataset_papers.items():
        rows = leaderboard(E, d, directions=directions, min_confidence=min_confidence)
        datasets.append(
            {"key": d, "name": E.nodes[d]["name"], "papers": n, "results": len(rows), "best": rows[0] if rows else None}
        )
    datasets.sort(key=lambda x: (-x["papers"], -x["results"], x["name"].casefold()))
    methods = []
    for c, a in B.nodes(data=True):
        if a.get("kind") in SUBJECT_KINDS:
            by = in_task.intersection(a.get("proposed_by") or ())
            if by:
                methods.append(
                    {"key": c, "name": a.get("name", c), "kind": a["kind"], "papers": len(by), "paper_ids": sorted(by)}
                )
    used = {m["key"]: int(B.nodes[m["key"]].get("papers") or 0) for m in methods}
    methods.sort(key=lambda x: (-x["papers"], -used[x["key"]], x["name"].casefold()))
    return {
        "key": key,
        "name": B.nodes[key].get("name", key),
        "papers": len(papers),
        "datasets": datasets,
        "methods": methods,
    }


def _name(B: nx.Graph, key) -> str:
    return B.nodes[key].get("name", key) if key in B else ""
