"""The results of one sentence: `extract_results` runs the steps of this package in order on plain
lists (words, and the sentence's entity mentions as token spans), so tests call it directly.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from paperkg.extract.lexicon import rule_words
from paperkg.extract.results.candidates import decimal_listed_after, is_no_result, kept_results, kinds_of
from paperkg.extract.results.clauses import listed_after, listed_before, past_bracket, value_runs
from paperkg.extract.results.comparisons import versus_bracket
from paperkg.extract.results.datasets import Attachment, attach_dataset
from paperkg.extract.results.doubts import BOARD_DOUBT_CAP, board_doubt, row_doubt
from paperkg.extract.results.kinds import confidence, is_score_value, lags_by
from paperkg.extract.results.lists import list_pairs
from paperkg.extract.results.metrics import (
    is_sub_measure,
    metric_of,
    names_own_measure,
    pair_metrics,
    respective_metrics,
    written_measure,
)
from paperkg.extract.results.no_rows import (
    NO_ROW_CAP,
    average_over_data,
    built_from,
    derived_from,
    drawn_from,
    not_data,
    range_over_data,
    source_corpus_doubt,
    source_guess,
    trained_on,
    why_no_row,
)
from paperkg.extract.results.other_data import is_language, many_datasets
from paperkg.extract.results.subjects import after_own_system, attribute_value, name_piece
from paperkg.extract.results.teams import headed_by_group, named_team
from paperkg.extract.results.values import Value, find_values, gain_with_metric, signed_number, with_metric_words

#: a task's or track's label alone ("SubTask", "subtask-III", "Track-1", "Task A", "Subtask–2"), not a name that
#: opens with the word
_TASK_LABEL: Final = re.compile(r"(?:sub-?)?(?:task|track)s?(?:[\s\-–—_]*(?:\d+[a-z]?|[a-z]|[ivx]+))?", re.IGNORECASE)
#: a shared task's name ("WASSA 2018 Implicit Emotion Shared Task", "MIA 2022 Shared Task Submission")
_SHARED_TASK: Final = re.compile(r"\bshared[\s\-]tasks?\b", re.IGNORECASE)
#: the first letters of `_TASK_LABEL`'s ASCII matches (a non-ASCII name goes to the regex: under IGNORECASE "ſ"
#: is an "s" and the Kelvin sign a "k")
_TASK_LABEL_FIRST: Final = frozenset("sStT")


def is_task_name(name: str) -> bool:
    """Whether a name typed Method or Model is a task's label or a shared task's name: no system that owns a
    number ("7th in S-2 with 0.475" gave it to "Subtask–2", "our system designed for the Implicit Emotion Shared
    Task (IEST), which obtained 0.710" to the task).

    >>> is_task_name("Subtask–2"), is_task_name("Implicit Emotion Shared Task"), is_task_name("Taskmaster")
    (True, True, False)
    """
    if name.isascii() and "shared" not in name.lower():  # no regex call where an ASCII name cannot match
        return name[:1] in _TASK_LABEL_FIRST and bool(_TASK_LABEL.fullmatch(name))
    return bool(_TASK_LABEL.fullmatch(name) or _SHARED_TASK.search(name))


#: verbs a system does, never data: "FooNet outperforms", "FooNet has set a new state of the art"
_ACTS: Final = frozenset(rule_words("ACT_VERBS"))
#: words that may stand between a name and its verb ("FooNet also outperforms", "FooNet consistently improves")
_DATA_PREPOSITIONS: Final = frozenset({"on", "in", "of", "for", "across", "over", "from", "with", "to"})
_ACT_ADVERBS: Final = frozenset({"also", "further", "significantly", "consistently", "even", "still", "clearly"})


def acts(mention: tuple, lowers: list[str]) -> bool:
    """Whether a mention is the subject of a verb of a system's doing right after it (a bracket between
    allowed): "FooNet outperforms the state of the art by 11%", "FooNet (ours) achieves 1.2 points", "FooNet
    has set a new state of the art". A name typed Dataset there names the system, not the data.

    >>> acts((0, 1, "Dataset", "FooNet"), "foonet outperforms the best baseline by 3 %".split())
    True
    >>> acts((1, 2, "Dataset", "FooSet"), "on fooset , barnet outperforms the best baseline by 3 %".split())
    False
    >>> acts((2, 3, "Dataset", "BarQA"), "foonet on barqa clearly outperforms humans".split())
    False
    >>> acts((3, 4, "Dataset", "FooNER"), "experiments on nested fooner achieves 93.7 % f1".split())
    False
    """
    for j in range(mention[0] - 1, max(-1, mention[0] - 3), -1):
        if lowers[j] in _DATA_PREPOSITIONS:
            return False  # "FooNet on BarQA clearly outperforms", "experiments on nested FooNER achieves": data
        if not lowers[j].isalpha():
            break
    k = past_bracket(mention[1], lowers, reach=8)
    while k < len(lowers) and lowers[k] in _ACT_ADVERBS:
        k += 1
    if k >= len(lowers):
        return False
    return lowers[k] in _ACTS or lowers[k : k + 2] in (["has", "set"], ["sets", "a"], ["set", "a"])


class _Sentence(NamedTuple):
    """One sentence's reading that each of its numbers' rows is made from (`extract_results`)."""

    words: list[str]
    lowers: list[str]
    datasets: list[tuple]  # mentions of data (`_mentions_by_role`)
    metrics: list[tuple]  # mentions of metrics
    actors: list[tuple]  # mentions of systems that can own a number
    own: str | None  # the paper's introduced method, unless a task's name
    only_dataset: str | None  # the paper's one dataset, unless the sentence writes it as a system
    values: list[Value]  # the reported numbers (`_reported_values`)
    paired: dict[int, str]  # `list_pairs` of the numbers and the datasets
    runs: dict[int, int]  # `value_runs`
    metric_pairs: dict[int, str]  # `pair_metrics`
    kinds: list[str]  # each number's kind (`_value_kinds`)
    measures: list[tuple[str | None] | None]  # each number's written measure (`written_measure`)
    name_ends: set[int]  # ends of the names other than metrics
    name_starts: frozenset[int]  # starts of every name
    score_values: list[bool]  # `_score_values`
    respective: dict[int, str | None]  # `respective_metrics`
    unsure_metrics: dict[int, frozenset[str]]


def extract_results(
    words: list[str],
    mentions: list[tuple[int, int, str, str]],
    *,
    own: str | None,
    only_dataset: str | None,
    lowers: list[str] | None = None,
) -> list[dict]:
    """Results of one sentence, each with its kind, signed number and confidence.

    `mentions` are (start, end, type, entity name) in the sentence's token
    indices; `own` the paper's introduced method; `only_dataset` the paper's
    single dataset, used when the sentence names none; `lowers` the words lower-cased, when the caller has them.
    """
    values = [v for v in find_values(words, integers=True) if not any(s <= v.start < e for s, e, _, _ in mentions)]
    if not values:
        return []
    if lowers is None:  # after the check: most sentences with a digit report no value
        lowers = [w.lower() for w in words]
    datasets, metrics, actors, own, only_dataset = _mentions_by_role(mentions, lowers, own, only_dataset)
    respective, unsure_metrics = respective_metrics(values, metrics, lowers)
    values, paired = _reported_values(values, words, lowers, datasets, metrics, actors)
    runs = value_runs(values, lowers)
    metric_pairs = pair_metrics(values, metrics, lowers)
    kinds = _value_kinds(values, words, lowers, mentions, datasets, metrics)
    measures = [written_measure(v, metrics, lowers) for v in values]
    name_ends = {m[1] for m in mentions if m[2] != "Metric"}
    name_starts = frozenset(m[0] for m in mentions)
    score_values = _score_values(values, lowers)
    sentence = _Sentence(
        words,
        lowers,
        datasets,
        metrics,
        actors,
        own,
        only_dataset,
        values,
        paired,
        runs,
        metric_pairs,
        kinds,
        measures,
        name_ends,
        name_starts,
        score_values,
        respective,
        unsure_metrics,
    )
    out = []
    pair_targets: dict[int, list] = {}
    for k in range(len(values)):
        out += _value_rows(k, sentence, pair_targets)
    return out


def _mentions_by_role(
    mentions: list[tuple[int, int, str, str]], lowers: list[str], own: str | None, only_dataset: str | None
) -> tuple[list[tuple], list[tuple], list[tuple], str | None, str | None]:
    """The sentence's mentions of data, of metrics and of systems that can own a number, with the paper's own
    system and one dataset unless the sentence writes them as a task or a system."""
    datasets = [m for m in mentions if m[2] == "Dataset" and "@" not in m[3] and not is_language(m[3])]
    acting = {d[3] for d in datasets if acts(d, lowers)}
    # "On the CWQ dataset, FooQA outperforms the state of the art by 11%": a name typed Dataset that does what
    # systems do is the system, not the data the number was measured on (nor the paper's one dataset to guess)
    datasets = [d for d in datasets if d[3] not in acting]
    if only_dataset in acting:
        only_dataset = None
    metrics = [m for m in mentions if m[2] == "Metric"]
    # "For SubTask B, ...", "For subtask-III, we achieve": a sub-task's label names no system that owns a number,
    # nor does a shared task's name ("the X Shared Task, which obtained 0.710"), typed Method or Model or the own
    actors = [m for m in mentions if m[2] in ("Method", "Model") and not is_task_name(m[3])]
    if own is not None and is_task_name(own):
        own = None
    return datasets, metrics, actors, own, only_dataset


def _reported_values(
    values: list[Value],
    words: list[str],
    lowers: list[str],
    datasets: list[tuple],
    metrics: list[tuple],
    actors: list[tuple],
) -> tuple[list[Value], dict[int, str]]:
    """The numbers the sentence reports as results (no count, year or setting; `kept_results`), each with the
    metric words written around it, and the pairs of a list of numbers with a list of datasets (`list_pairs`)."""
    dataset_starts = {d[0] for d in datasets}
    candidates = [v for v in values if not is_no_result(v, values, lowers, metrics, dataset_starts)]
    paired = list_pairs(
        candidates,
        datasets,
        lowers,
        words=words,
        metric_starts=frozenset(m[0] for m in metrics),
        actor_starts=frozenset(a[0] for a in actors),
    )
    kept = kept_results(candidates, paired, words, lowers, metrics, dataset_starts)
    return [with_metric_words(v, metrics, words) for v in kept], paired


def _value_kinds(
    values: list[Value],
    words: list[str],
    lowers: list[str],
    mentions: list[tuple[int, int, str, str]],
    datasets: list[tuple],
    metrics: list[tuple],
) -> list[str]:
    """Each number's kind (`kinds_of`), read with the tokens of the sentence's names."""
    # the tokens of names, typed or written with a capital ("by 5.46% F1 on Foo and 4.51% on Bar"), for `by_scope`
    name_tokens = frozenset(j for m in mentions for j in range(m[0], m[1])) | frozenset(
        j for j, w in enumerate(words) if any(ch.isupper() for ch in w)
    )
    return kinds_of(
        values,
        lowers,
        {j for d in datasets for j in range(d[0], d[1])},
        {m[1]: m[0] for m in metrics},
        name_tokens=name_tokens,
    )


def _value_rows(k: int, s: _Sentence, pair_targets: dict[int, list]) -> list[dict]:
    """The rows of the sentence's k-th number: one per dataset it is measured on, with its subject, baseline,
    metric, kind and confidence; none for a number attached to no dataset. `pair_targets` carries the datasets of
    a bracket's first number to its second."""
    v = s.values[k]
    words, lowers = s.words, s.lowers
    score_noun = s.kinds[k] == "score" and s.score_values[k]
    targets, attachment, guessed, paper_wide = _value_targets(k, s, pair_targets, score_noun=score_noun)
    if not targets:
        return []
    # the guess is a source corpus the sentence does not name (source_guess)
    unnamed_source = paper_wide and s.only_dataset is not None and source_guess(s.only_dataset)
    metric, unpaired, sub_measure = _value_metric(k, s)
    subject, baseline, unowned = _value_owner(k, s)
    kind, number = _kind_and_number(v, s.kinds[k], lowers)
    conf = _value_confidence(
        k,
        s,
        kind=kind,
        metric=metric,
        sub_measure=sub_measure,
        score_noun=score_noun,
        subject=subject,
        baseline=baseline,
        targets=targets,
        attachment=attachment,
        guessed=guessed,
        unowned=unowned,
    )
    shown = gain_with_metric(v, s.metrics, words) if kind in ("gain", "reduction") else v
    no_row = _no_row_reason(k, s.values, kind, lowers, s.metrics, s.actors, s.datasets, targets, attachment)
    held = bool(no_row or unpaired or unnamed_source)
    return [
        {
            "value": shown.text,
            "dataset": ds,
            "subject": subject,
            "metric": metric,
            "compared_to": baseline,
            "number": number,
            "unit": v.unit,
            "kind": kind,
            "confidence": _dataset_confidence(conf, ds, v, s, no_row=held),
        }
        for ds in targets
    ]


