"""Which numbers of a sentence are results, and what kind each is read across its list.

`find_values` finds every number; here those that count things, rank, set a setting or a margin drop
out, and a bare number stays only beside its metric, after a verb of reaching, on a named dataset or
as the next item of a list of kept numbers. `kinds_of` then reads each kept number's kind (kinds.py
reads one number's words) and carries it along a list ("gains of 10% on A, 33% on B": all gains).
"""

from __future__ import annotations

from operator import attrgetter
from typing import Final

from paperkg.extract.lexicon import rule_words
from paperkg.extract.results.clauses import (
    CLAUSE_BREAKS,
    bracketed_change,
    continues_list,
    list_runs,
    listed_after,
    listed_before,
    past_bracket,
    unbracketed,
    values_before,
)
from paperkg.extract.results.comparisons import versus_bracket
from paperkg.extract.results.kinds import (
    HEDGES,
    by_scope,
    counts_something,
    cues,
    is_behind,
    is_budget,
    is_entrant_growth,
    is_gap_after,
    is_margin,
    is_portion,
    is_rank,
    is_removed_share,
    is_score_value,
    is_setting,
    is_spread,
    is_unreached,
    kind_of,
    restates_share,
    trails_leader,
)
from paperkg.extract.results.metrics import metric_equals, written_measure
from paperkg.extract.results.values import NUMBER, RANGE_WORDS, Value, metric_start, starting_point


def is_no_result(
    v: Value, values: list[Value], lowers: list[str], metrics: list[tuple], dataset_starts: set[int]
) -> bool:
    """Whether a number is no result whatever it is written with: a portion of the data ("20% of the
    D training set"), a count ("3 layers"), a rank, a setting ("k = 5"; a metric set equal to it,
    "F1 = 0.71", reports it), a margin or a gap it sizes ("a 13.4% accuracy gap"), how far scores move under a change
    of setup ("accuracy differences of up to 6.1%"), a gap behind something
    with no measure written, a share removed, a level not reached ("no model reaches 25%"), what an experiment was
    given or needed ("with only 5% of the data"), or an item of a list a margin or such a budget opens (`values` are
    all the sentence's numbers)."""
    if (
        (v.unit == "%" and is_portion(v.end, lowers, dataset_starts))
        or counts_something(v.end, lowers, items=v.unit is None)
        or counted_list(v, values, metrics, lowers)
        or is_rank(v.start, lowers)
        or (is_setting(v.start, lowers) and not metric_equals(v, metrics, lowers))
        or is_margin(v.start, lowers)
        or is_spread(v.start, v.end, lowers)
        or is_gap_after(v.end, lowers)
        or is_unreached(v.start, lowers)
        or (is_behind(v.end, lowers) and not (written_measure(v, metrics, lowers) or (None,))[0])
        or trails_leader(v.end, lowers, metrics)
        or trails_leader(listed_after(v, values, metrics, lowers).end, lowers, metrics)
        or (v.unit == "%" and is_removed_share(v.start, lowers))
        or (v.unit == "%" and restates_share(v.start, lowers))
    ):
        return True
    before = listed_before(v, values, metrics, lowers)  # read by two tests: found once
    return (
        _any_margin(before, lowers)
        or spread_listed(v, values, lowers)
        or is_budget(v.start, v.end, lowers, v.unit)
        or (v.unit == "%" and is_entrant_growth(v.start, v.end, lowers))
        or _any_budget(before, lowers)
    )


def _any_margin(before: list[Value], lowers: list[str]) -> bool:
    """`any(is_margin(o.start, lowers) for o in before)` as a loop: `before` is mostly empty, and the generator was
    made at every number all the same."""
    for o in before:
        if is_margin(o.start, lowers):
            return True
    return False


def _any_budget(before: list[Value], lowers: list[str]) -> bool:
    """`any(is_budget(o.start, o.end, lowers, o.unit) for o in before)` as a loop (`_any_margin`)."""
    for o in before:
        if is_budget(o.start, o.end, lowers, o.unit):
            return True
    return False


