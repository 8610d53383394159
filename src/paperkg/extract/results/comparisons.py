"""What a number is compared with: the baseline ("outperforms Y by", "improves Y by", "higher than Y",
"over a fine-tuned Y", "Y serving as a baseline"), a compared system's score in brackets
("outperforming ESIM (86.7%)") and the second number of a "vs." pair.
"""

from __future__ import annotations

from typing import Final

from paperkg.extract.lexicon import rule_words
from paperkg.extract.results.clauses import CLAUSE_BREAKS
from paperkg.extract.results.kinds import cues
from paperkg.extract.results.values import NUMBER, Value

IMPROVED_CUES = frozenset(rule_words("IMPROVED_CUES"))  # "improves X('s) by": X is the baseline


#: words that end the phrase a comparing verb governs: after them a bracketed number is said of something else
COMPARED_PHRASE_ENDS = frozenset(rule_words("COMPARED_PHRASE_ENDS"))


def compared_in_brackets(v: Value, actors: list[tuple], lowers: list[str]) -> tuple[str | None] | None:
    """ "outperforming ESIM (86.7%) and GPT-3.5 (20%)", "outperforms the human
    baseline (63%)": a score in brackets at the end of the phrase a comparing
    verb governs is the compared system's. Returns (its name or None when the
    text names none) or None when the number is no such score. Not after "on"
    or "in" ("outperforms X on D (91.2)": whose number that is stays unsaid).

    >>> compared_in_brackets(Value(4, 6, "86.7%", 86.7, "%"), [(2, 3, "Model", "ESIM")],
    ...                       "we outperform esim ( 86.7 % )".split())
    ('ESIM',)
    """
    if v.start < 2 or lowers[v.start - 1] != "(" or v.end >= len(lowers) or lowers[v.end] != ")":
        return None
    owner = next((a[3] for a in actors if a[1] == v.start - 1), None)
    k = v.start - 2
    inside = False  # walking back through an earlier "NAME (number)" of the same list
    for _ in range(12):
        if k < 0:
            return None
        w = lowers[k]
        if w == ")":
            inside = True
        elif w == "(":
            inside = False
        elif inside:
            pass
        elif w in cues()["baseline"] or (w in ("to", "with") and k > 0 and lowers[k - 1] == "compared"):
            return (owner,)
        elif NUMBER.match(w) or w in COMPARED_PHRASE_ENDS or (w in CLAUSE_BREAKS and lowers[k - 1 : k] != [")"]):
            return None
        k -= 1
    return None


#: words that set what follows them against the number's owner besides the comparing verbs ("below the human
#: benchmark of 95.1%")
_LEVEL_COMPARERS = frozenset({"below", "above", "behind"})


def compared_level_of(v: Value, actors: list[tuple], lowers: list[str]) -> tuple[str | None] | None:
    """ "compared to the best LLM performance of 16.9%", "significantly below the human benchmark of 95.1%": a
    score written as "of N" at the end of the phrase a comparing word governs is the compared one's level.
    Returns (the name in that phrase, or None when the text names none) or None when the number is no such
    score. The phrase ends at a number, a break or a preposition that opens another phrase ("over X on D of").

    >>> compared_level_of(Value(9, 10, "16.9%", 16.9, "%"), [], "achieving 57.7% compared to the best llm performance of 16.9%".split())
    (None,)
    >>> compared_level_of(Value(5, 6, "80%", 80.0, "%"), [(1, 2, "Model", "FooLM")], "than foolm 's accuracy of 80%".split())
    ('FooLM',)
    >>> compared_level_of(Value(5, 6, "80%", 80.0, "%"), [], "foolm reaches an accuracy of 80%".split()) is None
    True
    >>> compared_level_of(Value(8, 9, "0.68", 0.68, None), [], "we outperformed the baseline and achieved an f1 of 0.68".split())
    >>> compared_level_of(Value(6, 7, "4.6", 4.6, None), [], "average improvements over the dpo baseline of 4.6".split())
    """
    if v.start < 3 or lowers[v.start - 1] != "of":
        return None
    k = v.start - 2
    c = cues()
    for _ in range(8):
        if k < 0:
            return None
        w = lowers[k]
        opener = k - 1 if w in ("to", "with") and k > 0 and lowers[k - 1] == "compared" else k
        if opener < k or w in c["baseline"] or w in _LEVEL_COMPARERS:
            if any(x in c["change_noun"] or x in c["gain"] for x in lowers[max(0, opener - 2) : opener]):
                return None  # "improvements over X of 4.6 points": the number is the change, not X's level
            owner = next((a[3] for a in actors[::-1] if k < a[0] and a[1] < v.start), None)
            return (owner,)
        if NUMBER.match(w) or w in COMPARED_PHRASE_ENDS or w in CLAUSE_BREAKS or w == "and" or w in c["achieve"]:
            return None  # "outperformed the baseline and achieved an F1-score of 0.683": the owner's own clause
        k -= 1
    return None