def _value_owner(k: int, s: _Sentence) -> tuple[str | None, str | None, bool]:
    """The k-th number's subject and baseline, and whether no one the text names owns it (`attribute_value`); a
    subject that owns nothing in the sentence (`_owns_nothing`: a base model the own system works on, a piece of
    a name) is dropped."""
    subject, baseline, unowned = attribute_value(
        s.values[k], s.values, s.actors, s.metrics, s.lowers, s.words, own=s.own, kind=s.kinds[k]
    )
    if subject is not None and _owns_nothing(subject, s.actors, s.lowers, s.words):
        subject = None
    return subject, baseline, unowned


def _kind_and_number(v: Value, kind: str, lowers: list[str]) -> tuple[str, float | None]:
    """The number's kind and signed value; a gap behind the one ahead ("lags behind human performance by 31.73%",
    "trailing the top submission by 0.047") is a negative gain (RULINGS: a gap is a result with its baseline)."""
    number = signed_number(v, kind)
    if lags_by(v.start, lowers):
        kind, number = "gain", -abs(number) if number is not None else None
    return kind, number


def _dataset_confidence(conf: float, ds: str, v: Value, s: _Sentence, *, no_row: bool) -> float:
    """The number's confidence for one of its datasets: capped at NO_ROW_CAP when it files no row (`no_row`) or
    is not measured on that dataset (`_not_measured_on`), at BOARD_DOUBT_CAP when the dataset is a source corpus
    (`source_corpus_doubt`)."""
    if no_row or _not_measured_on(ds, v, s.datasets, s.words, s.lowers):
        return min(conf, NO_ROW_CAP)
    if source_corpus_doubt(ds, v, s.words):
        return min(conf, BOARD_DOUBT_CAP)
    return conf


