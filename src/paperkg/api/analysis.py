"""The analytics verbs (`rank`, `communities`, `trends`, `similar`, `path`, `gaps`,
`concept`, `leaderboard`): read what each needs (paperkg.reads), compute with
paperkg.analytics, keep the answer in the store's cache (paperkg.cached)."""

from __future__ import annotations

from paperkg.store import open_store


#: Above this many papers, rank and communities drop concept pairs that share
#: a single paper: the co-occurrence graph shrinks about sixfold (2.78M to 0.46M
#: edges at 100k papers) and Louvain fits in seconds (benchmarks/analytics.py).
LARGE_GRAPH_PAPERS = 20_000

# Every command reads only what it needs (paperkg.reads): the mentions as
# integer arrays without evidence, a neighbourhood, evidence for what is shown.
# The projections and the answers are kept in the store's cache
# (paperkg.store.cache, through paperkg.cached) until the store changes.


def _min_shared(store: str | None, cache, min_shared: int | None) -> int:
    """Concept pairs need this many shared papers to link: 2 above LARGE_GRAPH_PAPERS papers, else 1."""
    from paperkg import cached

    if min_shared is not None:
        return min_shared
    return 2 if cached.paper_count(store, cache) > LARGE_GRAPH_PAPERS else 1


def _concept_graph(store: str | None, cache, min_shared: int):
    from paperkg import analytics, cached

    return analytics.cooccurrence_graph(cached.incidence(store, cache), min_shared=min_shared)


# Each command keeps two levels: its answer for exactly these arguments (small,
# so a repeated call only starts Python and reads it), and the costly whole it
# is cut from (every concept's score, every community), for other arguments.
# Analytics (networkx, scipy) is imported only where something is computed.


def rank_concepts(
    store: str | None = None,
    *,
    measure: str = "pagerank",
    kind: str | None = None,
    limit: int | None = 20,
    k: int | None = None,
    seed: int = 0,
    min_shared: int | None = None,
) -> list[dict]:
    """Concepts by centrality in the co-occurrence graph, best first."""
    from paperkg import cached

    cache = cached.cache_for(store)
    shared = _min_shared(store, cache, min_shared)
    params = {"measure": measure, "k": k, "seed": seed, "min_shared": shared}

    def ranked() -> list[dict]:
        from paperkg import analytics

        return analytics.rank_concepts(_concept_graph(store, cache, shared), measure=measure, k=k, seed=seed)

    def answer() -> list[dict]:
        rows = cache.get_or_compute("rank-all", params, ranked)
        if kind is not None:  # scores come from every kind; ranks count within the kind asked for
            rows = [{**r, "rank": i} for i, r in enumerate((r for r in rows if r["kind"] == kind), 1)]
        return rows[:limit] if limit else rows

    return cache.get_or_compute("rank", {**params, "kind": kind, "limit": limit}, answer)


def _communities(
    store: str | None, cache, *, resolution: float = 1.0, seed: int = 0, min_shared: int | None = None
) -> dict:
    """concept_communities of the co-occurrence graph, cached per parameters."""
    shared = _min_shared(store, cache, min_shared)

    def compute() -> dict:
        from paperkg import analytics

        return analytics.concept_communities(_concept_graph(store, cache, shared), resolution=resolution, seed=seed)

    return cache.get_or_compute(
        "communities-all", {"resolution": resolution, "seed": seed, "min_shared": shared}, compute
    )


def communities(
    store: str | None = None,
    *,
    kind: str | None = None,
    limit: int | None = 20,
    resolution: float = 1.0,
    seed: int = 0,
    min_shared: int | None = None,
    write: bool = False,
) -> dict:
    """Louvain communities of the co-occurrence graph, labelled by top concepts.

    With `kind`, communities are labelled by (and limited to those with)
    concepts of that kind. With `write`, every concept's community id (null
    when it belongs to none) is stored as its `community` property.
    """
    from paperkg import cached

    cache = cached.cache_for(store)

    def answer() -> dict:
        out = _communities(store, cache, resolution=resolution, seed=seed, min_shared=min_shared)
        concepts = {c["key"]: c for c in cached.concept_rows(store, cache)}
        if write:
            with open_store(store) as st:
                st.set_concept_property("community", {k: out["membership"].get(k) for k in concepts})
            cache.restamp()  # community ids change no projection: the cached answers stay valid
        shown = []
        for c in out["communities"]:
            members = [m for m in c["members"] if kind is None or concepts[m]["kind"] == kind]
            if members:
                top = members[:3]
                shown.append(
                    {
                        **c,
                        "top": top,
                        "label": " / ".join(concepts[m]["name"] for m in top),
                        "member_names": [concepts[m]["name"] for m in members[:10]],
                    }
                )
        return {
            "modularity": out["modularity"],
            "count": len(out["communities"]),
            "written": write,
            "communities": shown[:limit] if limit else shown,
        }

    if write:
        return answer()
    params = {"kind": kind, "limit": limit, "resolution": resolution, "seed": seed, "min_shared": min_shared}
    return cache.get_or_compute("communities", params, answer)


