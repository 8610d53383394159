"""Small PaperGraphs the store tests write, on either engine."""

from __future__ import annotations

import json

from paperkg.model import ConceptRow, MentionRow, Paper, PaperGraph


def paper(pid: str, abstract: str = "An abstract.", listed=("--08-08",)) -> Paper:
    return Paper(
        id=pid,
        title=f"T {pid}",
        abstract=abstract,
        raw_title=f"T {pid}",
        raw_abstract=abstract,
        listed_on=tuple(listed),
        sources=(f"src:{pid}",),
    )


def graph(pid: str, keys: list[str], abstract: str = "An abstract.", listed=("--08-08",), results=()) -> PaperGraph:
    """A paper mentioning concepts `keys` ("Kind:name"), proposing the first, reporting `results`."""
    concepts = tuple(ConceptRow(k, k.split(":")[1], k.split(":")[0], (k.split(":")[1].upper(),)) for k in keys)
    mentions = tuple(MentionRow(pid, k, 2, json.dumps([{"sentence": "s", "start": 0, "end": 1}])) for k in keys)
    return PaperGraph(paper(pid, abstract, listed), concepts, mentions, (keys[0],) if keys else (), tuple(results))
