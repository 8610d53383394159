"""Leaderboards from the numbers abstracts report: absolute scores ranked per
metric in the metric's direction, gains and reductions listed apart with their
baseline, and the best score known at each date (state of the art over time).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Iterable

import networkx as nx

from paperkg.analytics.names import normalise, resolve_concept
from paperkg.language_pairs import pair_of_result, split_pair, translation_metric
from paperkg.model import MIN_BOARD_CONFIDENCE
from paperkg.subtasks import part_of_result

#: Metric names where a smaller number is better (matched as words in the name); the
#: fallback for a metric the direction lexicon does not name.
LOWER_IS_BETTER = re.compile(
    r"\b(error|err|loss|perplexity|ppl|wer|cer|fid|kid|latency|time|runtime|memory|cost|flops?|"
    r"mae|mse|rmse|distance|ece|bpd|bits per|regret|hallucination rate)s?\b",
    re.IGNORECASE,
)

#: Result kinds that compare against something rather than stand alone.
COMPARISON_KINDS = ("gain", "ratio", "reduction")

#: Metrics of what a result costs (compute, time, memory, energy, money, size), matched as words in the
#: name: a board ranks them after the dataset's score metrics, whatever their direction.
COST_METRIC = re.compile(
    r"\b([gtm]?flops?|macs|multiply-accumulate|latency|runtime|run time|time|memory|energy|power|carbon|cost|"
    r"token usage|gpu hours|pf-days|kv cache|index size|model size|throughput|speed|speed-?up|makespan|"
    r"param(eter)?s|bits per (weight|parameter))\b",
    re.IGNORECASE,
)

#: Units that are the metric's own units ("34.1 BLEU points" is 34.1 BLEU): a bare number's scale.
_POINTS = frozenset({"", "points", "point", "pts", "pp"})


def lower_is_better(metric_name: str | None, directions: dict[str, str] | None = None) -> bool:
    """Whether a smaller value wins for a metric of this name.

    `directions` maps metric names (any spelling: they are compared
    normalised) to ``"higher"`` or ``"lower"``, as the metric lexicon's
    ``metric_directions.tsv``; a name it does not hold falls back to words
    such as error, loss, latency, FLOPs.

    Examples
    --------
    >>> lower_is_better("Word Error Rate"), lower_is_better("accuracy")
    (True, False)
    >>> lower_is_better("WER", {"wer": "lower"}), lower_is_better("BLEU", {"bleu": "higher"})
    (True, False)
    """
    if not metric_name:
        return False
    if directions:
        found = directions.get(normalise(metric_name)) or directions.get(metric_name)
        if found:
            return found == "lower"
    return bool(LOWER_IS_BETTER.search(metric_name))


def is_cost_metric(metric_name: str | None) -> bool:
    """Whether a metric measures what a result costs (FLOPs, runtime, memory)
    rather than how good it is: such boards come after the score metrics.

    Examples
    --------
    >>> is_cost_metric("FLOPs"), is_cost_metric("inference time"), is_cost_metric("GPU memory")
    (True, True, True)
    >>> is_cost_metric("accuracy"), is_cost_metric("word error rate"), is_cost_metric(None)
    (False, False, False)
    """
    return bool(metric_name and COST_METRIC.search(metric_name))


def comparable_numbers(results: list[dict]) -> list[tuple[str, float | None]]:
    """Each result's scale and its number on that scale, so numbers of one
    metric written different ways rank together: points are the metric's own
    units ("34.1 BLEU points" is "34.1 BLEU"), and when the metric is written
    in % anywhere in `results` it is a percentage, so a bare number is one
    too and a bare fraction up to 1 is a share (0.92 F1 is 92%). Other units
    ("70x", "8.5s") are scales of their own; a result without a number has none.

    Examples
    --------
    >>> comparable_numbers([{"number": 34.1, "unit": "points"}, {"number": 28.2, "unit": ""}])
    [('', 34.1), ('', 28.2)]
    >>> comparable_numbers([{"number": 90.9, "unit": "%"}, {"number": 0.92, "unit": ""}, {"number": 2.0, "unit": "x"}])
    [('', 90.9), ('', 92.0), ('x', 2.0)]
    >>> comparable_numbers([{"number": 0.66, "unit": ""}, {"number": None, "unit": ""}])
    [('', 0.66), ('', None)]
    """
    percent = any((r.get("unit") or "") == "%" and r.get("number") is not None for r in results)
    out: list[tuple[str, float | None]] = []
    for r in results:
        unit, number = (r.get("unit") or "").strip(), r.get("number")
        if unit == "%" or (unit in _POINTS and percent):
            share = unit == "" and number is not None and 0 < abs(number) <= 1
            out.append(("", number * 100 if share and number is not None else number))
        else:
            out.append(("" if unit in _POINTS else unit, number))
    return out


def normalised_directions(directions: dict[str, str]) -> dict[str, str]:
    """A direction map keyed by :func:`normalise`\\ d names, for :func:`lower_is_better`."""
    return {normalise(k): v for k, v in directions.items() if normalise(k)}


_YEAR = re.compile(r"(?<!\d)(?:19|20)(\d\d)(?!\d)")  # also inside a name: WMT2019
_POINT_ZERO = re.compile(r"(\d)\.0\b")


def benchmark_key(name: str) -> str:
    """A dataset name with the spellings of one benchmark folded together: a
    four-digit year as two digits and a ``.0`` version as the bare number,
    then :func:`normalise`. ``AIME 2024`` and ``AIME24`` agree, as do
    ``AlpacaEval 2.0`` and ``AlpacaEval 2``; ``HumanEval Pro`` and
    ``MMLU-Pro`` keep the word that makes them other benchmarks, and
    ``HumanEval+`` its plus.

    Examples
    --------
    >>> benchmark_key("AIME 2024") == benchmark_key("AIME24"), benchmark_key("AIME 2025") == benchmark_key("AIME24")
    (True, False)
    >>> benchmark_key("AlpacaEval 2.0") == benchmark_key("AlpacaEval 2"), benchmark_key("MMLU-Pro") == benchmark_key("MMLU")
    (True, False)
    """
    text = _POINT_ZERO.sub(r"\1", _YEAR.sub(r"\1", name.casefold()))
    return normalise(text.replace("+", " plus "))  # HumanEval+ is not HumanEval


def dataset_variants(G: nx.Graph, key) -> list:
    """`key` and every other dataset node of `G` whose name or an alias is the
    same benchmark (:func:`benchmark_key`), most papers first: one board for
    spellings the graph has not merged, never a prefix match.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_node("Dataset:aime 2024", kind="Dataset", name="AIME 2024", paper_count=3)
    >>> G.add_node("Dataset:aime24", kind="Dataset", name="AIME24", paper_count=1)
    >>> G.add_node("Dataset:aime 2025", kind="Dataset", name="AIME 2025")
    >>> dataset_variants(G, "Dataset:aime24")
    ['Dataset:aime 2024', 'Dataset:aime24']
    """
    return variant_groups(G, [key])[key]


def _benchmark_keys(a: dict) -> set[str]:
    """The benchmark keys of a dataset node's spellings; a name with a pair suffix
    (``WMT14 En-De``) is also its benchmark's (:func:`paperkg.language_pairs.split_pair`)."""
    names = [n for n in (a.get("name") or "", *(a.get("aliases") or ())) if n]
    return {benchmark_key(n) for n in (*names, *(split_pair(n)[0] for n in names)) if benchmark_key(n)}


