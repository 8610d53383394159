"""The numbers a results sentence reports, as written: units, ranges, signs,
and the metric words written inside a value ("1.8 F1 points", "by 0.4 BLEU").
Plain lists in, plain values out, so tests can call them directly."""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter, methodcaller
from typing import Final

from paperkg.extract.lexicon import rule_words
from paperkg.extract.names import is_year

NUMBER: Final = re.compile(r"^[+\-−]?\d+(?:[.,]\d+)*$")
_GLUED: Final = re.compile(r"^([+\-−]?\d+(?:\.\d+)?)\+?(%|x|×|s|ms|T|pp|pts)$")  # "1.5+%": at least 1.5%
_SIGNS: Final = frozenset("+-−")
_HEDGE_MARKS: Final = frozenset("~∼≈<>≤≥")  # "~7 points", "<82%": a qualifier glued to the number (RULINGS R3 drops it)
_RANGE: Final = re.compile(r"^([+\-−]?\d+(?:\.\d+)?)%?[-–~](\d+(?:\.\d+)?)(%)?$")
#: the last characters of `_GLUED`'s matches (its units' last letters; `$` also matches before a last line break)
_GLUED_LAST: Final = frozenset("%x×sTp\n")


def _glued(w: str) -> re.Match[str] | None:
    """`_GLUED.match(w)`, called only on a word whose last character may end a match (most numbers end in a
    digit): ~0.6k instructions a call fewer on the seed's words, by callgrind, the Python call counted."""
    return _GLUED.match(w) if w[-1:] in _GLUED_LAST else None


def _range(w: str) -> re.Match[str] | None:
    """`_RANGE.match(w)`, called only on a word holding one of the dashes or the tilde between its numbers
    (~0.7k instructions a call fewer on the seed's words)."""
    return _RANGE.match(w) if "-" in w or "–" in w or "~" in w else None


UNITS: Final = {
    "%": "%",
    "\\%": "%",
    "percent": "%",
    "x": "x",
    "x.": "x",  # spaCy keeps "x." whole at a sentence's end ("a speed-up of 1.4x.")
    "×": "×",
    "times": "×",
    "points": " points",
    "point": " points",
    "pp": " pp",
    "pts": " points",
    "percentage": " points",
}


@dataclass(frozen=True)
class Value:
    start: int  # token index of the number
    end: int  # token index after the unit
    text: str
    number: float | None  # None where the digits read as no number ("1.2.3")
    unit: str | None


def find_values(words: list[str], *, integers: bool = False) -> list[Value]:
    """Numbers with a unit (%, points, ×, s) and bare decimals, as written
    (bare integers too with `integers`); a range ("2.2% to 14.6%", "10-22 %",
    "+0.3 ~ 0.8") is one value; a glued qualifier ("~7", "<82%") is dropped."""
    words, starts = _unhedged_starts(words)
    out: list[Value] = []
    i = 0  # the next token a value may start at (a value found skips its tokens)
    for k in starts:
        if k < i:
            continue
        i = k
        w = words[i]
        m = _glued(w) or _range(w)
        if m and not (m.re is _RANGE and is_year(m.group(1).lstrip("+-−"))):
            num, unit = m.group(1), m.group(3 if m.re is _RANGE else 2)
            if unit is None and i + 1 < len(words) and words[i + 1].lower() in UNITS:
                out.append(Value(i, i + 2, f"{w} {words[i + 1]}", _to_float(num), UNITS[words[i + 1].lower()].strip()))
                i += 2
                continue
            out.append(Value(i, i + 1, w, _to_float(num), unit))
            i += 1
            continue
        if NUMBER.match(w) and not is_year(w):
            nxt = words[i + 1].lower() if i + 1 < len(words) else ""
            if nxt in ("percentage", "percent") and i + 2 < len(words) and words[i + 2].lower() in ("points", "point"):
                out.append(Value(i, i + 3, " ".join(words[i : i + 3]), _to_float(w), "points"))
                i += 3
                continue
            qualified = _qualified_unit(words, i)
            if qualified:
                # "by 3 absolute points", "2.1 absolute percentage points": the qualifier is written with the unit
                out.append(Value(i, qualified, " ".join(words[i:qualified]), _to_float(w), "points"))
                i = qualified
                continue
            if nxt in UNITS:
                unit = UNITS[nxt]
                out.append(Value(i, i + 2, f"{w}{unit}", _to_float(w), unit.strip()))
                i += 2
                continue
            if "." in w or integers:
                out.append(Value(i, i + 1, w, _to_float(w), None))
        i += 1
    return _join_ranges(out, words) if len(out) > 1 else out


