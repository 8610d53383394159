"""Writing views and keeping graph/views/index.html."""

from __future__ import annotations

from markupsafe import escape

from paperkg.views import external_references, render_concept_view, write_index, write_view
from paperkg.views.index import page_meta
from view_samples import EVIL_NAME, star_graph


def test_write_view_writes_the_page_and_lists_it_in_the_index(tmp_path):
    out = tmp_path / "views"
    view = render_concept_view(star_graph(4), "hub")
    path = write_view(view, out)
    assert path == out / "concept-hub-1hop.html" and view.path == path
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="concept-hub-1hop.html"' in index
    assert escape(view.description) in index
    assert external_references(index) == []


def test_index_lists_every_view_once_and_escapes_titles(tmp_path):
    g = star_graph(3)
    g.nodes["hub"]["name"] = EVIL_NAME
    write_view(render_concept_view(g, "hub"), tmp_path)
    write_view(render_concept_view(star_graph(3), "n1"), tmp_path)
    write_view(render_concept_view(g, "hub"), tmp_path)  # rewritten, not duplicated
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert index.count("<li>") == 2
    assert "<script>window" not in index and escape(EVIL_NAME) in index
    assert page_meta(tmp_path / "concept-hub-1hop.html")[0] == f"{EVIL_NAME}: 1-hop neighbourhood"


def test_empty_folder_gets_an_index_that_says_how_to_start(tmp_path):
    path = write_index(tmp_path)
    assert "paperkg view overview" in path.read_text(encoding="utf-8")
