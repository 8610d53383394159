"""Copy a graph from one store into another without extracting again.

`paperkg sync --from graph/paperkg.lbdb --to neo4j://host:7687` reads every
node and edge from the source with the statements of cypher/export and
cypher/read, and writes them into the target with the same cypher/write
statements a build uses, in batches of `batch_size` rows, each batch one
transaction. A paper already in the target is replaced with its edges, as in
a build; `replace=True` empties the target first, for an exact copy.
"""
from __future__ import annotations

import itertools
from typing import Any, Callable, Iterable

from paperkg.model import RESULT_PROPERTIES
from paperkg.store import cypher
from paperkg.store.protocol import GraphStore

Progress = Callable[[str, int], None]  # (what, rows done)


def read_rows(store: GraphStore, group: str, name: str) -> list[dict[str, Any]]:
    """All rows of one read statement (cypher/export or cypher/read) as dicts."""
    columns, rows = store.run_text(cypher.load(group, name, store.engine).text, {})
    return [dict(zip(columns, r)) for r in rows]


def graph_rows(store: GraphStore) -> dict[str, list[dict[str, Any]]]:
    """Every node and edge of a store, one list of plain dicts per type."""
    return {
        "papers": read_rows(store, "export", "papers"),
        "concepts": read_rows(store, "export", "concepts"),
        "mentions": read_rows(store, "read", "mentions"),
        "proposes": read_rows(store, "read", "proposes"),
        "results": read_rows(store, "read", "results"),
    }


def write_batches(store: GraphStore, name: str, rows: list[dict], batch_size: int, *,
                  key: str = "rows") -> int:
    """Run the write statement `name` over rows, `batch_size` rows per transaction."""
    text = cypher.load("write", name, store.engine).text
    done = 0
    for chunk in _chunks(rows, batch_size):
        write_rows = getattr(store, "write_rows", None)
        if write_rows is not None and key == "rows":
            write_rows(text, chunk, batch_size=batch_size)  # Neo4j: a managed, retried transaction
        else:
            store.run_text(text, {key: chunk})  # LadybugDB: one statement is one transaction
        done += len(chunk)
    return done


def copy_graph(source: GraphStore, target: GraphStore, *, batch_size: int = 5000,
               replace: bool = False, progress: Progress | None = None) -> dict[str, int]:
    """Copy every paper, concept, result and edge of `source` into `target`; returns rows per type."""
    data = graph_rows(source)
    if replace:
        clear(target)
    done: dict[str, int] = {}

    def step(what: str, name: str, rows: list[dict], key: str = "rows") -> None:
        done[what] = done.get(what, 0) + write_batches(target, name, rows, batch_size, key=key)
        if progress:
            progress(what, done[what])

    ids = [p["id"] for p in data["papers"]]
    if not replace:  # papers already in the target lose their old edges and results, as in a build
        existing = [i for chunk in _chunks(ids, batch_size) for i in target.paper_hashes(chunk)]
        step("replaced", "delete_results", existing, key="ids")
        step("replaced", "detach_papers", existing, key="ids")
        done["replaced"] = len(existing)
    step("papers", "upsert_papers", data["papers"])
    step("concepts", "upsert_concepts",
         [{"key": c["key"], "name": c["name"], "kind": c["kind"], "aliases": c["aliases"] or []}
          for c in data["concepts"]])
    step("mentions", "create_mentions", data["mentions"])
    step("proposes", "create_proposes", data["proposes"])
    step("results", "create_results",
         [{k: r[k] for k in ("paper_id", *RESULT_PROPERTIES)} for r in data["results"]])
    for rel, column in (("of", "of_key"), ("on", "on_key"), ("measured_by", "metric_key"),
                        ("compared_to", "compared_key")):
        links = [{"result_id": r["id"], "concept_key": r[column]} for r in data["results"] if r[column]]
        step(f"results.{rel}", f"link_result_{rel}", links)
    keys = [c["key"] for c in data["concepts"]]
    step("paper_counts", "refresh_paper_counts", keys, key="keys")
    communities = [{"key": c["key"], "value": c["community"]} for c in data["concepts"] if c["community"] is not None]
    if communities:
        step("communities", "set_concept_community", communities)
    return done


def clear(store: GraphStore) -> None:
    """Delete every node and edge of a store."""
    store.run_text(cypher.load("transfer", "clear", store.engine).text, {})


def _chunks(items: Iterable, size: int):
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk
