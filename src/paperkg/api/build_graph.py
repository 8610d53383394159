"""`paperkg build`, `stats`, `query` and `remove`: reading sources into the store and asking it.

The build's policy lives here: every source checked before the first write,
unchanged papers skipped, a fresh embedded store built whole through the bulk
path (store.bulk_build), anything else in batched transactions.
"""

from __future__ import annotations

import itertools
import json
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from paperkg import config
from paperkg.cached import drop_cache
from paperkg.refresh import refresh_concepts
from paperkg.errors import NotFoundError, OutputError
from paperkg.extract import extract_papers
from paperkg.model import Paper
from paperkg.resolve import ConceptResolver, assemble
from paperkg.sources import ReadReport, read_papers
from paperkg.store import open_store
from paperkg.store.protocol import GraphStore
from paperkg.store.rows import chunks
from paperkg.store.target import store_target

Progress = Callable[[int], None]


@dataclass
class BuildSummary:
    """What a build did; `paperkg build` prints it."""

    store: str
    records: int = 0
    papers: int = 0
    merged: int = 0
    merged_versions: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    skipped_reasons: dict[str, int] = field(default_factory=dict)
    skipped_report: str | None = None
    concepts: int = 0
    relationships: int = 0
    seconds: float = 0.0
    refresh: dict[str, int] = field(default_factory=dict)  # refresh_concepts' counts, `pending` included

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def build(
    sources: Iterable[str],
    *,
    store: str | None = None,
    fmt: str | None = None,
    skip_invalid: bool = False,
    report_path: str | Path | None = None,
    workers: int = 1,
    batch_size: int = config.WRITE_BATCH,
    on_start: Callable[[int], None] | None = None,
    progress: Progress | None = None,
    bulk: bool = True,
) -> BuildSummary:
    """Read sources, extract, resolve and write into the store, incrementally.

    A paper already stored with the same content is skipped (its listing
    dates are merged in); a changed one is replaced with all its edges. Each
    batch is one transaction, and every source is read and checked before the
    first write, so bad input never half-writes the graph. A LadybugDB store
    that holds no graph is built whole through the bulk path instead (CSV +
    COPY, renamed into place when complete: store.bulk_build) unless `bulk`
    is False; the graph is the same.
    """
    started = time.perf_counter()
    if skip_invalid:
        report_path = check_writable(report_path or config.DEFAULT_GRAPH_DIR / "skipped.jsonl")
    report = ReadReport()
    papers = read_papers(sources, fmt=fmt, skip_invalid=skip_invalid, report=report)
    first = next(papers, None)  # the first pass (all validation) runs here
    summary = BuildSummary(store=str(store or config.DEFAULT_STORE))
    drop_cache(summary.store)
    if on_start:
        on_start(report.papers)
    fresh = _fresh_build(summary.store) if bulk and first is not None else None
    if fresh is not None:
        with fresh:
            assert first is not None  # a fresh build is only opened for a non-empty input
            counts = fresh.load(_fresh_graphs(itertools.chain([first], papers), summary, workers, batch_size, progress))
        with open_store(summary.store) as st:
            summary.refresh = refresh_concepts(st)  # corpus-level merges and names (paperkg.refresh)
            counts = st.counts()
    else:
        with open_store(store) as st:
            if first is not None:
                touched = _build_into(st, itertools.chain([first], papers), summary, workers, batch_size, progress)
                summary.refresh = refresh_concepts(st, touched)
            counts = st.counts()
    summary.records, summary.papers, summary.merged = report.records, report.papers, report.merged
    summary.merged_versions = report.merged_versions
    summary.skipped = len(report.skipped)
    summary.skipped_reasons = report.skipped_by_reason()
    if report.skipped:
        summary.skipped_report = str(_write_skip_report(report, report_path))
    summary.concepts = sum(n for k, n in counts.items() if k.startswith("Concept:"))
    summary.relationships = sum(n for k, n in counts.items() if k.startswith("rel:"))
    summary.seconds = round(time.perf_counter() - started, 2)
    return summary


def _build_into(
    st: GraphStore,
    papers: Iterator[Paper],
    summary: BuildSummary,
    workers: int,
    batch_size: int,
    progress: Progress | None,
) -> set[str]:
    """Write the changed papers in batches; returns the keys of the concepts they mention."""
    resolver = ConceptResolver(st.alias_index())
    stored: dict[str, str] = {}
    touched: set[str] = set()

    def changed_papers() -> Iterator[Paper]:
        for chunk in chunks(papers, batch_size):
            stored.update(st.paper_hashes([p.id for p in chunk]))
            same = [p for p in chunk if stored.get(p.id) == p.content_hash]
            if same:
                st.add_listings(
                    [{"id": p.id, "listed_on": list(p.listed_on), "sources": list(p.sources)} for p in same]
                )
                summary.unchanged += len(same)
                if progress:
                    progress(len(same))
            yield from (p for p in chunk if stored.get(p.id) != p.content_hash)

    pairs = zip_papers_extractions(changed_papers(), workers, batch_size)
    for batch in chunks(pairs, batch_size):
        graphs = [assemble(p, e, resolver) for p, e in batch]
        st.write_papers(graphs)
        touched.update(c.key for g in graphs for c in g.concepts)
        for p, _ in batch:
            if p.id in stored:
                summary.updated += 1
            else:
                summary.new += 1
        if progress:
            progress(len(batch))
    return touched


