"""A plain-Python view of a Doc's tokens, built once per Doc and shared by the
components (iterating a Doc creates a Token object per step, which dominated
the run time before this view existed). Removed from the Doc at the end of
the pipeline so it never travels between processes."""

from __future__ import annotations

import bisect as _bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain, compress, count, repeat
from operator import is_, itemgetter
from typing import Final

from spacy.attrs import IDX, ORTH
from spacy.tokens import Doc

from paperkg.extract.extensions import read, write
from paperkg.extract.line_breaks import join_line_breaks

#: the bisections as `Final` names: compiled code reads them from C statics, not from the module's dict at each call
#: (mypyc; benchmarks/results/extract_speed.md, stop 50)
bisect_left: Final = _bisect.bisect_left
bisect_right: Final = _bisect.bisect_right


@dataclass
class TokenView:
    text: str
    words: list[str]
    lowers: list[str]
    idx: list[int]
    sent_start: list[bool]
    sents: list[tuple[int, int]]  # token ranges
    sent_of: list[int]
    # made at the first use (the properties below): attributes set in `__post_init__`, not `cached_property`,
    # which keeps its value in the instance's __dict__, which a class compiled by mypyc has not: there it would
    # make the set again at every use (benchmarks/results/extract_speed.md, stop 42)
    _lower_set: frozenset[str] | None = field(init=False, repr=False, compare=False)
    _word_set: frozenset[str] | None = field(init=False, repr=False, compare=False)
    _lower_blob: str | None = field(init=False, repr=False, compare=False)  # "" until made (a blob never is)

    def __post_init__(self) -> None:
        self._lower_set = None
        self._word_set = None
        self._lower_blob = ""

    @property
    def lower_set(self) -> frozenset[str]:
        """The text's distinct lower-cased words, made once per Doc: a rule looking for a few words
        first intersects them with this set before it looks for their tokens (`positions`)."""
        s = self._lower_set
        if s is None:
            s = self._lower_set = frozenset(self.lowers)
        return s

    @property
    def word_set(self) -> frozenset[str]:
        """The text's distinct words as written (`lower_set` for the rules that match case)."""
        s = self._word_set
        if s is None:
            s = self._word_set = frozenset(self.words)
        return s

    @property
    def lower_blob(self) -> str | None:
        """The lower-cased words as one string (`word_blob`), made once per Doc for `positions`."""
        b = self._lower_blob
        if b == "":
            b = self._lower_blob = word_blob(self.lowers)
        return b

    def positions(self, words: frozenset[str] | set[str], *, cased: bool = False, plural_s: bool = False) -> list[int]:
        """The indices of the tokens whose lower-cased word (with `cased`, the word as written) is in `words`,
        with `plural_s` also those that are in it once any trailing "s" is stripped (`scan_positions`). The
        lower-cased words the text has (a set intersection) are found by `str.find` in the words joined as
        one string (`word_blob`, ~7k instructions a word over an abstract), not by a test per token (~130
        instructions each through `map`, ~35k a call); a word's plural forms by looking "words", "wordss"
        up in the text's distinct words, not by stripping the "s" of each of them (~120k an abstract).
        With `cased`, the tokens of the words lower-cased that are written as `words` has them: no set of
        the words as written is made (`word_set`, ~27k instructions a text, for two rules)."""
        if cased:
            if plural_s:
                return scan_positions(self.words, words, plural_s=True, present=self.word_set)
            return _written_as(self.words, self.positions(frozenset(map(str.lower, words))), words)
        blob, present = self.lower_blob, self.lower_set
        if blob is None or "" in words or plural_s and "sss" + _SEP in blob:
            return scan_positions(self.lowers, words, plural_s=plural_s, present=present)
        # no token ends in three "s" (tested above): a word's forms with its "s" stripped are it and "s", "ss" added
        hits = present & (with_plurals(words) if plural_s else words)
        return blob_positions(blob, hits) if hits else []

    def span_text(self, s: int, e: int) -> str:
        return self.text[self.idx[s] : self.idx[e - 1] + len(self.words[e - 1])] if e > s else ""

    def char_range(self, s: int, e: int) -> tuple[int, int]:
        return self.idx[s], self.idx[e - 1] + len(self.words[e - 1])

    def sent_char_range(self, si: int) -> tuple[int, int]:
        s, e = self.sents[si]
        return self.char_range(s, e)

    def title_end(self) -> int:
        """The first token holding a line break (where the title ends), or the token count:
        the token of the text's first line break, found by `str.find`, not a step per word."""
        p = self.text.find("\n")
        if p < 0:
            return len(self.words)
        k = bisect_right(self.idx, p) - 1
        if k >= 0 and "\n" in self.words[k]:
            return k
        return next((i for i, w in enumerate(self.words) if "\n" in w), len(self.words))


