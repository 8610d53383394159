"""Projections of the stored graph into networkx, built from one bulk read.

Each builder takes a :class:`paperkg.model.GraphData` (every row of the graph,
read out once) and returns a fresh networkx graph; none queries a store.

Node ids are the graph's own keys: paper ids for papers and concept keys
(``Kind:normalised-name``) for concepts, so the two never collide.
"""

from __future__ import annotations

import re
from collections import defaultdict

import networkx as nx
import scipy.sparse as sp

from paperkg.analytics._graph import gc_paused
from paperkg.analytics.incidence import Incidence
from paperkg.analytics.task_evidence import no_method_name
from paperkg.model import MIN_BOARD_CONFIDENCE, GraphData

#: Concept kinds that can be the subject of an evaluation (the OF side of a result).
SUBJECT_KINDS = ("Method", "Model")

#: Words by which a sentence speaks for the paper itself: "we reach", "our system", "the proposed model",
#: "this approach yields".
FIRST_PERSON = re.compile(
    r"\b(?:[Ww]e|[Oo]urs?|us)\b|\b(?i:the proposed|this (?:new )?"
    r"(?:paper|work|study|approach|method|model|system|framework|technique|architecture))\b"
)
#: The subject shown for a result its sentence says is the paper's own, when the paper proposes no one
#: method or model to name it by.
OURS = "this paper (ours)"


def own_subject(sentence: str, proposed: list[dict], *, confidence: float | None = None) -> dict | None:
    """The subject of a result whose sentence names none but speaks for the
    paper ("we reach 91.1% on ImageNet"): the method or model the paper
    proposes (the one the sentence names when it proposes several), marked
    "(ours)" because the sentence does not name it, else the label
    :data:`OURS`. None when the sentence does not speak for the paper, or
    when the extractor was unsure of the number (`confidence` under
    ``MIN_BOARD_CONFIDENCE``): its doubt "no owner" is what a "we" that does
    not reach the number gets ("we show that while ..., X achieving 32.03%").
    `proposed` are the concept rows the paper PROPOSES; an event's, a team's or an organisation's name among
    them (:func:`paperkg.analytics.task_evidence.no_method_name`: a title's "COLING 2022 Shared Task: ...",
    "SK_DU Team: ...") is no subject.

    Examples
    --------
    >>> lion = {"key": "Method:lion", "name": "Lion", "kind": "Method"}
    >>> own_subject("We achieve 88.3% zero-shot accuracy on ImageNet.", [lion])["name"]
    'Lion (ours)'
    >>> own_subject("Our system ranked 3rd with 80.9% accuracy.", [])["name"]
    'this paper (ours)'
    >>> own_subject("Humans reach 95% accuracy.", [lion]) is None
    True
    >>> own_subject("We show that while X excels, Y achieving 32%.", [lion], confidence=0.55) is None
    True
    >>> own_subject("We reach 54.1 F1.", [{"key": "Method:e", "name": "FOOLING 2030 Shared Task", "kind": "Method"}])["name"]
    'this paper (ours)'
    """
    if not sentence or not FIRST_PERSON.search(sentence):
        return None
    if confidence is not None and confidence < MIN_BOARD_CONFIDENCE:
        return None
    own = [c for c in proposed if c.get("kind") in SUBJECT_KINDS and not no_method_name(c.get("name") or "")]
    if len(own) > 1:
        folded = sentence.casefold()
        own = [c for c in own if c["name"].casefold() in folded]
    if len(own) == 1:
        return {"key": own[0]["key"], "name": f"{own[0]['name']} (ours)", "kind": own[0]["kind"]}
    return {"key": None, "name": OURS, "kind": None}


def concept_attrs(row: dict) -> dict:
    """The node attributes of a concept row in every projection (and paperkg.reads' neighbourhoods)."""
    return {
        "kind": row["kind"],
        "name": row["name"],
        "aliases": list(row.get("aliases") or []),
        "paper_count": int(row.get("paper_count") or 0),
    }


def paper_attrs(row: dict) -> dict:
    """The node attributes of a paper row in every projection (and paperkg.reads' neighbourhoods)."""
    listed = row.get("listed_on") or []
    return {
        "kind": "Paper",
        "title": row.get("title") or "",
        "published": row.get("published") or "",
        "listed_on": [listed] if isinstance(listed, str) else list(listed),
        "url": row.get("url") or "",
        "arxiv_id": row.get("arxiv_id") or "",
    }


@gc_paused
def concept_index(data: GraphData) -> nx.Graph:
    """Every concept as a node with its attributes and no edges: enough to
    resolve names without building a larger projection.

    Examples
    --------
    >>> from paperkg.model import MIN_BOARD_CONFIDENCE, GraphData
    >>> concept_index(GraphData(concepts=[{"key": "Metric:f1", "name": "F1", "kind": "Metric"}])).nodes["Metric:f1"]["name"]
    'F1'
    """
    G = nx.Graph(projection="concepts")
    G.add_nodes_from((c["key"], concept_attrs(c)) for c in data.concepts)
    return G


