"""Cut snapshot files into line-aligned partitions and read one back as Papers.

Pure Python, no Dask: the driver cuts, a worker reads. A partition carries
the line number it starts at, so every Paper gets the same `path:line`
source a single-process `read_papers` would give it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterator

from paperkg.errors import InputError
from paperkg.model import Paper
from paperkg.sources import detect_format, expand_sources, to_paper
from paperkg.sources.normalise import paper_id
from paperkg.sources.record import RawRecord
from paperkg.sources.lines import compression, decode_line
from paperkg.sources.structured import record_from_json_line

_LINE_FORMATS = ("arxiv", "jsonl")


@dataclass(frozen=True, slots=True)
class Partition:
    """Lines [first_line, first_line + lines) of `path`, bytes [start, end)."""

    index: int
    path: str
    start: int
    end: int
    first_line: int
    lines: int


def cut_partitions(sources, *, lines_per_partition: int = 5000) -> list[Partition]:
    """Line-aligned partitions of every JSON Lines / arXiv snapshot file, in input order.

    One sequential scan of the bytes (no JSON parsing): about a second per GB.
    """
    if lines_per_partition < 1:
        raise InputError(f"lines_per_partition must be at least 1, got {lines_per_partition}")
    parts: list[Partition] = []
    for path in expand_sources(sources):
        fmt = detect_format(path)
        if fmt not in _LINE_FORMATS:
            raise InputError(
                f"the distributed build reads JSON Lines / the arXiv snapshot, not {fmt!r}", path=str(path)
            )
        if compression(path):
            raise InputError(
                f"the distributed build seeks into files by byte offset and cannot read a "
                f"{compression(path)} file; decompress it first",
                path=str(path),
            )
        with open(path, "rb") as fh:
            start, line, offset, count = 0, 1, 0, 0
            for raw in fh:
                offset += len(raw)
                count += 1
                if count == lines_per_partition:
                    parts.append(Partition(len(parts), str(path), start, offset, line, count))
                    start, line, count = offset, line + count, 0
            if count:
                parts.append(Partition(len(parts), str(path), start, offset, line, count))
    return parts


def read_partition(part: Partition) -> Iterator[RawRecord | InputError]:
    """The records of one partition, exactly as `read_jsonl` reads those lines."""
    with open(part.path, "rb") as fh:
        fh.seek(part.start)
        for number in range(part.first_line, part.first_line + part.lines):
            try:
                line = decode_line(fh.readline(), part.path, number)
            except InputError as err:
                yield err
                continue
            item = record_from_json_line(line, part.path, number)
            if item is not None:
                yield item


def scan_listings(part: Partition) -> tuple[list[tuple[str, tuple[str, ...], str]], list[InputError]]:
    """(paper id, listing dates, path:line) of every valid record, and the invalid ones."""
    seen, bad = [], []
    for rec in read_partition(part):
        if isinstance(rec, InputError):
            bad.append(rec)
        else:
            seen.append((paper_id(rec.title, rec.arxiv_id), rec.listed_on, rec.where))
    return seen, bad


def partition_papers(
    part: Partition, merged: dict[str, tuple[tuple[str, ...], tuple[str, ...]]], keep: set[str] | None
) -> Iterator[Paper]:
    """The Papers a partition contributes: first occurrences only, with merged listings.

    merged: id -> (sorted dates, sources) for ids seen more than once corpus-wide
    keep:   path:line of the first occurrence of each duplicated id in this partition
            (None: no duplicates anywhere, every valid record is a first occurrence)
    """
    for rec in read_partition(part):
        if isinstance(rec, InputError):
            continue
        pid = paper_id(rec.title, rec.arxiv_id)
        if pid in merged:
            if keep is None or rec.where not in keep:
                continue
            dates, sources = merged[pid]
        else:
            dates, sources = tuple(sorted(dict.fromkeys(rec.listed_on))), (rec.where,)
        yield to_paper(rec, dates, sources)


def file_size(parts: list[Partition]) -> int:
    return sum(os.path.getsize(p) for p in dict.fromkeys(x.path for x in parts))
