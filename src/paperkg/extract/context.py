"""Typing a name by the words around it, and finding the paper's own contribution.

Pure functions over a sentence's lower-cased words, so tests can call them
with a plain list: `context_type(["results", "on", "gsm8k"], 2, 3) == "Dataset"`.
"""

from __future__ import annotations

import re
from itertools import compress, count
from typing import Final

from paperkg.extract.lexicon import function_words, rule_word_list_names, rule_words
from paperkg.extract.tokens import indices_of

DATASET_NEXT: Final = frozenset(rule_words("DATASET_NEXT"))
METRIC_NEXT: Final = frozenset(rule_words("METRIC_NEXT"))
VALUE_VERBS = frozenset(rule_words("VALUE_VERBS"))
MODEL_NEXT: Final = frozenset(rule_words("MODEL_NEXT"))
TASK_NEXT: Final = frozenset(rule_words("TASK_NEXT"))
#: "based on X" / "built on X": X is what a method rests on, not an evaluation set (the list results/datasets.py's
#: _ON_NOT_PLACE reads too: "improves on X by 2%" states no place X)
NOT_EVALUATION_ON: Final = frozenset(rule_words("NOT_EVALUATION_ON"))
EVALUATION_ON: Final = frozenset(rule_words("EVALUATION_ON"))
OWNED_QUALITIES: Final = frozenset(rule_words("OWNED_QUALITIES"))
LIST_HEADS: Final = {
    "Dataset": frozenset(rule_words("LIST_HEADS.Dataset")),
    "Model": frozenset(rule_words("LIST_HEADS.Model")),
    "Method": frozenset(rule_words("LIST_HEADS.Method")),
    "Metric": frozenset(rule_words("LIST_HEADS.Metric")),
}
#: plural data nouns a bracket lists names after ("four authorship datasets (Foo10, Foo64, Bar and Baz)",
#: "two benchmarks (Foo and Bar)"); not the singular, whose bracket holds the name's acronym
BRACKET_LIST_HEADS: Final = frozenset(rule_words("BRACKET_LIST_HEADS"))
LIST_CUES: Final = ("such as", "including", "like", "e.g.", "e.g.,", "namely", "i.e.", ":")
PROPOSE_VERBS: Final = frozenset(rule_words("PROPOSE_VERBS"))
NAMING_CUES: Final = frozenset(rule_words("NAMING_CUES"))
WE: Final = frozenset(rule_words("WE"))


#: words right before a technique's name that show its everyday English sense ("received much attention")
def _sense_lists(prefix: str) -> dict[str, frozenset[str]]:
    """{term: cue words} of the `rule_words.tsv` lists named `PREFIX.<term>`."""
    return {
        name[len(prefix) + 1 :]: frozenset(rule_words(name))
        for name in rule_word_list_names()
        if name.startswith(prefix + ".")
    }


EVERYDAY_SENSE: Final = _sense_lists("EVERYDAY_SENSE")
EVERYDAY_SENSE_AFTER: Final = _sense_lists("EVERYDAY_SENSE_AFTER")
EVERYDAY_VERBS: Final = _sense_lists("EVERYDAY_VERBS")
#: words between a verb and its object that end the look-back: the term is then no object of the verb
#: ("pay attention to multi-head attention": the second "attention" is the technique)
_OBJECT_BREAK: Final = frozenset(
    {"to", "on", "in", "for", "with", "from", "by", "and", "or", "but", ",", ";", ":", ".", "(", ")"}
)


def everyday_sense(lowers: list[str], start: int, end: int) -> bool:
    """Whether lowers[start:end] is a common word used in another sense than the
    lexicon's: "has received growing attention", "a lot of attention", "factual
    recall", "mixed precision", "the EM algorithm" name no technique or measure.

    >>> everyday_sense("the task has gained much attention".split(), 5, 6)
    True
    >>> everyday_sense("it received a large amount of attention".split(), 6, 7)
    True
    >>> everyday_sense("we add attention over subwords".split(), 2, 3)
    False
    >>> everyday_sense("we pay attention to self attention".split(), 5, 6)
    False
    >>> everyday_sense("we train it with the em algorithm".split(), 5, 6), everyday_sense("an em of 71".split(), 1, 2)
    (True, False)
    """
    term = " ".join(lowers[start:end])
    after = EVERYDAY_SENSE_AFTER.get(term)
    if after and end < len(lowers) and lowers[end] in after:
        return True
    if start == 0:
        return False
    cues = EVERYDAY_SENSE.get(term)
    prev = lowers[start - 1]
    if prev == "of" and start > 1:  # "a lot of attention", "a great deal of attention"
        prev = lowers[start - 2]
    if cues and prev in cues:
        return True
    verbs = EVERYDAY_VERBS.get(term)
    if verbs:
        for k in range(start - 1, max(-1, start - 6), -1):
            if lowers[k] in verbs:
                return True
            if lowers[k] in _OBJECT_BREAK or lowers[k] == term:
                break
    return False


#: head words of a long form that say what it names
HEAD_TYPES: Final = {
    "Dataset": frozenset(rule_words("HEAD_TYPES.Dataset")),
    "Metric": frozenset(rule_words("HEAD_TYPES.Metric")),
    "Task": frozenset(rule_words("HEAD_TYPES.Task")),
}
METHOD_MODIFIERS: Final = frozenset(rule_words("METHOD_MODIFIERS"))


#: words anywhere in a long form that make it a technique ("Stable Training Algorithm for dense Retrieval")
METHOD_WORDS: Final = frozenset(rule_words("METHOD_WORDS"))


def head_type(words: list[str]) -> str:
    """The type a multi-word long form's last word suggests ("" for none).

    >>> head_type(["massive", "tool", "retrieval", "benchmark"])
    'Dataset'
    """
    if not words:
        return ""
    last = words[-1].lower().rstrip("s") if words[-1].lower().endswith("ies") is False else words[-1].lower()
    lw = words[-1].lower()
    if len(words) > 1 and any(w.lower() in METHOD_WORDS for w in words[:-1]) and lw not in HEAD_TYPES["Dataset"]:
        return "Method"
    for t, heads in HEAD_TYPES.items():
        if lw in heads or last in heads:
            if t == "Task" and any(any(m in w.lower() for m in METHOD_MODIFIERS) for w in words[:-1]):
                return ""
            return t
    return ""


