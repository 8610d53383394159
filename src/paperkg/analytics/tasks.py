"""A task's page: the datasets it is evaluated on, each with its best reported
result, and the methods and models papers on the task propose."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

import networkx as nx

from paperkg.analytics.leaderboard import benchmark_key, leaderboard, result_pair, result_part
from paperkg.analytics.projection import SUBJECT_KINDS, own_subject, paper_date
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
        no more often than the corpus does is left out too (:func:`task_specific`).

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
    in_task = set(papers)
    into = _pair_suffixed_into_benchmark(B, {c for p in papers for c in B[p] if B.nodes[c].get("kind") == "Dataset"})
    dataset_paper_sets: dict = {}
    for p in papers:
        for c in B[p]:
            if B.nodes[c].get("kind") == "Dataset":
                dataset_paper_sets.setdefault(into.get(c, c), set()).add(p)
    if texts is not None:
        _drop_other_tasks_datasets(B, key, dataset_paper_sets, into, texts)
    for d in [d for d, ps in dataset_paper_sets.items() if not task_specific(B, d, len(ps), len(papers))]:
        del dataset_paper_sets[d]
    dataset_papers = Counter({d: len(ps) for d, ps in dataset_paper_sets.items()})
    E = nx.Graph()
    for d in dataset_papers:
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
    datasets = []
    for d, n in dataset_papers.items():
        rows = leaderboard(E, d, directions=directions, min_confidence=min_confidence)
        names = _dataset_names(B, d, into)
        for r in rows:  # only a leaderboard-grade row may be a dataset's best
            r["best_ok"] = best_grade(r, names, _other_names(B, r.get("paper_id"), key, names))
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
            for (pair, part), some, best in _bests_per_pair(rows)
        ]
        for r in rows:
            r.pop("best_ok", None)
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
    methods = []
    for c, a in B.nodes(data=True):
        if a.get("kind") in SUBJECT_KINDS:
            by = in_task.intersection(a.get("proposed_by") or ())
            if by and not any(titled_resource(B.nodes[p].get("title") or "", a.get("name") or "") for p in by):
                methods.append(
                    {"key": c, "name": a.get("name", c), "kind": a["kind"], "papers": len(by), "paper_ids": sorted(by)}
                )
    used = {m["key"]: int(B.nodes[m["key"]].get("papers") or 0) for m in methods}
    methods.sort(key=lambda x: (-x["papers"], -used[x["key"]], x["name"].casefold()))
    return {
        "key": key,
        "name": B.nodes[key].get("name", key),
        "papers": len(papers),
        "datasets": datasets,
        "methods": methods,
    }


_RESOURCE = re.compile(
    r"\b(?:benchmarks?|datasets?|data ?sets?|corpus|corpora|challenge ?sets?|test ?suites?|treebanks?|lexicons?)\b",
    re.I,
)
_PREPOSITION = re.compile(r"\b(?:for|of|on|from|via|with|to|at|in|towards?|through|by)\b", re.I)
# a method that makes data: "Dataset Generation", "Synthesising Datasets"
_MAKING = re.compile(
    r"\b(?:synthesi[sz]ing|generating|augmenting|distilling)\b|"
    r"\b(?:data ?sets?|corpus|corpora|benchmarks?) (?:generation|synthesis|augmentation|distillation|creation)\b",
    re.I,
)
_ARTEFACT = re.compile(r"\b(?:method|model|approach|framework|architecture|network|algorithm|system)s?\b", re.I)


def titled_resource(title: str, name: str) -> bool:
    """Whether a paper's title introduces `name` as a data resource, not a method:
    "NAME: ..." where the phrase after the colon (up to its first preposition)
    calls it a benchmark, dataset, corpus, challenge set, test suite, treebank
    or lexicon, and the title never a method or model ("ACES: Translation
    Accuracy Challenge Sets for ...", "X: A Multi-Task Benchmark for ...";
    not "X: Interactive Sense-Making of Text Corpora", nor "X: Zero-shot
    Dataset Generation via ..."). A task page does not list such a name among
    the methods proposed for the task, whatever kind it was given.

    Examples
    --------
    >>> titled_resource("FOO: Translation Accuracy Challenge Sets for Evaluating MT", "FOO")
    True
    >>> titled_resource("BAR: A Benchmark Model for Fast Parsing", "BAR"), titled_resource("BAZ: Faster Parsing", "BAZ")
    (False, False)
    >>> titled_resource("QUX: Visual Browsing of Text Corpora", "QUX"), titled_resource("ZAP: Synthesising Datasets for QA", "ZAP")
    (False, False)
    """
    head, colon, rest = title.partition(":")
    if not colon or not name or head.strip().casefold() != name.strip().casefold():
        return False
    phrase = _PREPOSITION.split(rest, maxsplit=1)[0]  # "Challenge Sets" of "Challenge Sets for Evaluating ..."
    found = _RESOURCE.search(phrase)
    return bool(found) and not _MAKING.search(phrase) and not _ARTEFACT.search(rest)


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


def _bests_per_pair(rows: list[dict]) -> list[tuple[tuple[str, str], list[dict], dict | None]]:
    """A dataset's board rows per (language pair, part), with the best of each:
    BLEU on En-De and on En-Fr have a best each, and so do macro-F1 on
    sub-task A and on sub-task B. Rows ranked against nothing (no pair or no
    sub-task named where others are) give no best; a board without pairs or
    parts is one entry (``("", "")``).

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
    >>> _bests_per_pair([])
    [(('', ''), [], None)]
    """
    groups: dict[tuple[str, str], list[dict]] = {}
    for r in rows:
        groups.setdefault((r.get("pair") or "", r.get("part") or ""), []).append(r)
    bests = {k: next((r for r in some if _may_lead(r)), None) for k, some in groups.items()}
    if len(groups) <= 1:
        return [(k, rows, bests[k]) for k in groups] or [(("", ""), [], None)]
    return [(k, some, bests[k]) for k, some in groups.items() if any(r.get("rank") == 1 for r in some)]


def _may_lead(row: dict) -> bool:
    """A row that may stand as its group's best: ranked against its metric's
    other scores (a score naming no metric, such as a 64 ms latency, ranks
    against nothing) and leaderboard-grade (``best_ok``, :func:`best_grade`;
    rows without the flag are)."""
    return row.get("rank") is not None and row.get("best_ok", True)


_HUMAN = re.compile(
    r"\bhumans?\s+(?:performance|accuracy|baseline|scores?|agreement|upper[- ]bound|ceiling|level|annotators?|raters?"
    r"|experts?|judges?|evaluators?)\b|\bhuman-level\b|\binter-annotator\b|\bannotators?\b|\bcrowd[- ]?workers?\b",
    re.I,
)
_OWN = re.compile(r"\b(?:we|our|ours|model|models|system|systems|method|approach)\b", re.I)


def human_score(sentence: str, value: str) -> bool:
    """Whether `value` in `sentence` is the score of people, not of a model:
    the nearest of "human performance"-like words and a model's or "our"
    words before the number is the human one, within the number's clause
    and the 80 characters before it (QA and inference papers set their
    best model against "human performance, which is 89%").

    Examples
    --------
    >>> human_score("Our model gets 56%, well below human performance, which is 89%.", "89%")
    True
    >>> human_score("Our model gets 56%, well below human performance, which is 89%.", "56%")
    False
    >>> human_score("Annotators agree at 0.81 kappa on the test set.", "0.81")
    True
    >>> human_score("We reach 91.2 F1, close to human performance.", "91.2")
    False
    """
    at = sentence.find(value) if value else -1
    if at < 0:
        return False
    before = sentence[max(0, at - 80) : at]
    humans = [m.end() for m in _HUMAN.finditer(before)]
    if not humans:
        return False
    own = [m.end() for m in _OWN.finditer(before)]
    return max(humans) > max(own, default=-1)


def _compact(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", text.casefold())


def _dataset_names(B: nx.Graph, d, into: dict) -> list[str]:
    """The compact spellings of dataset `d` (its name and aliases, and those of the
    pair-suffixed datasets folded into it)."""
    keys = [d, *(c for c, t in into.items() if t == d)]
    names = {n for k in keys if k in B for n in [B.nodes[k].get("name") or "", *(B.nodes[k].get("aliases") or [])]}
    return sorted({c for c in map(_compact, names) if c})


_TASK_HEAD = re.compile(
    r"(?:identification|detection|classification|entailment|inference|recognition|extraction|generation|"
    r"translation|summari[sz]ation|parsing|label+ing|tagging|retrieval|reasoning|answering|analysis|similarity|"
    r"completion|resolution|linking|matching|segmentation|captioning|prediction|verification)$",
    re.I,
)


def _spellings(a: dict) -> list[str]:
    return [n for n in [a.get("name") or "", *(a.get("aliases") or [])] if n]


def named_for_other_task(text: str, dataset: list[str], task: list[str]) -> bool:
    """Whether an abstract names a dataset (spelled as in `dataset`) as the data
    of another task than the one spelled `task`, and never as this task's: inside
    parentheses right after another task's name, as abstracts list the tasks
    they test with their data ("question answering (BoolQ), textual
    entailment (RTE), and duplicate question identification (QQP)": RTE and
    QQP are not question answering data). A task's name here is a phrase
    ending in a task's head noun ("entailment", "identification",
    "classification" ...). A mention in parentheses after this task, or outside
    parentheses in a sentence naming it, is this task's; other mentions ("QQP
    accuracy 88.4%") say nothing either way.

    Examples
    --------
    >>> text = ("We test on question answering (BoolQ), textual entailment (RTE), and paraphrase "
    ...         "identification (QQP). QQP accuracy rises to 88%.")
    >>> named_for_other_task(text, ["QQP"], ["question answering"]), named_for_other_task(text, ["BoolQ"], ["QA", "question answering"])
    (True, False)
    >>> named_for_other_task("We use textual entailment (RTE). RTE helps question answering.", ["RTE"], ["question answering"])
    False
    >>> named_for_other_task("on three benchmarks (RTE, QQP, BoolQ)", ["QQP"], ["question answering"])
    False
    >>> named_for_other_task("tested on topic classification (AG News).", ["AG News"], ["text classification"])
    False
    """
    spelled = [re.escape(n) for n in dataset if n]
    if not spelled or not text:
        return False
    own = [t.casefold() for t in task if t]
    heads = {m.group(0).casefold() for t in own for m in [_TASK_HEAD.search(t)] if m}
    other = False
    for m in re.finditer(r"(?<![\w-])(?:" + "|".join(spelled) + r")(?![\w-])", text, re.I):
        start = max(text.rfind(". ", 0, m.start()) + 2, 0)
        end = text.find(". ", m.end())
        sentence = text[start : end if end >= 0 else len(text)].casefold()
        open_at = text.rfind("(", 0, m.start())
        if open_at < start or ")" in text[open_at : m.start()]:  # not in parentheses
            if any(t in sentence for t in own):
                return False  # named with this task
            continue
        before = text[max(start, open_at - 80) : open_at]
        if _long_form(before, m.group(0)):
            continue  # "Multi-genre Natural Language Inference (MNLI)": the dataset's own long name
        head = re.split(r"[,;:.]|\band\b|\bor\b", before)[-1].strip()
        found_head = _TASK_HEAD.search(head)
        if any(t in head.casefold() for t in own) or (found_head and found_head.group(0).casefold() in heads):
            return False  # this task's data, or a kind of this task's ("topic classification" of text classification)
        other = other or bool(found_head)
    return other


#: How many times more often than the corpus's papers a dataset's papers must name a task for the
#: dataset to be the task's: Wikipedia, WordNet, GLUE and Universal Dependencies come up in every field.
MIN_TASK_LIFT = 1.5
#: Datasets named by fewer papers are not judged so (a small corpus, or a task most of its papers name).
MIN_LIFT_PAPERS = 20


def task_specific(B: nx.Graph, d, together: int, task_papers: int) -> bool:
    """Whether dataset `d`, named by `together` of the task's `task_papers` papers, is
    the task's data rather than a resource every field names: its papers name the
    task at least :data:`MIN_TASK_LIFT` times as often as the corpus's papers do
    (``papers`` of the node over ``n_papers`` of the graph). Without those counts, or for
    a dataset of fewer than :data:`MIN_LIFT_PAPERS` papers, it is.

    Examples
    --------
    >>> B = nx.Graph(n_papers=40_000)
    >>> B.add_node("Dataset:wiki", papers=645)
    >>> B.add_node("Dataset:squad", papers=151)
    >>> task_specific(B, "Dataset:wiki", 3, 824), task_specific(B, "Dataset:squad", 66, 1675)
    (False, True)
    """
    n, d_papers = B.graph.get("n_papers") or 0, B.nodes[d].get("papers") or 0
    if not n or d_papers < MIN_LIFT_PAPERS or not task_papers:
        return True  # too few papers to tell a field's resource from the task's data
    return (together / d_papers) >= MIN_TASK_LIFT * (task_papers / n)


def _long_form(before: str, short: str) -> bool:
    """Whether the words right `before` a parenthesis spell out the acronym `short`
    there (its capitals, in order, among their initials).

    >>> _long_form("the Regulatory Information Retrieval and Answer Generation ", "RIRAG")
    True
    >>> _long_form("cross-lingual natural language inference ", "XNLI"), _long_form("question answering ", "QA")
    (False, True)
    """
    caps = [c.lower() for c in short if c.isupper()]
    if len(caps) < 2:
        return False
    initials = [w[0].lower() for w in re.split(r"[\s-]+", before) if w][-(len(caps) + 3) :]
    it = iter(initials)
    return all(c in it for c in caps)


def _drop_other_tasks_datasets(B: nx.Graph, key, dataset_paper_sets: dict, into: dict, texts: Callable) -> None:
    """Take out of `dataset_paper_sets` the papers that name a dataset only as another
    task's data (:func:`named_for_other_task`), and the datasets left with no paper."""
    ids = sorted({p for ps in dataset_paper_sets.values() for p in ps})
    abstracts = texts(ids) if ids else {}
    task = _spellings(B.nodes[key])
    for d in list(dataset_paper_sets):
        spelled = [n for k in [d, *(c for c, t in into.items() if t == d)] if k in B for n in _spellings(B.nodes[k])]
        kept = {p for p in dataset_paper_sets[d] if not named_for_other_task(abstracts.get(p) or "", spelled, task)}
        if kept:
            dataset_paper_sets[d] = kept
        else:
            del dataset_paper_sets[d]


