"""What matters around a focus: relevance (personalised PageRank), hub concepts, a focus-centred layout.

Pure networkx/numpy: no I/O, the input graph is never changed. These decide
how a neighbourhood reads, so they live with the views rather than analytics.
"""

from __future__ import annotations

import math
from typing import Any, Iterable, Mapping

import networkx as nx
import numpy as np

#: Hubs are the concepts with the most links: this share of all concepts, within the bounds below.
HUB_SHARE = 0.006
HUB_MIN, HUB_MAX = 3, 25
#: An edge touching a hub counts this much when ranking relevance: hubs link everything, so they say little.
HUB_EDGE_WEIGHT = 0.1


def hub_nodes(
    graph: nx.Graph, *, share: float = HUB_SHARE, lo: int = HUB_MIN, hi: int = HUB_MAX, weight: str | None = None
) -> set:
    """The nodes with the most links (top `share`, at least `lo`, at most `hi`), e.g. accuracy, Transformer.

    They co-occur with nearly everything, so a neighbourhood drawn through them
    is a hairball. Only nodes with more links than the median qualify.

    >>> g = nx.star_graph(5)
    >>> sorted(hub_nodes(g, lo=1, hi=1))
    [0]
    """
    if graph.number_of_nodes() == 0:
        return set()
    deg = dict(graph.degree(weight=weight))
    k = max(lo, min(hi, round(share * len(deg))))
    median = float(np.median(list(deg.values())))
    ranked = sorted(deg, key=lambda n: (-deg[n], str(n)))
    return {n for n in ranked[:k] if deg[n] > median}


def relevance(
    graph: nx.Graph, focus: Any, *, hubs: Iterable[Any] = (), weight: str = "weight", alpha: float = 0.85
) -> dict[Any, float]:
    """Personalised PageRank from `focus`, normalised so the focus scores 1.

    Edges touching a hub (other than the focus) count `HUB_EDGE_WEIGHT` of
    their weight, so a metric every paper reports does not outrank the
    concepts that are really about the focus.

    >>> g = nx.Graph([("a", "b", {"weight": 5}), ("a", "c", {"weight": 1})])
    >>> r = relevance(g, "a"); r["a"], r["b"] > r["c"]
    (1.0, True)
    """
    if focus not in graph:
        raise KeyError(focus)
    hubs = set(hubs) - {focus}
    g = nx.Graph()
    g.add_nodes_from(graph)
    for u, v, d in graph.edges(data=True):
        w = float(d.get(weight, 1.0) or 0.0)
        g.add_edge(u, v, w=w * (HUB_EDGE_WEIGHT if u in hubs or v in hubs else 1.0))
    pr = nx.pagerank(g, alpha=alpha, personalization={focus: 1.0}, weight="w", max_iter=200, tol=1e-8)
    top = max(pr.values()) or 1.0
    out = {n: float(s) / top for n, s in pr.items()}
    out[focus] = 1.0
    return out


def radial_layout(
    positions: Mapping[Any, tuple[float, float]], focus: Any, importance: Mapping[Any, float], *, radius: float
) -> dict[Any, tuple[float, float]]:
    """Re-place nodes on a disc around `focus`: angles from `positions`, nearness from importance.

    Keeps the force layout's sense of direction (clusters stay together) while
    putting the focus exactly in the middle and the most relevant nodes
    closest to it. Radii grow with the square root of rank, so the disc is
    evenly filled and the page, fitted to it, shows the focus at its centre.
    """
    others = [n for n in positions if n != focus]
    if not others:
        return {focus: (0.0, 0.0)} if focus in positions else {}
    fx, fy = positions.get(focus, (0.0, 0.0))
    xy = {n: (positions[n][0] - fx, positions[n][1] - fy) for n in others}
    far = max(math.hypot(*xy[n]) for n in others) or 1.0
    # Rank by a blend of relevance and closeness in the force layout, so the
    # radius keeps some of the layout's structure.
    key = {n: 0.6 * float(importance.get(n, 0.0)) + 0.4 * (1.0 - math.hypot(*xy[n]) / far) for n in others}
    order = sorted(others, key=lambda n: (-key[n], str(n)))
    count = len(order)
    out = {focus: (0.0, 0.0)} if focus in positions else {}
    inner = 0.18 if count > 6 else 0.45
    for i, n in enumerate(order):
        r = radius * (inner + (1 - inner) * math.sqrt((i + 1) / count))
        x, y = xy[n]
        a = math.atan2(y, x) if (x or y) else 2 * math.pi * i / count
        out[n] = (r * math.cos(a), r * math.sin(a))
    return _spread_angles(out, focus, radius)


#: Above this many nodes the pairwise push is skipped (quadratic memory); big views are dense anyway.
SPREAD_MAX = 700


def _spread_angles(
    pos: dict[Any, tuple[float, float]],
    focus: Any,
    radius: float,
    *,
    rounds: int = 30,
) -> dict[Any, tuple[float, float]]:
    """Push apart nodes that landed on top of each other (same angle, similar radius)."""
    nodes = [n for n in pos if n != focus]
    if len(nodes) < 2 or len(nodes) > SPREAD_MAX:
        return pos
    xy = np.array([pos[n] for n in nodes], dtype=float)
    gap = radius * 1.6 / math.sqrt(len(nodes) + 1)  # about the mean spacing of an even disc
    for _ in range(rounds):
        d = xy[:, None, :] - xy[None, :, :]
        dist = np.sqrt((d**2).sum(-1)) + np.eye(len(nodes)) * 1e9
        push = np.clip(gap - dist, 0, None) / np.maximum(dist, 1e-6)
        if not push.any():
            break
        xy += 0.25 * (d * push[:, :, None]).sum(axis=1)
        r = np.sqrt((xy**2).sum(1))
        too_far = r > radius
        xy[too_far] *= (radius / r[too_far])[:, None]
    out = {n: (float(x), float(y)) for n, (x, y) in zip(nodes, xy)}
    if focus in pos:
        out[focus] = (0.0, 0.0)
    return out
