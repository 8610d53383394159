"""Who obtained a number: the last model or method before it that is not a baseline, a tool, a member
of an ensemble, a task or a setting; the paper's own contribution when the sentence speaks of it
("our", "we", "this approach"); the owner a list or a bracket pairs with it ("A and B reach 52% and
57%, respectively", "31.3% (BERT)").
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter
from typing import Final

from paperkg.extract.lexicon import fold, load_lexicon, load_word_list, organisations, rule_words
from paperkg.extract.results.clauses import CLAUSE_BREAKS, CONTRASTS, list_runs, past_bracket
from paperkg.extract.results.comparisons import (
    BASELINE_NOUNS,
    IMPROVED_CUES,
    RAISING_CUES,
    baseline_after,
    baseline_in_brackets,
    called_baseline,
    compared_in_brackets,
    compared_level_of,
    compared_through_modifiers,
    compared_to,
    compares,
    improved_by,
    versus_second,
)
from paperkg.extract.results.kinds import cues
from paperkg.extract.results.other_data import TRAINING
from paperkg.extract.results.values import NUMBER, Value, starting_point


def attribute_value(
    v: Value,
    values: list[Value],
    actors: list[tuple],
    metrics: list[tuple],
    lowers: list[str],
    words: list[str],
    *,
    own: str | None,
    kind: str,
) -> tuple[str | None, str | None, bool]:
    """The number's subject and baseline, and whether it is the second of a "vs." pair (whose it is
    the text leaves to the reader) or other systems' level ("the average of the submitted systems (18.7%)",
    `others_number`: none of the paper's): the subject named before it (`subject_and_baseline`), unless a
    list ("respectively"), a bracket after it or a compared system's bracket says whose it is; no
    task is a subject; a starting point is the baseline's ("improves X from 38.7% to 42.7%")."""
    metric_starts = frozenset(m[0] for m in metrics)
    subject, baseline = subject_and_baseline(actors, v, lowers, own, metric_starts)
    read_before = subject  # the name before the number, unless a list, a bracket or "by" below says whose it is
    subject, baseline, read_after = _owner_stated_after(v, values, actors, lowers, subject, baseline, kind=kind)
    versus = versus_second(v, values, lowers)
    if versus:
        subject, baseline = None, None  # "(85.6% vs. 80.9%)": the second number is the compared one's
    if by_owner := owner_after_by(v, actors, lowers):
        # "ROUGE-L of 38.72 by T5 and accuracy of 72.77% by RoBERTa", "73.6 by X vs. 77.8 by Y": named after it
        subject, baseline, read_after = by_owner, (None if baseline == by_owner else baseline), True
    others = not read_after and _others_level(v, actors, lowers, subject, own)
    if others:
        # "close to the average F1 of the submitted systems (18.70%)": other systems' number, no one named owns it,
        # nor does the paper: like the second of a "vs." pair, it is no row of the paper's board (unowned below)
        subject = None
    if subject is not None and owns_nothing(
        subject, v, actors, lowers, words, own=own, kind=kind, metric_starts=metric_starts
    ):
        subject = None
    baseline = baseline or baseline_after(actors, v, lowers, subject)
    if subject is not None and subject == read_before and subject != own and not read_after:
        if _named_not_reaching(subject, actors, v, lowers):
            subject = None
    if starting_point(v, lowers):
        # "improves accuracy from 38.7% to 42.7%": the first number is where the baseline stood (RULINGS R3)
        subject, baseline = _starting_owner(v, actors, lowers, baseline), None
    unowned = versus or others  # no one the text names owns the number: no row of the paper's board
    return subject, baseline, unowned


def _owner_stated_after(
    v: Value,
    values: list[Value],
    actors: list[tuple],
    lowers: list[str],
    subject: str | None,
    baseline: str | None,
    *,
    kind: str,
) -> tuple[str | None, str | None, bool]:
    """The subject and baseline once the words at or after the number have their say, and whether they said
    whose it is: a "respectively" list, a bracket after it ("X (73.5%)"), and for a score a compared system's
    bracket or level, which then owns it alone. An owner so read is no baseline of its own number."""
    if respective := respective_subject(v, values, actors, lowers):
        subject, baseline = respective, (None if baseline == respective else baseline)
    if bracketed := bracketed_owner(v, actors, lowers):
        subject, baseline = bracketed, (None if baseline == bracketed else baseline)
    read_after = bool(respective or bracketed)  # a list or a bracket says whose the number is
    if kind == "score" and (compared := compared_in_brackets(v, actors, lowers)) is not None:
        # "outperforming ESIM (86.7%)": the bracketed score is the compared system's, not the subject's
        subject, baseline, read_after = compared[0], None, True
    elif kind == "score" and (level := compared_level_of(v, actors, lowers)) is not None:
        # "57.7% compared to the best LLM performance of 16.9%": the second score is the compared one's
        subject, baseline, read_after = level[0], None, True
    return subject, baseline, read_after


def _others_level(v: Value, actors: list[tuple], lowers: list[str], subject: str | None, own: str | None) -> bool:
    """Whether the number is other systems' level, none of the paper's: the words before it say so
    (`others_number`), or the sentence's "we" evaluates systems the paper did not build and neither the own
    system nor any other name owns it (`evaluates_others`)."""
    return others_number(v, actors, lowers) or (
        subject in (None, own) and not any(a[3] == own for a in actors) and evaluates_others(v, lowers)
    )


def _named_not_reaching(subject: str, actors: list[tuple], v: Value, lowers: list[str]) -> bool:
    """Whether the name read before the number is not the one that reached it: no verb links it to the number,
    and it is what a system uses ("when employing a pre-trained BERT encoder, outperforming the baseline by
    17.5", subj47) or neither stands at the number, acts on it, nor opens its clause ("an improvement in the Hit@1
    of X, increasing it by 6.2%", "X (73.5%), outperforming the baseline by 18.3"; subj48: such owners are
    right about half the time)."""
    return not verb_linked(subject, actors, v, lowers) and (
        used_in_phrase(subject, actors, v, lowers)
        or not (
            stands_at(subject, actors, v, lowers)
            or acts_on_number(subject, actors, v, lowers)
            or clause_subject(subject, actors, v, lowers)
        )
    )


def _starting_owner(v: Value, actors: list[tuple], lowers: list[str], baseline: str | None) -> str | None:
    """Whose a starting point is ("from 38.7% to 42.7%"): the baseline's (RULINGS R3), else the improved system
    named right before it ("improves the accuracy of X from 23.0% to 70.4%": X is where it stood)."""
    improved = next((a[3] for a in actors if a[1] == v.start - 1 and improved_by(a[0], a[1], lowers)), None)
    return baseline or improved


def owns_nothing(
    subject: str,
    v: Value,
    actors: list[tuple],
    lowers: list[str],
    words: list[str],
    *,
    own: str | None,
    kind: str,
    metric_starts: frozenset[int],
) -> bool:
    """Whether the name read as the number's subject owns no number here, whatever stands before it
    (`attribute_value`): a base model trained on the paper's data, a task, a part of a longer name, a measure."""
    if subject != own and trained_on_new_data(subject, actors, v, lowers, own):
        # "T5 improves to 21.99% when fine-tuned on generated chains of thought": the base model is no owner (R11)
        return True
    if names_a_task(subject, actors, v, words):
        return True  # "ranked first in the X Relation Extraction Task with F1 of 0.37": X is the task
    if unnamed_actor(v, subject, actors, words, lowers, metric_starts):
        return True  # "BERT scores 94%, and the trigram scores 75%": the second clause names its own actor
    if subject != own and names_a_measure(subject):
        return True  # "with macro-averaged F1-measures of 35.99%": a measure typed Method or Model owns nothing
    if inside_longer_name(subject, actors, v, words, metric_starts):
        return True  # "LSTM Skip-Thought model achieves 0.7", "Transformers-derived features": X is only a part
    # "For LLaMA-7B, our approach outperforms ... by 4.2%": the gain is the paper's technique's
    return kind == "gain" and subject != own and base_model_gain(subject, actors, lowers)


SETTING_NOUNS: Final = frozenset(rule_words("SETTING_NOUNS"))


def last_mention(name: str, actors: list[tuple], v: Value) -> tuple | None:
    """The name's last mention (start, end, type, name) that ends at or before the number, or None: where the
    subject checks below read the words around the name the subject rules chose."""
    return next((a for a in actors[::-1] if a[3] == name and a[1] <= v.start), None)


#: verbs that report what their subject reached, beyond the cues of reaching and gain; words between a name and them
_REPORTING_VERBS = frozenset(rule_words("REPORTING_VERBS"))
_LINK_SKIP = frozenset(rule_words("LINK_SKIP"))
_COPULAS: Final = frozenset({"is", "was", "are", "were", "be"})
_NAME_MARKS = frozenset({")", "*", "'s", "’s", '"', "'", "”", "’"})


#: gerunds of putting a system to use ("employing a pre-trained X", "utilizing X as encoder", "pretraining X on D")
_USE_GERUNDS = frozenset(rule_words("USE_GERUNDS"))
_DETERMINERS = frozenset({"the", "a", "an", "our", "their", "its"})


def used_in_phrase(name: str, actors: list[tuple], v: Value, lowers: list[str]) -> bool:
    """Whether the name's last mention before the number is the object of a gerund of use, past at most two
    determiners or modifiers ("when employing a pre-trained X encoder", "the model utilizing X as transformer",
    "pretraining X on memes", "using the X model and ... with the Y model"): the phrase names what a system is
    built with, and the system that owns the number is another, often unnamed. Subj47.

    >>> words = "it gains more when employing a pre - trained foobert encoder , outperforming the baseline by 17.5".split()
    >>> used_in_phrase("FooBERT", [(9, 10, "Model", "FooBERT")], Value(17, 18, "17.5", 17.5, None), words)
    True
    >>> words = "foobert , using a new loss , reaches 91.2 %".split()
    >>> used_in_phrase("FooBERT", [(0, 1, "Model", "FooBERT")], Value(7, 9, "91.2%", 91.2, "%"), words)
    False
    """
    mention = last_mention(name, actors, v)
    if mention is None:
        return False
    k = mention[0] - 1
    for _ in range(2):
        if k >= 0 and (lowers[k] in _DETERMINERS or lowers[k].endswith("ed")):
            k -= 3 if k >= 2 and lowers[k - 1] == "-" else 1  # "a pre - trained X": a hyphened participle is one word
    return k >= 0 and lowers[k] in _USE_GERUNDS


