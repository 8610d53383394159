"""The default views of the seed corpus read well: labels do not pile up, nothing is cut off.

Built from ../shared/corpus once per module; each page opened in real
headless Chromium at 1400x1000 and read back (see readability.py). The
figures are recorded in benchmarks/results/views.md.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from paperkg import api
from paperkg.cli import main
from readability import measure

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MAX_OVERLAP = 0.05


@pytest.fixture(scope="module")
def seed_views(tmp_path_factory, corpus_dir):
    tmp = tmp_path_factory.mktemp("readable")
    store = str(tmp / "seed.lbdb")
    api.build([str(p) for p in sorted(corpus_dir.glob("*.txt"))], store=store)
    out = tmp / "views"

    def view(*args):
        res = CliRunner().invoke(main, ["view", *args, "--store", store, "--out-dir", str(out)])
        assert res.exit_code == 0, res.output
        return out / res.stdout.strip().rsplit("/", 1)[-1]

    return view


@pytest.mark.parametrize(
    "args",
    [("concept", "mixture of experts", "--hops", "2"), ("overview",), ("community", "0")],
    ids=["moe-2hop", "overview", "community-0"],
)
def test_default_view_labels_do_not_overlap_and_every_node_is_inside(seed_views, open_page, args):
    run = open_page(seed_views(*args), width=1400, height=1000)
    got = measure(run.page)
    print(f"\n{args[0]}: {got}, overlap {got.overlap_share:.1%}")  # recorded in benchmarks/results/views.md
    assert run.console_errors() == [] and run.external_requests() == []
    assert got.nodes > 10 and got.labels >= min(10, got.nodes)
    assert got.overlap_share < MAX_OVERLAP
    assert got.nodes_outside == 0
    if args[0] == "concept":  # the focus sits in the middle of the canvas
        c = run.page.evaluate("""() => { const n = paperkg.network, b = n.body.nodes[paperkg.focus];
            const p = n.canvasToDOM({x: b.x, y: b.y}), r = document.getElementById('mynetwork').getBoundingClientRect();
            return [p.x / r.width, p.y / r.height]; }""")
        assert abs(c[0] - 0.5) < 0.02 and abs(c[1] - 0.5) < 0.02
