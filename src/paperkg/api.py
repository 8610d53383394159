"""One function per CLI verb, chaining the steps. No click, no printing:
functions return data; progress goes through an optional callback.
"""
from __future__ import annotations

import itertools
import json
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from paperkg import config
from paperkg.errors import OutputError
from paperkg.extract import extract_papers
from paperkg.model import GraphData, Paper
from paperkg.resolve import ConceptResolver, assemble
from paperkg.sources import ReadReport, read_papers
from paperkg.store import cypher
from paperkg.store.protocol import GraphStore
from paperkg.store.target import store_target

Progress = Callable[[int], None]


def open_store(store: str | None = None, *, read_only: bool = False) -> GraphStore:
    """Open the embedded store at a path (default graph/paperkg.lbdb) or Neo4j at a neo4j:// URI."""
    kind, target = store_target(store or str(config.DEFAULT_STORE))
    if kind == "neo4j":
        from paperkg.store.neo4j import Neo4jStore

        return Neo4jStore.connect(target)
    from paperkg.store.ladybug import LadybugStore

    return LadybugStore(target, read_only=read_only)


# --- build, stats, query, remove (issue 2) ---------------------------------


@dataclass
class BuildSummary:
    """What a build did; `paperkg build` prints it."""

    store: str
    records: int = 0
    papers: int = 0
    merged: int = 0
    merged_versions: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    skipped_reasons: dict[str, int] = field(default_factory=dict)
    skipped_report: str | None = None
    concepts: int = 0
    relationships: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def build(
    sources: Iterable[str],
    *,
    store: str | None = None,
    fmt: str | None = None,
    skip_invalid: bool = False,
    report_path: str | Path | None = None,
    workers: int = 1,
    batch_size: int = config.WRITE_BATCH,
    on_start: Callable[[int], None] | None = None,
    progress: Progress | None = None,
    bulk: bool = True,
) -> BuildSummary:
    """Read sources, extract, resolve and write into the store, incrementally.

    A paper already stored with the same content is skipped (its listing
    dates are merged in); a changed one is replaced with all its edges. Each
    batch is one transaction, and every source is read and checked before the
    first write, so bad input never half-writes the graph. A LadybugDB store
    that holds no graph is built whole through the bulk path instead (CSV +
    COPY, renamed into place when complete: store.bulk_build) unless `bulk`
    is False; the graph is the same.
    """
    started = time.perf_counter()
    if skip_invalid:
        report_path = check_writable(report_path or config.DEFAULT_GRAPH_DIR / "skipped.jsonl")
    report = ReadReport()
    papers = read_papers(sources, fmt=fmt, skip_invalid=skip_invalid, report=report)
    first = next(papers, None)  # the first pass (all validation) runs here
    summary = BuildSummary(store=str(store or config.DEFAULT_STORE))
    _drop_cache(summary.store)
    if on_start:
        on_start(report.papers)
    fresh = _fresh_build(summary.store) if bulk and first is not None else None
    if fresh is not None:
        with fresh:
            counts = fresh.load(_fresh_graphs(itertools.chain([first], papers), summary, workers, batch_size, progress))
    else:
        with open_store(store) as st:
            if first is not None:
                _build_into(st, itertools.chain([first], papers), summary, workers, batch_size, progress)
            counts = st.counts()
    summary.records, summary.papers, summary.merged = report.records, report.papers, report.merged
    summary.merged_versions = report.merged_versions
    summary.skipped = len(report.skipped)
    summary.skipped_reasons = report.skipped_by_reason()
    if report.skipped:
        summary.skipped_report = str(_write_skip_report(report, report_path))
    summary.concepts = sum(n for k, n in counts.items() if k.startswith("Concept:"))
    summary.relationships = sum(n for k, n in counts.items() if k.startswith("rel:"))
    summary.seconds = round(time.perf_counter() - started, 2)
    return summary


