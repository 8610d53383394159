"""The Neo4j store: the same graph as the embedded one, on a Neo4j 5 server.

Every statement comes from cypher/ (the portable text, or a `NAME.neo4j.cypher`
override where the dialects differ); this module batches rows into
`UNWIND $rows` statements, runs each write as one managed transaction (the
driver retries it on transient errors), and turns driver values and errors
into plain Python values and one-line StoreErrors.

    >>> with Neo4jStore.connect("neo4j://localhost:7687") as st:  # doctest: +SKIP
    ...     st.counts()
"""

from __future__ import annotations

import logging
import os
import re
import time
from typing import Any, Callable, Iterable

import neo4j
from neo4j import GraphDatabase
from neo4j import exceptions as nx
from neo4j import graph as ng

from paperkg import config
from paperkg.errors import QueryError, StoreBusyError, StoreError
from paperkg.store import cypher
from paperkg.store.base import StatementStore
from paperkg.store.rows import chunks
from paperkg.store.target import NEO4J_SCHEMES

ENGINE = "neo4j"
# The driver logs connection failures and retries as warnings; with no handler
# configured Python prints them on stderr, before and beside paperkg's own one-line
# error. Every failure reaches the user through _guard instead.
logging.getLogger("neo4j").addHandler(logging.NullHandler())
# Seconds the driver keeps retrying a transaction that failed transiently
# (deadlock, leader switch, connection reset) before giving up. It bounds how
# long a build takes to fail when the server dies under it: this plus the
# 5 s connection timeout (PAPERKG_NEO4J_RETRY_SECONDS; was 30, which with the
# reconnects made a minute).
RETRY_SECONDS = float(os.environ.get("PAPERKG_NEO4J_RETRY_SECONDS", "10"))
_AUTO_ATTEMPTS = 4  # auto-commit statements the driver does not retry itself
_WRITE_ATTEMPTS = 3  # a build's write transaction that met a key another build was creating
SCHEMES = tuple(f"{s}:" for s in NEO4J_SCHEMES)


