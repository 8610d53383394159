"""Every analytics command gives the same answer from the cache as without it, reads nothing from
the store on a warm call, and sees a build or a remove at once."""

from __future__ import annotations

import pytest

from analytics_samples import paper_graphs
from paperkg import api
from paperkg.errors import StoreError
from paperkg.store.cache import cache_dir
from paperkg.store.ladybug import LadybugStore

CALLS = {
    "rank": lambda s: api.rank_concepts(s, kind="Dataset"),
    "betweenness": lambda s: api.rank_concepts(s, measure="betweenness"),
    "communities": lambda s: api.communities(s),
    "trends": lambda s: api.trends(s, concepts=["DPO", "LoRA"]),
    "similar": lambda s: api.similar_papers("p3", store=s),
    "path": lambda s: api.concept_path("dpo", "GSM8K", store=s),
    "gaps": lambda s: api.gaps(s, min_degree=1),
    "concept": lambda s: api.concept_card("RLHF", store=s),
    "leaderboard": lambda s: api.leaderboard("GSM8K", store=s),
}


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "g.lbdb"
    with LadybugStore(path) as st:
        st.write_papers(paper_graphs())
    return str(path)


@pytest.mark.parametrize("name", CALLS)
def test_cached_answer_equals_uncached_and_a_warm_call_opens_no_store(store, name, monkeypatch):
    call = CALLS[name]
    monkeypatch.setenv("PAPERKG_CACHE", "0")
    uncached = call(store)
    monkeypatch.setenv("PAPERKG_CACHE", "1")
    assert call(store) == uncached  # cold: computed and kept
    assert cache_dir(store).is_dir()

    def no_store(*args, **kwargs):
        raise AssertionError("a warm call read the store")

    monkeypatch.setattr(LadybugStore, "__init__", no_store)  # whichever layer would open it
    assert call(store) == uncached


def test_remove_and_build_are_seen_at_once(store, jsonl_file, abstract):
    before = {r["key"] for r in api.rank_concepts(store, limit=0)}
    assert "Dataset:math500" in before
    assert api.remove_paper("p5", store=store)  # the only paper naming MATH500
    after = {r["key"] for r in api.rank_concepts(store, limit=0)}
    assert before - after == {"Dataset:math500"}
    assert api.trends(store, period="month")["papers"] == {"2024-01": 1, "2024-02": 2, "2024-03": 1}
    api.build(
        [
            str(
                jsonl_file(
                    "more.jsonl",
                    [{"title": "Later work", "abstract": abstract("LoRA adapters"), "published": "2024-04-02"}],
                )
            )
        ],
        store=store,
    )
    assert api.trends(store, period="month")["periods"][-1] == "2024-04"


def test_communities_write_keeps_the_cache_and_stores_the_ids(store, monkeypatch):
    out = api.communities(store, write=True)
    with LadybugStore(store, read_only=True) as st:
        stored = {r[0]: r[1] for r in st.run_text("MATCH (c:Concept) RETURN c.key, c.community")[1]}
    assert {k for k, v in stored.items() if v is not None} == {m for c in out["communities"] for m in c["members"]}
    monkeypatch.setattr(LadybugStore, "__init__", lambda *a, **k: (_ for _ in ()).throw(StoreError("no store")))
    assert api.communities(store)["communities"] == out["communities"]  # still served from the cache
