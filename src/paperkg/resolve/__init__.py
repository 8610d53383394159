"""Canonical concepts: one key per concept, every spelling kept as an alias.

    resolver = ConceptResolver(known)      # known: (key, kind, names) from the store
    graph = assemble(paper, extraction, resolver) -> PaperGraph

How keys are chosen (stable across runs, independent of paper order as far
as possible):

- The key is `Kind:normalise_name(name)` where `name` is the entity's long
  form when the paper gives one (`Direct Preference Optimization`, alias
  `DPO`). Case, spaces, hyphens, dots and a plural `s` do not matter, so
  `LLaMA 2`, `Llama-2` and `Llama2` share `Model:llama2`, `MATH-500` and
  `MATH500` share `Dataset:math500`. This depends on the entity alone, so
  it does not depend on which paper came first.
- A non-acronym alias that a known concept already uses also resolves to that
  concept (a spelling variant seen before).
- Acronyms never merge two long forms: `sparse fine-tuning (SFT)` and
  `supervised fine-tuning (SFT)` keep their own keys. A bare acronym means
  what its own paper defines: it resolves to the paper's own long form when
  the paper writes one, else to the sense-less acronym concept `Method:dpo`,
  never to another paper's long form (a 1995 "CLIP" package must not capture
  the 2021 model). Which sense an undefined mention joins is decided over the
  corpus, per paper, by resolve.senses.
- Merges are reversible: every spelling is kept in `ConceptRow.aliases`.
"""

from __future__ import annotations

import hashlib
import re
from typing import Iterable

from paperkg.model import (
    MIN_BOARD_CONFIDENCE,
    MIN_RESULT_CONFIDENCE,
    ConceptRow,
    Entity,
    Evidence,
    Extraction,
    MentionRow,
    Paper,
    PaperGraph,
    ResultRow,
    evidence_json,
)
from paperkg.resolve.debris import clean_entities, unglued, yearless_editions
from paperkg.resolve.names import (
    arabic_version,
    concept_key,
    is_acronym,
    normalise_name,
    edition_year,
    other_benchmarks,
    task_number,
    undated_alias,
)
from paperkg.resolve.topics import topic_rows

__all__ = ["ConceptResolver", "assemble", "concept_key", "is_acronym", "normalise_name"]


class ConceptResolver:
    """Maps an entity to its canonical concept, merging into known concepts."""

    def __init__(self, known: Iterable[tuple[str, str, list[str]]] = ()):
        self._by_spelling: dict[tuple[str, str], str] = {}  # (kind, normalised non-acronym spelling) -> key
        self._by_acronym: dict[tuple[str, str], set[str]] = {}  # (kind, normalised acronym) -> keys
        self._names: dict[str, list[str]] = {}  # key -> every spelling, first is the display name
        for key, kind, names in known:
            self._remember(key, kind, list(names))

    def _remember(self, key: str, kind: str, names: list[str]) -> None:
        spellings = self._names.setdefault(key, [])
        for n in names:
            if not n:
                continue
            if n not in spellings:
                spellings.append(n)
            if is_acronym(n):
                self._by_acronym.setdefault((kind, normalise_name(n)), set()).add(key)
            elif not (kind == "Dataset" and undated_alias(names[0], n)):
                # a series' name beside one edition's ("BioLaySumm" of "BioLaySumm 2024") finds no edition
                self._by_spelling.setdefault((kind, normalise_name(n)), key)

    def key_for(self, entity: Entity, paper_entities: tuple[Entity, ...] = ()) -> str:
        """The concept key of an entity (see the module docstring for the rules)."""
        entity = edition_first(entity)
        kind = entity.type
        names = [n for n in (entity.name, *entity.aliases) if n]
        long_forms = [n for n in names if not is_acronym(n)]
        if versioned := versioned_acronym(names):
            return concept_key(kind, versioned)
        if long_forms:
            own = concept_key(kind, long_forms[0])
            if own in self._names:
                return own
            for n in long_forms[1:]:
                hit = self._by_spelling.get((kind, normalise_name(n)))
                if hit and not self._other_benchmark(entity, n, hit):
                    return hit
            return own
        # only acronyms: the paper's own definition, else a known spelling or sense-less acronym concept
        folded = {normalise_name(n) for n in names}
        for other in paper_entities:
            if other.type == kind and not is_acronym(other.name):
                if folded & {normalise_name(a) for a in other.aliases if is_acronym(a)}:
                    return self.key_for(other)
        for n in names:
            keys = {k for k in self._by_acronym.get((kind, normalise_name(n)), set()) if self._acronym_only(k)}
            spelled = self._by_spelling.get((kind, normalise_name(n)))
            if spelled:
                keys = keys | {spelled}
            if len(keys) == 1:
                return next(iter(keys))
        return concept_key(kind, entity.name)

    def _other_benchmark(self, entity: Entity, alias: str, key: str) -> bool:
        """Whether the alias that finds `key` only names the series `entity` and that concept belong to: a Dataset
        of one edition or numbered task found by its series' name without the edition ("Social Media Mining for
        Health Applications" of its "2020 shared task") or by a concept of another edition or task (the
        2019 shared task, "SemEval-2018 Task 2" for "SemEval-2018 Task 8" through "SemEval 2018 shared task").
        Each edition and task has its own data and leaderboard (resolve.merging.other_editions, at refresh)."""
        if entity.type != "Dataset":
            return False
        names = (entity.name, *entity.aliases)  # a task's own name beside its number ("ZorbNER" / "Task 8")
        return undated_alias(entity.name, alias) or other_benchmarks(names, self._names.get(key, ()))

    def _acronym_only(self, key: str) -> bool:
        return all(is_acronym(n) for n in self._names.get(key, ()))

    def resolve(self, entity: Entity, paper_entities: tuple[Entity, ...] = ()) -> ConceptRow:
        entity = edition_first(entity)
        key = self.key_for(entity, paper_entities)
        self._remember(key, entity.type, [entity.name, *entity.aliases])
        spellings = self._names[key]
        return ConceptRow(key=key, name=spellings[0], kind=entity.type, aliases=tuple(spellings[1:]))