#: the words that set one number against another ("85.6% vs. 80.9%")
VERSUS: Final = frozenset(rule_words("VERSUS"))


def versus_second(v: Value, values: list[Value], lowers: list[str]) -> bool:
    """ "outperforms the previous best (85.6% vs. 80.9%)", "0.957 vs 0.644 in F1":
    the number after "vs" set against another one is the compared system's.

    >>> a, b = Value(1, 2, "85.6%", 85.6, "%"), Value(3, 4, "80.9%", 80.9, "%")
    >>> versus_second(b, [a, b], "( 85.6% vs. 80.9% )".split()), versus_second(a, [a, b], "( 85.6% vs. 80.9% )".split())
    (True, False)
    """
    if v.start < 2 or lowers[v.start - 1] not in VERSUS:
        return False
    k = v.start - 2
    if lowers[k] == ")":  # "83.3% (MEO) vs. 82.6%": the first number's owner in brackets between
        k = next((j - 1 for j in range(k - 1, max(-1, k - 6), -1) if lowers[j] == "("), k)
    # the first number may be one the extractor does not keep ("0.957 vs 0.644 in micro F1": too far from F1)
    return k >= 0 and (any(o.end == k + 1 for o in values) or bool(NUMBER.match(lowers[k].rstrip("%"))))


def _number_at(k: int, lowers: list[str]) -> tuple[int, int] | None:
    """The span of a number written at token `k` ("85.6%", "0.5 %", "72.3"), else None."""
    if 0 <= k < len(lowers) and NUMBER.match(lowers[k].rstrip("%")):
        return (k, k + 2) if lowers[k + 1 : k + 2] == ["%"] else (k, k + 1)
    return None


def versus_bracket(v: Value, lowers: list[str]) -> str | None:
    """ "first" or "second" when the number is one of a bracket's pair "(A vs. B ...)" ("outperforms the previous
    SOTA by 4.7% (85.6% vs. 80.9%)", "by a large margin (74.09% versus 70.52%)", "(71.3% vs 65.1% F1)"): the
    first is the level of the subject, the second the compared system's, each a score; the change before the
    bracket stays the change (resvs40: 3 papers of 44k read one of the pair as a gain).

    >>> ws = "by 4.7% ( 85.6% vs. 80.9% ) .".split()
    >>> versus_bracket(Value(3, 4, "85.6%", 85.6, "%"), ws), versus_bracket(Value(5, 6, "80.9%", 80.9, "%"), ws)
    ('first', 'second')
    >>> versus_bracket(Value(1, 2, "4.7%", 4.7, "%"), ws) is None
    True
    >>> versus_bracket(Value(4, 6, "0.5 %", 0.5, "%"), "a smaller drop ( 0.5 % vs 2.5% )".split())
    'first'
    """
    if v.start > 0 and lowers[v.start - 1] == "(" and lowers[v.end : v.end + 1] and lowers[v.end] in VERSUS:
        return "first" if _number_at(v.end + 1, lowers) else None
    if v.start < 3 or lowers[v.start - 1] not in VERSUS:
        return None
    k = v.start - 2
    if lowers[k] == "%":
        k -= 1
    return "second" if _number_at(k, lowers) and lowers[k - 1] == "(" else None