def _value_targets(k: int, s: _Sentence, pair_targets: dict[int, list], *, score_noun: bool) -> Attachment:
    """The datasets the k-th number is measured on (`attach_dataset`); the second number of a bracket's pair takes
    the first's (kept in `pair_targets`)."""
    v = s.values[k]
    targets, attachment, guessed, paper_wide = attach_dataset(
        k,
        s.values,
        s.words,
        s.lowers,
        s.datasets,
        s.metrics,
        paired=s.paired,
        runs=s.runs,
        only_dataset=s.only_dataset,
        name_starts=s.name_starts,
        score_noun=score_noun,
    )
    # "on RAMS (71.3% vs 65.1% F1), and on WikiEvents ...": a bracket's pair is measured on one dataset, the
    # first number's; the second takes no later name
    pair = versus_bracket(v, s.lowers)
    if pair == "first":
        pair_targets[v.end] = targets
    elif pair == "second" and v.start - 1 in pair_targets:
        targets = pair_targets[v.start - 1]
    return Attachment(targets, attachment, guessed, paper_wide)


def _value_metric(k: int, s: _Sentence) -> tuple[str | None, bool, str | None]:
    """The k-th number's metric, whether a respective list leaves it unpaired, and its sub-measure: "LAS of 80.1%,
    and Feats F1 of 90.3%": a qualified measure is not its head metric, so it takes no metric."""
    v = s.values[k]
    metric = metric_of(k, s.values, s.metrics, s.lowers, measures=s.measures, pairs=s.metric_pairs)
    metric, unpaired = _respective_metric(v, metric, s.respective, s.unsure_metrics)
    sub_measure = metric if metric and is_sub_measure(v, metric, s.metrics, s.values, s.name_ends, s.lowers) else None
    if sub_measure:
        metric = None
    return metric, unpaired, sub_measure