def variant_groups(G: nx.Graph, keys: Iterable) -> dict:
    """:func:`dataset_variants` of every key in `keys` from one pass over `G`:
    what a site with a board per dataset reads, instead of a pass per dataset.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_node("Dataset:wmt 2014", kind="Dataset", name="WMT 2014", paper_count=2)
    >>> G.add_node("Dataset:wmt14", kind="Dataset", name="WMT14")
    >>> G.add_node("Dataset:squad", kind="Dataset", name="SQuAD")
    >>> variant_groups(G, ["Dataset:wmt14", "Dataset:squad", "Dataset:none"])
    {'Dataset:wmt14': ['Dataset:wmt 2014', 'Dataset:wmt14'], 'Dataset:squad': ['Dataset:squad'], 'Dataset:none': []}
    """
    by_benchmark: dict[str, set] = {}
    for k, a in G.nodes(data=True):
        if a.get("kind") == "Dataset":
            for b in _benchmark_keys(a):
                by_benchmark.setdefault(b, set()).add(k)
    out = {}
    for key in keys:
        if key not in G:
            out[key] = []
            continue
        found = {key}.union(*(by_benchmark.get(b, ()) for b in _benchmark_keys(G.nodes[key])))
        # the benchmark's own name first (it names the board), then most papers first
        out[key] = sorted(
            found,
            key=lambda k: (
                split_pair(G.nodes[k].get("name") or "")[1] is not None,
                -int(G.nodes[k].get("paper_count") or 0),
                str(k),
            ),
        )
    return out


def resolve_board(G: nx.Graph, name: str) -> tuple[str, str | None]:
    """The dataset node and language pair a board name asks for: a name with a
    pair suffix is the benchmark and that pair (``WMT14 En-De`` is the
    ``en-de`` part of the WMT14 board), whether or not the graph also holds a
    dataset spelled that way; other names are the dataset alone (pair None).

    Raises
    ------
    NotFoundError
        Neither the name nor its benchmark is a dataset of `G`.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_node("Dataset:wmt14", kind="Dataset", name="WMT14", paper_count=9)
    >>> resolve_board(G, "WMT14 English-German"), resolve_board(G, "wmt14")
    (('Dataset:wmt14', 'en-de'), ('Dataset:wmt14', None))
    """
    from paperkg.errors import NotFoundError

    base, pair = split_pair(name)
    if pair:
        try:
            return resolve_concept(G, base, kind="Dataset"), pair
        except NotFoundError:
            pass
    key = resolve_concept(G, name, kind="Dataset")
    return key, pair or split_pair(G.nodes[key].get("name") or "")[1]


def _as_list(dataset) -> list:
    return [dataset] if isinstance(dataset, str) or not isinstance(dataset, Iterable) else list(dataset)


