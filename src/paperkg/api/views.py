"""The `view` verbs: a neighbourhood, a community, a paper or the overview, written as HTML."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from paperkg import config
from paperkg.api.analysis import _communities, _concept_graph, _min_shared
from paperkg.store import open_store

if TYPE_CHECKING:
    from paperkg.views.page import Look


def paper_counts(graph) -> dict:
    """Node sizes and tie-breaks of the views: papers mentioning each concept (cheap, local)."""
    return {n: float(a.get("paper_count") or a.get("papers") or 0) for n, a in graph.nodes(data=True)}


def concept_hubs(store: str | None) -> set:
    """The concepts with the most links in the whole co-occurrence graph (views.hub_nodes), cached."""
    from paperkg import cached

    cache = cached.cache_for(store)
    shared = _min_shared(store, cache, None)

    def compute() -> list:
        from paperkg.views.focus import hub_nodes

        return sorted(hub_nodes(_concept_graph(store, cache, shared)))

    return set(cache.get_or_compute("view-hubs", {"min_shared": shared}, compute))


def _existing_pages(out_dir) -> Look:
    """Pages already written next to a view, so its nodes link to them."""
    from paperkg.views.site_links import existing_pages

    return existing_pages(out_dir or config.VIEWS_DIR)


def view_concept(
    name: str, *, store: str | None = None, hops: int = 1, max_nodes: int = 300, out_dir: str | Path | None = None
):
    """Write the neighbourhood of a concept (by name, alias or key) as HTML; returns the View.

    Reads the concept's neighbourhood only: concepts are picked by their links
    towards it, then by paper count, as `paperkg rank`'s graph would link them.
    """
    from paperkg import analytics, cached, reads, views
    from paperkg.boards import concept_page_links

    if hops not in (1, 2):
        raise ValueError(f"hops must be 1 or 2, got {hops}")
    cache = cached.cache_for(store)
    concepts = {c["key"]: c for c in cached.concept_rows(store, cache)}
    key = analytics.resolve_concept(cached.concept_index(store, cache), name)
    min_shared = _min_shared(store, cache, None)
    hubs = concept_hubs(store)
    with open_store(store, read_only=True) as st:
        graph, kept, pairs = reads.concept_neighbourhood(
            st, key, concepts, hops=hops, min_shared=min_shared, max_nodes=max_nodes, hubs=hubs
        )
        details = reads.node_details(st, kept, pairs)
    view = views.render_concept_view(
        graph,
        key,
        scores=paper_counts(graph),
        hops=hops,
        max_nodes=max_nodes,
        details=details,
        hubs=hubs,
        look=_existing_pages(out_dir),
        links=concept_page_links(key, concepts[key]["kind"], store=store, out_dir=out_dir),
    )
    views.write_view(view, out_dir or config.VIEWS_DIR)
    return view


def communities_graph(store: str | None):
    """The co-occurrence graph `paperkg communities` uses, its communities, and the incidence."""
    from paperkg import cached

    cache = cached.cache_for(store)
    shared = _min_shared(store, cache, None)
    return (
        cached.incidence(store, cache),
        _concept_graph(store, cache, shared),
        _communities(store, cache, min_shared=shared)["communities"],
    )


def view_community(
    community_id: int, *, store: str | None = None, max_nodes: int = 300, out_dir: str | Path | None = None
):
    """Write community `community_id` (as numbered by `paperkg communities`) as HTML; returns the View."""
    from paperkg import analytics, reads, views
    from paperkg.errors import NotFoundError

    inc, graph, comms = communities_graph(store)
    if not 0 <= community_id < len(comms):
        raise NotFoundError(
            f"no community {community_id}: the graph has {len(comms)}" + (f" (0 to {len(comms) - 1})" if comms else "")
        )
    members = comms[community_id]["members"]
    scores = paper_counts(graph)
    strength = dict(graph.subgraph(members).degree(weight="weight"))  # the view's own order, to read what it draws
    shown = sorted(members, key=lambda n: (-scores.get(n, 0.0), -strength.get(n, 0), str(n)))[:max_nodes]
    with open_store(store, read_only=True) as st:
        details = reads.node_details(st, shown, reads.triples(st.concept_mention_pairs(shown)))
    view = views.render_community_view(
        graph,
        members,
        community_id=community_id,
        scores=scores,
        max_nodes=max_nodes,
        details=details,
        hubs=concept_hubs(store),
        papers=analytics.community_paper_counts(inc, [c["members"] for c in comms])[community_id],
        look=_existing_pages(out_dir),
    )
    views.write_view(view, out_dir or config.VIEWS_DIR)
    return view


def view_paper(id_or_title: str, *, store: str | None = None, max_nodes: int = 300, out_dir: str | Path | None = None):
    """Write a paper, its concepts and the papers sharing them as HTML; returns the View."""
    from paperkg import reads, views

    with open_store(store, read_only=True) as st:
        paper = reads.resolve_paper_id(st, id_or_title)
        graph = reads.paper_neighbourhood(st, paper, {c["key"]: c for c in st.concept_rows()})
        concepts = [n for n, a in graph.nodes(data=True) if a.get("kind") != "Paper"]
        pairs = [(p, c, d.get("weight", 1)) for c in concepts for p, d in graph[c].items()]
        known = {n: {"id": n, **a} for n, a in graph.nodes(data=True) if a.get("kind") == "Paper"}
        details = reads.node_details(st, list(graph), pairs, papers=known)
    scores = {n: float(a.get("paper_count") or 0) for n, a in graph.nodes(data=True) if a.get("kind") != "Paper"}
    view = views.render_paper_view(
        graph,
        paper,
        scores=scores,
        max_nodes=max_nodes,
        details=details,
        hubs=concept_hubs(store),
        look=_existing_pages(out_dir),
    )
    views.write_view(view, out_dir or config.VIEWS_DIR)
    return view


def view_overview(*, store: str | None = None, max_nodes: int = 300, out_dir: str | Path | None = None):
    """Write the communities as super-nodes sized by their papers as HTML; returns the View."""
    from paperkg import analytics, views

    inc, graph, comms = communities_graph(store)
    members = [c["members"] for c in comms]
    community_papers = analytics.community_paper_counts(inc, members)
    view = views.render_overview(
        graph,
        members,
        community_papers=community_papers,
        scores=paper_counts(graph),
        max_nodes=max_nodes,
        look=_existing_pages(out_dir),
    )
    views.write_view(view, out_dir or config.VIEWS_DIR)
    return view


def view_trends(*, store: str | None = None, period: str | None = None, out_dir: str | Path | None = None):
    """Write the rising and falling concepts' counts per period as a line chart; returns the View."""
    from paperkg import views
    from paperkg.api.analysis import trends
    from paperkg.views.trends import render_trends

    view = render_trends(trends(store, period=period, limit=None))
    views.write_view(view, out_dir or config.VIEWS_DIR)
    return view


def view_leaderboard(dataset: str, **options) -> Path:
    """Write a dataset's leaderboard page (paperkg.boards); returns its path."""
    from paperkg import boards

    return boards.view_leaderboard(dataset, **options)


def view_task(name: str, **options) -> Path:
    """Write a task's page (paperkg.boards); returns its path."""
    from paperkg import boards

    return boards.view_task(name, **options)
