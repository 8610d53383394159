"""Patterns for names no lexicon has seen, and the component that finds them.

Names in ML abstracts have shapes ordinary words do not: internal capitals
(SimPO, TokenSelect), capitals and digits (GSM8K, E2LM), hyphenated
capitalised parts (Arena-Hard, PET-Select), `@` (pass@1), a model family stem
with versions, sizes and variants (Llama3-8B-Instruct, Claude 3 Opus,
DeepSeek-R1 671B). The pure functions below classify one token or extend a
name over the following tokens; `NameFinder` records candidates in
`doc._.paperkg_names` as `[start_token, end_token, type_or_"", kind]`
with kind "model" (a family stem) or "shape".
"""

from __future__ import annotations

import re
import string
from functools import lru_cache
from itertools import compress, count, filterfalse
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc

from paperkg.extract.extensions import path, write
from paperkg.extract.lexicon import fold, load_word_list, rule_words, trie_pattern
from paperkg.extract.tokens import token_view

_INTERNAL_CAPS = re.compile(r"[a-z][A-Z]|[A-Z]{2,}[a-z]")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&+]*[A-Z0-9](?:-[A-Z0-9]+)*s?$")
_LETTER_DIGIT = re.compile(r"^(?=.*[A-Za-z])(?=.*\d)(?=.*[A-Z])[\w.\-+^]+$")
_LOWER_DIGIT_NAME = re.compile(r"^[a-z]{3,}[2-4][a-z]{3,}$")
_AT_METRIC: Final = re.compile(r"^[A-Za-z][\w\-]*@(?:\d+|k|K|n|N)$")
_SIZE = re.compile(r"^(?:\d+x)?\d+(?:\.\d+)?[BMKT]$")
_VERSION: Final = re.compile(r"^v?\d{1,2}(?:\.\d{1,2})?[a-z]?$")
_NUMBERISH = re.compile(r"^[\d.,:/%×x+\-~]+$|^\d+(?:\.\d+)?[a-zA-Z]{0,3}$")
_DATASET_SUFFIX: Final = re.compile(
    r"(?:Bench|bench|Eval|QA|Arena|-Hard|Hard|Set|Corpus|Data|Suite|Leaderboard|GLUE)(?:[-+ ]?\d*[A-Za-z]?)?$"
)
#: a character that continues a word or a hyphenated name
_WORD_OR_HYPHEN: Final = re.compile(r"[\w-]")


def continues_name(text: str, i: int) -> bool:
    """Whether the character at `i` continues a word or a hyphenated name, so a name read in `text` may not start
    right after it or end right before it (False outside the text): the edge test of a name found by string search.

    >>> continues_name("the COMET-MBR", 9), continues_name("the COMET-MBR", 3), continues_name("MBR", -1)
    (True, False, False)
    """
    return i >= 0 and _WORD_OR_HYPHEN.match(text, i) is not None


#: variant words that continue a model name when written as separate tokens
MODEL_VARIANTS: Final = frozenset(rule_words("MODEL_VARIANTS"))
_LOWER_VARIANT: Final = re.compile(
    r"^(?:tiny|base|small|medium|large|xl|xxl|turbo)-v\d+(?:\.\d+)?$"
)  # "Whisper large-v3"
_ROMAN_OR_CAP_VERSION: Final = re.compile(r"^(?:R\d|V\d(?:\.\d)?|v\d(?:\.\d)?|[IVX]{1,3})$")
#: an ordinal written with a LaTeX superscript ("3^{rd}", "15^{th", "2^nd"): a rank, never a name
_SUPERSCRIPT_ORDINAL = re.compile(r"^\d+\^\{?(?:st|nd|rd|th)\}?$", re.IGNORECASE)
#: accelerators and hardware parts look like names but are not concepts of the field
_HARDWARE = re.compile(r"^(?:[AHVBLTP]\d{2,3}[A-Z]?|RTX|GTX|TPUv\d|MI\d{3}X?|M[1-4]|[a-zA-Z]PU|R\d)s?$")


def is_size(text: str) -> bool:
    """`7B`, `671B`, `1.3B`, `8x7B`: a parameter count written as part of a name. The regex is called only on
    a word that opens with a decimal digit, as `\\d` is (~1.6k instructions a call, ~7 calls an abstract)."""
    return text[:1].isdecimal() and bool(_SIZE.match(text))


