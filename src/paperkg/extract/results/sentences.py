"""The results of one sentence: `extract_results` runs the steps of this package in order on plain
lists (words, and the sentence's entity mentions as token spans), so tests call it directly.
"""

from __future__ import annotations

import re

from paperkg.extract.results.candidates import decimal_listed_after, kinds_of
from paperkg.extract.results.clauses import listed_after, listed_before, value_runs
from paperkg.extract.results.comparisons import baseline_after, compared_in_brackets, improved_by, versus_second
from paperkg.extract.results.datasets import (
    coordinated_tail,
    dataset_after,
    dataset_before_bracket,
    dataset_before_by,
    is_language,
    is_training_data,
    list_pairs,
    many_datasets,
    respectively_before_last,
    shared_dataset_after,
    sole_dataset_after,
    unknown_name_after,
)
from paperkg.extract.results.doubts import BOARD_DOUBT_CAP, board_doubt, row_doubt
from paperkg.extract.results.kinds import (
    confidence,
    counts_something,
    cues,
    is_behind,
    is_margin,
    is_portion,
    is_rank,
    is_removed_share,
    is_setting,
    lags_by,
)
from paperkg.extract.results.metrics import (
    is_sub_measure,
    metric_equals,
    metric_in,
    metric_of_later_value,
    nearest,
    pair_metrics,
    shared_metric,
    written_measure,
)
from paperkg.extract.results.no_rows import (
    NO_ROW_CAP,
    built_from,
    not_data,
    source_corpus_doubt,
    source_guess,
    why_no_row,
)
from paperkg.extract.results.subjects import bracketed_owner, names_a_task, respective_subject, subject_and_baseline
from paperkg.extract.results.values import (
    Value,
    find_values,
    gain_with_metric,
    metric_start,
    signed_number,
    starting_point,
    with_metric_words,
)

#: a task's or track's label alone ("SubTask", "subtask-III", "Track-1", "Task A"), not a name that opens with the word
_TASK_LABEL = re.compile(r"(?:sub-?)?(?:task|track)s?(?:[\s\-_]*(?:\d+[a-z]?|[a-z]|[ivx]+))?", re.IGNORECASE)


