"""The four views: a concept's neighbourhood, a community, a paper, the overview.

Each takes a networkx graph whose nodes carry the view attributes (see
`paperkg.views`) plus scores, picks what to show, lays it out with a seed and
returns a `View` holding the HTML. Nothing here reads a store or computes
analytics: the api layer passes both in.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from typing import Any, Callable, Iterable, Mapping

import networkx as nx

from paperkg.views.cut import (
    cut_ranked,
    describe_left_out,
    layout,
    rank_neighbourhood,
    strongest_edges,
    subgraph_copy,
)
from paperkg.views.page import View, node_label, render_graph

Details = Callable[[Any], Mapping[str, Any]]

DEFAULT_MAX_NODES = 300
DEFAULT_SEED = 7
FIT_ALL_MAX = 80  # views up to this many nodes open showing all of them
FIT_NEIGHBOURS = 40


_PLAIN_KEY = re.compile(r"(?:[A-Z][a-z]+:)?[a-z0-9]+(?:-[a-z0-9]+)*|\d{4}\.\d{4,5}")  # keys, arXiv ids


def slug(text: Any, limit: int = 60) -> str:
    """A file-name-safe slug, one per key: `Metric:c3` -> `metric-c3`.

    A key the slug would not spell back exactly (`Dataset:humaneval+` next to
    `Dataset:humaneval`, spaces, dots, other scripts, a cut) gets a short hash
    of the key, so two concepts never write one file.
    """
    text = str(text)
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:limit].rstrip("-") or "x"
    if _PLAIN_KEY.fullmatch(text) and len(text) <= limit:
        return s
    return f"{s}-{hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def _label(graph: nx.Graph, n: Any) -> str:
    return node_label(n, graph.nodes[n])


def _max_edges(node_count: int, max_edges: int | None) -> int:
    # Enough for structure, few enough to draw fast: 6 per node (4 past 1,000
    # nodes, where building vis-network's edges dominates the page's start), at least 2,000.
    if max_edges is not None:
        return max_edges
    return max(2000, (6 if node_count <= 1000 else 4) * node_count)


def _finish(view: View, graph: nx.Graph, *, scores: Mapping[Any, float], notes: list[str],
            focus: Any, seed: int, max_edges: int | None, details: Details | None = None,
            edge_noun: str = "papers in common", size_note: str = "papers mentioning the concept",
            links: list[dict] | None = None) -> View:
    """Trim edges, lay out, render; record counts on the view."""
    total_edges = graph.number_of_edges()
    shown = strongest_edges(graph, _max_edges(graph.number_of_nodes(), max_edges))
    if shown.number_of_edges() < total_edges:
        notes.append(f"Showing the {shown.number_of_edges():,} strongest of {total_edges:,} links "
                     "between these nodes.")
    pos = layout(shown, seed=seed, center=focus)
    fit = None
    if focus is not None and shown.number_of_nodes() > FIT_ALL_MAX:
        # Open zoomed on the focus and its strongest links, not on the whole hairball.
        strongest = sorted(shown[focus], key=lambda v: (-float(shown[focus][v].get("weight", 1) or 0), str(v)))
        fit = [focus, *strongest[:FIT_NEIGHBOURS]]
    view.html = render_graph(shown, pos, scores=scores, title=view.title, description=view.description,
                             notes=notes, focus=focus, details=details, fit=fit, edge_noun=edge_noun,
                             size_note=size_note, links=links)
    view.node_count, view.edge_count = shown.number_of_nodes(), shown.number_of_edges()
    return view


def render_concept_view(
    graph: nx.Graph, concept: Any, *, scores: Mapping[Any, float] | None = None, hops: int = 1,
    max_nodes: int = DEFAULT_MAX_NODES, max_edges: int | None = None, seed: int = DEFAULT_SEED,
    details: Details | None = None, size_note: str = "papers mentioning the concept",
    links: list[dict] | None = None,
) -> View:
    """A concept and the concepts within `hops` of it in the co-occurrence graph.

    More than `max_nodes` are cut by link weight (nearest hop first, then the
    strongest links, then `scores`); the page says how many were left out and
    which. `size_note` says what `scores` are (nodes are sized by them);
    `links` ({href, text}) go in the header, such as a dataset's leaderboard page.
    """
    if hops not in (1, 2):
        raise ValueError(f"hops must be 1 or 2, got {hops}")
    scores = scores or {}
    ranked = rank_neighbourhood(graph, concept, hops=hops, scores=scores)
    kept, left = cut_ranked([n for n, _, _ in ranked], max_nodes)
    sub = subgraph_copy(graph, kept)
    name = _label(graph, concept)
    kind = graph.nodes[concept].get("kind") or "Concept"
    total = len(ranked)
    noun = "concept" if total - 1 == 1 else "concepts"
    desc = f"{name} ({kind}) and the {total - 1} {noun} within {hops} hop{'s' if hops > 1 else ''}"
    desc += f"; {len(kept)} of {total} shown." if left else "."
    notes = [describe_left_out(graph, left)] if left else []
    view = View(filename=f"concept-{slug(concept)}.html", title=f"{name}: {hops}-hop neighbourhood",
                description=desc, total_nodes=total,
                omitted={"nodes": len(left), "names": [_label(graph, n) for n in left[:20]]})
    return _finish(view, sub, scores=scores, notes=notes, focus=concept, seed=seed, max_edges=max_edges,
                   details=details, size_note=size_note, links=links)


def render_community_view(
    graph: nx.Graph, members: Iterable[Any], *, community_id: Any,
    scores: Mapping[Any, float] | None = None, max_nodes: int = DEFAULT_MAX_NODES,
    max_edges: int | None = None, seed: int = DEFAULT_SEED, details: Details | None = None,
    size_note: str = "papers mentioning the concept",
) -> View:
    """The concepts of one community and the links among them, cut to the top
    scores (`size_note` says what they are)."""
    scores = scores or {}
    members = [m for m in members if m in graph]
    strength = dict(graph.subgraph(members).degree(weight="weight"))
    ranked = sorted(members, key=lambda n: (-float(scores.get(n, 0.0)), -strength.get(n, 0), str(n)))
    kept, left = cut_ranked(ranked, max_nodes)
    sub = subgraph_copy(graph, kept)
    leaders = ", ".join(_label(graph, n) for n in ranked[:3])
    desc = f"Community {community_id}: {len(members)} concepts, led by {leaders}"
    desc += f"; {len(kept)} shown." if left else "."
    notes = [describe_left_out(graph, left).replace("weakest links", "lowest scores")] if left else []
    view = View(filename=f"community-{slug(community_id)}.html", title=f"Community {community_id}",
                description=desc, total_nodes=len(members),
                omitted={"nodes": len(left), "names": [_label(graph, n) for n in left[:20]]})
    focus = ranked[0] if ranked else None
    return _finish(view, sub, scores=scores, notes=notes, focus=focus, seed=seed, max_edges=max_edges,
                   details=details, size_note=size_note)


def render_paper_view(
    graph: nx.Graph, paper: Any, *, scores: Mapping[Any, float] | None = None,
    max_nodes: int = DEFAULT_MAX_NODES, max_edges: int | None = None, seed: int = DEFAULT_SEED,
    details: Details | None = None,
) -> View:
    """A paper, its concepts, and the papers that share the most concepts with it.

    `graph` is the paper-concept bipartite graph (papers have kind `Paper`).
    """
    scores = scores or {}
    concepts = sorted(graph[paper], key=lambda c: (-float(graph[paper][c].get("weight", 1)),
                                                   -float(scores.get(c, 0.0)), str(c)))
    shared: Counter = Counter()
    for c in concepts:
        for p in graph[c]:
            if p != paper:
                shared[p] += 1
    others = sorted(shared, key=lambda p: (-shared[p], -float(scores.get(p, 0.0)), str(p)))
    kept, left = cut_ranked([paper, *concepts, *others], max_nodes)
    sub = subgraph_copy(graph, kept)
    for p in others:
        if p in sub:
            sub.nodes[p]["detail"] = [f"shares {shared[p]} concept{'s' if shared[p] > 1 else ''} with this paper"]
    title = _label(graph, paper)
    desc = (f"The paper \u201c{title}\u201d, its {len(concepts)} concepts and {len(others)} papers sharing them"
            + (f"; {len(kept)} of {1 + len(concepts) + len(others)} shown." if left else "."))
    notes = [describe_left_out(graph, left)] if left else []
    # Papers are sized by how many concepts they share, concepts by their score.
    sizes = {**{c: float(scores.get(c, graph.nodes[c].get("paper_count") or 1)) for c in concepts},
             **{p: float(shared[p]) for p in others}}
    top = max(sizes.values(), default=1.0)
    sizes[paper] = top
    view = View(filename=f"paper-{slug(paper)}.html", title=title, description=desc,
                total_nodes=1 + len(concepts) + len(others),
                omitted={"nodes": len(left), "names": [_label(graph, n) for n in left[:20]]})
    return _finish(view, sub, scores=sizes, notes=notes, focus=paper, seed=seed, max_edges=max_edges,
                   details=details, edge_noun="mentions",
                   size_note="papers mentioning a concept; concepts shared, for papers")


def render_overview(
    graph: nx.Graph, communities: list[Iterable[Any]], *, community_papers: Mapping[int, int] | None = None,
    max_nodes: int = DEFAULT_MAX_NODES, seed: int = DEFAULT_SEED, scores: Mapping[Any, float] | None = None,
) -> View:
    """Communities as super-nodes sized by their papers, linked by the co-occurrence between them.

    Community `i` is `communities[i]`; `community_papers[i]` is how many papers
    mention any of its concepts (falls back to the largest concept's count).
    `scores` ranks concepts when naming a community by its leaders.
    """
    scores = scores or {}
    member_of: dict[Any, int] = {}
    comms = [[m for m in c if m in graph] for c in communities]
    for i, c in enumerate(comms):
        for m in c:
            member_of[m] = i
    papers = dict(community_papers or {})
    g = nx.Graph()
    for i, c in enumerate(comms):
        leaders = sorted(c, key=lambda n: (-float(scores.get(n, graph.nodes[n].get("paper_count") or 0)), str(n)))
        n_papers = papers.get(i, max((graph.nodes[m].get("paper_count") or 0 for m in c), default=0))
        kinds = Counter(str(graph.nodes[m].get("kind") or "other") for m in c)
        g.add_node(
            f"community:{i}", label=f"{i}: " + ", ".join(_label(graph, n) for n in leaders[:3]),
            kind="Community", paper_count=n_papers,
            detail=[f"{len(c)} concepts ({', '.join(f'{k} {v}' for k, v in kinds.most_common())})",
                    "leaders: " + ", ".join(_label(graph, n) for n in leaders[:8]),
                    f"open: paperkg view community {i}"],
        )
    for u, v, d in graph.edges(data=True):
        cu, cv = member_of.get(u), member_of.get(v)
        if cu is None or cv is None or cu == cv:
            continue
        a, b = f"community:{cu}", f"community:{cv}"
        w = float(d.get("weight", 1.0) or 1.0)
        if g.has_edge(a, b):
            g[a][b]["weight"] += w
        else:
            g.add_edge(a, b, weight=w)
    size = {n: float(g.nodes[n]["paper_count"] or 0) for n in g}
    ranked = sorted(g, key=lambda n: (-size[n], int(n.split(":")[1])))
    kept, left = cut_ranked(ranked, max_nodes) if ranked else ([], [])
    sub = subgraph_copy(g, kept)
    desc = f"All {len(comms)} communities of the concept graph as nodes sized by papers"
    desc += f"; the {len(kept)} largest shown." if left else "."
    if not comms:
        desc = "No communities yet: no two concepts share a paper."
    notes = [f"Left out {len(left)} smaller communities ({sum(len(comms[int(n.split(':')[1])]) for n in left)} "
             "concepts)."] if left else []
    view = View(filename="overview.html", title="Overview: communities", description=desc,
                total_nodes=len(comms), omitted={"nodes": len(left)})
    focus = ranked[0] if ranked else None
    return _finish(view, sub, scores=size, notes=notes, focus=focus, seed=seed, max_edges=None,
                   edge_noun="concept pairs' papers in common, summed", size_note="papers in the community")