def baseline_after(actors: list[tuple], v: Value, lowers: list[str], subject: str | None) -> str | None:
    """ "5.4 points higher than Llama-3.2-1B", "0.55% higher than the Stanford
    Stanza model": the baseline named right after the gain, a determiner or
    one more name word between allowed."""
    for s, _e, _, name in actors:
        if not (v.end <= s <= v.end + 6) or name == subject:
            continue
        gap = lowers[v.end : s]
        cue = next(
            (
                j
                for j, w in enumerate(gap)
                if w in ("than", "over", "vs", "versus") or (w in ("to", "with") and gap[j - 1 : j] == ["compared"])
            ),
            None,
        )  # "(+1.47% compared to CLHAIF)"
        if cue is None or len(gap) - cue - 1 > 2 or not all(w.isalpha() for w in gap[cue + 1 :]):
            continue
        c = cues()
        if all(
            w in c["gain"] | c["reduction"] | c["comparative"] | c["metric_filler"] | {"compared"} for w in gap[:cue]
        ):
            return name  # "higher than the Stanford X", not "91.2% on D and improves over X"
    return None


#: a noun for the system compared against, right before its name ("outperforms the baseline UDPipe")
BASELINE_NOUNS: Final = frozenset(rule_words("BASELINE_NOUNS"))


def baseline_in_brackets(start: int, lowers: list[str]) -> bool:
    """Whether a name stands in brackets right after a baseline noun a comparing verb governs ("outperforming
    the best neural baseline (FooLM) by 20%", "surpasses the strongest baselines (FooLM) by"): the bracket names
    the baseline, which owns none of the gains.

    >>> baseline_in_brackets(7, "it outperforms the best neural baseline ( foolm ) by 20 %".split())
    True
    >>> baseline_in_brackets(3, "our baseline ( foolm ) reaches 20 %".split())
    False
    """
    if start < 2 or lowers[start - 1] != "(" or lowers[start - 2] not in BASELINE_NOUNS:
        return False
    return compares(lowers, max(0, start - 8), start - 2)


def compares(lowers: list[str], a: int, b: int) -> bool:
    """Whether a comparing verb ("outperforms", "surpasses") stands between tokens a and b."""
    c = cues()
    return any(w in c["baseline"] and w in c["gain"] for w in lowers[a:b])


def improved_by(s: int, e: int, lowers: list[str]) -> bool:
    """ "improves the performance of the model X by 0.3": X, the object of the
    improving verb in its clause, is the baseline of the gain after "by"; so
    is X in "improves the accuracy of X from 23.0% to 70.4%" (RULINGS R3: the
    first number is X's, the second the improver's, not X's alone), and X in "enhances the
    performance of the X baseline by 21.23%".

    >>> improved_by(7, 8, "it enhances the performance of the foolm baseline by 21.23 %".split())
    True
    >>> improved_by(0, 1, "foolm improves by 3 %".split())
    False
    """
    if lowers[e : e + 1] and lowers[e] in BASELINE_NOUNS:
        e += 1  # "enhances the performance of the X baseline by 21.23%": X is still the improved one
    e = _past_data_phrase(e, lowers)  # "increasing accuracy of X on FooQA by 5%": the data does not break it
    starts_from = lowers[e : e + 1] == ["from"] and e + 1 < len(lowers) and lowers[e + 1][:1].isdigit()
    if e >= len(lowers) or (lowers[e] != "by" and not starts_from):
        return False
    window = lowers[max(0, s - 10) : s]
    raised = lowers[s - 3 : s - 2] if s >= 3 and lowers[s - 1] == "of" else []  # "increasing accuracy of X"
    cue = max(
        (k for k, w in enumerate(window) if w in IMPROVED_CUES or [w] == raised and w in RAISING_CUES), default=None
    )
    # the break must fall between the verb and X: "..., improving the accuracy of BERT by 10%" still counts
    return cue is not None and not any(w in CLAUSE_BREAKS for w in window[cue:])


BASELINE_MODIFIERS: Final = frozenset(rule_words("BASELINE_MODIFIERS"))

#: "increasing accuracy of X by 5%": verbs of a rise that, with a measure "of" X between, make X the improved one
RAISING_CUES = frozenset(rule_words("RAISING_CUES"))

#: "beats the SOTA of X", "outperforms the performance of X": a noun of X's level, after which X is still compared
COMPARED_LEVELS: Final = frozenset(rule_words("COMPARED_LEVELS"))


