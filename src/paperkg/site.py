"""`paperkg site`: the whole graph as a static, self-contained, linked set of pages.

Reads the store once (through the same cached projections as the analytics
commands), decides every page the site has, and hands them to
`views.site.write_pages`, which renders only the pages whose inputs changed.
Pages come from the builders in `PAGE_BUILDERS`; a new kind of page (the
leaderboards) plugs in by adding a builder.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import numpy as np

from paperkg import api, cached, config
from paperkg.api.views import communities_graph, concept_hubs, paper_counts

DEFAULT_TOP = 300
CONCEPT_PAGE_NODES = 80  # a concept page draws its 1-hop neighbourhood, cut to this many
COMMUNITY_PAGE_NODES = 150
EDGES_PER_NODE = 6  # links kept per node on a site's graph page (each node's 2 strongest are drawn)
SIMILAR = 8  # papers listed as sharing a paper's concepts
SITE_DIR = config.DEFAULT_GRAPH_DIR / "site"


@dataclass
class SiteData:
    """Everything the page builders read, loaded once."""

    store: str | None
    top: int
    graph: Any  # concept co-occurrence graph (networkx)
    communities: list[dict]
    community_papers: dict[int, int]
    concepts: dict[str, dict]
    papers: dict[str, dict]
    paper_concepts: dict[str, list[tuple[str, int]]]
    hubs: set
    top_concepts: list[str]
    trends: dict
    links: Any = None  # views.site_links.PageLinks of every page the site has
    details: Any = None  # NodeDetails for the nodes the graph pages draw
    extras: list[dict] = field(default_factory=list)  # index entries added by builders
    boards: dict[str, dict] = field(default_factory=dict)  # dataset key -> leaderboard with confident scores
    tasks: dict[str, dict] = field(default_factory=dict)  # task key -> task overview with evaluated datasets


def _look(data: SiteData):
    from paperkg.views.page import Look
    from paperkg.views.site import VIS_ASSET

    return Look(links=data.links, vis_src=VIS_ASSET, home="index.html")


def overview_pages(data: SiteData) -> Iterable:
    from paperkg import views
    from paperkg.views.site import Page

    members = [c["members"] for c in data.communities]
    fp = {
        "members": members,
        "papers": data.community_papers,
        "edges": sorted((u, v, w) for u, v, w in data.graph.edges(data="weight")),
    }

    def render() -> str:
        return views.render_overview(
            data.graph,
            members,
            community_papers=data.community_papers,
            scores=paper_counts(data.graph),
            look=_look(data),
        ).html

    yield Page("overview.html", fp, render, kind="overview")


def _subgraph_fingerprint(data: SiteData, nodes: list[str]) -> dict:
    from paperkg.views.cut import induced_edges

    return {
        "nodes": [
            (
                n,
                data.concepts.get(n, {}).get("name"),
                data.concepts.get(n, {}).get("paper_count"),
                n in data.hubs,
                data.links.get(n),
            )
            for n in sorted(nodes)
        ],
        "edges": sorted((min(u, v), max(u, v), d.get("weight")) for u, v, d in induced_edges(data.graph, nodes)),
        "papers": {n: _top_papers(data, n) for n in nodes},
    }


def _top_papers(data: SiteData, key: str) -> list:
    return data.details.top_papers(key) if data.details is not None else []


def community_pages(data: SiteData) -> Iterable:
    from paperkg import views
    from paperkg.views.render import community_filename
    from paperkg.views.site import Page

    scores = paper_counts(data.graph)
    for i, c in enumerate(data.communities):
        members = c["members"]

        def render(i=i, members=members) -> str:
            return views.render_community_view(
                data.graph,
                members,
                community_id=i,
                scores=scores,
                max_nodes=COMMUNITY_PAGE_NODES,
                details=data.details,
                max_edges=EDGES_PER_NODE * min(len(members), COMMUNITY_PAGE_NODES),
                hubs=data.hubs,
                papers=data.community_papers.get(i),
                look=_look(data),
            ).html

        shown = _community_shown(data, members, scores)
        yield Page(
            community_filename(i),
            {
                "i": i,
                "size": len(members),
                "papers": data.community_papers.get(i),
                **_subgraph_fingerprint(data, shown),
            },
            render,
            kind="community",
        )


def _community_shown(data: SiteData, members: list[str], scores: dict) -> list[str]:
    from paperkg.views.cut import internal_strength

    strength = internal_strength(data.graph, members)
    return sorted(members, key=lambda n: (-scores.get(n, 0.0), -strength.get(n, 0), str(n)))[:COMMUNITY_PAGE_NODES]


def _concept_shown(data: SiteData, key: str, scores: dict) -> list[str]:
    from paperkg.views.cut import rank_neighbourhood

    ranked = rank_neighbourhood(data.graph, key, hops=1, scores=scores, hubs=data.hubs - {key})
    return [n for n, _, _ in ranked][:CONCEPT_PAGE_NODES]


def concept_pages(data: SiteData) -> Iterable:
    from paperkg import views
    from paperkg.views.render import concept_filename
    from paperkg.views.site import Page

    scores = paper_counts(data.graph)
    for key in data.top_concepts:
        if key not in data.graph:
            continue

        def render(key=key) -> str:
            return views.render_concept_view(
                data.graph,
                key,
                scores=scores,
                hops=1,
                max_nodes=CONCEPT_PAGE_NODES,
                max_edges=EDGES_PER_NODE * CONCEPT_PAGE_NODES,
                details=data.details,
                hubs=data.hubs,
                look=_look(data),
                links=_board_links(data, key),
            ).html

        yield Page(
            concept_filename(key, 1),
            {**_subgraph_fingerprint(data, _concept_shown(data, key, scores)), "links": _board_links(data, key)},
            render,
            kind="concept",
        )


def paper_pages(data: SiteData) -> Iterable:
    from paperkg.views.render import paper_filename
    from paperkg.views.site import Page, paper_context, render_template

    similar = similar_papers(data)
    for pid, row in data.papers.items():
        cs = sorted(data.paper_concepts.get(pid, []), key=lambda kc: (-kc[1], kc[0]))
        concepts = [
            {"name": data.concepts[k]["name"], "kind": data.concepts[k]["kind"], "page": data.links.get(k)}
            for k, _ in cs
            if k in data.concepts
        ]
        sims = [
            {"title": data.papers[q].get("title") or q, "page": paper_filename(q), "shared": n}
            for q, n in similar.get(pid, [])
        ]
        ctx = paper_context(row, concepts, sims)
        title = row.get("title") or pid

        def render(ctx=ctx, title=title) -> str:
            return render_template(
                "site_paper.html", title=title, description=f"A paper: {title}", home="index.html", **ctx
            )

        yield Page(paper_filename(pid), ctx, render, kind="paper")


def trends_pages(data: SiteData) -> Iterable:
    from paperkg.views.site import Page
    from paperkg.views.trends import render_trends

    links = {k: data.links.get(k) for k in data.top_concepts}

    def render() -> str:
        return render_trends(data.trends, links=links, home="index.html").html

    yield Page("trends.html", {"trends": data.trends, "links": links}, render, kind="trends")


def leaderboard_pages(data: SiteData) -> Iterable:
    """A leaderboard page per dataset with confident scores, a page per task with evaluated datasets."""
    from paperkg.views.leaderboard_page import leaderboard_filename, render_leaderboard_page, render_task_page
    from paperkg.views.site import Page

    existing = frozenset(leaderboard_filename(k) for k in data.boards)

    def board_html(board: dict) -> Callable[[], str]:
        return lambda: render_leaderboard_page(board, paper_pages=True)[1]

    def task_html(task: dict) -> Callable[[], str]:
        return lambda: render_task_page(task, existing=existing, paper_pages=True)[1]

    for board in data.boards.values():
        yield Page(leaderboard_filename(board["dataset"]["key"]), board, board_html(board), kind="leaderboard")
    for task in data.tasks.values():
        yield Page(_task_file(task["key"]), {"task": task, "existing": sorted(existing)}, task_html(task), kind="task")


def _task_file(key: str) -> str:
    from paperkg.views.leaderboard_page import task_filename

    return task_filename(key)


def load_boards(data: SiteData) -> None:
    """Fill `data.boards` and `data.tasks`: datasets with a confident score, and the tasks
    with a concept page whose datasets have one (reading only concepts that carry results,
    all boards in one read and all tasks in another)."""
    datasets = sorted(k for k, c in data.concepts.items() if c.get("kind") == "Dataset")
    with api.open_store(data.store, read_only=True) as st:
        reported = sorted(
            {key for _, rel, key in st.run_read("concept_result_links", {"keys": datasets})[1] if rel == "on"}
        )
    boards = api.leaderboards(reported, store=data.store)
    data.boards.update((k, b) for k, b in boards.items() if b["rows"])
    tasks = [k for k in data.top_concepts if data.concepts[k].get("kind") == "Task"]
    for key, task in api.tasks(tasks, store=data.store).items():
        if any(d["key"] in data.boards for d in task["datasets"]):
            data.tasks[key] = task


def _board_links(data: SiteData, key: str) -> list[dict]:
    """A concept page's header links: its dataset's leaderboard or its task's page, when the site has one."""
    from paperkg.views.leaderboard_page import leaderboard_filename

    if key in data.boards:
        return [{"href": leaderboard_filename(key), "text": "Leaderboard"}]
    if key in data.tasks:
        return [{"href": _task_file(key), "text": "Task page: datasets, best results, methods"}]
    return []


