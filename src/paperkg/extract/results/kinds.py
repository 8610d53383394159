"""What a reported number is (score, gain, ratio, reduction) and how sure the
extractor is that it is a result, from the words around it.

One number at a time, from its own words; candidates.py reads the kinds of a
list together, the other steps attribute the number. The cue words live in
lexicons/result_cues.tsv, so a wrong reading is fixed in data, not in code.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from paperkg.extract.lexicon import lexicon_dir, load_metric_directions, load_word_list, rule_words, trie_pattern


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """lexicons/result_cues.tsv as {role: words}."""
    out: dict[str, set[str]] = {}
    for line in (lexicon_dir() / "result_cues.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, _, role = line.partition("\t")
            out.setdefault(role.strip(), set()).add(word.strip().lower())
    return {role: frozenset(words) for role, words in out.items()}


@lru_cache(maxsize=1)
def _directions() -> dict[str, str]:
    return {name.lower(): d for name, d in load_metric_directions().items()}


def metric_direction(metric: str | None) -> str | None:
    """ "higher" or "lower" (is better) for a metric name, None when unknown."""
    if not metric:
        return None
    d = _directions()
    m = metric.lower()
    return d.get(m) or d.get(m.rstrip("s")) or d.get(m.replace(" score", ""))


def kind_of(text: str, unit: str | None, start: int, end: int, lowers: list[str]) -> str:
    """ "ratio" for 2.5x / 3 times, "reduction" for a written minus or a
    decrease word next to the number, "gain" for a written plus, points, or an
    improvement word next to it ("improves ... by 3.2", "a 3.2% gain",
    "3.2 points higher than"), else "score". Points that a verb of reaching
    leads to are a level ("obtains 31.2 BLEU points on A, 29.8 points on B",
    `reached_before`); a change word past a comma is the next number's
    (`before_comma`); a later item of a bare list of numbers is of its first
    item's kind ("by 0.51 (big) and 0.74 (base)", `list_head`)."""
    c = cues()
    if unit in ("x", "×") or (
        not _by_before(start, lowers)
        and _share_of_a_score(unit, lowers[max(0, start - 4) : start], _after_list(end, lowers), c)
    ):
        return "ratio"
    amount = amount_noun(start, lowers)
    if (marked := _marked_kind(text, unit, start, end, lowers, amount, c)) is not None:
        return marked
    before = lowers[max(0, start - 4) : start]
    if before[-1:] == ["("]:
        before = []  # "degraded performance (9.38% accuracy)": a score given for the words before the bracket
    after = lowers[end : end + 3]
    if (compared := compared_after(start, end, lowers)) is not None:
        return compared
    may_be_level = text[:1] != "+" and unit not in ("points", "pp") and not amount
    if may_be_level and (_level(before, after, c) or bounded_level(start, end, lowers)):
        # "an F1 of 0.47", "boosts the accuracy to 57.2%"; "achieve an accuracy exceeding 60%": a bound on the level
        # reached, no gain
        return "score"
    return _change_kind(text, unit, start, before, after, lowers, amount, c) or _listed_kind(start, lowers)


def _marked_kind(
    text: str,
    unit: str | None,
    start: int,
    end: int,
    lowers: list[str],
    amount: str | None,
    c: dict[str, frozenset[str]],
) -> str | None:
    """The kind the number's own marks and the bracket around it show: a factor, a written minus, a level in a
    bracket, a change in a named measure, a change before or a margin around a bracket; None when none does.

    >>> _marked_kind("-1.2", "%", 0, 1, ["-1.2%"], None, cues())
    'reduction'
    """
    if amount in ("factor", "factors") and unit != "%":
        return "ratio"  # "boosts inference speed by a factor of 4.35"
    if text[:1] in "-−":
        return "reduction"
    if text[:1] != "+" and unit not in ("points", "pp") and bracketed_level(start, end, lowers):
        return "score"  # "XLM-R (73.51%), outperforming ...", "improvements (F1-Score 0.67) over the baseline"
    if changed := change_in_measure(start, lowers):
        return "reduction" if changed in c["reduction"] else "gain"
    if text[:1] != "+" and (bracketed := change_before_bracket(start, end, lowers)):
        return bracketed  # "brings improvement (2.1%) to X", "improves model performance (up to 35%)"
    if margin_bracket(start, lowers):
        return "gain"  # "outperforms the baseline by a large extent (9.70% on A and 6.27% overall)"
    return None


def _change_kind(
    text: str,
    unit: str | None,
    start: int,
    before: list[str],
    after: list[str],
    lowers: list[str],
    amount: str | None,
    c: dict[str, frozenset[str]],
) -> str | None:
    """The kind the verbs and change words around the number give (the four words `before` it, the three `after`
    it): a reduction, a level reached, a gain by or over something; None when they say nothing."""
    k = start
    while k > 0 and lowers[k - 1] in HEDGES:
        k -= 1
    verb = lowers[k - 1] if 0 < k < start else ""  # "decreases by as much as 9.85%": the verb before the hedge
    # "is 84.09%, 1.35% higher than X": a change word past a comma is the next clause's (its number's), not this one's
    after = before_comma(after)
    if any(w in c["reduction"] for w in [*before[-3:], *after[:2], verb]):
        return "reduction"
    by = amount is not None or _by_change(before[-3:], k, start, lowers, c["achieve"])
    if (
        text[:1] != "+"
        and not by  # "improves scores by 1.3 points": "scores" is no verb there
        and any(w in c["achieve"] for w in before[-3:])
        and not any(w in c["change_noun"] for w in before[-2:])  # "yields improvements of 1.3 BLEU": a gain
        and not any(w in c["gain"] for w in own_clause(after))
    ):
        return "score"  # "we achieve 33.84 BLEU points", "attain more than 50% F1": what was reached, not a gain
    if beats_up_to(start, lowers) or beaten_margin(start, lowers):
        return "gain"  # "outperforming the previous results up to 10%": a margin over the beaten, no "by"
    if by and text[:1] != "+" and _verb_before_by(lowers, start) in c["reduction"]:
        return "reduction"  # "reducing the expected calibration error by a relative 50%"
    if (
        text[:1] != "+"
        and unit in ("points", "pp")
        and not by
        and not any(w in c["gain"] or w in c["reduction"] or w in c["change_noun"] for w in own_clause(after))
        and reached_before(start, lowers)
    ):
        return "score"  # "obtains 31.2 BLEU points on A, 29.8 points on B": a later level of what was reached
    if text[:1] == "+" or unit in ("points", "pp"):
        return "gain"
    if any(w in c["gain"] for w in [*before, *after, verb]):
        return "gain"
    if by:  # "outperforms Y by 3.2", "raises accuracy by 3.2"
        return "gain"
    return None


def _listed_kind(start: int, lowers: list[str]) -> str:
    """A later item of a bare list of numbers is of its first item's kind ("by 0.51 (big) and 0.74 (base) BLEU
    points", "an improvement of 34.1, 15.5, and 10.5 points"); any other number is a score."""
    if (head := list_head(start, lowers)) is not None:
        split_sign = lowers[head + 1 : head + 2] == ["%"]  # "2.0 %": the sign a token of its own
        unit_of_head = "%" if split_sign or lowers[head].endswith("%") else None
        return kind_of(lowers[head], unit_of_head, head, head + 1 + split_sign, lowers)
    return "score"


def _by_change(tail: list[str], k: int, start: int, lowers: list[str], achieve: frozenset[str]) -> bool:
    """Whether a "by" before the number at `start` makes it what a change is by ("improves by 3.2"): a "by" among
    the three words before it (`tail`), or right before the hedge words from `k` on.

    >>> _by_change(["improves", "by"], 2, 2, "improves by 3.2".split(), frozenset({"achieving"}))
    True
    >>> _by_change(["by", "achieving"], 2, 2, "by achieving 94.1".split(), frozenset({"achieving"}))
    False
    """
    # "by achieving 94.1% UAS": a means, not "improves by"
    # "followed by X at 77.1%": a "by" that names who, with "at" / "with" after the name, is no change's
    # ("by at least 20%" still is)
    for i, w in enumerate(tail):
        if (
            w == "by"
            and not (tail[i + 1 : i + 2] and tail[i + 1] in achieve)
            and not any(x in ("at", "with") for x in tail[i + 2 :])
        ):
            return True
    # "reduces error rate by as much as 87%", "by nearly as much as 5 points": a "by" before three or more hedge
    # words is out of `tail`'s reach, and the number is still what the change is by
    return k < start - 3 and lowers[k] == "by"


