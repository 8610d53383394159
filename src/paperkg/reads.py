"""What the analytics and view commands read from an open store: projections
without evidence, neighbourhoods, and evidence only for what is shown.

The whole graph with its evidence does not fit in memory at a million papers
(benchmarks/RESULTS.md, fix 3): every read here takes only the columns its
command needs, pages through the store, and returns the inputs of the pure
functions in paperkg.analytics and paperkg.views. Only api calls it.
"""

from __future__ import annotations

import itertools
import json
import re
from typing import Any, Iterable

import networkx as nx
import numpy as np

from paperkg.analytics import Incidence, gc_paused
from paperkg.analytics.projection import concept_attrs, paper_attrs
from paperkg.model import GraphData
from paperkg.names import fold
from paperkg.store.protocol import GraphStore
from paperkg.store.rows import chunks

#: Paper links (and evidence candidates) a view's details panel shows per concept.
LINKED_PAPERS = 8


@gc_paused
def incidence(st: GraphStore, concepts: list[dict] | None = None) -> Incidence:
    """Every MENTIONS edge as integer arrays, read a page of papers at a time."""
    ids = st.paper_ids()
    return Incidence.from_rows(
        ids, st.concept_rows() if concepts is None else concepts, itertools.chain.from_iterable(st.mention_pairs(ids))
    )


def paper_titles(st: GraphStore) -> list[dict]:
    """{id, title, arxiv_id} of every paper, in the shape the projections read."""
    return [
        {"id": r["id"], "title": r.get("title") or "", "arxiv_id": r.get("arxiv_id") or ""} for r in st.paper_titles()
    ]


def resolve_paper_id(st: GraphStore, text: str) -> str:
    """A paper by exact id with one lookup, else by arXiv id or title among every title."""
    from paperkg.analytics import resolve_paper

    if st.papers_by_id([text]):
        return text
    G = nx.Graph()
    G.add_nodes_from((r["id"], {"kind": "Paper", **r}) for r in paper_titles(st))
    return resolve_paper(G, text)


def triples(pages: Iterable[list[list]]) -> list[tuple[str, str, int]]:
    """(paper_id, concept_key, count) of every row of every page."""
    return [(p, c, int(n or 1)) for page in pages for p, c, n in page]


@gc_paused
def paper_neighbourhood(st: GraphStore, paper_id: str, concepts: dict[str, dict], *, results: bool = False) -> nx.Graph:
    """A paper, its concepts and every paper mentioning one of them: the part of
    the paper–concept graph that similar papers and the paper view read.

    Concept nodes carry ``papers`` (their paper count in the whole graph) and
    the graph ``n_papers``, so co-occurrence strengths stay global.
    """
    own = triples(st.mention_pairs([paper_id]))
    keys = sorted({c for _, c, _ in own})
    pairs = triples(st.concept_mention_pairs(keys)) if keys else []
    return _bipartite(st, pairs, concepts, keys, [paper_id], results=results)


@gc_paused
def concept_papers_graph(st: GraphStore, key: str, concepts: dict[str, dict]) -> nx.Graph:
    """A concept, its papers (with their results) and their concepts: what a concept card reads."""
    return concepts_papers_graph(st, [key], concepts)


@gc_paused
def concepts_papers_graph(st: GraphStore, keys: list[str], concepts: dict[str, dict]) -> nx.Graph:
    """:func:`concept_papers_graph` of several concepts at once: one read of
    their papers for all of them (the site's task pages)."""
    own = triples(st.concept_mention_pairs(keys))
    papers = sorted({p for p, _, _ in own})
    pairs = triples(st.mention_pairs(papers))
    return _bipartite(
        st, pairs, concepts, sorted({c for _, c, _ in pairs} | set(keys)), [], results=True, proposes=True, parts=True
    )


