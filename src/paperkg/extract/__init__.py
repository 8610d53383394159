"""Concept extraction: a spaCy pipeline on `spacy.blank("en")` (issue 3).

    for extraction in extract_papers(papers, n_process=2):
        print(extraction.to_gold())

streams one Extraction per Paper, in input order, identical for any
`n_process`. Only this package imports spaCy.
"""

from __future__ import annotations

import gc
from collections import deque
from contextlib import contextmanager
from dataclasses import fields
from functools import lru_cache
from operator import attrgetter
from typing import Final, Iterable, Iterator

from paperkg.extract.broken_words import joined_broken_words
from paperkg.extract.line_breaks import join_line_breaks, line_breaks, original_offsets
from paperkg.model import Entity, Evidence, Extraction, Paper, ReportedResult

__all__ = ["extract_papers", "load_pipeline", "doc_to_extraction"]


@lru_cache(maxsize=1)
def load_pipeline():
    """The paperkg spaCy Language, built once per process.

    Its ~90,000 Python objects (lexicons, phrase statistics, matchers) live as
    long as the process: `gc.freeze()` moves them out of the cyclic garbage
    collector's generations, so its collections during extraction no longer
    walk them (and forked workers do not copy the pages the walks would touch)."""
    import gc

    from paperkg.extract.pipeline import build_pipeline

    nlp = build_pipeline()
    gc.collect()  # what building left as garbage is freed, not frozen
    gc.freeze()
    return nlp


#: the cyclic garbage collector's first-generation threshold while extracting (Python's
#: default is 700): each paper allocates thousands of short-lived containers (token
#: lists, candidates, feature dicts) that a batch keeps alive, so at 700 the collector
#: ran every few papers and took a quarter to a third of the extraction time
#: (benchmarks/results/extract_speed.md). Memory is unchanged: what is freed by
#: reference counting (nearly everything here) is freed at once either way.
GC_THRESHOLD = 10_000


@contextmanager
def _fewer_collections():
    """Raise the collector's first threshold while extracting; the old one comes back after."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], GC_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


#: `Evidence` and `Entity` built by their slots' own setters: a frozen dataclass's generated `__init__` sets each
#: field by `object.__setattr__` and its name (about twice the instructions), and the records are built per
#: mention. The same objects (equal, same hash, same type: tests/extract/test_extract_speedups.py); a field added
#: or removed fails the unpacking below at import.
_new: Final = object.__new__
_sentence, _start, _end = (getattr(Evidence, f.name).__set__ for f in fields(Evidence))
_name, _type, _aliases, _introduced, _evidence = (getattr(Entity, f.name).__set__ for f in fields(Entity))
# each setter a `Final` name of its own (not the unpacking's targets): compiled code reads it from a C static, not
# from the module's dict at each call (mypyc; benchmarks/results/extract_speed.md, stop 50)
_SET_SENTENCE: Final = _sentence
_SET_START: Final = _start
_SET_END: Final = _end
_SET_NAME: Final = _name
_SET_TYPE: Final = _type
_SET_ALIASES: Final = _aliases
_SET_INTRODUCED: Final = _introduced
_SET_EVIDENCE: Final = _evidence


def _evidence_record(sentence: str, start: int, end: int) -> Evidence:
    """`Evidence(sentence, start, end)`, by the slots' setters."""
    ev = _new(Evidence)
    _SET_SENTENCE(ev, sentence)
    _SET_START(ev, start)
    _SET_END(ev, end)
    return ev


def _entity_record(name: str, type_: str, aliases: tuple, introduced: bool, evidence: tuple) -> Entity:
    """`Entity(name, type_, aliases, introduced, evidence)`, by the slots' setters."""
    e = _new(Entity)
    _SET_NAME(e, name)
    _SET_TYPE(e, type_)
    _SET_ALIASES(e, aliases)
    _SET_INTRODUCED(e, introduced)
    _SET_EVIDENCE(e, evidence)
    return e


def doc_to_extraction(doc, paper_id: str, title: str, text: str | None = None) -> Extraction:
    """The records of one processed Doc (evidence sentences cut from its text;
    pass `text` when the caller has it, `doc.text` is rebuilt token by token). The line breaks of a given
    text are the ones the tokenizer kept on the Doc, when it did (`doc._.paperkg_breaks`). Names spell a word that a
    line-end hyphen broke whole ("Transla-tion": `_whole_words`); evidence and sentences keep it as written."""
    from paperkg.extract.extensions import read

    breaks = None if text is None else read(doc, "breaks")
    text = doc.text if text is None else text
    if breaks is None:
        breaks = line_breaks(text)
    if breaks:
        joined = join_line_breaks(text, breaks)
        return _whole_words(_unjoined(_records(doc, paper_id, title, joined), text, joined, breaks))
    return _whole_words(_records(doc, paper_id, title, text))


