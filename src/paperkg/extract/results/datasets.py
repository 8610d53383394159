"""Which dataset a number was measured on: the one a list pairs it with (lists.py); else the one named
right after it, the one before "by", those named before it, the sentence's one dataset named later in it;
weighed down by the signs (other_data.py) that the number is on other, unknown data.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from paperkg.extract.lexicon import rule_words
from paperkg.extract.results.clauses import CLAUSE_BREAKS, bracket_close, bracketed_change, listed_after
from paperkg.extract.results.kinds import hedged_start
from paperkg.extract.results.other_data import (
    ONE_DATA,
    REFERRING,
    UNNAMED_DATA_NOUNS,
    is_training_data,
    many_datasets,
    names_other_data,
    other_data_between,
    own_unnamed_data,
    unknown_name_after,
    unnamed_data,
)
from paperkg.extract.results.values import NUMBER, Value, starting_point


class Attachment(NamedTuple):
    """The datasets a number is filed under and how sure that is."""

    targets: list[str]
    attachment: float  # how sure the dataset is the number's (kinds.confidence starts from it)
    guessed: bool  # a guess: the paper's only dataset, or one named earlier among others
    paper_wide: bool  # the paper's only dataset, which the sentence does not name


def attach_dataset(
    k: int,
    values: list[Value],
    words: list[str],
    lowers: list[str],
    datasets: list[tuple],
    metrics: list[tuple],
    *,
    paired: dict[int, str],
    runs: dict[int, int],
    only_dataset: str | None,
    name_starts: frozenset[int],
    score_noun: bool = False,
) -> Attachment:
    """The dataset(s) the k-th number was measured on: the one a list pairs it with (`paired`), the one
    before "by", before its bracket, right after it, or after the number it is joined with; else those
    named before it, the paper's only one (`only_dataset`), the sentence's one dataset named later, or
    its first (the paper's only one also for a number the text calls a score's value, `score_noun`: "a
    score of 0.71"). No dataset when a new clause between the dataset named before and the number names other data
    after "on" ("on D rises to 63.8%, and on Bar Qux from 23.8%": `other_data_between`): the number is
    measured there; nor when the number's own data follows it, described and not named ("98% F1 on synthetic
    data and strong results on D": `own_unnamed_data`). Halved when an unknown name follows the number ("9.3% on
    Zuco").

    Read in two steps: the place the words around the number state (`_place_stated`), else a guess from the
    datasets named elsewhere (`_place_guessed`); then that place is checked (`_checked_place`): a sibling task's
    dataset is dropped and a number an unknown name follows is weighed down."""
    v = values[k]
    next_start = _own_words_end(k, values, lowers, len(words))
    measure_words = frozenset(j for m in metrics for j in range(m[0], m[1]))
    # "accuracy on Foo increased by 20%, and X's accuracy on Bar rose by 34%": a gain stated "on P ... by N" gave
    # its place before it; a dataset named past a comma after it is the next clause's, not this number's
    next_clauses = next_clause_datasets(v, datasets, lowers)
    own_data = _own_data_follows(v, values, words, lowers, datasets, metrics)
    found = _place_stated(k, values, lowers, datasets, paired, runs, next_start, measure_words, next_clauses, own_data)
    if found is None:
        found = _place_guessed(
            k,
            values,
            words,
            lowers,
            datasets,
            metrics,
            runs=runs,
            only_dataset=only_dataset,
            name_starts=name_starts,
            score_noun=score_noun,
            measure_words=measure_words,
            next_clauses=next_clauses,
            own_data=own_data,
        )
    return _checked_place(found, k, values, words, lowers, datasets, metrics, name_starts)


def _checked_place(
    found: Attachment,
    k: int,
    values: list[Value],
    words: list[str],
    lowers: list[str],
    datasets: list[tuple],
    metrics: list[tuple],
    name_starts: frozenset[int],
) -> Attachment:
    """The place found for the k-th number, checked: a sibling task's dataset dropped (`_without_sibling_tasks`),
    and the attachment halved when a name not known as a dataset follows the number (`_for_unknown_name`)."""
    targets, attachment, guessed, paper_wide = found
    if targets:
        targets = _without_sibling_tasks(targets, values[k], lowers)
    if targets and attachment < 0.9 and _for_unknown_name(k, values, words, lowers, datasets, metrics, name_starts):
        # "9.3% on Zuco" / "2% for Sarcasm detection": the number is for a name not known as a dataset
        attachment *= 0.5
    return Attachment(targets, attachment, guessed, paper_wide)


def _own_words_end(k: int, values: list[Value], lowers: list[str], n_words: int) -> int:
    """Where the k-th number's own words end: at the next number, or past it when that number is a bracket that
    changes or restates this one ("77.0 (+2.7) on MLVU", "12% (59% relative) on D"): the bracket's number is the
    number's own, so the dataset after the bracket is still the number's.

    >>> from paperkg.extract.results.values import find_values
    >>> words = "reaches 77.0 ( +2.7 ) on foo and 80.1 on bar".split()
    >>> vs = find_values(words, integers=True)
    >>> _own_words_end(0, vs, words, len(words)), _own_words_end(1, vs, words, len(words))
    (8, 8)
    """
    v = values[k]
    nxt = k + 1
    if (
        nxt < len(values)
        and values[nxt].start == v.end + 1
        and (bracketed_change(values[nxt], lowers) or restated_in_bracket(values[nxt], lowers))
    ):
        nxt += 1
    return values[nxt].start if nxt < len(values) else n_words


def _own_data_follows(
    v: Value, values: list[Value], words: list[str], lowers: list[str], datasets: list[tuple], metrics: list[tuple]
) -> bool:
    """Whether the number's own data follows it, described and not named ("and 16% on a semantic parsing task",
    "98% F1 on synthetic data and strong results on D"): that data is where it was measured, not a dataset named
    before it, after that phrase, or the paper's one dataset. Read after a list's last number for all of it
    ("with 18.47% and 13.07% average relative improvements on ...")."""
    last = listed_after(v, values, metrics, lowers)
    return own_unnamed_data(last.end, words, lowers, {d[0] for d in datasets}) is not None


def _place_stated(
    k: int,
    values: list[Value],
    lowers: list[str],
    datasets: list[tuple],
    paired: dict[int, str],
    runs: dict[int, int],
    next_start: int,
    measure_words: frozenset[int],
    next_clauses: frozenset[str],
    own_data: bool,
) -> Attachment | None:
    """Where the sentence says the number was measured, in the words around it: a list it belongs to, "on P ... by
    N", the dataset before its bracket, the one right after it, or after the number it is joined with ("1.2 and
    3.4 on D"). No dataset (an empty Attachment) when its own unnamed data follows it ("98% F1 on synthetic
    data"). None when the words around it state no place: the place must be guessed (`_place_guessed`)."""
    v = values[k]
    if listed := dataset_after_respectively(v, values, runs, datasets, lowers, measure_words):
        # "by 25% and 36% respectively, on the Foo dataset": "respectively" pairs the numbers with the measures
        # before them, not with the datasets a list named earlier ("on Bar and Baz"); all were measured on Foo
        return Attachment([listed], 0.9, False, False)
    if v.start in paired:
        # an empty item: the list pairs the number with an item that is no dataset ("2.8% for 72B models,
        # respectively"), so it is filed under none
        return Attachment([paired[v.start]] if paired[v.start] else [], 0.95, False, False)
    if by_gain := dataset_before_by(datasets, v, lowers):
        if first_in_clause(k, values, lowers):  # "on MBPP and HumanEval by 1.9%": one number stated for both
            return Attachment(coordinated_by(by_gain, v, datasets, lowers), 0.9, False, False)
        return Attachment([by_gain], 0.9, False, False)
    if bracketed := dataset_before_bracket(v, datasets, lowers):
        return Attachment([bracketed], 0.9, False, False)
    if own_data and datasets:
        return Attachment([], 0.0, False, False)
    after = dataset_after(v, next_start, datasets, lowers, measure_words)
    if after and after not in next_clauses:
        if first_in_clause(k, values, lowers):  # "by 1.9% on MBPP and HumanEval": one number stated for both
            return Attachment(coordinated_after(after, v, next_start, datasets, lowers), 0.9, False, False)
        return Attachment([after], 0.9, False, False)
    if (shared := shared_dataset_after(values, k, datasets, lowers, measure_words)) and shared not in next_clauses:
        return Attachment([shared], 0.7, False, False)
    return None


