"""The one name comparison of paperkg: extraction, resolution and CLI lookups fold names with `fold`.

A leaf module (no paperkg imports), so every layer can use it; it also writes a list of literal
names as one regex trie (`trie_pattern`), which the extractor and `language_pairs` search with.
Two spellings are one name when they fold equal:

>>> fold("LLaMA 2") == fold("Llama-2") == fold("llama_2") == fold("Llama2")
True
>>> fold("AIME 2024") == fold("AIME24"), fold("AlpacaEval 2.0") == fold("AlpacaEval 2")
(True, True)
>>> fold("SQuAD v2.0") == fold("SQuAD 2.0"), fold("SQuAD version 1.1") == fold("SQuAD1.1"), fold("SARS-CoV-2") == fold("SARS-Co-2")
(True, True, False)
>>> fold("SemEval 2019 shared task 6") == fold("SemEval-2019 Task 6"), fold("WMT 2020 Shared Task") == fold("WMT20 Task")
(True, False)
>>> fold("HumanEval+") == fold("HumanEval"), fold("MMLU-Pro") == fold("MMLU")
(False, False)
>>> fold("G^3R") == fold("G³R") == fold("G3R"), fold("pass^k") == fold("pass@k")
(True, False)
>>> fold("Schrödinger’s cat") == fold("schrodingers cats"), fold("CLiPS") == fold("CLIP")
(True, False)
>>> fold("topic modelling") == fold("topic modeling"), fold("dialog state tracking") == fold("Dialogue State Tracking")
(True, True)
>>> fold("Multi-document Summarisation") == fold("multi-document summarization"), fold("DialoGPT") == fold("DialogueGPT")
(True, False)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

#: Everything but letters, digits and the symbols that make a different name (C++, C#, HumanEval+, Q&A, pass@k vs pass^k, V* Bench).
_DROP = re.compile(r"[^\w+#&@^*]|_", re.UNICODE)
#: An edition year written in full after a name ("AIME 2024", "WMT 2025") folds to its short form ("AIME24").
_YEAR = re.compile(r"(?<=[^\W\d_])(?:19|20)(\d\d)(?!\d)")
#: A version marker between a name and its number ("SQuAD v2.0", "SQuAD version 1.1") adds nothing to it.
_VERSION = re.compile(r"(?<=[^\W\d_])[\s_-]+(?:v|ver\.?|version)\s*(?=\d)", re.IGNORECASE)
#: A digit set as a LaTeX superscript ("G^3R") is the digit ("G³R" folds to "G3R" by NFKC); "pass^k" keeps its "^".
_SUPERSCRIPT = re.compile(r"\^(?=\d)")
#: "shared task N" of an event is its "Task N": "SemEval 2019 shared task 6" is "SemEval-2019 Task 6" (OffensEval);
#: without a number "shared task" names the event's whole data (merging.core_name drops it there).
_SHARED_TASK = re.compile(r"\bshared[\s_-]*(?=tasks?[\s_-]*\d)")
#: A ".0" version ("AlpacaEval 2.0", "Llama 3.0") is the major version; folded before the dots go.
_POINT_ZERO = re.compile(r"(?<=\d)\.0(?![\d.])")
#: British and American spellings of one word, and "dialog"/"dialogue", are one spelling: the ACL
#: Anthology writes "topic modelling" and "topic modeling", "summarisation", "dialog state tracking".
#: Whole words only ("DialoGPT" stays), and only endings whose every English word is such a variant:
#: "-isation", "-iser", the verbs of a closed stem list ("normalise", not "promise" or "noise"),
#: "-elling" after the stems that double the l ("modelling", not "spelling"), "-our" nouns listed.
_SPELLINGS = {
    "dialog": "dialogue",
    "dialogs": "dialogues",
    "behaviour": "behavior",
    "behaviours": "behaviors",
    "behavioural": "behavioral",
    "colour": "color",
    "neighbour": "neighbor",
    "neighbours": "neighbors",
    "neighbourhood": "neighborhood",
    "rumour": "rumor",
    "rumours": "rumors",
    "humour": "humor",
    "favour": "favor",
    "labour": "labor",
    "centre": "center",
    "signalling": "signaling",
    "analyse": "analyze",
    "analysed": "analyzed",
    "analyser": "analyzer",
    "analysing": "analyzing",
    "defence": "defense",
    "offence": "offense",
}
_SPELLING = re.compile(r"\b(?:" + "|".join(sorted(_SPELLINGS, key=len, reverse=True)) + r")\b")
_BRITISH_Z = re.compile(r"\b(\w*?(?:al|ar|or|er|im|en|gn|an|om|at|ok|iz))is(ation|ations|e|es|ed|ing|er|ers)\b")
_NOT_BRITISH = ("arise", "arising", "promis", "treatise", "anise", "premise")
_DOUBLED_L = re.compile(r"\b(\w*?(?:mod|lab|chann|tunn|trav|canc|lev|sign|fu))ell(ing|ed|er|ers)\b")


#: The adjective and the noun of one modifier are one name where they modify a following word: the ACL
#: Anthology writes "convolution neural network" beside "convolutional neural network", "automated speech
#: recognition", "grammar error correction", "textual style transfer", "mask language modeling". Closed pairs
#: only, whose two forms mean the same before any head noun; the last word of a name keeps its form
#: ("a graph convolution" is no "graph convolutional").
_MODIFIER_FORMS = {
    "automated": "automatic",
    "textual": "text",
    "grammatical": "grammar",
    "convolutional": "convolution",
    "masked": "mask",
}
_MODIFIER_FORM = re.compile(r"\b(?:" + "|".join(_MODIFIER_FORMS) + r")(?=[\s-]+\w)")


def _american(s: str) -> str:
    """One spelling per word (see `_SPELLINGS`, `_MODIFIER_FORMS`); `s` is casefolded."""
    s = _SPELLING.sub(lambda m: _SPELLINGS[m.group(0)], s)
    s = _MODIFIER_FORM.sub(lambda m: _MODIFIER_FORMS[m.group(0)], s)
    return _DOUBLED_L.sub(r"\1el\2", _BRITISH_Z.sub(_z_spelling, s))


def _z_spelling(m: re.Match) -> str:
    """A British -is- word matched by `_BRITISH_Z` in its -iz- spelling, unless it is one of `_NOT_BRITISH`."""
    word = m.group(0)
    return word if any(w in word.lower() for w in _NOT_BRITISH) else f"{m.group(1)}iz{m.group(2)}"


#: The same spelling pairs as `_american`'s, written either way and with the case of the text kept: the
#: lexicon matcher looks a name up in every spelling an abstract may use ("language modelling" of a
#: "language modeling" entry), where `fold` compares two spellings already written.
_WORD_SPELLINGS = {**_SPELLINGS, **{v: k for k, v in _SPELLINGS.items()}}
_WORD_SPELLING = re.compile(r"\b(?:" + "|".join(sorted(_WORD_SPELLINGS, key=len, reverse=True)) + r")\b", re.I)
_STEM_Z = r"\b(\w*?(?:al|ar|or|er|im|en|gn|an|om|at|ok))"
_BRITISH_Z_ANY_CASE = re.compile(_STEM_Z + r"is(ation|ations|e|es|ed|ing|er|ers)\b", re.I)
_AMERICAN_Z = re.compile(_STEM_Z + r"iz(ation|ations|e|es|ed|ing|er|ers)\b", re.I)
_DOUBLED_L_ANY_CASE = re.compile(_DOUBLED_L.pattern, re.I)
_SINGLE_L = re.compile(r"\b(\w*?(?:mod|lab|chann|tunn|trav|canc|lev|fu))el(ing|ed|er|ers)\b", re.I)


_MODIFIER_SWAPS = {**_MODIFIER_FORMS, **{v: k for k, v in _MODIFIER_FORMS.items()}}
_MODIFIER_SWAP = re.compile(r"\b(?:" + "|".join(_MODIFIER_SWAPS) + r")(?=[\s-]+\w)", re.I)


def _swap_word(m: re.Match) -> str:
    word = m.group(0)
    other = _WORD_SPELLINGS.get(word.lower()) or _MODIFIER_SWAPS[word.lower()]
    return other.capitalize() if word[:1].isupper() else other


def spellings(name: str) -> set[str]:
    """`name`, its American and its British spelling (the pairs `fold` makes one, see `_SPELLINGS`),
    and its modifiers in their other form (`_MODIFIER_FORMS`), each word's case as written.

    >>> sorted(spellings("language modeling"))
    ['language modeling', 'language modelling']
    >>> sorted(spellings("Abstractive Summarisation"))
    ['Abstractive Summarisation', 'Abstractive Summarization']
    >>> sorted(spellings("dialogue state tracking"))
    ['dialog state tracking', 'dialogue state tracking']
    >>> sorted(spellings("Automatic Speech Recognition")), sorted(spellings("text style transfer"))
    (['Automated Speech Recognition', 'Automatic Speech Recognition'], ['text style transfer', 'textual style transfer'])
    >>> spellings("promise of spelling"), spellings("BERT"), spellings("convolution")
    ({'promise of spelling'}, {'BERT'}, {'convolution'})
    """
    if not any(c.isalpha() and c.islower() for c in name):
        return {name}  # an acronym or a name in capitals has no English spelling
    words = _WORD_SPELLING.sub(_swap_word, name)
    american = _DOUBLED_L_ANY_CASE.sub(r"\1el\2", _BRITISH_Z_ANY_CASE.sub(_z_spelling, name))
    british = _SINGLE_L.sub(r"\1ell\2", _AMERICAN_Z.sub(r"\1is\2", name))
    modifiers = _MODIFIER_SWAP.sub(_swap_word, name)
    return {name, words, american, british, modifiers}


#: Plurals in -ies whose singular ends in -ie ("movies", "cookies"), as a name's last word ("properties" and
#: "studies" end in "ties" and "dies" but are -y plurals); every other -ies plural folds to -y.
_WORD_BREAK = re.compile(r"[\s_-]+")
_IE_PLURALS = frozenset(
    {
        "movies",
        "cookies",
        "zombies",
        "selfies",
        "rookies",
        "calories",
        "prairies",
        "pixies",
        "genies",
        "smoothies",
        "brownies",
        "goalies",
        "ties",
        "lies",
        "pies",
        "dies",
    }
)


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """Unicode-folded (NFKC, accents removed, casefolded), every separator and
    punctuation mark removed except `+ # & @ ^ *`, a version marker dropped, a full edition year shortened
    ("2024" after letters -> "24"), "shared task N" written "task N", a ".0" version dropped, British spellings and "dialog" in their
    American / "dialogue" form, and a plural `s`
    dropped (the guideline's comparison: "LLM" and "LLMs" are one name; "memories" is "memory").
    """
    plural = str(name or "").rstrip().endswith("s")  # a lower-case `s`: "LLMs" is plural, "CLiPS" is not
    s = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", str(name or "")))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = _american(s)
    s = _VERSION.sub("", s)
    s = _SHARED_TASK.sub("", s)
    s = _POINT_ZERO.sub("", s)
    s = _SUPERSCRIPT.sub("", s)
    ie_plural = _WORD_BREAK.split(s.strip())[-1] in _IE_PLURALS
    s = _DROP.sub("", s)
    s = _YEAR.sub(r"\1", s)
    if plural and len(s) > 4 and s.endswith("ies") and not ie_plural:
        s = s[:-3] + "y"  # "memories", "Universal Dependencies": the singular is written with a y
    elif plural and len(s) > 3 and s.endswith("s") and not s.endswith("ss"):
        s = s[:-1]
    return s


__all__ = ["fold"]


def trie_pattern(names: Iterable[str], *, standalone: bool = False) -> str:
    """One regex alternation of literal names, written as a trie of their characters.

    The regex engine tries a flat `a|b|c` alternative by alternative at every
    position, so its cost grows with the list; a trie costs the length of a
    name, however long the list. Where one name is a prefix of another the
    longer is tried first, as in a flat alternation sorted longest first, so
    both find the same matches. `standalone`: no word character or hyphen
    before the name, i.e. `(?<![\\w-])` in front, but checked after the first
    character, so that a search skips to the names' first characters instead
    of testing the lookbehind at every position (three times faster).

    >>> p = re.compile(trie_pattern(["WNUT", "W-NUT", "WMT", "Bio", "BioNLP"], standalone=True))
    >>> [m.group() for m in p.finditer("BioNLP, W-NUT and Bio, not xBio")]
    ['BioNLP', 'W-NUT', 'Bio']
    """
    end = ""  # marks a node where a name ends ("" is no character)
    root: dict = {}
    for name in names:
        node = root
        for ch in name:
            node = node.setdefault(ch, {})
        node[end] = {}

    def emit(node: dict, first: bool = False) -> str:
        branches = [
            re.escape(ch) + (rf"(?<![\w-]{re.escape(ch)})" if first and standalone else "") + emit(node[ch])
            for ch in sorted(node)
            if ch != end
        ]
        if not branches:
            return ""
        if end in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(root, first=True)