def before_comma(words: list[str]) -> list[str]:
    """The words up to the first comma or semicolon: past it the words open the next clause, or are the next
    number's ("is 84.09%, 1.35% higher than X": "higher" is the 1.35%'s).

    >>> before_comma([",", "1.35%", "higher"]), before_comma(["higher", "than", ","])
    ([], ['higher', 'than'])
    """
    out = []
    for w in words:
        if w in (",", ";"):
            break
        out.append(w)
    return out


#: the words that say a number is the size of a change, not a level reached: `reached_before` stops at them
_CHANGE_SIGNS = frozenset(rule_words("CHANGE_SIGNS"))


def reached_before(start: int, lowers: list[str]) -> bool:
    """Whether the number at `start` is a later level in the clause of a verb of reaching ("obtains 31.2 BLEU
    points on A, 29.8 points on B", "achieved a BLEU of 3.68 ..., along with 9.02 BLEU points on B"): a verb of
    achieving within 20 words before it, with no change or comparison word between (the list's first level is
    read by the achieve check of `kind_of`; "points" alone would make the later ones gains).

    >>> reached_before(9, "our model obtains 31.2 bleu points on a , 29.8 points on b".split())
    True
    >>> reached_before(11, "our model obtains 31.2 bleu points , an improvement of 2.1 points".split())
    False
    >>> reached_before(4, "it improves by 2.1 points".split())
    False
    """
    achieve = cues()["achieve"]
    changes = _change_words()  # gain, change noun, reduction and "by", built once
    for j in range(start - 1, max(-1, start - 21), -1):
        w = lowers[j]
        if w in changes or w in _CHANGE_SIGNS or w in (";", "while", "whereas", "but"):
            return False
        if w in achieve:
            return j < start - 3  # the verb right before the number is the achieve check's ("achieves 3 points")
    return False


def list_head(start: int, lowers: list[str]) -> int | None:
    """The first number of a bare list of numbers whose later item stands at `start` ("by 0.51 (big) and 0.74",
    "an improvement of 34.1, 15.5, and 10.5"): only ",", "and", a "%" and a short bracket after each number
    between them. None when the number opens no such list.

    >>> list_head(6, "by 0.51 ( big ) and 0.74 ( base )".split()), list_head(7, "improvement of 34.1 , 15.5 , and 10.5".split())
    (1, 2)
    >>> list_head(3, "reaches 85.3 on 74.1".split()) is None
    True
    """
    head = None
    k = start
    while True:
        j = k - 1
        if j >= 0 and lowers[j] == "and":
            j -= 1
        if j >= 0 and lowers[j] == ",":
            j -= 1
        if j == k - 1:
            break
        if j >= 0 and lowers[j] == ")":
            j = next((i for i in range(j - 1, max(-1, j - 4), -1) if lowers[i] == "("), -1) - 1
        if j >= 0 and lowers[j] == "%":
            j -= 1
        if j < 0 or not (_NUMBER.match(lowers[j]) or PERCENT_TOKEN.match(lowers[j])):
            break
        head = k = j
    return head


#: who a number is said to be above: "over the state of the art", "above the second place", "over the
#: best-reported result" (rule_words RIVALS)
_RIVALS: Final = frozenset(rule_words("RIVALS"))
_COMPARATIVES: Final = {
    "higher": "gain",
    "better": "gain",
    "greater": "gain",
    "lower": "reduction",
    "fewer": "reduction",
}


def compared_after(start: int, end: int, lowers: list[str]) -> str | None:
    """ "gain" (or "reduction") when the number is written as a difference to another system, past a short bracket
    and up to three words of its measure: "7% (78.4% to 85.4%) higher than the state of the art", "achieving
    1.5-2.3 percent over the state of the art", "(4.62% above the second place)", "reducing the perplexity of
    20.5% over the best-reported result" (resprec40: 4 papers of 44k, two of them in stop 39's set, all read as
    scores). A level compared in a clause of its own ("an F1 of 0.47, higher than ...", "0.910 which is above the
    average") is the caller's: a comma, a function word or "of" with no change word before the number stop it.

    >>> compared_after(3, 4, "our method is 7% ( 78.4% to 85.4% ) higher than the sota".split())
    'gain'
    >>> compared_after(2, 3, "consistently achieving 2.3% over the state of the art".split())
    'gain'
    >>> compared_after(4, 5, "reducing the perplexity of 20.5% over the best-reported result".split())
    'reduction'
    >>> compared_after(3, 4, "an f1 of 0.47 , higher than the baseline".split()), compared_after(1, 2, "reaches 0.910 which is above the average".split())
    (None, None)
    """
    c = cues()
    before = lowers[max(0, start - 4) : start]
    if before[-1:] == ["of"] and not any(w in c["gain"] or w in c["reduction"] for w in before):
        return None  # "an F1 of 0.47 higher than ...": a level
    k = end
    if k < len(lowers) and lowers[k] == "(":
        close = next((j for j in range(k + 1, min(k + 10, len(lowers))) if lowers[j] == ")"), None)
        if close is None:
            return None
        k = close + 1
    j = k
    while j < len(lowers) and j - k < 3 and lowers[j] not in _COMPARATIVES and lowers[j] not in ("over", "above"):
        if not lowers[j].replace("-", "").isalnum() or lowers[j] in _NOT_MODIFIERS or lowers[j] in _CLAUSE_WORDS:
            return None
        j += 1
    w = lowers[j : j + 3]
    reduced = any(x in c["reduction"] for x in before)
    if len(w) >= 2 and w[0] in _COMPARATIVES and w[1] == "than":
        return "reduction" if reduced else _COMPARATIVES[w[0]]
    if len(w) == 3 and w[0] in ("over", "above") and w[1] == "the" and w[2].split("-")[0] in _RIVALS:
        return "reduction" if reduced else "gain"
    return None


_CLAUSE_WORDS: Final = frozenset({"which", "that", "is", "are", "was", "were", "while", "and", "or", "but"})


#: after "N% of (the)", whose score the share is of ("95% of BERT's accuracy", "78.4% of the best")
_OWNERS: Final = frozenset(rule_words("SHARE_OWNERS"))


#: what "N% <measure> of" points back to when it is another system's ("~31% inference time of them")
_THEIRS: Final = frozenset({"them", "it", "those"})


#: verbs that keep part of another score: "maintains 95% of its accuracy", "preserves ~95% GLUE score of the teacher"
_KEEPS: Final = frozenset(rule_words("KEEPS"))


def _after_list(end: int, lowers: list[str]) -> list[str]:
    """The words after a percentage, or after the percentage coordinated with it ("between 75% and 92% of the
    teacher's score", "91.0% and 92.1% of the fully supervised"): both numbers are read with what follows the
    second.

    >>> _after_list(1, ["75%", "and", "92%", "of", "the", "teacher"])
    ['of', 'the', 'teacher']
    >>> _after_list(2, ["75", "%", "and", "92", "%", "of", "the", "teacher"])
    ['of', 'the', 'teacher']
    >>> _after_list(1, ["75%", "accuracy", "on", "x"])
    ['accuracy', 'on', 'x']
    """
    if end > 0 and lowers[end - 1].endswith("%") and lowers[end : end + 1] in (["and"], ["to"], ["-"], ["–"]):
        nxt = lowers[end + 1 : end + 3]
        if nxt[:1] and PERCENT_TOKEN.match(nxt[0]):
            return lowers[end + 2 : end + 8]
        if len(nxt) == 2 and _NUMBER.match(nxt[0]) and nxt[1] == "%":
            return lowers[end + 3 : end + 9]
    return lowers[end : end + 6]


_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
#: a percentage written as one token ("0.4%")
PERCENT_TOKEN = re.compile(r"^\d+(?:\.\d+)?%$")


def _by_before(start: int, lowers: list[str]) -> bool:
    """Whether "by" stands right before the number, past its hedges ("outperforms X by 1.94% of accuracy",
    "by up to 3% of F1"): the size of a change, written with its measure after "of", not a share of a score
    (stop 36's CIF-PT: read as a ratio, and the list's next gain as a score).

    >>> _by_before(3, "outperforms x by 1.94% of accuracy".split()), _by_before(3, "retains x 95% of accuracy".split())
    (True, False)
    """
    k = start
    while k > 0 and lowers[k - 1] in HEDGES and lowers[k - 1] != "by":
        k -= 1
    return k > 0 and lowers[k - 1] == "by"