def is_year(text: str) -> bool:
    """`2014`, `2024`: an edition of a benchmark, never a reported score. What `^(?:19|20)\\d\\d$` matched, by
    string tests (a regex call costs ~1.6k instructions, ~17 calls an abstract): `$` also matches before a last
    line break, and `\\d` is a Unicode decimal digit (`str.isdecimal`).

    >>> is_year("2014"), is_year("1999\\n"), is_year("2014a"), is_year("3014"), is_year("20١٤")
    (True, True, False, False, True)
    """
    if text.endswith("\n"):
        text = text[:-1]
    return len(text) == 4 and text[:2] in ("19", "20") and text[2:].isdecimal()


def is_numberish(text: str) -> bool:
    return bool(_NUMBERISH.match(text))


def is_at_metric(text: str) -> bool:
    """`pass@1`, `nDCG@10`, `Recall@k`, `Sufficiency@k`."""
    return bool(_AT_METRIC.match(text))


#: a bare label of one capital and one digit ("A2", "B3", "S1"): a name (P5, M4) or the label of a part of
#: a paper or a study; see `is_label`
_BARE_LABEL: Final = re.compile(r"^[A-Z]\d$")
#: nouns that number the parts of a paper or a study ("Task A2", "Section B1", "level C1", "Setting S3")
LABEL_NOUNS = frozenset(
    "appendix section table figure fig task subtask track level setting condition experiment study phase stage "
    "step group case type question hypothesis scenario variant round part option".split()
)
#: the endings that, hyphenated, make an adjective of a name ("LLM-generated", "BERT-based", "GPT-like")
_ADJECTIVE_ENDINGS = sorted(set(rule_words("ADJECTIVE_SUFFIXES")) | set(rule_words("MODIFIER_TAILS")), key=len)
#: an acronym glued to such an ending, the hyphen lost in the PDF text: "LLMgenerated", "BERTbased",
#: "NLPtasks" are an adjective or a phrase, not a coined name (a coined one capitalises its parts: BERTScore)
#: the endings no noun shares ("based", "aware", "generated", "free"), unlike "task", "level", "time"
_ADJECTIVE_ONLY = frozenset(rule_words("ADJECTIVE_SUFFIXES"))
_GLUED_ENDING = re.compile(r"^[A-Z]{2,}\d*(?:" + "|".join(reversed(_ADJECTIVE_ENDINGS)) + r")s?$")


@lru_cache(maxsize=200_000)
def is_name_shape(text: str) -> bool:
    """A single token that looks like a coined name rather than a word."""
    if text.isalpha() and text.islower():
        return False
    if _GLUED_ENDING.match(text):
        return False
    if (
        len(text) < 2
        or is_numberish(text)
        or is_size(text)
        or _HARDWARE.match(text)
        or _UNIT.match(text)
        or _URLISH.search(text)
        or _SUPERSCRIPT_ORDINAL.match(text)
    ):
        return False
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        return False  # "sub-O(n^2": a formula cut by the tokenizer
    if is_at_metric(text):
        return True
    if "-" in text and has_adjective_tail(text.split("-")):
        return False  # "RoBERTa-Based", "ChatGPT-Generated": a name made an adjective, whatever its capitals
    if _INTERNAL_CAPS.search(text):
        return True
    if _ACRONYM.match(text) and sum(c.isupper() for c in text) >= 2:
        return True
    if _LETTER_DIGIT.match(text) and text[0].isalpha():
        return True
    if _LOWER_DIGIT_NAME.match(text):
        return True  # long2short, node2vec
    if "-" in text:
        parts = [p for p in text.split("-") if p]
        if len(parts) < 2:
            return False
        if (
            parts[0][:1].isupper()
            and parts[-1][:1].isupper()
            and shape_type(text)
            and parts[0].lower() not in MODIFIER_HEADS  # "Cross-Corpus Data Augmentation": a modifier
        ):
            return True  # Arena-Hard style dataset names
        if is_modifier_compound(parts):
            return False
        return any(is_name_shape(p) for p in parts)
    if "^" in text or ("_" in text and any(c.isupper() for c in text)):
        return True
    return False


#: last parts of hyphenated adjectives ("LLM-based", "Token-Level", "Reference-Free")
MODIFIER_TAILS = frozenset(rule_words("MODIFIER_TAILS"))
#: first parts of hyphenated adjectives ("Cross-Corpus", "Multi-Domain")
MODIFIER_HEADS = frozenset(rule_words("MODIFIER_HEADS"))
#: words that never open a two-word name before a name suffix ("Our Arena-style evaluation")
_NOT_NAME_OPENERS: Final = frozenset(rule_words("NOT_NAME_OPENERS"))


