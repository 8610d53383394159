"""Turn a laid-out networkx graph into one self-contained HTML page with pyvis.

pyvis builds the node and edge lists; the page comes from paperkg's own
template (`templates/view.html`), which inlines the vendored vis-network and
no other resource, so the page draws with no network.

Safety: nothing from a paper is ever written into the page as markup. Node
data reaches the page only as JSON inside a script (Jinja's `tojson`, which
escapes `<`, `>`, `&` and `'`), the page text goes through Jinja autoescaping,
and the template builds tooltips and the details panel with `textContent`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Mapping

import networkx as nx
from jinja2 import Environment, FileSystemLoader
from pyvis.edge import Edge
from pyvis.network import Network

HERE = Path(__file__).parent
TEMPLATE_DIR = HERE / "templates"
ASSET_DIR = HERE / "assets"
VIS_NETWORK_VERSION = "10.1.5"

# One colour per node type; the legend and the type filter are built from it.
KIND_COLOURS: dict[str, str] = {
    "Paper": "#8c8c8c",
    "Method": "#4e79a7",
    "Model": "#f28e2b",
    "Dataset": "#59a14f",
    "Metric": "#e15759",
    "Task": "#b07aa1",
    "Community": "#76b7b2",
}
OTHER_COLOUR = "#bab0ac"

MAX_EVIDENCE = 2  # sentences per tooltip
MAX_SENTENCE = 280  # characters kept of one evidence sentence
MAX_PAPERS = 8  # papers listed in the details panel
MAX_LABEL = 60  # characters of a label drawn on the canvas; the tooltip has all of it


@dataclass
class View:
    """One rendered page and what it shows.

    `omitted` names what was cut to fit `max_nodes`; the page says the same.
    """

    filename: str
    title: str
    description: str
    html: str = ""
    node_count: int = 0
    edge_count: int = 0
    total_nodes: int = 0
    omitted: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None  # set once written


def safe_url(url: Any) -> str | None:
    """Keep only http(s) links: a `javascript:` URL from a source file must never become a link."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    return url if re.match(r"^https?://[^\s]+$", url, flags=re.I) else None


def _clip(text: Any, limit: int = MAX_SENTENCE) -> str:
    s = " ".join(str(text).split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _scaled(scores: Mapping[Any, float], nodes: list) -> dict[Any, float]:
    """Scores mapped to 1..100 by square root, so a few hubs do not flatten the rest."""
    vals = {n: max(0.0, float(scores.get(n, 0.0) or 0.0)) ** 0.5 for n in nodes}
    top = max(vals.values(), default=0.0)
    if top <= 0:
        return {n: 10.0 for n in nodes}
    return {n: 1.0 + 99.0 * v / top for n, v in vals.items()}


def node_label(node: Any, attrs: Mapping[str, Any]) -> str:
    """The text a node shows: `label`, else `name` (concepts), else `title` (papers), else its id."""
    return str(attrs.get("label") or attrs.get("name") or attrs.get("title") or node)


def _aliases(name: str, aliases: Any, limit: int = 10) -> list[str]:
    """Other names, without the name itself or case-only repeats."""
    seen, out = {name.casefold()}, []
    for a in aliases or []:
        a = str(a).strip()
        if a and a.casefold() not in seen:
            seen.add(a.casefold())
            out.append(a)
    return out[:limit]


def node_record(node: Any, attrs: Mapping[str, Any]) -> dict[str, Any]:
    """The plain data the page needs about one node (no markup, ever)."""
    kind = str(attrs.get("kind") or "Concept")
    papers = []
    for p in list(attrs.get("paper_links") or [])[:MAX_PAPERS]:
        if isinstance(p, Mapping):
            papers.append(
                {
                    "title": _clip(p.get("title", ""), 200),
                    "url": safe_url(p.get("url")),
                    "page": safe_page(p.get("page")),
                }
            )
        else:
            papers.append({"title": _clip(p, 200), "url": None, "page": None})
    return {
        "name": node_label(node, attrs),
        "kind": kind,
        "aliases": _aliases(node_label(node, attrs), attrs.get("aliases")),
        "paper_count": attrs.get("paper_count"),
        "evidence": [_clip(s) for s in list(attrs.get("evidence") or [])[:MAX_EVIDENCE]],
        "papers": papers,
        "url": safe_url(attrs.get("url")),
        "detail": [_clip(s, 200) for s in list(attrs.get("detail") or [])[:6]],
    }


def vis_options(node_count: int, edge_count: int) -> dict[str, Any]:
    """vis-network options: positions come from Python, so physics is off.

    Node and label sizes are set per node (labels by the page's placement
    script, in screen pixels), so vis-network's own value scaling is unused.
    """
    return {
        "autoResize": True,
        "physics": {"enabled": False, "stabilization": {"enabled": False}},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
            "scaling": {"label": {"enabled": False, "drawThreshold": 3, "maxVisible": 60}},
            "font": {"face": "sans-serif", "color": "#222", "strokeWidth": 3, "strokeColor": "#ffffff"},
        },
        "edges": {
            "smooth": False,
            "color": {"color": "#b5bfca", "highlight": "#333", "hover": "#555", "inherit": False},
            "selectionWidth": 2,
        },
        "interaction": {
            "hover": node_count <= 3000,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": edge_count > 3000,
            "hideEdgesOnZoom": edge_count > 3000,
            "navigationButtons": False,
            "keyboard": False,
        },
    }


