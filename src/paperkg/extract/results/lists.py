"""Lists that pair values with datasets in order: "84.6, 53.3 and 52.8 on A, B and C", the list that
"respectively" closes, and a list of items of which some name no known dataset ("95.2%, 85.1% and 91.4% on
FooSet, Bar Baz and the Qux corpora"), whose values then get none. Split from datasets.py, which files a
number that no list pairs.
"""

from __future__ import annotations

import re
from dataclasses import replace
from operator import attrgetter, itemgetter

from paperkg.extract.lexicon import rule_words
from paperkg.extract.results.clauses import CLAUSE_BREAKS, bracketed_change, list_runs, past_bracket
from paperkg.extract.results.kinds import cues
from paperkg.extract.results.other_data import ONE_DATA, is_language
from paperkg.extract.results.values import NUMBER, Value
from paperkg.language_pairs import languages


def list_pairs(
    values: list[Value],
    datasets: list[tuple],
    lowers: list[str],
    *,
    words: list[str] | None = None,
    metric_starts: frozenset[int] = frozenset(),
    actor_starts: frozenset[int] = frozenset(),
) -> dict[int, str]:
    """`scored_list_pairs` of the sentence's scores, a score's bracketed change ("49.6 (+1.2), 60.3 (+0.7) and
    69.2 (+1.4) on A, B and C", "accuracies of 98.2% (+3.3%) and 93.9% (+0.2%)") read as part of the score it
    follows: the list is of the scores, and each change is paired with its score's item.

    >>> words = "to 49.6 ( +1.2 ) , 60.3 ( +0.7 ) and 69.2 ( +1.4 ) on a , b and c".split()
    >>> vals = [Value(k, k + 1, words[k], float(words[k]), None) for k in (1, 3, 6, 8, 11, 13)]
    >>> data = [(16, 17, "Dataset", "A"), (18, 19, "Dataset", "B"), (20, 21, "Dataset", "C")]
    >>> list_pairs(vals, data, words)
    {1: 'A', 6: 'B', 11: 'C', 3: 'A', 8: 'B', 13: 'C'}
    """
    changes = {
        change.start: score.start
        for score, change in zip(values, values[1:])
        if change.start == score.end + 1 and bracketed_change(change, lowers)
    }
    owners = set(changes.values())
    scores = [
        replace(v, end=past_bracket(v.end, lowers)) if v.start in owners else v
        for v in values
        if v.start not in changes
    ]
    out = scored_list_pairs(
        scores, datasets, lowers, words=words, metric_starts=metric_starts, actor_starts=actor_starts
    )
    return {**out, **{c: out[s] for c, s in changes.items() if s in out}}


