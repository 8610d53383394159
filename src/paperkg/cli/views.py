"""`paperkg view concept|community|paper|overview`: interactive HTML views."""

from __future__ import annotations

import functools
from typing import Callable

import click

from paperkg import api, config
from paperkg.cli.app import main
from paperkg.cli.options import note, store_option


def page_output_options(fn: Callable) -> Callable:
    """--out-dir and --open, shared by every command that writes one page."""
    fn = click.option("--open", "open_browser", is_flag=True, help="Open the page in the default browser.")(fn)
    return click.option(
        "--out-dir",
        type=click.Path(file_okay=False),
        default=None,
        help=f"Folder for the page and index.html (default {config.VIEWS_DIR}).",
    )(fn)


def view_options(fn: Callable, *, max_nodes: int = 300, what: str = "nodes") -> Callable:
    """--max-nodes, --out-dir, --open and --store, shared by every view."""
    fn = page_output_options(fn)
    fn = click.option(
        "--max-nodes",
        type=click.IntRange(1, 20000),
        default=max_nodes,
        show_default=True,
        help=f"Cut to this many {what}, keeping the strongest; the page says what was left out.",
    )(fn)
    return store_option(fn)


def _done(view, open_browser: bool) -> None:
    """The written path on stdout (data); what was cut on stderr (a remark)."""
    click.echo(str(view.path))
    note(f"{view.node_count} nodes, {view.edge_count} edges: {view.description}")
    if view.omitted.get("nodes"):
        note(f"left out {view.omitted['nodes']} nodes to fit --max-nodes")
    if open_browser:
        from paperkg.cli.site import open_page

        open_page(view.path)


#: The overview draws the largest communities only: a corpus of 20,000 papers has hundreds of
#: two-concept communities, which as grey dots would hide the twenty that matter.
OVERVIEW_MAX_NODES = 40


@main.group()
def view() -> None:
    """Write interactive HTML views of the graph under graph/views/ (offline, self-contained).

    \b
    Example:
      paperkg view concept "mixture of experts" --hops 2
      paperkg view overview --open
    """


@view.command("concept")
@click.argument("name")
@click.option("--hops", type=click.IntRange(1, 2), default=1, show_default=True, help="How far from the concept to go.")
@view_options
def view_concept(name, hops, max_nodes, out_dir, open_browser, store):
    """A concept (name, alias or key) and its neighbourhood in the co-occurrence graph.

    Beyond --max-nodes, the nodes with the weakest links are left out and the
    page says which.

    \b
    Example:
      paperkg view concept "mixture of experts" --hops 2
      paperkg view concept GSM8K --max-nodes 100 --open
    """
    _done(api.view_concept(name, store=store, hops=hops, max_nodes=max_nodes, out_dir=out_dir), open_browser)


@view.command("community")
@click.argument("community_id", type=click.IntRange(0))
@view_options
def view_community(community_id, max_nodes, out_dir, open_browser, store):
    """One community of concepts, numbered as `paperkg communities` prints them (0 is the largest).

    \b
    Example:
      paperkg view community 0
    """
    _done(api.view_community(community_id, store=store, max_nodes=max_nodes, out_dir=out_dir), open_browser)


@view.command("paper")
@click.argument("id_or_title")
@view_options
def view_paper(id_or_title, max_nodes, out_dir, open_browser, store):
    """A paper (id, arXiv id or title), its concepts and the papers sharing them.

    \b
    Example:
      paperkg view paper 2401.04088
      paperkg view paper "Just Like That"
    """
    _done(api.view_paper(id_or_title, store=store, max_nodes=max_nodes, out_dir=out_dir), open_browser)


@view.command("overview")
@functools.partial(view_options, max_nodes=OVERVIEW_MAX_NODES, what="communities (the largest)")
def view_overview(max_nodes, out_dir, open_browser, store):
    """Communities as super-nodes sized by papers, linked by co-occurrence.

    \b
    Example:
      paperkg view overview --open
    """
    _done(api.view_overview(store=store, max_nodes=max_nodes, out_dir=out_dir), open_browser)


@view.command("trends")
@click.option(
    "--period",
    type=click.Choice(["year", "quarter", "month"]),
    default=None,
    help="Counting period (default: what suits the span of the dates).",
)
@click.option(
    "--out-dir",
    type=click.Path(file_okay=False),
    default=None,
    help=f"Folder for the page and index.html (default {config.VIEWS_DIR}).",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the default browser.")
@store_option
def view_trends(period, out_dir, open_browser, store):
    """Papers per period of the concepts rising and falling most, as a line chart (numbers on hover).

    \b
    Example:
      paperkg view trends --open
    """
    _done(api.view_trends(store=store, period=period, out_dir=out_dir), open_browser)
