"""Whether a number was measured on a development or validation split rather than the test set
("0.9218 F1 on the validation set", "On the development set, we obtain 43.46", "90.8% and 89.4% on
the dev and test data respectively"): leaderboards rank test-set scores, so such a number stays off them.
"""

from __future__ import annotations

import re
from typing import Final

from paperkg.extract.lexicon import rule_words
from paperkg.extract.results.clauses import clause_before
from paperkg.extract.results.other_data import TRAINING
from paperkg.extract.results.values import Value

#: split words that say a number was measured while developing, not on the test set (rule_words DEV_SPLITS)
DEV_SPLITS: Final = frozenset(rule_words("DEV_SPLITS"))


def on_a_dev_split(v: Value, lowers: list[str], values: list[Value]) -> bool:
    """Whether the words after a number, up to the next number or clause break, put it on a validation or
    development split ("0.9218 F1-score on public validation set", "an F1 of 0.9179 on the provided validation
    set and 0.8805 on the blind test-set"): a leaderboard ranks test-set scores, so it stays off the board.
    Cross-validation is no split ("in 10-fold cross validation").

    >>> vs = [Value(2, 3, "91.8", 91.8, None), Value(10, 11, "88.1", 88.1, None)]
    >>> words = "we get 91.8 f1 on the validation set and 88.1 on the test set".split()
    >>> on_a_dev_split(vs[0], words, vs), on_a_dev_split(vs[1], words, vs)
    (True, False)
    >>> on_a_dev_split(vs[0], "we get 91.8 f1 in 10-fold cross validation .".split(), vs[:1])
    False
    """
    stop = next((w.start for w in values if w.start >= v.end), len(lowers))
    for k in range(v.end, min(stop, v.end + 8)):
        w = lowers[k]
        if w in (",", ";", ".", "while", "whereas", "but", "respectively"):
            return False
        if w in DEV_SPLITS and lowers[k - 1] != "cross" and lowers[k + 1 : k + 2] != ["-"]:
            return True
    return False


def respective_split(v: Value, values: list[Value], lowers: list[str]) -> str | None:
    """The split a number of a list is on when a list of as many splits follows it ("90.8% and 89.4% on
    the dev and test data respectively", "4.6% and 9.8% accuracy gain in the test and dev sets"): "dev"
    or "test" for the number's place in the list, None when no such list follows.

    >>> words = "we get 90.8 % and 89.4 % f1 on the dev and test data respectively".split()
    >>> vs = [Value(2, 4, "90.8%", 90.8, "%"), Value(5, 7, "89.4%", 89.4, "%")]
    >>> respective_split(vs[0], vs, words), respective_split(vs[1], vs, words)
    ('dev', 'test')
    >>> respective_split(vs[0], vs, "we get 90.8 % and 89.4 % f1 on the test data".split()) is None
    True
    """
    k = values.index(v) if v in values else -1
    if k < 0:
        return None
    first = last = k
    while first > 0 and all(w in (",", "and", "&") for w in lowers[values[first - 1].end : values[first].start]):
        first -= 1
    while last + 1 < len(values) and all(
        w in (",", "and", "&") for w in lowers[values[last].end : values[last + 1].start]
    ):
        last += 1
    if first == last:
        return None
    splits: list[str] = []
    end = values[last + 1].start if last + 1 < len(values) else len(lowers)
    for j in range(values[last].end, min(end, values[last].end + 14)):
        w = lowers[j]
        if w in (".", ";") or (splits and w in ("on", "in", "for", "of", "with", "while", "but")):
            break
        if w in DEV_SPLITS or w in ("test", "testing"):
            splits.append("dev" if w in DEV_SPLITS else "test")
        elif splits and w not in (",", "and", "&", "the", "blind", "official") and w not in _SPLIT_NOUNS:
            break
    if len(splits) != last - first + 1 or len(set(splits)) < 2:
        return None
    return splits[k - first]


_A_NUMBER: Final = re.compile(r"^[+\-±≥≤~]*\d+(?:[.,]\d+)?%?$")
_SPLIT_NOUNS: Final = frozenset({"set", "sets", "phase", "data", "split", "stage"})
_TEST_WORDS: Final = frozenset({"test", "testing", "test-set", "blind", "held-out"})


def dev_split_before(v: Value, lowers: list[str]) -> bool:
    """Whether the sentence puts the number on a development or validation split before it: in its own
    clause ("the results of our framework on the development set show an f1-score of 84.92%") or in a
    sentence-opening phrase ("During the development phase, our system achieved 0.8403", "On the
    development set, we obtain 43.46"), with no test split named between. Training on the split is no
    measuring on it ("training on the validation set, we achieve 74.7%").

    >>> words = "on the development set , we obtain 43.46 and on the test set 41.2".split()
    >>> dev_split_before(Value(7, 8, "43.46", 43.46, None), words), dev_split_before(Value(13, 14, "41.2", 41.2, None), words)
    (True, False)
    >>> dev_split_before(Value(9, 10, "74.7", 74.7, None), "training on the validation set , we achieve an accuracy 74.7".split())
    False
    """
    opening = lowers[:5]
    if (
        len(opening) == 5
        and opening[0] in ("on", "in", "during")
        and opening[1] in ("the", "our")
        and opening[2] in DEV_SPLITS
        and opening[3] in _SPLIT_NOUNS
        and opening[4] == ","
    ):
        return not any(w in _TEST_WORDS for w in lowers[5 : v.start])  # "On the development set, we obtain ..."
    clause_start = v.start - len(clause_before(v, lowers))
    for k in range(v.start - 2, 1, -1):
        if lowers[k] in _TEST_WORDS or _A_NUMBER.match(lowers[k]):
            return False  # a test split, or another number, between: the split is not this number's
        if not (lowers[k] in DEV_SPLITS and lowers[k + 1] in _SPLIT_NOUNS and lowers[k - 1] in ("the", "our")):
            continue
        at = k - 2
        if lowers[at] not in ("on", "in", "during") or (at > 0 and lowers[at - 1] in TRAINING | {"trained", "tuned"}):
            return False
        # "0.80 on the validation set and 0.63 ...": a split after a number is that number's
        return at >= clause_start and not any(_A_NUMBER.match(w) for w in lowers[:at])
    return False
