"""Tell a file's format from its content (overridable with --format)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from paperkg.errors import InputError
from paperkg.sources.acl_anthology import looks_like_acl_xml
from paperkg.sources.daily_papers import looks_like_daily_papers
from paperkg.sources.lines import head, inner_name, leading_lines

FORMATS = ("daily", "jsonl", "json", "csv", "arxiv", "acl")
_ARXIV_KEYS = {"authors_parsed", "update_date", "categories", "versions"}


def detect_format(path: Path) -> str:
    """One of FORMATS, judged from the first 8 KiB and the whole first lines (decompressed); InputError if none fits."""
    text = head(path)
    stripped = text.lstrip()
    if stripped.startswith("["):
        return "json"
    lines = leading_lines(path)  # whole lines: a JSON Lines record may be longer than 8 KiB
    line = lines[0] if lines else ""
    if stripped.startswith("{"):
        obj = next((o for o in map(_json_object, lines) if o is not None), None)
        if obj is None:
            # a pretty-printed single object or a truncated first line
            raise InputError(
                "starts like JSON but its first lines are not JSON objects; truncated file?", path=str(path), line=1
            )
        return "arxiv" if len(_ARXIV_KEYS & obj.keys()) >= 2 else "jsonl"
    if stripped.startswith("<"):
        if looks_like_acl_xml(stripped):
            return "acl"
        raise InputError(
            "XML, but not ACL Anthology metadata (expected a <collection> of <volume>s)", path=str(path), line=1
        )
    try:
        header = next(csv.reader(io.StringIO(line)))
    except (csv.Error, StopIteration):
        header = []
    names = {h.strip().lower() for h in header}
    if len(header) > 1 and ("title" in names or "abstract" in names or inner_name(path).lower().endswith(".csv")):
        return "csv"  # a .csv without the needed columns gets the CSV reader's precise error
    if looks_like_daily_papers(text):
        return "daily"
    raise InputError(
        "cannot tell the format: expected Daily Papers text, JSON Lines, a JSON array, "
        "CSV with a title,abstract header, the arXiv snapshot or ACL Anthology XML (use --format to say which)",
        path=str(path),
        line=1,
    )


def _json_object(line: str) -> dict | None:
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError):
        return None
    return obj if isinstance(obj, dict) else None