#: An edition's event named without its task ("SIGMORPHON 2031 Shared Task", "the Foo 2031 shared tasks").
_EVENT_NAME = re.compile(r"[Ss]hared[ -][Tt]asks?$")


def edition_first(entity: Entity) -> Entity:
    """A Dataset named by its series ("BioLaySumm") or an edition's event ("SIGMORPHON 2031 Shared Task") while the
    paper also writes the one edition or numbered task it means ("BioLaySumm 2031", "SIGMORPHON 2031 Task 2"): that
    spelling names it, so each edition and task keys its own concept instead of every edition joining the series'
    (the series' name stays an alias). Other entities are returned as they are.

    >>> edition_first(Entity("FooSumm", "Dataset", ("FooSumm 2031", "FooSumm shared task"))).name
    'FooSumm 2031'
    >>> edition_first(Entity("QUUX 2031 Shared Task", "Dataset", ("QUUX 2031 Task 2",))).name
    'QUUX 2031 Task 2'
    >>> edition_first(Entity("FooSumm", "Dataset", ("FooSumm 2030", "FooSumm 2031"))).name
    'FooSumm'
    >>> edition_first(Entity("ZorbNER II", "Dataset", ("FooEval-2031 Task 2",))).name
    'ZorbNER II'
    """
    if entity.type != "Dataset" or not entity.aliases:
        return entity
    lead = None
    if edition_year(entity.name) is None:
        # the series' own name with an edition ("FooSumm 2031" of "FooSumm"), not a second name the task goes by
        # ("FooEval-2031 Task 2" of "ZorbNER II": that concept keeps its own name's key)
        series = normalise_name(entity.name.split()[0]) if entity.name.split() else ""
        dated = [a for a in entity.aliases if edition_year(a) is not None and normalise_name(a).startswith(series)]
        if len({edition_year(a) for a in dated}) == 1:
            lead = dated[0]
    elif task_number(entity.name) is None and _EVENT_NAME.search(entity.name):
        numbered = [
            a for a in entity.aliases if task_number(a) is not None and edition_year(a) == edition_year(entity.name)
        ]
        if len({task_number(a) for a in numbered}) == 1:
            lead = numbered[0]
    if lead is None:
        return entity
    aliases = (entity.name, *(a for a in entity.aliases if a != lead))
    return Entity(lead, entity.type, aliases, entity.introduced, entity.evidence)


#: A version or edition after a name, set apart by a space or hyphen ("MultiCoNER II", "FewRel 2.0", "WMT-2020").
_VERSION = re.compile(r"^(?P<name>.*[^\W\d_].*?)[\s_-]+(?:v\.?\s*)?(?P<version>\d+(?:\.\d+)*|I{1,3}|IV|VI{0,3}|IX|X)$")