def edge_widths(weights: list[float], *, thinnest: float = 1.0, thickest: float = 7.0) -> list[float]:
    """Widths in px on a log scale from the lightest edge (thinnest) to the heaviest (thickest).

    >>> edge_widths([1, 10, 100])
    [1.0, 4.0, 7.0]
    """
    logs = [math.log(max(w, 1e-9)) for w in weights]
    lo, hi = min(logs, default=0.0), max(logs, default=0.0)
    if hi - lo < 1e-12:
        return [thinnest] * len(weights)
    return [round(thinnest + (thickest - thinnest) * (x - lo) / (hi - lo), 2) for x in logs]


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    """The vendored vis-network, checked to be safe to inline in a <script>."""
    js = (ASSET_DIR / "vis-network.min.js").read_text(encoding="utf-8")
    if re.search(r"</script|<!--", js, flags=re.I):  # would end or confuse the inline script
        raise RuntimeError("vendored vis-network cannot be inlined: holds </script or <!--")
    return js


@lru_cache(maxsize=1)
def _environment() -> Environment:
    # autoescape on: every {{ value }} in the page is HTML-escaped unless marked safe.
    # One environment, so each template compiles once (a site renders hundreds of pages);
    # render_graph sets every page global it reads before each render.
    return Environment(loader=FileSystemLoader(str(TEMPLATE_DIR)), autoescape=True)


@dataclass
class Look:
    """How a page draws its graph beyond positions and sizes (all optional).

    `importance` (0..1) sizes nodes within the view and orders who gets a label
    first; `hubs` are drawn faded and can be hidden; `strong` edges (pairs)
    are drawn, the others appear only around a selected node; `links` maps a
    node to the page it opens when clicked; `colours` and `legend` replace the
    colour-by-type scheme (the overview colours communities); `vis_src` is a
    relative path to a shared vis-network file (a site) instead of inlining it.
    """

    importance: Mapping[Any, float] | None = None
    hubs: frozenset = frozenset()
    strong: set | None = None
    links: Mapping[Any, str] = field(default_factory=dict)
    colours: Mapping[Any, str] = field(default_factory=dict)
    legend: list[dict] | None = None
    legend_title: str | None = None
    vis_src: str | None = None
    home: str | None = None  # the site's index page, linked from the header


def _node_sizes(importance: Mapping[Any, float], nodes: list, extent: float) -> dict[Any, float]:
    """Node radii in layout units: 4..22 px on screen once the page is fitted (about 450 px per
    `extent`), the largest smaller in crowded views so big nodes do not cover their neighbours."""
    unit = max(extent, 1.0) / 450.0
    top = min(22.0, max(12.0, 22.0 * math.sqrt(100.0 / max(len(nodes), 1))))
    return {n: round((3.5 + (top - 3.5) * max(0.0, min(1.0, float(importance.get(n, 0.0))))) * unit, 2) for n in nodes}


def safe_page(href: Any) -> str | None:
    """A relative link to another page of the site: a plain file name, nothing that could run."""
    if isinstance(href, str) and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*\.html", href):
        return href
    return None


