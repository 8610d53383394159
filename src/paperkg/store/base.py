"""What both engines do the same way on top of their own `_statement(group, name, params)`
and `_transaction(steps)`: batch writes, bulk reads, counts and parameter checks."""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Sequence

from paperkg.errors import QueryError, StoreError
from paperkg.model import GraphData, PaperGraph
from paperkg.store import cypher
from paperkg.store.rows import as_dicts, chunks
from paperkg.store.writes import plan_writes

#: Papers (or concepts) per projection read: bounds the rows a read holds at once.
READ_PAGE = 20_000

REL_TYPES = ("MENTIONS", "PROPOSES", "REPORTS", "OF", "ON", "MEASURED_BY", "COMPARED_TO")


def bind_params(stmt: cypher.Statement, params: dict[str, Any]) -> dict[str, Any]:
    """The parameters a named query runs with: its declared defaults, then the
    given values; every declared parameter without a default must be given."""
    bound = {**stmt.defaults, **params}
    missing = [p for p in stmt.params if p not in bound]
    if missing:
        raise QueryError(f"query {stmt.name!r} needs parameter(s) {', '.join(missing)}: pass them as -p NAME=VALUE")
    return bound


class StatementStore:
    """The GraphStore methods both engines share, written once over each engine's
    `_statement(group, name, params)` and all-or-nothing `_transaction(steps)`."""

    def _statement(self, group: str, name: str, params: dict[str, Any] | None = None):
        raise NotImplementedError

    def _transaction(self, steps: Iterable[tuple[str, dict]]) -> None:
        raise NotImplementedError

    def _require_writer(self) -> None:
        """Engines opened read-only refuse writes here."""

    def _query(self, query: str, params: dict[str, Any] | None) -> tuple[cypher.Statement, dict[str, Any]]:
        """What `run` runs: a .cypher file, or a named query (cypher/queries/) of this engine, and its bound parameters."""
        engine = getattr(self, "engine", "")
        stmt = cypher.load_file(query) if query.endswith(".cypher") else cypher.load("queries", query, engine)
        return stmt, bind_params(stmt, params or {})

    # -- writes -----------------------------------------------------------

    def paper_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        return {r[0]: r[1] for r in self.paper_state(ids)}

    def paper_state(self, ids: Sequence[str]) -> list[list[Any]]:
        """[id, content_hash, listed_on, source] of stored papers among ids."""
        if not ids:
            return []
        return self._statement("write", "paper_state", {"ids": list(ids)})[1]

    def write_papers(self, graphs: Sequence[PaperGraph]) -> None:
        self._require_writer()
        if not graphs:
            return
        ids = [g.paper.id for g in graphs]
        state = {r[0]: r for r in self.paper_state(ids)}
        keys = sorted({c.key for g in graphs for c in g.concepts})
        stored = {r[0]: r[1:] for r in self._statement("write", "concept_aliases", {"keys": keys})[1]} if keys else {}
        old_keys = [r[0] for r in self._statement("write", "paper_concepts", {"ids": ids})[1]] if state else []
        steps = plan_writes(graphs, state, stored, old_keys)
        self._transaction(steps)

    def add_listings(self, rows: Sequence[dict]) -> None:
        self._require_writer()
        if not rows:
            return
        state = {r[0]: r for r in self.paper_state([r["id"] for r in rows])}
        merged = []
        for row in rows:
            if row["id"] not in state:
                continue
            _, _, listed, source = state[row["id"]]
            dates = sorted(set(listed or []) | set(row.get("listed_on") or []))
            sources = list(dict.fromkeys([s for s in (source or "").split(";") if s] + list(row.get("sources") or [])))
            if dates != sorted(listed or []) or sources != [s for s in (source or "").split(";") if s]:
                merged.append({"id": row["id"], "listed_on": dates, "source": ";".join(sources)})
        if merged:
            self._transaction([("set_listings", {"rows": merged})])

    def delete_paper(self, paper_id: str) -> bool:
        self._require_writer()
        if not self.paper_state([paper_id]):
            return False
        keys = [r[0] for r in self._statement("write", "paper_concepts", {"ids": [paper_id]})[1]]
        self._transaction(
            [
                ("delete_results", {"ids": [paper_id]}),
                ("delete_paper", {"id": paper_id}),
                ("delete_orphan_concepts", {"keys": keys}),
                ("refresh_paper_counts", {"keys": keys}),
            ]
        )
        return True

    def merge_concepts(self, mapping: dict[str, str]) -> None:
        """Merge each concept key of `mapping` into its value, in one transaction (store.merge)."""
        from paperkg.store.merge import merge_steps

        self._require_writer()
        steps = merge_steps(self, mapping)
        if steps:
            self._transaction(steps)

    def move_mentions(self, moves: dict[tuple[str, str], str]) -> None:
        """Move each paper's edges {(paper id, from key): to key}, in one transaction (store.merge)."""
        from paperkg.store.merge import move_steps

        self._require_writer()
        steps = move_steps(self, moves)
        if steps:
            self._transaction(steps)

    def write_rows(self, name: str, rows: Sequence[Any], *, key: str = "rows", batch_size: int = 5000) -> int:
        """Run write statement `name` over `rows` (its `$rows`, or `$ids`/`$keys` with `key`),
        `batch_size` rows a transaction: sync and bulk copies, which need no plan."""
        self._require_writer()
        done = 0
        for chunk in chunks(rows, max(1, batch_size)):
            self._transaction([(name, {key: chunk})])
            done += len(chunk)
        return done

    def set_concept_property(self, name: str, values: dict[str, Any]) -> None:
        """Write one property (for example `community`) on many concepts."""
        self._require_writer()
        if name not in {"community", "name", "aliases"}:
            raise StoreError(f"concept property {name!r} cannot be written (known: community, name, aliases)")
        rows = [{"key": k, "value": v} for k, v in values.items()]
        self._transaction([(f"set_concept_{name}", {"rows": rows})])

    # -- reads ------------------------------------------------------------

    def run_read(self, name: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]:
        """Run one of paperkg's own read statements (cypher/read/)."""
        return self._statement("read", name, params)

    def rows(self, name: str, params: dict[str, Any] | None = None, *, group: str = "read") -> list[dict[str, Any]]:
        """Every row of one of paperkg's own statements (cypher/read/ by default, or cypher/export/) as a dict."""
        return as_dicts(*self._statement(group, name, params))

    def read_graph(self) -> GraphData:
        data = GraphData()
        for name in ("papers", "concepts", "mentions", "proposes", "results"):
            setattr(data, name, self.rows(name))
        return data

    # -- projection reads: what analytics and views need, never evidence in bulk --

    def concept_rows(self) -> list[dict]:
        """{key, name, kind, aliases, paper_count} of every concept."""
        return self.rows("concepts")

    def paper_ids(self) -> list[str]:
        return [r[0] for r in self._statement("read", "paper_ids")[1]]

    def paper_count(self) -> int:
        return int(self._statement("read", "count_papers")[1][0][0] or 0)

    def paper_dates(self) -> list[dict]:
        """{id, published, listed_on} of every paper."""
        return self.rows("paper_dates")

    def paper_titles(self) -> list[dict]:
        """{id, title, arxiv_id} of every paper."""
        return self.rows("paper_titles")

    def _pages(self, name: str, param: str, values: Sequence[Any], page: int) -> Iterator[tuple[list[str], list[list]]]:
        """(columns, rows) of read statement `name`, `page` values of list parameter `param` a read."""
        values = list(values)
        for lo in range(0, len(values), page):
            yield self._statement("read", name, {param: values[lo : lo + page]})

    def papers_by_id(self, ids: Sequence[str]) -> list[dict]:
        """{id, title, published, listed_on, url, arxiv_id} of the given papers that exist."""
        return [row for page in self._pages("papers_by_id", "ids", ids, READ_PAGE) for row in as_dicts(*page)]

    def mention_pairs(self, ids: Sequence[str] | None = None, *, page: int = READ_PAGE) -> Iterator[list[list]]:
        """Pages of [paper_id, concept_key, count] MENTIONS rows of the given papers
        (default every paper), `page` papers a read, without evidence."""
        for _, rows in self._pages("mention_pairs", "ids", self.paper_ids() if ids is None else ids, page):
            yield rows

    def concept_mention_pairs(self, keys: Sequence[str], *, page: int = 200) -> Iterator[list[list]]:
        """Pages of [paper_id, concept_key, count] MENTIONS rows of the given concepts, without evidence."""
        for _, rows in self._pages("concept_mention_pairs", "keys", keys, page):
            yield rows

    def kind_votes(self, keys: Sequence[str], *, page: int = 200) -> dict[str, dict[str, int]]:
        """{concept key: {kind: papers that typed the name so}} of the given concepts, from their MENTIONS
        edges (an edge of an older store without a kind votes for its concept's kind)."""
        out: dict[str, dict[str, int]] = {}
        for _, rows in self._pages("concept_kind_votes", "keys", list(dict.fromkeys(keys)), page):
            for key, kind, n in rows:
                out.setdefault(key, {})[kind] = int(n)
        return out

    def mention_evidence(self, pairs: Iterable[tuple[str, str]], *, page: int = 2_000) -> list[dict]:
        """{paper_id, concept_key, count, evidence, kind} of the given (paper id, concept key) edges."""
        wanted = list(dict.fromkeys(pairs))
        out: list[dict] = []
        for lo in range(0, len(wanted), page):
            chunk = set(wanted[lo : lo + page])
            params = {"ids": sorted({p for p, _ in chunk}), "keys": sorted({c for _, c in chunk})}
            out += [r for r in self.rows("mention_evidence", params) if (r["paper_id"], r["concept_key"]) in chunk]
        return sorted(out, key=lambda r: (r["paper_id"], r["concept_key"]))

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
