"""Which dataset a number was measured on: the one a list pairs it with (lists.py); else the one named right after it,
the one before "by", those named before it, the sentence's one dataset named later in it; and the
signs that a name after the number is another, unknown dataset or that a named one is only training data.
"""

from __future__ import annotations

from typing import NamedTuple

from paperkg.extract.lexicon import rule_words
from paperkg.extract.results.clauses import CLAUSE_BREAKS, bracketed_change
from paperkg.extract.results.kinds import cues
from paperkg.extract.results.values import Value, starting_point
from paperkg.language_pairs import languages


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
) -> Attachment:
    """The dataset(s) the k-th number was measured on: the one a list pairs it with (`paired`), the one
    before "by", before its bracket, right after it, or after the number it is joined with; else those
    named before it, the paper's only one (`only_dataset`), the sentence's one dataset named later, or
    its first. Halved when an unknown name follows the number ("9.3% on Zuco")."""
    v = values[k]
    guessed = False
    paper_wide = False
    nxt = k + 1
    if nxt < len(values) and values[nxt].start == v.end + 1 and bracketed_change(values[nxt], lowers):
        nxt += 1  # "77.0 (+2.7) on MLVU": the bracket's change is the number's own, the dataset after both
    next_start = values[nxt].start if nxt < len(values) else len(words)
    after = dataset_after(v, next_start, datasets, lowers)
    by_gain = dataset_before_by(datasets, v, lowers)
    if v.start in paired:
        # "" pairs the number with a listed item that is no dataset ("2.8% for 72B models, respectively")
        targets, attachment = [paired[v.start]] if paired[v.start] else [], 0.95
    elif by_gain:
        targets, attachment = [by_gain], 0.9
        if first_in_clause(k, values, lowers):  # "on MBPP and HumanEval by 1.9%": one number stated for both
            targets = coordinated_by(by_gain, v, datasets, lowers)
    elif bracketed := dataset_before_bracket(v, datasets, lowers):
        targets, attachment = [bracketed], 0.9
    elif after:
        targets, attachment = [after], 0.9
        if first_in_clause(k, values, lowers):  # "by 1.9% on MBPP and HumanEval": one number stated for both
            targets = coordinated_after(after, v, next_start, datasets, lowers)
    elif shared := shared_dataset_after(values, k, datasets, lowers):
        targets, attachment = [shared], 0.7
    else:
        before = [d for d in datasets if d[1] <= v.start and not is_training_data(d, lowers)]
        if before and other_data_between(before[-1][1], v.start, words, datasets, name_starts):
            return Attachment([], 0.0, False, False)  # "on D rises to 63.8%, and on Bar Qux from 23.8%": not D's
        if before:
            targets = coordinated_tail(before, lowers)
            attachment = 0.8 if len(set(targets)) == len({d[3] for d in datasets}) else 0.6
            guessed = attachment < 0.8  # other datasets named too: the one before is not surely this one
            if len(targets) > 1 and runs[v.start] > 1:
                attachment = 0.3  # "on A and B ... 1.2 and 3.4": which number is whose is unsaid
        elif not datasets and only_dataset and (metrics or v.unit in ("points", "%")) and v.unit not in ("x", "×"):
            targets, attachment = [only_dataset], 0.61
            guessed = True
            paper_wide = True
            if many_datasets(lowers) or unnamed_data(lowers) or names_other_data(words):
                attachment = 0.4  # "results on different datasets, with up to 21%": not the paper's one dataset
        elif sole_dataset_after(v, values, datasets, lowers) and not respectively_before_last(v, values, runs, lowers):
            # "shows a 1.0% improvement over the best model on the D dataset": the sentence's one
            # dataset, named later in it, is where the number was measured
            targets, attachment = [datasets[0][3]], 0.7
        else:
            targets, attachment = [d[3] for d in datasets[:1]], 0.4
    if not targets:
        return Attachment(targets, attachment, guessed, paper_wide)
    if (
        attachment < 0.9
        and unknown_name_after(v, words, {d[0] for d in datasets}, metrics, name_starts)
        and not (k > 0 and starting_point(values[k - 1], lowers) and lowers[v.end] == "for")
    ):
        # "from 19.2% to 46.5% for MSS", "reduces the ASR from 71.0% to 6.6% for Llama2-13B": the name after
        # the end of a change is what changed, as it is for its start (which it does not follow)
        attachment *= (
            0.5  # "9.3% on Zuco" / "2% for Sarcasm detection": the number is for a name not known as a dataset
        )
    return Attachment(targets, attachment, guessed, paper_wide)


#: words that end the phrase after "on" that names a clause's own data
_DATA_PHRASE_ENDS = frozenset({",", ";", ":", "(", ")", "from", "to", "by", "with", "it", "we", "our", "the"})