def stands_at(name: str, actors: list[tuple], v: Value, lowers: list[str]) -> bool:
    """Whether the number follows the name's last mention as "X at N" ("closely followed by X at 77.1%", "the X
    baseline at 27.8 BLEU"): the phrase states X's own level, though no verb links X to the number. Subj48.

    >>> words = "closely followed by foolm-7b at 77.1 %".split()
    >>> stands_at("FooLM-7B", [(3, 4, "Model", "FooLM-7B")], Value(5, 7, "77.1%", 77.1, "%"), words)
    True
    >>> words = "improving foolm at scale by 3 %".split()
    >>> stands_at("FooLM", [(1, 2, "Model", "FooLM")], Value(5, 7, "3%", 3.0, "%"), words)
    False
    """
    mention = last_mention(name, actors, v)
    if mention is None:
        return False
    k = mention[1]
    while k < v.start and (lowers[k] in _SYSTEM_NOUNS or lowers[k] in BASELINE_NOUNS or lowers[k] in _VARIANTS):
        k += 1  # "the X baseline at 27.8", "X model at 91%"
    return k + 1 == v.start and lowers[k] == "at"


#: modal and auxiliary verbs after a name that make it the actor of its clause ("X can reconstruct ...", "X does even
#: worse at 4%"): rules.py's MODALS without "to" ("X to 1.1%" is a range, not a clause)
_MODALS = frozenset(rule_words("MODALS")) - {"to"}
_VERSION = re.compile(r"^v?\d+(\.\d+)*$")
_RANGE_MARKS = frozenset({"to", "->", "→", "–", "-", "—", ">"})
_DIGITS: Final = re.compile(r"^[+\-−~]?\d")  # a number, with its unit or not ("74", "74%")


def _first_number_after(mention: tuple, v: Value, lowers: list[str]) -> bool:
    """Whether the number is the first one after the name's mention (a version number right after the name is part
    of it: "X 3.5 scores") and no contrast or semicolon comes between ("X's performance lags at 74%, and other
    LLMs reach 42%", "X generates ..., while Y only achieves 48.3%"): the loose readings of who acts on a number
    hold only for the number their clause reaches first. A rise of the name's own measure ("X's accuracy increased
    by 20%") is the gain of a method applied to X, the base model, which owns none of it (RULINGS R11)."""
    k = mention[1] + (1 if mention[1] < v.start - 1 and _VERSION.match(lowers[mention[1]]) else 0)
    if lowers[k : k + 1] in (["'s"], ["’s"]) and any(w in _RISES for w in lowers[k : v.start]):
        return False  # "X's accuracy increased by 20%", "X's success rate rises to 45%": a method's gain on X (R11)
    upto, j = v.start, v.start - 1
    while j > k and lowers[j] in _RANGE_MARKS:
        j -= 1
    if j < upto - 1:
        # "X raises accuracy from 45.2% to 67.8%", "X raises accuracy (49.3 -> 80.1%)": the range's start is no other number
        j -= 1 if lowers[j] in ("%", "points") else 0
        if j >= k and _DIGITS.match(lowers[j]):
            upto = j - (1 if j > k and lowers[j - 1] == "from" else 0)
    return not any(_DIGITS.match(w) or w in CONTRASTS or w in (";", "but") for w in lowers[k:upto])


#: verbs of a rise: "X's accuracy rose by 34%" reports what was done to X, the base model (RULINGS R11)
_RISES = (cues()["gain"] | IMPROVED_CUES | RAISING_CUES | {"rose", "rise", "rises", "rising", "jumped", "jumps"}) - {
    "better",
    "higher",
    "more",
    "absolute",
    "relative",
    "margin",
}


def _past_plain_bracket(lowers: list[str], k: int, upto: int) -> int | None:
    """Where the words go on after a bracket opening at `k` and closing before `upto` that holds no number ("X
    (large) scores": past it), else None ("X (73.5%), outperforming": the bracket is X's number; a year counts too).

    >>> _past_plain_bracket("foo ( 2024 release ) scores".split(), 1, 5), _past_plain_bracket("foo ( 73.5 % )".split(), 1, 5)
    (None, None)
    >>> _past_plain_bracket("foo ( large ) scores 9".split(), 1, 5)
    4
    """
    if lowers[k] != "(" or ")" not in lowers[k:upto]:
        return None
    close = lowers.index(")", k)
    return None if any(_DIGITS.match(x) for x in lowers[k:close]) else close + 1


def acts_on_number(name: str, actors: list[tuple], v: Value, lowers: list[str]) -> bool:
    """Whether the name's last mention is the actor of the number's clause in one of the shapes `verb_linked`'s
    verb list does not cover: a modal and its verb ("X can reconstruct ..., decreasing the distance by 95%", "X,
    when used as an agent, can retrieve the right answer 85% of the time"), a participle of reaching with no comma
    between ("the fine-tuned X model scoring 94.9%", "the best model (X) solving only 16.3%"), or the name's own
    measure ("X's performance lags at about 74%"); a version number after the name is part of it ("X 3.5 scores").
    Subj48.

    >>> words = "foolm can almost perfectly reconstruct them , decreasing the distance by 95 %".split()
    >>> acts_on_number("FooLM", [(0, 1, "Model", "FooLM")], Value(11, 13, "95%", 95.0, "%"), words)
    True
    >>> words = "the fine-tuned foobert model scoring 94.9 % accuracy".split()
    >>> acts_on_number("FooBERT", [(2, 3, "Model", "FooBERT")], Value(5, 7, "94.9%", 94.9, "%"), words)
    True
    >>> words = "foonet ( 73.5 % ) , outperforming the baseline by 18.3 points".split()
    >>> acts_on_number("FooNet", [(0, 1, "Model", "FooNet")], Value(10, 11, "18.3", 18.3, None), words)
    False
    """
    mention = last_mention(name, actors, v)
    if mention is None or not _first_number_after(mention, v, lowers):
        return False
    k, upto = mention[1], v.start
    c = cues()
    participles = {w for w in c["achieve"] | c["gain"] if w.endswith("ing")}
    nouns = _SYSTEM_NOUNS | _VARIANTS | _LINK_SKIP
    while k < upto:
        w = lowers[k]
        if w in _MODALS:
            return True
        after = _past_plain_bracket(lowers, k, upto)
        if after is not None:
            k = after  # "X (large) scores": no number of its own in the bracket
        elif w in nouns or w in _NAME_MARKS or (w.endswith("ly") and len(w) > 3) or _VERSION.match(w) and k + 1 < upto:
            k += 1
        elif w == "," and lowers[k + 1 : k + 2] == ["when"] and "," in lowers[k + 2 : min(upto, k + 10)]:
            k = lowers.index(",", k + 2) + 1  # "X, when used as an agent, can retrieve"
        else:
            break
    if k >= upto:
        return False
    if lowers[k] in participles:
        return True
    return k > 0 and lowers[k - 1] in ("'s", "’s") and lowers[k] in _OWN_MEASURE_NOUNS


_OWN_MEASURE_NOUNS = frozenset({"performance", "accuracy", "score", "scores", "results"})

#: words that open a clause whose subject follows ("..., while X reaches", "show that X scores", "; e.g., X scores")
_SUBJECT_OPENERS = frozenset(rule_words("SUBJECT_OPENERS"))
#: words before a clause's subject that belong to its noun phrase ("the top X", "only X", "fine-tuned X")
_SUBJECT_MODIFIERS = frozenset(rule_words("SUBJECT_MODIFIERS"))
_NOT_VERBS = frozenset(rule_words("NOT_VERBS"))


def clause_subject(name: str, actors: list[tuple], v: Value, lowers: list[str]) -> bool:
    """Whether the name's last mention opens its clause as the subject of a verb: the words before it, past
    determiners and participles ("the fine-tuned X", "only X"), start the sentence or a clause (a comma, "that",
    "where", "while", "e.g."), not a preposition, a verb or a list ("for X", "outperforming ... and X by 5%", "of
    X, increasing it by 6.2%"); and the words after it, past its system noun, variant, version or a short
    modifier ("X supervised model", "X hypothesis-only classifiers"), reach a verb: one of reaching, gain or
    report, a modal, or a lower-case word in -ed or -s that is no preposition ("X excelled in ... and achieved",
    "X managed to achieve"). A bracket with a number of its own ("X (73.5%), outperforming") ends the phrase.
    Subj48: the subjects no listed verb links to the number (`verb_linked`) are right about half the time; this
    reading keeps the clause subjects among them.

    >>> words = "in emotion analysis , foobert supervised leads in accuracy ( 59.8 % )".split()
    >>> clause_subject("FooBERT", [(4, 5, "Model", "FooBERT")], Value(10, 12, "59.8%", 59.8, "%"), words)
    True
    >>> words = "outperforming baselines by 9.0 f1 and foolm by 24.3 f1".split()
    >>> clause_subject("FooLM", [(6, 7, "Model", "FooLM")], Value(8, 9, "24.3", 24.3, None), words)
    False
    >>> words = "a large improvement in the hit@1 of foobert , increasing it by 6.2 %".split()
    >>> clause_subject("FooBERT", [(7, 8, "Model", "FooBERT")], Value(12, 14, "6.2%", 6.2, "%"), words)
    False
    """
    mention = last_mention(name, actors, v)
    if mention is None or not _first_number_after(mention, v, lowers):
        return False
    j, steps = mention[0] - 1, 0
    while j >= 0 and steps < 3 and (lowers[j] in _SUBJECT_MODIFIERS or lowers[j].endswith("ed") and "-" in lowers[j]):
        j, steps = j - 1, steps + 1
    if j >= 0 and lowers[j] not in _SUBJECT_OPENERS:
        return False
    k, upto, extra = mention[1], v.start, 0
    c = cues()
    verbs = c["achieve"] | c["gain"] | _REPORTING_VERBS
    while k < upto:
        w = lowers[k]
        if w in verbs or w in _MODALS:
            return True
        after = _past_plain_bracket(lowers, k, upto)
        if after is not None:
            k = after
        elif w in _SYSTEM_NOUNS or w in _VARIANTS or w in _NAME_MARKS or _VERSION.match(w) or w.endswith("ly"):
            k += 1
        elif (
            w.isalpha() and w.islower() and w not in _NOT_VERBS and (w.endswith("ed") or w.endswith("s")) and extra < 3
        ):
            return True
        elif w.replace("-", "").isalpha() and w.islower() and w not in _NOT_VERBS and extra < 2:
            k, extra = k + 1, extra + 1  # "X supervised model", "X hypothesis-only classifiers"
        else:
            return False
    return False