def _is_participle(word: str) -> bool:
    """The last part of a hyphenated adjective in -ed: "generated", or capitalised in a title, "Generated",
    "Assisted", but not a noun in -eed or -bed ("Speed", "Embed")."""
    low = word.lower()
    if not (low.endswith("ed") and len(low) > 4):
        return False
    return word.islower() or (word[0].isupper() and word[1:].islower() and not low.endswith(("eed", "bed")))


_URLISH = re.compile(r"://|^www\.|\.(?:com|org|io|git|html?)\b|/")
_UNIT = re.compile(r"^(?:[KMGTP]i?B|[KMG]Hz|ms|FPS|TFLOPS|GFLOPS|PFLOPS|TOPS|kWh|TB/s|GB/s)$")


def has_adjective_tail(parts: list[str]) -> bool:
    """Whether a hyphenated word's last part makes it an adjective whatever comes before: an adjective
    ending ("based", "Like", "Aware"; not a noun tail such as "Task" or "Level": "FooNLP-2025-Shared-Task")
    or a participle ("generated", "Generated")."""
    return parts[-1].lower() in _ADJECTIVE_ONLY or _is_participle(parts[-1])


def is_modifier_compound(parts: list[str]) -> bool:
    """`LLM-based`, `Token-Level`, `Coarse-to-Fine`, `Trade-Offs`, `LLM-Generated` (a title's capitals): a
    hyphenated adjective or phrase, not a name. A last part in -ed is a participle, lower-case or
    capitalised, but not a noun in -eed or -bed ("Speed", "Embed")."""
    if parts[-1].lower() in MODIFIER_TAILS or has_adjective_tail(parts):
        return True
    plain = all(_PLAIN_WORD.fullmatch(p) for p in parts)
    return plain


#: a released checkpoint's size or variant, written after its name ("-large", "-xxl", "-7B", "-76L")
CHECKPOINT_SIZE = r"(?:base|large|small|medium|tiny|mini|xl|xxl|\d+(?:\.\d+)?[BMKL])"
#: a coined name that ends in a model family's stem is a model (SciBERT, LayoutXLM, CodeT5, MedCLIP), also
#: with a version and a checkpoint's size or variant after it (FooBERTv2-large, FooBERTaV3-base, BarT5-xxl,
#: BazXLMR-7B). A name of capitals only ending in BERT is a derived checkpoint too (ALBERT, SBERT, MARBERT,
#: ARBERT in the 44k corpus); capitals before the short stems are often an acronym's end (FACT5, INT5)
_MODEL_TAIL: Final = re.compile(
    r"(?:(?<=[a-z])(?:BERTa?|RoBERTa|XLM-?R?|GPT|T5|LLaMA|Llama|CLIP|ViT|BART|LM)|^[A-Z]{1,6}BERT)"
    r"(?:[-_]?[vV]?\d[\w.]*)?"
    rf"(?:[-_]{CHECKPOINT_SIZE})?$"
)
_DATASET_TAIL: Final = re.compile(r"(?<=[a-z])DS$")
#: a hyphenated prefix on an evaluation score's acronym names a variant of the score, a metric: ASR-BLEU
#: (BLEU of a speech recogniser's transcript), GEMBA-MQM, Rubric-MQM, span-F1, SLU-F1, KG-BERTScore, PR-AUC.
#: Not COMET: also a commonsense model's name, which its variants share (GD-COMET)
_METRIC_TAIL: Final = re.compile(
    r"(?<=[A-Za-z])-(?:BLEU|MQM|ROUGE(?:-[\dLW])?|F1|WER|CER|chrF\+*|METEOR|BERTScore|AUC|MRR|nDCG|NDCG)$"
    # BLEU glued to a lower-case prefix is a BLEU variant too: spBLEU, eBLEU, ParaBLEU, SentBLEU, F200spBLEU
    # (ACL 44k: 13 such spellings in 18 abstracts that write no SacreBLEU or CodeBLEU)
    r"|(?<=[a-z])BLEU$"
)


