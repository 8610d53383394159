"""Reported results: numbers tied to a named dataset, with subject, metric,
baseline, kind and confidence.

Works per sentence on plain lists, so tests can call the pure functions:
`find_values(words)` finds the reported numbers as written ("97.2 %",
"6.4 points", "554.66s", "18 ×", ranges such as "2.2% to 14.6%");
`extract_results` pairs each with a dataset (lists pair in order; else the
one named right after it, the one before "by", those named before it, the
paper's only or the title's dataset, the sentence's one dataset named later
in it), a metric (the nearest), a subject (the
model or method that obtained it, the paper's own contribution when the
sentence says "our" / "we"), the baseline ("outperforms Y by", "over Y",
"than Y") and its kind (score, gain, ratio, reduction; result_kinds.py).
Each result carries a confidence from how its dataset was found; results
below model.MIN_RESULT_CONFIDENCE stay in the graph but off leaderboards.
Stored in `doc._.paperkg_results` as ReportedResult keyword dicts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter

from spacy.language import Language
from spacy.tokens import Doc

from paperkg.extract.extensions import path
from paperkg.extract.lexicon import fold, function_words, load_word_list, rule_words
from paperkg.extract.result_kinds import (
    BY_AMOUNTS,
    HEDGES,
    confidence,
    counts_something,
    is_behind,
    lags_by,
    cues,
    is_event,
    is_margin,
    is_portion,
    is_rank,
    is_removed_share,
    is_setting,
    kind_of,
)
from paperkg.extract.result_values import (  # noqa: F401 (find_values stays importable from here)
    NUMBER,
    RANGE_WORDS,
    Value,
    find_values,
    gain_with_metric,
    metric_start,
    signed_number,
    starting_point,
    with_metric_words,
)
from paperkg.extract.tokens import char_span_tokens, token_view
from paperkg.language_pairs import languages, pair_of_result, translation_metric

INTERMEDIATE = ("paperkg_abbreviations", "paperkg_lexicon", "paperkg_names")  # doc._ attributes dropped at the end

#: an unnumbered shared task's name ("X 2020 Shared Task") and any task's ("SemEval-2019 Task 3")
_SHARED_TASK_NAME = re.compile(r"\b[Ss]hared[- ][Tt]asks?$")
_TASK_NAME = re.compile(r"\b(?:[Ss]hared[- ])?[Tt]ask\b")
_ANY_DIGIT = re.compile(r"\d")
#: a task's or track's label alone ("SubTask", "subtask-III", "Track-1", "Task A"), not a name that opens with the word
_TASK_LABEL = re.compile(r"(?:sub-?)?(?:task|track)s?(?:[\s\-_]*(?:\d+[a-z]?|[a-z]|[ivx]+))?", re.IGNORECASE)
SETTING_NOUNS = frozenset(rule_words("SETTING_NOUNS"))
IMPROVED_CUES = frozenset(rule_words("IMPROVED_CUES"))  # "improves X('s) by": X is the baseline


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
    datasets = [m for m in mentions if m[2] == "Dataset" and "@" not in m[3] and not _a_language(m[3])]
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
            or (is_setting(v.start, lowers) and not _metric_equals(v, metrics, lowers))
            or is_margin(v.start, lowers)
            or (is_behind(v.end, lowers) and not (_written_measure(v, metrics, lowers) or (None,))[0])
            or (v.unit == "%" and is_removed_share(v.start, lowers))
            or any(is_margin(o.start, lowers) for o in _listed_before(v, values, metrics, lowers))
        )

    candidates = [v for v in values if not not_a_result(v)]
    paired = _list_pairs(candidates, datasets, lowers)
    kept: list[Value] = []
    for i, v in enumerate(candidates):
        # a list continues only from the number right before it, itself kept
        before = kept[-1] if i and kept and kept[-1] is candidates[i - 1] else None
        if bare_ok(v) or v.start in paired or _decimal_listed_after(v, before, lowers):
            kept.append(v)
    values = [with_metric_words(v, metrics, words) for v in kept]
    runs = _value_runs(values, lowers)
    metric_pairs = _metric_pairs(values, metrics, lowers)
    kinds = _kinds(values, lowers, {j for d in datasets for j in range(d[0], d[1])}, {m[1]: m[0] for m in metrics})
    measures = [_written_measure(v, metrics, lowers) for v in values]
    name_ends = {m[1] for m in mentions if m[2] != "Metric"}
    name_starts = frozenset(m[0] for m in mentions)
    out = []
    for k, v in enumerate(values):
        guessed = False  # the dataset is a guess: the paper's only one, or one named earlier among others
        unnamed_source = False  # the guess is a source corpus the sentence does not name (_source_guess)
        next_start = values[k + 1].start if k + 1 < len(values) else len(words)
        after = _dataset_after(v, next_start, datasets, lowers)
        by_gain = _dataset_before_by(datasets, v, lowers)
        if v.start in paired:
            targets, attachment = [paired[v.start]], 0.95
        elif by_gain:
            targets, attachment = [by_gain], 0.9
        elif bracketed := _dataset_before_bracket(v, datasets, lowers):
            targets, attachment = [bracketed], 0.9
        elif after:
            targets, attachment = [after], 0.9
        elif shared := _shared_dataset_after(values, k, datasets, lowers):
            targets, attachment = [shared], 0.7
        else:
            before = [d for d in datasets if d[1] <= v.start and not _training_data(d, lowers)]
            if before:
                targets = _coordinated_tail(before, lowers)
                attachment = 0.8 if len(set(targets)) == len({d[3] for d in datasets}) else 0.6
                guessed = attachment < 0.8  # other datasets named too: the one before is not surely this one
                if len(targets) > 1 and runs[v.start] > 1:
                    attachment = 0.3  # "on A and B ... 1.2 and 3.4": which number is whose is unsaid
            elif not datasets and only_dataset and (metrics or v.unit in ("points", "%")) and v.unit not in ("x", "×"):
                targets, attachment = [only_dataset], 0.61
                guessed = True
                unnamed_source = _source_guess(only_dataset)
                if _many_datasets(lowers):
                    attachment = 0.4  # "results on different datasets, with up to 21%": not the paper's one dataset
            elif _sole_dataset_after(v, values, datasets, lowers) and not _respectively_before_last(
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
            and _unknown_name_after(v, words, dataset_starts, metrics, name_starts)
            and not (k > 0 and starting_point(values[k - 1], lowers) and lowers[v.end] == "for")
        ):
            # "from 19.2% to 46.5% for MSS", "reduces the ASR from 71.0% to 6.6% for Llama2-13B": the name after
            # the end of a change is what changed, as it is for its start (which it does not follow)
            attachment *= (
                0.5  # "9.3% on Zuco" / "2% for Sarcasm detection": the number is for a name not known as a dataset
            )
        written = measures[k]
        metric = (
            _metric_in(v, metrics, lowers)
            or metric_pairs.get(v.start)  # "an accuracy and F1 score of 68.09% and 62.59%": the lists pair first
            or (written[0] if written else None)
            or _shared_metric(values, k, metrics, lowers)
            or _nearest([m for m in metrics if not _metric_of_later_value(values, v, m, lowers)], v)
        )
        if written and written[0] is None and any(w and w[0] for w in measures) and v.start not in metric_pairs:
            # "a length ratio of 1.087, a BLEU score of 42.3", "UPOS tagging (93.09%), ... attachment score
            # (81.30%)": where other numbers are written with their metric, the words this one is written
            # with name what it measures; a metric named for another item is not its
            metric = _metric_in(v, metrics, lowers)
        if k + 1 < len(values) and starting_point(v, lowers) and values[k + 1].start <= v.end + 3:
            # "17.55 to 18.53 in BLEU-4", "from 31.81 to 32 BLEU": where a number started is measured in the
            # metric written after the one it went to
            to = values[k + 1]
            metric = _metric_in(to, metrics, lowers) or next((m[3] for m in metrics if m[0] == to.end), None) or metric
        sub_measure = metric if metric and _sub_measure(v, metric, metrics, values, name_ends, lowers) else None
        if sub_measure:
            metric = None  # "LAS of 80.1%, and Feats F1 of 90.3%": a qualified measure is not its head metric
        subject, baseline = _subject_and_baseline(actors, v, lowers, own, frozenset(m[0] for m in metrics))
        if respective := _respective_subject(v, values, actors, lowers):
            subject, baseline = respective, (None if baseline == respective else baseline)
        if owner := _bracketed_owner(v, actors, lowers):
            subject, baseline = owner, (None if baseline == owner else baseline)
        if kinds[k] == "score" and (compared := _compared_in_brackets(v, actors, lowers)) is not None:
            # "outperforming ESIM (86.7%)": the bracketed score is the compared system's, not the subject's
            subject, baseline = compared[0], None
        versus = _versus_second(v, values, lowers)
        if versus:
            subject, baseline = None, None  # "(85.6% vs. 80.9%)": the second number is the compared one's
        if subject is not None and _names_a_task(subject, actors, v, words):
            subject = None  # "ranked first in the X Relation Extraction Task with F1 of 0.37": X is the task
        baseline = baseline or _baseline_after(actors, v, lowers, subject)
        if starting_point(v, lowers):
            # "improves accuracy from 38.7% to 42.7%": the first number is where the baseline stood (RULINGS R3)
            # "improves the accuracy of X from 23.0% to 70.4%": X, the improved system, is where it stood
            improved = next((a[3] for a in actors if a[1] == v.start - 1 and _improved_by(a[0], a[1], lowers)), None)
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
            and _board_doubt(
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
            or _row_doubt(v, kind, subject, baseline, lowers, words, actors, values, guessed=guessed, datasets=datasets)
        ):
            conf = min(conf, BOARD_DOUBT_CAP)  # a number the paper reports, but not a leaderboard row (model.py)
        if versus:
            conf = min(conf, BOARD_DOUBT_CAP)  # whose number it is the text leaves to the reader
        shown = gain_with_metric(v, metrics, words) if kind in ("gain", "reduction") else v
        listed = [*_listed_before(v, values, metrics, lowers), v]
        no_row = _no_row(listed[0], _listed_after(v, values, metrics, lowers), kind, lowers, metrics, actors)
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
                    if no_row or unnamed_source or _not_data(ds, datasets, words) or _built_from(ds, datasets, lowers)
                    else min(conf, BOARD_DOUBT_CAP)
                    if _source_corpus_doubt(ds, v, words)
                    else conf,
                }
            )
    return out


def _a_language(name: str) -> bool:
    """Whether a dataset name is only a language's name ("Tamil", "Bangla"): the language of a shared
    task's track or of a paper's data, never the benchmark a number is measured on (codes such as "TR"
    are no names: they stay datasets).

    >>> _a_language("Tamil"), _a_language("Bangla"), _a_language("TR"), _a_language("Tamil-NER")
    (True, True, False, False)
    """
    code = languages().get(name.casefold())
    return code is not None and name.casefold() != code


CLAUSE_BREAKS = frozenset(rule_words("CLAUSE_BREAKS"))
#: below model.MIN_RESULT_CONFIDENCE: a number that is surely no result on that dataset stays in the graph only
NO_ROW_CAP = 0.45
#: the people of a human study ("76% of participants preferred ..."): their preferences are no benchmark result
RATERS = frozenset(rule_words("RATERS"))
SCORE_OWNERS = frozenset(rule_words("SCORE_OWNERS"))
SOLVING = frozenset(rule_words("SOLVING"))
MANY = frozenset(rule_words("MANY"))
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


TASK_WORDS = frozenset({"task", "tasks", "track", "subtask", "sub-task", "challenge"})


def _names_a_task(name: str, actors: list[tuple], v: Value, words: list[str]) -> bool:
    """Whether the name's last mention before the value opens the name of a task:
    "the X Relation Extraction Task", "X norm+NER task" (up to three capitalised
    or marked words, then "task" or "track"). A task is no system and owns no number."""
    mention = next((a for a in reversed(actors) if a[3] == name and a[1] <= v.start), None)
    if mention is None:
        return False
    for k in range(mention[1], min(mention[1] + 4, v.start)):
        w = words[k]
        if w.lower() in TASK_WORDS:
            return k > mention[1] or w[:1].isupper()  # "X Task", "X ... task"; "X task" is the not_system cue's
        if not (w[:1].isupper() or any(not ch.isalnum() for ch in w)) or w in (",", "(", ")", "."):
            return False
    return False


def _many_datasets(lowers: list[str]) -> bool:
    """Whether the sentence speaks of several datasets it does not name ("on
    different datasets", "across three benchmarks"): a number there is not on
    the paper's one named dataset."""
    for k in range(1, len(lowers)):
        # "datasets", "benchmarks"; not "over 81 test treebanks", the parts of a collection such as UD
        if lowers[k] in ("datasets", "benchmarks"):
            before = lowers[max(0, k - 2) : k]
            if any(w in MANY or (w.isdigit() and w != "1") for w in before):
                return True
    return False


def _listed_before(v: Value, values: list[Value], metrics: list[tuple], lowers: list[str]) -> list[Value]:
    """The values listed before `v` with it, only commas, "and" and metric names between
    ("within 8.9% Exact Match and 7.1% F1 of the best": what is said of the first holds for all)."""
    named = {j for m in metrics for j in range(m[0], m[1])}
    out: list[Value] = []
    for o in reversed([o for o in values if o.end <= v.start]):
        nxt = out[0] if out else v
        if not all(j in named or lowers[j] in (",", "and") for j in range(o.end, nxt.start)):
            break
        out.insert(0, o)
    return out


def _listed_after(v: Value, values: list[Value], metrics: list[tuple], lowers: list[str]) -> Value:
    """The last value of the list `v` opens or stands in ("sub-selecting 1% and 10% of the data": 10%)."""
    named = {j for m in metrics for j in range(m[0], m[1])}
    last = v
    for o in values:
        if o.start >= last.end and all(j in named or lowers[j] in (",", "and") for j in range(last.end, o.start)):
            last = o
    return last


#: pre-training and source corpora (rule_words SOURCE_CORPORA), folded: no benchmark of their own
SOURCE_CORPORA = frozenset(rule_words("SOURCE_CORPORA"))


def _source_corpus_doubt(name: str, v: Value, words: list[str]) -> bool:
    """Whether a number is filed under a source corpus (Wikipedia, Common Crawl, C4) that the words right after
    it do not name: a corpus models train on or draw data from is seldom what a number is measured on, so the
    result stays in the graph but off leaderboards ("achieve 0.963 F1 by incorporating citation features", in a
    paper on Wikipedia edits), unless measured on it ("a perplexity of 29.8 on held-out Wikipedia articles").

    >>> words = "we reach 29.8 perplexity on held-out Wikipedia articles".split()
    >>> _source_corpus_doubt("Wikipedia", Value(2, 3, "29.8", 29.8, None), words)
    False
    >>> _source_corpus_doubt("Wikipedia", Value(2, 3, "29.8", 29.8, None), "we reach 29.8 F1 .".split())
    True
    >>> _source_corpus_doubt("SQuAD", Value(2, 3, "29.8", 29.8, None), "we reach 29.8 F1 .".split())
    False
    """
    key = fold(name)
    if key not in SOURCE_CORPORA:
        return False
    return not any(fold(w) == key for w in words[v.end : v.end + 8])


def _source_guess(name: str) -> bool:
    """Whether the paper's one dataset, guessed for a sentence that names no dataset, is a source corpus
    (Wikipedia, Common Crawl, C4): a paper whose only named data is such a corpus draws knowledge or
    training text from it ("knowledge bases such as Wikipedia", "excerpts from Wikipedia as external
    information"), so a number in a sentence that does not name it was measured on data the text leaves
    unnamed and is no result on the corpus (ANNOTATION: only numbers tied to a named dataset).

    >>> _source_guess("Wikipedia"), _source_guess("Common Crawl"), _source_guess("SQuAD")
    (True, True, False)
    """
    return fold(name) in SOURCE_CORPORA


#: words for what a model or its embeddings were built from: "embeddings of Wikipedia", "trained from Wikipedia"
BUILT_FROM = frozenset(rule_words("BUILT_FROM"))


def _built_from(name: str, datasets: list[tuple], lowers: list[str]) -> bool:
    """Whether every mention of a source corpus in the sentence names what a model or its embeddings were
    built from ("word embeddings of Wikipedia", "BERT pre-trained on Wikipedia", "trained from Wikipedia
    revision histories"): the number the sentence reports was measured elsewhere, so it is no result on it.

    >>> words = "we reach 86.81 F1 combining word embeddings of wikipedia and ehr".split()
    >>> _built_from("Wikipedia", [(8, 9, "Dataset", "Wikipedia")], words)
    True
    >>> _built_from("Wikipedia", [(5, 6, "Dataset", "Wikipedia")], "we reach 29.8 perplexity on wikipedia".split())
    False
    """
    if fold(name) not in SOURCE_CORPORA:
        return False
    spans = [d for d in datasets if d[3] == name]
    return bool(spans) and all(
        d[0] >= 2
        and lowers[d[0] - 1 - (lowers[d[0] - 1] == "the")] in ("on", "of", "from")
        and lowers[d[0] - 2 - (lowers[d[0] - 1] == "the")] in BUILT_FROM
        for d in spans
    )


def _not_data(name: str, datasets: list[tuple], words: list[str]) -> bool:
    """Whether a dataset name is only part of the name the text gives the data:
    a known name glued to another one with nothing between ("on LibriSpeech
    EnFr", "the HPC Fortran2C++ dataset"; not a split written after it, "MuST-C
    tst-COMMON"), or an event (RULINGS R5) whose
    edition and data follow it ("on SemEval 2013 DDI"): the text names one
    longer, unknown dataset."""
    spans = {(d[0], d[1]) for d in datasets}
    for d in datasets:
        if d[3] != name:
            continue
        # "MuST-C tst-COMMON": a lower-case name after a dataset is its split, the dataset stays
        if any(e == d[0] or (s == d[1] and words[s][:1].isupper()) for s, e in spans):
            return True
        nxt = words[d[1] : d[1] + 2]
        if is_event(name) and len(nxt) == 2 and NUMBER.match(nxt[0]) and nxt[1][:1].isupper():
            return True
    return False


def _no_row(
    first: Value, last: Value, kind: str, lowers: list[str], metrics: list[tuple], actors: list[tuple]
) -> str | None:
    """Why a number is surely no result at all, or None: a share of counted
    things ("a discrepancy on 55% of the instances", "more than 90% of the document";
    a share of a score, "92% of the teacher's accuracy", of the best system's,
    "78.4% of the 1st", a rate, "68% of the time", and a share solved, "solves
    28.8% of the problems", stay results), or
    a preference of the people of a human study ("humans prefer them (84%)"), or
    a percentage that compares cost or size ("trains 70% faster", "a 40% smaller model"): a speed or
    size change is measured on hardware or a model, not a score on the dataset the sentence names.
    `first` and `last` open and close the list the number stands in: "1% and 10% of the data" are both shares."""
    if last.unit == "%" and lowers[last.end : last.end + 1] and lowers[last.end] in cues()["comparative"]:
        return "a cost compared"
    if last.unit == "%" and kind != "reduction" and lowers[last.end : last.end + 1] == ["of"]:
        k = last.end + 1
        while k < len(lowers) and lowers[k] in ("the", "all", "its", "their", "our", "a", "an"):
            k += 1
        ahead = range(k, min(k + 4, len(lowers)))
        starts = {m[0] for m in metrics} | {a[0] for a in actors}
        c = cues()
        scored = any(
            j in starts
            or lowers[j] in c["unnamed_score"] | c["change_noun"] | SCORE_OWNERS
            or lowers[j] in ("'s", "’s")
            or _ORDINAL.match(lowers[j])
            for j in ahead
        )  # "68% of the time", "78.4% of the 1st": a rate, another's score
        k = first.start
        while k > 0 and lowers[k - 1] in HEDGES | {"only", "~", "than"}:
            k -= 1  # "solves only up to 45% of the problems"
        done = k > 0 and lowers[k - 1] in SOLVING | c["achieve"]  # "solves 28.8% of the problems": a rate reached
        if not scored and not done:
            return "a share of things"
    if any(w.startswith("prefer") for w in lowers) and any(w in RATERS for w in lowers):
        return "a human preference"
    return None


METRIC_SAME_WORDS = frozenset(rule_words("METRIC_SAME_WORDS"))


def _sub_measure(
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
    >>> _sub_measure(vs[1], "F1", ms, vs, set(), ws), _sub_measure(vs[0], "LAS", ms, vs, set(), ws)
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


def _metric_equals(v: Value, metrics: list[tuple], lowers: list[str]) -> bool:
    """ "F1 = 0.71", "BLEU=0.4498": a metric set equal to a number reports it (a setting is "k = 5")."""
    return v.start > 1 and lowers[v.start - 1] == "=" and any(m[1] == v.start - 1 for m in metrics)


def _clause_before(v: Value, lowers: list[str]) -> list[str]:
    """The words of the value's clause before it ("..., while previous work achieves only 35.3%")."""
    k = v.start
    while k > 0 and lowers[k - 1] not in CLAUSE_BREAKS:
        k -= 1
    return lowers[k : v.start]


BOARD_DOUBT_CAP = 0.55  # between model.MIN_RESULT_CONFIDENCE and model.MIN_BOARD_CONFIDENCE

#: Another entrant of a shared task or leaderboard: "the winning team", "the top(-)ranked system", "the best
#: participant" (a "best system" alone may be the paper's own best run, a best team or participant is not).
_OTHER_ENTRANT = re.compile(
    r"\b(?:(?:winning|(?:top|first|highest|best)[- ](?:ranked|ranking|placed|performing|scoring)|top)"
    r" (?:teams?|systems?|submissions?|participants?|entry|entries)"
    r"|best(?:[- ](?:performing|scoring|ranked))? (?:teams?|participants?))\b"
)


def _another_entrants(v: Value, lowers: list[str], subject: str | None = None) -> bool:
    """Whether the number is another entrant's, quoted beside the paper's own:
    "with an accuracy of 79.1% (the winning team had 82.2%)", "(the accuracy
    of the top ranked system was 0.822)", "compared to the top-ranked system,
    which achieved 0.96". The entrant opens the value's clause (or its bracket)
    with no "we"/"our" in it, or a relative clause after it ("..., which
    achieved") holds the value. An entrant the sentence names as the
    number's `subject` ("The winning team was X with a score of 63%") owns it.

    >>> words = "we ranked 6th of 42 teams with an accuracy of 79.1% ( the winning team had 82.2% )".split()
    >>> _another_entrants(Value(16, 17, "82.2%", 82.2, "%"), words), _another_entrants(Value(10, 11, "79.1%", 79.1, "%"), words)
    (True, False)
    >>> _another_entrants(Value(6, 7, "0.9", 0.9, None), "our system was the top-ranked system with 0.9 f1".split())
    False
    """
    clause = _clause_before(v, lowers)
    start = v.start - len(clause)
    relative = bool(clause) and clause[0] in ("which", "who", "that") and start > 1 and lowers[start - 1] == ","
    if relative:  # "compared to the top-ranked system, which achieved 0.96"
        clause = _clause_before(Value(start - 1, start, "", 0.0, None), lowers) + clause
    opened = max((k for k, w in enumerate(clause) if w == "("), default=-1)
    if opened > max((k for k, w in enumerate(clause) if w == ")"), default=-1):
        clause = clause[opened + 1 :]  # "79.1% (the winning team had 82.2%": the bracket speaks of another
    text = " ".join(clause)
    found = list(_OTHER_ENTRANT.finditer(text))
    if not found:
        return False
    after = text[found[-1].end() :].split()
    if subject is not None and subject.lower() in " ".join(after):
        return False
    own = cues()["own"]
    return not any(w in own for w in (after if relative else clause))


def _board_doubt(
    v: Value,
    kind: str,
    subject: str | None,
    metric: str | None,
    lowers: list[str],
    words: list[str],
    datasets: list[tuple],
    targets: list[str],
    *,
    guessed: bool,
    runs: dict[int, int],
    metrics: list[tuple],
    values: list[Value],
) -> str | None:
    """Why a reported number is unsure as a leaderboard row, or None: no one
    named to own it and no "we"/"our"; a number in a clause about someone else
    ("previous work achieves only 35.3%", "than the 8th system (78.5%",
    "outperforming the state of the art of 43%"); a dataset the sentence does
    not name, for anything but a plain score with its metric; one number over
    several datasets ("up to 1.9% on MBPP and HumanEval"); a gain or reduction
    with no metric named; a list of numbers
    "respectively" of things the sentence does not list; a dataset name that
    goes on ("HumanEval Pro" when only "HumanEval" is known); a range or an
    "up to" score; a technique named generically ("pruning") for its owner;
    a part of the dataset ("a subset of D", "the D diagnostics"), a dataset
    that is the input ("parses from D"), a metric qualified by words between
    ("78.3% top-5 beam execution accuracy"), an operating point ("at 80%
    accuracy"), a gain or reduction whose metric is in another clause."""
    c = cues()
    if subject is None and not _own_reaches(lowers, v):
        return "no owner"
    if subject is not None and _generic(subject) and not _own_reaches(lowers, v):
        return "a technique, not a system"  # "more aggressive pruning preserves 96.95%": whose pruning?
    clause = _clause_before(v, lowers)
    if any(w in c["others"] for w in clause) and (kind == "score" or "by" not in clause):
        return "someone else's"
    if kind == "score" and "only" in lowers[max(0, v.start - 3) : v.start]:
        return "someone else's"
    if kind == "score" and _another_entrants(v, lowers, subject):
        return "someone else's"  # "(the winning team had 82.2%)": another entrant's score, quoted for comparison
    if kind in ("gain", "reduction") and metric is None:
        return "better at what"  # "relative gains of 10% on MMLU": a gain in nothing named cannot be read
    if guessed and (kind != "score" or metric is None or len(datasets) > 1):
        return "dataset not named"
    if len(targets) > 1:
        return "several datasets"
    if "respectively" in lowers and runs.get(v.start, 1) >= 3 and len(datasets) < runs[v.start] > len(metrics):
        return "respectively of what"
    nearest = [
        min(
            (d for d in datasets if d[3] == t),
            key=lambda d: (d[0] - v.end if d[0] >= v.end else v.start - d[1], d[0] < v.start),
            default=None,
        )
        for t in targets
    ]
    if any(d is not None and _name_goes_on(d, words) for d in nearest):
        return "another dataset"
    if any(d is not None and _common_phrase(d, words) for d in nearest):
        return "not the dataset"  # "tested on natural questions": words, not the Natural Questions dataset
    if metric is not None and metric.lower().split()[-1] in c["setting"]:
        return "a setting"  # "batch size" is set, not measured
    if any(d is not None and (_part_of(d, lowers) or _source(d, lowers)) for d in nearest):
        return "not the benchmark"  # "on a subset of D", "the D diagnostics", "gold parses from D"
    if _operating_point(v, lowers):
        return "an operating point"
    if metric is not None and _metric_qualified(v, metric, metrics, values, lowers):
        return "another metric"
    if kind in ("gain", "reduction") and metric is not None and _metric_elsewhere(v, metric, metrics, values, lowers):
        return "better at what"  # "achieves the lowest perplexity, improves scores by 1.28 points"
    if any(_range_of(a, b, lowers) and v in (a, b) for a, b in zip(values, values[1:])):
        return "not one score"  # "accuracies ranging from 57% to 75%": a spread, neither end one result
    if re.search(r"\d\s*[-–~]\s*\d", v.text) or (
        kind == "score" and lowers[max(0, v.start - 2) : v.start] == ["up", "to"]
    ):
        return "not one score"
    return None


CONTRASTS = frozenset(rule_words("CONTRASTS"))
#: "an ensemble of X and Y", "the combination of X and Y": what the listed systems make together
ENSEMBLE_NOUNS = frozenset(rule_words("ENSEMBLE_NOUNS"))
OPENERS = frozenset(rule_words("OPENERS"))


def _own_reaches(lowers: list[str], v: Value) -> bool:
    """Whether the sentence's "we"/"our" speaks of the value: not cut off by a
    contrast ("we show that while ... X achieving 32.03%"), not in an opening
    clause of its own ("When we apply X to D, the fraction ... rises to 56%"),
    not a tool ("the parser of T with our method achieves"); one after the
    value counts up to the next contrast ("90% is reached by our model")."""
    own_words = cues()["own"]
    own, opener = False, False
    for k in range(v.start):
        w = lowers[k]
        if w in CONTRASTS:
            own = opener = False
        elif w in OPENERS and (k == 0 or lowers[k - 1] in (",", "and")):
            opener = True
        elif w == "," and opener:
            opener = False
        elif w in own_words and not opener and not (k and lowers[k - 1] in cues()["tool"]):
            # "In this setting, ...": "this" speaks of the contribution only before a word for one
            own = own or w != "this" or (k + 1 < v.start and lowers[k + 1] not in cues()["not_own"])
    if own or (v.start > 0 and lowers[0] == "it" and not any(w in CONTRASTS for w in lowers[: v.start])):
        return True
    for w in lowers[v.end :]:
        if w in CONTRASTS:
            return False
        if w in own_words:
            return True
    return False


def _generic(name: str) -> bool:
    """A name with no digit in lower case ("pruning", "beam search"), or in
    sentence case over several words ("Knowledge distillation"), names a
    technique, not a system; one capitalised word ("Mamba") may be a system.

    >>> _generic("beam search"), _generic("Knowledge distillation"), _generic("Mamba"), _generic("ODE Transformer")
    (True, True, False, False)
    """
    if any(ch.isdigit() for ch in name):
        return False
    words = name.split()
    sentence_case = len(words) > 1 and name[1:] == name[1:].lower()
    return name == name.lower() or sentence_case


def _common_phrase(d: tuple, words: list[str]) -> bool:
    """A dataset written in lower case ("tested on natural questions") is the phrase, not the dataset."""
    written = words[d[0] : d[1]]
    lower = all(w.isalpha() and w.islower() for w in written)
    return lower and (len(written) > 1 or any(ch.isupper() for ch in d[3]))


def _part_of(d: tuple, lowers: list[str]) -> bool:
    """ "a subset of the D dataset", "the D diagnostics", "the D restaurant domain": a part, not the benchmark."""
    k = d[0] - 1 - (d[0] > 1 and lowers[d[0] - 1] == "the")
    before = (k > 0 and lowers[k] == "of" and lowers[k - 1] in cues()["part"]) or lowers[d[0] - 1 : d[0]] == ["our"]
    after = lowers[d[1] : d[1] + 2]
    return before or bool(after[:1] and after[0] in cues()["part"]) or after[1:] == ["domain"]


def _source(d: tuple, lowers: list[str]) -> bool:
    """ "using gold parses from D": data taken from D as input, not the benchmark scored on."""
    k = d[0] - 1 - (d[0] > 1 and lowers[d[0] - 1] == "the")
    if not (k > 0 and lowers[k] == "from"):
        return False
    before = lowers[k - 1]  # "six tasks from GLUE" is GLUE; "improves from 38.7" is no source
    return before not in cues()["achieve"] | cues()["members"] and not NUMBER.match(before)


def _operating_point(v: Value, lowers: list[str]) -> bool:
    """ "answers 48% at 80% accuracy", "while maintaining 80% accuracy", "a BLEU of 24.6 at a latency of
    1837": a level held, not a result.

    >>> _operating_point(Value(9, 10, "1837", 1837.0, None), "a bleu of 24.6 at a mean latency of 1837".split())
    True
    >>> _operating_point(Value(3, 4, "24.6", 24.6, None), "a bleu of 24.6 at a mean latency of 1837".split())
    False
    """
    return (v.start > 0 and lowers[v.start - 1] in cues()["held"]) or _held_measure(v, lowers)


def _held_measure(v: Value, lowers: list[str]) -> bool:
    """ "at a (mean) latency of 1837": "at" opens the few words that name the measure held at that value."""
    if v.start < 3 or lowers[v.start - 1] != "of":
        return False
    head = lowers[max(0, v.start - 6) : v.start - 1]
    return "at" in head and not any(w in CLAUSE_BREAKS or NUMBER.match(w) for w in head[head.index("at") :])


def _metric_qualified(v: Value, metric: str, metrics: list[tuple], values: list[Value], lowers: list[str]) -> bool:
    """ "78.3% top-5 beam execution accuracy": words with a digit between the
    value and its metric make it another metric than the one named."""
    m = next((m for m in metrics if m[3] == metric and m[0] >= v.end), None)
    if m is None or not 0 < m[0] - v.end <= 4:
        return False
    numbers = {j for o in values for j in range(o.start, o.end)}  # "88.3% zero-shot and 91.1% ... accuracy"
    return any(_ANY_DIGIT.search(lowers[j]) and j not in numbers for j in range(v.end, m[0]))


def _metric_elsewhere(v: Value, metric: str, metrics: list[tuple], values: list[Value], lowers: list[str]) -> bool:
    """Whether a gain's metric is only named before it in another clause, with no
    number between ("the lowest perplexity, improves scores by 1.28"), or the
    gain says in what it is and that is not the metric ("by 4.3% in average score")."""
    k = v.end
    while k < len(lowers) and lowers[k] in cues()["metric_filler"] | cues()["gain"] | cues()["reduction"]:
        k += 1  # "by 4.3% in average score", ">60% reduction in peak memory"
    if k + 1 < len(lowers) and lowers[k] == "in" and not any(m[0] == k + 1 for m in metrics):
        return not NUMBER.match(lowers[k + 1]) and lowers[k + 1] not in ("the", "all")
    before = [m for m in metrics if m[3] == metric and m[1] <= v.start]
    if not before or any(m[0] >= v.end for m in metrics if m[3] == metric):
        return False
    m = before[-1]
    between = lowers[m[1] : v.start]
    k = v.start
    while k > 0 and lowers[k - 1] in HEDGES:
        k -= 1
    improved = lowers[k - 1] if k > 0 else ""  # "improves scores by over 1.28 points": a gain in scores
    return (
        improved in cues()["unnamed_score"]
        and any(w in CLAUSE_BREAKS for w in between)
        and not any(m[1] <= o.start < v.start for o in values)
    )


def _row_doubt(
    v: Value,
    kind: str,
    subject: str | None,
    baseline: str | None,
    lowers: list[str],
    words: list[str],
    actors: list[tuple],
    values: list[Value],
    *,
    guessed: bool,
    datasets: list[tuple],
) -> str | None:
    """Why a number read from its words is no leaderboard row, or None: a
    comparison ("80% faster", "8x the length"), a share ("99.6% of the
    performance"), an approximate number ("about 80%"), a human judgement, a
    score said against a baseline or in a list of gains ("4.6% and 9.8%
    accuracy gain"), a change in brackets ("degradation (0.4%)"), a level
    something was cut to ("reduce the annotation to 50%"), a starting point no
    one owns, a number for one of several parts ("in one of the domains"), a
    subject that is no system (a target after "to", a task, a family of models,
    a name in another clause), a guessed dataset when the sentence names another corpus."""
    c = cues()
    after = lowers[v.end : v.end + 2]
    if after[:1] and (after[0] in c["comparative"] or (kind == "ratio" and after[0] in ("the", "as"))):
        return "a comparison"
    if v.unit == "%" and after[:1] == ["of"]:
        return "a share"
    arrow = v.start > 1 and lowers[v.start - 1] == ">" and lowers[v.start - 2] in ("-", "–", "—", "=")  # "49.3 –> 72.3"
    if v.start > 0 and lowers[v.start - 1] in c["approximate"] and not arrow:
        return "not one score"  # "about 80%", ">60%": a bound or an estimate
    if any(a in c["judge"] and b in c["judgement"] for a, b in zip(lowers, lowers[1:])):
        return "a human judgement"  # "human expert evaluations", "manual sampling"
    if kind == "score":
        if baseline is not None:
            return "a comparison"  # "6% on GLUE over vanilla cross-encoders": a gain read as a score
        if v.start > 1 and lowers[v.start - 1] == "(" and lowers[v.start - 2] in c["gain"] | c["reduction"]:
            return "a change"  # "a negligible performance degradation (0.4% on GLUE)"
        nxt = next((w for w in values if w.start >= v.end), None)
        if nxt is not None and 0 < nxt.start - v.end <= 2 and all(x in (",", "and") for x in lowers[v.end : nxt.start]):
            if kind_of(nxt.text, nxt.unit, nxt.start, nxt.end, lowers) in ("gain", "reduction"):
                return "a change"  # "achieves 4.6% and 9.8% accuracy gain"
        clause = _clause_before(v, lowers)
        if clause[-1:] == ["to"] and any(w in c["reduction"] for w in clause):
            return "a level cut to"  # "reduce the annotation demands to 50%"
    if subject is None and starting_point(v, lowers):
        return "a starting point"  # "improves our parser from 33.8% to 39.4%": 33.8% is not the paper's result
    pairs = list(zip(lowers[v.end : v.end + 7], lowers[v.end + 1 : v.end + 8]))
    if any((a, b) == ("one", "of") or (a in ("in", "for") and b == "some") for a, b in pairs):
        return "one of several"  # "60.58% in one of the zero-shot domains", "over 10% in some cases"
    mention = next((a for a in reversed(actors) if a[3] == subject and a[1] <= v.start), None)
    if mention is not None:
        s, e = mention[0], mention[1]
        if s > 0 and lowers[s - 1] == "to" and (s < 2 or lowers[s - 2] not in ("compared", "due")):
            return "not the subject"  # "transform UD trees to EUD graphs with an ELAS of 81.55"
        if e < len(lowers) and lowers[e] in c["not_system"]:
            return "not the subject"  # "the meta-learning sub-task", "three transformer models"
        if any(w in CONTRASTS for w in lowers[e : v.start]):
            return "not the subject"  # "TAG as extracted from D; there, we outperform ... by 0.7"
    split = _respective_split(v, values, lowers)  # "90.8% and 89.4% on the dev and test data respectively"
    if split == "dev" or (split is None and (_on_a_dev_split(v, lowers, values) or _dev_split_before(v, lowers))):
        return "a development split"  # "0.9218 F1 on public validation set": boards rank test-set scores
    if guessed and any(
        lowers[k] in c["portion"] | {"corpora", "treebank", "treebanks"}
        and words[k - 1][:1].isupper()
        and not any(d[0] <= k - 1 < d[1] for d in datasets)
        for k in range(1, len(lowers))
    ):
        return "another dataset"  # "by lookup in the UniMorph corpora ... 64.13% recall"
    return None


#: split words that say a number was measured while developing, not on the test set (rule_words DEV_SPLITS)
DEV_SPLITS = frozenset(rule_words("DEV_SPLITS"))


def _on_a_dev_split(v: Value, lowers: list[str], values: list[Value]) -> bool:
    """Whether the words after a number, up to the next number or clause break, put it on a validation or
    development split ("0.9218 F1-score on public validation set", "an F1 of 0.9179 on the provided validation
    set and 0.8805 on the blind test-set"): a leaderboard ranks test-set scores, so it stays off the board.
    Cross-validation is no split ("in 10-fold cross validation").

    >>> vs = [Value(2, 3, "91.8", 91.8, None), Value(10, 11, "88.1", 88.1, None)]
    >>> words = "we get 91.8 f1 on the validation set and 88.1 on the test set".split()
    >>> _on_a_dev_split(vs[0], words, vs), _on_a_dev_split(vs[1], words, vs)
    (True, False)
    >>> _on_a_dev_split(vs[0], "we get 91.8 f1 in 10-fold cross validation .".split(), vs[:1])
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


def _respective_split(v: Value, values: list[Value], lowers: list[str]) -> str | None:
    """The split a number of a list is on when a list of as many splits follows it ("90.8% and 89.4% on
    the dev and test data respectively", "4.6% and 9.8% accuracy gain in the test and dev sets"): "dev"
    or "test" for the number's place in the list, None when no such list follows.

    >>> words = "we get 90.8 % and 89.4 % f1 on the dev and test data respectively".split()
    >>> vs = [Value(2, 4, "90.8%", 90.8, "%"), Value(5, 7, "89.4%", 89.4, "%")]
    >>> _respective_split(vs[0], vs, words), _respective_split(vs[1], vs, words)
    ('dev', 'test')
    >>> _respective_split(vs[0], vs, "we get 90.8 % and 89.4 % f1 on the test data".split()) is None
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


_A_NUMBER = re.compile(r"^[+\-±≥≤~]*\d+(?:[.,]\d+)?%?$")
_SPLIT_NOUNS = frozenset({"set", "sets", "phase", "data", "split", "stage"})
_TEST_WORDS = frozenset({"test", "testing", "test-set", "blind", "held-out"})


def _dev_split_before(v: Value, lowers: list[str]) -> bool:
    """Whether the sentence puts the number on a development or validation split before it: in its own
    clause ("the results of our framework on the development set show an f1-score of 84.92%") or in a
    sentence-opening phrase ("During the development phase, our system achieved 0.8403", "On the
    development set, we obtain 43.46"), with no test split named between. Training on the split is no
    measuring on it ("training on the validation set, we achieve 74.7%").

    >>> words = "on the development set , we obtain 43.46 and on the test set 41.2".split()
    >>> _dev_split_before(Value(7, 8, "43.46", 43.46, None), words), _dev_split_before(Value(13, 14, "41.2", 41.2, None), words)
    (True, False)
    >>> _dev_split_before(Value(9, 10, "74.7", 74.7, None), "training on the validation set , we achieve an accuracy 74.7".split())
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
    clause_start = v.start - len(_clause_before(v, lowers))
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


def _metric_in(v: Value, metrics: list[tuple], lowers: list[str]) -> str | None:
    """ ">60% reduction in peak memory", "by 4.3% in F1": the metric the number says it is in."""
    k = v.end
    while k < len(lowers) and lowers[k] in cues()["metric_filler"] | cues()["gain"] | cues()["reduction"]:
        k += 1
    if k + 1 < len(lowers) and lowers[k] == "in":
        return next((m[3] for m in metrics if m[0] == k + 1), None)
    return None


def _shared_metric(values: list[Value], k: int, metrics: list[tuple], lowers: list[str]) -> str | None:
    """ "+0.73 and +0.82 BLEU": a number coordinated with the next one shares the metric written after it."""
    if k + 1 >= len(values):
        return None
    v, w = values[k], values[k + 1]
    between = lowers[v.end : w.start]
    if not (0 < len(between) <= 2 and all(x in (",", "and", "or") for x in between)):
        return None
    return next((m[3] for m in metrics if m[0] == w.end), None)


def _metric_pairs(values: list[Value], metrics: list[tuple], lowers: list[str]) -> dict[int, str]:
    """ "the best UAS and LAS on PTB (96.0%, 94.3%)": a list of metrics and a
    list of as many numbers pair in order (value start → metric)."""
    out: dict[int, str] = {}
    m_runs = [
        r for r in _runs(metrics, lambda m: m[0], lambda m: m[1], lowers) if len({m[3] for m in r}) == len(r) >= 2
    ]
    for vr in (r for r in _runs(values, lambda v: v.start, lambda v: v.end, lowers) if len(r) >= 2):
        same = [mr for mr in m_runs if len(mr) == len(vr) and abs(mr[-1][1] - vr[0].start) <= 8]
        if same:
            out.update({v.start: m[3] for v, m in zip(vr, same[0])})
    return out


def _name_goes_on(d: tuple, words: list[str]) -> bool:
    """ "on HumanEval Pro", "on the Spoken SQuAD dataset": a capitalised word glued
    to a known dataset's mention makes it another, unknown dataset."""

    def capital(w: str) -> bool:
        return w[:1].isupper() and w.isalpha() and len(w) > 1 and w.lower() not in cues()["subset"]

    after = d[1] < len(words) and capital(words[d[1]]) and words[d[1]].lower() not in ("dataset", "benchmark")
    before = d[0] > 1 and capital(words[d[0] - 1])
    return after or before


BY_GAP = frozenset(
    "dataset datasets benchmark benchmarks corpus test set sets split by up to of a an margin around about "
    "approximately nearly over almost".split()
)


def _unknown_name_after(
    v: Value,
    words: list[str],
    dataset_starts: set[int],
    metrics: list[tuple],
    known_starts: frozenset[int] = frozenset(),
) -> bool:
    """Whether "on/for/in (the)" + a capitalised word that is not a known
    dataset or metric follows the value, or its metric ("72.9 F0.5 in the BEA-19 test set"), or a
    bracket holding one capitalised word that starts no known name ("64.0 (FooSet)").

    >>> words = "scores of 68.2 ( Foo ) and 64.0 ( Bar )".split()
    >>> _unknown_name_after(Value(7, 8, "64.0", 64.0, None), words, {4}, [], frozenset({4}))
    True
    >>> _unknown_name_after(Value(2, 3, "68.2", 68.2, None), words, {4}, [], frozenset({4}))
    False
    """
    k = next((m[1] for m in metrics if m[0] == v.end), v.end)
    if k + 2 < len(words) and words[k] == "(" and words[k + 2] == ")":
        # "68.2 (FooSet) and 64.0 (BarSet)": the bracket right after a number names whose it is
        return words[k + 1][:1].isupper() and k + 1 not in known_starts
    k += k < len(words) and words[k].lower() in cues()["metric_filler"]
    if k + 1 >= len(words) or words[k].lower() not in ("on", "for", "in"):
        return False
    k += k + 2 < len(words) and words[k + 1] == "the"
    name = words[k + 1]
    known = dataset_starts | {m[0] for m in metrics}
    return name[:1].isupper() and k + 1 not in known and name.lower() not in cues()["subset"]


def _dataset_after(v: Value, stop: int, datasets: list[tuple], lowers: list[str]) -> str | None:
    """The dataset named right after a value ("72.1 on MMLU"), or alone in the bracket right after it
    ("F1 scores of 68.2 (FooSet) and 64.0 (BarSet)"), before `stop`.

    >>> _dataset_after(Value(4, 5, "64.0", 64.0, None), 99, [(6, 7, "Dataset", "Bar")], "f1 of 68.2 and 64.0 ( bar )".split())
    'Bar'
    """
    k = v.end
    if k + 2 < len(lowers) and lowers[k] == "(":
        bracketed = next((d[3] for d in datasets if d[0] == k + 1 and lowers[d[1] : d[1] + 1] == [")"]), None)
        if bracketed is not None and k + 1 < stop:
            return bracketed
    for d in datasets:
        if v.end <= d[0] < min(stop, v.end + 8) and any(
            lowers[j] in ("on", "in", "for", "of") for j in range(max(v.end, d[0] - 3), d[0])
        ):
            return d[3]
    return None


def _dataset_before_bracket(v: Value, datasets: list[tuple], lowers: list[str]) -> str | None:
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


def _training_data(d: tuple, lowers: list[str]) -> bool:
    """ "Training X on the general D corpus but testing on ...": D is what was
    trained on, not where the number was measured. Only a clause that opens
    with the gerund: "single models trained on the Penn Treebank: 93.55 F1"
    were also measured there."""
    if "on" not in lowers[max(0, d[0] - 4) : d[0]]:
        return False
    for k in range(d[0] - 1, max(-1, d[0] - 13), -1):
        w = lowers[k]
        if w in CLAUSE_BREAKS or w in TESTING_WORDS:
            return False
        if w in TRAINING:  # a gerund opens its clause ("Training X on D ..."), else it names what was measured
            return k == 0 or lowers[k - 1] in CLAUSE_BREAKS
    return False


TESTING_WORDS = frozenset(rule_words("TESTING_WORDS"))
TRAINING = frozenset(rule_words("TRAINING"))


def _respectively_before_last(v: Value, values: list[Value], runs: dict[int, int], lowers: list[str]) -> bool:
    """ "by 19% and 13.4% on A and B, respectively" with only B known: the values
    pair in order, so only the last of the list can be B's."""
    if "respectively" not in lowers or runs.get(v.start, 1) < 2:
        return False
    k = values.index(v)
    return k + 1 < len(values) and runs.get(values[k + 1].start) == runs[v.start] and values[k + 1].start - v.end <= 3


def _sole_dataset_after(v: Value, values: list[Value], datasets: list[tuple], lowers: list[str]) -> bool:
    """Whether the sentence names one dataset, after the value, as where it was
    measured: not when another number stands between them ("by 2% on a NER
    task and by 4.3% on GLUE"), nor another, unknown dataset ("75.4% on the
    Figer dataset and ... on D"), nor data the method uses ("using English
    Wikipedia data"); never for a speed-up."""
    if len({d[3] for d in datasets}) != 1 or v.unit in ("x", "×") or datasets[0][0] < v.end:
        return False
    d0 = datasets[0][0]
    between = lowers[v.end : d0]
    later = [o for o in values if v.end <= o.start < d0]
    if later and any(w in ("on", "for") for w in lowers[v.end : later[0].start]):
        return False  # the number has its own place ("on a NER task") before the next one's
    other_data = [k for k, w in enumerate(between) if w in DATA_NOUNS and between[k + 1 : k + 2] != ["and"]]
    used = any(w in USED_DATA for w in between) and "test" not in between  # "using the test sets of D" is D
    return not other_data and not used


DATA_NOUNS = frozenset(rule_words("DATA_NOUNS"))
USED_DATA = frozenset(rule_words("USED_DATA"))


def _shared_dataset_after(values: list[Value], k: int, datasets: list[tuple], lowers: list[str]) -> str | None:
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
    if any(v.end <= d[0] < w.start for d in datasets):
        return None
    stop = values[k + 2].start if k + 2 < len(values) else len(lowers)
    return _dataset_after(w, stop, datasets, lowers)


def _dataset_before_by(datasets: list[tuple], v: Value, lowers: list[str]) -> str | None:
    """ "outperforms Y on D by 1.9%": the gain belongs to the dataset just before "by"."""
    for d in reversed(datasets):
        if d[1] <= v.start:
            gap = lowers[d[1] : v.start]
            if "by" in gap and len(gap) <= 6 and all(w in BY_GAP for w in gap):
                return d[3]
            return None
    return None


def _kinds(
    values: list[Value], lowers: list[str], dataset_tokens: set[int], metric_spans: dict[int, int] | None = None
) -> list[str]:
    """Each value's kind; one in a list continues the kind of the one before
    ("gains of 10% on MMLU, 33% on GPQA and 19% on MATH": all gains). A
    metric's value ("a mean absolute error of 0.0558", "an increased recall of
    0.759") is a score whatever words its name is made of, unless a change is
    said to be in it ("an improvement in F1 of 5%"). `metric_spans` maps each
    metric mention's end to its start."""
    out: list[str] = []
    for k, v in enumerate(values):
        kind = kind_of(v.text, v.unit, v.start, v.end, lowers)
        if kind != "ratio" and v.text[:1] not in "+-−" and _metric_value(v, lowers, metric_spans or {}):
            kind = "score"
        if starting_point(v, lowers) or (
            k and starting_point(values[k - 1], lowers) and values[k - 1].end + 1 == v.start
        ):
            kind = "score"  # "from 38.7% to 42.7%": two absolute scores
        elif k and out[-1] != "score" and _range_of(values[k - 1], v, lowers):
            kind = out[-1]  # "improvements ranging from 0.33% to 17.93%": the range's top end is a gain too
        elif k and kind == "score" and out[-1] != "score":
            between = _unbracketed(range(values[k - 1].end, v.start), lowers)
            if all(lowers[j] in LIST_GLUE or j in dataset_tokens for j in between) or (
                out[-1] in ("gain", "reduction")
                and lowers[values[k - 1].start - 1 : values[k - 1].start] != ["("]  # "83.1 (+3.5) F1 and 87.5"
                and _continues_list(between, v, lowers)
            ):
                kind = out[-1]
        out.append(kind)
    return _list_read_back(values, out, lowers)


def _list_read_back(values: list[Value], kinds: list[str], lowers: list[str]) -> list[str]:
    """ "achieves 2.2%, 2.4%, and 6.3% absolute improvement in EM": the change word after a list's last
    number says what every number of the list is, so the scores before it in the list are gains too
    (a metric's value, "an F1 of 80.1", keeps its own reading)."""
    out = list(kinds)
    for run in _runs(values, lambda v: v.start, lambda v: v.end, lowers):
        last = values.index(run[-1])
        after = lowers[run[-1].end : run[-1].end + 2]
        if len(run) < 2 or out[last] not in ("gain", "reduction") or not any(w in cues()["change_noun"] for w in after):
            continue
        for v in run[:-1]:
            k = values.index(v)
            if out[k] == "score" and lowers[v.start - 1 : v.start] != ["of"] and v.text[:1] not in "+-−":
                out[k] = out[last]
    return out


def _range_of(a: Value, b: Value, lowers: list[str]) -> bool:
    """Whether `a` and `b` are the ends of one range ("ranging from a to b", "between a and b" is not one):
    neither end is one result of its own, and the top end is what the bottom one is (a gain, a score).

    >>> _range_of(Value(3, 4, "1.0%", 1.0, "%"), Value(5, 6, "4.4%", 4.4, "%"), "gains ranging from 1.0% to 4.4%".split())
    True
    >>> _range_of(Value(3, 4, "38.7%", 38.7, "%"), Value(5, 6, "42.7%", 42.7, "%"), "improves accuracy from 38.7% to 42.7%".split())
    False
    """
    if not (a.end + 1 == b.start and lowers[a.end] in ("to", "-", "–")):
        return False
    return a.start > 1 and lowers[a.start - 1] == "from" and lowers[a.start - 2] in RANGE_WORDS


def _metric_value(v: Value, lowers: list[str], metric_spans: dict[int, int]) -> bool:
    """Whether `v` is written as a metric's value, "METRIC of v", with no change
    said to be in the metric ("an improvement in F1 of 5%")."""
    if v.start < 2 or lowers[v.start - 1] != "of" or v.start - 1 not in metric_spans:
        return False
    s = metric_spans[v.start - 1]
    # "the absolute joint accuracy of 2.0%": a change in the metric too
    changed = s > 0 and lowers[s - 1] in ("absolute", "relative")
    return not changed and not (s > 1 and lowers[s - 1] in ("in", "on") and lowers[s - 2] in cues()["change_noun"])


def _continues_list(between: list[int], v: Value, lowers: list[str]) -> bool:
    """Whether `v` is the next item of a list that the number before it opens,
    whatever names what ("absolute gains of 12.8% in accuracy on text
    classification and 15.6% on GLUE", "improvements of 5.7% against X and 0.6%
    against Y"): after "," or "and", with no verb or clause of its own between."""
    if lowers[v.start - 1] not in (",", "and") or len(between) > 12:
        return False
    achieve = cues()["achieve"]
    return not any(lowers[j] in achieve or (lowers[j] in CLAUSE_BREAKS and lowers[j] != ",") for j in between)


def _decimal_listed_after(v: Value, last: Value | None, lowers: list[str]) -> bool:
    """Whether a bare decimal is the next item of a list opened by `last`, the number right before it, kept
    as a result, in the same clause ("an F1 of 0.466 for Task A and 0.462 for Task B", "39.98 (F1) on entity
    and 37.77 on surface forms"): the list's first number names the measure for all of its items, which are
    written bare.

    >>> words = "we reach an f1 of 0.466 for task a and 0.462 for task b".split()
    >>> _decimal_listed_after(Value(10, 11, "0.462", 0.462, None), Value(5, 6, "0.466", 0.466, None), words)
    True
    >>> _decimal_listed_after(Value(10, 11, "0.462", 0.462, None), None, words)
    False
    >>> words = "we reach an f1 of 0.466 on a , while b uses 0.462 as threshold".split()
    >>> _decimal_listed_after(Value(11, 12, "0.462", 0.462, None), Value(5, 6, "0.466", 0.466, None), words)
    False
    """
    if "." not in v.text or v.unit or last is None or v.start < 1:
        return False
    if last.unit or "." not in last.text or last.end > v.start or _held_measure(last, lowers):
        return False  # a bare decimal follows bare decimals ("45.1% and 0.3" mix two measures), not a level held
    return _continues_list(_unbracketed(range(last.end, v.start), lowers), v, lowers)


def _unbracketed(span: range, lowers: list[str]) -> list[int]:
    """The token indices of `span` outside short brackets: in "decreases of 31.3% (BERT), 22.5%
    (RoBERTa)" the owner in brackets does not end the list."""
    out: list[int] = []
    k = span.start
    while k < span.stop:
        close = next((j for j in range(k + 1, min(k + 6, span.stop)) if lowers[j] == ")"), None)
        if lowers[k] == "(" and close is not None:
            k = close + 1
            continue
        out.append(k)
        k += 1
    return out


LIST_GLUE = frozenset({",", "and", "on", "in", "for", "the", "respectively", ";", "(", ")"})


def _respective_subject(v: Value, values: list[Value], actors: list[tuple], lowers: list[str]) -> str | None:
    """ "A and B reach 52% and 57%, respectively": the list of names before a
    list of as many values pairs with it in order (the last name owns only the last value)."""
    if "respectively" not in lowers[v.end :]:
        return None
    run = next((r for r in _runs(values, lambda x: x.start, lambda x: x.end, lowers) if v in r), [v])
    if len(run) < 2:
        return None
    names = [r for r in _runs([a for a in actors if a[1] <= run[0].start], itemgetter(0), itemgetter(1), lowers)]
    if not names or len(names[-1]) != len(run):
        return None
    first = names[-1][0][0]
    if first > 0 and lowers[first - 1] in IMPROVED_CUES | cues()["baseline"]:
        return None  # "OaP improved ChatGPT and CoT by 8.8% and 2.3%, respectively": baselines, not owners
    return names[-1][run.index(v)][3]


def _value_runs(values: list[Value], lowers: list[str]) -> dict[int, int]:
    """Length of the coordinated list each value stands in ("1.2, 3.4 and 5.6" → 3), by value start."""
    out: dict[int, int] = {}
    for run in _runs(values, lambda v: v.start, lambda v: v.end, lowers):
        for v in run:
            out[v.start] = len(run)
    return out


def _runs(items: list, start_of, end_of, lowers: list[str], *, skip: frozenset = frozenset()) -> list[list]:
    """Items written as one list ("A, B and C"): 1-3 separators between neighbours."""
    runs: list[list] = []
    for it in items:
        between = [w for w in lowers[end_of(runs[-1][-1]) : start_of(it)] if w not in skip] if runs else None
        if (
            between is not None
            and len(between) <= 3
            and all(w in {",", "and", "or", "/", ";"} for w in between)
            and end_of(runs[-1][-1]) < start_of(it)
        ):
            runs[-1].append(it)
        else:
            runs.append([it])
    return runs


def _list_pairs(values: list[Value], datasets: list[tuple], lowers: list[str]) -> dict[int, str]:
    """Lists pair up in order: "84.6%, 53.3 and 52.8 on ImageNet-1K, COCO and
    ADE20K" and "on A, B and C, with gains of 1.2, 3.4 and 5.6" (value start →
    dataset). With "respectively", as many values as datasets in the sentence
    also pair, even when neither is written as one list, and so does the list
    of values just before "respectively"."""
    out: dict[int, str] = {}
    d_runs = [
        r
        for r in _runs(datasets, lambda d: d[0], lambda d: d[1], lowers, skip=frozenset({"the"}))
        if len({d[3] for d in r}) == len(r) >= 2
    ]
    v_runs = [r for r in _runs(values, lambda v: v.start, lambda v: v.end, lowers) if len(r) >= 2]
    for vr in v_runs:
        same = [dr for dr in d_runs if len(dr) == len(vr)]
        if not same:
            continue
        dr = min(same, key=lambda r: min(abs(r[0][0] - vr[-1].end), abs(vr[0].start - r[-1][1])))
        out.update({v.start: d[3] for v, d in zip(vr, dr)})
    if "respectively" in lowers and not out:
        names = list(dict.fromkeys(d[3] for d in datasets))
        if len(names) >= 2 and len(values) == len(names):
            out = {v.start: name for v, name in zip(values, names)}
        elif len(names) >= 2:
            # "83.4% on A and 45.1% on B, beating the best by 1.2% and 3.4%, respectively": the list
            # just before "respectively" pairs with the datasets in order
            for vr in v_runs:
                if len(vr) == len(names) and "respectively" in lowers[vr[-1].end : vr[-1].end + 3]:
                    out.update({v.start: name for v, name in zip(vr, names)})
    return out


def _coordinated_tail(before: list[tuple], lowers: list[str]) -> list[str]:
    """The last dataset before a value, with those listed together with it ("MBPP and HumanEval")."""
    group = [before[-1]]
    for d in reversed(before[:-1]):
        between = lowers[d[1] : group[0][0]]
        if all(w in {",", "and", "or", "the"} for w in between) and len(between) <= 3:
            group.insert(0, d)
        else:
            break
    return [d[3] for d in group]


def _metric_of_later_value(values: list[Value], v: Value, m: tuple, lowers: list[str]) -> bool:
    """Whether metric `m`, written after value `v`, belongs to a later number:
    one between them, or one it is written with ("61.2 on MMLU ... a pass@1 of
    38.4%", "... and latency by up to 6.1%"). A metric before the value always carries over ("96.2% pass@1 on A
    but 76.2% on B")."""
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
        )  # "... and improving latency up to 6.1%": the metric is the later number's
        return between or written_with

    def coordinated(o: Value) -> bool:  # "82.1 and 48.3 mIoU", "88.3% zero-shot and 91.1% ... accuracy"
        a, b = (v.end, o.start) if o.start >= v.end else (o.end, v.start)
        return b - a <= 3 and lowers[b - 1] in (",", "and", "or", "/")

    def aside(o: Value) -> bool:  # "a 37.4% (+15.1%) win rate": a gain in brackets claims nothing
        return o.start > 0 and lowers[o.start - 1] == "("

    return any(claims(o) and not coordinated(o) and not aside(o) for o in values if o is not v)


#: words between a metric's name and the "of" / bracket its value follows ("a BLEU score of 42.3", "(RIBES) score of")
MEASURE_FILLERS = frozenset(rule_words("MEASURE_FILLERS"))
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


def _written_measure(v: Value, metrics: list[tuple], lowers: list[str]) -> tuple[str | None] | None:
    """What the words a value is written with say it measures: (the metric,) when a metric's name ends
    there ("a BLEU score of 42.3", "(TER) score of 79.07", "F1 = 0.71"); (None,) when a lower-case noun
    that is no known metric does ("a length ratio of 1.087", "UPOS tagging (93.09%)"): the number is
    not in a metric named for another item; None when the words say nothing (a name, "a margin of").

    >>> ms = [(1, 2, "Metric", "BLEU")]
    >>> _written_measure(Value(4, 5, "42.3", 42.3, None), ms, "a bleu score of 42.3".split())
    ('BLEU',)
    >>> _written_measure(Value(4, 5, "1.087", 1.087, None), ms, "a length ratio of 1.087".split())
    (None,)
    >>> _written_measure(Value(4, 5, "2.1", 2.1, None), ms, "by a margin of 2.1".split()) is None
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
    skip = NOT_MEASURES | c["change_noun"] | c["gain"] | c["reduction"] | c["setting"] | BY_AMOUNTS | HEDGES
    if word.isalpha() and word not in skip and word not in function_words():
        return (None,)
    return None


def _bracketed_owner(v: Value, actors: list[tuple], lowers: list[str]) -> str | None:
    """ "decreases of 31.3% (BERT), 22.5% (RoBERTa)": the name in brackets right after a number owns it."""
    for s, e, _, name in actors:
        if s == v.end + 1 and lowers[v.end] == "(" and ")" in lowers[e : e + 3]:  # "(GPT-3 few-shot)" too
            return name
    return None


#: words that end the phrase a comparing verb governs: after them a bracketed number is said of something else
COMPARED_PHRASE_ENDS = frozenset(rule_words("COMPARED_PHRASE_ENDS"))


def _compared_in_brackets(v: Value, actors: list[tuple], lowers: list[str]) -> tuple[str | None] | None:
    """ "outperforming ESIM (86.7%) and GPT-3.5 (20%)", "outperforms the human
    baseline (63%)": a score in brackets at the end of the phrase a comparing
    verb governs is the compared system's. Returns (its name or None when the
    text names none) or None when the number is no such score. Not after "on"
    or "in" ("outperforms X on D (91.2)": whose number that is stays unsaid).

    >>> _compared_in_brackets(Value(4, 6, "86.7%", 86.7, "%"), [(2, 3, "Model", "ESIM")],
    ...                       "we outperform esim ( 86.7 % )".split())
    ('ESIM',)
    """
    if v.start < 2 or lowers[v.start - 1] != "(" or v.end >= len(lowers) or lowers[v.end] != ")":
        return None
    owner = next((a[3] for a in actors if a[1] == v.start - 1), None)
    k = v.start - 2
    inside = False  # walking back through an earlier "NAME (number)" of the same list
    for _ in range(12):
        if k < 0:
            return None
        w = lowers[k]
        if w == ")":
            inside = True
        elif w == "(":
            inside = False
        elif inside:
            pass
        elif w in cues()["baseline"] or (w in ("to", "with") and k > 0 and lowers[k - 1] == "compared"):
            return (owner,)
        elif NUMBER.match(w) or w in COMPARED_PHRASE_ENDS or (w in CLAUSE_BREAKS and lowers[k - 1 : k] != [")"]):
            return None
        k -= 1
    return None


def _versus_second(v: Value, values: list[Value], lowers: list[str]) -> bool:
    """ "outperforms the previous best (85.6% vs. 80.9%)", "0.957 vs 0.644 in F1":
    the number after "vs" set against another one is the compared system's.

    >>> a, b = Value(1, 2, "85.6%", 85.6, "%"), Value(3, 4, "80.9%", 80.9, "%")
    >>> _versus_second(b, [a, b], "( 85.6% vs. 80.9% )".split()), _versus_second(a, [a, b], "( 85.6% vs. 80.9% )".split())
    (True, False)
    """
    if v.start < 2 or lowers[v.start - 1] not in ("vs", "vs.", "versus", "v/s"):
        return False
    k = v.start - 2
    if lowers[k] == ")":  # "83.3% (MEO) vs. 82.6%": the first number's owner in brackets between
        k = next((j - 1 for j in range(k - 1, max(-1, k - 6), -1) if lowers[j] == "("), k)
    # the first number may be one the extractor does not keep ("0.957 vs 0.644 in micro F1": too far from F1)
    return k >= 0 and (any(o.end == k + 1 for o in values) or bool(NUMBER.match(lowers[k].rstrip("%"))))


def _baseline_after(actors: list[tuple], v: Value, lowers: list[str], subject: str | None) -> str | None:
    """ "5.4 points higher than Llama-3.2-1B", "0.55% higher than the Stanford
    Stanza model": the baseline named right after the gain, a determiner or
    one more name word between allowed."""
    for s, _e, _, name in actors:
        if not (v.end <= s <= v.end + 6) or name == subject:
            continue
        gap = lowers[v.end : s]
        cue = next(
            (
                j
                for j, w in enumerate(gap)
                if w in ("than", "over", "vs", "versus") or (w in ("to", "with") and gap[j - 1 : j] == ["compared"])
            ),
            None,
        )  # "(+1.47% compared to CLHAIF)"
        if cue is None or len(gap) - cue - 1 > 2 or not all(w.isalpha() for w in gap[cue + 1 :]):
            continue
        c = cues()
        if all(
            w in c["gain"] | c["reduction"] | c["comparative"] | c["metric_filler"] | {"compared"} for w in gap[:cue]
        ):
            return name  # "higher than the Stanford X", not "91.2% on D and improves over X"
    return None


def _nearest(mentions: list[tuple], v: Value) -> str | None:
    if not mentions:
        return None
    best = min(mentions, key=lambda m: min(abs(m[0] - v.end), abs(v.start - m[1])))
    if min(abs(best[0] - v.end), abs(v.start - best[1])) > 12:
        return None
    return best[3]


#: a noun for the system compared against, right before its name ("outperforms the baseline UDPipe")
BASELINE_NOUNS = frozenset(rule_words("BASELINE_NOUNS"))


def _compares(lowers: list[str], a: int, b: int) -> bool:
    """Whether a comparing verb ("outperforms", "surpasses") stands between tokens a and b."""
    c = cues()
    return any(w in c["baseline"] and w in c["gain"] for w in lowers[a:b])


def _improved_by(s: int, e: int, lowers: list[str]) -> bool:
    """ "improves the performance of the model X by 0.3": X, the object of the
    improving verb in its clause, is the baseline of the gain after "by"; so
    is X in "improves the accuracy of X from 23.0% to 70.4%" (RULINGS R3: the
    first number is X's, the second the improver's, not X's alone)."""
    starts_from = lowers[e : e + 1] == ["from"] and e + 1 < len(lowers) and lowers[e + 1][:1].isdigit()
    if e >= len(lowers) or (lowers[e] != "by" and not starts_from):
        return False
    window = lowers[max(0, s - 10) : s]
    cue = max((k for k, w in enumerate(window) if w in IMPROVED_CUES), default=None)
    # the break must fall between the verb and X: "..., improving the accuracy of BERT by 10%" still counts
    return cue is not None and not any(w in CLAUSE_BREAKS for w in window[cue:])


BASELINE_MODIFIERS = frozenset(rule_words("BASELINE_MODIFIERS"))
ACTIVITY_PREPOSITIONS = frozenset(rule_words("ACTIVITY_PREPOSITIONS"))


def _compared_through_modifiers(start: int, lowers: list[str]) -> bool:
    """Whether a comparing word ("over", "outperforms", "than") stands before a name with only an
    article and modifiers between ("gains over a fine-tuned X", "outperforms the vanilla X model"):
    the name is the baseline the number is compared with.

    >>> _compared_through_modifiers(5, "gains over a fine - tuned roberta".split())
    True
    >>> _compared_through_modifiers(3, "trained on the roberta".split())
    False
    """
    k = start - 1
    while k >= 0 and start - k <= 5 and lowers[k] in BASELINE_MODIFIERS:
        k -= 1
    return k >= 0 and k < start - 1 and lowers[k] in cues()["baseline"] and lowers[k] not in cues()["tool"]


def _called_baseline(end: int, lowers: list[str]) -> bool:
    """Whether the words after a name call it the baseline ("X serving as a baseline", "X, used as the
    baseline", "X as our baseline"): a named baseline is compared with, it owns none of the scores.

    >>> _called_baseline(1, "roberta serving as a baseline leads to 81.2 %".split())
    True
    >>> _called_baseline(1, "roberta as a classifier reaches 81.2 %".split())
    False
    """
    after = [
        w for w in lowers[end : end + 6] if w not in (",", "serving", "served", "used", "acting", "model", "system")
    ]
    if after[:1] != ["as"]:
        return False
    rest = [w for w in after[1:4] if w not in ("a", "an", "the", "our", "strong", "simple")]
    return rest[:1] in (["baseline"], ["baselines"])


def _on_top_of(start: int, lowers: list[str]) -> bool:
    """Whether a name is the base another system is put "on top of" ("PlanX on top of FooLM achieves",
    "1.8% gain on top of the BiDAF reader").

    >>> _on_top_of(5, "using planx on top of foolm achieves 77.0 %".split())
    True
    """
    k = start - 1
    while k >= 0 and lowers[k] in ("the", "a", "an", "strong", "pre-trained", "pretrained"):
        k -= 1
    return k >= 2 and lowers[k - 2 : k + 1] == ["on", "top", "of"]


def _activity_object(start: int, lowers: list[str]) -> bool:
    """Whether a name is the object of an activity written as a preposition and a verb in -ing
    ("effective in attacking the X model", "succeeds in achieving X"): what the activity acts
    on is not the owner of the number the sentence reports for it.

    >>> _activity_object(4, "effective in attacking the contriever model".split())
    True
    >>> _activity_object(1, "contriever reaches 61.3 %".split())
    False
    """
    g = start - 1
    if g >= 0 and lowers[g] in ("the", "a", "an"):
        g -= 1
    return g >= 1 and lowers[g].endswith("ing") and len(lowers[g]) > 4 and lowers[g - 1] in ACTIVITY_PREPOSITIONS


def _own_between(lowers: list[str], start: int, end: int) -> bool:
    """Whether "our"/"we" opens a clause of its own between a name and its value
    ("With X, our framework achieves"), not an apposition ("X, our model, achieves")
    nor a relative clause about the name ("X ..., for which we can reduce ... by 20%")."""
    for k in range(start, end):
        if lowers[k] not in ("our", "we") or (k == start + 1 and lowers[start] in (",", "(")):
            continue
        if lowers[k - 1] not in ("which", "whom", "where", "whose") and lowers[k - 1] not in cues()["tool"]:
            return True  # "X using our method produces": our method is the means, X the subject
    return False


OWN_APPLIED = frozenset({"with", "using", "via", "applying"})


def _own_applied(lowers: list[str], start: int, end: int) -> bool:
    """Whether the paper's own method is applied to a name between it and its value ("augmenting X
    using our method gives 44.3", "X trained with our data improves 7%", "the parser of X with our
    decoder achieves 75.1%"): the number is the combination's, the paper's contribution, not X's alone.

    >>> _own_applied("augmenting foot5 using our method gives 44.3".split(), 2, 6)
    True
    >>> _own_applied("foot5 , unlike our method , gives 44.3".split(), 1, 6)
    False
    """
    return any(lowers[k] == "our" and lowers[k - 1] in OWN_APPLIED for k in range(max(start, 1), end))


def _speaks_of_own(lowers: list[str], upto: int) -> bool:
    """The sentence speaks of the paper's own contribution before `upto`: "our",
    "we", "this approach", or a sentence that opens with "It" (in an abstract,
    "We propose X. It reaches 91% on Y": the pronoun carries the contribution)."""
    return any(w in cues()["own"] for w in lowers[:upto]) or (upto > 0 and lowers[0] == "it")


def _owned(lowers: list[str], start: int) -> bool:
    """Whether the words just before a name make it the paper's own: "our
    pruning", "this new attention mechanism", "the proposed distillation".
    A technique the sentence only uses beside the paper's work ("combining
    with standard KD, our approach achieves 30.4") does not own the number.

    >>> _owned("our pruning keeps 97%".split(), 1), _owned("this new attention mechanism reaches".split(), 2)
    (True, True)
    >>> _owned("combining with standard kd , our approach achieves 30.4".split(), 3)
    False
    """
    before = lowers[max(0, start - 3) : start]
    cut = max((k for k, w in enumerate(before) if w in CLAUSE_BREAKS), default=-1)
    return any(w in ("our", "this", "proposed") for w in before[cut + 1 :])


def _joined_by_plus(start: int, end: int, lowers: list[str]) -> bool:
    """Whether a name is one side of a combination written with "+" ("TimeSFormer + CNN ensemble",
    "Qwen2-Instruct 72B + CultureInstruct"); a sign before a number ("cTBLs +80%") joins nothing.

    >>> _joined_by_plus(3, 4, "the sbert + bm25 model".split()), _joined_by_plus(0, 1, "ctbls +80%".split())
    (True, False)
    """
    after = lowers[end : end + 2]
    before = lowers[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] == "+" and after[1][:1].isalpha()) or (
        len(before) == 2 and before[1] == "+" and before[0][-1:].isalnum()
    )


def _modifies(end: int, lowers: list[str]) -> bool:
    """Whether a name ending at `end` is the first half of an "X-based" modifier ("BERT-based models",
    "our Flan-T5-based approach"): the phrase names systems built on X, so X owns none of their numbers.

    >>> _modifies(1, "bert - based models reach 91.2".split()), _modifies(1, "bert reaches 91.2".split())
    (True, False)
    """
    return lowers[end : end + 2] == ["-", "based"] or lowers[end : end + 1] == ["-based"]


def _subject_and_baseline(
    actors: list[tuple], v: Value, lowers: list[str], own: str | None, metric_starts: frozenset[int] = frozenset()
) -> tuple[str | None, str | None]:
    """The last model/method before the value that is not a baseline ("outperforms
    X by"), a tool ("using X", "built on X"), listed with one or a setting of a
    metric ("fine-tuning accuracy"); else the paper's own contribution when the
    sentence speaks of it ("our", "this approach")."""
    baseline = None
    subject = None
    own_named = False
    subject_start = subject_end = -1
    prev_role, prev_end = None, -1
    for s, e, kind, name in actors:
        if e > v.start:
            break
        cue = lowers[s - 1] if s > 0 else ""
        cue2 = lowers[s - 2] if s > 1 else ""
        listed = prev_end >= 0 and all(w in {",", "and", "or"} for w in lowers[prev_end:s]) and s - prev_end <= 2
        if listed and prev_role in ("baseline", "tool", "member"):
            role = prev_role
        elif _joined_by_plus(s, e, lowers):
            role = "member"  # "the SBERT + BM25 model attained 97%": the combination owns the number, not BM25
        elif cue == "of" and cue2 in ENSEMBLE_NOUNS:
            role = "member"  # "an ensemble of CT-BERT, RoBERTa and SVM achieves 88.52%": no member owns the number
        elif (
            cue in cues()["baseline"]
            or cue2 in cues()["baseline"]
            or cue in IMPROVED_CUES
            or _improved_by(s, e, lowers)
            or (cue in ("the", "a", "an") and cue2 in IMPROVED_CUES)  # "improves the Transformer by +0.73"
            # "outperforms the (strong) baseline UDPipe": the name a compared "baseline" is, is the baseline
            or (cue in BASELINE_NOUNS and _compares(lowers, max(0, s - 5), s))
            or _compared_through_modifiers(s, lowers)  # "over a fine-tuned X", "outperforms the vanilla X"
            or _called_baseline(e, lowers)  # "X serving as a baseline", "X as the baseline"
        ):
            role = "baseline"
        elif cue in cues()["tool"] or cue2 in ("built", "based", "help", "augmenting") or _on_top_of(s, lowers):
            role = "tool"  # "X on top of Y achieves": Y is the base X is built on, it owns none of X's numbers
        else:
            role = "subject"
        if role == "subject" and ({cue, cue2} & {"a", "an"}):
            role = "context"  # "a minimal RAG pipeline achieves": an unnamed instance of a technique
        if role == "subject" and _activity_object(s, lowers):
            role = "context"  # "effective in attacking the X model, reaching 61.3%": X is what the activity acts on
        if role == "subject" and name.lower() in TRAINING:
            role = "context"  # "Fine-tuning X ...": a training stage is done to a system, it owns no number
        if role == "subject" and cue in TRAINING and (s < 2 or lowers[s - 2] in CLAUSE_BREAKS):
            role = (
                "tool"  # "Fine-tuning X for two epochs gives a 12% gain": X is what was trained, not the result's owner
            )
        if role == "subject" and ({cue, cue2} & {"without", "no"}):
            role = "context"  # "applied without any fine-tuning, it gains 9%": an absent technique obtains nothing
        if role == "subject" and kind == "Method" and e in metric_starts:
            role = "context"  # "91.1% fine-tuning accuracy": the technique is the metric's setting, not its owner
        if role == "subject" and _modifies(e, lowers):
            role = "context"  # "our method achieves BERT-based performance (95.92 F1)": X-based names a class, not an owner
        if role == "subject" and e < len(lowers) and lowers[e] in SETTING_NOUNS:
            role = "context"  # "X on diverse RAG tasks, improving ...": the name qualifies the tasks
        if role == "subject" and subject is not None and _compares(lowers, prev_end, s):
            role = "context"  # "X outperforms baselines on Y detection (12%)": X stays the subject
        if role == "baseline" and "by" in lowers[e : v.start] and not any(NUMBER.match(w) for w in lowers[e : v.start]):
            baseline = name
        elif role == "subject":
            subject, subject_start, subject_end = name, s, e
        elif role == "member":
            subject = None  # "X reaches 88.7% and an ensemble of X, Y and Z 88.5%": X's name is no longer the owner
        if name == own and role != "baseline":
            own_named = True
        prev_role, prev_end = role, e
    if subject is not None and subject != own and _own_between(lowers, subject_end, v.start):
        subject = None  # "With the external BERT representations, our framework achieves 87.5": BERT is an input
    if subject is not None and subject != own and _own_applied(lowers, subject_end, v.start):
        subject = None  # "augmenting X using our method gives 44.3": X with the paper's method owns it, not X
    if own_named or (subject is None and own and _speaks_of_own(lowers, v.start)):
        subject = own  # "Using X, we show that a RAG pipeline gains 10%": the number is the contribution's
    if subject is not None and _generic(subject) and subject != own and not _owned(lowers, subject_start):
        # "Fine-tuning resulted in gains of 2.8%", "combining with standard KD, our approach achieves 30.4":
        # a technique named generically owns no number unless the sentence makes it the paper's ("our pruning")
        subject = None
    if subject == baseline:
        baseline = None
    return subject, baseline


class ResultExtractor:
    """Adds the reported results of each sentence to the Doc. As the last
    component it also drops the intermediate records (lexicon matches, name
    candidates, abbreviation pairs) unless `drop_intermediate` is false, so
    less travels back from worker processes."""

    def __init__(self, nlp: Language, name: str = "paperkg_results", drop_intermediate: bool = True):
        self.name = name
        self.drop_intermediate = drop_intermediate

    def __call__(self, doc: Doc, compact: bool = False) -> Doc:
        """With `compact` (what `extract_papers` asks for through
        `component_cfg`), return a token-less Doc that carries only the
        extraction records: a full Doc costs ~3 ms to serialise between
        processes, which made two processes slower than one."""
        doc = self._annotate(doc)
        if not compact:
            return doc
        out = Doc(doc.vocab, words=[])
        out._context = doc._context  # as_tuples contexts travel on the Doc
        for name in ("paperkg_entities", "paperkg_results", "paperkg_sentences"):
            setattr(out._, name, getattr(doc._, name) or [])
        return out

    def pipe(self, docs, batch_size: int = 128, compact: bool = False):
        for doc in docs:
            yield self(doc, compact=compact)

    def _annotate(self, doc: Doc) -> Doc:
        v = token_view(doc)
        entities = doc._.paperkg_entities or []
        datasets = [e["name"] for e in entities if e["type"] == "Dataset" and not _a_language(e["name"])]
        own = next((e["name"] for e in entities if e["introduced"] and e["type"] in ("Method", "Model")), None)
        by_token: list[tuple[int, int, str, str]] = []
        for e in entities:
            for s, t in e["mentions"]:
                span = char_span_tokens(v, s, t)
                if span is not None:
                    by_token.append((span[0], span[1], e["type"], e["name"]))
        by_token.sort()
        results = []
        seen = set()
        only = datasets[0] if len(datasets) == 1 else None
        if only is None and v.sents:  # "TEAM at SemEval-2019 Task 3: ...": the one dataset the title names
            in_title = {n for s, e, t, n in by_token if t == "Dataset" and e <= v.sents[0][1] and not _a_language(n)}
            if len(in_title) > 1:  # "TEAM at the X 2020 Shared Task: Enhanced UD Parsing": the data it names
                in_title = {n for n in in_title if not _SHARED_TASK_NAME.search(n)} or in_title
            only = next(iter(in_title)) if len(in_title) == 1 else None
        if only is not None and _SHARED_TASK_NAME.search(only):
            # an unnumbered shared task is the frame; the one dataset the paper names besides is what it is run on
            specific = {n for n in datasets if not _TASK_NAME.search(n)}
            only = next(iter(specific)) if len(specific) == 1 else only
        if only is not None and is_event(only):
            only = None
        # a sentence that names no dataset plainly refers back to one named before it; one named only later may
        # be another experiment's ("... an accuracy of 90% on classification. Further, ... on D"): kept, off boards
        first = next(
            (
                k
                for k, (s0, s1) in enumerate(v.sents)
                for s, e, t, n in by_token
                if n == only and t == "Dataset" and s0 <= s < s1
            ),
            None,
        )
        for si, (s0, s1) in enumerate(v.sents):
            a, b = v.sent_char_range(si)
            if not _ANY_DIGIT.search(v.text, a, b):
                continue
            words = v.words[s0:s1]
            ms = [(s - s0, e - s0, t, n) for s, e, t, n in by_token if s0 <= s and e <= s1]
            # the title reports no result on a dataset it does not name ("TEAM at EVENT 22")
            ahead = first is None or first > si
            for r in extract_results(words, ms, own=own, only_dataset=only if si else None):
                if ahead and r["dataset"] == only and not any(t == "Dataset" for _, _, t, _ in ms):
                    r["confidence"] = min(r["confidence"], BOARD_DOUBT_CAP)  # a dataset named only later: unsure
                key = (r["value"], r["dataset"], r["subject"])
                if key in seen:
                    continue
                seen.add(key)
                a, b = v.sent_char_range(si)
                r["sentence"] = v.text[a:b].strip()
                # the abstract's one direction is a translation score's, not a GLUE accuracy's of the same paper
                r["pair"] = pair_of_result(r["sentence"], r["value"], v.text if translation_metric(r["metric"]) else "")
                results.append(r)
        doc._.paperkg_results = results
        # the sentence boundaries travel with the Doc (evidence needs them); the token view does not
        doc._.paperkg_sentences = [list(v.sent_char_range(i)) for i in range(len(v.sents))]
        if self.drop_intermediate:
            for name in INTERMEDIATE:
                setattr(doc._, name, None)
        doc._.paperkg_view = None
        return doc


@Language.factory(
    "paperkg_results",
    default_config={"drop_intermediate": True},
    requires=[path("entities")],
    assigns=[path("results"), path("sentences")],
)
def make_result_extractor(nlp: Language, name: str, drop_intermediate: bool) -> ResultExtractor:
    return ResultExtractor(nlp, name, drop_intermediate)
