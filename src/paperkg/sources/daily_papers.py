"""Hugging Face Daily Papers pages saved as text.

Layout: a few header lines ("Daily Papers", "byAK and the research
community", ...), a date line ("Aug 8" or "Aug 8, 2024"), then blocks
separated by blank lines that alternate title and abstract.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from paperkg.errors import InputError
from paperkg.sources.lines import iter_lines
from paperkg.sources.record import RawRecord

HEADER_LINES = frozenset({
    "new", "get trending papers in your email inbox!", "subscribe", "daily papers",
    "byak and the research community", "upvote", "submitted by", "previous", "next",
})
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
DATE_LINE = re.compile(r"^(?P<mon>[A-Z][a-z]{2})[a-z]*\.? (?P<day>\d{1,2})(?:,? (?P<year>\d{4}))?$")


def parse_date_line(line: str) -> str | None:
    """`Aug 8` → `--08-08` (ISO 8601 date without year); `Aug 8, 2024` → `2024-08-08`."""
    m = DATE_LINE.match(line.strip())
    if not m or m.group("mon").lower() not in _MONTHS:
        return None
    month = _MONTHS.index(m.group("mon").lower()) + 1
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    year = m.group("year")
    return f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def looks_like_daily_papers(head: str) -> bool:
    first = [l.strip() for l in head.splitlines() if l.strip()][:12]
    return any(l.lower() in HEADER_LINES for l in first) or any(parse_date_line(l) for l in first[:6])


def _blocks(path: Path) -> Iterator[tuple[int, str]]:
    """(first line number, text) of each blank-line separated block."""
    start, buf = 0, []
    for number, line in iter_lines(path):
        if line.strip():
            if not buf:
                start = number
            buf.append(line.strip())
        elif buf:
            yield start, "\n".join(buf)
            buf = []
    if buf:
        yield start, "\n".join(buf)


def _is_abstract(block: str) -> bool:
    return len(block) >= 200 or len(re.findall(r"[.!?](?:\s|$)", block)) >= 2


def read_daily_papers(path: Path) -> Iterator[RawRecord | InputError]:
    """Yield a RawRecord per title/abstract pair; an InputError for a broken pair.

    Errors are yielded, not raised, so the caller decides whether to stop or
    skip (--skip-invalid) and reading goes on after a bad pair.
    """
    listed_on: str | None = None
    in_header = True
    pending: tuple[int, str] | None = None
    for number, block in _blocks(path):
        if in_header:
            if block.lower() in HEADER_LINES:
                continue
            date = parse_date_line(block)
            if date:
                listed_on = date
                continue
            in_header = False
        date = parse_date_line(block) if "\n" not in block else None
        if date:  # a later date section in a page holding several days
            if pending:
                yield InputError(f"title with no abstract: {pending[1][:80]!r}", path=str(path), line=pending[0])
                pending = None
            listed_on = date
            continue
        if pending is None:
            if _is_abstract(block) and "\n" not in block[:300] and len(block) > 400:
                yield InputError("abstract with no title before it", path=str(path), line=number)
                continue
            pending = (number, block)
            continue
        title_line, title = pending
        if not _is_abstract(block):
            yield InputError(f"title with no abstract: {title[:80]!r}", path=str(path), line=title_line)
            pending = (number, block)
            continue
        pending = None
        yield RawRecord(
            title=title.replace("\n", " "), abstract=block, path=str(path), line=title_line,
            listed_on=(listed_on,) if listed_on else (),
        )
    if pending:
        yield InputError(f"title with no abstract: {pending[1][:80]!r}", path=str(path), line=pending[0])