def other_data_between(
    start: int, end: int, words: list[str], datasets: list[tuple], name_starts: frozenset[int] = frozenset()
) -> bool:
    """Whether a new clause between a dataset named before a number (ending at `start`) and the number (at
    `end`) names other data after "on": a capitalised name no dataset is ("on AQuA rises from 53.5% to 63.8%,
    and on Last Letter from 23.8%"), or a described set ("On D, it gains 25%, and on machine learning and
    open-ended tasks, it lifts accuracy from 88% to 95%", "while performance on medical texts (TestC) reached
    84.49%"). The number is measured there, not on the dataset before it. A phrase that holds a name the text
    types (`name_starts`: a system, a metric) or follows "based" names no data.

    >>> words = "accuracy on FooQA rises from 53.5 % to 63.8 % , and on Bar Letter from 23.8 % to 84.2 %".split()
    >>> other_data_between(3, 16, words, [(2, 3, "Dataset", "FooQA")]), other_data_between(3, 6, words, [(2, 3, "Dataset", "FooQA")])
    (True, False)
    >>> words = "on FooQA it gains 25 % , and on average it lifts accuracy from 88 %".split()
    >>> other_data_between(2, 14, words, [(1, 2, "Dataset", "FooQA")])
    False
    """
    lowers = [w.lower() for w in words]
    broke = False
    for k in range(start, end):
        w = lowers[k]
        if w in CLAUSE_BREAKS or w in ("and", "while", "whereas"):
            broke = broke or w in CLAUSE_BREAKS or w in ("while", "whereas")
            continue
        if w != "on" or not broke or lowers[k - 1] in _SOURCE_WORDS or lowers[k - 1] == "based":
            continue  # "an approach based on FooBERT which achieved 30.01%": a system, not data
        phrase: list[int] = []
        for j in range(k + 1, min(end, k + 9)):
            if (
                lowers[j] in _DATA_PHRASE_ENDS
                and not (j == k + 1 and lowers[j] == "the")
                or any(c.isdigit() for c in lowers[j])
            ):
                break
            phrase.append(j)
        if not phrase or any(d[0] in phrase for d in datasets):
            continue
        names = [words[j] for j in phrase if words[j][:1].isupper() and lowers[j] not in cues()["subset"]]
        if names and not all(is_language(n) for n in names) and not any(j in name_starts for j in phrase):
            return True  # "on Last Letter"; a name the text types (a system, "on the same CodeLLM") is no data
        tail = [lowers[j] for j in phrase if lowers[j] != "the"]
        if len(tail) >= 2 and tail[-1] in _OWN_DATA_NOUNS and not any(x in REFERRING for x in tail[:-1]):
            return True  # "on machine learning and open-ended tasks", "on medical texts"
    return False


#: plural nouns of data a clause describes without naming it ("on open-ended tasks", "on medical texts")
_OWN_DATA_NOUNS = frozenset(rule_words("UNNAMED_DATA_NOUNS")) | {"tasks", "domains", "genres"}


def is_language(name: str) -> bool:
    """Whether a dataset name is only a language's name ("Tamil", "Bangla"): the language of a shared
    task's track or of a paper's data, never the benchmark a number is measured on (codes such as "TR"
    are no names: they stay datasets).

    >>> is_language("Tamil"), is_language("Bangla"), is_language("TR"), is_language("Tamil-NER")
    (True, True, False, False)
    """
    code = languages().get(name.casefold())
    return code is not None and name.casefold() != code


MANY = frozenset(rule_words("MANY"))


def many_datasets(lowers: list[str]) -> bool:
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


#: nouns for data a sentence may describe without naming it ("on domain data", "on the complete text of ...")
UNNAMED_DATA_NOUNS = frozenset(rule_words("UNNAMED_DATA_NOUNS"))
#: words that make such a phrase refer back to a named dataset or one of its splits ("on the test data", "on
#: this corpus", "on the whole dataset")
REFERRING = frozenset(rule_words("REFERRING_DATA_WORDS"))


#: where the noun phrase after "on" ends: "relied on transfer learning from X data" is no data phrase
_PHRASE_ENDS = frozenset(", . ; ( with by and or from to for over than using via through".split())