def _place_guessed(
    k: int,
    values: list[Value],
    words: list[str],
    lowers: list[str],
    datasets: list[tuple],
    metrics: list[tuple],
    *,
    runs: dict[int, int],
    only_dataset: str | None,
    name_starts: frozenset[int],
    score_noun: bool,
    measure_words: frozenset[int],
    next_clauses: frozenset[str],
    own_data: bool,
) -> Attachment:
    """Where a number was measured when the words around it do not say: the datasets named before it
    (`_place_named_before`), else the paper's only dataset when the sentence names none
    (`_paper_only_dataset`), else the sentence's one dataset named later in it, else its first dataset, weakly."""
    v = values[k]
    before = [d for d in datasets if d[1] <= v.start and not is_training_data(d, lowers)]
    if before:
        return _place_named_before(k, values, words, lowers, datasets, before, runs, name_starts, measure_words)
    if (
        not datasets
        and only_dataset
        and (metrics or v.unit in ("points", "%") or score_noun)
        and v.unit not in ("x", "×")
    ):
        return _paper_only_dataset(only_dataset, words, lowers, own_data)
    if (
        sole_dataset_after(v, values, datasets, lowers)
        and not respectively_before_last(v, values, runs, lowers)
        and datasets[0][3] not in next_clauses
    ):
        # "shows a 1.0% improvement over the best model on the D dataset": the sentence's one
        # dataset, named later in it, is where the number was measured
        return Attachment([datasets[0][3]], 0.7, False, False)
    return Attachment([d[3] for d in datasets[:1]], 0.4, False, False)


def _place_named_before(
    k: int,
    values: list[Value],
    words: list[str],
    lowers: list[str],
    datasets: list[tuple],
    before: list[tuple],
    runs: dict[int, int],
    name_starts: frozenset[int],
    measure_words: frozenset[int],
) -> Attachment:
    """The dataset(s) named before the number (`before`, in order; the last with those listed together with it),
    unless that name belongs to another number (`_others_place`). Surer when the sentence names no other
    dataset; weak when several datasets and several numbers are listed ("on A and B ... 1.2 and 3.4")."""
    v = values[k]
    if group_place := _group_place_after(v, values, words, lowers, datasets, before[-1], measure_words):
        # "87.5% LAS on Foo-A and has 72.8% LAS, 59.1% MLAS and 61.7% CLAS on Foo-B", "by 5.8% from 40.5 to 46.3 on
        # A and 5.7% from 62.8 to 68.5 on B": the number's group names its own place after it; the dataset named
        # before is the other group's
        return Attachment([group_place], 0.7, False, False) if group_place != "-" else Attachment([], 0.0, False, False)
    if _others_place(v, values, words, lowers, datasets, before, name_starts, measure_words):
        return Attachment([], 0.0, False, False)
    targets = coordinated_tail(before, lowers)
    attachment = 0.8 if len(set(targets)) == len({d[3] for d in datasets}) else 0.6
    guessed = attachment < 0.8  # other datasets named too: the one before is not surely this one
    if len(targets) > 1 and runs[v.start] > 1:
        attachment = 0.3  # "on A and B ... 1.2 and 3.4": which number is whose is unsaid
    return Attachment(targets, attachment, guessed, False)


def _others_place(
    v: Value,
    values: list[Value],
    words: list[str],
    lowers: list[str],
    datasets: list[tuple],
    before: list[tuple],
    name_starts: frozenset[int],
    measure_words: frozenset[int],
) -> bool:
    """Whether the last dataset named before the number is another number's place, not this one's: this number
    names its own place after it while a number before the dataset is the dataset's ("86.3% on D and 64% (2.9%
    up) on Bar"); a new clause between them names other data ("on D rises to 63.8%, and on Bar Qux from
    23.8%"); the number is another list item's ("(FooQA +6.1%, and Bar +13.3%)"); or the dataset is one item
    of a longer list of data ("across Foo data, the D benchmark, and Bar notes, ... 78%")."""
    last = before[-1]
    return (
        (
            own_place_after(v, lowers, measure_words)
            and number_before(last[0], values, lowers)
            and not named_again_after(last[3], v, datasets, lowers)
        )
        or other_data_between(last[1], v.start, words, datasets, name_starts)
        or named_list_item(v, last, values, words, lowers)
        or in_longer_list(before, words, lowers, datasets)
    )


