"""Tokenizer rules for the field's names.

spaCy's English rules split `Llama3-8B-Instruct` at every hyphen and `2-5times`
into `2 - 5times`. Names in ML papers carry hyphens, digits, `@`, `^` and `_`
inside them, so this tokenizer keeps a hyphenated word whole, splits a unit
(`%`, `\\%`, `×`, `x`, `times`) off a number, and strips a sentence-final dot
after a capital (`Qwen2.5-7B.`).

>>> import spacy
>>> nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "paperkg.tokenizer.v1"}}})
>>> [t.text for t in nlp("Llama3-8B-Instruct reaches 97.2\\\\% pass@1")]
['Llama3-8B-Instruct', 'reaches', '97.2', '\\\\%', 'pass@1']
"""

from __future__ import annotations

import re
from typing import Iterator

import spacy
from spacy.lang.en import English
from spacy.lang.tokenizer_exceptions import emoticons
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from paperkg.extract.extensions import write
from paperkg.extract.lexicon import rule_words
from paperkg.extract.line_breaks import join_line_breaks, line_breaks

#: suffixes added before spaCy's own: units after a number, a dot after a capital or digit, an "=" after a
#: name ("F1= 0.71": the metric and its value)
EXTRA_SUFFIXES = (
    # "GPT- and BERT-based": the first part of an elided compound is the name, the hyphen a mark of its own
    r"(?<=[A-Za-z0-9])-$",
    r"\\%",
    r"(?<=[0-9])(?:times|×|x)",
    r"(?<=[A-Z0-9])\.",
    r"(?<=[A-Za-z0-9])=",
)
#: words that open an abstract's sentence, after which a point glued to a name ends a sentence
SENTENCE_OPENERS = tuple(rule_words("SENTENCE_OPENERS"))
#: hyphenated adjective endings split off a name: "Search-inspired" → "Search", "-", "inspired"
ADJECTIVE_SUFFIXES = tuple(rule_words("ADJECTIVE_SUFFIXES"))
#: hyphen between letters (keeps `GPT-4o`, `instruction-following` whole) and minus between digits (keeps `2-5`)
_DROPPED_INFIX_MARKERS = ("(?:-|–|—|--|---|——|~)", r"[+\-\*^](?=[0-9-])")


def infix_rules() -> list[str]:
    """spaCy's English infixes minus the two that break hyphenated names and ranges."""
    rules = [r for r in English.Defaults.infixes if not any(m in r for m in _DROPPED_INFIX_MARKERS)]
    # keep an en/em dash between words as a split point, and an arithmetic sign between digits
    rules.append(r"(?<=[A-Za-z])(?:–|—|--)(?=[A-Za-z])")
    rules.append(r"(?<=[0-9])[+*](?=[0-9])")
    # "Monte Carlo Tree Search-inspired", "LLM-based": the name before an adjective suffix stands alone
    rules.append(r"(?<=[A-Za-z0-9])-(?=(?:" + "|".join(ADJECTIVE_SUFFIXES) + r")$)")
    # "BERT-Based", "GPT4-Powered": in a Title Case title the suffix is capitalised too; after a name
    # that ends in a capital or a digit (an acronym, a model's name) it is split off the same way
    rules.append(r"(?<=[A-Z0-9])-(?=(?:" + "|".join(w.capitalize() for w in ADJECTIVE_SUFFIXES) + r")$)")
    # "such as GPT-4,there is": a comma with no space after it, between a number and a word
    rules.append(r"(?<=[0-9]),(?=[A-Za-z]{2})")
    # "low latency;(2) the ...": a list mark glued to the word before it
    rules.append(r"(?<=[A-Za-z0-9])[;:,](?=[(\[])")
    # "SCBench(SharedContextBench)": a bracketed long form glued to its name
    rules.append(r"(?<=[a-z])\((?=[A-Z][a-z])")
    # "BLEU=0.4498", "F1=0.71": a metric and its value written as an equation
    rules.append(r"(?<=[A-Za-z0-9])=(?=[0-9.])")
    # "nDCG@10,2" is a metric and a footnote mark, not one name
    rules.append(r"(?<=@\d),|(?<=@\d\d),|(?<=@[kK]),")
    # "on the QuAC dataset BiToD.In Chinese ...", "as in WMT22.The ...": a sentence glued to a name that
    # ends in a capital or a digit (spaCy splits only after a lower-case letter); only before a word that
    # opens a sentence, so "ASP.NET" and "Node.js" stay whole (ACL 44k: 103 abstracts)
    rules.append(r"(?<=[A-Z0-9])\.(?=(?:" + "|".join(SENTENCE_OPENERS) + r")$)")
    return rules


