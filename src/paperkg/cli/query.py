"""`paperkg query`: run the named queries of cypher/queries/ or a .cypher file."""

from __future__ import annotations

import json

import click

from paperkg import api
from paperkg.cli.app import main
from paperkg.cli.options import format_option, render_rows, store_option


def parse_param(text: str, *, as_written: frozenset[str] | set[str] = frozenset()) -> tuple[str, object]:
    """`k=v`: v as JSON when it parses (numbers, lists, true/false/null), else a string; a key in
    `as_written` keeps v as written (an arXiv id `2401.00010` is no number 2401.0001).

    >>> parse_param("limit=5"), parse_param("paper=2401.00010", as_written={"paper"})
    (('limit', 5), ('paper', '2401.00010'))
    """
    if "=" not in text:
        raise click.BadParameter(f"{text!r} is not KEY=VALUE", param_hint="-p")
    key, value = text.split("=", 1)
    if key.strip() in as_written:
        return key.strip(), value
    try:
        parsed = json.loads(value)
    except json.JSONDecodeError:
        parsed = value
    if isinstance(parsed, dict):
        parsed = value
    return key.strip(), parsed


@main.command()
@click.argument("name", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter (repeatable).")
@click.option("--list", "list_", is_flag=True, help="List the named queries with their parameters.")
@store_option
@format_option
def query(name, params, list_, store, fmt):
    """Run a named query from cypher/queries/ or your own .cypher file.

    Values are passed as parameters, never pasted into the text. A value
    that parses as JSON (10, 0.5, true, ["a","b"]) is passed typed, except
    a named query's names, ids and dates (paper=2401.00010 stays text).

    \b
    Example:
      paperkg query --list
      paperkg query top_concepts -p kind=Dataset -p limit=10
      paperkg query my_query.cypher -p name=DPO --format json
    """
    if list_:
        rows = [
            [
                q.name,
                ", ".join(f"{p}={json.dumps(q.defaults[p])}" if p in q.defaults else p for p in q.params),
                q.description,
            ]
            for q in api.list_queries()
        ]
        render_rows(["name", "params", "description"], rows, fmt, max_width=90)
        return
    if not name:
        raise click.UsageError("give a query NAME or FILE, or --list")
    text = _text_params(name)
    columns, rows = api.run_query(name, dict(parse_param(p, as_written=text) for p in params), store=store)
    render_rows(columns, rows, fmt)


def _text_params(name: str) -> set[str]:
    """The parameters a named query reads as text (a paper id, a concept name, a date, a search
    fragment): the ones it declares without a number for default. A .cypher file's are typed as given."""
    for q in api.list_queries():
        if q.name == name:
            return {p for p in q.params if not isinstance(q.defaults.get(p), (int, float))}
    return set()
