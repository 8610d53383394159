"""`paperkg build`, `stats`, `remove`."""

from __future__ import annotations

import sys
from typing import Any

import click

from paperkg import api
from paperkg.cli.app import main
from paperkg.cli.options import (
    format_option,
    input_format_option,
    note,
    printable,
    render_mapping,
    render_rows,
    store_option,
)
from paperkg.sources import FORMATS


@main.command()
@click.argument("sources", nargs=-1, required=True)
@store_option
@input_format_option
@format_option(choices=("table", "json"), input_formats=FORMATS, legacy_json=True)
@click.option("--skip-invalid", is_flag=True, help="Skip bad records, report them, and go on.")
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Where --skip-invalid writes skipped records (default graph/skipped.jsonl).",
)
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Extraction processes.")
@click.option(
    "--bulk/--no-bulk",
    default=True,
    show_default=True,
    help="Build a store that holds no graph with CSV files and COPY (much faster, same graph); "
    "--no-bulk writes in batches as updates do.",
)
def build(sources, store, input_fmt, fmt, skip_invalid, report_path, workers, bulk):
    """Build or update the graph from paper dumps (files, directories, globs).

    Incremental: papers already stored with the same content are skipped,
    changed ones replaced. Building the same input twice changes nothing.
    A first build (no store yet, or an empty one) loads in bulk and puts the
    store in place only when it is complete.

    \b
    Example:
      paperkg build ../shared/corpus/*.txt
      paperkg build papers.jsonl --skip-invalid --store graph/mine.lbdb
    """
    bar: Any = None  # click's progress bar, once the build knows how many papers it reads

    def start(total: int) -> None:
        nonlocal bar
        if not sys.stderr.isatty():
            return  # no bar in logs and pipes; the summary says it all
        bar = click.progressbar(length=max(total, 1), label="building", file=click.get_text_stream("stderr"))  # type: ignore[operator]  # click stubs
        bar.__enter__()

    try:
        summary = api.build(
            sources,
            store=store,
            fmt=input_fmt,
            skip_invalid=skip_invalid,
            report_path=report_path,
            workers=workers,
            bulk=bulk,
            on_start=start,
            progress=lambda n: bar.update(n) if bar else None,
        )
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    if summary.refresh.get("pending"):
        note(
            f"the concept refresh stopped at its pass cap: {summary.refresh['pending']} concept(s) its last pass "
            "changed are not re-decided; the graph is complete and a later build or remove that touches them "
            "re-decides them"
        )
    data = summary.as_dict()
    if fmt == "json":
        render_mapping(data, "json")
        return
    changed = summary.new + summary.updated
    click.echo(
        f"{summary.papers} papers read ({summary.records} records, {summary.merged} merged): {summary.new} new, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{summary.skipped} skipped"
    )
    click.echo(
        f"graph: {summary.concepts} concepts, {summary.relationships} relationships in {summary.store} "
        f"({summary.seconds:.1f} s)"
    )
    if summary.skipped:
        reasons = ", ".join(f"{n} {r}" for r, n in summary.skipped_reasons.items())
        note(f"skipped {summary.skipped} record(s): {reasons}; details in {summary.skipped_report}")
    if summary.merged_versions:
        note(
            f"{summary.merged_versions} of the merged records share a title with an earlier one but not its "
            "abstract (e.g. a workshop and a main-venue version): the first abstract is kept"
        )
    if not changed and summary.papers:
        note("nothing changed: every paper was already in the graph with the same content")


@main.command()
@store_option
@format_option
@click.option("--top", type=click.IntRange(0), default=10, show_default=True, help="How many top concepts.")
def stats(store, fmt, top):
    """Counts by label, concept type and relationship type, and the top concepts.

    \b
    Example:
      paperkg stats --format json
    """
    data = api.stats(store, top=top)
    if fmt == "json":
        render_mapping(data, "json")
        return
    rows = [["Paper", "", data["papers"]], ["Paper listings", "", data["listings"]], ["Result", "", data["results"]]]
    rows += [["Concept", kind, n] for kind, n in data["concepts_by_kind"].items()]
    rows += [["relationship", t, n] for t, n in data["relationships"].items()]
    if fmt == "csv":  # one CSV table: the top concepts are rows too, named in a fourth column
        top = [["top concept", c["kind"], c["papers"], c["name"]] for c in data["top_concepts"]]
        render_rows(["what", "type", "count", "name"], [r + [""] for r in rows] + top, fmt)
        return
    render_rows(["what", "type", "count"], rows, fmt)
    if data["top_concepts"]:
        click.echo()
        render_rows(
            ["top concept", "type", "papers"], [[c["name"], c["kind"], c["papers"]] for c in data["top_concepts"]], fmt
        )


@main.command()
@click.argument("paper")
@store_option
@click.option("--dry-run", is_flag=True, help="Say which paper would be removed; remove nothing.")
def remove(paper, store, dry_run):
    """Remove a paper (by id, arXiv id or whole title), its results, and the concepts only it mentioned.

    \b
    Example:
      paperkg remove "CUDA-LLM: LLMs Can Write Efficient CUDA Kernels" --dry-run
      paperkg remove t-1a2b3c4d5e6f
    """
    out = api.remove_paper(paper, store=store, dry_run=dry_run)
    click.echo(f"{'would remove' if dry_run else 'removed'} {out['id']}  {printable(out['title'])}")