def trends(
    store: str | None = None,
    *,
    period: str | None = None,
    kind: str | None = None,
    window: int = 1,
    min_count: int = 2,
    limit: int | None = 20,
    concepts: list[str] | None = None,
    at: str | None = None,
) -> dict:
    """Concept counts per period, growth between the last windows (ending `at`), emerging concepts.

    `period` defaults to what suits the span of the dates (analytics.default_period).
    With `concepts` (names, aliases or keys), the result also holds ``history``:
    their counts and shares in every period (analytics.concept_history).
    """
    from paperkg import cached

    cache = cached.cache_for(store)

    def default_period() -> str:
        from paperkg import analytics

        return analytics.default_period(cached.paper_dates(store, cache))

    period = period or cache.get_or_compute("default-period", {}, default_period)
    params = {"period": period, "kind": kind, "window": window, "min_count": min_count, "at": at}

    def series():
        from paperkg import analytics

        return analytics.incidence_series(
            cached.incidence(store, cache, topics=True), cached.paper_dates(store, cache), period=period
        )

    def whole() -> dict:
        from paperkg import analytics

        return analytics.concept_trends(
            None,
            period=period,
            kind=kind,
            window=window,
            min_count=min_count,
            at=at,
            series=cache.get_or_compute("trend-series", {"period": period}, series),
            concepts=cached.concept_rows(store, cache),
        )

    def answer() -> dict:
        from paperkg import analytics

        out = cache.get_or_compute("trends-all", params, whole)
        if concepts:
            index = cached.concept_index(store, cache)
            keys = [analytics.resolve_concept(index, name, kind=kind) for name in concepts]
            out = {**out, "history": analytics.concept_history(out, keys)}
        return {**out, "concepts": out["concepts"][:limit]} if limit else out

    return cache.get_or_compute("trends", {**params, "limit": limit, "concepts": concepts}, answer)


def similar_papers(paper: str, *, store: str | None = None, kind: str | None = None, limit: int | None = 10) -> dict:
    """Papers sharing (rare) concepts with a paper given by id, arXiv id or title."""
    from paperkg import cached

    cache = cached.cache_for(store)

    def compute() -> dict:
        from paperkg import analytics, reads

        concepts = {c["key"]: c for c in cached.concept_rows(store, cache)}
        with open_store(store, read_only=True) as st:
            pid = reads.resolve_paper_id(st, paper)
            B = reads.paper_neighbourhood(st, pid, concepts)
        return {
            "paper": {"id": pid, "title": B.nodes[pid]["title"]},
            "similar": analytics.similar_papers(B, pid, kind=kind, limit=limit or None),
        }

    return cache.get_or_compute("similar", {"paper": paper, "kind": kind, "limit": limit}, compute)


def concept_path(source: str, target: str, *, store: str | None = None, kind: str | None = None) -> dict:
    """The shortest chain of papers from one concept to another, with evidence."""
    from paperkg import cached

    cache = cached.cache_for(store)

    def compute() -> dict:
        from paperkg import analytics

        B = analytics.bipartite_graph(cached.incidence(store, cache).as_graph_data())
        a = analytics.resolve_concept(B, source, kind=kind)
        b = analytics.resolve_concept(B, target, kind=kind)
        chain = analytics.concept_chain(B, a, b)
        with open_store(store, read_only=True) as st:
            evidence = {
                (r["paper_id"], r["concept_key"]): r["evidence"]
                for r in st.mention_evidence(analytics.chain_pairs(chain))
            }
            for r in st.papers_by_id(chain[1::2]):
                B.nodes[r["id"]]["title"] = r.get("title") or ""
        return analytics.explain_path(B, a, b, chain=chain, evidence=evidence)

    return cache.get_or_compute("path", {"source": source, "target": target, "kind": kind}, compute)