def _whole_words(x: Extraction) -> Extraction:
    """`x` with the words its names keep broken at a line-end hyphen written whole ("Asian Transla-tion" ->
    "Asian Translation", `paperkg.extract.broken_words`) in entity names, aliases and result fields; evidence
    and sentences as written. An alias the join makes the name's spelling, or another alias's, goes."""
    if not any("-" in e.name or any("-" in a for a in e.aliases) for e in x.entities):
        return x
    from dataclasses import replace

    whole = joined_broken_words  # None (a result field left empty) and "" as they are
    entities = []
    for e in x.entities:
        name = whole(e.name)
        aliases = tuple(dict.fromkeys(a for a in map(whole, e.aliases) if a != name))
        if name == e.name and aliases == e.aliases:
            entities.append(e)
        else:
            entities.append(_entity_record(name, e.type, aliases, e.introduced, e.evidence))
    results = tuple(
        replace(
            r,
            dataset=whole(r.dataset),
            subject=whole(r.subject),
            metric=whole(r.metric),
            compared_to=whole(r.compared_to),
        )
        for r in x.results
    )
    return Extraction(x.paper_id, x.title, tuple(entities), results)


def _records(doc, paper_id: str, title: str, text: str) -> Extraction:
    """`doc_to_extraction` on the text the tokenizer read."""
    from bisect import bisect_right

    from paperkg.extract.extensions import read

    sents = read(doc, "sentences") or [[0, len(text)]]
    starts = [a for a, _ in sents]
    cache: dict[int, str] = {}

    def evidence(start: int, end: int) -> Evidence:
        k = bisect_right(starts, start) - 1
        if k < 0:  # not `max(0, k)`: the builtin parses its arguments (~200 ns a mention)
            k = 0
        if k not in cache:
            a, b = sents[k]
            cache[k] = text[a:b].strip()
        return _evidence_record(cache[k], start, end)

    entities = tuple(
        _entity_record(
            e["name"],
            e["type"],
            tuple(e["aliases"]),
            bool(e["introduced"]),
            tuple(evidence(s, t) for s, t in e["mentions"]),
        )
        for e in read(doc, "entities") or []
    )
    results = tuple(ReportedResult(**r) for r in read(doc, "results") or [])
    return Extraction(paper_id, title, entities, results)


def _unjoined(x: Extraction, text: str, joined: str, breaks: list[tuple[int, int]]) -> Extraction:
    """An Extraction read off `joined`, the text with its line-break hyphens joined (`paperkg.extract.line_breaks`),
    told in the original `text`: evidence offsets and sentences, result sentences as written; names keep the
    joined word ("CNN-DailyMail"), with the space moved after it closed up ("CNN-DailyMail  dataset")."""
    from dataclasses import replace

    def one_space(s: str) -> str:
        return " ".join(s.split()) if "  " in s else s

    def sentence(s: str) -> str:
        k = joined.find(s) if s else -1
        return text[k : k + len(s)] if k >= 0 else s

    entities = tuple(
        _entity_record(
            one_space(e.name),
            e.type,
            tuple(map(one_space, e.aliases)),
            e.introduced,
            tuple(
                _evidence_record(sentence(v.sentence), *original_offsets(breaks, v.start, v.end)) for v in e.evidence
            ),
        )
        for e in x.entities
    )
    results = tuple(
        replace(
            r,
            dataset=one_space(r.dataset),
            subject=r.subject and one_space(r.subject),
            metric=r.metric and one_space(r.metric),
            compared_to=r.compared_to and one_space(r.compared_to),
            sentence=sentence(r.sentence),
        )
        for r in x.results
    )
    return Extraction(x.paper_id, x.title, entities, results)


def extract_papers(
    papers: Iterable[Paper], *, n_process: int = 1, batch_size: int = 64, nlp=None
) -> Iterator[Extraction]:
    """One Extraction per Paper, streamed in input order, identical for any n_process.

    With n_process > 1, batches of papers go to worker processes that each run
    `nlp.pipe` and send back Extraction records. spaCy's own `n_process`
    tokenizes every text in the parent and ships whole Docs both ways
    (~3 ms of serialisation per paper in the parent), which made two
    processes slower than one (benchmarks/results/extract_speed.md). At most
    2 * n_process batches are in flight, so memory does not grow with the input.
    `nlp` runs another pipeline than the shipped one (e.g. a decision layer
    trained on other papers), in this process only.
    """
    if nlp is not None or n_process <= 1:
        yield from _extract_in_process(papers, batch_size, nlp)
        return
    yield from _extract_in_workers(papers, n_process, batch_size)


