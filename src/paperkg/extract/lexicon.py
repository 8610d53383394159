"""Lexicons of the field's well-known names, and the component that finds them.

A lexicon file is data (see `lexicons/README.md`); `load_lexicon` reads them
into `LexiconEntry` records; `spelling_variants` generates the hyphen/space and
plural spellings a text may use; `LexiconMatcher` matches the names case-insensitively and,
exactly as written, short all-capital names and one-word names written in capitals
(`is_capitalised_word`), and records matches
in `doc._.paperkg_lexicon` as `[start_token, end_token, type, canonical]`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import AbstractSet, Iterable, Mapping

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.util import ensure_path

from paperkg.extract.extensions import path, write
from paperkg.extract.tokens import TokenView, token_view
from paperkg.names import fold as fold  # the one name comparison (re-exported: extract modules import it from here)
from paperkg.names import spellings
from paperkg.names import trie_pattern as trie_pattern  # re-exported, as fold

TYPE_FILES = {
    "Model": "models.tsv",
    "Dataset": "datasets.tsv",
    "Metric": "metrics.tsv",
    "Method": "methods.tsv",
    "Task": "tasks.tsv",
}
#: when one spelling is listed under two types, the more specific type wins
TYPE_PRIORITY = ("Dataset", "Model", "Metric", "Task", "Method")


@dataclass(frozen=True)
class LexiconEntry:
    name: str
    type: str
    aliases: tuple[str, ...] = ()


def lexicon_dir() -> Path:
    return Path(str(resources.files("paperkg.extract") / "lexicons"))


def parse_lexicon_lines(lines: Iterable[str], type_: str) -> list[LexiconEntry]:
    """`name<TAB>alias|alias` lines (comments and blanks skipped) as entries."""
    out = []
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, _, aliases = line.partition("\t")
        alias_list = tuple(a.strip() for a in aliases.split("|") if a.strip())
        out.append(LexiconEntry(name.strip(), type_, alias_list))
    return out


#: A version or edition at the end of a name ("FewRel 2.0", "MultiCoNER II", "LayoutLMv3", "DCASE 2016").
_VERSION_TAIL = re.compile(
    r"(?:[\s_-]*(?:v(?:er(?:sion)?)?\.?\s*)?\d+(?:\.\d+)*|[\s_-]+(?:I{1,3}|IV|VI{0,3}|IX|X))$", re.IGNORECASE
)
#: The kinds whose numbered spellings are other versions (a metric's number is a parameter: "chrF2" is chrF).
_VERSIONED_KINDS = ("Dataset", "Model")


def version_base(name: str) -> str:
    """The name without its version or edition, folded.

    >>> version_base("FewRel 2.0") == version_base("FewRel") == version_base("FewRel1.0"), version_base("MultiCoNER II")
    (True, 'multiconer')
    """
    return fold(_VERSION_TAIL.sub("", name.strip()) or name)


def split_versions(entries: Iterable[LexiconEntry]) -> list[LexiconEntry]:
    """Entries whose aliases are another version of their name ("FewRel" listing "FewRel 2.0", "MultiCoNER"
    listing "MultiCoNER II") with each such alias made an entry of its own: a version is its own benchmark
    or model, so a paper writing both names two things, and the corpus keeps them on two nodes.

    >>> [(e.name, e.aliases) for e in split_versions([LexiconEntry("FewRel", "Dataset", ("FewRel 2.0", "Few-Rel"))])]
    [('FewRel', ('Few-Rel',)), ('FewRel 2.0', ())]
    >>> [(e.name, e.aliases) for e in split_versions([LexiconEntry("OntoNotes", "Dataset", ("OntoNotes 5.0", "OntoNotes v5"))])]
    [('OntoNotes', ()), ('OntoNotes 5.0', ('OntoNotes v5',))]
    >>> split_versions([LexiconEntry("chrF", "Metric", ("chrF2",))])[0].aliases
    ('chrF2',)
    """
    entries = list(entries)
    named = {(e.type, fold(e.name)) for e in entries}  # a version with an entry of its own keeps it
    out = []
    for e in entries:
        if e.type not in _VERSIONED_KINDS:
            out.append(e)
            continue
        base, own = version_base(e.name), fold(e.name)
        versions = [a for a in e.aliases if version_base(a) == base and fold(a) != own]
        out.append(LexiconEntry(e.name, e.type, tuple(a for a in e.aliases if a not in versions)))
        split: dict[str, list[str]] = {}  # one entry per version: "OntoNotes 5.0", "OntoNotes v5" are one
        for a in versions:
            if (e.type, fold(a)) not in named:
                split.setdefault(fold(a), []).append(a)
        out.extend(LexiconEntry(v[0], e.type, tuple(v[1:])) for v in split.values())
    return out


@lru_cache(maxsize=4)
def load_lexicon(directory: str | None = None) -> tuple[LexiconEntry, ...]:
    """Every entry of every type file in `directory` (default: the bundled lexicons), versions listed as
    aliases split off (`split_versions`)."""
    base = Path(directory) if directory else lexicon_dir()
    entries: list[LexiconEntry] = []
    for type_, fname in TYPE_FILES.items():
        path = base / fname
        if path.exists():
            entries.extend(parse_lexicon_lines(path.read_text(encoding="utf-8").splitlines(), type_))
    return tuple(split_versions(entries))


@lru_cache(maxsize=4)
def load_word_list(fname: str, directory: str | None = None) -> tuple[str, ...]:
    """A one-phrase-a-line file (comments skipped), e.g. generic.txt or model_families.txt."""
    base = Path(directory) if directory else lexicon_dir()
    path = base / fname
    if not path.exists():
        return ()
    return tuple(
        l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")
    )


@dataclass(frozen=True)
class SenseCues:
    """What tells one sense of an ambiguous spelling from another (`senses.tsv`): words a document about
    the sense uses, and nouns that, written right after the spelling, name this sense ("MAP decoding")."""

    words: frozenset[str] = frozenset()
    next_words: frozenset[str] = frozenset()


def load_sense_cues(directory: str | None = None) -> dict[tuple[str, str], SenseCues]:
    """`senses.tsv` as {(type, entry name): cues}: `type<TAB>name<TAB>document words<TAB>next words`.

    >>> cues = load_sense_cues()
    >>> "decoding" in cues[("Method", "maximum a posteriori")].next_words
    True
    """
    base = Path(directory) if directory else lexicon_dir()
    path = base / "senses.tsv"
    out: dict[tuple[str, str], SenseCues] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        type_, name, words, nxt = (line.split("\t") + ["", "", ""])[:4]
        out[(type_.strip(), name.strip())] = SenseCues(frozenset(words.lower().split()), frozenset(nxt.lower().split()))
    return out


@lru_cache(maxsize=4)
def function_words(directory: str | None = None) -> frozenset[str]:
    """The words of function_words.txt (several a line): English function words and the verbs
    abstracts use around names, which never open, close or modify a name."""
    return frozenset(w for line in load_word_list("function_words.txt", directory) for w in line.split())


@lru_cache(maxsize=4)
def organisations(directory: str | None = None) -> frozenset[str]:
    """The names of organisations.txt, folded: companies, universities, labs and consortia, which are never a
    concept (the concepts layer) and whose name joined to another part is a team's (the results layer)."""
    return frozenset(fold(w) for w in load_word_list("organisations.txt", directory))


