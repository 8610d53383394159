"""`paperkg view ...`: exit codes, the path on stdout, the pages written."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from paperkg.cli import main
from paperkg.views import external_references
from view_samples import EVIL_TITLE, sample_data, write_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The sample graph, hostile strings included, in a real embedded store."""
    return write_store(sample_data(), tmp_path_factory.mktemp("views") / "g.lbdb")


@pytest.fixture
def run(store, tmp_path):
    """Invoke the CLI on the sample store, writing into tmp_path."""

    def invoke(*args):
        return CliRunner().invoke(main, ["view", *args, "--store", store, "--out-dir", str(tmp_path)])

    return invoke


def test_view_concept_prints_the_path_and_writes_page_and_index(run, tmp_path):
    res = run("concept", "concept 3", "--hops", "2", "--max-nodes", "5")
    assert res.exit_code == 0, res.output
    path = tmp_path / "concept-metric-c3-2hop.html"
    assert res.stdout == f"{path}\n"
    page = path.read_text(encoding="utf-8")
    assert external_references(page) == [] and "Left out" in page
    assert "concept-metric-c3-2hop.html" in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_view_concept_by_alias(run, tmp_path):
    res = run("concept", "c3")
    assert res.exit_code == 0 and res.stdout.strip().endswith("concept-metric-c3-1hop.html")


def test_each_hop_count_has_its_own_file_written_0644(run, tmp_path):
    one, two = (run("concept", "c3", "--hops", h).stdout.strip() for h in ("1", "2"))
    assert one != two and one.endswith("-1hop.html") and two.endswith("-2hop.html")
    for path in (one, two, str(tmp_path / "index.html")):
        assert oct(os.stat(path).st_mode & 0o777) == "0o644"


def test_unknown_concept_is_one_line_and_exit_1(run):
    res = run("concept", "concept 3x")
    assert res.exit_code == 1
    assert res.stdout == ""
    assert res.stderr.startswith("error: no concept named 'concept 3x'") and "did you mean" in res.stderr


def test_view_paper_by_title_fragment(run, tmp_path):
    res = run("paper", "Attention </div>")
    assert res.exit_code == 0, res.output
    page = (tmp_path / "paper-2401-00000.html").read_text(encoding="utf-8")
    assert EVIL_TITLE not in page  # only ever escaped or JSON-encoded


def test_view_overview_and_community(run, tmp_path):
    assert run("overview").exit_code == 0
    res = run("community", "0")
    assert res.exit_code == 0, res.output
    names = sorted(p.name for p in tmp_path.glob("*.html"))
    assert names == ["community-0.html", "index.html", "overview.html"]


def test_unknown_community_exits_1(run):
    res = run("community", "999")
    assert res.exit_code == 1 and "no community 999" in res.stderr


def test_bad_hops_is_a_usage_error(run):
    assert run("concept", "concept 3", "--hops", "3").exit_code == 2


def test_open_opens_the_written_page(run, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr("webbrowser.get", lambda: object())
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url))
    res = run("overview", "--open")
    assert res.exit_code == 0
    assert opened == [(tmp_path / "overview.html").resolve().as_uri()]


def test_view_trends_writes_the_chart(run, tmp_path):
    res = run("trends")
    assert res.exit_code == 0, res.output
    assert res.stdout.strip() == str(tmp_path / "trends.html")
    html = (tmp_path / "trends.html").read_text(encoding="utf-8")
    assert "<svg" in html and "papers</title>" in html and external_references(html) == []
