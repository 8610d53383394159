"""Lists that pair values with datasets in order: "84.6, 53.3 and 52.8 on A, B and C", the list that
"respectively" closes, and a list of items of which some name no known dataset ("95.2%, 85.1% and 91.4% on
FooSet, Bar Baz and the Qux corpora"), whose values then get none. Split from datasets.py, which files a
number that no list pairs.
"""

from __future__ import annotations

import re

from paperkg.extract.lexicon import rule_words
from paperkg.extract.results.clauses import CLAUSE_BREAKS, list_runs
from paperkg.extract.results.kinds import cues
from paperkg.extract.results.other_data import ONE_DATA, is_language
from paperkg.extract.results.values import Value


def list_pairs(
    values: list[Value],
    datasets: list[tuple],
    lowers: list[str],
    *,
    words: list[str] | None = None,
    metric_starts: frozenset[int] = frozenset(),
    actor_starts: frozenset[int] = frozenset(),
) -> dict[int, str]:
    """Lists pair up in order: "84.6%, 53.3 and 52.8 on ImageNet-1K, COCO and
    ADE20K" and "on A, B and C, with gains of 1.2, 3.4 and 5.6" (value start →
    dataset). With "respectively", as many values as datasets in the sentence
    also pair, even when neither is written as one list, and so does the list
    of values just before "respectively". A list of values right before a
    closed list of as many items ("95.2%, 85.1% and 91.4% on FooSet, Bar Baz
    and the Qux corpora") pairs with it, an item no dataset names giving its
    value none (listed_items)."""
    out: dict[int, str] = {}
    d_runs = [
        r
        for r in list_runs(datasets, lambda d: d[0], lambda d: d[1], lowers, skip=frozenset({"the"}))
        if len({d[3] for d in r}) == len(r) >= 2
    ]
    v_runs = [r for r in list_runs(values, lambda v: v.start, lambda v: v.end, lowers) if len(r) >= 2]
    for vr in v_runs:
        same = [dr for dr in d_runs if len(dr) == len(vr)]
        if not same:
            continue
        dr = min(same, key=lambda r: min(abs(r[0][0] - vr[-1].end), abs(vr[0].start - r[-1][1])))
        out.update({v.start: d[3] for v, d in zip(vr, dr)})
    if words is not None and "respectively" not in lowers:
        for vr in v_runs:
            if vr[0].start not in out and (closed := listed_items(vr, datasets, metric_starts, actor_starts, words)):
                out.update(closed)
    if "respectively" in lowers and words is not None:
        closed = respective_items(v_runs, datasets, metric_starts, words, actor_starts)
        if closed is not None:
            # "by 2.3% and 2.8% for 7B and 72B models, respectively": the list "respectively" closes is what the
            # values pair with; an item that is no dataset gives its value none (not the sentence's other data)
            return {**closed, **out}
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


_ITEM_BREAKS = frozenset({",", "and"})


