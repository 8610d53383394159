"""From a Daily Papers dump to pages in the browser: build, then `paperkg view`, on a real store."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from paperkg.cli import main
from paperkg.views import external_references

pytestmark = pytest.mark.browser

HOSTILE = 'MoE </div><script>window.__pwned=1</script> "routing" <img src=x onerror="window.__pwned=2">'
ABSTRACT = (
    "We propose a mixture of experts (MoE) model trained with LoRA. It reaches 91.2% accuracy on GSM8K "
    "and improves over GPT-4 on MATH500 while halving inference latency."
)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("e2e")
    dump = tmp / "d.txt"
    titles = [HOSTILE, "Sparse Experts for Math Reasoning", "Routing Tokens to Experts"]
    lines = ["Aug 8", ""]
    for i, t in enumerate(titles):
        lines += [t, "", f"{ABSTRACT} Variant {i} scales to {8 * (i + 1)} experts.", ""]
    dump.write_text("\n".join(lines), encoding="utf-8")
    store = str(tmp / "g.lbdb")
    res = CliRunner().invoke(main, ["build", str(dump), "--store", store])
    assert res.exit_code == 0, res.output
    return store, tmp / "views"


def view(built, *args):
    store, out = built
    res = CliRunner().invoke(main, ["view", *args, "--store", store, "--out-dir", str(out)])
    assert res.exit_code == 0, res.output
    return out / res.stdout.strip().rsplit("/", 1)[-1]


def test_paper_with_markup_in_its_title_renders_as_text(built, open_page):
    path = view(built, "paper", "MoE </div><script>")
    assert external_references(path.read_text(encoding="utf-8")) == []
    run = open_page(path)
    assert run.external_requests() == [] and run.console_errors() == []
    assert run.page.evaluate("window.__pwned") is None
    assert run.page.text_content("#view-title") == HOSTILE
    assert run.page.evaluate("paperkg.nodes.length") >= 2
    run.screenshot("view-paper-hostile-title.png")


@pytest.mark.parametrize("args", [("concept", "mixture of experts", "--hops", "2"), ("overview",)])
def test_concept_and_overview_pages_draw_offline(built, open_page, args):
    path = view(built, *args)
    assert external_references(path.read_text(encoding="utf-8")) == []
    run = open_page(path)
    assert run.external_requests() == [] and run.console_errors() == []
    assert run.page.evaluate("paperkg.nodes.length") >= 1
    index = (path.parent / "index.html").read_text(encoding="utf-8")
    assert path.name in index
