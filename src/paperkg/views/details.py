"""The per-node details a page shows: evidence sentences and paper links.

Built from the bulk-read `GraphData`; no store.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from paperkg.model import GraphData

MAX_LINKED_PAPERS = 8


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
        self.paper_page = None  # paper id -> its page in a site, when there is one

    def _mentions(self, node: Any) -> list[dict]:
        return sorted(self.by_concept.get(node, ()), key=lambda m: (-(m.get("count") or 0), m["paper_id"]))

    def top_papers(self, node: Any) -> list[str]:
        """The ids of the papers a concept's details list (what its page shows changes with them)."""
        return [m["paper_id"] for m in self._mentions(node)[:MAX_LINKED_PAPERS]]

    def __call__(self, node: Any) -> dict[str, Any]:
        if node in self.papers:
            return {"url": paper_url(self.papers[node])}
        mentions = self._mentions(node)
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
                links.append(
                    {
                        "title": p.get("title") or p["id"],
                        "url": paper_url(p),
                        "page": self.paper_page(p["id"]) if self.paper_page else None,
                    }
                )
        return {"evidence": sentences, "paper_links": links}


def _evidence(raw: Any) -> list[dict]:
    if isinstance(raw, list):
        return [e for e in raw if isinstance(e, dict)]
    try:
        parsed = json.loads(raw or "[]")
    except (TypeError, ValueError):
        return []
    return [e for e in parsed if isinstance(e, dict)] if isinstance(parsed, list) else []