def context_type(lowers: list[str], start: int, end: int) -> str:
    """The type the words around lowers[start:end] give it ("" when they say nothing)."""
    nxt = lowers[end] if end < len(lowers) else ""
    nxt2 = lowers[end + 1] if end + 1 < len(lowers) else ""
    if nxt == "data" and nxt2 in {"structure", "structures", "type", "types"}:
        return ""  # "the FM-index data structure"
    if nxt in DATASET_NEXT or (nxt in {"test", "validation", "dev"} and nxt2 in {"set", "sets", "split"}):
        return "Dataset"
    if nxt == "(" and (bracketed_data_name(lowers, end) or bracketed_data_description(lowers, end)):
        return "Dataset"
    if nxt in METRIC_NEXT:
        return "Metric"
    if nxt in TASK_NEXT and not (start > 0 and lowers[start - 1] in EVALUATION_ON):
        return "Task"
    after = word_after_bracket(lowers, start, end)
    if after in TASK_NEXT:
        return "Task"
    if after in GENERIC_HEADS:
        return "Method"
    if nxt in MODEL_NEXT:
        return "Model"
    prev = lowers[start - 1] if start > 0 else ""
    prev2 = lowers[start - 2] if start > 1 else ""
    if named_after_dataset_head(lowers, start) or named_by_copula(lowers, start):
        return "Dataset"
    if other_class_not_data(lowers, end) or nxt in OWNED_QUALITIES:
        pass  # "on AI-PC and other edge devices", "an influence on LCLM performance": no test data
    elif prev in EVALUATION_ON and prev2 not in NOT_EVALUATION_ON:
        return "Dataset"
    elif prev == "the" and prev2 in EVALUATION_ON and lowers[start - 3 if start > 2 else 0] not in NOT_EVALUATION_ON:
        return "Dataset"
    if valued_measure(lowers, start, end):
        return "Metric"
    appositive = appositive_type(lowers, start, end)
    if appositive:
        return appositive
    if announced_task(lowers, start):
        return "Task"
    if prev == "(" and prev2 in BRACKET_LIST_HEADS:
        return "Dataset"  # "on four datasets (Foo10, Foo64 and Bar)": the bracket lists them
    window = " ".join(lowers[max(0, start - 3) : start])
    if not window.endswith(LIST_CUES):  # one test of all the cues in C: most names follow none
        return ""
    for cue in LIST_CUES:
        if window.endswith(cue):
            cue_start = start - len(cue.split())
            for k in range(cue_start - 1, max(-1, cue_start - 6), -1):
                for t, heads in LIST_HEADS.items():
                    if lowers[k] in heads:
                        if cue == ":" and k > 0 and lowers[k - 1] in _ANAPHORIC:
                            return ""  # "based on this dataset: FooRet": no list of datasets
                        return t
            break
    return ""


#: the singular nouns that announce one problem after a colon ("an important task: X")
_ONE_TASK = frozenset({"task", "problem"})
#: determiners of that noun: a new task is announced, not a list of them ("two tasks: X and Y", which the
#: Dataset list heads read as benchmark tasks) and not one named before ("address the latter task: DUUI, a
#: framework", "on the same translation task: TM-augmented NMT ...": what follows is an approach to it)
_ONE_TASK_DETERMINERS = frozenset({"a", "an"})


def announced_task(lowers: list[str], start: int) -> bool:
    """ "a/an/the <up to two words> task: X" (or "problem: X"): the colon announces X as the one problem the
    sentence names. ACL 44k: "a closely related task: relation extraction", "a novel task: automatic academic
    paper rating (AAPR)", "an extrinsic task: MIR", "a new task: cross-model automatic commenting (CMAC)"; seed:
    "an important task: High-Level Synthesis (HLS) functional verification" (typed Dataset before, by a later
    "on HLS verification"). Not "this task: an SVM-based model" nor "the latter task: DUUI, a framework" (a task
    named before: what follows is no name of it).

    >>> announced_task("we study an important task : zorb frob detection".split(), 6)
    True
    >>> announced_task("two tasks : zorb and frob".split(), 3), announced_task("this task : an svm".split(), 3)
    (False, False)
    >>> announced_task("to address the latter task : zorbui , a framework".split(), 6)
    False
    """
    if start < 3 or lowers[start - 1] != ":" or lowers[start - 2] not in _ONE_TASK:
        return False
    for k in range(max(0, start - 5), start - 2):  # a loop: a generator's closure made `lowers` a cell at every call
        if lowers[k] in _ONE_TASK_DETERMINERS:
            return True
    return False


#: the most words a measure's bracketed acronym holds in "achieves a X (CMI) of": an acronym is one word or a
#: few ("( F1 - score )"); a longer bracket is a clause or a citation, and "of <number>" after it is no value of X
_MEASURE_ACRONYM_MAX = 4


def valued_measure(lowers: list[str], start: int, end: int) -> bool:
    """ "achieves a X of <number>" ("achieves a Frob Mixing Index (FMI) of 25.3%"): what a system achieves a
    value of is a measure. ACL 20k sample, a capitalised name in this frame (after achieve, obtain, reach or
    yield): 150 hits, every one a measure (F1-score 68, F-score 14, Macro F1, MAP, AUROC, Hierarchical F1,
    AVeriTeC Score, ...); not after "with" ("with a vocabulary of 30k").

    >>> valued_measure("it achieves a frob index ( fi ) of 25.3 %".split(), 3, 5)
    True
    >>> valued_measure("it has a frob index of 25.3 %".split(), 3, 5), valued_measure("it achieves a frob index of many".split(), 3, 5)
    (False, False)
    """
    if start < 2 or lowers[start - 1] not in ("a", "an") or lowers[start - 2] not in VALUE_VERBS:
        return False
    k = end
    if k < len(lowers) and lowers[k] == "(":
        close = close_bracket(lowers, k, _MEASURE_ACRONYM_MAX)
        if close is None:
            return False
        k = close + 1
    return k + 1 < len(lowers) and lowers[k] == "of" and lowers[k + 1][:1].isdigit()


def other_class_not_data(lowers: list[str], end: int) -> bool:
    """ "X and other Ys" (a Hearst pattern: X is one of the Ys) where no word of the class
    phrase is a data or task noun: "on X" then names a platform or a language, not test data.

    >>> other_class_not_data("runs on foo-pc and other edge devices .".split(), 3)
    True
    >>> other_class_not_data("results on foobench and other reasoning benchmarks".split(), 3)
    False
    >>> other_class_not_data("results on foobench .".split(), 3)
    False
    """
    if lowers[end : end + 2] != ["and", "other"]:
        return False
    words = []
    for w in lowers[end + 2 : end + 7]:
        if not w[:1].isalnum() or w in function_words():
            break
        words.append(w)
    if not words:
        return False
    data = _CLASS_DATA_NOUNS
    return not any(w in data or w.rstrip("s") in data or is_task_head(w) or is_task_head(w.rstrip("s")) for w in words)


#: data nouns after a name's bracketed acronym ("the Foo Bar (FB) corpus"); not "data", which follows task
#: acronyms as often ("named entity recognition (NER) data")
_BRACKET_DATA_NEXT: Final = (DATASET_NEXT - {"data"}) | {"challenge", "treebank", "treebanks"}
#: a class phrase with one of these names test data ("X and other reasoning benchmarks"): other_class_not_data
_CLASS_DATA_NOUNS = (
    HEAD_TYPES["Dataset"] | _BRACKET_DATA_NEXT | DATASET_NEXT | {"task", "test", "evaluation", "problem"}
)


def close_bracket(lowers: list[str], open_: int, most: int) -> int | None:
    """The index of the ")" that closes the bracket opened at lowers[open_], when at most `most`
    words stand inside it (None otherwise): a name's acronym or short description.

    >>> close_bracket("the foo bar ( fb ) corpus".split(), 3, 3), close_bracket("foo ( a b c d ) bar".split(), 1, 3)
    (5, None)
    """
    for j in range(open_ + 1, min(len(lowers), open_ + most + 2)):  # a loop: no generator left open at the ")"
        if lowers[j] == ")":
            return j
    return None


