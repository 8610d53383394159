"""The four views as HTML: escaping, offline-ness, cutting, what each shows."""

from __future__ import annotations

import json
import re

import pytest
from markupsafe import escape

from paperkg.analytics.projection import bipartite_graph, cooccurrence_graph
from paperkg.views import (
    NodeDetails,
    external_references,
    render_community_view,
    render_concept_view,
    render_overview,
    render_paper_view,
)
from paperkg.views.page import safe_url, vis_network_js
from view_samples import EVIL_NAME, EVIL_SENTENCE, EVIL_TITLE, random_graph, sample_data, star_graph


def page_without_library(page: str) -> str:
    """The page minus the vendored vis-network (checked separately: it is used unmodified)."""
    lib = vis_network_js()
    assert page.count(lib) == 1
    return page.replace(lib, "")


def all_views():
    data = sample_data()
    co = cooccurrence_graph(data)
    bi = bipartite_graph(data)
    details = NodeDetails(data)
    comms = [set(list(co)[:15]), set(list(co)[15:])]
    return {
        "concept": render_concept_view(co, "Method:c0", hops=2, details=details),
        "community": render_community_view(co, comms[0], community_id=0, details=details),
        "paper": render_paper_view(bi, "2401.00000", details=details),
        "overview": render_overview(co, comms, community_papers={0: 40, 1: 30}),
    }


VIEWS = all_views()


@pytest.mark.parametrize("name", sorted(VIEWS))
def test_every_view_is_self_contained(name):
    page = VIEWS[name].html
    assert external_references(page) == []
    rest = page_without_library(page)
    # No resource tags at all besides the inline scripts and styles.
    assert not re.search(r"<(link|iframe|img|object|embed)\b", rest, flags=re.I)
    assert not re.search(r"<script[^>]+src", rest, flags=re.I)
    # The only http(s) text left is paper links in the node data, shown when clicked.
    for url in re.findall(r"https?://[^\s\"'<>\\]+", rest):
        assert url.startswith("https://arxiv.org/abs/2401."), url


@pytest.mark.parametrize("name", sorted(VIEWS))
def test_no_string_from_a_paper_appears_as_markup(name):
    rest = page_without_library(VIEWS[name].html)
    for evil in ("<script>window.__pwned", "<img src=x", "</div><script>", "</textarea></script>", "<b>Evil</b>"):
        assert evil not in rest
    assert "javascript:" not in rest  # the hostile URL is dropped, not linked
    # Exactly the two scripts of the template, nothing injected.
    assert len(re.findall(r"<script\b", rest, flags=re.I)) == 2


def test_hostile_title_is_escaped_text_in_the_page_heading():
    page = VIEWS["paper"].html
    assert f'<h1 id="view-title">{escape(EVIL_TITLE)}</h1>' in page
    assert f"<title>{escape(EVIL_TITLE)}</title>" in page


def test_node_data_survives_as_json_text():
    page = VIEWS["concept"].html
    nodes = json.loads(re.search(r"var NODES = (\[.*?\]);\n", page).group(1))
    by_id = {n["id"]: n for n in nodes}
    hub = by_id["Method:c0"]
    assert hub["label"] == EVIL_NAME and hub["info"]["name"] == EVIL_NAME
    assert hub["info"]["evidence"][0] == EVIL_SENTENCE.replace("  ", " ")
    links = [p["url"] for n in nodes for p in n["info"]["papers"]]
    assert "https://arxiv.org/abs/2401.00003" in links and not any(u and "javascript" in u for u in links)


def test_pyvis_writes_no_lib_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    render_concept_view(star_graph(5), "hub")
    assert list(tmp_path.iterdir()) == []


def test_safe_url_keeps_only_http():
    assert safe_url("https://arxiv.org/abs/1") == "https://arxiv.org/abs/1"
    assert safe_url(" http://x.org/a ") == "http://x.org/a"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:x", "data:text/html,<b>", "//evil.org", "", None, 3):
        assert safe_url(bad) is None


def test_concept_view_cut_to_max_nodes_by_weight_and_says_so():
    g = star_graph(50)  # neighbour i has weight i + 1: n49 strongest
    view = render_concept_view(g, "hub", max_nodes=11)
    nodes = json.loads(re.search(r"var NODES = (\[.*?\]);\n", view.html).group(1))
    assert {n["id"] for n in nodes} == {"hub"} | {f"n{i}" for i in range(40, 50)}
    assert (view.node_count, view.total_nodes, view.omitted["nodes"]) == (11, 51, 40)
    assert "Left out 40 nodes with the weakest links" in view.html
    assert "neighbour 39" in view.html  # the strongest of those left out is named
    assert "11 of 51 shown" in view.description