def _share_of_a_score(unit: str | None, before: list[str], after: list[str], c: dict[str, frozenset[str]]) -> bool:
    """Whether a percentage is a share of another score ("retains 95% of BERT's accuracy", "reaches 90% of
    the teacher's performance", "78.4% of the best", "preserves ~95% GLUE score"): a ratio to that score, no
    level of its own to rank.

    >>> c = {"unnamed_score": frozenset({"performance", "score"})}
    >>> _share_of_a_score("%", [], ["of", "bert", "'s", "accuracy"], c), _share_of_a_score("%", [], ["of", "the", "best"], c)
    (True, True)
    >>> _share_of_a_score("%", ["maintains"], ["accuracy", "of", "bert"], c)
    True
    >>> _share_of_a_score("%", ["preserves", "~"], ["glue", "score", "of", "the", "teacher"], c)
    True
    >>> _share_of_a_score("%", ["and", "~"], ["inference", "time", "of", "them"], c)
    True
    >>> _share_of_a_score("%", ["reaches"], ["accuracy", "of", "the", "model"], c)
    False

    A kept percentage with no "of" after it is the level kept ("maintains 97.2% accuracy on MATH500"):

    >>> _share_of_a_score("%", ["still", "maintain"], ["accuracy", "on", "math500"], c)
    False
    >>> _share_of_a_score("%", [], ["of", "the", "time"], c), _share_of_a_score("%", ["reaches"], ["of", "the", "instances"], c)
    (False, False)
    """
    if unit != "%":
        return False
    if share_without_of(before, after):
        return True
    if any(w in _KEEPS for w in before[-3:]) and "of" in after[:4]:
        return True
    if after[1:2] == ["of"] or after[2:3] == ["of"]:
        # "~31% inference time of them", "97.4% performance of the teacher model": a measure of another's
        of = after.index("of")
        named = all(w.isalpha() or "-" in w for w in after[:of])
        return named and any(w in _OWNERS or w in _THEIRS for w in after[of + 1 : of + 3])
    if after[:1] != ["of"]:
        return False
    ahead = after[1:5]
    return any(w in ("'s", "’s", "accuracy") or w in c["unnamed_score"] or w in _OWNERS for w in ahead)


#: the unnamed measures a share is written of ("99.4% the performance of mBERT", "maintaining 88% translation quality")
_SHARE_MEASURES: Final = frozenset(rule_words("SHARE_MEASURES"))


def share_without_of(before: list[str], after: list[str]) -> bool:
    """Shares of a reference's score written without "of" after the percentage (R15, stop 52): "achieves 99.4% and
    97.8% the performance of mBERT on MTOP and multiATIS" ("the" and a measure of another, then "of"), and a kept
    percentage of an unnamed measure ("maintaining 88% translation quality", "retains 95% performance"): no system
    scores "88% quality", so it is a factor of the reference's. A kept percentage of a metric is the level kept
    ("maintains 97.2% accuracy on MATH500"), and a share of data or compute names no such measure.

    >>> share_without_of([], "the performance of mbert on mtop".split())
    True
    >>> share_without_of(["achieves"], "the accuracy of the teacher".split())
    True
    >>> share_without_of(["while", "maintaining"], "translation quality ,".split())
    True
    >>> share_without_of(["still", "maintain"], "accuracy on math500".split())
    False
    >>> share_without_of(["using"], "the parameters of bert".split()), share_without_of([], "translation quality".split())
    (False, False)
    """
    if after[:1] == ["the"] and after[1:2] and after[1] in _SHARE_MEASURES and after[2:3] == ["of"]:
        return True
    if not any(w in _KEEPS for w in before[-3:]):
        return False
    head = after[0] if after[:1] and after[0] in _SHARE_MEASURES else None
    if head is None and after[1:2] and after[1] in _SHARE_MEASURES and after[0].isalpha():
        head = after[1]  # "88% translation quality"
    return head is not None and head != "accuracy"


_LEVEL_SIGNS = frozenset({"=", ":", "of", "score", "scores"})


def bracketed_level(start: int, end: int, lowers: list[str]) -> bool:
    """ "our best model, XLM-RoBERTa-large (73.51%), outperforming the baseline by 18.26 points", "substantial
    improvements (F1-Score 0.67) over the baseline", "the highest Macro F1 score (0.84) surpassing GPT-4o",
    "yielding a modest increase (COMET = 0.468)": a bracket holding only a number, or a measure's name and its
    number, is the level of what stands before it (a system, a measure), a score, whatever gain words the
    sentence has around it (stops 38 and 40; 44k: 4 papers, all read as gains). Not a bracket after a number
    ("by 4.4% (2.1%) on dev (test)", the same change on other data) or a change word ("gains (2.1%)"), nor one
    with its own change or hedge ("(+1.2)", "(by 94.26%)", "(more than 20 points)").

    >>> bracketed_level(6, 7, "our best model , foo-large ( 73.51% ) , outperforming".split())
    True
    >>> bracketed_level(4, 5, "substantial improvements ( f1-score 0.67 ) over the baseline".split())
    True
    >>> bracketed_level(5, 6, "we outperform it by 4.4% ( 2.1% ) on test".split()), bracketed_level(3, 4, "shows gains ( 2.1% )".split())
    (False, False)
    >>> bracketed_level(3, 4, "gains ( by 94.26% )".split()), bracketed_level(4, 5, "an f1 of 0.67 on x".split())
    (False, False)
    """
    if end >= len(lowers) or lowers[end] != ")":
        return False
    k = start - 1
    while k >= 0 and start - k <= 4 and lowers[k] != "(":
        w = lowers[k]
        # a measure's name and its sign ("F1-Score", "COMET =", "macro F1 of"), no change or hedge
        if not (w in _LEVEL_SIGNS or (w[:1].isalpha() and w not in HEDGES and w not in _change_words())):
            return False
        k -= 1
    if k < 1 or lowers[k] != "(":
        return False
    if k < start - 1:
        return True  # "(F1-Score 0.67)", "(COMET = 0.468)"
    before = lowers[k - 1]
    # "(73.51%)" alone: after a name or a measure, not after a number or a change word
    return before[:1].isalnum() and not _starts_number(before) and before not in _change_words()


@lru_cache(maxsize=1)
def _change_words() -> frozenset[str]:
    """The words that make a bracket's number a change ("gains (2.1%)", "(by 94.26%)"), built once the cues load."""
    c = cues()
    return c["gain"] | c["change_noun"] | c["reduction"] | {"by"}


def change_in_measure(start: int, lowers: list[str]) -> str | None:
    """The change noun of "an improvement in linking performance of (up to) 1.7", "a reduction in word error
    rate of 12%": the number after "of" is the amount of a change said to be in a measure of a few words,
    a gain or a reduction, not the level of that measure (ACL 44k: 29 abstracts write "improvement|gain|increase
    in X of N"). None when no such noun opens the words before "of".

    >>> change_in_measure(8, "an absolute improvement in linking performance of up to 1.7".split())
    'improvement'
    >>> change_in_measure(7, "a reduction in word error rate of 12 %".split())
    'reduction'
    >>> change_in_measure(12, "a significant improvement in the f1 score on the test set of 3.7 %".split())
    'improvement'
    >>> change_in_measure(4, "an accuracy of 88".split()) is None, change_in_measure(6, "gains , with an f1 of 88".split()) is None
    (True, True)
    """
    k = hedged_start(start, lowers)
    if k < 4 or lowers[k - 1] != "of":
        return None
    # "a significant improvement in the F1 score on the test set of 3.7%": the measure may say where it was taken
    # (kind52), so the walk back reaches ten words
    for j in range(k - 2, max(0, k - 12), -1):
        w = lowers[j]
        if w in ("in", "on") and lowers[j - 1] in cues()["change_noun"]:
            return lowers[j - 1] if j < k - 2 else None  # "an improvement in F1 of": a measure between
        if not w[:1].isalpha() or w in _BREAKS:
            return None
    return None


#: what may stand between a bracket and its number besides HEDGES ("(~10%)", "(≈ 27%)"), and the bounds a change
#: is given as ("improves their performance (< 2%)": under 2 points, still a change; results50)
_BRACKET_HEDGES: Final = frozenset({"~", "≈", "approx.", "roughly", "<", ">", "≤", "≥"})


