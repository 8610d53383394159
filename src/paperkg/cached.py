"""What the analytics commands read, through the store's cache (paperkg.store.cache).

The projections every command starts from — the mentions as integer arrays,
the papers' dates, the concept rows and the name index — are read once per
version of the store and then loaded from `<store>.cache/`; the api keeps
the costly answers (centrality scores, communities, gaps, ...) the same way.
Only api calls this module. It imports nothing heavy, so that a command
whose answer is cached starts, reads one small pickle and prints.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Callable

from paperkg import config
from paperkg.store.cache import StoreCache

if TYPE_CHECKING:  # importing analytics (networkx, scipy) costs a second: only computing needs it
    from paperkg.analytics import Incidence


def cache_for(store: Any) -> StoreCache:
    """The cache of `store` (the default store when None); disabled for Neo4j and for a store object."""
    if store is not None and not isinstance(store, (str, os.PathLike)):
        return StoreCache(None)
    return StoreCache.for_store(str(store or config.DEFAULT_STORE))


def drop_cache(store: str | None) -> None:
    """Forget the analytics cached for `store`: it is about to change (the
    cache would notice by itself; this also frees the disk at once)."""
    cache_for(store).clear()


def _read(store: str | None, read: Callable) -> Any:
    from paperkg.store import open_store

    with open_store(store, read_only=True) as st:
        return read(st)


def incidence(store: str | None, cache: StoreCache, *, topics: bool = False) -> "Incidence":
    """Every MENTIONS edge as integer arrays (paperkg.reads.incidence), cached.

    Field topics (kind Topic, resolve.topics) are counted by trends only
    (`topics=True`): a topic co-occurs with half the corpus and would swamp
    every co-occurrence measure.
    """
    from paperkg import reads
    from paperkg.model import TOPIC

    whole = cache.get_or_compute("incidence", {}, lambda: _read(store, reads.incidence))
    return whole if topics else cache.get_or_compute("incidence-concepts", {}, lambda: whole.without_kinds({TOPIC}))


def paper_dates(store: str | None, cache: StoreCache) -> list[dict]:
    """{id, published, listed_on} of every paper, cached."""
    return cache.get_or_compute("paper-dates", {}, lambda: _read(store, lambda st: st.paper_dates()))


def concept_rows(store: str | None, cache: StoreCache) -> list[dict]:
    """{key, name, kind, aliases, paper_count} of every concept, cached."""
    return cache.get_or_compute("concepts", {}, lambda: _read(store, lambda st: st.concept_rows()))


def concept_index(store: str | None, cache: StoreCache):
    """Every concept as a node of a networkx graph without edges: what resolving a name reads, cached."""
    from paperkg.analytics import concept_index as build_index
    from paperkg.model import GraphData

    return cache.get_or_compute(
        "concept-index", {}, lambda: build_index(GraphData(concepts=concept_rows(store, cache)))
    )


def paper_count(store: str | None, cache: StoreCache) -> int:
    """How many papers the store holds, cached."""
    return cache.get_or_compute("paper-count", {}, lambda: _read(store, lambda st: st.paper_count()))


__all__ = ["cache_for", "drop_cache", "concept_index", "concept_rows", "incidence", "paper_count", "paper_dates"]