@gc_paused
def bipartite_graph(data: GraphData) -> nx.Graph:
    """The paper–concept graph: who mentions what, with the evidence.

    Paper nodes (keyed by paper id) carry ``kind="Paper"``, ``title``,
    ``published``, ``listed_on``, ``url``, ``arxiv_id``, ``proposes`` (concept
    keys) and ``results`` (the result rows the paper reports). Concept nodes
    (keyed by concept key) carry ``kind``, ``name``, ``aliases``,
    ``paper_count`` and ``proposed_by`` (paper ids). Each MENTIONS row becomes
    an edge with ``weight`` (times mentioned), ``evidence`` (the stored JSON
    string of ``[{sentence, start, end}]``, parsed only where needed) and
    ``proposes`` (whether the paper introduces the concept).

    Parameters
    ----------
    data : GraphData
        The whole graph as plain rows.

    Returns
    -------
    networkx.Graph

    Examples
    --------
    >>> from paperkg.model import MIN_BOARD_CONFIDENCE, GraphData
    >>> data = GraphData(
    ...     papers=[{"id": "p1", "title": "DPO"}],
    ...     concepts=[{"key": "Method:dpo", "name": "DPO", "kind": "Method"}],
    ...     mentions=[{"paper_id": "p1", "concept_key": "Method:dpo", "count": 2, "evidence": "[]"}],
    ... )
    >>> B = bipartite_graph(data)
    >>> B.nodes["p1"]["kind"], B["p1"]["Method:dpo"]["weight"]
    ('Paper', 2)
    """
    G = nx.Graph(projection="bipartite")
    proposes = defaultdict(list)
    proposed_by = defaultdict(list)
    for row in data.proposes:
        proposes[row["paper_id"]].append(row["concept_key"])
        proposed_by[row["concept_key"]].append(row["paper_id"])
    results = defaultdict(list)
    for row in data.results:
        results[row["paper_id"]].append(row)
    for p in data.papers:
        G.add_node(p["id"], proposes=proposes.get(p["id"], []), results=results.get(p["id"], []), **paper_attrs(p))
    for c in data.concepts:
        G.add_node(c["key"], proposed_by=proposed_by.get(c["key"], []), **concept_attrs(c))
    proposed = {(r["paper_id"], r["concept_key"]) for r in data.proposes}
    papers = {p["id"] for p in data.papers}  # plain sets: `in G` is a method call per edge
    keys = {c["key"] for c in data.concepts}
    G.add_edges_from(
        (
            m["paper_id"],
            m["concept_key"],
            {
                "weight": int(m.get("count") or 1),
                "evidence": m.get("evidence") or "[]",
                "proposes": (m["paper_id"], m["concept_key"]) in proposed,
            },
        )
        for m in data.mentions
        if m["paper_id"] in papers and m["concept_key"] in keys
    )
    return G


@gc_paused
def cooccurrence_graph(data: GraphData | Incidence, *, min_shared: int = 1) -> nx.Graph:
    """Concepts joined by the number of papers that mention both.

    Concept nodes carry the same attributes as in :func:`bipartite_graph` plus
    ``papers`` (how many papers mention the concept); an edge's ``weight`` is
    the number of shared papers. ``G.graph["n_papers"]`` holds the number of
    papers, which co-occurrence strengths (NPMI) need. The counting is one
    sparse matrix product, so it stays fast on large graphs.

    Parameters
    ----------
    data : GraphData or Incidence
        An :class:`~paperkg.analytics.incidence.Incidence` is what the api
        passes: the mentions without evidence, as integer arrays.
    min_shared : int, default 1
        Keep only edges whose concepts share at least this many papers.

    Examples
    --------
    >>> from paperkg.model import MIN_BOARD_CONFIDENCE, GraphData
    >>> data = GraphData(
    ...     papers=[{"id": "p1"}, {"id": "p2"}],
    ...     concepts=[{"key": "Method:a", "name": "A", "kind": "Method"},
    ...               {"key": "Dataset:b", "name": "B", "kind": "Dataset"}],
    ...     mentions=[{"paper_id": p, "concept_key": k, "count": 1}
    ...               for p in ("p1", "p2") for k in ("Method:a", "Dataset:b")],
    ... )
    >>> cooccurrence_graph(data)["Method:a"]["Dataset:b"]["weight"]
    2
    """
    inc = data if isinstance(data, Incidence) else Incidence.from_graph_data(data)
    X, keys = inc.matrix(), inc.keys
    G = nx.Graph(projection="cooccurrence", n_papers=len(inc.papers))
    for c, n in zip(inc.concepts, inc.papers_per_concept().tolist()):
        G.add_node(c["key"], papers=int(n), **concept_attrs(c))
    C = sp.triu(X.T @ X, k=1).tocoo()
    keep = C.data >= max(1, min_shared)
    G.add_edges_from(
        (keys[i], keys[j], {"weight": int(w)})
        for i, j, w in zip(C.row[keep].tolist(), C.col[keep].tolist(), C.data[keep].tolist())
    )
    return G