def extract_results(
    words: list[str], mentions: list[tuple[int, int, str, str]], *, own: str | None, only_dataset: str | None
) -> list[dict]:
    """Results of one sentence, each with its kind, signed number and confidence.

    `mentions` are (start, end, type, entity name) in the sentence's token
    indices; `own` the paper's introduced method; `only_dataset` the paper's
    single dataset, used when the sentence names none.
    """
    values = [v for v in find_values(words, integers=True) if not any(s <= v.start < e for s, e, _, _ in mentions)]
    if not values:
        return []
    lowers = [w.lower() for w in words]  # after the check: most sentences with a digit report no value
    datasets = [m for m in mentions if m[2] == "Dataset" and "@" not in m[3] and not is_language(m[3])]
    metrics = [m for m in mentions if m[2] == "Metric"]
    # "For SubTask B, ...", "For subtask-III, we achieve": a sub-task's label names no system that owns a number
    actors = [m for m in mentions if m[2] in ("Method", "Model") and not _TASK_LABEL.fullmatch(m[3])]
    dataset_starts = {d[0] for d in datasets}

    def bare_ok(v: Value) -> bool:
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
        if v.start > 0 and lowers[v.start - 1] in cues()["achieve"]:
            return True  # "X scores 32.2 on the D benchmark": reached by its subject
        # "72.1 on MMLU": a decimal reported on a named dataset
        k = v.end
        if k < len(lowers) and lowers[k] in ("on", "in"):
            k += 1 + (k + 1 < len(lowers) and lowers[k + 1] == "the")
            return k in dataset_starts
        return False

    def not_a_result(v: Value) -> bool:
        return (
            (v.unit == "%" and is_portion(v.end, lowers, dataset_starts))
            or counts_something(v.end, lowers)
            or is_rank(v.start, lowers)
            or (is_setting(v.start, lowers) and not metric_equals(v, metrics, lowers))
            or is_margin(v.start, lowers)
            or (is_behind(v.end, lowers) and not (written_measure(v, metrics, lowers) or (None,))[0])
            or (v.unit == "%" and is_removed_share(v.start, lowers))
            or any(is_margin(o.start, lowers) for o in listed_before(v, values, metrics, lowers))
        )

    candidates = [v for v in values if not not_a_result(v)]
    paired = list_pairs(candidates, datasets, lowers)
    kept: list[Value] = []
    for i, v in enumerate(candidates):
        # a list continues only from the number right before it, itself kept
        before = kept[-1] if i and kept and kept[-1] is candidates[i - 1] else None
        if bare_ok(v) or v.start in paired or decimal_listed_after(v, before, lowers):
            kept.append(v)
    values = [with_metric_words(v, metrics, words) for v in kept]
    runs = value_runs(values, lowers)
    metric_pairs = pair_metrics(values, metrics, lowers)
    kinds = kinds_of(values, lowers, {j for d in datasets for j in range(d[0], d[1])}, {m[1]: m[0] for m in metrics})
    measures = [written_measure(v, metrics, lowers) for v in values]
    name_ends = {m[1] for m in mentions if m[2] != "Metric"}
    name_starts = frozenset(m[0] for m in mentions)
    out = []
    for k, v in enumerate(values):
        guessed = False  # the dataset is a guess: the paper's only one, or one named earlier among others
        unnamed_source = False  # the guess is a source corpus the sentence does not name (source_guess)
        next_start = values[k + 1].start if k + 1 < len(values) else len(words)
        after = dataset_after(v, next_start, datasets, lowers)
        by_gain = dataset_before_by(datasets, v, lowers)
        if v.start in paired:
            targets, attachment = [paired[v.start]], 0.95
        elif by_gain:
            targets, attachment = [by_gain], 0.9
        elif bracketed := dataset_before_bracket(v, datasets, lowers):
            targets, attachment = [bracketed], 0.9
        elif after:
            targets, attachment = [after], 0.9
        elif shared := shared_dataset_after(values, k, datasets, lowers):
            targets, attachment = [shared], 0.7
        else:
            before = [d for d in datasets if d[1] <= v.start and not is_training_data(d, lowers)]
            if before:
                targets = coordinated_tail(before, lowers)
                attachment = 0.8 if len(set(targets)) == len({d[3] for d in datasets}) else 0.6
                guessed = attachment < 0.8  # other datasets named too: the one before is not surely this one
                if len(targets) > 1 and runs[v.start] > 1:
                    attachment = 0.3  # "on A and B ... 1.2 and 3.4": which number is whose is unsaid
            elif not datasets and only_dataset and (metrics or v.unit in ("points", "%")) and v.unit not in ("x", "×"):
                targets, attachment = [only_dataset], 0.61
                guessed = True
                unnamed_source = source_guess(only_dataset)
                if many_datasets(lowers):
                    attachment = 0.4  # "results on different datasets, with up to 21%": not the paper's one dataset
            elif sole_dataset_after(v, values, datasets, lowers) and not respectively_before_last(
                v, values, runs, lowers
            ):
                # "shows a 1.0% improvement over the best model on the D dataset": the sentence's one
                # dataset, named later in it, is where the number was measured
                targets, attachment = [datasets[0][3]], 0.7
            else:
                targets, attachment = [d[3] for d in datasets[:1]], 0.4
        if not targets:
            continue
        if (
            attachment < 0.9
            and unknown_name_after(v, words, dataset_starts, metrics, name_starts)
            and not (k > 0 and starting_point(values[k - 1], lowers) and lowers[v.end] == "for")
        ):
            # "from 19.2% to 46.5% for MSS", "reduces the ASR from 71.0% to 6.6% for Llama2-13B": the name after
            # the end of a change is what changed, as it is for its start (which it does not follow)
            attachment *= (
                0.5  # "9.3% on Zuco" / "2% for Sarcasm detection": the number is for a name not known as a dataset
            )
        written = measures[k]
        metric = (
            metric_in(v, metrics, lowers)
            or metric_pairs.get(v.start)  # "an accuracy and F1 score of 68.09% and 62.59%": the lists pair first
            or (written[0] if written else None)
            or shared_metric(values, k, metrics, lowers)
            or nearest([m for m in metrics if not metric_of_later_value(values, v, m, lowers)], v)
        )
        if written and written[0] is None and any(w and w[0] for w in measures) and v.start not in metric_pairs:
            # "a length ratio of 1.087, a BLEU score of 42.3", "UPOS tagging (93.09%), ... attachment score
            # (81.30%)": where other numbers are written with their metric, the words this one is written
            # with name what it measures; a metric named for another item is not its
            metric = metric_in(v, metrics, lowers)
        if k + 1 < len(values) and starting_point(v, lowers) and values[k + 1].start <= v.end + 3:
            # "17.55 to 18.53 in BLEU-4", "from 31.81 to 32 BLEU": where a number started is measured in the
            # metric written after the one it went to
            to = values[k + 1]
            metric = metric_in(to, metrics, lowers) or next((m[3] for m in metrics if m[0] == to.end), None) or metric
        sub_measure = metric if metric and is_sub_measure(v, metric, metrics, values, name_ends, lowers) else None
        if sub_measure:
            metric = None  # "LAS of 80.1%, and Feats F1 of 90.3%": a qualified measure is not its head metric
        subject, baseline = subject_and_baseline(actors, v, lowers, own, frozenset(m[0] for m in metrics))
        if respective := respective_subject(v, values, actors, lowers):
            subject, baseline = respective, (None if baseline == respective else baseline)
        if owner := bracketed_owner(v, actors, lowers):
            subject, baseline = owner, (None if baseline == owner else baseline)
        if kinds[k] == "score" and (compared := compared_in_brackets(v, actors, lowers)) is not None:
            # "outperforming ESIM (86.7%)": the bracketed score is the compared system's, not the subject's
            subject, baseline = compared[0], None
        versus = versus_second(v, values, lowers)
        if versus:
            subject, baseline = None, None  # "(85.6% vs. 80.9%)": the second number is the compared one's
        if subject is not None and names_a_task(subject, actors, v, words):
            subject = None  # "ranked first in the X Relation Extraction Task with F1 of 0.37": X is the task
        baseline = baseline or baseline_after(actors, v, lowers, subject)
        if starting_point(v, lowers):
            # "improves accuracy from 38.7% to 42.7%": the first number is where the baseline stood (RULINGS R3)
            # "improves the accuracy of X from 23.0% to 70.4%": X, the improved system, is where it stood
            improved = next((a[3] for a in actors if a[1] == v.start - 1 and improved_by(a[0], a[1], lowers)), None)
            subject, baseline = baseline or improved, None
        kind = kinds[k]
        number = signed_number(v, kind)
        if lags_by(v.start, lowers):
            # "lags behind human performance by 31.73%", "trailing the top submission by 0.047": a gap
            # against the one ahead (RULINGS: a gap is a result with its baseline), below it: a negative gain
            kind, number = "gain", -abs(number) if number is not None else None
        conf = confidence(
            attachment=attachment,
            kind=kind,
            unit=v.unit,
            metric=metric or sub_measure,  # a sub-measure backs the number as a metric does
            bare_integer="." not in v.text and not v.unit,
        )
        if sub_measure:
            conf = min(conf, BOARD_DOUBT_CAP)  # a reported number, but with no metric named it ranks against nothing
        if (
            conf > BOARD_DOUBT_CAP
            and board_doubt(
                v,
                kind,
                subject,
                metric,
                lowers,
                words,
                datasets,
                targets,
                guessed=guessed,
                runs=runs,
                metrics=metrics,
                values=values,
            )
            or row_doubt(v, kind, subject, baseline, lowers, words, actors, values, guessed=guessed, datasets=datasets)
        ):
            conf = min(conf, BOARD_DOUBT_CAP)  # a number the paper reports, but not a leaderboard row (model.py)
        if versus:
            conf = min(conf, BOARD_DOUBT_CAP)  # whose number it is the text leaves to the reader
        shown = gain_with_metric(v, metrics, words) if kind in ("gain", "reduction") else v
        listed = [*listed_before(v, values, metrics, lowers), v]
        no_row = why_no_row(listed[0], listed_after(v, values, metrics, lowers), kind, lowers, metrics, actors)
        for ds in targets:
            out.append(
                {
                    "value": shown.text,
                    "dataset": ds,
                    "subject": subject,
                    "metric": metric,
                    "compared_to": baseline,
                    "number": number,
                    "unit": v.unit,
                    "kind": kind,
                    "confidence": min(conf, NO_ROW_CAP)
                    if no_row or unnamed_source or not_data(ds, datasets, words) or built_from(ds, datasets, lowers)
                    else min(conf, BOARD_DOUBT_CAP)
                    if source_corpus_doubt(ds, v, words)
                    else conf,
                }
            )
    return out
