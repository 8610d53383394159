"""Entities that are not concepts: LaTeX/unit debris, fragments of a longer name, venues and events,
translation directions.

Applied by `assemble` before resolution, so such names never become Concept
nodes, whichever extractor produced them:

>>> is_debris("4timesRTX"), is_debris("48xGH200"), is_debris("R^d"), is_debris("H_2"), is_debris("H_2O")
(True, True, True, True, False)
>>> is_debris("3^rd"), is_debris("1^st,8^th"), is_debris("score(5^th)position"), is_debris("D^2MoE")
(True, True, True, False)
>>> is_debris("FrobishrightarrowEnglish"), is_debris("Arrow"), is_debris("Rightarrow Net")
(True, False, False)
>>> is_glued_word("objective-Quiet-STaR"), is_glued_word("gamma-MoD"), is_glued_word("m-LoRA"), is_glued_word("macro-F1")
(True, False, False, False)
>>> is_venue("SemEval-2025"), is_venue("DravidianLangTech@NAACL"), is_venue("SemEval-2025 Task 11")
(True, True, False)
>>> is_venue("LT-EDI-EACL2021"), is_venue("DravidianLangTech@"), is_venue("BioNLP"), is_venue("SMM4H 2022 Task 5")
(True, True, True, False)
>>> is_venue("SEMEVAL-2019"), is_venue("CONLL-2003"), is_venue("Semeval-2019 data")
(True, False, False)
>>> is_venue("Semeval-2025"), is_venue("Coling 2020"), is_venue("Semeval"), is_venue("Conll-2003"), is_venue("Case")
(True, True, False, False, False)
>>> is_venue("SemEval–2017"), is_venue("SemEval–2017 Task 4")
(True, False)
>>> is_catch_all_pair("human-LLM"), is_catch_all_pair("teacher-PLMs"), is_catch_all_pair("Megatron-LM")
(True, True, False)
>>> is_catch_all_pair("multi-LLM"), is_catch_all_pair("long-CoT"), is_catch_all_pair("Vicuna-13B")
(False, False, False)
>>> is_language_pair("En-De"), is_language_pair("Ma-En", ["Malayalam-English"]), is_language_pair("WMT14 En-De")
(True, True, False)
>>> is_stray_glue("datasets-QUORA"), is_stray_glue("with-PP"), is_stray_glue("tst-COMMON"), is_stray_glue("all-MiniLM-L6-v2")
(True, True, False, False)
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from paperkg.extract.lexicon import load_lexicon
from paperkg.language_pairs import pair_mentions
from paperkg.model import Entity, Evidence
from paperkg.names import fold
from paperkg.resolve.longform import spells

#: A count times a device or unit ("4timesRTX", "48xGH200", "8×A100"): a hardware description, not a name.
_TIMES = re.compile(r"^\d+(?:\.\d+)?\s*(?:times|x|×|\\times)\s*[A-Za-z]")
#: Math: a TeX command, brace or dollar, or one letter with a short sub/superscript ("R^d", "\mathcal{D}", "H_2");
#: a name that carries one stays ("H_2O", "D^2MoE", the guideline spells them as the text does).
_MATH = re.compile(r"[\\{}$]|^[A-Za-z][\^_][A-Za-z0-9]$")
#: A TeX arrow whose backslash and dollars a dump stripped, glued between two words ("EnglishrightarrowGerman"
#: from "English$\rightarrow$German": seed corpus 2 abstracts, ACL 44k 14): a translation direction, never a name.
_STRIPPED_ARROW = re.compile(r"[A-Za-z0-9](?:[Ll]eft|[Rr]ight|[Ll]eftright)arrow[A-Z0-9]")
#: An ordinal set as a LaTeX superscript ("3^{rd} place", "ranked 1^st"): a rank in a shared task, never a name.
_ORDINAL = re.compile(r"\d\s*\^\s*\{?\s*(?:st|nd|rd|th)\b", re.IGNORECASE)
#: A bare sub-task, track or rank label ("Subtask-1", "SubTask 2", "Task1", "Track 2a", "Top-5"): a part or
#: place in someone's shared task, never a concept name on its own; the event's task keeps its name
#: ("SemEval-2018 Task 1", "CASE 2021 Task 1" are not bare).
_LABEL = re.compile(
    r"^(?:(?:sub[\s_–-]*)?(?:task|track)s?(?:[\s_–-]*(?:\d+(?:\.\d+)?[a-z]?|[a-c]|i{1,3}|iv))?"
    r"|top[\s_–-]*\d+)$",
    re.IGNORECASE,
)
#: A word broken at a line end and never joined ("Content- Learning", "lan- guage").
_BROKEN = re.compile(r"[^\W\d_]- [^\W\d_]")
#: Greek letters written out, which prefix real names ("gamma-MoD", "alpha-CLIP").
_GREEK = frozenset(
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma "
    "tau upsilon phi chi psi omega".split()
)
#: Prefixes that English binds to a name with a hyphen ("macro-F1", "non-IID", "multi-LLM", "cross-BERT"):
#: the result is one word, not a fragment.
_BOUND = _GREEK | frozenset(
    "macro micro non multi cross pre post semi self sub inter intra anti over under "
    "mono uni meta hyper super ultra mini single dual hard soft span near zero few".split()
)


def _read_venues() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(venues, series whose edition names a dataset) from data/venues.txt (sources in data/README.md)."""
    text = (Path(__file__).parent / "data" / "venues.txt").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(r[0].strip() for r in rows if len(r) == 1), tuple(r[0].strip() for r in rows if len(r) > 1)


