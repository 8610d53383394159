"""Suspected naming problems in a built graph, with counts: what `benchmarks/audit_concepts.py` prints.

Pure: it reads concept rows ({key, name, kind, aliases, paper_count}) and, for
"names no paper wrote", which papers mention each concept and their text.
Every check lists its findings by papers, most first:

- `unwritten`: the display name occurs in the text of no paper that mentions the concept;
- `twins`: two concepts of one kind whose names fold equal (case, punctuation, plural, edition) or
  differ in case and punctuation only (a plural in capitals: "SNIPS" / "Snips") or in a roman or arabic
  version ("MultiCoNER II" / "MultiCoNER 2") or in spelling a translation direction ("WMT14 English-German" /
  "WMT'14 En-De"), unless they are two senses (each expanded, to different long forms: resolve.merging.two_senses);
- `own_name_twins`: a node kept apart as a paper's own name (resolve.proposals.is_own_name_key, which `twins`
  leaves out) that holds several papers and spells like a concept of its kind ("IMDb" kept off "IMDB"):
  refresh.acronyms puts every paper it keeps off an acronym's sense on such a node, no paper's coinage;
- `near_twins`: two concepts of one kind whose names are one once a head word is dropped
  ("macro F1 score" / "macro-F1", "data-to-text generation" / "data-to-text"); some are two
  concepts ("dialogue generation" / "dialogue"): listed to read, resolve.merging rule 4 merges the safe ones;
- `alias_on_two`: one spelling (folded) that names or aliases two concepts of one kind, two senses apart;
- `two_types`: one folded name used by concepts of two kinds;
- `two_types_unexplained`: those of them with no reason to be apart (resolve.kinds.namesakes: the
  same spelling and no different long forms), which `paperkg concept` could not explain;
- `acronym_two_long_forms`: an acronym alias of two concepts whose names are long forms;
- `acronym_twins`: a concept named by an acronym beside concepts of its kind whose long forms spell or
  hold it ("BLEU" / "bilingual evaluation understudy", resolve.longform): one concept on two nodes, or an
  acronym with two senses (listed to read; two senses must stay apart);
- `elided`: not written as one phrase but read from a coordination that shares its head
  ("zero-shot and few-shot parsing" -> "zero-shot parsing", RULINGS R2): allowed, listed to read;
- `debris`: a name that is LaTeX/unit debris, a venue or event, a word glued to a catch-all
  acronym ("human-LLM") or a stray word glued to a name ("datasets-QUORA"); the hyphen shape
  alone is not debris ("all-MiniLM-L6-v2", "long-CoT" are names);
- `proposed_late`: a PROPOSES edge to a concept papers of earlier years already mention (with how
  many: one or two may cite the original paper's preprint, resolve.proposals.MIN_EARLIER);
- `proposer_spelling`: a PROPOSES edge whose paper never writes the concept's name as it is named
  (other letters or capitals past the first: "ReCaLL" proposing "recall", "ODD" proposing
  "open-domain dialogue"): its own coined name merged into another concept.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable, Iterable, Mapping

from paperkg.model import TOPIC
from paperkg.names import fold
from paperkg.resolve.debris import is_debris, is_not_a_name, is_venue
from paperkg.resolve.kinds import namesakes
from paperkg.resolve.longform import acronym_twins, defines
from paperkg.resolve.merging import case_twins, letters_of, pair_twins, two_senses, version_twins
from paperkg.resolve.names import is_acronym
from paperkg.resolve.proposals import inner_capitals, is_own_name_key

CHECKS = (
    "unwritten",
    "twins",
    "own_name_twins",
    "near_twins",
    "alias_on_two",
    "two_types",
    "two_types_unexplained",
    "acronym_two_long_forms",
    "acronym_twins",
    "debris",
    "elided",
    "proposed_late",
    "proposer_spelling",
)
#: A trailing head word that may only restate the kind ("score", "task", "generation", "method", ...).
_HEAD = re.compile(
    r"^(?P<core>.*\S)[\s-]+(?:scores?|tasks?|generation|methods?|models?|approach(?:es)?|techniques?|frameworks?"
    r"|algorithms?|mechanisms?|datasets?|benchmarks?|corpus|corpora|metrics?|problems?)$",
    re.IGNORECASE,
)
#: Word edges; an underscore is markup ("_LongAgent_"), not part of the word.
_B, _E = r"(?<![^\W_])", r"(?![^\W_])"
#: Between the conjuncts of a coordination whose head is shared ("zero-shot and few-shot parsing").
_COORD = r"[^.;:()]{0,60}?(?<!\w)(?:and|or|&|/|,)(?!\w)[^.;:()]{0,60}?"


#: A bracketed acronym inside a name ("the Foo Bar (FB) Shared Task"), which the name leaves out (RULINGS R1).
_BRACKETED_ACRONYM = re.compile(r" \([A-Za-z0-9&-]{2,12}\)(?= )")


def _writes(name: re.Pattern, text: str) -> bool:
    """Whether `text` writes the name, also around a bracketed acronym the name leaves out.

    >>> _writes(re.compile("Foo Bar Shared Task"), "the Foo Bar (FB) Shared Task.")
    True
    """
    return bool(name.search(text) or name.search(_BRACKETED_ACRONYM.sub("", text)))


def _first_letter_either_case(name: str) -> str:
    """A pattern of `name` that also matches it with a capital first letter, as a sentence start or a title
    writes a lower-case name ("Knowledge-intensive language tasks ..." writes "knowledge-intensive language
    tasks", refresh.field_writes_lower).

    >>> bool(re.search(_first_letter_either_case("deep learning"), "Deep learning works."))
    True
    """
    head, rest = name[:1], re.escape(name[1:])
    if head.islower():
        return f"[{re.escape(head)}{re.escape(head.upper())}]{rest}"
    return re.escape(head) + rest


def _elided(name: str, text: str) -> bool:
    """`name` read from a coordination sharing its head or its stem (RULINGS R2): "zero-shot and
    few-shot parsing" -> "zero-shot parsing", "LLaMA 1B and 7B" -> "LLaMA 7B"."""
    words = name.split()
    for i in range(1, len(words)):
        left, right = (re.escape(" ".join(words[:i])), re.escape(" ".join(words[i:])))
        if re.search(_B + left + _E + _COORD + _B + right + _E, text):
            return True
    return False


def _papers(c: Mapping) -> int:
    return int(c.get("paper_count") or 0)


def _groups(by: Mapping[str, list[Mapping]], *, min_size: int = 2) -> list[list[Mapping]]:
    out = [
        sorted(v, key=lambda c: (-_papers(c), c["key"])) for v in by.values() if len({c["key"] for c in v}) >= min_size
    ]
    return sorted(out, key=lambda g: (-sum(_papers(c) for c in g), g[0]["key"]))


def _not_senses(groups: list[list[Mapping]]) -> list[list[Mapping]]:
    """The groups with two members that are not two senses of one name (`two_senses`): one thing on two nodes."""
    return [g for g in groups if any(not two_senses(a, b) for i, a in enumerate(g) for b in g[i + 1 :])]


def _as_named(s: str, name: str) -> bool:
    """`s` is `name` up to punctuation, a plural and title case ("Prefix-Tuning" of "prefix-tuning"), not
    with capitals of its own inside a word ("ReCaLL" of "recall")."""
    return fold(s) == fold(name) and inner_capitals(s) == inner_capitals(name)


def _proposal_findings(
    rows: list[Mapping],
    proposals: Iterable[Mapping],
    mentioned_in: Mapping[str, Iterable[str]],
    years: Mapping[str, int | None],
) -> tuple[list, list]:
    """(`proposed_late`, `proposer_spelling`) findings: concept rows with `proposer`, `earlier`, `written` added."""
    by_key = {c["key"]: c for c in rows}
    late, spelled = [], []
    for p in proposals:
        c = by_key.get(p["concept_key"])
        if c is None:
            continue
        year = years.get(p["paper_id"])
        earlier = (
            0
            if year is None
            else sum(1 for q in set(mentioned_in.get(c["key"], ())) if (y := years.get(q)) is not None and y < year)
        )
        written = list(p.get("written") or [])
        row = {**c, "proposer": p.get("title") or p["paper_id"], "earlier": earlier, "written": written}
        if earlier:
            late.append(row)
        if written and not any(_as_named(s, c.get("name") or "") for s in written):
            spelled.append(row)
    late.sort(key=lambda r: (-r["earlier"], -_papers(r), r["key"], r["proposer"]))
    spelled.sort(key=lambda r: (-_papers(r), r["key"], r["proposer"]))
    return late, spelled


def audit(
    concepts: Iterable[Mapping],
    mentioned_in: Mapping[str, Iterable[str]] | None = None,
    texts: Mapping[str, str] | None = None,
    proposals: Iterable[Mapping] | None = None,
    years: Mapping[str, int | None] | None = None,
    entry_of: Mapping[tuple[str, str], str] | None = None,
) -> dict[str, list]:
    """Findings per check (see the module docstring); `unwritten` needs `mentioned_in` and `texts`, the
    PROPOSES checks `proposals` ({paper_id, concept_key, written: the proposer's spellings}), `mentioned_in`
    and `years`; `entry_of` ({(kind, folded spelling): lexicon entry}) explains a name the lexicons list for two
    things of two kinds.

    >>> rows = [{"key": "Metric:recall", "name": "recall", "kind": "Metric", "paper_count": 3}]
    >>> found = audit(rows, {"Metric:recall": ["a", "b", "p"]}, None,
    ...               [{"paper_id": "p", "concept_key": "Metric:recall", "written": ["ReCaLL"]}],
    ...               {"a": 2019, "b": 2024, "p": 2024})
    >>> [(r["proposer"], r["earlier"]) for r in found["proposed_late"]], len(found["proposer_spelling"])
    ([('p', 1)], 1)
    """
    rows = [c for c in concepts if c.get("kind") != TOPIC]
    found: dict[str, list] = {name: [] for name in CHECKS}
    by_name: dict[tuple[str, str], list[Mapping]] = defaultdict(list)
    by_spelling: dict[tuple[str, str], list[Mapping]] = defaultdict(list)
    by_folded: dict[str, list[Mapping]] = defaultdict(list)
    by_acronym: dict[tuple[str, str], list[Mapping]] = defaultdict(list)
    for c in rows:
        name = c.get("name") or ""
        if is_own_name_key(c["key"]):  # a paper's coined name kept apart from the term it folds like
            if is_debris(name) or is_venue(name) or is_not_a_name(name):
                found["debris"].append(c)
            continue
        by_name[(c["kind"], fold(name))].append(c)
        by_folded[fold(name)].append(c)
        for s in {fold(n) for n in (name, *(c.get("aliases") or [])) if n}:
            by_spelling[(c["kind"], s)].append(c)
        for a in c.get("aliases") or []:
            if is_acronym(a) and not is_acronym(name):
                by_acronym[(c["kind"], a)].append(c)
        if is_debris(name) or is_venue(name) or is_not_a_name(name):
            found["debris"].append(c)
        if mentioned_in is not None and texts is not None:
            papers = list(mentioned_in.get(c["key"], ()))
            written = re.compile(_B + _first_letter_either_case(name) + _E)
            if papers and not any(_writes(written, texts.get(p, "")) for p in papers):
                elided = any(_elided(name, texts.get(p, "")) for p in papers)
                found["elided" if elided else "unwritten"].append(c)
    found["twins"] = _not_senses(_groups(by_name))
    found["twins"] = sorted(  # a plural in capitals ("SNIPS" / "Snips") folds apart: still a twin
        [*found["twins"], *case_twins(rows), *version_twins(rows), *pair_twins(rows)],
        key=lambda g: (-sum(_papers(c) for c in g), g[0]["key"]),
    )
    found["own_name_twins"] = own_name_twins(rows)
    near: dict[tuple[str, str], list[Mapping]] = defaultdict(list)
    for c in rows:
        m = _HEAD.match(c.get("name") or "")
        core = (c["kind"], fold(m.group("core"))) if m else None
        if core and core in by_name and len(core[1]) >= 2:
            near[core] = [*(near[core] or by_name[core]), c]
    found["near_twins"] = _groups(near)
    found["alias_on_two"] = _not_senses(_groups(by_spelling))
    found["two_types"] = [g for g in _groups(by_folded) if len({c["kind"] for c in g}) > 1]
    found["two_types_unexplained"] = [
        g for g in found["two_types"] if any(not n["reasons"] for c in g for n in namesakes(c["key"], g, entry_of))
    ]
    found["acronym_two_long_forms"] = _groups(by_acronym)
    if proposals is not None and mentioned_in is not None:
        found["proposed_late"], found["proposer_spelling"] = _proposal_findings(
            rows, proposals, mentioned_in, years or {}
        )
    # a paper's coined name (a namesake split from the term: "CLIP" the clinical dataset) is apart by design
    found["acronym_twins"] = acronym_twins(
        [c for c in rows if not is_own_name_key(c["key"])], _defined_by(mentioned_in, texts)
    )
    for name in ("unwritten", "debris", "elided"):
        found[name].sort(key=lambda c: (-_papers(c), c["key"]))
    return found


def _defined_by(
    mentioned_in: Mapping[str, Iterable[str]] | None, texts: Mapping[str, str] | None
) -> Callable[[Mapping, str], bool] | None:
    """(long-form concept, acronym) -> whether a paper mentioning the concept defines the acronym by one of its
    long forms; None without texts (every spelled pair is listed)."""
    if mentioned_in is None or texts is None:
        return None

    def defined(c: Mapping, acronym: str) -> bool:
        longs = [s for s in (c.get("name"), *(c.get("aliases") or [])) if s and not is_acronym(s)]
        return any(defines(texts.get(p, ""), acronym, s) for p in mentioned_in.get(c["key"], ()) for s in longs)

    return defined


#: The papers an own-name node holds before the audit reads it as a twin, not one paper's coined name.
MIN_OWN_TWIN_PAPERS = 2


def own_name_twins(rows: Iterable[Mapping]) -> list[list[Mapping]]:
    """Groups of an own-name node (`is_own_name_key`) of `MIN_OWN_TWIN_PAPERS` papers or more and the other
    nodes of its kind whose names have its letters, case and punctuation aside: "IMDb" (12 papers kept off the
    acronym's sense) beside "IMDB" (35). One paper's coinage kept apart ("CLiPS") is no finding.

    >>> rows = [{"key": "Dataset:zmdb", "name": "ZMDB", "kind": "Dataset", "paper_count": 35},
    ...         {"key": "Dataset:zmdb~ZMDB", "name": "ZMDb", "kind": "Dataset", "paper_count": 12},
    ...         {"key": "Method:zap~ZaP", "name": "ZaP", "kind": "Method", "paper_count": 1},
    ...         {"key": "Method:zap", "name": "ZAP", "kind": "Method", "paper_count": 9}]
    >>> [[c["name"] for c in g] for g in own_name_twins(rows)]
    [['ZMDB', 'ZMDb']]
    """
    rows = [c for c in rows if c.get("kind") != TOPIC]
    by: dict[tuple[str, str], list[Mapping]] = defaultdict(list)
    for c in rows:
        if not is_own_name_key(c["key"]):
            by[(c["kind"], letters_of(c.get("name") or ""))].append(c)
    groups = {}
    for c in rows:
        if is_own_name_key(c["key"]) and _papers(c) >= MIN_OWN_TWIN_PAPERS:
            others = by.get((c["kind"], letters_of(c.get("name") or "")), [])
            if others:
                groups[c["key"]] = [*others, c]
    return _groups(groups)


def counts(found: Mapping[str, list]) -> dict[str, int]:
    return {name: len(found[name]) for name in CHECKS}


__all__ = ["CHECKS", "audit", "counts"]
