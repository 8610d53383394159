"""Canonical concepts: one key per concept, every spelling kept as an alias.

Contract used by the api layer:

    resolver = ConceptResolver(known)      # known: (key, kind, names) from the store
    graph = assemble(paper, extraction, resolver) -> PaperGraph
"""
from __future__ import annotations

import hashlib
import re
from typing import Iterable

from paperkg.model import ConceptRow, Entity, Extraction, MentionRow, Paper, PaperGraph, ResultRow, evidence_json


def normalise_name(name: str) -> str:
    """Case, spaces, hyphens and dots folded; a plural 's' dropped."""
    s = re.sub(r"[\s\-_.'\u2010-\u2015]+", "", name.lower())
    if len(s) > 3 and s.endswith("s") and not s.endswith("ss"):
        s = s[:-1]
    return s


def concept_key(kind: str, name: str) -> str:
    return f"{kind}:{normalise_name(name)}"


class ConceptResolver:
    """Maps an entity to its canonical concept, merging into known concepts."""

    def __init__(self, known: Iterable[tuple[str, str, list[str]]] = ()):
        self._index: dict[tuple[str, str], str] = {}
        for key, kind, names in known:
            for n in names:
                self._index.setdefault((kind, normalise_name(n)), key)

    def resolve(self, entity: Entity, paper_entities: tuple[Entity, ...] = ()) -> ConceptRow:
        names = (entity.name, *entity.aliases)
        key = next((self._index[(entity.type, normalise_name(n))] for n in names if (entity.type, normalise_name(n)) in self._index), None)
        key = key or concept_key(entity.type, entity.name)
        for n in names:
            self._index.setdefault((entity.type, normalise_name(n)), key)
        return ConceptRow(key=key, name=entity.name, kind=entity.type, aliases=tuple(dict.fromkeys(names)))


def assemble(paper: Paper, extraction: Extraction, resolver: ConceptResolver) -> PaperGraph:
    """Every row one paper contributes: concepts, mentions, proposals, results."""
    concepts, mentions, proposes = {}, [], []
    by_name: dict[str, str] = {}
    for ent in extraction.entities:
        row = resolver.resolve(ent, extraction.entities)
        concepts.setdefault(row.key, row)
        mentions.append(MentionRow(paper.id, row.key, ent.count, evidence_json(ent.evidence)))
        if ent.introduced:
            proposes.append(row.key)
        for n in (ent.name, *ent.aliases):
            by_name.setdefault(normalise_name(n), row.key)
    results = []
    for i, r in enumerate(extraction.results):
        look = lambda n: by_name.get(normalise_name(n)) if n else None  # noqa: E731
        rid = hashlib.sha1(f"{paper.id}|{i}|{r.value}|{r.dataset}".encode()).hexdigest()[:16]
        results.append(ResultRow(rid, paper.id, r.value, r.number, r.unit, r.sentence,
                                 look(r.subject), look(r.dataset), look(r.metric), look(r.compared_to)))
    return PaperGraph(paper, tuple(concepts.values()), tuple(mentions), tuple(dict.fromkeys(proposes)), tuple(results))
