"""Signs that a number was measured on other data than the datasets a sentence names: a new clause "on"
other data, data described but not named ("on in-domain data"), an unknown name right after the number
("9.3% on Zuco"), a dataset that is only training data, a language's name. Split from datasets.py, which
weighs these signs when it files a number under a dataset.
"""

from __future__ import annotations

from typing import Final

from paperkg.extract.lexicon import rule_words
from paperkg.extract.results.clauses import CLAUSE_BREAKS
from paperkg.extract.results.kinds import cues
from paperkg.extract.results.values import NUMBER, Value
from paperkg.language_pairs import languages

#: words that end the phrase after "on" that names a clause's own data
_DATA_PHRASE_ENDS: Final = frozenset(rule_words("DATA_PHRASE_ENDS"))
#: nouns for data a sentence may describe without naming it ("on domain data", "on the complete text of ...")
UNNAMED_DATA_NOUNS = frozenset(rule_words("UNNAMED_DATA_NOUNS"))


#: the longest phrase after "on" read as a clause's data: "on machine learning and open-ended tasks" is six
#: words; a longer one before the number has run into the clause's verb and object
_DATA_PHRASE_MAX: Final = 8


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
        for j in range(k + 1, min(end, k + 1 + _DATA_PHRASE_MAX)):
            if (
                lowers[j] in _DATA_PHRASE_ENDS
                and not (j == k + 1 and lowers[j] == "the")
                or NUMBER.match(lowers[j])  # a number ends it, not a name with digits ("on the WNUT16 set")
            ):
                break
            phrase.append(j)
            if lowers[j] in _SET_HEADS and len(phrase) > 1:
                break  # "and on the WNUT16 set an F1 of 68.2": the data noun closes the phrase before the measure
        if this_edition_data(lowers, k + 1) is not None:
            return True  # "..., and achieves 23.6 BLEU on this year's test set, outperforming ... by 7.7 points"
        if not phrase or any(d[0] in phrase for d in datasets):
            continue
        names = [words[j] for j in phrase if words[j][:1].isupper() and lowers[j] not in cues()["subset"]]
        if names and not all(is_language(n) for n in names) and not any(j in name_starts for j in phrase):
            return True  # "on Last Letter"; a name the text types (a system, "on the same CodeLLM") is no data
        tail = [lowers[j] for j in phrase if lowers[j] != "the"]
        if len(tail) >= 2 and tail[-1] in _OWN_DATA_NOUNS and not any(x in REFERRING for x in tail[:-1]):
            return True  # "on machine learning and open-ended tasks", "on medical texts"
    return False


def this_edition_data(lowers: list[str], j: int) -> int | None:
    """Where a phrase at `j` ends that names the data of the edition a paper takes part in, "this year's test set",
    "this year's development data": a shared task's current edition, not the past one the sentence names by its
    year ("by 7.5 BLEU on the Foo 2030 test set, and achieves 23.6 BLEU on this year's test set"; ACL 44k writes
    "this year's test set / development data / test data": 2023.iwslt-1.10, 2021.wmt-1.111, 2020.webnlg-1.16).

    >>> this_edition_data("on this year ’s test set ,".split(), 1), this_edition_data("on this test set".split(), 1)
    (6, None)
    """
    if lowers[j : j + 2] != ["this", "year"] or j + 2 >= len(lowers) or lowers[j + 2] not in ("’s", "'s"):
        return None
    for k in range(j + 3, min(len(lowers), j + 6)):
        if lowers[k] in _EDITION_DATA_HEADS:
            return k + 1
    return None


#: the heads of a shared task edition's data ("this year's test set", "this year's development data")
_EDITION_DATA_HEADS = frozenset({"set", "sets", "data", "dataset", "datasets", "testset", "test-set"})


#: nouns that close a phrase naming a clause's data ("on the Foo set", "on the Bar subset", "on the Baz corpus")
_SET_HEADS: Final = frozenset(
    {"set", "sets", "subset", "subsets", "split", "data", "dataset", "datasets", "corpus", "benchmark"}
)


#: plural nouns of data a clause describes without naming it ("on open-ended tasks", "on medical texts")
_OWN_DATA_NOUNS: Final = UNNAMED_DATA_NOUNS | {"tasks", "domains", "genres"}


def is_language(name: str) -> bool:
    """Whether a dataset name is only a language's name ("Tamil", "Bangla"): the language of a shared
    task's track or of a paper's data, never the benchmark a number is measured on (codes such as "TR"
    are no names: they stay datasets).

    >>> is_language("Tamil"), is_language("Bangla"), is_language("TR"), is_language("Tamil-NER")
    (True, True, False, False)
    """
    code = languages().get(name.casefold())
    return code is not None and name.casefold() != code


MANY: Final = frozenset(rule_words("MANY"))


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


#: words that make such a phrase refer back to a named dataset or one of its splits ("on the test data", "on
#: this corpus", "on the whole dataset")
REFERRING: Final = frozenset(rule_words("REFERRING_DATA_WORDS"))


#: where the noun phrase after "on" ends: "relied on transfer learning from X data" is no data phrase
_PHRASE_ENDS: Final = frozenset(", . ; ( with by and or from to for over than using via through".split())


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