def word_after_bracket(lowers: list[str], start: int, end: int) -> str:
    """The word after a long form's bracketed acronym, or after the acronym in its brackets ("" when
    the name has no bracket after it): "the foo bar induction (FBI) task" and "a new foo bar (FB)
    framework" say what both spellings name, as "X task" and "X framework" do.

    >>> word_after_bracket("the foo bar induction ( fbi ) task".split(), 1, 4)
    'task'
    >>> word_after_bracket("the foo bar induction ( fbi ) task".split(), 5, 6)
    'task'
    >>> word_after_bracket("the foo bar ( see below".split(), 1, 3)
    ''
    """
    if end < len(lowers) and lowers[end] == "(":
        close = close_bracket(lowers, end, 3)
    elif end < len(lowers) and lowers[end] == ")" and start > 0 and lowers[start - 1] == "(":
        close = end
    else:
        return ""
    return lowers[close + 1] if close is not None and close + 1 < len(lowers) else ""


def bracketed_data_name(lowers: list[str], end: int) -> bool:
    """A name (ending before `end`) whose bracketed acronym a data noun follows names that data: "the Phenotype-Gene
    Relations (PGR) corpus", "the Simultaneous Translation And Paraphrase for Language Education
    (STAPLE) shared task"; not a problem's name ("Aspect Term Extraction (ATE) datasets": a task
    head ends it), which the data are only for.

    >>> bracketed_data_name("the foo bar relations ( fbr ) corpus".split(), 4)
    True
    >>> bracketed_data_name("on aspect term extraction ( ate ) datasets".split(), 4)
    False
    """
    close = close_bracket(lowers, end, 4)
    if close is None or close + 1 >= len(lowers):
        return False
    head = lowers[end - 1]
    if is_task_head(head) or head.rstrip("s") in TASK_HEADS:
        return False
    after, after2 = lowers[close + 1], lowers[close + 2] if close + 2 < len(lowers) else ""
    return after in _BRACKET_DATA_NEXT or (after == "shared" and after2 in ("task", "tasks"))


#: the longest bracketed description read after a name ("(monolingual Foo code search benchmark)")
_BRACKET_DESCRIPTION_MAX = 8


def bracketed_data_description(lowers: list[str], open_: int) -> bool:
    """A bracketed description right after a name that ends in a data noun says the name is a
    dataset: "FooTest (monolingual Bar code search benchmark)", "Qux (a corpus of news)" is not
    (the noun must end it: "of ..." describes what the data holds, and any noun may follow).

    >>> bracketed_data_description("on footest ( monolingual bar code search benchmark ) with".split(), 2)
    True
    >>> bracketed_data_description("with foonet ( a bar retrieval model ) and".split(), 2)
    False
    """
    close = close_bracket(lowers, open_, _BRACKET_DESCRIPTION_MAX)
    if close is None or "(" in lowers[open_ + 1 : close]:
        return False  # no closing bracket near, or a bracket inside the bracket
    if close - open_ < 4:
        return False  # "(BAR)", "(Foo dataset)": an acronym, or the named data a task is run on
    if lowers[open_ + 1] in _APPOSITIVE_STOP or lowers[open_ + 1] in ("from", "using", "via", "e.g.", "i.e."):
        return False  # "QA (on the Foo dataset)": the data the task is run on, not what the name is
    return lowers[close - 1] in HEAD_TYPES["Dataset"] and lowers[close - 1] not in ("competition", "challenge")


#: a relative clause that names the noun before it: "..., which is named X", "..., which we call X"
_RELATIVE_NAMING: Final = frozenset(
    [("which", v, c) for v in ("is", "was") for c in NAMING_CUES] + [("which", "we", c) for c in ("call", "name")]
)
#: what stands between a dataset noun and the name it introduces ("a corpus called X", "the benchmark, X")
_NAMING_OR_LISTING: Final = NAMING_CUES | {",", ":"}


def named_after_dataset_head(lowers: list[str], start: int) -> bool:
    """A name right after a dataset noun names that dataset: "our corpus X",
    "a dataset called X", "the benchmark, X (...)"; not the verb "we benchmark X".

    >>> named_after_dataset_head("we release a corpus named foo".split(), 5), named_after_dataset_head("we benchmark foo".split(), 2)
    (True, False)
    >>> named_after_dataset_head("a new dataset , which is named foo".split(), 7), named_after_dataset_head("a corpus , which we call foo".split(), 6)
    (True, True)
    """
    if start > 3 and tuple(lowers[start - 3 : start]) in _RELATIVE_NAMING:
        # "a new dataset, which is named X", "a corpus, which we call X" (stop 48; ACL 44k: 8 abstracts write
        # a data noun, "which is named / which we call" and a name, all 8 a dataset's name)
        k = start - 5 if lowers[start - 4] == "," else start - 4
        return k >= 0 and lowers[k] in APPOSITIVE_HEADS["Dataset"]
    prev = lowers[start - 1] if start > 0 else ""
    prev2 = lowers[start - 2] if start > 1 else ""
    prev3 = lowers[start - 3] if start > 2 else ""
    heads = APPOSITIVE_HEADS["Dataset"]
    if prev in heads:
        return prev2 not in _VERB_BEFORE
    if prev in (",", ":") and prev3 in _ANAPHORIC:
        return False  # "retrievers based on this dataset: FooRet", "on this dataset, FooNet outperforms"
    return prev in _NAMING_OR_LISTING and prev2 in heads and prev3 not in _VERB_BEFORE


def bracketed_after_data(lowers: list[str], start: int, end: int) -> bool:
    """A name alone in brackets right after a data noun names that data: "the Twitter dataset
    (TWT-2023)", "a new parallel corpus (FooPar)" (ACL 44k: a coined name so bracketed after "dataset",
    "corpus", "benchmark", "treebank" or "test set" in 154 abstracts). The caller leaves out a long
    form's own acronym ("the Foo Bar Dataset (FBD)"), which the long form types.

    >>> bracketed_after_data("uses the twitter dataset ( twt-2023 ) with".split(), 5, 6)
    True
    >>> bracketed_after_data("a strong model ( foonet ) on".split(), 4, 5)
    False
    """
    if start < 2 or end >= len(lowers) or lowers[start - 1] != "(" or lowers[end] != ")":
        return False
    noun = lowers[start - 2]
    return noun in _BRACKET_DATA_NEXT or (noun in ("set", "sets") and start > 2 and lowers[start - 3] == "test")


#: determiners that point back at data already named: what follows "this dataset:" or "this dataset," is
#: what the sentence says about it, not its name
_ANAPHORIC: Final = frozenset({"this", "these", "that", "those"})


#: what may stand between "the dataset" and "is X" ("the dataset for this task is X", "the benchmark we use is X")
_COPULA_SPAN_MAX = 6
_COPULA_STOP = frozenset({",", ".", ";", ":", "(", ")", "and", "or", "but", "which", "that"})