def change_before_bracket(start: int, end: int, lowers: list[str]) -> str | None:
    """ "gain" or "reduction" for a number that opens a bracket right after a change noun ("brings improvement
    (2.1%) to the bi-LSTM model", "statistically significant improvements (up to 3.9%)"), or, written with a hedge,
    after a verb of change and the measure it changes ("improves model performance (up to 35%)", "higher prediction
    accuracy (up to 4.6%)"): the bracket gives the size of the change, not a level. A bracket that names its
    measure first ("improvements (F1-Score 0.67)") or a bare number after a comparative ("a higher F1 value
    (89.67%)") is a level (`bracketed_level` and the callers), and so is a bracket that goes on past the number and
    its measure ("significant gains (91% accuracy, ranking 5th)"); a bracket whose own words name a change reads
    them. A bound before the number ("only marginally improves their performance (< 2%)") is a hedge. Subj43: the first set's instruction paper; 44k:
    GRA, SA-LSTM, the sentence-pair classification paper, QuAC's "substantial improvement (1%)".

    >>> change_before_bracket(3, 4, "brings improvement ( 2.1% ) to".split())
    'gain'
    >>> change_before_bracket(6, 7, "it improves model performance ( up to 35% )".split())
    'gain'
    >>> change_before_bracket(5, 6, "achieves a higher f1 value ( 89.67% )".split()) is None
    True
    >>> change_before_bracket(3, 4, "significant gains ( 91% accuracy , ranking 5th )".split()) is None
    True
    """
    c = cues()
    k = hedged_start(start, lowers, _BRACKET_HEDGES)
    if k < 2 or lowers[k - 1] != "(" or ")" not in lowers[end : end + 6]:
        return None
    inside = lowers[end : lowers.index(")", end)]
    if any(not w[:1].isalnum() for w in inside):
        return None  # "(91% accuracy, ranking 5th ...)", "(17.54% in FeQA (...": a bracket of its own statement
    if any(w in c["gain"] or w in c["reduction"] or w in c["change_noun"] for w in inside):
        return None  # "(up to 35.7% and 7.7% absolute improvement)": the bracket's own words say what it is
    noun = lowers[k - 2]
    if noun in c["change_noun"]:
        return "reduction" if noun in c["reduction"] else "gain"
    if k == start:
        return None  # "a higher F1 value (89.67%)": a level, compared
    for j in range(k - 2, max(-1, k - 6), -1):
        w = lowers[j]
        if w in c["reduction"]:
            return "reduction"
        if w in c["gain"]:
            return "gain"
        if not w.isalpha():
            return None
    return None


#: the nouns of "by a large margin", "by a wide extent": how much one system beats another
_MARGIN_NOUNS: Final = frozenset({"margin", "extent"})
#: words in a bracket that make its numbers two levels compared ("(74.1% versus 70.5%)", "(from 51% to 60%)")
_PAIRED_LEVELS: Final = frozenset("vs vs. versus against compared than from to".split())


def margin_bracket(start: int, lowers: list[str]) -> bool:
    """Whether the number at `start` stands in a bracket that opens right after "by a (large) margin / extent"
    ("outperforms the baseline by a large extent (9.70% on spatial questions and 6.27% overall)"): the bracket
    gives the margin, a gain, not the level reached. A bracket that pairs two levels ("by a large margin (74.09%
    versus 70.52%)", "(from 51% to 60%)") is the caller's.

    >>> margin_bracket(8, "beats the baseline by a large extent ( 9.70 % on a and 6.27 % overall )".split())
    True
    >>> margin_bracket(13, "beats the baseline by a large extent ( 9.70 % on a and 6.27 % overall )".split())
    True
    >>> margin_bracket(8, "beats the sota by a large margin ( 74.09 % versus 70.52 % )".split())
    False
    """
    k = start - 1
    while k >= 0 and start - k <= 12 and lowers[k] not in ("(", ")"):
        k -= 1
    if k < 3 or lowers[k] != "(":
        return False
    close = next((j for j in range(start, min(len(lowers), start + 14)) if lowers[j] == ")"), None)
    if close is None or any(w in _PAIRED_LEVELS for w in lowers[k + 1 : close]):
        return False
    noun = lowers[k - 1]
    if noun not in _MARGIN_NOUNS:
        return False
    article = k - 2 if lowers[k - 2] in ("a", "an") else k - 3
    return article >= 1 and lowers[article] in ("a", "an") and lowers[article - 1] == "by"


def own_clause(after: list[str]) -> list[str]:
    """The words after a number up to the first punctuation: "achieves 87.8% accuracy, surpassing X (85.9%)"
    reaches a level; the comparison after the comma is the next clause's, it makes no gain of the number.

    >>> own_clause(["accuracy", ",", "surpassing"]), own_clause(["higher", "than"])
    (['accuracy'], ['higher', 'than'])
    """
    out = []
    for w in after:
        if not w[:1].isalnum():
            break
        out.append(w)
    return out


def _level(before: list[str], after: list[str], c: dict[str, frozenset[str]]) -> bool:
    """Whether the number is the level reached or measured, whatever the words
    around it say of a comparison: "boosts the accuracy to 57.2%, surpassing ..."
    (the value after "to"; the gain is the one after "by"), "an F1 of 0.47,
    significantly higher than ...", "F1 = 0.47" (a metric's value)."""
    changes = c["gain"] | c["change_noun"] | c["reduction"]
    for w in after:
        if w in changes:
            return False  # "to 3% higher", "an average of 3.0 R@100 improvement"
        if not w[:1].isalnum():
            break  # "an F1 of 0.47, significantly higher than ...": the comparison is the next clause's
    if before[-1:] == ["to"] and before[-2:-1] != ["up"]:
        return True
    return before[-1:] in (["of"], ["="], [":"]) and not any(w in changes for w in before[:-1])


def phrase_before(start: int, lowers: list[str], phrases: tuple[tuple[str, ...], ...]) -> int | None:
    """Where the first of `phrases` (word tuples, in their order) that ends right before `start` opens, or None.

    >>> phrase_before(3, "an accuracy exceeding 60%".split(), (("higher", "than"), ("exceeding",)))
    2
    >>> phrase_before(3, "an accuracy of 60%".split(), (("higher", "than"),)) is None
    True
    """
    return next((start - len(w) for w in phrases if tuple(lowers[max(0, start - len(w)) : start]) == w), None)


_BOUNDS: Final = tuple(tuple(b.split("-")) for b in rule_words("LEVEL_BOUNDS"))
_MEASURES: Final = frozenset(rule_words("LEVEL_MEASURES"))


def bounded_level(start: int, end: int, lowers: list[str]) -> bool:
    """ "an accuracy exceeding 60%", "with an F1 higher than 80.4%", "a precision above 90%": a number right after
    a bound ("higher than", "greater than", "more than", "exceeding", "exceeds", "above") that follows a measure's
    name is a bound on the level the measure reached, a score, not a gain over anything. Not when a change word
    stands before the measure ("improves accuracy by more than 5%", "improvements in F1 exceeding 10%", "gains
    exceeding 10%": the measure word is then no level's), and not when the number's own clause names a change
    ("an accuracy more than 5% higher than X").

    >>> bounded_level(3, 4, "an accuracy exceeding 60%".split()), bounded_level(5, 6, "with an f1 higher than 80.4%".split())
    (True, True)
    >>> bounded_level(4, 5, "improves accuracy by more than 5%".split()), bounded_level(3, 4, "improvements exceeding 10%".split())
    (False, False)
    >>> bounded_level(4, 5, "an accuracy more than 5% higher than x".split())
    False
    """
    b = phrase_before(start, lowers, _BOUNDS)
    if b is None or b < 1:
        return False
    m = b - 1
    if lowers[m] == "of" and m >= 1:
        m -= 1  # "an accuracy of more than 90%"
    if not (lowers[m] in _MEASURES or metric_direction(lowers[m]) is not None):
        return False
    c = cues()
    changes = c["gain"] | c["change_noun"] | c["reduction"]
    if any(w in changes or w == "by" for w in lowers[max(0, m - 4) : m]):
        return False  # "improvements in F1 exceeding 10%", "boosts the accuracy above 5%"
    after = lowers[end + 1 : end + 5] if lowers[end : end + 1] == ["%"] else lowers[end : end + 4]  # "5 % higher"
    return not any(w in changes for w in own_clause(after))


_BEAT_VERBS: Final = frozenset(rule_words("BEAT_VERBS"))


def beats_up_to(start: int, lowers: list[str]) -> bool:
    """ "outperforming the previous results up to 10% on several languages", "outperforms baseline models up to 8.5
    of the F1-score", "outperform full-parameter fine-tuning up to 2.25 spBLEU": a number after "up to" in the
    clause of a verb of beating another system, written without "by", is the margin over it, a gain (stop 40's XOR
    TyDi paper; 44k: 3 papers write it, all read as scores before). "Improves the accuracy up to 92%" may be the
    level reached and is left alone.

    >>> beats_up_to(6, "outperforming the previous results up to 10%".split())
    True
    >>> beats_up_to(5, "improves the accuracy up to 92%".split()), beats_up_to(6, "it outperforms x , reaching up to 92%".split())
    (False, False)
    """
    if lowers[max(0, start - 2) : start] != ["up", "to"]:
        return False
    for j in range(start - 3, max(-1, start - 10), -1):
        if lowers[j] in _BREAKS or not lowers[j][:1].isalnum():
            return False
        if lowers[j] in _BEAT_VERBS:
            return True
    return False