def verb_linked(name: str, actors: list[tuple], v: Value, lowers: list[str]) -> bool:
    """Whether the name's last mention before the number is the subject of a verb that reports it, or the
    complement of a copula: past a bracket ("X (Y) achieves"), an apposition closed by a comma ("X, our leading
    LLM, achieved"), the system nouns and variants of its phrase, a short prepositional phrase ("the X model for
    the code-mixed task achieves"), relative pronouns, auxiliaries and adverbs ("X model which achieves", "X
    substantially outperforms"), the next word is a finite verb; or "the best model was X with F1 of 66.5%".
    A participle after a comma ("X (73.5%), outperforming the baseline by 18.3", "X and classifier Y, scoring
    86.6%") or a name inside another phrase ("qualified X guesses ... 96%", "VLMs (X), the best of which reaches
    73%") links nothing. Subj47 measured named subjects with no such link right 30 times and wrong-subject 16 times
    on the judged development sets and kept them (a 44k sample of 20 removed owners: 13 right, 7 wrong); subj48, by
    the precision-first ruling of stop 48 (a wrong owner misleads, a null one is no error), nulls them unless
    `stands_at`, `acts_on_number` or `clause_subject` reads the name as the number's actor.

    >>> words = "foonet , our leading model , achieved 0.748".split()
    >>> verb_linked("FooNet", [(0, 1, "Model", "FooNet")], Value(7, 8, "0.748", 0.748, None), words)
    True
    >>> words = "the best model was foonet with f1 of 66.5 %".split()
    >>> verb_linked("FooNet", [(4, 5, "Model", "FooNet")], Value(8, 10, "66.5%", 66.5, "%"), words)
    True
    >>> words = "we build on llms ( foolm ) , the best of which reaches 73 %".split()
    >>> verb_linked("FooLM", [(5, 6, "Model", "FooLM")], Value(13, 15, "73%", 73.0, "%"), words)
    False
    >>> words = "foonet ( 73.5 % ) , outperforming the baseline by 18.3 points".split()
    >>> verb_linked("FooNet", [(0, 1, "Model", "FooNet")], Value(10, 11, "18.3", 18.3, None), words)
    False
    """
    mention = last_mention(name, actors, v)
    if mention is None:
        return True  # no mention to read: the subject rules' reading stands
    s, k, upto = mention[0], mention[1], v.start
    if _linked_outright(s, k, upto, lowers):
        return True
    c = cues()
    verbs = (c["achieve"] | c["gain"] | _REPORTING_VERBS) - {w for w in c["achieve"] | c["gain"] if w.endswith("ing")}
    k = _past_name_phrase(k, upto, lowers, verbs)
    if k < upto and lowers[k] == "and":
        k = _past_and(k, upto, lowers, verbs)
    return k < upto and lowers[k] in verbs


def _linked_outright(s: int, k: int, upto: int, lowers: list[str]) -> bool:
    """Whether the mention at s..k owns the number at `upto` whatever verb follows: after a copula ("the
    best-performing model is X with accuracy of 91.2%"), the paper's own ("our X", "this new X"), or right before
    a bracket that opens on the number ("our best model, X (73.5%)").

    >>> _linked_outright(4, 5, 6, "the best model was foonet with 91.2".split())
    True
    >>> _linked_outright(0, 1, 2, "foonet ( 73.5 % )".split()), _linked_outright(0, 1, 5, "foonet ( 2023 ) reaches 73.5".split())
    (True, False)
    """
    if s > 0 and lowers[s - 1] in _COPULAS:
        return True
    if _owned(lowers, s):
        return True
    return lowers[k : k + 1] == ["("] and k + 1 == upto


def _past_name_phrase(k: int, upto: int, lowers: list[str], verbs: frozenset[str]) -> int:
    """Where the name's phrase ends, read from k (the word after the mention) towards the number at `upto`: past
    a closed bracket, a comma before a verb or relative pronoun, an apposition closed by a comma with no number or
    verb in it, system nouns, adverbs, name marks, and one short prepositional phrase that runs into a verb."""
    nouns = _SYSTEM_NOUNS | _VARIANTS | _LINK_SKIP
    prepositional = False
    while k < upto:
        w = lowers[k]
        if w == "(" and ")" in lowers[k:upto]:
            k = lowers.index(")", k) + 1
        elif w == "," and k + 1 < upto and (lowers[k + 1] in verbs or lowers[k + 1] in _LINK_SKIP):
            k += 1  # "X, achieves", "X, which outperforms"
        elif w == "," and "," in lowers[k + 1 : min(upto, k + 9)]:
            close = lowers.index(",", k + 1)
            if any(NUMBER.match(x) or x in verbs for x in lowers[k + 1 : close]):
                break
            k = close + 1  # "X, our leading LLM, achieved"
        elif w in nouns or w.endswith("ly") or w.startswith("-") or w in _NAME_MARKS:
            k += 1  # "X model", "X substantially", "X-7B", "*X*", "X) achieves" (the name its bracket's short form)
        elif w in ("for", "on", "in", "with") and not prepositional:
            # "the X model for the code-mixed task achieves": one short phrase of words, no number, no break
            j = next((j for j in range(k + 1, min(upto, k + 6)) if lowers[j] in verbs), None)
            if j is None or any(NUMBER.match(x) or x in CLAUSE_BREAKS or x in cues()["own"] for x in lowers[k + 1 : j]):
                break
            prepositional, k = True, j
        else:
            break
    return k


def _past_and(k: int, upto: int, lowers: list[str], verbs: frozenset[str]) -> int:
    """Where the verb after an "and" at k would stand: "the best method X and got an F-score of 73.6" (the next
    word), "X and some other models lead the benchmark" (past a system noun, when a verb follows it)."""
    j = next((j for j in range(k + 1, min(upto, k + 7)) if lowers[j] in _SYSTEM_NOUNS), k)
    return j + 1 if j + 1 < upto and lowers[j + 1] in verbs else k + 1


#: words that open the paper's own technique ("our approach", "the proposed ISL method", "a novel regularization")
_OWN_OPENERS = frozenset({"our", "proposed", "novel"})
#: head nouns of a technique applied to a model, not of a model or of a report ("our experiments", "our model")
_TECHNIQUE_NOUNS = frozenset(rule_words("TECHNIQUE_NOUNS"))


def base_model_gain(subject: str, actors: list[tuple], lowers: list[str]) -> bool:
    """Whether a gain given to a model belongs to the paper's technique applied to it: the sentence names that
    technique ("our approach", "our optimized instructions", "the proposed ISL method", "a novel Output Length
    Regularization") and the model is not inside that name: "For LLaMA-7B, our approach outperforms the previous
    method by 4.2%", "Through our optimized instructions, ERNIE-Bot-turbo exceeds conventional models, achieving
    an enhancement of 4 to 7%", "the proposed approach provides consistent gains in the performance of BERT (1.2%
    gain on D)" (subj46: the base model as owner of a gain in the sets of stops 35, 40 and 45; "our experiments",
    "our resulting model, which we call X" and "we" alone name no technique: the model may be the paper's own).

    >>> words = "for foolm-7b , our approach outperforms the previous method by 4.2 %".split()
    >>> base_model_gain("FooLM-7B", [(1, 2, "Model", "FooLM-7B")], words)
    True
    >>> words = "our foonet approach outperforms the previous method by 4.2 %".split()
    >>> base_model_gain("FooNet", [(1, 2, "Model", "FooNet")], words)
    False
    >>> words = "our experiments show that foonet outperforms the previous method by 4.2 %".split()
    >>> base_model_gain("FooNet", [(4, 5, "Model", "FooNet")], words)
    False
    """
    spans = [a for a in actors if a[3] == subject]
    if not spans or any(a[2] != "Model" for a in spans):
        return False
    named = False
    for k, w in enumerate(lowers):
        if w not in _OWN_OPENERS:
            continue
        head = next((j for j in range(k + 1, min(k + 5, len(lowers))) if lowers[j] in _TECHNIQUE_NOUNS), None)
        if head is None:
            continue
        if any(k < a[0] < head for a in spans):
            return False  # "our FooNet approach": the model is the paper's own technique's name
        named = True
    return named


#: words that set a number's systems apart from the paper's ("the other / submitted / participating systems")
_OTHERS_MODIFIERS: Final = frozenset(rule_words("OTHERS_MODIFIERS"))
#: plural nouns for the systems of a field or a shared task ("systems", "teams", "participants", "submissions")
_OTHERS_HEADS: Final = frozenset(rule_words("OTHERS_HEADS"))
#: what may stand right before such a modifier when the others are the clause's actor ("the other systems",
#: "while other teams", "and other participants")
_OTHERS_OPENERS: Final = frozenset(rule_words("OTHERS_OPENERS")) | {","}
#: words for the average of other systems' numbers ("the average of the submitted systems"; rule_words OTHERS_AVERAGES)
_OTHERS_AVERAGES: Final = frozenset(rule_words("OTHERS_AVERAGES"))
_STATE_OF_ART: Final = re.compile(
    r"\b(the|current|previous|prior) (state ?- ?of ?- ?the ?- ?art|sota) (\S+ ){0,3}"
    r"(score|scores|accuracy|result|results|performance|f1|bleu)\s(is|was|are|were|stands|remains)\b"
)