def named_by_copula(lowers: list[str], start: int) -> bool:
    """A name a data noun phrase is equated with names that data: "The dataset for this task is X",
    "our test corpus is the X" (ACL 44k: 4 abstracts, 3 of them a named dataset); not a size or a
    property ("the dataset is large": no name follows).

    >>> named_by_copula("the dataset for this task is foo".split(), 6), named_by_copula("the model we use is foo".split(), 5)
    (True, False)
    """
    if start > 1 and lowers[start - 1] == "the":
        start -= 1  # "the dataset used for this task is the X"
    if start < 3 or lowers[start - 1] not in ("is", "was"):
        return False
    for k in range(start - 2, max(-1, start - 2 - _COPULA_SPAN_MAX), -1):
        w = lowers[k]
        if w in _COPULA_STOP:
            return False
        if w in APPOSITIVE_HEADS["Dataset"] and k > 0 and lowers[k - 1] in ("the", "our", "this"):
            return True
    return False


#: words before "benchmark"/"test" that make it a verb ("we benchmark X", "to benchmark X")
_VERB_BEFORE: Final = frozenset({"we", "i", "they", "to", "also"})


#: head nouns of an appositive description ("X, an efficient system that ...")
#: nouns that describe a name as released software ("NeuSpell, an open-source toolkit", "X is a tool for ..."):
#: a `Model` (RULINGS R9, GUIDE-NOTES 3), the paper's own too, which R6 makes a Method unless presented as
#: released software. acl-dev: 3 named this way, all annotated Model ("an open-source toolkit", "an easily
#: customizable, open-source, evaluation toolkit", "a web-based annotation platform"); the stop-37 fresh
#: sample: "X is a tool for language learning", "X, an annotation tool", both judged Model
SOFTWARE_HEADS: Final = frozenset(rule_words("SOFTWARE_HEADS"))
APPOSITIVE_HEADS: Final = {
    "Dataset": frozenset(rule_words("APPOSITIVE_HEADS.Dataset")),
    "Model": frozenset(rule_words("APPOSITIVE_HEADS.Model")) | SOFTWARE_HEADS,
    "Method": frozenset(rule_words("APPOSITIVE_HEADS.Method")),
    "Metric": frozenset(rule_words("APPOSITIVE_HEADS.Metric")),
}
_APPOSITIVE_STOP: Final = frozenset("for of that which to with in on by from . ; : ( )".split())
CLAUSE_OPENERS: Final = frozenset(rule_words("_CLAUSE_OPENERS"))


#: appositive heads that name a group of things ("a suite of models"): what follows "of" types the name
_GROUP_NOUNS: Final = frozenset({"suite", "collection", "family"})


#: what opens a description of the name before it: a comma and an article
_DESCRIPTION_OPENERS: Final = frozenset((",", d) for d in ("a", "an", "the"))
#: openers that describe data and measures only: ", our" ("X, our new dataset of ..."), a dash and an
#: article ("X - a novel dataset derived from ...") and "is a/an" ("X is a supervised evaluation metric").
#: ACL 44k, a coined name then a dataset, corpus, benchmark or metric noun within six words: after a
#: dash 28 abstracts ("EXAMS - a new benchmark dataset"), after ", our" 5 ("PopQA, our new dataset"),
#: after "is a/an" 70 ("WikiSQL is a newly released dataset"). Not systems and models: "X is a model"
#: says little of a paper's own system (a Method unless presented as a released model, the guideline)
_DATA_DESCRIPTION_OPENERS: Final = frozenset(
    [(",", "our")] + [(p, d) for p in ("-", "–", "—", "is") for d in ("a", "an")]
)
_DESCRIBED_DATA: Final = frozenset({"Dataset", "Metric"})
#: what may follow a name that a description follows: an opener's first word or a bracket `_appositive` steps
#: over (most names are followed by none, and are read no further)
_APPOSITIVE_NEXT: Final = frozenset(o[0] for o in _DESCRIPTION_OPENERS | _DATA_DESCRIPTION_OPENERS) | {"(", ")"}


#: the words of a description read for its head noun after "a"/"an": "a unified automatic evaluation
#: framework" puts it fourth; further on the words are the description's own complements ("for X of Y")
_DESCRIPTION_WORDS: Final = 8
#: the quote that closes a quoted name before its comma ("“FAST,” an annotation tool")
_CLOSING_QUOTES: Final = frozenset({'"', "”", "’", "'"})


def appositive_type(lowers: list[str], start: int, end: int) -> str:
    """The type a description right after a name gives it: "X, an efficient and
    scalable system that ..." is a Method, "X (Y), a new benchmark for ..." a Dataset,
    "X - a novel dataset ...", "X, our new dataset of ..." and "X is a reference-based metric" too,
    "X is a tool for ..." a Model (`SOFTWARE_HEADS`).
    Not after a preposition: in "In X, a novel metric is proposed" the phrase is the subject.

    >>> appositive_type("we present foo , a simple framework that".split(), 2, 3)
    'Method'
    >>> appositive_type("foo , a suite of bilingual language models".split(), 0, 1), appositive_type("foo , a collection of 10k documents".split(), 0, 1)
    ('Model', 'Dataset')
    >>> appositive_type("foo , a collection of model efficiency methods .".split(), 0, 1)
    'Method'
    >>> appositive_type("foo - a novel dataset derived".split(), 0, 1), appositive_type("foo is a model".split(), 0, 1)
    ('Dataset', '')
    >>> appositive_type("foo is a tool for learning".split(), 0, 1), appositive_type("“ foo , ” an annotation tool".split(), 1, 2)
    ('Model', 'Model')
    """
    return _appositive(lowers, start, end)[0]


def described_as_software(lowers: list[str], start: int, end: int) -> bool:
    """Whether a description right after the name calls it software (`SOFTWARE_HEADS`): "X, an open-source
    toolkit for ...", "X is a tool for ...": a `Model` (R9), whatever the name's shape guessed.

    >>> described_as_software("we introduce foo , an open-source toolkit for spelling".split(), 2, 3)
    True
    >>> described_as_software("foo , a framework for".split(), 0, 1), described_as_software("foo , a model of".split(), 0, 1)
    (False, False)
    """
    return _appositive(lowers, start, end)[1] in SOFTWARE_HEADS


def _appositive(lowers: list[str], start: int, end: int) -> tuple[str, str]:
    """`appositive_type` and the head noun of the description that gave it ("" and "" for none)."""
    if end >= len(lowers) or lowers[end] not in _APPOSITIVE_NEXT:
        return "", ""
    if start > 0 and lowers[start - 1] in CLAUSE_OPENERS:
        return "", ""
    k = end
    if k < len(lowers) and lowers[k] == "(":  # the acronym or long form in brackets
        close = close_bracket(lowers, k, 10)
        if close is None:
            return "", ""
        k = close + 1
    elif k < len(lowers) and lowers[k] == ")":
        k += 1
    # "we propose “FAST,” an annotation tool": a quoted name, the comma inside the quotes
    quoted = k + 1 < len(lowers) and lowers[k] == "," and lowers[k + 1] in _CLOSING_QUOTES
    opener = (",", lowers[k + 2]) if quoted and k + 2 < len(lowers) else tuple(lowers[k : k + 2])
    if opener not in _DESCRIPTION_OPENERS and opener not in _DATA_DESCRIPTION_OPENERS:
        return "", ""
    k += 1 if quoted else 0
    t, head = _description_head(lowers[k + 2 : k + 2 + _DESCRIPTION_WORDS])
    if opener in _DESCRIPTION_OPENERS or t in _DESCRIBED_DATA or head in SOFTWARE_HEADS:
        return t, head
    return "", ""


