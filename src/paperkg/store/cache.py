"""A cache of analytics inputs and answers kept next to an embedded store, dropped whenever the store changes.

    cache = StoreCache.for_store("graph/paperkg.lbdb")     # graph/paperkg.lbdb.cache/
    inc = cache.get_or_compute("incidence", {}, lambda: read_incidence())

Every analytics command reads the whole graph and builds a projection before
it computes anything; at 44k papers that is seconds per command. The cache
keeps those projections (the mentions as arrays, the papers' dates, the
concept rows), the community assignments and centrality scores, and the
answers of the commands, as pickles in `<store>.cache/`, or under
`$PAPERKG_CACHE_DIR` for users who may read a shared store but not write
beside it. A cache that cannot be written is skipped: the answer is computed.

Validity: `fingerprint.json` holds the store file's and its write-ahead log's
inode, size and modification time when the entries were made, and a digest of
the code that made them (paperkg's own files: a new reading rule changes a
board without touching the store). Any write
(build, remove, sync, a COPY, another process) changes them, and the next
read finds a different fingerprint and empties the directory; build and
remove also clear it outright. An entry computed while the store changed
under it is not kept. A Neo4j store (a URI) has no cache: other clients write
it without paperkg knowing.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from paperkg.store.target import store_target

#: Bump when the shape of what is cached changes: old entries are then ignored.
FORMAT = 7  # 6: board rows carry the part of the benchmark (sub-task, track); 7: trends hold the topics' take-off


def cache_dir(store: str | os.PathLike) -> Path:
    """Where the cache of the store at `store` lives: beside it, or under `$PAPERKG_CACHE_DIR`
    in a directory named after the store and a digest of its absolute path (two stores of one
    name never share a cache)."""
    path = Path(store)
    root = os.environ.get("PAPERKG_CACHE_DIR")
    if not root:
        return path.with_name(path.name + ".cache")
    digest = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:12]
    return Path(root).expanduser() / f"{path.name}-{digest}.cache"


def fingerprint(store: Path) -> list | None:
    """(name, inode, size, mtime_ns) of the store file and its .wal; None if there is no store."""
    out = []
    for p in (store, Path(str(store) + ".wal")):
        try:
            st = p.stat()
        except FileNotFoundError:
            continue
        out.append([p.name, st.st_ino, st.st_size, st.st_mtime_ns])
    return out or None


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the name, size and modification time of every file of the paperkg package (code,
    lexicons, the decision model): answers cached by other code are not served. One stat per file."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha1()
    for path in sorted(root.rglob("*")):
        if path.suffix in {".py", ".tsv", ".txt", ".json", ".cypher"} and "__pycache__" not in path.parts:
            st = path.stat()
            h.update(f"{path.relative_to(root)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


class StoreCache:
    """Pickled values keyed by (name, params), valid while the store's fingerprint holds."""

    def __init__(self, store: Path | None):
        self.store = store
        self.dir = cache_dir(store) if store is not None else None
        self.hits: list[str] = []  # names served from the cache, for benchmarks and tests

    @classmethod
    def for_store(cls, target: str) -> "StoreCache":
        """The cache of an embedded store path; a disabled one for a Neo4j URI or PAPERKG_CACHE=0."""
        if store_target(target)[0] != "ladybug" or os.environ.get("PAPERKG_CACHE", "1") == "0":
            return cls(None)
        return cls(Path(target))

    @property
    def enabled(self) -> bool:
        return self.dir is not None

    def _stamp(self) -> dict | None:
        fp = fingerprint(self.store) if self.store is not None else None
        return {"format": FORMAT, "store": fp, "code": code_digest()} if fp else None

    def _entry(self, name: str, params: dict) -> Path:
        digest = hashlib.sha1(json.dumps(params, sort_keys=True, default=str).encode()).hexdigest()[:16]
        assert self.dir is not None  # only enabled caches keep entries
        return self.dir / f"{name}-{digest}.pkl"

    def _valid(self, stamp: dict) -> bool:
        """True if the directory's entries were made for `stamp`; else empties it and stamps it anew."""
        assert self.dir is not None  # only enabled caches keep entries
        marker = self.dir / "fingerprint.json"
        try:
            if json.loads(marker.read_text()) == stamp:
                return True
        except (OSError, ValueError):
            pass
        self.clear()
        self.dir.mkdir(parents=True, exist_ok=True)
        _write_atomic(marker, json.dumps(stamp).encode())
        return False

    def get_or_compute(self, name: str, params: dict, compute: Callable[[], Any]) -> Any:
        """The cached value of (name, params), or compute() kept for next time."""
        stamp = self._stamp() if self.enabled else None
        if stamp is None:
            return compute()
        entry = self._entry(name, params)
        try:
            valid = self._valid(stamp)
        except OSError:  # the cache's place cannot be written (a shared read-only store): no cache
            return compute()
        if valid and entry.exists():
            try:
                with open(entry, "rb") as fh, _gc_paused():
                    value = pickle.load(fh)
                self.hits.append(name)
                return value
            except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
                entry.unlink(missing_ok=True)  # a damaged or outdated entry: compute it again
        value = compute()
        if self._stamp() == stamp:  # the store did not change while computing
            try:
                with _gc_paused():
                    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
                _write_atomic(entry, data)
            except OSError:
                pass  # a read-only or full disk: answer without caching
        return value

    def restamp(self) -> None:
        """Keep the entries valid after a write that changes none of them (e.g. storing community ids)."""
        stamp = self._stamp() if self.enabled else None
        if stamp is not None and self.dir is not None and self.dir.is_dir():
            _write_atomic(self.dir / "fingerprint.json", json.dumps(stamp).encode())

    def clear(self) -> None:
        """Drop every entry (after a build or remove)."""
        if self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)


class _gc_paused:
    """Loading a pickle of many small objects makes the cyclic collector rescan them all; it frees
    nothing here, and pausing it halves the load time of a 60k-concept entry."""

    def __enter__(self) -> None:
        self.was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self.was:
            gc.enable()


def _write_atomic(path: Path, data: bytes) -> None:
    """Write then rename, so a concurrent reader never sees half an entry."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
