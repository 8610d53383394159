"""Corpus-level concept tidying after every build or remove: merges, names, aliases.

`refresh_concepts` first puts each undefined acronym mention on the sense
its paper means, when that is clear (resolve.senses: co-occurring concepts
and era), gives a concept those moves filled the kind most of its papers
typed it with (resolve.kinds), then merges the stored concepts that are one concept
(resolve.merging: spelling twins, one name typed two ways), then re-chooses
names (below), then keeps each spelling as an alias of one concept only (the
one most papers mention).

The resolver names a concept after the first spelling it meets; once papers
are stored, `refresh_names` re-reads how each paper wrote the concept (its
MENTIONS evidence offsets into the paper's text) and writes the spelling most
papers use (resolve.naming), keeping every other spelling as an alias. Keys
never change, so incremental builds and `remove` keep every edge; both
engines run the same statements.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from paperkg.extract.lexicon import load_lexicon
from paperkg.model import TOPIC
from paperkg.names import fold
from paperkg.resolve.kinds import plan_kinds, plan_setting_kinds
from paperkg.resolve.longform import long_form_senses, spells
from paperkg.resolve.merging import WIDELY_USED, case_fold, letters_of, long_form_fold, plan_merges
from paperkg.resolve.names import concept_key, is_acronym, kind_of_key, long_forms, rekey
from paperkg.extract.phrase_stats import load_phrase_stats, phrase_key
from paperkg.resolve.naming import choose_name, edition_names, edition_shape, paper_vote, sentence_cased
from paperkg.resolve.proposals import (
    WIDE_USE,
    coined_spelling,
    foreign_proposals,
    is_own_name_key,
    late_proposals,
    namesake_proposals,
    own_name_key,
    untitled_proposals,
)
from paperkg.resolve.senses import (
    DOMINANCE,
    ERA_YEARS,
    FIELD_TERM,
    assign_senses,
    attested_senses,
    crosses_dataset,
    fits_case,
    foreign_acronyms,
    initials,
    is_short,
    names_own_work,
    namesakes,
    own_acronyms,
    own_title_acronym,
    typed_senses,
    written_senses,
)
from paperkg.store.protocol import GraphStore

#: Papers whose mentions and texts are read at once.
PAGE = 2_000
#: Merge-and-rename rounds at most (the second catches twins that renaming made).
ROUNDS = 3
#: Refresh passes at most (each pass re-decides only what the one before changed).
PASSES = 6
#: An acronym alias of a field term that at most this many papers write for it is their own shorthand.
OWN_WRITERS = 1
#: A foreign acronym is moved off a field term only when at most 1/FOREIGN_SHARE of its papers write it.
FOREIGN_SHARE = 10


def _mentions_in_text(st: GraphStore, ids: Sequence[str]) -> Iterator[tuple[str, str, str, list[tuple[int, int]]]]:
    """(paper id, concept key, the paper's title and abstract, the mention's evidence spans), PAGE papers at a time."""
    for lo in range(0, len(ids), PAGE):
        page = list(ids[lo : lo + PAGE])
        texts = {pid: f"{t or ''}\n\n{a or ''}" for pid, t, a in st.run_read("paper_texts", {"ids": page})[1]}
        for pid, key, evidence in st.run_read("paper_mentions", {"ids": page})[1]:
            yield pid, key, texts.get(pid, ""), [(e["start"], e["end"]) for e in json.loads(evidence or "[]")]


def _votes(st: GraphStore, ids: Sequence[str], keys: set[str] | None) -> dict[str, list[tuple[str, bool]]]:
    votes: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for _, key, text, spans in _mentions_in_text(st, ids):
        if keys is not None and key not in keys:
            continue
        vote = paper_vote(text, spans)
        if vote:
            votes[key].append(vote)
    return votes


def refresh_names(st: GraphStore, keys: Iterable[str] | None = None) -> int:
    """Rename the given concepts (default: all) to the spelling most papers use; returns how many changed."""
    return len(_rename(st, keys))


def _series(rows: Mapping[str, dict], wanted: set[str]) -> set[str]:
    """The concepts that are editions of a series one of `wanted` belongs to (resolve.naming.edition_names
    decides a series' spelling over all its editions, so a partial refresh sees all of them)."""
    families: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, row in rows.items():
        for s in (row["name"], *(row.get("aliases") or [])):
            if shape := edition_shape(s or ""):
                families[(row["kind"], shape[0])].add(key)
    out = set()
    for members in families.values():
        if members & wanted:
            out |= members
    return out


def _distinct_acronyms(
    rows: Mapping[str, dict],
    chosen: Mapping[str, str],
    written: Mapping[str, list],
    same_era: Callable[[str, str], bool] | None = None,
) -> dict[str, str]:
    """A coined acronym names one concept of a kind only: two concepts that
    stay apart (other long forms, other senses: "REACT" the hate-speech corpus
    beside ReAct) would read as one. The concept most papers mention keeps the
    acronym; the others are named by their long forms, as before coined
    acronyms voted (resolve.naming)."""
    by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, name in chosen.items():
        if name:
            by_name[(rows[key]["kind"], fold(name))].append(key)
    for other, row in rows.items():
        named = (row["kind"], fold(row["name"] or ""))
        if other not in chosen and named in by_name:
            by_name[named].append(other)  # a concept outside this refresh already holds the name
    out = {}
    joins = _only_senses(rows, [keys for keys in by_name.values() if len(keys) > 1])
    joins = {bare: sense for bare, sense in joins.items() if same_era is None or same_era(bare, sense)}
    for keys in by_name.values():
        if len(keys) < 2:
            continue
        keep = max(keys, key=lambda k: (rows[k].get("paper_count") or 0, k not in chosen, k))
        for key in keys:
            if key == keep or key not in chosen or not is_acronym(chosen[key]) or joins.get(keep) == key:
                continue
            longs = [v for v in written.get(key, []) if not is_acronym(v[0])]
            out[key] = choose_name(longs, current=None) or next(
                (s for s in (rows[key].get("aliases") or []) if not is_acronym(s)), rows[key]["name"]
            )
    return out


def _only_senses(rows: Mapping[str, dict], groups: Iterable[list[str]]) -> dict[str, str]:
    """{bare acronym key: its only sense}, for the groups of concepts that want one acronym name.

    A concept named by the acronym alone (no long form) beside the one concept of the store that spells
    or holds it (resolve.longform; "BLEU" and "bilingual evaluation understudy", whose papers mostly write
    BLEU) is that concept on two nodes: the sense keeps the name, so merging rule 3 makes them one.
    An acronym with two senses anywhere in the store ("SFT": supervised or sparse fine-tuning) keeps
    its senses apart, as `_distinct_acronyms` does."""
    groups = [g for g in groups if any(not long_forms(_spellings(rows[k])) for k in g)]
    if not groups:
        return {}
    senses = long_form_senses(
        rows.values(), same_kind=False, acronyms={fold(rows[k]["name"]) for g in groups for k in g}
    )
    out = {}
    for keys in groups:
        bare = [k for k in keys if not long_forms(_spellings(rows[k]))]
        named = [k for k in keys if k not in bare]
        if len(bare) != 1 or len(named) != 1:
            continue
        found = {c["key"] for c in senses.get(("", fold(rows[bare[0]]["name"])), [])} | set(named)
        if found == set(named):
            out[bare[0]] = named[0]
    return out


def _same_era(st: GraphStore, bare: str, sense: str) -> bool:
    """Whether the median year of the bare acronym's papers lies within resolve.senses.ERA_YEARS of the
    sense's papers' years (a 1995 "CLIP" package is no sense of 2021 papers); no years: no objection."""
    papers: dict[str, set[str]] = defaultdict(set)
    for page in st.concept_mention_pairs([bare, sense]):
        for pid, key, _ in page:
            papers[key].add(pid)
    years = {r["id"]: _year(r.get("published")) for r in st.papers_by_id(sorted(papers[bare] | papers[sense]))}
    own = sorted(y for p in papers[bare] if (y := years.get(p)) is not None)
    span = sorted(y for p in papers[sense] if (y := years.get(p)) is not None)
    if not own or not span:
        return True
    return span[0] - ERA_YEARS <= own[len(own) // 2] <= span[-1] + ERA_YEARS


def _spellings(row: Mapping) -> list[str]:
    return [s for s in (row.get("name"), *(row.get("aliases") or [])) if s]


def _rename(st: GraphStore, keys: Iterable[str] | None = None) -> set[str]:
    rows = {c["key"]: c for c in st.concept_rows() if c["kind"] != TOPIC}
    wanted = set(rows) if keys is None else set(keys) & set(rows)
    if keys is not None:
        wanted |= _series(rows, wanted)
    if not wanted:
        return set()
    if keys is None:
        ids = st.paper_ids()
    else:
        ids = sorted({pid for page in st.concept_mention_pairs(sorted(wanted)) for pid, _, _ in page})
    votes = _votes(st, ids, None if keys is None else wanted)
    chosen, written = {}, {}
    lexicon = lexicon_entries()
    named: dict[str, list[Mapping]] = defaultdict(list)
    for r in rows.values():
        named[fold(r["name"] or "")].append(r)
    for key in sorted(wanted):
        row = rows[key]
        # only spellings the resolver gave this concept: an evidence span that covers part of a
        # name ("7B" of "LLaMA 7B") is not a way of writing it
        known = {fold(s) for s in (row["name"], *(row.get("aliases") or [])) if s}
        known |= _spelled_acronyms(row, votes.get(key, []), named)
        written[key] = [v for v in votes.get(key, []) if fold(v[0]) in known]
        canonical = {entry for s in known if (entry := lexicon.get((row["kind"], s)))}
        chosen[key] = choose_name(written[key], current=row["name"], canonical=canonical) or row["name"]
        if (lowered := sentence_cased(chosen[key])) and field_writes_lower(lowered):
            if not any(k for w, k in written[key] if fold(w) == fold(lowered)):  # no paper's own case
                chosen[key] = lowered
    chosen.update(edition_names(written, chosen))
    chosen.update(_distinct_acronyms(rows, chosen, written, lambda bare, sense: _same_era(st, bare, sense)))
    names, aliases = {}, {}
    for key, name in chosen.items():
        row = rows[key]
        if not name or name == row["name"]:
            continue
        spellings = [row["name"], *(row.get("aliases") or []), *(w for w, _ in written[key])]
        names[key] = name
        aliases[key] = [s for s in dict.fromkeys(spellings) if s and s != name]
    if names:
        st.set_concept_property("name", names)
        st.set_concept_property("aliases", aliases)
    return set(names)


def field_writes_lower(name: str) -> bool:
    """Whether the field's papers write `name` in lower case more often than capitalised (the shipped corpus
    statistics, which count mid-sentence forms): the case for a concept its own papers wrote only where
    capitals are forced, at a sentence start or in a title."""
    st = load_phrase_stats().get(phrase_key(name.split()))
    return st is not None and st.mostly_lower


def _spelled_acronyms(row: Mapping, votes: Iterable[tuple[str, bool]], named: Mapping[str, list[Mapping]]) -> set[str]:
    """Folded acronyms among a concept's votes that its long forms spell (resolve.longform.spells): a paper
    that writes "BLEU" for "bilingual evaluation understudy" writes the concept, even after `_dedupe`
    took that alias to a bare "BLEU" concept of its kind. An acronym that names a concept of another
    kind, or one with a long form of its own, stays off: "MUSE" the sarcasm model is no name for
    "Multimodal Stressed Emotion", whatever its papers write."""
    longs = long_forms(_spellings(row))
    out = set()
    for w, _ in votes:
        a = fold(w)
        owners = [r for r in named.get(a, []) if r["key"] != row["key"]]
        if any(r["kind"] != row["kind"] or long_forms(_spellings(r)) for r in owners):
            continue
        if is_acronym(w) and any(spells(w, s) for s in longs):
            out.add(a)
    return out


def dedupe_aliases(st: GraphStore) -> int:
    """Drop every alias that another concept, mentioned by more papers, also holds (or is named by); returns how many."""
    return len(_dedupe(st))


def _dedupe(st: GraphStore) -> set[str]:
    rows = [c for c in st.concept_rows() if c["kind"] != TOPIC]
    names, aliases = plan_dedupe(rows)
    if names:
        st.set_concept_property("name", names)
    if aliases:
        st.set_concept_property("aliases", aliases)
    return set(names) | set(aliases)


def plan_dedupe(rows: Iterable[Mapping]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """({key: new name}, {key: aliases kept}) so that no spelling names or aliases two concepts.

    A name wins over an alias, and among aliases the concept of most papers, except where a concept
    of WIDELY_USED papers or more, DOMINANCE times as many as the name's holder, holds the name as an
    alias and the holder has a long form to go by: one paper's "CoT" for "combining span outputs"
    then goes by that long form, and "CoT" finds chain-of-thought, the sense the field means.

    >>> cot = {"key": "Method:cot", "name": "CoT", "aliases": ["combining span outputs"], "paper_count": 1}
    >>> chain = {"key": "Method:chain", "name": "chain-of-thought", "aliases": ["CoT"], "paper_count": 40}
    >>> plan_dedupe([cot, chain])
    ({'Method:cot': 'combining span outputs'}, {'Method:cot': []})
    >>> apart = {"key": "Method:eda~EDA", "name": "EDA", "aliases": [], "paper_count": 1}
    >>> easy = {"key": "Method:easy", "name": "Easy Data Augmentation", "aliases": ["EDA"], "paper_count": 12}
    >>> plan_dedupe([apart, easy])  # a node kept apart for one paper takes no alias from the field's concept
    ({}, {})
    """
    rows = sorted(rows, key=lambda c: (-int(c.get("paper_count") or 0), c["key"]))
    by_key = {c["key"]: c for c in rows}
    # a name wins over any alias, except the name of a node kept apart for one paper's own usage (its key
    # says so): "EDA" kept apart for a paper must not take the alias from Easy Data Augmentation
    owner = {fold(c["name"]): c["key"] for c in reversed(rows) if not is_own_name_key(c["key"])}
    aliased = {fold(a) for c in rows for a in c.get("aliases") or []}
    for c in reversed(rows):
        if is_own_name_key(c["key"]) and fold(c["name"]) not in owner and fold(c["name"]) not in aliased:
            owner[fold(c["name"])] = c["key"]
    owner.update({a: k for a, k in spelled_owners(rows).items() if a not in owner})
    names: dict[str, str] = {}
    for c in rows:
        for a in c.get("aliases") or []:
            held = by_key[owner.setdefault(fold(a), c["key"])]
            if held is c or held["key"] in names or fold(held["name"]) != fold(a) or not _outweighs(c, held):
                continue
            if goes_by := [s for s in long_forms(_spellings(held)) if fold(s) != fold(a)]:
                names[held["key"]] = goes_by[0]
                owner[fold(a)] = c["key"]
    for key, name in names.items():
        owner[fold(name)] = key
    aliases = {}
    for c in rows:
        name = names.get(c["key"], c["name"])
        keep = [
            a
            for a in c.get("aliases") or []
            if a != name and (owner.get(fold(a)) == c["key"] or fold(a) == fold(name)) and not _odd_case(a, name)
        ]
        if c["key"] in names or keep != list(c.get("aliases") or []):
            aliases[c["key"]] = keep
    return names, aliases


def spelled_owners(rows: Sequence[Mapping]) -> dict[str, str]:
    """{folded acronym alias: the concept of most papers among those whose long form it abbreviates} for the
    acronyms that two concepts or more hold as aliases (`rows` most papers first): "semantic similarity (STS)"
    in one paper must not take "STS" from "semantic textual similarity", whose initials it is.

    >>> sim = {"key": "T:ss", "name": "semantic similarity", "aliases": ["STS"], "paper_count": 378}
    >>> sts = {"key": "T:sts", "name": "semantic textual similarity", "aliases": ["STS"], "paper_count": 150}
    >>> spelled_owners([sim, sts])
    {'sts': 'T:sts'}
    """
    holders: dict[str, list[Mapping]] = defaultdict(list)
    for c in rows:
        for a in c.get("aliases") or []:
            if is_acronym(a) and c not in holders[fold(a)]:
                holders[fold(a)].append(c)
    out = {}
    for a, cs in holders.items():
        spellers = [c for c in cs if any(a in initials(n) for n in long_forms(_spellings(c)))]
        if len(cs) > 1 and spellers and spellers[0] is not cs[0]:
            out[a] = spellers[0]["key"]
    return out


_ODD_CAPITAL = re.compile(r"\b[a-z]{2,}[A-Z]")  # a capital inside a lower-case word; "GloVe" is CamelCase


def _odd_case(alias: str, name: str) -> bool:
    """Whether `alias` is the name with capitals a title put inside its words to spell an acronym
    ("trAnsformeR", "atteNtion"): no way of writing the concept, and lookups ignore case anyway.

    >>> _odd_case("trAnsformeR", "transformer"), _odd_case("RelatiOn extractioN", "relation extraction")
    (True, True)
    >>> _odd_case("Transformer", "transformer"), _odd_case("GloVe", "Glove"), _odd_case("fastText", "FastText")
    (False, False, True)
    """
    return fold(alias) == fold(name) and bool(_ODD_CAPITAL.search(alias)) and not _ODD_CAPITAL.search(name)


def _outweighs(alias_holder: Mapping, name_holder: Mapping) -> bool:
    """Whether the name's holder should give up its name to a concept that holds it as an alias."""
    big, small = int(alias_holder.get("paper_count") or 0), int(name_holder.get("paper_count") or 0)
    return is_acronym(name_holder["name"]) and big >= WIDELY_USED and big >= DOMINANCE * max(small, 1)


def month_of(published: str | None) -> float | None:
    """The publication date as a year with its month as a fraction (no month: the year's start), or None.

    >>> month_of("2018-10-01"), month_of("2018"), month_of(None)
    (2018.75, 2018.0, None)
    """
    year = _year(published)
    if year is None:
        return None
    m = re.match(r"\d{4}-(\d{2})", published or "")
    return year + ((int(m.group(1)) - 1) / 12 if m and 1 <= int(m.group(1)) <= 12 else 0.0)


def _year(published: str | None) -> int | None:
    head = (published or "")[:4]
    return int(head) if head.isdigit() else None


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


def sense_candidates(
    rows: Sequence[dict], known: Mapping[str, Iterable[str]] | None = None
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """({sense-less acronym key: its senses}, {same key: the senses that hold the acronym itself}).

    Senses are the long-form concepts (any kind) that hold the acronym, or
    whose long form has it in `known` ({folded long form: folded acronyms},
    the lexicons' general knowledge: ViT for "vision transformer"), or spell it. Any kind: the extractor types one acronym differently across
    papers, and co-occurrence and era (resolve.senses) decide better than the
    type. "Spell it" (word initials, resolve.senses.initials) finds a sense
    again after dedupe_aliases left its acronym to another concept, so an
    incremental build sees the senses a full one saw.
    """
    holders: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # acronym -> key -> as written
    spellers: dict[str, set[str]] = defaultdict(set)
    longs_of: dict[str, list[str]] = {}
    bare = []
    for c in rows:
        if c["kind"] == TOPIC:
            continue
        spellings = [n for n in (c["name"], *(c.get("aliases") or [])) if n]
        expanded = long_forms(spellings)
        if spellings and not expanded:  # only acronyms, in any case ("CLIP", "Clip")
            if not is_own_name_key(c["key"]):  # a paper's own coined name ("CoDEx") is no undefined acronym
                bare.append(c)
            continue
        longs_of[c["key"]] = expanded
        for n in spellings:
            if n not in expanded:
                holders[fold(n)][c["key"]].add(n)
            elif not _coined_spelling(n):
                for a in initials(n):
                    spellers[a].add(c["key"])
                for a in (known or {}).get(fold(n), ()):
                    holders[a].setdefault(c["key"], set())
    senses, defines = {}, {}
    spellings_of = {c["key"]: [n for n in (c["name"], *(c.get("aliases") or [])) if n] for c in rows}
    for c in bare:
        a, name = fold(c["name"]), c["name"]
        held = set(holders.get(a, {}))  # papers wrote the acronym for it: a case twin ("MBart", "mBART") is one
        held = {k for k in held if not is_variant(a, spellings_of.get(k, []))}
        spelled = {k for k in spellers.get(a, ()) if _case_fits(name, set(), longs_of[k])}
        if held or spelled:
            senses[c["key"]] = sorted(held | spelled)
            defines[c["key"]] = sorted(held)
    return senses, defines


def is_variant(acronym: str, spellings: Sequence[str]) -> bool:
    """Whether a concept (its `spellings`) is a variant of the thing `acronym` (folded) names, not a sense of it:
    one spelling puts a modifier before the acronym ("BiLSTM", "bidirectional LSTM", "Lattice LSTM") and no long
    form spells it by initials. A paper's "bidirectional LSTM (LSTM)" makes the variant hold the base's
    acronym; the papers writing a bare "LSTM" mean the base. A head word after it ("LSTM networks") is no variant.

    >>> is_variant("lstm", ["BiLSTM", "LSTM", "bidirectional long short-term memory"])
    True
    >>> is_variant("lstm", ["long short-term memory", "LSTM", "Bi-LSTM"]), is_variant("lstm", ["LSTM networks"])
    (False, False)
    """
    folded = [fold(s) for s in spellings]
    if not any(f.endswith(acronym) and f != acronym for f in folded):
        return False
    return not any(acronym in initials(n) for n in long_forms(list(spellings)))


def _coined_spelling(spelling: str) -> bool:
    """Whether a spelling is a coined name, not a phrase of words: one of its words or hyphen parts has a
    capital inside a small-letter word ("ScoNe-NLI", "BERTScore"), or every part is an acronym ("MS MARCO"),
    so its initials spell nothing ("ScoNe-NLI" is no sense of SNLI, "MS MARCO" none of mMARCO). Acronym parts
    among words ("COVID-Twitter-BERT") and plain words ("Mixture-of-Experts") spell.

    >>> _coined_spelling("ScoNe-NLI"), _coined_spelling("MS MARCO")
    (True, True)
    >>> _coined_spelling("Mixture-of-Experts"), _coined_spelling("COVID-Twitter-BERT")
    (False, False)
    """
    parts = [p for p in re.split(r"[\s/-]+", spelling) if p]
    if parts and all(p.isupper() and len(p) >= 2 for p in parts):
        return True
    return any(not p.isupper() and any(ch.isupper() for ch in p[1:]) for p in parts)


def _case_fits(acronym: str, written: set[str], longs: Iterable[str]) -> bool:
    """Whether a sense's papers write the acronym as the bare concept's papers do, or its case fits one of the
    sense's long forms (resolve.senses.fits_case): "PaLM" is not spelled by "Program-Aided Language Models",
    nor is "ReAct" the "REACT" of "REsponsive hate speech datasets Across ConTexts"."""
    return acronym in written or any(fits_case(acronym, n) for n in longs)


def assign_acronym_senses(st: GraphStore, keys: Iterable[str] | None = None) -> dict[tuple[str, str], str]:
    """Move undefined acronym mentions to the sense their paper means (resolve.senses); returns the moves.

    With `keys`, only the acronyms whose sense-less concept or one of whose senses is among them are re-decided.
    """
    rows = st.concept_rows()
    senses, defines = sense_candidates(rows, lexicon_acronyms())
    if keys is not None:
        wanted = set(keys)
        senses = {b: s for b, s in senses.items() if b in wanted or wanted & set(s)}
    if not senses:
        return {}
    involved = sorted(set(senses) | {s for ss in senses.values() for s in ss})
    papers_of: dict[str, set[str]] = defaultdict(set)
    for page in st.concept_mention_pairs(involved):
        for pid, key, _ in page:
            papers_of[key].add(pid)
    names = {c["key"]: c["name"] for c in rows}
    senses = typed_senses(senses, papers_of, _acronym_writers(st, senses, papers_of, names))
    defines = _written_senses(st, senses, defines, papers_of, names)
    defines = _attested(st, defines, papers_of, rows)
    ids = sorted({p for ps in papers_of.values() for p in ps})
    concepts_of: dict[str, set[str]] = defaultdict(set)
    for page in st.mention_pairs(ids):
        for pid, key, _ in page:
            concepts_of[pid].add(key)
    found = st.papers_by_id(ids)
    years = {r["id"]: _year(r.get("published")) for r in found}
    titles = {r["id"]: r.get("title") or "" for r in found}
    df = {c["key"]: int(c.get("paper_count") or 0) for c in rows}
    names = {c["key"]: c["name"] for c in rows}
    bare = {
        b: {p for p in papers_of.get(b, set()) if not _titled_by(names.get(b) or "", titles.get(p, ""))} for b in senses
    }
    texts = _texts(st, sorted({p for ps in bare.values() for p in ps}))
    bare = {b: {p for p in ps if not names_own_work(names.get(b) or "", texts.get(p, ""))} for b, ps in bare.items()}
    longs = {c["key"]: long_forms([c["name"], *(c.get("aliases") or [])]) for c in rows}
    written = {}
    for b, ps in bare.items():
        spellings = {s: longs.get(s, []) for s in senses[b]}
        for p in ps:
            written[(p, b)] = written_senses(names.get(b) or "", texts.get(p, ""), spellings, b)
    short = {b for b in bare if is_short(names.get(b) or "")}
    listed = _listed(defines, rows)
    moves = assign_senses(
        bare, senses, papers_of, concepts_of, years, df, st.paper_count(), defines, written, short, listed
    )
    moves = _kept_apart(st, moves, names, {c["key"] for c in rows})
    if moves:
        st.move_mentions(moves)
    return moves


def _kept_apart(
    st: GraphStore, moves: Mapping[tuple[str, str], str], names: Mapping[str, str], existing: set[str]
) -> dict[tuple[str, str], str]:
    """`moves` with each paper kept apart (moved to its own bare key) sent to the acronym's own-name concept
    (`own_name_key`, made when missing) instead: left on the bare concept, it would join the sense by the
    merge of a bare acronym with the concept that holds it (resolve.merging rule 3)."""
    out, new = {}, {}
    for (pid, bare), dst in moves.items():
        if dst != bare:
            out[(pid, bare)] = dst
            continue
        kind, name = kind_of_key(bare), names.get(bare) or bare.split(":", 1)[-1]
        out[(pid, bare)] = target = own_name_key(kind, name)
        if target not in existing:
            new[target] = {"key": target, "name": name, "kind": kind, "aliases": []}
    if new:
        st.write_rows("upsert_concepts", sorted(new.values(), key=lambda r: r["key"]))
    return out


def _acronym_writers(
    st: GraphStore, senses: Mapping[str, list[str]], papers_of: Mapping[str, set[str]], names: Mapping[str, str]
) -> dict[tuple[str, str], int]:
    """{(bare acronym key, sense across the dataset line): papers of the sense that write the acronym}."""
    pairs = [(b, s) for b, ss in senses.items() for s in ss if crosses_dataset(b, s)]
    ids = sorted({p for _, s in pairs for p in papers_of.get(s, ())})
    wanted = {s for _, s in pairs}
    written: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # sense -> folded -> papers
    for pid, key, text, spans in _mentions_in_text(st, ids):
        if key in wanted:
            for a, b in spans:
                written[key][fold(text[a:b])].add(pid)
    return {(b, s): len(written[s].get(fold(names.get(b) or ""), set())) for b, s in pairs}


def _texts(st: GraphStore, ids: Sequence[str]) -> dict[str, str]:
    """{paper id: title and abstract} of the papers `ids`."""
    texts: dict[str, str] = {}
    for lo in range(0, len(ids), PAGE):
        rows = st.run_read("paper_texts", {"ids": ids[lo : lo + PAGE]})[1]
        texts.update({pid: f"{t or ''}\n\n{a or ''}" for pid, t, a in rows})
    return texts


def _attested(
    st: GraphStore, defines: Mapping[str, list[str]], papers_of: Mapping[str, set[str]], rows: Sequence[Mapping]
) -> dict[str, list[str]]:
    """`defines` without the senses of short acronyms that their papers rarely write beside the sense's other
    spellings, and no lexicon pairs with them (resolve.senses.attested_senses).

    A writer writes the acronym beside another spelling of the sense ("multi-step reasoning (MSR)"): a paper an
    earlier pass moved there for its bare acronym is no evidence of the field's usage.
    """
    names = {c["key"]: c["name"] for c in rows}
    pairs = [(b, s) for b, ss in defines.items() if is_short(names.get(b) or "") for s in ss]
    listed = _listed(defines, rows)
    wanted = {s for b, s in pairs if (b, s) not in listed}
    ids = sorted({p for s in wanted for p in papers_of.get(s, ())})
    written: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # sense -> folded -> papers
    bare_on: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # folded -> sense -> papers
    for pid, key, text, spans in _mentions_in_text(st, ids):
        forms = {fold(text[a:b]) for a, b in spans}
        if key in wanted and len(forms) > 1:
            for form in forms:
                written[key][form].add(pid)
        elif key in wanted and len(forms) == 1:  # a bare acronym an earlier pass moved there
            bare_on[forms.pop()][key].add(pid)
    counts = {(b, s): len(written[s].get(fold(names.get(b) or ""), set())) for b, s in pairs}
    # every paper writing the acronym bare, wherever it is now: the same count in every pass
    bare_of: dict[str, set[str]] = defaultdict(set)
    for b in defines:
        bare_of[fold(names.get(b) or "")] |= set(papers_of.get(b, ()))
    for a, by_sense in bare_on.items():
        for ps in by_sense.values():
            bare_of[a] |= ps
    bare_counts = {b: len(bare_of[fold(names.get(b) or "")]) for b in defines}
    return attested_senses(defines, counts, names, bare_counts, listed)


def _listed(defines: Mapping[str, Iterable[str]], rows: Sequence[Mapping]) -> set[tuple[str, str]]:
    """The (bare acronym key, sense) pairs of `defines` that the field's lexicons list: one of the sense's
    spellings has the acronym in `lexicon_acronyms` (ASR for "automatic speech recognition")."""
    names = {c["key"]: c["name"] for c in rows}
    spellings = {c["key"]: [c["name"], *(c.get("aliases") or [])] for c in rows}
    known = lexicon_acronyms()
    return {
        (b, s)
        for b, ss in defines.items()
        for s in ss
        if any(fold(names.get(b) or "") in known.get(fold(n), ()) for n in spellings.get(s, []))
    }


def _written_senses(
    st: GraphStore,
    senses: Mapping[str, list[str]],
    defines: Mapping[str, list[str]],
    papers_of: Mapping[str, set[str]],
    names: Mapping[str, str],
) -> dict[str, list[str]]:
    """`defines` with the senses whose own papers write the acronym for them ("Analogy-Based Locating and
    Editing (ABLE)"): they hold it as much as an alias does, though `_dedupe` gave the alias to the bare
    acronym concept (a name wins over an alias), which would otherwise keep them from holding it forever."""
    spelled = {s for b, ss in senses.items() for s in ss if s not in defines.get(b, ())}
    ids = sorted({p for s in spelled for p in papers_of.get(s, ())})
    written: dict[str, set[str]] = defaultdict(set)
    for _, key, text, spans in _mentions_in_text(st, ids):
        if key in spelled:
            written[key] |= {fold(text[a:b]) for a, b in spans}
    return held_or_written(senses, defines, written, names)


def held_or_written(
    senses: Mapping[str, Iterable[str]],
    defines: Mapping[str, Iterable[str]],
    written: Mapping[str, set[str]],
    names: Mapping[str, str],
) -> dict[str, list[str]]:
    """{bare acronym key: the senses that hold it (`defines`) or whose papers write it (`written`: folded
    spellings of each sense's mentions)}.

    >>> held_or_written({"M:qw": ["M:quartic", "M:quiet"]}, {"M:qw": []},
    ...                 {"M:quartic": {"quarticwidget", "qw"}, "M:quiet": {"quietwalk"}}, {"M:qw": "QW"})
    {'M:qw': ['M:quartic']}
    """
    return {
        b: sorted({*defines.get(b, ()), *(s for s in ss if fold(names.get(b) or "") in written.get(s, set()))})
        for b, ss in senses.items()
    }


def _titled_by(acronym: str, title: str) -> bool:
    """Whether a title names the paper's own work by the acronym ("PAL: Persona-Augmented Emotional Support
    ..."): the paper means its own work, never another paper's sense of the acronym.

    >>> _titled_by("PAL", "PAL: Persona-Augmented Emotional Support"), _titled_by("PAL", "Prompting PAL for math")
    (True, False)
    """
    return bool(re.match(r"\s*" + re.escape(acronym) + r"s?\s*[:–—]", title, re.IGNORECASE))


def retype_moved(st: GraphStore, moves: dict[tuple[str, str], str]) -> dict[str, str]:
    """Give a concept that sense moves filled the kind most of its papers typed it with (resolve.kinds).

    The concept is re-keyed under that kind (`Task:x` -> `Dataset:x`, merged into it when it
    exists), so a key always says its kind; returns {old key: new key}.
    """
    moved_in: dict[str, Counter] = defaultdict(Counter)
    for (_, src), dst in moves.items():
        moved_in[dst][kind_of_key(src)] += 1
    if not any(set(votes) - {kind_of_key(dst)} for dst, votes in moved_in.items()):
        return {}
    moved_papers: dict[str, set[str]] = defaultdict(set)
    for (pid, _), dst in moves.items():
        moved_papers[dst].add(pid)
    papers: dict[str, set[str]] = defaultdict(set)
    for page in st.concept_mention_pairs(sorted(moved_in)):
        for pid, key, _ in page:
            papers[key].add(pid)
    rows = {c["key"]: c for c in st.concept_rows()}
    own = {k: (rows[k]["kind"], len(papers[k] - moved_papers[k])) for k in moved_in if k in rows}
    return _retype(st, rows, plan_kinds(own, moved_in))


def retype_settings(st: GraphStore) -> dict[str, str]:
    """Give a setting-prefixed problem or technique ("zero-shot cross-lingual transfer") the kind of
    the concept it modifies, or of its siblings (resolve.kinds.plan_setting_kinds); returns
    {old key: new key}."""
    rows = {c["key"]: c for c in st.concept_rows()}
    return _retype(st, rows, plan_setting_kinds(rows.values()))


def _retype(st: GraphStore, rows: Mapping[str, Mapping], kinds: Mapping[str, str]) -> dict[str, str]:
    """Re-key each concept of `kinds` under its new kind, merged into the concept of that key when it exists."""
    mapping = {k: rekey(k, kind) for k, kind in kinds.items()}
    new = [
        {"key": b, "name": rows[a]["name"], "kind": kind_of_key(b), "aliases": list(rows[a].get("aliases") or [])}
        for a, b in sorted(mapping.items())
        if b not in rows
    ]
    if new:
        st.write_rows("upsert_concepts", new)
    if mapping:
        st.merge_concepts(mapping)
    return mapping


def split_foreign_acronyms(st: GraphStore, keys: Iterable[str] | None = None) -> dict[tuple[str, str], str]:
    """Move each paper whose title names its own work by a field term's foreign acronym
    (resolve.senses.foreign_acronyms, own_title_acronym: "DAGA" of "data augmentation") to the
    acronym's own concept, made when missing; returns the moves.

    The paper named its own method with the field's term as its long form ("DAGA: Data Augmentation
    with a Generation Approach"): the acronym is that method, not a spelling of the term. The alias
    moves with it.
    """
    rows = {c["key"]: c for c in st.concept_rows()}
    foreign = foreign_acronyms(rows.values(), lexicon_acronyms())
    if keys is not None:
        foreign = {k: v for k, v in foreign.items() if k in set(keys)}
    if not foreign:
        return {}
    pairs = [(pid, key) for page in st.concept_mention_pairs(sorted(foreign)) for pid, key, _ in page]
    ids = sorted({pid for pid, _ in pairs})
    writers: dict[tuple[str, str], list[str]] = defaultdict(list)  # (key, folded acronym) -> papers
    for pid, key, text, spans in _mentions_in_text(st, ids):
        if key not in foreign:
            continue
        title = text.split("\n\n", 1)[0]
        written = {fold(text[start:end]) for start, end in spans}
        term = [rows[key]["name"], *(rows[key].get("aliases") or [])]
        for a in foreign[key]:
            if fold(a) in written and own_title_acronym(a, term, title):
                writers[(key, fold(a))].append(pid)
    moves, new, gone = {}, {}, defaultdict(set)
    for (key, acronym), papers in sorted(writers.items()):
        if FOREIGN_SHARE * len(papers) > int(rows[key].get("paper_count") or 0):
            continue  # many papers write it: a spelling of the term after all
        gone[key].add(acronym)
        kind = rows[key]["kind"]
        target = concept_key(kind, acronym)
        if target not in rows:
            spelled = next(a for a in foreign[key] if fold(a) == acronym)
            new[target] = {"key": target, "name": spelled, "kind": kind, "aliases": []}
        for pid in papers:
            moves[(pid, key)] = target
    if new:
        st.write_rows("upsert_concepts", sorted(new.values(), key=lambda r: r["key"]))
    if moves:
        st.move_mentions(moves)
        # a moved edge brings the term's spellings to the acronym's concept: each keeps only its own
        after = {c["key"]: c for c in st.concept_rows()}
        aliases = {
            key: [a for a in after[key].get("aliases") or [] if fold(a) not in acronyms]
            for key, acronyms in gone.items()
            if key in after
        }
        for target in set(new) & set(after):
            row = after[target]
            aliases[target] = [a for a in row.get("aliases") or [] if fold(a) == fold(row["name"])]
        st.set_concept_property("aliases", aliases)
    return moves


def _proposals(st: GraphStore, keys: set[str] | None) -> list[tuple[str, str]]:
    """(paper id, concept key) of every PROPOSES edge, or of those to the given concepts."""
    if keys is None:
        return [(p, k) for p, k in st.run_read("proposes")[1]]
    return [(p, k) for p, k in st.run_read("concept_proposers", {"keys": sorted(keys)})[1]]


def split_own_names(st: GraphStore, keys: Iterable[str] | None = None) -> dict[tuple[str, str], str]:
    """Move each proposer that writes a field term's name with capitals of its own ("TranSFormer" of
    "transformer", "CoDEx" of "Codex": resolve.proposals.coined_spelling) to a concept of its own
    (`own_name_key`), made when missing; returns the moves.

    The resolver folds case, so the paper's coined name met the famous concept and merged into it, and
    the paper read as the famous concept's proposer. The paper's edge (PROPOSES with it) and the coined
    spelling move to the paper's own concept.
    """
    rows = {c["key"]: c for c in st.concept_rows()}
    terms = {k for k, c in rows.items() if int(c.get("paper_count") or 0) >= FIELD_TERM and not is_own_name_key(k)}
    if keys is not None:
        terms &= set(keys)
    proposals = [(p, k) for p, k in _proposals(st, terms) if k in terms]
    if not proposals:
        return {}
    texts = {
        pid: f"{t or ''}\n\n{a or ''}"
        for pid, t, a in st.run_read("paper_texts", {"ids": sorted({p for p, _ in proposals})})[1]
    }
    moves, new, gone = {}, {}, defaultdict(set)
    for r in st.mention_evidence(proposals):
        pid, key = r["paper_id"], r["concept_key"]
        text = texts.get(pid, "")
        written = sorted({text[e["start"] : e["end"]] for e in json.loads(r.get("evidence") or "[]")})
        spelling = coined_spelling(written, rows[key]["name"], text.split("\n\n", 1)[0])
        if spelling is None:
            continue
        target = own_name_key(rows[key]["kind"], spelling)
        if target not in rows:
            new[target] = {"key": target, "name": spelling, "kind": rows[key]["kind"], "aliases": []}
        moves[(pid, key)] = target
        gone[key].add(spelling)
    if new:
        st.write_rows("upsert_concepts", sorted(new.values(), key=lambda r: r["key"]))
    if moves:
        st.move_mentions(moves)
        after = {c["key"]: c for c in st.concept_rows()}
        aliases = {k: [a for a in after[k].get("aliases") or [] if a not in gone[k]] for k in gone if k in after}
        for target in {*moves.values()} & set(after):
            row = after[target]
            aliases[target] = [a for a in row.get("aliases") or [] if fold(a) != fold(row["name"]) or a == row["name"]]
        st.set_concept_property("aliases", aliases)
    return moves


#: A title that names the paper's own work: "GEMINI: Controlling ...", "Frames: a corpus for ...".
_TITLE_NAME = re.compile(r"\s*(?P<name>[^\s:–—]{2,40}?)\s*[:–—]")


def namesake_moves(st: GraphStore, keys: Iterable[str] | None = None) -> dict[tuple[str, str], str]:
    """{(paper id, key): coined spelling} of each paper whose title coins the name of a concept it mentions but whose other concepts are not
    those of the concept's other papers (resolve.senses.namesakes: "GEMINI: Controlling the Sentence-Level
    Summary Style" beside the Gemini models, "Frames" of 2017 beside "FRAMES" of 2025) to a concept of its
    own (`own_name_key`).

    A concept's family is its name up to case and punctuation (merging.case_twins): a coined "MARS" is
    judged against the "Mars" papers it would merge with too, so the twin merge needs no guard of its own.
    """
    rows = {c["key"]: c for c in st.concept_rows() if c["kind"] != TOPIC and not is_own_name_key(c["key"])}
    family_of = {k: (c["kind"], case_fold(c["name"] or ""), letters_of(c["name"] or "")) for k, c in rows.items()}
    by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k, (_, folded, letters) in family_of.items():
        by_name[(folded, letters)].append(k)
    titled: dict[str, str] = {}
    for r in st.paper_titles():
        m = _TITLE_NAME.match(r.get("title") or "")
        if m and (case_fold(m.group("name")), letters_of(m.group("name"))) in by_name:
            titled[r["id"]] = m.group("name")
    wanted = {k for name in titled.values() for k in by_name[(case_fold(name), letters_of(name))]}
    if keys is not None:
        touched = {family_of[k] for k in keys if k in family_of}
        wanted = {k for k in wanted if family_of[k] in touched}
    families = {family_of[k] for k in wanted}
    involved = sorted(k for k, f in family_of.items() if f in families)
    papers_of: dict[str, set[str]] = defaultdict(set)
    for page in st.concept_mention_pairs(involved):
        for pid, key, _ in page:
            papers_of[key].add(pid)
    coiners = {
        (p, k): titled[p]
        for k in sorted(wanted)
        for p in papers_of[k]
        if p in titled and family_of[k][1:] == (case_fold(titled[p]), letters_of(titled[p]))
    }
    if not coiners:
        return {}
    ids = sorted({p for ps in papers_of.values() for p in ps})
    concepts_of: dict[str, set[str]] = defaultdict(set)
    for page in st.mention_pairs(ids):
        for pid, key, _ in page:
            if kind_of_key(key) != TOPIC:
                concepts_of[pid].add(key)
    years = {r["id"]: _year(r.get("published")) for r in st.papers_by_id(ids)}
    return namesakes(coiners, {k: str(family_of[k]) for k in involved}, papers_of, concepts_of, years)


def split_namesakes(st: GraphStore, keys: Iterable[str] | None = None) -> dict[tuple[str, str], str]:
    """Move the namesake coiners (`namesake_moves`) to concepts of their own, made when missing; returns the moves."""
    rows = {c["key"]: c for c in st.concept_rows()}
    moves, new = {}, {}
    for (pid, key), spelling in sorted(namesake_moves(st, keys).items()):
        moves[(pid, key)] = target = own_name_key(rows[key]["kind"], spelling)
        if target not in rows:
            new[target] = {"key": target, "name": spelling, "kind": rows[key]["kind"], "aliases": []}
    if not moves:
        return moves
    sources = {key for _, key in moves}
    ids = sorted({p for page in st.concept_mention_pairs(sorted(sources)) for p, _, _ in page})
    written: dict[tuple[str, str], set[str]] = defaultdict(set)  # (key, paper) -> spellings as written
    for pid, key, text, spans in _mentions_in_text(st, ids):
        if key in sources:
            written[(key, pid)] |= {text[a:b] for a, b in spans}
    if new:
        st.write_rows("upsert_concepts", sorted(new.values(), key=lambda r: r["key"]))
    st.move_mentions(moves)
    after = {c["key"]: c for c in st.concept_rows()}
    aliases, names = {}, {}
    for key in sources & set(after):  # the coiner's spellings leave with it ("Okapi" beside "OKAPI")
        gone = {f for (k, p), fs in written.items() if k == key and (p, key) in moves for f in fs}
        kept = {f for (k, p), fs in written.items() if k == key and (p, key) not in moves for f in fs}
        row = after[key]
        spellings = [row["name"], *(row.get("aliases") or [])]
        rest = [a for a in spellings if a not in gone - kept]
        if rest and rest != spellings:
            names[key], aliases[key] = rest[0], rest[1:]
    for target in set(moves.values()) & set(after):
        row = after[target]  # the moved edge brings the family's spellings: the coiner keeps its own only
        aliases[target] = [
            a for a in row.get("aliases") or [] if a != row["name"] and letters_of(a) != letters_of(row["name"])
        ]
    st.set_concept_property("aliases", aliases)
    if names:
        st.set_concept_property("name", names)
    return moves


def drop_late_proposals(st: GraphStore, keys: Iterable[str] | None = None) -> dict[tuple[str, str], int]:
    """Delete each PROPOSES edge to a concept that papers of earlier months already use
    (resolve.proposals.late_proposals), or that only papers years later use (namesake_proposals), or
    whose widely used concept's papers share none of the proposer's other concepts (foreign_proposals)
    or whose proposer's title does not present it (untitled_proposals);
    returns {(paper id, concept key): earlier papers, the first later year, or the proposer's other
    concepts}. Without dates only the last applies."""
    proposals = _proposals(st, None if keys is None else set(keys))
    if not proposals:
        return {}
    concepts = sorted({k for _, k in proposals})
    papers_of: dict[str, set[str]] = defaultdict(set)
    for page in st.concept_mention_pairs(concepts):
        for pid, key, _ in page:
            papers_of[key].add(pid)
    ids = sorted({p for ps in papers_of.values() for p in ps} | {p for p, _ in proposals})
    papers = st.papers_by_id(ids)
    years = {r["id"]: _year(r.get("published")) for r in papers}
    # earlier by month: a concept 45 papers used by July is not proposed in October of the same year
    months = {r["id"]: month_of(r.get("published")) for r in papers}
    late = late_proposals(proposals, papers_of, months) | namesake_proposals(proposals, papers_of, years)
    wide = [(p, k) for p, k in proposals if len(papers_of[k]) >= WIDE_USE and (p, k) not in late]
    late |= _untitled(st, wide, {r["id"]: r.get("title") or "" for r in papers})
    wide = [pk for pk in wide if pk not in late]
    if wide:
        users = sorted({q for _, k in wide for q in papers_of[k]})
        concepts_of: dict[str, set[str]] = defaultdict(set)
        for page in st.mention_pairs(users):
            for pid, key, _ in page:
                if kind_of_key(key) != TOPIC:  # every paper has its field topics: they tell no namesake apart
                    concepts_of[pid].add(key)
        late |= foreign_proposals(wide, papers_of, concepts_of)
    if late:
        rows = [{"paper_id": p, "concept_key": k} for p, k in sorted(late)]
        st.write_rows("delete_proposes", rows)
    return late


def _untitled(st: GraphStore, wide: list[tuple[str, str]], titles: Mapping[str, str]) -> dict[tuple[str, str], int]:
    """The PROPOSES edges to widely used concepts whose proposer's title does not present them (untitled_proposals)."""
    if not wide:
        return {}
    keys = {k for _, k in wide}
    spellings = {c["key"]: _spellings(c) for c in st.concept_rows() if c["key"] in keys}
    return untitled_proposals(wide, titles, spellings)


def drop_own_acronyms(st: GraphStore, keys: Iterable[str] | None = None) -> set[str]:
    """Drop from a field term the acronym aliases only one paper writes for it (resolve.senses.own_acronyms:
    "DistilBERT (DB)", "summarization (SUM)"); returns the concepts changed.

    The paper keeps its mention of the term; the shorthand stays in its text and evidence, but no other
    paper's "DB" or "SUM" resolves to the field's concept through it, nor is it read as the concept's name.
    """
    rows = {c["key"]: c for c in st.concept_rows() if c["kind"] != TOPIC}
    own = own_acronyms(rows.values(), lexicon_acronyms())
    if keys is not None:
        own = {k: v for k, v in own.items() if k in set(keys)}
    if not own:
        return set()
    ids = sorted({pid for page in st.concept_mention_pairs(sorted(own)) for pid, _, _ in page})
    writers: Counter = Counter()
    for _pid, key, text, spans in _mentions_in_text(st, ids):
        if key in own:
            written = {fold(text[a:b]) for a, b in spans}
            writers.update((key, fold(a)) for a in own[key] if fold(a) in written)
    aliases = {}
    for key, acronyms in sorted(own.items()):
        drop = {fold(a) for a in acronyms if writers[(key, fold(a))] <= OWN_WRITERS}
        if drop:
            aliases[key] = [a for a in rows[key].get("aliases") or [] if fold(a) not in drop]
    if aliases:
        st.set_concept_property("aliases", aliases)
    return set(aliases)


def refresh_concepts(st: GraphStore, keys: Iterable[str] | None = None) -> dict[str, int]:
    """Assign senses, settle kinds, merge, rename and dedupe aliases after a build or remove touching `keys`
    (default: all), until nothing changes: each step can give another work (a merged concept holds an
    acronym, a renamed one meets a twin), so a second refresh finds nothing to do. After the first pass
    only what the pass before changed is re-decided; a full refresh ends with a full pass that changes nothing."""
    total: Counter = Counter()
    full = keys is None
    for _ in range(PASSES):
        counts, touched = _refresh_round(st, keys)
        total.update(counts)
        if touched:
            keys = touched
        elif full and keys is not None:
            keys = None  # one more full pass: a merge also changes the neighbours other acronyms are judged by
        else:
            break
    names = ("senses", "split", "own_names", "retyped", "merged", "renamed", "aliases_dropped", "proposals_dropped")
    return {k: total[k] for k in names}


def _refresh_round(st: GraphStore, keys: Iterable[str] | None) -> tuple[dict[str, int], set[str]]:
    """One pass of every step; returns its counts and the keys it changed (the next pass's `keys`)."""
    keys = None if keys is None else set(keys)
    moved = assign_acronym_senses(st, keys)
    split = split_foreign_acronyms(st, keys)
    own = split_own_names(st, keys)
    own.update(split_namesakes(st, keys))
    split.update(own)
    moved_to = {*moved.values(), *split.values()}
    retyped = retype_moved(st, moved)
    mapping = plan_merges(st.concept_rows(), entry_of=lexicon_entries())
    if mapping:
        st.merge_concepts(mapping)
    retyped.update(retype_settings(st))  # after the merges: a setting follows the kind the corpus settled
    if keys is not None:
        keys = (keys | moved_to | set(retyped.values())) - set(retyped)
    touched = None if keys is None else (set(keys) - set(mapping)) | set(mapping.values())
    renamed = _rename(st, touched)
    merged = len(mapping)
    for _ in range(ROUNDS - 1):  # a new name can make a new twin ("XLM-RoBERTa" twice)
        more = plan_merges(st.concept_rows(), entry_of=lexicon_entries())
        if not more:
            break
        st.merge_concepts(more)
        renamed |= _rename(st, set(more.values()))
        mapping.update(more)
        merged += len(more)
    deduped = _dedupe(st) | drop_own_acronyms(st, None if touched is None else touched | set(mapping.values()))
    late = drop_late_proposals(st, None if touched is None else touched | set(mapping.values()))
    changed = (
        {k for pk in (*moved, *split) for k in pk[1:]}
        | moved_to
        | set(retyped.values())
        | set(mapping.values())
        | renamed
        | deduped
    )
    alive = {c["key"] for c in st.concept_rows()}
    counts = {
        "senses": len(moved),
        "split": len(split) - len(own),
        "own_names": len(own),
        "retyped": len(retyped),
        "merged": merged,
        "renamed": len(renamed),
        "aliases_dropped": len(deduped),
        "proposals_dropped": len(late),
    }
    return counts, changed & alive


__all__ = [
    "assign_acronym_senses",
    "dedupe_aliases",
    "drop_late_proposals",
    "drop_own_acronyms",
    "refresh_concepts",
    "refresh_names",
    "retype_moved",
    "retype_settings",
    "sense_candidates",
    "split_foreign_acronyms",
    "split_namesakes",
    "split_own_names",
]