#: what may stand between two numbers of one group that shares its place ("72.8% LAS, 59.1% MLAS and 61.7% CLAS",
#: "5.8% from 40.5 to 46.3"): list glue and the ends of a change; a measure's words are counted apart
_GROUP_GLUE: Final = frozenset(rule_words("GROUP_GLUE")) | {","}


def _group_place_after(
    v: Value,
    values: list[Value],
    words: list[str],
    lowers: list[str],
    datasets: list[tuple],
    last: tuple,
    measure_words: frozenset[int],
) -> str | None:
    """The place the number's group names after its last number ("72.8% LAS, 59.1% MLAS and 61.7% CLAS score on
    Foo-B", "5.8% from 40.5 to 46.3 on B"), when the dataset named before the number (`last`) is another number's
    ("87.5% on Foo-A and ...") and not named again after it: the dataset named there, or "-" when the place is
    written and names no known dataset ("from 55.3% to 65.1% on Bar!"). None when the number is not followed by
    others of its group, or the group's last number states no place of its own (`own_place_after`). Between two
    numbers of a group: "," / "and" / "from" / "to", a measure's words, a number the value finder left out (a
    change's start) or a short all-capital measure name ("MLAS").

    >>> from paperkg.extract.results.values import find_values
    >>> words = "gets 87.5 % on foo and 72.8 % from 60.1 to 72.8 on bar".split()
    >>> vs = find_values(words, integers=True)
    >>> _group_place_after(vs[1], vs, words, words, [(4, 5, "Dataset", "Foo"), (13, 14, "Dataset", "Bar")], (4, 5, "Dataset", "Foo"), frozenset())
    'Bar'
    """
    if not number_before(last[0], values, lowers) or named_again_after(last[3], v, datasets, lowers):
        return None
    end = v
    for o in values:
        if o.start >= end.end:
            gap = range(end.end, o.start)
            if not all(_group_glue(j, words, lowers, measure_words) for j in gap):
                break
            end = o
    if end is v or not own_place_after(end, lowers, measure_words):
        return None
    nxt = next((o.start for o in values if o.start >= end.end), len(lowers))
    return dataset_after(end, nxt, datasets, lowers, measure_words) or "-"


def _group_glue(j: int, words: list[str], lowers: list[str], measure_words: frozenset[int]) -> bool:
    """Whether the j-th word may stand between two numbers of one group (`_group_place_after`)."""
    w = words[j]
    return (
        lowers[j] in _GROUP_GLUE
        or j in measure_words
        or NUMBER.match(w) is not None
        or (w.isupper() and w.isalpha() and len(w) <= 6)
    )


def _paper_only_dataset(only_dataset: str, words: list[str], lowers: list[str], own_data: bool) -> Attachment:
    """The paper's only dataset, for a score in a sentence that names no dataset: a guess, weaker when the
    sentence speaks of several or other data ("results on different datasets, with up to 21%") or of its own.

    >>> _paper_only_dataset("FooQA", "it reaches 71.2% accuracy".split(), "it reaches 71.2% accuracy".split(), False)
    Attachment(targets=['FooQA'], attachment=0.61, guessed=True, paper_wide=True)
    """
    attachment = 0.61
    if many_datasets(lowers) or unnamed_data(lowers) or names_other_data(words) or own_data:
        attachment = 0.4  # "results on different datasets, with up to 21%": not the paper's one dataset
    return Attachment([only_dataset], attachment, True, True)


def _without_sibling_tasks(targets: list[str], v: Value, lowers: list[str]) -> list[str]:
    """The targets less a dataset named "... Task N" when the number's own words name another task M the sentence
    also names ("the 11th rank in task 1 with 73.47 and the 4th rank in task 2 with 71.73": not Foo Task 1's, a
    sibling); "subtask A" of "Foo Task 6" is that task's own part and keeps it.

    >>> lowers = "rank in task 1 with 73.4 and the 4th rank in task 2 with 71.7".split()
    >>> _without_sibling_tasks(["Foo Task 1", "BarQA"], Value(14, 15, "71.7", 71.7, None), lowers)
    ['BarQA']
    >>> _without_sibling_tasks(["Foo Task 1", "BarQA"], Value(5, 6, "73.4", 73.4, None), lowers)
    ['Foo Task 1', 'BarQA']
    """
    if (own_task := task_named_near(v, lowers)) is None:
        return targets
    return [t for t in targets if task_of(t) in (None, own_task) or not names_task(task_of(t), lowers)]


def _for_unknown_name(
    k: int,
    values: list[Value],
    words: list[str],
    lowers: list[str],
    datasets: list[tuple],
    metrics: list[tuple],
    name_starts: frozenset[int],
) -> bool:
    """Whether a name no lexicon knows as a dataset follows the number, so the number may be that name's ("9.3% on
    Zuco", "2% for Sarcasm detection"). Not the end of a change whose start a name does not follow: "from 19.2% to
    46.5% for MSS", "reduces the ASR from 71.0% to 6.6% for Llama2-13B": the name is what changed, as it is for
    the start."""
    v = values[k]
    return unknown_name_after(v, words, {d[0] for d in datasets}, metrics, name_starts) and not (
        k > 0 and starting_point(values[k - 1], lowers) and lowers[v.end] == "for"
    )


#: words between "by" and the number it governs besides kinds.HEDGES ("by roughly 20%", "by a margin of 2.1")
_BY_HEDGES: Final = frozenset(rule_words("BY_HEDGES"))
#: verbs before "on" that make it no place of measurement ("improves on X by 2%": X is what is beaten); the list
#: context.NOT_EVALUATION_ON reads too ("based on X": X is no evaluation set)
_ON_NOT_PLACE: Final = frozenset(rule_words("NOT_EVALUATION_ON"))


