"""Abbreviation detection (Schwartz & Hearst, PSB 2003), as a spaCy component.

Finds `long form (SF)` and `SF (long form)` pairs, e.g. "Feature Search and
Reinforcement (FSR)" or "SimPO (Simple Preference Optimization)". The
algorithm is a handful of module-level pure functions, as in scispacy's
`abbreviation.py`; the component only walks the Doc and records pairs as
character offsets in `doc._.paperkg_abbreviations`:
`[long_start, long_end, short_start, short_end]`.

>>> find_best_long_form("FSR", "a framework called Feature Search and Reinforcement")
'Feature Search and Reinforcement'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc

from paperkg.extract.extensions import path, write
from paperkg.extract.lexicon import function_words, rule_words
from paperkg.extract.tokens import indices_of, token_view

_SHORT_FORM: Final = re.compile(r"^[A-Za-z0-9][\w\-./&+^]*$")
_WORD: Final = re.compile(r"\S+")
# compiled once: the module-level `re` functions look each pattern up in re's cache at every call (~13 calls a text)
_WORD_PART: Final = re.compile(r"[^\s\-]+")
_ITEM_BREAK = re.compile(r"[;,]\s")
_ITEM_CONJUNCTION = re.compile(r"^(?:and|or)\s+")
_TWO_CAPITALS = re.compile(r"[A-Z].*[A-Z]")
_CAMEL_PART = re.compile(r"[A-Z][a-z]+")


def is_short_form(text: str) -> bool:
    """A plausible abbreviation: 2-10 chars, starts alphanumeric, has a letter,
    and is not an ordinary lower-case word (at least one capital or digit)."""
    if not 2 <= len(text) <= 12 or not _SHORT_FORM.match(text):
        return False
    letters = sum(map(str.isalpha, text))
    if not letters:
        return False
    if text.islower() and not any(map(str.isdigit, text)):
        return False
    if len(text.split()) > 2:
        return False
    return True


def find_best_long_form(short_form: str, long_form: str) -> str | None:
    """The shortest tail of `long_form` whose characters spell `short_form`.

    Every character of the short form must appear in order, scanning right to
    left; the first one must start a word. Returns None when no tail fits.
    In ASCII text each character's place is found by `str.rfind` in the lower-cased
    long form (C), not by a Python step per character (`_find_best_long_form_stepwise`,
    ~36k instructions a call; the text elsewhere).
    """
    if not (short_form.isascii() and long_form.isascii()):
        return _find_best_long_form_stepwise(short_form, long_form)
    low = long_form.lower()  # ASCII: one character for each, at the same place
    i = len(long_form) - 1
    for s in range(len(short_form) - 1, -1, -1):
        c = short_form[s].lower()
        if not c.isalnum():
            continue
        p = low.rfind(c, 0, i + 1)
        if s == 0:  # the first character starts a word
            while p > 0 and long_form[p - 1].isalnum():
                p = low.rfind(c, 0, p)
        if p < 0:
            return None
        i = p - 1
    start = max(long_form.rfind(" ", 0, i + 1) + 1, 0)
    result = long_form[start:].strip()
    return result or None


def _find_best_long_form_stepwise(short_form: str, long_form: str) -> str | None:
    """`find_best_long_form` a character at a time, for text that is not ASCII (where lower-casing
    may change a string's length)."""
    s = len(short_form) - 1
    i = len(long_form) - 1
    while s >= 0:
        c = short_form[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (long_form[i].lower() != c or (s == 0 and i > 0 and long_form[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = max(long_form.rfind(" ", 0, i + 1) + 1, 0)
    result = long_form[start:].strip()
    return result or None


def initials_long_form(short_form: str, window: str) -> str | None:
    """The tail of `window` whose words' initials spell `short_form` exactly
    (hyphenated parts count as words), or None. Schwartz & Hearst take the
    shortest tail that spells it, which for "proximal policy optimization (PPO)"
    is "policy optimization" (the p and o of "optimization"); initials first
    gets the whole name.

    >>> initials_long_form("PPO", "the method proximal policy optimization")
    'proximal policy optimization'

    A hyphenated word may give its first letter only, when its parts' initials spell nothing: the shortest
    tail would read "simultaneous speech-to-text translation (SST)" as "speech-to-text translation", the S of
    "translation" for the second S, and so give SST the long form of the same paper's ST.

    >>> initials_long_form("SST", "2) simultaneous speech-to-text translation")
    'simultaneous speech-to-text translation'
    """
    letters = [c.lower() for c in short_form if c.isalnum()]
    parts = list(_WORD_PART.finditer(window))
    if not letters or len(parts) < len(letters) or not short_form.replace("-", "").isalpha():
        return None
    tail = parts[-len(letters) :]
    if [m.group()[0].lower() for m in tail] == letters:
        return window[tail[0].start() :].strip()
    return _hyphen_word_initials(letters, window)


def _hyphen_word_initials(letters: list[str], window: str) -> str | None:
    """The tail of `window` whose words spell `letters` when each word gives its first letter or, hyphenated,
    the initials of all its parts, a hyphenated word giving its first letter only at least once; None when no
    tail or two tails do. A tail opening with a function word ("the text-to-speech system (TTS)") or holding
    the acronym as a word (`accept_pair` refuses it) is none.

    >>> _hyphen_word_initials(list("tts"), "the text-to-speech system") is None
    True
    """
    words = list(_WORD.finditer(window))
    acronym = "".join(letters)
    found = []
    for k in range(1, min(len(words), len(letters)) + 1):
        tail = words[-k:]
        said = [m.group().lower() for m in tail]
        if "-" not in "".join(said) or said[0] in _function_words() or acronym in said:
            continue
        spelled = {""}
        for m in tail:
            parts = [p for p in m.group().split("-") if p]
            if not parts or not parts[0][:1].isalpha():
                spelled = set()
                break
            options = {parts[0][0].lower(), "".join(p[0].lower() for p in parts)}
            spelled = {s + o for s in spelled for o in options if len(s + o) <= len(letters)}
        if acronym in spelled:
            found.append(tail[0].start())
    return window[found[0] :].strip() if len(found) == 1 else None


def max_long_form_words(short_form: str) -> int:
    """Schwartz & Hearst's window: min(|SF| + 5, 2 * |SF|) words."""
    n = len(short_form.replace("-", ""))
    return min(n + 5, n * 2)


def accept_pair(short_form: str, long_form: str) -> bool:
    """Sanity checks beyond the character match: the long form is longer, has
    no more words than the window allows, does not contain the short form, and
    its first word starts with the short form's first letter."""
    if not long_form or len(long_form) <= len(short_form):
        return False
    words = long_form.split()
    if len(words) > max_long_form_words(short_form) or len(words) < 1:
        return False
    if short_form.lower() in [w.lower() for w in words]:
        return False
    if long_form[0].lower() != short_form[0].lower():
        return False
    if words[0].lower() in rule_words("LONG_FORM_OPENERS"):
        return False  # "F1 (from 10.3 to 11.8)": a name never opens with a preposition
    if len(words) == 1 and sum(c.isupper() for c in short_form) > 1 and not _TWO_CAPITALS.search(long_form):
        # a single word spelling a multi-capital acronym ("transformer (TRF)") is usually noise
        return len(long_form) >= 2 * len(short_form)
    return True


_CLAUSE_BREAK: Final = re.compile(r"[,;:]\s|\b(?:named|called|termed|dubbed|coined|namely|i\.e\.|e\.g\.)\s", re.I)
#: the fixed strings every match of _CLAUSE_BREAK starts with in an ASCII text (where re.I is lower-casing)
_CLAUSE_BREAK_PARTS: Final = (",", ";", ":", "named", "called", "termed", "dubbed", "coined", "namely", "i.e.", "e.g.")


def _after_clause_break(text: str) -> str:
    """`text` after its last _CLAUSE_BREAK, or all of it.

    In an ASCII text the last break is found from the end: it starts where one of _CLAUSE_BREAK_PARTS does
    (found by `str.find`), and the last of those places where the pattern matches is the last match of
    `_CLAUSE_BREAK.split` too, as no two matches can overlap. Splitting tried the pattern's leading `\b`
    alternation at every position (~26k instructions a call over the up to 200 characters before a bracket)."""
    if not text.isascii():
        return _CLAUSE_BREAK.split(text)[-1]
    low = text.lower()
    starts = set()
    for part in _CLAUSE_BREAK_PARTS:
        p = low.find(part)
        while p >= 0:
            starts.add(p)
            p = low.find(part, p + 1)
    for p in sorted(starts, reverse=True):
        m = _CLAUSE_BREAK.match(text, p)  # `\b` reads the character before p
        if m:
            return text[m.end() :]
    return text


def _items(inside: str) -> list[str]:
    """The items of a bracket's text split at "," or ";" and a space, each stripped and without an opening
    "and" / "or": `[_ITEM_CONJUNCTION.sub("", it.strip()) for it in _ITEM_BREAK.split(inside)]`, each regex
    called only where it may match (a comma or semicolon inside, an item opening with "and" or "or").

    >>> _items("BART, T5, and Pegasus"), _items("SF"), _items("a;b; or c")
    (['BART', 'T5', 'Pegasus'], ['SF'], ['a;b', 'c'])
    """
    pieces = _ITEM_BREAK.split(inside) if "," in inside or ";" in inside else [inside]
    out = []  # a loop, not a comprehension (a function object made at each call)
    for it in map(str.strip, pieces):
        out.append(_ITEM_CONJUNCTION.sub("", it) if it.startswith(("and", "or")) else it)
    return out


def pair_from_parenthesis(before: str, inside: str) -> tuple[str, str, bool] | None:
    """Given the text before `(` and the text inside the parentheses, return
    (long_form, short_form, short_inside) or None.

    `short_inside` is True for "long form (SF)", False for "SF (long form)".
    """
    inside = inside.strip()
    items = _items(inside)
    if len(items) >= 2 and is_short_form(items[1]) and not items[1].isdigit():
        return None  # "three architectures (BART, T5, and Pegasus)": an enumeration, not a definition
    inside = items[0]
    # the long form never reaches back over a clause break or a naming verb ("a method named X (ABC)")
    before = _after_clause_break(before)
    # nor over a closing bracket: "(1) joint tagging and (2) modeling as a sequence-to-sequence (Seq2Seq)"
    before = before.rsplit(")", 1)[-1]
    if is_short_form(inside) and not (inside.isdigit()):
        words = before.split()
        # "RTFx", "LLMs": when the full form does not spell out, try without trailing lower-case letters
        for sf in (inside, inside.rstrip("abcdefghijklmnopqrstuvwxyz")):
            if len(sf) < 2 or sf.endswith("-") or len(inside) - len(sf) > 1:
                continue  # "BERT-base" is no "BERT-", "BERTje" no "BERT": only a plural or one-letter mark goes
            window = " ".join(words[-max_long_form_words(sf) :])
            lf = initials_long_form(sf, window) or find_best_long_form(sf, window)
            if lf and accept_pair(sf, lf):
                return lf, inside, True
        return None
    words_before = before.split()
    if words_before and is_short_form(words_before[-1]) and len(inside.split()) >= 2:
        sf = words_before[-1]
        lf = find_best_long_form(sf, inside)
        if lf and lf == inside and accept_pair(sf, lf):
            return lf, sf, False
    if words_before and is_short_form(words_before[-1]) and _camel_words(inside):
        # "SCBench (SharedContextBench)": a long form written as one CamelCase word
        sf, spaced = words_before[-1], _camel_words(inside)
        if find_best_long_form(sf, spaced) == spaced and accept_pair(sf, inside):
            return inside, sf, False
    return None


def _camel_words(word: str) -> str:
    """ "SharedContextBench" -> "Shared Context Bench"; "" for a word of fewer than three capitalised parts."""
    parts = _CAMEL_PART.findall(word)
    return " ".join(parts) if len(parts) >= 3 and "".join(parts) == word else ""


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return function_words() | {"using"}


def _continues_name(word: str) -> bool:
    """A capitalised word that goes on with the name in a Title Case title ("Cache" of "Thinner Key
    Cache"), not a capitalised function word or verb ("In", "Using", "Based")."""
    return word[:1].isupper() and word.lower().strip(",.;") not in _function_words()


def _spells_last_letter(name: str, last_word: str) -> bool:
    """The long form's last word holds the name's last letter; a final capital is a word's initial
    ("SimCSE" ends on the E of "Embeddings", not on an e inside "Learning")."""
    if name[-1].isupper():
        return any(part[:1].lower() == name[-1].lower() for part in last_word.split("-"))
    return name[-1].lower() in last_word.lower()


def title_pair(name: str, subtitle: str) -> str | None:
    """The words at the start of a title's subtitle that spell its name:
    "ETS: Efficient Tree Search for ..." → "Efficient Tree Search"."""
    if not is_short_form(name) or not any(c.isupper() for c in name[1:]):
        return None
    words = subtitle.split()
    for n in range(2, min(len(words), max_long_form_words(name)) + 1):
        cand = " ".join(words[:n])
        # the name's last letter is spelled by the last word, and the long form is not cut out of a
        # longer capitalised name: "ThinK: Thinner Key Cache by ..." spells no "Thinner Key"
        if n < len(words) and _continues_name(words[n]) or not _spells_last_letter(name, words[n - 1]):
            continue
        # every content word gives the name a letter, and a name does not end on a function word
        # ("ALTER: Auxiliary Text Rewriting Tool for Natural Language Generation")
        content = [w for w in words[:n] if w.lower() not in _function_words() and any(c.isalnum() for c in w)]
        if len(content) > sum(c.isalnum() for c in name) or words[n - 1].lower() in _function_words():
            continue
        # the spelling is tried last, once the cheap word tests pass (a pure function: the same pairs)
        if cand[-1].isalnum() and find_best_long_form(name, cand) == cand and accept_pair(name, cand):
            # the spelled letters must be word-initial capitals: "Simple Preference Optimization"
            caps = [w for w in words[:n] if w[:1].isupper()]
            if len(caps) >= max(2, n - 1):
                return cand
    return None


def find_abbreviations(doc: Doc) -> list[list[int]]:
    """Every pair in the Doc, as [long_start, long_end, short_start, short_end] char offsets."""
    view = token_view(doc)
    words, idx = view.words, view.idx
    pairs: list[list[int]] = []
    text = view.text
    title = text.split("\n", 1)[0]
    if ": " in title:
        name, subtitle = title.split(": ", 1)
        lf = title_pair(name.strip(), subtitle)
        if lf:
            ls = len(name) + 2
            pairs.append([ls, ls + len(lf), 0, len(name.strip())])
    n = len(words)
    # the brackets, found by `list.index` (a C scan comparing pointers first), none when the text has none
    for i in indices_of(words, "(") if "(" in text else ():
        close = None
        for j in range(i + 1, min(i + 12, n)):
            if words[j] == ")":
                close = j
                break
            if words[j] == "(" or "\n" in words[j]:
                break
        if close is None or close == i + 1:
            continue
        sent_start = idx[view.sents[view.sent_of[i]][0]]
        before_start = max(sent_start, idx[i] - 200)
        before = text[before_start : idx[i]].rstrip()
        in_start, in_end = idx[i + 1], idx[close - 1] + len(words[close - 1])
        found = pair_from_parenthesis(before, text[in_start:in_end])
        if not found:
            continue
        lf, sf, short_inside = found
        if short_inside:
            l_end = before_start + len(before)
            l_start = l_end - len(lf)
            s_start = text.find(sf, in_start, in_end)
            pairs.append([l_start, l_end, s_start, s_start + len(sf)])
        else:
            s_end = before_start + len(before)
            l_start = text.find(lf, in_start, in_end)
            pairs.append([l_start, l_start + len(lf), s_end - len(sf), s_end])
    return pairs


class AbbreviationDetector:
    """Records Schwartz & Hearst abbreviation pairs on each Doc."""

    def __init__(self, nlp: Language, name: str = "paperkg_abbreviations"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        write(doc, "abbreviations", find_abbreviations(doc))
        return doc


@Language.factory("paperkg_abbreviations", default_config={}, assigns=[path("abbreviations")])
def make_abbreviation_detector(nlp: Language, name: str) -> AbbreviationDetector:
    return AbbreviationDetector(nlp, name)