def special_cases(exceptions: dict) -> dict:
    """spaCy's tokenizer exceptions minus its emoticons and its single letters with a point.

    An emoticon special case keeps its marks one token wherever the text
    around it is cut down to them: "(NOTT):" after a name ends in "):",
    "(Table 8)" in "8)", "(:", ":(", "=)", ":1" and "=3" likewise, so a
    bracket is lost to the abbreviation finder and a digit glued to a mark.
    Abstracts carry no emoticons; curly-apostrophe copies (":’(") go too.
    A lower-case letter with its point ("x.", "s.", "b.") is in abstracts a unit
    or a variable that ends a sentence ("a speed-up of 19.9x. We ..."), rarely an
    initial: kept, it hid the sentence end, and the next sentence's dataset was read
    as the speed-up's. Where the text goes on in lower case ("e. g.", "c. 1425"),
    tokens.sentence_starts reads the letter's point as an abbreviation's."""
    return {
        k: v
        for k, v in exceptions.items()
        if k not in emoticons and k.replace("’", "'") not in emoticons and not _LETTER_POINT.fullmatch(k)
    }


#: a single lower-case letter and a point, as spaCy's exceptions list them ("a." ... "z.", "ä.")
_LETTER_POINT = re.compile(r"[^\W\dA-Z_]\.")


def suffix_rules() -> list[str]:
    """spaCy's English suffixes minus the unit rule (it cuts `1M` off `Qwen2.5-1M`
    and `m` off `ML-1m`), plus EXTRA_SUFFIXES."""
    units = [r for r in English.Defaults.suffixes if r.startswith("(?<=[0-9])(?:km")]
    return list(EXTRA_SUFFIXES) + [r for r in English.Defaults.suffixes if r not in units]


class _Skipping:
    """A compiled regex behind a cheap test of the word, for spaCy's tokenizer.

    spaCy's tokenizer runs its prefix, suffix, infix and URL regexes on every
    word it has not cached (after a special case such as "e.g." it caches
    nothing more of that text), and each regex, an alternation whose branches
    mostly open with a lookbehind or an anchor, tries every branch at every
    position. A word that no branch can match is not searched (which words:
    each subclass; checked over every code point `str.isalnum` accepts in
    `tests/extract/test_extract_tokenizer.py`). `pattern` is the regex's:
    spaCy writes it when it saves the tokenizer, as for a plain regex."""

    def __init__(self, regex: re.Pattern):
        self.regex = regex
        self.pattern = regex.pattern
        self.memo: dict = {}

    def _kept(self, text: str, found):
        """`found` (the regex's answer for `text`, a match or None; the matches of `finditer` as a tuple),
        kept in `memo` for the next time `text` is cut. spaCy cuts a chunk again wherever it is not in its own
        cache, and after a special case ("e.g.", "i.e.") it keeps no chunk of that text, so the same words
        of such texts went through the regexes on every pass (benchmarks/results/extract_speed.md, stop 47).
        A regex's answer depends on the text alone, and a match object is read only (spaCy takes its
        `start()` and `end()`), so the tokens are the same. Cleared when it holds `MEMO_MAX` texts."""
        memo = self.memo
        if len(memo) >= MEMO_MAX:
            memo.clear()
        memo[text] = found
        return found


class PrefixSearch(_Skipping):
    """No prefix opens with a letter or digit but the currencies US$, C$ and A$."""

    def search(self, text: str) -> re.Match | None:
        if text[:1].isalnum() and not text.startswith(_ALNUM_PREFIXES):
            return None
        found = self.memo.get(text, _MISSING)
        return self._kept(text, self.regex.search(text)) if found is _MISSING else found


class SuffixSearch(_Skipping):
    """No suffix ends with a letter or digit but "'s" and "times" (s, S) and "x"."""

    def search(self, text: str) -> re.Match | None:
        last = text[-1:]
        if last.isalnum() and last not in _ALNUM_SUFFIX_ENDS:
            return None
        found = self.memo.get(text, _MISSING)
        return self._kept(text, self.regex.search(text)) if found is _MISSING else found


class InfixFinder(_Skipping):
    """Every infix branch takes a mark, never a letter or digit: a word of letters
    and digits only has no infix."""

    def finditer(self, text: str) -> Iterator[re.Match]:
        if text.isalnum():
            return iter(())
        found = self.memo.get(text, _MISSING)
        return iter(self._kept(text, tuple(self.regex.finditer(text))) if found is _MISSING else found)