_SPLIT_WORDS = re.compile(r"[-_\s]+")
_METRIC_TAIL = re.compile(r" (?:scores?|measures?|metrics?)$")
_AVERAGED = re.compile(r"\b(macro|micro|weighted) (?:averaged?|averaging|avg\.?)\b")
_F_SCORE = re.compile(r"\bf ?1? (?:scores?|measures?)\b|\bf 1\b")


def metric_family(name: str | None) -> str:
    """The spellings of one metric folded together, so that a board ranks them
    as one: a trailing "score"/"measure" dropped ("macro F1 score" is macro
    F1), "macro-average(d)" is "macro", "F-score"/"F-measure" are F1,
    "exact match accuracy" is exact match, and "test accuracy" is accuracy (a
    score is on the test split unless it says otherwise; validation and
    development scores keep their own name). "" for no metric.

    Examples
    --------
    >>> metric_family("macro-average F1-score") == metric_family("macro F1 score") == metric_family("macro-F1")
    True
    >>> metric_family("exact match accuracy") == metric_family("exact match"), metric_family("F-measure")
    (True, 'f1')
    >>> metric_family("test accuracy") == metric_family("accuracy") != metric_family("validation accuracy")
    True
    >>> metric_family("average precision") == metric_family("precision"), metric_family(None)
    (False, '')
    """
    s = _SPLIT_WORDS.sub(" ", str(name or "").casefold()).strip()
    s = _F_SCORE.sub("f1", s)
    s = _METRIC_TAIL.sub("", s)
    s = _AVERAGED.sub(r"\1", s)
    s = re.sub(r"^test ", "", s)
    s = re.sub(r"^exact match accuracy$", "exact match", s)
    return normalise(s) if s else ""


def _one_key_per_metric(rows: list[dict]) -> dict:
    """{metric key: the key its board ranks it under}: the keys of one
    :func:`metric_family` rank under the key most of its rows have."""
    counts = Counter(r.get("metric_key") for r in rows if r.get("metric_key"))
    family = {r["metric_key"]: metric_family(r.get("metric_name")) for r in rows if r.get("metric_key")}
    best: dict[str, Any] = {}
    for key in sorted(counts, key=lambda k: (-counts[k], str(k))):
        best.setdefault(family[key] or str(key), key)
    return {key: best[family[key] or str(key)] for key in counts}


#: A year a benchmark's name gives it ("NADI 2023 shared task", "SemEval-2024 Task 1", "CoNLL-2003").
#: Four digits only, unlike resolve.names.edition_year ("NADI-23"): a two-digit number in a dataset name is as
#: often a size or a data year (WN18, CIFAR-10, KBP37), and a wrong year here takes right scores off a board.
_NAME_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?![\d.])")


def before_edition(paper_date: str | None, dataset_name: str) -> bool:
    """Whether a paper is dated before the year its benchmark's name gives: no paper of 2020 scores on the
    2023 edition, its result is on an earlier one that the graph joined to it ("Nuanced Arabic Dialect
    Identification shared task" written for every edition). An undated paper, or a name without a year, is never.

    >>> before_edition("2020-12-01", "NADI 2023 shared task"), before_edition("2023-12-01", "NADI 2023 shared task")
    (True, False)
    >>> before_edition("", "NADI 2023 shared task"), before_edition("2001-01-01", "TREC-50")
    (False, False)
    """
    m = _NAME_YEAR.search(dataset_name or "")
    year = (paper_date or "")[:4]
    return m is not None and year.isdigit() and int(year) < int(m.group(1))


_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5"}
_ORDINAL_PART = re.compile(r"^(first|second|third|fourth|fifth) (sub-task|track)$")


def numbered_parts(parts: Iterable[str]) -> dict[str, str]:
    """{part named by its place: the board's own label for it}: "first sub-task" is
    "sub-task 1" where the board's scores also name a "sub-task 1" and no
    "sub-task 1a" or "sub-task 1.1" (whose first sub-task that is, the text does
    not say). A board lettering its sub-tasks (A, B) or not naming the number keeps
    the ordinal apart.

    Examples
    --------
    >>> numbered_parts(["first sub-task", "sub-task 1", "sub-task 2", "fifth track", "track 5"])
    {'fifth track': 'track 5', 'first sub-task': 'sub-task 1'}
    >>> numbered_parts(["first sub-task", "sub-task 1a", "sub-task 1", "second sub-task", "sub-task A"])
    {}
    """
    parts = set(parts)
    out = {}
    for p in sorted(q for q in parts if q):  # sorted: one order under every hash seed (the doctest's)
        m = _ORDINAL_PART.match(p)
        if not m:
            continue
        label = f"{m.group(2)} {_ORDINALS[m.group(1)]}"
        finer = any(q != label and q.startswith(label) and not q[len(label)].isdigit() for q in parts if q)
        if label in parts and not finer:
            out[p] = label
    return out