#: a piece of text every match of the patterns `shape_type` tries holds: "@" (`_AT_METRIC`), "-" or "BLEU"
#: (`_METRIC_TAIL`), a model family's stem (`_MODEL_TAIL`: "RoBERTa" holds "BERT", "XLM" holds "LM"), "DS"
#: (`_DATASET_TAIL`), a data suffix (`_DATASET_SUFFIX`: "Bench" and "bench" hold "ench", "-Hard" holds
#: "Hard"). Literals only, so a search skips to their first characters: a name with none of them (1,211 of the
#: 1,737 calls over the seed; 1,590 say nothing) is not searched four times
_SHAPE_CUES: Final = re.compile(
    r"@|-|BLEU|BERT|LM|GPT|T5|LLaMA|Llama|CLIP|ViT|BART|DS|ench|Eval|QA|Arena|Hard|Set|Corpus|Data|Suite|Leaderboard|GLUE"
)


def shape_type(text: str) -> str:
    """The type a name's own shape suggests ("" when it says nothing).

    >>> shape_type("ASR-BLEU"), shape_type("GEMBA-MQM"), shape_type("Arena-Hard"), shape_type("GD-COMET")
    ('Metric', 'Metric', 'Dataset', '')
    >>> shape_type("F200spBLEU"), shape_type("96BLEU")
    ('Metric', '')
    >>> shape_type("QuuxBERTv0.3-large"), shape_type("FrobT5-xxl"), shape_type("ZedXLMR-76L")
    ('Model', 'Model', 'Model')
    >>> shape_type("QuxBERTaV3-base"), shape_type("ZORBERT"), shape_type("BERT"), shape_type("ZORT5")
    ('Model', 'Model', '', '')
    >>> shape_type("MiniZORBERT")  # a coinage on an all-capitals model's name, often the paper's own method
    ''
    """
    if not _SHAPE_CUES.search(text):
        return ""  # no pattern below can match (`_SHAPE_CUES`)
    if is_at_metric(text) or _METRIC_TAIL.search(text):
        return "Metric"
    if _MODEL_TAIL.search(text):
        return "Model"
    if _DATASET_TAIL.search(text):
        return "Dataset"
    if _DATASET_SUFFIX.search(text) and not text.isupper():
        return "Dataset"
    if text.endswith(("QA", "Bench", "Eval")):
        return "Dataset"
    return ""


@lru_cache(maxsize=4)
def family_pattern(directory: str | None = None) -> re.Pattern:
    """One regex for every model family stem; a stem must be followed by the end
    of the token, a separator or a digit (`GPT-4o`, `Llama3`, not `GPTQ`)."""
    alts = trie_pattern(load_word_list("model_families.txt", directory))  # one trie: cost independent of the list
    return re.compile(rf"^(?i:{alts})(?:$|[-_.]|(?=\d))")


def is_model_token(text: str, pattern: re.Pattern | None = None) -> bool:
    """A token that starts with a model family stem and is written as a name."""
    if not (text[:1].isupper() or text[:2].lower() in ("mt", "wa")):
        return False
    pattern = pattern or family_pattern()
    m = pattern.match(text)
    if not m:
        return False
    if not (text[0].isupper() or text[:2].lower() in ("mt", "wa")):
        return False
    return True


_O_SERIES = re.compile(r"^o[1-9](?:-(?:mini|pro|preview|high|low))*$")
_SHORT_VERSION = re.compile(r"^(?:\d(?:\.\d)?|v\d+(?:\.\d+)?)$")
_PLAIN_WORD = re.compile(r"[A-Z]?[a-z]+")


def is_o_series(text: str) -> bool:
    """OpenAI's `o1`, `o3-mini`, `o4-mini-high`."""
    return bool(_O_SERIES.match(text))


def extend_model(words: list[str], start: int, end: int) -> int:
    """Extend a model name [start, end) over version numbers, sizes and variant
    words that follow it (`Claude 3 Opus`, `Llama 3 8B`, `DeepSeek-R1 671B`)."""
    j = end
    while j < len(words):
        w = words[j]
        nxt = words[j + 1] if j + 1 < len(words) else ""
        if is_size(w) or w in MODEL_VARIANTS or _ROMAN_OR_CAP_VERSION.match(w) or _LOWER_VARIANT.match(w):
            j += 1
            continue
        if _VERSION.match(w) and nxt not in ("%", "x", "×", "times", "points", "pp") and j == end:
            j += 1
            continue
        break
    return j