def spread_listed(v: Value, values: list[Value], lowers: list[str]) -> bool:
    """Whether `v` is a later item of a list a spread opens ("score shifts: up to 0.59 on A and 31.94 on B"): the
    spread noun says what every item is, whatever data each names.

    >>> from paperkg.extract.results.values import find_values
    >>> words = "notable score shifts : up to 0.59 on a ( 1-10 scale ) and 31.94 on b".split()
    >>> vs = find_values(words, integers=True)
    >>> [spread_listed(x, vs, words) for x in vs]
    [False, False, True]
    """
    first = v
    for o in reversed(values_before(v, values)):
        if "(" in lowers[max(0, o.start - 2) : o.start] and ")" in lowers[o.end : o.end + 3]:
            continue  # "0.59 on A (1-10 scale) and 31.94 on B": a bracket's number is no item of the list
        if not continues_list(unbracketed(range(o.end, first.start), lowers), first, lowers, hedges=HEDGES):
            break
        first = o
    return first is not v and is_spread(first.start, first.end, lowers)


def counted_list(v: Value, values: list[Value], metrics: list[tuple], lowers: list[str]) -> bool:
    """Whether a bare integer stands in a list of bare integers whose last item counts something ("corpora
    of 506, 262, and 467 question/response pairs, respectively"): the counted noun after the list's last
    number says what every number of the list counts (dataset statistics, not results).

    >>> from paperkg.extract.results.values import find_values
    >>> words = "with 506 , 262 , and 467 question/response pairs".split()
    >>> vs = find_values(words, integers=True)
    >>> counted_list(vs[0], vs, [], words)
    True
    """
    if v.unit or "." in v.text:
        return False
    last = listed_after(v, values, metrics, lowers)
    return last is not v and not last.unit and "." not in last.text and counts_something(last.end, lowers, items=True)


def stands_alone(v: Value, words: list[str], lowers: list[str], metrics: list[tuple], dataset_starts: set[int]) -> bool:
    """Whether a number reads as a result on its own: it has a unit; a bare integer stands right beside
    its metric ("45 BLEU", "BLEU of 45"); a bare decimal stands near a metric, right after a verb of
    reaching ("X scores 32.2"), or on a named dataset ("72.1 on MMLU")."""
    if v.unit:
        return True
    if "." not in v.text:
        # a bare integer is a score only right beside its metric ("45 BLEU", "BLEU of 45")
        return any(
            m[0] == metric_start(v, words) or m[1] == v.start or (m[1] == v.start - 1 and lowers[m[1]] == "of")
            for m in metrics
        )
    if any(abs(m[0] - v.end) <= 3 or abs(v.start - m[1]) <= 3 for m in metrics):
        return True
    achieve = cues()["achieve"]
    if v.start > 0 and lowers[v.start - 1] in achieve:
        return True  # "X scores 32.2 on the D benchmark": reached by its subject
    if v.start > 1 and lowers[v.start - 1] in ("a", "an") and lowers[v.start - 2] in achieve:
        return True  # "achieving a 73.36 aggregate score on D": the article between changes nothing
    if is_score_value(v.start, lowers):
        return True  # "we reach scores of 0.617 and 0.612", "a best performance of 41.81": a score's own value
    if metric_subject_of_copula(v, lowers, metrics):
        return True  # "the average F1-score for the first subtask was 0.4562"
    if v.end < len(lowers) and lowers[v.end] in cues()["change_noun"]:
        return True  # "a notable +1.3 gain in the average NDCG@10", "the average 0.029 reduction in": a change's size
    if bracketed_change(v, lowers):
        return True  # "reaches 66.8 (+4.3) on D": the change the bracket gives for the number before it
    # "72.1 on MMLU", "77.0 (+2.7) on MLVU": a decimal reported on a named dataset (past a bracket after it)
    k = past_bracket(v.end, lowers)
    if k < len(lowers) and lowers[k] in ("on", "in"):
        k += 1 + (k + 1 < len(lowers) and lowers[k + 1] == "the")
        return k in dataset_starts
    return False


def kept_results(
    candidates: list[Value],
    paired: dict[int, str],
    words: list[str],
    lowers: list[str],
    metrics: list[tuple],
    dataset_starts: set[int],
) -> list[Value]:
    """The candidates kept as results: those that stand alone, those a list pairs with a dataset
    (`paired`, by value start), and bare decimals that go on a list of kept ones ("an F1 of 0.466
    for Task A and 0.462 for Task B")."""
    kept: list[Value] = []
    for i, v in enumerate(candidates):
        # a list continues only from the number right before it, itself kept
        before = kept[-1] if i and kept and kept[-1] is candidates[i - 1] else None
        if (
            stands_alone(v, words, lowers, metrics, dataset_starts)
            or bool(paired.get(v.start))  # "" pairs it with a listed item that is no dataset
            or decimal_listed_after(v, before, lowers)
        ):
            kept.append(v)
    return _listed_before_metric(candidates, kept, lowers, metrics)