def test_concept_view_keeps_first_hop_before_second():
    g = star_graph(5, second_hop=3)
    one = render_concept_view(g, "hub", hops=1)
    two = render_concept_view(g, "hub", hops=2, max_nodes=8)
    assert one.node_count == 6 and one.omitted["nodes"] == 0
    assert two.total_nodes == 21 and two.node_count == 8
    nodes = {n["id"] for n in json.loads(re.search(r"var NODES = (\[.*?\]);\n", two.html).group(1))}
    assert {"hub", "n0", "n1", "n2", "n3", "n4"} <= nodes


def test_concept_view_rejects_bad_hops_and_unknown_center():
    with pytest.raises(ValueError):
        render_concept_view(star_graph(3), "hub", hops=3)
    with pytest.raises(KeyError):
        render_concept_view(star_graph(3), "nope")
    with pytest.raises(ValueError):
        render_concept_view(star_graph(3), "hub", max_nodes=0)


def test_many_edges_are_cut_to_the_strongest_and_the_page_says_so():
    g = random_graph(200, avg_degree=20)
    view = render_concept_view(g, "k0", hops=2, max_nodes=200, max_edges=300)
    assert view.edge_count == 300
    assert "Showing the 300 strongest of" in view.html


def test_layout_is_seeded_and_physics_off():
    a = render_concept_view(random_graph(80), "k0", hops=2)
    b = render_concept_view(random_graph(80), "k0", hops=2)
    assert a.html == b.html
    options = json.loads(re.search(r"var OPTIONS = (\{.*?\});\n", a.html).group(1))
    assert options["physics"]["enabled"] is False


def test_overview_sizes_communities_by_papers():
    view = VIEWS["overview"]
    nodes = json.loads(re.search(r"var NODES = (\[.*?\]);\n", view.html).group(1))
    assert [n["info"]["paper_count"] for n in nodes] == [40, 30]
    assert all(n["kind"] == "Community" for n in nodes)
    assert view.edge_count == 1


def test_paper_view_shows_concepts_and_papers_sharing_them():
    view = VIEWS["paper"]
    nodes = json.loads(re.search(r"var NODES = (\[.*?\]);\n", view.html).group(1))
    kinds = {n["kind"] for n in nodes}
    assert "Paper" in kinds and kinds & {"Method", "Model", "Dataset", "Metric", "Task"}
    assert view.description.startswith("The paper")


def test_legend_lists_each_kind_shown_with_counts():
    page = VIEWS["concept"].html
    for kind in ("Method", "Model", "Dataset", "Metric", "Task"):
        assert f'class="kind-filter" value="{kind}"' in page


def test_empty_inputs_still_make_a_page():
    import networkx as nx

    empty = render_overview(nx.Graph(), [])
    assert empty.node_count == 0 and "No communities yet" in empty.html
    assert external_references(empty.html) == []
    g = nx.Graph()
    g.add_node("p", kind="Paper", title="Alone")
    assert render_paper_view(g, "p").node_count == 1


def test_search_box_says_what_it_finds():
    views = all_views()
    assert 'placeholder="Find a concept"' in views["concept"].html
    assert 'placeholder="Find a concept or paper"' in views["paper"].html
    assert 'placeholder="Find a community"' in views["overview"].html


def test_hubs_are_faded_and_not_crossed_to_a_second_hop():
    from paperkg.views.focus import hub_nodes

    g = star_graph(30, second_hop=2)
    hubs = hub_nodes(g, lo=1, hi=1)
    assert hubs == {"hub"}
    # Seen from a leaf, the hub is reached but not gone through: no second hop via it.
    leaf = next(iter(g["hub"]))
    view = render_concept_view(g, leaf, hops=2, hubs=hubs)
    assert view.total_nodes < 1 + g.degree(leaf) + 30
    data = json.loads(re.search(r"var NODES = (\[.*?\]);\n", view.html).group(1))
    hub = next(n for n in data if n["id"] == "hub")
    assert hub["info"]["hub"] is True and hub["color"] == "#d9d9d9"
