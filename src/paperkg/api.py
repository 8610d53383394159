"""One function per CLI verb, chaining the steps. No click, no printing:
functions return data; progress goes through an optional callback.
"""
from __future__ import annotations

from paperkg import config
from paperkg.errors import StoreError
from paperkg.store.protocol import GraphStore


def open_store(store: str | None = None, *, read_only: bool = False) -> GraphStore:
    """Open the embedded store at a path (default graph/paperkg.lbdb) or Neo4j at a neo4j:// URI."""
    target = store or str(config.DEFAULT_STORE)
    if target.startswith(("neo4j://", "neo4j+s://", "neo4j+ssc://", "bolt://", "bolt+s://", "bolt+ssc://")):
        from paperkg.store.neo4j import Neo4jStore

        return Neo4jStore.connect(target)
    from paperkg.store.ladybug import LadybugStore

    return LadybugStore(target, read_only=read_only)


# --- build, stats, query, remove (issue 2) ---------------------------------


# --- extract (issue 3) -----------------------------------------------------


# --- sync, export (issue 4) ------------------------------------------------


# --- analytics (issue 5) ---------------------------------------------------


# --- views (issue 6) -------------------------------------------------------