def paper_date(paper: dict) -> str:
    """When a paper appeared: its publication date, else its first listing date
    with a year; "" when neither is known.

    Examples
    --------
    >>> paper_date({"published": "", "listed_on": ["--08-08", "2024-08-09"]})
    '2024-08-09'
    """
    if paper.get("published"):
        return paper["published"]
    listed = paper.get("listed_on") or []
    dated = sorted(d for d in ([listed] if isinstance(listed, str) else listed) if d and d[:4].isdigit())
    return dated[0] if dated else ""


@gc_paused
def evaluation_graph(data: GraphData, *, include_mentions: bool = True) -> nx.Graph:
    """Methods and models joined to the datasets they are evaluated on.

    An edge (subject, dataset) exists when a result reports the subject on the
    dataset (``results``: the result rows) and, with ``include_mentions``, when
    one paper mentions both (``papers``: the paper ids). ``weight`` is the
    number of distinct papers behind the edge. Dataset nodes also carry every
    result reported on them, with or without a subject, for leaderboards
    (each a copy of the result row with ``paper_title``, ``paper_date``,
    ``paper_url``, ``subject_name``, ``subject_kind``, ``subject_source``,
    ``metric_name`` and ``baseline_name`` added). A result whose sentence
    names no subject but speaks for the paper ("we reach") is shown as the
    paper's own (:func:`own_subject`, from ``proposes``), ``subject_source``
    ``"paper"``; one the sentence names has ``"sentence"``.
    Node attribute ``bipartite`` is 0 for subjects and 1 for datasets.

    Examples
    --------
    >>> from paperkg.model import MIN_BOARD_CONFIDENCE, GraphData
    >>> data = GraphData(
    ...     papers=[{"id": "p1"}],
    ...     concepts=[{"key": "Model:m", "name": "M", "kind": "Model"},
    ...               {"key": "Dataset:d", "name": "D", "kind": "Dataset"}],
    ...     results=[{"id": "r1", "paper_id": "p1", "value": "50%", "number": 50.0,
    ...               "of_key": "Model:m", "on_key": "Dataset:d"}],
    ... )
    >>> E = evaluation_graph(data)
    >>> E["Model:m"]["Dataset:d"]["weight"], len(E.nodes["Dataset:d"]["results"])
    (1, 1)
    """
    concepts = {c["key"]: c for c in data.concepts}
    papers_by_id = {p["id"]: p for p in data.papers}
    proposed: dict[str, list] = defaultdict(list)
    for row in data.proposes:
        if row["concept_key"] in concepts:
            proposed[row["paper_id"]].append(concepts[row["concept_key"]])
    on_dataset: dict[str, list] = defaultdict(list)
    results: dict[tuple, list] = defaultdict(list)
    papers: dict[tuple, set] = defaultdict(set)
    for r in data.results:
        on, of = r.get("on_key"), r.get("of_key")
        if on not in concepts or concepts[on]["kind"] != "Dataset":
            continue
        subject = concepts.get(of) if of else None
        source = "sentence" if subject else ""
        if subject is None:
            own = proposed.get(r["paper_id"], [])
            subject = own_subject(r.get("sentence") or "", own, confidence=r.get("confidence"))
            source = "paper" if subject else ""
        on_dataset[on].append(
            {
                **r,
                "paper_title": papers_by_id.get(r["paper_id"], {}).get("title") or "",
                "paper_date": paper_date(papers_by_id.get(r["paper_id"], {})),
                "paper_url": papers_by_id.get(r["paper_id"], {}).get("url") or "",
                "subject_name": subject["name"] if subject else "",
                "baseline_name": concepts[r["compared_key"]]["name"] if r.get("compared_key") in concepts else "",
                "subject_kind": subject["kind"] if subject else None,
                "subject_source": source,
                "metric_name": concepts[r["metric_key"]]["name"] if r.get("metric_key") in concepts else "",
            }
        )
        if source == "sentence" and subject["kind"] in SUBJECT_KINDS:
            results[of, on].append(r)
            papers[of, on].add(r["paper_id"])
    if include_mentions:
        subjects, datasets = defaultdict(list), defaultdict(list)
        for m in data.mentions:
            c = concepts.get(m["concept_key"])
            if c is None:
                continue
            if c["kind"] == "Dataset":
                datasets[m["paper_id"]].append(c["key"])
            elif c["kind"] in SUBJECT_KINDS:
                subjects[m["paper_id"]].append(c["key"])
        for pid, ds in datasets.items():
            for s in subjects.get(pid, ()):
                for d in ds:
                    papers[s, d].add(pid)
    G = nx.Graph(projection="evaluation")
    used = {k for pair in papers for k in pair} | set(on_dataset)
    G.add_nodes_from(
        (
            k,
            {
                "bipartite": 1 if concepts[k]["kind"] == "Dataset" else 0,
                "results": on_dataset.get(k, []),
                **concept_attrs(concepts[k]),
            },
        )
        for k in sorted(used)
    )
    G.add_edges_from(
        (s, d, {"results": results.get((s, d), []), "papers": sorted(ps), "weight": len(ps)})
        for (s, d), ps in papers.items()
    )
    return G