def _build_into(st: GraphStore, papers: Iterator[Paper], summary: BuildSummary, workers: int,
                batch_size: int, progress: Progress | None) -> None:
    resolver = ConceptResolver(st.alias_index())
    stored: dict[str, str] = {}

    def changed_papers() -> Iterator[Paper]:
        for chunk in _chunks(papers, batch_size):
            stored.update(st.paper_hashes([p.id for p in chunk]))
            same = [p for p in chunk if stored.get(p.id) == p.content_hash]
            if same:
                st.add_listings([{"id": p.id, "listed_on": list(p.listed_on), "sources": list(p.sources)} for p in same])
                summary.unchanged += len(same)
                if progress:
                    progress(len(same))
            yield from (p for p in chunk if stored.get(p.id) != p.content_hash)

    pairs = zip_papers_extractions(changed_papers(), workers, batch_size)
    for batch in _chunks(pairs, batch_size):
        graphs = [assemble(p, e, resolver) for p, e in batch]
        st.write_papers(graphs)
        for p, _ in batch:
            if p.id in stored:
                summary.updated += 1
            else:
                summary.new += 1
        if progress:
            progress(len(batch))


def _fresh_build(target: str):
    """A bulk build of `target` if it is a LadybugDB store holding no graph, else None."""
    if store_target(target)[0] != "ladybug":
        return None  # Neo4j: bulk loads there are neo4j-admin's job
    from paperkg.store.bulk_build import FreshBuild

    return FreshBuild.open(target)


def _fresh_graphs(papers: Iterator[Paper], summary: BuildSummary, workers: int, batch_size: int,
                  progress: Progress | None) -> Iterator:
    """PaperGraphs of a build into an empty store, in the batched path's order; every paper is new."""
    resolver = ConceptResolver()
    for batch in _chunks(zip_papers_extractions(papers, workers, batch_size), batch_size):
        yield from (assemble(p, e, resolver) for p, e in batch)
        summary.new += len(batch)
        if progress:
            progress(len(batch))


def zip_papers_extractions(papers: Iterable[Paper], workers: int, batch_size: int) -> Iterator[tuple[Paper, Any]]:
    """(paper, extraction) pairs, streaming; the extractor keeps input order."""
    buffer: list[Paper] = []

    def feed() -> Iterator[Paper]:
        for p in papers:
            buffer.append(p)
            yield p

    for extraction in extract_papers(feed(), n_process=workers, batch_size=min(batch_size, 64)):
        paper = buffer.pop(0)
        if paper.id != extraction.paper_id:
            raise RuntimeError(f"extractor lost input order at paper {paper.id!r}")
        yield paper, extraction


