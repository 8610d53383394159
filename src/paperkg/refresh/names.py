"""Display names chosen by the corpus and one owner per alias (issue 15 item 1)."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable, Iterable, Mapping, Sequence

from paperkg.extract.line_breaks import line_breaks
from paperkg.extract.phrase_stats import load_phrase_stats, phrase_key
from paperkg.model import TOPIC
from paperkg.names import fold
from paperkg.refresh.reading import (
    concept_papers,
    lexicon_entries,
    lexicon_long_forms,
    mentions_in_text,
    row_spellings,
    texts_of,
    year_of,
)
from paperkg.resolve.debris import names_its_event
from paperkg.resolve.kinds import odd_expansion
from paperkg.resolve.longform import long_form_senses, spells
from paperkg.resolve.merging import WIDELY_USED, is_number_format, letters_of
from paperkg.resolve.names import is_acronym, kind_of_key, long_forms
from paperkg.resolve.naming import choose_name, edition_names, edition_shape, paper_vote, sentence_cased
from paperkg.resolve.proposals import is_own_name_key, own_name_key
from paperkg.resolve.senses import (
    DOMINANCE,
    ERA_YEARS,
    FIELD_TERM,
    coins_acronym,
    initials,
)
from paperkg.store.protocol import GraphStore


def _votes(
    st: GraphStore, ids: Sequence[str], keys: set[str] | None, acronyms: dict[str, dict[str, set[str]]] | None = None
) -> dict[str, list[tuple[str, bool]]]:
    """Each concept's per-paper votes (resolve.naming.paper_vote), the earliest paper's first (`_paper_order`);
    `acronyms`, when given, gathers {key: {acronym a span writes: its papers}}."""
    votes: dict[str, list[tuple[tuple, tuple[str, bool]]]] = defaultdict(list)
    order = _paper_order(st, ids)
    for pid, key, text, spans in mentions_in_text(st, ids):
        if keys is not None and key not in keys:
            continue
        if acronyms is not None:
            for a, b in spans:
                if is_acronym(w := text[a:b]):
                    acronyms.setdefault(key, {}).setdefault(w, set()).add(pid)
        vote = paper_vote(text, spans, line_breaks(text))
        if vote:
            votes[key].append((order.get(pid, (True, "", "", pid)), vote))
    return {key: [v for _, v in sorted(vs)] for key, vs in votes.items()}


def _paper_order(st: GraphStore, ids: Sequence[str]) -> dict[str, tuple[bool, str, str, str]]:
    """{paper id: sort key}: papers by publication date (undated ones last, by their first listing), then id.
    The order the papers were stored in plays no part, so a store built at once and one that grew agree."""
    rows = st.paper_dates() if len(ids) > _ALL_DATES else st.papers_by_id(list(ids))
    return {
        r["id"]: (not r.get("published"), r.get("published") or "", min(r.get("listed_on") or [""]), r["id"])
        for r in rows
    }


#: Past this many papers, a refresh reads every paper's date in one read rather than the given ones by id.
_ALL_DATES = 5_000


def refresh_names(st: GraphStore, keys: Iterable[str] | None = None) -> int:
    """Rename the given concepts (default: all) to the spelling most papers use; returns how many changed."""
    return len(rename_concepts(st, keys))


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
    entry_of: Mapping[tuple[str, str], str] | None = None,
    listed: Mapping[str, Mapping[str, frozenset[str]]] | None = None,
) -> dict[str, str]:
    """A coined acronym names one concept of a kind only: two concepts that
    stay apart (other long forms, other senses: "REACT" the hate-speech corpus
    beside ReAct) would read as one. The concept most papers mention keeps the
    acronym; the others are named by their long forms, as before coined
    acronyms voted (resolve.naming). `entry_of`/`listed` (the lexicons' entries
    and long forms) tell which pairs merging keeps apart (`_only_senses`)."""
    by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, name in chosen.items():
        if name and not is_own_name_key(key):  # a paper's own name is kept apart by design: no clash
            by_name[(rows[key]["kind"], fold(name))].append(key)
    for other, row in rows.items():
        named = (row["kind"], fold(row["name"] or ""))
        if other not in chosen and named in by_name and not is_own_name_key(other):
            by_name[named].append(other)  # a concept outside this refresh already holds the name
    out = {}
    joins = _only_senses(rows, [keys for keys in by_name.values() if len(keys) > 1], entry_of or {}, listed or {})
    joins = {bare: sense for bare, sense in joins.items() if same_era is None or same_era(bare, sense)}
    for keys in by_name.values():
        if len(keys) < 2:
            continue
        keep = max(keys, key=lambda k: (rows[k].get("paper_count") or 0, k not in chosen, k))
        for key in keys:
            if key == keep or key not in chosen or not is_acronym(chosen[key]) or joins.get(keep) == key:
                continue
            longs = [v for v in written.get(key, []) if not is_acronym(v[0])]
            # an alias that is the acronym in another case ("SparC" of "SParC") is no long form: a name
            # no paper of the concept wrote
            out[key] = choose_name(longs, current=None) or next(
                (
                    s
                    for s in (rows[key].get("aliases") or [])
                    if not is_acronym(s) and letters_of(s) != letters_of(chosen[key])
                ),
                rows[key]["name"],
            )
    return out


def _only_senses(
    rows: Mapping[str, dict],
    groups: Iterable[list[str]],
    entry_of: Mapping[tuple[str, str], str] | None = None,
    listed: Mapping[str, Mapping[str, frozenset[str]]] | None = None,
) -> dict[str, str]:
    """{bare acronym key: its only sense}, for the groups of concepts that want one acronym name.

    A concept named by the acronym alone (no long form) beside the one concept of the store that spells
    or holds it (resolve.longform; "BLEU" and "bilingual evaluation understudy", whose papers mostly write
    BLEU) is that concept on two nodes: the sense keeps the name, so merging rule 3 makes them one.
    An acronym with two senses anywhere in the store ("SFT": supervised or sparse fine-tuning) keeps
    its senses apart, as `_distinct_acronyms` does; so does a sense merging keeps off a bare name the
    lexicons know (resolve.kinds.odd_expansion: one paper's "Chain-of-Verification (CoVe)" beside
    McCann et al.'s CoVe). Counted as one, both kept the acronym as their name: two nodes of one name
    and one alias on two concepts (stop 36's 44k graph: BioBERT, AraBERT, XQuAD, SCROLLS)."""
    groups = [g for g in groups if any(not long_forms(row_spellings(rows[k])) for k in g)]
    if not groups:
        return {}
    senses = long_form_senses(
        rows.values(), same_kind=False, acronyms={fold(rows[k]["name"]) for g in groups for k in g}
    )
    out = {}
    for keys in groups:
        bare = [k for k in keys if not long_forms(row_spellings(rows[k]))]
        named = [k for k in keys if k not in bare]
        if len(bare) != 1 or len(named) != 1:
            continue
        found = {c["key"] for c in senses.get(("", fold(rows[bare[0]]["name"])), [])} | set(named)
        if found == set(named) and not odd_expansion(rows[bare[0]], rows[named[0]], entry_of or {}, listed or {}):
            out[bare[0]] = named[0]
    return out


def _shares_concepts(st: GraphStore, bare: str, sense: str) -> bool:
    """Whether the bare acronym's papers mean the sense by what they write about: the sense is a field term
    (resolve.senses.FIELD_TERM papers) or none of its papers coins the acronym for its own work
    (resolve.senses.coins_acronym), or a paper of the bare acronym names a concept (no field topic) that
    a paper of the sense names. A crowd writing "FLAN" for instruction tuning shares nothing with the one
    patent paper that coined "Fine-grained cLAim depeNdency (FLAN)": the two stay apart, each with its name."""
    papers = concept_papers(st, [bare, sense])
    if len(papers[sense]) >= FIELD_TERM or not papers[bare]:
        return True
    acronym = next((c["name"] for c in st.concept_rows() if c["key"] == bare), "")
    texts = texts_of(st, sorted(papers[sense]))
    if not any(coins_acronym(acronym, texts.get(p, "")) for p in papers[sense]):
        return True  # a sense the field defined, not one paper's name for its own work
    concepts: dict[str, set[str]] = defaultdict(set)
    for page in st.mention_pairs(sorted(papers[bare] | papers[sense])):
        for pid, key, _ in page:
            if key not in (bare, sense) and kind_of_key(key) != TOPIC:
                concepts[pid].add(key)
    theirs = set().union(*(concepts[p] for p in papers[sense]))
    return any(concepts[p] & theirs for p in papers[bare])


def _same_era(st: GraphStore, bare: str, sense: str) -> bool:
    """Whether the median year of the bare acronym's papers lies within resolve.senses.ERA_YEARS of the
    sense's papers' years (a 1995 "CLIP" package is no sense of 2021 papers); no years: no objection."""
    papers = concept_papers(st, [bare, sense])
    years = {r["id"]: year_of(r.get("published")) for r in st.papers_by_id(sorted(papers[bare] | papers[sense]))}
    own = sorted(y for p in papers[bare] if (y := years.get(p)) is not None)
    span = sorted(y for p in papers[sense] if (y := years.get(p)) is not None)
    if not own or not span:
        return True
    return span[0] - ERA_YEARS <= own[len(own) // 2] <= span[-1] + ERA_YEARS


def rename_concepts(st: GraphStore, keys: Iterable[str] | None = None) -> set[str]:
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
    acronyms: dict[str, dict[str, set[str]]] = {}
    votes = _votes(st, ids, None if keys is None else wanted, acronyms)
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
        # a tie goes to the spelling of the concept's earliest paper (its first votes), not to the name it has
        # now: that name depends on the order the papers came in, so a store built at once and one that grew
        # as papers were added would keep different names for one set of papers
        first = written[key][0][0] if written[key] else row["name"]
        chosen[key] = choose_name(written[key], current=first, canonical=canonical) or row["name"]
        if row["kind"] == "Method" and is_number_format(chosen[key]) and fold(f"{chosen[key]} quantization") in known:
            # a format node joined its quantization (resolve.merging rule 11): named as the technique, the
            # format in the case the papers write it ("INT8" and "int8 quantization" are INT8 quantization)
            chosen[key] = f"{chosen[key]} quantization"
        if (lowered := sentence_cased(chosen[key])) and field_writes_lower(lowered):
            if not any(k for w, k in written[key] if fold(w) == fold(lowered)):  # no paper's own case
                chosen[key] = lowered
    chosen.update(edition_names(written, chosen))
    chosen.update(
        _distinct_acronyms(
            rows,
            chosen,
            written,
            lambda bare, sense: _same_era(st, bare, sense) and _shares_concepts(st, bare, sense),
            lexicon,
            lexicon_long_forms(),
        )
    )
    names, aliases = {}, {}
    for key, name in chosen.items():
        row = rows[key]
        if not name or name == row["name"]:
            continue
        spellings = [row["name"], *(row.get("aliases") or []), *(w for w, _ in written[key])]
        names[key] = name
        aliases[key] = [s for s in dict.fromkeys(spellings) if s and s != name]
    taken = _taken_back(rows, names, aliases)
    names = {k: v for k, v in names.items() if k not in taken}
    aliases = {k: v for k, v in aliases.items() if k not in taken}
    regained = _regained_acronyms(rows, names, aliases, {k: acronyms.get(k, {}) for k in wanted})
    if names:
        st.set_concept_property("name", names)
    if names or regained:
        st.set_concept_property("aliases", {**aliases, **regained})
    return set(names) | set(regained)


def _initials_of(row: Mapping) -> set[str]:
    """The (folded) acronyms a concept's long forms spell by their word initials (resolve.senses.initials): "mtl"
    for multi-task learning. Unlike `_spelled_acronyms`, which checks the acronyms its papers write."""
    return {a for n in long_forms(row_spellings(row)) for a in initials(n)}


#: Papers that must write an acronym, in spans resolved to a concept whose long form it abbreviates, for the
#: concept to take it back as an alias (`_regained_acronyms`).
REGAIN_PAPERS = 3


def _regained_acronyms(
    rows: Mapping[str, Mapping],
    names: Mapping[str, str],
    aliases: Mapping[str, list[str]],
    acronyms: Mapping[str, Mapping[str, set[str]]],
) -> dict[str, list[str]]:
    """{key: aliases with acronyms added}: the acronyms that REGAIN_PAPERS papers or more write for a concept
    whose long form they abbreviate (resolve.senses.initials) and that it lacks and no concept holds as an alias
    (a name may), when `dedupe_concepts` would let it keep them: "MTL", written by 66 papers for multi-task
    learning (701 papers), which a store refreshed before `plan_rekeys` lost to a one-paper node named "MTL" (that
    node now goes to a key of its own). Only additions the dedupe keeps (`plan_dedupe` after `plan_rekeys`),
    so the next refresh takes none away and adds none again."""
    after = {
        k: {**r, "name": names.get(k, r["name"]), "aliases": list(aliases.get(k, r.get("aliases") or []))}
        for k, r in rows.items()
    }
    # {folded acronym: (papers writing it, spelling, key)}: of two concepts it abbreviates ("MMT": multimodal and
    # multilingual machine translation), the one whose papers write it most
    best: dict[str, tuple[int, str, str]] = {}
    aliased = {fold(a) for r in after.values() for a in r["aliases"]}  # another's alias: not this rule's case
    for key, written in sorted(acronyms.items()):
        row = after[key]
        have = {fold(s) for s in row_spellings(row)}
        spelled = _initials_of(row)
        for w, papers in sorted(written.items()):
            a = fold(w)
            if a not in have and a not in aliased and a in spelled and len(papers) >= REGAIN_PAPERS:
                best[a] = max(best.get(a, (0, "", "")), (len(papers), w, key))
    added: dict[str, list[str]] = defaultdict(list)
    for _, w, key in sorted(best.values(), reverse=True):
        added[key].append(w)
        after[key]["aliases"].append(w)
    if not added:
        return {}
    _, kept = plan_dedupe(_rekeyed(after.values()))
    out = {}
    for key, new in added.items():
        keep = kept.get(key, after[key]["aliases"])
        if back := [w for w in new if w in keep]:
            out[key] = [a for a in after[key]["aliases"] if a not in new or a in back]
    return out


def _taken_back(rows: Mapping[str, Mapping], names: Mapping[str, str], aliases: Mapping[str, list[str]]) -> set[str]:
    """The renamed concepts whose new name `plan_dedupe` would take back at once: an acronym that a concept
    of far more papers holds as an alias, beside a long form to go by (one paper's "ZoZo" for "Zones of
    Zebras" while eighty papers write "ZOZO" for another dataset). Renamed, the next dedupe would name it by
    the long form again and the next rename by the acronym, pass after pass: such a concept keeps its name."""
    after = [
        {**r, "name": names.get(k, r["name"]), "aliases": aliases.get(k, r.get("aliases") or [])}
        for k, r in rows.items()
    ]
    back, _ = plan_dedupe(_rekeyed(after))
    return set(back) & set(names)


def field_writes_lower(name: str) -> bool:
    """Whether the field's papers write `name` in lower case more often than capitalised (the shipped corpus
    statistics, which count mid-sentence forms): the case for a concept its own papers wrote only where
    capitals are forced, at a sentence start or in a title."""
    st = load_phrase_stats().get(phrase_key(name.split()))
    return st is not None and st.mostly_lower


def _spelled_acronyms(row: Mapping, votes: Iterable[tuple[str, bool]], named: Mapping[str, list[Mapping]]) -> set[str]:
    """Folded acronyms among a concept's votes that its long forms spell (resolve.longform.spells): a paper
    that writes "BLEU" for "bilingual evaluation understudy" writes the concept, even after `dedupe_concepts`
    took that alias to a bare "BLEU" concept of its kind. An acronym that names a concept of another
    kind, or one with a long form of its own, stays off: "MUSE" the sarcasm model is no name for
    "Multimodal Stressed Emotion", whatever its papers write."""
    longs = long_forms(row_spellings(row))
    out = set()
    for w, _ in votes:
        a = fold(w)
        owners = [r for r in named.get(a, []) if r["key"] != row["key"]]
        if any(r["kind"] != row["kind"] or long_forms(row_spellings(r)) for r in owners):
            continue
        if is_acronym(w) and any(spells(w, s) for s in longs):
            out.add(a)
    return out


def dedupe_aliases(st: GraphStore) -> int:
    """Drop every alias that another concept, mentioned by more papers, also holds (or is named by); returns how many."""
    return len(dedupe_concepts(st))


def dedupe_concepts(st: GraphStore) -> set[str]:
    rows = [c for c in st.concept_rows() if c["kind"] != TOPIC]
    if rekeys := plan_rekeys(rows):
        rekey_concepts(st, rows, rekeys)
        rows = [c for c in st.concept_rows() if c["kind"] != TOPIC]
    names, aliases = plan_dedupe(rows)
    if names:
        st.set_concept_property("name", names)
    if aliases:
        st.set_concept_property("aliases", aliases)
    return set(names) | set(aliases) | set(rekeys.values())


#: A bare acronym node gives its plain key up (`plan_rekeys`) to a concept of this many times its papers: on the
#: 44k graph the nodes of one or two papers beside concepts of 10 to 701 (MTL, RF, ST), not the 6-paper SQA
#: dataset (Sequential QA, 6 papers writing "SQA") beside spoken question answering (15 papers, 3 writing it).
REKEY_DOMINANCE = 10


def plan_rekeys(rows: Iterable[Mapping]) -> dict[str, str]:
    """{key: own-name key} of the bare acronym nodes (named by an acronym, no long form to go by) whose name a
    concept of REKEY_DOMINANCE times their papers (that `_outweighs` them) holds as an alias and abbreviates (its
    long form's initials, resolve.senses.initials): a one-paper "MTL" beside multi-task learning (701 papers, 66
    of them writing "MTL"). Such a node gives the plain key up for a key of its own (resolve.proposals.own_name_key, as the
    senses step keeps a paper off an acronym's senses), keeping its name and papers; `plan_dedupe` then leaves
    the acronym to the field's concept, so no spelling names one concept and aliases another of the plain
    keys, and `paperkg concept MTL` lists multi-task learning first (look-ups prefer most papers). Where that
    key is taken (a paper the senses step kept off the acronym's senses: "consensus-driven (CD)" beside a
    bare "CD" for cross-document), the node stays: two papers' acronyms are no one concept.

    >>> mtl = {"key": "Method:mtl", "name": "MTL", "kind": "Method", "aliases": [], "paper_count": 1}
    >>> big = {"key": "Method:mt", "name": "multi-task learning", "kind": "Method", "aliases": ["MTL"], "paper_count": 70}
    >>> plan_rekeys([mtl, big])
    {'Method:mtl': 'Method:mtl~MTL'}
    >>> taken, eight = {**mtl, "key": "Method:mtl~MTL"}, {**mtl, "paper_count": 8}
    >>> plan_rekeys([eight, big]), plan_rekeys([eight, {**big, "paper_count": 80}])
    ({}, {'Method:mtl': 'Method:mtl~MTL'})
    >>> plan_rekeys([mtl, {**big, "paper_count": 9}]), plan_rekeys([mtl, {**big, "name": "MTL-Net"}]), plan_rekeys([mtl, big, taken])
    ({}, {}, {})
    """
    rows = sorted(rows, key=lambda c: (-int(c.get("paper_count") or 0), c["key"]))
    keys = {c["key"] for c in rows}
    bare: dict[str, list[Mapping]] = defaultdict(list)
    for c in rows:
        if not is_own_name_key(c["key"]) and is_acronym(c["name"] or "") and not long_forms(row_spellings(c)):
            bare[fold(c["name"])].append(c)
    out: dict[str, str] = {}
    for c in rows:
        held = [h for a in c.get("aliases") or [] for h in bare.get(fold(a), []) if h is not c]
        if not held:
            continue
        spelled = _initials_of(c)
        for h in held:
            if h["key"] in out or fold(h["name"]) not in spelled or not _outweighs(c, h):
                continue
            if int(c.get("paper_count") or 0) < REKEY_DOMINANCE * max(int(h.get("paper_count") or 0), 1):
                continue  # a dataset of its own papers ("SQA", 6) beside a sense of few more (15) keeps its key
            if (target := own_name_key(h["kind"], h["name"])) not in keys:
                out[h["key"]] = target
    return out


def rekey_concepts(st: GraphStore, rows: Iterable[Mapping], rekeys: Mapping[str, str]) -> None:
    """Move each concept of `rekeys` to its new key (made when missing, with its name, kind and aliases):
    every edge moves with it (store.merge), and the old key is gone."""
    by_key = {c["key"]: c for c in rows}
    new = {
        target: {"key": target, "name": by_key[key]["name"], "kind": by_key[key]["kind"], "aliases": []}
        for key, target in sorted(rekeys.items())
        if target not in by_key
    }
    if new:
        st.write_rows("upsert_concepts", sorted(new.values(), key=lambda r: r["key"]))
    st.merge_concepts(dict(rekeys))


def _rekeyed(rows: Iterable[Mapping]) -> list[Mapping]:
    """`rows` as `dedupe_concepts` leaves them keyed (`plan_rekeys`), for plans that check what it keeps."""
    rows = list(rows)
    rekeys = plan_rekeys(rows)
    return [{**c, "key": rekeys[c["key"]]} if c["key"] in rekeys else c for c in rows]


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
            if goes_by := [s for s in long_forms(row_spellings(held)) if fold(s) != fold(a)]:
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
            if a != name
            and (owner.get(fold(a)) == c["key"] or fold(a) == fold(name))
            and not _odd_case(a, name)
            and not names_its_data(a, c)
            and not names_its_event(a, name, c.get("aliases") or [])
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
        spellers = [c for c in cs if a in _initials_of(c)]
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


#: The head words of a name for data: "<name> Benchmark" is data made or named after the name's concept.
_DATA_HEAD = re.compile(r"^(?P<name>.+?)[\s-]+(?:benchmark|dataset|data set|corpus|corpora|test set|suite)s?$", re.I)


def names_its_data(alias: str, row: Mapping) -> bool:
    """Whether `alias` of a concept of another kind than Dataset is one of its spellings with a head word of data
    after it ("CLIP Benchmark" of the CLIP model, "Hate Speech Dataset" of the task, "Retrieval Corpus" of the
    technique, "Zorb Benchmark" of the Zorb metric): the data is another thing, not a way to write the concept.
    A paper joins the two when it writes both ("outperforms CLIP on ... and CLIP Benchmark"); such an alias is
    dropped, as `paperkg concept "CLIP Benchmark"` must not answer with the model.

    >>> row = {"name": "Zorb", "kind": "Model", "aliases": ["Zorb Benchmark", "Zorb-2"]}
    >>> names_its_data("Zorb Benchmark", row), names_its_data("Zorb-2", row)
    (True, False)
    >>> names_its_data("Zorb Benchmark", {**row, "kind": "Dataset"}), names_its_data("Quux Benchmark", row)
    (False, False)
    """
    m = _DATA_HEAD.match(alias)
    if row.get("kind") == "Dataset" or m is None:
        return False
    head = fold(m.group("name"))
    return any(fold(s) == head for s in (row.get("name"), *(row.get("aliases") or [])) if s and s != alias)


def _outweighs(alias_holder: Mapping, name_holder: Mapping) -> bool:
    """Whether the name's holder should give up its name to a concept that holds it as an alias."""
    big, small = int(alias_holder.get("paper_count") or 0), int(name_holder.get("paper_count") or 0)
    return is_acronym(name_holder["name"]) and big >= WIDELY_USED and big >= DOMINANCE * max(small, 1)
