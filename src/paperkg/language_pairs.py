"""Translation directions a text names ("En-De", "English→German", "de-en"),
as one canonical ``"en-de"`` (ISO 639-1 codes, source first): BLEU on
English-German and on English-French are two rankings, not one, so a result
on a translation benchmark carries its pair and a board ranks per pair.
Shared by extraction (the pair of a result) and analytics (a dataset name
with a pair suffix, ``WMT14 En-De``, is the benchmark and that pair).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

from paperkg.names import trie_pattern

#: The language lexicon (ISO 639-1 code, English names), next to the other lexicons.
LANGUAGES_FILE = Path(__file__).parent / "extract" / "lexicons" / "languages.tsv"

#: The rule word lists; TRANSLATION_METRICS names the measures of translation output.
RULE_WORDS_FILE = LANGUAGES_FILE.with_name("rule_words.tsv")

#: Codes that are also English words: written in lower case ("it-is") they are no pair.
_WORD_CODES = frozenset(
    {"it", "is", "hi", "my", "id", "he", "am", "so", "ms", "et", "ha", "ne", "pa", "ta", "el", "as"}
)

_ARROW = r"(?:\s*(?:->|=>|→|⇒|⟶)\s*|\s*[-–—]\s*|\s*[-–—]?\s*to\s*[-–—]?\s*)"
#: A number of prose (not the 14 of WMT'14); NUMBER, YEAR, value_span and number_run also place a number
#: among the sub-tasks of its sentence (paperkg.subtasks).
NUMBER = re.compile(r"(?<![\w.'’])(?:\d+(?:\.\d+)?)(?![\w])")
#: What may stand between two numbers of one list ("30.4 and 34.1", "1.3 BLEU and 0.3 BLEU", "27.1, 28.0").
_NUMBER_LIST = re.compile(r"\s*%?(?:\s*[A-Za-z]+){0,2}\s*(?:,\s*and|,|and)\s*[+-]?")
#: ... and between two directions of one list ("En-De and En-Fr", "WMT14 En-De and WMT16 Ro-En").
_PAIR_LIST = re.compile(r"\s*(?:,\s*and|,|and|or|/)\s*(?:the\s+)?(?:\S+\s+)?")
YEAR = re.compile(r"(?:19|20)\d\d")
_BREAK = re.compile(r"[,;]|\b(?:and|while|whereas|but)\b")


@lru_cache(maxsize=1)
def languages() -> dict[str, str]:
    """{lower-cased code or English name: code} from the language lexicon."""
    out: dict[str, str] = {}
    for line in LANGUAGES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, names = line.split("\t")
        out[code] = code
        for name in names.split("|"):
            out[name.casefold()] = code
    return out


@lru_cache(maxsize=1)
def _translation_metrics() -> frozenset[str]:
    lines = RULE_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(
        w for line in lines if line.startswith("TRANSLATION_METRICS\t") for w in line.split("\t")[1].split()
    )


def translation_metric(metric: str | None) -> bool:
    """Whether a metric measures translation output (BLEU, chrF++, COMET-22,
    SacreBLEU score): its numbers compare only within one language pair.

    >>> translation_metric("BLEU-4"), translation_metric("chrF++"), translation_metric("accuracy")
    (True, True, False)
    """
    return metric is not None and re.split(r"[\s-]", metric.casefold())[0] in _translation_metrics()


@lru_cache(maxsize=2)
def _pattern(ignore_case: bool = True) -> re.Pattern:
    """The pair pattern; `ignore_case=False`: the same pattern matched as written, for an ASCII text lower-cased
    (`_pair_mentions`). Every code and name of the table is lower case, so on such a text it finds what the
    IGNORECASE pattern finds in the text as written, at the same places (lower-casing keeps an ASCII text's length),
    about 4x faster: the IGNORECASE search folds the case of each character it compares at every position."""
    table = languages()
    # each list as a trie, which finds what the flat alternation sorted longest first finds: at every position
    # the flat one tried each of the ~90 codes and ~90 names (the search was ~12 us per name-long text, 3x the trie)
    code = trie_pattern(k for k, v in table.items() if k == v)
    name = trie_pattern(k for k, v in table.items() if k != v)
    # a code pair joined by an arrow or a dash (no "to": "en to de" is prose), or two names joined by either
    side = rf"(?:(?P<{{0}}c>{code})|(?P<{{0}}n>{name}))"
    return re.compile(
        rf"(?<![\w-]){side.format('a')}(?P<join>{_ARROW}){side.format('b')}(?![\w-])",
        re.IGNORECASE if ignore_case else 0,
    )


def _code(m: re.Match, side: str, text: str) -> str | None:
    """The code of one side of a match in `text` (as written: the match may be of its lower-cased copy), or None
    when it is no language as written."""
    if m.group(side + "n"):
        word = text[m.start(side + "n") : m.end(side + "n")]
        return languages()[word.casefold()] if word[0].isupper() else None  # names are proper nouns
    word = text[m.start(side + "c") : m.end(side + "c")]
    if word.islower() and word in _WORD_CODES:
        return None
    return word.casefold()


def pair_mentions(text: str) -> list[tuple[int, int, str]]:
    """Every translation direction `text` names, as (start, end, ``"src-tgt"``).

    Codes join with a dash or an arrow (``En-De``, ``EN→DE``, ``de-en``),
    names also with "to" (``English-German``, ``German to English``); a code
    that is an English word counts only capitalised (``It-En``, never "it-is"),
    and a name only as a proper noun.

    Examples
    --------
    >>> [p for _, _, p in pair_mentions("BLEU on En-De, English→French and de-en, but not it-is.")]
    ['en-de', 'en-fr', 'de-en']
    >>> [p for _, _, p in pair_mentions("from German to English; in-domain; En to De")]
    ['de-en']

    Targets listed after a slash share the source ("en→de/es/nl" is three directions):

    >>> [p for _, _, p in pair_mentions("three language pairs (en→de/es/nl)")]
    ['en-de', 'en-es', 'en-nl']
    """
    return list(_pair_mentions(text))


@lru_cache(maxsize=16)
def _pair_mentions(text: str) -> tuple[tuple[int, int, str], ...]:
    """`pair_mentions`, kept for the last few texts: the results of one abstract ask for their
    sentence (and the abstract) once per number, and the pattern (every language's code and name,
    any case) tries every position. Few, so that a corpus read twice is not answered from memory. An ASCII text
    (most abstracts and their sentences) is searched lower-cased by the pattern without IGNORECASE (`_pattern`),
    each side's words read from `text` as written."""
    out = []
    for m in _pattern(False).finditer(text.lower()) if text.isascii() else _pattern().finditer(text):
        a, b = _code(m, "a", text), _code(m, "b", text)
        join = m.group("join").strip().casefold()
        if a is None or b is None or a == b or ("to" in join and (m.group("ac") or m.group("bc"))):
            continue
        out.append((m.start(), m.end(), f"{a}-{b}"))
        if m.group("bc"):
            for more in _MORE_TARGETS.finditer(text, m.end()):
                if more.start() != out[-1][1] or more.group(1).casefold() not in languages():
                    break
                out.append((more.start(), more.end(), f"{a}-{more.group(1).casefold()}"))
    return tuple(out)


#: one more target code after a direction's target ("/es" of "en→de/es")
_MORE_TARGETS = re.compile(r"\s*/\s*([A-Za-z]{2,3})(?![\w-])")


def split_pair(name: str) -> tuple[str, str | None]:
    """A dataset name that ends in a translation direction, as the benchmark's
    name and the pair: ``WMT14 En-De`` is the WMT14 benchmark, English to
    German. A name without one comes back whole with None.

    Examples
    --------
    >>> split_pair("WMT14 En-De"), split_pair("WMT'16 (English-Romanian)"), split_pair("WMT14")
    (('WMT14', 'en-de'), ("WMT'16", 'en-ro'), ('WMT14', None))
    >>> split_pair("En-De")
    ('En-De', None)
    """
    found = pair_mentions(name)
    if not found:
        return name, None
    start, end, pair = found[-1]
    base = name[:start].rstrip(" _-–(/")
    if not base or name[end:].strip(" )") or not any(c.isalnum() for c in base):
        return name, None
    return base, pair


def pair_of_result(sentence: str, value: str, context: str = "") -> str:
    """The translation direction a number of `sentence` is reported on, or ""
    when the sentence (or, naming none, the whole `context`) gives none
    unambiguously.

    One direction in the sentence is the number's. A list of numbers over a
    list of as many directions pairs them up in order ("30.4 and 34.1 BLEU on
    English-German and German-English"). Otherwise, with several, the one
    right after the number in its clause ("29.3 on En-De"), else the one
    right before it ("En-De: 29.3"), with no other number, comma or "and"
    between, unless it stands in a list of directions ("28.1 and 41.0 on
    En-De and En-Fr" with one number). A sentence naming none takes the one direction
    of its `context` (the abstract), and nothing when the abstract names
    several.

    Examples
    --------
    >>> pair_of_result("Our model reaches 29.3 BLEU on WMT14 English-German.", "29.3")
    'en-de'
    >>> pair_of_result("It gets 29.3 on En-De and 41.2 on En-Fr.", "41.2")
    'en-fr'
    >>> pair_of_result("It gets 29.3 and 41.2 BLEU on En-De and En-Fr, respectively.", "41.2")
    'en-fr'
    >>> pair_of_result("It gets 29.3 BLEU on En-De and En-Fr.", "29.3")
    ''
    >>> pair_of_result("It gains 2.1 BLEU.", "2.1", context="We translate German→English. It gains 2.1 BLEU.")
    'de-en'
    """
    found = pair_mentions(sentence)
    settled = settled_label(found, context, pair_mentions)
    if settled is not None:
        return settled
    span = value_span(sentence, value)
    if span is None:
        return ""
    at, end = span
    listed = _listed(span, found, sentence)
    if listed is not None:
        return listed
    numbers = [m.start() for m in NUMBER.finditer(sentence) if not YEAR.fullmatch(m.group()) and m.start() != at]
    after = next((f for f in found if f[0] >= end), None)
    before = next((f for f in reversed(found) if f[1] <= at), None)
    # "29.3 on En-De": the direction after the number in its clause, else the one before it ("En-De: 29.3")
    sides = [(after, end, after[0])] if after else []
    sides += [(before, before[1], at)] if before else []
    for mention, lo, hi in sides:
        if any(lo <= n < hi for n in numbers) or _BREAK.search(sentence[lo:hi]):
            continue
        return "" if _in_list(mention, found, sentence) else mention[2]
    return ""


def settled_label(
    found: list[tuple[int, int, str]], context: str, mentions: Callable[[str], list[tuple[int, int, str]]]
) -> str | None:
    """The label (language pair, sub-task) a sentence settles before its numbers are read: the one it
    names, or, naming none, the one its context names ("" for none or several); None when it names
    several and each number must find its own.

    >>> settled_label([], "We translate En-De.", pair_mentions), settled_label([(0, 5, "en-de")], "", pair_mentions)
    ('en-de', 'en-de')
    >>> settled_label([(0, 5, "en-de"), (9, 14, "en-fr")], "", pair_mentions) is None
    True
    """
    if not found:
        labels = {label for _, _, label in mentions(context)}
        return labels.pop() if len(labels) == 1 else ""
    if len({label for _, _, label in found}) == 1:
        return found[0][2]
    return None


def value_span(sentence: str, value: str) -> tuple[int, int] | None:
    """Where the number of `value` ("+2.1 BLEU", "29.3") stands in the sentence."""
    number = NUMBER.search(value.replace(",", ""))
    if number is None:
        return None
    m = re.search(rf"(?<![\w.]){re.escape(number.group())}(?![\w])", sentence)
    return m.span() if m else None


def _listed(span: tuple[int, int], found: list[tuple[int, int, str]], sentence: str) -> str | None:
    """The direction of a number that is the i-th of a list of numbers, when the
    sentence lists as many directions; "" when it lists some other count of
    them; None when the number stands in no list."""
    numbers = [m.span() for m in NUMBER.finditer(sentence) if not YEAR.fullmatch(m.group())]
    run = number_run(numbers, span, sentence, _NUMBER_LIST)
    if len(run) < 2:
        return None
    for pairs in _pair_runs(found, sentence):
        if len(pairs) == len(run):
            return pairs[run.index(span)][2]
    return ""


def number_run(spans: list[tuple[int, int]], span: tuple[int, int], sentence: str, between: re.Pattern) -> list:
    """The spans listed together with `span` (consecutive, only `between` text between them)."""
    i = spans.index(span) if span in spans else -1
    if i < 0:
        return []
    lo = hi = i
    while lo > 0 and between.fullmatch(sentence[spans[lo - 1][1] : spans[lo][0]]):
        lo -= 1
    while hi + 1 < len(spans) and between.fullmatch(sentence[spans[hi][1] : spans[hi + 1][0]]):
        hi += 1
    return spans[lo : hi + 1]


def _pair_runs(found: list[tuple[int, int, str]], sentence: str) -> list[list[tuple[int, int, str]]]:
    """The directions of a sentence grouped into lists."""
    runs: list[list[tuple[int, int, str]]] = []
    for f in found:
        if runs and _PAIR_LIST.fullmatch(sentence[runs[-1][-1][1] : f[0]]):
            runs[-1].append(f)
        else:
            runs.append([f])
    return runs


def _in_list(mention: tuple[int, int, str], found: list[tuple[int, int, str]], sentence: str) -> bool:
    """Whether a direction is coordinated with another ("En-De and En-Fr", "En-De, En-Fr"), or
    written with more targets after a slash ("En→De/Es/Fr": its directions follow with nothing between).

    >>> s = "an average 34.0 BLEU on FooST En→De/Es/Fr"
    >>> _in_list(pair_mentions(s)[0], pair_mentions(s), s)
    True
    """
    for s, e, _ in found:
        between = sentence[mention[1] : s] if s >= mention[1] else sentence[e : mention[0]]
        if (s, e) != mention[:2] and re.fullmatch(r"\s*(?:,|and|or|/|,\s*and)?\s*", between):
            return True
    return False
