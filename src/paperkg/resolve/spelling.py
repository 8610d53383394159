"""Whether an acronym is read off a long form (`spells`): the spelling test both resolve.merging and
resolve.longform use, in a module of its own so that neither imports the other for it.

Field acronyms are not always plain initials: "BLEU" takes "BL" from "BiLingual", "SQuAD" takes "QU"
from "QUestion": every word of the long form opens a piece of the acronym with its first letter, and a
piece may go on with later letters of that word (small words and the later parts of a hyphenated word
may give nothing).
"""

from __future__ import annotations

import re
from functools import lru_cache

from paperkg.resolve.senses import SMALL_WORDS


def acronym_letters(acronym: str) -> str:
    """The acronym's letters, lower case, without a plural "s" ("LLMs"); empty when it holds a digit ("BLEU-4")."""
    if any(ch.isdigit() for ch in acronym):
        return ""
    letters = "".join(ch for ch in acronym if ch.isalpha())
    if len(letters) > 2 and letters.endswith("s") and letters[:-1].isupper():
        letters = letters[:-1]
    return letters.lower()


def _units(long_form: str) -> tuple[tuple[str, bool, bool], ...]:
    """(word, may give nothing, is a small word) for each word of a long form and each part of a hyphenated
    word; empty when a part is itself a name (two capitals or a digit: "BERT-Large", "CoNLL-2003")."""
    out = []
    for word in re.split(r"[\s/]+", long_form.strip()):
        parts = [p for p in re.split(r"[-–]", word) if p]
        for i, part in enumerate(parts):
            if sum(ch.isupper() for ch in part) > 1 or any(ch.isdigit() for ch in part):
                return ()
            part = "".join(ch for ch in part if ch.isalpha()).lower()
            if part:
                small = part in SMALL_WORDS
                out.append((part, i > 0 or small, small))
    return tuple(out)


def _pieces(word: str, small: bool) -> list[str]:
    """The pieces a word may give an acronym: its first letter and more of its start ("QU" of "question"),
    or its first letter and the start after one skipped letter ("BL" of "bilingual"); a small word its
    first letter only."""
    if small:
        return [word[:1]]
    return [*(word[:n] for n in range(1, len(word) + 1)), *(word[0] + word[2:n] for n in range(3, len(word) + 1))]


@lru_cache(maxsize=65536)
def spells(acronym: str, long_form: str) -> bool:
    """Whether `acronym` is read off `long_form` word by word: each word opens a piece with its first
    letter and may add the next letters of its start (see `_pieces`; small words and later parts of a
    hyphenated word may give nothing); two words at least, none of them a name itself.

    >>> spells("MoE", "Mixture-of-Experts"), spells("LSTM", "Long Short-Term Memory"), spells("LLMs", "large language models")
    (True, True, True)
    >>> spells("NER", "machine translation"), spells("BLEU-4", "bilingual evaluation understudy"), spells("MT", "MT")
    (False, False, False)
    >>> spells("SQuAD", "sequence understanding"), spells("BLEU", "BERT-Large Uncased")
    (False, False)
    """
    letters, units = acronym_letters(acronym), _units(long_form)
    if len(letters) < 2 or len(units) < 2 or all(optional for _, optional, _ in units):
        return False

    @lru_cache(maxsize=None)
    def match(i: int, j: int) -> bool:
        if i == len(units):
            return j == len(letters)
        word, optional, small = units[i]
        if optional and match(i + 1, j):
            return True
        return any(letters.startswith(p, j) and match(i + 1, j + len(p)) for p in set(_pieces(word, small)))

    return match(0, 0)


def required_initials(long_form: str) -> str:
    """The first letters of the words a spelled acronym cannot skip (`_units`)."""
    return "".join(word[0] for word, optional, _ in _units(long_form) if not optional)
