"""Words a name keeps broken at a line-end hyphen: "Workshop on Asian Transla-tion 2019".

A PDF-copied abstract sometimes keeps the hyphen that broke a word at a line end and loses the line break
("Transla-tion", "perfor-mance", "senti-ment"). `paperkg.extract.line_breaks` joins breaks followed by a space
inside names ("CNN- DailyMail"); this one is written as one word, so the tokenizer reads it as a hyphenated
word and a name holding it is spelt with the hyphen. `joined_broken_words` spells such a word whole in a
*name* (entities, aliases, result fields, the name a paper votes for its concept); the evidence and the
sentences stay as written.

A word "a-b" (letters only, lower case after the hyphen) is joined when the corpus statistics the extractor
ships (`phrase_stats.tsv.gz`, ACL 44k and the seed corpus) tell a broken word from a hyphenated one:
"ab" is an ordinary word (at least :data:`MIN_JOINED_PAPERS` papers write it), "a-b" is not (fewer than
the table's three papers: it is absent), and "b" alone is rarer than "ab" and no function word, so a prefix
before a word of its own stays ("re-trained", "sub-sampling", "multi-lingual", "up-to", "time-steps").

>>> joined_broken_words("Workshop on Asian Transla-tion 2019")
'Workshop on Asian Translation 2019'
>>> joined_broken_words("senti-ment analysis"), joined_broken_words("re-trained BERT"), joined_broken_words("XLM-R")
('sentiment analysis', 're-trained BERT', 'XLM-R')
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import overload

#: papers that must write the joined word for it to be an ordinary word of the field
MIN_JOINED_PAPERS = 10
#: the phrase table lists phrases of three papers or more: "a-b" absent means fewer
_ABSENT = 3

#: letters, a hyphen, lower-case letters; no letter, digit or hyphen either side ("state-of-the-art" is no word)
_HYPHENED = re.compile(r"(?<![\w-])([A-Za-z]+)-([a-z]{2,})(?![\w-])")


@lru_cache(maxsize=1)
def _tables():
    from paperkg.extract.lexicon import function_words
    from paperkg.extract.phrase_stats import load_phrase_stats

    return load_phrase_stats(), function_words()


def _papers(stats, word: str) -> int:
    st = stats.get(word)
    return st.df if st is not None else 0


@lru_cache(maxsize=1 << 14)
def _broken(left: str, right: str) -> bool:
    """Whether "left-right" is a word broken at a line end (see the module)."""
    stats, function = _tables()
    whole = (left + right).lower()
    papers = _papers(stats, whole)
    return (
        papers >= MIN_JOINED_PAPERS
        and _papers(stats, f"{left}-{right}".lower()) < _ABSENT
        and right not in function
        and _papers(stats, right) < papers
    )


@overload
def joined_broken_words(name: str) -> str: ...
@overload
def joined_broken_words(name: None) -> None: ...
def joined_broken_words(name: str | None) -> str | None:
    """`name` with each word broken at a line-end hyphen written whole (see the module); None and "" as they are."""
    if not name or "-" not in name:
        return name
    return _HYPHENED.sub(lambda m: m.group(1) + m.group(2) if _broken(m.group(1), m.group(2)) else m.group(0), name)
