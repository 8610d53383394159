"""`paperkg query`: the named queries of cypher/queries/ and users' own .cypher files.

A named query's parameters are read as the analytics commands read them: a
concept (`name`, `dataset`, `from`, `to`) by name, alias or key in any case,
a paper by id, arXiv id or title, a `kind` in any case, `limit=0` for all. A
name that matches nothing is a NotFoundError (exit 1), not an empty table.
"""

from __future__ import annotations

from typing import Any

from paperkg.errors import QueryError
from paperkg.model import KINDS
from paperkg.store import cypher, open_store

#: parameter -> the concept kind it names (None: any kind)
CONCEPT_PARAMS: dict[str, str | None] = {"name": None, "dataset": "Dataset", "from": None, "to": None}
PAPER_PARAMS = ("paper",)
ALL_ROWS = 2**31 - 1  # what LIMIT gets for limit=0


def list_queries() -> list[cypher.Statement]:
    """The named queries users run (cypher/queries/)."""
    return cypher.list_statements("queries")


def run_query(
    name_or_file: str, params: dict[str, Any] | None = None, *, store: str | None = None
) -> tuple[list[str], list[list[Any]]]:
    """Run a named query or a .cypher file; returns (columns, rows).

    A .cypher file gets its parameters as given; a named query gets them resolved (see the module).
    """
    params = dict(params or {})
    named = not name_or_file.endswith(".cypher")
    if named:
        params = _resolved(params, store)
    with open_store(store, read_only=True) as st:
        if named:
            for key in PAPER_PARAMS:
                if isinstance(params.get(key), str):
                    from paperkg import reads

                    params[key] = reads.resolve_paper_id(st, params[key])
        return st.run(name_or_file, params)


def _resolved(params: dict[str, Any], store: str | None) -> dict[str, Any]:
    out = dict(params)
    if out.get("limit") == 0:
        out["limit"] = ALL_ROWS
    if isinstance(out.get("kind"), str):
        kinds = {k.casefold(): k for k in KINDS}
        if out["kind"].casefold() not in kinds:
            raise QueryError(f"unknown kind {out['kind']!r} (known: {', '.join(KINDS)})")
        out["kind"] = kinds[out["kind"].casefold()]
    wanted = {p: kind for p, kind in CONCEPT_PARAMS.items() if isinstance(out.get(p), str)}
    if wanted:
        from paperkg import analytics, cached

        index = cached.concept_index(store, cached.cache_for(store))
        for p, kind in wanted.items():
            out[p] = analytics.resolve_concept(index, out[p], kind=kind)
    return out