#: what may stand between a technique noun and the name it introduces ("a new framework, FooEval")
_METHOD_NAMING = frozenset(rule_words("METHOD_NAMING"))
#: at most two of them (", called", ", named"): a longer gap between the noun and the name is no naming phrase
_NAMING_WORDS_MAX = 2


def described_as_method(lowers: list[str], start: int, end: int) -> bool:
    """Whether the text calls the name a technique or system: a description after it ("FooQA, a hybrid
    approach", a title's "FooEval: A Dialogue Evaluation Framework") or a technique noun right before it
    ("the first evaluation framework, FooEval", "an approach called FooQA"). The caller asks only of a name
    whose "-Eval"/"-QA"/"-Bench"/"-DS" shape guessed Dataset (ACL 44k: so described after the name in 58
    abstracts, "FastQA, a system", "DynaEval, a unified automatic evaluation framework"; before it in 31,
    "framework, named QuestEval", "approach, called RocketQA"; in 30 titles, "UnitedQA: A Hybrid Approach").

    >>> described_as_method("we develop the first evaluation framework , fooeval .".split(), 7, 8)
    True
    >>> described_as_method("fooqa : a hybrid approach for qa".split(), 0, 1)
    True
    >>> described_as_method("fooqa : a new benchmark for qa".split(), 0, 1), described_as_method("on this framework , fooqa".split(), 4, 5)
    (False, False)
    """
    if appositive_type(lowers, start, end) == "Method":
        return True
    if lowers[end : end + 1] == [":"] and lowers[end + 1 : end + 2] in (["a"], ["an"]):
        return _description_type(lowers[end + 2 : end + 2 + _DESCRIPTION_WORDS]) == "Method"
    k = start - 1
    while k >= 0 and start - k <= _NAMING_WORDS_MAX and lowers[k] in _METHOD_NAMING:
        k -= 1
    if k == start - 1 or k < 0 or lowers[k] not in APPOSITIVE_HEADS["Method"]:
        return False
    return not (k > 0 and lowers[k - 1] in _ANAPHORIC)  # "on this framework, FooQA improves": no naming


def _description_type(desc: list[str]) -> str:
    """The type the head noun of a description after its opener names ("" for none)."""
    return _description_head(desc)[0]


def _description_head(desc: list[str]) -> tuple[str, str]:
    """The type the head noun of a description after its opener names, and that noun ("", "" for none)."""
    for i, w in enumerate(desc):
        if w in _APPOSITIVE_STOP:
            return "", ""
        if i + 1 < len(desc) and desc[i + 1] == "-":
            continue  # "a model-agnostic, training-free method": part of an adjective
        for t, heads in APPOSITIVE_HEADS.items():
            if w in heads:
                if w in _GROUP_NOUNS and desc[i + 1 : i + 2] == ["of"]:
                    return _held_type(desc[i + 2 :]) or t, w
                return t, w
    return "", ""


def _held_type(words: list[str]) -> str:
    """The type of the last head noun of the phrase after a group noun's "of" ("a collection of model
    efficiency methods": Method), "" when it has none ("a collection of 10k documents")."""
    found = ""
    for w in words:
        if w in _APPOSITIVE_STOP or w == ",":
            break
        found = next((t for t, heads in APPOSITIVE_HEADS.items() if w in heads or w[:-1] in heads), found)
    return found


_LIST_JOINERS: Final = frozenset({",", "and", "or", "&", "as", "well", "/"})


def coordinated_groups(lowers: list[str], spans: list[tuple[int, int]]) -> list[list[int]]:
    """Indices of spans that form a list ("A, B, and C" / "A and B" / "A or B")."""
    groups: list[list[int]] = []
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    cur: list[int] = []
    for idx in order:
        if cur:
            prev_end = spans[cur[-1]][1]
            between = lowers[prev_end : spans[idx][0]]
            if between and len(between) <= 3 and _LIST_JOINERS.issuperset(between):
                cur.append(idx)
                continue
            if not between:
                cur.append(idx)
                continue
            if len(cur) > 1:
                groups.append(cur)
        cur = [idx]
    if len(cur) > 1:
        groups.append(cur)
    return groups


#: the cues the rules flag a contribution by (a title's "Name:", "called X", "we propose X"); the
#: assembler adds weaker ones (`concepts.further_intro_cues`) as evidence for the decision layer
STRONG_CUES = frozenset({"title", "named", "propose"})


def propose_window(lowers: list[str]) -> tuple[int, int] | None:
    """In a sentence "we propose / this paper introduces ...", the token range
    after the verb where the contribution's name is expected."""
    for i in compress(count(), map(PROPOSE_VERBS.__contains__, lowers)):  # the verbs, found in C
        if not WE.isdisjoint(lowers[max(0, i - 4) : i]):
            return i + 1, min(len(lowers), i + 16)
        if i > 0 and lowers[i - 1] in {"we", "to"}:
            return i + 1, min(len(lowers), i + 16)
    return None


_NAMED_ENTITY: Final = frozenset({"entity", "entities"})


def naming_targets(words: list[str], lowers: list[str] | None = None) -> list[int]:
    """Token indices right after "called / named / dubbed / termed" (the coined name);
    `lowers`, the words lower-cased, when the caller has them (the token view does)."""
    lowers = [w.lower() for w in words] if lowers is None else lowers
    out = []
    # the cue words the text has (one set intersection), then their places (`list.index`, a C scan)
    last = len(lowers) - 1
    for i in sorted(k for w in NAMING_CUES.intersection(lowers) for k in indices_of(lowers, w) if k < last):
        if lowers[i + 1] in _NAMED_ENTITY:
            continue  # "Named Entity Recognition": the field's term, not a naming verb
        if words[i + 1][:1].isupper() or words[i + 1][:1] in "\"'“":
            j = i + 1
            if words[j] in ('"', "'", "“"):
                j += 1
            if j < len(words) and words[j][:1].isupper():
                out.append(j)
    return out


TITLE_STOP: Final = frozenset(rule_words("_TITLE_STOP"))
TEAM_WORDS: Final = frozenset(rule_words("TEAM_WORDS"))
TEAM_ENTRIES: Final = frozenset(rule_words("TEAM_ENTRIES"))
_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’"})
_POSSESSIVE: Final = frozenset({"'s", "’s"})
#: nouns of a research organisation after its name ("the Foo group", "the Foo NLP lab", "the FOO research
#: center"): an organisation, no concept (GUIDE-NOTES 1), as a team is. Development errors in 3 papers (the
#: stop-37 fresh sample's "developed by the TALN group"; acl-dev's "NTU NLP Lab System", "SCIR research center")
ORGANISATION_NOUNS: Final = frozenset(rule_words("ORGANISATION_NOUNS"))
#: a word that may stand between the name and its organisation noun ("Foo NLP Lab", "FOO research center")
_ORGANISATION_FIELDS: Final = frozenset({"nlp", "research", "ai", "ml"})


