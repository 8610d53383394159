"""Which metric a number is in: the metric written with it ("a BLEU score of 42.3", "by 4.3% in F1"),
paired in order with a list of numbers, shared with the number it is coordinated with, or the nearest
one not claimed by a later number; and whether the metric, where it is written for this number, is
qualified into another measure ("Feats F1 of 90.3%").
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Final

from paperkg.extract.lexicon import function_words, load_word_list, rule_words
from paperkg.extract.results.clauses import list_runs
from paperkg.extract.results.kinds import BY_AMOUNTS, HEDGES, cues
from paperkg.extract.results.values import NUMBER, Value, starting_point


def metric_of(
    k: int,
    values: list[Value],
    metrics: list[tuple],
    lowers: list[str],
    *,
    measures: list[tuple[str | None] | None],
    pairs: dict[int, str],
) -> str | None:
    """The metric of the k-th number: the one it says it is in ("by 4.3% in F1"), the one a list of
    metrics pairs it with (`pairs`, from `pair_metrics`), the one it is written as the value of
    (`measures`, `written_measure` of every number), the one written after the number it is
    coordinated with, or the nearest not claimed by a later number. A starting point takes the
    metric of where it went to ("from 31.81 to 32 BLEU")."""
    v = values[k]
    written = measures[k]
    metric = (
        metric_in(v, metrics, lowers)
        or pairs.get(v.start)  # "an accuracy and F1 score of 68.09% and 62.59%": the lists pair first
        or (written[0] if written else None)
        or shared_metric(values, k, metrics, lowers)
    )
    # an F1 written with the number is the F-score of the measure named right before it; a nearest one is not
    metric = measure_scored_by_f1(metric, v, metrics) or nearest(unclaimed_metrics(values, v, metrics, lowers), v)
    if (
        written
        and written[0] is None
        and v.start not in pairs
        and (
            any(w and w[0] for w in measures)
            or (lowers[v.start - 1] == "of" and not _generic_measure(v, metrics, lowers))
        )
        and not measure_phrase_metric(v, metric, metrics, lowers)
    ):
        # "a length ratio of 1.087, a BLEU score of 42.3", "a false positive ratio of 4.38%", "an aggregate score
        # of 0.73 (the mean of ROUGE-1 and BLEURT)": the words this one is written with name what it measures; a
        # metric named for another item, in another clause, is not its (resmetric46). A name before a bracket
        # ("English (93.8%)", "ARC (34.1%)") and a word that leaves a metric ("the best score of 0.82", "the human
        # performance of 82.6") name no measure of their own unless other numbers are written with theirs
        metric = metric_in(v, metrics, lowers)
    elif (
        metric
        and not written
        and not pairs.get(v.start)
        and unnamed_measure_in_list(k, values, metrics, lowers, metric)
    ):
        # "0.64 Faithfulness, and 0.56 Consistency": in a list of numbers written with their measures, one
        # written with words no lexicon knows as a metric is in none named for another item (resmetric46)
        metric = metric_in(v, metrics, lowers)
    if k + 1 < len(values) and starting_point(v, lowers) and values[k + 1].start <= v.end + 3:
        # "17.55 to 18.53 in BLEU-4", "from 31.81 to 32 BLEU": where a number started is measured in the
        # metric written after the one it went to
        to = values[k + 1]
        metric = metric_in(to, metrics, lowers) or next((m[3] for m in metrics if m[0] == to.end), None) or metric
    return metric


#: what ends the phrase a number's measure is written in: punctuation and clause words
_PHRASE_BREAKS = frozenset({",", ";", ":", ".", "(", ")", "while", "whereas", "but", "and", "or"})


def _generic_measure(v: Value, metrics: list[tuple], lowers: list[str]) -> bool:
    """Whether the word a number is written as the value of leaves a metric ("the best score of 0.82", "the human
    performance of 82.6", "an overall score of 38.4"): it names no measure of its own."""
    end = _measure_end(v, lowers, frozenset(m[1] for m in metrics))
    return end is not None and end > 0 and lowers[end - 1] in _leaves_the_metric()


def measure_phrase_metric(v: Value, metric: str | None, metrics: list[tuple], lowers: list[str]) -> bool:
    """Whether `metric` is written in the phrase a number is written as the value of, though the noun before
    "of" is no metric: right after the number ("the best performance of 88.9% F1") or earlier in the same
    phrase, with no punctuation, clause word or number between ("SQL execution accuracy levels of 82.1%",
    "the average macro F1 score between the two test sets of 26.4%"). A metric in another clause
    ("(96.9% accuracy), showing a false positive ratio of 4.4%") is not.

    >>> ms = [(1, 3, "Metric", "execution accuracy")]
    >>> measure_phrase_metric(Value(5, 6, "82.1%", 82.1, "%"), "execution accuracy", ms, "sql execution accuracy levels of 82.1%".split())
    True
    >>> ws = "( 96.9% accuracy ) , a false positive ratio of 4.4%".split()
    >>> measure_phrase_metric(Value(9, 10, "4.4%", 4.4, "%"), "accuracy", [(2, 3, "Metric", "accuracy")], ws)
    False
    """
    if metric is None:
        return False
    named = [m for m in metrics if m[3] == metric]
    if any(_written_after(v, m, lowers) for m in named):
        return True
    end = _measure_end(v, lowers, frozenset(m[1] for m in metrics))
    if end is None:
        return False
    return any(
        m[1] <= end and end - m[1] <= 8 and not any(w in _PHRASE_BREAKS or NUMBER.match(w) for w in lowers[m[1] : end])
        for m in named
    )


#: a lower-case word that can name a measure ("f1", "end-state", "p@1"), not a number or a mark
_LOWER_TOKEN = re.compile(r"[a-z][a-z0-9@\-]*")


def _written_after(o: Value, m: tuple, lowers: list[str]) -> bool:
    """Whether metric mention `m` is written right after number `o`, as the head of the words after it ("61.2 F1",
    "82.0 percent claim-level evidence faithfulness"): at most three words between, none a function word."""
    between = lowers[o.end : m[0]]
    return (
        o.end <= m[0]
        and len(between) <= 3
        and all(_LOWER_TOKEN.fullmatch(w) and w not in function_words() for w in between)
    )


#: units written after a number that say what it counts, not what it measures ("2.7 seconds", "3 x")
_UNIT_WORDS = frozenset(
    {"s", "sec", "secs", "second", "seconds", "ms", "minutes", "hours", "days", "x", "times", "fold"}
)


def unnamed_measure_in_list(
    k: int, values: list[Value], metrics: list[tuple], lowers: list[str], metric: str | None = None
) -> bool:
    """Whether the k-th number is followed by a noun no lexicon knows as a metric ("0.56 Consistency", "51.6
    percent citation-level factuality") while another number of the sentence, coordinated with it, is written
    with a metric right after it ("0.64 Faithfulness, and 0.56 Consistency"), or `metric` is written with another
    number ("82.0 percent claim-level evidence faithfulness and 51.6 percent citation-level factuality", "an F1 of
    61.2 ... and 26.1% EM0"): the words after the number name its own measure, not the metric of the other.

    >>> ws = "0.64 faithfulness , and 0.56 consistency .".split()
    >>> vs = [Value(0, 1, "0.64", 0.64, None), Value(4, 5, "0.56", 0.56, None)]
    >>> unnamed_measure_in_list(1, vs, [(1, 2, "Metric", "faithfulness")], ws)
    True
    >>> unnamed_measure_in_list(1, vs, [(1, 2, "Metric", "faithfulness"), (5, 6, "Metric", "consistency")], ws)
    False
    """
    v = values[k]
    if v.end >= len(lowers) or any(_written_after(v, m, lowers) for m in metrics):
        return False  # "30% end-state accuracy": the number's own metric
    word = lowers[v.end]
    if (
        not _LOWER_TOKEN.fullmatch(word)
        or word in _leaves_the_metric()
        or word in _UNIT_WORDS
        or word.endswith(("ly", "ing", "ed"))  # "81.3% correspondingly", "+10% compared to", "8.2 BLEU ranking second"
        or word.split("-")[-1] in cues()["others"]  # "62% majority-baseline": whose number it is, not its measure
        or word in MEASURE_FILLERS
    ):
        return False
    # only an earlier number: "67.2% crosslingual and 86.01% monolingual accuracy" share the metric written last
    before = [o for o in values if o.end <= v.start]
    return any(
        any(m[0] == o.end for m in metrics)
        and v.start - o.end <= 6
        and not any(w in (";", ":", ".") for w in lowers[o.end : v.start])
        for o in before
    ) or (
        metric is not None
        and any(
            m[3] == metric
            and (_written_after(o, m, lowers) or (m[1] + 1 == o.start and lowers[m[1]] in ("of", ":", "=")))
            for m in metrics
            for o in before
        )
    )


def names_own_measure(
    k: int, values: list[Value], metrics: list[tuple], lowers: list[str], measures: list[tuple[str | None] | None]
) -> bool:
    """Whether the k-th number is written with words that name a measure no lexicon knows ("a false positive
    ratio of 4.4%", "0.56 Consistency" in a list of measures): the number is backed as by a metric, though it
    stands under none."""
    return measures[k] == (None,) or unnamed_measure_in_list(k, values, metrics, lowers)


#: an F-score's names: "F1", "F1 score", "F-score", "F1-measure"
_F_SCORE = re.compile(r"^f[-_ ]?(?:1|₁)?(?:[- ]?(?:scores?|measures?))?$", re.IGNORECASE)


def measure_scored_by_f1(metric: str | None, v: Value, metrics: list[tuple]) -> str | None:
    """The measure an F1 is the F-score of, where the F1 is written right after another metric's name
    ("a macro-averaged LAS F1 of 65.11", "70.90 LAS F1 score"): the number is that measure, computed
    as an F-score, not an F1 of its own, so it ranks with that measure's scores, not with the F1 scores
    of other tasks on one benchmark. Any other metric is kept.

    >>> ms = [(2, 4, "Metric", "macro-averaged LAS"), (4, 5, "Metric", "F1")]
    >>> measure_scored_by_f1("F1", Value(6, 7, "65.1", 65.1, None), ms)
    'macro-averaged LAS'
    >>> measure_scored_by_f1("F1", Value(6, 7, "65.1", 65.1, None), [(1, 2, "Metric", "LAS"), (4, 5, "Metric", "F1")])
    'F1'
    """
    if not metric or not _F_SCORE.match(metric):
        return metric
    written = sorted((m for m in metrics if m[3] == metric), key=lambda m: min(abs(m[0] - v.end), abs(v.start - m[1])))
    if not written:
        return metric
    before = next((m for m in metrics if m[1] == written[0][0] and m[3] != metric), None)
    return before[3] if before else metric


METRIC_SAME_WORDS = frozenset(rule_words("METRIC_SAME_WORDS"))


def is_sub_measure(
    v: Value, metric: str, metrics: list[tuple], values: list[Value], name_ends: set[int], lowers: list[str]
) -> bool:
    """Whether the metric's name, where it is written for this number, is qualified by a word that
    makes it another measure, in a list of measures ("MSLAS of 78.7%, LAS of 80.1%, and Feats F1 of
    90.3%", "labeled attachment score (76.3%), and content word labeled attachment score (72.6%)",
    "a tagging F1 of 94.5 and a lemma accuracy of 93.9"): the measure is a part of the head metric,
    not the metric, so the number is not ranked with the metric's scores. A name known as a dataset
    or a system before the metric ("SQuAD F1") and words that leave the metric itself ("test F1",
    "an average BLEU", lexicon METRIC_SAME_WORDS) qualify nothing.

    >>> ms = [(0, 1, "Metric", "LAS"), (6, 7, "Metric", "F1")]
    >>> ws = "las of 80.1 % and feats f1 of 90.3 %".split()
    >>> vs = [Value(2, 4, "80.1%", 80.1, "%"), Value(8, 10, "90.3%", 90.3, "%")]
    >>> is_sub_measure(vs[1], "F1", ms, vs, set(), ws), is_sub_measure(vs[0], "LAS", ms, vs, set(), ws)
    (True, False)
    """
    if len(values) < 2 or len(metrics) < 2:
        return False  # one measure written once: no list to pick a sub-measure from
    named = [m for m in metrics if m[3] == metric]
    if not named:
        return False
    m = min(named, key=lambda m: min(abs(v.start - m[1]), abs(m[0] - v.end)))
    if m[0] == 0 or m[0] in name_ends or (m[0] > 1 and NUMBER.match(lowers[m[0] - 2])):
        return False  # "SQuAD F1", "6.8 pt MRR", "12.8 x speed-up": a name or a unit before the metric
    k = m[0] - 1
    while k >= 2 and lowers[k - 1] == "-":
        k -= 2  # "state - of - the - art F1": the whole compound is the word before the metric
    q = "".join(lowers[k : m[0]])
    return (
        len(q) > 1
        and q.replace("-", "").isalpha()
        and q not in _leaves_the_metric()
        and not all(part in _leaves_the_metric() for part in q.split("-"))
        and not _describes_the_score(q)
    )


@lru_cache(maxsize=1)
def _leaves_the_metric() -> frozenset[str]:
    """Words that leave a metric itself when written before it: function words, METRIC_SAME_WORDS,
    the named variants of metric_modifiers.txt ("macro", "weighted") and every result cue ("achieves",
    "reduces", "baseline")."""
    modifiers = {w.lower() for w in load_word_list("metric_modifiers.txt")}
    return frozenset(function_words() | METRIC_SAME_WORDS | modifiers | set().union(*cues().values()))


#: endings of English adjectives and participles ("superior", "competitive", "comparable", "reported") and of
#: the nouns that name the task a score is on ("classification accuracy", "tagging F1")
_DESCRIBING_ENDINGS = (
    "ior",
    "ive",
    "able",
    "ible",
    "ous",
    "ful",
    "ent",
    "ant",
    "est",
    "ic",
    "al",
    "ed",
    "er",
    "ly",
    "ate",
)


def _describes_the_score(word: str) -> bool:
    """Whether a word before a metric describes the score ("superior accuracy", "comparable F1") or
    names the task it is measured on ("classification accuracy", "detection F1"): the metric itself.

    >>> _describes_the_score("superior"), _describes_the_score("classification"), _describes_the_score("lemma")
    (True, True, False)
    """
    return word.endswith(_DESCRIBING_ENDINGS) or word.endswith(("tion", "sion", "ing"))


def metric_equals(v: Value, metrics: list[tuple], lowers: list[str]) -> bool:
    """ "F1 = 0.71", "BLEU=0.4498": a metric set equal to a number reports it (a setting is "k = 5")."""
    return v.start > 1 and lowers[v.start - 1] == "=" and any(m[1] == v.start - 1 for m in metrics)


def metric_in(v: Value, metrics: list[tuple], lowers: list[str]) -> str | None:
    """ ">60% reduction in peak memory", "by 4.3% in F1", "52.7 in terms of BLEU", "2.71% of SLU-F1", "90.0% for
    F1": the metric the number says it is in.

    >>> ms = [(2, 3, "Metric", "accuracy"), (8, 9, "Metric", "BLEU")]
    >>> metric_in(Value(4, 5, "52.7", 52.7, None), ms, "the best accuracy ( 52.7 in terms of bleu )".split())
    'BLEU'
    >>> metric_in(Value(0, 2, "2.7%", 2.7, "%"), [(3, 4, "Metric", "F1")], "2.7 % of f1".split())
    'F1'
    """
    k = v.end
    while k < len(lowers) and lowers[k] in cues()["metric_filler"] | cues()["gain"] | cues()["reduction"]:
        k += 1
    if lowers[k : k + 3] == ["in", "terms", "of"]:
        k += 2  # "52.7 in terms of BLEU": the metric after "of", not a metric of another number (resmetric46)
        if lowers[k + 1 : k + 2] == ["the"]:
            k += 1
    if k + 1 < len(lowers) and lowers[k] in ("in", "of", "for"):
        # "1.94% of accuracy and 2.71% of SLU-F1": a metric right after "of" is the number's as "in" is; so after
        # "for" ("86.6% for accuracy and 90.0% for F_1 measure": the second stood under accuracy, demo49)
        return next((m[3] for m in metrics if m[0] == k + 1), None)
    return None


def shared_metric(values: list[Value], k: int, metrics: list[tuple], lowers: list[str]) -> str | None:
    """ "+0.73 and +0.82 BLEU": a number coordinated with the next one shares the metric written after it."""
    if k + 1 >= len(values):
        return None
    v, w = values[k], values[k + 1]
    between = lowers[v.end : w.start]
    if not (0 < len(between) <= 2 and all(x in (",", "and", "or") for x in between)):
        return None
    return next((m[3] for m in metrics if m[0] == w.end), None)


def pair_metrics(values: list[Value], metrics: list[tuple], lowers: list[str]) -> dict[int, str]:
    """ "the best UAS and LAS on PTB (96.0%, 94.3%)": a list of metrics and a
    list of as many numbers pair in order (value start → metric)."""
    out: dict[int, str] = {}
    m_runs = [
        r for r in list_runs(metrics, itemgetter(0), itemgetter(1), lowers) if len({m[3] for m in r}) == len(r) >= 2
    ]
    for vr in (r for r in list_runs(values, attrgetter("start"), attrgetter("end"), lowers) if len(r) >= 2):
        same = [mr for mr in m_runs if len(mr) == len(vr) and abs(mr[-1][1] - vr[0].start) <= 8]
        if same:
            out.update({v.start: m[3] for v, m in zip(vr, same[0])})
    return out


#: what ends a list of numbers and the list of metrics "respectively" pairs them with
_RESPECTIVE_BREAKS: Final = frozenset({".", ";", ":", "while", "whereas", "but", "respectively"})
#: what may stand between a list's items (", and", "&") and after its last one ("... and BLEU-4 scores, respectively")
_ITEM_SEPARATORS: Final = frozenset({",", "and", "or", "&", "/"})
_LIST_TAIL: Final = frozenset({",", "score", "scores", "metric", "metrics", "measure", "measures", "respectively"})


def respective_metrics(
    values: list[Value], metrics: list[tuple], lowers: list[str]
) -> tuple[dict[int, str | None], dict[int, frozenset[str]]]:
    """ "by 3.2, 3.6 and 4.2 points in EM, F1 and BLEU-4 respectively", "4.0% and 5.2% improvement in Mi-F1 and
    Ma-F1, respectively": a list of numbers and the list of metrics written after it, closed by "respectively",
    pair in order (value start -> metric; None where the item the number pairs with names no metric the
    extractor knows). Where the two lists count differently, no pairing is sure: each number of the list comes back
    with the list's metric names (second element), so that one given one of them files no row (resvs40: 15 papers of
    44k gave a later number the first metric of the list). `values` are all of the sentence's numbers.

    >>> ws = "by 3.2 , 3.6 and 4.2 points in em , f1 and bleu-4 respectively .".split()
    >>> vs = [Value(1, 2, "3.2", 3.2, None), Value(3, 4, "3.6", 3.6, None), Value(5, 7, "4.2 points", 4.2, "points")]
    >>> ms = [(8, 9, "Metric", "EM"), (10, 11, "Metric", "F1"), (12, 13, "Metric", "BLEU-4")]
    >>> respective_metrics(vs, ms, ws)
    ({1: 'EM', 3: 'F1', 5: 'BLEU-4'}, {})
    >>> sorted(respective_metrics(vs[1:], ms, ws)[1][5])
    ['BLEU-4', 'EM', 'F1']
    >>> ws = "by 3.3 and 2.7 points in em on nq and triviaqa respectively .".split()
    >>> respective_metrics([Value(1, 2, "3.3", 3.3, None), Value(3, 5, "2.7 points", 2.7, "points")], [(6, 7, "Metric", "EM")], ws)
    ({}, {})
    """
    pairs: dict[int, str | None] = {}
    unsure: dict[int, frozenset[str]] = {}
    for run in list_runs(values, attrgetter("start"), attrgetter("end"), lowers):
        if len(run) < 2 or (bounds := _respective_list(run, values, metrics, lowers)) is None:
            continue
        items = _list_items(lowers, *bounds)
        named = [next((m[3] for m in metrics if a <= m[0] < b), None) for a, b in items]
        if len(items) < 2 or named[-1] is None or sum(n is not None for n in named) < 2:
            continue
        if any(b - a > 8 for a, b in items):
            continue  # "in F1 for the classification of ... and ...": the list is of something else
        if len(items) == len(run):
            pairs.update({v.start: n for v, n in zip(run, named)})
        else:
            unsure.update({v.start: frozenset(n for n in named if n) for v in run})
    return pairs, unsure


def _respective_list(
    run: list[Value], values: list[Value], metrics: list[tuple], lowers: list[str]
) -> tuple[int, int] | None:
    """Where the list after a run of numbers starts (a metric within six words, no break or other number before
    it) and where "respectively" closes it, or None: no metric, another break first, or another number inside
    ("50.57 F1 on Subtask 1, 0.1403 RMSE for Subtask 2, and ...": each number with its own metric).

    >>> ws = "by 3.3 and 2.7 points in em and f1 respectively .".split()
    >>> vs = [Value(1, 2, "3.3", 3.3, None), Value(3, 5, "2.7 points", 2.7, "points")]
    >>> _respective_list(vs, vs, [(6, 7, "Metric", "EM"), (8, 9, "Metric", "F1")], ws)
    (6, 9)
    """
    last = run[-1].end
    first = next((m for m in metrics if last <= m[0] <= last + 6), None)
    if first is None or any(w in _RESPECTIVE_BREAKS for w in lowers[last : first[0]]):
        return None
    if any(last <= o.start < first[0] for o in values):
        return None
    close = next((j for j in range(first[0], min(len(lowers), first[0] + 30)) if lowers[j] in _RESPECTIVE_BREAKS), None)
    if close is None or lowers[close] != "respectively" or any(first[0] <= o.start < close for o in values):
        return None
    return first[0], close


def _list_items(lowers: list[str], begin: int, close: int) -> list[tuple[int, int]]:
    """The spans of a list's items from `begin` to `close`, split at separators outside brackets, the last cut
    before its tail ("... and BLEU-4 scores, respectively").

    >>> _list_items("em , f1 and bleu-4 respectively".split(), 0, 5)
    [(0, 1), (2, 3), (4, 5)]
    """
    items: list[tuple[int, int]] = []
    depth, start = 0, begin
    for j in range(begin, close):
        w = lowers[j]
        depth += (w == "(") - (w == ")")
        if depth == 0 and w in _ITEM_SEPARATORS:
            if start < j:
                items.append((start, j))
            start = j + 1
    end = close
    while end > start and lowers[end - 1] in _LIST_TAIL:
        end -= 1
    if start < end:
        items.append((start, end))
    return items


#: words that open another clause after a number: a metric written after them is not the number's
_NEXT_CLAUSE: Final = frozenset({"while", "whereas", ";"})


def unclaimed_metrics(values: list[Value], v: Value, metrics: list[tuple], lowers: list[str]) -> list[tuple]:
    """The metric mentions a later number does not claim (`metric_of_later_value`), nor the name a claimed
    abbreviation in brackets right after it spells out ("ROUGE-L scores of 0.238, 0.337, and word error rate (WER)
    scores of 0.954": the WER the later number is written with is the word error rate before it; resmetric46).

    >>> ws = "scores of 0.2 , 0.3 , and word error rate ( wer ) scores of 0.9".split()
    >>> vs = [Value(2, 3, "0.2", 0.2, None), Value(4, 5, "0.3", 0.3, None), Value(15, 16, "0.9", 0.9, None)]
    >>> ms = [(7, 10, "Metric", "word error rate"), (11, 12, "Metric", "word error rate")]
    >>> unclaimed_metrics(vs, vs[1], ms, ws)
    []
    """
    claimed = [m for m in metrics if metric_of_later_value(values, v, m, lowers)]
    return [
        m
        for m in metrics
        if m not in claimed
        # "improves ... by 1.4% while still maintaining high precision": a metric after a clause break is the clause's
        and not (m[0] >= v.end and any(w in _NEXT_CLAUSE for w in lowers[v.end : m[0]]))
        and not any(c[3] == m[3] and m[0] >= v.end and 0 <= c[0] - m[1] <= 1 and lowers[m[1]] == "(" for c in claimed)
    ]


def metric_of_later_value(values: list[Value], v: Value, m: tuple, lowers: list[str]) -> bool:
    """Whether metric `m`, written after value `v`, belongs to a later number:
    one between them, or one it is written with ("61.2 on MMLU ... a pass@1 of
    38.4%", "... and latency by up to 6.1%", "... and the AUROC from 74.61% to 80.25%": a metric the
    change of a later number starts from is that number's, not the nearest one of an earlier number
    measured by a word no lexicon knows, "the AUACC from 91.23% to 92.63%"). A metric before the value
    always carries over ("96.2% pass@1 on A but 76.2% on B").

    >>> ws = "improves the auacc from 91.2% to 92.6% and the auroc from 74.6% to 80.2% .".split()
    >>> vs = [Value(4, 5, "91.2%", 91.2, "%"), Value(6, 7, "92.6%", 92.6, "%"), Value(11, 12, "74.6%", 74.6, "%"),
    ...       Value(13, 14, "80.2%", 80.2, "%")]
    >>> metric_of_later_value(vs, vs[1], (9, 10, "Metric", "AUROC"), ws)
    True
    """
    if m[0] < v.end:
        return False

    def claims(o: Value) -> bool:
        between = v.end <= o.start < m[0]
        written_with = (
            (m[1] + 1 == o.start and lowers[m[1]] == "of")
            or _measure_end(o, lowers, frozenset({m[1]})) == m[1]  # "a BLEU score of 42.3", "(TER) score of 79.07"
            or o.end == m[0]
            or m[1] == o.start
            or (0 < o.start - m[1] <= 3 and all(w in ("by", "up", "to") for w in lowers[m[1] : o.start]))
            or (m[1] + 1 == o.start and lowers[m[1]] == "from")
        )  # "... and improving latency up to 6.1%", "... and the AUROC from 74.61% to 80.25%": the later number's
        return between or written_with

    def next_to(a: int, b: int) -> bool:
        return 0 < b - a <= 3 and lowers[b - 1] in (",", "and", "or", "/")

    def coordinated(o: Value) -> bool:  # "82.1 and 48.3 mIoU", "88.3% zero-shot and 91.1% ... accuracy"
        first, second = (v, o) if o.start >= v.end else (o, v)
        # "19.5, 13.71, 2.54, and 3.16 BLEU": every item of one list of numbers is coordinated with every other
        chain = [x for x in values if first.start <= x.start and x.end <= second.end]
        return all(next_to(x.end, y.start) for x, y in zip(chain, chain[1:]))

    def aside(o: Value) -> bool:  # "a 37.4% (+15.1%) win rate": a gain in brackets claims nothing
        # but the metric written with it inside the bracket: "(74.1% MRR)" (resmetric46)
        return o.start > 0 and lowers[o.start - 1] == "(" and m[0] != o.end

    return any(claims(o) and not coordinated(o) and not aside(o) for o in values if o is not v)


#: words between a metric's name and the "of" / bracket its value follows ("a BLEU score of 42.3", "(RIBES) score of")
MEASURE_FILLERS: Final = frozenset(rule_words("MEASURE_FILLERS"))
#: a noun before "of N" that is no measure: the amount of a change, a share, a position ("a margin of", "a total of")
NOT_MEASURES = frozenset(rule_words("NOT_MEASURES"))


def _measure_end(v: Value, lowers: list[str], ends: frozenset[int] = frozenset()) -> int | None:
    """The end of the words a value is written as the measure of, or None: "METRIC (score) of v",
    "(METRIC) score of v", "METRIC = v", and "WORDS (v)" with only the number in the bracket.

    >>> _measure_end(Value(4, 5, "42.3", 42.3, None), "a bleu score of 42.3".split())
    2
    >>> _measure_end(Value(3, 4, "93.09%", 93.09, "%"), "upos tagging ( 93.09% ) ,".split())
    2
    >>> _measure_end(Value(4, 5, "86.7%", 86.7, "%"), "we beat esim ( 86.7% and".split()) is None
    True
    """
    k = v.start - 1
    if k < 1 or lowers[k] not in ("of", "=", "("):
        return None
    if lowers[k] == "(" and lowers[v.end : v.end + 1] != [")"]:
        return None  # "(86.7% on D)": the bracket says more than the number
    while k > 0 and lowers[k - 1] in MEASURE_FILLERS and k not in ends:
        k -= 1  # back over "score", ")" to a metric's end ("(TER) score of"), not past one ("attachment score (")
    return k


def written_measure(v: Value, metrics: list[tuple], lowers: list[str]) -> tuple[str | None] | None:
    """What the words a value is written with say it measures: (the metric,) when a metric's name ends
    there ("a BLEU score of 42.3", "(TER) score of 79.07", "F1 = 0.71"); (None,) when a lower-case noun
    that is no known metric does ("a length ratio of 1.087", "UPOS tagging (93.09%)"): the number is
    not in a metric named for another item; None when the words say nothing (a name, "a margin of").

    >>> ms = [(1, 2, "Metric", "BLEU")]
    >>> written_measure(Value(4, 5, "42.3", 42.3, None), ms, "a bleu score of 42.3".split())
    ('BLEU',)
    >>> written_measure(Value(4, 5, "1.087", 1.087, None), ms, "a length ratio of 1.087".split())
    (None,)
    >>> written_measure(Value(4, 5, "2.1", 2.1, None), ms, "by a margin of 2.1".split()) is None
    True
    """
    end = _measure_end(v, lowers, frozenset(m[1] for m in metrics))
    if end is None:
        return None
    m = next((m for m in metrics if m[1] == end), None)
    if m is not None:
        return (m[3],)
    word = lowers[end - 1] if end > 0 else ""
    c = cues()
    skip = (
        NOT_MEASURES | c["change_noun"] | c["gain"] | c["reduction"] | c["setting"] | c["others"] | BY_AMOUNTS | HEDGES
    )
    if word.isalpha() and word not in skip and word not in function_words():
        return (None,)
    return None


def nearest(mentions: list[tuple], v: Value) -> str | None:
    if not mentions:
        return None
    best = min(mentions, key=lambda m: min(abs(m[0] - v.end), abs(v.start - m[1])))
    if min(abs(best[0] - v.end), abs(v.start - best[1])) > 12:
        return None
    return best[3]