@lru_cache(maxsize=1)
def _rule_word_lists() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for line in (lexicon_dir() / "rule_words.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, words = line.partition("\t")
            out.setdefault(name, []).extend(words.split())
    return {k: tuple(v) for k, v in out.items()}


def rule_word_list_names() -> tuple[str, ...]:
    """The names of the word lists in `rule_words.tsv`, in file order."""
    return tuple(_rule_word_lists())


def rule_words(name: str) -> tuple[str, ...]:
    """A word list of `rule_words.tsv` (the words the rules read: head nouns, cue verbs,
    stop words), in file order.

    >>> "prompting" in rule_words("METHOD_HEADS")
    True
    """
    try:
        return _rule_word_lists()[name]
    except KeyError:
        raise KeyError(f"no word list {name!r} in {lexicon_dir() / 'rule_words.tsv'}") from None


@lru_cache(maxsize=4)
def load_metric_directions(directory: str | None = None) -> dict[str, str]:
    """`metric_directions.tsv` as {metric name: "higher" | "lower"}: which way a
    metric improves (accuracy higher, WER and latency lower).

    >>> load_metric_directions()["word error rate"]
    'lower'
    """
    base = Path(directory) if directory else lexicon_dir()
    out: dict[str, str] = {}
    for line in (base / "metric_directions.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, direction = line.partition("\t")
            out[name.strip()] = direction.strip()
    return out


def is_exact_case(name: str) -> bool:
    """Short names in capitals (RAG, BLEU, MoE, F1) are matched exactly: `rag` is a word."""
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return True
    if len(name) <= 6 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 2):
        return True
    return len(name) <= 4 and any(c.isupper() for c in letters)


def is_capitalised_word(name: str) -> bool:
    """A one-word name the field writes in capitals though it is longer than an acronym
    (REINFORCE, SPECTER, MAESTRO, ANTIQUE): in lower case such a word is usually the English
    word ("signals reinforce the behaviour"), so it matches only as written or capitalised.

    A name with a capital inside it (ReAct, CheckList) is written so on purpose too: in
    lower case it is the English word ("agents react to feedback").

    >>> is_capitalised_word("REINFORCE"), is_capitalised_word("Transformer"), is_capitalised_word("ROUGE-L")
    (True, False, False)
    >>> is_capitalised_word("ReAct"), is_capitalised_word("Adam")
    (True, False)
    """
    inner_capital = any(c.isupper() for c in name[1:]) and any(c.islower() for c in name)
    return name.isalpha() and (name.isupper() or inner_capital) and not is_exact_case(name)


def is_model_word(name: str) -> bool:
    """A model named by one capitalised word (Whisper, Inception, Falcon, Granite): the field
    writes it with its capital, and in lower case it is the English word ("whispers",
    "since its inception", "blood transfusion"), so it matches only as written or in capitals.

    >>> is_model_word("Whisper"), is_model_word("GPT-4"), is_model_word("LLaMA")
    (True, False, False)
    """
    return name.isalpha() and name[0].isupper() and name[1:].islower()


#: adverb particles: a hyphenated noun ending in one ("speed-up", "drop-out", "warm-up") spelled with a space
#: is the phrasal verb (English grammar: the noun is closed or hyphenated, the verb open)
_PARTICLES = frozenset({"up", "out", "off", "down", "over", "back"})


#: English prefixes a word is written with or without a hyphen after ("autoencoder" / "auto-encoder",
#: "multi-task" / "multitask", "bidirectional" / "bi-directional"); from English morphology
_PREFIXES = ("auto", "multi", "bi", "co", "cross", "semi", "pre", "post", "non", "sub", "inter", "intra", "meta")
_PREFIX_WORD = re.compile(rf"^({'|'.join(_PREFIXES)})(-?)([a-z]{{4,}})$")


def prefix_variants(name: str) -> set[str]:
    """`name` with each prefixed word of it written closed and hyphenated (lower-case words only).

    >>> sorted(prefix_variants("variational autoencoder"))
    ['variational auto-encoder', 'variational autoencoder']
    >>> sorted(prefix_variants("multi-task learning"))
    ['multi-task learning', 'multitask learning']
    >>> prefix_variants("BiLSTM")
    {'BiLSTM'}
    """
    out = {name}
    words = name.split(" ")
    for i, w in enumerate(words):
        m = _PREFIX_WORD.match(w)
        if m:
            other = m.group(1) + ("" if m.group(2) else "-") + m.group(3)
            out |= {" ".join([*v.split(" ")[:i], other, *v.split(" ")[i + 1 :]]) for v in list(out)}
    return out


def spelling_variants(name: str, *, plural: bool = True) -> list[str]:
    """The spellings a text may use for a lexicon name: every mix of hyphens and
    spaces between its words, a prefixed word closed or hyphenated (`auto-encoder`
    for `autoencoder`), British and American spellings (`language modelling` for
    `language modeling`: the ACL Anthology writes both) and a modifier's other form
    (`grammar error correction` for `grammatical ...`; both `names.spellings`), a hyphen
    dropped before a digit (`MATH-500` → `MATH500`), a typographic apostrophe for a
    straight one (`Cohen’s kappa`), and a plural unless `plural` is False.

    >>> "Cohen’s kappa" in spelling_variants("Cohen's kappa")
    True
    >>> sorted(spelling_variants("abstractive summarization", plural=False))
    ['abstractive summarisation', 'abstractive summarization', 'abstractive-summarisation', 'abstractive-summarization']
    >>> spelling_variants("recommendation", plural=False)
    ['recommendation']
    >>> spelling_variants("speed-up", plural=False)
    ['speed-up']
    """
    forms = set()
    for base in {p for s in spellings(name) for p in prefix_variants(s)}:
        parts = re.split(r"([ \-])", base)
        words, seps = parts[0::2], parts[1::2]
        if 0 < len(seps) <= 4:
            for mask in range(2 ** len(seps)):
                out = words[0]
                for k, w in enumerate(words[1:]):
                    if not mask >> k & 1 and seps[k] == "-" and w.lower() in _PARTICLES:
                        break  # "speed-up" spelled open is the verb: "tools that speed up annotation"
                    out += ("-" if mask >> k & 1 else " ") + w
                else:
                    forms.add(out)
        forms.add(base)
    forms.update(re.sub(r"-(?=\d)", "", f) for f in list(forms))
    forms.update(f.replace("'", "’") for f in list(forms) if "'" in f)
    out = set()
    for f in forms:
        out.add(f)
        if not plural:
            continue
        last = re.split(r"[ \-]", f)[-1]
        if last[-1:].isalpha() and last[-1:].islower() and not f.endswith("s"):
            out.add(f + ("es" if f.endswith(("sh", "ch", "x")) else "s"))
        elif len(last) >= 2 and last.isalpha() and last.isupper():
            out.add(f + "s")  # an acronym's plural takes a lower-case "s": "RNNs", "LSTMs"
        if f.endswith("y") and len(last) > 3 and last[-2] not in "aeiou":
            out.add(f[:-1] + "ies")
    return sorted(out)


#: a task named by one action noun ("recommendation", "translation") has no plural: the plural is what
#: the action makes ("we conclude with recommendations", "the translations of two systems")
_ACTION_NOUN = re.compile(r"(?:tion|sion|ment)$")


def _names_an_activity(kind: str, name: str) -> bool:
    """True for a Task whose name ends in an action noun (see `_ACTION_NOUN`).

    >>> _names_an_activity("Task", "recommendation"), _names_an_activity("Task", "dialogue system")
    (True, False)
    >>> _names_an_activity("Task", "relation extraction")
    False
    >>> _names_an_activity("Method", "data augmentation")
    False
    """
    return kind == "Task" and " " not in name and "-" not in name and bool(_ACTION_NOUN.search(name.lower()))


def choose_type(types: Iterable[str]) -> str:
    ts = set(types)
    return next(t for t in TYPE_PRIORITY if t in ts)


_CONTENT_WORD = re.compile(r"[a-z][a-z-]{2,}")
_SMALL_WORDS = frozenset({"and", "for", "the", "with", "from", "into"})


@lru_cache(maxsize=1)
def kind_words() -> frozenset[str]:
    """Head words that say which kind a name is ("rate", "recognition"), not which sense: any metric
    paper writes "rate", so "rate" cannot tell attack success rate from another sense."""
    lists = _rule_word_lists()
    return frozenset(w for t in TYPE_PRIORITY for w in lists.get(f"HEAD_TYPES.{t}", ()))


def sense_words(name: str) -> frozenset[str]:
    """The words of an entry's name that a document about that sense tends to use (not its kind's head word).

    >>> sorted(sense_words("automatic speech recognition"))
    ['automatic', 'speech']
    """
    return frozenset(w for w in _CONTENT_WORD.findall(name.lower()) if w not in _SMALL_WORDS and w not in kind_words())


def choose_sense(
    senses: list[tuple[str, str]],
    doc_words: AbstractSet[str],
    cues: Mapping[tuple[str, str], SenseCues] | None = None,
    next_word: str = "",
) -> tuple[str, str]:
    """The (type, canonical) sense of a spelling entries of two types list ("ASR": attack success rate
    or automatic speech recognition).

    A noun right after the spelling that `cues` (senses.tsv) lists for one sense decides it for this
    mention: "MAP decoding" is maximum a posteriori, "ASR transcripts" speech recognition. Else the
    sense whose name's words and cue words the document uses most (a speech paper writes "speech", a
    jailbreak paper "attack", a commonsense paper "ATOMIC"); ties go to the sense senses.tsv lists first
    for the spelling, else to the more specific type (TYPE_PRIORITY).

    >>> senses = [("Metric", "attack success rate"), ("Task", "automatic speech recognition")]
    >>> choose_sense(senses, {"we", "cut", "asr", "error", "rate", "on", "accented", "speech"})
    ('Task', 'automatic speech recognition')
    >>> choose_sense(senses, {"asr"})
    ('Metric', 'attack success rate')
    >>> cues = {("Method", "maximum a posteriori"): SenseCues(frozenset({"bayesian"}), frozenset({"decoding"})),
    ...         ("Metric", "MAP"): SenseCues(frozenset({"retrieval"}))}
    >>> map_senses = [("Method", "maximum a posteriori"), ("Metric", "MAP")]
    >>> choose_sense(map_senses, {"map", "retrieval"}, cues, "decoding"), choose_sense(map_senses, {"map", "retrieval"}, cues, "of")
    (('Method', 'maximum a posteriori'), ('Metric', 'MAP'))
    """
    cues = cues or {}
    if next_word:
        by_next = [s for s in senses if next_word in cues.get(s, _NO_CUES).next_words]
        if len(by_next) == 1:
            return by_next[0]
    listed = [s for s in senses if s in cues]

    def rank(sense: tuple[str, str]) -> tuple[int, int, int]:
        words = sense_words(sense[1]) | cues.get(sense, _NO_CUES).words
        order = listed.index(sense) if sense in listed else len(listed)
        return (-len(words & doc_words), order, TYPE_PRIORITY.index(sense[0]))

    return min(senses, key=rank)


_NO_CUES = SenseCues()


_MATCH_KEY = "paperkg_lexicon"
#: the key of the exact-case spellings, lower-cased in the same PhraseMatcher (`LexiconMatcher.matches`)
_CASED_KEY = "paperkg_lexicon_cased"
_MATCH_ID, _CASED_ID = get_string_id(_MATCH_KEY), get_string_id(_CASED_KEY)


def _scratch_tokenizer():
    """paperkg's tokenizer on a vocab of its own, dropped after the patterns are read."""
    from spacy.lang.en import English

    from paperkg.extract.tokenizer import build_tokenizer

    return build_tokenizer(English())


def _title_hyphens(name: str) -> str:
    """`name` with every word and every hyphenated part capitalised, as a title writes it.

    >>> _title_hyphens("retrieval-augmented generation")
    'Retrieval-Augmented Generation'
    """
    return re.sub(r"(^|[\s-])([a-z])", lambda m: m.group(1) + m.group(2).upper(), name)


#: a Dataset entry named by capitalised English words ("Natural Questions", "Moral Stories", "Speech Commands")
_TITLED_WORDS = re.compile(r"[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|the|and|for|in|on))*\s+[A-Z][a-z]+")
_DATA_NEXT = frozenset(rule_words("DATASET_NEXT"))


#: the least share of a phrase's uses in the field written in small letters that makes the small-letter form an
#: English phrase and not the name (ACL 44k phrase statistics: "natural questions" 19 of 80 uses, "news
#: commentary" 2 of 7, "moral stories" 2 of 6; "universal dependencies" 17 of 364, "Penn Treebank" 0 of 68 are
#: the names however written)
LOWER_SHARE = 0.1


def lower_case_phrases_kept(found: list[list], words: list[str], lowers: list[str], stats=None) -> list[list]:
    """The lexicon hits less those of a Dataset named by capitalised English words that the text writes in small
    letters only, with no data word after, where the field writes the phrase in small letters often enough
    (`LOWER_SHARE` of its uses in `stats`, `phrase_stats`; a phrase it hardly writes counts so): the capitals are
    what make the phrase the dataset's name, and in small letters it is the English phrase. ACL 44k: "ask natural
    questions about an image", "generating natural questions", "writing moral stories", "recognize free-form
    speech commands" (21, 2 and 1 such uses, none the dataset); "the principles of universal dependencies" is the
    name (17 of 364 uses). Kept where the paper also writes the name in capitals or by an alias ("Natural
    Questions", "NQ") or a data word follows ("natural questions dataset").

    >>> ws = "we ask natural questions and zorb stories .".split()
    >>> hits = [[2, 4, "Dataset", "Natural Questions"], [5, 7, "Dataset", "Zorb Stories"]]
    >>> lower_case_phrases_kept(hits, ws, [w.lower() for w in ws], {})
    []
    >>> from paperkg.extract.phrase_stats import PhraseStats
    >>> term = PhraseStats(300, 360, 17, 0, 343, *[0] * 10, "Zorb Stories")
    >>> len(lower_case_phrases_kept(hits, ws, [w.lower() for w in ws], {"zorb stories": term}))
    1
    >>> ws = "results on natural questions ( NQ ) .".split()
    >>> hits = [[2, 4, "Dataset", "Natural Questions"], [5, 6, "Dataset", "Natural Questions"]]
    >>> len(lower_case_phrases_kept(hits, ws, [w.lower() for w in ws], {}))
    2
    >>> ws = "the natural questions corpus".split()
    >>> len(lower_case_phrases_kept([[1, 3, "Dataset", "Natural Questions"]], ws, [w.lower() for w in ws], {}))
    1
    """
    if stats is None:
        from paperkg.extract.phrase_stats import load_phrase_stats

        stats = load_phrase_stats()

    def small(hit: list) -> bool:
        s, e = hit[0], hit[1]
        if not (
            hit[2] == "Dataset"
            and words[s:e] == lowers[s:e]
            and bool(_TITLED_WORDS.fullmatch(hit[3]))
            and not (e < len(lowers) and lowers[e] in _DATA_NEXT)
        ):
            return False
        st = stats.get(" ".join(lowers[s:e]))
        return st is None or st.lower >= LOWER_SHARE * st.n

    gone = {h[3] for h in found if small(h)}
    if not gone:
        return found  # most texts: no such hit, and no second look at each hit
    gone -= {h[3] for h in found if not small(h)}
    return [h for h in found if h[3] not in gone] if gone else found


class LexiconMatcher:
    """Finds lexicon names; the list travels with the pipeline on `to_disk`."""

    def __init__(self, nlp: Language, name: str = "paperkg_lexicon", lexicon_path: str | None = None):
        self.nlp = nlp
        self.name = name
        self.lexicon_path = lexicon_path
        self.entries: list[LexiconEntry] = []
        self._build(list(load_lexicon(lexicon_path)), load_sense_cues(lexicon_path))

    def _build(self, entries: list[LexiconEntry], cues: Mapping[tuple[str, str], SenseCues] | None = None) -> None:
        """Patterns are tokenized by a throwaway tokenizer and given to the
        PhraseMatchers as hash sequences under one key per matcher, so the
        pipeline's vocab and string store stay small: a vocab past 10,000
        lexemes stops spaCy's tokenizer from caching new words, which made
        every abstract re-split its words (benchmarks/results/extract_speed.md)."""
        self.entries = entries
        #: {(type, entry name): cues} of the senses of ambiguous spellings (senses.tsv), in file order
        self.cues: dict[tuple[str, str], SenseCues] = dict(cues or {})
        #: "Reinforce" of a REINFORCE entry: a name only where a capital is not forced (see `__call__`)
        self.capitalised: set[str] = set()
        self.ci = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        by_form: dict[tuple[str, bool], list[LexiconEntry]] = {}
        for e in entries:
            for n in (e.name, *e.aliases):
                if is_capitalised_word(n):  # "REINFORCE", "Reinforce", never the verb "reinforce"
                    by_form.setdefault((n, True), []).append(e)
                    by_form.setdefault((n.capitalize(), True), []).append(e)
                    self.capitalised.add(n.capitalize())
                    if n[0].islower():  # "FastText" of "fastText", "SpaCy" of "spaCy": a name with a capital inside
                        by_form.setdefault((n[0].upper() + n[1:], True), []).append(e)  # is no English word
                    continue
                # "Whisper", never "whispers"; a technique too: "Mamba", "Shampoo", and "Transformer", whose
                # lower case is as often the class of models built on it ("pretrained transformers")
                if e.type in ("Model", "Method") and is_model_word(n):
                    by_form.setdefault((n, True), []).append(e)
                    by_form.setdefault((n.upper(), True), []).append(e)
                    continue
                exact = is_exact_case(n)
                for form in spelling_variants(n, plural=not _names_an_activity(e.type, n)):
                    by_form.setdefault((form if exact else form.lower(), exact), []).append(e)
        scratch = _scratch_tokenizer()
        self.ci_labels: dict[tuple[str, ...], tuple[str, str]] = {}
        self.cs_labels: dict[tuple[str, ...], tuple[str, str]] = {}
        # spellings that entries of two types list ("ASR"): the document decides (choose_sense)
        self.senses: dict[tuple[bool, tuple[str, ...]], list[tuple[str, str]]] = {}
        forms = list(by_form)
        hyphenated: list[tuple[str, tuple[str, ...]]] = []
        for ((form, exact), owners), doc in zip(by_form.items(), scratch.pipe(f for f, _ in forms)):
            best = min(owners, key=lambda e: TYPE_PRIORITY.index(e.type))
            words = tuple(t.text if exact else t.text.lower() for t in doc)
            if words and not exact and "-" in form:
                hyphenated.append((form, words))
            if words:
                (self.cs_labels if exact else self.ci_labels).setdefault(words, (best.type, best.name))
                if len({e.type for e in owners}) > 1:
                    listed = [k for k in self.cues if k in {(e.type, e.name) for e in owners}]
                    rest = sorted({(e.type, e.name) for e in owners} - set(listed))
                    self.senses.setdefault((exact, words), listed + rest)
        # "Retrieval-Augmented Generation": the tokenizer splits a lower-case adjective suffix off
        # ("retrieval - augmented"), not a capitalised one, so a Title Case spelling of a hyphenated
        # name has tokens of its own; matched case-insensitively, they name the same entry
        titled = [(ws, _title_hyphens(f)) for f, ws in hyphenated]
        for (ws, _), doc in zip(titled, scratch.pipe(t for _, t in titled)):
            variant = tuple(t.text.lower() for t in doc)
            if ws and variant != ws:
                self.ci_labels.setdefault(variant, self.ci_labels[ws])
        self.ci.add(_MATCH_KEY, [[get_string_id(w) for w in ws] for ws in self.ci_labels])
        # the exact-case spellings lower-cased, under a key of their own in the same matcher: one walk over the
        # tokens finds both kinds (a second PhraseMatcher on ORTH walked every token again, ~40% of the matching
        # time); a hit of theirs is kept where the text writes one of them as written (`matches`)
        self.ci.add(_CASED_KEY, [[get_string_id(w.lower()) for w in ws] for ws in self.cs_labels])

    def __call__(self, doc: Doc) -> Doc:
        v = token_view(doc)
        found = self.matches(doc, v)
        if self.capitalised:
            found = [hit for hit in found if not self._forced_capital(v, hit[0], hit[1])]
        found = lower_case_phrases_kept(found, v.words, v.lowers)
        if self.senses:
            for hit in found:
                s, e = hit[0], hit[1]
                senses = self.senses.get((True, tuple(v.words[s:e]))) or self.senses.get((False, tuple(v.lowers[s:e])))
                if senses:
                    doc_words = v.lower_set  # the text's distinct words, made once per Doc
                    # a one-word spelling is in every such document: no evidence for the sense named by it
                    # ("COMET"); a spelled-out name still is ("fact extraction and verification", the task)
                    words = doc_words - {v.lowers[s]} if e - s == 1 else doc_words
                    hit[2:] = choose_sense(senses, words, self.cues, v.lowers[e] if e < len(v.lowers) else "")
        write(doc, "lexicon", found)
        return doc

    def matches(self, doc: Doc, v: TokenView) -> list[list]:
        """[start, end, type, canonical] of each case-insensitive spelling the text writes, then of each exact-case
        one, each kind in the matcher's order (by start, then end)."""
        hits = self.ci(doc)
        found = [[s, e, *self.ci_labels[tuple(v.lowers[s:e])]] for key, s, e in hits if key == _MATCH_ID]
        cased = self.cs_labels  # its keys are the spellings as written: the exact hits of the lower-cased ones
        found += [
            [s, e, *cased[words]] for key, s, e in hits if key == _CASED_ID and (words := tuple(v.words[s:e])) in cased
        ]
        return found

    def _forced_capital(self, v, s: int, e: int) -> bool:
        """A capitalised common word ("Reinforce") in the title or opening a sentence, where the
        capital says nothing: "Language Models Reinforce Bias", "Reinforce the ..."."""
        if e - s != 1 or v.words[s] not in self.capitalised:
            return False
        in_title = all("\n" not in w for w in v.words[:s])
        return in_title or v.sents[v.sent_of[s]][0] == s

    # serialisation: the entries are written next to the component, so a saved
    # pipeline does not depend on the installed lexicon files
    def to_disk(self, path, *, exclude=()):
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        rows = [[e.name, e.type, list(e.aliases)] for e in self.entries]
        (path / "entries.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        cues = [[t, n, sorted(c.words), sorted(c.next_words)] for (t, n), c in self.cues.items()]
        (path / "senses.json").write_text(json.dumps(cues, ensure_ascii=False), encoding="utf-8")

    def from_disk(self, path, *, exclude=()):
        path = ensure_path(path)
        rows = json.loads((path / "entries.json").read_text(encoding="utf-8"))
        senses = path / "senses.json"
        cue_rows = json.loads(senses.read_text(encoding="utf-8")) if senses.exists() else []
        cues = {(t, n): SenseCues(frozenset(w), frozenset(x)) for t, n, w, x in cue_rows}
        self._build([LexiconEntry(n, t, tuple(a)) for n, t, a in rows], cues)
        return self


@Language.factory("paperkg_lexicon", default_config={"lexicon_path": None}, assigns=[path("lexicon")])
def make_lexicon_matcher(nlp: Language, name: str, lexicon_path: str | None) -> LexiconMatcher:
    return LexiconMatcher(nlp, name, lexicon_path)
