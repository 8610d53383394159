"""Regenerate the screenshots in README.md and docs/views.md from real corpora.

    .venv/bin/python scripts/screenshots.py                      # builds both graphs first (~10 min)
    .venv/bin/python scripts/screenshots.py --seed-store S --acl-store A   # reuse built graphs

The 2-hop view of mixture of experts comes from the seed corpus
(../shared/corpus), the overview, the trends chart and a leaderboard page from
the ACL Anthology sample (../shared/corpora/acl-anthology/acl_sample_20k.jsonl.gz).
Pages are written by the project's own commands and shot in headless Chromium
at 1400x900 with the network blocked; the script fails if a page tried the
network or logged an error. Each PNG is then cut to 256 colours with
pngquant when it is installed (`apt-get install pngquant`; a third of the
size, no visible change). Look at every picture before committing it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from paperkg.views.chromium import OfflinePage, launch

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = sorted((SHARED / "corpus").glob("*.txt"))
ACL = SHARED / "corpora" / "acl-anthology" / "acl_sample_20k.jsonl.gz"
DOCS = ROOT / "docs"


def paperkg(*args: str) -> str:
    """Run the CLI as a user would; its stdout (a written path)."""
    out = subprocess.run([sys.executable, "-m", "paperkg", *args], check=True, capture_output=True, text=True)
    return out.stdout.strip()


def build(sources: list[Path], store: Path) -> Path:
    if not store.exists():
        print(f"building {store} ...", file=sys.stderr)
        paperkg("build", *map(str, sources), "--store", str(store))
    return store


def shots(pages: list[tuple[Path, Path]], *, width: int = 1400, height: int = 900) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = launch(pw)
        for page_path, out in pages:
            run = OfflinePage(browser, width=width, height=height)
            run.open(page_path)
            if run.page.evaluate("!!document.getElementById('mynetwork')"):
                run.page.wait_for_function("window.paperkg && window.paperkg.drawn", timeout=60000)
            run.page.wait_for_timeout(300)  # let the label placement settle
            run.page.screenshot(path=str(out))
            run.close()
            tried, errors = run.external_requests(), run.console_errors(kinds=("error",))
            if tried or errors:
                raise SystemExit(f"{page_path}: network requests {tried}, errors {errors}")
            before = out.stat().st_size
            shrink(out)
            print(
                f"{out.relative_to(ROOT)} <- {page_path.name} ({before // 1000} kB -> {out.stat().st_size // 1000} kB)",
                file=sys.stderr,
            )
        browser.close()


def shrink(png: Path) -> None:
    """256 colours, losslessly recompressed: screenshots of flat pages lose nothing a reader sees."""
    if shutil.which("pngquant") is None:
        print(f"pngquant not installed: {png.name} left at full size", file=sys.stderr)
        return
    subprocess.run(
        [
            "pngquant",
            "--force",
            "--skip-if-larger",
            "--strip",
            "--quality",
            "70-100",
            "--speed",
            "1",
            "--output",
            str(png),
            "256",
            str(png),
        ],
        check=False,
    )


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed-store", type=Path, help="a graph built from ../shared/corpus (built if missing)")
    ap.add_argument("--acl-store", type=Path, help="a graph built from the ACL sample (built if missing)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="paperkg-shots-") as tmp:
        tmp = Path(tmp)
        seed = build(SEED, args.seed_store or tmp / "seed.lbdb")
        acl = build([ACL], args.acl_store or tmp / "acl.lbdb")
        views = tmp / "views"
        pages = [
            (
                Path(
                    paperkg(
                        "view",
                        "concept",
                        "mixture of experts",
                        "--hops",
                        "2",
                        "--store",
                        str(seed),
                        "--out-dir",
                        str(views),
                    )
                ),
                DOCS / "view-concept.png",
            ),
            (
                Path(paperkg("view", "overview", "--store", str(acl), "--out-dir", str(views / "acl"))),
                DOCS / "view-overview.png",
            ),
            (
                Path(paperkg("view", "trends", "--store", str(acl), "--out-dir", str(views / "acl"))),
                DOCS / "view-trends.png",
            ),
            # A classic benchmark of the sample with a dated history of named systems.
            (
                Path(paperkg("view", "leaderboard", "Spider", "--store", str(acl), "--out-dir", str(views / "acl"))),
                DOCS / "view-leaderboard.png",
            ),
        ]
        shots(pages)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