def _listed_before_metric(
    candidates: list[Value], kept: list[Value], lowers: list[str], metrics: list[tuple]
) -> list[Value]:
    """ "gives 19.5, 13.71, 2.54, and 3.16 BLEU points for A, B, C and D": the metric written right after a
    list's last bare decimal names every item of the list, so the earlier items, too far from it to stand alone,
    are kept with it; only a list of bare decimals (no unit, no integer) written with separators alone between
    them, whose last item is kept.

    >>> words = "gives 19.5 , 13.71 , 2.54 , and 3.16 bleu points".split()
    >>> vs = [Value(k, k + 1, words[k], float(words[k]), None) for k in (1, 3, 5, 8)]
    >>> [v.text for v in _listed_before_metric(vs, vs[2:], words, [(9, 10, "Metric", "BLEU")])]
    ['19.5', '13.71', '2.54', '3.16']
    """
    kept_starts = {v.start for v in kept}
    metric_starts = {m[0] for m in metrics}
    add: set[int] = set()
    for run in list_runs(candidates, attrgetter("start"), attrgetter("end"), lowers):
        last = run[-1]
        if (
            len(run) > 2
            and last.start in kept_starts
            and last.end in metric_starts
            and all(not v.unit and "." in v.text for v in run)
        ):
            add |= {v.start for v in run[:-1]} - kept_starts
    if not add:
        return kept
    return [v for v in candidates if v.start in kept_starts or v.start in add]


def held_measure(v: Value, lowers: list[str]) -> bool:
    """ "at a (mean) latency of 1837": "at" opens the few words that name the measure held at that value."""
    if v.start < 3 or lowers[v.start - 1] != "of":
        return False
    head = lowers[max(0, v.start - 6) : v.start - 1]
    return "at" in head and not any(w in CLAUSE_BREAKS or NUMBER.match(w) for w in head[head.index("at") :])


def kinds_of(
    values: list[Value],
    lowers: list[str],
    dataset_tokens: set[int],
    metric_spans: dict[int, int] | None = None,
    *,
    name_tokens: frozenset[int] = frozenset(),
) -> list[str]:
    """Each value's kind; one in a list continues the kind of the one before
    ("gains of 10% on MMLU, 33% on GPQA and 19% on MATH": all gains). A
    metric's value ("a mean absolute error of 0.0558", "an increased recall of
    0.759") is a score whatever words its name is made of, unless a change is
    said to be in it ("an improvement in F1 of 5%"). `metric_spans` maps each
    metric mention's end to its start; `name_tokens` are the tokens of the sentence's names (`by_scope`)."""
    out: list[str] = []
    metric_ends = {s: e for e, s in (metric_spans or {}).items()}
    for k, v in enumerate(values):
        kind = _own_kind(v, lowers, metric_spans or {}, metric_ends)
        out.append(_kind_in_list(k, kind, values, out, lowers, dataset_tokens))
    out = _list_read_back(values, out, lowers, metric_ends)
    names = name_tokens | frozenset(dataset_tokens) | frozenset(j for s, e in metric_ends.items() for j in range(s, e))
    _changes_in_reach(values, out, lowers, names)
    _range_bottoms(values, out, lowers)
    return _versus_levels(values, out, lowers)


def _own_kind(v: Value, lowers: list[str], metric_spans: dict[int, int], metric_ends: dict[int, int]) -> str:
    """The value's kind from its own words (`kind_of`): a metric's value is a score whatever words its name is made
    of, unless a change is said to be in it (`change_after_metric`)."""
    kind = kind_of(v.text, v.unit, v.start, v.end, lowers)
    if kind != "ratio" and v.text[:1] not in "+-−" and _metric_value(v, lowers, metric_spans):
        kind = "score"
    elif kind == "score" and (changed := change_after_metric(v, lowers, metric_ends)):
        kind = changed
    return kind