#: Conferences and their workshops, a bare name, with a year, or `Workshop@VENUE`; and shared tasks
#: whose year names a dataset (CoNLL-2003, IWSLT 2017): only their bare name is the venue.
VENUES, YEAR_IS_DATASET = _read_venues()
_VENUES = "|".join(re.escape(v) for v in VENUES)
#: a venue, its host venue ("LT-EDI-EACL", "ArgMining-EMNLP"), a year (after a hyphen, a dash or an apostrophe:
#: "SemEval–2017"), a stray "@" of "Team@Workshop"
_VENUE = re.compile(
    r"^(?:(?:%s)(?:-(?:%s))?(?:[\s\-'‐–—’]*(?:19|20)?\d\d)?@?|%s)$" % (_VENUES, _VENUES, "|".join(YEAR_IS_DATASET))
)
#: a venue written in capitals ("SEMEVAL-2019" in a title set in capitals) or in another case with its year
#: ("Semeval-2025") is the venue
_VENUE_IN_CAPITALS = re.compile(_VENUE.pattern, re.IGNORECASE)
_ENDS_IN_YEAR = re.compile(r"\d\d$")
_AT_VENUE = re.compile(
    r"^\S+@(?:%s)(?:[\s\-]*\d{2,4})?$" % "|".join(re.escape(v) for v in VENUES + YEAR_IS_DATASET), re.IGNORECASE
)


def _catch_all_acronyms() -> frozenset[str]:
    """The capitalised catch-alls of the extractor's generic list (LLM, AI, API, ID, ...), read as data."""
    path = Path(__file__).parents[1] / "extract" / "lexicons" / "generic.txt"
    words = (w.strip() for w in path.read_text(encoding="utf-8").splitlines() if not w.startswith("#"))
    return frozenset(w for w in words if re.fullmatch(r"[A-Z][A-Za-z]*[A-Z]s?", w))


_CATCH_ALL = _catch_all_acronyms()
#: Words that never start a name when glued by a hyphen ("with-PP"): a line-break or markup join.
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\n)$")
_STRAY_HEADS = frozenset("with without from into onto than then that this these those their which where".split())


def is_catch_all_pair(name: str) -> bool:
    """A word glued to a catch-all acronym ("human-LLM", "user-AI", "teacher-PLMs", "position-ID"):
    a relation or a vague kind, no more a concept than the catch-all itself. A capitalised word
    ("Megatron-LM", "Diffusion-LM") names a model; see `clean_entities` for one at a sentence start."""
    head, sep, rest = name.partition("-")
    return bool(sep) and head.isalpha() and head.islower() and head not in _BOUND and rest in _CATCH_ALL


def _capitalised_pair(name: str) -> bool:
    head, sep, rest = name.partition("-")
    # a word capitalised as a sentence start writes it ("Human"), not a name's own capitals ("CUDA", "ZeroQuant")
    return bool(sep) and head[:1].isupper() and head[1:].islower() and is_catch_all_pair(head.lower() + sep + rest)