def others_number(v: Value, actors: list[tuple], lowers: list[str]) -> bool:
    """Whether the words before the number, in its clause and after the last name, "we"/"our" or verb of the
    paper's, make it other systems' measure: "close to the average F1 scores achieved by the submitted systems
    (18.70%)", "the mean of the participating teams was 61.2", "while the other systems reach 70%", "the
    state-of-the-art F1 score is already around 93%". The number is a level other systems reached (or their
    average), which neither the paper's own system nor a name before it obtained: no one is named for it (subj49;
    the demo board of stop 49 gave "the average of the submitted systems" to the paper).

    >>> words = "our system gives 14.9 % , close to the average of the submitted systems ( 18.7 % )".split()
    >>> others_number(Value(15, 17, "18.7%", 18.7, "%"), [], words), others_number(Value(3, 5, "14.9%", 14.9, "%"), [], words)
    (True, False)
    >>> words = "the state-of-the-art f1 score is already around 93 %".split()
    >>> others_number(Value(8, 10, "93%", 93.0, "%"), [], words)
    True
    >>> words = "our system improved the average f1 across all participating teams by 19.1 %".split()
    >>> others_number(Value(11, 13, "19.1%", 19.1, "%"), [], words)
    False
    >>> words = "while the other teams reached 61.2 on average".split()
    >>> others_number(Value(5, 6, "61.2", 61.2, None), [], words)
    True
    >>> words = "we submitted two systems that obtained 0.711".split()
    >>> others_number(Value(6, 7, "0.711", 0.711, None), [], words)
    False
    >>> words = "compared with other systems , foonet reaches 93 %".split()
    >>> others_number(Value(6, 8, "93%", 93.0, "%"), [(4, 5, "Model", "FooNet")], words)
    False
    """
    lo = max(0, v.start - 16)
    own = cues()["own"]
    for k in range(v.start - 1, lo - 1, -1):
        w = lowers[k]
        if w in own or w in (".", ";", ":") or w in CONTRASTS or any(a[1] == k + 1 for a in actors):
            lo = k + 1
            break
    window = lowers[lo : v.start]
    reach = cues()["achieve"] | _COPULAS
    for k, w in enumerate(window):
        h = next((j for j in range(k + 1, min(k + 9, len(window))) if window[j] in _OTHERS_HEADS), None)
        if w in _OTHERS_AVERAGES and h is not None:
            if "by" in window[h + 1 :] or any(
                x in IMPROVED_CUES or x in RAISING_CUES for x in window[max(0, k - 4) : k]
            ):
                continue  # "improved the average F1 across all participating teams by 19.07%": a gain over others
            return True  # "the average of all participants", "the mean F1 scores achieved by the submitted systems"
        if w in _OTHERS_MODIFIERS and (lo + k == 0 or lowers[lo + k - 1] in _OTHERS_OPENERS):
            # "the other systems reach", "other participating teams obtained": the others are the clause's actor
            h = next((j for j in range(k + 1, min(k + 3, len(window))) if window[j] in _OTHERS_HEADS), None)
            if h is not None and any(x in reach for x in window[h + 1 : h + 3]) and "," not in window[h + 1 : h + 2]:
                return True
    return bool(_STATE_OF_ART.search(" ".join(window)))


#: verbs of putting systems others built to a test ("we evaluate / benchmark / test / assess ... models")
_EVALUATION_VERBS = frozenset(rule_words("EVALUATION_VERBS"))
#: plural nouns for systems as a class ("models", "LLMs", "agents", "classifiers")
_SYSTEM_CLASSES = frozenset(rule_words("SYSTEM_CLASSES"))
#: nouns of the data a paper evaluates others on ("on our benchmark", "our dataset"; rule_words OUR_DATA_NOUNS)
_OUR_DATA_NOUNS = frozenset(rule_words("OUR_DATA_NOUNS"))


def evaluates_others(v: Value, lowers: list[str]) -> bool:
    """Whether the sentence's "we" evaluates a class of systems the paper did not build and the number follows with
    no other word of the paper's own: "We evaluate three representative agents on the benchmark, with the best
    achieving only 21.4%", "We test a wide spectrum of PLMs on our benchmark, reaching at most 3%" ("our" before a
    word for data is the benchmark's). The number is what those systems reach, not the paper's contribution (a
    benchmark, a probe, a method built later), so the paper's own name is no owner (subj49: development sets of stops
    40 and 47). "We evaluate our model ...", "... and our method reaches 90%" keep the paper's own.

    >>> words = "we evaluate three representative agents on the benchmark , with the best achieving only 21.4 %".split()
    >>> evaluates_others(Value(14, 16, "21.4%", 21.4, "%"), words)
    True
    >>> words = "we test many plms on our benchmark , reaching at most 3 %".split()
    >>> evaluates_others(Value(11, 13, "3%", 3.0, "%"), words)
    True
    >>> words = "we evaluate our models on the benchmark , reaching 91 %".split()
    >>> evaluates_others(Value(9, 11, "91%", 91.0, "%"), words)
    False
    >>> words = "we evaluate several models , and our method reaches 91 %".split()
    >>> evaluates_others(Value(9, 11, "91%", 91.0, "%"), words)
    False
    """
    own = cues()["own"]
    k = max((k for k in range(v.start - 1) if lowers[k] == "we" and lowers[k + 1] in _EVALUATION_VERBS), default=None)
    if k is None:
        return False
    head = next((j for j in range(k + 2, min(k + 10, v.start)) if lowers[j] in _SYSTEM_CLASSES), None)
    if head is None or any(w in own or w in CONTRASTS for w in lowers[k + 2 : head]):
        return False  # "we evaluate our models", "we test the proposed systems"
    for j in range(head + 1, v.start):
        w = lowers[j]
        if w in CONTRASTS:
            return False
        if w in own and not (w == "our" and any(x in _OUR_DATA_NOUNS for x in lowers[j + 1 : j + 3])):
            return False  # "..., and our method reaches 91%"
    return True


_TRAINED: Final = re.compile(r"\b(fine ?- ?tuned|finetuned|fine ?- ?tuning|finetuning|trained|training|tuned|tuning)$")
#: words of data the paper made for a model to learn from ("our", "generated", "synthetic", "distilled")
_NEW_DATA: Final = frozenset(rule_words("NEW_DATA"))


def trained_on_new_data(name: str, actors: list[tuple], v: Value, lowers: list[str], own: str | None = None) -> bool:
    """Whether the sentence trains the named model on data the paper made, next to the number: "X fine-tuned on
    our generated chains of thought reaches N", "the accuracy of X improves to N when fine-tuned on generated
    rationales", "after fine-tuning X on our synthetic data, N": the number is the method's (its data, its
    distillation) as applied to X, the base model, which is no owner (RULINGS R11; subj49: the demo board of stop
    49 gave T5 XXL the numbers of its fine-tuning on generated chains of thought). The training phrase stands
    between the name and the number, right after the number in its clause, or opens the name's phrase; "on/with/
    using" follows the training word within three words and a word of new data (or the paper's own name) within
    eight more, no break.

    >>> words = "foot5 fine - tuned on our generated rationales reaches 21.9 %".split()
    >>> trained_on_new_data("FooT5", [(0, 1, "Model", "FooT5")], Value(9, 11, "21.9%", 21.9, "%"), words)
    True
    >>> words = "the accuracy of foot5 improves to 21.9 % when finetuned on generated chains of thought".split()
    >>> trained_on_new_data("FooT5", [(3, 4, "Model", "FooT5")], Value(6, 8, "21.9%", 21.9, "%"), words)
    True
    >>> words = "foot5 fine - tuned on squad reaches 88.1 f1".split()
    >>> trained_on_new_data("FooT5", [(0, 1, "Model", "FooT5")], Value(7, 8, "88.1", 88.1, None), words)
    False
    """
    mention = last_mention(name, actors, v)
    if mention is None or mention[2] != "Model":
        return False
    after = v.end
    while after < len(lowers) and lowers[after] not in CLAUSE_BREAKS and lowers[after] not in (",", ".", ";"):
        after += 1
    spans = [(max(0, mention[0] - 3), mention[0]), (mention[1], v.start), (v.end, after)]
    for lo, hi in spans:
        for k in range(lo, hi):
            if not _TRAINED.search(" ".join(lowers[max(lo, k - 2) : k + 1])):
                continue
            j = next((j for j in range(k + 1, min(k + 4, len(lowers))) if lowers[j] in ("on", "with", "using")), None)
            if j is None:
                continue
            for i in range(j + 1, min(j + 9, len(lowers))):
                if lowers[i] in CLAUSE_BREAKS or lowers[i] in (".", ";"):
                    break
                if lowers[i] in _NEW_DATA or (own and any(a[0] == i and a[3] == own for a in actors)):
                    return True  # "on our data", "on generated rationales", "on FooData" (the paper's own)
    return False


TASK_WORDS = frozenset({"task", "tasks", "track", "subtask", "sub-task", "challenge"})


def names_a_task(name: str, actors: list[tuple], v: Value, words: list[str]) -> bool:
    """Whether the name's last mention before the value opens the name of a task:
    "the X Relation Extraction Task", "X norm+NER task" (up to three capitalised
    or marked words, then "task" or "track"). A task is no system and owns no number."""
    mention = last_mention(name, actors, v)
    if mention is None:
        return False
    for k in range(mention[1], min(mention[1] + 4, v.start)):
        w = words[k]
        if w.lower() in TASK_WORDS:
            return k > mention[1] or w[:1].isupper()  # "X Task", "X ... task"; "X task" is the not_system cue's
        if not (w[:1].isupper() or any(not ch.isalnum() for ch in w)) or w in (",", "(", ")", "."):
            return False
    return False


