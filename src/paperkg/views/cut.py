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
    graph: nx.Graph, center: Any, *, hops: int = 1, weight: str = "weight",
    scores: Mapping[Any, float] | None = None,
) -> list[tuple[Any, int, float]]:
    """Nodes within `hops` of `center`, strongest first, as (node, hop, strength).

    A node's strength is the weight of its strongest edge to the previous hop.
    Nearer nodes come first; within a hop, stronger links, then higher
    scores, then names. The center comes first with hop 0.

    >>> g = nx.Graph([("a", "b", {"weight": 1}), ("a", "c", {"weight": 5}), ("c", "d", {"weight": 2})])
    >>> [n for n, _, _ in rank_neighbourhood(g, "a", hops=2)]
    ['a', 'c', 'b', 'd']
    """
    if center not in graph:
        raise KeyError(center)
    scores = scores or {}
    hop_of: dict[Any, int] = {center: 0}
    strength: dict[Any, float] = {center: math.inf}
    frontier = [center]
    for hop in range(1, hops + 1):
        found: dict[Any, float] = {}
        for u in frontier:
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
    """A copy of `graph` with only its `max_edges` heaviest edges (all nodes kept)."""
    out = graph.copy()
    if graph.number_of_edges() > max_edges:
        ranked = sorted(graph.edges(data=True), key=lambda e: (-_w(e[2], weight), str(e[0]), str(e[1])))
        out.remove_edges_from((u, v) for u, v, _ in ranked[max_edges:])
    return out


def describe_left_out(graph: nx.Graph, left_out: list[Any], *, noun: str = "nodes", show: int = 8) -> str:
    """One sentence saying what a cut removed: how many, of which types, the first few names."""
    if not left_out:
        return ""
    kinds = Counter(str(graph.nodes[n].get("kind") or "other") for n in left_out)
    by_kind = ", ".join(f"{k} {c}" for k, c in kinds.most_common())
    names = [node_label(n, graph.nodes[n]) for n in left_out[:show]]
    more = "…" if len(left_out) > show else ""
    return (f"Left out {len(left_out)} {noun} with the weakest links ({by_kind}); "
            f"the strongest of them: {', '.join(names)}{more}")


def layout(graph: nx.Graph, *, seed: int = 7, center: Any = None, weight: str = "weight") -> dict[Any, tuple[float, float]]:
    """Seeded force-directed positions in screen pixels, `center` (if given) at the origin.

    Computed once in Python so the browser does no physics: a 2,000-node page
    is drawn at once instead of after seconds of simulation. Up to
    `EXACT_LAYOUT_MAX` nodes networkx's spring layout is used as is; above it,
    `sampled_spring_layout` (the same forces, repulsion estimated from a
    sample) keeps a 2,000-node layout under a second instead of ~8 s.
    """
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    if n == 1:
        return {next(iter(graph)): (0.0, 0.0)}
    # log-damped weights: a pair seen in 300 papers should pull harder than one
    # seen in 3, but not so hard that everything collapses onto the hubs.
    g = nx.Graph()
    g.add_nodes_from(sorted(graph.nodes, key=str))
    g.add_edges_from((u, v, {"w": 1.0 + math.log1p(_w(d, weight))}) for u, v, d in graph.edges(data=True))
    if n <= EXACT_LAYOUT_MAX:
        pos = nx.spring_layout(g, weight="w", seed=seed, iterations=100, k=1.5 / math.sqrt(n))
    else:
        pos = sampled_spring_layout(g, weight="w", seed=seed)
    xy = np.array([pos[v] for v in g], dtype=float)
    xy -= xy.mean(axis=0)
    xy /= max(float(np.abs(xy).max()), 1e-9)  # into [-1, 1]
    scale = 120.0 * math.sqrt(n) + 150.0
    cx, cy = xy[list(g).index(center)] if center in g else (0.0, 0.0)
    return {v: (float((x - cx) * scale), float((y - cy) * scale)) for v, (x, y) in zip(g, xy)}


EXACT_LAYOUT_MAX = 500


def sampled_spring_layout(
    graph: nx.Graph, *, weight: str = "weight", seed: int = 7, iterations: int = 120, sample: int = 150,
) -> dict[Any, np.ndarray]:
    """Fruchterman-Reingold with the repulsion of each node estimated from `sample` random nodes.

    The exact O(n^2) repulsion is what makes networkx's spring layout take
    seconds at 2,000 nodes; a fresh seeded sample per iteration costs
    O(n * sample) and gives the same picture at this scale. Attraction runs
    over the (sparse) edges exactly.
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
    k = 1.0 / math.sqrt(n)
    m = min(sample, n)
    temp = 0.1
    cool = temp / (iterations + 1)
    for _ in range(iterations):
        idx = rng.choice(n, size=m, replace=False)
        picked = pos[idx]
        dx = pos[:, 0:1] - picked[:, 0]
        dy = pos[:, 1:2] - picked[:, 1]
        inv = (k * k) / np.maximum(dx * dx + dy * dy, 1e-6)  # n x m repulsion factors
        # sum_j inv_ij (p_i - p_j) = p_i * sum_j inv_ij - inv @ p_j: two BLAS calls, no n x m x 2 array
        disp = (pos * inv.sum(axis=1)[:, None] - inv @ picked) * (n / m)
        d = pos[src] - pos[dst]
        dlen = np.sqrt(np.maximum((d ** 2).sum(axis=1), 1e-12))
        f = (w * dlen / k)[:, None] * d
        for axis in (0, 1):  # bincount: np.add.at is ~10x slower on 20k edges
            disp[:, axis] += np.bincount(dst, f[:, axis], minlength=n) - np.bincount(src, f[:, axis], minlength=n)
        length = np.maximum(np.sqrt((disp ** 2).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        temp -= cool
    return {v: pos[i] for i, v in enumerate(nodes)}


def subgraph_copy(graph: nx.Graph, nodes: Iterable[Any]) -> nx.Graph:
    """An independent copy of the induced subgraph (views annotate it freely)."""
    return graph.subgraph(list(nodes)).copy()
