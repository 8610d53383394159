"""Pure name folding: the spelling-independent identity of a concept name.

>>> normalise_name("LLaMA 2") == normalise_name("Llama-2") == normalise_name("Llama2")
True
>>> normalise_name("MATH-500") == normalise_name("MATH500")
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from paperkg.names import fold

_ACRONYM = re.compile(r"^[A-Za-z0-9&+\-/.]{2,12}$")
#: A roman version after a name and a space or hyphen ("MultiCoNER II", "DIHARD-III").
_ROMAN_TAIL = re.compile(r"(?<=[^\W\d_])[\s_-]+(I{1,3}|IV|VI{0,3}|IX|X)$")
_ROMAN = {
    "I": "1",
    "II": "2",
    "III": "3",
    "IV": "4",
    "V": "5",
    "VI": "6",
    "VII": "7",
    "VIII": "8",
    "IX": "9",
    "X": "10",
}


def arabic_version(name: str) -> str:
    """The name with a roman version after it in digits: "MultiCoNER II" is "MultiCoNER 2".

    >>> arabic_version("MultiCoNER II"), arabic_version("DIHARD-III"), arabic_version("World Cup"), arabic_version("MIX")
    ('MultiCoNER 2', 'DIHARD 3', 'World Cup', 'MIX')
    """
    return _ROMAN_TAIL.sub(lambda m: " " + _ROMAN[m.group(1)], name or "")


def normalise_name(name: str) -> str:
    """The spelling-independent identity of a name: `paperkg.names.fold`."""
    return fold(name)


def concept_key(kind: str, name: str) -> str:
    """`Kind:normalised-name`, the stable key of a Concept node (`kind_of_key`, `rekey` read and change its kind)."""
    return f"{kind}:{normalise_name(name)}"


def kind_of_key(key: str) -> str:
    """The kind a concept key was made with (`Kind:normalised-name`).

    >>> kind_of_key("Dataset:snli")
    'Dataset'
    """
    return key.split(":", 1)[0]


def rekey(key: str, kind: str) -> str:
    """The key the same name has under another kind.

    >>> rekey("Task:stanfordnaturallanguageinference", "Dataset")
    'Dataset:stanfordnaturallanguageinference'
    """
    return f"{kind}:{key.split(':', 1)[1]}"


@lru_cache(maxsize=1 << 18)  # a refresh asks about the same spellings millions of times
def is_acronym(name: str) -> bool:
    """A short form such as `SFT`, `DPO`, `MoE`, `LLMs`: one word, mostly capitals.

    Acronyms are ambiguous across papers (SFT is supervised fine-tuning in one
    paper and sparse fine-tuning in another), so they never decide a merge on
    their own when a long form is known.
    """
    if not _ACRONYM.match(name) or " " in name:
        return False
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2:
        return False
    caps = sum(c.isupper() for c in letters)
    return caps >= 2 and caps >= len(letters) - 2


def long_forms(spellings: Iterable[str]) -> list[str]:
    """The spellings of one concept that are not acronyms. An acronym written in another case
    ("Clip" of CLIP, at a sentence start or in a title) is still the acronym, not a long form;
    a word that only folds like it ("Birds" of BIRD) is not.

    >>> long_forms(["CLIP", "Clip", "Contrastive Language-Image Pre-training"])
    ['Contrastive Language-Image Pre-training']
    >>> long_forms(["BIRD", "Birds"]), long_forms(["Adam"])
    (['Birds'], ['Adam'])
    """
    return list(_long_forms(tuple(s for s in spellings if s)))


@lru_cache(maxsize=1 << 17)  # a refresh asks again for every concept in every step of every pass
def _long_forms(names: tuple[str, ...]) -> tuple[str, ...]:
    upper = {s.upper() for s in names if is_acronym(s)}
    return tuple(s for s in names if not is_acronym(s) and s.upper() not in upper)


#: A year in a name: four digits ("NADI 2022", "SemEval-2019 Task 7") or two after a name ("NADI-23", "BEA19").
_YEAR = re.compile(r"(?<![\d.])(?:19|20)(\d\d)(?![\d.])|(?<=[A-Za-z])[-’']?(\d\d)(?![\w.])")
#: A shared task's number ("Task 6", "task-09", "Shared Task 1.1", "Subtask 2"), never a year ("Shared Task 2019").
_TASK_NUMBER = re.compile(r"(?<![^\W\d_])(?:[Ss]ub)?[Tt]ask[- ]?0*(?!(?:19|20)\d\d(?!\d))(\d+(?:\.\d+)?)(?![\d.])")


def edition_year(name: str) -> str | None:
    """The two last digits of the first year a name gives, or None: "NADI 2022 shared task" 22, "BEA-19" 19."""
    m = _YEAR.search(name or "")
    return (m.group(1) or m.group(2)) if m else None


def task_number(name: str) -> str | None:
    """The number of the shared task a name gives, or None.

    >>> task_number("SemEval-2018 Task 09"), task_number("SMM4H Shared Task 2019"), task_number("SMM4H task1")
    ('9', None, '1')
    """
    m = _TASK_NUMBER.search(name or "")
    return m.group(1) if m else None


def other_benchmarks(names: Iterable[str], others: Iterable[str]) -> bool:
    """Whether two Datasets, each given by its spellings, are different benchmarks of one series: another edition
    ("NADI 2022" / "NADI-23") or another numbered task ("SemEval-2018 Task 2" / "SemEval-2018 Task 8"). A spelling
    both share (the series' long form, an edition's event "SemEval 2018 shared task") does not make them one:
    each has its own data and its own leaderboard.

    >>> other_benchmarks(["NADI 2022"], ["NADI-23", "Nuanced Arabic Dialect Identification"])
    True
    >>> other_benchmarks(["SemEval-2018 Task 8"], ["SemEval-2018 Task 2", "SemEval 2018 shared task"])
    True
    >>> other_benchmarks(["CoNLL-2003"], ["CoNLL03", "CoNLL 2003 NER"]), other_benchmarks(["OffensEval"], ["SemEval-2019 Task 6"])
    (False, False)
    """
    names, others = list(names), list(others)
    for read in (edition_year, task_number):
        mine = {x for x in map(read, names) if x is not None}
        theirs = {x for x in map(read, others) if x is not None}
        if mine and theirs and not mine & theirs:
            return True
    return False


def undated_alias(name: str, alias: str) -> bool:
    """An alias without the edition the name gives: the series' name ("Social Media Mining for Health Applications"
    of "... 2020 shared task"), every edition's, which must not join one edition to another.

    >>> undated_alias("Foo 2031 shared task", "Foo"), undated_alias("Foo 2031 shared task", "FOO-31"), undated_alias("Foo", "Bar")
    (True, False, False)
    """
    return edition_year(name) is not None and edition_year(alias) is None
