"""What a typed acronym may mean: the concepts that hold it or spell it, ranked by the papers writing it for them.

An acronym has one owner among aliases (an alias never points to two concepts, refresh.names.plan_dedupe:
the concept of most papers keeps it), but its papers may write it for another concept more often: on the
ACL 44k graph "SST" is the alias of simultaneous speech translation (46 papers, 8 writing "SST"), while 10
papers of the Stanford Sentiment Treebank (15) write "SST" for it. A look-up of such an acronym answers with
every sense its papers write it for (`paperkg concept SST`), the most written first, never silently one.
"""

from __future__ import annotations

from typing import Iterable, Mapping

from paperkg.names import fold
from paperkg.resolve.names import is_acronym, long_forms
from paperkg.resolve.senses import initials


def acronym_candidates(acronym: str, concepts: Iterable[Mapping], kind: str | None = None) -> list[str]:
    """Keys of the concepts `acronym` may name: those that hold it (name or alias, in any case) and those whose
    long form spells it by word initials (resolve.senses.initials), whichever holds it as an alias. Empty when
    `acronym` is no acronym. Most candidates are no sense at all ("SemEval-2019 shared task" spells "SST"): the
    papers that write the acronym for them decide (`rank_senses`).

    >>> rows = [{"key": "T:sst", "name": "simultaneous speech translation", "kind": "Task", "aliases": ["SST"]},
    ...         {"key": "D:sst", "name": "Stanford Sentiment Treebank", "kind": "Dataset", "aliases": []},
    ...         {"key": "D:imdb", "name": "IMDB", "kind": "Dataset", "aliases": []}]
    >>> acronym_candidates("SST", rows), acronym_candidates("SST", rows, kind="Dataset")
    (['T:sst', 'D:sst'], ['D:sst'])
    >>> acronym_candidates("speech", rows)
    []
    """
    if not is_acronym(acronym.strip()):
        return []
    folded = fold(acronym)
    out = []
    for c in concepts:
        if kind is not None and c.get("kind") != kind or c.get("kind") == "Topic":
            continue
        spellings = [s for s in (c.get("name"), *(c.get("aliases") or [])) if s]
        if any(fold(s) == folded for s in spellings) or any(
            l[:1].casefold() == folded[:1] and folded in initials(l) for l in long_forms(spellings)
        ):
            out.append(c["key"])
    return out


def rank_senses(writers: Mapping[str, int], concepts: Mapping[str, Mapping]) -> list[dict]:
    """The senses of an acronym, most written first (then most papers, then key): every concept that at least
    one paper writes it for (`writers`: {key: papers writing the acronym in spans resolved to the concept}).

    >>> concepts = {"T:sst": {"name": "simultaneous speech translation", "kind": "Task", "paper_count": 46},
    ...             "D:sst": {"name": "Stanford Sentiment Treebank", "kind": "Dataset", "paper_count": 15}}
    >>> [(s["key"], s["writers"]) for s in rank_senses({"T:sst": 6, "D:sst": 10, "D:none": 0}, concepts)]
    [('D:sst', 10), ('T:sst', 6)]
    """
    senses = [
        {
            "key": key,
            "name": concepts[key].get("name") or key,
            "kind": concepts[key].get("kind"),
            "paper_count": int(concepts[key].get("paper_count") or 0),
            "writers": n,
        }
        for key, n in writers.items()
        if n > 0 and key in concepts
    ]
    return sorted(senses, key=lambda s: (-s["writers"], -s["paper_count"], s["key"]))


def answer_sense(key: str, senses: list[dict]) -> str:
    """The concept a look-up of an acronym answers with: the one its papers write it for most, where that is
    not the concept the alias resolved to (`key`) and more papers write it for the other; else `key`.

    >>> senses = [{"key": "D:sst", "writers": 10}, {"key": "T:sst", "writers": 6}]
    >>> answer_sense("T:sst", senses), answer_sense("T:sst", [{"key": "D:sst", "writers": 6}, {"key": "T:sst", "writers": 6}])
    ('D:sst', 'T:sst')
    """
    if not senses:
        return key
    own = next((s["writers"] for s in senses if s["key"] == key), 0)
    return senses[0]["key"] if senses[0]["writers"] > own else key
