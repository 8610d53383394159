"""Concept extraction (placeholder until the spaCy pipeline lands, issue 3).

Contract used by the api layer:

    extract_papers(papers, *, n_process=1, batch_size=64) -> Iterator[Extraction]

streams one Extraction per Paper, in input order.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from paperkg.model import Entity, Evidence, Extraction, Paper

_TITLE_NAME = re.compile(r"^([A-Z][\w\-\^{}]*[A-Z0-9][\w\-\^{}]*)\s*:")


def extract_papers(papers: Iterable[Paper], *, n_process: int = 1, batch_size: int = 64) -> Iterator[Extraction]:
    for paper in papers:
        entities = []
        m = _TITLE_NAME.match(paper.title)
        if m:
            entities.append(Entity(m.group(1), "Method", introduced=True, evidence=(Evidence(paper.title, m.start(1), m.end(1)),)))
        yield Extraction(paper.id, paper.raw_title, tuple(entities), ())
