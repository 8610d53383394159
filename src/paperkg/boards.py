"""Leaderboards and task pages: what `paperkg leaderboard`, `paperkg task` and
their HTML views read from a store, handed to the pure functions of
paperkg.analytics (and paperkg.views for pages). Called through paperkg.api.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from paperkg import config
from paperkg.model import GraphData


@lru_cache(maxsize=1)
def metric_directions() -> dict[str, str]:
    """{normalised metric name or alias: "higher" | "lower"} from the metric
    lexicon (`metric_directions.tsv`, aliases from `metrics.tsv`): `WER` is
    lower-is-better because word error rate is."""
    from paperkg.analytics.leaderboard import normalised_directions
    from paperkg.analytics.names import normalise
    from paperkg.extract.lexicon import load_lexicon, load_metric_directions

    named = load_metric_directions()
    out = normalised_directions(named)
    for entry in load_lexicon():
        if entry.type == "Metric" and entry.name in named:
            for alias in entry.aliases:
                out.setdefault(normalise(alias), named[entry.name])
    return out


def _evaluation(store: str | None, keys: list[str], concepts: list[dict]):
    """The evaluation graph of the results on `keys` (each with its sub-task or track), with their papers'
    titles, dates and URLs and what
    the papers of results without a subject propose, in one read of the results however many datasets
    `keys` names."""
    from paperkg import analytics, reads
    from paperkg.api import open_store
    from paperkg.store.rows import chunks

    with open_store(store, read_only=True) as st:
        found = [r for part in chunks(keys, 20_000) for r in st.rows("dataset_results", {"keys": part})]
        results = reads.with_parts(st, found)  # "Subtask A" read off the sentence, else the abstract
        ids = sorted({r["paper_id"] for r in results})
        papers = st.papers_by_id(ids)
        unnamed = sorted({r["paper_id"] for r in results if not r.get("of_key")})  # whose is "we reach 90%"
        proposes = [p for part in chunks(unnamed, 20_000) for p in st.rows("paper_proposals", {"ids": part})]
    return analytics.evaluation_graph(
        GraphData(papers=papers, concepts=concepts, results=results, proposes=proposes), include_mentions=False
    )


def _board(E, names, variants: list, asked, *, metric_key=None, kind=None, pair=None, sure: dict) -> dict:
    """The board of one benchmark (`variants`, most papers first), or of its one
    language `pair`, from an evaluation graph holding its results."""
    from paperkg import analytics
    from paperkg.analytics.leaderboard import board_counts, comparisons, main_metric, no_history_reason, sota_history

    directions = metric_directions()
    filters = {"metric": metric_key, "kind": kind, "pair": pair}
    rows = analytics.leaderboard(E, variants, directions=directions, **filters, **sure)
    board_key = variants[0]  # every spelling of the benchmark names the same board
    return {
        "dataset": {
            "key": board_key,
            "name": names.nodes[board_key]["name"],
            "asked": asked,
            "variants": [names.nodes[k]["name"] for k in variants],
            "pair": pair,
        },
        "metric": names.nodes[metric_key]["name"] if metric_key else None,
        "rows": rows,
        "comparisons": comparisons(E, variants, **filters, **sure),
        "counts": board_counts(E, variants, min_confidence=sure["min_confidence"], **filters),
        "main_metric": None
        if metric_key
        else main_metric(E, variants, kind=kind, min_confidence=sure["min_confidence"]),
        "history": sota_history(rows, directions),
        "no_history": no_history_reason(rows, _board_name(names.nodes[board_key]["name"], pair)),
    }


def _board_name(name: str, pair: str | None) -> str:
    """A board's title: the benchmark, and the language pair when it is one pair's."""
    return f"{name} {pair}" if pair else name


def leaderboard(
    dataset: str,
    *,
    store: str | None = None,
    metric: str | None = None,
    kind: str | None = None,
    limit: int | None = None,
    include_unsure: bool = False,
    min_confidence: float | None = None,
    history: bool = False,
) -> dict[str, Any]:
    """The board of a dataset (and its same-benchmark spellings): confident
    absolute scores ranked per metric and language pair, comparisons apart,
    counts that explain an empty board, and with `history` the best score at
    each date. A name with a pair suffix (``WMT14 En-De``) is that pair's
    part of the benchmark's board.

    `limit` caps the rows in total: scores first, then comparisons; the board then
    carries ``ranking_sizes`` (:func:`paperkg.analytics.leaderboard.ranking_sizes`
    of every row before the cut), so a ranking shown in part says of how many.
    """
    from paperkg import analytics, cached
    from paperkg.analytics.leaderboard import dataset_variants, ranking_sizes, resolve_board
    from paperkg.model import MIN_BOARD_CONFIDENCE

    threshold = MIN_BOARD_CONFIDENCE if min_confidence is None else min_confidence
    cache = cached.cache_for(store)
    params = {
        "dataset": dataset,
        "metric": metric,
        "kind": kind,
        "include_unsure": include_unsure,
        "min_confidence": threshold,
    }

    def compute() -> dict:
        names = cached.concept_index(store, cache)  # every concept, reported on or not
        key, pair = resolve_board(names, dataset)
        variants = dataset_variants(names, key)
        metric_key = analytics.resolve_concept(names, metric, kind="Metric") if metric else None
        E = _evaluation(store, variants, cached.concept_rows(store, cache))
        sure = {"min_confidence": threshold, "include_unsure": include_unsure}
        return _board(E, names, variants, key, metric_key=metric_key, kind=kind, pair=pair, sure=sure)

    out = cache.get_or_compute("leaderboard", params, compute)
    if not history:
        out = {**out, "history": []}
    if limit:
        rows = out["rows"][:limit]
        out = {
            **out,
            "ranking_sizes": ranking_sizes(out["rows"]),  # a ranking cut short says how many it has
            "rows": rows,
            "comparisons": out["comparisons"][: limit - len(rows)],
            "history": out["history"][:limit],
        }
    return out


def leaderboards(datasets: list[str], *, store: str | None = None) -> dict[str, dict]:
    """The board (with its history) of every dataset key in `datasets`, keyed by
    board: the same boards as :func:`leaderboard` gives one at a time, read
    with one query for all their results. A benchmark spelled several ways is
    one board, `asked` the first of its keys in `datasets`; unknown keys are left out.
    """
    from paperkg import cached
    from paperkg.analytics.leaderboard import variant_groups
    from paperkg.model import MIN_BOARD_CONFIDENCE

    cache = cached.cache_for(store)

    def compute() -> dict:
        names = cached.concept_index(store, cache)
        groups = variant_groups(names, datasets)
        firsts: dict[str, tuple] = {}
        for key in datasets:
            if groups[key] and groups[key][0] not in firsts:
                firsts[groups[key][0]] = (key, groups[key])
        wanted = sorted({k for _, variants in firsts.values() for k in variants})
        E = _evaluation(store, wanted, cached.concept_rows(store, cache))
        sure = {"min_confidence": MIN_BOARD_CONFIDENCE, "include_unsure": False}
        return {board: _board(E, names, variants, key, sure=sure) for board, (key, variants) in firsts.items()}

    return cache.get_or_compute("leaderboards", {"datasets": list(datasets)}, compute)


def task_overviews(keys: list[str], *, store: str | None = None) -> dict[str, dict]:
    """:func:`task_overview` (all datasets and methods) of every task key in `keys`,
    from one read of the papers naming any of them instead of a read per task."""
    from paperkg import analytics, cached, reads
    from paperkg.api import open_store
    from paperkg.model import MIN_BOARD_CONFIDENCE

    cache = cached.cache_for(store)

    def compute() -> dict:
        concepts = {c["key"]: c for c in cached.concept_rows(store, cache)}
        known = [k for k in keys if k in concepts]
        if not known:
            return {}
        directions = metric_directions()
        with open_store(store, read_only=True) as st:
            B = reads.concepts_papers_graph(st, known, concepts)
            texts = _abstracts(st)
            return {
                k: analytics.task_overview(
                    B, k, directions=directions, min_confidence=MIN_BOARD_CONFIDENCE, texts=texts
                )
                for k in known
            }

    return cache.get_or_compute("tasks", {"keys": list(keys)}, compute)


def _abstracts(st):
    """``texts(paper_ids) -> {paper_id: abstract}`` of an open store, each paper read once
    (:func:`paperkg.reads.paper_abstracts`)."""
    from paperkg import reads

    seen: dict[str, str] = {}

    def texts(ids: list[str]) -> dict[str, str]:
        seen.update(reads.paper_abstracts(st, [i for i in ids if i not in seen]))
        return {i: seen.get(i, "") for i in ids}

    return texts


def empty_board_reason(board: dict, *, kind: str | None = None) -> str | None:
    """Why a board shows no rows, in one line ("GSM8K has 8 results, none
    measured by win rate"), or None when it shows some."""
    if board["rows"] or board["comparisons"]:
        return None
    name, counts, pair = board["dataset"]["name"], board["counts"], board["dataset"].get("pair")
    if not counts["results"]:
        return f"no results reported on {name}"
    have = f"{name} has {counts['results']} result{'s' if counts['results'] != 1 else ''}"
    if not counts["matching"]:
        what = " and ".join(
            filter(
                None,
                [
                    f"on {pair}" if pair else "",
                    f"measured by {board['metric']}" if board["metric"] else "",
                    f"of a {kind}" if kind else "",
                ],
            )
        )
        return f"{have}, none {what}"
    if counts["unsure"]:
        return f"{have}, {counts['unsure']} of them unsure (--include-unsure shows them)"
    return f"{have}, none an absolute score"


def main_metric_note(board: dict, *, include_unsure: bool = False) -> str | None:
    """Why the board's main score metric shows no row, in one line, when all
    its scores are unsure ("accuracy, the main metric of GSM8K: 3 scores, all
    unsure (--include-unsure shows them)"): the board then leads with what is
    left, a cost such as FLOPs, and the reader should know. None otherwise."""
    main = board.get("main_metric")
    if include_unsure or not main or not main["results"] or main["unsure"] < main["results"]:
        return None
    n = main["results"]
    scores = f"{n} score{'s' if n != 1 else ''}, {'all' if n > 1 else 'it'} unsure"
    return f"{main['name']}, the main metric of {board['dataset']['name']}: {scores} (--include-unsure shows them)"


def task_overview(
    name: str, *, store: str | None = None, limit: int = 20, min_confidence: float | None = None
) -> dict[str, Any]:
    """A task's datasets with their best result, and the methods proposed for it."""
    from paperkg import analytics, cached, reads
    from paperkg.api import open_store
    from paperkg.model import MIN_BOARD_CONFIDENCE

    threshold = MIN_BOARD_CONFIDENCE if min_confidence is None else min_confidence
    cache = cached.cache_for(store)

    def compute() -> dict:
        key = analytics.resolve_concept(cached.concept_index(store, cache), name, kind="Task")
        concepts = {c["key"]: c for c in cached.concept_rows(store, cache)}
        with open_store(store, read_only=True) as st:
            B = reads.concept_papers_graph(st, key, concepts)
            return analytics.task_overview(
                B, key, directions=metric_directions(), min_confidence=threshold, texts=_abstracts(st)
            )

    out = cache.get_or_compute("task", {"name": name, "min_confidence": threshold}, compute)
    if limit:
        out = {**out, "datasets": out["datasets"][:limit], "methods": out["methods"][:limit]}
    return out


def view_leaderboard(dataset: str, *, store: str | None = None, out_dir: str | Path | None = None, **options):
    """Write the leaderboard page of a dataset (with its history) as HTML; returns the written path."""
    from paperkg import views

    board = leaderboard(dataset, store=store, history=True, **options)
    return views.write_leaderboard_page(board, out_dir or config.VIEWS_DIR)


def view_task(name: str, *, store: str | None = None, out_dir: str | Path | None = None, **options):
    """Write the page of a task as HTML; returns the written path."""
    from paperkg import views

    task = task_overview(name, store=store, limit=0, **options)
    return views.write_task_page(task, out_dir or config.VIEWS_DIR)


def concept_page_links(
    key: str, kind: str, *, store: str | None = None, out_dir: str | Path | None = None
) -> list[dict]:
    """The leaderboard page of a dataset or the page of a task, written next to
    its concept view so the view's link to it works; [] for other kinds."""
    if kind == "Dataset":
        return [{"href": view_leaderboard(key, store=store, out_dir=out_dir).name, "text": "Leaderboard"}]
    if kind == "Task":
        return [
            {
                "href": view_task(key, store=store, out_dir=out_dir).name,
                "text": "Task page: datasets, best results, methods",
            }
        ]
    return []
