"""A concept view read from the store's neighbourhood draws what the whole
co-occurrence graph would, when concepts are ranked by paper count."""

from __future__ import annotations

import networkx as nx
import pytest

from paperkg import analytics, api, reads
from paperkg.store.ladybug import LadybugStore
from paperkg.views import NodeDetails, render_community_view, render_concept_view, render_paper_view
from paperkg.views.focus import hub_nodes
from view_samples import sample_data, write_store

DATA = sample_data(n_concepts=40, n_papers=60, seed=4)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return write_store(DATA, tmp_path_factory.mktemp("nb") / "g.lbdb")


def whole_graph_view(key, hops, max_nodes, min_shared=1):
    C = analytics.cooccurrence_graph(DATA, min_shared=min_shared)
    scores = {n: float(a["paper_count"]) for n, a in C.nodes(data=True)}
    return render_concept_view(C, key, scores=scores, hops=hops, max_nodes=max_nodes, hubs=hub_nodes(C))


@pytest.mark.parametrize("key", ["Method:c0", "Method:c5", "Task:c9"])
@pytest.mark.parametrize("hops, max_nodes", [(1, 300), (1, 6), (2, 300), (2, 12)])
def test_neighbourhood_view_equals_the_whole_graph_view(store, tmp_path, key, hops, max_nodes):
    got = api.view_concept(key, store=store, hops=hops, max_nodes=max_nodes, out_dir=tmp_path)
    want = whole_graph_view(key, hops, max_nodes)
    assert (got.total_nodes, got.node_count, got.edge_count, got.description, got.omitted) == (
        want.total_nodes,
        want.node_count,
        want.edge_count,
        want.description,
        want.omitted,
    )


@pytest.mark.parametrize("min_shared", [1, 2, 3])
def test_min_shared_cuts_the_neighbourhood_like_the_projection(store, min_shared):
    concepts = {c["key"]: c for c in DATA.concepts}
    with LadybugStore(store, read_only=True) as st:
        G, _, _ = reads.concept_neighbourhood(st, "Method:c5", concepts, hops=2, min_shared=min_shared, max_nodes=8)
    C = analytics.cooccurrence_graph(DATA, min_shared=min_shared)
    assert set(G) == set(nx.single_source_shortest_path_length(C, "Method:c5", 2))
    assert G.number_of_edges() > 0
    for u, v, w in G.edges(data="weight"):
        assert C[u][v]["weight"] == w  # every link carries the whole graph's count


@pytest.mark.parametrize("node", ["Method:c0", "Model:c1", "Task:c9", "2401.00003"])
def test_details_read_for_the_drawn_nodes_equal_those_of_the_whole_graph(store, node):
    with LadybugStore(store, read_only=True) as st:
        pairs = reads.triples(st.concept_mention_pairs(["Method:c0", "Model:c1", "Task:c9"]))
        details = reads.node_details(st, ["Method:c0", "Model:c1", "Task:c9", "2401.00003"], pairs)
    assert details(node) == NodeDetails(DATA)(node)


def _counts(graph):
    return {n: float(a.get("paper_count") or 0) for n, a in graph.nodes(data=True)}


@pytest.mark.parametrize("hops, max_nodes", [(1, 300), (2, 10)])
def test_concept_page_equals_the_page_from_the_whole_graph(store, tmp_path, hops, max_nodes):
    got = api.view_concept("Method:c5", store=store, hops=hops, max_nodes=max_nodes, out_dir=tmp_path)
    C = analytics.cooccurrence_graph(DATA)
    want = render_concept_view(
        C, "Method:c5", scores=_counts(C), hops=hops, max_nodes=max_nodes, details=NodeDetails(DATA), hubs=hub_nodes(C)
    )
    assert got.html == want.html


@pytest.mark.parametrize("max_nodes", [300, 7])
def test_paper_and_community_pages_equal_the_pages_from_the_whole_graph(store, tmp_path, max_nodes):
    B = analytics.bipartite_graph(DATA)
    scores = {n: float(a["paper_count"]) for n, a in B.nodes(data=True) if a["kind"] != "Paper"}
    got = api.view_paper("2401.00003", store=store, max_nodes=max_nodes, out_dir=tmp_path)
    hubs = hub_nodes(analytics.cooccurrence_graph(DATA))
    want = render_paper_view(B, "2401.00003", scores=scores, max_nodes=max_nodes, details=NodeDetails(DATA), hubs=hubs)
    assert got.html == want.html
    C = analytics.cooccurrence_graph(DATA)
    members = analytics.concept_communities(C)["communities"][0]["members"]
    got = api.view_community(0, store=store, max_nodes=max_nodes, out_dir=tmp_path)
    papers = len({m["paper_id"] for m in DATA.mentions if m["concept_key"] in set(members)})
    want = render_community_view(
        C,
        members,
        community_id=0,
        scores=_counts(C),
        max_nodes=max_nodes,
        details=NodeDetails(DATA),
        hubs=hubs,
        papers=papers,
    )
    assert got.html == want.html