#: words that open a clause whose subject is named right after them ("... show that X achieves", ", and X scores")
_ACTOR_OPENERS: Final = frozenset(rule_words("ACTOR_OPENERS"))
#: words of a noun phrase that speak of a system named elsewhere: the paper's own, a pronoun, a quantifier
_REFERS_BACK: Final = frozenset(rule_words("REFERS_BACK"))


def unnamed_actor(
    v: Value, subject: str, actors: list[tuple], words: list[str], lowers: list[str], metric_starts: frozenset[int]
) -> bool:
    """Whether the number's clause names its own actor, one the entity side did not recognise, before a verb of
    reaching ("Although BERT scores 94%, and the trigram scores 75% ...", "Our results show that Foo-Coder
    achieves a 30% improvement"): the subject found before that clause, or the paper's own guessed for it, is not
    whose number it is. The actor is a name (a capital or a digit past its first letter: "Foo-Coder", "Lion-13B")
    or "the" and one word that is no system noun ("the trigram"; "the model" refers back to a system). Subj43.

    >>> words = "although bert scores 94 % , and the trigram scores 75 % accuracy".split()
    >>> unnamed_actor(Value(10, 12, "75%", 75.0, "%"), "BERT", [(1, 2, "Model", "BERT")], words, words, frozenset())
    True
    >>> words = "our results show that the model achieves 75 %".split()
    >>> unnamed_actor(Value(7, 9, "75%", 75.0, "%"), "FooNet", [], words, words, frozenset())
    False
    """
    k = v.start - 1
    while k >= 0 and v.start - k <= 4 and lowers[k] not in cues()["achieve"]:
        if lowers[k] in CLAUSE_BREAKS:
            return False
        k -= 1
    if k < 1 or lowers[k] not in cues()["achieve"] or lowers[k + 1] in ("of", "by"):
        return False  # "SacreBLEU scores of 23.70%", "BLEU-4 scores by 8.34%": a noun, not a verb
    j = k - 1
    while j >= 0 and lowers[j] not in _ACTOR_OPENERS and k - j <= 3:
        j -= 1
    if j >= 0 and lowers[j] not in _ACTOR_OPENERS:
        return False  # a longer noun phrase: not read
    phrase = list(range(j + 1, k))
    if not phrase or any(a[0] < k and a[1] > j + 1 for a in actors) or any(i in metric_starts for i in phrase):
        return False  # a recognised name in the phrase: the subject rules' reading stands
    if any(lowers[i] in _REFERS_BACK or lowers[i] in _SYSTEM_NOUNS for i in phrase):
        return False
    head = words[phrase[-1]]
    named = any(ch.isupper() or ch.isdigit() for ch in head[1:]) and head[:1].isalpha()
    the_noun = len(phrase) == 2 and lowers[phrase[0]] == "the" and head.isalpha() and head.islower()
    if not (named or the_noun):
        return False
    mention = next((a for a in actors[::-1] if a[3] == subject and a[1] <= v.start), None)
    return mention is None or mention[1] <= j + 1


@lru_cache(maxsize=1)
def _measure_keys() -> frozenset[str]:
    """The metric lexicon's names and aliases, lower-cased, without spaces, hyphens and underscores."""
    return frozenset(
        re.sub(r"[\s\-_]", "", n.lower()) for e in load_lexicon() if e.type == "Metric" for n in (e.name, *e.aliases)
    )


def names_a_measure(name: str) -> bool:
    """Whether a name the entity side typed Method or Model is a measure's: a metric of the lexicon however it is
    hyphened or spaced ("BERT-Score"), in the plural ("F1-measures") or run into the next word ("F1-scoreof"), or a
    numbered metric qualified by a lower-case word ("F1-strict", "F1-sarcastic"; not "EM-algorithm"). A measure is no system and owns no
    number (subj43: stop 42's SemEval-2018 Task 2 system; 44k: 4 more papers, all such owners wrong). The
    paper's own name is the caller's to keep.

    >>> names_a_measure("F1-measures"), names_a_measure("F1-strict"), names_a_measure("BERT-Score")
    (True, True, True)
    >>> names_a_measure("BERT"), names_a_measure("F1-Net"), names_a_measure("RoBERTa-large"), names_a_measure("EM-algorithm")
    (False, False, False, False)
    """
    keys = _measure_keys()
    norm = re.sub(r"[\s\-_]", "", name.lower())
    if norm in keys or norm.removesuffix("s") in keys or norm.removesuffix("of") in keys:
        return True
    head, _, rest = name.partition("-")
    # "F1-strict", not "EM-algorithm" or "MAP-inference": a numbered measure, which no method is named after
    return (
        bool(rest)
        and rest.isalpha()
        and rest.islower()
        and any(ch.isdigit() for ch in head)
        and re.sub(r"[\s_]", "", head.lower()) in keys
    )


_MEASURE_NOUNS: Final = frozenset({"metric", "metrics"})
_LISTING: Final = frozenset({",", "and", "or", "&"})


def written_as_measures(mentions: list[tuple], lowers: list[str]) -> frozenset[str]:
    """The Method and Model names the text writes as measures anywhere in the paper: before "metric(s)", alone
    or listed with other names ("using Semantic Answer Similarity (SAS) and Exact Match (EM) metrics"), or as a
    label of a number listed as a metric's is ("(SAS: 0.9598, EM: 0.7615)", EM typed Metric). A measure is no
    system and owns no number of the paper (subj46: stop 35's FinCausal paper, the measure made the owner of all
    four numbers); `names_a_measure` knows the lexicon's. `mentions` are (start, end, type, name), sorted by
    start, over the same tokens as `lowers`.

    >>> words = "evaluated with foo answer score ( fas ) and em metrics .".split()
    >>> sorted(written_as_measures([(2, 5, "Method", "FAS"), (9, 10, "Metric", "EM")], words))
    ['FAS']
    >>> words = "results ( fas : 0.95 , em : 0.76 )".split()
    >>> sorted(written_as_measures([(2, 3, "Method", "FAS"), (6, 7, "Metric", "EM")], words))
    ['FAS']
    >>> words = "scores ( foonet : 85.1 , barnet : 84.0 ) ; metrics such as em".split()
    >>> sorted(written_as_measures([(2, 3, "Model", "FooNet"), (6, 7, "Model", "BarNet"), (13, 14, "Metric", "EM")], words))
    []
    """
    starts = {m[0]: m for m in mentions}
    labels = {m[0] for m in mentions if m[2] == "Metric" and _labels_number(m[1], lowers)}
    out = set()
    for s, e, kind, name in mentions:
        if kind not in ("Method", "Model"):
            continue
        if _labels_number(e, lowers) and any(0 < abs(k - s) <= 8 for k in labels):
            out.add(name)  # "SAS: 0.9598, EM: 0.7615": labels a number as a metric beside it does
            continue
        k = past_bracket(e, lowers)
        while k < len(lowers) and lowers[k] in _LISTING and k + 1 < len(lowers):
            nxt = starts.get(k + 1) or (starts.get(k + 2) if lowers[k + 1] == "and" else None)
            if nxt is None:
                break
            k = past_bracket(nxt[1], lowers)
        if k < len(lowers) and lowers[k] in _MEASURE_NOUNS:
            out.add(name)
    return frozenset(out)


def _labels_number(end: int, lowers: list[str]) -> bool:
    """Whether a name is a number's label: "X: 0.95"."""
    return end + 1 < len(lowers) and lowers[end] == ":" and bool(NUMBER.match(lowers[end + 1].rstrip("%")))


#: "an ensemble of X and Y", "the combination of X and Y": what the listed systems make together
ENSEMBLE_NOUNS: Final = frozenset(rule_words("ENSEMBLE_NOUNS"))
OPENERS: Final = frozenset(rule_words("OPENERS"))


#: nouns of a built system ("the X Y model"), and the words naming a released variant after a model's name
_SYSTEM_NOUNS: Final = frozenset(rule_words("SYSTEM_NOUNS"))
_VARIANTS = frozenset(w for line in load_word_list("model_variants.txt") for w in line.split())


def inside_longer_name(
    name: str, actors: list[tuple], v: Value, words: list[str], metric_starts: frozenset[int]
) -> bool:
    """Whether the mention of a subject before the value is only part of a longer noun phrase, so that it names
    no system that owns the number: the first half of a hyphened participle ("Transformers-derived features"),
    a modifier of a measure past its bracketed short form ("a Macro-Average (MA) F1 score of 50.57%"), or the
    first word of a system's name that goes on in capitals ("LSTM Skip-Thought model achieves F-measure of
    0.7"; a released variant, "BERT Large model", is BERT's). Resprec39: 3 papers of the pooled development
    sets of stops 34, 36 and 37.

    >>> words = "LSTM Skip-Thought model achieves F-measure of 0.7".split()
    >>> inside_longer_name("LSTM", [(0, 1, "Method", "LSTM")], Value(6, 7, "0.7", 0.7, None), words, frozenset({4}))
    True
    >>> words = "BERT Large model achieves F-measure of 0.7".split()
    >>> inside_longer_name("BERT", [(0, 1, "Model", "BERT")], Value(6, 7, "0.7", 0.7, None), words, frozenset({4}))
    False
    >>> words = "it ranks first with a Macro-Average ( MA ) F1 score of 50.57%".split()
    >>> inside_longer_name("Macro-Average", [(5, 6, "Method", "Macro-Average")], Value(13, 14, "50.57%", 50.57, "%"), words, frozenset({9}))
    True
    """
    mention = last_mention(name, actors, v)
    if mention is None:
        return False
    e, n = mention[1], len(words)
    nxt = words[e].lower() if e < n else ""
    if nxt == "-" and e + 1 < n and words[e + 1].lower().endswith("ed") and words[e + 1] != "based":
        return True  # "Transformers - derived features" ("-based" is _modifies')
    if nxt.startswith("-") and nxt.endswith("ed") and nxt != "-based":
        return True
    if nxt == "(" and ")" in words[e + 1 : e + 4] and words.index(")", e + 1) + 1 in metric_starts:
        return True  # "Macro-Average ( MA ) F1 score"
    if nxt == ")" and "(" in words[max(0, mention[0] - 2) : mention[0]] and e + 1 in metric_starts:
        return True  # its short form in the bracket: "Macro-Average ( MA ) F1 score"
    starts = {a[0] for a in actors}
    return (
        e + 1 < n
        and e not in starts
        and words[e][:1].isupper()
        and words[e].lower() not in _VARIANTS
        and words[e + 1].lower() in _SYSTEM_NOUNS
    )