def _kind_in_list(
    k: int, kind: str, values: list[Value], out: list[str], lowers: list[str], dataset_tokens: set[int]
) -> str:
    """The k-th value's kind read with the values before it (their kinds in `out`): a range's start and end are
    scores, a range's top end or a list's later item continues the kind before it."""
    v = values[k]
    if starting_point(v, lowers) or (k and starting_point(values[k - 1], lowers) and values[k - 1].end + 1 == v.start):
        kind = "score"  # "from 38.7% to 42.7%": two absolute scores
    elif k and out[-1] != "score" and range_of(values[k - 1], v, lowers):
        kind = out[-1]  # "improvements ranging from 0.33% to 17.93%": the range's top end is a gain too
    elif (
        k
        and kind == "score"
        and not bracketed_aside(v, values, lowers)
        and (p := list_item_before(k, values, lowers)) is not None
    ):
        if out[p] != "score" and not bracketed_change(values[p], lowers):
            # "66.8 (+4.3) on A and 77.0 on B": a bracket's change is its score's own, not the list's kind
            between = unbracketed(range(values[p].end, v.start), lowers)
            if all(lowers[j] in LIST_GLUE or j in dataset_tokens for j in between) or (
                out[p] in ("gain", "reduction")
                and lowers[values[p].start - 1 : values[p].start] != ["("]  # "83.1 (+3.5) F1 and 87.5"
                and continues_list(between, v, lowers, hedges=_LIST_HEDGES, as_well_as=True)
            ):
                kind = out[p]
    return kind


def _changes_in_reach(values: list[Value], out: list[str], lowers: list[str], names: frozenset[int]) -> None:
    """In `out`, a level read in the reach of a change's "by" made a change too: "outperforms X by 5.46% F1 scores
    on A and 4.51% on B" (results51); `names` are the tokens of the sentence's names (`by_scope`)."""
    for k, v in enumerate(values):
        if out[k] == "score" and v.text[:1] not in "+-−" and (changed := by_scope(v.start, lowers, names)):
            out[k] = changed


def _range_bottoms(values: list[Value], out: list[str], lowers: list[str]) -> None:
    """In `out`, an open range's bottom end made of its top end's kind: "a 1.7% to 6% drop in accuracy".

    >>> from paperkg.extract.results.values import find_values
    >>> words = "a 1.7% to 6% drop in accuracy".split()
    >>> out = ["score", "reduction"]
    >>> _range_bottoms(find_values(words, integers=True), out, words)
    >>> out
    ['reduction', 'reduction']
    """
    for k in range(1, len(values)):
        if out[k - 1] == "score" and out[k] in ("gain", "reduction") and open_range(values[k - 1], values[k], lowers):
            out[k - 1] = out[k]


def _versus_levels(values: list[Value], out: list[str], lowers: list[str]) -> list[str]:
    """The kinds with a "vs." bracket's pair read as two levels, whatever the change before it makes of them:
    "outperforms the SOTA by 4.7% (85.6% vs. 80.9%)"; a signed number or one in points stays a change ("(+2.1 vs.
    +0.4)").

    >>> from paperkg.extract.results.values import find_values
    >>> words = "by 4.7% ( 85.6% vs. 80.9% )".split()
    >>> _versus_levels(find_values(words, integers=True), ["gain", "gain", "gain"], words)
    ['gain', 'score', 'score']
    """
    return [
        "score"
        if kind in ("gain", "reduction")
        and v.text[:1] not in "+-−"
        and v.unit not in ("points", "pp")
        and versus_bracket(v, lowers)
        else kind
        for v, kind in zip(values, out)
    ]


#: the hedges a list's later item may carry: HEDGES and a bound's "at least" / "at most" ("by at least 17% and at
#: most 103%": both ends of the margin are gains; stop 37's StRE)
_LIST_HEDGES = HEDGES | frozenset({"at", "least", "most"})