#: the hedges that bound a margin written without "by" ("(at least 1.0% on recall)", "over about 10% accuracy")
_MARGIN_HEDGES: Final = tuple(tuple(h.split("-")) for h in rule_words("MARGIN_HEDGES"))


def beaten_margin(start: int, lowers: list[str]) -> bool:
    """Whether a hedged number written without "by" after a verb of beating and its object is the margin over the
    beaten ("outperforms current systems (at least 1.0% on recall)", "outperforms both the single model and the
    retrieval model over about 10% accuracy"): `beats_up_to` for the other hedges, the hedge possibly opening a
    bracket or led by "over". Not past a clause break, a verb of reaching ("outperforms X, reaching about 92%",
    "outperforms X and achieves nearly 90%") or a "to" of the level reached.

    >>> beaten_margin(7, "it outperforms current systems ( at least 1.0% on recall )".split())
    True
    >>> beaten_margin(11, "outperforms both the single model and the best model over about 10% accuracy".split())
    True
    >>> beaten_margin(6, "it outperforms x and achieves nearly 90%".split()), beaten_margin(5, "it improves accuracy to about 90%".split())
    (False, False)
    """
    k = phrase_before(start, lowers, _MARGIN_HEDGES)
    if k is None or k < 2:
        return False
    if lowers[k - 1] in ("(", "over"):
        k -= 1  # "(at least 1.0% ...)", "over about 10%"
    achieve = cues()["achieve"]
    for j in range(k - 1, max(-1, k - 15), -1):
        w = lowers[j]
        if w == "-" and 0 < j < k - 1 and lowers[j - 1][:1].isalnum() and lowers[j + 1][:1].isalnum():
            continue  # the hyphen of a compound: "the best non-retrieval-based model"
        if w in _BREAKS or w in achieve or w in ("to", "by") or not w[:1].isalnum():
            return False
        if w in _BEAT_VERBS:
            return True
    return False


def _verb_before_by(lowers: list[str], start: int) -> str | None:
    """The change word a "by" hangs on, within its clause ("reducing the
    expected calibration error by a relative 50%" -> "reducing"), or None."""
    k = start - 1
    while k >= 0 and lowers[k] != "by":
        if start - k > 4:
            return None
        k -= 1
    for j in range(k - 1, max(-1, k - 7), -1):
        w = lowers[j]
        if w in (",", ";", "(", ")", "and", "while", "which"):
            return None
        if w in cues()["reduction"] or w in cues()["gain"]:
            return w
    return None


HEDGES: Final = frozenset("by as much up to over more than nearly about around almost approximately".split())


def hedged_start(start: int, lowers: list[str], extra: frozenset[str] = frozenset()) -> int:
    """Where a number's hedge opens ("up to 6.1%", "more than 20"): `start` moved back over HEDGES (and `extra`),
    but not over "by", which says the number is a change's size ("by up to 2%") and is the callers' to read.

    >>> hedged_start(4, "differences of up to 6.1 %".split()), hedged_start(4, "improved by up to 2 %".split())
    (2, 2)
    """
    k = start
    while k > 0 and (lowers[k - 1] in HEDGES or lowers[k - 1] in extra) and lowers[k - 1] != "by":
        k -= 1
    return k


#: the nouns of "by an average of 13%", "by a large margin of 8%", "by a factor of 4.35": the amount a change is by
BY_AMOUNTS = frozenset(rule_words("BY_AMOUNTS"))


def amount_noun(start: int, lowers: list[str]) -> str | None:
    """The noun of "by (a|an) [adjective] NOUN of" right before the number at
    `start` (hedges between allowed: "by a margin of nearly 8%"), or None. The
    number is then the amount of a change, never the level reached, whatever
    "of" before it usually says ("an accuracy of 88%").

    >>> amount_noun(6, "reducing bias by an average of 13 %".split()), amount_noun(7, "wins by a large margin of nearly 8".split())
    ('average', 'margin')
    >>> amount_noun(3, "an average of 13 %".split()) is None, amount_noun(5, "by using an accuracy of 88".split()) is None
    (True, True)
    """
    k = hedged_start(start, lowers)
    if k < 3 or lowers[k - 1] != "of" or lowers[k - 2] not in BY_AMOUNTS:
        return None
    window = lowers[max(0, k - 5) : k - 2]
    if "by" not in window:
        return None
    j = len(window) - 1 - window[::-1].index("by")
    return lowers[k - 2] if all(w.isalpha() for w in window[j + 1 :]) else None


def is_portion(end: int, lowers: list[str], dataset_starts: set[int]) -> bool:
    """ "31% of the X dataset", "5% of the data": a share of data, not a result."""
    if end >= len(lowers) or lowers[end] != "of":
        return False
    k = end + 1 + (end + 1 < len(lowers) and lowers[end + 1] == "the")
    return k in dataset_starts or (k < len(lowers) and lowers[k] in cues()["portion"])


def is_removed_share(start: int, lowers: list[str]) -> bool:
    """ "pruning out ~84% of the features", "filters out 20% of passages": a share removed, not a result."""
    k = start
    while k > 0 and lowers[k - 1] in _REMOVAL_HEDGES:
        k -= 1
    return k > 0 and lowers[k - 1] in cues()["removed"]


#: what may stand between a removal verb and its share: the hedges and the verb's particle (made once, not a
#: set union at every step of the loop above)
_REMOVAL_HEDGES: Final = HEDGES | {"out", "away", "off", "~"}
#: the hedges and a tilde before a number ("(~90%)")
_TILDE_HEDGES: Final = HEDGES | {"~"}


#: nouns of a share of items: "a large proportion of answers (over 90%)", "the majority of queries (97.6%)"
_SHARE_NOUNS: Final = frozenset(
    {"proportion", "fraction", "share", "percentage", "majority", "portion", "half", "number"}
)


def restates_share(start: int, lowers: list[str]) -> bool:
    """Whether a percentage in brackets restates a share of items named just before it, in its clause ("a
    large proportion of long-form answers (over 90%) can be summarized", "the majority of queries (97.6%)
    need few steps"): how many of the items something holds for, not a score (ACL 44k: 6 such brackets).

    >>> restates_share(10, "a large proportion of long-form answers in d ( over 90% ) can".split())
    True
    >>> restates_share(5, "fooqa accuracy on d ( 90% ) .".split())
    False
    """
    k = start
    while k > 0 and lowers[k - 1] in _TILDE_HEDGES:
        k -= 1
    if k < 3 or lowers[k - 1] != "(":
        return False
    for j in range(k - 2, max(0, k - 14), -1):
        if lowers[j] in _BREAKS or lowers[j] == ")":
            return False
        if lowers[j] == "of" and lowers[j - 1] in _SHARE_NOUNS:
            return True
    return False


def counts_something(end: int, lowers: list[str], *, items: bool = False) -> bool:
    """ "12 layers", "7B tokens": the number counts or sizes something; so does one whose counted noun
    follows a single modifier word ("467 question/response pairs", "5,000 annotated sentences", "12
    attention layers"). A function word after the number ("85% on test sentences") makes no modifier.
    With `items` (a bare number), the text items a corpus is counted in count too ("5509 dialogues",
    "100 million word datasets"; subj43: stop 35's EmoContext overview, 44k Nko corpora, BabyLlama-2).

    >>> counts_something(2, "with 467 question/response pairs".split())
    True
    >>> counts_something(2, "with 467 question / response pairs".split())
    True
    >>> counts_something(2, "reaches 85% on test sentences".split())
    False
    """
    nouns = _counted_nouns(items)
    if end < len(lowers) and lowers[end] in nouns:
        return True
    if end >= len(lowers) or not _modifier(lowers[end]):
        return False
    k = end + 1
    if lowers[k : k + 1] in (["/"], ["-"]) and k + 1 < len(lowers) and _modifier(lowers[k + 1]):
        k += 2  # "question / response pairs": a compound split at its slash or hyphen is one modifier
    return k < len(lowers) and lowers[k] in nouns


@lru_cache(maxsize=2)
def _counted_nouns(items: bool) -> frozenset[str]:
    """The nouns `counts_something` reads after a number (with `items`, the text items a corpus is counted in),
    made once each, not a union of three sets at every number."""
    return cues()["nonresult"] | ENTRANTS | (cues()["items"] if items else frozenset())


#: words after a number that open a phrase of their own, not a modifier of a counted noun
_NOT_MODIFIERS: Final = frozenset(
    "on in of for across over with at by from to and or than per between among under within into the a an "
    "as while when compared respectively".split()
)


