"""The four views: a concept's neighbourhood, a community, a paper, the overview.

Each takes a networkx graph whose nodes carry the view attributes (see
`paperkg.views`) plus scores, picks what to show, lays it out with a seed and
returns a `View` holding the HTML. Nothing here reads a store or computes
analytics: the api layer passes both in.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from typing import Any, Callable, Iterable, Mapping

import networkx as nx

from paperkg.views.cut import (
    internal_strength,
    cut_ranked,
    describe_left_out,
    layout,
    rank_neighbourhood,
    strongest_edges,
    subgraph_copy,
)
from paperkg.views.focus import radial_layout, relevance
from paperkg.views.page import Look, View, node_label, render_graph

Details = Callable[[Any], Mapping[str, Any]]

DEFAULT_MAX_NODES = 300
DEFAULT_SEED = 7


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


#: Each node's heaviest links drawn by default; the rest show around a selected node.
STRONG_PER_NODE = 2


def backbone(
    graph: nx.Graph, *, per_node: int = STRONG_PER_NODE, skip: Iterable[Any] = (), weight: str = "weight"
) -> set[frozenset]:
    """The edges drawn by default: each node's `per_node` heaviest, none touching `skip` (hubs).

    >>> g = nx.Graph([("a", "b", {"weight": 3}), ("a", "c", {"weight": 1}), ("a", "d", {"weight": 2})])
    >>> sorted(tuple(sorted(e)) for e in backbone(g, per_node=1))
    [('a', 'b'), ('a', 'c'), ('a', 'd')]
    """
    skip = set(skip)
    out: set[frozenset] = set()
    for v in graph:
        if v in skip:
            continue
        nbrs = sorted(
            (u for u in graph[v] if u not in skip), key=lambda u: (-float(graph[v][u].get(weight, 1) or 0), str(u))
        )
        out.update(frozenset((v, u)) for u in nbrs[:per_node])
    return out


def importance_of(rel: Mapping[Any, float], focus: Any = None) -> dict[Any, float]:
    """Relevance scores spread over 0..1 by rank within the view (the focus gets 1).

    Rank, not raw score: personalised PageRank is so skewed that raw values
    would draw one big node and a field of dots.
    """
    others = sorted((n for n in rel if n != focus), key=lambda n: (-float(rel[n]), str(n)))
    k = max(len(others) - 1, 1)
    out = {n: 0.85 * (1.0 - i / k) ** 2 for i, n in enumerate(others)}
    if focus is not None and focus in rel:
        out[focus] = 1.0
    return out


def _finish(
    view: View,
    graph: nx.Graph,
    *,
    scores: Mapping[Any, float],
    notes: list[str],
    focus: Any,
    seed: int,
    max_edges: int | None,
    details: Details | None = None,
    edge_noun: str = "papers in common",
    size_note: str = "papers mentioning the concept",
    hubs: Iterable[Any] = (),
    look: Look | None = None,
    rel: Mapping[Any, float] | None = None,
    links: list[dict] | None = None,
) -> View:
    """Trim edges, rank by relevance, lay out around the focus, render; record counts on the view."""
    look = look or Look()
    total_edges = graph.number_of_edges()
    shown = strongest_edges(graph, _max_edges(graph.number_of_nodes(), max_edges))
    if shown.number_of_edges() < total_edges:
        notes.append(f"Showing the {shown.number_of_edges():,} strongest of {total_edges:,} links between these nodes.")
    hubs = frozenset(h for h in hubs if h in shown and h != focus)
    if rel is None:
        rel = (
            relevance(shown, focus, hubs=hubs)
            if focus is not None and focus in shown
            else {n: float(scores.get(n, 0.0)) for n in shown}
        )
    importance = look.importance if look.importance is not None else importance_of(rel, focus)
    strong = backbone(shown, skip=hubs)
    drawn = nx.Graph()
    drawn.add_nodes_from(shown)
    drawn.add_edges_from((u, v, shown[u][v]) for u, v in (tuple(e) for e in strong))
    pos = layout(drawn, seed=seed, center=focus)
    if focus is not None and focus in pos and shown.number_of_nodes() > 2:
        radius = max(max(abs(x), abs(y)) for x, y in pos.values()) or 1.0
        pos = radial_layout(pos, focus, importance, radius=radius)
    look.importance, look.hubs, look.strong = importance, hubs, strong
    view.html = render_graph(
        shown,
        pos,
        scores=scores,
        title=view.title,
        description=view.description,
        notes=notes,
        focus=focus,
        details=details,
        edge_noun=edge_noun,
        size_note=size_note,
        look=look,
        links=links,
    )
    view.node_count, view.edge_count = shown.number_of_nodes(), shown.number_of_edges()
    return view


def concept_filename(concept: Any, hops: int = 1) -> str:
    """`concept-<slug>-<hops>hop.html`: each view of a concept has its own file."""
    return f"concept-{slug(concept)}-{hops}hop.html"


def community_filename(community_id: Any) -> str:
    return f"community-{slug(community_id)}.html"


def paper_filename(paper: Any) -> str:
    return f"paper-{slug(paper)}.html"


def render_concept_view(
    graph: nx.Graph,
    concept: Any,
    *,
    scores: Mapping[Any, float] | None = None,
    hops: int = 1,
    max_nodes: int = DEFAULT_MAX_NODES,
    max_edges: int | None = None,
    seed: int = DEFAULT_SEED,
    details: Details | None = None,
    size_note: str = "papers mentioning the concept",
    hubs: Iterable[Any] = (),
    look: Look | None = None,
    links: list[dict] | None = None,
) -> View:
    """A concept and the concepts within `hops` of it in the co-occurrence graph.

    More than `max_nodes` are cut by link weight (nearest hop first, then the
    strongest links, then `scores`); the page says how many were left out and
    which. Nodes are sized and labelled by relevance to the concept
    (personalised PageRank); `hubs` are drawn faded and never crossed to
    reach a second hop. `size_note` says what `scores` are; `links`
    ({href, text}) go in the header, such as a dataset's leaderboard page.
    """
    if hops not in (1, 2):
        raise ValueError(f"hops must be 1 or 2, got {hops}")
    scores = scores or {}
    hubs = set(hubs) - {concept}
    ranked = rank_neighbourhood(graph, concept, hops=hops, scores=scores, hubs=hubs)
    kept, left = cut_ranked([n for n, _, _ in ranked], max_nodes)
    sub = subgraph_copy(graph, kept)
    name = _label(graph, concept)
    kind = graph.nodes[concept].get("kind") or "Concept"
    total = len(ranked)
    noun = "concept" if total - 1 == 1 else "concepts"
    desc = f"{name} ({kind}) and the {total - 1} {noun} within {hops} hop{'s' if hops > 1 else ''}"
    desc += f"; {len(kept)} of {total} shown." if left else "."
    notes = [describe_left_out(graph, left)] if left else []
    view = View(
        filename=concept_filename(concept, hops),
        title=f"{name}: {hops}-hop neighbourhood",
        description=desc,
        total_nodes=total,
        omitted={"nodes": len(left), "names": [_label(graph, n) for n in left[:20]]},
    )
    return _finish(
        view,
        sub,
        scores=scores,
        notes=notes,
        focus=concept,
        seed=seed,
        max_edges=max_edges,
        details=details,
        size_note=size_note,
        hubs=hubs,
        look=look,
        links=links,
    )


def render_community_view(
    graph: nx.Graph,
    members: Iterable[Any],
    *,
    community_id: Any,
    scores: Mapping[Any, float] | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    max_edges: int | None = None,
    seed: int = DEFAULT_SEED,
    details: Details | None = None,
    size_note: str = "papers mentioning the concept",
    hubs: Iterable[Any] = (),
    look: Look | None = None,
    papers: int | None = None,
) -> View:
    """The concepts of one community and the links among them, cut to the top
    scores (`size_note` says what they are). Titled with its leading concepts
    and its size; opens fitted to the whole community."""
    scores = scores or {}
    members = [m for m in members if m in graph]
    strength = internal_strength(graph, members)
    ranked = sorted(members, key=lambda n: (-float(scores.get(n, 0.0)), -strength.get(n, 0), str(n)))
    kept, left = cut_ranked(ranked, max_nodes)
    sub = subgraph_copy(graph, kept)
    leaders = ", ".join(_label(graph, n) for n in ranked[:3])
    size = f"{len(members)} concepts" + (f", {papers:,} papers" if papers is not None else "")
    desc = f"Community {community_id}: {size}, led by {leaders}"
    desc += f"; the {len(kept)} mentioned most shown." if left else "."
    notes = [describe_left_out(graph, left).replace("weakest links", "lowest scores")] if left else []
    view = View(
        filename=community_filename(community_id),
        title=f"Community {community_id}: {community_label(graph, ranked)} ({size})",
        description=desc,
        total_nodes=len(members),
        omitted={"nodes": len(left), "names": [_label(graph, n) for n in left[:20]]},
    )
    rel = {n: float(scores.get(n, 0.0)) + 1e-3 * strength.get(n, 0) for n in sub}
    return _finish(
        view,
        sub,
        scores=scores,
        notes=notes,
        focus=None,
        seed=seed,
        max_edges=max_edges,
        details=details,
        size_note=size_note,
        hubs=hubs,
        look=look,
        rel=rel,
    )


def community_label(graph: nx.Graph, ranked: list[Any], *, count: int = 2) -> str:
    """A community's short name: its leading concepts, `a / b`."""
    return " / ".join(_label(graph, n) for n in ranked[:count]) or "empty"