def _value_confidence(
    k: int,
    s: _Sentence,
    *,
    kind: str,
    metric: str | None,
    sub_measure: str | None,
    score_noun: bool,
    subject: str | None,
    baseline: str | None,
    targets: list[str],
    attachment: float,
    guessed: bool,
    unowned: bool,
) -> float:
    """The k-th number's confidence (`confidence`), capped below a leaderboard row's for a number the paper reports
    that ranks against nothing: a sub-measure, a doubted board row (`board_doubt`, `row_doubt`), an unowned level."""
    v = s.values[k]
    backing = _backing_measure(k, s, kind=kind, metric=metric, sub_measure=sub_measure, score_noun=score_noun)
    conf = confidence(
        attachment=attachment, kind=kind, unit=v.unit, metric=backing, bare_integer="." not in v.text and not v.unit
    )
    # a sub-measure is a reported number, but with no metric named it ranks against nothing; an unowned one is the
    # second of a "vs." pair (whose number it is the text leaves to the reader) or other systems' level ("the
    # average of the submitted systems (18.7%)"); a doubted one is reported, but no leaderboard row (model.py)
    if (
        sub_measure
        or unowned
        or (conf > BOARD_DOUBT_CAP and _row_doubted(v, s, kind, subject, metric, baseline, targets, guessed))
    ):
        conf = min(conf, BOARD_DOUBT_CAP)
    return conf


