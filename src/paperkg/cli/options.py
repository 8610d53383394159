"""Option decorators shared by commands, and rendering of rows as table/JSON/CSV.

stdout carries the data only; progress and notes go to stderr.
"""

from __future__ import annotations

import csv
import functools
import json
import re
import sys
from typing import Any, Callable, Sequence

import click

from paperkg import config
from paperkg.sources import FORMATS


def store_option(fn: Callable) -> Callable:
    """--store PATH (embedded) or neo4j://host:port (Neo4j)."""
    return click.option(
        "--store",
        "store",
        default=None,
        metavar="PATH|URI",
        help=f"Embedded store path (default {config.DEFAULT_STORE}) or neo4j://host:port.",
    )(fn)


OUTPUT_FORMATS = ("table", "json", "csv")


def format_option(
    fn: Callable | None = None,
    *,
    choices: Sequence[str] = OUTPUT_FORMATS,
    input_formats: Sequence[str] = (),
    moved_to: str = "--input-format",
    legacy_json: bool = False,
) -> Callable:
    """--format: what a command prints on stdout, the same option on every command that prints data.

    Old spellings keep working, with a warning on stderr: `input_formats` are
    the values --format took when it named the input (or export) format
    (they now go to `moved_to`, passed as `input_fmt`; a value that is also an
    output format is the output format), and `legacy_json` keeps the hidden --json flag of build, sync and export.
    """

    def decorate(f: Callable) -> Callable:
        @functools.wraps(f)
        def command(*args: Any, **kwargs: Any) -> Any:
            if kwargs["fmt"] not in choices:
                note(f"warning: --format {kwargs['fmt']} is deprecated here: use {moved_to} {kwargs['fmt']}")
                kwargs["input_fmt"], kwargs["fmt"] = kwargs["fmt"], choices[0]
            if kwargs.pop("as_json", False):
                note("warning: --json is deprecated: use --format json")
                kwargs["fmt"] = "json"
            return f(*args, **kwargs)

        if legacy_json:
            command = click.option("--json", "as_json", is_flag=True, hidden=True)(command)
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(list(dict.fromkeys([*choices, *input_formats]))),
            default=choices[0],
            show_default=True,
            metavar="[" + "|".join(choices) + "]",
            help="Output format on stdout.",
        )(command)

    return decorate(fn) if fn is not None else decorate


# Characters that act on a terminal instead of showing: C0/C1 controls (ESC starts
# colour and cursor sequences), DEL, line/paragraph separators and the bidi
# overrides that reorder what is shown. Paper text may hold any of them.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with every terminal-active character written as an escape: `\x1b[31m` → `\\x1b[31m`."""
    return _UNPRINTABLE.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def render_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str, *, max_width: int = 60) -> None:
    """Write rows to stdout as an aligned table, a JSON list of objects, or CSV."""
    out = sys.stdout
    if fmt == "json":
        json.dump([dict(zip(columns, r)) for r in rows], out, ensure_ascii=False, indent=1, default=str)
        out.write("\n")
        return
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for r in rows:
            writer.writerow([_cell(v) if isinstance(v, (list, tuple, dict)) else ("" if v is None else v) for v in r])
        return
    cells = [[printable(_cell(v)) for v in r] for r in rows]
    cells = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in r] for r in cells]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths))
    out.write(line.rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() + "\n")


def _value_in(sentence: str, value: str) -> re.Match | None:
    """Where a result's value is written in its sentence: the value as written, else its number
    ("+6.4 points" -> "6.4"), never inside a longer number ("32" not in "32.10" or "132")."""
    number = re.search(r"\d+(?:[.,]\d+)*", value or "")
    for text in dict.fromkeys(filter(None, [(value or "").strip(), number.group(0) if number else ""])):
        found = re.search(rf"(?<![\d.,]){re.escape(text)}(?![\d]|[.,]\d)", sentence)
        if found:
            return found
    return None


def evidence_excerpt(sentence: str, value: str, width: int = 80) -> str:
    """A table cell of at most `width` characters of `sentence` that shows `value`: the sentence's
    start when the value is written there, else a window around it ("…to 32 BLEU on WMT14…"), so the
    number a row reports can be read in its evidence without --format json.

    >>> s = ("Our sentence-level model gains 0.5 BLEU on both test sets, while our "
    ...      "contextual model improves from 31.81 to 32 BLEU on WMT14.")
    >>> evidence_excerpt(s, "32", 60)
    '…contextual model improves from 31.81 to 32 BLEU on WMT14.'
    >>> evidence_excerpt(s, "0.5", 60) == s  # written early: the cell is cut at the end as before
    True
    >>> len(evidence_excerpt("x " * 60 + "reaches 61.2% accuracy " + "y " * 60, "61.2%", 40))
    40
    """
    if len(sentence) <= width:
        return sentence
    found = _value_in(sentence, value)
    if found is None or found.end() <= width - 1:
        return sentence  # the table cuts it at the end, the value inside
    room = width - 2  # an ellipsis on each side
    start = max(0, found.start() - room // 3)
    tail = len(sentence) - start <= width - 1  # the window reaches the sentence's end: one ellipsis
    if tail:
        start = len(sentence) - (width - 1)
    space = sentence.find(" ", start, found.start())
    if 0 <= space - start < 15:
        start = space + 1  # open the window at a word
    return "…" + (sentence[start:] if tail else sentence[start : start + room] + "…")


def render_mapping(data: dict, fmt: str) -> None:
    """A single record (a summary, a concept card): key/value table or JSON."""
    if fmt == "json":
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
        return
    render_rows(["key", "value"], [[k, v] for k, v in data.items()], fmt, max_width=100)


def sure_options(fn: Callable) -> Callable:
    """--include-unsure and --min-confidence: which results are sure enough to show."""
    fn = click.option(
        "--min-confidence",
        type=click.FloatRange(0, 1),
        default=None,
        help="Show results the extractor is at least this sure of (default 0.6).",
    )(fn)
    return click.option("--include-unsure", is_flag=True, help="Also show results the extractor is unsure of.")(fn)


def note(message: str) -> None:
    """Progress or a remark for the person at the terminal: stderr."""
    click.echo(printable(message), err=True)


#: --input-format, shared by the commands that read papers (build, extract).
input_format_option = click.option(
    "--input-format",
    "input_fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Source format (acl: ACL Anthology XML); detected from content when not given.",
)