def scored_list_pairs(
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
    v_runs = _value_runs(values, lowers, metric_starts)
    out = _paired_runs(v_runs, _dataset_runs(datasets, lowers))
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
        return _respective_datasets(values, datasets, v_runs, lowers, words=words, named=metric_starts | actor_starts)
    return out


def _dataset_runs(datasets: list[tuple], lowers: list[str]) -> list[list[tuple]]:
    """The sentence's lists of two or more different datasets ("on ImageNet-1K, COCO and the ADE20K")."""
    return [
        r
        for r in list_runs(datasets, itemgetter(0), itemgetter(1), lowers, skip=frozenset({"the"}))
        if len({d[3] for d in r}) == len(r) >= 2
    ]


def _value_runs(values: list[Value], lowers: list[str], metric_starts: frozenset[int]) -> list[list[Value]]:
    """The sentence's lists of two or more values ("84.6%, 53.3 and 52.8"), then those whose every value is
    written with the same metric ("+1.1 BLEU and +0.9 BLEU on A and B"; not "80.4 F1 and 62.9 EM on A and 70.8 F1
    and 53.0 EM on B", two lists of one dataset each)."""
    v_runs = [r for r in list_runs(values, attrgetter("start"), attrgetter("end"), lowers) if len(r) >= 2]
    ends = metric_past_values(values, lowers, metric_starts)
    v_runs += [
        r
        for r in list_runs(values, attrgetter("start"), lambda v: ends[v.start], lowers)
        if len(r) >= 2 and all(ends[v.start] > v.end for v in r) and r not in v_runs
    ]
    return v_runs


def _paired_runs(v_runs: list[list[Value]], d_runs: list[list[tuple]]) -> dict[int, str]:
    """Each list of values paired in order with the nearest list of as many datasets (value start → dataset).

    >>> values = [Value(0, 1, "1.2", 1.2, None), Value(2, 3, "3.4", 3.4, None)]
    >>> _paired_runs([values], [[(4, 5, "Dataset", "A"), (6, 7, "Dataset", "B")]])
    {0: 'A', 2: 'B'}
    """
    out: dict[int, str] = {}
    for vr in v_runs:
        same = [dr for dr in d_runs if len(dr) == len(vr)]
        if not same:
            continue
        dr = min(same, key=lambda r: min(abs(r[0][0] - vr[-1].end), abs(vr[0].start - r[-1][1])))
        out.update({v.start: d[3] for v, d in zip(vr, dr)})
    return out


def _respective_datasets(
    values: list[Value],
    datasets: list[tuple],
    v_runs: list[list[Value]],
    lowers: list[str],
    *,
    words: list[str] | None,
    named: frozenset[int],
) -> dict[int, str]:
    """With "respectively" and no list paired yet, the values paired with the sentence's datasets in order: its
    one dataset's list (`one_named_item`), every value with as many datasets, or the list of values just before
    "respectively" ("83.4% on A and 45.1% on B, beating the best by 1.2% and 3.4%, respectively")."""
    out: dict[int, str] = {}
    names = list(dict.fromkeys(d[3] for d in datasets))
    if len(names) == 1 and words is not None:
        if one := one_named_item(values, datasets, words, named):
            return one
    if len(names) >= 2 and len(values) == len(names):
        out = {v.start: name for v, name in zip(values, names)}
    elif len(names) >= 2:
        for vr in v_runs:
            if len(vr) == len(names) and "respectively" in lowers[vr[-1].end : vr[-1].end + 3]:
                out.update({v.start: name for v, name in zip(vr, names)})
    return out


def metric_past_values(values: list[Value], lowers: list[str], metric_starts: frozenset[int]) -> dict[int, int]:
    """Each value's end, past the one-word metric written after it when another value is written with the same
    word ("+1.1 BLEU and +0.9 BLEU on A and B"): that list of values pairs with the list of datasets as a bare
    one would. Stop 46 (resprec46): read as two lists, the second gain was filed under the first dataset.

    >>> words = "+1.1 bleu and +0.9 bleu on a and b".split()
    >>> vals = [Value(0, 1, "+1.1", 1.1, None), Value(3, 4, "+0.9", 0.9, None)]
    >>> metric_past_values(vals, words, frozenset({1, 4}))
    {0: 2, 3: 5}
    >>> metric_past_values(vals, words, frozenset({1}))
    {0: 1, 3: 4}
    """
    written = [lowers[v.end] if v.end in metric_starts and v.end < len(lowers) else None for v in values]
    return {v.start: v.end + 1 if w is not None and written.count(w) > 1 else v.end for v, w in zip(values, written)}


_ITEM_BREAKS = frozenset({",", "and"})

#: the words that open the list of data items "respectively" pairs values with ("on A and B", "for Task1 and Task 2")
_ITEMS_OPEN = frozenset({"on", "in", "for", "across"})
#: the most words an item of such a list has ("the CoNLL-2005", "Yahoo! Answers corpus")
_ITEM_WORDS = 5
#: the most words between such a list and its values ("in A and B corpora with F1 scores of 96.9 and 97.3")
_ITEMS_NEAR = 8
#: the words that close it ("in A and B corpora with F1 scores of ...", "on A and B, respectively")
_ITEMS_CLOSE = frozenset({"with", "respectively", ".", ";", ":", "(", ")", "achieving", "reaching", "obtaining"})


def one_named_item(
    values: list[Value], datasets: list[tuple], words: list[str], named_starts: frozenset[int] = frozenset()
) -> dict[int, str] | None:
    """The sentence's values paired in order with a list that "respectively" closes when only one of its
    items is a known dataset: "in AS and CityU corpora with F1 scores of 96.9 and 97.3, respectively",
    "87.4 F1 and 87.0 F1 on the CoNLL-2005 and 2012 datasets, respectively", "0.19 and 0.12 for Task1 and
    Task 2 respectively". The known item's value gets its dataset, every other item's value none (""): the
    sentence's one dataset is no longer given the value of the item beside it. The list is the phrase around
    the dataset's one mention, from "on / in / for" up to "with", a comma before "respectively" or the
    sentence's end, split at commas and "and"; None unless it holds as many items as the sentence has values
    and every other item is a name of its own (capitalised or with a digit), not a part of the data ("dev and
    test sets"), a language ("WMT14 En-De and En-Fr") or a metric or system (`named_starts`).

    >>> words = "we reach the best F1 in AS and CityU corpora with scores of 96.9 and 97.3 , respectively".split()
    >>> vals = [Value(13, 14, "96.9", 96.9, None), Value(15, 16, "97.3", 97.3, None)]
    >>> one_named_item(vals, [(8, 9, "Dataset", "CityU")], words)
    {13: '', 15: 'CityU'}
    >>> words = "it gets 87.4 F1 and 87.0 F1 on the CoNLL-2005 and 2012 datasets , respectively".split()
    >>> vals = [Value(2, 3, "87.4", 87.4, None), Value(5, 6, "87.0", 87.0, None)]
    >>> one_named_item(vals, [(9, 10, "Dataset", "CoNLL-2005")], words)
    {2: 'CoNLL-2005', 5: ''}
    >>> words = "it gets 87.4 and 87.0 on the CoNLL-2005 dev and test sets , respectively".split()
    >>> one_named_item(vals, [(7, 8, "Dataset", "CoNLL-2005")], words) is None
    True
    >>> words = "it gets 29.1 and 41.2 on WMT14 En-De and En-Fr , respectively".split()
    >>> one_named_item(vals, [(6, 7, "Dataset", "WMT14")], words) is None
    True
    >>> words = "it gets 10.75 and 12.19 on subset1 and subset2 of DE-EN , respectively".split()
    >>> vals = [Value(2, 3, "10.75", 10.75, None), Value(4, 5, "12.19", 12.19, None)]
    >>> one_named_item(vals, [(10, 11, "Dataset", "DE-EN")], words) is None
    True
    """
    spans = {(d[0], d[1]) for d in datasets}
    if len(spans) != 1:
        return None
    lowers = [w.lower() for w in words]
    # a value with a decimal or a unit ends the list; a bare integer may be an item's ("for Task1 and Task 2")
    ends = {k for x in values if "." in x.text or x.unit for k in range(x.start, x.end)}
    s, e = next(iter(spans))
    phrase = _item_phrase(s, e, lowers, ends)
    if phrase is None:
        return None
    a, b = phrase
    items = _phrase_items(a, b, lowers)
    values = [x for x in values if not a <= x.start < b]  # "for Task1 and Task 2": the items' own digits
    if not _items_pair_values(items, values, s, phrase, words, lowers, named_starts):
        return None
    return {x.start: (datasets[0][3] if i <= s < j else "") for x, (i, j) in zip(values, items)}


def _items_pair_values(
    items: list[tuple[int, int]],
    values: list[Value],
    s: int,
    phrase: tuple[int, int],
    words: list[str],
    lowers: list[str],
    named_starts: frozenset[int],
) -> bool:
    """Whether the list's `items` (the `phrase` a..b, the dataset's mention starting at `s` in one of them) pair
    one to one with the `values` written near it: two or more, as many as the values, a short list that "and"
    closes, the dataset not the data the items are parts of, every other item a name of its own
    (`_other_data_item`)."""
    a, b = phrase
    if len(items) != len(values) or len(items) < 2 or not any(i <= s < j for i, j in items):
        return False
    if "and" not in lowers[items[-2][1] : items[-1][0]] or any(j - i > _ITEM_WORDS for i, j in items):
        return False  # not a short list that "and" closes ("..., our system improves the output by")
    own = next((i, j) for i, j in items if i <= s < j)
    if any(w in ("of", "in", "(") for w in lowers[own[0] : s]):
        return False  # "on subset1 and subset2 of DE-EN": the dataset holds the items, each value is on it
    if min(abs(values[0].start - b), abs(a - values[-1].end)) > _ITEMS_NEAR:
        return False  # values written far from the list are not the ones it pairs with
    return all(_other_data_item(words[i:j], i, j, named_starts) for i, j in items if not i <= s < j)


def _item_phrase(s: int, e: int, lowers: list[str], ends: set[int]) -> tuple[int, int] | None:
    """The token range of the list around the dataset's mention (s, e): from after "on / in / for / across" up to
    a closing word, a comma before "respectively", a value that ends it (`ends`) or the sentence's end; None when
    a clause break or a value comes first, or no opening word does.

    >>> _item_phrase(6, 7, "scores of 96.9 in AS and CityU with".split(), set())
    (4, 7)
    """
    a = s
    while a > 0 and lowers[a - 1] not in _ITEMS_OPEN:
        a -= 1
        if a == 0 or lowers[a] in CLAUSE_BREAKS - {","} or a in ends:
            return None
    b = e
    while b < len(lowers) and lowers[b] not in _ITEMS_CLOSE and b not in ends:
        if lowers[b] == "," and "respectively" in lowers[b + 1 : b + 2]:
            break
        b += 1
    return a, b


def _phrase_items(a: int, b: int, lowers: list[str]) -> list[tuple[int, int]]:
    """The items of the phrase [a, b): split at commas and "and", a bare "the" no item.

    >>> _phrase_items(1, 5, "in the AS and CityU with".split())
    [(1, 3), (4, 5)]
    """
    items: list[tuple[int, int]] = []
    k = a
    for j in range(a, b + 1):
        if j == b or lowers[j] in _ITEM_BREAKS:
            if j > k and lowers[k:j] != ["the"]:
                items.append((k, j))
            k = j + 1
    return items


def _other_data_item(item: list[str], i: int, j: int, named_starts: frozenset[int]) -> bool:
    """Whether a list item beside the known dataset (tokens [i, j), words `item`) names other data: a name of its
    own (capitalised or with a digit), not a part of the data, a metric or system (`named_starts`) or a language.

    >>> _other_data_item(["AS"], 4, 5, frozenset()), _other_data_item(["dev"], 4, 5, frozenset())
    (True, False)
    """
    if not any(w[:1].isupper() or any(ch.isdigit() for ch in w) for w in item):
        return False  # "for tagging and parsing": no name of other data
    if any(w.lower() in _PART_WORDS for w in item) or any(i <= m < j for m in named_starts):
        return False  # "the D dev and test sets", "for accuracy and F1", "for FooLM and BarLM"
    if any(_language_or_pair(w) for w in item):
        return False  # "WMT14 En-De and En-Fr", "English and Yoruba": the one dataset's directions or tracks
    return True


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


def _language_or_pair(word: str) -> bool:
    """A language's name in a word ("English", "English-German") or a pair of language codes ("En-Fr");
    a code alone ("AS") may be any name.

    >>> _language_or_pair("En-Fr"), _language_or_pair("Yoruba"), _language_or_pair("AS"), _language_or_pair("CityU")
    (True, True, False, False)
    """
    parts = [p for p in _PARTS_SPLIT.split(word) if p]
    return any(is_language(p) for p in parts) or (len(parts) >= 2 and all(p.casefold() in languages() for p in parts))


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
    if k in metric_starts:
        # "by 10.97% and 10.73% F1 scores on FooSet and BarSet": the values' metric before the list of data
        k = next(
            (
                j
                for j in range(k + 1, min(k + _METRIC_WORDS + 1, len(lowers)))
                if not lowers[j].isalnum() or lowers[j] in ("on", "in", "for")
            ),
            k,
        )
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
    if vr[0].start > 0 and lowers[vr[0].start - 1] == "between":
        return None  # "between 71 and 74% F1 on A and 84-87% on B": a range's two ends, not a list
    if any(NUMBER.match(w) for a, b in items for w in words[a:b]):
        return None  # "on A and 84-87% on B": the next number's clause, no item
    return _paired_items(vr, items, datasets, metric_starts, actor_starts, words)


#: the most words of a metric between a list of values and "on" ("10.97% and 10.73% F1 scores on ...")
_METRIC_WORDS = 3


_SIZE = re.compile(r"^\d+(?:\.\d+)?[bmk]$", re.IGNORECASE)


def other_than_data(item: list[str]) -> bool:
    """Whether a listed item names another, unknown dataset ("Baz datasets", "the Qux corpus") or a model
    size ("7B", "72B models"): not the data a sentence's other datasets stand for. Languages, tracks and
    subtasks ("for English and Yoruba", "for Tasks 1b and 2") are parts of the data, not other data.

    >>> other_than_data(["Baz", "datasets"]), other_than_data(["72B", "models"]), other_than_data(["Yoruba"])
    (True, True, False)
    >>> other_than_data(["20Q", "datasets"]), other_than_data(["two", "datasets"])
    (True, False)
    """
    lows = [w.lower() for w in item]
    if any(_language_or_pair(w) for w in item):
        return False  # "English-French benchmarks": the same data's other direction
    if any(w in ONE_DATA or w in ("datasets", "corpora", "benchmarks") for w in lows):
        # "Baz datasets", "20Q datasets": a name, capitalised or a number glued to capitals
        return any(w[:1].isupper() or (w[:1].isdigit() and any(c.isupper() for c in w)) for w in item)
    return any(_SIZE.match(w) for w in item)