def _backing_measure(
    k: int, s: _Sentence, *, kind: str, metric: str | None, sub_measure: str | None, score_noun: bool
) -> str | None:
    """What backs the k-th number as a metric does in `confidence`: its metric, a sub-measure, a score's noun
    ("scores of 0.61"), or a measure written with it that no metric names ("a false positive ratio of 4.4%")."""
    return (
        metric
        or sub_measure
        or ("score" if score_noun and kind == "score" else None)
        or ("measure" if names_own_measure(k, s.values, s.metrics, s.lowers, s.measures) else None)
    )


def _row_doubted(
    v: Value,
    s: _Sentence,
    kind: str,
    subject: str | None,
    metric: str | None,
    baseline: str | None,
    targets: list[str],
    guessed: bool,
) -> bool:
    """Whether the number is doubted as a leaderboard row (`board_doubt`, then `row_doubt`)."""
    return bool(
        board_doubt(
            v,
            kind,
            subject,
            metric,
            s.lowers,
            s.words,
            s.datasets,
            targets,
            guessed=guessed,
            runs=s.runs,
            metrics=s.metrics,
            values=s.values,
        )
        or row_doubt(
            v, kind, subject, baseline, s.lowers, s.words, s.actors, s.values, guessed=guessed, datasets=s.datasets
        )
    )


