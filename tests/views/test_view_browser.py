"""Views in a real browser: Debian's headless Chromium with the network blocked."""

from __future__ import annotations

import pytest

from paperkg.analytics.projection import bipartite_graph, cooccurrence_graph
from paperkg.views import NodeDetails, render_concept_view, render_overview, render_paper_view, write_view
from view_samples import EVIL_NAME, EVIL_SENTENCE, EVIL_TITLE, random_graph, sample_data, star_graph

pytestmark = pytest.mark.browser

COUNTS = "[paperkg.nodes.length, paperkg.edges.length]"


def assert_clean(run):
    assert run.external_requests() == []
    assert run.console_errors() == []
    assert run.page.evaluate("window.__pwned") is None


def test_concept_view_loads_offline_with_expected_nodes_and_search_selects(tmp_path, open_page):
    view = render_concept_view(star_graph(200, second_hop=2), "hub", hops=2, max_nodes=150)
    run = open_page(write_view(view, tmp_path))
    assert_clean(run)
    assert run.page.evaluate(COUNTS) == [view.node_count, view.edge_count] == [150, 149]
    assert "Left out 451 nodes" in run.page.text_content("header")
    target = "n123"
    name = run.page.evaluate(f"paperkg.nodes.get({target!r}).info.name")
    run.page.fill("#search", name.upper())
    run.page.click("#search-form button")
    assert run.page.evaluate("paperkg.network.getSelectedNodes()") == [target]
    assert (
        run.page.text_content("#search-status")
        == f"Selected {name} ({run.page.evaluate(f'paperkg.nodes.get({target!r}).kind')})."
    )
    assert run.page.text_content("#details h3") == name
    run.screenshot("view-concept-search.png")


def test_search_by_alias_and_no_match(tmp_path, open_page):
    run = open_page(write_view(render_concept_view(random_graph(60), "k0", hops=2), tmp_path))
    assert run.page.evaluate("paperkg.search('C7')") == "k7"  # alias, any case
    assert run.page.evaluate("paperkg.search('no such concept')") is None
    assert run.page.evaluate("paperkg.network.getSelectedNodes()") == []
    assert "No visible node matches" in run.page.text_content("#search-status")


def test_type_filter_hides_a_kind(tmp_path, open_page):
    view = render_concept_view(random_graph(60), "k0", hops=2)
    run = open_page(write_view(view, tmp_path))
    datasets = run.page.evaluate("paperkg.nodes.getIds({filter: n => n.kind === 'Dataset'}).length")
    assert datasets > 0
    run.page.uncheck(".kind-filter[value=Dataset]")
    assert run.page.evaluate("paperkg.nodes.get({filter: n => n.hidden}).length") == datasets
    assert run.page.evaluate("paperkg.search('c2')") != "k2"  # alias of k2, a Dataset: hidden
    run.page.check(".kind-filter[value=Dataset]")
    assert run.page.evaluate("paperkg.nodes.get({filter: n => n.hidden}).length") == 0


def test_hostile_strings_show_as_text_and_never_run(tmp_path, open_page):
    data = sample_data()
    co = cooccurrence_graph(data)
    run = open_page(write_view(render_concept_view(co, "Method:c0", hops=1, details=NodeDetails(data)), tmp_path))
    assert_clean(run)
    assert run.page.text_content("#view-title") == f"{EVIL_NAME}: 1-hop neighbourhood"
    # Details panel of the hostile concept (selected as the focus on load).
    assert run.page.text_content("#details h3") == EVIL_NAME
    assert run.page.locator("#details script, #details img").count() == 0
    assert EVIL_SENTENCE in run.page.text_content("#details")
    hrefs = run.page.eval_on_selector_all("#details a", "as => as.map(a => a.getAttribute('href'))")
    assert hrefs and all(h.startswith("https://arxiv.org/abs/") for h in hrefs)
    # Hover the node: vis-network's own tooltip shows our element, as text.
    box = run.page.evaluate("""() => {
        const p = paperkg.network.canvasToDOM(paperkg.network.getPositions(['Method:c0'])['Method:c0']);
        const r = document.getElementById('mynetwork').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y];
    }""")
    run.page.mouse.move(box[0] + 1, box[1] + 1)
    run.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    tip = run.page.locator("div.vis-tooltip")
    assert tip.locator("b").first.text_content() == EVIL_NAME
    assert tip.locator("script, img").count() == 0
    run.screenshot("view-hostile-tooltip.png")
    edge_tip = run.page.evaluate("""() => {
        const e = paperkg.edges.get({filter: e => e.from === 'Method:c0' || e.to === 'Method:c0'})[0];
        return [e.title.textContent, e.title.querySelectorAll('*').length];
    }""")
    assert EVIL_NAME in edge_tip[0] and "papers in common" in edge_tip[0] and edge_tip[1] == 0
    assert run.page.evaluate("window.__pwned") is None


def test_paper_view_with_a_hostile_title(tmp_path, open_page):
    data = sample_data()
    view = render_paper_view(bipartite_graph(data), "2401.00000", details=NodeDetails(data))
    run = open_page(write_view(view, tmp_path))
    assert_clean(run)
    assert run.page.text_content("#view-title") == EVIL_TITLE
    assert run.page.title() == EVIL_TITLE
    assert run.page.evaluate(COUNTS) == [view.node_count, view.edge_count]
    # The paper whose URL is javascript: is shown without a link.
    assert run.page.evaluate("paperkg.nodes.get('2401.00001').info.url") is None


def test_overview_draws_communities(tmp_path, open_page):
    g = random_graph(300)
    comms = [set(f"k{i}" for i in range(s, s + 30)) for s in range(0, 300, 30)]
    view = render_overview(g, comms, community_papers={i: 10 * (i + 1) for i in range(10)})
    run = open_page(write_view(view, tmp_path))
    assert_clean(run)
    assert run.page.evaluate(COUNTS) == [10, view.edge_count]
    # Largest first in the legend, each in its own colour, each linking to its page.
    legend = run.page.eval_on_selector_all(
        "#legend .item",
        """items => items.map(i => [
        i.querySelector('a').getAttribute('href'), i.querySelector('.swatch').style.background])""",
    )
    assert [h for h, _ in legend][:2] == ["community-9.html", "community-8.html"]
    assert len({c for _, c in legend}) == 10
    run.screenshot("view-overview.png")


def test_index_page_links_work_offline(tmp_path, browser):
    view = render_concept_view(random_graph(30), "k0", hops=2)
    write_view(view, tmp_path)
    page = browser.new_page()
    try:
        page.goto((tmp_path / "index.html").as_uri())
        page.click("a[href='concept-k0-2hop.html']")
        page.wait_for_function("window.paperkg && window.paperkg.drawn", timeout=15000)
        assert page.evaluate("paperkg.nodes.length") == view.node_count > 1
    finally:
        page.close()


def test_double_click_on_a_paper_opens_its_url(tmp_path, open_page):
    data = sample_data()
    view = render_paper_view(bipartite_graph(data), "2401.00003", details=NodeDetails(data))
    run = open_page(write_view(view, tmp_path))
    xy = run.page.evaluate("""() => {
        const p = paperkg.network.canvasToDOM(paperkg.network.getPositions(['2401.00003'])['2401.00003']);
        const r = document.getElementById('mynetwork').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y];
    }""")
    with run.context.expect_page() as popup:
        run.page.mouse.dblclick(xy[0], xy[1])
    assert (
        popup.value.url.startswith("https://arxiv.org/abs/2401.00003")
        or "https://arxiv.org/abs/2401.00003" in run.requests
    )
