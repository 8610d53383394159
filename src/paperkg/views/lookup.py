"""Finding what a view is about, and the per-node details a page shows.

Pure functions over a networkx graph and the bulk-read `GraphData`; no store.
"""
from __future__ import annotations

import difflib
import json
from collections import defaultdict
from typing import Any

import networkx as nx

from paperkg.errors import NotFoundError
from paperkg.model import GraphData

MAX_LINKED_PAPERS = 8


def _norm(text: Any) -> str:
    return " ".join(str(text or "").lower().split())


def find_concept(graph: nx.Graph, name: str) -> Any:
    """The concept a user means by `name`: its key, its name or an alias (case-insensitive).

    When several concepts share the name (a Method and a Task, say), the one
    in most papers wins. Unknown names raise NotFoundError with close matches.

    >>> g = nx.Graph()
    >>> g.add_node("Method:moe", name="Mixture of Experts", aliases=["MoE"], kind="Method", paper_count=4)
    >>> find_concept(g, "moe"), find_concept(g, "mixture of experts")
    ('Method:moe', 'Method:moe')
    """
    if name in graph and graph.nodes[name].get("kind") != "Paper":
        return name
    q = _norm(name)
    hits = [
        n for n, a in graph.nodes(data=True)
        if a.get("kind") != "Paper" and (q == _norm(a.get("name")) or q in {_norm(x) for x in a.get("aliases") or []})
    ]
    if hits:
        return max(hits, key=lambda n: (graph.nodes[n].get("paper_count") or 0, str(n)))
    names = {str(a.get("name")): n for n, a in graph.nodes(data=True) if a.get("kind") != "Paper" and a.get("name")}
    close = difflib.get_close_matches(name, list(names), n=5, cutoff=0.6)
    close += [s for s in names if q and q in _norm(s) and s not in close][: 5 - len(close)]
    raise NotFoundError(f"no concept named {name!r}", suggestions=close)


def find_paper(graph: nx.Graph, id_or_title: str) -> Any:
    """A paper node by id, arXiv id, exact title, or a title fragment that matches one paper only."""
    papers = [(n, a) for n, a in graph.nodes(data=True) if a.get("kind") == "Paper"]
    for n, a in papers:
        if id_or_title == n or id_or_title == a.get("arxiv_id"):
            return n
    q = _norm(id_or_title)
    exact = [n for n, a in papers if _norm(a.get("title")) == q]
    if exact:
        return exact[0]
    part = [n for n, a in papers if q and q in _norm(a.get("title"))]
    if len(part) == 1:
        return part[0]
    titles = [str(a.get("title")) for n, a in papers if a.get("title")]
    if len(part) > 1:
        raise NotFoundError(f"{len(part)} papers match {id_or_title!r}; give more of the title or the id",
                            suggestions=[str(graph.nodes[n].get("title")) for n in part[:5]])
    raise NotFoundError(f"no paper with id or title {id_or_title!r}",
                        suggestions=difflib.get_close_matches(id_or_title, titles, n=5, cutoff=0.5))


def paper_url(row: dict) -> str | None:
    """A paper's link: its own URL, else its arXiv abstract page."""
    if row.get("url"):
        return str(row["url"])
    if row.get("arxiv_id"):
        return f"https://arxiv.org/abs/{row['arxiv_id']}"
    return None


class NodeDetails:
    """`details(node)` for the render functions: evidence sentences and paper links.

    Built once from GraphData with an index of mentions per concept; evidence
    JSON is parsed only for the nodes a page actually draws.
    """

    def __init__(self, data: GraphData, *, evidence: int = 2):
        self.papers = {p["id"]: p for p in data.papers}
        self.by_concept: dict[str, list[dict]] = defaultdict(list)
        for m in data.mentions:
            self.by_concept[m["concept_key"]].append(m)
        self.evidence = evidence

    def __call__(self, node: Any) -> dict[str, Any]:
        if node in self.papers:
            return {"url": paper_url(self.papers[node])}
        mentions = sorted(self.by_concept.get(node, ()), key=lambda m: (-(m.get("count") or 0), m["paper_id"]))
        sentences: list[str] = []
        for m in mentions:
            for ev in _evidence(m.get("evidence")):
                s = " ".join(str(ev.get("sentence", "")).split())
                if s and s not in sentences:
                    sentences.append(s)
                break  # one sentence per paper: two papers say more than one twice
            if len(sentences) >= self.evidence:
                break
        links = []
        for m in mentions[:MAX_LINKED_PAPERS]:
            p = self.papers.get(m["paper_id"])
            if p is not None:
                links.append({"title": p.get("title") or p["id"], "url": paper_url(p)})
        return {"evidence": sentences, "paper_links": links}


def _evidence(raw: Any) -> list[dict]:
    if isinstance(raw, list):
        return [e for e in raw if isinstance(e, dict)]
    try:
        parsed = json.loads(raw or "[]")
    except (TypeError, ValueError):
        return []
    return [e for e in parsed if isinstance(e, dict)] if isinstance(parsed, list) else []
