"""Copy a graph from one store into another without extracting again.

`paperkg sync --from graph/paperkg.lbdb --to neo4j://host:7687` reads every
node and edge from the source with the statements of cypher/export and
cypher/read, and writes them into the target with the same cypher/write
statements a build uses, in batches of `batch_size` rows, each batch one
transaction. A paper already in the target is replaced with its edges, as in
a build; `replace=True` empties the target first, for an exact copy.
Everything goes through the GraphStore protocol (rows, write_rows, clear).
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from paperkg.store.protocol import GraphStore
from paperkg.store.rows import RESULT_COLUMNS, RESULT_LINKS, chunks, result_links

Progress = Callable[[str, int], None]  # (what, rows done)


def graph_rows(store: GraphStore) -> dict[str, list[dict[str, Any]]]:
    """Every node and edge of a store, one list of plain dicts per type."""
    return {
        "papers": store.rows("papers", group="export"),
        "concepts": store.rows("concepts", group="export"),
        "mentions": store.rows("mentions"),
        "proposes": store.rows("proposes"),
        "results": store.rows("results"),
    }


def copy_graph(
    source: GraphStore,
    target: GraphStore,
    *,
    batch_size: int = 5000,
    replace: bool = False,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Copy every paper, concept, result and edge of `source` into `target`; returns rows per type.

    `replaced` counts the papers the target held already (each once).
    """
    data = graph_rows(source)
    if replace:
        target.clear()
    done: dict[str, int] = {}

    def step(what: str, name: str, rows: Sequence[Any], key: str = "rows") -> None:
        done[what] = done.get(what, 0) + target.write_rows(name, rows, key=key, batch_size=batch_size)
        if progress:
            progress(what, done[what])

    ids = [p["id"] for p in data["papers"]]
    if not replace:  # papers already in the target lose their old edges and results, as in a build
        existing = [i for chunk in chunks(ids, batch_size) for i in target.paper_hashes(chunk)]
        target.write_rows("delete_results", existing, key="ids", batch_size=batch_size)
        target.write_rows("detach_papers", existing, key="ids", batch_size=batch_size)
        done["replaced"] = len(existing)
        if progress:
            progress("replaced", len(existing))
    step("papers", "upsert_papers", data["papers"])
    step(
        "concepts",
        "upsert_concepts",
        [
            {"key": c["key"], "name": c["name"], "kind": c["kind"], "aliases": c["aliases"] or []}
            for c in data["concepts"]
        ],
    )
    step("mentions", "create_mentions", data["mentions"])
    step("proposes", "create_proposes", data["proposes"])
    step(
        "results",
        "create_results",
        [{"paper_id": r["paper_id"], **{k: r[k] for k in RESULT_COLUMNS}} for r in data["results"]],
    )
    links: dict[str, list[dict[str, str]]] = {rel: [] for rel in RESULT_LINKS}
    for r in data["results"]:
        for rel, key in result_links(r):
            links[rel].append({"result_id": r["id"], "concept_key": key})
    for rel, rows in links.items():
        step(f"results.{rel.lower()}", f"link_result_{rel.lower()}", rows)
    keys = [c["key"] for c in data["concepts"]]
    step("paper_counts", "refresh_paper_counts", keys, key="keys")
    communities = [{"key": c["key"], "value": c["community"]} for c in data["concepts"] if c["community"] is not None]
    if communities:
        step("communities", "set_concept_community", communities)
    return done