def own_reaches(lowers: list[str], v: Value) -> bool:
    """Whether the sentence's "we"/"our" speaks of the value: not cut off by a
    contrast ("we show that while ... X achieving 32.03%"), not in an opening
    clause of its own ("When we apply X to D, the fraction ... rises to 56%"),
    not a tool ("the parser of T with our method achieves"); one after the
    value counts up to the next contrast ("90% is reached by our model")."""
    own_words = cues()["own"]
    own, opener = False, False
    for k in range(v.start):
        w = lowers[k]
        if w in CONTRASTS:
            own = opener = False
        elif w in OPENERS and (k == 0 or lowers[k - 1] in (",", "and")):
            opener = True
        elif w == "," and opener:
            opener = False
        elif w in own_words and not opener and not (k and lowers[k - 1] in cues()["tool"]):
            # "In this setting, ...": "this" speaks of the contribution only before a word for one
            own = own or w != "this" or (k + 1 < v.start and lowers[k + 1] not in cues()["not_own"])
    if own or (v.start > 0 and lowers[0] == "it" and not any(w in CONTRASTS for w in lowers[: v.start])):
        return True
    for w in lowers[v.end :]:
        if w in CONTRASTS:
            return False
        if w in own_words:
            return True
    return False


def is_generic(name: str) -> bool:
    """A name with no digit in lower case ("pruning", "beam search"), or in
    sentence case over several words ("Knowledge distillation"), names a
    technique, not a system; one capitalised word ("Mamba") may be a system.

    >>> is_generic("beam search"), is_generic("Knowledge distillation"), is_generic("Mamba"), is_generic("ODE Transformer")
    (True, True, False, False)
    """
    if any(ch.isdigit() for ch in name):
        return False
    words = name.split()
    sentence_case = len(words) > 1 and name[1:] == name[1:].lower()
    return name == name.lower() or sentence_case


def respective_subject(v: Value, values: list[Value], actors: list[tuple], lowers: list[str]) -> str | None:
    """ "A and B reach 52% and 57%, respectively": the list of names before a
    list of as many values pairs with it in order (the last name owns only the last value)."""
    if "respectively" not in lowers[v.end :]:
        return None
    run = next((r for r in list_runs(values, lambda x: x.start, lambda x: x.end, lowers) if v in r), [v])
    if len(run) < 2:
        return None
    names = [r for r in list_runs([a for a in actors if a[1] <= run[0].start], itemgetter(0), itemgetter(1), lowers)]
    if not names or len(names[-1]) != len(run):
        return None
    first = names[-1][0][0]
    if first > 0 and lowers[first - 1] in IMPROVED_CUES | cues()["baseline"]:
        return None  # "OaP improved ChatGPT and CoT by 8.8% and 2.3%, respectively": baselines, not owners
    return names[-1][run.index(v)][3]


def bracketed_owner(v: Value, actors: list[tuple], lowers: list[str]) -> str | None:
    """ "decreases of 31.3% (BERT), 22.5% (RoBERTa)": the name in brackets right after a number owns it."""
    for s, e, _, name in actors:
        if s == v.end + 1 and lowers[v.end] == "(" and ")" in lowers[e : e + 3]:  # "(GPT-3 few-shot)" too
            return name
    return None


#: participles between a number and the "by" that names who reached it ("the 65.5% achieved by X")
_REACHED: Final = frozenset(rule_words("REACHED_BY"))


def owner_after_by(v: Value, actors: list[tuple], lowers: list[str]) -> str | None:
    """ "the best ROUGE-L of 38.72 by T5 and the best accuracy of 72.77% by RoBERTa", "73.6 recall@10 by X vs.
    77.8 by Y", "the best baseline accuracy of 65.3% by the FooGPT model": the name "by" writes right after a
    number (or after "achieved by") is whose number it is, whatever was named before it. Owner41: the SylloBase
    paper of stop 34's set; on 44k a multi-hop retrieval paper (PromptRank vs. PathRetriever) and a
    sentence-retrieval paper's LASER baseline. A measure after "by" ("62.23% by F1-score") is no name.

    >>> words = "rouge-l of 38.72 by t5 and accuracy of 72.77 % by roberta".split()
    >>> owner_after_by(Value(8, 10, "72.77%", 72.77, "%"), [(4, 5, "Model", "T5"), (11, 12, "Model", "RoBERTa")], words)
    'RoBERTa'
    >>> owner_after_by(Value(2, 3, "38.72", 38.72, None), [(0, 1, "Model", "FooLM")], "foolm reaches 38.72 by itself".split())
    """
    k = v.end
    if k < len(lowers) and lowers[k] in _REACHED:
        k += 1
    if k >= len(lowers) or lowers[k] != "by":
        return None
    k += 1
    if k < len(lowers) and lowers[k] in ("the", "a", "an"):
        k += 1
    return next((a[3] for a in actors if a[0] == k), None)


ACTIVITY_PREPOSITIONS = frozenset(rule_words("ACTIVITY_PREPOSITIONS"))


def _on_top_of(start: int, lowers: list[str]) -> bool:
    """Whether a name is the base another system is put "on top of" ("PlanX on top of FooLM achieves",
    "1.8% gain on top of the BiDAF reader").

    >>> _on_top_of(5, "using planx on top of foolm achieves 77.0 %".split())
    True
    """
    k = start - 1
    while k >= 0 and lowers[k] in ("the", "a", "an", "strong", "pre-trained", "pretrained"):
        k -= 1
    return k >= 2 and lowers[k - 2 : k + 1] == ["on", "top", "of"]


def _activity_object(start: int, lowers: list[str]) -> bool:
    """Whether a name is the object of an activity written as a preposition and a verb in -ing
    ("effective in attacking the X model", "succeeds in achieving X"): what the activity acts
    on is not the owner of the number the sentence reports for it.

    >>> _activity_object(4, "effective in attacking the contriever model".split())
    True
    >>> _activity_object(1, "contriever reaches 61.3 %".split())
    False
    """
    g = start - 1
    if g >= 0 and lowers[g] in ("the", "a", "an"):
        g -= 1
    return g >= 1 and lowers[g].endswith("ing") and len(lowers[g]) > 4 and lowers[g - 1] in ACTIVITY_PREPOSITIONS


FINDING_VERBS: Final = frozenset(rule_words("FINDING_VERBS"))


def _found_object(start: int, lowers: list[str]) -> bool:
    """Whether a name is the object of a verb of finding or picking ("a classifier can select X from similar
    images, improving D by 36.8%", "to detect the X hallucinations ..., improving F1 by 21%"): what is
    detected or selected owns no number reported for detecting or selecting it.

    >>> _found_object(5, "a classifier can effectively select cis , improving d by 36.8 %".split())
    True
    >>> _found_object(2, "the selected foolm reaches 91.2 %".split())
    False
    """
    k = start - 1
    if k >= 0 and lowers[k] == "the":
        k -= 1
    return k >= 0 and lowers[k] in FINDING_VERBS


def _own_between(lowers: list[str], start: int, end: int) -> bool:
    """Whether "our"/"we" opens a clause of its own between a name and its value
    ("With X, our framework achieves"), not an apposition ("X, our model, achieves")
    nor a relative clause about the name ("X ..., for which we can reduce ... by 20%")."""
    for k in range(start, end):
        if lowers[k] not in ("our", "we") or (k == start + 1 and lowers[start] in (",", "(")):
            continue
        if lowers[k - 1] not in ("which", "whom", "where", "whose") and lowers[k - 1] not in cues()["tool"]:
            return True  # "X using our method produces": our method is the means, X the subject
    return False


OWN_APPLIED = frozenset({"with", "using", "via", "applying"})


def _own_applied(lowers: list[str], start: int, end: int) -> bool:
    """Whether the paper's own method is applied to a name between it and its value ("augmenting X
    using our method gives 44.3", "X trained with our data improves 7%", "the parser of X with our
    decoder achieves 75.1%"): the number is the combination's, the paper's contribution, not X's alone.

    >>> _own_applied("augmenting foot5 using our method gives 44.3".split(), 2, 6)
    True
    >>> _own_applied("foot5 , unlike our method , gives 44.3".split(), 1, 6)
    False
    """
    return any(lowers[k] == "our" and lowers[k - 1] in OWN_APPLIED for k in range(max(start, 1), end))


def _speaks_of_own(lowers: list[str], upto: int) -> bool:
    """The sentence speaks of the paper's own contribution before `upto`: "our",
    "we", "this approach", or a sentence that opens with "It" (in an abstract,
    "We propose X. It reaches 91% on Y": the pronoun carries the contribution).
    "This" before a word for no contribution ("this limitation", "this task") does not,
    as in `own_reaches`: "This limitation shows on D, where X reaches only 39.6%" reports
    the state the paper starts from.

    >>> _speaks_of_own("this limitation shows on d , where x reaches only 39.6 %".split(), 10)
    False
    >>> _speaks_of_own("this approach reaches 91 % on d".split(), 3)
    True
    """
    own, not_own = cues()["own"], cues()["not_own"]
    return any(
        w in own and (w != "this" or (k + 1 < upto and lowers[k + 1] not in not_own))
        for k, w in enumerate(lowers[:upto])
    ) or (upto > 0 and lowers[0] == "it")