def _modifier(word: str) -> bool:
    """Whether a word can modify the noun a number counts ("question/response", "annotated", "in-domain")."""
    return word[:1].isalpha() and word not in _NOT_MODIFIERS and all(ch.isalpha() or ch in "-/" for ch in word)


def confidence(*, attachment: float, kind: str, unit: str | None, metric: str | None, bare_integer: bool) -> float:
    """How sure a result is, from how its dataset was found (`attachment`, 0-1)
    and what backs the number: a unit or a named metric makes it surer; a
    decrease of a higher-is-better metric is usually a baseline's loss, not a result."""
    conf = attachment
    if not unit and not metric:
        conf *= 0.8
    if bare_integer and not metric:
        conf *= 0.7
    if (
        kind == "reduction"
        and (metric is None or metric_direction(metric) == "higher")
        and not _names_reduction(metric)
    ):
        conf *= 0.6  # a decrease of nothing named, or of a higher-is-better metric, is rarely the paper's result
    if kind == "ratio" and unit != "%" and attachment < 0.9:
        conf *= 0.6  # a speed-up far from any dataset is a speed-up, not a result (a share of a score is one)
    return round(min(1.0, conf), 2)


def _names_reduction(metric: str | None) -> bool:
    """Whether a metric's name is itself a reduction ("relative error reduction", "WER reduction"): its value is the
    share of errors removed, the paper's result, no decrease of a higher-is-better measure (kind52).

    >>> _names_reduction("relative error reduction"), _names_reduction("accuracy"), _names_reduction(None)
    (True, False, False)
    """
    return metric is not None and any(w in ("reduction", "reductions") for w in metric.lower().split())


@lru_cache(maxsize=1)
def _shared_task_rows() -> tuple[list[str], ...]:
    """shared_tasks.txt's rows, split at tabs: a series' name, then "edition" for a series whose editions name data."""
    return tuple(line.split("\t") for line in load_word_list("shared_tasks.txt"))


@lru_cache(maxsize=1)
def _event_pattern() -> re.Pattern:
    names = trie_pattern(row[0] for row in _shared_task_rows() if row[1:] != ["edition"])
    # "SemEval-2023", "DravidianLangTech-EACL2021", "LT-EDI@ACL 2022": an edition may name its host conference
    # a host conference alone, with or without its year ("EACL2024", "ACL 2023"), is the event that hosts a workshop
    # or shared task, never the task's data (RULINGS R5; train52)
    # (a year of two or four digits: "ACL-200", a citation dataset, is no year)
    host = rf"{HOSTS}(?:[\s\-'’]*(?:(?:19|20)\d\d|\d\d))?"
    return re.compile(rf"(?:{names})(?:[\s\-'’@]*(?:{HOSTS}[\s\-]*)?\d{{2,4}})?|{host}", re.IGNORECASE)


#: the ACL conferences that host workshops and shared tasks ("DravidianLangTech-EACL2021")
HOSTS = "(?:ACL|EACL|NAACL|EMNLP|COLING|LREC|AACL|IJCNLP|RANLP)"


def is_event(name: str) -> bool:
    """A workshop, campaign or team name is not a dataset (RULINGS R5): "VarDial",
    "SemEval-2023", "DravidianLangTech-EACL2021", "TEAM@LT-EDI-2024"; "SemEval-2023 Task 10" is one. Nor is the
    conference that hosts them ("EACL2024", "ACL 2023").

    >>> [is_event(n) for n in ("EACL2024", "ACL 2023", "NAACL-2022", "SemEval-2023", "ACL-ARC", "ACL-200")]
    [True, True, True, True, False, False]
    """
    return "@" in name or bool(_event_pattern().fullmatch(name.strip()))


@lru_cache(maxsize=1)
def _series() -> frozenset[str]:
    names = frozenset(row[0].strip().casefold() for row in _shared_task_rows())
    return names - frozenset(rule_words("SINGLE_TASK_CAMPAIGNS"))


def is_bare_series(name: str) -> bool:
    """Whether a dataset name is only a campaign's or workshop series' name, with no edition, year or task
    ("WMT", "IWSLT", "CoNLL"; not "WMT 2014", "CoNLL-2003"): the event, whose many tasks and editions each have
    their own data (RULINGS R5). A campaign of one shared task per edition ("MADAR", "NADI": SINGLE_TASK_CAMPAIGNS)
    is that task's own name, which names its data.

    >>> is_bare_series("WMT"), is_bare_series("WMT 2014"), is_bare_series("SemEval-2023 Task 10")
    (True, False, False)
    >>> is_bare_series("MADAR")
    False
    """
    return name.strip().casefold() in _series()


def is_score_value(start: int, lowers: list[str]) -> bool:
    """Whether the number at `start` is written as the value of a score the text leaves unnamed ("scores of
    0.617 and 0.612", "a best performance of 41.81", "an average score of 87.1"): the noun says what the
    number is, as a metric's name would ("an F1 of 0.61").

    >>> is_score_value(4, "we reach scores of 0.617 and 0.612".split()), is_score_value(3, "a total of 15".split())
    (True, False)
    >>> is_score_value(4, "annotators reach an α score of 0.70".split())
    False
    """
    c = cues()
    if not (start > 1 and lowers[start - 1] == "of" and lowers[start - 2] in c["unnamed_score"]):
        return False
    # "a high inter-annotator agreement, a kappa score of 0.72", "reaching an α score of 0.70": the data's own
    # agreement, not a result (GUIDE-NOTES 7)
    return not any(w in c["agreement"] for w in lowers)


def is_rank(start: int, lowers: list[str]) -> bool:
    """ "top 9 F1-score", "ranked 3 out of 20": a place in a ranking, not a result."""
    return start > 0 and lowers[start - 1] in cues()["rank"]


def is_margin(start: int, lowers: list[str]) -> bool:
    """ "within 5% of", "90% +/- 2%", "closes the gap from 6.7 to 3.7": a margin or error bar, not a result."""
    before = lowers[max(0, start - 4) : start]
    return not cues()["margin"].isdisjoint(before) or "".join(before).endswith(("+/-", "±"))


#: a spread's noun only after its number: "(< 1% change in SR)" is how far a score moved (stop 49's wayfinding
#: paper), "an absolute percentage change of 17.8 in accuracy" the size of a gain (44k: a distillation paper)
_SPREAD_AFTER: Final = frozenset(rule_words("SPREAD_AFTER"))


@lru_cache(maxsize=1)
def _spread_nouns() -> frozenset[str]:
    """The nouns a spread's number stands before (`is_spread`): the spread cues and SPREAD_AFTER's "change", joined
    once rather than on every number read."""
    return cues()["spread"] | _SPREAD_AFTER


def is_spread(start: int, end: int, lowers: list[str]) -> bool:
    """ "accuracy differences of up to 6.1%", "notable score shifts: up to 0.59", "a discrepancy of up to 14.9
    BLEU", "an average of 2.252 BLEU points difference", "less than 2% difference in F1 compared to": how far
    scores move or differ when a setup changes (a prompt reworded, answers reordered, a tokenisation) or how far
    two systems stand apart, neither a level nor one system's gain: no result. Written after "by" ("by a
    difference of 6 BLEU points", "by 35.9% absolute difference") it is the size of a change ("outperforms Y by
    ..."), which the kinds read. "Change" (SPREAD_AFTER) is a spread's noun only after its number ("(< 1% change
    in SR)"); before it, "a change of 17.8", it is the size of a gain. Subj43: stop 42's SCORE, stop 38's judge-preference and stop 37's parfda papers;
    44k: tokenisation and Unicode discrepancies, "within 0.5 BLEU difference", "a 0.06 difference from the
    leading submission".

    >>> is_spread(5, 6, "results in accuracy differences of up to 6.1%".split())
    True
    >>> is_spread(4, 5, "notable score shifts : up to 0.59".split())
    True
    >>> is_spread(3, 4, "with an average 2.252 bleu points difference on wmt".split())
    True
    >>> is_spread(6, 7, "outperforms y by a difference of 6".split()), is_spread(5, 6, "a variation of bert achieves 85%".split())
    (False, False)
    >>> is_spread(3, 4, "outperforms y by 35.9% absolute difference".split())
    False
    >>> is_spread(2, 3, "metrics ( 1% change in sr )".split()), is_spread(5, 6, "up to a percentage change of 17.8 in accuracy".split())
    (True, False)
    """
    k = hedged_start(start, lowers)
    if k >= 2 and lowers[k - 1] in ("of", ":") and lowers[k - 2] in cues()["spread"]:
        return "by" not in lowers[max(0, k - 5) : k - 2]
    j = end
    after = _spread_nouns()
    while j < len(lowers) and j - end < 3 and lowers[j] not in after and _measure_word(lowers[j]):
        j += 1
    if j >= len(lowers) or lowers[j] not in after or lowers[j] in ("shift", "shifts"):
        return False  # "RE2 shifts the focus": a verb after a number's words
    return "by" not in lowers[max(0, start - 3) : start]


