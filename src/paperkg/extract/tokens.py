"""A plain-Python view of a Doc's tokens, built once per Doc and shared by the
components (iterating a Doc creates a Token object per step, which dominated
the run time before this view existed). Removed from the Doc at the end of
the pipeline so it never travels between processes."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from itertools import chain, compress, count, repeat
from operator import is_, itemgetter

from spacy.attrs import IDX, ORTH
from spacy.tokens import Doc

from paperkg.extract import extensions  # noqa: F401  (declares doc._.paperkg_view / paperkg_text)


@dataclass
class TokenView:
    text: str
    words: list[str]
    lowers: list[str]
    idx: list[int]
    sent_start: list[bool]
    sents: list[tuple[int, int]]  # token ranges
    sent_of: list[int]

    @cached_property
    def lower_set(self) -> frozenset[str]:
        """The text's distinct lower-cased words, made once per Doc: a rule looking for a few words
        first intersects them with this set before it scans the tokens (`rules._word_positions`)."""
        return frozenset(self.lowers)

    @cached_property
    def word_set(self) -> frozenset[str]:
        """The text's distinct words as written (`lower_set` for the rules that match case)."""
        return frozenset(self.words)

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


_SENT_END = frozenset(".?!")
_CLOSERS = frozenset(")]}\"'”’")
_SKIPPED = _CLOSERS | _SENT_END  # between a sentence's end and the next one's start


#: abbreviations the tokenizer splits from their point ("et al.", "approx.", "cf."): the point ends no
#: sentence when what follows does not open one (ACL 44k: 2,028 "et al." in abstracts, mostly in citations)
_ABBREVIATIONS = frozenset({"al", "approx", "cf", "resp", "fig", "eq", "sec", "tab"})


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
    """
    n = len(words)
    starts = [False] * n
    if words:
        starts[0] = True
    # the end marks and line breaks, found in C (`list.index`, `str.find`), not a Python step per word
    marks = _SENT_END if text is None else [m for m in _SENT_END if m in text]
    ends = chain.from_iterable(indices_of(words, m) for m in marks)
    if text is None or idx is None:
        breaks = compress(count(), map(str.__contains__, words, repeat("\n")))
    else:
        breaks = _break_tokens(words, text, idx)
    for m in chain(ends, breaks):
        if (
            m
            and words[m] == "."
            and words[m - 1].lower() in _ABBREVIATIONS
            and m + 1 < n
            and not words[m + 1][:1].isupper()
        ):
            continue  # "(Smith et al., 2019)", "by approx. 5 points": an abbreviation's point, the sentence goes on
        k = m + 1
        while k < n and words[k] in _SKIPPED:
            k += 1
        if k < n:
            starts[k] = True
    return starts


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


#: where spaCy keeps the value of `doc._.paperkg_view` (a Doc's extension values live in `doc.user_data`
#: under ("._.", name, None, None): `spacy.tokens.underscore.Underscore._get_key`)
_VIEW_KEY = ("._.", "paperkg_view", None, None)


def token_view(doc: Doc) -> TokenView:
    """The Doc's token view, built at the first call. The components ask for it seven times
    per Doc: a built view is read from `doc.user_data` directly, as `doc._.paperkg_view` would
    read it, without the Underscore object each `doc._` creates (~4 us, Python code)."""
    view = doc.user_data.get(_VIEW_KEY)
    if view is not None:
        return view
    u = doc._  # one extension accessor: spaCy builds a new one per `doc._`
    text = u.paperkg_text
    u.paperkg_text = None
    if text is None:
        text = doc.text
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
    u.paperkg_view = view
    return view


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
