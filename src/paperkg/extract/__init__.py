"""Concept extraction: a spaCy pipeline on `spacy.blank("en")` (issue 3).

    for extraction in extract_papers(papers, n_process=2):
        print(extraction.to_gold())

streams one Extraction per Paper, in input order, identical for any
`n_process`. Only this package imports spaCy.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from paperkg.model import Entity, Evidence, Extraction, Paper, ReportedResult

__all__ = ["extract_papers", "load_pipeline", "doc_to_extraction"]


@lru_cache(maxsize=1)
def load_pipeline():
    """The paperkg spaCy Language, built once per process."""
    from paperkg.extract.pipeline import build_pipeline

    return build_pipeline()


def doc_to_extraction(doc, paper_id: str, title: str) -> Extraction:
    """The records of one processed Doc (evidence sentences cut from the Doc)."""
    from paperkg.extract.concepts import ENTITIES_KEY
    from paperkg.extract.results import RESULTS_KEY

    sents = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else [(0, len(doc.text))]
    text = doc.text

    def evidence(start: int, end: int) -> Evidence:
        for a, b in sents:
            if a <= start < b:
                return Evidence(text[a:b].strip(), start, end)
        return Evidence(text[start:end], start, end)

    entities = tuple(
        Entity(e["name"], e["type"], tuple(e["aliases"]), bool(e["introduced"]), tuple(evidence(s, t) for s, t in e["mentions"]))
        for e in doc.user_data.get(ENTITIES_KEY, [])
    )
    results = tuple(ReportedResult(**r) for r in doc.user_data.get(RESULTS_KEY, []))
    return Extraction(paper_id, title, entities, results)


def extract_papers(papers: Iterable[Paper], *, n_process: int = 1, batch_size: int = 64) -> Iterator[Extraction]:
    """One Extraction per Paper, streamed in input order."""
    nlp = load_pipeline()
    items = ((p.text, (p.id, p.raw_title)) for p in papers)
    for doc, (pid, title) in nlp.pipe(items, as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield doc_to_extraction(doc, pid, title)
