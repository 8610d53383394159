"""Store reads and lexicon look-ups every refresh step shares."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from typing import Iterator, Mapping, Sequence

from paperkg.extract.lexicon import load_lexicon, load_sense_cues
from paperkg.names import fold
from paperkg.resolve.merging import long_form_fold
from paperkg.resolve.names import long_forms
from paperkg.store.protocol import GraphStore

#: Papers whose mentions and texts are read at once.
PAGE = 2_000


class RowsOnce:
    """A store whose `concept_rows` is read once until the next write: a refresh pass asks for every concept
    row in nearly every step (a dozen reads a pass, seconds each on a large store), while most steps write
    nothing. Every other call goes to the store; any call that is not a known read drops the rows read, so a
    step always sees the rows the writes before it left. Callers get copies they may change."""

    READS = frozenset(
        {
            "alias_index", "concept_mention_pairs", "counts", "kind_votes", "mention_evidence", "mention_pairs",
            "paper_count", "paper_dates", "paper_ids", "paper_titles", "papers_by_id", "read_graph", "run_read",
        }
    )  # fmt: skip

    def __init__(self, st: GraphStore):
        self._st = st
        self._rows: list[dict] | None = None

    def concept_rows(self) -> list[dict]:
        if self._rows is None:
            self._rows = self._st.concept_rows()
        return [{**r, "aliases": list(r.get("aliases") or [])} for r in self._rows]

    def rows(self, name: str, params: dict | None = None, *, group: str = "read") -> list[dict]:
        if group != "read":
            self._rows = None
        return self._st.rows(name, params, group=group)

    def __getattr__(self, name: str):
        attr = getattr(self._st, name)
        if callable(attr) and name not in self.READS:
            self._rows = None  # a write, or a call not known to be a read: the rows may have changed

            def call(*args, **kwargs):
                try:
                    return attr(*args, **kwargs)
                finally:
                    self._rows = None

            return call
        return attr


def mentions_in_text(st: GraphStore, ids: Sequence[str]) -> Iterator[tuple[str, str, str, list[tuple[int, int]]]]:
    """(paper id, concept key, the paper's title and abstract, the mention's evidence spans), PAGE papers at a time."""
    for lo in range(0, len(ids), PAGE):
        page = list(ids[lo : lo + PAGE])
        texts = {pid: f"{t or ''}\n\n{a or ''}" for pid, t, a in st.run_read("paper_texts", {"ids": page})[1]}
        for pid, key, evidence in st.run_read("paper_mentions", {"ids": page})[1]:
            yield pid, key, texts.get(pid, ""), [(e["start"], e["end"]) for e in json.loads(evidence or "[]")]


def concept_papers(st: GraphStore, keys: Sequence[str]) -> defaultdict[str, set[str]]:
    """{concept key: ids of the papers that mention it} of the concepts `keys` (empty for a key no paper mentions)."""
    papers: defaultdict[str, set[str]] = defaultdict(set)
    for page in st.concept_mention_pairs(keys):
        for pid, key, _ in page:
            papers[key].add(pid)
    return papers


def texts_of(st: GraphStore, ids: Sequence[str]) -> dict[str, str]:
    """{paper id: title and abstract} of the papers `ids`."""
    texts: dict[str, str] = {}
    for lo in range(0, len(ids), PAGE):
        rows = st.run_read("paper_texts", {"ids": ids[lo : lo + PAGE]})[1]
        texts.update({pid: f"{t or ''}\n\n{a or ''}" for pid, t, a in rows})
    return texts


def row_spellings(row: Mapping) -> list[str]:
    return [s for s in (row.get("name"), *(row.get("aliases") or [])) if s]


def year_of(published: str | None) -> int | None:
    head = (published or "")[:4]
    return int(head) if head.isdigit() else None


def month_of(published: str | None) -> float | None:
    """The publication date as a year with its month as a fraction (no month: the year's start), or None.

    >>> month_of("2018-10-01"), month_of("2018"), month_of(None)
    (2018.75, 2018.0, None)
    """
    year = year_of(published)
    if year is None:
        return None
    m = re.match(r"\d{4}-(\d{2})", published or "")
    return year + ((int(m.group(1)) - 1) / 12 if m and 1 <= int(m.group(1)) <= 12 else 0.0)


@lru_cache(maxsize=1)
def lexicon_entries() -> dict[tuple[str, str], str]:
    """{(kind, folded spelling): entry name} of the field's lexicons, for merging rule 6 (spellings
    one lexicon entry lists are one concept); a spelling two entries of a kind list decides nothing.
    A long form is also listed folded word by word (resolve.merging.long_form_fold), so its variants in
    number and small words are the entry's too ("Bidirectional Encoder Representation from Transformer")."""
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in load_lexicon():
        for n in (e.name, *e.aliases):
            owners[(e.type, fold(n))].add(e.name)
            if word_folded := long_form_fold(n):
                owners[(e.type, word_folded)].add(e.name)
    return {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}