def place_before_by(v: Value, lowers: list[str]) -> bool:
    """Whether the number is a change stated "on P ... by N" in its own clause: "accuracy on Foo increased by 20%",
    "the performance of X on language modeling by 6.3%". The clause gave its place before the number, so a dataset
    named after it, past a clause break, is another clause's ("..., and Y's accuracy on Bar rose by 34%"). A bare
    number right before the number is a range whose dash was lost ("by 10 15%"). Not "improves on X by 2%" (X is
    what is beaten), nor "on average" / "on the test set" (how or where in named data, no place of its own).

    >>> place_before_by(Value(5, 6, "20%", 20.0, "%"), "accuracy on fooqa increased by 20% , and".split())
    True
    >>> place_before_by(Value(5, 6, "2%", 2.0, "%"), "it improves on fooqa by 2% ,".split())
    False
    >>> place_before_by(Value(5, 6, "2%", 2.0, "%"), "accuracy rises on average by 2% ,".split())
    False
    >>> place_before_by(Value(3, 4, "2%", 2.0, "%"), "accuracy increased by 2% , and".split())
    False
    """
    k = v.start
    if k > 0 and NUMBER.match(lowers[k - 1]):
        k -= 1  # "by 10 15%": a range whose dash the text lost
    k = hedged_start(k, lowers, _BY_HEDGES)  # "by up to 20%", "by a margin of 2.1"
    if k < 1 or lowers[k - 1] != "by":
        return False
    j = k - 2
    while j >= max(0, k - 14) and lowers[j] not in CLAUSE_BREAKS:
        if lowers[j] == "on" and j + 1 < k - 1:
            return _on_states_place(j, lowers)
        j -= 1
    return False


def _on_states_place(j: int, lowers: list[str]) -> bool:
    """Whether the "on" at token `j` states a place of its own: not "based on" / "improves on" (no place), not "on
    average" / "on the test set" (how, or where in named data).

    >>> _on_states_place(2, "accuracy rises on fooqa".split()), _on_states_place(2, "it improves on fooqa".split())
    (True, False)
    >>> _on_states_place(0, "on the test set".split())
    False
    """
    if j > 0 and lowers[j - 1] in _ON_NOT_PLACE:
        return False
    content = [w for w in lowers[j + 1 : j + 4] if w not in ("the", "a", "an")]
    return bool(content) and content[0] not in _NOT_OWN_PLACE and content[0] not in _SPLIT_WORDS


def past_clause_break(name: str, v: Value, datasets: list[tuple], lowers: list[str]) -> bool:
    """Whether the first mention of `name` after the number stands past a clause break (a comma, "while", ...)."""
    start = next((d[0] for d in datasets if d[3] == name and d[0] >= v.end), None)
    return start is not None and any(w in CLAUSE_BREAKS for w in lowers[v.end : start])


def next_clause_datasets(v: Value, datasets: list[tuple], lowers: list[str]) -> frozenset[str]:
    """The datasets a number stated "on P ... by N" (`place_before_by`) leaves to the next clause: those first named
    after it past a clause break ("accuracy on Foo increased by 20%, and Y's accuracy on Bar rose by 34%": Bar).
    Those a number whose place "on P" the sentence states before it (`place_on_before`) leaves to the next member of
    a coordination of places (`next_place_after`: "on Foo from 57.3% to 68.5% and on Bar ...", "On Foo, it reaches
    88.5, while on Bar ...": Bar). None for any other number.

    >>> lowers = "accuracy on foo increased by 20% , and y 's accuracy on bar rose by 34%".split()
    >>> sorted(next_clause_datasets(Value(5, 6, "20%", 20.0, "%"), [(12, 13, "Dataset", "Bar")], lowers))
    ['Bar']
    """
    if place_before_by(v, lowers):
        return frozenset(d[3] for d in datasets if past_clause_break(d[3], v, datasets, lowers))
    if place_on_before(v, lowers):
        return frozenset(d[3] for d in datasets if next_place_after(d[3], v, datasets, lowers))
    return frozenset()


def place_on_before(v: Value, lowers: list[str]) -> bool:
    """Whether the sentence gives a place "on P" before the number with no other "on" between: "On Foo, it
    reaches 88.5 F1", "improves accuracy on Foo from 57.3% to 68.5%". Not "based on" / "improves on" (no place),
    "on average" / "on the test set" (no place of its own).

    >>> place_on_before(Value(5, 6, "88.5", 88.5, None), "on foo , it reaches 88.5 f1".split())
    True
    >>> place_on_before(Value(4, 5, "88.5", 88.5, None), "it improves on foo 88.5".split())
    False
    """
    for j in range(v.start - 1, -1, -1):
        if lowers[j] == "on":
            return _on_states_place(j, lowers)
    return False


#: words that open the next member of a coordination of places after a number ("..., while on Bar", "and on Bar")
_NEXT_PLACE_OPENERS: Final = frozenset(CLAUSE_BREAKS | {"and"})


def next_place_after(name: str, v: Value, datasets: list[tuple], lowers: list[str]) -> bool:
    """Whether the first mention of `name` after the number opens the next member of a coordination of places:
    "on Foo from 57.3% to 68.5% and on Bar from ...", "On Foo, it reaches 88.5 F1, while on Bar ...": "on"
    (past "the") right after "and", a comma or another clause break.

    >>> lowers = "on foo to 68.5% and on bar to 86.6%".split()
    >>> next_place_after("Bar", Value(3, 4, "68.5%", 68.5, "%"), [(6, 7, "Dataset", "Bar")], lowers)
    True
    >>> next_place_after("Bar", Value(3, 4, "68.5%", 68.5, "%"), [(6, 7, "Dataset", "Bar")], "on foo to 68.5% , also on bar".split())
    False
    """
    start = next((d[0] for d in datasets if d[3] == name and d[0] >= v.end), None)
    if start is None:
        return False
    j = start - 1
    j -= j > v.end and lowers[j] == "the"
    return j - 1 >= v.end and lowers[j] == "on" and lowers[j - 1] in _NEXT_PLACE_OPENERS


def restated_in_bracket(w: Value, lowers: list[str]) -> bool:
    """Whether `w` stands in a bracket right after another number and restates it ("12% (59% relative)", "a gain of
    3.1 (12% relative)"): it holds only the number and a word saying how the change was taken.

    >>> restated_in_bracket(Value(4, 6, "59%", 59.0, "%"), "of 12 % ( 59 % relative ) on foo".split())
    True
    >>> restated_in_bracket(Value(4, 6, "59%", 59.0, "%"), "of 12 % ( 59 % on bar ) on foo".split())
    False
    >>> restated_in_bracket(Value(4, 6, "59%", 59.0, "%"), "of 12 % ( 59 % ) on foo ( bar )".split())
    False
    """
    s = w.start
    if s < 1 or lowers[s - 1] != "(":
        return False
    tail = lowers[w.end : w.end + 3]
    close = tail.index(")") if ")" in tail else None
    return bool(close) and all(x in _RESTATING for x in tail[:close])  # a bare "(92.9%)" is another data's number