def board_results(E: nx.Graph, dataset, *, metric=None, kind: str | None = None, pair: str | None = None) -> list[dict]:
    """Every result on `dataset` (a node or a list of variant nodes) that
    passes the metric, subject-kind and language-pair filters, in report
    order, each with its pair (:func:`result_pair`) and part (:func:`result_part`;
    an ordinal part becomes the board's numbered one, :func:`numbered_parts`: "first
    sub-task" is "sub-task 1" where the board's scores name a "sub-task 1", so the two
    rank as one part). A result of a paper dated before the year the benchmark's name gives is
    on an earlier edition and is left out (:func:`before_edition`).
    The spellings of one metric (:func:`metric_family`: "macro F1 score" and
    "macro-average F1-score") carry one metric key and name, the most used.

    Examples
    --------
    >>> E = nx.Graph()
    >>> E.add_node("d", results=[{"metric_key": "m:em", "metric_name": "exact match"},
    ...                          {"metric_key": "m:ema", "metric_name": "exact match accuracy"},
    ...                          {"metric_key": "m:em", "metric_name": "exact match"}])
    >>> [(r["metric_key"], r["metric_name"]) for r in board_results(E, "d", metric="m:ema")][1:]
    [('m:em', 'exact match'), ('m:em', 'exact match')]
    """
    found = []
    for d in _as_list(dataset):
        if d not in E:
            continue
        name = E.nodes[d].get("name", d)
        found += [(name, r) for r in E.nodes[d].get("results", []) if not before_edition(r.get("paper_date"), name)]
    one_key = _one_key_per_metric([r for _, r in found])
    numbered = numbered_parts(result_part(r) for _, r in found)  # "first sub-task" is the board's "sub-task 1"
    names = {r.get("metric_key"): r.get("metric_name") for _, r in reversed(found) if r.get("metric_key")}
    out = []
    for name, r in found:
        key = one_key.get(r.get("metric_key"), r.get("metric_key"))
        if metric is not None and key != one_key.get(metric, metric):
            continue
        if kind is not None and r.get("subject_kind") != kind:
            continue
        part = result_part(r)
        row = {**r, "dataset_name": name, "pair": result_pair(r, name), "part": numbered.get(part, part)}
        if key != r.get("metric_key"):
            row.update(metric_key=key, metric_name=names.get(key) or r.get("metric_name"))
        if pair is None or row["pair"] == pair:
            out.append(row)
    return out


def result_pair(r: dict, dataset_name: str = "") -> str:
    """The translation direction of a result ("en-de"), or "" when none is known.

    The stored one first; a store written before results had a pair (None)
    reads it off the sentence; a result with none on a dataset named with a
    pair (``WMT14 En-De``) is on that pair.

    Examples
    --------
    >>> result_pair({"pair": "de-en"}, "WMT14 En-De"), result_pair({"pair": ""}, "WMT14 En-De")
    ('de-en', 'en-de')
    >>> result_pair({"pair": None, "value": "41.0", "sentence": "We reach 41.0 BLEU on En-Fr."}, "WMT14")
    'en-fr'
    """
    pair = r.get("pair")
    if pair is None:
        pair = pair_of_result(r.get("sentence") or "", str(r.get("value") or ""))
    return pair or split_pair(dataset_name)[1] or ""


def result_part(r: dict) -> str:
    """The sub-task, track or answer type of a result ("sub-task A", "track 1",
    "long answer"), or "" when none is known: the one its reader set (from the
    sentence, else the paper's abstract: :func:`paperkg.reads.with_parts`),
    else read off the sentence (:func:`paperkg.subtasks.part_of_result`).

    Examples
    --------
    >>> result_part({"part": "sub-task B", "sentence": "0.71 on Subtask A", "value": "0.71"})
    'sub-task B'
    >>> result_part({"value": "0.71", "sentence": "We reach 0.71 macro-F1 on Subtask A."})
    'sub-task A'
    """
    part = r.get("part")
    if part is None:
        part = part_of_result(r.get("sentence") or "", str(r.get("value") or ""))
    return part


def result_kind(r: dict) -> str:
    """A result's kind; rows stored before kinds existed are scores."""
    return r.get("kind") or "score"


def is_sure(r: dict, min_confidence: float = MIN_BOARD_CONFIDENCE) -> bool:
    """Whether the extractor was sure enough of a result (no confidence: sure)."""
    c = r.get("confidence")
    return c is None or c >= min_confidence


def _row(r: dict, min_confidence: float, **extra) -> dict:
    return {
        "metric": r.get("metric_name") or "",
        **extra,
        "subject": r.get("subject_name", ""),
        "subject_source": r.get("subject_source", "sentence" if r.get("subject_name") else ""),
        "value": r.get("value"),
        "number": r.get("number"),
        "unit": r.get("unit") or "",
        "kind": result_kind(r),
        "pair": r.get("pair") or "",
        "part": r.get("part") or "",
        "scale": r.get("scale") or "",
        "confidence": r.get("confidence"),
        "unsure": not is_sure(r, min_confidence),
        "baseline": r.get("baseline_name", ""),
        "dataset": r.get("dataset_name", ""),
        "paper_id": r.get("paper_id"),
        "paper_title": r.get("paper_title", ""),
        "date": r.get("paper_date", ""),
        "url": r.get("paper_url", ""),
        "sentence": r.get("sentence", ""),
        "result_id": r.get("id"),
    }


