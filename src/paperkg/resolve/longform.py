"""Which acronym a long form spells, and the acronym concepts that stand beside their long-form concept.

Field acronyms are not always plain initials: "BLEU" takes "BL" from
"BiLingual", "SQuAD" takes "QU" from "QUestion". `spells` accepts them: every
word of the long form opens a piece of the acronym with its first letter, and a
piece may go on with later letters of that word (small words and the later
parts of a hyphenated word may give nothing). Over stored concepts
({key, name, kind, aliases, paper_count}), `acronym_twins` lists the pairs of
one kind where one concept is named by an acronym and the other is a long form
that spells or holds it ("BLEU" beside "bilingual evaluation understudy"): one
concept on two nodes, unless the acronym has two senses. `long_form_senses`
names every concept (any kind) that could be what an acronym means.

>>> spells("BLEU", "bilingual evaluation understudy"), spells("SQuAD", "Stanford Question Answering Dataset")
(True, True)
>>> spells("CLIP", "Contrastive Language-Image Pre-training"), spells("BLEU", "bilingual understudy")
(True, False)
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations
from typing import Callable, Iterable, Mapping

from paperkg.model import TOPIC
from paperkg.names import fold
from paperkg.resolve.merging import other_sense
from paperkg.resolve.names import is_acronym, long_forms
from paperkg.resolve.spelling import acronym_letters, required_initials, spells

#: An acronym longer than this many letters is not looked up (its subsequences would be too many).
MAX_LETTERS = 10


def _heads(letters: str) -> Iterable[str]:
    """Every subsequence of `letters` that keeps its first letter: the initials a long form spelling it may have."""
    rest = letters[1:]
    for n in range(len(rest) + 1):
        for picked in combinations(range(len(rest)), n):
            yield letters[0] + "".join(rest[i] for i in picked)


def long_form_senses(
    concepts: Iterable[Mapping], *, same_kind: bool, acronyms: set[str] | None = None
) -> dict[tuple[str, str], list[Mapping]]:
    """{(kind or "", folded acronym): long-form concepts that spell or hold it}; kind "" when `same_kind` is False.

    A concept holds an acronym when one of its aliases is it; it spells one when its name or a long-form
    alias does (`spells`). Only acronyms named by some concept (and in `acronyms`, folded, if given) are looked up.
    """
    rows = [c for c in concepts if c.get("kind") != TOPIC]
    by_initials: dict[tuple[str, str], list[tuple[Mapping, str]]] = defaultdict(list)
    holders: dict[tuple[str, str], list[Mapping]] = defaultdict(list)
    for c in rows:
        kind = c["kind"] if same_kind else ""
        spellings = [s for s in (c.get("name"), *(c.get("aliases") or [])) if s]
        expanded = long_forms(spellings)
        if not expanded:
            continue
        for s in spellings:
            if s not in expanded and is_acronym(s):
                holders[(kind, fold(s))].append(c)
        for s in dict.fromkeys(expanded):
            if head := required_initials(s):
                by_initials[(kind, head)].append((c, s))
    out: dict[tuple[str, str], list[Mapping]] = {}
    for c in rows:
        name = c.get("name") or ""
        letters = acronym_letters(name)
        if not is_acronym(name) or not 2 <= len(letters) <= MAX_LETTERS:
            continue
        if acronyms is not None and fold(name) not in acronyms:
            continue
        kind = c["kind"] if same_kind else ""
        key = (kind, fold(name))
        if key in out:
            continue
        found = {h["key"]: h for h in holders.get(key, []) if h["key"] != c["key"]}
        for head in set(_heads(letters)):
            for other, s in by_initials.get((kind, head), []):
                if other["key"] != c["key"] and spells(name, s):
                    found[other["key"]] = other
        if found:
            out[key] = sorted(found.values(), key=lambda r: (-int(r.get("paper_count") or 0), r["key"]))
    return out


def defines(text: str, acronym: str, long_form: str) -> bool:
    """Whether `text` defines `acronym` as `long_form`: "long form (ACRONYM)" or "ACRONYM (long form)",
    the long form in any case and with spaces or hyphens between its words.

    >>> defines("We report bilingual evaluation understudy (BLEU) scores.", "BLEU", "Bilingual Evaluation Understudy")
    True
    >>> defines("We report BLEU and bilingual evaluation understudy.", "BLEU", "bilingual evaluation understudy")
    False
    """
    words = [re.escape(w) for w in re.split(r"[\s–-]+", long_form.strip()) if w]
    long = r"[\s–-]*".join(words)
    short = re.escape(acronym)
    pattern = rf"(?<!\w){long}\s*\(\s*{short}\s*[),;]|(?<!\w){short}\s*\(\s*{long}\s*[),;]"
    return bool(words) and re.search(pattern, text, re.IGNORECASE) is not None


def acronym_twins(
    concepts: Iterable[Mapping], defined: Callable[[Mapping, str], bool] | None = None
) -> list[list[Mapping]]:
    """[acronym concept, long-form concept, ...] per acronym: concepts of one kind, one named by the acronym,
    the others long forms that hold it or spell it (`long_form_senses`), most papers first. With `defined`
    ((long-form concept, acronym) -> whether one of its papers defines it so), a long form that only
    spells the acronym counts when one of its papers defines it so (short acronyms spell many phrases).

    Two senses are no twins, so they are not listed: a long form other than the acronym concept's own
    (resolve.merging.other_sense: "MAP" for mean average precision beside "maximum a posteriori"), and the
    senses of a bare acronym that has two or more of them ("CL": contrastive or curriculum learning), whose
    papers join a sense one by one (resolve.senses) and never wholesale.

    >>> rows = [{"key": "Metric:bleu", "name": "BLEU", "kind": "Metric", "aliases": [], "paper_count": 9},
    ...         {"key": "Metric:beu", "name": "bilingual evaluation understudy", "kind": "Metric", "paper_count": 3},
    ...         {"key": "Task:beu", "name": "bilingual evaluation understudy", "kind": "Task", "paper_count": 1}]
    >>> [[c["key"] for c in g] for g in acronym_twins(rows)]
    [['Metric:bleu', 'Metric:beu']]
    >>> acronym_twins(rows, lambda c, a: False)
    []
    """
    rows = [c for c in concepts if c.get("kind") != TOPIC]
    senses = long_form_senses(rows, same_kind=True)
    out = []
    for c in rows:
        name = c.get("name") or ""
        if not is_acronym(name):
            continue
        others = [o for o in senses.get((c["kind"], fold(name)), []) if o["key"] != c["key"]]
        if defined is not None:
            others = [o for o in others if _holds(o, name) or defined(o, name)]
        others = [o for o in others if not other_sense(c, o)]
        if len(others) > 1 and not long_forms([name, *(c.get("aliases") or [])]):
            continue  # a bare acronym of several senses: its papers choose one each (resolve.senses)
        if others:
            out.append([c, *others])
    return sorted(out, key=lambda g: (-sum(int(c.get("paper_count") or 0) for c in g), g[0]["key"]))


def _holds(c: Mapping, acronym: str) -> bool:
    return fold(acronym) in {fold(a) for a in c.get("aliases") or [] if is_acronym(a)}


__all__ = ["MAX_LETTERS", "acronym_twins", "defines", "long_form_senses", "spells"]