#: words a bracketed restatement of a change holds after its number ("(59% relative)", "(2.1 points absolute)")
_RESTATING = frozenset({"relative", "absolute", "rel.", "abs.", "relatively", "points", "point"})


def dataset_after_respectively(
    v: Value,
    values: list[Value],
    runs: dict[int, int],
    datasets: list[tuple],
    lowers: list[str],
    measure_words: frozenset[int] = frozenset(),
) -> str | None:
    """The one dataset named after "respectively" that closes a list of numbers ("better by 25%, 36%, 44% and 48%
    respectively, on the Foo dataset"): "respectively" pairs the numbers with the measures listed before them, and
    every one of them was measured on that dataset, not on one the sentence named earlier. None when the name after
    it opens a list of datasets (lists.py pairs those).

    >>> lowers = "in bleu and rouge by 25 % and 36 % respectively , on the foo dataset".split()
    >>> values = [Value(5, 7, "25%", 25.0, "%"), Value(8, 10, "36%", 36.0, "%")]
    >>> dataset_after_respectively(values[0], values, {5: 2, 8: 2}, [(14, 15, "Dataset", "Foo")], lowers)
    'Foo'
    """
    if runs.get(v.start, 1) < 2:
        return None
    last = listed_after(v, values, [], lowers)
    k = last.end
    while k < len(lowers) and k in measure_words:
        k += 1  # "by 3.2 and 4.1 BLEU respectively"
    k += k < len(lowers) and lowers[k] == ","
    if k >= len(lowers) or lowers[k] != "respectively":
        return None
    k += 1
    k += k < len(lowers) and lowers[k] == ","
    if k >= len(lowers) or lowers[k] not in ("on", "in", "across", "over"):
        return None
    k += 1
    k += k < len(lowers) and lowers[k] == "the"
    d = next((d for d in datasets if d[0] == k), None)
    if d is None or lowers[d[1] : d[1] + 1] in ([","], ["and"], ["or"]):
        return None
    if any(d[1] <= o[0] <= d[1] + 2 for o in datasets):
        return None  # "on the ACL-BioNLP workshop MediQA shared task": the phrase holds two names, which is the data?
    return d[3]


#: a numbered task (not a subtask, which is a part of the task named before it): "Task 2", "task-3"
_TASK_NUMBER = re.compile(r"(?<![\w-])task[ -]?(\d+|[a-c])$", re.IGNORECASE)


def task_of(name: str) -> str | None:
    """The number of the task a dataset's name ends in ("FooEval-2031 Task 1" → "1"); none for a subtask.

    >>> task_of("FooEval-2031 Task 1"), task_of("FooEval-2031 Subtask B"), task_of("FooQA")
    ('1', None, None)
    """
    m = _TASK_NUMBER.search(name)
    return m.group(1).lower() if m else None


def task_named_near(v: Value, lowers: list[str]) -> str | None:
    """The numbered task a number's own words name: right after it ("71.73 in task 2", "for subtask B") or, else, the
    last one before it in its clause ("the 4th rank in task 2 with an F1-score of 71.73").

    >>> task_named_near(Value(14, 15, "71.7", 71.7, None), "rank in task 1 with 73.4 and the 4th rank in task 2 with 71.7".split())
    '2'
    >>> task_named_near(Value(5, 6, "73.4", 73.4, None), "rank in task 1 with 73.4 and the 4th rank in task 2 with 71.7".split())
    '1'
    >>> task_named_near(Value(1, 2, "0.61", 0.61, None), "reaching 0.61 f1".split())
    """
    for k in range(v.end, min(len(lowers) - 1, v.end + 4)):
        if lowers[k] in CLAUSE_BREAKS or NUMBER.match(lowers[k]):
            break
        if lowers[k] in _TASK_WORDS:
            return lowers[k + 1] if lowers[k] == "task" and _TASK_ID.fullmatch(lowers[k + 1]) else None
    k = v.start - 1
    while k > 0 and lowers[k] not in CLAUSE_BREAKS:
        if lowers[k - 1] in _TASK_WORDS and _TASK_ID.fullmatch(lowers[k]):
            return lowers[k] if lowers[k - 1] == "task" else None  # "in subtask 2": a part, not another task
        k -= 1
    return None


_TASK_WORDS: Final = frozenset({"task", "subtask", "sub-task"})
_TASK_ID: Final = re.compile(r"\d+|[a-c]")


def names_task(n: str | None, lowers: list[str]) -> bool:
    """Whether the sentence names "task `n`" itself: then another "task m" in it is a sibling task, not a part.

    >>> names_task("1", "rank in task 1 and in task 2".split()), names_task("6", "in subtask a".split())
    (True, False)
    """
    return n is not None and any(lowers[k] == "task" and lowers[k + 1] == n for k in range(len(lowers) - 1))


BY_GAP = frozenset(
    "dataset datasets benchmark benchmarks corpus test set sets split by up to of a an margin around about "
    "approximately nearly over almost".split()
)


def dataset_after(
    v: Value, stop: int, datasets: list[tuple], lowers: list[str], measure_words: frozenset[int] = frozenset()
) -> str | None:
    """The dataset named right after a value ("72.1 on MMLU"), or alone in the bracket right after it
    ("F1 scores of 68.2 (FooSet) and 64.0 (BarSet)"), before `stop`: within eight words, the words of a
    measure named between not counted (`measure_words`, token indices: "by 5.04% relatively in F1 score in
    evidence retrieval on D", "4.49% and 2.25% for exact match (EM) and EM-Tree accuracies on D").

    >>> dataset_after(Value(4, 5, "64.0", 64.0, None), 99, [(6, 7, "Dataset", "Bar")], "f1 of 68.2 and 64.0 ( bar )".split())
    'Bar'
    """
    k = v.end
    if k + 2 < len(lowers) and lowers[k] == "(":
        bracketed = next((d[3] for d in datasets if d[0] == k + 1 and lowers[d[1] : d[1] + 1] == [")"]), None)
        if bracketed is not None and k + 1 < stop:
            return bracketed
    reach, free = v.end, 0
    end = min(stop, len(lowers))  # once, not at each step
    while reach < end and free < 8:
        free += reach not in measure_words
        reach += 1
    for d in datasets:
        if v.end <= d[0] < min(stop, reach) and any(
            lowers[j] in ("on", "in", "for", "of") for j in range(max(v.end, d[0] - 3), d[0])
        ):
            return d[3]
    for d in datasets:
        if v.end <= d[0] < min(stop, reach + 2) and described_before(d, v.end, lowers):
            return d[3]
    return None


