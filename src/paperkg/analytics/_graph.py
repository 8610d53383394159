"""Small helpers the analytics share: which nodes are concepts, and a canonical
copy of a graph so that seeded algorithms give the same answer however the
rows were ordered when the graph was read."""

from __future__ import annotations

import functools
import gc
from typing import Callable, Iterable, Iterator

import networkx as nx

PAPER = "Paper"


def is_concept(attrs: dict) -> bool:
    """Concept nodes carry their kind; paper nodes carry kind="Paper"."""
    return attrs.get("kind", PAPER) != PAPER


def concept_nodes(G: nx.Graph, kind: str | None = None) -> Iterator[tuple[str, dict]]:
    """(key, attrs) of every concept node, optionally only those of one kind."""
    for n, a in G.nodes(data=True):
        if is_concept(a) and (kind is None or a.get("kind") == kind):
            yield n, a


def _canonical_graph(G: nx.Graph, nodes: Iterable | None = None, *, weight: str | None = "weight") -> nx.Graph:
    """A new graph on `nodes` (default all) with nodes and edges inserted in sorted
    order, carrying only the edge weight: the input of every seeded algorithm."""
    keep = sorted(G if nodes is None else nodes)
    H = nx.Graph()
    H.add_nodes_from(keep)
    keep_set = set(keep)
    edges = []
    for u, v, d in G.edges(keep, data=True):
        if u in keep_set and v in keep_set:
            a, b = (u, v) if u <= v else (v, u)
            edges.append((a, b, d.get(weight, 1) if weight else 1))
    edges.sort()
    H.add_weighted_edges_from(edges, weight=weight or "weight")
    return H


def label(G: nx.Graph, node) -> str:
    """What a person reads for a node: a concept's name or a paper's title."""
    a = G.nodes[node]
    return a.get("name") or a.get("title") or str(node)


def gc_paused(fn: Callable) -> Callable:
    """Run `fn` with the cyclic garbage collector paused.

    Building a graph allocates millions of dicts that all stay alive; the
    collector keeps rescanning them and frees nothing. Pausing it halves the
    CPU time of a 100k-paper projection (benchmarks/analytics.py).
    """

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return wrapper


canonical_graph = gc_paused(_canonical_graph)
