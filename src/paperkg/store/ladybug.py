"""The embedded default store: LadybugDB (PyPI `ladybug`, the maintained fork of Kùzu).

One database file under graph/, a write-ahead log, one writer and many
read-only readers. Every statement comes from cypher/; this module only
batches rows, holds transactions and normalises results.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any, Iterable

import ladybug

from paperkg import config
from paperkg.errors import QueryError, StoreBusyError, StoreError
from paperkg.store import cypher
from paperkg.store.base import StatementStore
from paperkg.store import lock
from paperkg.store.lock import StoreLock

ENGINE = "ladybug"
_LOCKED = re.compile(r"Could not set lock|lock is held|Resource temporarily unavailable", re.I)
_RECOVERY = re.compile(r"checkpoint recovery is pending", re.I)


class _RecoveryPending(Exception):
    """A read-only open found a checkpoint that a killed writer left unfinished."""


def _other_graphs_hint(path: Path) -> str:
    """The graphs beside a missing one, as a hint ("or read graph/demo.lbdb: --store graph/demo.lbdb"): after
    `make demo` a command without --store looks for graph/paperkg.lbdb, which the demo does not write."""
    try:
        others = sorted(str(p) for p in path.parent.glob("*.lbdb") if p.is_file() and p != path)
    except OSError:
        return ""
    if not others:
        return ""
    return f", or read {' or '.join(others[:3])} with --store {others[0]}"


class LadybugStore(StatementStore):
    """GraphStore on a LadybugDB file; open it as a context manager."""

    engine = ENGINE

    def __init__(self, path: str | Path, *, read_only: bool = False, buffer_pool_bytes: int | None = None):
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(
                f"no graph at {str(self.path)!r}: run `paperkg build SOURCE... --store {self.path}` first"
                + _other_graphs_hint(self.path)
            )
        if self.path.is_dir():
            raise StoreError(
                f"{str(self.path)!r} is a directory; --store takes the database file path, e.g. graph/paperkg.lbdb"
            )
        self._pool = buffer_pool_bytes or config.BUFFER_POOL_BYTES
        self._db = self._conn = None
        self._locks = contextlib.ExitStack()
        hold = StoreLock(self.path)
        self._locks.enter_context(hold.shared() if read_only else hold.exclusive())
        try:
            self._db = self._open_database()
            self._conn = ladybug.Connection(self._db)
            if not read_only:
                for stmt in cypher.schema_statements(ENGINE):
                    self._execute(stmt)
            elif "Paper" not in {r[0] for r in self._execute("CALL show_tables() RETURN name")[1]}:
                raise StoreError(
                    f"no graph at {str(self.path)!r} (a database without paperkg's tables): "
                    f"run `paperkg build SOURCE... --store {self.path}` first"
                )
            elif self._schema_is_old():
                self._upgrade_schema()
        except BaseException:
            self.close()
            raise

    def _open_database(self) -> ladybug.Database:
        """The database, recovering first from a writer that was killed: inside a checkpoint (a read-only open
        says so), or anywhere else (its write-ahead log is left beside the store)."""
        if not (self.read_only and self._writer_was_killed()):
            try:
                return self._database(read_only=self.read_only)
            except _RecoveryPending:
                pass
        # A read-only open cannot finish that checkpoint; a read-write open does,
        # once no other process holds the store.
        self._locks.close()
        with StoreLock(self.path).exclusive(wait=lock.READ_WAIT):
            self._database(read_only=False).close()
        self._locks.enter_context(StoreLock(self.path).shared())
        return self._database(read_only=True)

    def _writer_was_killed(self) -> bool:
        """Whether the last writer died before it closed: a write-ahead log beside the store while this process
        holds the shared lock (a running writer holds it exclusively; a clean close leaves no log). Such a log is
        replayed by a read-write open, as after a killed checkpoint: ladybug 0.22's read-only replay of a log cut
        by SIGKILL crashed the process once in CI (stop 47), where a read-write open recovers."""
        return Path(f"{self.path}.wal").exists()

    def _schema_is_old(self) -> bool:
        """A store written before results had a kind, a confidence and a language pair, or before a MENTIONS
        edge kept the kind its paper typed the name."""
        if "pair" not in {r[0] for r in self._execute("CALL table_info('Result') RETURN name")[1]}:
            return True
        if "MENTIONS" not in {r[0] for r in self._execute("CALL show_tables() RETURN name")[1]}:
            return True
        return "kind" not in {r[0] for r in self._execute("CALL table_info('MENTIONS') RETURN name")[1]}

    def _upgrade_schema(self) -> None:
        """Add what the schema gained since the store was written, as a writer
        for a moment (as recovery does), then read on."""
        assert self._conn is not None and self._db is not None  # called right after opening both
        self._conn.close()
        self._db.close()
        self._conn = self._db = None
        self._locks.close()
        with StoreLock(self.path).exclusive(wait=lock.READ_WAIT):
            db = self._database(read_only=False)
            conn = ladybug.Connection(db)
            try:
                for stmt in cypher.schema_statements(ENGINE):
                    conn.execute(stmt)
            finally:
                conn.close()
                db.close()
        self._locks.enter_context(StoreLock(self.path).shared())
        self._db = self._database(read_only=True)
        self._conn = ladybug.Connection(self._db)

    def _database(self, *, read_only: bool) -> ladybug.Database:
        try:
            return ladybug.Database(str(self.path), buffer_pool_size=self._pool, read_only=read_only)
        except RuntimeError as exc:
            text = str(exc)
            if _RECOVERY.search(text) and read_only:
                raise _RecoveryPending() from None
            if _LOCKED.search(text):
                raise StoreBusyError(
                    f"store is busy: another process is writing {str(self.path)!r}; wait for it to finish"
                ) from None
            raise StoreError(f"cannot open store {str(self.path)!r}: {text.splitlines()[0]}") from None

    # -- plumbing ---------------------------------------------------------

    def __enter__(self) -> "LadybugStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        conn, db = getattr(self, "_conn", None), getattr(self, "_db", None)
        self._conn = self._db = None
        try:
            if conn is not None:
                conn.close()
            if db is not None:
                db.close()
        finally:
            locks = getattr(self, "_locks", None)
            if locks is not None:
                locks.close()

    def _execute(self, text: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]:
        if self._conn is None:
            raise StoreError(f"store {str(self.path)!r} is closed")
        try:
            result = self._conn.execute(text, params or {})
        except RuntimeError as exc:
            raise QueryError(f"query failed on LadybugDB: {str(exc).splitlines()[0]}") from None
        if isinstance(result, list):  # several statements in one text: paperkg runs one at a time
            raise QueryError(f"query failed on LadybugDB: one statement at a time, got {len(result)}")
        columns = result.get_column_names()
        rows = []
        while result.has_next():
            rows.append([_plain(v) for v in result.get_next()])
        result.close()
        return columns, rows

    def _statement(self, group: str, name: str, params: dict[str, Any] | None = None):
        return self._execute(cypher.load(group, name, ENGINE).text, params)

    def _require_writer(self) -> None:
        if self.read_only:
            raise StoreError(f"store {str(self.path)!r} was opened read-only")

    # -- writes -----------------------------------------------------------

    def _transaction(self, steps: Iterable[tuple[str, dict]]) -> None:
        """Run write statements all-or-nothing."""
        self._execute("BEGIN TRANSACTION")
        try:
            for name, params in steps:
                self._statement("write", name, params)
        except BaseException:
            self._execute("ROLLBACK")
            raise
        self._execute("COMMIT")

    def clear(self) -> None:
        """Delete every node and relationship (`sync --replace`)."""
        self._require_writer()
        self._statement("transfer", "clear")

    def copy_csv(self, statement: str) -> None:
        """Run one COPY statement of store.bulk: COPY takes a literal file path, which no
        parameter can carry, so bulk loads are the one place text is not a cypher/ file."""
        self._require_writer()
        self._execute(statement)

    # -- reads ------------------------------------------------------------

    def run(self, query: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]:
        stmt, bound = self._query(query, params)
        return self._execute(stmt.text, bound)

    def run_text(self, text: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]:
        """Run a statement given as text (tests and benchmarks)."""
        return self._execute(text, params)


def _plain(value: Any) -> Any:
    """Driver values as plain Python: nodes/rels as dicts of properties."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if not k.startswith("_")}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