def _qualified_unit(words: list[str], i: int) -> int | None:
    """The end of "N absolute points" / "N relative percentage points" at `i`: a point unit written after
    "absolute" or "relative" (ACL 44k: 20 abstracts), or None.

    >>> _qualified_unit("by 3 absolute points ,".split(), 1), _qualified_unit("3 absolute percentage points".split(), 0)
    (4, 4)
    >>> _qualified_unit("3 absolute gains".split(), 0) is None
    True
    """
    lowers = [w.lower() for w in words[i + 1 : i + 4]]
    if not lowers or lowers[0] not in ("absolute", "relative"):
        return None
    if lowers[1:2] in (["points"], ["point"], ["pp"]):
        return i + 3
    if lowers[1:2] == ["percentage"] and lowers[2:3] in (["points"], ["point"]):
        return i + 4
    return None


#: a word's first character where `_unhedged` may change the word or a value may start, in ASCII (a digit, a
#: sign, "~", "<", ">", a backslash); every non-ASCII one is tested in Python ("−", "≤", and "²", "٣": `str.isdigit`)
_MAYBE_NUMBER: Final = re.compile(r"[0-9+\-~<>\\\x80-\U0010ffff]")


def _unhedged_starts(words: list[str]) -> tuple[list[str], list[int]]:
    """The words with `_unhedged` applied, and the indices of those that start with a digit or a sign (every
    value pattern does), by one search over the string of the words' first characters (a digit or sign starts
    a number after `_unhedged` as before it, and a word it leaves alone starts none unless it did): ~3,000
    instructions a word less than the two scans in Python it replaced (kept as the reference in
    tests/extract/test_extract_speedups.py).

    >>> _unhedged_starts(["gains", "~7", "points", "(10.94%)-their", "−1.5", "²"])
    (['gains', '7', 'points', '(10.94%)-their', '−1.5', '²'], [1, 4, 5])
    """
    out = list(words)
    try:
        firsts = "".join(map(itemgetter(0), out))
    except IndexError:  # an empty word (spaCy yields none): a space keeps the characters in line and starts nothing
        firsts = "".join(w[:1] or " " for w in out)
    starts = []
    for k in map(_match_start, _MAYBE_NUMBER.finditer(firsts)):
        c = firsts[k]
        if c.isdigit() or c in _HEDGE_FIRST:
            w = out[k] = _unhedged(out[k])
            c = w[:1]
            if c.isdigit() or c in _SIGNS:
                starts.append(k)
    return out, starts


_match_start: Final = methodcaller("start")


_CLOSED: Final = re.compile(r"^([+\-−]?\d+(?:\.\d+)?%?)\)[-–—]\w")  # "(10.94%)-their": a bracket closed on a dash


_LATEX_HEDGE: Final = re.compile(r"^\\(?:textless|textgreater|sim|approx|leq|geq|le|ge)(?=[+\-−]?\d)")


#: first characters of the words `_unhedged` may change: a qualifier, LaTeX, a sign or a digit
_HEDGE_FIRST: Final = _HEDGE_MARKS | _SIGNS | {"\\"}


def _unhedged(w: str) -> str:
    """ "~7" -> "7", "10.94%)-their" -> "10.94%": the number without a
    qualifier glued before it or a closing bracket and dash glued after it."""
    if len(w) > 1 and w[0] in _HEDGE_MARKS and (w[1].isdigit() or (w[1] in _SIGNS and w[2:3].isdigit())):
        return w[1:]
    if w.startswith("\\") and (latex := _LATEX_HEDGE.match(w)):
        return w[latex.end() :]  # "\\textgreater90%": LaTeX debris for ">"
    m = _CLOSED.match(w) if ")" in w else None  # the bracket its matches hold: no regex call on most words
    return m.group(1) if m else w


RANGE_CUES = frozenset("by of between margin around about approximately roughly up".split())


