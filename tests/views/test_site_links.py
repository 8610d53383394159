"""The site's link check: it finds dead, unsafe and orphan links and empty pages,
and the site of the seed corpus has none."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from paperkg.cli import main
from paperkg.views.site_check import check_site

BODY = "<p>" + "A page with enough text to be read. " * 10 + "</p>"


def write(folder: Path, name: str, html: str) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")


def test_the_check_finds_each_kind_of_problem(tmp_path):
    write(
        tmp_path,
        "index.html",
        BODY + '<a href="a.html#x">a</a> <a href="https://aclanthology.org/P19-1001/">p</a>'
        '<script src="assets/search-index.js"></script>',
    )
    write(tmp_path, "assets/search-index.js", 'window.PAPERKG_SEARCH = [["B", "Paper", "b.html", ""]];\n')
    write(
        tmp_path,
        "a.html",
        BODY + '<a href="missing.html">gone</a> <a href="javascript:alert(1)">js</a>'
        '<script>var data = {"page": "nowhere.html"};</script>',
    )
    write(tmp_path, "b.html", "<p>tiny</p>")
    write(tmp_path, "orphan.html", BODY)
    found = check_site(tmp_path)
    assert found.pages == 4 and found.external == 1
    assert found.dead == [("a.html", "missing.html"), ("a.html", "nowhere.html")]
    assert found.unsafe == [("a.html", "javascript:alert(1)")]
    assert found.empty == ["b.html"] and found.unreachable == ["orphan.html"]
    assert not found.ok and len(found.problems()) == 5


def test_a_whole_site_passes(tmp_path):
    write(tmp_path, "index.html", BODY + '<a href="a.html">a</a>')
    write(tmp_path, "a.html", BODY + '<a href="index.html#top">home</a> <a href="#details">here</a>')
    assert check_site(tmp_path).ok


@pytest.mark.slow
def test_the_seed_corpus_site_has_no_dead_link_empty_or_unreachable_page(tmp_path, corpus_dir):
    store, out = tmp_path / "seed.lbdb", tmp_path / "site"
    runner = CliRunner()
    built = runner.invoke(main, ["build", *map(str, sorted(corpus_dir.glob("*.txt"))), "--store", str(store)])
    assert built.exit_code == 0, built.output
    res = runner.invoke(main, ["site", str(out), "--store", str(store), "--check"])
    assert res.exit_code == 0, res.output
    found = check_site(out)
    assert found.ok, found.problems()[:20]
    papers = len(list(out.glob("paper-*.html")))
    assert papers > 200 and found.pages > papers + 300  # every paper, top concepts, communities, boards
    assert any(p.name.startswith("leaderboard-") for p in out.glob("*.html"))
    assert f"{found.pages:,} pages, {found.links:,} links checked" in res.stderr