#: each word set's `with_plurals`, made once per set (the sets are the rules' module constants)
_PLURALS: dict[frozenset[str], frozenset[str]] = {}
_PLURALS_MAX = 64


def with_plurals(words: frozenset[str] | set[str]) -> frozenset[str]:
    """`words` and, for each word not ending in "s", the word with "s" and with "ss" added: the words whose
    tokens `positions(words, plural_s=True)` finds in a text with no token ending in "sss". Made once per
    frozenset and kept (at most `_PLURALS_MAX` sets), not two new strings per word at each call.

    >>> sorted(with_plurals(frozenset({"size", "loss"})))
    ['loss', 'size', 'sizes', 'sizess']
    """
    forms = _PLURALS.get(words) if isinstance(words, frozenset) else None
    if forms is None:
        forms = frozenset(words) | {p for w in words if w[-1:] != "s" for p in (w + "s", w + "ss")}
        if isinstance(words, frozenset) and len(_PLURALS) < _PLURALS_MAX:
            _PLURALS[words] = forms
    return forms


#: what `word_blob` joins the words with: no word of a text holds it (a text that does has no blob)
_SEP: Final = "\x00"


def word_blob(words: list[str]) -> str | None:
    """`words` joined by "\\x00", one before the first and one after the last: a word's tokens are the places of
    "\\x00word\\x00" (`blob_positions`). None when a word holds a "\\x00" (then its tokens are scanned).

    >>> word_blob(["a", "bc"]), word_blob(["a\\x00"])
    ('\\x00a\\x00bc\\x00', None)
    """
    blob = _SEP + _SEP.join(words) + _SEP
    return blob if blob.count(_SEP) == len(words) + 1 else None


def blob_positions(blob: str, words: frozenset[str] | set[str]) -> list[int]:
    """The indices of the tokens of `blob` (`word_blob`) that are one of `words` (none of them empty and
    none holding "\\x00"), found by `str.find`; a token's index is the count of separators before it,
    counted (`str.count`) in one sweep over the places of all the words in order, not from the blob's start
    again for each word (a word's count read the blob up to its last place: ~22M of the seed pass's 2,682M
    instructions).

    >>> blob_positions(word_blob(["the", "latency", "and", "latencies", "size", "latency"]), {"latency", "size"})
    [1, 4, 5]
    """
    places: list[int] = []
    find = blob.find
    for w in words:
        needle = _SEP + w + _SEP
        p = find(needle)
        while p >= 0:
            places.append(p)
            p = find(needle, p + 1)
    if len(words) > 1:
        places.sort()
    found: list[int] = []
    tally = blob.count
    i = last = 0
    for p in places:
        i += tally(_SEP, last, p)
        last = p
        found.append(i)
    return found


_SENT_END: Final = frozenset(".?!")
_CLOSERS = frozenset(")]}\"'”’")
_SKIPPED: Final = _CLOSERS | _SENT_END  # between a sentence's end and the next one's start


#: abbreviations the tokenizer splits from their point ("et al.", "approx.", "cf."), and so a single
#: lower-case letter ("e. g.", "c. 1425", "a. that ... b. that"; tokenizer.special_cases keeps no "x." whole, so
#: "a speed-up of 19.9x. One ..." ends there): the point ends no sentence when what follows does not open one
#: (ACL 44k: 2,028 "et al." in abstracts, mostly in citations)
_ABBREVIATIONS: Final = frozenset({"al", "approx", "cf", "resp", "fig", "eq", "sec", "tab"})