def list_item_before(k: int, values: list[Value], lowers: list[str]) -> int | None:
    """The index of the list item before the k-th value: the value before it, or, when that one is a level in a
    short bracket after a name ("by 5.44% on A (47.16 ROUGE-1), 1.31% on B"), the one before that bracket, whose
    kind the list carries on (stop 38's SummaReranker: the later gains were read as scores). None for the first.

    >>> words = "by 5.44% on a ( 47.16 rouge-1 ) , 1.31% on b".split()
    >>> vals = [Value(1, 2, "5.44%", 5.44, "%"), Value(5, 6, "47.16", 47.16, None), Value(9, 10, "1.31%", 1.31, "%")]
    >>> list_item_before(2, vals, words), list_item_before(1, vals, words), list_item_before(0, vals, words)
    (0, 0, None)
    """
    if k == 0:
        return None
    p = k - 1
    w = values[p]
    close = next((j for j in range(w.end, min(w.end + 3, len(lowers))) if lowers[j] == ")"), None)
    if p and w.start > 0 and lowers[w.start - 1] == "(" and close is not None and close < values[k].start:
        lead = values[p - 1]
        if lead.end < w.start - 1 and not any(lowers[j] in ("(", ")") for j in range(lead.end, w.start - 1)):
            return p - 1  # "5.44% on A (47.16 ROUGE-1), 1.31%": the bracket's level is an aside of the list
    return p


def bracketed_aside(v: Value, values: list[Value], lowers: list[str]) -> bool:
    """Whether an unsigned `v` opens a bracket after a name ("by 5.44% on A (47.16 ROUGE-1)"): the level
    reached there, no item of the list of changes around it (a bracket after a number, "by 2.1% (3.4%) on dev
    (test)", is the same change on other data and stays one).

    >>> words = "by 5.44% on a ( 47.16 rouge-1 )".split()
    >>> vals = [Value(1, 2, "5.44%", 5.44, "%"), Value(5, 6, "47.16", 47.16, None)]
    >>> bracketed_aside(vals[1], vals, words), bracketed_aside(vals[0], vals, words)
    (True, False)
    """
    return (
        v.start > 1
        and lowers[v.start - 1] == "("
        and v.text[:1] not in "+-−"
        and not any(o.end == v.start - 1 for o in values)
    )


#: nouns of a change written after a number and its metric ("a 30% F1 score drop", "0.9% F1 score improvements")
_CHANGE_NOUNS_AFTER = frozenset({"drop", "drops", "degradation", "degradations"})


def change_after_metric(v: Value, lowers: list[str], metric_ends: dict[int, int]) -> str | None:
    """ "gain" or "reduction" when the metric written right after a number is followed by a change noun
    ("the 30% - 50% F1 score drops", "4.6% and 0.9% F1 score improvements"): the number is the size of that
    change, not the metric's level (the words kind_of reads stop short of a metric of two or more words).
    `metric_ends` maps each metric mention's start to its end.

    >>> change_after_metric(Value(2, 3, "30%", 30.0, "%"), "the the 30% f1 score drops".split(), {3: 5})
    'reduction'
    >>> change_after_metric(Value(2, 3, "0.9%", 0.9, "%"), "and and 0.9% f1 score improvements".split(), {3: 5})
    'gain'
    >>> change_after_metric(Value(2, 3, "90%", 90.0, "%"), "it reaches 90% f1 score on".split(), {3: 5}) is None
    True
    >>> change_after_metric(Value(2, 3, "33%", 33.0, "%"), "up to 33% in sentence accuracy improvement".split(), {4: 6})
    'gain'
    """
    end = metric_ends.get(v.end)
    if end is None and v.end < len(lowers) and lowers[v.end] == "in":
        end = metric_ends.get(v.end + 1)  # "up to 33% in sentence accuracy improvement" (stop 39's ATIS row)
    if end is None or end >= len(lowers):
        return None
    noun = lowers[end]
    if noun in _CHANGE_NOUNS_AFTER:
        return "reduction"
    if noun in cues()["change_noun"]:
        return "reduction" if noun in cues()["reduction"] else "gain"
    return None


def _list_read_back(
    values: list[Value], kinds: list[str], lowers: list[str], metric_ends: dict[int, int] | None = None
) -> list[str]:
    """ "achieves 2.2%, 2.4%, and 6.3% absolute improvement in EM": the change word after a list's last
    number (or after the metric written right after it: "4.6% and 0.9% F1 score improvements", also when each
    item writes its metric: "1.13 F1 and 2.64 F1 improvements", subj43) says what every number of the list
    is, so the scores before it in the list are gains too (a metric's value, "an F1 of 80.1", keeps its own
    reading)."""
    out = list(kinds)
    ends = metric_ends or {}
    # "1.13 F1 and 2.64 F1 improvements": a metric written after each number is part of its item
    for run in list_runs(values, attrgetter("start"), lambda v: ends.get(v.end, v.end), lowers):
        last = values.index(run[-1])
        end = ends.get(run[-1].end, run[-1].end)
        after = lowers[end : end + 2]
        if len(run) < 2 or out[last] not in ("gain", "reduction") or not any(w in cues()["change_noun"] for w in after):
            continue
        for v in run[:-1]:
            k = values.index(v)
            if out[k] == "score" and lowers[v.start - 1 : v.start] != ["of"] and v.text[:1] not in "+-−":
                out[k] = out[last]
    return out


