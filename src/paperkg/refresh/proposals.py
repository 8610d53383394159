"""PROPOSES kept for a paper's own contribution only (issue 15 item 6)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Iterable, Mapping

from paperkg.model import TOPIC
from paperkg.names import fold
from paperkg.refresh.reading import concept_papers, mentions_in_text, month_of, row_spellings, texts_of, year_of
from paperkg.resolve.merging import case_fold, letters_of
from paperkg.resolve.names import kind_of_key
from paperkg.resolve.proposals import (
    WIDE_USE,
    coined_spelling,
    foreign_proposals,
    is_descriptive,
    is_own_name_key,
    late_proposals,
    namesake_proposals,
    own_name_key,
    untitled_proposals,
)
from paperkg.resolve.senses import (
    FIELD_TERM,
    namesakes,
)
from paperkg.store.protocol import GraphStore


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
    texts = texts_of(st, sorted({p for p, _ in proposals}))
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
    papers_of = concept_papers(st, involved)
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
    years = {r["id"]: year_of(r.get("published")) for r in st.papers_by_id(ids)}
    out = namesakes(coiners, {k: str(family_of[k]) for k in involved}, papers_of, concepts_of, years)
    for pair, spelling in kind_namesakes(coiners, {k: rows[k] for k in involved}).items():
        out.setdefault(pair, spelling)
    return out


def kind_namesakes(coiners: Mapping[tuple[str, str], str], rows: Mapping[str, Mapping]) -> dict[tuple[str, str], str]:
    """{(paper, key): coined spelling} of the coiners of one name whose titles coin it as things of two kinds
    ("EfficientLLM: Scalable Pruning-Aware Pretraining for ... Edge Language Models", a Method, and
    "EfficientLLM: Efficiency in Large Language Models", a benchmark): two papers that each present their
    own work by one name, typed two ways, are two things, so merging rule 2 must not join them. The
    coiners of the kind with fewer papers of the name (a tie: the later kind by name) go to concepts of
    their own. ACL 44k (s35a): 42 concepts have two proposers typing them two kinds, 18 of a sample of
    25 with both titles coining the name, all 18 two things (ATLAS, CARE, LANS, LEAF, LoFT, MUTANT, TRAM ...).

    >>> rows = {"Dataset:zq": {"key": "Dataset:zq", "name": "ZQ", "kind": "Dataset", "paper_count": 3},
    ...         "Method:zq": {"key": "Method:zq", "name": "ZQ", "kind": "Method", "paper_count": 1}}
    >>> kind_namesakes({("a", "Dataset:zq"): "ZQ", ("b", "Method:zq"): "ZQ"}, rows)
    {('b', 'Method:zq'): 'ZQ'}
    >>> kind_namesakes({("a", "Dataset:zq"): "ZQ"}, rows)
    {}
    """
    families: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for (paper, key), spelling in coiners.items():
        families[(case_fold(spelling), letters_of(spelling))].append((paper, key))
    out = {}
    for pairs in families.values():
        kinds = {rows[k]["kind"] for _, k in pairs if k in rows}
        if len(kinds) < 2:
            continue
        papers: dict[str, int] = defaultdict(int)
        for k in {k for _, k in pairs if k in rows}:
            papers[rows[k]["kind"]] += int(rows[k].get("paper_count") or 0)
        keep = min(kinds, key=lambda kind: (-papers[kind], kind))
        for paper, key in pairs:
            if key in rows and rows[key]["kind"] != keep:
                out[(paper, key)] = coiners[(paper, key)]
    return out


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
    for pid, key, text, spans in mentions_in_text(st, ids):
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
    papers_of = concept_papers(st, concepts)
    ids = sorted({p for ps in papers_of.values() for p in ps} | {p for p, _ in proposals})
    papers = st.papers_by_id(ids)
    years = {r["id"]: year_of(r.get("published")) for r in papers}
    # earlier by month: a concept 45 papers used by July is not proposed in October of the same year
    months = {r["id"]: month_of(r.get("published")) for r in papers}
    descriptive = _descriptive(st, proposals)
    late = late_proposals(proposals, papers_of, months, descriptive=descriptive) | namesake_proposals(
        proposals, papers_of, years
    )
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


def _descriptive(st: GraphStore, proposals: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """The PROPOSES edges whose proposer writes the concept only in words of the language (is_descriptive)."""
    texts = texts_of(st, sorted({p for p, _ in proposals}))
    out = set()
    for r in st.mention_evidence(proposals):
        text = texts.get(r["paper_id"], "")
        written = {text[e["start"] : e["end"]] for e in json.loads(r.get("evidence") or "[]")}
        if is_descriptive(written, title=text.split("\n\n", 1)[0]):
            out.add((r["paper_id"], r["concept_key"]))
    return out


def _untitled(st: GraphStore, wide: list[tuple[str, str]], titles: Mapping[str, str]) -> dict[tuple[str, str], int]:
    """The PROPOSES edges to widely used concepts whose proposer's title does not present them (untitled_proposals)."""
    if not wide:
        return {}
    keys = {k for _, k in wide}
    spellings = {c["key"]: row_spellings(c) for c in st.concept_rows() if c["key"] in keys}
    return untitled_proposals(wide, titles, spellings)