def described_before(d: tuple, start: int, lowers: list[str]) -> bool:
    """Whether the dataset `d` follows, after a comma, the data phrase a number is "on" ("+3.8% in exact match on an
    extractive Chinese QA dataset, FooQA", "on a multiple-choice benchmark, BarQA"): the name in apposition is the data
    the phrase describes. `start` is where the search for "on" begins (the number's end).

    >>> described_before((11, 12, "Dataset", "FooQA"), 2, "and +3.8 % in em on an extractive qa dataset , fooqa".split())
    True
    >>> described_before((8, 9, "Dataset", "FooQA"), 2, "and +3.8 % in em , and fooqa".split())
    False
    >>> described_before((7, 8, "Dataset", "FooQA"), 2, "by 10.6-32.3 pts on two datasets , fooqa".split())
    False
    >>> described_before((11, 12, "Dataset", "FooQA"), 3, "of 87.5 % and strong results on another qa dataset , fooqa".split())
    False
    """
    k = d[0]
    if k < 3 or lowers[k - 1] != "," or lowers[k - 2] not in ONE_DATA:
        return False  # "on two datasets, A and B": a list of data, not one described
    for j in range(k - 3, max(start, k - 9) - 1, -1):
        if lowers[j] in CLAUSE_BREAKS or NUMBER.match(lowers[j]):
            return False
        if lowers[j] in ("on", "in", "for", "over", "across"):
            # the number's own phrase: "+3.8% in exact match on ...", not "87.5% and strong results on another ..."
            gap = lowers[start:j]
            return len(gap) <= 4 and not any(w in ("and", "or", "while", "but") for w in gap)
    return False


def dataset_before_bracket(v: Value, datasets: list[tuple], lowers: list[str]) -> str | None:
    """The dataset a bracket opens right after ("on the Penn Treebank (91.79 F1) and the
    French Treebank (82.23 F1)"): the number in it is that dataset's, not the next one's,
    unless the bracket names its own ("(76.3% on D)")."""
    k = v.start - 1
    if k < 1 or lowers[k] != "(":
        return None
    close = next((j for j in range(v.end, len(lowers)) if lowers[j] == ")"), len(lowers))
    if any(v.end <= d[0] < close for d in datasets):
        return None
    return next((d[3] for d in datasets if d[1] == k), None)


def respectively_before_last(v: Value, values: list[Value], runs: dict[int, int], lowers: list[str]) -> bool:
    """ "by 19% and 13.4% on A and B, respectively" with only B known: the values
    pair in order, so only the last of the list can be B's."""
    if "respectively" not in lowers or runs.get(v.start, 1) < 2:
        return False
    k = values.index(v)
    return k + 1 < len(values) and runs.get(values[k + 1].start) == runs[v.start] and values[k + 1].start - v.end <= 3


def sole_dataset_after(v: Value, values: list[Value], datasets: list[tuple], lowers: list[str]) -> bool:
    """Whether the sentence names one dataset, after the value, as where it was
    measured: not when another number stands between them ("by 2% on a NER
    task and by 4.3% on GLUE"), nor another, unknown dataset ("75.4% on the
    Figer dataset and ... on D"), nor data the method uses ("using English
    Wikipedia data"); never for a speed-up. A data noun right before the name describes it ("on the
    five-way classification dataset, D").

    >>> words = "gets 62.7 % for the main case on the five-way classification dataset , fooset".split()
    >>> sole_dataset_after(Value(1, 3, "62.7%", 62.7, "%"), [], [(13, 14, "Dataset", "FooSet")], words)
    True
    >>> words = "gets 62.7 % on the barqa dataset , and 50 % on fooset".split()
    >>> sole_dataset_after(Value(1, 3, "62.7%", 62.7, "%"), [], [(12, 13, "Dataset", "FooSet")], words)
    False
    >>> words = "gains ( barqa +16.2 % , fooset +6.1 % )".split()
    >>> values = [Value(3, 5, "+16.2%", 16.2, "%"), Value(7, 9, "+6.1%", 6.1, "%")]
    >>> sole_dataset_after(values[0], values, [(6, 7, "Dataset", "FooSet")], words)
    False
    """
    if len({d[3] for d in datasets}) != 1 or v.unit in ("x", "×") or datasets[0][0] < v.end:
        return False
    d0 = datasets[0][0]
    if any(o.start == item_value_start(datasets[0], lowers) for o in values):
        return False  # "(FooQA +16.2%, BarQA +6.1%, ...)": the dataset is the number's after it, a list's item
    between = lowers[v.end : d0]
    later = [o for o in values if v.end <= o.start < d0]
    if later and any(w in ("on", "for") for w in lowers[v.end : later[0].start]):
        return False  # the number has its own place ("on a NER task") before the next one's
    other_data = [
        k
        for k, w in enumerate(between)
        if w in DATA_NOUNS
        and between[k + 1 : k + 2] != ["and"]
        and not all(x in DATA_NOUNS for x in between[k + 1 :] if x != ",")
    ]  # not "on the five-way classification dataset, D" nor "on the benchmark dataset D": D's description
    used = any(w in USED_DATA for w in between) and "test" not in between  # "using the test sets of D" is D
    return not other_data and not used


def item_value_start(d: tuple, lowers: list[str]) -> int:
    """Where the number of a "Name value" list item would start after the name `d` ("FooQA +6.1%", "FooQA: 61.2")."""
    return d[1] + (d[1] < len(lowers) and lowers[d[1]] in (":", "="))