#: what may stand between "our team" and its name: "our team (Foo)", "our team, Foo,", "our team, “Foo”"
_TEAM_NAME_OPENERS: Final = _QUOTES | {"(", ","}
#: the words `is_team_mention` finds a team by, one of which it needs: a text with none of them (12 of the 261
#: seed abstracts have one) signs no team, and its mentions are not asked one by one
TEAM_CUES = TEAM_WORDS | ORGANISATION_NOUNS | TEAM_ENTRIES


def is_team_mention(lowers: list[str], start: int, end: int) -> bool:
    """Whether lowers[start:end] is a shared-task team signing its system: "our team Foo",
    "team named Foo", "our team (Foo)", "our team, “Foo”", "Team Foo", "the Foo team", "Foo's
    submission". A team is an organisation, not a concept (GUIDE-NOTES 1), however its name is shaped.

    >>> is_team_mention("this paper presents our team named quux".split(), 6, 7)
    True
    >>> is_team_mention("the quux team took part".split(), 1, 2)
    True
    >>> is_team_mention("our team ( quux ) ranked first".split(), 3, 4)
    True
    >>> is_team_mention("the work of our team , “ quux , ” for".split(), 7, 8)
    True
    >>> is_team_mention("we thank team quux".split(), 2, 4)
    True
    >>> is_team_mention("we train quux on teams of players".split(), 2, 3)
    False
    """
    if end - start > 1 and lowers[start] in TEAM_WORDS:
        return True  # "Team Foo" signs its system as the team
    j = start - 1
    while j >= max(0, start - 3) and lowers[j] in _TEAM_NAME_OPENERS:
        j -= 1
    if j >= 0 and lowers[j] in NAMING_CUES:
        j -= 1
    if j >= 0 and lowers[j] in TEAM_WORDS:
        return True
    if end < len(lowers) and lowers[end] in TEAM_WORDS:
        return True
    if organisation_after(lowers, end):
        return True
    return end + 1 < len(lowers) and lowers[end] in _POSSESSIVE and lowers[end + 1] in TEAM_ENTRIES


def organisation_after(lowers: list[str], end: int) -> bool:
    """Whether an organisation noun follows the name ending at `end`, right after it or after one field
    word: "the Foo group", "Foo NLP Lab", "the FOO research center" (`ORGANISATION_NOUNS`).

    >>> organisation_after("developed by the foo group".split(), 4), organisation_after("foo nlp lab system".split(), 1)
    (True, True)
    >>> organisation_after("foo research on parsing".split(), 1), organisation_after("foo groups words".split(), 1)
    (False, False)
    """
    if end < len(lowers) and lowers[end] in ORGANISATION_NOUNS:
        return True
    return end + 1 < len(lowers) and lowers[end] in _ORGANISATION_FIELDS and lowers[end + 1] in ORGANISATION_NOUNS


def team_name_length(words: list[str]) -> int:
    """Tokens of the team name in a system-description title ("TeamX at
    SemEval-2020 Task 12: ..."), 0 when the title is not one: a team is an
    organisation, not a concept.

    >>> team_name_length(["TeamX", "at", "SemEval-2020", "Task", "12", ":", "Offensive"])
    1
    """
    if ":" not in words:
        return 0
    head = words[: words.index(":")]
    for i, w in enumerate(head[:4]):
        if i and (w.lower() == "at" or w == "@"):
            return i
    return 0


_TITLE_DASHES: Final = frozenset({"-", "–", "—"})


def title_separator(words: list[str]) -> int:
    """Index of the token that ends a title's name: its colon, else a standalone dash followed by a
    capitalised word; -1 when there is neither."""
    if ":" in words:
        return words.index(":")
    for i, w in enumerate(words[:6]):
        if w in _TITLE_DASHES and i + 1 < len(words) and words[i + 1][:1].isupper():
            return i
    return -1


def title_name_length(words: list[str]) -> int:
    """Tokens of a title's "Name: subtitle" name, 0 when the part before the colon
    reads as a phrase rather than a name: a phrase also joins its words with a
    function word written in lower case ("Holistic Reasoning with Long-Context
    LMs", "BERT for Coreference Resolution", "KorNLI and KorSTS").

    A title with no colon may set its name apart with a spaced dash before a capitalised
    subtitle ("FooWOZ - A Large-Scale Dataset for ...").

    >>> title_name_length("HoloBench : A Benchmark".split()), title_name_length("Square One Bias in NLP : X".split())
    (1, 0)
    >>> title_name_length("FooWOZ - A Large-Scale Dataset".split()), title_name_length("Foo - bar".split())
    (1, 0)
    >>> title_name_length("Hi , It's Foo-2 - How Can I Help ?".split())
    0
    """
    k = title_separator(words)
    if not 1 <= k <= 5:
        return 0
    head = words[:k]
    if any(w in (",", "?", "!") for w in head):
        return 0  # "Hello, It's Foo - How Can I Help You?": a clause, not a name
    if any(w.lower() == "at" or "@" in w for w in head):
        return 0  # "TEAM at SemEval-2019 Task 5: ...": a system description names its team, not a concept
    if head[0].lower() in TITLE_STOP or head[0].endswith("ing") and not any(c.isupper() for c in head[0][1:]):
        return 0
    if not head[0][:1].isupper() and not re.search(r"[A-Z\d]", head[0]):
        return 0
    if any(w in function_words() for w in head[1:]):
        return 0
    if len(head) > 1:
        shaped = any(re.search(r"[a-z][A-Z]|[A-Z]{2}|\d", w) for w in head) or ("-" in head[0] and len(head) <= 2)
        if not shaped:
            return 0
    return k


#: nouns that make a measured quantity with a modifier in front ("prefill latency", "index size")
METRIC_HEADS = frozenset(rule_words("METRIC_HEADS"))
#: heads that are a metric on their own; the others need a modifier
STANDALONE_METRIC_HEADS = frozenset(rule_words("STANDALONE_METRIC_HEADS"))
#: words that name what is measured (systems and evaluation reporting conventions)
METRIC_MODIFIERS: Final = frozenset(rule_words("METRIC_MODIFIERS"))
#: "sequence length", "batch size": a setting of the experiment, not a measure (words joined by "-")
SETTING_QUANTITIES: Final = frozenset(tuple(p.split("-")) for p in rule_words("SETTING_QUANTITIES"))


def is_setting(words: list[str]) -> bool:
    """A unit of the input or of training and its length or size, alone: chosen, not measured.

    >>> is_setting(["sequence", "lengths"]), is_setting(["average", "batch", "size"]), is_setting(["index", "size"])
    (True, False, False)
    """
    return len(words) == 2 and (words[0].lower(), words[1].lower().removesuffix("s")) in SETTING_QUANTITIES


#: words after which a time quantity says when something happens, not how long it takes ("at inference time")
_MOMENT_PREPOSITIONS: Final = frozenset({"at", "during"})
#: last words of a time quantity ("inference time", "test times", "runtime")
_TIME_WORDS: Final = frozenset({"time", "times", "runtime", "run-time"})


def is_moment(lowers: list[str], start: int, end: int) -> bool:
    """Whether the time quantity lowers[start:end] names a moment: "reduce the cost at inference time",
    "retrieves exemplars during inference time" say when, and measure nothing.

    >>> is_moment("the cost at inference time".split(), 3, 5), is_moment("the inference time drops".split(), 1, 3)
    (True, False)
    """
    return start > 0 and lowers[end - 1] in _TIME_WORDS and lowers[start - 1] in _MOMENT_PREPOSITIONS