def respective_items(
    v_runs: list[list[Value]],
    datasets: list[tuple],
    metric_starts: frozenset[int],
    words: list[str],
    actor_starts: frozenset[int] = frozenset(),
) -> dict[int, str] | None:
    """The values of the list that "respectively" closes paired with the items of the list written between
    them and it after "for / on / in" ("+0.41%, +0.32% and +0.27% for FooSet, BarSet and Baz datasets
    respectively"), in order: the dataset an item names, or "" (no dataset) for an item that names another,
    unknown dataset or a model size (other_than_data: "by 2.3% and 2.8% for 7B and 72B models, respectively":
    the sizes of a model, not the sentence's datasets). None when no such list of as many items stands there,
    when every item names a dataset (list_pairs reads that list already), or when an item is a metric or a
    part of the data ("45.2 and 67.8 for accuracy and F1", "for tagging and parsing", "for English and
    Yoruba"), which the number's dataset is still measured with.

    >>> words = "gains of 2.3 % and 2.8 % for 7B and 72B models , respectively , on FooSet and BarSet".split()
    >>> runs = [[Value(2, 4, "2.3%", 2.3, "%"), Value(5, 7, "2.8%", 2.8, "%")]]
    >>> respective_items(runs, [(16, 17, "Dataset", "FooSet"), (18, 19, "Dataset", "BarSet")], frozenset(), words)
    {2: '', 5: ''}
    >>> words = "gains of 2.3 % and 2.8 % for FooSet and Bar datasets respectively".split()
    >>> respective_items(runs, [(8, 9, "Dataset", "FooSet")], frozenset(), words)
    {2: 'FooSet', 5: ''}
    >>> words = "gains of 2.3 % and 2.8 % for tagging and parsing , respectively".split()
    >>> respective_items(runs, [], frozenset(), words) is None
    True
    """
    lowers = [w.lower() for w in words]
    r = lowers.index("respectively")
    before = [vr for vr in v_runs if vr[-1].end <= r]
    if not before:
        return None
    vr = before[-1]
    end = r
    while end > vr[-1].end and lowers[end - 1] == ",":
        end -= 1
    if not 3 <= end - vr[-1].end <= 16 or lowers[vr[-1].end] not in ("for", "on", "in"):
        return None
    if any(w in CLAUSE_BREAKS - {","} for w in lowers[vr[-1].end : end]):
        return None
    items: list[tuple[int, int]] = []
    k = vr[-1].end + 1
    for j in range(k, end + 1):
        if j == end or lowers[j] in _ITEM_BREAKS:
            if j > k:
                items.append((k, j))
            k = j + 1
    if len(items) != len(vr):
        return None
    return _paired_items(vr, items, datasets, metric_starts, actor_starts, words)


def _paired_items(
    vr: list[Value],
    items: list[tuple[int, int]],
    datasets: list[tuple],
    metric_starts: frozenset[int],
    actor_starts: frozenset[int],
    words: list[str],
) -> dict[int, str] | None:
    """The values of `vr` paired in order with the listed `items` (token spans): the dataset an item names, or
    "" for an item that names other data (other_than_data, unknown_name; a known dataset glued to capitalised
    words of a longer name, "Prothom-Alo Balanced"). None when every item names a dataset, or when an item is
    a metric, a language or a part of the data, or a system (`actor_starts`) in a list that names no dataset
    (beside a dataset, a name typed otherwise is data too: "on Common Voice and MGB-2")."""
    named = []
    for a, b in items:
        d = next((d for d in datasets if a <= d[0] < b), None)
        glued = d is not None and any(
            w[:1].isupper() and not is_language(w) for w in words[a : d[0]] if w.lower() not in ("the", "a", "an")
        )  # "Prothom-Alo Balanced" with only "Balanced" known: another, longer name ("English Foo" stays Foo)
        named.append("" if d is None or glued else d[3])
    if all(named):
        return None
    for (a, b), name in zip(items, named):
        if any(a <= m < b for m in metric_starts):
            return None
        if name or any(a <= d[0] < b for d in datasets):
            continue
        if any(a <= m < b for m in actor_starts) and not any(named):
            return None  # "for FooLM and BarLM": systems; beside a dataset a name typed otherwise is data
        if not (other_than_data(words[a:b]) or (any(named) and unknown_name(words[a:b]))):
            return None  # a name of no known type is other data only in a list that names a dataset
    return {v.start: name for v, name in zip(vr, named)}


#: words of an item that name a part or a split of the data, not other data ("for Task A", "on the Test set")
_PART_WORDS = frozenset(rule_words("LIST_PART_WORDS"))


def unknown_name(item: list[str]) -> bool:
    """Whether a listed item is a capitalised name the text gives no type ("Prothom-Alo Balanced", "the
    second round of Multi-Genre Broadcast (MGB-2)"): data of its own, not a language, a task or a split of
    the sentence's dataset ("English", "Task A", "the Test set").

    >>> unknown_name(["Prothom-Alo", "Balanced"]), unknown_name(["Multi-Genre", "Broadcast", "(", "MGB-2", ")"])
    (True, True)
    >>> unknown_name(["English"]), unknown_name(["Task", "A"]), unknown_name(["the", "Test", "set"])
    (False, False, False)
    >>> unknown_name(["B"]), unknown_name(["Subtask-A"]), unknown_name(["English-to-German"]), unknown_name(["Flat", "(", "Sub-Task", "1", ")"])
    (False, False, False, False)
    """
    names = [w for w in item if w[:1].isupper()]
    if any(w.lower() in _PART_WORDS for w in item) or any(w.lower() in cues()["subset"] for w in names):
        return False
    for w in names:
        parts = [x for x in _PARTS_SPLIT.split(w) if x]
        if _LABEL.match(w) or _TASKISH.search(w) or any(is_language(x) or x.lower() in cues()["subset"] for x in parts):
            return False  # "B", "Subtask-A", "Task(A,B,C)", "English-to-German", "Gujarati→English": parts
    return bool(names)


