"""Hugging Face Daily Papers pages saved as text.

Layout: a few header lines ("Daily Papers", "byAK and the research
community", ...), a date line ("Aug 8" or "Aug 8, 2024"), then blocks
separated by blank lines that alternate title and abstract.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from paperkg.errors import InputError
from paperkg.sources.lines import iter_lines
from paperkg.sources.record import RawRecord
from paperkg.sources.structured import record_from_mapping

HEADER_LINES = frozenset(
    {
        "new",
        "get trending papers in your email inbox!",
        "subscribe",
        "daily papers",
        "byak and the research community",
        "upvote",
        "submitted by",
        "previous",
        "next",
    }
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
DATE_LINE = re.compile(r"^(?P<mon>[A-Z][a-z]{2})[a-z]*\.? (?P<day>\d{1,2})(?:,? (?P<year>\d{4}))?$")


def parse_date_line(line: str) -> str | None:
    """`Aug 8` → `--08-08` (ISO 8601 date without year); `Aug 8, 2024` → `2024-08-08`.

    None when the line is not a date line; ValueError when it is one naming a
    day that does not exist (`Feb 31, 2024`), so it is reported, never guessed.
    """
    m = DATE_LINE.match(line.strip())
    if not m or m.group("mon").lower() not in _MONTHS:
        return None
    month = _MONTHS.index(m.group("mon").lower()) + 1
    day = int(m.group("day"))
    year = m.group("year")
    try:
        dt.date(int(year) if year else 2000, month, day)  # 2000 is a leap year: `Feb 29` is a date
    except ValueError:
        raise ValueError(f"date line {line.strip()!r} names a day that does not exist") from None
    return f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _date_or_none(line: str) -> str | None:
    try:
        return parse_date_line(line)
    except ValueError:
        return "bad"


def looks_like_daily_papers(head: str) -> bool:
    first = [l.strip() for l in head.splitlines() if l.strip()][:12]
    return any(l.lower() in HEADER_LINES for l in first) or any(_date_or_none(l) for l in first[:6])


@dataclass(frozen=True, slots=True)
class _Block:
    """A blank-line separated block: its first line number, its text, and the
    error of a line in it that is not UTF-8 (the record it belongs to is dropped)."""

    line: int
    text: str
    error: InputError | None = None


def _blocks(path: Path) -> Iterator[_Block]:
    start, buf, error = 0, [], None
    for number, line, err in iter_lines(path):
        if line.strip():
            if not buf:
                start = number
            buf.append(line.strip())
            error = error or err
        elif buf:
            yield _Block(start, "\n".join(buf), error)
            buf, error = [], None
    if buf:
        yield _Block(start, "\n".join(buf), error)


def _is_abstract(block: str) -> bool:
    return len(block) >= 200 or len(re.findall(r"[.!?](?:\s|$)", block)) >= 2


def read_daily_papers(path: Path) -> Iterator[RawRecord | InputError]:
    """Yield a RawRecord per title/abstract pair; an InputError for a broken pair.

    Errors are yielded, not raised, so the caller decides whether to stop or
    skip (--skip-invalid) and reading goes on after a bad pair.
    """
    listed_on: str | None = None
    in_header = True
    pending: _Block | None = None
    where = str(path)
    for block in _blocks(path):
        if in_header and block.text.lower() in HEADER_LINES:
            continue
        try:
            date = parse_date_line(block.text) if "\n" not in block.text else None
        except ValueError as exc:
            yield InputError(str(exc), path=where, line=block.line)
            listed_on = None  # the papers below it get no date rather than a wrong one
            continue
        if date:  # the page's date, or a later date section in a page holding several days
            if pending:
                yield pending.error or _no_abstract(pending, where)
                pending = None
            listed_on = date
            continue
        in_header = False
        if pending is None:
            if _is_abstract(block.text) and "\n" not in block.text[:300] and len(block.text) > 400:
                yield block.error or InputError("abstract with no title before it", path=where, line=block.line)
                continue
            pending = block
            continue
        if not _is_abstract(block.text):
            yield pending.error or _no_abstract(pending, where)
            pending = block
            continue
        title, pending = pending, None
        yield (
            title.error
            or block.error
            or record_from_mapping(
                {
                    "title": title.text.replace("\n", " "),
                    "abstract": block.text,
                    "listed_on": [listed_on] if listed_on else [],
                },
                where,
                title.line,
            )
        )
    if pending:
        yield pending.error or _no_abstract(pending, where)


def _no_abstract(title: _Block, where: str) -> InputError:
    return InputError(f"title with no abstract: {title.text[:80]!r}", path=where, line=title.line)