def extend_shape(words: list[str], start: int, end: int) -> int:
    """Extend a shape name over a following version or size (`AlpacaEval 2`, `Canary 1B`)."""
    j = end
    if j < len(words):
        w = words[j]
        nxt = words[j + 1] if j + 1 < len(words) else ""
        if is_size(w):
            return j + 1
        if (
            (w[:1] == "v" or w[:1].isdecimal())  # what `_SHORT_VERSION` opens with: the regex only where it may match
            and _SHORT_VERSION.match(w)
            and nxt not in ("%", "x", "×", "times", "points", "pp", "-", "to")
            and not nxt[:1].isdigit()
        ):
            return j + 1
    return j


_SUFFIX_WORDS: Final = frozenset("Eval Bench QA Arena".split())


def is_label(words: list[str], i: int, labels: set[str]) -> bool:
    """Whether the bare letter-and-digit token at `i` labels a part of the paper or the study rather than
    names a thing: a label noun before it ("Task A2", "levels B1"), another label of the text with its
    letter or its digit (a series: "A1" and "A2", "A2, B2"; `labels` holds the text's bare tokens that no
    model family claims), or a label before it in a list ("levels A2 and B1"). A lone "P5" stays a name.

    >>> is_label(["Task", "A2"], 1, {"A2"}), is_label(["A1", "and", "A2"], 2, {"A1", "A2"})
    (True, True)
    >>> is_label(["levels", "A2", "and", "B1"], 3, {"A2", "B1"})
    True
    >>> is_label(["we", "fine-tune", "P5", "and", "Q7"], 2, {"P5", "Q7"})
    False
    """
    w = words[i]
    if any(x != w and (x[0] == w[0] or x[1] == w[1]) for x in labels):
        return True
    before = words[i - 1].lower() if i > 0 else ""
    if before in LABEL_NOUNS or before.removesuffix("s") in LABEL_NOUNS:
        return True
    return before in _LIST_JOINS and i > 1 and words[i - 2] in labels and is_label(words, i - 2, labels)


_LIST_JOINS = frozenset({",", "and", "or", "/", "to"})


#: what a token alone says it may start (`_word_kind`): nothing, a model's name, a catch-all with a word
#: attached ("LLM-agent"), a name by its shape
_PLAIN, _MODEL, _CATCH_ALL, _SHAPE = range(4)
#: `find_names`' word kinds kept across texts are cleared at this many words (memory stays flat)
_KINDS_MAX: Final = 20_000


def _word_kind(w: str, skip: frozenset[str], pattern: re.Pattern) -> int:
    """What the token `w` may start, by the tests `find_names` makes of the token alone, in its order."""
    if (is_model_token(w, pattern) and not ("-" in w and is_modifier_compound(w.split("-")))) or (
        w[:1] == "o" and is_o_series(w)
    ):
        return _MODEL
    if "-" in w and fold(w.split("-", 1)[0]) in skip and w.split("-", 1)[1].isalpha() and w.split("-", 1)[1].islower():
        return _CATCH_ALL
    if is_name_shape(w) and fold(w) not in skip:
        return _SHAPE
    return _PLAIN