def metric_order(results: list[dict]) -> list:
    """The metric keys of `results`, the board's main score metric first:
    score metrics before cost metrics (:func:`is_cost_metric`), then the
    metrics with the most results, a result without a metric last. Pass every
    score on the board, sure or not, so the order does not change with the
    confidence asked.

    Examples
    --------
    >>> metric_order([{"metric_key": "f", "metric_name": "FLOPs"}, {"metric_key": "f", "metric_name": "FLOPs"},
    ...               {"metric_key": "a", "metric_name": "accuracy"}, {}])
    ['a', 'f', '']
    """
    counts = Counter(r.get("metric_key") or "" for r in results)
    names = {r.get("metric_key") or "": r.get("metric_name") for r in results}
    return sorted(counts, key=lambda k: (k == "", is_cost_metric(names[k]), -counts[k], str(k)))


def _by_metric(results: list[dict], order: list) -> list[tuple[str, list[dict]]]:
    groups: dict = {}
    for r in results:
        groups.setdefault(r.get("metric_key") or "", []).append(r)
    rank = {k: i for i, k in enumerate(order)}
    return [
        (k, groups[k]) for k in sorted(groups, key=lambda k: (rank.get(k, len(rank)), k == "", -len(groups[k]), str(k)))
    ]


def _by_metric_and_pair(results: list[dict], order: list) -> list[tuple[str, str, str, list[dict]]]:
    """:func:`_by_metric`, each metric's results split by language pair and
    then by part (sub-task, track): the pair or part with most results first,
    results without one last. BLEU on En-De and on En-Fr are two rankings, and
    so are macro-F1 on sub-task A and on sub-task C."""
    out = []
    for metric, group in _by_metric(results, order):
        pairs: dict[tuple[str, str], list[dict]] = {}
        for r in group:
            pairs.setdefault((r.get("pair") or "", r.get("part") or ""), []).append(r)
        per_pair: Counter = Counter()
        for (p, _), rs in pairs.items():
            per_pair[p] += len(rs)
        order = sorted(pairs, key=lambda k: (k[0] == "", -per_pair[k[0]], k[0], k[1] == "", -len(pairs[k]), k[1]))
        out += [(metric, p, part, pairs[(p, part)]) for p, part in order]
    return out


def _unpaired_apart(results: list[dict]) -> set:
    """The metrics whose scores that name no language pair rank against nothing:
    where some of the metric's scores name a pair, and it measures translation
    (BLEU of an unknown pair compares with no other) or most of its scores name
    one. An accuracy on Wikipedia with one cross-lingual row among many stays
    ranked.

    Examples
    --------
    >>> _unpaired_apart([{"metric_key": "b", "metric_name": "BLEU", "pair": "en-de"}, {"metric_key": "b", "pair": ""},
    ...                  {"metric_key": "f", "metric_name": "F1", "pair": "en-ko"}, {"metric_key": "f", "pair": ""},
    ...                  {"metric_key": "f", "pair": ""}])
    {'b'}
    """
    apart = set()
    for metric, group in _by_metric(results, []):
        paired = sum(bool(r.get("pair")) for r in group)
        translation = any(translation_metric(r.get("metric_name")) for r in group)
        if paired and (translation or 2 * paired >= len(group)):
            apart.add(metric)
    return apart


def _unparted_apart(results: list[dict]) -> set:
    """The metrics whose scores that name no part (sub-task, track) rank against
    nothing: where most of the metric's scores name the one part, or a fifth or
    more name two parts or more (a number of no named part could then be any
    of them). Where fewer do, the scores naming none are the board's main
    ranking (papers name the main sub-task least, as the one everyone ran):
    four rows of twenty-two naming four parts keep the other eighteen ranked,
    two of eight naming two parts do not.

    Examples
    --------
    >>> _unparted_apart([{"metric_key": "f", "part": "sub-task A"}, {"metric_key": "f", "part": "sub-task B"},
    ...                  {"metric_key": "f", "part": ""}, {"metric_key": "a", "part": "sub-task A"},
    ...                  {"metric_key": "a", "part": "sub-task B"}, *[{"metric_key": "a", "part": ""}] * 9])
    {'f'}
    """
    apart = set()
    for metric, group in _by_metric(results, []):
        parts = [r.get("part") for r in group if r.get("part")]
        if parts and (2 * len(parts) >= len(group) or (len(set(parts)) >= 2 and 5 * len(parts) >= len(group))):
            apart.add(metric)
    return apart


