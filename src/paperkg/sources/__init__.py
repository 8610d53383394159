"""Readers: every source format streamed as Paper records.

    for paper in read_papers(["dumps/", "extra.jsonl"]):
        ...

The same paper in several dumps (or several times in one) becomes one Paper
carrying every listing date. Readers never import extraction or storage.
"""
from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from paperkg.errors import InputError
from paperkg.model import Paper
from paperkg.sources.daily_papers import read_daily_papers
from paperkg.sources.detect import FORMATS, detect_format
from paperkg.sources.normalise import clean_block, paper_id
from paperkg.sources.record import RawRecord
from paperkg.sources.structured import read_csv, read_json_array, read_jsonl

__all__ = ["FORMATS", "ReadReport", "expand_sources", "read_papers", "read_records", "detect_format"]

_READERS = {
    "daily": read_daily_papers,
    "jsonl": read_jsonl,
    "arxiv": read_jsonl,
    "json": read_json_array,
    "csv": read_csv,
}
_SUFFIXES = {".txt", ".jsonl", ".ndjson", ".json", ".csv"}


@dataclass
class ReadReport:
    """What reading saw: records, unique papers, and what was skipped and why."""

    records: int = 0
    papers: int = 0
    skipped: list[InputError] = field(default_factory=list)

    def skipped_by_reason(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for err in self.skipped:
            reason = err.reason.split(":")[0].split(" (")[0]
            out[reason] = out.get(reason, 0) + 1
        return out


def expand_sources(sources: Iterable[str | os.PathLike]) -> list[Path]:
    """Files, directories (their .txt/.jsonl/.json/.csv files) and globs, sorted, deduplicated."""
    out: list[Path] = []
    for src in sources:
        s = str(src)
        matches = sorted(glob.glob(s, recursive=True)) if any(ch in s for ch in "*?[") else [s]
        if not matches:
            raise InputError("no file matches this pattern", path=s)
        for m in matches:
            p = Path(m)
            if p.is_dir():
                out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in _SUFFIXES))
            elif p.is_file():
                out.append(p)
            else:
                raise InputError("no such file or directory", path=s)
    seen: set[Path] = set()
    unique = [p for p in out if not (p.resolve() in seen or seen.add(p.resolve()))]
    if not unique:
        raise InputError("no source files found (looked for .txt, .jsonl, .json, .csv)", path=", ".join(map(str, sources)) or "(none)")
    return unique


def read_records(
    paths: Iterable[Path], *, fmt: str | None = None, on_error: Callable[[InputError], None] | None = None
) -> Iterator[RawRecord]:
    """Every record of every file, in order. Errors raise, or go to on_error (skip mode)."""
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")

    def fail(err: InputError) -> None:
        if on_error is None:
            raise err
        on_error(err)

    for path in paths:
        try:
            reader = _READERS[fmt or detect_format(path)]
            for item in reader(path):
                if isinstance(item, InputError):
                    fail(item)
                else:
                    yield item
        except InputError as err:
            fail(err)
        except OSError as exc:
            fail(InputError(f"cannot read: {exc.strerror or exc}", path=str(path)))


def to_paper(rec: RawRecord, listed_on: tuple[str, ...], sources: tuple[str, ...]) -> Paper:
    return Paper(
        id=paper_id(rec.title, rec.arxiv_id),
        title=clean_block(rec.title),
        abstract=clean_block(rec.abstract),
        raw_title=rec.title,
        raw_abstract=rec.abstract,
        published=rec.published,
        listed_on=listed_on,
        sources=sources,
        url=rec.url,
        arxiv_id=rec.arxiv_id,
        authors=rec.authors,
        categories=rec.categories,
    )


def read_papers(
    sources: Iterable[str | os.PathLike],
    *,
    fmt: str | None = None,
    skip_invalid: bool = False,
    report: ReadReport | None = None,
) -> Iterator[Paper]:
    """Stream unique Papers from files, directories and globs.

    A first pass collects, per paper id, its listing dates and where it was
    seen (ids and dates only, never abstracts); the second yields each paper
    once, at its first occurrence, with all of them. With skip_invalid, bad
    records are counted in `report.skipped` instead of raising.
    """
    report = report if report is not None else ReadReport()
    paths = expand_sources(sources)
    on_error = report.skipped.append if skip_invalid else None
    listings: dict[str, tuple[list[str], list[str]]] = {}
    for rec in read_records(paths, fmt=fmt, on_error=on_error):
        dates, wheres = listings.setdefault(paper_id(rec.title, rec.arxiv_id), ([], []))
        dates.extend(d for d in rec.listed_on if d not in dates)
        wheres.append(rec.where)
        report.records += 1
    report.papers = len(listings)
    for rec in read_records(paths, fmt=fmt, on_error=lambda err: None):
        pid = paper_id(rec.title, rec.arxiv_id)
        entry = listings.pop(pid, None)
        if entry is None:
            continue  # a later duplicate: already yielded with every listing
        dates, wheres = entry
        yield to_paper(rec, tuple(sorted(dates)), tuple(wheres))