def _past_data_phrase(e: int, lowers: list[str]) -> int:
    """Where "by" stands when a short "on/in D" phrase (at most four words, no number, no break) follows a name
    ("the accuracy of X on FooQA by 5%"), else `e` itself.

    >>> _past_data_phrase(1, "x on the fooqa set by 5 %".split())
    5
    >>> _past_data_phrase(1, "x on fooqa , and by 5 %".split())
    1
    """
    if lowers[e : e + 1] not in (["on"], ["in"]):
        return e
    for k in range(e + 1, min(len(lowers), e + 6)):
        if lowers[k] == "by":
            return k
        if lowers[k] in CLAUSE_BREAKS or NUMBER.match(lowers[k]):
            break
    return e


def before_modifiers(start: int, lowers: list[str]) -> int:
    """The position of the word before a name's article and modifiers (at most five words back): where a
    comparing word would stand ("over a fine-tuned X", "compared with the strong X"). A possessor ("outperforms
    OpenAI's X") and a noun of X's level with its "of" ("beats the SOTA of X") are passed over too.

    >>> before_modifiers(5, "gains over a fine - tuned roberta".split())
    1
    >>> before_modifiers(3, "outperforms openai 's chatgpt".split())
    0
    >>> before_modifiers(4, "beats the sota of imojie".split())
    0
    """
    k = start - 1
    if k >= 1 and lowers[k] in ("'s", "’s"):
        k -= 2  # "outperforms OpenAI's ChatGPT": the possessor is no comparing word
    elif k >= 1 and lowers[k] == "of" and lowers[k - 1] in COMPARED_LEVELS:
        k -= 2  # "beats the SOTA of IMoJIE": X's level is compared, so X is
    top = k
    while k >= 0 and top - k < 5 and lowers[k] in BASELINE_MODIFIERS:
        k -= 1
    return k


def compared_through_modifiers(start: int, lowers: list[str]) -> bool:
    """Whether a comparing word ("over", "outperforms", "than") stands before a name with only an
    article and modifiers between ("gains over a fine-tuned X", "outperforms the vanilla X model"):
    the name is the baseline the number is compared with.

    >>> compared_through_modifiers(5, "gains over a fine - tuned roberta".split())
    True
    >>> compared_through_modifiers(3, "trained on the roberta".split())
    False
    """
    k = before_modifiers(start, lowers)
    return k >= 0 and k < start - 1 and lowers[k] in cues()["baseline"] and lowers[k] not in cues()["tool"]


def compared_to(start: int, lowers: list[str]) -> bool:
    """Whether a name is what "compared to / with" sets a number written before it against, with only
    modifiers between ("a 13% reduction compared to FooASR", "1.2 points higher compared with the strong
    FooLM"): the name is the baseline, not the owner of the number. Without a number before, what is
    compared may be the baseline itself ("a RAG system is the baseline and compared to the FooTool approach").

    >>> compared_to(6, "a 13 % reduction compared to fooasr".split())
    True
    >>> compared_to(8, "a 13 % reduction compared with the strong fooasr".split())
    True
    >>> compared_to(7, "a rag system is the baseline compared to footool , gaining 8.9 %".split())
    False
    """
    k = before_modifiers(start, lowers)
    return (
        k >= 1
        and lowers[k] in ("to", "with")
        and lowers[k - 1] in ("compared", "relative")
        and any(w[:1].isdigit() for w in lowers[: k - 1])
    )


def called_baseline(end: int, lowers: list[str]) -> bool:
    """Whether the words after a name call it the baseline ("X serving as a baseline", "X, used as the
    baseline", "X as our baseline"): a named baseline is compared with, it owns none of the scores.

    >>> called_baseline(1, "roberta serving as a baseline leads to 81.2 %".split())
    True
    >>> called_baseline(1, "roberta as a classifier reaches 81.2 %".split())
    False
    """
    after = [
        w for w in lowers[end : end + 6] if w not in (",", "serving", "served", "used", "acting", "model", "system")
    ]
    if after[:1] != ["as"]:
        return False
    rest = [w for w in after[1:4] if w not in ("a", "an", "the", "our", "strong", "simple")]
    return rest[:1] in (["baseline"], ["baselines"])