#: Every kind of page the site has, in the order they are written. Add a builder to add pages.
PAGE_BUILDERS: list[Callable[[SiteData], Iterable]] = [
    overview_pages,
    community_pages,
    concept_pages,
    paper_pages,
    trends_pages,
    leaderboard_pages,
]


def similar_papers(data: SiteData, *, limit: int = SIMILAR) -> dict[str, list[tuple[str, int]]]:
    """Per paper, the papers sharing most of its concepts, hubs and very common concepts not counted."""
    import scipy.sparse as sp

    ids = list(data.papers)
    index = {p: i for i, p in enumerate(ids)}
    keys = sorted({k for cs in data.paper_concepts.values() for k, _ in cs} - data.hubs)
    col = {k: j for j, k in enumerate(keys)}
    rows, cols = [], []
    for p, cs in data.paper_concepts.items():
        if p in index:
            for k, _ in cs:
                if k in col:
                    rows.append(index[p])
                    cols.append(col[k])
    X = sp.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(len(ids), len(keys)))
    df = np.asarray(X.sum(axis=0)).ravel()
    common = max(50, len(ids) // 100)  # a concept in 1% of papers says little about two of them
    X = X[:, np.flatnonzero(df <= common)]
    S = (X @ X.T).tocsr()
    out: dict[str, list[tuple[str, int]]] = {}
    for i, p in enumerate(ids):
        lo, hi = S.indptr[i], S.indptr[i + 1]
        cand = [(int(n), ids[j]) for j, n in zip(S.indices[lo:hi], S.data[lo:hi]) if j != i and n >= 2]
        cand.sort(key=lambda c: (-c[0], c[1]))
        out[p] = [(q, n) for n, q in cand[:limit]]
    return out


def load(store: str | None, *, top: int = DEFAULT_TOP) -> SiteData:
    """Read what the site needs: the co-occurrence graph, communities, every paper and its concepts."""
    from paperkg import analytics

    cache = cached.cache_for(store)
    inc, graph, comms = communities_graph(store)
    concepts = {c["key"]: c for c in cached.concept_rows(store, cache)}
    paper_concepts: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for r, c, n in zip(inc.rows.tolist(), inc.cols.tolist(), inc.counts.tolist()):
        paper_concepts[inc.papers[r]].append((inc.concepts[c]["key"], int(n)))
    with api.open_store(store, read_only=True) as st:
        rows = st.papers_by_id(list(inc.papers))
    papers = {r["id"]: r for r in sorted(rows, key=lambda r: r["id"])}
    ranked = sorted(concepts.values(), key=lambda c: (-(c.get("paper_count") or 0), c["key"]))
    return SiteData(
        store=store,
        top=top,
        graph=graph,
        communities=comms,
        community_papers=analytics.community_paper_counts(inc, [c["members"] for c in comms]),
        concepts=concepts,
        papers=papers,
        paper_concepts=dict(paper_concepts),
        hubs=concept_hubs(store),
        top_concepts=[c["key"] for c in ranked[:top]],
        trends=api.trends(store, limit=None),
    )


def _graph_details(data: SiteData):
    """Evidence and paper links for every node a graph page draws, read in one pass."""
    from paperkg import reads

    scores = paper_counts(data.graph)
    drawn: set = set()
    for key in data.top_concepts:
        if key in data.graph:
            drawn.update(_concept_shown(data, key, scores))
    for c in data.communities:
        drawn.update(_community_shown(data, c["members"], scores))
    pairs = [(p, k, n) for p, cs in data.paper_concepts.items() for k, n in cs if k in drawn]
    with api.open_store(data.store, read_only=True) as st:
        details = reads.node_details(st, sorted(drawn), pairs, papers=data.papers)
    details.paper_page = _paper_page
    return details


def _paper_page(paper_id: str) -> str:
    from paperkg.views.render import paper_filename

    return paper_filename(paper_id)


def _planned_files(data: SiteData) -> list[str]:
    from paperkg.views.render import community_filename, concept_filename, paper_filename

    return (
        [concept_filename(k, 1) for k in data.top_concepts if k in data.graph]
        + [community_filename(i) for i in range(len(data.communities))]
        + [paper_filename(p) for p in data.papers]
    )


def build_site(
    out_dir: str | Path | None = None,
    *,
    store: str | None = None,
    top: int = DEFAULT_TOP,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Write (or bring up to date) the static site under `out_dir`; returns what was written and how long it took."""
    from paperkg.views.render import community_filename
    from paperkg.views.site import (
        SEARCH_ASSET,
        Page,
        copy_assets,
        render_template,
        search_script,
        write_pages,
    )
    from paperkg.views.site_links import PageLinks

    say = progress or (lambda s: None)
    t0 = time.perf_counter()
    out = Path(out_dir or SITE_DIR)
    data = load(store, top=top)
    data.links = PageLinks(_planned_files(data))
    say(f"read {len(data.papers):,} papers, {len(data.concepts):,} concepts, {len(data.communities)} communities")
    data.details = _graph_details(data)
    load_boards(data)
    say(f"{len(data.boards)} leaderboards, {len(data.tasks)} task pages")
    t_read = time.perf_counter() - t0
    copy_assets(out)
    pages = [p for build in PAGE_BUILDERS for p in build(data)]
    search = [
        [c["name"], c["kind"], data.links[k], " ".join(c.get("aliases") or [])]
        for k in data.top_concepts
        if (c := data.concepts[k]) and k in data.graph
    ]
    search += [[r.get("title") or pid, "Paper", data.links[pid], pid] for pid, r in data.papers.items()]
    search_js = search_script(search)
    index_ctx = _index_context(data, community_filename)
    pages.append(Page(SEARCH_ASSET, search_js, lambda: search_js, kind="asset"))
    pages.append(Page("index.html", index_ctx, lambda: render_template("site_index.html", **index_ctx), kind="index"))
    summary = write_pages(out, pages, progress=say)
    took = time.perf_counter() - t0
    return {
        **summary.as_dict(),
        "index": str(out / "index.html"),
        "seconds": round(took, 2),
        "read_seconds": round(t_read, 2),
    }


def _index_context(data: SiteData, community_filename) -> dict:
    kinds = Counter(c["kind"] for c in data.concepts.values())
    dates = sorted(str(r.get("published")) for r in data.papers.values() if r.get("published"))
    summary: list[tuple[str, Any]] = [("papers", f"{len(data.papers):,}")]
    summary += [(f"{k} concepts", f"{n:,}") for k, n in sorted(kinds.items())]
    summary += [("communities", len(data.communities)), ("links between concepts", f"{data.graph.number_of_edges():,}")]
    if dates:
        summary.append(("published", f"{dates[0]} to {dates[-1]}"))
    comms = [
        {
            "page": community_filename(i),
            "label": f"{i}: " + " / ".join(data.concepts[m]["name"] for m in c["members"][:2] if m in data.concepts),
            "concepts": len(c["members"]),
            "papers": data.community_papers.get(i, 0),
        }
        for i, c in enumerate(data.communities)
    ]
    top = [
        {
            "name": data.concepts[k]["name"],
            "kind": data.concepts[k]["kind"],
            "page": data.links[k],
            "papers": data.concepts[k].get("paper_count") or 0,
        }
        for k in data.top_concepts[:60]
        if k in data.graph
    ]
    pages = sum(1 for k in data.top_concepts if k in data.graph)
    return {
        "title": "paperkg atlas",
        "home": "index.html",
        "searchable": f"{pages:,} concepts and {len(data.papers):,} papers",
        "description": f"A map of {len(data.papers):,} papers: their concepts, communities and trends. "
        "Every page works offline; click a node to open its page.",
        "summary": summary,
        "communities": comms,
        "top_concepts": top,
        "period": data.trends.get("period", "period"),
        "extras": data.extras,
        "boards": _board_index(data),
        "search_src": "assets/search-index.js",
    }


def _board_index(data: SiteData) -> list[dict]:
    """The index's list of leaderboards and task pages, most scores first."""
    from paperkg.views.leaderboard_page import leaderboard_filename

    boards = [
        {
            "page": leaderboard_filename(k),
            "name": b["dataset"]["name"],
            "kind": "leaderboard",
            "count": f"{len(b['rows'])} score{'s' if len(b['rows']) != 1 else ''}",
        }
        for k, b in data.boards.items()
    ]
    boards.sort(key=lambda b: (-int(b["count"].split()[0]), b["name"]))
    tasks = [
        {
            "page": _task_file(k),
            "name": t["name"],
            "kind": "task",
            "count": f"{len(t['datasets'])} dataset{'s' if len(t['datasets']) != 1 else ''}",
        }
        for k, t in data.tasks.items()
    ]
    return boards + sorted(tasks, key=lambda t: t["name"])