def gaps(store: str | None = None, *, kind: str | None = None, limit: int = 20, min_degree: int = 2) -> list[dict]:
    """Method/model–dataset pairs predicted by link prediction that no paper reports."""
    from paperkg import cached

    cache = cached.cache_for(store)

    def compute() -> list[dict]:
        from paperkg import analytics

        inc = cached.incidence(store, cache)
        with open_store(store, read_only=True) as st:
            results = st.rows("result_links")
        E = analytics.evaluation_graph(inc.as_graph_data(results=results))
        return analytics.evaluation_gaps(
            E, kind=kind, limit=limit or E.number_of_nodes() ** 2, min_degree=min_degree
        )  # limit 0: every pair

    return cache.get_or_compute("gaps", {"kind": kind, "limit": limit, "min_degree": min_degree}, compute)


def concept_card(
    name: str,
    *,
    store: str | None = None,
    kind: str | None = None,
    limit: int = 10,
    include_unsure: bool = False,
    min_confidence: float | None = None,
) -> dict:
    """Kind, aliases, papers, proposers, strongest neighbours and results of a concept
    (`limit` 0 lists all; results as sure as a leaderboard's unless `include_unsure`), and
    its namesakes of other kinds with why they are apart (resolve.kinds.namesakes), and the near synonyms
    the field keeps apart from it, with why (resolve.merging.kept_apart). An acronym its papers write for
    two concepts or more lists them all under `senses`, most written first, and the card is of the most
    written (resolve.lookups): "SST" is never silently one of the Stanford Sentiment Treebank and
    simultaneous speech translation."""
    from paperkg import cached
    from paperkg.model import MIN_BOARD_CONFIDENCE

    threshold = MIN_BOARD_CONFIDENCE if min_confidence is None else min_confidence
    cache = cached.cache_for(store)

    def compute() -> dict:
        from paperkg import analytics, reads
        from paperkg.refresh.reading import lexicon_entries
        from paperkg.resolve.kinds import namesakes
        from paperkg.resolve.lookups import acronym_candidates, answer_sense, rank_senses
        from paperkg.resolve.merging import kept_apart

        key = analytics.resolve_concept(cached.concept_index(store, cache), name, kind=kind)
        concepts = {c["key"]: c for c in cached.concept_rows(store, cache)}
        senses: list[dict] = []
        with open_store(store, read_only=True) as st:
            # an acronym that its papers write for two concepts or more: every sense, the most written answers
            if name != key:  # a key typed is the concept meant
                candidates = acronym_candidates(name, concepts.values(), kind)
                if len(candidates) > 1:
                    senses = rank_senses(reads.acronym_writers(st, name, candidates), concepts)
                    key = answer_sense(key, senses)
            B = reads.concept_papers_graph(st, key, concepts)
        n = limit or None  # 0: all
        card = analytics.concept_card(
            B,
            key,
            papers=n,
            neighbours=n,
            results=2 * limit or None,
            min_confidence=threshold,
            include_unsure=include_unsure,
        )
        # a name is never split across two types without a reason shown, nor a near synonym kept apart (issue 15)
        return {
            **card,
            "namesakes": namesakes(key, concepts.values(), lexicon_entries()),
            "apart": kept_apart(key, concepts.values()),
            "senses": senses if len(senses) > 1 else [],
        }

    params = {"name": name, "kind": kind, "limit": limit, "min_confidence": threshold, "unsure": include_unsure}
    return cache.get_or_compute("concept", params, compute)


def leaderboard(dataset: str, **options) -> dict:
    """Confident absolute scores on a dataset ranked per metric, comparisons apart (paperkg.boards)."""
    from paperkg import boards

    return boards.leaderboard(dataset, **options)


def leaderboards(datasets: list[str], **options) -> dict[str, dict]:
    """The boards of many datasets (by key) read at once, keyed by board (paperkg.boards)."""
    from paperkg import boards

    return boards.leaderboards(datasets, **options)


def tasks(keys: list[str], **options) -> dict[str, dict]:
    """The overviews of many tasks (by key) read at once (paperkg.boards)."""
    from paperkg import boards

    return boards.task_overviews(keys, **options)


def task(name: str, **options) -> dict:
    """A task's datasets with their best result and the methods proposed for it (paperkg.boards)."""
    from paperkg import boards

    return boards.task_overview(name, **options)