#: words that end the few words between a number and its own "on ..." (a clause of its own, a comparison)
_OWN_PHRASE_STOPS: Final = _PHRASE_ENDS | {"compared", "when", "than", "against", "vs", "vs.", "versus", "while", "at"}
#: heads of a data phrase that says what a number was measured on without naming it ("on small corpora", "on
#: cultural benchmarks"); not "tasks", "domains": a named benchmark's parts ("37.93% on 1-hop tasks and 14.57% on
#: 2-hop tasks", "93.1% on textual tasks"; 44k), nor "task" ("reaching 96.98 on a 9-class task": the track's own)
_OWN_HEADS: Final = UNNAMED_DATA_NOUNS | {"benchmarks", "datasets"}


def own_unnamed_data(end: int, words: list[str], lowers: list[str], dataset_starts: set[int]) -> int | None:
    """Where the phrase ends that says right after a number, in its own words, on what data it was measured,
    without naming it: "and 16% on a semantic parsing task", "98% F1 on synthetic data", "13.07% average relative
    improvements on cultural benchmarks", "by roughly 1% on small corpora in several languages". A dataset named
    before the number, or after that phrase, is then not where it was measured (stop 41's SCAN paper, stop 36's
    CultureInstruct, stop 39's Arabic essay-scoring paper; 44k: TreeReg's "on out-of-distribution data", "on the
    challenging multiple-unknown datasets" filed under the single-unknown Math23K). None when the phrase refers back ("on these
    benchmarks", "on the test data"), holds a capitalised word (a name, a language: a part of named data), or is a
    part of a named dataset ("on diagnostic tasks from the SCAN dataset").

    >>> w = "it reduces error by 87 % on held-out texts from the Foo dataset and 16 % on small parsing corpora".split()
    >>> own_unnamed_data(6, w, [x.lower() for x in w], {11}), own_unnamed_data(16, w, [x.lower() for x in w], {11})
    (None, 20)
    >>> w = "it reaches 61.3 , 25.1 , and 40.5 on the three benchmarks".split()
    >>> own_unnamed_data(9, w, [x.lower() for x in w], set())
    >>> w = "it achieved 98 % F1 on synthetic data and strong results on Foo".split()
    >>> own_unnamed_data(4, w, [x.lower() for x in w], {12})
    8
    >>> w = "it gains 3 % on these benchmarks".split()
    >>> own_unnamed_data(4, w, [x.lower() for x in w], set())
    """
    k = end
    while k < min(len(lowers), end + 5) and lowers[k] not in ("on", "across"):
        if lowers[k] in CLAUSE_BREAKS or lowers[k] in _OWN_PHRASE_STOPS or NUMBER.match(lowers[k]):
            return None
        k += 1
    if k >= len(lowers) or lowers[k] not in ("on", "across"):
        return None
    phrase: list[int] = []
    j = k + 1
    while j < min(len(lowers), k + 8):
        x = lowers[j]
        if x in CLAUSE_BREAKS or x in _PHRASE_ENDS or x in ("in", "of", "at") or NUMBER.match(x):
            break
        phrase.append(j)
        j += 1
    if (edition_end := this_edition_data(lowers, k + 1)) is not None:
        return edition_end  # "and achieves 23.6 BLEU on this year's test set": not the past edition named before
    content = [i for i in phrase if lowers[i] not in ("the", "a", "an")]
    if len(content) < 2 or any(i in dataset_starts for i in phrase) or lowers[content[0]] == "average":
        return None  # "on average across domains": how the number was taken, not its data
    if any(lowers[i] in MANY or NUMBER.match(lowers[i]) for i in content):
        return None  # "F1 of 61.3, 25.1, and 40.5 on the three tasks": a count refers back to the named data's parts
    if any(words[i][:1].isupper() for i in content) or any(lowers[i] in REFERRING for i in content[:-1]):
        return None  # "on English data", "on the WMT test data", "on these benchmarks": a part of named data
    if lowers[content[-1]] not in _OWN_HEADS:
        return None
    if any(i in dataset_starts for i in range(j, min(len(lowers), j + 4))) and lowers[j : j + 1] in (
        ["from"],
        ["of"],
        ["in"],
    ):
        return None  # "on diagnostic tasks from the SCAN dataset": a part of the named data
    return content[-1] + 1


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
_SOURCE_WORDS: Final = (
    frozenset(rule_words("TRAINING")) | frozenset(rule_words("USED_DATA")) | {"fine-tuned", "finetuned"}
)
#: the singular data nouns that close a dataset's name ("the Zork corpus")
ONE_DATA = frozenset({"dataset", "benchmark", "corpus", "treebank"})


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
    # "15.7% in D accuracy for Swahili and 11.4% for Urdu": a language names the part of the data in it, as a
    # subset's label does, not other data (resrec46)
    return name[:1].isupper() and k + 1 not in known and name.lower() not in cues()["subset"] and not is_language(name)


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


TESTING_WORDS: Final = frozenset(rule_words("TESTING_WORDS"))
TRAINING: Final = frozenset(rule_words("TRAINING"))