def _only_where_capitals_are_forced(name: str, text: str) -> bool:
    """Every occurrence of `name` opens a sentence or the title, or stands in a Title Case title,
    where a capital is forced ("Human-LLM agreement ...", "A Human-LLM Collaborative System")."""
    starts = [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
    title_end = text.find("\n") if "\n" in text else len(text)
    title_case = is_title_case(text[:title_end])
    return bool(starts) and all(
        (title_case and i < title_end) or _SENTENCE_START.search(text[max(0, i - 4) : i]) for i in starts
    )


def is_title_case(title: str) -> bool:
    """Most of the title's longer words start with a capital ("A Human-LLM Collaborative Annotation System").

    >>> is_title_case("A Human-LLM Collaborative Annotation System"), is_title_case("Human-LLM agreement on toxicity")
    (True, False)
    """
    words = [w for w in re.findall(r"[^\W\d_][\w-]*", title) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) > 0.6 * len(words)


def is_stray_glue(name: str) -> bool:
    """A lower-case word glued to a name it does not belong to: a function word ("with-PP"), a plural
    noun ("datasets-QUORA", "strategies-ZeroThink") or a venue after it ("language-EACL")."""
    if not is_glued_word(name):
        return False
    head, _, rest = name.partition("-")
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is")) and len(head) > 4
    return head in _STRAY_HEADS or plural or is_venue(rest)


def _whole_pair(name: str) -> bool:
    name = name.strip()
    return any(s == 0 and e == len(name) for s, e, _ in pair_mentions(name))


def is_language_pair(name: str, aliases: Iterable[str] = ()) -> bool:
    """A translation direction or language pair alone ("En-De", "Tamil-English"), or its short form beside it
    ("Ma-En" of "Malayalam-English": each part the start of a language name): a part of a benchmark or the
    languages of a corpus, never a concept of its own (`paperkg.language_pairs` reads the pair of a result).
    A name that only writes like a pair as its acronym's letters ("MT-IT" of "multi-task instruction tuning")
    is its long form's concept, and a name with more than the pair ("WMT14 En-De") the benchmark's.

    >>> is_language_pair("Tamil-English"), is_language_pair("EN→DE"), is_language_pair("Kn-En", ["Kannada and English"])
    (True, True, True)
    >>> is_language_pair("multi-task instruction tuning", ["MT-IT"]), is_language_pair("de-en", ["German-English"])
    (False, True)
    >>> is_language_pair("Hinglish", ["Hindi-English"]), is_language_pair("Ma-Lu", ["Malayalam-English"])
    (False, False)
    """
    if _whole_pair(name):
        return True
    parts = [p.casefold() for p in re.split(r"\s*[-–—]\s*", name.strip())]
    if len(parts) != 2 or not all(p.isalpha() for p in parts):
        return False
    for alias in aliases:
        sides = [w.casefold() for w in re.split(r"\s*(?:[-–—/]|\band\b|\bto\b)\s*", alias.strip()) if w]
        if len(sides) == 2 and _whole_pair(alias.replace(" and ", "-")) and all(map(str.startswith, sides, parts)):
            return True
    return False


def is_debris(name: str) -> bool:
    """LaTeX or unit debris that a cleaner left in the text."""
    return bool(
        _TIMES.match(name)
        or _MATH.search(name)
        or _BROKEN.search(name)
        or _ORDINAL.search(name)
        or _STRIPPED_ARROW.search(name)
    )


def is_venue(name: str) -> bool:
    """A conference, a workshop at one, or a shared-task event without its task ("SemEval-2025")."""
    name = name.strip()
    # in another case, a venue in capitals ("SEMEVAL-2019", a title set in capitals) or with its year
    # ("Semeval-2025", "Coling 2020": no word of the language is a venue's name and a year)
    other_case = name.isupper() or bool(_ENDS_IN_YEAR.search(name))
    return bool(_VENUE.match(name) or _AT_VENUE.match(name) or other_case and _VENUE_IN_CAPITALS.match(name))


#: What a venue's long form may open with before the words its acronym spells ("Conference on").
_VENUE_LEAD = re.compile(
    r"^(?:the\s+)?(?:\d+\w*\s+)?(?:annual\s+)?(?:conference|workshop|meeting|symposium)\s+(?:on|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def is_venue_long_form(name: str, aliases: Iterable[str]) -> bool:
    """A venue written out, its acronym beside it ("Computational Natural Language Learning (CoNLL)"): the
    name spells an alias that is a bare venue. An edition's data ("CoNLL-2003") is no venue, nor spelled.

    >>> is_venue_long_form("Computational Natural Language Learning", ["CoNLL"])
    True
    >>> is_venue_long_form("Conference on Empirical Methods in Natural Language Processing", ["EMNLP"])
    True
    >>> is_venue_long_form("Conditional Neural Language Learner", ["CoNLL-2003"]), is_venue_long_form("CoNLL", [])
    (False, False)
    """
    core = _VENUE_LEAD.sub("", name.strip())
    return any(is_venue(a) and (spells(a, name) or spells(a, core)) for a in aliases)


#: Nouns that name a piece of hardware ("the Foo 9300 processor", "Bar-class devices", "MicroControllers"): what a
#: system runs on, not a concept of the field (a name these end, or that only ever premodifies them, is hardware).
HARDWARE_NOUNS = frozenset(
    "processor processors chip chips chipset chipsets microcontroller microcontrollers mcu mcus soc socs gpu gpus cpu "
    "cpus npu npus tpu tpus fpga fpgas device devices smartphone smartphones".split()
)
#: Capitalised or numbered words a hardware description may put between a maker and the noun ("Dimensity 9300").
_HARDWARE_BETWEEN = re.compile(
    r"[ -]*(?P<between>(?:[A-Z0-9][\w.+-]*[ ]+){0,2})(?P<noun>[A-Za-z]+)(?P<rest>[^\w]*\s*[A-Za-z]*)"
)
#: Words after which a hardware noun still ends its noun phrase ("devices with 256 KB", "GPUs, and").
_PHRASE_ENDS = frozenset("and or with in on of for to at by from that which is are was were as using running".split())


def _hardware_word(word: str) -> bool:
    return word.casefold() in HARDWARE_NOUNS


#: Hardware nouns that head a name on their own; "processor" may be software ("Speech-to-Text Post-Processor").
_HARDWARE_HEADS = HARDWARE_NOUNS - {"processor", "processors"}
#: Accelerators glued to another part by a hyphen ("V100-GPU", "CPU-GPU"); "On-Device" names a setting, not a device.
_ACCELERATOR = re.compile(r"^(?:[CGNT]PU|FPGA|MCU)s?$")


def names_hardware(name: str) -> bool:
    """A name whose head is a hardware noun: "MicroControllers", "Zorb-class devices", "Micro-Controller Units",
    "Zorb Processing Unit" (a unit of a controller or of processing is the chip), "Z100-GPU".

    >>> [names_hardware(n) for n in ("MicroControllers", "Zorb NPU", "Micro-Controller Units", "Zorb Processing Unit", "Z100-GPU")]
    [True, True, True, True, True]
    >>> [names_hardware(n) for n in ("GPU-Zorb", "Zorb", "gated recurrent unit", "GPU hours", "ZZ-Soc", "Zorb Post-Processor")]
    [False, False, False, False, False, False]
    >>> names_hardware("Zorb Classification On-Device")
    False
    """
    words = name.split()
    if not words:
        return False
    last = words[-1]
    if len(words) > 1 and last.casefold() in ("unit", "units"):
        head = words[-2].casefold()
        return _hardware_word(head.replace("-", "")) or head.rsplit("-", 1)[-1] in ("controller", "processing")
    return last.replace("-", "").casefold() in _HARDWARE_HEADS or bool(_ACCELERATOR.match(last.rsplit("-", 1)[-1]))


def premodifies_hardware(ev: Evidence, text: str) -> bool:
    """A mention that only premodifies a hardware noun, at most two capitalised or numbered words between, the noun
    ending its noun phrase: "the Zorbtek Frob 9300 processor", "on Quux-class devices". Not "Zorb GPU inference"
    (the noun modifies another noun: a measure of the name's system on it).

    >>> text = "We run Zorbtek on the Zorbtek Frob 9300 processor, Quux-class devices and Blip GPU inference."
    >>> def at(name, nth=0):
    ...     start = [m.start() for m in re.finditer(re.escape(name), text)][nth]
    ...     return Evidence("", start, start + len(name))
    >>> [premodifies_hardware(e, text) for e in (at("Zorbtek", 1), at("Quux-class"), at("Zorbtek"), at("Blip"))]
    [True, True, False, False]
    >>> title = "Zorb Learning Across Devices for Frob"
    >>> premodifies_hardware(Evidence("", 0, 14), title)
    False
    >>> premodifies_hardware(Evidence("", 0, 4), "Zorb\\n\\nDevices are fast.")  # a title's last word, then the abstract
    False
    """
    m = _HARDWARE_BETWEEN.match(text, ev.end)
    if not m or not _hardware_word(m.group("noun")):
        return False
    if any(
        w.casefold() in _PHRASE_ENDS or w.casefold() in ("across", "via", "over", "the", "a", "an")
        for w in m.group("between").split()
    ):
        return False  # a title in title case: "Zorb Learning Across Devices" is no device of Zorb's
    rest = m.group("rest")
    after = rest.strip().split()
    # the noun ends its phrase: punctuation, the text's end or a function word after it
    if rest[:1] == "-":
        return False  # "Zorb GPU-accelerated decoding": the noun opens a compound
    return not after or not rest[:1].isspace() or after[0].casefold() in _PHRASE_ENDS or not after[0].isalpha()


def is_not_a_name(name: str) -> bool:
    """A glued pair that names nothing, a catch-all pair or a stray glue, a bare label, or a name glued to a function
    word (`unglued`) (the audit's debris classes)."""
    return is_catch_all_pair(name) or is_stray_glue(name) or is_bare_label(name) or unglued(name) is not None


def is_bare_label(name: str) -> bool:
    """A sub-task, track or rank label with no event before it: "Subtask-1", "SubTask 2", "Task1", "Top-5".

    >>> [is_bare_label(n) for n in ("Subtask-1", "SubTask 2", "Sub-Task-1", "Task1", "TASK 4", "Top-5", "subtask A")]
    [True, True, True, True, True, True, True]
    >>> [is_bare_label(n) for n in ("SemEval-2018 Task 1", "top-5 accuracy", "Taskmaster-1", "T5", "TaskLAMA")]
    [False, False, False, False, False]
    """
    return bool(_LABEL.match(name.strip()))


def _inside_word(ev: Evidence, text: str) -> bool:
    """A mention that starts or ends inside a word (a plural `s` after it is fine)."""
    s, e = ev.start, ev.end
    if not (0 <= s < e <= len(text)):
        return False
    plural = text[e : e + 1] == "s" and not text[e + 1 : e + 2].isalnum()
    return (s > 0 and text[s - 1].isalnum() and text[s].isalnum()) or (
        e < len(text) and text[e].isalnum() and text[e - 1].isalnum() and not plural
    )


def _crosses_longer(ev: Evidence, spans: list[tuple[int, int]]) -> bool:
    """A mention that starts or ends inside a longer mention of the paper."""
    s, e = ev.start, ev.end
    return any((a < s < b < e or s < a < e < b) and b - a > e - s for a, b in spans)


#: Action nouns whose object follows them ("detection of online sexism"), and the generic head of an event
#: whose topic follows it ("shared task on hallucinations"): with only adjectives before them, the name says
#: how or where, not what, and the what is written after the preposition.
_OBJECT_HEAD = re.compile(
    r"^(?P<mods>.+?)[\s-]+(?:detection|identification|recognition|extraction|prediction|shared[\s-]+task)$",
    re.IGNORECASE,
)
#: Adjectives of manner, setting or language that never name what is detected: by suffix ("explainable",
#: "automatic", "multilingual", "supervised"), by a prefix of kind ("cross-lingual", "zero-shot",
#: "multi-label"), or a few common ones without either ("early detection of depression"); a word with inner
#: capitals is a name ("ZorbEval"), not an adjective.
_ADJECTIVE = re.compile(
    r"^(?:(?:[A-Za-z][a-z]*-)*[A-Za-z][a-z]*(?:able|ible|ic|ical|ive|ous|ual|al|ed)|(?i:(?:multi|cross|zero|few|semi)-?[a-z]+|early|joint|binary))$"
)
_OBJECT_AFTER = {"of": re.compile(r"\s+of\s+\w", re.IGNORECASE), "on": re.compile(r"\s+(?:of|on)\s+\w", re.IGNORECASE)}


def headless_action(name: str) -> re.Pattern | None:
    """For a name of adjectives and an action noun ("Explainable Detection", "multilingual detection",
    "Multilingual Shared-task"), the pattern of the preposition that brings its object after it; None for
    a name that says what it acts on ("sarcasm detection", "named entity recognition").

    >>> bool(headless_action("Explainable Detection")), bool(headless_action("cross-lingual detection"))
    (True, True)
    >>> bool(headless_action("Multilingual Shared-task")), bool(headless_action("early detection"))
    (True, True)
    >>> headless_action("sarcasm detection"), headless_action("named entity recognition"), headless_action("detection")
    (None, None, None)
    """
    m = _OBJECT_HEAD.match(name.strip())
    if not m or not all(_ADJECTIVE.match(w) for w in re.split(r"\s+", m.group("mods"))):
        return None
    return _OBJECT_AFTER["on" if name.casefold().replace("-", " ").endswith("shared task") else "of"]


def _cut_before_object(ev: Evidence, text: str, after: re.Pattern | None) -> bool:
    """A mention of a `headless_action` name whose object follows it: "Explainable Detection" of "Explainable
    Detection of Online Sexism", "the Multilingual Shared-task" of "... Shared-task on Hallucinations"."""
    return after is not None and after.match(text, ev.end) is not None


def _hyphen_prefixed(name: str, others: set[str]) -> bool:
    """`objective-Quiet-STaR`: a lower-case word glued by a hyphen to another name of the paper."""
    head, sep, rest = name.partition("-")
    return is_glued_word(name) and rest in others


def is_glued_word(name: str) -> bool:
    """A lower-case English-looking word glued by a hyphen to a capitalised name ("objective-Quiet-STaR")."""
    head, sep, rest = name.partition("-")
    return (
        bool(sep) and len(head) >= 3 and head.isalpha() and head.islower() and head not in _BOUND and rest[:1].isupper()
    )


#: Words an abstract that lost its spaces glues to the name after them ("onGithub", "theSemEval-2023",
#: "obtainedmacro-F1", "TheExplainable"): function words, sentence openers and the verbs that report a result.
_GLUE_WORDS = "the|on|in|of|to|and|or|for|with|from|by|at|as|is|are|was|were|our|we|this|that|these|its|their|via|than"
_GLUE_VERBS = (
    "using|introduce|introduces|obtained|obtains|achieved|achieves|achieving|reached|reaches|reported|reports"
    "|scored|scores|yielded|yields|outperforms|outperformed"
)
_GLUED = re.compile(
    rf"^(?P<head>(?:{_GLUE_WORDS}|{_GLUE_VERBS})(?=[A-Z])|(?:The|This|These|Our|Their|Its)(?=[A-Z][a-z])"
    rf"|(?:{_GLUE_VERBS})(?=[a-z]))(?P<rest>\S.*)$"
)


def unglued(name: str) -> str | None:
    """The name after a function word, sentence opener or result verb an abstract without spaces glued to it
    (issue 15 item 4: ACL 44k "onGithub", "theSemEval-2023", "ofChatGPT", "thatVertAttack", "TheExplainable",
    "obtainedmacro-F1", about 90 names), or "" when what follows is no name either (a plain word: "Github",
    "Arabic", "Context"); None for a name no such word opens. A name's own capitals are kept: only a word
    in small letters glues before a capital ("InCoder", "AtMan", "ToTTo" are names), and a capitalised
    opener only before a capitalised word.

    >>> [unglued(n) for n in ("onZorbhub", "theZorbEval-2031", "ofZorbGPT", "TheExplainable", "obtainedmacro-F9")]
    ['', 'ZorbEval-2031', 'ZorbGPT', '', 'macro-F9']
    >>> [unglued(n) for n in ("InCoder", "ToTTo", "information-extraction", "theorem proving", "inter-ZBQ", "mBERT")]
    [None, None, None, None, None, None]
    """
    m = _GLUED.match(name or "")
    if not m:
        return None
    rest = m.group("rest")
    named = any(ch.isdigit() for ch in rest) or any(ch.isupper() for ch in rest[1:])
    return rest if named and rest[:1].isalnum() else ""


def written_apart(name: str, text: str) -> bool:
    """Whether a name cut off a glued word (`unglued`) is a form of its own: the text also writes it as a word
    (with no letter, digit or hyphen either side), or the field's lexicons list it. A name is a form a paper
    wrote, and a text that lost its spaces often glues more than one word: "asLayer-wiseNoiseStability..."
    keeps a glued tail, "ThisIstheEnd" (a team's user name) gives "IstheEnd", and "onIndo-European" a
    language, none written alone (44k ACL: of 66 glued words before a name, 34 write the name apart as
    well; of the other 32, 10 are lexicon names, "andBLEURT", "ofFLAN-T5", "obtainedmacro-F1").

    >>> text = "Our user name is ThisIsZorbEnd. We beat ZorbNet, theZorbNet and ofBLEURT."
    >>> [written_apart(n, text) for n in ("IsZorbEnd", "ZorbNet", "BLEURT")]
    [False, True, True]
    """
    pattern = r"(?<![\w-])" + re.escape(name) + r"(?![\w-])"
    return re.search(pattern, text) is not None or fold(name) in _lexicon_names()


@lru_cache(maxsize=1)
def _lexicon_names() -> frozenset[str]:
    """Every name and alias the lexicons list, folded."""
    return frozenset(fold(n) for e in load_lexicon() for n in (e.name, *e.aliases))


#: A numbered task of a shared-task series without its edition ("SemEval Task 6", "ZorbEval shared task 3").
_YEARLESS_TASK = re.compile(
    r"^(?P<series>[A-Za-z][A-Za-z-]*?[A-Za-z])[\s-]*(?:shared[\s-]+)?task[\s-]*0*(?P<n>\d+)$", re.I
)
#: The same task of one edition ("SemEval-2020 Task 6", "ZorbEval 2031 shared task 03: ...").
_EDITION_TASK = re.compile(
    r"^(?P<series>[A-Za-z][A-Za-z-]*?[A-Za-z])[\s'’-]*(?P<year>(?:19|20)\d{2}|\d{2})[\s:-]*(?:shared[\s-]+)?task"
    r"[\s-]*0*(?P<n>\d+)(?!\d)",
    re.I,
)


#: An edition's event, no task number ("SemEval-2019 shared task", "Semeval 2024 shared-task", "WNUT-2020").
_EDITION_EVENT = re.compile(
    r"^(?P<series>[A-Za-z][A-Za-z-]*?[A-Za-z])[\s'’-]*(?P<year>(?:19|20)\d{2}|\d{2})(?:[\s-]*(?:shared[\s-]+)?tasks?)?$",
    re.I,
)


def names_its_event(alias: str, name: str, spellings: Iterable[str]) -> bool:
    """Whether `alias` names the event of one edition (its series and year, no task number) of which the concept
    `name`d otherwise, one of its `spellings` (name included) a numbered task of that edition, is one task:
    "SemEval-2019 shared task" of "SemEval-2019 Task 3". The
    event held many tasks; as an alias of one it would find that one (ACL 44k: SemEval-2019 Task 3 held
    "SemEval-2019 shared task", MultiCoNER II "SemEval-2023 shared task", SemEval-2024 Task 1 "SemEval-2024
    shared task"). An event of one task named without a number ("BEA-2019 shared task") has no such spelling,
    and a concept named by the event keeps its spellings.

    >>> task3 = "SemEval-2019 Task 3"
    >>> names_its_event("SemEval-2019 shared task", task3, [task3]), names_its_event("Zorb 31", "Zorbing", ["ZORB-2031 Task 2"])
    (True, True)
    >>> names_its_event("SemEval-2019 shared task", "SemEval-2018 Task 3", []), names_its_event("BEA 2019", "BEA-2019 shared task", [])
    (False, False)
    >>> names_its_event("SemEval-2019 Task 3", task3, []), names_its_event("EmoContext", task3, [])
    (False, False)
    >>> names_its_event("Zorb 2031 Shared Task", "Zorb 2031 shared task", ["Zorb 2031 Task 1"])
    False
    """
    m = _EDITION_EVENT.match(alias.strip())
    if m is None or _EDITION_EVENT.match(name.strip()):
        return False
    for s in (name, *spellings):
        t = _EDITION_TASK.match((s or "").strip())
        if t and fold(t.group("series")) == fold(m.group("series")) and t.group("year")[-2:] == m.group("year")[-2:]:
            return True
    return False


def yearless_editions(entities: Iterable[Entity]) -> dict[str, str]:
    """{name of a year-less series task: the edition's name} where the paper itself names exactly one edition
    of that task ("ZorbEval Task 6" in a paper titled "... at ZorbEval-2031 Task 6: ..."): the paper fixes
    the edition. Task 6 of two editions is two tasks, so a year-less name the paper does not fix stays as
    it is, never joined to an edition by another paper's year.

    >>> ents = [Entity("ZorbEval Task 6", "Dataset"), Entity("ZorbEval-2031 Task 6", "Dataset"),
    ...         Entity("ZorbEval task 2", "Dataset"), Entity("ZorbEval 2030 Task 2", "Dataset"),
    ...         Entity("ZorbEval-2031 Task 2", "Dataset")]
    >>> yearless_editions(ents)
    {'ZorbEval Task 6': 'ZorbEval-2031 Task 6'}
    """
    ents = list(entities)
    editions: dict[tuple[str, str], set[str]] = {}
    for e in ents:
        for n in (e.name, *e.aliases):
            if m := _EDITION_TASK.match(n or ""):
                editions.setdefault((fold(m.group("series")), m.group("n")), set()).add(e.name)
    out = {}
    for e in ents:
        m = _YEARLESS_TASK.match(e.name or "")
        if m and len(found := editions.get((fold(m.group("series")), m.group("n")), set())) == 1:
            out[e.name] = next(iter(found))
    return out


def clean_entities(entities: tuple[Entity, ...], text: str) -> tuple[Entity, ...]:
    """`entities` without debris, venues and fragments; an entity keeps only its whole-name mentions."""
    names = {e.name for e in entities} | {a for e in entities for a in e.aliases}

    def judged(e: Entity) -> list[Evidence]:
        """Evidence whose offsets point at one of the entity's spellings (the others are not judged)."""
        own = {fold(n) for n in (e.name, *e.aliases)}
        return [ev for ev in e.evidence if fold(text[ev.start : ev.end]) in own]

    spans = [(ev.start, ev.end) for e in entities for ev in judged(e) if not _inside_word(ev, text)]
    out = []
    for ent in entities:
        glued = (rest := unglued(ent.name)) is not None
        if glued:
            if not rest or not written_apart(rest, text):
                continue
            head = len(ent.name) - len(rest)  # the evidence points at the name, without the glued word
            ent = Entity(
                rest,
                ent.type,
                tuple(a for a in ent.aliases if unglued(a) is None),
                ent.introduced,
                tuple(
                    Evidence(ev.sentence, ev.start + head, ev.end) if text[ev.start : ev.end] == ent.name else ev
                    for ev in ent.evidence
                ),
            )
        if is_debris(ent.name) or is_venue(ent.name) or is_not_a_name(ent.name) or _hyphen_prefixed(ent.name, names):
            continue
        if is_venue_long_form(ent.name, ent.aliases) or is_language_pair(ent.name, ent.aliases):
            continue
        if names_hardware(ent.name) or (
            judged(ent) and all(premodifies_hardware(ev, text) for ev in judged(ent))
        ):  # "MicroControllers", "the Zorbtek Frob 9300 processor": hardware a system runs on
            continue
        if _capitalised_pair(ent.name) and _only_where_capitals_are_forced(
            ent.name, text
        ):  # "Human-LLM agreement is ..."
            continue
        if any(map(is_catch_all_pair, ent.aliases)):
            continue  # "human-LLM" beside "Human-LLM"; "code-PLMs" defining "pre-trained language models for code"
        aliases = tuple(
            a for a in ent.aliases if not (is_debris(a) or is_venue(a) or is_stray_glue(a) or is_bare_label(a))
        )
        after = headless_action(ent.name)
        bad = {
            id(ev)
            for ev in judged(ent)
            if (_inside_word(ev, text) and not glued)
            or _crosses_longer(ev, spans)
            or _cut_before_object(ev, text, after)
        }
        evidence = tuple(ev for ev in ent.evidence if id(ev) not in bad)
        if ent.evidence and not evidence:
            continue
        if aliases != ent.aliases or evidence != ent.evidence:
            ent = Entity(ent.name, ent.type, aliases, ent.introduced, evidence)
        out.append(ent)
    return tuple(out)


__all__ = [
    "unglued",
    "VENUES",
    "clean_entities",
    "is_bare_label",
    "is_catch_all_pair",
    "is_debris",
    "names_hardware",
    "premodifies_hardware",
    "headless_action",
    "is_glued_word",
    "is_language_pair",
    "is_not_a_name",
    "is_stray_glue",
    "is_title_case",
    "is_venue",
    "names_its_event",
    "is_venue_long_form",
    "yearless_editions",
]