def find_names(
    words: list[str],
    skip: frozenset[str] = frozenset(),
    pattern: re.Pattern | None = None,
    kinds: dict[str, int] | None = None,
    starts: dict[str, bool] | None = None,
) -> list[list]:
    """Candidates [start, end, type, kind] over a token list. `kinds`: each word's `_word_kind` for this `skip`
    and `pattern`, kept by the caller across texts (the field's names recur: a word is classified once);
    `starts`: whether each word may start a name at all, kept the same way (`_name_starts`)."""
    pattern = pattern or family_pattern()
    if kinds is None:
        kinds = {}
    elif len(kinds) > _KINDS_MAX:
        kinds.clear()
    labels: set[str] | None = None  # the text's bare letter-and-digit tokens, read at the first one
    out: list[list] = []
    i = 0  # the next token a name may start at (a name found skips its tokens)
    for k in _name_starts(words, {} if starts is None else starts, kinds, skip, pattern):
        if k < i:
            continue
        i = k
        w = words[i]
        kind = kinds.get(w)
        if kind is None:
            kind = kinds[w] = _word_kind(w, skip, pattern)
        if kind == _PLAIN and w not in _SUFFIX_WORDS:
            continue  # most such tokens: no name starts at them, and none ends one (the tests below all fail)
        if kind == _MODEL:
            j = extend_model(words, i, i + 1)
            out.append([i, j, "Model", "model"])
            i = j
            continue
        if w in _SUFFIX_WORDS and out and out[-1][1] == i and (words[i - 1][:1].isupper()):
            out[-1] = [out[-1][0], i + 1, "Dataset", "shape"]  # "AGI Eval", "Spider QA"
            i += 1
            continue
        if (
            w in _SUFFIX_WORDS
            and i > 0
            and words[i - 1][:1].isupper()
            and words[i - 1].isalpha()
            and words[i - 1].lower() not in _NOT_NAME_OPENERS
        ):
            out.append([i - 1, i + 1, "Dataset", "shape"])
            i += 1
            continue
        if kind == _CATCH_ALL:
            i += 1  # "LLM-agent", "AI-generated": a catch-all with a word attached
            continue
        if kind == _SHAPE:
            if len(w) == 2 and _BARE_LABEL.match(w):
                if labels is None:
                    labels = {
                        x for x in words if len(x) == 2 and _BARE_LABEL.match(x) and not is_model_token(x, pattern)
                    }
                if is_label(words, i, labels):
                    i += 1
                    continue
            j = extend_shape(words, i, i + 1)
            out.append([i, j, shape_type(w), "shape"])
            i = j
            continue
        i += 1
    return out


#: one-character punctuation tokens: no name starts with one (too short for a shape, no family stem)
_PUNCTUATION = frozenset(string.punctuation)


def _is_unordinary(w: str) -> bool:
    """Neither all-lower-case letters nor one punctuation mark: only such a token can start a name. Three quarters
    of a text's tokens are all-lower-case words and marks (`_name_starts` passes over them)."""
    return not ((w.islower() and w.isalpha()) or w in _PUNCTUATION)


def _name_starts(
    words: list[str], starts: dict[str, bool], kinds: dict[str, int], skip: frozenset[str], pattern: re.Pattern
) -> list[int]:
    """Indices of the tokens `find_names`' loop does more than pass over: an unordinary word (`_is_unordinary`) that is
    not of the `_PLAIN` kind or is a suffix word ("Eval", "QA"). A plain word only sets the loop's next token to
    itself, which the next unordinary token sets past again, so leaving it out finds the same names. Each word's
    answer is kept in `starts` across texts (cleared at `_KINDS_MAX` words) and read in C (`map`, `compress`): ~85
    unordinary tokens an abstract, of which ~15 may start a name, were each a Python step of the loop.

    >>> starts, kinds = {}, {}
    >>> _name_starts(["a", "GPT-4", "Model", ",", "Spider", "QA"], starts, kinds, frozenset(), family_pattern())
    [1, 5]
    >>> starts["Model"], starts["QA"], starts["a"]
    (False, True, False)
    """
    try:
        return list(compress(count(), map(starts.__getitem__, words)))
    except KeyError:  # a word not seen before (one failed lookup, not a test per token)
        if len(starts) > _KINDS_MAX:
            starts.clear()
        for w in list(filterfalse(starts.__contains__, set(words))):
            if not _is_unordinary(w):
                starts[w] = False
                continue
            kind = kinds.get(w)
            if kind is None:
                kind = kinds[w] = _word_kind(w, skip, pattern)
            starts[w] = kind != _PLAIN or w in _SUFFIX_WORDS
        return list(compress(count(), map(starts.__getitem__, words)))


class NameFinder:
    """Records shape- and family-based name candidates on each Doc."""

    def __init__(self, nlp: Language, name: str = "paperkg_names", lexicon_path: str | None = None):
        self.name = name
        self.pattern = family_pattern(lexicon_path)
        self.skip = frozenset(fold(w) for w in load_word_list("generic.txt", lexicon_path))
        self.kinds: dict[str, int] = {}  # `find_names`' word kinds, kept across Docs
        self.starts: dict[str, bool] = {}  # `_name_starts`' answers, kept across Docs

    def __call__(self, doc: Doc) -> Doc:
        words = token_view(doc).words
        write(doc, "names", find_names(words, self.skip, self.pattern, self.kinds, starts=self.starts))
        return doc


@Language.factory("paperkg_names", default_config={"lexicon_path": None}, assigns=[path("names")])
def make_name_finder(nlp: Language, name: str, lexicon_path: str | None) -> NameFinder:
    return NameFinder(nlp, name, lexicon_path)
