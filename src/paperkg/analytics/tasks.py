"""A task's page: the datasets it is evaluated on, each with its best reported
result, and the methods and models papers on the task propose."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import networkx as nx

from paperkg.analytics.leaderboard import benchmark_key, leaderboard, result_pair, result_part
from paperkg.analytics.projection import SUBJECT_KINDS, own_subject, paper_date
from paperkg.analytics.task_evidence import (
    best_grade,
    compact_name,
    family_name,
    introduced_as_data,
    introduced_as_metric,
    MIN_LIFT_PAPERS,
    named_for_other_task,
    task_dataset_evidence,
    no_method_name,
    task_specific,
    titled_event,
    titled_other_task,
    titled_resource,
)
from paperkg.language_pairs import split_pair
from paperkg.model import MIN_RESULT_CONFIDENCE


def task_overview(
    B: nx.Graph,
    key,
    *,
    directions: dict[str, str] | None = None,
    min_confidence: float = MIN_RESULT_CONFIDENCE,
    texts: Callable[[list], dict] | None = None,
) -> dict:
    """Datasets and proposed methods of the papers that name task `key`.

    Parameters
    ----------
    B : networkx.Graph
        The paper–concept graph around the task (paper nodes carry
        ``results``, ``title``, ``published``, ``url``; concept nodes
        ``proposed_by``), as :func:`paperkg.reads.concept_papers_graph` reads it.
    key
        The task's node.
    directions : dict, optional
        Metric directions (see :func:`paperkg.analytics.leaderboard.lower_is_better`).
    texts : callable, optional
        ``texts(paper_ids) -> {paper_id: abstract}``: with it, a dataset only
        named for another task in its papers' abstracts is left out
        (:func:`named_for_other_task`). A dataset whose papers name the task
        no more often than the corpus does is left out too (:func:`task_specific`),
        and so is one too small for that test that nothing but a paper naming
        both ties to the task (:func:`task_dataset_evidence`).

    Returns
    -------
    dict
        ``{key, name, papers, datasets, methods}``: datasets are ``{key,
        name, pair, part, papers, results, best}`` (``best`` a leaderboard row of the
        dataset's most reported metric among the task's papers, or None; a
        dataset whose results name translation directions has an entry per
        ``pair``, "" otherwise, and one whose results name sub-tasks or tracks
        an entry per ``part``), named by most of the task's papers first (the
        benchmarks the task is evaluated on; results break ties: a shared-task
        edition with many system scores but few papers does not lead); methods
        ``{key, name, kind, papers}``, proposed by most of the task's papers
        first, then the ones more papers of the whole corpus use.

    Examples
    --------
    >>> B = nx.Graph()
    >>> B.add_node("Task:qa", kind="Task", name="QA")
    >>> B.add_node("Dataset:sq", kind="Dataset", name="SQuAD")
    >>> B.add_node("Method:m", kind="Method", name="M", proposed_by=["p1"])
    >>> B.add_node("Metric:f1", kind="Metric", name="F1")
    >>> B.add_node("p1", kind="Paper", title="M for QA", published="2024-01-01", results=[
    ...     {"id": "r", "paper_id": "p1", "on_key": "Dataset:sq", "of_key": "Method:m", "value": "90 F1",
    ...      "metric_key": "Metric:f1", "number": 90.0, "kind": "score", "confidence": 0.9}])
    >>> B.add_edges_from([("p1", "Task:qa"), ("p1", "Dataset:sq"), ("p1", "Method:m")])
    >>> out = task_overview(B, "Task:qa")
    >>> out["datasets"][0]["best"]["value"], out["methods"][0]["name"]
    ('90 F1', 'M')
    """
    papers = sorted(p for p in B[key] if B.nodes[p].get("kind") == "Paper")
    into = _pair_suffixed_into_benchmark(B, {c for p in papers for c in B[p] if B.nodes[c].get("kind") == "Dataset"})
    dataset_papers = _task_datasets(B, key, papers, into, texts)
    E = _task_results(B, papers, dataset_papers, into)
    datasets = []
    for d, n in dataset_papers.items():
        rows = leaderboard(E, d, directions=directions, min_confidence=min_confidence)
        datasets += [
            {
                "key": d,
                "name": E.nodes[d]["name"],
                "pair": pair,
                "part": part,
                "papers": len({r.get("paper_id") for r in some}) if pair or part else n,
                "results": len(some),
                "best": best,
            }
            for (pair, part), some, best in _bests_per_pair(rows, _best_grade_on(B, key, _dataset_names(B, d, into)))
        ]
    # a benchmark's translation pairs (and sub-tasks) stay together in the benchmark's place, most reported first
    datasets.sort(
        key=lambda x: (
            -dataset_papers[x["key"]],
            -x["results"] if not (x["pair"] or x["part"]) else 0,
            x["name"].casefold(),
            -x["papers"],
            x["pair"],
            x["part"],
        )
    )
    return {
        "key": key,
        "name": B.nodes[key].get("name", key),
        "papers": len(papers),
        "datasets": datasets,
        "methods": _proposed_methods(B, set(papers), key, {*dataset_papers, *into}, texts),
    }


def _task_datasets(B: nx.Graph, key, papers: list, into: dict, texts: Callable[[list], dict] | None) -> Counter:
    """{dataset: how many of the task's `papers` name it} for the datasets that are the task's
    (:func:`_drop_other_tasks_datasets` with `texts`, then :func:`task_specific`, then :func:`_drop_co_mentions`
    with `texts`)."""
    dataset_paper_sets: dict = {}
    for p in papers:
        for c in B[p]:
            if B.nodes[c].get("kind") == "Dataset":
                dataset_paper_sets.setdefault(into.get(c, c), set()).add(p)
    if texts is not None:
        _drop_other_tasks_datasets(B, key, dataset_paper_sets, into, texts)
    for d in [d for d, ps in dataset_paper_sets.items() if not task_specific(B, d, len(ps), len(papers))]:
        del dataset_paper_sets[d]
    if texts is not None:
        _drop_co_mentions(B, key, dataset_paper_sets, into, texts)
    return Counter({d: len(ps) for d, ps in dataset_paper_sets.items()})


def _task_results(B: nx.Graph, papers: list, datasets: Counter, into: dict) -> nx.Graph:
    """An evaluation graph (:func:`paperkg.analytics.leaderboard.leaderboard`'s input) of the results the
    task's `papers` report on `datasets`, each with its pair, part, paper and the names of its subject,
    metric and baseline (a result naming no subject takes the paper's own proposal its sentence names)."""
    E = nx.Graph()
    for d in datasets:
        E.add_node(d, name=B.nodes[d].get("name", d), results=[])
    for p in papers:
        a = B.nodes[p]
        proposed = [
            {"key": c, **B.nodes[c]}
            for c in B[p]
            if p in (B.nodes[c].get("proposed_by") or ()) and "name" in B.nodes[c]
        ]
        for r in a.get("results", []):
            d = into.get(r.get("on_key"), r.get("on_key"))
            if d not in E:
                continue
            named = r.get("of_key") in B
            own = None if named else own_subject(r.get("sentence") or "", proposed, confidence=r.get("confidence"))
            E.nodes[d]["results"].append(
                {
                    **r,
                    "pair": result_pair(r, B.nodes[r["on_key"]].get("name", "")),
                    "part": result_part(r),
                    "paper_title": a.get("title", ""),
                    "paper_date": paper_date(a),
                    "paper_url": a.get("url", ""),
                    "subject_name": _name(B, r.get("of_key")) if named or not own else own["name"],
                    "subject_kind": B.nodes[r["of_key"]].get("kind") if named else (own or {}).get("kind"),
                    "subject_source": "sentence" if named else ("paper" if own else ""),
                    "metric_name": _name(B, r.get("metric_key")),
                    "baseline_name": _name(B, r.get("compared_key")),
                }
            )
    return E


def _proposed_methods(
    B: nx.Graph,
    in_task: set,
    task=None,
    datasets: set | frozenset = frozenset(),
    texts: Callable[[list], dict] | None = None,
) -> list[dict]:
    """The methods and models the papers `in_task` propose, by most of them first, then the ones more papers
    of the whole corpus use; a name a proposing paper's title introduces as data or as an event (:func:`_titled_no_method`) is none,
    nor an event's, a team's or an organisation's name (:func:`no_method_name`), nor one a proposing paper's abstract (`texts`) calls data in an
    apposition (:func:`introduced_as_data`) or a metric (:func:`introduced_as_metric`), nor one every proposing paper's title says is for another task
    (:func:`_for_other_task`)."""
    methods = []
    for c, a in B.nodes(data=True):
        if a.get("kind") in SUBJECT_KINDS:
            by = in_task.intersection(a.get("proposed_by") or ())
            name = a.get("name") or ""
            if (
                not by
                or no_method_name(name)
                or any(_titled_no_method(B.nodes[p].get("title") or "", name) for p in by)
            ):
                continue
            if task is not None and all(_for_other_task(B, p, task, datasets) for p in by):
                continue
            if texts is not None and any(
                introduced_as_data(t, name) or introduced_as_metric(t, name) for t in texts(sorted(by)).values()
            ):
                continue
            methods.append(
                {"key": c, "name": a.get("name", c), "kind": a["kind"], "papers": len(by), "paper_ids": sorted(by)}
            )
    used = {m["key"]: int(B.nodes[m["key"]].get("papers") or 0) for m in methods}
    methods.sort(key=lambda x: (-x["papers"], -used[x["key"]], x["name"].casefold()))
    return methods


def _titled_no_method(title: str, name: str) -> bool:
    """Whether a proposing paper's title introduces `name` as data (:func:`titled_resource`) or as a
    shared task or contest (:func:`titled_event`), not as a method."""
    return titled_resource(title, name) or titled_event(title, name)


def _for_other_task(B: nx.Graph, paper, task, datasets: set | frozenset) -> bool:
    """Whether `paper`'s title says its work is for another task it names (:func:`titled_other_task`: "SURE:
    ... For Relation Extraction" on the named entity recognition page) and the paper reports no result on
    the page's `datasets` (one that does is evaluated on the task, whatever its title is for)."""
    if not _titled_for_other_task(B, paper, task):
        return False
    return not any(r.get("on_key") in datasets for r in B.nodes[paper].get("results") or ())


def _titled_for_other_task(B: nx.Graph, paper, task) -> bool:
    """Whether `paper`'s title says its work is for another task it names (:func:`titled_other_task`)."""
    others = [n for c in B[paper] if c != task and B.nodes[c].get("kind") == "Task" for n in _spellings(B.nodes[c])]
    return titled_other_task(B.nodes[paper].get("title") or "", _spellings(B.nodes[task]), sorted(others)) is not None


def _pair_suffixed_into_benchmark(B: nx.Graph, datasets: set) -> dict:
    """{dataset named with a pair suffix: the benchmark's node} among `datasets`:
    "WMT14 En-De" is the en-de part of WMT14, one entry per pair on a task page.

    Examples
    --------
    >>> B = nx.Graph()
    >>> B.add_node("Dataset:wmt14", name="WMT14")
    >>> B.add_node("Dataset:wmt14 en-de", name="WMT14 En-De")
    >>> B.add_node("Dataset:wmt16 en-ro", name="WMT16 En-Ro")
    >>> _pair_suffixed_into_benchmark(B, {"Dataset:wmt14", "Dataset:wmt14 en-de", "Dataset:wmt16 en-ro"})
    {'Dataset:wmt14 en-de': 'Dataset:wmt14'}
    """
    by_benchmark = {benchmark_key(B.nodes[d].get("name") or ""): d for d in sorted(datasets)}
    out = {}
    for d in sorted(datasets):
        base, pair = split_pair(B.nodes[d].get("name") or "")
        target = by_benchmark.get(benchmark_key(base)) if pair else None
        if target is not None and target != d:
            out[d] = target
    return out


def _bests_per_pair(
    rows: list[dict], fit: Callable[[dict], bool] = lambda r: True
) -> list[tuple[tuple[str, str], list[dict], dict | None]]:
    """A dataset's board rows per (language pair, part), with the best of each:
    BLEU on En-De and on En-Fr have a best each, and so do macro-F1 on
    sub-task A and on sub-task B. Rows ranked against nothing (no pair or no
    sub-task named where others are) give no best; a board without pairs or
    parts is one entry (``("", "")``). Only a row `fit` accepts may be a best
    (a task page passes :func:`_best_grade_on`; by default any ranked row is).

    Examples
    --------
    >>> rows = [{"pair": "en-de", "rank": 1, "value": "30"}, {"pair": "en-fr", "rank": 1, "value": "41"},
    ...         {"pair": "", "rank": None, "value": "9"}]
    >>> [(p, len(some), best and best["value"]) for (p, _), some, best in _bests_per_pair(rows)]
    [('en-de', 1, '30'), ('en-fr', 1, '41')]
    >>> rows = [{"part": "sub-task A", "rank": 1, "value": "0.8"}, {"part": "sub-task B", "rank": 1, "value": "0.7"},
    ...         {"part": "", "rank": None, "value": "0.9"}]
    >>> [(part, best["value"]) for (_, part), _, best in _bests_per_pair(rows)]
    [('sub-task A', '0.8'), ('sub-task B', '0.7')]
    >>> [best and best["value"] for _, _, best in _bests_per_pair(rows, lambda r: r["value"] != "0.8")]
    [None, '0.7']
    >>> _bests_per_pair([])
    [(('', ''), [], None)]
    """
    groups: dict[tuple[str, str], list[dict]] = {}
    for r in rows:
        groups.setdefault((r.get("pair") or "", r.get("part") or ""), []).append(r)
    # a best is ranked against its metric's other scores (a score naming no metric, such as a 64 ms latency,
    # ranks against nothing) and fit to lead
    bests = {k: next((r for r in some if r.get("rank") is not None and fit(r)), None) for k, some in groups.items()}
    if len(groups) <= 1:
        return [(k, rows, bests[k]) for k in groups] or [(("", ""), [], None)]
    return [(k, some, bests[k]) for k, some in groups.items() if any(r.get("rank") == 1 for r in some)]


def _best_grade_on(B: nx.Graph, task, names: list[str]) -> Callable[[dict], bool]:
    """Whether a row of the dataset spelled `names` (compacted) is leaderboard-grade on `task`'s page
    (:func:`paperkg.analytics.task_evidence.best_grade`, against the other tasks and datasets its paper names),
    and from a paper whose title is not for another task (:func:`_titled_for_other_task`: "Sequence to Sequence
    Coreference Resolution"'s ARRAU F1 is no summarization best, though its abstract names summarization), unless
    the page's task is a family or form other tasks' data serve (:func:`family_name`: sequence labeling's page
    takes NER papers' CoNLL-2003 F1)."""
    task_name = B.nodes[task].get("name") or ""
    family = family_name(task_name)
    return lambda r: (
        best_grade(r, names, _other_names(B, r.get("paper_id"), task, names), task_name)
        and (family or r.get("paper_id") not in B or not _titled_for_other_task(B, r["paper_id"], task))
    )


def _folded_keys(d, into: dict) -> list:
    """Dataset `d` and the pair-suffixed datasets folded into it (`into`: folded -> benchmark)."""
    return [d, *(c for c, t in into.items() if t == d)]


def _keys_spellings(B: nx.Graph, keys: list) -> list[str]:
    """The names and aliases of the `keys` in the graph, as written."""
    return [n for k in keys if k in B for n in _spellings(B.nodes[k])]


def _dataset_names(B: nx.Graph, d, into: dict) -> list[str]:
    """The compact spellings of dataset `d` (its name and aliases, and those of the
    pair-suffixed datasets folded into it)."""
    return sorted({c for c in map(compact_name, _keys_spellings(B, _folded_keys(d, into))) if c})


def _spellings(a: dict) -> list[str]:
    return [n for n in [a.get("name") or "", *(a.get("aliases") or [])] if n]


def _drop_other_tasks_datasets(B: nx.Graph, key, dataset_paper_sets: dict, into: dict, texts: Callable) -> None:
    """Take out of `dataset_paper_sets` the papers that name a dataset only as another
    task's data (:func:`named_for_other_task`), and the datasets left with no paper."""
    ids = sorted({p for ps in dataset_paper_sets.values() for p in ps})
    abstracts = texts(ids) if ids else {}
    task = _spellings(B.nodes[key])
    for d in list(dataset_paper_sets):
        spelled = _keys_spellings(B, _folded_keys(d, into))
        kept = {p for p in dataset_paper_sets[d] if not named_for_other_task(abstracts.get(p) or "", spelled, task)}
        if kept:
            dataset_paper_sets[d] = kept
        else:
            del dataset_paper_sets[d]


def _drop_co_mentions(B: nx.Graph, key, dataset_paper_sets: dict, into: dict, texts: Callable) -> None:
    """Take out of `dataset_paper_sets` the datasets too small for :func:`task_specific` (fewer than
    :data:`~paperkg.analytics.task_evidence.MIN_LIFT_PAPERS` papers) that nothing ties to the task but a
    paper naming both (:func:`task_dataset_evidence`): a Swedish QA paper whose abstract says it machine-translated
    SQuAD names XQuAD, which is no machine translation data."""
    task = _spellings(B.nodes[key])
    small = [d for d in dataset_paper_sets if (B.nodes[d].get("papers") or 0) < MIN_LIFT_PAPERS]
    abstracts = texts(sorted({p for d in small for p in dataset_paper_sets[d]})) if small else {}
    for d in small:
        keys = _folded_keys(d, into)
        spelled = _keys_spellings(B, keys)
        found = [
            (
                B.nodes[p].get("title") or "",
                abstracts.get(p) or "",
                [r.get("sentence") or "" for r in B.nodes[p].get("results") or () if r.get("on_key") in keys],
            )
            for p in sorted(dataset_paper_sets[d])
        ]
        if not task_dataset_evidence(spelled, task, found):
            del dataset_paper_sets[d]


#: The shortest compacted name taken as another task's or dataset's in a row's sentence: a shorter one
#: ("qa", "mt", "ner") turns up inside the sentence's compacted words ("owner" holds "ner").
MIN_OTHER_NAME = 4


def _other_names(B: nx.Graph, paper, task, names: list[str]) -> list[str]:
    """The compact names and aliases of the other tasks and datasets `paper` names than
    `task` and the dataset spelled `names` (none a part of the other: "classification" is
    in "text classification")."""
    if paper not in B:
        return []
    own = [compact_name(n) for n in [B.nodes[task].get("name") or "", *(B.nodes[task].get("aliases") or [])]] + names
    out = set()
    for c in B[paper]:
        a = B.nodes[c]
        if c == task or a.get("kind") not in ("Task", "Dataset"):
            continue
        for n in map(compact_name, [a.get("name") or "", *(a.get("aliases") or [])]):
            if len(n) >= MIN_OTHER_NAME and not any(n in o or o in n for o in own if o):
                out.add(n)
    return sorted(out)


def _name(B: nx.Graph, key) -> str:
    return B.nodes[key].get("name", key) if key in B else ""
