"""`paperkg site [DIR]`: the whole graph as a static site, and opening pages in a browser."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import click

from paperkg.cli.app import main
from paperkg.cli.options import note, store_option


def open_page(path: Path) -> bool:
    """Open `path` in a browser if this machine has one; say where it is either way."""
    uri = path.resolve().as_uri()
    try:
        webbrowser.get()
    except webbrowser.Error:
        note(f"no browser found here; open {uri} in one")
        return False
    webbrowser.open(uri)
    note(f"opened {uri}")
    return True


@main.command("site")
@click.argument("out_dir", required=False, type=click.Path(file_okay=False))
@click.option(
    "--top",
    type=click.IntRange(1, 100000),
    default=300,
    show_default=True,
    help="Concepts given their own page, most mentioned first.",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the index in a browser (says so if there is none).")
@click.option(
    "--check",
    is_flag=True,
    help="Then check every page: links that lead nowhere, empty pages, pages no link reaches (exit 1 if any).",
)
@store_option
def site(out_dir, top, open_browser, check, store):
    """Write a self-contained static site of the graph to OUT_DIR (default graph/site).

    An index with search over concepts and papers, the overview, every
    community, a page per concept (the --top most mentioned) and per paper,
    and the trends chart, all linked (a node click opens its page), working
    from file:// with no network. Run it again after `paperkg build`: only
    pages whose inputs changed are written.

    \b
    Example:
      paperkg site
      paperkg site atlas/ --top 500 --open
      paperkg site atlas/ --check
    """
    from paperkg.site import build_site

    out = build_site(out_dir, store=store, top=top, progress=note)
    click.echo(out["index"])
    kinds = ", ".join(f"{k} {n:,}" for k, n in sorted(out["by_kind"].items()))
    note(
        f"{out['pages']:,} pages ({kinds}): {out['written']:,} written, {out['unchanged']:,} unchanged, "
        f"{out['removed']:,} removed; {out['bytes'] / 1e6:.1f} MB in {out['seconds']:.1f} s"
    )
    if check:
        from paperkg.views.site_check import check_site

        found = check_site(Path(out["index"]).parent)
        for line in found.problems():
            note(line)
        note(
            f"{found.pages:,} pages, {found.links:,} links checked ({found.external:,} to the web): "
            + ("no dead link, empty or unreachable page" if found.ok else f"{len(found.problems()):,} problems")
        )
        if not found.ok:
            raise SystemExit(1)
    if open_browser:
        open_page(Path(out["index"]))