def _bipartite(
    st: GraphStore,
    pairs: list[tuple[str, str, int]],
    concepts: dict[str, dict],
    keys: list[str],
    papers: list[str],
    *,
    results: bool = False,
    proposes: bool = False,
    parts: bool = False,
) -> nx.Graph:
    """The paper–concept graph of `pairs`, plus `keys` and `papers` even when unlinked;
    with `parts`, results carry the part of their benchmark (:func:`with_parts`)."""
    paper_ids = sorted({p for p, _, _ in pairs} | set(papers))
    rows = {r["id"]: r for r in st.papers_by_id(paper_ids)}
    by_paper: dict[str, list] = {}
    if results:
        found = _paged(st, "paper_results", "ids", paper_ids)
        for r in with_parts(st, found) if parts else found:
            by_paper.setdefault(r["paper_id"], []).append(r)
    proposed_by: dict[str, list] = {}
    if proposes:
        for r in _paged(st, "concept_proposers", "keys", keys):
            proposed_by.setdefault(r["concept_key"], []).append(r["paper_id"])
    B = nx.Graph(projection="bipartite-neighbourhood", n_papers=st.paper_count())
    for pid in paper_ids:
        B.add_node(pid, results=by_paper.get(pid, []), **paper_attrs(rows.get(pid, {})))
    for k in {c for _, c, _ in pairs} | set(keys):
        if k in concepts:
            attrs = concept_attrs(concepts[k])
            B.add_node(k, papers=attrs["paper_count"], proposed_by=proposed_by.get(k, []), **attrs)
    B.add_edges_from((p, c, {"weight": n}) for p, c, n in pairs if c in concepts)
    return B


def with_parts(st: GraphStore, results: list[dict]) -> list[dict]:
    """`results` (rows with ``paper_id``, ``sentence``, ``value``), each with the
    part of its benchmark it is on (``part``: "sub-task A", "track 1", ""):
    read off its sentence, else the one part its paper's title and abstract
    name (:func:`paperkg.subtasks.part_of_result`). Abstracts are read only for
    the papers of results whose sentence names no part."""
    from paperkg.subtasks import part_mentions, part_of_result

    unnamed = sorted({r["paper_id"] for r in results if not part_mentions(r.get("sentence") or "")})
    texts = _texts(st, unnamed)
    return [
        {**r, "part": part_of_result(r.get("sentence") or "", str(r.get("value") or ""), texts.get(r["paper_id"], ""))}
        for r in results
    ]


def paper_abstracts(st: GraphStore, paper_ids: list[str]) -> dict[str, str]:
    """``{paper_id: abstract}`` of the papers `paper_ids` that the store holds ("" for one without an abstract)."""
    return {row["id"]: row.get("abstract") or "" for row in _paged(st, "paper_texts", "ids", paper_ids)}


def _texts(st: GraphStore, paper_ids: list[str]) -> dict[str, str]:
    """{paper id: title and abstract} as the extractor read them (mention offsets index into this text)."""
    return {
        row["id"]: f"{row.get('title') or ''}\n\n{row.get('abstract') or ''}"
        for row in _paged(st, "paper_texts", "ids", paper_ids)
    }


def _paged(st: GraphStore, name: str, param: str, values: list, page: int = 20_000) -> list[dict]:
    """Rows of a read statement taking a list parameter, a page of values at a time."""
    return [row for chunk in chunks(values, page) for row in st.rows(name, {param: chunk})]


@gc_paused
def concept_neighbourhood(
    st: GraphStore,
    key: str,
    concepts: dict[str, dict],
    *,
    hops: int,
    min_shared: int,
    max_nodes: int,
    hubs: set | frozenset = frozenset(),
) -> tuple[nx.Graph, list[str], list[tuple[str, str, int]]]:
    """The concepts within `hops` of `key` in the co-occurrence graph (pairs
    sharing at least `min_shared` papers), as a graph the concept view can cut
    exactly as it would the whole co-occurrence graph.

    Every node within reach is in it with its strongest link towards `key`
    (what ranks it); the `max_nodes` that rank first also carry every link
    among them (what is drawn). Counts are over the whole graph: the papers of
    the frontier are read in full, their evidence never. Returns the graph,
    the drawn concepts and their (paper, concept, count) mentions, for details.
    """
    from paperkg.views.cut import rank_neighbourhood

    G = nx.Graph(projection="cooccurrence-neighbourhood")
    G.add_node(key, papers=concepts[key].get("paper_count") or 0, **concept_attrs(concepts[key]))
    frontier = [key]
    for _ in range(hops):
        papers = sorted({p for p, _, _ in triples(st.concept_mention_pairs(frontier))})
        inc = Incidence.from_rows(papers, concepts.values(), triples(st.mention_pairs(papers)))
        X = inc.matrix().tocsc()
        cols = [inc.concept_index[k] for k in frontier]
        shared = (X[:, cols].T @ X).tocsc()  # frontier x concepts: papers in common
        best = shared.max(axis=0).toarray().ravel()
        which = np.asarray(shared.argmax(axis=0)).ravel()
        found = []
        for j in np.flatnonzero(best >= max(1, min_shared)).tolist():
            k = inc.concepts[j]["key"]
            if k in G:
                continue
            G.add_node(k, papers=inc.concepts[j].get("paper_count") or 0, **concept_attrs(inc.concepts[j]))
            G.add_edge(frontier[which[j]], k, weight=int(best[j]))
            found.append(k)
        frontier = [k for k in found if k not in hubs]  # hubs link everything: never a way through
        if not frontier:
            break
    scores = {n: float(a.get("paper_count") or 0) for n, a in G.nodes(data=True)}
    kept = [n for n, _, _ in rank_neighbourhood(G, key, hops=hops, scores=scores, hubs=hubs)][:max_nodes]
    pairs = triples(st.concept_mention_pairs(kept))
    add_cooccurrence(G, kept, pairs, min_shared)
    return G, kept, pairs


