"""`paperkg sync` and `paperkg export`: a built graph moved without extracting again."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Callable

from paperkg.cached import drop_cache
from paperkg.store import open_store


def sync(
    source: str,
    target: str,
    *,
    replace: bool = False,
    batch_size: int = 5000,
    progress: Callable[[str, int], None] | None = None,
) -> dict[str, Any]:
    """Copy the graph at `source` (a path or URI) into `target`, without extracting again.

    Papers already in the target are replaced with their edges; `replace=True`
    empties the target first. Returns rows written per type and the target's counts.

    >>> sync("graph/paperkg.lbdb", "neo4j://localhost:7687")  # doctest: +SKIP
    """
    from paperkg.errors import StoreError
    from paperkg.store.sync import copy_graph

    if source == target:
        raise StoreError(f"sync --from and --to are the same store {source!r}")
    started = time.perf_counter()
    drop_cache(target)
    with open_store(source, read_only=True) as src, open_store(target) as dst:
        rows = copy_graph(src, dst, batch_size=batch_size, replace=replace, progress=progress)
        counts = dst.counts()
    return {
        "source": source,
        "target": target,
        "rows": rows,
        "counts": counts,
        "seconds": round(time.perf_counter() - started, 2),
    }


def export(fmt: str, directory: str | Path, *, store: str | None = None) -> dict[str, Any]:
    """Write the stored graph to `directory` as neo4j-admin CSVs, GraphML or JSON Lines."""
    from paperkg.store.export import export_graph

    with open_store(store, read_only=True) as st:
        return export_graph(st, fmt, directory)