class UrlMatcher(_Skipping):
    """Both forms of spaCy's URL regex (an IP address, a host name with its
    top-level domain) hold a dot: a word without one is no URL."""

    def match(self, text: str) -> re.Match | None:
        if "." not in text:
            return None
        found = self.memo.get(text, _MISSING)
        return self._kept(text, self.regex.match(text)) if found is _MISSING else found


#: texts each regex's answers are kept for (`_Skipping.memo`): a text is a chunk or what is left of one. After 20,000
#: ACL abstracts the four memos held 13,561 + 14,999 + 9,435 + 5,277 texts in ~6.7 MB (tracemalloc), so full ~12 MB
MEMO_MAX = 20_000
_MISSING = object()
_ALNUM_PREFIXES = ("US$", "C$", "A$")
_ALNUM_SUFFIX_ENDS = frozenset("sSx")
_WRAPPED = ("prefix_search", "suffix_search", "infix_finditer", "url_match")


class FieldTokenizer(Tokenizer):
    """spaCy's Tokenizer that joins line-break hyphens inside names and keeps the word tests of
    `_Skipping` across a save and load.

    `Tokenizer.from_bytes` (and `from_disk`, `spacy.load`) replaces the four
    regex callables with plain compiled ones: same tokens, but every word
    searched again. Where a loaded pattern is the one a wrapper already holds,
    the wrapper is kept; a changed pattern is taken as saved."""

    def __call__(self, text: str):
        """The Doc of `text` with its line-break hyphens inside names joined ("CNN- DailyMail" is read as
        "CNN-DailyMail ", same length: `paperkg.extract.line_breaks`). The breaks are kept on the Doc
        (`doc._.paperkg_breaks`), so the token view and the records join and map the text by them, not by a
        search of their own."""
        breaks = line_breaks(text)
        doc = super().__call__(join_line_breaks(text, breaks))
        write(doc, "breaks", breaks)
        return doc

    def from_bytes(self, bytes_data: bytes, *, exclude=tuple()):
        before = {name: getattr(self, name) for name in _WRAPPED}
        out = super().from_bytes(bytes_data, exclude=exclude)
        for name, old in before.items():
            wrapper = getattr(old, "__self__", None)
            loaded = getattr(getattr(self, name), "__self__", None)
            if isinstance(wrapper, _Skipping) and getattr(loaded, "pattern", None) == wrapper.pattern:
                setattr(self, name, old)
        return out


#: chunks (a text's space-separated pieces) the tokenizer keeps the tokens of, so a chunk met again is not cut by
#: the prefix, suffix, infix and URL regexes again (spaCy's default is 10,000, and past it no chunk is kept at all).
#: 8,000 ACL abstracts write ~57,000 distinct chunks (the 261 seed abstracts ~10,500), so with 10,000 every chunk
#: first met after the 10,000th was cut again wherever it came back: on 8,000 ACL abstracts, the second 4,000 called
#: the four regex callables 74.3 times an abstract with 10,000 (13.9 regex searches past their word tests), 25.5
#: with 50,000 (6.5 searches; 24.9 calls with 100,000), for ~8 MB more memory (benchmarks/results/extract_speed.md,
#: stop 47). A kept chunk's tokens are the ones the regexes give (spaCy keeps none of a text after a special case
#: such as "e.g.", which may change how it is cut), so the tokens are the same.
TOKENIZER_CACHE = 50_000


def build_tokenizer(nlp) -> Tokenizer:
    """A Tokenizer with paperkg's prefix/suffix/infix rules on `nlp`'s vocab."""
    defaults = nlp.Defaults
    url_match = defaults.url_match
    return FieldTokenizer(
        nlp.vocab,
        max_cache_size=TOKENIZER_CACHE,
        rules=special_cases(defaults.tokenizer_exceptions),
        prefix_search=PrefixSearch(compile_prefix_regex(defaults.prefixes)).search,
        suffix_search=SuffixSearch(compile_suffix_regex(suffix_rules())).search,
        infix_finditer=InfixFinder(compile_infix_regex(infix_rules())).finditer,
        token_match=defaults.token_match,
        url_match=UrlMatcher(url_match.__self__).match if url_match is not None else None,
    )


@spacy.registry.tokenizers("paperkg.tokenizer.v1")
def create_tokenizer():
    """Registered so a saved pipeline's config rebuilds this tokenizer on `spacy.load`."""
    return build_tokenizer
