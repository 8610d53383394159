"""Choosing what a view shows and where: neighbourhoods, cutting to a size, layout.

Pure networkx: no I/O, the input graph is never changed.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any, Iterable, Mapping

import networkx as nx
import numpy as np

from paperkg.views.page import node_label


def _w(data: Mapping[str, Any], weight: str) -> float:
    return float(data.get(weight, 1.0) or 0.0)


def rank_neighbourhood(
    graph: nx.Graph,
    center: Any,
    *,
    hops: int = 1,
    weight: str = "weight",
    scores: Mapping[Any, float] | None = None,
    hubs: Iterable[Any] = (),
) -> list[tuple[Any, int, float]]:
    """Nodes within `hops` of `center`, strongest first, as (node, hop, strength).

    A node's strength is the weight of its strongest edge to the previous hop.
    Nearer nodes come first; within a hop, stronger links, then higher
    scores, then names. The center comes first with hop 0. `hubs` (concepts
    linked to nearly everything) are reached but not gone through: a 2-hop
    view through "accuracy" would be the whole graph.

    >>> g = nx.Graph([("a", "b", {"weight": 1}), ("a", "c", {"weight": 5}), ("c", "d", {"weight": 2})])
    >>> [n for n, _, _ in rank_neighbourhood(g, "a", hops=2)]
    ['a', 'c', 'b', 'd']
    """
    if center not in graph:
        raise KeyError(center)
    scores = scores or {}
    hubs = set(hubs)
    hop_of: dict[Any, int] = {center: 0}
    strength: dict[Any, float] = {center: math.inf}
    frontier = [center]
    for hop in range(1, hops + 1):
        found: dict[Any, float] = {}
        for u in frontier:
            if u in hubs and u != center:
                continue
            for v, data in graph[u].items():
                if v in hop_of:
                    continue
                found[v] = max(found.get(v, 0.0), _w(data, weight))
        for v, s in found.items():
            hop_of[v], strength[v] = hop, s
        frontier = list(found)
    order = sorted(hop_of, key=lambda n: (hop_of[n], -strength[n], -float(scores.get(n, 0.0)), str(n)))
    return [(n, hop_of[n], strength[n]) for n in order]


def cut_ranked(ranked: list[Any], max_nodes: int) -> tuple[list[Any], list[Any]]:
    """Split an already-ranked node list into (kept, left out)."""
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, got {max_nodes}")
    return list(ranked[:max_nodes]), list(ranked[max_nodes:])


def strongest_edges(graph: nx.Graph, max_edges: int, *, weight: str = "weight") -> nx.Graph:
    """A copy of `graph` with at most about `max_edges` edges, the heaviest, and no node orphaned.

    Every node keeps its own strongest edge first (so a node drawn never floats
    alone because its links were all cut), then the heaviest remaining edges
    fill up to `max_edges`.
    """
    out = graph.copy()
    if graph.number_of_edges() <= max_edges:
        return out
    key = lambda e: (-_w(e[2], weight), str(e[0]), str(e[1]))  # noqa: E731
    ranked = sorted(graph.edges(data=True), key=key)
    keep: set = set()
    for v in graph:
        best = min(((v, u, d) for u, d in graph[v].items()), key=key, default=None)
        if best is not None:
            keep.add(frozenset((best[0], best[1])))
    for u, v, _ in ranked:
        if len(keep) >= max_edges:
            break
        keep.add(frozenset((u, v)))
    out.remove_edges_from((u, v) for u, v, _ in ranked if frozenset((u, v)) not in keep)
    return out


def describe_left_out(graph: nx.Graph, left_out: list[Any], *, noun: str = "nodes", show: int = 8) -> str:
    """One sentence saying what a cut removed: how many, of which types, the first few names."""
    if not left_out:
        return ""
    kinds = Counter(str(graph.nodes[n].get("kind") or "other") for n in left_out)
    by_kind = ", ".join(f"{k} {c}" for k, c in kinds.most_common())
    names = [node_label(n, graph.nodes[n]) for n in left_out[:show]]
    more = "…" if len(left_out) > show else ""
    return (
        f"Left out {len(left_out)} {noun} with the weakest links ({by_kind}); "
        f"the strongest of them: {', '.join(names)}{more}"
    )


def layout(
    graph: nx.Graph, *, seed: int = 7, center: Any = None, weight: str = "weight"
) -> dict[Any, tuple[float, float]]:
    """Seeded force-directed positions in screen pixels, `center` (if given) at the origin.

    Computed once in Python so the browser does no physics: a 2,000-node page
    is drawn at once instead of after seconds of simulation. See
    `spring_positions` for the forces.
    """
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    if n == 1:
        return {next(iter(graph)): (0.0, 0.0)}
    # Log-damped weights scaled to 1..3: a pair seen in 300 papers pulls harder
    # than one seen in 3, but not so hard that everything collapses onto the hubs.
    nodes = sorted(graph.nodes, key=str)
    top = max((_w(d, weight) for _, _, d in graph.edges(data=True)), default=1.0)
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from(
        sorted(
            (
                (
                    *sorted((u, v), key=str),
                    {"w": 1.0 + 2.0 * math.log1p(max(_w(d, weight), 0.0)) / math.log1p(max(top, 1e-9))},
                )
                for u, v, d in graph.edges(data=True)
            ),
            key=lambda e: (str(e[0]), str(e[1])),
        )
    )
    if n <= SMALL_LAYOUT_MAX and center is None:
        pos = nx.kamada_kawai_layout(_bridged(g), weight=None, pos=nx.circular_layout(g))
    else:
        pos = spring_positions(g, weight="w", seed=seed)
    xy = np.array([pos[v] for v in nodes], dtype=float)
    xy -= xy.mean(axis=0)
    xy /= max(float(np.abs(xy).max()), 1e-9)  # into [-1, 1]
    scale = 90.0 * math.sqrt(n) + 150.0  # px; denser than this and labels pile up
    cx, cy = xy[nodes.index(center)] if center in g else (0.0, 0.0)
    return {v: (float((x - cx) * scale), float((y - cy) * scale)) for v, (x, y) in zip(nodes, xy)}


#: Up to this many nodes, in a view without a focus (the overview, small
#: communities), Kamada-Kawai places them: even spacing reads well when a few
#: big nodes would overlap under spring forces. It costs ~0.1-3 s a page, so
#: focused views (re-placed around the focus anyway) use the spring layout.
SMALL_LAYOUT_MAX = 60


def _bridged(g: nx.Graph) -> nx.Graph:
    """`g` plus layout-only edges from each component's biggest node to the
    largest component's, so Kamada-Kawai sees one connected graph (it puts
    unreachable pairs a million units apart, which squeezes the rest to a dot)."""
    comps = sorted(nx.connected_components(g), key=lambda c: (-len(c), min(map(str, c))))
    if len(comps) <= 1:
        return g
    h = g.copy()
    hub = max(comps[0], key=lambda v: (g.degree(v), str(v)))
    for comp in comps[1:]:
        h.add_edge(hub, max(comp, key=lambda v: (g.degree(v), str(v))))
    return h


#: Up to this many nodes repulsion is exact; above, it is estimated from a sample.
EXACT_LAYOUT_MAX = 500
SAMPLE = 150


def spring_positions(
    graph: nx.Graph,
    *,
    weight: str = "weight",
    seed: int = 7,
    iterations: int = 150,
    gravity: float = 0.05,
) -> dict[Any, np.ndarray]:
    """Fruchterman-Reingold forces plus a weak pull to the centre, seeded.

    The pull keeps components without links to the rest (a concept whose only
    edges were cut, a community with no co-occurrence outside itself) near the
    picture instead of flung to its edge, which would shrink everything else
    to a dot when the page fits the view. Up to `EXACT_LAYOUT_MAX` nodes the
    repulsion is exact; above, each node's repulsion is estimated from a fresh
    seeded sample of `SAMPLE` nodes per iteration: networkx's exact O(n^2)
    layout took ~8 s at 2,000 nodes, this ~0.6 s, with the same kind of picture.
    Attraction runs over the (sparse) edges exactly.
    """
    nodes = list(graph)
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    if graph.number_of_edges():
        src, dst, w = zip(*((index[u], index[v], float(d.get(weight, 1.0))) for u, v, d in graph.edges(data=True)))
        src, dst, w = np.array(src), np.array(dst), np.array(w)
    else:
        src = dst = np.zeros(0, dtype=int)
        w = np.zeros(0)
    k = 2.0 / math.sqrt(n)  # twice the textbook spacing: nodes here are drawn large
    m = n if n <= EXACT_LAYOUT_MAX else SAMPLE
    temp = 0.1
    cool = temp / (iterations + 1)
    for _ in range(iterations):
        idx = np.arange(n) if m == n else rng.choice(n, size=m, replace=False)
        picked = pos[idx]
        dx = pos[:, 0:1] - picked[:, 0]
        dy = pos[:, 1:2] - picked[:, 1]
        inv = (k * k) / np.maximum(dx * dx + dy * dy, 1e-6)  # n x m repulsion factors
        # sum_j inv_ij (p_i - p_j) = p_i * sum_j inv_ij - inv @ p_j: two BLAS calls, no n x m x 2 array
        disp = (pos * inv.sum(axis=1)[:, None] - inv @ picked) * (n / m)
        d = pos[src] - pos[dst]
        dlen = np.sqrt(np.maximum((d**2).sum(axis=1), 1e-12))
        f = (w * dlen / k)[:, None] * d
        for axis in (0, 1):  # bincount: np.add.at is ~10x slower on 20k edges
            disp[:, axis] += np.bincount(dst, f[:, axis], minlength=n) - np.bincount(src, f[:, axis], minlength=n)
        centre = pos - pos.mean(axis=0)
        disp -= gravity * n * k * centre  # grows with distance, like a spring to the middle
        length = np.maximum(np.sqrt((disp**2).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        temp -= cool
    return {v: pos[i] for i, v in enumerate(nodes)}


def induced_edges(graph: nx.Graph, nodes: Iterable[Any]) -> list[tuple[Any, Any, dict]]:
    """(u, v, data) of every edge between `nodes`, each once, in the order of `nodes`.

    A networkx subgraph view walks every neighbour of every node through a
    filter: in a co-occurrence graph a hub has thousands, and a site draws
    hundreds of small subgraphs of it. Here a node with more neighbours than
    `nodes` has is asked about each of `nodes` instead.

    >>> G = nx.Graph([("a", "b", {"weight": 2}), ("b", "c", {"weight": 1}), ("c", "d", {})])
    >>> induced_edges(G, ["c", "b", "a", "x"])
    [('c', 'b', {'weight': 1}), ('b', 'a', {'weight': 2})]
    """
    keep = list(dict.fromkeys(n for n in nodes if n in graph))
    index = {n: i for i, n in enumerate(keep)}
    adj = graph.adj
    out = []
    for i, u in enumerate(keep):
        nbrs = adj[u]
        if len(nbrs) <= len(keep):
            pairs = ((v, d) for v, d in nbrs.items() if index.get(v, -1) >= i)
        else:
            pairs = ((v, nbrs[v]) for v in keep[i:] if v in nbrs)
        out += [(u, v, d) for v, d in pairs]
    return out


def internal_strength(graph: nx.Graph, nodes: Iterable[Any], *, weight: str = "weight") -> dict[Any, float]:
    """Each node's weighted degree within `nodes` (``graph.subgraph(nodes).degree(weight=...)``, faster).

    >>> internal_strength(nx.Graph([("a", "b", {"weight": 2}), ("b", "c", {"weight": 5})]), ["a", "b"])
    {'a': 2, 'b': 2}
    """
    keep = list(dict.fromkeys(n for n in nodes if n in graph))
    out: dict[Any, float] = dict.fromkeys(keep, 0)
    for u, v, d in induced_edges(graph, keep):
        w = d.get(weight, 1)
        out[u] += w
        out[v] += w
    return out


def subgraph_copy(graph: nx.Graph, nodes: Iterable[Any]) -> nx.Graph:
    """An independent copy of the induced subgraph (views annotate it freely), nodes in the given order."""
    if type(graph) is not nx.Graph:
        return graph.subgraph(list(nodes)).copy()
    keep = list(dict.fromkeys(n for n in nodes if n in graph))
    out = nx.Graph()
    out.graph.update(graph.graph)
    out.add_nodes_from((n, dict(graph.nodes[n])) for n in keep)
    out.add_edges_from((u, v, dict(d)) for u, v, d in induced_edges(graph, keep))
    return out