def _exemplified_owners(actors: list[tuple], v: Value, lowers: list[str], own: str | None) -> bool:
    """Whether the value's clause is about a class of other systems the sentence exemplifies by name after
    the last "we"/"our" ("we find that LLMs, such as X and Y, show up to 7.3% and 12.4% improved performance",
    "closed models such as X achieve only 39.6%", "tools like X stay below 40%"): the number is theirs,
    however the paper reports it, and which example owns which number the sentence does not say. An
    exemplified name inside a tool's phrase ("using LLMs such as X, we gain 5%") or before the paper's
    "we"/"our" does not count.

    >>> words = "we find that llms , such as foolm and barlm , show up to 7.3 % gains".split()
    >>> _exemplified_owners([(7, 8, "Model", "FooLM"), (9, 10, "Model", "BarLM")], Value(14, 16, "7.3%", 7.3, "%"), words, "Qux")
    True
    >>> words = "our method with llms such as foolm reaches 91.2 %".split()
    >>> _exemplified_owners([(6, 7, "Model", "FooLM")], Value(8, 10, "91.2%", 91.2, "%"), words, "Qux")
    False
    """
    own_words = cues()["own"]
    last_own = max((k for k in range(v.start) if lowers[k] in own_words), default=-1)
    for s, e, _, name in actors:
        if e > v.start:
            break
        if name == own or s <= last_own + 1:
            continue
        cue = lowers[s - 1]
        if cue == "as" and s >= 2 and lowers[s - 2] == "such":
            head = lowers[last_own + 1 : s - 2]
        elif cue in ("like", "including"):
            head = lowers[last_own + 1 : s - 1]
        else:
            continue
        if not any(w in cues()["tool"] for w in head):
            return True
    return False


def _owned(lowers: list[str], start: int) -> bool:
    """Whether the words just before a name make it the paper's own: "our
    pruning", "this new attention mechanism", "the proposed distillation".
    A technique the sentence only uses beside the paper's work ("combining
    with standard KD, our approach achieves 30.4") does not own the number.

    >>> _owned("our pruning keeps 97%".split(), 1), _owned("this new attention mechanism reaches".split(), 2)
    (True, True)
    >>> _owned("combining with standard kd , our approach achieves 30.4".split(), 3)
    False
    """
    before = lowers[max(0, start - 3) : start]
    cut = max((k for k, w in enumerate(before) if w in CLAUSE_BREAKS), default=-1)
    return any(w in ("our", "this", "proposed") for w in before[cut + 1 :])


def _joined_by_plus(start: int, end: int, lowers: list[str]) -> bool:
    """Whether a name is one side of a combination written with "+" ("TimeSFormer + CNN ensemble",
    "Qwen2-Instruct 72B + CultureInstruct"); a sign before a number ("cTBLs +80%") joins nothing.

    >>> _joined_by_plus(3, 4, "the sbert + bm25 model".split()), _joined_by_plus(0, 1, "ctbls +80%".split())
    (True, False)
    """
    after = lowers[end : end + 2]
    before = lowers[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] == "+" and after[1][:1].isalpha()) or (
        len(before) == 2 and before[1] == "+" and before[0][-1:].isalnum()
    )


def _modifies(end: int, lowers: list[str]) -> bool:
    """Whether a name ending at `end` is the first half of an "X-based" modifier ("BERT-based models",
    "our Flan-T5-based approach"): the phrase names systems built on X, so X owns none of their numbers.

    >>> _modifies(1, "bert - based models reach 91.2".split()), _modifies(1, "bert reaches 91.2".split())
    (True, False)
    """
    return lowers[end : end + 2] == ["-", "based"] or lowers[end : end + 1] == ["-based"]


#: adverbs between a clause's subject and its verb ("Y further improves", "Y also reaches")
_CLAUSE_ADVERBS = frozenset({"further", "also", "additionally", "even", "then", "still"})


def _compared_apposition(s: int, e: int, lowers: list[str]) -> bool:
    """Whether a name is set off by commas after "compared to/with" the thing it names ("Compared to the
    previous state of the art, X, we show gains of up to 3.8 points", "compared to a vanilla query expansion
    model, X, ..."): the apposition names the compared system, the baseline, not the one that gains.

    >>> _compared_apposition(9, 10, "compared to the previous state of the art , x , we gain 3.8".split())
    True
    >>> _compared_apposition(4, 5, "compared with y , x achieves 3.8".split())
    False
    """
    if s < 3 or lowers[s - 1] != "," or lowers[e : e + 1] != [","]:
        return False
    for k in range(s - 2, max(0, s - 12), -1):
        w = lowers[k]
        if w in ("to", "with") and k > 0 and lowers[k - 1] == "compared":
            return True
        if w in CLAUSE_BREAKS or w in cues()["achieve"] or w in cues()["own"]:
            return False
    return False


def _own_clause(s: int, e: int, lowers: list[str]) -> bool:
    """Whether a name opens a coordinated clause of its own as the subject of a verb of reaching or gain
    ("X beats the baselines, and Y further improves accuracy by 10.4"): what that verb reports is Y's,
    whatever X was compared with before.

    >>> _own_clause(8, 9, "x scores higher than the baselines , and y further improves it by 10.4".split())
    True
    >>> _own_clause(5, 6, "x outperforms baselines on y detection ( 12 % )".split())
    False
    """
    if s < 2 or lowers[s - 2 : s] != [",", "and"]:
        return False
    k = e
    while k < len(lowers) and lowers[k] in _CLAUSE_ADVERBS:
        k += 1
    c = cues()
    return k < len(lowers) and (lowers[k] in c["achieve"] or lowers[k] in c["gain"])


def subject_and_baseline(
    actors: list[tuple], v: Value, lowers: list[str], own: str | None, metric_starts: frozenset[int] = frozenset()
) -> tuple[str | None, str | None]:
    """The last model/method before the value that is not a baseline ("outperforms
    X by"), a tool ("using X", "built on X"), listed with one or a setting of a
    metric ("fine-tuning accuracy"); else the paper's own contribution when the
    sentence speaks of it ("our", "this approach"). Each name's role is read from
    its cue words (`_actor_role`, then `_subject_role`); a name listed after a
    baseline, tool or member shares its role."""
    baseline = None
    subject = None
    own_named = False
    subject_start = subject_end = -1
    shared = False  # the subject is the last of a list of names each of which could own the number
    prev_role, prev_end = None, -1
    for s, e, kind, name in actors:
        if e > v.start:
            break
        listed = prev_end >= 0 and all(w in {",", "and", "or"} for w in lowers[prev_end:s]) and s - prev_end <= 2
        role = prev_role if listed and prev_role in ("baseline", "tool", "member") else _actor_role(s, e, lowers)
        if role == "subject":
            role = _subject_role(s, e, kind, name, lowers, metric_starts)
        coordinated = role == "subject" and _own_clause(s, e, lowers)  # ", and Z further improves ..."
        if role == "subject" and subject is not None and compares(lowers, prev_end, s) and not coordinated:
            role = "context"  # "X outperforms baselines on Y detection (12%)": X stays the subject
        if role == "baseline" and "by" in lowers[e : v.start] and not any(NUMBER.match(w) for w in lowers[e : v.start]):
            baseline = name
        elif role == "subject":
            # "the ensemble of A, B, and C achieved 64.5%", "using Bert and RoBERTa, with 0.788": a name listed
            # after another subject shares the number with it (unless a list pairs them, respective_subject)
            shared = listed and s > prev_end and prev_role == "subject" and name != subject  # a word between
            subject, subject_start, subject_end = name, s, e
        elif role == "member":
            subject = None  # "X reaches 88.7% and an ensemble of X, Y and Z 88.5%": X's name is no longer the owner
        if name == own and role != "baseline":
            own_named = True
        elif role == "subject" and coordinated:
            own_named = False  # "X beats Y, and Z further improves it by 10.4": Z's clause, not the paper's X
        prev_role, prev_end = role, e
    if shared:
        subject = None  # the number is the listed names' together (or one's the text does not say): none owns it
    if subject is not None and subject != own and _input_of_own(lowers, subject_end, v.start):
        subject = None
    if own_named or (subject is None and own and _own_spoken_of(actors, v, lowers, own)):
        subject = own  # "Using X, we show that a RAG pipeline gains 10%": the number is the contribution's
    if subject is not None and is_generic(subject) and subject != own and not _owned(lowers, subject_start):
        # "Fine-tuning resulted in gains of 2.8%", "combining with standard KD, our approach achieves 30.4":
        # a technique named generically owns no number unless the sentence makes it the paper's ("our pruning")
        subject = None
    if subject == baseline:
        baseline = None
    return subject, baseline


def _input_of_own(lowers: list[str], subject_end: int, upto: int) -> bool:
    """Whether the paper's own system, named or applied between the subject and the number, owns it: "With the
    external BERT representations, our framework achieves 87.5" (BERT is an input), "augmenting X using our method
    gives 44.3" (X with the paper's method owns it, not X)."""
    return _own_between(lowers, subject_end, upto) or _own_applied(lowers, subject_end, upto)


def _own_spoken_of(actors: list[tuple], v: Value, lowers: list[str], own: str) -> bool:
    """Whether the sentence speaks of the paper's contribution before the number ("our", "this approach") and
    names no examples that own it instead ("we find that LLMs, such as X and Y, show 7.3% gains": the examples'
    number, not the contribution's)."""
    return _speaks_of_own(lowers, v.start) and not _exemplified_owners(actors, v, lowers, own)