def range_of(a: Value, b: Value, lowers: list[str]) -> bool:
    """Whether `a` and `b` are the ends of one range ("ranging from a to b", "between a and b" is not one):
    neither end is one result of its own, and the top end is what the bottom one is (a gain, a score).

    >>> range_of(Value(3, 4, "1.0%", 1.0, "%"), Value(5, 6, "4.4%", 4.4, "%"), "gains ranging from 1.0% to 4.4%".split())
    True
    >>> range_of(Value(3, 4, "38.7%", 38.7, "%"), Value(5, 6, "42.7%", 42.7, "%"), "improves accuracy from 38.7% to 42.7%".split())
    False
    """
    if not (a.end + 1 == b.start and lowers[a.end] in ("to", "-", "–")):
        return False
    return a.start > 1 and lowers[a.start - 1] == "from" and lowers[a.start - 2] in RANGE_WORDS


def open_range(a: Value, b: Value, lowers: list[str]) -> bool:
    """Whether `a` and `b` are the ends of one range written with no "from" before it ("a 1.7% to 6% drop in
    the overall accuracy", "a 48% to 145% performance gain", "4% - 10% absolute F1 score improvements"): the
    bottom end is what the top end is, a change when a change noun follows the top end; "from A to B" is the
    two levels a change goes between (`starting_point`) or a range a range word opens (`range_of`). Subj43:
    stop 37's multilingual BERT distillation paper; 44k: interactive learning, AMPERE, RxLens.

    >>> range_words = "a 1.7% to 6% drop".split()
    >>> open_range(Value(1, 2, "1.7%", 1.7, "%"), Value(3, 4, "6%", 6.0, "%"), range_words)
    True
    >>> open_range(Value(2, 3, "38.7%", 38.7, "%"), Value(4, 5, "42.7%", 42.7, "%"), "accuracy from 38.7% to 42.7%".split())
    False
    """
    if not (a.end + 1 == b.start and lowers[a.end] in ("to", "-", "–", "—")):
        return False
    return not (a.start > 0 and lowers[a.start - 1] in ("from", "between"))


def _metric_value(v: Value, lowers: list[str], metric_spans: dict[int, int]) -> bool:
    """Whether `v` is written as a metric's value, "METRIC of v", with no change
    said to be in the metric ("an improvement in F1 of 5%")."""
    if v.start < 2 or lowers[v.start - 1] != "of" or v.start - 1 not in metric_spans:
        return False
    s = metric_spans[v.start - 1]
    # "the absolute joint accuracy of 2.0%": a change in the metric too
    changed = s > 0 and lowers[s - 1] in ("absolute", "relative")
    return (
        not changed
        and not (s > 1 and lowers[s - 1] in ("in", "on") and lowers[s - 2] in cues()["change_noun"])
        and not names_a_change(s, v.start - 1, lowers)
    )


#: the change nouns that, closing a metric's name or standing right before it, make the metric's value the size of a
#: change ("a relative error reduction of 12.9%"): rule_words CHANGE_IN_METRIC_NAME
_CHANGE_IN_NAME: Final = frozenset(rule_words("CHANGE_IN_METRIC_NAME"))


def names_a_change(s: int, e: int, lowers: list[str]) -> bool:
    """Whether the metric written at `s`..`e` names a change: its last word, or the word right before its last, is a
    change noun ("relative error reduction", "WER reduction"), or one stands right before the name ("an overall
    increase score of 15.21"). Its value after "of" is the size of that change, which `kind_of` reads from the same
    words, not a level (kind52).

    >>> names_a_change(2, 5, "with a relative error reduction of 12.9%".split())
    True
    >>> names_a_change(3, 4, "achieved an increase score of 15.21".split())
    True
    >>> names_a_change(1, 4, "a discounted cumulative gain of 0.45".split()), names_a_change(1, 3, "an f1 score of 88".split())
    (False, False)
    """
    words = lowers[s:e]
    return any(w in _CHANGE_IN_NAME for w in words[-2:]) or (s > 0 and lowers[s - 1] in _CHANGE_IN_NAME)


