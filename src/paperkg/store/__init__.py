"""Storage: the GraphStore protocol (store.protocol), its two engines, and
`open_store`, which picks the engine a --store value names. Only this package
talks to a database."""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING, Any, Iterator, cast

from paperkg import config
from paperkg.store.target import store_target

if TYPE_CHECKING:
    from paperkg.store.protocol import GraphStore


def open_store(store: str | os.PathLike[str] | GraphStore | None = None, *, read_only: bool = False) -> GraphStore:
    """Open the embedded store at a path (default graph/paperkg.lbdb) or Neo4j at a neo4j:// URI.

    A store object already open (a GraphStore, or anything answering the same
    reads) is lent as it is: the `with` block leaves it open for its owner.
    Every api function takes one as `store`, uncached.
    """
    if store is not None and not isinstance(store, (str, os.PathLike)):
        return cast("GraphStore", _lent(store))  # used only in `with`, which yields the store
    kind, target = store_target(str(store or config.DEFAULT_STORE))
    if kind == "neo4j":
        from paperkg.store.neo4j import Neo4jStore

        return Neo4jStore.connect(target)
    from paperkg.store.ladybug import LadybugStore

    return LadybugStore(target, read_only=read_only)


@contextlib.contextmanager
def _lent(store: Any) -> Iterator[Any]:
    yield store