def _fresh_build(target: str):
    """A bulk build of `target` if it is a LadybugDB store holding no graph, else None."""
    if store_target(target)[0] != "ladybug":
        return None  # Neo4j: bulk loads there are neo4j-admin's job
    from paperkg.store.bulk_build import FreshBuild

    return FreshBuild.open(target)


def _fresh_graphs(
    papers: Iterator[Paper], summary: BuildSummary, workers: int, batch_size: int, progress: Progress | None
) -> Iterator:
    """PaperGraphs of a build into an empty store, in the batched path's order; every paper is new."""
    resolver = ConceptResolver()
    for batch in chunks(zip_papers_extractions(papers, workers, batch_size), batch_size):
        yield from (assemble(p, e, resolver) for p, e in batch)
        summary.new += len(batch)
        if progress:
            progress(len(batch))


def zip_papers_extractions(papers: Iterable[Paper], workers: int, batch_size: int) -> Iterator[tuple[Paper, Any]]:
    """(paper, extraction) pairs, streaming; the extractor keeps input order."""
    buffer: list[Paper] = []

    def feed() -> Iterator[Paper]:
        for p in papers:
            buffer.append(p)
            yield p

    for extraction in extract_papers(feed(), n_process=workers, batch_size=min(batch_size, 64)):
        paper = buffer.pop(0)
        if paper.id != extraction.paper_id:
            raise RuntimeError(f"extractor lost input order at paper {paper.id!r}")
        yield paper, extraction


def check_writable(path: str | Path) -> Path:
    """`path` if a file can be written there (its directory is created); OutputError naming it if not.

    Checked before a build starts, so an unwritable report never comes after a written graph.
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write {str(target)!r}: {exc.strerror or exc} ({exc.filename})") from None
    if target.is_dir():
        raise OutputError(f"cannot write {str(target)!r}: it is a directory")
    where = target if target.exists() else target.parent
    if not os.access(where, os.W_OK | (0 if target.exists() else os.X_OK)):
        raise OutputError(f"cannot write {str(target)!r}: permission denied")
    return target


def _write_skip_report(report: ReadReport, path: str | Path | None) -> Path:
    target = Path(path) if path else config.DEFAULT_GRAPH_DIR / "skipped.jsonl"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8") as fh:
            for err in report.skipped:
                fh.write(
                    json.dumps({"path": err.path, "line": err.line, "reason": err.reason}, ensure_ascii=False) + "\n"
                )
    except OSError as exc:
        raise OutputError(
            f"the graph is written, but the skip report {str(target)!r} is not: {exc.strerror or exc}"
        ) from None
    return target


def stats(store: str | None = None, *, top: int = 10) -> dict[str, Any]:
    """Counts by label, kind and relationship type, and the most mentioned concepts."""
    with open_store(store, read_only=True) as st:
        counts = st.counts()
        _, rows = st.run_read("top_concepts", {"limit": top})
    nodes = {k: v for k, v in counts.items() if not k.startswith("rel:") and k != "listings"}
    return {
        "store": str(store or config.DEFAULT_STORE),
        "papers": counts.get("Paper", 0),
        "listings": counts.get("listings", 0),
        "concepts": sum(v for k, v in nodes.items() if k.startswith("Concept:")),
        "results": counts.get("Result", 0),
        "concepts_by_kind": {k.split(":", 1)[1]: v for k, v in sorted(nodes.items()) if k.startswith("Concept:")},
        "relationships": {k[4:]: v for k, v in counts.items() if k.startswith("rel:")},
        "top_concepts": [{"name": n, "kind": k, "papers": c} for n, k, c in rows],
    }


def remove_paper(paper: str, *, store: str | None = None, dry_run: bool = False) -> dict[str, Any]:
    """Remove a paper (by id, arXiv id or whole title), its results and the concepts only it mentioned.

    Returns {id, title, removed}; with `dry_run` nothing is removed. A title
    fragment is refused (NotFoundError naming the title it would have meant):
    removal takes no guesses.
    """
    from paperkg import reads
    from paperkg.analytics import normalise

    if not dry_run:
        drop_cache(store)
    with open_store(store, read_only=dry_run) as st:
        pid = reads.resolve_paper_id(st, paper)
        (row,) = st.papers_by_id([pid])
        title = row.get("title") or ""
        meant = {pid.casefold(), (row.get("arxiv_id") or "").casefold(), title.casefold()}
        if paper.strip().casefold() not in meant and normalise(paper) != normalise(title):
            raise NotFoundError(
                f"no paper with id or title {paper!r}; did you mean {title!r} ({pid})? give its whole title or its id"
            )
        removed = False
        if not dry_run:
            keys = {key for page in st.mention_pairs([pid]) for _, key, _ in page}
            removed = st.delete_paper(pid)
            refresh_concepts(st, keys)  # a spelling only this paper used may have been the name
    return {"id": pid, "title": title, "removed": removed}