def add_cooccurrence(G: nx.Graph, keys: list[str], pairs: list[tuple[str, str, int]], min_shared: int) -> None:
    """Add to `G` every co-occurrence link among `keys` from their (paper, concept) mentions."""
    inc = Incidence.from_rows({p for p, _, _ in pairs}, [{"key": k} for k in keys], pairs)
    C = (inc.matrix().T @ inc.matrix()).tocoo()
    for i, j, w in zip(C.row.tolist(), C.col.tolist(), C.data.tolist()):
        if i < j and w >= max(1, min_shared):
            G.add_edge(inc.keys[i], inc.keys[j], weight=int(w))


def node_details(
    st: GraphStore,
    nodes: Iterable[Any],
    pairs: Iterable[tuple[str, str, int]],
    *,
    papers: dict[str, dict] | None = None,
):
    """A views.NodeDetails for `nodes` from their (paper, concept, count)
    mentions: the evidence and paper rows of each concept's top mentions only.
    Paper rows already at hand (`papers`, by id) are not read again."""
    from paperkg.views import NodeDetails

    wanted = set(nodes)
    by_concept: dict[str, list] = {}
    for p, c, n in pairs:
        if c in wanted:
            by_concept.setdefault(c, []).append((-n, p))
    top = [(p, c) for c, ms in by_concept.items() for _, p in sorted(ms)[:LINKED_PAPERS]]
    known = papers or {}
    ids = {p for p, _ in top} | {n for n in wanted if n not in by_concept}
    rows = [known[p] for p in sorted(ids) if p in known] + st.papers_by_id(sorted(p for p in ids if p not in known))
    return NodeDetails(GraphData(papers=rows, mentions=st.mention_evidence(top)))


def acronym_writers(st: GraphStore, acronym: str, keys: list[str]) -> dict[str, int]:
    """{concept key: papers that write `acronym` (in any case, as a whole span) in a mention resolved to it}, for
    the concepts `keys`: how often each sense of a typed acronym is written (resolve.lookups)."""
    word = re.compile(r"(?<![\w-])" + re.escape(acronym.strip()) + r"(?![\w-])", re.IGNORECASE)
    folded = fold(acronym)
    pairs = [(p, c) for p, c, _ in triples(st.concept_mention_pairs(keys))] if keys else []
    found: dict[str, list[tuple[str, list[dict]]]] = {}  # paper -> (key, evidence) whose sentence writes it
    for r in st.mention_evidence(pairs):
        evidence = json.loads(r["evidence"] or "[]")
        if any(word.search(e.get("sentence") or "") for e in evidence):
            found.setdefault(r["paper_id"], []).append((r["concept_key"], evidence))
    writers: dict[str, set[str]] = {}
    for pid, text in _texts(st, sorted(found)).items():
        for key, evidence in found[pid]:
            if any(fold(text[e["start"] : e["end"]]) == folded for e in evidence if "start" in e):
                writers.setdefault(key, set()).add(pid)
    return {k: len(v) for k, v in writers.items()}


__all__ = [
    "acronym_writers",
    "add_cooccurrence",
    "concept_neighbourhood",
    "concept_papers_graph",
    "incidence",
    "node_details",
    "paper_neighbourhood",
    "paper_titles",
    "resolve_paper_id",
    "triples",
]