def scale_groups(results: list[dict]) -> list[tuple[str, list[dict]]]:
    """`results` (scores of one metric, pair and part) split by scale when bare
    numbers of two scales meet and nothing says how they relate: with no score
    of the metric written in %, "56.58" and "0.7546" may be the same measure on
    a 0-100 and a 0-1 scale, or not, so they rank apart, each group named by
    its scale ("0-1 scale"; the other "0-100 scale", or "scale above 1" when a
    number passes 100) and the larger group first (ties: the 0-100 one),
    numberless scores with it. One scale, or a metric written in % somewhere
    (:func:`comparable_numbers` then reads a fraction as a share), is one group
    named "".

    Examples
    --------
    >>> rs = [{"number": 56.58, "unit": ""}, {"number": 0.7546, "unit": ""}, {"number": 0.61, "unit": ""}]
    >>> [(s, [r["number"] for r in g]) for s, g in scale_groups(rs)]
    [('0-1 scale', [0.7546, 0.61]), ('0-100 scale', [56.58])]
    >>> [(s, len(g)) for s, g in scale_groups([{"number": 56.58, "unit": ""}, {"number": 0.75, "unit": "%"}])]
    [('', 2)]
    """
    if any((r.get("unit") or "") == "%" and r.get("number") is not None for r in results):
        return [("", results)]  # a percentage somewhere: fractions are shares of it
    scaled = comparable_numbers(results)
    bare = [n for scale, n in scaled if scale == "" and n is not None]
    if not (any(0 < abs(n) <= 1 for n in bare) and any(abs(n) > 1 for n in bare)):
        return [("", results)]
    frac = [r for r, (scale, n) in zip(results, scaled) if scale == "" and n is not None and 0 < abs(n) <= 1]
    rest = [r for r, (scale, n) in zip(results, scaled) if not (scale == "" and n is not None and 0 < abs(n) <= 1)]
    big = "0-100 scale" if max(abs(n) for n in bare) <= 100 else "scale above 1"
    groups = [(big, rest), ("0-1 scale", frac)]
    if len(frac) > len(rest):
        groups.reverse()
    return groups


def ranking_key(r: dict) -> tuple[str, str, str, str, bool]:
    """What one ranking of a board's rows shares: metric, language pair, part, scale and whether it is ranked.

    >>> ranking_key({"metric": "F1", "part": "sub-task A", "scale": "0-1 scale", "rank": 2})
    ('F1', '', 'sub-task A', '0-1 scale', True)
    """
    return (
        r.get("metric") or "",
        r.get("pair") or "",
        r.get("part") or "",
        r.get("scale") or "",
        r.get("rank") is not None,
    )


def ranking_sizes(rows: list[dict]) -> list[dict]:
    """How many rows each ranking of a board has, in order: what a board cut by ``--limit`` says it
    shows part of. Each carries its :func:`ranking_key` as ``key``, so a reader matches rows to it
    without spelling the key out again.

    >>> sizes = ranking_sizes([{"metric": "acc", "rank": 1}, {"metric": "acc", "rank": 2}, {"metric": "F1", "rank": 1}])
    >>> sizes[0]
    {'metric': 'acc', 'pair': '', 'part': '', 'scale': '', 'ranked': True, 'scores': 2, 'key': ('acc', '', '', '', True)}
    >>> [s["scores"] for s in sizes]
    [2, 1]
    """
    counts = Counter(ranking_key(r) for r in rows)
    return [
        {**dict(zip(("metric", "pair", "part", "scale", "ranked", "scores"), (*k, n))), "key": k}
        for k, n in counts.items()
    ]


def _ordered(results: list[dict], lower: bool) -> list[dict]:
    """Best first: numbers on the metric's usual scale (:func:`comparable_numbers`),
    then other units ("70x" is not an accuracy in %), then no number; ties keep
    report order."""
    scaled = comparable_numbers(results)
    scales = Counter(scale for scale, n in scaled if n is not None)
    usual = scales.most_common(1)[0][0] if scales else ""
    sign = 1 if lower else -1
    order = sorted(
        range(len(results)), key=lambda i: (scaled[i][1] is None, scaled[i][0] != usual, sign * (scaled[i][1] or 0))
    )
    return [results[i] for i in order]