#: nouns for the items of a collection of data: a problem's name before them says what the items are for
_DATA_ITEMS: Final = frozenset({"pair", "pairs"})


def names_data_items(lowers: list[str], start: int, end: int) -> bool:
    """Whether lowers[start:end] is followed by a noun for data items ("question-answer (QA) pairs",
    "low-resource translation pairs", "instruction-following pairs"): the words say what the items
    are for, and name no problem. A bracketed acronym between is skipped, and an acronym in brackets
    before ") pairs" is the same modifier.

    >>> names_data_items("diverse frob-quux ( FQ ) pairs".split(), 1, 2), names_data_items("diverse frob-quux ( FQ ) pairs".split(), 3, 4)
    (True, True)
    >>> names_data_items("frob-quux is hard".split(), 0, 1)
    False
    """
    k = end
    if k < len(lowers) and lowers[k] == "(":
        close = close_bracket(lowers, k, 2)
        if close is None:
            return False
        k = close + 1
    elif k < len(lowers) and lowers[k] == ")" and start > 0 and lowers[start - 1] == "(":
        k += 1
    return k < len(lowers) and lowers[k] in _DATA_ITEMS


def metric_modifier_start(lowers: list[str], head: int, blocked: set[int]) -> int:
    """Start of "modifier(s) + metric head" ending at token `head` (== head when none).

    >>> metric_modifier_start(["the", "prefill", "latency"], 2, set())
    1
    >>> metric_modifier_start(["a", "top-20", "retrieval", "accuracy"], 3, set())
    1
    """
    start = head
    for k in (head - 1, head - 2):
        if (
            k < 0
            or k in blocked
            or not (lowers[k] in METRIC_MODIFIERS or lowers[k].startswith("top-") and TOP_K.fullmatch(lowers[k]))
        ):
            break
        start = k
    return start


#: a cut-off that makes its own measure ("top-20 retrieval accuracy" is not "top-1 retrieval accuracy"),
#: as the lexicon's "top-1 accuracy" and "top-k retrieval accuracy" are measures of their own
TOP_K: Final = re.compile(r"top-(?:\d+|k)")


#: nouns that end a technique's name ("ensemble prompting", "expert caching")
METHOD_HEADS = frozenset(rule_words("METHOD_HEADS"))
#: nouns that end a training or adaptation procedure's name ("sequence distillation", "instruction tuning"):
#: such a rules Method is how a model is trained, never a problem (decision.kept_concepts)
PROCEDURE_HEADS = frozenset(rule_words("PROCEDURE_HEADS"))
#: nouns that say a technique is one without being part of its name ("a human-anchored fine-tuning strategy")
GENERIC_HEADS: Final = frozenset(rule_words("GENERIC_HEADS"))
# Not heads: "X optimization / allocation / scheduling / training" mostly says what is done to X
# ("kernel optimization", "expert scheduling"); the named ones (preference optimization,
# adversarial training) are in the lexicon.
TASK_HEADS: Final = frozenset(rule_words("TASK_HEADS"))


def is_task_head(word: str) -> bool:
    """`word` (lower case) is a task's head noun in the rules' head lists ("detection", "parsing")."""
    return word in TASK_HEADS or word in HEAD_TYPES["Task"]


#: function words and evaluative adjectives: never part of a name
MODIFIER_STOP = frozenset(rule_words("MODIFIER_STOP"))
#: words that never start or continue a technique's name
COMPOUND_STOP: Final = MODIFIER_STOP | frozenset(rule_words("COMPOUND_STOP"))
#: size and degree adjectives written open as well ("low resource", "large scale"), in their hyphenated spelling
OPEN_COMPOUND_ADJECTIVES: Final = frozenset(rule_words("OPEN_COMPOUND_ADJECTIVES"))


#: words after which the next word is a verb, not a modifier
VERB_CONTEXT: Final = frozenset(rule_words("VERB_CONTEXT"))
#: first parts of hyphenated verbs ("fine-tune", "pre-train", "re-rank")
VERB_PREFIXES = frozenset(rule_words("VERB_PREFIXES"))


def _hyphened_modifier(lw: str) -> bool:
    """A hyphenated word that is no verb even after "to" or "we": "to token-level smoothing",
    "we cross-lingual transfer"; not "to fine-tune X", "to re-rank X".

    >>> _hyphened_modifier("token-level"), _hyphened_modifier("fine-tune"), _hyphened_modifier("rerank")
    (True, False, False)
    """
    return "-" in lw and lw.split("-", 1)[0] not in VERB_PREFIXES


_MODIFIER_ING: Final = frozenset(rule_words("_MODIFIER_ING"))


def is_modifier_word(lw: str) -> bool:
    """A word that can modify a technique's head noun: not an inflected verb
    ("employs", "generating"), which a plural noun rarely is in that position."""
    if lw.endswith("s") and not lw.endswith(("ss", "us", "is", "ics")):
        return False
    if lw.endswith("ing") and lw not in _MODIFIER_ING and "-" not in lw:
        return False
    return True


#: a cutoff of a measure ("top-10", "@5", "5-shot"), a word that grades how well a thing performs ("best-performing",
#: "top-performing") or one that counts ("twenty-three"): never a kind of technique or task (the plain number words
#: are in COMPOUND_STOP). One regex for the three, as for `_PAIR_OR_ACRONYM`: a modifier step calls `fullmatch`
#: (~1.6k instructions a call, whatever the word) four times, not six
_RANK_GRADE_OR_COUNT: Final = re.compile(
    r"top-?(?:\d+|k|n)|@\d+|\d+(?:-shot)?"
    r"|[a-z]+-performing|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-[a-z]+"
)
_TITLE_WORD: Final = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z]+)*")
_LOWER_WORD: Final = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
#: a language or format pair ("English-to-German", "Text-to-SQL") or an acronym ("KV", "BoN"): what a technique acts on
_PAIR_OR_ACRONYM: Final = re.compile(r"[A-Za-z]+-to-[A-Za-z]+|[A-Z][a-z]?[A-Z]{1,4}")
_ADVERB: Final = re.compile(r"[a-z]{3,}ly")