def check_writable(path: str | Path) -> Path:
    """`path` if a file can be written there (its directory is created); OutputError naming it if not.

    Checked before a build starts, so an unwritable report never comes after a written graph.
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write {str(target)!r}: {exc.strerror or exc} ({exc.filename})") from None
    if target.is_dir():
        raise OutputError(f"cannot write {str(target)!r}: it is a directory")
    where = target if target.exists() else target.parent
    if not os.access(where, os.W_OK | (0 if target.exists() else os.X_OK)):
        raise OutputError(f"cannot write {str(target)!r}: permission denied")
    return target


def _write_skip_report(report: ReadReport, path: str | Path | None) -> Path:
    target = Path(path) if path else config.DEFAULT_GRAPH_DIR / "skipped.jsonl"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8") as fh:
            for err in report.skipped:
                fh.write(json.dumps({"path": err.path, "line": err.line, "reason": err.reason}, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise OutputError(f"the graph is written, but the skip report {str(target)!r} is not: "
                          f"{exc.strerror or exc}") from None
    return target


def stats(store: str | None = None, *, top: int = 10) -> dict[str, Any]:
    """Counts by label, kind and relationship type, and the most mentioned concepts."""
    with open_store(store, read_only=True) as st:
        counts = st.counts()
        _, rows = st.run_read("top_concepts", {"limit": top})
    nodes = {k: v for k, v in counts.items() if not k.startswith("rel:") and k != "listings"}
    return {
        "store": str(store or config.DEFAULT_STORE),
        "papers": counts.get("Paper", 0),
        "listings": counts.get("listings", 0),
        "concepts": sum(v for k, v in nodes.items() if k.startswith("Concept:")),
        "results": counts.get("Result", 0),
        "concepts_by_kind": {k.split(":", 1)[1]: v for k, v in sorted(nodes.items()) if k.startswith("Concept:")},
        "relationships": {k[4:]: v for k, v in counts.items() if k.startswith("rel:")},
        "top_concepts": [{"name": n, "kind": k, "papers": c} for n, k, c in rows],
    }


def list_queries() -> list[cypher.Statement]:
    """The named queries users run (cypher/queries/)."""
    return cypher.list_statements("queries")


def run_query(name_or_file: str, params: dict[str, Any] | None = None, *, store: str | None = None):
    """Run a named query or a .cypher file; returns (columns, rows)."""
    with open_store(store, read_only=True) as st:
        return st.run(name_or_file, params or {})


def remove_paper(paper_id: str, *, store: str | None = None) -> bool:
    """Remove a paper, its results and the concepts only it mentioned."""
    _drop_cache(store)
    with open_store(store) as st:
        return st.delete_paper(paper_id)


def _drop_cache(store: str | None) -> None:
    """Forget the analytics cached for `store`: it is about to change (the
    cache would notice by itself; this also frees the disk at once)."""
    from paperkg.cached import cache_for

    cache_for(store).clear()


# --- extract (issue 3) -----------------------------------------------------


@dataclass
class ExtractSummary:
    """What `extract_to_file` wrote."""

    papers: int = 0
    entities: int = 0
    results: int = 0
    skipped: int = 0
    output: str = "-"
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def extract_to_file(sources: Iterable[str], output, *, fmt: str | None = None, skip_invalid: bool = False,
                    workers: int = 1, progress: Progress | None = None) -> ExtractSummary:
    """Extract every paper of `sources` and write one gold-format JSON line per
    paper (see ../shared/gold/ANNOTATION.md) to `output` (a path, or an open
    text stream such as sys.stdout). Streams: memory does not grow with input."""
    started = time.perf_counter()
    report = ReadReport()
    papers = read_papers(sources, fmt=fmt, skip_invalid=skip_invalid, report=report)
    first = next(papers, None)  # every source is checked before the output is opened
    papers = itertools.chain([first], papers) if first is not None else iter(())
    summary = ExtractSummary(output=str(output) if isinstance(output, (str, Path)) else getattr(output, "name", "-"))
    fh = open(output, "w", encoding="utf-8") if isinstance(output, (str, Path)) else output
    try:
        for extraction in extract_papers(papers, n_process=workers):
            fh.write(json.dumps(extraction.to_gold(), ensure_ascii=False) + "\n")
            summary.papers += 1
            summary.entities += len(extraction.entities)
            summary.results += len(extraction.results)
            if progress:
                progress(1)
    finally:
        if fh is not output:
            fh.close()
    summary.skipped = len(report.skipped)
    summary.seconds = round(time.perf_counter() - started, 2)
    return summary


# --- sync, export (issue 4) ------------------------------------------------


def sync(source: str, target: str, *, replace: bool = False, batch_size: int = 5000,
         progress: Callable[[str, int], None] | None = None) -> dict[str, Any]:
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
    _drop_cache(target)
    with open_store(source, read_only=True) as src, open_store(target) as dst:
        rows = copy_graph(src, dst, batch_size=batch_size, replace=replace, progress=progress)
        counts = dst.counts()
    return {"source": source, "target": target, "rows": rows, "counts": counts,
            "seconds": round(time.perf_counter() - started, 2)}


def export(fmt: str, directory: str | Path, *, store: str | None = None) -> dict[str, Any]:
    """Write the stored graph to `directory` as neo4j-admin CSVs, GraphML or JSON Lines."""
    from paperkg.store.export import export_graph

    with open_store(store, read_only=True) as st:
        return export_graph(st, fmt, directory)


# --- analytics (issue 5; cached: issue 13) ---------------------------------

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


def rank_concepts(store: str | None = None, *, measure: str = "pagerank", kind: str | None = None,
                  limit: int | None = 20, k: int | None = None, seed: int = 0,
                  min_shared: int | None = None) -> list[dict]:
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


def _communities(store: str | None, cache, *, resolution: float = 1.0, seed: int = 0,
                 min_shared: int | None = None) -> dict:
    """concept_communities of the co-occurrence graph, cached per parameters."""
    shared = _min_shared(store, cache, min_shared)

    def compute() -> dict:
        from paperkg import analytics

        return analytics.concept_communities(_concept_graph(store, cache, shared), resolution=resolution, seed=seed)

    return cache.get_or_compute("communities-all", {"resolution": resolution, "seed": seed, "min_shared": shared},
                                compute)


def communities(store: str | None = None, *, kind: str | None = None, limit: int | None = 20,
                resolution: float = 1.0, seed: int = 0, min_shared: int | None = None,
                write: bool = False) -> dict:
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
                shown.append({**c, "top": top, "label": " / ".join(concepts[m]["name"] for m in top),
                              "member_names": [concepts[m]["name"] for m in members[:10]]})
        return {"modularity": out["modularity"], "count": len(out["communities"]), "written": write,
                "communities": shown[:limit] if limit else shown}

    if write:
        return answer()
    params = {"kind": kind, "limit": limit, "resolution": resolution, "seed": seed, "min_shared": min_shared}
    return cache.get_or_compute("communities", params, answer)


def trends(store: str | None = None, *, period: str | None = None, kind: str | None = None, window: int = 1,
           min_count: int = 2, limit: int | None = 20, concepts: list[str] | None = None,
           at: str | None = None) -> dict:
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

        return analytics.incidence_series(cached.incidence(store, cache), cached.paper_dates(store, cache),
                                          period=period)

    def whole() -> dict:
        from paperkg import analytics

        return analytics.concept_trends(
            None, period=period, kind=kind, window=window, min_count=min_count, at=at,
            series=cache.get_or_compute("trend-series", {"period": period}, series),
            concepts=cached.concept_rows(store, cache))

    def answer() -> dict:
        from paperkg import analytics

        out = cache.get_or_compute("trends-all", params, whole)
        if concepts:
            index = cached.concept_index(store, cache)
            keys = [analytics.resolve_concept(index, name, kind=kind) for name in concepts]
            out = {**out, "history": analytics.concept_history(out, keys)}
        return {**out, "concepts": out["concepts"][:limit]} if limit else out

    return cache.get_or_compute("trends", {**params, "limit": limit, "concepts": concepts}, answer)


def similar_papers(paper: str, *, store: str | None = None, kind: str | None = None,
                   limit: int | None = 10) -> dict:
    """Papers sharing (rare) concepts with a paper given by id, arXiv id or title."""
    from paperkg import cached

    cache = cached.cache_for(store)

    def compute() -> dict:
        from paperkg import analytics, reads

        concepts = {c["key"]: c for c in cached.concept_rows(store, cache)}
        with open_store(store, read_only=True) as st:
            pid = reads.resolve_paper_id(st, paper)
            B = reads.paper_neighbourhood(st, pid, concepts)
        return {"paper": {"id": pid, "title": B.nodes[pid]["title"]},
                "similar": analytics.similar_papers(B, pid, kind=kind, limit=limit)}

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
            evidence = {(r["paper_id"], r["concept_key"]): r["evidence"]
                        for r in st.mention_evidence(analytics.chain_pairs(chain))}
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
            results = _rows(st, "result_links")
        E = analytics.evaluation_graph(inc.as_graph_data(results=results))
        return analytics.evaluation_gaps(E, kind=kind, limit=limit, min_degree=min_degree)

    return cache.get_or_compute("gaps", {"kind": kind, "limit": limit, "min_degree": min_degree}, compute)


def _rows(st: GraphStore, name: str) -> list[dict]:
    columns, rows = st.run_read(name)
    return [dict(zip(columns, r)) for r in rows]


def concept_card(name: str, *, store: str | None = None, kind: str | None = None, limit: int = 10) -> dict:
    """Kind, aliases, papers, proposers, strongest neighbours and results of a concept."""
    from paperkg import cached

    cache = cached.cache_for(store)

    def compute() -> dict:
        from paperkg import analytics, reads

        key = analytics.resolve_concept(cached.concept_index(store, cache), name, kind=kind)
        concepts = {c["key"]: c for c in cached.concept_rows(store, cache)}
        with open_store(store, read_only=True) as st:
            B = reads.concept_papers_graph(st, key, concepts)
        return analytics.concept_card(B, key, papers=limit, neighbours=limit, results=2 * limit)

    return cache.get_or_compute("concept", {"name": name, "kind": kind, "limit": limit}, compute)


def leaderboard(dataset: str, *, store: str | None = None, metric: str | None = None, kind: str | None = None,
                limit: int | None = None) -> dict:
    """Results on a dataset, best first per metric (`kind` keeps one subject kind)."""
    from paperkg import cached

    cache = cached.cache_for(store)

    def compute() -> dict:
        from paperkg import analytics

        concepts = cached.concept_rows(store, cache)
        names = cached.concept_index(store, cache)  # every concept, reported on or not
        key = analytics.resolve_concept(names, dataset, kind="Dataset")
        metric_key = analytics.resolve_concept(names, metric, kind="Metric") if metric else None
        with open_store(store, read_only=True) as st:
            columns, rows = st.run_read("dataset_results", {"keys": [key]})
            results = [dict(zip(columns, r)) for r in rows]
            papers = st.papers_by_id(sorted({r["paper_id"] for r in results}))
        E = analytics.evaluation_graph(GraphData(papers=papers, concepts=concepts, results=results),
                                       include_mentions=False)
        return {"dataset": {"key": key, "name": names.nodes[key]["name"]},
                "rows": analytics.leaderboard(E, key, metric=metric_key, kind=kind)}

    out = cache.get_or_compute("leaderboard", {"dataset": dataset, "metric": metric, "kind": kind}, compute)
    if limit:
        out = {**out, "rows": [r for r in out["rows"] if r["rank"] <= limit]}
    return out


# --- views (issue 6) -------------------------------------------------------


def _paper_counts(graph) -> dict:
    """Node sizes and tie-breaks of the views: papers mentioning each concept (cheap, local)."""
    return {n: float(a.get("paper_count") or a.get("papers") or 0) for n, a in graph.nodes(data=True)}


def _hubs(store: str | None) -> set:
    """The concepts with the most links in the whole co-occurrence graph (views.hub_nodes), cached."""
    from paperkg import cached

    cache = cached.cache_for(store)
    shared = _min_shared(store, cache, None)

    def compute() -> list:
        from paperkg.views.focus import hub_nodes

        return sorted(hub_nodes(_concept_graph(store, cache, shared)))

    return set(cache.get_or_compute("view-hubs", {"min_shared": shared}, compute))


def _existing_pages(out_dir) -> dict:
    """Pages already written next to a view, so its nodes link to them."""
    from paperkg.views.site_links import existing_pages

    return existing_pages(out_dir or config.VIEWS_DIR)


def view_concept(name: str, *, store: str | None = None, hops: int = 1, max_nodes: int = 300,
                 out_dir: str | Path | None = None):
    """Write the neighbourhood of a concept (by name, alias or key) as HTML; returns the View.

    Reads the concept's neighbourhood only: concepts are picked by their links
    towards it, then by paper count, as `paperkg rank`'s graph would link them.
    """
    from paperkg import analytics, cached, reads, views

    if hops not in (1, 2):
        raise ValueError(f"hops must be 1 or 2, got {hops}")
    cache = cached.cache_for(store)
    concepts = {c["key"]: c for c in cached.concept_rows(store, cache)}
    key = analytics.resolve_concept(cached.concept_index(store, cache), name)
    min_shared = _min_shared(store, cache, None)
    with open_store(store, read_only=True) as st:
        graph, kept, pairs = reads.concept_neighbourhood(st, key, concepts, hops=hops, min_shared=min_shared,
                                                         max_nodes=max_nodes, hubs=_hubs(store))
        details = reads.node_details(st, kept, pairs)
    view = views.render_concept_view(graph, key, scores=_paper_counts(graph), hops=hops, max_nodes=max_nodes,
                                     details=details, hubs=_hubs(store), look=_existing_pages(out_dir))
    views.write_view(view, out_dir or config.VIEWS_DIR)
    return view


def _communities_graph(store: str | None):
    """The co-occurrence graph `paperkg communities` uses, its communities, and the incidence."""
    from paperkg import cached

    cache = cached.cache_for(store)
    shared = _min_shared(store, cache, None)
    return (cached.incidence(store, cache), _concept_graph(store, cache, shared),
            _communities(store, cache, min_shared=shared)["communities"])


def view_community(community_id: int, *, store: str | None = None, max_nodes: int = 300,
                   out_dir: str | Path | None = None):
    """Write community `community_id` (as numbered by `paperkg communities`) as HTML; returns the View."""
    from paperkg import reads, views
    from paperkg.errors import NotFoundError

    inc, graph, comms = _communities_graph(store)
    if not 0 <= community_id < len(comms):
        raise NotFoundError(f"no community {community_id}: the graph has {len(comms)}"
                            + (f" (0 to {len(comms) - 1})" if comms else ""))
    members = comms[community_id]["members"]
    scores = _paper_counts(graph)
    strength = dict(graph.subgraph(members).degree(weight="weight"))  # the view's own order, to read what it draws
    shown = sorted(members, key=lambda n: (-scores.get(n, 0.0), -strength.get(n, 0), str(n)))[:max_nodes]
    with open_store(store, read_only=True) as st:
        details = reads.node_details(st, shown, reads.triples(st.concept_mention_pairs(shown)))
    view = views.render_community_view(graph, members, community_id=community_id, scores=scores,
                                       max_nodes=max_nodes, details=details, hubs=_hubs(store),
                                       papers=_community_papers(inc, [c["members"] for c in comms])[community_id],
                                       look=_existing_pages(out_dir))
    views.write_view(view, out_dir or config.VIEWS_DIR)
    return view


def view_paper(id_or_title: str, *, store: str | None = None, max_nodes: int = 300,
               out_dir: str | Path | None = None):
    """Write a paper, its concepts and the papers sharing them as HTML; returns the View."""
    from paperkg import reads, views

    with open_store(store, read_only=True) as st:
        paper = reads.resolve_paper_id(st, id_or_title)
        graph = reads.paper_neighbourhood(st, paper, {c["key"]: c for c in st.concept_rows()})
        concepts = [n for n, a in graph.nodes(data=True) if a.get("kind") != "Paper"]
        pairs = [(p, c, d.get("weight", 1)) for c in concepts for p, d in graph[c].items()]
        known = {n: {"id": n, **a} for n, a in graph.nodes(data=True) if a.get("kind") == "Paper"}
        details = reads.node_details(st, list(graph), pairs, papers=known)
    scores = {n: float(a.get("paper_count") or 0) for n, a in graph.nodes(data=True) if a.get("kind") != "Paper"}
    view = views.render_paper_view(graph, paper, scores=scores, max_nodes=max_nodes, details=details,
                                   hubs=_hubs(store), look=_existing_pages(out_dir))
    views.write_view(view, out_dir or config.VIEWS_DIR)
    return view


def _community_papers(inc, members: list[list[str]]) -> dict[int, int]:
    """Papers mentioning any concept of each community, counted once each."""
    import numpy as np

    community_of = np.full(len(inc.concepts), -1, dtype=np.int64)
    for i, ms in enumerate(members):
        community_of[[inc.concept_index[k] for k in ms]] = i
    hit = community_of[inc.cols]
    keep = hit >= 0
    pairs = np.unique(hit[keep] * max(1, len(inc.papers)) + inc.rows[keep])  # (community, paper) once each
    counts = np.bincount(pairs // max(1, len(inc.papers)), minlength=len(members)) if len(pairs) else []
    return {i: int(counts[i]) if len(counts) else 0 for i in range(len(members))}


def view_overview(*, store: str | None = None, max_nodes: int = 300, out_dir: str | Path | None = None):
    """Write the communities as super-nodes sized by their papers as HTML; returns the View."""
    from paperkg import views

    inc, graph, comms = _communities_graph(store)
    members = [c["members"] for c in comms]
    community_papers = _community_papers(inc, members)
    view = views.render_overview(graph, members, community_papers=community_papers, scores=_paper_counts(graph),
                                 max_nodes=max_nodes, look=_existing_pages(out_dir))
    views.write_view(view, out_dir or config.VIEWS_DIR)
    return view


def view_trends(*, store: str | None = None, period: str | None = None, out_dir: str | Path | None = None):
    """Write the rising and falling concepts' counts per period as a line chart; returns the View."""
    from paperkg import views
    from paperkg.views.trends import render_trends

    view = render_trends(trends(store, period=period, limit=None))
    views.write_view(view, out_dir or config.VIEWS_DIR)
    return view
