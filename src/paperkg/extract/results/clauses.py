"""How a results sentence is laid out: where the clause of a number starts, and which numbers or
names are written as one list ("1.2, 3.4 and 5.6", "on A, B and C").

Every later step reads these (lists pair datasets, metrics and subjects with numbers in order; a
contrast or a clause break cuts a cue off from a number), so they sit at the bottom of the package.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Final

from paperkg.extract.lexicon import rule_words
from paperkg.extract.results.kinds import cues
from paperkg.extract.results.values import NUMBER, Value

CLAUSE_BREAKS: Final = frozenset(rule_words("CLAUSE_BREAKS"))


def listed_before(v: Value, values: list[Value], metrics: list[tuple], lowers: list[str]) -> list[Value]:
    """The values listed before `v` with it, only commas, "and" and metric names between
    ("within 8.9% Exact Match and 7.1% F1 of the best": what is said of the first holds for all)."""
    named = _metric_tokens(metrics)
    out: list[Value] = []
    for o in reversed(values_before(v, values)):
        nxt = out[0] if out else v
        if not _named_or_joined(named, lowers, o.end, nxt.start):
            break
        out.insert(0, o)
    return out


def listed_after(v: Value, values: list[Value], metrics: list[tuple], lowers: list[str]) -> Value:
    """The last value of the list `v` opens or stands in ("sub-selecting 1% and 10% of the data": 10%)."""
    named = _metric_tokens(metrics)
    last = v
    for o in values:
        if o.start >= last.end and _named_or_joined(named, lowers, last.end, o.start):
            last = o
    return last


def values_before(v: Value, values: list[Value]) -> list[Value]:
    """The values that end before `v` starts, in their order (`listed_before`, `candidates.spread_listed`): a loop,
    not a comprehension, which made a function object at every call (~5 calls a paper).

    >>> [o.text for o in values_before(Value(4, 5, "3", 3.0, None), [Value(0, 1, "1", 1.0, None), Value(2, 3, "2", 2.0, None), Value(4, 5, "3", 3.0, None)])]
    ['1', '2']
    """
    before = []
    for o in values:
        if o.end <= v.start:
            before.append(o)
    return before


def _metric_tokens(metrics: list[tuple]) -> set[int]:
    """The tokens of the metric spans (start, end, ...): `{j for m in metrics for j in range(m[0], m[1])}`."""
    named: set[int] = set()
    for m in metrics:
        named.update(range(m[0], m[1]))
    return named


def _named_or_joined(named: set[int], lowers: list[str], start: int, end: int) -> bool:
    """Whether every token of start..end is in a metric's name (`named`) or a "," or "and": a loop, not `all` over
    a generator, which a first "no" leaves open, to be closed by a GeneratorExit thrown into it (~2k instructions
    in CPython 3.11; ~5 such tests an abstract)."""
    for j in range(start, end):
        if not (j in named or lowers[j] in (",", "and")):
            return False
    return True


def clause_before(v: Value, lowers: list[str]) -> list[str]:
    """The words of the value's clause before it ("..., while previous work achieves only 35.3%")."""
    k = v.start
    while k > 0 and lowers[k - 1] not in CLAUSE_BREAKS:
        k -= 1
    return lowers[k : v.start]


CONTRASTS = frozenset(rule_words("CONTRASTS"))


def continues_list(
    between: list[int],
    v: Value,
    lowers: list[str],
    *,
    hedges: frozenset[str] = frozenset({"by"}),
    as_well_as: bool = False,
) -> bool:
    """Whether `v` is the next item of a list that the number before it opens,
    whatever names what ("absolute gains of 12.8% in accuracy on text
    classification and 15.6% on GLUE", "improvements of 5.7% against X and 0.6%
    against Y"): after "," or "and", with no verb or clause of its own between. Words of `hedges` may
    stand between the "and" and the number ("by 2% on A and by 3% on B"); a list's kind passes every hedge
    ("up to 1.7 F1 on A and up to 2.4 F1 on B"), keeping a bare number only "by" ("over 0.70 for three more"
    is no item of a list of scores).

    >>> from paperkg.extract.results.kinds import HEDGES
    >>> words = "up to 1.7 f1 on a and up to 2.4 f1 on b".split()
    >>> continues_list(list(range(3, 9)), Value(9, 10, "2.4", 2.4, None), words, hedges=HEDGES)
    True
    >>> continues_list(list(range(3, 9)), Value(9, 10, "2.4", 2.4, None), words)
    False
    >>> words = "by 3.0 em on a , as well as 2.2 em on b".split()
    >>> continues_list(list(range(2, 9)), Value(9, 10, "2.2", 2.2, None), words, as_well_as=True)
    True
    >>> continues_list(list(range(2, 9)), Value(9, 10, "2.2", 2.2, None), words)
    False
    """
    k = v.start
    # "by 3.0 EM on A, as well as 2.2 EM on B": with `as_well_as`, "as well as" joins a list as "and" does
    well = as_well_as and lowers[max(0, k - 3) : k] == ["as", "well", "as"]
    while k > 1 and lowers[k - 1] in hedges:
        k -= 1
    joined = well or lowers[k - 1] in (",", "and")
    if not joined or len(between) > 12:
        return False
    achieve = cues()["achieve"]
    return not any(lowers[j] in achieve or (lowers[j] in CLAUSE_BREAKS and lowers[j] != ",") for j in between)


