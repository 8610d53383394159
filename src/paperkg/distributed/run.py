"""Extraction mapped over partitions by Dask, one ordered reduce that resolves and writes CSV.

Map (on the workers, in parallel): a partition of the snapshot file → its
(Paper, Extraction) pairs. Reduce (on the driver, in corpus order): the
ConceptResolver and `assemble`, exactly as `paperkg build` runs them, so
concept keys and aliases equal the single-process path; the rows stream into
`CsvGraphWriter` files for `neo4j-admin database import` (or for LadybugDB's
`bulk_load`). Resolution is corpus-wide and order-dependent, so it is a
single step by design; it runs at thousands of papers a second, far faster
than extraction, and holds only the concept index in memory.

Every build path ends with the corpus-level tidying of `paperkg build`
(refresh.refresh_concepts: merges, names chosen by the corpus, one owner
per alias), so the reduce's CSV files are loaded into a LadybugDB store and
refreshed there: `dialect="ladybug"` leaves that store (`OUT/paperkg.lbdb`),
`dialect="neo4j"` exports it as neo4j-admin files, the same files
`paperkg build` then `paperkg export neo4j-admin` write.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from paperkg.refresh import refresh_concepts
from paperkg.distributed.partitions import Partition, cut_partitions, partition_papers, scan_listings
from paperkg.errors import InputError, PaperkgError
from paperkg.model import Extraction, Paper
from paperkg.resolve import ConceptResolver, assemble
from paperkg.store.bulk import CsvGraphWriter, bulk_load
from paperkg.store.export import export_graph
from paperkg.store.ladybug import LadybugStore

#: The LadybugDB store `dialect="ladybug"` builds in the output directory.
STORE_NAME = "paperkg.lbdb"
DIALECTS = ("neo4j", "ladybug")


@dataclass
class DistributedSummary:
    out_dir: str
    dialect: str
    partitions: int = 0
    records: int = 0
    papers: int = 0
    skipped: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def extract_partition(part: Partition, merged: dict, keep: set[str] | None) -> list[tuple[Paper, Extraction]]:
    """The map task: read one partition and extract it in this worker process."""
    from paperkg.extract import extract_papers

    papers = list(partition_papers(part, merged, keep))
    return list(zip(papers, extract_papers(papers, n_process=1)))


def _client(scheduler: str | None, workers: int):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - depends on the install
        raise PaperkgError("the distributed build needs Dask: pip install 'paperkg[scale]'") from None
    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster), cluster


def build_import_csv(
    sources: Iterable[str],
    out_dir: str | Path,
    *,
    dialect: str = "neo4j",
    scheduler: str | None = None,
    workers: int = 2,
    lines_per_partition: int = 2000,
    skip_invalid: bool = False,
    in_flight: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> DistributedSummary:
    """Extract `sources` on a Dask cluster; write neo4j-admin files or a LadybugDB store to `out_dir`.

    scheduler: address of a running Dask scheduler (`tcp://host:8786`); None
    starts a LocalCluster of `workers` processes. At most `in_flight`
    partitions (default 2 per worker thread) are extracted ahead of the
    reduce, so driver memory stays flat however large the corpus.
    """
    if dialect not in DIALECTS:
        raise InputError(f"unknown dialect {dialect!r} (known: {', '.join(DIALECTS)})")
    out = Path(out_dir)
    work = out / ".raw-csv"
    db = out / STORE_NAME if dialect == "ladybug" else out / ".refresh.lbdb"
    for stale in (work, db):
        if stale.exists():
            raise InputError(f"{stale} already exists: write into a new or empty directory")
    summary = DistributedSummary(out_dir=str(out_dir), dialect=dialect)
    t0 = time.perf_counter()
    parts = cut_partitions(sources, lines_per_partition=lines_per_partition)
    summary.partitions = len(parts)
    client, cluster = _client(scheduler, workers)
    try:
        # pass 1: ids and listing dates (small), to merge duplicates like read_papers
        t1 = time.perf_counter()
        listings: dict[str, tuple[list[str], list[str]]] = {}
        first_where: dict[str, str] = {}
        for fut in client.map(scan_listings, parts, pure=False):
            seen, bad = fut.result()
            if bad and not skip_invalid:
                raise bad[0]
            summary.skipped += len(bad)
            for pid, dates, where in seen:
                summary.records += 1
                entry = listings.get(pid)
                if entry is None:
                    listings[pid] = ([], [where]) if not dates else (list(dict.fromkeys(dates)), [where])
                    first_where[pid] = where
                else:
                    entry[0].extend(d for d in dates if d not in entry[0])
                    entry[1].append(where)
        summary.papers = len(listings)
        dups = {pid: (tuple(sorted(d)), tuple(w)) for pid, (d, w) in listings.items() if len(w) > 1}
        keep_by_path_part = _keep_sets(parts, dups, first_where)
        del listings, first_where
        summary.seconds["scan"] = round(time.perf_counter() - t1, 3)

        # pass 2: map extraction, reduce in order
        t2 = time.perf_counter()
        limit = in_flight or 2 * max(1, sum(client.nthreads().values()))
        merged = client.scatter([dups], broadcast=True)[0] if dups else {}
        resolver = ConceptResolver()
        pending: list = []
        todo = iter(parts)

        def submit_next() -> None:
            part = next(todo, None)
            if part is not None:
                keep = keep_by_path_part.get(part.index) if dups else None
                pending.append(client.submit(extract_partition, part, merged, keep, pure=False))

        for _ in range(limit):
            submit_next()
        with CsvGraphWriter(work, dialect="ladybug") as writer:
            while pending:
                fut = pending.pop(0)
                pairs = fut.result()
                fut.release()
                submit_next()
                for paper, extraction in pairs:
                    writer.add(assemble(paper, extraction, resolver))
                if progress:
                    progress(len(pairs))
        summary.rows = writer.close()
        summary.seconds["extract_and_resolve"] = round(time.perf_counter() - t2, 3)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    t3 = time.perf_counter()
    _load_and_refresh(work, db, out if dialect == "neo4j" else None)
    summary.seconds["refresh"] = round(time.perf_counter() - t3, 3)
    summary.seconds["total"] = round(time.perf_counter() - t0, 3)
    return summary


def _load_and_refresh(csv_dir: Path, db: Path, neo4j_dir: Path | None) -> None:
    """Load the reduce's files into `db`, tidy concepts as every build does; export to `neo4j_dir` if given."""
    try:
        with LadybugStore(db) as st:
            bulk_load(st, csv_dir)
            refresh_concepts(st)
            if neo4j_dir is not None:
                export_graph(st, "neo4j-admin", neo4j_dir)
    finally:
        shutil.rmtree(csv_dir, ignore_errors=True)
        if neo4j_dir is not None:
            for leftover in (db, Path(str(db) + ".wal")):
                if leftover.is_dir():
                    shutil.rmtree(leftover, ignore_errors=True)
                else:
                    leftover.unlink(missing_ok=True)


def _keep_sets(parts: list[Partition], dups: dict, first_where: dict[str, str]) -> dict[int, set[str]]:
    """Per partition, the path:line of first occurrences of duplicated ids."""
    out: dict[int, set[str]] = {p.index: set() for p in parts}
    if not dups:
        return out
    by_path: dict[str, list[Partition]] = {}
    for p in parts:
        by_path.setdefault(p.path, []).append(p)
    for pid in dups:
        path, _, line = first_where[pid].rpartition(":")
        n = int(line)
        for p in by_path[path]:
            if p.first_line <= n < p.first_line + p.lines:
                out[p.index].add(first_where[pid])
                break
    return out


__all__ = ["DistributedSummary", "build_import_csv", "extract_partition", "InputError"]
