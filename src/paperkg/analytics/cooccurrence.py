"""How strongly two concepts go together: shared papers, Jaccard and NPMI."""

from __future__ import annotations

import math
from collections import Counter

import networkx as nx


def strength(shared: int, a: int, b: int, n: int) -> dict:
    """Co-occurrence statistics of two concepts mentioned by `a` and `b` of `n`
    papers, `shared` of them by both.

    ``jaccard`` is shared / (a + b - shared). ``npmi`` is the normalised
    pointwise mutual information log(p(ab) / p(a)p(b)) / -log p(ab): 1 when the
    two always appear together, 0 when independent, -1 when never together.

    Examples
    --------
    >>> strength(2, 2, 2, 4)
    {'shared': 2, 'jaccard': 1.0, 'npmi': 1.0}
    >>> strength(1, 2, 2, 4)["npmi"]
    0.0
    """
    if shared <= 0 or n <= 0:
        return {"shared": 0, "jaccard": 0.0, "npmi": -1.0}
    union = a + b - shared
    p_ab = shared / n
    if p_ab >= 1.0:
        npmi = 1.0
    else:
        npmi = math.log(p_ab / ((a / n) * (b / n))) / -math.log(p_ab)
    return {"shared": shared, "jaccard": shared / union if union else 0.0, "npmi": round(npmi, 12)}


def _row(G: nx.Graph, u, v, stats: dict) -> dict:
    return {"a": u, "a_name": G.nodes[u].get("name", u), "b": v, "b_name": G.nodes[v].get("name", v), **stats}


def cooccurrence_strength(
    C: nx.Graph, *, kind: str | None = None, min_shared: int = 1, sort_by: str = "npmi"
) -> list[dict]:
    """Every concept pair of a co-occurrence graph with its statistics.

    Parameters
    ----------
    C : networkx.Graph
        From :func:`paperkg.analytics.projection.cooccurrence_graph` (nodes
        carry ``papers``, edges ``weight`` = shared papers,
        ``C.graph["n_papers"]`` the number of papers).
    kind : str, optional
        Keep pairs where at least one concept is of this kind.
    min_shared : int, default 1
        Rare pairs have extreme NPMI; require this many shared papers.
    sort_by : {"npmi", "jaccard", "shared"}

    Returns
    -------
    list of dict
        ``{a, a_name, b, b_name, shared, jaccard, npmi}`` best first.

    Examples
    --------
    >>> C = nx.Graph(n_papers=4)
    >>> C.add_node("x", papers=2, name="X", kind="Method")
    >>> C.add_node("y", papers=2, name="Y", kind="Dataset")
    >>> C.add_edge("x", "y", weight=2)
    >>> cooccurrence_strength(C)[0]["jaccard"]
    1.0
    """
    n = C.graph.get("n_papers", 0)
    rows = []
    for u, v, w in C.edges(data="weight", default=1):
        if w < min_shared:
            continue
        if kind and kind not in (C.nodes[u].get("kind"), C.nodes[v].get("kind")):
            continue
        a, b = (u, v) if u <= v else (v, u)
        rows.append(_row(C, a, b, strength(w, C.nodes[a].get("papers", 0), C.nodes[b].get("papers", 0), n)))
    rows.sort(key=lambda r: (-r[sort_by], -r["shared"], r["a"], r["b"]))
    return rows


def concept_neighbours(B: nx.Graph, key, *, min_shared: int = 1, sort_by: str = "shared") -> list[dict]:
    """The concepts that share papers with one concept, counted on the
    paper–concept graph directly (no co-occurrence graph needed).

    `B` may be the concept's neighbourhood only (its papers and their
    concepts): then ``B.graph["n_papers"]`` is the number of papers of the
    whole graph and each concept's ``papers`` attribute its paper count there.

    Returns rows ``{key, name, kind, shared, jaccard, npmi}`` best first by
    `sort_by` (``"shared"``, ``"jaccard"`` or ``"npmi"``), then shared papers,
    then NPMI (a partner found nowhere else first), then key.

    Examples
    --------
    >>> B = nx.Graph()
    >>> B.add_nodes_from([("p1", {"kind": "Paper"}), ("p2", {"kind": "Paper"})])
    >>> B.add_nodes_from([("a", {"kind": "Method", "name": "A"}), ("b", {"kind": "Dataset", "name": "B"})])
    >>> B.add_edges_from([("p1", "a"), ("p1", "b"), ("p2", "a")])
    >>> [(r["key"], r["shared"]) for r in concept_neighbours(B, "a")]
    [('b', 1)]
    """
    if "n_papers" in B.graph:  # a neighbourhood cut from a larger graph carries that graph's counts
        n = B.graph["n_papers"]

        def degree(c):
            return int(B.nodes[c].get("papers", B.degree(c)))
    else:
        n = sum(1 for _, a in B.nodes(data="kind") if a == "Paper")
        degree = B.degree
    shared = Counter(c for p in B[key] for c in B[p] if c != key)
    rows = []
    for c, s in shared.items():
        if s < min_shared:
            continue
        a = B.nodes[c]
        rows.append(
            {"key": c, "name": a.get("name", c), "kind": a.get("kind"), **strength(s, degree(key), degree(c), n)}
        )
    rows.sort(key=lambda r: (-r[sort_by], -r["shared"], -r["npmi"], r["key"]))
    return rows