def _score_values(values: list[Value], lowers: list[str]) -> list[bool]:
    """For each number, whether the text calls it a score's value: "scores of 0.617 and 0.612", "a performance of
    41.81 on A and 40.57 on B": the noun before a list of bare decimals says each is a score's value.

    >>> words = "with scores of 0.617 and 0.612".split()
    >>> _score_values(find_values(words, integers=True), words)
    [True, True]
    >>> words = "it rose from 0.617 to 0.712".split()
    >>> _score_values(find_values(words, integers=True), words)
    [False, False]
    """
    score_values: list[bool] = []
    for k, v in enumerate(values):
        score_values.append(
            is_score_value(v.start, lowers)
            or (k > 0 and score_values[-1] and decimal_listed_after(v, values[k - 1], lowers))
        )
    return score_values


def _respective_metric(
    v: Value, metric: str | None, respective: dict[int, str | None], unsure_metrics: dict[int, frozenset[str]]
) -> tuple[str | None, bool]:
    """The number's metric and whether it is left unpaired: "by 3.2, 3.6 and 4.2 points in EM, F1 and BLEU-4
    respectively": the lists pair in order; a number whose item names no known metric, or of lists that count
    differently, files no row under the list's metric."""
    if v.start in respective:
        return respective[v.start], respective[v.start] is None
    return metric, metric in unsure_metrics.get(v.start, ())


def _owns_nothing(subject: str, actors: list[tuple], lowers: list[str], words: list[str]) -> bool:
    """Whether the subject read for a number owns none: a base model the paper's system works on ("our method
    encourages the Transformer to ..."), unless the name does what systems do ("... demonstrating that FooT5 (1)
    outperforms ..."); or a piece of a longer name ("the RED QUEEN ATTACK achieves" read as "ATTACK")."""
    spans = [a for a in actors if a[3] == subject]
    if spans and all(after_own_system(a, lowers) and not acts(a, lowers) for a in spans):
        return True
    if headed_by_group(subject) or any(named_team(a[0], lowers) for a in spans):
        return True
    return name_piece(subject, spans, words)


def _no_row_reason(
    k: int,
    values: list[Value],
    kind: str,
    lowers: list[str],
    metrics: list[tuple],
    actors: list[tuple],
    datasets: list[tuple],
    targets: list[str],
    attachment: float,
) -> str | None:
    """Why the k-th number files no leaderboard row (`why_no_row` of the list it belongs to), or an end of a range
    over several data ("improvements from 2% to 13% on A, B, and C": each end an unnamed one of them), or an
    average over several data ("an average improvement of 11.6% ... on the A, B, and C benchmarks": no dataset's
    own number); None when it may."""
    v = values[k]
    listed = [*listed_before(v, values, metrics, lowers), v]
    last = listed_after(v, values, metrics, lowers)  # read twice below
    no_row = why_no_row(listed[0], last, kind, lowers, metrics, actors)
    if no_row is None and range_over_data(k, values, lowers, datasets, targets):
        no_row = "an end of a range over several data"
    if no_row is None and average_over_data(
        k,
        values,
        lowers,
        datasets,
        targets,
        listed=len(listed) > 1 or last is not v,
        many=attachment < 0.9 and many_datasets(lowers),
    ):
        no_row = "an average over several data"
    return no_row


def _not_measured_on(ds: str, v: Value, datasets: list[tuple], words: list[str], lowers: list[str]) -> bool:
    """Whether the sentence writes a row's dataset as what the number was not measured on: no data, a source
    something was built or derived from, or what was trained on."""
    return (
        not_data(ds, datasets, words)
        or built_from(ds, datasets, lowers)
        or drawn_from(ds, datasets, lowers)
        or derived_from(ds, datasets, lowers)
        or trained_on(ds, datasets, lowers, v)
    )