def leaderboard(
    E: nx.Graph,
    dataset,
    *,
    metric=None,
    kind: str | None = None,
    directions: dict[str, str] | None = None,
    min_confidence: float = MIN_BOARD_CONFIDENCE,
    include_unsure: bool = False,
    pair: str | None = None,
) -> list[dict]:
    """Absolute scores reported on `dataset`, grouped by metric, language
    pair and part (sub-task, track), best first.

    Only results of kind ``score`` rank (gains, ratios and reductions are
    :func:`comparisons`), and only those with ``confidence`` at least
    `min_confidence` unless `include_unsure`. The main score metric comes
    first, cost metrics last (:func:`metric_order`). Within a metric, higher
    numbers rank first unless :func:`lower_is_better` says otherwise; points,
    percentages and shares of one metric compare (:func:`comparable_numbers`),
    numbers in another unit than the metric's usual one rank after those that
    compare, and results without a number come last. A board where some
    results name a translation direction ranks each pair apart (``pair``,
    with `pair` only that one); results that name none are listed after
    their metric's pairs, unranked (``rank`` None) when the metric measures
    translation or most of its scores name a pair (:func:`_unpaired_apart`):
    no one knows what they compare with. Scores of one metric are split the
    same way by the part of the benchmark they are on (``part``: "sub-task
    A", "track 1", "long answer"), those naming none unranked after them when
    the metric's scores name two parts or most name one (:func:`_unparted_apart`).
    Scores that name no metric come last and rank against nothing (``missing``
    "metric"): a perplexity and an F1 have neither one direction nor one scale.
    The spellings of one metric rank as one (:func:`metric_family`). Bare
    numbers of one metric on a 0-1 and a 0-100 scale with no % to relate
    them rank apart (``scale``, :func:`scale_groups`), never mixed.

    Parameters
    ----------
    E : networkx.Graph
        From :func:`paperkg.analytics.projection.evaluation_graph`; dataset
        nodes carry ``results`` (rows with ``metric_key``, ``metric_name``,
        ``subject_name``, ``subject_kind``, ``number``, ``value``, ``unit``,
        ``kind``, ``confidence``, ``paper_id``, ``paper_title``, ``sentence``).
    dataset
        A dataset node of `E`, or a list of nodes that are one benchmark
        (:func:`dataset_variants`).
    metric : optional
        A metric key: only results measured by it.
    kind : str, optional
        Only results whose subject is of this kind (``Method`` or ``Model``).
    directions : dict, optional
        Metric directions for :func:`lower_is_better`.

    Returns
    -------
    list of dict
        ``{metric, rank, missing, subject, subject_source, value, number, unit, kind,
        pair, part, scale, confidence, unsure, baseline, dataset, paper_id, paper_title,
        date, url, sentence, result_id}``; ``rank`` restarts at 1 for every
        metric, pair and part; an unranked score's ``missing`` says what it
        does not name (``"language pair"`` or ``"sub-task"``), "" for others; ``subject_source`` is ``"sentence"`` (named there),
        ``"paper"`` (the paper's own: the sentence says "we") or ``""`` (no subject).

    Examples
    --------
    >>> E = nx.Graph()
    >>> E.add_node("d", kind="Dataset", name="D", results=[
    ...     {"id": "r1", "paper_id": "p1", "value": "50%", "number": 50.0, "unit": "%"},
    ...     {"id": "r2", "paper_id": "p2", "value": "70%", "number": 70.0, "unit": "%"},
    ...     {"id": "r3", "paper_id": "p3", "value": "+9%", "number": 9.0, "unit": "%", "kind": "gain"}])
    >>> [(r["value"], r["rank"], r["missing"]) for r in leaderboard(E, "d")]
    [('70%', None, 'metric'), ('50%', None, 'metric')]
    """
    rows = []
    scores = [r for r in board_results(E, dataset, metric=metric, kind=kind, pair=pair) if result_kind(r) == "score"]
    found = [r for r in scores if include_unsure or is_sure(r, min_confidence)]
    apart, unparted = _unpaired_apart(found), _unparted_apart(found)
    for m, p, part, results in _by_metric_and_pair(found, metric_order(scores)):
        lower = lower_is_better(results[0].get("metric_name"), directions)
        missing = "" if p or m not in apart else "language pair"
        missing = missing or ("" if part or m not in unparted else "sub-task")
        missing = missing or ("" if m else "metric")  # no direction, nor the same measure: ranks nothing
        for scale, group in scale_groups(results):  # 0.75 and 56.58 of one metric: two scales, two rankings
            rows += [
                _row({**r, "scale": scale}, min_confidence, rank=None if missing else i, missing=missing)
                for i, r in enumerate(_ordered(group, lower), 1)
            ]
    return rows


def comparisons(
    E: nx.Graph,
    dataset,
    *,
    metric=None,
    kind: str | None = None,
    min_confidence: float = MIN_BOARD_CONFIDENCE,
    include_unsure: bool = False,
    pair: str | None = None,
) -> list[dict]:
    """Gains, ratios and reductions reported on `dataset`, per metric, with
    the baseline each is measured against: they say how much better, not how
    good, so they never rank among scores. Largest change first.

    Examples
    --------
    >>> E = nx.Graph()
    >>> E.add_node("d", results=[{"id": "r", "value": "+6.4", "number": 6.4, "kind": "gain",
    ...                           "baseline_name": "DPO"}])
    >>> [(r["value"], r["baseline"]) for r in comparisons(E, "d")]
    [('+6.4', 'DPO')]
    """
    every = board_results(E, dataset, metric=metric, kind=kind, pair=pair)
    found = [r for r in every if result_kind(r) in COMPARISON_KINDS and (include_unsure or is_sure(r, min_confidence))]
    rows = []
    for _, results in _by_metric(found, metric_order([r for r in every if result_kind(r) == "score"])):
        ordered = sorted(
            results,
            key=lambda r: (COMPARISON_KINDS.index(result_kind(r)), r.get("number") is None, -abs(r.get("number") or 0)),
        )
        rows += [_row(r, min_confidence, rank=None, missing="") for r in ordered]
    return rows


def board_counts(
    E: nx.Graph,
    dataset,
    *,
    metric=None,
    kind: str | None = None,
    min_confidence: float = MIN_BOARD_CONFIDENCE,
    pair: str | None = None,
) -> dict:
    """How many results `dataset` has in all, after the filters, and how many
    of those are unsure: what a board that shows nothing explains.

    Examples
    --------
    >>> E = nx.Graph()
    >>> E.add_node("d", results=[{"id": "r", "metric_key": "m", "confidence": 0.2}])
    >>> board_counts(E, "d", metric="other")
    {'results': 1, 'matching': 0, 'unsure': 0}
    """
    every = board_results(E, dataset)
    matching = board_results(E, dataset, metric=metric, kind=kind, pair=pair)
    return {
        "results": len(every),
        "matching": len(matching),
        "unsure": sum(not is_sure(r, min_confidence) for r in matching),
    }


