"""`paperkg extract`: concepts and results of each paper, one JSON line a paper."""

from __future__ import annotations

import sys

import click

from paperkg import api
from paperkg.cli.app import main
from paperkg.cli.options import format_option, input_format_option, note
from paperkg.sources import FORMATS


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    show_default=True,
    help="Where to write the JSON lines ('-' is stdout).",
)
@input_format_option
@format_option(choices=("jsonl",), input_formats=FORMATS)
@click.option("--skip-invalid", is_flag=True, help="Skip bad records and go on.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Extraction processes.")
def extract(sources, output, input_fmt, fmt, skip_invalid, workers):
    """Extract models, methods, datasets, metrics, tasks and reported results.

    Writes one paper a line in the format of the annotation guideline (title,
    entities with name, type, aliases, introduced and evidence; results), the
    format `score_extraction.py` scores.

    \b
    Example:
      paperkg extract ../shared/corpus/*.txt -o out.jsonl
      paperkg extract papers.jsonl --workers 2 | head -1
    """
    target = sys.stdout if output == "-" else output
    summary = api.extract_to_file(sources, target, fmt=input_fmt, skip_invalid=skip_invalid, workers=workers)
    note(
        f"{summary.papers} papers: {summary.entities} entities, {summary.results} results"
        f"{f', {summary.skipped} skipped' if summary.skipped else ''} ({summary.seconds:.1f} s)"
        + (f" -> {summary.output}" if output != "-" else "")
    )
