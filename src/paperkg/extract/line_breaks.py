"""Names broken at a line-break hyphen: "CNN- DailyMail", "XLM- RoBERTa", "GPT- 3".

Abstracts copied from a PDF keep the hyphen that broke a word at a line end,
followed by a space. Read as written, the tokenizer cuts "CNN- DailyMail" into
"CNN", "-", "DailyMail": the dataset's name is lost and a result row is read on
"DailyMail". `join_line_breaks` rewrites each such break inside a name as the
name ("CNN-DailyMail ") and moves the space to after it, so the text keeps its
length and every character after the name its offset (sentences, evidence);
`original_offsets` maps an offset of the rewritten text back to the original.

Joined only where both sides read as a name's parts (ACL 44k: 107 abstracts
write "x- X"; 29 change, benchmarks/results/name_debris.md, stop 43): the word
before holds a capital or a digit, the word after opens with a capital or a
digit and is all capitals and digits ("RAD", "2017", "L") or holds a capital or
digit inside ("DailyMail", "RoBERTa", "LLM2Vec", "7B"). Not joined: a suspended
hyphen ("Zero- and Few-Shot", "pre- and post-training": the next word is lower
case), a word broken at a syllable ("Con- textual", "respec- tively": lower
case), a capitalised common word ("Privacy- Enhancing", "iSarcasmEval-
Fine-tuning", where the hyphen is as often a dash in a title), a hyphen used as
a dash after a year or an edition ("ACL2022- Homophobia", "Task 7- HaHackathon":
a digit before, a letter after), a hyphen used as a colon after a plural
acronym ("LLMs- ChatGPT and Alpaca") and a line number glued to a word ("Ma-
003nipuri").

>>> join_line_breaks("on CNN- DailyMail and XLM- RoBERTa, pre- and post-training")
'on CNN-DailyMail  and XLM-RoBERTa,  pre- and post-training'
"""

from __future__ import annotations

import re
from typing import Iterator

#: a hyphen and one space between a word's last letter or digit and a capital or digit (`_break_hyphens`)
_BREAK = re.compile(r"(?<=[A-Za-z0-9])- (?=[A-Z0-9])")
#: a hyphen and a space: `re` finds the literal by its own prefix scan, about three times faster than
#: `str.find("- ")` / `"- " in text`, whose search stops to compare at every space (the needle's last
#: character): ~4.5 us against ~1.3 us over a 1,700-character abstract
_HYPHEN_SPACE = re.compile("- ")
#: what may stand before and after a break's "- " (`_BREAK`'s two classes)
_BEFORE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_AFTER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
#: the right word's first run of letters and digits
_CORE = re.compile(r"[A-Za-z0-9]+")
#: digits followed by lower-case letters: a line number glued to a word ("003nipuri", "024dicTrans2"), not "7B"
_NUMBERED_WORD = re.compile(r"[0-9]+[a-z]{2,}")
#: a plural acronym ("LLMs- ChatGPT and Alpaca": the hyphen is a colon)
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def line_breaks(text: str) -> list[tuple[int, int]]:
    """(hyphen, end) for each break `join_line_breaks` joins: the hyphen's offset and the end of the word
    after it, in the original text (the word runs from hyphen + 2 to end)."""
    out = []
    for p in _break_hyphens(text):
        a = p
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        left = text[a:p]
        q = p + 2
        while q < len(text) and not text[q].isspace():
            q += 1
        right = text[p + 2 : q]
        core = _CORE.match(right)
        if core is None or not _joins(left, core.group(), right):
            continue
        out.append((p, q))
    return out


def _break_hyphens(text: str) -> Iterator[int]:
    """The offset of each hyphen `_BREAK` matches, found by a search of the literal "- " (`_HYPHEN_SPACE`) and
    two character tests: `_BREAK` opens with a lookbehind, so its search tried every position of the text
    (~60 us a 1,500-character abstract)."""
    n = len(text) - 2
    for m in _HYPHEN_SPACE.finditer(text):
        p = m.start()
        if p and p < n and text[p - 1] in _BEFORE and text[p + 2] in _AFTER:
            yield p


def _joins(left: str, core: str, right: str) -> bool:
    if not any(c.isupper() or c.isdigit() for c in left):
        return False
    if left[-1].isdigit() and core[0].isalpha():
        return False  # "ACL2022- Homophobia", "Task 7- HaHackathon": a dash after an edition
    if right.endswith("-") or _NUMBERED_WORD.match(core) or _PLURAL_ACRONYM.fullmatch(left):
        return False
    return core.isupper() or core.isdigit() or any(c.isupper() or c.isdigit() for c in core[1:])


def join_line_breaks(text: str, breaks: list[tuple[int, int]] | None = None) -> str:
    """`text` with each line-break hyphen inside a name joined, the space moved after the name (same length);
    `breaks` are `line_breaks(text)` when the caller has them."""
    if breaks is None:
        breaks = line_breaks(text)
    if not breaks:
        return text
    parts = []
    last = 0
    for p, q in breaks:
        parts.append(text[last : p + 1])
        parts.append(text[p + 2 : q])
        parts.append(" ")
        last = q
    parts.append(text[last:])
    return "".join(parts)


def original_offsets(breaks: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """A span [start, end) of the joined text as a span of the original: the characters of a joined
    word after its hyphen sit one further on in the original ("CNN-DailyMail" covers "CNN- DailyMail")."""
    for p, q in breaks:
        # joined text [p + 1, q - 1) is original [p + 2, q)
        if p + 1 <= start < q - 1:
            start += 1
        if p + 1 < end <= q - 1:
            end += 1
    return start, end
