"""The analytics cache kept next to a store: served while the store is unchanged, dropped after any write."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "analytics"))  # the hand-built sample graph

from analytics_samples import paper_graphs  # noqa: E402
from paperkg.store.cache import FORMAT, StoreCache, cache_dir  # noqa: E402
from paperkg.store.ladybug import LadybugStore  # noqa: E402


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "g.lbdb"
    graphs = paper_graphs()
    with LadybugStore(path) as st:
        st.write_papers(graphs[:4])
    return path


def counting(value):
    calls = []

    def compute():
        calls.append(1)
        return value

    return compute, calls


def test_second_read_is_served_from_the_cache(store):
    compute, calls = counting({"answer": 42})
    assert StoreCache.for_store(str(store)).get_or_compute("rank", {"k": 1}, compute) == {"answer": 42}
    cache = StoreCache.for_store(str(store))
    assert cache.get_or_compute("rank", {"k": 1}, compute) == {"answer": 42}
    assert len(calls) == 1 and cache.hits == ["rank"]
    assert cache.get_or_compute("rank", {"k": 2}, compute) and len(calls) == 2  # other parameters, other entry
    assert (cache_dir(store) / "fingerprint.json").exists()


def test_any_write_to_the_store_drops_every_entry(store):
    compute, calls = counting([1, 2, 3])
    StoreCache.for_store(str(store)).get_or_compute("rank", {}, compute)
    with LadybugStore(store) as st:  # another writer, not through paperkg.api
        st.write_papers(paper_graphs()[4:])
    cache = StoreCache.for_store(str(store))
    cache.get_or_compute("rank", {}, compute)
    assert len(calls) == 2 and cache.hits == []


def test_an_answer_computed_while_the_store_changed_is_not_kept(store):
    def compute():
        with LadybugStore(store) as st:
            st.write_papers(paper_graphs()[4:])
        return "stale"

    StoreCache.for_store(str(store)).get_or_compute("rank", {}, compute)
    fresh, calls = counting("fresh")
    assert StoreCache.for_store(str(store)).get_or_compute("rank", {}, fresh) == "fresh" and calls == [1]


def test_restamp_keeps_entries_after_a_write_that_changes_none(store):
    compute, calls = counting("communities")
    cache = StoreCache.for_store(str(store))
    cache.get_or_compute("communities", {}, compute)
    with LadybugStore(store) as st:
        st.set_concept_property("community", {"Method:dpo": 0})
    cache.restamp()
    assert StoreCache.for_store(str(store)).get_or_compute("communities", {}, compute) == "communities"
    assert calls == [1]


def test_a_damaged_entry_is_computed_again(store):
    compute, calls = counting("value")
    StoreCache.for_store(str(store)).get_or_compute("rank", {}, compute)
    (entry,) = cache_dir(store).glob("rank-*.pkl")
    entry.write_bytes(b"not a pickle")
    assert StoreCache.for_store(str(store)).get_or_compute("rank", {}, compute) == "value" and len(calls) == 2


def test_no_cache_for_neo4j_or_when_turned_off(store, monkeypatch):
    assert not StoreCache.for_store("neo4j://localhost:7687").enabled
    monkeypatch.setenv("PAPERKG_CACHE", "0")
    compute, calls = counting("v")
    for _ in range(2):
        StoreCache.for_store(str(store)).get_or_compute("rank", {}, compute)
    assert len(calls) == 2 and not cache_dir(store).exists()


def test_fingerprint_names_the_store_and_its_format(store):
    StoreCache.for_store(str(store)).get_or_compute("rank", {}, lambda: 1)
    stamp = json.loads((cache_dir(store) / "fingerprint.json").read_text())
    assert stamp["format"] == FORMAT and stamp["store"][0][0] == "g.lbdb"


def test_cache_dir_moves_under_paperkg_cache_dir(store, tmp_path, monkeypatch):
    monkeypatch.setenv("PAPERKG_CACHE_DIR", str(tmp_path / "caches"))
    compute, calls = counting("v")
    for _ in range(2):
        StoreCache.for_store(str(store)).get_or_compute("rank", {}, compute)
    assert calls == [1]
    (moved,) = (tmp_path / "caches").iterdir()
    assert moved.name.startswith("g.lbdb-") and (moved / "fingerprint.json").exists()
    assert not store.with_name("g.lbdb.cache").exists()  # nothing written beside the store


def test_a_cache_that_cannot_be_written_is_skipped(store, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("PAPERKG_CACHE_DIR", str(blocker))  # no directory can be made under a file
    compute, calls = counting("v")
    for _ in range(2):
        assert StoreCache.for_store(str(store)).get_or_compute("rank", {}, compute) == "v"
    assert len(calls) == 2


def test_an_answer_cached_by_other_code_is_computed_again(store, monkeypatch):
    """A new reading rule changes a board without touching the store: the code's digest is in the stamp."""
    import paperkg.store.cache as cache_module

    compute, calls = counting("board")
    monkeypatch.setattr(cache_module, "code_digest", lambda: "old code")
    StoreCache.for_store(str(store)).get_or_compute("leaderboard", {}, compute)
    StoreCache.for_store(str(store)).get_or_compute("leaderboard", {}, compute)
    monkeypatch.setattr(cache_module, "code_digest", lambda: "new code")
    StoreCache.for_store(str(store)).get_or_compute("leaderboard", {}, compute)
    assert len(calls) == 2