def _measure_word(word: str) -> bool:
    """Whether a word can stand between a number and the noun it sizes as part of a measure's name ("BLEU
    points", "absolute WER", "ROC-AUC")."""
    return word[:1].isalpha() and word not in _NOT_MODIFIERS and all(ch.isalnum() or ch in "-/@" for ch in word)


def is_behind(end: int, lowers: list[str]) -> bool:
    """ "0.04 below the best macro-F1 score", "30 points behind human", "about 4% short of": how far
    something falls short of another, a gap and not a result (a metric's value, "an F1 score of 0.702
    behind the second-ranked system", is the caller's to keep).

    >>> is_behind(1, "0.04 below the best".split()), is_behind(2, "30 points behind human".split())
    (True, True)
    >>> is_behind(1, "0.04 on the test".split())
    False

    A bracket holding only the gap reads on past its close ("substantially (20%) below human performance"):

    >>> is_behind(5, "results are substantially ( 20% ) below human performance".split())
    True
    """
    k = end
    while k < len(lowers) and lowers[k] in cues()["metric_filler"]:
        k += 1
    if k < len(lowers) and lowers[k] == ")" and end >= 2 and lowers[end - 2] == "(":
        k += 1
    # "short" only as "short of": "2.1 short answers" are no gap
    return (
        k < len(lowers) and lowers[k] in cues()["behind"] and (lowers[k] != "short" or lowers[k + 1 : k + 2] == ["of"])
    )


_LEADERS: Final = frozenset(rule_words("LEADERS"))
_WORSE: Final = frozenset({"lower", "less", "worse"})


def _metric_end_at(metrics: list[tuple], k: int) -> int | None:
    """The end of the first metric span that starts at token `k` and is not empty (`trails_leader`; a loop, not
    `next` over a generator made at each word)."""
    for m in metrics:
        if m[0] == k and m[1] > k:
            return m[1]
    return None


def trails_leader(end: int, lowers: list[str], metrics: list[tuple]) -> bool:
    """ "2.21 F1 score behind the best one", "0.12% macro F1-score behind the top ranked system", "30 accuracy
    points behind human performance", "5.46% and 6.5% lower than the top scores", "only about 0.9% worse than the
    best submission": how far the paper's system falls short of the leader, with the measure written between
    the number and "behind" (which `is_behind` does not read past) or after "lower / less / worse than the
    top / best / winning ...": a gap, not a score and not a gain (stops 39 and 40; 44k: 14 abstracts write
    "N <measure> behind / below", 5 "N lower than the best"). `metrics` are the sentence's metric spans.

    >>> ms = [(3, 5, "Metric", "F1 score")]
    >>> trails_leader(3, "with just 2.21 f1 score behind the best one".split(), ms)
    True
    >>> trails_leader(2, "are 5.46% lower than the top scores".split(), [])
    True
    >>> trails_leader(2, "is 1.2% lower than the baseline".split(), []), trails_leader(2, "reaches 85.3 on foo".split(), [])
    (False, False)
    """
    k = end
    while k < len(lowers):
        span = _metric_end_at(metrics, k)
        if span is not None:
            k = span
        elif lowers[k] in cues()["metric_filler"] or lowers[k] in ("absolute", "macro", "micro", "score", "scores"):
            k += 1
        else:
            break
    if k >= len(lowers):
        return False
    if lowers[k] in cues()["behind"] and k > end:  # "0.04 below the best" with nothing between is `is_behind`'s
        return lowers[k] != "short" or lowers[k + 1 : k + 2] == ["of"]
    if lowers[k] in _WORSE and lowers[k + 1 : k + 2] == ["than"]:
        return any(w in _LEADERS for w in lowers[k + 2 : k + 7])
    return False


def is_gap_after(end: int, lowers: list[str]) -> bool:
    """ "(13.4% accuracy gap)", "a 70% gap between X and humans", "over a 19% absolute gap with the humans": the
    number sizes a gap between two systems (or a system and humans), as "a gap of 13.4%" does, which
    is_margin already leaves out; not one subject's score (ACL 44k: 13 abstracts write "N% (measure) gap").

    >>> is_gap_after(1, "13.4% accuracy gap )".split()), is_gap_after(1, "70% gap between".split())
    (True, True)
    >>> is_gap_after(1, "19% absolute gap with the humans".split()), is_gap_after(1, "85% accuracy on the gap dataset".split())
    (True, False)
    """
    k = end
    while k < len(lowers) and k - end < 2 and _modifier(lowers[k]) and lowers[k] not in ("gap", "gaps"):
        k += 1
    return k < len(lowers) and lowers[k] in ("gap", "gaps")


_UNREACHED_VERBS: Final = frozenset(rule_words("UNREACHED_VERBS"))
_UNREACHED_CUES: Final = frozenset(rule_words("UNREACHED_CUES"))
#: what "no" can stand before when no system reaches a level ("no model", "no LLM", "no one")
_NO_SYSTEM: Final = frozenset(rule_words("SYSTEM_NOUNS")) | {"llm", "llms", "one"}
_NUMBER_START: Final = re.compile(r"[+\-−~]?\.?\d")
_NUMBER_OPENERS: Final = frozenset("+-−~.")


def _starts_number(w: str) -> bool:
    """`_NUMBER_START.match(w)`, the regex called only on a word that opens with a sign, a point or a decimal digit
    (`\\d`), as a number does: a regex call costs ~1.6k instructions, and most words open with a letter."""
    return (w[:1] in _NUMBER_OPENERS or w[:1].isdecimal()) and _NUMBER_START.match(w) is not None


def is_unreached(start: int, lowers: list[str]) -> bool:
    """ "no model reaches an accuracy of more than 25 points", "struggled to achieve a score of 60%", "accuracy
    might grow to values above 90%", "the first system to exceed 0.5 F1": a level the sentence says is not
    reached, or only might be, or that a first system passes: a threshold, no measured result (4 papers of the
    pooled development sets of stops 34-37; ACL 44k read in data/annotations/README.md, stop 39).

    >>> is_unreached(8, "no model reaches an accuracy of more than 25 points".split())
    True
    >>> is_unreached(5, "they struggled to achieve a 60 % score".split()), is_unreached(7, "it is the first system to exceed 0.5 f1".split())
    (True, True)
    >>> is_unreached(5, "accuracy might grow to values above 90 %".split()), is_unreached(2, "fooqa reaches 25 points".split())
    (True, False)
    >>> is_unreached(6, "fooqa is not bad , reaching 25 points".split()), is_unreached(5, "with no pretraining it reaches 85 %".split())
    (False, False)
    """
    for j in range(start - 1, max(-1, start - 8), -1):
        w = lowers[j]
        if w in _BREAKS or _starts_number(w):  # another number's words ("F1" is a metric's)
            return False
        if w not in _UNREACHED_VERBS:
            continue
        before = lowers[max(0, j - 4) : j]
        if before[-1:] == ["to"]:  # "struggled to achieve", "the first system to exceed"
            # "the first to exceed 0.5 F1" (a level passed); "the first to achieve 90%" reports the 90%
            return (len(before) > 1 and before[-2] in _UNREACHED_CUES) or (
                "first" in before[:-1] and w.startswith(("exceed", "surpass", "pass"))
            )
        # "did not reach", "might grow to", "no model reaches", "none of them reach"
        # ("with no pretraining reaches 85%" is reached: only "no" before a system's noun)
        return (
            (bool(before) and before[-1] in _UNREACHED_CUES)
            or (before[-2:-1] == ["no"] and before[-1] in _NO_SYSTEM)
            or "none" in before
        )
    return False


_LAG_VERBS: Final = frozenset(rule_words("LAG_VERBS"))
_HEDGES: Final = frozenset(
    {"only", "just", "about", "approximately", "around", "roughly", "nearly", "merely", "a", "mere"}
)
_BREAKS: Final = frozenset(rule_words("CLAUSE_BREAKS"))


def lags_by(start: int, lowers: list[str]) -> bool:
    """ "lags behind human performance by 31.73%", "trailing the top submission by only 0.047", "is behind
    by only 0.2%": how far the subject falls short of another, a gap whose sign is lost if it is read as a
    gain: the caller keeps it as a negative gain.

    >>> lags_by(6, "the model lags behind humans by 20 %".split()), lags_by(6, "x trails the best llm by 23.09%".split())
    (True, True)
    >>> lags_by(5, "our results overcome baselines by 4% , falling behind the best by 12%".split())
    False
    >>> lags_by(12, "our results overcome baselines by 4% , falling behind the best by 12%".split())
    True
    """
    k = start - 1
    while k > 0 and lowers[k] in _HEDGES:
        k -= 1
    if k < 1 or lowers[k] != "by":
        return False
    j = k - 1
    while j >= 0 and lowers[j] not in _BREAKS:
        if lowers[j] in _LAG_VERBS or lowers[j] in cues()["behind"]:
            return True
        j -= 1
    return False