def named_list_item(v: Value, d: tuple, values: list[Value], words: list[str], lowers: list[str]) -> bool:
    """Whether `v` and the dataset `d` before it are two items of a "Name value" list ("(FooQA +16.2%, BarQA
    +6.1%, and Baz +13.3%)"): `d` has its own number right after it and `v` the capitalised name right before it, so
    `v` is that name's, not `d`'s, even when the name is no known dataset.

    >>> words = "( FooQA +6.1 % , and Baz +13.3 % )".split()
    >>> values = [Value(2, 4, "+6.1%", 6.1, "%"), Value(7, 9, "+13.3%", 13.3, "%")]
    >>> named_list_item(values[1], (1, 2, "Dataset", "FooQA"), values, words, [w.lower() for w in words])
    True
    >>> words = "on FooQA +6.1 % and +13.3 %".split()
    >>> values = [Value(2, 4, "+6.1%", 6.1, "%"), Value(5, 7, "+13.3%", 13.3, "%")]
    >>> named_list_item(values[1], (1, 2, "Dataset", "FooQA"), values, words, [w.lower() for w in words])
    False
    """
    own = item_value_start(d, lowers)
    if not any(o.start == own and o.start < v.start for o in values):
        return False
    k = v.start - 1 - (v.start > 0 and lowers[v.start - 1] in (":", "="))
    return k > d[1] and words[k][:1].isupper() and not any(o.end == k + 1 for o in values)


DATA_NOUNS = frozenset(rule_words("DATA_NOUNS"))
USED_DATA = frozenset(rule_words("USED_DATA"))


def shared_dataset_after(
    values: list[Value], k: int, datasets: list[tuple], lowers: list[str], measure_words: frozenset[int] = frozenset()
) -> str | None:
    """ "95.8 F1 of parsing and 97.0% UAS of tagging on PTB", "from 85.4% to
    93.3% on D": two numbers joined by "and" or "to" share the dataset named
    after the second."""
    if k + 1 >= len(values):
        return None
    v, w = values[k], values[k + 1]
    between = lowers[v.end : w.start]
    joined = between and len(between) <= 6 and between[-1] in ("and", "a", "an") and "and" in between
    if not (joined or between == ["to"]):  # "from 85.4% to 93.3% on D": both ends are on D
        return None
    if own_place_after(v, lowers, measure_words):  # "12.8% in accuracy on text classification and 15.6% on D"
        return None
    if any(v.end <= d[0] < w.start for d in datasets):
        return None
    stop = values[k + 2].start if k + 2 < len(values) else len(lowers)
    return dataset_after(w, stop, datasets, lowers, measure_words)


#: first words of an "on" phrase that refer back to named data or say how a number was taken, not where
_NOT_OWN_PLACE = REFERRING | frozenset("average subset subsets split splits portion part section version".split())


_SPLIT_WORDS = frozenset(rule_words("SPLIT_LABELS")) | {"hidden", "blind", "official", "devtest"}
#: words that end the stretch between a number and its "on" (a comparison, another phrase, a new item)
_PLACE_STOPS = frozenset(
    ", ; ( with by and or from to for over than using via through compared when against vs vs. versus while at".split()
)


def own_place_after(v: Value, lowers: list[str], measure_words: frozenset[int] = frozenset()) -> bool:
    """Whether the number says right after it, past its own bracket, after "on", where it was measured, in
    words of its own: "and 64% (2.98% up) on BarQA", "and 30.8% more on zorbcaps", "and 1.81% on complex
    low-entropy tasks", "gains of 12.8% in accuracy on text classification and 15.6% on D". A dataset another
    number of the sentence was given before it, or the one after the next number, is then not its (stop 44's
    BioELECTRA and NPPrompt, stop 41's ALOHa, the first set's uncertainty-aware alignment paper). Not a phrase
    that refers back or names a part or split ("on average", "on the test set", "on its subset", "on these", "on
    the contest's hidden test set").

    >>> own_place_after(Value(0, 2, "64%", 64.0, "%"), "64 % ( 2.9 % up ) on barqa".split())
    True
    >>> own_place_after(Value(0, 2, "85%", 85.0, "%"), "85 % on the test set".split())
    False
    >>> own_place_after(Value(0, 2, "85%", 85.0, "%"), "85 % than x on foo".split())
    False
    """
    k = v.end
    if k < len(lowers) and lowers[k] == "(":
        close = bracket_close(k, lowers, 10)
        if close is None:
            return False
        k = close + 1
    stop = min(len(lowers), k + 4)
    while k < stop and lowers[k] != "on":
        if lowers[k] in CLAUSE_BREAKS or lowers[k] in _PLACE_STOPS or NUMBER.match(lowers[k]):
            return False
        k += 1
    if k >= stop:
        return False
    if any(j in measure_words for j in range(k + 1, min(len(lowers), k + 5))):
        return False  # "improvements of 1% on micro-F1 and 3% on macro-F1 on D": a measure, not a place
    content = [w for w in lowers[k + 1 : k + 5] if w not in ("the", "a", "an")]
    if any(w in _SPLIT_WORDS for w in content):
        return False  # "and 22.97 BLEU on the contest's hidden test set": the named data's test split
    return bool(content) and content[0] not in _NOT_OWN_PLACE and not NUMBER.match(content[0])


def named_again_after(name: str, v: Value, datasets: list[tuple], lowers: list[str]) -> bool:
    """Whether the dataset is named again after the number as where something is done ("0.35 on extracting
    relations, ranking 1st in the Foo RE task"), not only mentioned ("where objects extend beyond Foo categories")."""
    return any(
        d[3] == name
        and d[0] >= v.end
        and any(w in ("on", "in", "for", "of") for w in lowers[max(v.end, d[0] - 2) : d[0]])
        for d in datasets
    )


_SCORE_START = re.compile(r"^[+\-−]?\d+(?:\.\d+)?%")  # "86.34%(1.39%": a score glued to its bracket


def number_before(start: int, values: list[Value], lowers: list[str]) -> bool:
    """Whether a number stands before the word at `start` (the dataset is another number's: "86.3% on D")."""
    return any(o.end <= start for o in values) or any(_SCORE_START.match(w) for w in lowers[:start])


def dataset_before_by(datasets: list[tuple], v: Value, lowers: list[str]) -> str | None:
    """ "outperforms Y on D by 1.9%": the gain belongs to the dataset just before "by"."""
    for d in datasets[::-1]:
        if d[1] <= v.start:
            gap = lowers[d[1] : v.start]
            if "by" in gap and len(gap) <= 6 and all(w in BY_GAP for w in gap):
                return d[3]
            return None
    return None


