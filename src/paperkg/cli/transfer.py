"""`paperkg sync` and `paperkg export`: move a built graph without extracting again."""

from __future__ import annotations

import click

from paperkg import api
from paperkg.cli.app import main
from paperkg.cli.options import format_option, note, render_mapping, store_option

EXPORT_FORMATS = ("neo4j-admin", "graphml", "jsonl")  # paperkg.store.export.FORMATS; the CLI imports no store


@main.command()
@click.option(
    "--from", "source", required=True, metavar="PATH|URI", help="Store to copy from (usually the embedded one)."
)
@click.option(
    "--to", "target", required=True, metavar="URI|PATH", help="Store to copy into, e.g. neo4j://localhost:7687."
)
@click.option("--replace", is_flag=True, help="Empty the target first, for an exact copy.")
@click.option(
    "--batch-size",
    type=click.IntRange(1, 1_000_000),
    default=5000,
    show_default=True,
    help="Rows per write transaction.",
)
@format_option(choices=("table", "json"), legacy_json=True)
def sync(source, target, replace, batch_size, fmt):
    """Copy a built graph into another store (e.g. the embedded one into Neo4j).

    Papers already in the target are replaced with their edges, as a build
    would; --replace empties the target first. Nothing is extracted again.
    Neo4j credentials come from NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE.

    \b
    Example:
      paperkg sync --from graph/paperkg.lbdb --to neo4j://localhost:7687
    """
    summary = api.sync(
        source, target, replace=replace, batch_size=batch_size, progress=lambda what, n: note(f"  {what}: {n}")
    )
    if fmt == "json":
        render_mapping(summary, "json")
        return
    nodes = {k: v for k, v in summary["counts"].items() if not k.startswith("rel:") and k != "listings"}
    rels = {k[4:]: v for k, v in summary["counts"].items() if k.startswith("rel:")}
    click.echo(f"synced {summary['source']} -> {summary['target']} in {summary['seconds']} s")
    click.echo(f"target: {sum(nodes.values())} nodes, {sum(rels.values())} relationships")


@main.command(name="export")
@click.argument("export_format", metavar="FORMAT")
@click.argument("directory", type=click.Path(file_okay=False), required=False)
@store_option
@format_option(choices=("table", "json"), input_formats=EXPORT_FORMATS, moved_to="paperkg export", legacy_json=True)
def export_cmd(export_format, directory, store, fmt, input_fmt=None):
    """Write the graph out as FORMAT (neo4j-admin, graphml or jsonl) into DIRECTORY.

    neo4j-admin: CSVs + import.sh for `neo4j-admin database import full`;
    graphml: graph.graphml; jsonl: graph.jsonl (APOC's JSON shape).
    (`--format FORMAT DIRECTORY`, the old spelling, still works.)

    \b
    Example:
      paperkg export neo4j-admin graph/neo4j-import
      graph/neo4j-import/import.sh          # with Neo4j stopped; see README
      paperkg export graphml graph/export
    """
    if input_fmt is not None:  # old spelling: `export --format FMT DIR`, parsed as FORMAT=DIR
        export_format, directory = input_fmt, export_format
    if directory is None:
        raise click.UsageError("missing argument 'DIRECTORY'")
    summary = api.export(export_format, directory, store=store)
    if fmt == "json":
        render_mapping(summary, "json")
        return
    for path in summary["files"]:
        click.echo(path)
    note(
        f"{sum(summary['nodes'].values())} nodes, {sum(summary['relationships'].values())} relationships "
        f"written as {export_format} to {summary['directory']}"
    )