def _join_ranges(values: list[Value], words: list[str]) -> list[Value]:
    """ "by 2.2% to 14.6%", "15 - 20%", "+0.30 ~ 0.85": two numbers written as
    one range are one value (RULINGS R3 keeps "from X to Y" apart); so are two
    whose dash the text lost ("maintaining 93% 99% performance", `_lost_dash`)."""
    out: list[Value] = []
    for v in values:
        prev = out[-1] if out else None
        if prev is not None and _lost_dash(prev, v, words, out[-2].end if len(out) > 1 else -1):
            out[-1] = Value(prev.start, v.end, f"{prev.text} {v.text}", prev.number, v.unit)
            continue
        if prev is not None and v.start == prev.end + 1:
            sep = words[prev.end].lower()
            joined = sep in ("~", "-", "–") or (
                sep == "to"
                and prev.start > 0
                and words[prev.start - 1].lower() in RANGE_CUES
                and not _change_from(prev.start, [w.lower() for w in words])
            )
            if joined and (prev.unit is None or prev.unit == v.unit):
                text = f"{prev.text} {sep} {v.text}"
                out[-1] = Value(prev.start, v.end, text, prev.number, v.unit)
                continue
        out.append(v)
    return out


def _lost_dash(a: Value, b: Value, words: list[str], last_end: int = -1) -> bool:
    """Whether `a` and `b` are one range whose dash the text lost: two numbers of one unit written side by side
    with nothing between them, the second the larger ("achieves 6-7x speedups while maintaining 93% 99%
    performance", "(+4.6% 10.1%)"), as "93%-99%" is one value. A list's item is not: a number after a comma
    ("(1.5%, 5.11% 7.20%) for three language pairs": a comma lost) or three numbers side by side (the value before
    `a` ends at `last_end`).
    ACL 44k: 9 such pairs in 7 abstracts, 8 of them ranges.

    >>> words = "while maintaining 93 % 99 % performance".split()
    >>> [v.text for v in find_values(words)]
    ['93% 99%']
    >>> [v.text for v in find_values("accuracy ( 1.5 % , 5.11 % 7.20 % )".split())]
    ['1.5%', '5.11%', '7.20%']
    >>> [v.text for v in find_values("scores 99 % 93 % overall".split())]
    ['99%', '93%']
    >>> [v.text for v in find_values("scores 61 % 64 % 70 % in turn".split())]
    ['61%', '64%', '70%']
    """
    if b.start != a.end or a.unit is None or a.unit != b.unit or a.number is None or b.number is None:
        return False
    if a.start and words[a.start - 1] == "," or last_end == a.start:
        return False
    after = words[b.end] if b.end < len(words) else ""
    return a.number < b.number and not NUMBER.match(after.lstrip("+"))


def _change_from(start: int, lowers: list[str]) -> bool:
    """Whether a number written "of X" is where a change started ("boosts F1 from a mean score of
    0.61 to 0.62", "improves chrF from a baseline of 21.9 to 50.7"): "from" opens its phrase, and
    no range word ("ranging from an F-score of 0.5 to 0.8") comes before it.

    >>> _change_from(8, "boosts f1 from a mean macro-f1 score of 0.61 to 0.62".split())
    True
    >>> _change_from(6, "scores range from an f-score of 0.5 to 0.8".split())
    False
    """
    for k in range(start - 2, max(-1, start - 9), -1):
        if lowers[k] in (",", ";", ":"):
            return False
        if lowers[k] == "from":
            before = lowers[max(0, k - 2) : k]
            return not any(w.startswith("rang") or w in RANGE_WORDS for w in before)
    return False


def _to_float(s: str) -> float | None:
    try:
        return float(s.replace(",", "").replace("−", "-"))
    except ValueError:
        return None


def signed_number(value: Value, kind: str) -> float | None:
    """The number with the sign its kind gives it: a reduction is negative
    ("74.8% reduction" → -74.8). The value text keeps the sign only where the
    text writes it (guideline: "as the text writes it"; RULINGS R3)."""
    if value.number is not None and kind == "reduction":
        return -abs(value.number)
    return value.number


def with_metric_words(v: Value, metrics: list[tuple[int, int, str, str]], words: list[str]) -> Value:
    """The value as written when the metric sits inside it: "1.8 F1 points"."""
    if v.unit:
        return v
    for s, e, _, _ in metrics:
        if s == metric_start(v, words) and e < len(words) and words[e].lower() in ("points", "point"):
            return Value(v.start, e + 1, " ".join(words[v.start : e + 1]), v.number, "points")
    return v