def first_in_clause(k: int, values: list[Value], lowers: list[str]) -> bool:
    """Whether the k-th number is the first of its clause: "a 1.9% gain on MBPP and HumanEval" states one
    number for both datasets; in "masking 40% outperforms 15% on A and B" or "gains of 1.2 and 3.4 on A and
    B" a number is one of several the clause weighs, and which dataset it is for is not said.

    >>> values = [Value(3, 5, "40%", 40.0, "%"), Value(6, 8, "15%", 15.0, "%")]
    >>> lowers = "we find that 40 % outperforms 15 % on a and b".split()
    >>> first_in_clause(0, values, lowers), first_in_clause(1, values, lowers)
    (True, False)
    >>> first_in_clause(1, values, lowers[:5] + [";"] + lowers[6:])
    True
    """
    if k == 0:
        return True
    prev = values[k - 1]
    return any(w in CLAUSE_BREAKS for w in lowers[prev.end : values[k].start])


#: what may stand between two datasets listed together ("A and B", "A, B, and the C")
_COORDINATION = frozenset({",", "and", "or", "the"})


def _listed_together(between: list[str]) -> bool:
    """Whether the words between two datasets list them together: at most three, all of `_COORDINATION`."""
    return len(between) <= 3 and all(w in _COORDINATION for w in between)


def coordinated_after(name: str, v: Value, stop: int, datasets: list[tuple], lowers: list[str]) -> list[str]:
    """The dataset named right after a value with those listed together with it after it, before `stop`
    (the next value): "a gain of 1.9% on MBPP and HumanEval" is stated for both (GUIDE-NOTES 7: one
    row per dataset), "1.9% on MBPP and 3.2% on HumanEval" is not.

    >>> ds = [(6, 7, "Dataset", "FooQA"), (8, 9, "Dataset", "BarQA"), (10, 11, "Dataset", "BazQA")]
    >>> lowers = "a gain of 1.9 % on fooqa and barqa , bazqa".split()
    >>> coordinated_after("FooQA", Value(3, 5, "1.9%", 1.9, "%"), 99, ds, lowers)
    ['FooQA', 'BarQA', 'BazQA']
    >>> lowers = "a 1.9 % gain on fooqa and 3.2 on barqa".split()
    >>> coordinated_after("FooQA", Value(1, 3, "1.9%", 1.9, "%"), 7, [(5, 6, "Dataset", "FooQA"), (9, 10, "Dataset", "BarQA")], lowers)
    ['FooQA']
    """
    start = next((d for d in datasets if d[3] == name and d[0] >= v.end), None)
    if start is None:
        return [name]
    group = [start]
    for d in datasets:
        if d[0] < group[-1][1]:
            continue
        between = lowers[group[-1][1] : d[0]]
        if d[0] >= stop or not between or not _listed_together(between):
            break
        group.append(d)
    return list(dict.fromkeys(d[3] for d in group))


def coordinated_by(name: str, v: Value, datasets: list[tuple], lowers: list[str]) -> list[str]:
    """The dataset before "by" with those listed together with it ("outperforms Y on MBPP and HumanEval
    by 1.9%": the gain is stated for both)."""
    before = [d for d in datasets if d[1] <= v.start]
    if not before or before[-1][3] != name:
        return [name]
    return list(dict.fromkeys(coordinated_tail(before, lowers)))


def in_longer_list(before: list[tuple], words: list[str], lowers: list[str], datasets: list[tuple]) -> bool:
    """Whether the datasets named last before a number (with those listed together with them) are items of a longer
    list whose other items no known dataset names ("on (CoNLL-2031, Zorb-19, FooQA and BarQA) ... (+7.7 F0.5)",
    "Testing across Foo drug data, the D benchmark, and real notes from Bar, our method achieves 78%"): the number,
    stated after the whole list, is over all of it, not the known items' own.

    >>> w = "on ( Zorb-19 , FooQA and BarQA ) it gains +7.7".split()
    >>> in_longer_list([(4, 5, "Dataset", "FooQA"), (6, 7, "Dataset", "BarQA")], w, [x.lower() for x in w], [])
    True
    >>> w = "across Foo data , the D benchmark , and real notes from Bar , it reaches 78 %".split()
    >>> in_longer_list([(5, 6, "Dataset", "D")], w, [x.lower() for x in w], [])
    True
    >>> w = "on FooQA and BarQA , it gains 7.7".split()
    >>> in_longer_list([(1, 2, "Dataset", "FooQA"), (3, 4, "Dataset", "BarQA")], w, [x.lower() for x in w], [])
    False
    """
    group = [before[-1]]
    for d in before[:-1][::-1]:
        if _listed_together(lowers[d[1] : group[0][0]]):
            group.insert(0, d)
        else:
            break
    starts = {d[0] for d in datasets} | {d[0] for d in before}
    ends = {d[1] for d in datasets} | {d[1] for d in before}
    # the item before the group: "Zorb-19, FooQA", a capitalised word no dataset ends at, then a comma
    k = group[0][0] - 1
    k -= k >= 0 and lowers[k] == "the"
    if k >= 2 and lowers[k] == "," and words[k - 1][:1].isupper() and k not in ends and lowers[k - 2] in _LIST_OPENERS:
        return True  # not "Further, FooBench promotes ...": a sentence's first word is no item
    # the item after it: "the D benchmark, and real notes from Bar,", a data phrase or a name no dataset starts
    k = group[-1][1]
    while k < len(lowers) and lowers[k] in DATA_NOUNS:
        k += 1
    if lowers[k : k + 2] != [",", "and"]:
        return False
    item = lowers[k + 2 : k + 2 + 8]
    stop = next((j for j, x in enumerate(item) if x in CLAUSE_BREAKS), None)
    if stop is None or k + 2 in starts or k + 3 in starts:
        return False
    item = item[:stop]
    return len(item) >= 2 and (item[-1] in UNNAMED_DATA_NOUNS or words[k + 2 + stop - 1][:1].isupper())


#: what stands before a list's first item or between two ("(A, B", "on A, B", "A, B, C")
_LIST_OPENERS = frozenset({"(", ",", "on", "across", "over", "including", "in", "and", ":"})


def coordinated_tail(before: list[tuple], lowers: list[str]) -> list[str]:
    """The last dataset before a value, with those listed together with it ("MBPP and HumanEval")."""
    group = [before[-1]]
    for d in before[:-1][::-1]:
        between = lowers[d[1] : group[0][0]]
        if _listed_together(between):
            group.insert(0, d)
        else:
            break
    return [d[3] for d in group]
