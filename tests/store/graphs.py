"""Small PaperGraphs the store tests write, on either engine."""

from __future__ import annotations

import json
import re

from paperkg.model import ConceptRow, Entity, Evidence, Extraction, MentionRow, Paper, PaperGraph


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


def extracted_paper(pid: str, year: int, text: str, entities: list[tuple[str, str, tuple[str, ...]]]):
    """A Paper published in `year` and its Extraction of `entities` ((kind, name, aliases)); every entity's
    evidence is where its spellings occur in the text (the refresh tests: senses, incremental builds)."""
    paper = Paper(
        id=pid,
        title=f"Paper {pid}",
        abstract=text,
        raw_title=f"Paper {pid}",
        raw_abstract=text,
        published=f"{year}-06-01",
    )
    ents = []
    for kind, name, aliases in entities:
        spans = [m.span() for n in (name, *aliases) for m in re.finditer(re.escape(n), paper.text)]
        ents.append(Entity(name, kind, aliases, evidence=tuple(Evidence("s", a, b) for a, b in sorted(set(spans)))))
    return paper, Extraction(pid, paper.title, tuple(ents))