def decimal_listed_after(v: Value, last: Value | None, lowers: list[str]) -> bool:
    """Whether a bare decimal is the next item of a list opened by `last`, the number right before it, kept
    as a result, in the same clause ("an F1 of 0.466 for Task A and 0.462 for Task B", "39.98 (F1) on entity
    and 37.77 on surface forms"): the list's first number names the measure for all of its items, which are
    written bare.

    >>> words = "we reach an f1 of 0.466 for task a and 0.462 for task b".split()
    >>> decimal_listed_after(Value(10, 11, "0.462", 0.462, None), Value(5, 6, "0.466", 0.466, None), words)
    True
    >>> decimal_listed_after(Value(10, 11, "0.462", 0.462, None), None, words)
    False
    >>> words = "we reach an f1 of 0.466 on a , while b uses 0.462 as threshold".split()
    >>> decimal_listed_after(Value(11, 12, "0.462", 0.462, None), Value(5, 6, "0.466", 0.466, None), words)
    False
    """
    if "." not in v.text or v.unit or last is None or v.start < 1:
        return False
    if last.unit or "." not in last.text or last.end > v.start or held_measure(last, lowers):
        return False  # a bare decimal follows bare decimals ("45.1% and 0.3" mix two measures), not a level held
    return continues_list(unbracketed(range(last.end, v.start), lowers), v, lowers)


LIST_GLUE = frozenset({",", "and", "on", "in", "for", "the", "respectively", ";", "(", ")"})


#: a copula whose subject a number after it is the value of ("the F1 score on the test set was 0.712")
_COPULAS = frozenset(rule_words("RESULT_COPULAS"))
#: words between a metric and "was" that make the level another's, a setting's or a bracket's aside ("the accuracy
#: of the top ranked system was 0.822", "62.83 F1 (prev best was 60.49)", "the F1 threshold was 0.5")
_NOT_OWN_LEVEL = frozenset(rule_words("NOT_OWN_LEVEL"))


def metric_subject_of_copula(v: Value, lowers: list[str], metrics: list[tuple], reach: int = 10) -> bool:
    """Whether a bare decimal right after "was/is" is the value of a metric that opens the clause: "The average
    F1-score for the first subtask was 0.4562", "the macro F1 of our final submission is 0.712". The metric
    stands at most `reach` words before the copula, with no clause break, verb of reaching or other number with
    a decimal or unit between (a bare integer of a label, "Phase 2, Part 1", may stand there).

    >>> words = "the average f1-score for the first subtask was 0.4562 .".split()
    >>> metric_subject_of_copula(Value(8, 9, "0.4562", 0.4562, None), words, [(2, 3, "Metric", "F1-score")])
    True
    >>> words = "we tune the f1 threshold , and the best value was 0.45 .".split()
    >>> metric_subject_of_copula(Value(10, 11, "0.45", 0.45, None), words, [(3, 4, "Metric", "F1")])
    False
    >>> words = "( the accuracy of the top ranked system was 0.822 )".split()
    >>> metric_subject_of_copula(Value(8, 9, "0.822", 0.822, None), words, [(2, 3, "Metric", "accuracy")])
    False
    """
    c = v.start - 1
    if c < 1 or lowers[c] not in _COPULAS:
        return False
    cue = cues()
    if any(w in cue["agreement"] for w in lowers):
        return False  # "the average inter-annotator agreement was 0.79": the data's own agreement (GUIDE-NOTES 7)
    stops = (CLAUSE_BREAKS - {","}) | cue["achieve"] | _NOT_OWN_LEVEL
    for m in metrics:
        if not (m[1] <= c and c - m[1] <= reach):
            continue
        between = lowers[m[1] : c]
        if any(w in stops or (any(ch.isdigit() for ch in w) and not w.isdigit()) for w in between):
            continue
        if "," in between and not any(w.isdigit() for w in between):
            continue  # a comma only inside a label's numbers ("Phase 2, Part 1"), not after a clause of its own
        return True
    return False