def render_paper_view(
    graph: nx.Graph,
    paper: Any,
    *,
    scores: Mapping[Any, float] | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    max_edges: int | None = None,
    seed: int = DEFAULT_SEED,
    details: Details | None = None,
    hubs: Iterable[Any] = (),
    look: Look | None = None,
) -> View:
    """A paper, its concepts, and the papers that share the most concepts with it.

    `graph` is the paper-concept bipartite graph (papers have kind `Paper`).
    Sharing only `hubs` (concepts nearly every paper names) does not bring a
    paper in.
    """
    scores = scores or {}
    hubs = set(hubs)
    concepts = sorted(
        graph[paper], key=lambda c: (-float(graph[paper][c].get("weight", 1)), -float(scores.get(c, 0.0)), str(c))
    )
    shared: Counter = Counter()
    for c in concepts:
        if c in hubs:
            continue
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
    desc = f"The paper \u201c{title}\u201d, its {len(concepts)} concepts and {len(others)} papers sharing them" + (
        f"; {len(kept)} of {1 + len(concepts) + len(others)} shown." if left else "."
    )
    notes = [describe_left_out(graph, left)] if left else []
    # Papers are sized by how many concepts they share, concepts by their score.
    sizes = {
        **{c: float(scores.get(c, graph.nodes[c].get("paper_count") or 1)) for c in concepts},
        **{p: float(shared[p]) for p in others},
    }
    top = max(sizes.values(), default=1.0)
    sizes[paper] = top
    view = View(
        filename=paper_filename(paper),
        title=title,
        description=desc,
        total_nodes=1 + len(concepts) + len(others),
        omitted={"nodes": len(left), "names": [_label(graph, n) for n in left[:20]]},
    )
    return _finish(
        view,
        sub,
        scores=sizes,
        notes=notes,
        focus=paper,
        seed=seed,
        max_edges=max_edges,
        details=details,
        edge_noun="mentions",
        size_note="papers mentioning a concept; concepts shared, for papers",
        hubs=hubs,
        look=look,
    )


