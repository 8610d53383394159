"""Storage: the GraphStore protocol (store.protocol), its two engines, and
`open_store`, which picks the engine a --store value names. Only this package
talks to a database."""
from __future__ import annotations

from typing import TYPE_CHECKING

from paperkg import config
from paperkg.store.target import store_target

if TYPE_CHECKING:
    from paperkg.store.protocol import GraphStore


def open_store(store: str | None = None, *, read_only: bool = False) -> GraphStore:
    """Open the embedded store at a path (default graph/paperkg.lbdb) or Neo4j at a neo4j:// URI."""
    kind, target = store_target(store or str(config.DEFAULT_STORE))
    if kind == "neo4j":
        from paperkg.store.neo4j import Neo4jStore

        return Neo4jStore.connect(target)
    from paperkg.store.ladybug import LadybugStore

    return LadybugStore(target, read_only=read_only)