def _other_names(B: nx.Graph, paper, task, names: list[str]) -> list[str]:
    """The compact names and aliases of the other tasks and datasets `paper` names than
    `task` and the dataset spelled `names` (none a part of the other: "classification" is
    in "text classification")."""
    if paper not in B:
        return []
    own = [_compact(n) for n in [B.nodes[task].get("name") or "", *(B.nodes[task].get("aliases") or [])]] + names
    out = set()
    for c in B[paper]:
        a = B.nodes[c]
        if c == task or a.get("kind") not in ("Task", "Dataset"):
            continue
        for n in map(_compact, [a.get("name") or "", *(a.get("aliases") or [])]):
            if len(n) >= 4 and not any(n in o or o in n for o in own if o):
                out.add(n)
    return sorted(out)


def best_grade(row: dict, names: list[str], others: Sequence[str] = ()) -> bool:
    """Whether a board row may be shown as its dataset's best result on a task
    page: the number is not people's (:func:`human_score`), and a sentence that
    does not name the dataset (by a spelling in `names`, compacted) nor the
    part of it the row is on names no other task or dataset of the paper
    (`others`): "49.8% F1 for event argument extraction", in a paper that names
    Natural Questions elsewhere, is a score on another task. A row without a
    sentence is not judged.

    Examples
    --------
    >>> row = {"value": "49.8%", "sentence": "We obtain 49.8% F1 for event argument extraction."}
    >>> best_grade(row, ["naturalquestions", "nq"], ["eventargumentextraction"])
    False
    >>> best_grade({"value": "72.0", "sentence": "Our model reaches 72.0 EM on NQ."}, ["naturalquestions", "nq"])
    True
    >>> best_grade({"value": "0.71", "sentence": "Our system ranks 3rd with 0.71 macro-F1."}, ["semeval2023task12"])
    True
    >>> best_grade({"value": "89%", "sentence": "BERT gets 56% on CSQA; human accuracy is 89%."}, ["csqa"])
    False
    """
    sentence = row.get("sentence") or ""
    if not sentence:
        return True
    if human_score(sentence, row.get("value") or ""):
        return False
    said = _compact(sentence)
    if any(n in said for n in names) or row.get("part"):
        return True
    return not any(n in said for n in others)


def _name(B: nx.Graph, key) -> str:
    return B.nodes[key].get("name", key) if key in B else ""