def unbracketed(span: range, lowers: list[str]) -> list[int]:
    """The token indices of `span` outside short brackets: in "decreases of 31.3% (BERT), 22.5%
    (RoBERTa)" the owner in brackets does not end the list."""
    out: list[int] = []
    k = span.start
    while k < span.stop:
        if lowers[k] == "(":  # the close is looked for after an opening bracket only, not from every token
            close = next((j for j in range(k + 1, min(k + 6, span.stop)) if lowers[j] == ")"), None)
            if close is not None:
                k = close + 1
                continue
        out.append(k)
        k += 1
    return out


def value_runs(values: list[Value], lowers: list[str]) -> dict[int, int]:
    """Length of the coordinated list each value stands in ("1.2, 3.4 and 5.6" → 3), by value start."""
    out: dict[int, int] = {}
    for run in list_runs(values, attrgetter("start"), attrgetter("end"), lowers):
        for v in run:
            out[v.start] = len(run)
    return out


_LIST_SEPARATORS: Final = frozenset({",", "and", "or", "/", ";"})


def list_runs(items: list, start_of, end_of, lowers: list[str], *, skip: frozenset = frozenset()) -> list[list]:
    """Items written as one list ("A, B and C"): 1-3 separators between neighbours."""
    runs: list[list] = []
    for it in items:
        if runs and _separated(lowers, end_of(runs[-1][-1]), start_of(it), skip):
            runs[-1].append(it)
        else:
            runs.append([it])
    return runs


def _separated(lowers: list[str], a: int, b: int, skip: frozenset) -> bool:
    """Whether the gap lowers[a:b] is not empty and its words, those in `skip` aside, are at most three separators.
    It stops at the first other word (most gaps between a text's values hold words): no list of the gap's words is
    made to be tested.

    >>> _separated("a , b and the c".split(), 1, 2, frozenset()), _separated("x the and y".split(), 1, 3, frozenset())
    (True, False)
    >>> _separated("x the and y".split(), 1, 3, frozenset({"the"})), _separated("x y".split(), 1, 1, frozenset())
    (True, False)
    """
    if a >= b:
        return False
    n = 0
    for w in lowers[a:b]:
        if w in skip:
            continue
        if n == 3 or w not in _LIST_SEPARATORS:
            return False
        n += 1
    return True


def bracket_close(k: int, lowers: list[str], reach: int) -> int | None:
    """The index of the ")" that closes a bracket opening at `k`, fewer than `reach` tokens on; None when no
    bracket opens at `k` or it does not close that soon.

    >>> bracket_close(1, "77.0 ( +2.7 ) on mlvu".split(), 5)
    3
    >>> bracket_close(1, "77.0 ( a b c d ) on".split(), 5) is None
    True
    """
    if k < len(lowers) and lowers[k] == "(":
        for j in range(k + 1, min(k + reach, len(lowers))):  # a loop: no generator left open at the ")" found
            if lowers[j] == ")":
                return j
    return None


def past_bracket(k: int, lowers: list[str], reach: int = 5) -> int:
    """The index after a short bracket that opens at `k` ("77.0 (+2.7) on MLVU"), else `k`.

    >>> past_bracket(1, "77.0 ( +2.7 ) on mlvu".split())
    4
    >>> past_bracket(1, "77.0 on mlvu".split())
    1
    """
    close = bracket_close(k, lowers, reach)
    return k if close is None else close + 1


def bracketed_change(v: Value, lowers: list[str]) -> bool:
    """Whether a signed number stands alone in a bracket right after another number: "66.8 (+4.3)",
    "77.0 (-1.2)", "98.2% (+3.3%)", the change the paper's method brings to the score before it.

    >>> from paperkg.extract.results.values import find_values
    >>> words = "reaches 66.8 ( +4.3 ) on foobench".split()
    >>> [bracketed_change(x, words) for x in find_values(words, integers=True)]
    [False, True]
    >>> words = "reaches 66.8% ( +4.3% ) on foobench".split()
    >>> [bracketed_change(x, words) for x in find_values(words, integers=True)]
    [False, True]
    >>> words = "a variation of +0.44 ( +0.49 ) in bleu".split()
    >>> [bracketed_change(x, words) for x in find_values(words, integers=True)]
    [False, False]
    """
    s = v.start
    return (
        v.text[:1] in "+-−"
        and s > 1
        and lowers[s - 1] == "("
        and v.end < len(lowers)
        and lowers[v.end] == ")"
        and NUMBER.match(lowers[s - 2].removesuffix("%")) is not None
        and lowers[s - 2][:1] not in "+-−"  # "+0.44 (+0.49)": a second dataset's change, bracketed beside the first
    )