def _job(p: Paper) -> tuple[str, str, str]:
    """What the extractor reads of a Paper: its id, its title as written (the records' title) and its text. Batches
    travel to worker processes as these tuples, which pickle in C: a Paper (a frozen dataclass with slots) pickles
    by Python-level state functions and carries its text twice (as read and as written), ~43 us a paper to pickle
    in the parent and ~25 us to unpickle in a worker (benchmarks/results/extract_speed.md, stop 47)."""
    return p.id, p.raw_title, p.text


def _extract_in_process(papers: Iterable[Paper], batch_size: int, nlp=None) -> Iterator[Extraction]:
    nlp = nlp or load_pipeline()
    with _fewer_collections():
        yield from _extract_docs(map(_job, papers), batch_size, nlp)


def _extract_docs(jobs: Iterable[tuple[str, str, str]], batch_size: int, nlp) -> Iterator[Extraction]:
    """The Extraction of each job (`_job`: id, title as written, text), in order."""
    from paperkg.extract.extensions import write

    pending: deque[tuple[str, str, str]] = deque()

    def feed() -> Iterator[tuple[object, str]]:
        for job in jobs:
            pending.append(job)
            doc = nlp.make_doc(job[2])
            write(doc, "text", job[2])  # spares rebuilding doc.text token by token
            yield doc, job[0]

    # the Docs never leave this process (workers send back Extraction records), so the
    # results component's `compact` copy, made for spaCy's own n_process, is not asked for
    for doc, pid in nlp.pipe(feed(), as_tuples=True, batch_size=batch_size):
        paper_id, title, text = pending.popleft()
        if paper_id != pid:  # spaCy keeps order; this guards the contract
            raise RuntimeError(f"extractor lost input order at paper {paper_id!r}")
        yield doc_to_extraction(doc, paper_id, title, text)


def _extract_batch(batch: list[tuple[str, str, str]]) -> list[tuple]:
    """Worker side: one batch of jobs (`_job`) through the in-process pipeline, as `_packed` tuples."""
    nlp = load_pipeline()
    with _fewer_collections():
        return [_packed(x) for x in _extract_docs(batch, len(batch) or 1, nlp)]


#: a record's fields as a tuple, in field order, read in C
_EVIDENCE_FIELDS = attrgetter(*(f.name for f in fields(Evidence)))
_RESULT_FIELDS = attrgetter(*(f.name for f in fields(ReportedResult)))


def _packed(x: Extraction) -> tuple:
    """An Extraction as nested tuples of its fields, in field order: pickling the frozen
    dataclasses calls Python-level state functions per object (~40 a paper), which took
    half the time of sending a paper's records between processes; `_unpacked` rebuilds it."""
    entities = tuple(
        (e.name, e.type, e.aliases, e.introduced, tuple(map(_EVIDENCE_FIELDS, e.evidence))) for e in x.entities
    )
    return x.paper_id, x.title, entities, tuple(map(_RESULT_FIELDS, x.results))


def _unpacked(t: tuple) -> Extraction:
    paper_id, title, entities, results = t
    return Extraction(
        paper_id,
        title,
        tuple(
            _entity_record(n, ty, al, intro, tuple(_evidence_record(*v) for v in ev))
            for n, ty, al, intro, ev in entities
        ),
        tuple(ReportedResult(*r) for r in results),
    )


RECYCLE_BATCHES = 200  # batches a worker pool runs before it is replaced


def _extract_in_workers(papers: Iterable[Paper], n_process: int, batch_size: int) -> Iterator[Extraction]:
    """Worker pools are forked from this process (which holds the loaded,
    unused pipeline) and replaced every RECYCLE_BATCHES batches: a worker's
    vocab keeps every new token string it meets, which grows without bound
    over millions of abstracts, so each pool starts from the clean vocab."""
    from itertools import chain

    load_pipeline()  # build once; forked workers inherit it
    it = iter(papers)
    while True:
        batches = _batches(it, batch_size, RECYCLE_BATCHES)
        first = next(batches, None)
        if first is None:
            return
        yield from _run_pool(chain([first], batches), n_process)


def _batches(papers: Iterator[Paper], batch_size: int, limit: int) -> Iterator[list[tuple[str, str, str]]]:
    """Up to `limit` batches of `batch_size` papers, each paper as its `_job` tuple."""
    from itertools import islice

    for _ in range(limit):
        batch = list(map(_job, islice(papers, batch_size)))
        if not batch:
            return
        yield batch


def _run_pool(batches: Iterator[list[tuple[str, str, str]]], n_process: int) -> Iterator[Extraction]:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else methods[0])
    with ProcessPoolExecutor(max_workers=n_process, mp_context=ctx) as pool:
        inflight: deque = deque()
        while True:
            while len(inflight) < 2 * n_process and (batch := next(batches, None)) is not None:
                inflight.append(pool.submit(_extract_batch, batch))
            if not inflight:
                return
            yield from map(_unpacked, inflight.popleft().result())
