"""What both engines do the same way on top of their own `_statement(group, name, params)`:
paperkg's bulk reads, counts and parameter checks."""
from __future__ import annotations

from typing import Any

from paperkg.errors import QueryError
from paperkg.model import GraphData
from paperkg.store import cypher

REL_TYPES = ("MENTIONS", "PROPOSES", "REPORTS", "OF", "ON", "MEASURED_BY", "COMPARED_TO")


def check_params(stmt: cypher.Statement, params: dict[str, Any]) -> None:
    """A named query's declared parameters must all be given."""
    missing = [p for p in stmt.params if p not in params]
    if missing:
        raise QueryError(
            f"query {stmt.name!r} needs parameter(s) {', '.join(missing)}: pass them as -p NAME=VALUE"
        )


class StatementReads:
    """Bulk reads shared by LadybugStore and Neo4jStore (cypher/read/)."""

    def _statement(self, group: str, name: str, params: dict[str, Any] | None = None):
        raise NotImplementedError

    def run_read(self, name: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]:
        """Run one of paperkg's own read statements (cypher/read/)."""
        return self._statement("read", name, params)

    def read_graph(self) -> GraphData:
        data = GraphData()
        for name in ("papers", "concepts", "mentions", "proposes", "results"):
            columns, rows = self._statement("read", name)
            setattr(data, name, [dict(zip(columns, r)) for r in rows])
        return data

    def alias_index(self) -> list[tuple[str, str, list[str]]]:
        _, rows = self._statement("read", "concepts")
        return [(key, kind, [name, *(aliases or [])]) for key, name, kind, aliases, _ in rows]

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(("Paper", "Result", *(f"rel:{t}" for t in REL_TYPES)), 0)
        out.update({label: n for label, n in self._statement("read", "count_nodes")[1]})
        out.update({f"rel:{t}": n for t, n in self._statement("read", "count_relationships")[1]})
        # sum() is INT128 in LadybugDB and reaches Python as a string
        out["listings"] = int(self._statement("read", "count_listings")[1][0][0] or 0)
        return out