#: Distinct community colours (Tableau 10 and its light partners, reordered so neighbours differ);
#: communities past the palette share a neutral grey.
COMMUNITY_COLOURS = [
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#b07aa1",
    "#76b7b2",
    "#edc948",
    "#9c755f",
    "#ff9da7",
    "#17becf",
    "#a0cbe8",
    "#ffbe7d",
    "#8cd17d",
    "#b6992d",
    "#d37295",
    "#86bcb6",
    "#f1ce63",
    "#d4a6c8",
    "#bcbd22",
    "#79706e",
]
SMALL_COMMUNITY_COLOUR = "#c9c9c9"


def render_overview(
    graph: nx.Graph,
    communities: list[Iterable[Any]],
    *,
    community_papers: Mapping[int, int] | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    seed: int = DEFAULT_SEED,
    scores: Mapping[Any, float] | None = None,
    look: Look | None = None,
) -> View:
    """Communities as super-nodes sized by their papers, linked by the co-occurrence between them.

    Community `i` is `communities[i]`; `community_papers[i]` is how many papers
    mention any of its concepts (falls back to the largest concept's count).
    `scores` ranks concepts when naming a community by its leaders. Each
    community has its own colour (the legend names it and links to its page),
    and a click on it opens `community-i.html`.
    """
    scores = scores or {}
    look = look or Look()
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
            f"community:{i}",
            label=f"{i}: {community_label(graph, leaders)}",
            kind="Community",
            paper_count=n_papers,
            detail=[
                f"{len(c)} concepts ({', '.join(f'{k} {v}' for k, v in kinds.most_common())})",
                "leaders: " + ", ".join(_label(graph, n) for n in leaders[:8]),
                f"its page: {community_filename(i)} (paperkg view community {i}, or paperkg site)",
            ],
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
    notes = (
        [f"Left out {len(left)} smaller communities ({sum(len(comms[int(n.split(':')[1])]) for n in left)} concepts)."]
        if left
        else []
    )
    view = View(
        filename="overview.html",
        title="Overview: communities",
        description=desc,
        total_nodes=len(comms),
        omitted={"nodes": len(left)},
    )
    colours, legend = {}, []
    for rank, n in enumerate(kept):
        i = int(n.split(":")[1])
        colour = COMMUNITY_COLOURS[rank] if rank < len(COMMUNITY_COLOURS) else SMALL_COMMUNITY_COLOUR
        colours[n] = colour
        if rank < len(COMMUNITY_COLOURS):
            legend.append(
                {
                    "label": sub.nodes[n]["label"],
                    "colour": colour,
                    "href": community_filename(i),
                    "count": f"{int(size[n]):,} papers",
                }
            )
    if len(kept) > len(COMMUNITY_COLOURS):
        legend.append(
            {
                "label": f"{len(kept) - len(COMMUNITY_COLOURS)} smaller communities",
                "colour": SMALL_COMMUNITY_COLOUR,
                "href": None,
                "kind": "Community",
                "count": f"{int(sum(size[n] for n in kept[len(COMMUNITY_COLOURS) :])):,} papers",
            }
        )
    look.colours = {**colours, **look.colours}
    look.legend = legend
    look.legend_title = "Communities"
    rel = {n: size[n] for n in sub}
    biggest = max(rel.values(), default=0.0) or 1.0
    look.importance = {n: 0.08 + 0.92 * math.sqrt(v / biggest) for n, v in rel.items()}  # area ~ papers
    return _finish(
        view,
        sub,
        scores=size,
        notes=notes,
        focus=None,
        seed=seed,
        max_edges=None,
        edge_noun="concept pairs' papers in common, summed",
        size_note="papers in the community",
        look=look,
        rel=rel,
    )