QUALIFIERS: Final = frozenset(rule_words("QUALIFIERS"))


def metric_start(v: Value, words: list[str]) -> int:
    """Where a metric written with the value starts: right after it, or after
    a qualifier ("5 absolute F1 points")."""
    return v.end + (v.end < len(words) and words[v.end].lower() in QUALIFIERS)


def gain_with_metric(v: Value, metrics: list[tuple[int, int, str, str]], words: list[str]) -> Value:
    """A gain is written with its metric: "by 0.38 BLEU", "an improvement of 1.3 BLEU"."""
    if v.unit:
        return v
    for s, e, _, _ in metrics:
        if s == v.end:
            return Value(v.start, e, " ".join(words[v.start : e]), v.number, None)
    return v


#: an arrow between two numbers ("67.6% → 82.8%", "47% -> 53%"): from the first to the second
ARROWS: Final = ("→", "⇒", "⟶", "->", "=>", "\\rightarrow", "\\to")


def _after_arrow(k: int, lowers: list[str]) -> int | None:
    """The index after an arrow written at `k` (one token, or "-" ">" split), or None."""
    if k < len(lowers) and lowers[k] in ARROWS:
        return k + 1
    if lowers[k : k + 2] in (["-", ">"], ["=", ">"]):
        return k + 2
    return None


def _bracketed_pair(k: int, lowers: list[str]) -> bool:
    """Whether a number at token `k` (with its "%" when split off) closes a bracket: "( 78.4% to 85.4% )"."""
    if k >= len(lowers) or not (NUMBER.match(lowers[k]) or _glued(lowers[k])):
        return False
    k += 1 + (lowers[k + 1 : k + 2] == ["%"])
    return lowers[k : k + 1] == [")"]


#: words that open a range ("ranging from A to B"): A is no starting point (rule_words RANGE_WORDS)
RANGE_WORDS = frozenset(rule_words("RANGE_WORDS"))


def starting_point(v: Value, lowers: list[str]) -> bool:
    """ "from 45.2% to 67.8%", "(67.6% → 82.8%)": the first number is where the subject started, not its result.

    >>> starting_point(Value(1, 2, "47%", 47.0, "%"), "( 47% - > 53% )".split())
    True
    >>> starting_point(Value(3, 4, "78.4%", 78.4, "%"), "is 7% ( 78.4% to 85.4% ) higher".split())
    True
    """
    nxt = _after_arrow(v.end, lowers)
    if nxt is not None:
        return nxt < len(lowers) and bool(NUMBER.match(lowers[nxt]) or _glued(lowers[nxt]))
    if not (v.start > 0 and v.end + 1 < len(lowers) and lowers[v.end] == "to"):
        return False
    if lowers[v.start - 1] == "(" and _bracketed_pair(v.end + 1, lowers):
        return True  # "7% (78.4% to 85.4%) higher than the state of the art": the change's two levels
    if lowers[v.start - 1] == "from":
        opening = v.start - 1
    elif _change_from(v.start, lowers):  # "from a mean macro-F1 score of 0.61 to 0.62": 0.61 is where it started
        return bool(NUMBER.match(lowers[v.end + 1]) or _glued(lowers[v.end + 1]))
    else:  # "from 46.58 to 47.69 in BLEU-1, 17.55 to 18.53 in BLEU-4": a later pair of the same list
        listed = _list_opening(v.start, lowers)
        if listed is None:
            return False
        opening = listed
    if any(w.startswith("rang") or w in RANGE_WORDS for w in lowers[max(0, opening - 2) : opening]):
        return False  # "gains ranging from 1.4pp to 3.5pp", "varying from 60% to 83%": both ends are results
    return bool(NUMBER.match(lowers[v.end + 1]) or _glued(lowers[v.end + 1]))


def _list_opening(start: int, lowers: list[str]) -> int | None:
    """The "from" of "from A to B" that opens the list a later "C to D" at
    `start` continues ("," or "and" before it, no clause break between), or None."""
    if start < 2 or lowers[start - 1] not in (",", "and"):
        return None
    for k in range(start - 2, max(-1, start - 30), -1):
        if lowers[k] in (";", ":", "while", "but", "whereas", "which"):
            return None
        if lowers[k] == "from" and k + 2 < len(lowers) and lowers[k + 2] == "to":
            return k
    return None
