"""`paperkg sync` and `paperkg export`: move a built graph without extracting again."""
from __future__ import annotations

import click

from paperkg import api
from paperkg.cli.app import main
from paperkg.cli.options import note, render_mapping, store_option


@main.command()
@click.option("--from", "source", required=True, metavar="PATH|URI", help="Store to copy from (usually the embedded one).")
@click.option("--to", "target", required=True, metavar="URI|PATH", help="Store to copy into, e.g. neo4j://localhost:7687.")
@click.option("--replace", is_flag=True, help="Empty the target first, for an exact copy.")
@click.option("--batch-size", type=click.IntRange(1, 1_000_000), default=5000, show_default=True,
              help="Rows per write transaction.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def sync(source, target, replace, batch_size, as_json):
    """Copy a built graph into another store (e.g. the embedded one into Neo4j).

    Papers already in the target are replaced with their edges, as a build
    would; --replace empties the target first. Nothing is extracted again.
    Neo4j credentials come from NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE.

    \b
    Example:
      paperkg sync --from graph/paperkg.lbdb --to neo4j://localhost:7687
    """
    summary = api.sync(source, target, replace=replace, batch_size=batch_size,
                       progress=lambda what, n: note(f"  {what}: {n}"))
    if as_json:
        render_mapping(summary, "json")
        return
    nodes = {k: v for k, v in summary["counts"].items() if not k.startswith("rel:") and k != "listings"}
    rels = {k[4:]: v for k, v in summary["counts"].items() if k.startswith("rel:")}
    click.echo(f"synced {summary['source']} -> {summary['target']} in {summary['seconds']} s")
    click.echo(f"target: {sum(nodes.values())} nodes, {sum(rels.values())} relationships")


@main.command(name="export")
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--format", "fmt", type=click.Choice(["neo4j-admin", "graphml", "jsonl"]), required=True,
              help="neo4j-admin: CSVs + import.sh for `neo4j-admin database import full`; "
                   "graphml: graph.graphml; jsonl: graph.jsonl (APOC's JSON shape).")
@store_option
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def export_cmd(directory, fmt, store, as_json):
    """Write the graph out for Neo4j's bulk importer or other tools.

    \b
    Example:
      paperkg export --format neo4j-admin graph/neo4j-import
      graph/neo4j-import/import.sh          # with Neo4j stopped; see README
      paperkg export --format graphml graph/export
    """
    summary = api.export(fmt, directory, store=store)
    if as_json:
        render_mapping(summary, "json")
        return
    for path in summary["files"]:
        click.echo(path)
    note(f"{sum(summary['nodes'].values())} nodes, {sum(summary['relationships'].values())} relationships "
         f"written as {fmt} to {summary['directory']}")