_PARTS_SPLIT = re.compile(r"[-–→>/()+,]")
_LABEL = re.compile(r"^[A-Z][0-9a-z]?$")
_TASKISH = re.compile(r"task|track", re.IGNORECASE)


#: words that end a list of data items: what follows is a system or a means ("on D with FooLM and BarLM")
_LIST_ENDS = frozenset(rule_words("LIST_ENDS"))


#: the words after "on" read for the list: room for as many names as the values (rarely more than a
#: handful) with their commas and "and"; a longer run has left the list for another clause
_LIST_SPAN = 20


def listed_items(
    vr: list[Value],
    datasets: list[tuple],
    metric_starts: frozenset[int],
    actor_starts: frozenset[int],
    words: list[str],
) -> dict[int, str] | None:
    """ "accuracies of 95.2%, 85.13%, and 91.36% on the FooSet, Bar-Qux Balanced, and Baz corpora": a list of
    values right before "on / in / for" and a list of as many items that "and" closes pairs with it in order,
    an item the text names but no dataset gives its value none (not the sentence's one known dataset, which
    dataset_after would give all three). None when the items are all datasets (list_pairs reads those), or
    a metric, a system, a language or a part of the data.

    >>> words = "it gets 95.2 % , 85.1 % , and 91.4 % on the FooSet , Bar-Qux Balanced , and BazSet corpora".split()
    >>> vr = [Value(2, 4, "95.2%", 95.2, "%"), Value(5, 7, "85.1%", 85.1, "%"), Value(9, 11, "91.4%", 91.4, "%")]
    >>> listed_items(vr, [(13, 14, "Dataset", "FooSet")], frozenset(), frozenset(), words)
    {2: 'FooSet', 5: '', 9: ''}
    >>> words = "it gets 95.2 % and 85.1 % on FooSet and English".split()
    >>> listed_items(vr[:2], [(8, 9, "Dataset", "FooSet")], frozenset(), frozenset(), words) is None
    True
    """
    lowers = [w.lower() for w in words]
    k = vr[-1].end
    if k >= len(lowers) or lowers[k] not in ("on", "in", "for"):
        return None
    items: list[tuple[int, int]] = []
    start = k + 1
    for j in range(k + 1, min(len(lowers), k + _LIST_SPAN) + 1):
        if j < len(lowers) and lowers[j] in _LIST_ENDS:
            break  # "on the D dataset with FooLM and BarLM": the list of data ends before the systems
        if j == len(lowers) or lowers[j] in _ITEM_BREAKS or lowers[j] in CLAUSE_BREAKS or lowers[j] == ".":
            if j > start:
                items.append((start, j))
            if len(items) == len(vr) or j == len(lowers) or lowers[j] not in _ITEM_BREAKS:
                break
            start = j + 1
    if len(items) != len(vr) or "and" not in lowers[items[-2][1] : items[-1][0]]:
        return None  # not a list that "and" closes after as many items as values
    return _paired_items(vr, items, datasets, metric_starts, actor_starts, words)


_SIZE = re.compile(r"^\d+(?:\.\d+)?[bmk]$", re.IGNORECASE)


def other_than_data(item: list[str]) -> bool:
    """Whether a listed item names another, unknown dataset ("Baz datasets", "the Qux corpus") or a model
    size ("7B", "72B models"): not the data a sentence's other datasets stand for. Languages, tracks and
    subtasks ("for English and Yoruba", "for Tasks 1b and 2") are parts of the data, not other data.

    >>> other_than_data(["Baz", "datasets"]), other_than_data(["72B", "models"]), other_than_data(["Yoruba"])
    (True, True, False)
    """
    lows = [w.lower() for w in item]
    if any(w in ONE_DATA or w in ("datasets", "corpora", "benchmarks") for w in lows):
        return any(w[:1].isupper() for w in item)
    return any(_SIZE.match(w) for w in item)