def sentence_starts(words: list[str], text: str | None = None, idx: list[int] | None = None) -> list[bool]:
    """Sentence starts by punctuation: after `.`, `?`, `!` (and any closing
    brackets or quotes right after them) and after a line break, as spaCy's
    rule-based sentencizer does, without creating Token objects; not after the
    point of an abbreviation ("et al.", "approx.") that a word in lower case, a
    number, a comma or a bracket follows. Only the sentence ends are visited,
    not every word: the marks are found by `list.index` (a C scan comparing
    pointers first), and with the `text` the words were cut from and their
    offsets `idx`, the line breaks by `str.find` in the text.

    >>> sentence_starts(["A", "b", ".", ")", "C", "?", "!", "D", "\\n", "E"])
    [True, False, False, False, True, False, False, True, False, True]
    >>> sentence_starts(["(", "X", "et", "al", ".", ",", "2019", ")", "gains", "approx", ".", "5", "points", "."])[5:]
    [False, False, False, False, False, False, False, False, False]
    >>> sentence_starts(["As", "in", "X", "et", "al", ".", "We", "gain", "."])[6]
    True
    >>> sentence_starts(["Is", "it", "approx", "?", "yes", "."])[4]  # only the point is an abbreviation's
    True
    >>> sentence_starts(["(", "e", ".", "g", ".", ",", "x", ")", "by", "4", "x", ".", "Then"])[3:]
    [False, False, False, False, False, False, False, False, False, True]
    """
    n = len(words)
    starts = [False] * n
    if words:
        starts[0] = True
    # the end marks and line breaks, found in C (`list.index`, `str.find`), not a Python step per word
    marks = _SENT_END if text is None else [m for m in _SENT_END if m in text]
    ends = chain.from_iterable(indices_of(words, m) for m in marks)
    breaks: Iterable[int]
    if text is None or idx is None:
        breaks = compress(count(), map(str.__contains__, words, repeat("\n")))
    else:
        breaks = _break_tokens(words, text, idx)
    for m in chain(ends, breaks):
        k = m + 1
        while k < n and words[k] in _SKIPPED:
            k += 1
        if k >= n:
            continue
        if (
            m
            and words[m] == "."
            and (words[m - 1].lower() in _ABBREVIATIONS or (len(words[m - 1]) == 1 and words[m - 1].islower()))
            and not words[k][:1].isupper()
        ):
            continue  # "(Smith et al., 2019)", "by approx. 5 points", "e. g., x", "c. 1425": the sentence goes on
        starts[k] = True
    return starts


def scan_positions(
    lowers: list[str],
    words: frozenset[str] | set[str],
    *,
    plural_s: bool = False,
    present: frozenset[str] | None = None,
) -> list[int]:
    """Indices of the tokens in `words` (with `plural_s`, also with any trailing
    "s" stripped). `present` is the set of the distinct tokens (the view's `lower_set`
    or `word_set`, made once per Doc): the words the text has are found by one set
    intersection, a text with none of them is not scanned, and one word is found by
    `list.index` (a C scan comparing pointers first); several by one `map` over the tokens.

    >>> scan_positions(["the", "latency", "and", "latencies", "sizes"], frozenset({"latency", "size"}), plural_s=True)
    [1, 4]
    """
    if present is None:
        present = frozenset(lowers)
    hits = present & words
    if plural_s:
        # the distinct words in `words` once their trailing "s" is stripped, tested in C (a text repeats
        # its words; stripping every token's "s" made a new string per token)
        distinct = list(present)
        hits |= set(compress(distinct, map(words.__contains__, map(str.rstrip, distinct, repeat("s")))))
    if not hits:
        return []
    if len(hits) == 1:
        return indices_of(lowers, next(iter(hits)))
    return list(compress(count(), map(hits.__contains__, lowers)))


def indices_of(words: list[str], word: str) -> list[int]:
    """The indices of `word` in `words`, found by `list.index` (a C scan; a text's few sentence marks).

    >>> indices_of([".", "a", ".", "."], "."), indices_of(["a"], "?")
    ([0, 2, 3], [])
    """
    out: list[int] = []
    i = -1
    try:
        while True:
            i = words.index(word, i + 1)
            out.append(i)
    except ValueError:
        return out


def _break_tokens(words: list[str], text: str, idx: list[int]) -> list[int]:
    """The tokens holding a line break: each "\\n" of `text` (found by `str.find`) and the token
    whose characters cover it (`idx`: each word's offset in `text`, where it was cut from).

    >>> _break_tokens(["A", "\\n", "b", "c\\n\\n"], "A \\nb c\\n\\n", [0, 2, 3, 5])
    [1, 3]
    """
    out: list[int] = []
    p = text.find("\n")
    while p >= 0:
        k = bisect_right(idx, p) - 1
        if k >= 0 and p < idx[k] + len(words[k]) and (not out or out[-1] != k):
            out.append(k)
        p = text.find("\n", p + 1)
    return out


