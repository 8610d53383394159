"""Papers like a given paper: shared concepts, rare ones counting most."""

from __future__ import annotations

import math
from collections import defaultdict

import networkx as nx

from paperkg.analytics._graph import PAPER


def similar_papers(B: nx.Graph, paper, *, kind: str | None = None, limit: int | None = 10) -> list[dict]:
    """Papers that share concepts with `paper`, scored Adamic–Adar style.

    Each shared concept `c` adds 1 / log(papers mentioning c): a concept two
    papers share alone says much more than one half the corpus mentions. The
    shared concepts are returned, rarest first, as the reason.

    Parameters
    ----------
    B : networkx.Graph
        The paper–concept graph.
    paper
        A paper node of `B`.
    kind : str, optional
        Count only shared concepts of this kind.
    limit : int or None, default 10

    Returns
    -------
    list of dict
        ``{id, title, score, shared: [{key, name, kind, weight}]}``, best
        first (ties by id); empty when nothing is shared.

    Examples
    --------
    >>> B = nx.Graph()
    >>> B.add_nodes_from(["p1", "p2", "p3"], kind="Paper")
    >>> B.add_nodes_from([("rare", {"kind": "Method", "name": "Rare"}),
    ...                   ("hub", {"kind": "Model", "name": "Hub"})])
    >>> B.add_edges_from([("p1", "rare"), ("p2", "rare"), ("p1", "hub"), ("p2", "hub"), ("p3", "hub")])
    >>> [(r["id"], round(r["score"], 3)) for r in similar_papers(B, "p1")]
    [('p2', 2.353), ('p3', 0.91)]
    """
    shared = defaultdict(list)
    for c in B[paper]:
        a = B.nodes[c]
        if kind is not None and a.get("kind") != kind:
            continue
        n = B.degree(c)
        if n < 2:
            continue
        w = 1.0 / math.log(n)
        for q in B[c]:
            if q != paper and B.nodes[q].get("kind") == PAPER:
                shared[q].append({"key": c, "name": a.get("name", c), "kind": a.get("kind"), "weight": w})
    rows = []
    for q, concepts in shared.items():
        concepts.sort(key=lambda s: (-s["weight"], s["key"]))
        rows.append(
            {
                "id": q,
                "title": B.nodes[q].get("title", ""),
                "score": math.fsum(s["weight"] for s in concepts),
                "shared": concepts,
            }
        )
    rows.sort(key=lambda r: (-round(r["score"], 12), r["id"]))
    return rows[:limit] if limit is not None else rows