def unnamed_data(lowers: list[str]) -> bool:
    """Whether the sentence says its number was measured on data it describes but does not name ("by 9% F1 on
    in-domain data", "tested on the complete text of a classical epic"): a sentence that states its own data
    is not about the paper's one named dataset, so that dataset is not guessed for it. A phrase that refers
    back ("on this corpus", "on the dataset", "on the test data", "on the whole corpus") still can be.

    >>> unnamed_data("it gains 9% f1 on in-domain data".split())
    True
    >>> unnamed_data("it is tested on the complete text of an old epic , with 96% accuracy".split())
    True
    >>> unnamed_data("it reaches 81% on the test data".split()), unnamed_data("it reaches 81% on the dataset".split())
    (False, False)
    >>> unnamed_data("it relied on transfer learning from related parallel data".split())
    False
    """
    for k, w in enumerate(lowers):
        if w != "on":  # not "in the case of OK sentences": a condition, not data
            continue
        tested = k > 0 and lowers[k - 1] in TESTING_WORDS
        phrase: list[str] = []
        for x in lowers[k + 1 : k + 8]:
            if x in CLAUSE_BREAKS or x in _PHRASE_ENDS or any(c.isdigit() for c in x):
                break
            phrase.append(x)
        words = [x for x in phrase if x not in ("the", "a", "an", "of")]
        if not words or any(x in REFERRING for x in words):
            continue
        if tested and len(words) >= 2:
            return True  # "tested on the complete text of ...": the data it was tested on, described
        if len(words) >= 2 and words[-1] in UNNAMED_DATA_NOUNS:
            return True  # "on in-domain data": a modifier and a data noun
    return False


def names_other_data(words: list[str]) -> bool:
    """Whether a sentence that names no known dataset names data of its own by a capitalised name and a data
    noun ("new SOTA results on the Hebrew Camoni corpus, +8.9 F1", "tested on the Zork dataset"): it is
    measured there, not on the paper's one dataset, which is not guessed for it (as unknown_name_after
    does for a name right after the number). A language alone ("on the English dataset") names a part.

    >>> names_other_data("we reach +8.9 F1 on the Hebrew Zork corpus".split())
    True
    >>> names_other_data("we reach 81% on the English dataset".split()), names_other_data("we reach 81% on the dataset".split())
    (False, False)
    >>> names_other_data("when trained on the Zork dataset , it reaches 64.3% F1".split())
    False
    """
    for k, w in enumerate(words):
        if w.lower() not in ("on", "in") or k + 2 >= len(words):
            continue
        if any(x.lower() in _SOURCE_WORDS for x in words[max(0, k - 2) : k]):
            continue  # "trained on the Twi dataset", "using the Zork corpus": data used, not where it was measured
        j = k + 1 + (words[k + 1].lower() == "the")
        names = []
        while j < len(words) and len(names) < 3 and words[j][:1].isupper():
            names.append(words[j])
            j += 1
        if names and j < len(words) and words[j].lower() in ONE_DATA:
            if not all(is_language(n) for n in names):
                return True
    return False


#: words before "on" that make the data named after it the data a model used ("trained on", "fine-tuned on")
_SOURCE_WORDS = frozenset(rule_words("TRAINING")) | frozenset(rule_words("USED_DATA")) | {"fine-tuned", "finetuned"}
#: the singular data nouns that close a dataset's name ("the Zork corpus")
ONE_DATA = frozenset({"dataset", "benchmark", "corpus", "treebank"})


BY_GAP = frozenset(
    "dataset datasets benchmark benchmarks corpus test set sets split by up to of a an margin around about "
    "approximately nearly over almost".split()
)


def unknown_name_after(
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
    >>> unknown_name_after(Value(7, 8, "64.0", 64.0, None), words, {4}, [], frozenset({4}))
    True
    >>> unknown_name_after(Value(2, 3, "68.2", 68.2, None), words, {4}, [], frozenset({4}))
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


def dataset_after(v: Value, stop: int, datasets: list[tuple], lowers: list[str]) -> str | None:
    """The dataset named right after a value ("72.1 on MMLU"), or alone in the bracket right after it
    ("F1 scores of 68.2 (FooSet) and 64.0 (BarSet)"), before `stop`.

    >>> dataset_after(Value(4, 5, "64.0", 64.0, None), 99, [(6, 7, "Dataset", "Bar")], "f1 of 68.2 and 64.0 ( bar )".split())
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


def is_training_data(d: tuple, lowers: list[str]) -> bool:
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
    """
    if len({d[3] for d in datasets}) != 1 or v.unit in ("x", "×") or datasets[0][0] < v.end:
        return False
    d0 = datasets[0][0]
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


DATA_NOUNS = frozenset(rule_words("DATA_NOUNS"))
USED_DATA = frozenset(rule_words("USED_DATA"))


def shared_dataset_after(values: list[Value], k: int, datasets: list[tuple], lowers: list[str]) -> str | None:
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
    return dataset_after(w, stop, datasets, lowers)


def dataset_before_by(datasets: list[tuple], v: Value, lowers: list[str]) -> str | None:
    """ "outperforms Y on D by 1.9%": the gain belongs to the dataset just before "by"."""
    for d in reversed(datasets):
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


def coordinated_tail(before: list[tuple], lowers: list[str]) -> list[str]:
    """The last dataset before a value, with those listed together with it ("MBPP and HumanEval")."""
    group = [before[-1]]
    for d in reversed(before[:-1]):
        between = lowers[d[1] : group[0][0]]
        if _listed_together(between):
            group.insert(0, d)
        else:
            break
    return [d[3] for d in group]