#: each word's string and lower-cased string by its ORTH hash (spaCy's id of the word's text), kept across
#: Docs: a text's words are looked up, not cut from the text anew (two new strings per token, each hashed
#: again by the first rule that looks it up); a word not seen before is added once. Cleared when it holds
#: `_WORD_CACHE_MAX` words, so memory stays flat over any corpus: 20,000 words take at most ~5 MB (the
#: seed corpus has ~7,800 distinct words; a text's common words are back in it a few Docs after a clear).
#: The lower-cased strings are kept by the word itself: a word from the cache carries its string hash, so
#: that second lookup costs half the first (an ORTH hash is a 64-bit int, hashed anew at each lookup).
_WORDS: dict[int, str] = {}
_LOWERS: dict[str, str] = {}
_WORD_CACHE_MAX = 20_000


def _cached_words(doc: Doc, orths: list[int]) -> tuple[list[str], list[str]]:
    """The Doc's words and lower-cased words, from the cache (`_WORDS`), read by one `itemgetter`
    (a C loop); a word not in it is added (its text and `str.lower`) once."""
    get = itemgetter(*orths) if len(orths) > 1 else lambda d: (d[orths[0]],)
    try:
        words = list(get(_WORDS))
    except KeyError:  # a word not seen before (one failed lookup, not a test per token)
        words = _add_words(doc, orths)
    return words, list(itemgetter(*words)(_LOWERS)) if len(words) > 1 else [_LOWERS[words[0]]]


def _add_words(doc: Doc, orths: list[int]) -> list[str]:
    """`_cached_words`' words after the words not in the cache were added to it."""
    if len(_WORDS) > _WORD_CACHE_MAX:
        _WORDS.clear()
        _LOWERS.clear()
    words = list(map(_WORDS.get, orths))
    for i in compress(count(), map(is_, words, repeat(None))):
        w = doc[i].text
        lower = w.lower()
        words[i] = _WORDS[orths[i]] = w
        _LOWERS[w] = w if lower == w else lower  # one string for a word already in lower case
    return words


def token_view(doc: Doc) -> TokenView:
    """The Doc's token view, built at the first call. The components ask for it seven times
    per Doc: a built view is read from `doc.user_data` (`extensions.read`)."""
    view = read(doc, "view")
    if view is not None:
        return view
    text = read(doc, "text")
    write(doc, "text", None)
    if text is None:
        text = doc.text
    else:  # the text as given: read as the tokenizer read it, line-break hyphens inside names joined (by the
        # tokenizer's breaks when it kept them)
        text = join_line_breaks(text, read(doc, "breaks"))
    if len(doc):
        idx, orths = doc.to_array([IDX, ORTH]).T.tolist()
        words, lowers = _cached_words(doc, orths)
    else:
        idx, words, lowers = [], [], []
    starts = sentence_starts(words, text, idx)
    first = list(compress(count(), starts))
    sents = list(zip(first, first[1:] + [len(words)]))
    # each sentence's number repeated over its tokens, in C
    sent_of = list(chain.from_iterable(map(repeat, count(), (b - a for a, b in sents))))
    view = TokenView(text, words, lowers, idx, starts, sents, sent_of)
    write(doc, "view", view)
    return view


def _written_as(written: list[str], found: list[int], words: frozenset[str] | set[str]) -> list[int]:
    """The tokens of `found` written as `words` has them (`TokenView.positions` with `cased`): a function of its
    own, so that the comprehension's closure makes no cells at each of `positions`' ~19 calls a paper."""
    return [i for i in found if written[i] in words]


def char_span_tokens(view: TokenView, start: int, end: int, *, strict: bool = False) -> tuple[int, int] | None:
    """The token range covering [start, end) chars ("expand" alignment), or
    None when `strict` and the offsets do not fall on token boundaries."""
    if not view.words or start >= end:
        return None
    s = bisect_right(view.idx, start) - 1
    e = bisect_left(view.idx, end)
    if s < 0 or e <= s:
        return None
    if strict and (view.idx[s] != start or view.idx[e - 1] + len(view.words[e - 1]) != end):
        return None
    return s, e
