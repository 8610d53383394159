"""`paperkg extract`: the extractor's output as gold-format JSON lines, without a store."""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterable

from paperkg.api.build_graph import Progress
from paperkg.extract import extract_papers
from paperkg.sources import ReadReport, read_papers


@dataclass
class ExtractSummary:
    """What `extract_to_file` wrote."""

    papers: int = 0
    entities: int = 0
    results: int = 0
    skipped: int = 0
    output: str = "-"
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def extract_to_file(
    sources: Iterable[str],
    output,
    *,
    fmt: str | None = None,
    skip_invalid: bool = False,
    workers: int = 1,
    progress: Progress | None = None,
) -> ExtractSummary:
    """Extract every paper of `sources` and write one gold-format JSON line per
    paper (see ../shared/gold/ANNOTATION.md) to `output` (a path, or an open
    text stream such as sys.stdout). Streams: memory does not grow with input."""
    started = time.perf_counter()
    report = ReadReport()
    papers = read_papers(sources, fmt=fmt, skip_invalid=skip_invalid, report=report)
    first = next(papers, None)  # every source is checked before the output is opened
    papers = itertools.chain([first], papers) if first is not None else iter(())
    summary = ExtractSummary(output=str(output) if isinstance(output, (str, Path)) else getattr(output, "name", "-"))
    fh = open(output, "w", encoding="utf-8") if isinstance(output, (str, Path)) else output
    try:
        for extraction in extract_papers(papers, n_process=workers):
            fh.write(json.dumps(extraction.to_gold(), ensure_ascii=False) + "\n")
            summary.papers += 1
            summary.entities += len(extraction.entities)
            summary.results += len(extraction.results)
            if progress:
                progress(1)
    finally:
        if fh is not output:
            fh.close()
    summary.skipped = len(report.skipped)
    summary.seconds = round(time.perf_counter() - started, 2)
    return summary