class Neo4jStore(StatementStore):
    """GraphStore on a Neo4j server; open it with `connect` as a context manager."""

    engine = ENGINE

    def __init__(self, driver: neo4j.Driver, *, uri: str, user: str, database: str, batch_size: int | None = None):
        self._driver: neo4j.Driver | None = driver
        self.uri, self.user, self.database = uri, user, database
        self.batch_size = max(1, batch_size or config.WRITE_BATCH)

    @classmethod
    def connect(
        cls,
        uri: str | None = None,
        *,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        batch_size: int | None = None,
        apply_schema: bool = True,
    ) -> "Neo4jStore":
        """Connect, check the server, user and database answer, and apply the schema.

        Settings not given come from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD
        and NEO4J_DATABASE (config.neo4j_settings). Raises StoreError with one
        line naming the server, user or database at fault.
        """
        s = config.neo4j_settings(uri)
        user = user or s["user"]
        password = s["password"] if password is None else password
        database = database or s["database"]
        if not s["uri"].startswith(SCHEMES):
            raise StoreError(f"bad Neo4j URI {s['uri']!r}: expected one of {', '.join(x + '//' for x in SCHEMES)}")
        try:
            driver = GraphDatabase.driver(
                s["uri"],
                auth=(user, password),
                connection_timeout=5.0,
                max_transaction_retry_time=RETRY_SECONDS,
                # Planner notes (cartesian products of indexed lookups) are
                # expected in UNWIND writes; keep them off the user's stderr.
                notifications_min_severity="OFF",
            )
        except (nx.ConfigurationError, ValueError) as exc:
            raise StoreError(f"bad Neo4j URI {s['uri']!r}: {exc}") from None
        store = cls(driver, uri=s["uri"], user=user, database=database, batch_size=batch_size)
        try:
            # verify_connectivity fails at once (no retries) on a down server or bad
            # password; RETURN 1 then proves the database exists.
            store._guard(driver.verify_connectivity)
            store._read(cypher.load(".", "ping", ENGINE).text)  # cypher/ping.cypher
            if apply_schema:
                store.apply_schema()
        except BaseException:
            store.close()
            raise
        return store

    def apply_schema(self) -> None:
        """Constraints and indexes of cypher/schema/neo4j.cypher (IF NOT EXISTS), then wait for them."""
        for stmt in cypher.schema_statements(ENGINE):
            self._auto(stmt)

    # -- plumbing ---------------------------------------------------------

    def __enter__(self) -> "Neo4jStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        driver, self._driver = self._driver, None
        if driver is not None:
            driver.close()

    def __repr__(self) -> str:
        return f"Neo4jStore({self.uri!r}, database={self.database!r})"

    def _session(self) -> neo4j.Session:
        if self._driver is None:
            raise StoreError(f"Neo4j store {self.uri} is closed")
        return self._driver.session(database=self.database)

    def _guard(self, work: Callable[[], Any]) -> Any:
        """Run `work`, turning driver errors into one-line paperkg errors."""
        try:
            return work()
        except nx.AuthError:
            raise StoreError(
                f"Neo4j at {self.uri} refused user {self.user!r}: wrong NEO4J_USERNAME/NEO4J_PASSWORD"
            ) from None
        except (nx.ServiceUnavailable, nx.SessionExpired, OSError) as exc:
            raise StoreError(f"cannot reach Neo4j at {self.uri} (is the server running?): {_reason(exc)}") from None
        except ValueError as exc:  # the driver's complaint about an unusable address
            raise StoreError(f"bad Neo4j URI {self.uri!r}: {_first_line(exc)}") from None
        except nx.Neo4jError as exc:
            code = exc.code or ""
            if code.endswith("DatabaseNotFound"):
                raise StoreError(
                    f"Neo4j at {self.uri} has no database {self.database!r} (set NEO4J_DATABASE)"
                ) from None
            if code.startswith("Neo.ClientError.Security"):
                raise StoreError(f"Neo4j at {self.uri} denied user {self.user!r}: {_first_line(exc.message)}") from None
            if code.startswith("Neo.ClientError"):
                raise QueryError(f"query failed on Neo4j: {_first_line(exc.message)}") from None
            raise StoreError(f"Neo4j at {self.uri} failed: {code} {_first_line(exc.message)}") from None
        except nx.DriverError as exc:
            raise StoreError(f"Neo4j driver error for {self.uri}: {_first_line(exc)}") from None

    def _read(self, text: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]:
        def work():
            with self._session() as session:
                return session.execute_read(_collect, text, params or {})

        return self._guard(work)

    def _auto(self, text: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]:
        """An auto-commit transaction: schema statements, and user queries that may write."""

        def work():
            for attempt in range(_AUTO_ATTEMPTS):
                try:
                    with self._session() as session:
                        return _collect(session, text, params or {})
                except nx.TransientError:  # e.g. two builds creating the schema at once deadlock
                    if attempt == _AUTO_ATTEMPTS - 1:
                        raise
                    time.sleep(0.2 * (attempt + 1))

        return self._guard(work)

    def _statement(self, group: str, name: str, params: dict[str, Any] | None = None):
        return self._read(cypher.load(group, name, ENGINE).text, params)

    def _transaction(self, steps: Iterable[tuple[str, dict]]) -> None:
        """Run write statements all-or-nothing in one managed transaction.

        Row lists longer than batch_size go in several UNWIND runs inside the
        same transaction; the driver replays the whole function on transient errors.
        """
        runs = []
        for name, params in steps:
            text = cypher.load("write", name, ENGINE).text
            rows_key = "rows" if "rows" in params else ("ids" if "ids" in params else None)
            if rows_key and len(params[rows_key]) > self.batch_size:
                for chunk in chunks(params[rows_key], self.batch_size):
                    runs.append((text, {**params, rows_key: chunk}))
            else:
                runs.append((text, params))

        def tx_work(tx: neo4j.ManagedTransaction) -> None:
            for text, params in runs:
                tx.run(text, params).consume()

        def work():
            for attempt in range(_WRITE_ATTEMPTS):
                try:
                    with self._session() as session:
                        session.execute_write(tx_work)
                    return
                except nx.ConstraintError as exc:
                    if "`Result`" in (exc.message or ""):
                        raise  # results are CREATEd: a duplicate id in this batch, a query error
                    # papers and concepts are MERGEd: only another build creating the same key at
                    # the same moment collides; once it has committed, the MERGE finds its node
                    if attempt == _WRITE_ATTEMPTS - 1:
                        raise StoreBusyError(
                            f"another build is writing Neo4j at {self.uri}: run this one again when it has finished"
                        ) from None
                    time.sleep(0.5 * (attempt + 1))

        self._guard(work)

    # -- writes -----------------------------------------------------------

    def clear(self) -> None:
        """Delete every node and relationship, in batches (tests, `sync --replace`)."""
        self._auto(cypher.load("transfer", "clear", ENGINE).text)

    # -- reads ------------------------------------------------------------

    def run(self, query: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]:
        stmt, params = self._query(query, params)
        # A user's own file may write, so it runs auto-commit; named queries only read.
        return self._auto(stmt.text, params) if stmt.group == "file" else self._read(stmt.text, params)

    def run_text(self, text: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]:
        """Run a statement given as text, auto-commit (tests, export, benchmarks)."""
        return self._auto(text, params)


def _collect(tx: neo4j.ManagedTransaction | neo4j.Session, text: str, params: dict[str, Any]):
    result = tx.run(text, params)
    columns = list(result.keys())
    rows = [[plain(v) for v in record.values()] for record in result]
    return columns, rows


def plain(value: Any) -> Any:
    """Driver values as plain Python: nodes and relationships as property dicts,
    paths as lists of node dicts, temporal values as ISO strings."""
    if isinstance(value, (ng.Node, ng.Relationship)):
        return {k: plain(v) for k, v in dict(value).items()}
    if isinstance(value, ng.Path):
        return [plain(n) for n in value.nodes]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def _reason(exc: Exception) -> str:
    """The useful part of a connection error: 'Connection refused', 'Name or service not known'."""
    text = " ".join(str(exc).split())
    m = re.search(r"\(reason (.*)\)\s*$", text) or re.search(r"\[Errno -?\d+\] (.*)$", text)
    return m.group(1) if m else _first_line(exc)


def _first_line(exc: object) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
