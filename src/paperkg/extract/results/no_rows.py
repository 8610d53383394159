"""Why a kept number is surely no result on the dataset it is filed under: a share of counted things, a cost
compared, a human preference, annotator agreement, a model's size change, a share of the model or its training data,
a gap to human performance, a name that is only part of the data's name, a source corpus a model was built from or
data was drawn from. Such a result is capped at NO_ROW_CAP, below model.MIN_RESULT_CONFIDENCE; a source corpus the
words after the number do not name is only doubted (BOARD_DOUBT_CAP).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from paperkg.extract.lexicon import fold, function_words, rule_words
from paperkg.extract.results.clauses import CLAUSE_BREAKS
from paperkg.extract.results.kinds import HEDGES, PERCENT_TOKEN, cues, hedged_start, is_event
from paperkg.extract.results.values import NUMBER, Value

#: below model.MIN_RESULT_CONFIDENCE: a number that is surely no result on that dataset stays in the graph only
NO_ROW_CAP = 0.45
#: the people of a human study ("76% of participants preferred ..."): their preferences are no benchmark result
RATERS = frozenset(rule_words("RATERS"))
SCORE_OWNERS = frozenset(rule_words("SCORE_OWNERS"))
SOLVING = frozenset(rule_words("SOLVING"))
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


#: pre-training and source corpora (rule_words SOURCE_CORPORA), folded: no benchmark of their own
SOURCE_CORPORA: Final = frozenset(rule_words("SOURCE_CORPORA"))


def source_corpus_doubt(name: str, v: Value, words: list[str]) -> bool:
    """Whether a number is filed under a source corpus (Wikipedia, Common Crawl, C4) that the words right after
    it do not name: a corpus models train on or draw data from is seldom what a number is measured on, so the
    result stays in the graph but off leaderboards ("achieve 0.963 F1 by incorporating citation features", in a
    paper on Wikipedia edits), unless measured on it ("a perplexity of 29.8 on held-out Wikipedia articles").

    >>> words = "we reach 29.8 perplexity on held-out Wikipedia articles".split()
    >>> source_corpus_doubt("Wikipedia", Value(2, 3, "29.8", 29.8, None), words)
    False
    >>> source_corpus_doubt("Wikipedia", Value(2, 3, "29.8", 29.8, None), "we reach 29.8 F1 .".split())
    True
    >>> source_corpus_doubt("SQuAD", Value(2, 3, "29.8", 29.8, None), "we reach 29.8 F1 .".split())
    False
    """
    key = fold(name)
    if key not in SOURCE_CORPORA:
        return False
    return not any(fold(w) == key for w in words[v.end : v.end + 8])


def source_guess(name: str) -> bool:
    """Whether the paper's one dataset, guessed for a sentence that names no dataset, is a source corpus
    (Wikipedia, Common Crawl, C4): a paper whose only named data is such a corpus draws knowledge or
    training text from it ("knowledge bases such as Wikipedia", "excerpts from Wikipedia as external
    information"), so a number in a sentence that does not name it was measured on data the text leaves
    unnamed and is no result on the corpus (ANNOTATION: only numbers tied to a named dataset).

    >>> source_guess("Wikipedia"), source_guess("Common Crawl"), source_guess("SQuAD")
    (True, True, False)
    """
    return fold(name) in SOURCE_CORPORA


#: words for what a model or its embeddings were built from: "embeddings of Wikipedia", "trained from Wikipedia"
BUILT_FROM: Final = frozenset(rule_words("BUILT_FROM"))


def built_from(name: str, datasets: list[tuple], lowers: list[str]) -> bool:
    """Whether every mention of a source corpus in the sentence names what a model or its embeddings were
    built from ("word embeddings of Wikipedia", "BERT pre-trained on Wikipedia", "trained from Wikipedia
    revision histories"): the number the sentence reports was measured elsewhere, so it is no result on it.

    >>> words = "we reach 86.81 F1 combining word embeddings of wikipedia and ehr".split()
    >>> built_from("Wikipedia", [(8, 9, "Dataset", "Wikipedia")], words)
    True
    >>> built_from("Wikipedia", [(5, 6, "Dataset", "Wikipedia")], "we reach 29.8 perplexity on wikipedia".split())
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


#: what ends the walk back from a source corpus to a "from" before it (rule_words SOURCE_FROM_STOPS)
_FROM_STOPS: Final = frozenset(rule_words("SOURCE_FROM_STOPS"))
#: how many tokens back a "from" may govern a source corpus through a list ("from news articles, forums and X")
_FROM_REACH: Final = 12


def drawn_from(name: str, datasets: list[tuple], lowers: list[str]) -> bool:
    """Whether every mention of a source corpus in the sentence is written as what data, features or a method were
    drawn from: after a "from" that governs it ("representations obtained from news articles, forums and
    Wikipedia", "co-citations from Wikipedia articles") or before "based" ("the Wikipedia based configuration", "on
    the Wikipedia-based Foo task"). The number was measured on other data (or on the paper's own, drawn from the
    corpus), not on the corpus.

    >>> words = "representations obtained from news , forums and wikipedia improve f1 by 5 points".split()
    >>> drawn_from("Wikipedia", [(7, 8, "Dataset", "Wikipedia")], words)
    True
    >>> drawn_from("Wikipedia", [(1, 2, "Dataset", "Wikipedia")], "the wikipedia based setup reaches 0.85".split())
    True
    >>> drawn_from("Wikipedia", [(6, 7, "Dataset", "Wikipedia")], "it rises from 55 % on wikipedia".split())
    False
    >>> drawn_from("FooQA", [(3, 4, "Dataset", "FooQA")], "questions drawn from fooqa".split())
    False
    """
    if fold(name) not in SOURCE_CORPORA:
        return False
    spans = [d for d in datasets if d[3] == name]
    return bool(spans) and all(_based_on(d[1], lowers) or _after_from(d[0], lowers) for d in spans)


def _based_on(end: int, lowers: list[str]) -> bool:
    """Whether the name ending at token `end` is followed by "based" ("X based", "X-based", "X - based")."""
    return lowers[end : end + 1] in (["based"], ["-based"]) or lowers[end : end + 2] == ["-", "based"]


def _after_from(start: int, lowers: list[str]) -> bool:
    """Whether a "from" governs the name at token `start`, directly or through a list or a noun phrase before it,
    with no clause break, number or other preposition between."""
    for k in range(start - 1, max(-1, start - 1 - _FROM_REACH), -1):
        w = lowers[k]
        if w == "from" or (w == "of" and k > 0 and lowers[k - 1] in _COLLECTION_HEADS):
            return True  # "drawn from X", "a corpus of 3,000 X sentences": the paper's data is made of X's texts
        if w in _COUNT_HEDGES and _COUNT.match(lowers[k + 1]):
            continue  # "a corpus of over 3,000 X sentences": the count's hedge, no place
        if w in _FROM_STOPS or (NUMBER.match(w) and not _COUNT.match(w)):
            return False
    return False


#: the nouns of a collection the paper made of a source corpus's texts ("a corpus of 3,000 X sentences"; rule_words
#: COLLECTION_HEADS)
_COLLECTION_HEADS: Final = frozenset(rule_words("COLLECTION_HEADS"))
#: the hedges of a count ("over 3,000", "nearly 2 million"), not the prepositions kinds.HEDGES also holds
_COUNT_HEDGES: Final = HEDGES - {"by", "to", "as"}
#: a plain count of texts ("3,000", "2 million"), not a score ("55%", "0.85")
_COUNT: Final = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d+[km]?$")


#: "based on", "derived from", "built from" ... after a data noun: the name after them is what that data was made from
_DERIVED_FROM = frozenset(tuple(pair.split(":")) for pair in rule_words("DERIVED_FROM"))
#: the data nouns such a phrase follows ("our dataset, based on X", "a training dataset built from X")
_DERIVED_HEADS: Final = frozenset(rule_words("DATASET_NEXT")) | {"treebank", "treebanks", "collection", "subset"}


def derived_source(start: int, end: int, lowers: list[str]) -> bool:
    """Whether the name at tokens `start`-`end` is written as the source the paper's own or training data was made
    from: "our radiologist-synthesized dataset, based on NAME", "our NAME-based dataset", "a self-training dataset
    built from NAME". That data is what a number there was measured on (or trained on), not NAME itself.
    Development sets: stop 38's RRED ("Validation on our radiologist-synthesized dataset, based on MIMIC-CXR,
    shows 0.80 and 0.95"); 44k: SummEQuAL ("on our MultiWOZ-based dataset"), a constituency parser ("with a
    self-training dataset built from Wikipedia, our parser achieves ... 96.61", on the Penn Treebank). A data
    phrase that is neither "our" nor training data ("a novel continual indexing benchmark based on Natural
    Questions": stop 36's DSI++, judged right under NQ), a name after a verb ("we build on NAME", "results based
    on NAME") or a system noun ("a model based on NAME") is not one.

    >>> derived_source(8, 9, "validation on our new dataset , based on corpusa , shows 0.8".split())
    True
    >>> derived_source(5, 6, "a self-training dataset built from corpusa".split())
    True
    >>> derived_source(4, 5, "a benchmark derived from corpusa".split()), derived_source(4, 5, "a model based on corpusa".split())
    (False, False)
    >>> derived_source(1, 2, "our corpusa -based dataset".split()), derived_source(3, 4, "results based on corpusa".split())
    (True, False)
    """
    if lowers[end : end + 1] == ["-based"] or lowers[end : end + 2] == ["-", "based"]:
        k = end + 1 + (lowers[end] == "-")
        # "our NAME-based dataset"
        return k < len(lowers) and lowers[k] in _DERIVED_HEADS and "our" in lowers[max(0, start - 3) : start]
    k = start - 1 - (start > 0 and lowers[start - 1] == "the")
    if k < 1 or (lowers[k - 1], lowers[k]) not in _DERIVED_FROM:
        return False
    j = k - 2
    if j >= 0 and lowers[j] == ",":
        j -= 1
    if j < 0 or lowers[j] not in _DERIVED_HEADS:
        return False
    # the data phrase's own words before its head: "our ... dataset" or "a (self-)training dataset"
    phrase = lowers[max(0, j - 4) : j]
    cut = max((i for i, w in enumerate(phrase) if w in (",", ".", ";", "and", "on", "of", "in")), default=-1)
    phrase = phrase[cut + 1 :]
    return "our" in phrase or any(w.endswith("training") for w in phrase)


def derived_from(name: str, datasets: list[tuple], lowers: list[str]) -> bool:
    """Whether every mention of a dataset in the sentence is the source other data was made from
    (`derived_source`): the number is no result on it.

    >>> words = "validation on our dataset , based on corpusa , shows 0.80 auprc".split()
    >>> derived_from("CorpusA", [(7, 8, "Dataset", "CorpusA")], words)
    True
    >>> derived_from("CorpusA", [(7, 8, "Dataset", "CorpusA"), (1, 2, "Dataset", "CorpusA")], words)
    False
    """
    spans = [d for d in datasets if d[3] == name]
    return bool(spans) and all(derived_source(d[0], d[1], lowers) for d in spans)


#: the verb before "on / with DATASET" when the dataset is what a model learnt from (rule_words TRAINED_ON)
TRAINED_ON: Final = frozenset(rule_words("TRAINED_ON"))
#: words of testing (rule_words TESTING_WORDS): "trained and evaluated on X" names where it was measured
_TESTING: Final = frozenset(rule_words("TESTING_WORDS"))


#: small counts in words ("on two datasets", "across eight tasks")
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten".split())
_FUNCTION_WORDS = function_words() | frozenset(rule_words("DATASET_NEXT")) | _COUNT_WORDS | {"both"}
#: a token of a dataset's name: letters and digits with inner hyphens, dots or underscores ("cc12m", "opus-100")
_NAME_TOKEN = re.compile(r"^[^\W_][\w.\-]*$")


def training_mention(start: int, lowers: list[str]) -> bool:
    """Whether the name at token `start` is written as what a model was trained on: "on / with (the) NAME"
    after a training verb at most three words before ("trained on NAME", "fine-tuned on the NAME data",
    "pretraining the model with the NAME dataset"), with no testing word between ("trained and evaluated on");
    also past one modifier of the name ("trained on the original NAME") and as a later item of the list a
    training verb opens ("pretrained on CoQA and NAME": resprec39, training data filed as a result's dataset
    in 7 papers of the pooled development sets of stops 34-38, these two shapes in 2 of them).

    >>> training_mention(4, "we pretrain it on corpusa".split()), training_mention(3, "tested it on corpusa".split())
    (True, False)
    >>> training_mention(5, "gains across all training languages on corpusa".split())
    False
    >>> training_mention(5, "models trained on the original corpusa".split()), training_mention(4, "pretrained on foo and corpusa".split())
    (True, True)
    >>> training_mention(5, "models trained on a biased corpusa".split())
    False
    >>> training_mention(6, "trained on foo and tested on corpusa".split()), training_mention(7, "trained on foo , reaching 9 on corpusa".split())
    (False, False)
    """
    k = start - 1
    if k >= 0 and lowers[k] in ("the", "a", "an"):
        k -= 1
    elif k >= 1 and lowers[k - 1] == "the" and lowers[k].isalpha() and lowers[k] not in _TESTING:
        # "on the original NAME"; "trained on a biased SQuAD dataset" names a variant made of NAME, and NAME
        # itself may be where the number was measured
        k -= 2
    if k >= 1 and lowers[k] in ("and", ","):  # "pretrained on CoQA and NAME": an item of the list "on" opens
        for j in range(k - 1, max(0, k - 6) - 1, -1):
            if lowers[j] in ("on", "with"):
                return _trained_slot(j, lowers)
            # only names and their commas back to "on" ("on A , B , and NAME"), not "on two datasets — A and NAME"
            if lowers[j] not in (",", "and") and (lowers[j] in _FUNCTION_WORDS or not _NAME_TOKEN.match(lowers[j])):
                return False
        return False
    return k >= 1 and lowers[k] in ("on", "with") and _trained_slot(k, lowers)


#: what a name after "as" makes the data ("the X corpus as a learning resource", "comments from X as negative
#: examples"), and what is drawn "from" it ("relational knowledge from X", "the relevance judgements from X"): a
#: source of knowledge, labels or training signal, not where a number was measured (rule_words SOURCE_ROLES,
#: SOURCE_NOUNS)
SOURCE_ROLES = frozenset(rule_words("SOURCE_ROLES"))
SOURCE_NOUNS = frozenset(rule_words("SOURCE_NOUNS"))
_DATA_NOUNS = frozenset(rule_words("DATASET_NEXT"))


def source_mention(start: int, end: int, lowers: list[str]) -> bool:
    """Whether the name at tokens `start`-`end` is written as a source of knowledge, labels or training signal:
    "<knowledge / judgements / facts ...> from (the) NAME" ("relational knowledge from NAME", "the relevance
    judgements from NAME"), or "NAME (corpus) as a (learning) resource / as negative examples". A paper that
    names its one dataset only so did not measure on it (resprec40: ConceptNet, MS MARCO and the Yahoo News
    comments guessed for a sentence that names no data, in the sets of stops 33, 35 and 39). Not any "from NAME":
    "tweets from NAME", "tasks drawn from NAME", "findings from the NAME shared task" name the data measured on.

    >>> source_mention(4, 5, "augmented with knowledge from corpusa .".split())
    True
    >>> source_mention(2, 3, "using the corpusa corpus as a learning resource".split())
    True
    >>> source_mention(4, 5, "we evaluate on tweets from corpusa".split())
    False
    """
    k = start - 1 - (start > 0 and lowers[start - 1] == "the")
    if k >= 1 and lowers[k] == "from" and lowers[k - 1] in SOURCE_NOUNS:
        return True
    j = end + (end < len(lowers) and lowers[end] in _DATA_NOUNS)
    if j < len(lowers) and lowers[j] == "as":
        return any(w in SOURCE_ROLES for w in lowers[j + 1 : j + 5])
    return False


def _trained_slot(k: int, lowers: list[str]) -> bool:
    """Whether the "on" / "with" at token `k` follows a training verb at most three words before it."""
    for j in range(k - 1, max(0, k - 4) - 1, -1):
        w = lowers[j]
        if w in _TESTING or w in (",", ";", ".", "and", "or", "but"):
            return False
        if w in TRAINED_ON or w.startswith(("trained", "pretrained", "finetuned", "fine-tuned")):
            return True
        # a gerund with its object ("pretraining the model with"), not a noun's modifier ("training languages on")
        if w.endswith("ing") and w.startswith(("train", "pretrain", "finetun", "fine-tun")):
            return lowers[j + 1] in ("the", "a", "an", "our", "it", "them", "on", "with", "models", "model")
    return False


#: the verbs of putting data to use ("we use X for training", "X was employed as training data"; rule_words USE_VERBS)
_USE_VERBS: Final = frozenset(rule_words("USE_VERBS"))
_BE: Final = frozenset("is was are were be been being".split())
#: where the name's own clause ends, so that a role after it is another clause's
_ROLE_STOPS: Final = frozenset({".", ";", ":", "which", "while", "whereas", "but"})
#: a training role after "for" / "as" ("for training", "for fine-tuning", "as training data"; rule_words TRAINING_ROLES)
_TRAINING_ROLES = frozenset(rule_words("TRAINING_ROLES"))
#: the nouns of "as (the) training data / set / corpus / examples"
_ROLE_NOUNS: Final = frozenset(rule_words("DATASET_NEXT")) | {
    "set",
    "sets",
    "examples",
    "instances",
    "samples",
    "material",
}


def _role_end(j: int, lowers: list[str]) -> int | None:
    """Where a training role written at token `j` ends: "training", "fine-tuning", or split "pre - training"."""
    if j < len(lowers) and lowers[j] in _TRAINING_ROLES:
        return j + 1
    if lowers[j : j + 2] in (["pre", "-"], ["fine", "-"]) and j + 2 < len(lowers) and lowers[j + 2] in _TRAINING_ROLES:
        return j + 3
    return None


def used_for_training(start: int, end: int, lowers: list[str]) -> bool:
    """Whether the name at tokens `start`-`end` is written as the data a model was trained on by its role after it,
    in its own clause: "we use the NAME dataset (for ...) for training (and validation)", "NAME is employed for
    fine-tuning", "NAME as (our) training data" (a use verb not needed: "as training data" says the role). A
    number in a sentence that names no data was then measured elsewhere (resds48: a shared task's blind test set
    filed under the training corpus its abstract names only so). Not data "for training and testing / evaluating"
    (the role is also where numbers are measured), nor "a dataset for training X" with no verb of use (a resource
    described: "we release NAME, a corpus for training parsers").

    >>> used_for_training(3, 4, "we use the corpusa dataset for summarization for training and validation".split())
    True
    >>> used_for_training(1, 2, "using corpusa as training data , we reach 9 f1".split())
    True
    >>> used_for_training(2, 3, "we release corpusa , a corpus for training parsers".split())
    False
    >>> used_for_training(3, 4, "we use the corpusa dataset for training and testing".split())
    False
    >>> used_for_training(3, 4, "we use the corpusa dataset . for training we use others".split())
    False
    >>> used_for_training(4, 5, "scores of 29.2 on corpusa using web data for training".split())
    False
    >>> used_for_training(1, 2, "the corpusa score , and twice as many training steps".split())
    False
    >>> used_for_training(1, 2, "using corpusa for pre - training".split())
    True
    """
    used = any(w in _USE_VERBS for w in lowers[max(0, start - 4) : start])
    for k in range(end, min(len(lowers), end + 10)):
        w = lowers[k]
        if w in _ROLE_STOPS or w in _TESTING:
            return False
        if w in _USE_VERBS:
            if lowers[k - 1] not in _BE:
                return False  # "on NAME using other data for training": the role is the other data's
            used = True  # "NAME is used for training"
        if w == "for":
            role_end = _role_end(k + 1, lowers)
        elif w == "as":
            j = k + 1 + (k + 1 < len(lowers) and lowers[k + 1] in ("a", "an", "the", "our", "its", "their"))
            role_end = _role_end(j, lowers)
            # "as (the) training data / set / corpus", not "twice as many training steps"
            if role_end is not None and lowers[role_end : role_end + 1] and lowers[role_end] in _ROLE_NOUNS:
                role_end, used = role_end + 1, True
            else:
                role_end = None
        else:
            continue
        if role_end is None:
            continue
        # "for training and testing": the data is also where the numbers were measured
        return used and not any(x in _TESTING or x.startswith("evaluat") for x in lowers[role_end : role_end + 3])
    return False


def trained_on(name: str, datasets: list[tuple], lowers: list[str], v: Value) -> bool:
    """Whether every mention of a dataset in the sentence names what a model was trained on ("our models,
    trained on X, outperform Y by 6 points", "fine-tuned on the X data, it reaches 81%"): training data is not
    where the sentence's number was measured, so the number is no result on it (ANNOTATION: a result is tied
    to the dataset it was measured on). A dataset also named otherwise ("trained on X and tested on X") stays,
    and so does one the number follows right after or that a colon closes ("the best single model trained on
    the X treebank: 93.5 F1, and 95.1 F1 with ..."), where a standard benchmark is both what models train on and where they are measured.
    (datasets.is_training_data keeps the D of a "Training X on D but testing on ..." clause from being chosen
    at all; this caps a D chosen anyway.)

    >>> words = "our models , trained on corpusa , beat the baseline by 6 points".split()
    >>> trained_on("CorpusA", [(5, 6, "Dataset", "CorpusA")], words, Value(10, 11, "6", 6.0, None))
    True
    >>> words = "the best model trained on corpusa : 93.5 f1 , and 95.1 f1 with extra data".split()
    >>> trained_on("CorpusA", [(5, 6, "Dataset", "CorpusA")], words, Value(7, 8, "93.5", 93.5, None))
    False
    >>> trained_on("CorpusA", [(5, 6, "Dataset", "CorpusA")], words, Value(12, 13, "95.1", 95.1, None))
    False
    >>> words = "models trained on corpusa reach 81% on corpusa".split()
    >>> spans = [(3, 4, "Dataset", "CorpusA"), (7, 8, "Dataset", "CorpusA")]
    >>> trained_on("CorpusA", spans, words, Value(5, 6, "81%", 81.0, "%"))
    False
    """
    spans = [d for d in datasets if d[3] == name]
    if any(d[1] <= v.start <= d[1] + 2 or lowers[d[1] : d[1] + 1] == [":"] for d in spans):
        return False  # "trained on X: 93.5 F1 ..., and 95.1 F1 when ...": the figures after the colon are on X
    return bool(spans) and all(training_mention(d[0], lowers) or used_for_training(d[0], d[1], lowers) for d in spans)


def not_data(name: str, datasets: list[tuple], words: list[str]) -> bool:
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


#: what a model is compressed by: "compression factor / ratio / rate" (plural too)
_COMPRESSION: Final = re.compile(r"^(?:factors?|ratios?|rates?)$")
#: what may stand between "compression factor(s)" and the number it sizes ("of", "is", "~", the hedges)
_COMPRESSION_HEDGES: Final = HEDGES | {"of", "~", "is", "was", "at"}


def compression_of(first: Value, last: Value, lowers: list[str]) -> bool:
    """Whether a number is how much a model is compressed ("with compression factors of 7.7x and 21x",
    "a compression rate as much as ~50x", "a 10x compression"): the size a model is shrunk to is a property
    of the model that the paper chose or built, not a score measured on the benchmark the sentence names,
    so it is no row of that benchmark's leaderboard. `first` and `last` open and close its list.

    >>> words = "our zorbnet with compression factors of 7.7x and 21x beats others on corpusa".split()
    >>> compression_of(Value(6, 7, "7.7x", 7.7, "x"), Value(8, 9, "21x", 21.0, "x"), words)
    True
    >>> compression_of(Value(1, 2, "12x", 12.0, "x"), Value(1, 2, "12x", 12.0, "x"), "a 12x compression".split())
    True
    >>> compression_of(Value(3, 4, "80.1", 80.1, None), Value(3, 4, "80.1", 80.1, None), "compression ratio , 80.1 f1".split())
    False
    """
    k = first.start - 1
    while k > 0 and lowers[k] in _COMPRESSION_HEDGES:
        k -= 1
    if k > 0 and lowers[k - 1] == "compression" and _COMPRESSION.match(lowers[k]):
        return True
    return lowers[last.end : last.end + 1] == ["compression"]


def why_no_row(
    first: Value, last: Value, kind: str, lowers: list[str], metrics: list[tuple], actors: list[tuple]
) -> str | None:
    """Why a number is surely no result at all, or None: a share of counted
    things ("a discrepancy on 55% of the instances", "more than 90% of the document";
    a share of a score, "92% of the teacher's accuracy", of the best system's,
    "78.4% of the 1st", a rate, "68% of the time", and a share solved, "solves
    28.8% of the problems", stay results), or a share of the model's parameters or
    training data ("trainable parameters set to 5%", setting_share), or
    a preference of the people of a human study ("humans prefer them (84%)"), or
    a percentage that compares cost or size ("trains 70% faster", "a 40% smaller model"): a speed or
    size change is measured on hardware or a model, not a score on the dataset the sentence names, or how
    much a model is compressed ("compression factors of 7.7x and 21x", compression_of).
    `first` and `last` open and close the list the number stands in: "1% and 10% of the data" are both shares."""
    if last.unit == "%" and lowers[last.end : last.end + 1] and lowers[last.end] in cues()["comparative"]:
        return "a cost compared"
    if last.unit == "%" and kind != "reduction" and lowers[last.end : last.end + 1] == ["of"]:
        k = last.end + 1
        while k < len(lowers) and lowers[k] in ("the", "all", "its", "their", "our", "a", "an"):
            k += 1
        ahead = range(k, _share_head_end(k, lowers))
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
    if compression_of(first, last, lowers):
        return "a model's compression"
    if annotator_agreement(first, lowers):
        return "annotator agreement"
    if size_change(last, lowers):
        return "a model's size change"
    if setting_share(first, last, lowers, metrics):
        return "a share of the model or its training data"
    if gap_to_humans(first, lowers):
        return "a gap to human performance"
    return None


#: words that open a gap one side trails ("lags behind", "far behind", "the gap between", "falls short of")
_GAP_WORDS: Final = frozenset("behind lag lags lagging trail trails trailing gap gaps short".split())
#: words for people as the side ahead ("human performance", "humans", "human experts")
_HUMAN_WORDS: Final = frozenset("human humans human-level people".split())


#: prepositions that close the phrase a share counts ("7.0% of all labels in the English CoNLL-03")
_SHARE_HEAD_ENDS: Final = frozenset("in on across within from at".split())


def _share_head_end(k: int, lowers: list[str]) -> int:
    """Where the words "N% of" count end: four words on, or earlier at a preposition after the counted noun. What
    follows the preposition is where the counted things lie, not whose score the share is ("corrects 7.0% of all
    labels in the English CoNLL-03": the labels, not a share of a system's score; stop 49's relabelled-NER paper).
    "92% of the teacher's accuracy" and "78.4% of the 1st" end before any preposition; a singular noun before it is no
    count of things ("closes 50% of the gap in BLEU scores": a share of a score, stop 51's 44k check).

    >>> words = "corrects 7.0% of all labels in the english conll-03".split()
    >>> _share_head_end(4, words)
    5
    >>> _share_head_end(3, "reaches 92% of the teacher 's accuracy".split())
    7
    >>> _share_head_end(4, "closes 50% of the gap in bleu scores".split())
    8
    """
    end = min(k + 4, len(lowers))
    for j in range(k + 1, end):
        if lowers[j] in _SHARE_HEAD_ENDS:
            # only after counted things, a plural ("of all labels in"); "50% of the gap in BLEU" shares a score
            return j if lowers[j - 1].endswith("s") and not lowers[j - 1].endswith("ss") else end
    return end


def gap_to_humans(first: Value, lowers: list[str]) -> bool:
    """Whether a number is how far systems trail people: "still far behind human performance, by about 20%",
    "lag behind human performance by more than 13.5 F1 points", "the performance gap between humans and machines
    (13.3% F1)". The gap is no system's score nor its gain over a baseline (stops 37, 41 and 43 judged such rows
    wrong kind). Only a gap written as one: after "by", or in a bracket after a gap between two sides. People's own
    level ("far behind human performance of 94%", "lag behind humans (> 95%)") is a result with no subject (R4), and
    a gap to another system ("behind the winning submission by 0.018") stays a result.

    >>> gap_to_humans(Value(9, 11, "20%", 20.0, "%"), "methods are still far behind human performance , by 20 %".split())
    True
    >>> gap_to_humans(Value(7, 9, "13.3%", 13.3, "%"), "the gap between humans and machines ( 13.3 % f1 )".split())
    True
    >>> gap_to_humans(Value(6, 8, "94%", 94.0, "%"), "far behind human performance of 94 %".split())
    False
    >>> gap_to_humans(Value(4, 6, "95%", 95.0, "%"), "lags behind humans ( 95 % )".split())
    False
    >>> gap_to_humans(Value(7, 9, "0.2%", 0.2, "%"), "our system is behind the winner by 0.2 %".split())
    False
    """
    k = hedged_start(first.start, lowers)
    by = k > 0 and lowers[k - 1] == "by"
    bracket = k > 1 and lowers[k - 1] == "(" and lowers[k - 2] not in _HUMAN_WORDS | {"performance", "level"}
    if not (by or bracket):
        return False
    for j in range(k - 1 - by, max(-1, k - 12), -1):
        if NUMBER.match(lowers[j]):
            return False  # another number nearer: the gap is its own
        if lowers[j] in _GAP_WORDS and any(x in _HUMAN_WORDS for x in lowers[j + 1 : min(j + 5, k)]):
            return by or lowers[j] in ("gap", "gaps")
    return False


#: words that name agreement between annotators (rule_words ANNOTATOR_AGREEMENT)
ANNOTATOR_AGREEMENT: Final = frozenset(rule_words("ANNOTATOR_AGREEMENT"))
#: nouns of a change of size (rule_words SIZE_CHANGES)
_SIZE_CHANGES = frozenset(rule_words("SIZE_CHANGES"))
#: the parts a model is counted in (rule_words MODEL_PARTS: "parameters", "layers", "heads")
_MODEL_PARTS: Final = frozenset(rule_words("MODEL_PARTS"))
#: words that may stand between a size change and the parts it counts ("in the trainable parameters";
#: rule_words SIZE_FILLERS)
_SIZE_FILLERS = frozenset(rule_words("SIZE_FILLERS"))


def annotator_agreement(first: Value, lowers: list[str]) -> bool:
    """Whether the clause before a number names agreement between annotators ("a high IAA score of 0.88", "with
    an inter-annotator agreement of 0.72", "Fleiss' kappa of 0.61"): the quality of the paper's own data, no
    result on it (GUIDE-NOTES 7; stop 46's BanNERD; 44k: FriendsQA, RuSentiment, SummEdits, FantasyCoref and 6
    more). Only the words of the number's own clause, at most eight before it, are read: a system's score in
    another clause ("the inter-annotator agreement is high; our tagger reaches 91.2") is one.

    >>> annotator_agreement(Value(7, 8, "0.88", 0.88, None), "the data has a high iaa score of 0.88".split())
    True
    >>> annotator_agreement(Value(7, 8, "0.7", 0.7, None), "inter-annotator agreement is high ; we reach 0.7".split())
    False
    """
    for k in range(first.start - 1, max(-1, first.start - 9), -1):
        if lowers[k] in CLAUSE_BREAKS:
            return False
        if lowers[k] in ANNOTATOR_AGREEMENT:
            return True
    return False


def size_change(last: Value, lowers: list[str]) -> bool:
    """Whether a number is a change in a model's size: "a 4% increase in model parameters", "a 66.53% reduction in
    parameter size", "a 30% reduction of the trainable parameters". How large a model is is a property of it, not a
    score it reached on the dataset the sentence names (as "20% parameter reduction" is no metric; stop 46's
    multi-hop QA paper, stop 45's shared-weights attention paper).

    >>> size_change(Value(3, 5, "4%", 4.0, "%"), "with only a 4 % increase in model parameters".split())
    True
    >>> size_change(Value(1, 3, "4%", 4.0, "%"), "a 4 % increase in accuracy".split())
    False
    """
    k = last.end
    if k >= len(lowers) or lowers[k] not in _SIZE_CHANGES:
        return False
    k += 1
    if k < len(lowers) and lowers[k] in ("in", "of"):
        k += 1
    for j in range(k, min(k + 4, len(lowers))):
        if lowers[j] in _MODEL_PARTS:
            return True
        if lowers[j] not in _SIZE_FILLERS:
            return False
    return False


#: words before a data noun that make "N% <words> data" a share of the data a model learns from (rule_words)
_SETTING_DATA_WORDS = frozenset(rule_words("SETTING_DATA_WORDS"))
#: the nouns such a share counts ("data", "examples", "labels"; rule_words SETTING_DATA_NOUNS)
_SETTING_DATA_NOUNS = frozenset(rule_words("SETTING_DATA_NOUNS"))
#: what may stand between a share and the model parts or data it counts ("0.5% of the trainable parameters";
#: rule_words SHARE_FILLERS)
_SHARE_FILLERS = _SIZE_FILLERS | frozenset(rule_words("SHARE_FILLERS"))
#: verbs that may stand between a model's parts and "to N%" ("parameters are set to 5%", "parameters reduced to 1%";
#: rule_words SETTING_VERBS)
_SETTING_VERBS = frozenset(rule_words("SETTING_VERBS"))


def setting_share(first: Value, last: Value, lowers: list[str], metrics: Sequence[tuple] = ()) -> bool:
    """Whether a percentage is a share of the model's parameters or of the labelled data it learns from, a setting
    of the experiment and no score: "reduces trainable parameters to 0.4% for A and 1.6% for B", "when the
    trainable parameters are set to 5%", "with only 0.5% trainable parameters", "with 1%, 10% labeled data" (stop
    47's language-subspace paper, stop 48's accent and semi-supervised SRL papers). `first` and `last` open and
    close its list; a measure named right after the number ("to 92% accuracy") makes it a score.

    >>> v = Value(4, 5, "0.4%", 0.4, "%")
    >>> setting_share(v, v, "reduces trainable parameters to 0.4% for a and 1.6% for b".split())
    True
    >>> v = Value(8, 9, "1.6%", 1.6, "%")  # the list's second share, after "and"
    >>> setting_share(v, v, "reduces trainable parameters to 0.4% for a and 1.6% for b".split())
    True
    >>> v = Value(2, 3, "1%", 1.0, "%")
    >>> setting_share(v, v, "training with 1% , 10% srl-labeled data".split())
    True
    >>> v = Value(4, 5, "92%", 92.0, "%")
    >>> setting_share(v, v, "tuning the parameters to 92% accuracy".split(), [(5, 6, "Metric")])
    False
    >>> v = Value(2, 3, "5%", 5.0, "%")
    >>> setting_share(v, v, "improves it 5% on the data".split())
    False
    """
    if last.unit != "%":
        return False
    k = last.end
    if k in {m[0] for m in metrics} or lowers[k : k + 1] and lowers[k] in cues()["unnamed_score"]:
        return False
    while k < len(lowers) and (lowers[k] in (",", "and", "or") or PERCENT_TOKEN.match(lowers[k])):
        k += 1  # "with 1%, 10% labeled data": the list goes on
    while k < len(lowers) and lowers[k] in _SHARE_FILLERS:
        k += 1
    if k < len(lowers) and lowers[k] in _MODEL_PARTS:
        return True  # "0.5% trainable parameters", "1% of the model's weights"
    j = k
    while j < len(lowers) and (
        lowers[j] in _SETTING_DATA_WORDS or lowers[j].endswith(("-labeled", "-labelled", "-annotated"))
    ):
        j += 1
    if k < j < len(lowers) and lowers[j] in _SETTING_DATA_NOUNS:
        return True  # "10% labeled data", "5% annotated examples"
    if _parts_set_to(first.start, lowers):
        return True
    # "to 0.4% for A and 1.6% for B": the share after "and" continues the setting before it
    k = hedged_start(first.start, lowers)
    if k > 0 and lowers[k - 1] == "and":
        for j in range(k - 2, max(-1, k - 10), -1):
            if lowers[j] in CLAUSE_BREAKS and lowers[j] != ",":
                return False
            if PERCENT_TOKEN.match(lowers[j]):
                return _parts_set_to(j, lowers)
    return False


def _parts_set_to(start: int, lowers: list[str]) -> bool:
    """Whether the number at `start` is what a model's parts are set to: "trainable parameters are set to 5%",
    "reduces trainable parameters to 0.4%" (the words between the parts and "to" are verbs of setting only)."""
    k = start
    while k > 0 and lowers[k - 1] in HEDGES and lowers[k - 1] not in ("to", "by"):
        k -= 1  # "set to about 5%"; "to" is also a hedge's word ("up to"), here the setting's
    if k < 2 or lowers[k - 1] not in ("to", "at"):
        return False
    for j in range(k - 2, max(-1, k - 6), -1):
        if lowers[j] in _MODEL_PARTS:
            return True
        if lowers[j] not in _SETTING_VERBS:
            return False
    return False


#: plural nouns of several data ("on 8 NLU tasks", "across 5 languages", "the STS12-STS16 datasets")
_SEVERAL_DATA = frozenset(rule_words("SEVERAL_DATA"))


def range_over_data(k: int, values: list[Value], lowers: list[str], datasets: list[tuple], targets: list[str]) -> bool:
    """Whether the k-th number is an end of a range ("from 2% to 13%", "between 3.7% and 6.4%") stated over
    several data: a list of datasets after it ("on MBPP+, MultiPL-E, and DS-1000"), a counted plural ("on 8
    NLU tasks"), or a dataset whose name is plural ("the STS12-STS16 datasets"). Each end is then one unnamed
    dataset's number, no result on the one it is filed under (resprec39: 3 papers of the pooled development
    sets, stops 34 and 38 and the first set; a range on one dataset gives two right rows).

    >>> words = "consistent improvements from 2 % to 13 % on a , b , and c .".split()
    >>> vals = [Value(3, 5, "2%", 2.0, "%"), Value(6, 8, "13%", 13.0, "%")]
    >>> data = [(9, 10, "Dataset", "A"), (11, 12, "Dataset", "B"), (14, 15, "Dataset", "C")]
    >>> range_over_data(0, vals, words, data, ["A"]), range_over_data(1, vals, words, data, ["A"])
    (True, True)
    >>> range_over_data(1, vals, words[:10] + ["."], data[:1], ["A"])
    False
    >>> words = "it lifts f1 from 49.6 % to 66.2 % on a and reaches 59.6 % on b .".split()
    >>> vals = [Value(4, 6, "49.6%", 49.6, "%"), Value(7, 9, "66.2%", 66.2, "%"), Value(13, 15, "59.6%", 59.6, "%")]
    >>> range_over_data(1, vals, words, [(10, 11, "Dataset", "A"), (16, 17, "Dataset", "B")], ["A"])
    False
    >>> words = "gains of between 3.7 % and 6.4 % over baselines on the foo datasets .".split()
    >>> vals = [Value(3, 5, "3.7%", 3.7, "%"), Value(6, 8, "6.4%", 6.4, "%")]
    >>> range_over_data(1, vals, words, [(12, 13, "Dataset", "Foo")], ["Foo"])
    True
    """
    b = _range_top(k, values, lowers)
    if b is None:
        return False
    nxt = next((w.start for w in values if w.start > b.start), len(lowers))
    ahead = range(b.end, min(nxt, b.end + 10))
    return (
        _data_listed_after(b, ahead, datasets, lowers)
        or _counted_data(ahead, lowers)
        or _plural_data(datasets, targets, lowers)
    )


def _range_top(k: int, values: list[Value], lowers: list[str]) -> Value | None:
    """The upper end of the range the k-th number is an end of (itself or the number after it), or None.

    >>> vals = [Value(1, 3, "2%", 2.0, "%"), Value(4, 6, "13%", 13.0, "%")]
    >>> _range_top(0, vals, "from 2 % to 13 %".split()) == vals[1]
    True
    """
    v = values[k]
    if k > 0 and _range_ends(values[k - 1], v, lowers):
        return v
    if k + 1 < len(values) and _range_ends(v, values[k + 1], lowers):
        return values[k + 1]
    return None


def _data_listed_after(b: Value, ahead: range, datasets: list[tuple], lowers: list[str]) -> bool:
    """Whether one list of two or more different datasets follows the range "on"/"across"/"in"/"over" it: "from
    2% to 13% on MBPP+, MultiPL-E, and DS-1000"."""
    after = sorted(d for d in datasets if d[0] in ahead)
    if not after or not any(
        lowers[j] in ("on", "across", "in", "over") for j in range(max(b.end, after[0][0] - 3), after[0][0])
    ):
        return False
    listed = [after[0]]
    for d in after[1:]:
        if not all(w in (",", "and", "or", "the") for w in lowers[listed[-1][1] : d[0]]):
            break
        listed.append(d)
    return len({d[3] for d in listed}) >= 2


def _counted_data(ahead: range, lowers: list[str]) -> bool:
    """Whether a counted plural of data follows the range: "from 0.33% to 17.93% on 8 natural language
    understanding (NLU) tasks", "across all datasets"."""
    for j in ahead:
        if lowers[j] in ("on", "across", "over", "in") and j + 1 < len(lowers):
            counted = lowers[j + 1]
            if NUMBER.match(counted) or counted in _COUNT_WORDS or counted == "all":
                if any(lowers[i] in _SEVERAL_DATA for i in range(j + 2, min(len(lowers), j + 8))):
                    return True
    return False


def _plural_data(datasets: list[tuple], targets: list[str], lowers: list[str]) -> bool:
    """Whether a target dataset's name is of several datasets: "on the STS12-STS16 datasets, with gains of between
    3.7% and 6.4%" ("on WMT and OPUS datasets" names two, each its own)."""
    return any(
        d[3] in targets
        and lowers[d[1] : d[1] + 1]
        and lowers[d[1]] in _SEVERAL_DATA
        and not (d[0] > 0 and lowers[d[0] - 1] in (",", "and", "or"))
        for d in datasets
    )


#: words that make a number an average ("an average improvement of 11.6%", "6.65% on average", "averages 11%")
_AVERAGE_WORDS = frozenset({"average", "averaged", "averages", "averaging"})
#: words before an average word that make it a measure's own name ("macro average F1", "weighted average F1")
_AVERAGE_KINDS = frozenset({"macro", "micro", "weighted", "macro-", "micro-", "moving"})
#: words before a number that make it a best case, stated for each dataset of a list (GUIDE-NOTES 7, stop 41)
_BEST_CASE = frozenset({"up", "upto", "much", "maximum", "max"})


def averaged(v: Value, values: list[Value], lowers: list[str]) -> bool:
    """Whether a number is written as an average: an average word in its own clause, in the six words before it
    ("an average improvement of 11.6%", "achieves an average 4.4% improvement") or the eight after it ("a 6.65%
    improvement on average", "by 12.16% in average macro accuracy"), with no other number or clause break between.
    A measure's own average ("macro average F1", "average precision") and a best case ("up to 3%") are none.

    >>> words = "it delivers an average improvement of 11.6 % over baselines on a and b".split()
    >>> averaged(Value(6, 8, "11.6%", 11.6, "%"), [], words)
    True
    >>> averaged(Value(3, 5, "6.65%", 6.65, "%"), [], "with a 6.65 % gain on average".split())
    True
    >>> averaged(Value(6, 8, "0.95", 0.95, None), [], "improvements of up to + 0.95 pp average rouge".split())
    False
    >>> averaged(Value(4, 5, "0.55", 0.55, None), [], "a macro average f1 of 0.55 on a and b".split())
    False
    """
    nums = {j for o in values if o is not v for j in range(o.start, o.end)}
    if any(w in _BEST_CASE for w in lowers[max(0, v.start - 3) : v.start]):
        return False  # "up to 3% on A and B": a best case, one row per dataset
    before = range(v.start - 1, max(-1, v.start - 7), -1)
    after = range(v.end, min(len(lowers), v.end + 8))
    for span in (before, after):
        for j in span:
            w = lowers[j]
            if w in CLAUSE_BREAKS or j in nums or w in ("(", ")", ".") or (span is before and w in ("and", "or")):
                break  # "+0.95 pp average ROUGE and +3.17 pp METEOR": the average before "and" is the neighbour's
            if w in _AVERAGE_WORDS:
                if j > 0 and lowers[j - 1] in _AVERAGE_KINDS or lowers[j + 1 : j + 2] == ["precision"]:
                    break  # "macro average F1", "mean average precision": a measure's own name
                return True
    return False


#: words after a dataset's name that make it a collection of datasets ("three datasets from the GLUE benchmark",
#: "averaged over 14 BEIR datasets", "the standard BEIR collection"): an average over its parts is its own number
_COLLECTION_NOUNS: Final = frozenset({"benchmark", "benchmarks", "datasets", "collection", "suite", "tasks"})


def average_over_data(
    k: int,
    values: list[Value],
    lowers: list[str],
    datasets: list[tuple],
    targets: list[str],
    *,
    listed: bool,
    many: bool,
) -> bool:
    """Whether the k-th number, alone in its clause, is an average over several data: written as an average
    (`averaged`) and filed under several datasets listed together ("an average improvement of 11.6% ... on the
    Spider-Syn, Spider-Realistic, and Dr. Spider benchmarks"), or under one of a counted plural of benchmarks
    (`many`: "on three benchmarks (i.e., SIGHAN 2013, 2014, and 2015) ... an average of 5.8%"), unless that one
    is a collection ("five datasets from the AdvGLUE benchmark ... 10% in average accuracy": its own average). It
    is no dataset's own number, so no row of any (stop 41's Solid-SQL, stop 35's PTCSpell; 44k: DT-Solver on PISA
    and Mathlib, X-KDE on Bi-ZsRE and MzsRE, QA-CoT on ABCD and SynthABCD). A number of a list (`listed`: "by 0.36
    s-BLEU and 1.49 d-BLEU on average") is left to the list rules.

    >>> words = "it delivers an average improvement of 11.6 % on a and b".split()
    >>> data = [(10, 11, "Dataset", "A"), (12, 13, "Dataset", "B")]
    >>> average_over_data(0, [Value(6, 8, "11.6%", 11.6, "%")], words, data, ["A", "B"], listed=False, many=False)
    True
    >>> average_over_data(0, [Value(6, 8, "11.6%", 11.6, "%")], words, data, ["A"], listed=False, many=False)
    False
    """
    v = values[k]
    if listed:
        return False
    if len(set(targets)) < 2:
        collection = any(
            d[3] in targets and lowers[d[1] : d[1] + 1] and lowers[d[1]] in _COLLECTION_NOUNS for d in datasets
        )
        if not many or collection:
            return False
    return averaged(v, values, lowers)


def _range_ends(a: Value, b: Value, lowers: list[str]) -> bool:
    """ "from A to B", "between A and B": two numbers written as the ends of one range."""
    if a.end + 1 != b.start or a.start < 1:
        return False
    return (lowers[a.start - 1], lowers[a.end]) in (("from", "to"), ("between", "and"))
