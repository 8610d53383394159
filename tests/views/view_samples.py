"""Small graphs for the view tests, built here, with hostile strings in them."""

from __future__ import annotations

import json
import random

import networkx as nx

from paperkg.model import GraphData

KINDS = ["Method", "Model", "Dataset", "Metric", "Task"]

# Strings a paper could carry that would run or break a page if written as markup.
EVIL_TITLE = 'Attention </div><script>window.__pwned = 1</script> "quoted" <img src=x onerror="window.__pwned=2">'
EVIL_NAME = "<b>Evil</b></div><script>window.__pwned = 3</script>"
EVIL_SENTENCE = 'We beat it by 3% <img src=x onerror="window.__pwned=4"> </textarea></script>.'
EVIL_URL = "javascript:window.__pwned=5"


def sample_data(n_concepts: int = 30, n_papers: int = 40, *, seed: int = 1) -> GraphData:
    """A deterministic GraphData: concept 0 is hostile and mentioned by every paper."""
    rnd = random.Random(seed)
    concepts = []
    for i in range(n_concepts):
        kind = KINDS[i % len(KINDS)]
        name = EVIL_NAME if i == 0 else f"concept {i}"
        concepts.append({"key": f"{kind}:c{i}", "name": name, "kind": kind, "aliases": [f"C{i}"], "paper_count": 0})
    papers, mentions = [], []
    for p in range(n_papers):
        pid = f"2401.{p:05d}"
        title = EVIL_TITLE if p == 0 else f"Paper {p}"
        url = EVIL_URL if p == 1 else ("" if p == 2 else f"https://arxiv.org/abs/{pid}")
        papers.append(
            {"id": pid, "title": title, "published": "2024-01-01", "listed_on": [], "url": url, "arxiv_id": pid}
        )
        chosen = {0} | set(rnd.sample(range(1, n_concepts), k=min(4, n_concepts - 1)))
        for c in sorted(chosen):
            ev = [{"sentence": EVIL_SENTENCE if c == 0 else f"Paper {p} uses concept {c}.", "start": 0, "end": 5}]
            mentions.append(
                {
                    "paper_id": pid,
                    "concept_key": concepts[c]["key"],
                    "count": 1 + (p + c) % 3,
                    "evidence": json.dumps(ev),
                }
            )
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m["concept_key"]] = counts.get(m["concept_key"], 0) + 1
    for c in concepts:
        c["paper_count"] = counts.get(c["key"], 0)
    return GraphData(papers=papers, concepts=concepts, mentions=mentions, proposes=[], results=[])


def star_graph(n_neighbours: int, *, second_hop: int = 0) -> nx.Graph:
    """A hub `hub` whose neighbour i has weight i+1; each neighbour has `second_hop` leaves."""
    g = nx.Graph()
    g.add_node("hub", name="hub", kind="Method", paper_count=n_neighbours)
    for i in range(n_neighbours):
        g.add_node(f"n{i}", name=f"neighbour {i}", kind=KINDS[i % 5], paper_count=i + 1)
        g.add_edge("hub", f"n{i}", weight=i + 1)
        for j in range(second_hop):
            g.add_node(f"n{i}.{j}", name=f"leaf {i}.{j}", kind="Task", paper_count=1)
            g.add_edge(f"n{i}", f"n{i}.{j}", weight=1)
    return g


def random_graph(n: int, avg_degree: float = 6.0, *, seed: int = 3) -> nx.Graph:
    """A connected, clustered concept graph of `n` nodes with view attributes."""
    g = nx.connected_watts_strogatz_graph(n, max(2, int(avg_degree)), 0.1, seed=seed)
    rnd = random.Random(seed)
    out = nx.Graph()
    for v in g:
        out.add_node(
            f"k{v}",
            name=f"concept {v}",
            kind=KINDS[v % 5],
            paper_count=rnd.randint(1, 50),
            aliases=[f"c{v}"],
            evidence=[f"Sentence about concept {v}."],
        )
    out.add_edges_from((f"k{u}", f"k{v}", {"weight": rnd.randint(1, 20)}) for u, v in g.edges)
    return out


def write_store(data: GraphData, path) -> str:
    """Write `data` into a fresh embedded store through write_papers; returns its path."""
    from paperkg.model import ConceptRow, MentionRow, Paper, PaperGraph
    from paperkg.store.ladybug import LadybugStore

    concepts = {c["key"]: c for c in data.concepts}
    graphs = []
    for p in data.papers:
        mentions = [m for m in data.mentions if m["paper_id"] == p["id"]]
        graphs.append(
            PaperGraph(
                paper=Paper(
                    id=p["id"],
                    title=p["title"],
                    abstract="",
                    raw_title=p["title"],
                    raw_abstract="",
                    published=p.get("published") or None,
                    listed_on=tuple(p.get("listed_on") or ()),
                    sources=("test",),
                    url=p.get("url") or None,
                    arxiv_id=p.get("arxiv_id") or None,
                ),
                concepts=tuple(
                    ConceptRow(k, concepts[k]["name"], concepts[k]["kind"], tuple(concepts[k]["aliases"]))
                    for k in sorted({m["concept_key"] for m in mentions})
                ),
                mentions=tuple(
                    MentionRow(m["paper_id"], m["concept_key"], m["count"], m["evidence"]) for m in mentions
                ),
            )
        )
    with LadybugStore(path) as st:
        st.write_papers(graphs)
    return str(path)
