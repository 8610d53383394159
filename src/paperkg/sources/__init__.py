"""Readers: every source format streamed as Paper records.

    for paper in read_papers(["dumps/", "extra.jsonl"]):
        ...

The same paper in several dumps (or several times in one) becomes one Paper
carrying every listing date. Readers never import extraction or storage.
"""

from __future__ import annotations

import glob
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from paperkg.errors import InputError
from paperkg.model import Paper
from paperkg.sources.acl_anthology import read_acl_xml
from paperkg.sources.daily_papers import read_daily_papers
from paperkg.sources.detect import FORMATS, detect_format
from paperkg.sources.lines import COMPRESSED_SUFFIXES, inner_name
from paperkg.sources.normalise import clean_block, expand_own_name, normalise_title, paper_id
from paperkg.sources.record import RawRecord
from paperkg.sources.structured import read_csv, read_json_array, read_jsonl

__all__ = ["FORMATS", "ReadReport", "expand_sources", "read_papers", "read_records", "detect_format"]

_READERS = {
    "daily": read_daily_papers,
    "jsonl": read_jsonl,
    "arxiv": read_jsonl,
    "json": read_json_array,
    "csv": read_csv,
    "acl": read_acl_xml,
}
_SUFFIXES = {".txt", ".jsonl", ".ndjson", ".json", ".csv", ".xml"}


@dataclass
class ReadReport:
    """What reading saw: records, unique papers, and what was skipped and why."""

    records: int = 0
    papers: int = 0
    merged_versions: int = 0  # merged records of one title whose abstract differs from the first's
    skipped: list[InputError] = field(default_factory=list)

    @property
    def merged(self) -> int:
        """Records folded into another record of the same paper (same arXiv id or normalised title)."""
        return self.records - self.papers

    def skipped_by_reason(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for err in self.skipped:
            reason = err.reason.split(":")[0].split(" (")[0]
            out[reason] = out.get(reason, 0) + 1
        return out


def expand_sources(sources: Iterable[str | os.PathLike]) -> list[Path]:
    """Files, directories (their .txt/.jsonl/.json/.csv/.xml files, also as .gz/.bz2/.zip) and globs,
    sorted, deduplicated."""
    out: list[Path] = []
    for src in sources:
        s = str(src)
        matches = sorted(glob.glob(s, recursive=True)) if any(ch in s for ch in "*?[") else [s]
        if not matches:
            raise InputError("no file matches this pattern", path=s)
        for m in matches:
            p = Path(m)
            if p.is_dir():
                out.extend(sorted(f for f in p.rglob("*") if f.is_file() and _is_source(f)))
            elif p.is_file():
                out.append(p)
            else:
                raise InputError("no such file or directory", path=s)
    seen: set[Path] = set()
    unique = []
    for p in out:  # each file once, where it is first named
        if p.resolve() not in seen:
            seen.add(p.resolve())
            unique.append(p)
    if not unique:
        raise InputError(
            "no source files found (looked for .txt, .jsonl, .json, .csv, .xml, also compressed)",
            path=", ".join(map(str, sources)) or "(none)",
        )
    return unique


def _is_source(path: Path) -> bool:
    """A file a directory scan reads: a known suffix, also inside .gz/.bz2/.zip."""
    if path.suffix.lower() in _SUFFIXES:
        return True
    return path.suffix.lower() in COMPRESSED_SUFFIXES and Path(inner_name(path)).suffix.lower() in _SUFFIXES


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
        abstract=expand_own_name(clean_block(rec.title), clean_block(rec.abstract)),
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

    A first pass checks every record and collects, per paper id, its listing
    dates, where it was seen and a fingerprint of its title and abstract (never
    the abstracts themselves); the second yields each paper once, at its first
    occurrence, with all of them. A record whose id repeats with a different
    title or abstract is an error, as is a file that changes between the
    passes. With skip_invalid, bad records are counted in `report.skipped`
    instead of raising.
    """
    report = report if report is not None else ReadReport()
    paths = expand_sources(sources)
    stamps = {path: file_stamp(path) for path in paths}

    def fail(err: InputError) -> None:
        if not skip_invalid:
            raise err
        report.skipped.append(err)

    seen: dict[str, _Seen] = {}
    for rec in read_records(paths, fmt=fmt, on_error=fail):
        pid = paper_id(rec.title, rec.arxiv_id)
        first = seen.get(pid)
        if first is None:
            seen[pid] = first = _Seen(fingerprint(rec), rec.where)
        elif first.fingerprint != fingerprint(rec):
            if not rec.arxiv_id:
                # the same normalised title is the same paper (a workshop and a main-venue
                # version of it, issue 13): merged, the first abstract kept, and counted
                report.merged_versions += 1
            else:
                fail(
                    InputError(
                        f"repeated id {pid} with a different title or abstract (first at {first.where})",
                        path=rec.path,
                        line=rec.line,
                    )
                )
                continue
        first.dates.extend(d for d in rec.listed_on if d not in first.dates)
        first.wheres.append(rec.where)
        report.records += 1
    report.papers = len(seen)
    for path in paths:
        _check_unchanged(path, stamps[path])
        for rec in read_records([path], fmt=fmt, on_error=lambda err: None):
            pid = paper_id(rec.title, rec.arxiv_id)
            entry = seen.get(pid)
            if entry is None:
                raise _changed(path)
            if entry.done:
                continue  # a later duplicate: already yielded with every listing
            if entry.fingerprint != fingerprint(rec):
                raise _changed(path)
            entry.done = True
            yield to_paper(rec, tuple(sorted(entry.dates)), tuple(entry.wheres))
        _check_unchanged(path, stamps[path])


@dataclass
class _Seen:
    """What the first pass keeps of a paper: no text, only how to recognise it again."""

    fingerprint: str
    where: str
    dates: list[str] = field(default_factory=list)
    wheres: list[str] = field(default_factory=list)
    done: bool = False


def fingerprint(rec: RawRecord) -> str:
    """A short hash of a record's title and abstract as the extractor reads them
    (LaTeX debris and white space do not count)."""
    text = f"{normalise_title(rec.title)}\x00{' '.join(clean_block(rec.abstract).split())}"
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def file_stamp(path: Path) -> tuple[int, int, int]:
    """Size, modification time and inode: what changes when a file is rewritten."""
    st = path.stat()
    return st.st_size, st.st_mtime_ns, st.st_ino


def _check_unchanged(path: Path, stamp: tuple[int, int, int]) -> None:
    try:
        now = file_stamp(path)
    except OSError:
        raise _changed(path) from None
    if now != stamp:
        raise _changed(path)


def _changed(path: Path) -> InputError:
    return InputError("the file changed while this build was reading it; run the build again", path=str(path))