def compound_start(
    words: list[str],
    head_start: int,
    blocked: set[int],
    *,
    title_case: bool,
    limit: int = 3,
    stop: frozenset[str] = frozenset(),
    split_modifiers: bool = False,
    title_gerunds: bool = False,
    sent_start: list[bool] | None = None,
) -> int:
    """Start of "modifiers + head" that ends where a technique or task head starts.

    Modifiers are lower-case words (Title Case ones in a title) that are not
    function words, evaluative adjectives or verbs, and not part of another name
    (`blocked`: the tokens of other names; only tokens before `head_start` are looked up).
    With `title_gerunds` (a Title Case run inside a sentence), a capitalised "-ing"
    word is a noun of the name ("a Contrastive Clustering module"), not a verb.
    With `sent_start` (running text: which tokens open a sentence), a sentence's
    first word capitalised only by its place is read as written in lower case
    ("Fine-grained sentiment analysis is ...", "Metric-based meta-learning is ..."),
    as the same words inside a sentence are.

    >>> compound_start(["a", "novel", "ensemble", "prompting"], 3, set(), title_case=False)
    2
    >>> w = ["a", "Contrastive", "Clustering", "module"]
    >>> compound_start(w, 3, set(), title_case=True), compound_start(w, 3, set(), title_case=True, title_gerunds=True)
    (3, 1)
    >>> w, opens = [".", "Fine-grained", "frob", "analysis"], [True, True, False, False]
    >>> compound_start(w, 2, set(), title_case=False), compound_start(w, 2, set(), title_case=False, sent_start=opens)
    (2, 1)
    """
    start = head_start
    k = head_start - 1
    for _ in range(limit):
        if k < 0:
            break
        w = words[k]
        lw = w.lower()
        w = as_inside_sentence(w, k, sent_start)  # the sentence's first word: capitalised by its place
        if (
            split_modifiers
            and not title_case
            and lw in NAMING_SUFFIXES
            and _split_modifier(words, k, blocked, stop, sent_start)
        ):
            start = k - 2  # "title-guided attention", "span-based slot filling": one modifier in three tokens
            k -= 3
            continue
        if _ends_modifiers(words, k, w, lw, blocked, stop, title_case=title_case, title_gerunds=title_gerunds):
            break
        if not title_case and _PAIR_OR_ACRONYM.fullmatch(w):
            start = k  # "English-to-German translation", "Text-to-SQL parsing", "KV sharing", "BoN sampling"
            break
        if not (_TITLE_WORD if title_case else _LOWER_WORD).fullmatch(w):
            break
        start = k
        k -= 1
    return _past_half_adjective(words, start, head_start)


def _ends_modifiers(
    words: list[str],
    k: int,
    w: str,
    lw: str,
    blocked: set[int],
    stop: frozenset[str],
    *,
    title_case: bool,
    title_gerunds: bool,
) -> bool:
    """Whether word `k` (`w` as read inside a sentence, `lw` lower-cased) can be no modifier of the name that
    follows, so the name starts after it: a word of another name, a stop word, an adverb or a word no modifier is
    written as (a capitalised gerund of a Title Case run is one), a rank, grade or count, the suffix of a
    hyphenated adjective, or a verb (after a verb's context or an adverb)."""
    gerund = title_gerunds and title_case and lw.endswith("ing") and w[:1].isupper()
    if k in blocked or lw in COMPOUND_STOP or lw in stop or lw.endswith("ly") or not (gerund or is_modifier_word(lw)):
        return True
    if _RANK_GRADE_OR_COUNT.fullmatch(lw):
        return True  # "top-10 retrieval", "top-performing MT systems", "forty-eight hate speech detection systems"
    if k > 0 and words[k - 1] == "-":
        return True  # "model-agnostic selection": the word is the suffix of an adjective, not a modifier noun
    # "to improve X", "fail to consistently beat X": the word is a verb
    return k > 0 and bool(
        words[k - 1].lower() in VERB_CONTEXT
        and not _hyphened_modifier(lw)
        or words[k - 1].endswith("ly")  # `_ADVERB` called only where it may match
        and _ADVERB.fullmatch(words[k - 1])
    )


def _past_half_adjective(words: list[str], start: int, head_start: int) -> int:
    """The start moved past a first modifier that is the noun half of an open compound adjective with the word
    before it ("low resource MT", "large scale machine translation"), unless a hyphen follows it."""
    if (
        0 < start < head_start
        and f"{words[start - 1]}-{words[start]}".lower() in OPEN_COMPOUND_ADJECTIVES
        and words[start + 1] != "-"
    ):
        return start + 1
    return start


#: adjective endings the tokenizer splits off ("title - guided") that make a kind of technique or
#: task with the word before them ("attention-based", "knowledge-enhanced", "aspect-oriented"); not
#: the ones that say what a thing does without ("training-free", "task-specific", "model-agnostic")
NAMING_SUFFIXES: Final = frozenset(rule_words("NAMING_SUFFIXES"))


def _split_modifier(
    words: list[str], k: int, blocked: set[int], stop: frozenset[str], sent_start: list[bool] | None = None
) -> bool:
    """Whether words[k-2:k+1] is a lower-case word, "-" and a naming suffix, the word no other name's
    (a sentence's first word, with `sent_start`, read in lower case: "Metric-based meta-learning is ...")."""
    if k < 2 or words[k - 1] != "-" or k - 2 in blocked or k - 1 in blocked or k in blocked:
        return False
    w = as_inside_sentence(words[k - 2], k - 2, sent_start)
    lw = w.lower()
    return bool(_LOWER_WORD.fullmatch(w)) and lw not in COMPOUND_STOP and lw not in stop


def as_inside_sentence(w: str, k: int, sent_start: list[bool] | None) -> str:
    """Word `w` at token `k` as it would be written inside a sentence: lower-cased when it opens one
    (`sent_start`) and only its first letter is a capital ("Fine-grained", not "BERT" or "GPT-4").

    >>> as_inside_sentence("Fine-grained", 1, [True, True]), as_inside_sentence("BERT", 1, [True, True])
    ('fine-grained', 'BERT')
    >>> as_inside_sentence("Fine-grained", 1, None), as_inside_sentence("Fine-grained", 1, [True, False])
    ('Fine-grained', 'Fine-grained')
    """
    return w.lower() if sent_start is not None and sent_start[k] and w[1:].islower() else w


def subtitle_type(lowers: list[str]) -> str:
    """What a title's "Name: A ... Benchmark for ..." subtitle says the name is.

    >>> subtitle_type("a code efficiency benchmark for code generation".split())
    'Dataset'
    >>> subtitle_type("english evaluation dataset for reading".split()), subtitle_type("dataset distillation for vision".split())
    ('Dataset', '')
    >>> subtitle_type("a neural spelling correction toolkit".split()), subtitle_type("fast annotation tool for phones".split())
    ('Model', 'Model')
    >>> subtitle_type("tool learning for agents".split())
    ''
    """
    head = lowers[:7]
    if head[:1] and head[0] in ("a", "an", "the"):
        for w in head[1:]:
            if w in ("for", "of", "on", "with", "to", "in", "via"):
                break
            if w in HEAD_TYPES["Dataset"]:
                return "Dataset"
            if w in SOFTWARE_HEADS:
                return "Model"  # "FooSpell: A Neural Spelling Correction Toolkit": released software (R9)
    elif (
        head
    ):  # no article: only a dataset noun heading the phrase ("Evaluation Dataset for"), not "Dataset Distillation"
        for k, w in enumerate(head):
            if w in _SUBTITLE_STOPS:
                break
            nxt = head[k + 1] if k + 1 < len(head) else ""
            if w in HEAD_TYPES["Dataset"] and (nxt in _SUBTITLE_STOPS or k + 1 == len(lowers)):
                return "Dataset"
            if w in SOFTWARE_HEADS and (nxt in _SUBTITLE_STOPS or k + 1 == len(lowers)):
                return "Model"  # "FOO: Fast Annotation Tool for Phones"
    return ""


_SUBTITLE_STOPS: Final = frozenset(("for", "of", "on", "with", "to", "in", "via", "and"))
