"""Which concepts are central: PageRank, degree and betweenness, per concept kind;
or simply the most used: how many papers mention each.

The functions take any projection; paper nodes (``kind="Paper"``) take part
in the computation but are never ranked. On the co-occurrence graph PageRank
rewards concepts used together with other central concepts, degree counts
distinct partners, and betweenness finds concepts that bridge otherwise
separate areas.
"""

from __future__ import annotations

import networkx as nx

from paperkg.analytics._graph import canonical_graph, concept_nodes

MEASURES = ("pagerank", "degree", "betweenness", "papers")

#: Edge visits betweenness may spend: exact when every node as a source fits,
#: else sampled with as many pivots as fit (at least 16). networkx's BFS costs
#: about 1.7 us of CPU a visit on the ACL graph, so 1.5M is 2.5-3 s: the
#: 44k-paper graph (6.8k linked concepts, 36k links) gets 34 pivots. Their top
#: 10 shares 7 concepts with 300 pivots' (top 20: 14; 69 pivots: 8 and 16):
#: the hubs, in a rougher order (benchmarks/RESULTS.md). 10M visits took 14 s,
#: over the 10 s a cold command may take; --pivots buys precision with time.
BETWEENNESS_BUDGET = 1_500_000


def betweenness_pivots(G: nx.Graph) -> int | None:
    """How many pivots sampled betweenness uses on `G`: ``None`` (exact) when
    every node fits the budget as a source, else as many as fit, 16 to 500.

    Examples
    --------
    >>> betweenness_pivots(nx.path_graph(10)) is None
    True
    >>> betweenness_pivots(nx.empty_graph(100_000))
    16
    """
    n, m = G.number_of_nodes(), G.number_of_edges()
    if n * (n + m) <= BETWEENNESS_BUDGET:
        return None
    return max(16, min(500, BETWEENNESS_BUDGET // (n + m)))


def centrality(
    G: nx.Graph, *, measure: str = "pagerank", weight: str | None = "weight", k: int | None = None, seed: int = 0
) -> dict:
    """One centrality score per node of `G`.

    Parameters
    ----------
    G : networkx.Graph
    measure : {"pagerank", "degree", "betweenness", "papers"}
        PageRank uses edge weights; degree is the normalised number of
        neighbours (networkx's ``degree_centrality``); betweenness treats the
        graph as unweighted (a shared paper is a hop) and is sampled with `k`
        pivots chosen with `seed`; default :func:`betweenness_pivots`;
        papers is no centrality but the nodes' ``papers`` count, the concepts
        most papers mention.
    weight : str or None, default "weight"
    k : int, optional
    seed : int, default 0

    Returns
    -------
    dict
        Node -> score; empty for the empty graph.

    Examples
    --------
    >>> G = nx.star_graph(3)
    >>> centrality(G, measure="degree")[0]
    1.0
    >>> round(centrality(G, measure="betweenness")[0], 3)
    1.0
    >>> G.nodes[1]["papers"] = 7
    >>> centrality(G, measure="papers")[1]
    7.0
    """
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}; expected one of {', '.join(MEASURES)}")
    if G.number_of_nodes() == 0:
        return {}
    if measure == "pagerank":
        # Power iteration stops at a tolerance, so its digits depend on node
        # order: iterate on the sorted copy to give one answer per graph.
        return nx.pagerank(canonical_graph(G, weight=weight), weight=weight)
    if measure == "degree":
        return nx.degree_centrality(G)
    if measure == "papers":
        return {n: float(_papers(a)) for n, a in G.nodes(data=True)}
    # Isolated nodes lie on no path: leaving them out spends every pivot on the
    # part of the graph where betweenness means something.
    H = canonical_graph(G, (n for n, d in G.degree() if d > 0), weight=None)
    pivots = k if k is not None else betweenness_pivots(H)
    if pivots is not None and pivots >= H.number_of_nodes():
        pivots = None
    scores = dict.fromkeys(G, 0.0)
    if H.number_of_nodes():
        scores.update(nx.betweenness_centrality(H, k=pivots, seed=seed))
    return scores


def rank_concepts(
    G: nx.Graph,
    *,
    measure: str = "pagerank",
    kind: str | None = None,
    weight: str | None = "weight",
    k: int | None = None,
    seed: int = 0,
) -> list[dict]:
    """Concepts ordered by a centrality measure, best first.

    Returns rows ``{rank, key, name, kind, score, papers}``; ties are broken by
    paper count, then key, so the order is deterministic.

    Parameters
    ----------
    G : networkx.Graph
        A projection (co-occurrence or bipartite).
    measure : {"pagerank", "degree", "betweenness", "papers"}
    kind : str, optional
        Rank only concepts of this kind (all kinds take part in the scores).
    weight, k, seed
        As for :func:`centrality`.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_nodes_from([("Method:a", {"kind": "Method", "name": "A"}),
    ...                   ("Dataset:b", {"kind": "Dataset", "name": "B"}),
    ...                   ("Dataset:c", {"kind": "Dataset", "name": "C"})])
    >>> G.add_edges_from([("Method:a", "Dataset:b"), ("Method:a", "Dataset:c")])
    >>> [r["key"] for r in rank_concepts(G, measure="degree")]
    ['Method:a', 'Dataset:b', 'Dataset:c']
    >>> [r["key"] for r in rank_concepts(G, measure="degree", kind="Dataset")]
    ['Dataset:b', 'Dataset:c']
    """
    scores = centrality(G, measure=measure, weight=weight, k=k, seed=seed)
    rows = []
    for key, a in concept_nodes(G, kind):
        papers = _papers(a)
        rows.append(
            {
                "key": key,
                "name": a.get("name") or key,
                "kind": a.get("kind"),
                "score": float(scores.get(key, 0.0)),
                "papers": papers,
            }
        )
    # Rounded so that float noise from row order cannot reorder equal scores.
    rows.sort(key=lambda r: (-round(r["score"], 12), -r["papers"], r["key"]))
    for i, r in enumerate(rows, 1):
        r["rank"] = i
    return [{"rank": r.pop("rank"), **r} for r in rows]


def _papers(attrs: dict) -> int:
    return int(attrs.get("papers") or attrs.get("paper_count") or 0)