@lru_cache(maxsize=1)
def lexicon_long_forms() -> dict[str, dict[str, frozenset[str]]]:
    """{folded acronym: {entry name: its folded long forms}} of every lexicon entry, of any kind, that lists the
    acronym ("COMET": the metric, which lists none, and "commonsense transformer"): what the field's lexicons
    know an acronym expands to, for merging's `foreign_long_form`."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for e in load_lexicon():
        names = (e.name, *e.aliases)
        expanded = long_forms(names)
        for n in names:
            if n not in expanded:
                out[fold(n)][e.name] |= {fold(s) for s in expanded if len(re.split(r"[\s-]+", s)) >= 2}
    return {a: {e: frozenset(v) for e, v in es.items()} for a, es in out.items()}


@lru_cache(maxsize=1)
def default_senses() -> dict[str, tuple[str, str]]:
    """{folded spelling: (kind, entry)} of the sense senses.tsv lists first for a spelling the lexicons list for
    two things (COMET: the metric): the one the extractor gives a paper no cue decides; another sense, the
    extractor gave on the paper's cues (a commonsense paper's COMET, a Model)."""
    entries = lexicon_entries()
    out: dict[str, tuple[str, str]] = {}
    for kind, name in load_sense_cues():
        entry = entries.get((kind, fold(name)), name)
        out.setdefault(fold(name), (kind, entry))
        for (k, spelling), e in entries.items():
            if k == kind and e == entry:
                out.setdefault(spelling, (kind, entry))
    return out


@lru_cache(maxsize=1)
def lexicon_acronyms() -> dict[str, frozenset[str]]:
    """{folded long form: folded acronyms} that the field's lexicons list ("Vision Transformer", ViT):
    general knowledge of which acronym a long form has, for papers that never define it."""
    out: dict[str, set[str]] = defaultdict(set)
    for e in load_lexicon():
        names = (e.name, *e.aliases)
        expanded = long_forms(names)
        for long_form in expanded:
            out[fold(long_form)] |= {fold(n) for n in names if n not in expanded and abbreviates(n, long_form)}
    return {k: frozenset(v) for k, v in out.items() if v}


def abbreviates(acronym: str, long_form: str) -> bool:
    """Whether `acronym` shortens `long_form`: its letters in order, from the first, in a phrase of
    two words or more; an edition ("CTB6", "CAsT-19") or a sibling listed on one line is not.

    >>> abbreviates("ViT", "Vision Transformer"), abbreviates("CTB6", "Penn Chinese Treebank")
    (True, False)
    >>> abbreviates("CAsT-19", "TREC CAsT"), abbreviates("CTB", "CTB 5.1")
    (False, False)
    """
    letters = [ch for ch in acronym.lower() if ch.isalnum()]
    words = [w for w in re.split(r"[\s-]+", long_form) if w]
    text = long_form.lower()
    if len(words) < 2 or any(ch.isdigit() for ch in acronym + long_form) or not letters or text[0] != letters[0]:
        return False
    rest = iter(text)
    return all(ch in rest for ch in letters)