def versioned_acronym(names: Iterable[str]) -> str | None:
    """The short name of an entity written with a version its long form does not carry ("Multilingual
    Complex Named Entity Recognition (MultiCoNER II)"), a roman version in digits ("MultiCoNER 2"): the long
    form names every edition, so it must not key the entity, or each version would join the first
    (MultiCoNER). A short name is one word with two capitals at least. None when no short name carries a
    version, or a long form carries one too.

    >>> versioned_acronym(["Multilingual Complex Named Entity Recognition", "MultiCoNER II"])
    'MultiCoNER 2'
    >>> versioned_acronym(["Few-shot Relation classification", "FewRel 2.0"]), versioned_acronym(["Generative Pre-trained Transformer 3", "GPT-3"])
    ('FewRel 2.0', None)
    >>> versioned_acronym(["Text-to-Text Transfer Transformer", "T5"]), versioned_acronym(["SQuAD 2.0"])
    (None, None)
    """
    short, longs = [], []
    for n in (n for n in names if n):
        m = _VERSION.match(n)
        base = m.group("name") if m else ""
        if m and not re.search(r"\s", base) and sum(ch.isupper() for ch in base) >= 2:
            short.append((base, m.group("version"), n))
        elif re.search(r"\s", n.strip()):
            longs.append(n)
    if not short or not longs or any(re.search(r"\d|\s(?:I{1,3}|IV|VI{0,3}|IX|X)$", n) for n in longs):
        return None
    return arabic_version(short[0][2])


def _merge_evidence(*groups: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
    seen = set()
    out = []
    for ev in sorted((e for g in groups for e in g), key=lambda e: (e.start, e.end)):
        if (ev.start, ev.end) not in seen:
            seen.add((ev.start, ev.end))
            out.append(ev)
    return tuple(out)


def assemble(paper: Paper, extraction: Extraction, resolver: ConceptResolver) -> PaperGraph:
    """Every row one paper contributes: concepts, mentions, proposals, results.

    Two entities of the paper that resolve to one key give one concept row and
    one MENTIONS row (evidence merged, count = number of distinct mentions).
    Debris, venues and fragments are dropped first (resolve.debris); the
    paper's field topics (resolve.topics) are added as `Topic` concepts.
    """
    concepts: dict[str, ConceptRow] = {}
    evidence: dict[str, tuple[Evidence, ...]] = {}
    counts: dict[str, int] = {}
    proposes: list[str] = []
    by_name: dict[str, str] = {}
    cleaned = clean_entities(extraction.entities, paper.text)
    editions = yearless_editions(cleaned)  # "SemEval Task 6" beside the paper's own "SemEval-2020 Task 6"
    for ent in cleaned:
        if ent.name in editions:
            continue
        row = resolver.resolve(ent, extraction.entities)
        if row.key in concepts:
            old = concepts[row.key]
            aliases = tuple(dict.fromkeys((*old.aliases, *(a for a in row.aliases if a != old.name))))
            concepts[row.key] = ConceptRow(old.key, old.name, old.kind, aliases)
            evidence[row.key] = _merge_evidence(evidence[row.key], ent.evidence)
            counts[row.key] = len(evidence[row.key]) if evidence[row.key] else counts[row.key] + ent.count
        else:
            concepts[row.key] = row
            evidence[row.key] = _merge_evidence(ent.evidence)
            counts[row.key] = ent.count
        if ent.introduced:
            proposes.append(row.key)
        for n in (ent.name, *ent.aliases):
            by_name.setdefault(normalise_name(n), row.key)
    for ent in extraction.entities:  # a result row names the glued spelling ("obtainedmacro-F1")
        if (rest := unglued(ent.name)) and (key := by_name.get(normalise_name(rest))) is not None:
            by_name.setdefault(normalise_name(ent.name), key)
    for name, edition in editions.items():
        if (key := by_name.get(normalise_name(edition))) is not None:
            by_name.setdefault(normalise_name(name), key)
    mentions = tuple(MentionRow(paper.id, key, counts[key], evidence_json(evidence[key])) for key in concepts)
    topics, topic_mentions = topic_rows(paper.id, paper.text)

    def look(name: str | None) -> str | None:
        return by_name.get(normalise_name(name)) if name else None

    results = []
    own = {e.name for e in extraction.entities if e.introduced}
    for i, r in enumerate(extraction.results):
        rid = hashlib.sha1(f"{paper.id}|{i}|{r.value}|{r.dataset}".encode()).hexdigest()[:16]
        subject = look(r.subject)
        confidence = r.confidence
        if r.subject and subject is None and r.subject not in own:
            # the owner was dropped as debris ("objective-Quiet-STaR"): a row with no one named is no leaderboard
            # row, unless it was the paper's own contribution (the row is still the paper's)
            confidence = min(confidence, round((MIN_RESULT_CONFIDENCE + MIN_BOARD_CONFIDENCE) / 2, 2))
        results.append(
            ResultRow(
                rid,
                paper.id,
                r.value,
                r.number,
                r.unit,
                r.sentence,
                subject,
                look(r.dataset),
                look(r.metric),
                look(r.compared_to),
                r.kind,
                confidence,
                r.pair,
            )
        )
    return PaperGraph(
        paper,
        (*concepts.values(), *topics),
        (*mentions, *topic_mentions),
        tuple(dict.fromkeys(proposes)),
        tuple(results),
    )