def _actor_role(s: int, e: int, lowers: list[str]) -> str:
    """What the cue words around a model/method name (words s to e) make it to a number after it: "member" of a
    combination that owns the number as a whole ("the SBERT + BM25 model", "an ensemble of X, Y and Z"),
    "baseline" (what the number is set against: "outperforms X by", "compared to X", "X as the baseline"),
    "tool" (what the owner is built on or uses: "using X", "based on X", "X on top of Y"), else "subject".

    >>> _actor_role(1, 2, "outperforms bert by 2 %".split()), _actor_role(1, 2, "using bert , we reach 2 %".split())
    ('baseline', 'tool')
    >>> _actor_role(0, 1, "bert reaches 2 %".split())
    'subject'
    """
    cue = lowers[s - 1] if s > 0 else ""
    cue2 = lowers[s - 2] if s > 1 else ""
    if _joined_by_plus(s, e, lowers):
        return "member"  # "the SBERT + BM25 model attained 97%": the combination owns the number, not BM25
    if cue == "of" and cue2 in ENSEMBLE_NOUNS:
        return "member"  # "an ensemble of CT-BERT, RoBERTa and SVM achieves 88.52%": no member owns the number
    if (
        cue in cues()["baseline"]
        or cue2 in cues()["baseline"]
        or cue in IMPROVED_CUES
        or improved_by(s, e, lowers)
        or (cue in ("the", "a", "an") and cue2 in IMPROVED_CUES)  # "improves the Transformer by +0.73"
        # "outperforms the (strong) baseline UDPipe": the name a compared "baseline" is, is the baseline
        or (cue in BASELINE_NOUNS and compares(lowers, max(0, s - 5), s))
        or baseline_in_brackets(s, lowers)  # "outperforming the best baseline (ChatGPT) by 20%"
        or compared_through_modifiers(s, lowers)  # "over a fine-tuned X", "outperforms the vanilla X"
        or compared_to(s, lowers)  # "a 13% reduction compared to X": X is what the number is set against
        or called_baseline(e, lowers)  # "X serving as a baseline", "X as the baseline"
        or _compared_apposition(s, e, lowers)  # "Compared to the previous state of the art, X, we gain 3.8"
    ):
        return "baseline"
    if cue in cues()["tool"] or cue2 in ("built", "based", "help", "augmenting") or _on_top_of(s, lowers):
        return "tool"  # "X on top of Y achieves": Y is the base X is built on, it owns none of X's numbers
    return "subject"


def _subject_role(s: int, e: int, kind: str, name: str, lowers: list[str], metric_starts: frozenset[int]) -> str:
    """A name no cue made a baseline, tool or member is the subject, unless its own words say it owns no number:
    "context" for an unnamed instance ("a minimal RAG pipeline"), a thing picked or acted on, a training stage, an
    absent technique ("without any fine-tuning"), a metric's setting ("91.1% fine-tuning accuracy"), a class
    ("BERT-based performance") or what qualifies a setting ("X on diverse RAG tasks"); "tool" for what a training
    stage that opens the clause was done to ("Fine-tuning X for two epochs gives a 12% gain").

    >>> _subject_role(1, 2, "Method", "RAG", "a rag pipeline achieves 2 %".split(), frozenset())
    'context'
    >>> _subject_role(0, 1, "Model", "BERT", "bert reaches 2 %".split(), frozenset())
    'subject'
    """
    cue = lowers[s - 1] if s > 0 else ""
    cue2 = lowers[s - 2] if s > 1 else ""
    if {cue, cue2} & {"a", "an"}:
        return "context"  # "a minimal RAG pipeline achieves": an unnamed instance of a technique
    if _found_object(s, lowers):
        return "context"  # "a classifier can select X ..., improving D by 36.8%": X is what is picked
    if _activity_object(s, lowers):
        return "context"  # "effective in attacking the X model, reaching 61.3%": X is what the activity acts on
    if name.lower() in TRAINING:
        return "context"  # "Fine-tuning X ...": a training stage is done to a system, it owns no number
    if cue in TRAINING and (s < 2 or lowers[s - 2] in CLAUSE_BREAKS):
        return "tool"  # "Fine-tuning X for two epochs gives a 12% gain": X is what was trained, not the result's owner
    if {cue, cue2} & {"without", "no"}:
        return "context"  # "applied without any fine-tuning, it gains 9%": an absent technique obtains nothing
    if kind == "Method" and e in metric_starts:
        return "context"  # "91.1% fine-tuning accuracy": the technique is the metric's setting, not its owner
    if _modifies(e, lowers):
        return "context"  # "our method achieves BERT-based performance (95.92 F1)": X-based names a class, not an owner
    if e < len(lowers) and lowers[e] in SETTING_NOUNS:
        return "context"  # "X on diverse RAG tasks, improving ...": the name qualifies the tasks
    return "subject"


#: nouns for the paper's own system after "our (proposed / new) ..." (rule_words SYSTEM_NOUNS, and "solution",
#: "technique", "strategy")
_OWN_NOUNS = frozenset(rule_words("SYSTEM_NOUNS")) | {"solution", "solutions", "technique", "techniques", "strategy"}
_OWN_MODIFIERS = frozenset({"proposed", "new", "novel", "final", "best", "full", "overall"})


def after_own_system(mention: tuple, lowers: list[str]) -> bool:
    """Whether a name stands after "our (proposed) <system noun>" in its sentence without being its apposition
    ("our method encourages the Transformer to ...", "our approach enhances Mistral-7B and Phi-3-Small, improving
    performance by 39.8% and 11.2%", "our method improves the performance of LayoutLMv3-base by 2.01%", "our model
    outperforms AoANet, giving 16.2%"): the sentence's own system is the one the number is about, the name is the
    base model it is applied to, a component, a compared system or a setup, which owns none of its numbers
    (resprec40: the base model, a component or a setup as owner in the sets of stops 35, 36 and 39). An apposition
    names the own system ("our model, GenBERT, ...", "our system ISAAQ reports").

    >>> words = "our method encourages the transformer to reach 100 %".split()
    >>> after_own_system((4, 5, "Model", "Transformer"), words)
    True
    >>> after_own_system((3, 4, "Model", "GenBERT"), "our model , genbert , reaches 49.3 f1".split())
    False
    >>> after_own_system((2, 3, "Model", "ISAAQ"), "our system isaaq reports 81.4 %".split())
    False
    >>> after_own_system((0, 1, "Model", "FooNet"), "foonet beats our model by 2 %".split())
    False
    >>> after_own_system((9, 10, "Model", "FooMT"), "our models are fast . on wmt14 , our foomt obtains 29.8".split())
    False
    """
    for k in range(mention[0] - 1, -1, -1):
        if lowers[k] != "our":
            continue
        j = k + 1
        while j < mention[0] and lowers[j] in _OWN_MODIFIERS:
            j += 1
        if j >= mention[0]:
            return False  # "our XLM-D obtains 29.80 BLEU", "our best FooNet": the own system's name
        if lowers[j] not in _OWN_NOUNS:
            if all(w not in _NOT_OWNED_BREAKS for w in lowers[j : mention[0]]) and mention[0] - j <= 3:
                return False  # "our vision guidance method": a name inside the own phrase
            continue  # "our experiments show that FooNet ...": no own system named, look further back
        between = lowers[j + 1 : mention[0]]
        # "our model, GenBERT", "our system ISAAQ", "Our model—FactEdit—improves": its name
        return not all(w in _APPOSITION for w in between)
    return False


_APPOSITION = frozenset({",", "(", ":", "—", "–", "-", "called", "named", "dubbed", "termed"})
_NOT_OWNED_BREAKS = frozenset({",", ";", ":", "(", ")", "and", "or", "to", "on", "of", "in", "with", "by", "the"})


_NAME_PIECE_OPENERS: Final = frozenset(rule_words("NAME_PIECE_OPENERS"))


def name_piece(subject: str, spans: list[tuple], words: list[str]) -> bool:
    """Whether a subject is only a piece of a longer name, no system's whole name: it opens with a conjunction,
    a preposition or a name's participle ("and Planning for complex Tasks", the cut long form of "As-Needed
    Decomposition and Planning for complex Tasks"; "based encoder-decoder"), or each of its mentions in the sentence
    (`spans`) goes on from a word written with two or more capitals that names no organisation ("the RED QUEEN
    ATTACK achieves" read as "ATTACK", "LitLat BERT (0.76 F1)" as "BERT", "our I-R AraT5 model" as "AraT5"). A
    name that opens in lower case is a product written after its maker ("OpenAI o1-preview"), whole, and so is a
    name after a modifier whose last hyphen part is a lower-case word ("the RL-finetuned LLaMA-13B model", "our
    LLM-based FooNet": the capitals are the modifier's, review51). A piece names no owner (results51: stops 37, 49
    and 50).

    >>> name_piece("and Planning for complex Tasks", [], []), name_piece("support vector machines", [], [])
    (True, False)
    >>> words = "the RED QUEEN ATTACK achieves 87.6 %".split()
    >>> name_piece("ATTACK", [(3, 4, "Method", "ATTACK")], words), name_piece("RED QUEEN ATTACK", [(1, 4, "Method", "RED QUEEN ATTACK")], words)
    (True, False)
    >>> name_piece("o1-preview", [(1, 2, "Model", "o1-preview")], "the OpenAI o1-preview reaches 40 %".split())
    False
    >>> name_piece("LLaMA-13B", [(2, 3, "Model", "LLaMA-13B")], "the RL-finetuned LLaMA-13B model achieves 90 %".split())
    False
    """
    parts = subject.split()
    if parts and parts[0] in _NAME_PIECE_OPENERS:
        return True
    if not spans or not subject[:1].isupper():
        return False
    orgs = organisations()
    for s, _e, *_ in spans:
        before = words[s - 1] if s > 0 else ""
        if sum(ch.isupper() for ch in before) < 2 or fold(before) in orgs or _modifier_word(before):
            return False
    return True


def _modifier_word(word: str) -> bool:
    """Whether a hyphened word ends in a lower-case word, a modifier made of a name ("RL-finetuned", "LLM-based",
    "GPT-generated"), not a name's part ("I-R", "GPT-4o") (`name_piece`).

    >>> _modifier_word("RL-finetuned"), _modifier_word("I-R"), _modifier_word("GPT-4o"), _modifier_word("LitLat")
    (True, False, False, False)
    """
    head, hyphen, last = word.rpartition("-")
    return bool(head and hyphen) and last.isalpha() and last.islower()
