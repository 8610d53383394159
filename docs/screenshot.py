"""Screenshot a paperkg view in headless Chromium with the network blocked.

Makes the README's picture from a page the project's own command wrote:

    paperkg build ../shared/corpus/*.txt
    paperkg view concept "mixture of experts" --hops 2
    .venv/bin/python docs/screenshot.py graph/views/concept-method-mixtureofexpert.html docs/view-concept.png --hover

--hover moves the mouse onto the page's focus node so its tooltip shows.
Exits non-zero if the page tried the network or logged an error.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic"]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("page", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--hover", action="store_true", help="show the focus node's tooltip")
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=860)
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    tried, errors = [], []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": args.height})

        def route(r):
            if r.request.url.startswith("file:"):
                r.continue_()
            else:
                tried.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(args.page.resolve().as_uri())
        page.wait_for_function("window.paperkg && window.paperkg.drawn", timeout=30000)
        if args.hover:
            xy = page.evaluate("""() => {
                const id = paperkg.network.getSelectedNodes()[0];
                const p = paperkg.network.canvasToDOM(paperkg.network.getPositions([id])[id]);
                const r = document.getElementById('mynetwork').getBoundingClientRect();
                return [r.left + p.x, r.top + p.y];
            }""")
            page.mouse.move(xy[0] + 1, xy[1] + 1)
            page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.out))
        counts = page.evaluate("[paperkg.nodes.length, paperkg.edges.length]")
        browser.close()
    print(f"{args.out}: {counts[0]} nodes, {counts[1]} edges; network requests tried: {len(tried)}; errors: {len(errors)}")
    return 1 if tried or errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
