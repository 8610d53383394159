"""A first build of a LadybugDB store through the bulk path, all or nothing.

`paperkg build` into a store that does not exist yet, or holds no graph,
streams its PaperGraphs into CSV files and COPYs them (paperkg.store.bulk),
about 45x faster than batched MERGE. It works in `<store>.building/` next to
the store, and renames the finished database into place last, so a build that
fails or is killed leaves no store (or the old empty one), never half a graph:

    fresh = FreshBuild.open("graph/arxiv.lbdb")   # None: the store holds a graph
    if fresh is not None:
        with fresh:
            counts = fresh.load(graphs)           # PaperGraphs in build order
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path
from typing import Iterable

from paperkg import config
from paperkg.errors import StoreBusyError, StoreError
from paperkg.model import PaperGraph
from paperkg.store.bulk import CHUNK_BYTES, CsvGraphWriter, bulk_load
from paperkg.store.ladybug import LadybugStore
from paperkg.store.lock import StoreLock

DB_NAME = "graph.lbdb"


def work_dir(path: str | os.PathLike) -> Path:
    """Where a fresh build of `path` keeps its CSV files and its unfinished database."""
    path = Path(path)
    return path.with_name(path.name + ".building")


def _holds_graph(store: LadybugStore) -> bool:
    return any(n for n in store.counts().values())


class FreshBuild:
    """One bulk build of a store that holds no graph; `load` writes it and renames it into place.

    The store's writer lock (paperkg.store.lock) is held from `open` to
    `close`, so a second build of the same store, bulk or batched, gets
    `store is busy`, and readers wait or are told a build is running.
    """

    def __init__(
        self,
        path: Path,
        target: LadybugStore | None,
        db: LadybugStore,
        chunk_bytes: int | None,
        lock: contextlib.ExitStack,
    ):
        self.path, self.work = path, work_dir(path)
        self._target: LadybugStore | None = target
        self._db: LadybugStore | None = db
        self.chunk_bytes = chunk_bytes
        self._lock = lock

    @classmethod
    def open(
        cls, path: str | os.PathLike, *, chunk_bytes: int | None = CHUNK_BYTES, buffer_pool_bytes: int | None = None
    ) -> "FreshBuild | None":
        """A FreshBuild of `path`, or None when a graph is stored there (build into it incrementally)."""
        path = Path(path)
        target = None
        lock = contextlib.ExitStack()
        # The store's writer lock covers the whole build, STORE.building/ included:
        # no other build, batched or bulk, can write the same path meanwhile.
        lock.enter_context(StoreLock(path).exclusive())
        try:
            if path.exists():
                target = LadybugStore(path)
                if _holds_graph(target):
                    target.close()
                    lock.close()
                    return None
            _clear_stale_work(path)
            work_dir(path).mkdir(parents=True)
            db = LadybugStore(work_dir(path) / DB_NAME, buffer_pool_bytes=buffer_pool_bytes or config.BUFFER_POOL_BYTES)
        except OSError as exc:
            if target is not None:
                target.close()
            lock.close()
            raise StoreError(
                f"cannot build the store {str(path)!r}: {exc.strerror or exc} ({exc.filename or work_dir(path)})"
            ) from None
        except BaseException:
            if target is not None:
                target.close()
            lock.close()
            raise
        return cls(path, target, db, chunk_bytes, lock)

    def load(self, graphs: Iterable[PaperGraph]) -> dict[str, int]:
        """Write `graphs` as CSV, COPY them into the new database, rename it to the store; returns its counts."""
        csv_dir = self.work / "csv"
        with CsvGraphWriter(csv_dir, dialect="ladybug") as writer:
            for g in graphs:
                writer.add(g)
        assert self._db is not None, "FreshBuild.load runs once"
        bulk_load(self._db, csv_dir, chunk_bytes=self.chunk_bytes)
        counts = self._db.counts()
        self._db.close()  # checkpoints: the database is one file again
        shutil.rmtree(csv_dir)
        self._replace_target(self.work / DB_NAME)
        return counts

    def _replace_target(self, db: Path) -> None:
        if self._target is not None:
            self._target.close()
            self._target = None
        elif self.path.exists():
            # created by another process since open(): keep its graph rather than replace it
            with LadybugStore(self.path) as other:
                if _holds_graph(other):
                    raise StoreError(
                        f"{str(self.path)!r} was written by another process during this build; "
                        "nothing replaced: run the build again to add to it"
                    )
        # the old store closed cleanly, so its write-ahead log is empty; a stale
        # one must not be replayed onto the new file
        Path(str(self.path) + ".wal").unlink(missing_ok=True)
        os.replace(db, self.path)

    def close(self) -> None:
        """Release both databases and delete the working directory, whatever state the build is in."""
        try:
            for st in (self._db, self._target):
                if st is not None:
                    st.close()
            self._db = self._target = None
            shutil.rmtree(self.work, ignore_errors=True)
        finally:
            self._lock.close()

    def __enter__(self) -> "FreshBuild":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _clear_stale_work(path: Path) -> None:
    """Remove what a killed build of `path` left behind; refuse if a live build still uses it."""
    work = work_dir(path)
    if not work.exists():
        return
    if (work / DB_NAME).exists():
        try:
            LadybugStore(work / DB_NAME).close()  # takes the lock, or says who holds it
        except StoreBusyError:
            raise StoreBusyError(
                f"store is busy: another paperkg process is building {str(path)!r}; wait for it to finish"
            ) from None
        except StoreError:
            pass  # a half-written database: it goes below
    shutil.rmtree(work)