def render_graph(
    graph: nx.Graph,
    positions: Mapping[Any, tuple[float, float]],
    *,
    scores: Mapping[Any, float],
    title: str,
    description: str,
    notes: list[str] | None = None,
    focus: Any = None,
    weight: str = "weight",
    details: Callable[[Any], Mapping[str, Any]] | None = None,
    edge_noun: str = "papers in common",
    size_note: str = "papers mentioning the concept",
    look: Look | None = None,
    links: list[dict] | None = None,
) -> str:
    """HTML for a graph whose nodes carry the view attributes (see paperkg.views).

    Every node of `graph` is drawn at `positions[node]`, sized by
    `look.importance` (default: `scores` scaled within the view); every edge
    is kept with its `weight`, the `look.strong` ones drawn. `details(node)`,
    when given, adds attributes (evidence, paper links) for just the nodes
    drawn. The page opens fitted to every node, the focus (if any) in the
    middle. An edge's tooltip reads "`edge_noun`: weight".
    """
    look = look or Look()
    # Sorted, so a graph gives the same page however its rows were read.
    nodes = sorted(graph.nodes, key=str)
    ids = {n: str(n) for n in nodes}
    importance = look.importance
    if importance is None:
        importance = {n: (v - 1.0) / 99.0 for n, v in _scaled(scores, nodes).items()}
    extent = max((max(abs(positions[n][0]), abs(positions[n][1])) for n in nodes), default=1.0)
    sizes = _node_sizes(importance, nodes, extent)
    kinds: dict[str, int] = {}

    net = Network(height="100%", width="100%", directed=False, cdn_resources="in_line")
    # pyvis's own template pulls Bootstrap and vis-network from CDNs; ours inlines.
    net.set_template_dir(str(TEMPLATE_DIR) + "/", "view.html")
    net.templateEnv = _environment()
    for n in nodes:
        attrs = graph.nodes[n] if details is None else {**graph.nodes[n], **details(n)}
        rec = node_record(n, attrs)
        rec["page"] = safe_page(look.links.get(n))
        rec["hub"] = n in look.hubs
        kinds[rec["kind"]] = kinds.get(rec["kind"], 0) + 1
        x, y = positions[n]
        colour = look.colours.get(n) or KIND_COLOURS.get(rec["kind"], OTHER_COLOUR)
        net.add_node(
            ids[n],
            label=_clip(rec["name"], MAX_LABEL),
            color=HUB_COLOUR if rec["hub"] and n != focus else colour,
            size=sizes[n],
            x=round(float(x), 1),
            y=round(float(y), 1),
            kind=rec["kind"],
            rank=round(float(importance.get(n, 0.0)), 4),
            info=rec,
        )
    # Network.add_edge scans every edge for duplicates (quadratic); a networkx
    # graph has none, so edges go in directly as pyvis Edge records.
    # Widths are computed here rather than by vis-network's `value` scaling, which
    # re-derives every edge's label options (~0.2 s of a 2,000-node page's start).
    raw = sorted(
        ((*sorted((u, v), key=str), float(d.get(weight, 1.0) or 1.0)) for u, v, d in graph.edges(data=True)),
        key=lambda e: (str(e[0]), str(e[1])),
    )
    strong = look.strong
    for (u, v, w), width in zip(raw, edge_widths([w for _, _, w in raw])):
        shown = strong is None or frozenset((u, v)) in strong
        hub = (u in look.hubs and u != focus) or (v in look.hubs and v != focus)
        opts = Edge(ids[u], ids[v], False, width=width, weight=w).options
        if not shown or hub:
            opts["weak"] = True
            opts["hidden"] = True
        net.edges.append(opts)
    net.options = vis_options(len(nodes), graph.number_of_edges())

    legend = look.legend
    if legend is None:
        legend = [
            {"kind": k, "label": k, "colour": KIND_COLOURS.get(k, OTHER_COLOUR), "count": kinds[k]}
            for k in sorted(kinds, key=lambda k: (list(KIND_COLOURS).index(k) if k in KIND_COLOURS else 99, k))
        ]
    hub_names = sorted((node_label(n, graph.nodes[n]) for n in look.hubs if n in graph and n != focus), key=str.lower)
    net.templateEnv.globals.update(
        page={
            "title": title,
            "description": description,
            "notes": list(notes or []),
            "legend": legend,
            "legend_title": look.legend_title,
            "focus": ids.get(focus) if focus is not None else None,
            "vis_version": VIS_NETWORK_VERSION,
            "edge_noun": edge_noun,
            "size_note": size_note,
            "hubs": hub_names,
            "home": safe_page(look.home),
            # The search box says what it finds: the kinds this page draws.
            "search_what": "community"
            if set(kinds) == {"Community"}
            else "concept or paper"
            if "Paper" in kinds
            else "concept",
            "links": list(links or []),  # [{href, text}]: pages of our own, such as a leaderboard
        },
        vis_js=None if look.vis_src else vis_network_js(),
        vis_src=look.vis_src,
    )
    return net.generate_html()


HUB_COLOUR = "#d9d9d9"