#: words between a setting and the range it is set to ("block size ranging from 5 to 1,000")
_RANGING: Final = frozenset(("ranging", "ranges", "range", "varying", "varies", "vary"))


#: verbs of what an experiment used or needed, before "only / just N": "with only 5% of the training data",
#: "requiring only 27%" (rule_words BUDGET_VERBS); the words right before the number (BUDGET_HEDGES)
_BUDGET_VERBS: Final = frozenset(rule_words("BUDGET_VERBS"))
_BUDGET_HEDGES: Final = frozenset({"only", "just", "merely"})


def is_budget(start: int, end: int, lowers: list[str], unit: str | None = "%") -> bool:
    """ "with only 418 (5%) training instances", "with only 5% type coverage of the training data", "with only
    78% of the original computational budget", "requiring only 27%": what an experiment was given or needed (data,
    compute, coverage, overhead), a setting or a cost, not a result on its dataset (resprec40: one paper each in
    the sets of stops 35, 38 and 39; 44k: 11 rows in 7 papers, all such). A change or gap said of the number is
    still one ("with only 1.6% of accuracy drop", "with just 2.21 F1 behind the best one"), and so is a share of
    another system's measure ("with only ~31% inference time of them", a ratio).

    >>> is_budget(4, 5, "with only 418 ( 5% ) training instances".split())
    True
    >>> is_budget(2, 3, "with only 5% type coverage".split()), is_budget(2, 3, "with only 1.6% of accuracy drop".split())
    (True, False)
    >>> is_budget(2, 3, "with only 0.5% accuracy loss".split())
    False
    >>> is_budget(2, 3, "a score of 78.2% on foo".split())
    False
    """
    k = start - 1
    if k >= 2 and lowers[k] == "(" and lowers[k - 1].replace(",", "").isdigit():
        k -= 2  # "with only 418 (5%) training instances": the share of a count
    if not (k >= 1 and lowers[k] in _BUDGET_HEDGES and lowers[k - 1] in _BUDGET_VERBS):
        return False
    c = cues()
    if _share_of_a_score(unit, lowers[max(0, start - 4) : start], _after_list(end, lowers), c):
        return False
    # "with only 1.6% of accuracy drop", "with only 0.5% accuracy loss" (no 44k abstract writes it), "with just
    # 2.21 F1 behind": a change or gap
    return not any(
        w in c["reduction"] or w in c["change_noun"] or w in ("behind", "loss", "losses") for w in lowers[end : end + 4]
    )


#: who or what enters a shared task ("16 teams", "22 system submissions", "registration and participation")
ENTRANTS: Final = frozenset(rule_words("ENTRANTS"))
_GROWTH: Final = frozenset(rule_words("GROWTH_NOUNS"))


def is_entrant_growth(start: int, end: int, lowers: list[str]) -> bool:
    """ "a 17.5% and 35% increase in registration and participation", "22 system submissions (a 70% increase from
    the last edition)": the growth of a shared task's count of teams, participants, submissions or registrations,
    no result on its dataset (resvs40: 2 papers of 44k; with "the average F-scores of 16 teams" 3 in all).

    >>> ws = "a 17.5% and 35% increase in registration and participation".split()
    >>> is_entrant_growth(1, 2, ws), is_entrant_growth(3, 4, ws)
    (True, True)
    >>> is_entrant_growth(5, 6, "22 system submissions ( a 70% increase from 2017 )".split())
    True
    >>> is_entrant_growth(1, 2, "a 3.5% increase in accuracy".split())
    False
    """
    after = _after_list(end, lowers)
    if after[:1] and after[0] in _GROWTH:
        k = 1
        if after[k : k + 1] in (["in"], ["of"]):
            k += 1
            while after[k : k + 1] and after[k] in ("the", "number", "numbers", "of", "total"):
                k += 1
            return after[k : k + 1] != [] and after[k] in ENTRANTS
    k = start - 1
    while k >= 0 and lowers[k] in ("a", "an", "~", "about", "nearly", "almost", "over"):
        k -= 1
    return k >= 1 and lowers[k] == "(" and lowers[k - 1] in ENTRANTS and bool(after) and after[0] in _GROWTH


def is_setting(start: int, lowers: list[str]) -> bool:
    """ "a learning rate of 0.001", "k = 5", "temperature 0.7": a hyperparameter, not a result; so are
    both ends of the range a setting is moved over ("increasing the masking rate from 15% to 50%",
    "a window ranging from 5 to 10"): the values an experiment chose, whatever it then reports.

    >>> words = "by increasing the masking rate from 15 % to 50 % , we pre-train it".split()
    >>> is_setting(6, words), is_setting(9, words)
    (True, True)
    >>> is_setting(5, "it lifts accuracy from 61 % to 70 %".split())
    False
    """
    settings = cues()["setting"]

    def setting_at(k: int) -> bool:
        return k >= 0 and (lowers[k] in settings or (k > 0 and f"{lowers[k - 1]} {lowers[k]}" in settings))

    k = start - 1 - (start > 1 and lowers[start - 1] in ("of", "to"))
    if setting_at(k):
        return True
    j = start - 1
    if j > 0 and lowers[j] == "to":  # the range's upper end: back over its lower end to "from"
        j = next((i for i in range(j - 1, max(-1, j - 5), -1) if lowers[i] == "from"), -1)
    if j < 1 or lowers[j] != "from":
        return False
    k = j - 1 - (lowers[j - 1] in _RANGING)
    return setting_at(k)


#: the words that may stand between a change's "by" and a later number of its list (`by_scope`), besides numbers,
#: the measure's and the data's names and closed brackets: list glue, hedges, the place's prepositions, articles
#: (rule_words BY_SCOPE_GLUE), and the comma, per cent sign and markdown emphasis here
_SCOPE_GLUE: Final = frozenset(rule_words("BY_SCOPE_GLUE")) | {",", "%", "*"}


def by_scope(start: int, lowers: list[str], names: frozenset[int] = frozenset()) -> str | None:
    """ "gain" (or "reduction") for a number read as a level that stands in the reach of a change's "by": the
    "by" hangs on a change or beating verb ("outperforms X by", "reduces WER by") and only numbers, the names of
    measures and data (`names`: their token indices), closed brackets and list glue (`_SCOPE_GLUE`: ",", "and",
    hedges, "of", "on", ...) stand between ("outperforms the best model by 5.46% F1 scores on A and 4.51% on
    B", "surpasses all models by relative error rates (ERs) of 30.83% and 35.21%", "outperforms the previous best
    by **10.2%** and **6.2%**"). Any other word (a verb: "by 70%, compress 94% of X"; a level's preposition:
    "by 2.1 points to 85.3") ends the reach, and so does a bracket the number stands in ("by 22% absolute (54%
    to 76%)": the levels the change is between).

    >>> ws = "a classifier outperforms the best model by 5.46% f1 scores on logic and 4.51% on climate".split()
    >>> by_scope(13, ws, frozenset({8, 9, 11})), by_scope(13, ws)
    ('gain', None)
    >>> by_scope(12, "our model surpasses all models by relative error rates ( ers ) of 30.83%".split(), frozenset({7, 8}))
    'gain'
    >>> by_scope(7, "it improves f1 by 2.1 points to 85.3".split()) is None
    True
    >>> by_scope(9, "it improves the best result by 22% absolute ( 54% to 76% )".split()) is None
    True
    >>> by_scope(7, "it reduces d by 70% , compress 94% of x".split()) is None
    True
    """
    k = start - 1
    while k >= 0 and start - k <= 16:
        w = lowers[k]
        if w == "(":
            return None  # the number stands in a bracket: a level the change is between, or an aside
        if w == ")":
            open_at = next((j for j in range(k - 1, max(-1, k - 8), -1) if lowers[j] == "("), None)
            if open_at is None:
                return None
            k = open_at - 1
            continue
        if w == "by":
            verb = _verb_before_by(lowers, k + 1)
            if verb is None:
                return None
            return "reduction" if verb in cues()["reduction"] else "gain"
        if not (k in names or w in _SCOPE_GLUE or _starts_number(w) or (w == "to" and lowers[k - 1 : k] == ["up"])):
            return None
        k -= 1
    return None
