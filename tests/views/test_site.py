"""`paperkg site`: a linked, offline site, rebuilt incrementally after `paperkg build`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from paperkg.cli import main
from paperkg.views import external_references
from paperkg.views.chromium import OfflinePage
from paperkg.views.site_check import check_site

# Two topics that share no concept, so a paper added to one leaves the other's pages alone.
ABSTRACTS = [
    "We propose {m} trained with LoRA. It reaches 91.2% accuracy on GSM8K and improves over GPT-4 on MATH500.",
    # the task named in the sentence naming the benchmark: a task page lists a small benchmark only so
    "We introduce {m} for code generation on HumanEval. It reaches 71.3 pass@1 on HumanEval and beats Codex on MBPP.",
]
METHODS = [
    "a mixture of experts (MoE) model",
    "speculative decoding",
    "a sparse attention model",
    "retrieval-augmented generation",
    "direct preference optimization (DPO)",
    "program synthesis",
]


def dump(path: Path, titles: list[str], topic: int | None = None) -> Path:
    lines = ["Aug 8", ""]
    for i, t in enumerate(titles):
        text = ABSTRACTS[i % 2 if topic is None else topic]
        lines += [t, "", text.format(m=METHODS[i % len(METHODS)]), ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def cli(*args):
    res = CliRunner().invoke(main, [str(a) for a in args])
    assert res.exit_code == 0, res.output
    return res


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("site")
    store = tmp / "g.lbdb"
    cli("build", dump(tmp / "a.txt", [f"Paper number {i} on efficient models" for i in range(12)]), "--store", store)
    res = cli("site", tmp / "site", "--store", store)
    return tmp, store, tmp / "site", res


def local_links(html: str) -> set[str]:
    return {h for h in re.findall(r'(?:href|src)="([^"#?]+)"', html) if not h.startswith(("http:", "https:"))}


def test_every_page_is_offline_0644_and_every_link_resolves(site):
    _, _, out, res = site
    assert res.stdout.strip() == str(out / "index.html")
    pages = sorted(out.glob("*.html"))
    names = {p.name for p in pages}
    assert {"index.html", "overview.html", "trends.html", "community-0.html"} <= names
    assert any(n.startswith("concept-") for n in names) and sum(n.startswith("paper-") for n in names) == 12
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert external_references(html) == [], page.name
        assert oct(page.stat().st_mode & 0o777) == "0o644"
        for href in local_links(html):
            assert (out / href).exists(), f"{page.name} links to missing {href}"
        data_links = set(re.findall(r'"page": "([^"]+)"', html))
        assert all((out / h).exists() for h in data_links), page.name
    found = check_site(out)  # also the search index's links, empty pages and pages no link reaches
    assert found.ok, found.problems()
    assert found.pages == len(pages) and found.links > found.pages


def test_leaderboards_and_task_pages_are_linked_from_the_index_and_their_concept_pages(site):
    _, _, out, res = site
    assert "leaderboard 2" in res.stderr and "task 2" in res.stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    for page in (
        "leaderboard-dataset-gsm8k.html",
        "leaderboard-dataset-humaneval.html",
        "task-task-codegeneration.html",
    ):
        assert f'href="{page}"' in index
    board = (out / "leaderboard-dataset-gsm8k.html").read_text(encoding="utf-8")
    assert "91.2" in board and 'href="index.html"' in board
    papers = re.findall(r'href="(paper-[^"]+\.html)"', board)  # rows open the paper's own page in the site
    assert papers and all((out / p).exists() for p in papers)
    concept = (out / "concept-dataset-gsm8k-1hop.html").read_text(encoding="utf-8")
    assert 'href="leaderboard-dataset-gsm8k.html"' in concept
    task = (out / "task-task-codegeneration.html").read_text(encoding="utf-8")
    assert 'href="leaderboard-dataset-humaneval.html"' in task  # its dataset's board, written in the same site
    assert re.search(r'href="paper-[^"]+\.html"', task)  # the best result's paper, its page in the site
    assert 'href="task-task-codegeneration.html"' in (out / "concept-task-codegeneration-1hop.html").read_text(
        encoding="utf-8"
    )


def test_second_run_writes_nothing_and_a_build_rewrites_only_what_changed(site):
    tmp, store, out, _ = site
    again = cli("site", out, "--store", store)
    assert "0 written" in again.stderr
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.html")}
    cli("build", dump(tmp / "b.txt", ["A new paper on speculative decoding"], topic=0), "--store", store)
    res = cli("site", out, "--store", store)
    written = int(re.search(r"([\d,]+) written", res.stderr).group(1).replace(",", ""))
    after = {p.name: p.stat().st_mtime_ns for p in out.glob("*.html")}
    assert len(after) == len(before) + 1  # the new paper's page
    changed = {n for n in before if after[n] != before[n]}
    assert 1 < written < len(after)  # the new paper, the pages it reaches, the index: not the whole site
    assert "index.html" in changed and len(changed) == written - 2  # + the new page and the search script
    untouched = [n for n in before if n.startswith("paper-") and n not in changed]
    assert untouched  # the other topic's papers


def test_open_says_when_there_is_no_browser(site, monkeypatch):
    import webbrowser

    _, store, out, _ = site
    monkeypatch.setattr(webbrowser, "get", lambda *a: (_ for _ in ()).throw(webbrowser.Error("none")))
    res = cli("site", out, "--store", store, "--open")
    assert "no browser found here; open file://" in res.stderr


@pytest.mark.browser
def test_site_browses_offline_search_then_click_through(site, browser):
    _, _, out, _ = site
    run = OfflinePage(browser, width=1300, height=900)
    page = run.page
    try:
        page.goto((out / "index.html").as_uri())
        hits = page.evaluate("paperkgSearch('speculative')")
        assert hits and hits[0].startswith("concept-")  # concepts first, then papers whose title says it
        paper_hits = page.evaluate("paperkgSearch('Paper number 3')")
        assert paper_hits and paper_hits[0].startswith("paper-")
        page.evaluate("paperkgSearch('speculative')")
        page.click(f"#results a[href='{hits[0]}']")
        page.wait_for_function("window.paperkg && window.paperkg.drawn", timeout=15000)
        # A click on a neighbour opens that neighbour's page.
        target = page.evaluate(
            """() => paperkg.nodes.get({filter: n => n.info.page && n.id !== paperkg.focus})[0].id"""
        )
        href = page.evaluate(f"paperkg.nodes.get({target!r}).info.page")
        xy = page.evaluate(f"""() => {{ const n = paperkg.network, b = n.body.nodes[{target!r}];
            const p = n.canvasToDOM({{x: b.x, y: b.y}}), r = document.getElementById('mynetwork').getBoundingClientRect();
            return [r.left + p.x, r.top + p.y]; }}""")
        page.mouse.click(*xy)
        page.wait_for_url(re.compile(re.escape(href) + "$"), timeout=15000)
        page.goto((out / "overview.html").as_uri())
        page.wait_for_function("window.paperkg && window.paperkg.drawn", timeout=15000)
        page.click("#legend a >> nth=0")
        page.wait_for_function("window.paperkg && window.paperkg.drawn", timeout=15000)
        assert re.search(r"community-\d+\.html$", page.url)
        assert page.text_content("#view-title").startswith("Community ")
        assert run.external_requests() == [] and run.errors == []
    finally:
        run.close()