def main_metric(
    E: nx.Graph, dataset, *, kind: str | None = None, min_confidence: float = MIN_BOARD_CONFIDENCE
) -> dict | None:
    """The board's main score metric (the first of :func:`metric_order` over
    every score on `dataset`, sure or not), with how many scores it has and
    how many of them are unsure: a board whose main metric shows no row (its
    accuracies unsure, only a FLOPs count sure) says so. None without a
    metric named.

    Examples
    --------
    >>> E = nx.Graph()
    >>> E.add_node("d", results=[{"id": "a", "metric_key": "m:acc", "metric_name": "accuracy", "confidence": 0.3},
    ...                          {"id": "b", "metric_key": "m:acc", "metric_name": "accuracy", "confidence": 0.4},
    ...                          {"id": "c", "metric_key": "m:flops", "metric_name": "FLOPs", "confidence": 0.9}])
    >>> main_metric(E, "d")
    {'key': 'm:acc', 'name': 'accuracy', 'results': 2, 'unsure': 2}
    """
    scores = [r for r in board_results(E, dataset, kind=kind) if result_kind(r) == "score"]
    order = metric_order(scores)
    if not order or order[0] == "":
        return None
    mine = [r for r in scores if r.get("metric_key") == order[0]]
    return {
        "key": order[0],
        "name": mine[0].get("metric_name") or "",
        "results": len(mine),
        "unsure": sum(not is_sure(r, min_confidence) for r in mine),
    }


def _sortable_date(date: str | None) -> str | None:
    """An ISO date (``2024``, ``2024-08``, ``2024-08-08``) or None for one
    without a year (``--08-08``), which cannot be ordered against others."""
    return date if date and date[:4].isdigit() else None


def no_history_reason(rows: list[dict], name: str) -> str | None:
    """Why the scores `rows` (of a board named `name`) give no state of the art
    over time, in one line, or None when they can: a board whose papers carry
    no year (Daily Papers pages give month and day only) says so rather than
    drawing an empty chart.

    Examples
    --------
    >>> no_history_reason([{"number": 97.2, "date": "--08-08"}, {"number": 90.0, "date": ""}], "MATH500")
    'no state of the art over time on MATH500: none of its 2 scores comes from a paper dated with a year (dates such as --08-08 give month and day only)'
    >>> no_history_reason([{"number": 97.2, "date": ""}], "MATH500")
    'no state of the art over time on MATH500: its one score does not come from a paper dated with a year, so it has no place in time'
    >>> no_history_reason([{"number": 97.2, "date": "2024-08-08"}], "MATH500") is None
    True
    """
    if not rows:
        return None
    dated = [r for r in rows if _sortable_date(r.get("date"))]
    n = len(rows)
    lead = f"no state of the art over time on {name}: "
    if not dated:
        example = next((r["date"] for r in rows if r.get("date")), "")
        why = f" (dates such as {example} give month and day only)" if example else ""
        if n == 1:
            return (
                lead
                + f"its one score does not come from a paper dated with a year{why or ', so it has no place in time'}"
            )
        return (
            lead
            + f"none of its {n} scores comes from a paper dated with a year{why or ', so none has a place in time'}"
        )
    if not any(r.get("number") is not None for r in dated):
        return lead + "none of its dated scores has a number"
    return None


def sota_history(rows: list[dict], directions: dict[str, str] | None = None) -> list[dict]:
    """The best score known at each date, per metric, language pair and part: one
    step each time a paper beats every earlier one (state of the art over time).

    `rows` are :func:`leaderboard` rows; those without a number, without a
    dated paper, or on another scale than their metric's usual one
    (:func:`comparable_numbers`) are left out. Results of one date are compared together, the best one kept.

    Examples
    --------
    >>> rows = [{"metric": "acc", "number": 60.0, "unit": "%", "date": "2023-01-01", "value": "60%"},
    ...         {"metric": "acc", "number": 55.0, "unit": "%", "date": "2023-06-01", "value": "55%"},
    ...         {"metric": "acc", "number": 70.0, "unit": "%", "date": "2024-02-01", "value": "70%"}]
    >>> [(r["date"], r["value"]) for r in sota_history(rows)]
    [('2023-01-01', '60%'), ('2024-02-01', '70%')]
    """
    groups: dict[tuple[str, str, str, str], list[dict]] = {}
    for r in rows:
        if "rank" in r and r["rank"] is None:
            continue  # a score with no known pair (or part) on a board of pairs is no step of any one's history
        groups.setdefault(ranking_key(r)[:4], []).append(r)
    out = []
    for key, results in groups.items():
        scaled = comparable_numbers(results)
        scales = Counter(unit_scale for unit_scale, n in scaled if n is not None)
        usual = scales.most_common(1)[0][0] if scales else ""
        lower = lower_is_better(key[0], directions)
        dated = [
            (n, r)
            for r, (unit_scale, n) in zip(results, scaled)
            if n is not None and unit_scale == usual and _sortable_date(r.get("date"))
        ]
        dated.sort(key=lambda nr: (nr[1]["date"], nr[0] if lower else -nr[0]))
        best = None
        for n, r in dated:
            if best is None or (n < best if lower else n > best):
                best = n
                same = out and ranking_key(out[-1])[:4] == key
                out.append({**r, "previous": out[-1]["number"] if same else None})
    return out
