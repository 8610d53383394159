"""Candidate rules of the concepts component: small functions over the token view.

Each rule is a generator `rule(ctx, cands) -> Iterator[Candidate]`: it reads
the token view, the earlier components' records (`RuleContext`) and the
candidates found so far (`cands`, read-only), and yields typed `Candidate`s.
The component merges each one as it is yielded (`merge`), so a rule sees its
own earlier candidates, and runs the rules in the order its config lists them
(`[components.paperkg_concepts] rules`). Rules are registered in spaCy's
`misc` registry as `paperkg.rule.<name>.v1`, so a config names them and an
ablation (`scripts/rule_ablation.py`) leaves one out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Final, Iterable, Iterator

from spacy.util import registry

from paperkg.extract import context as ctx
from paperkg.extract import lexicon as _lexicon
from paperkg.extract.lexicon import load_lexicon, load_word_list, rule_words
from paperkg.extract.names import is_name_shape, is_size, is_year
from paperkg.extract.phrase_stats import load_phrase_stats, phrase_key
from paperkg.extract.tokens import TokenView, char_span_tokens, indices_of
from paperkg.language_pairs import languages, pair_mentions

#: `lexicon.fold` as a `Final` name: compiled code reads it from a C static, not from the module's dict at each
#: call (mypyc; benchmarks/results/extract_speed.md, stop 50)
fold: Final = _lexicon.fold

# weights of the evidence for a type
# (one `Final` name a line: compiled code reads them as constants, not from the module's dict at each use)
W_LEXICON: Final = 4
W_MODEL: Final = 4
W_SHAPE: Final = 3
W_CONTEXT: Final = 2
W_HEAD: Final = 2
W_DEFAULT: Final = 1
_TRIM: Final = "\"'“”‘’.,;:()[]{}"


@dataclass
class Candidate:
    """A token span a rule proposes as a concept. `types` are votes (type ->
    weight; merged by max); `kind` names the rule family (first one wins);
    the other fields are set when not None. `replace_types` makes the votes
    replace the span's votes (a variant takes its base name's type)."""

    start: int
    end: int
    types: dict[str, int] = field(default_factory=dict)
    kind: str = ""
    lf: bool | None = None  # the long form of an acronym
    canonical: str | None = None  # the lexicon's name for it
    title: bool | None = None  # the title's "Name:" name
    named: bool | None = None  # after "called" / "named"
    name: str | None = None  # a name other than the span's text ("LLaMA 2 13B")
    alias: str | None = None  # another spelling the span writes ("Foo" of "the Foo shared task")
    replace_types: bool = False

    def top_type(self) -> str:
        """The type with the most weight ("" for none; the first of equal ones, as `max` keeps it). Most
        candidates have one vote: its type, without `max` calling a lambda per type."""
        types = self.types
        if len(types) == 1:
            for t in types:
                return t
        return max(types, key=types.__getitem__) if types else ""


def typed(start: int, end: int, type_: str, weight: int, **fields) -> Candidate:
    return Candidate(start, end, {type_: weight} if type_ else {}, **fields)


def merge(cands: dict[tuple[int, int], Candidate], cand: Candidate, words: list[str]) -> Candidate | None:
    """Add `cand` to `cands` (edge punctuation trimmed); the merged candidate, or None when nothing is left."""
    s, e = cand.start, cand.end
    while s < e and words[s] in _TRIM:
        s += 1
    while e > s and words[e - 1] in _TRIM:
        e -= 1
    if s >= e:
        return None
    c = cands.get((s, e))
    if c is None:
        # a span's first candidate becomes the span's own: rules yield a new Candidate each time (~45% of
        # a text's Candidates were the copies made here, each ~4k instructions), with its votes copied (a
        # `dataclasses.replace` shares them) and its unset flags False. Votes are positive weights, so the copy
        # is what adding them to no votes gave.
        cand.start, cand.end = s, e
        cand.types = dict(cand.types)
        cand.replace_types = False
        if cand.lf is None:
            cand.lf = False
        if cand.title is None:
            cand.title = False
        if cand.named is None:
            cand.named = False
        cands[(s, e)] = cand
        return cand
    if cand.replace_types:
        c.types = dict(cand.types)
    else:
        types = c.types
        for t, w in cand.types.items():
            old = types.get(t, 0)
            types[t] = w if w > old else old  # `max(old, w)` without the builtin's argument parsing (~200 ns)
    c.kind = c.kind or cand.kind
    # spelled out, not getattr/setattr over the names: merge runs ~25 times a paper
    if cand.lf is not None:
        c.lf = cand.lf
    if cand.canonical is not None:
        c.canonical = cand.canonical
    if cand.title is not None:
        c.title = cand.title
    if cand.named is not None:
        c.named = cand.named
    if cand.name is not None:
        c.name = cand.name
    if cand.alias is not None:
        c.alias = cand.alias
    return c


#: participles of the verbs that report or study a problem ("the explored text summarization", "the presented
#: prediction procedure"): before a head they say what the paper did with it, no part of its name
_REPORTING_PARTICIPLES = frozenset(
    w for w in ctx.PROPOSE_VERBS | frozenset(rule_words("STUDY_VERBS")) if w.endswith("ed")
)


@dataclass(frozen=True)
class Resources:
    """Word lists the rules read (from `extract/lexicons/`), loaded once per component."""

    generic: frozenset[str]
    function_words: frozenset[str]
    shared_task_re: re.Pattern
    edition_series: frozenset[str]
    model_variants: frozenset[str]
    metric_modifiers: frozenset[str]
    #: words no modifier of a compound's head is: the function words and the reporting participles (made once
    #: per component, not per text; in `__post_init__`, as a `cached_property` would make it again at every use
    #: in a class compiled by mypyc, which has no instance __dict__)
    modifier_stop: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "modifier_stop", self.function_words | _REPORTING_PARTICIPLES)


@dataclass
class RuleContext:
    """What a rule may read about one Doc."""

    view: TokenView
    abbreviations: list  # [long_start, long_end, short_start, short_end] chars
    lexicon: list  # [start, end, type, canonical] tokens
    names: list  # [start, end, type, kind] tokens
    title_end: int  # first token after the title
    res: Resources

    def is_generic(self, text: str) -> bool:
        return fold(text) in self.res.generic


Rule = Callable[[RuleContext, dict], Iterator[Candidate]]


def register_rule(name: str):
    """Register `fn` as `paperkg.rule.<name>.v1` in spaCy's misc registry."""

    def deco(fn: Rule) -> Rule:
        registry.misc.register(f"paperkg.rule.{name}.v1", func=lambda: fn)
        return fn

    return deco


def get_rule(registered_name: str) -> Rule:
    return registry.misc.get(registered_name)()


def abbreviation_pairs(c: RuleContext) -> Iterator[tuple[tuple[int, int], tuple[int, int], str, str, str]]:
    """(long span, short span, long text, short text, long form's type) of each acronym definition."""
    v = c.view
    for ls, le, ss, se in c.abbreviations:
        lspan = char_span_tokens(v, ls, le)
        sspan = char_span_tokens(v, ss, se)
        if lspan is None or sspan is None:
            continue
        lf_text, sf_text = v.text[ls:le], v.text[ss:se]
        if c.is_generic(lf_text) or c.is_generic(sf_text):
            continue
        lf_type = ctx.head_type(lf_text.replace("-", " ").split())
        if (
            lspan[1] - lspan[0] > 2
            and v.words[lspan[1] - 1] in ("task", "tasks")  # "Inverse Cloze Task" keeps it
            and not _initials_spell(lf_text, sf_text)  # "knowledge-intensive language tasks (KILT)" too
        ):
            # "open-domain question-answering tasks (OpenQA)": the task is the name before "tasks"
            lspan = (lspan[0], lspan[1] - 1)
            lf_text = v.span_text(*lspan)
            lf_type = "Task"
        yield lspan, sspan, lf_text, sf_text, lf_type


def _initials_spell(long_form: str, short_form: str) -> bool:
    """Whether the initials of every word of `long_form` (hyphen parts too) spell `short_form`'s letters:
    then each word, the last one too, is part of the name the acronym stands for.

    >>> _initials_spell("Knowledge-intensive language tasks", "KILT"), _initials_spell("machine translation tasks", "MT")
    (True, False)
    """
    initials = "".join(w[0] for w in re.split(r"[\s-]+", long_form) if w)
    return initials.casefold() == re.sub(r"[^A-Za-z]", "", short_form).casefold()


def long_forms(c: RuleContext) -> dict[str, str]:
    """Folded short form -> long form text, for grouping an acronym with its definition."""
    return {fold(sf): lf for _, _, lf, sf, _ in abbreviation_pairs(c)}


@register_rule("acronym_definitions")
def acronym_definitions(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "Direct Preference Optimization (DPO)": both forms; the long form's head word types it."""
    for lspan, sspan, _, _, lf_type in abbreviation_pairs(c):
        yield typed(*lspan, lf_type, W_HEAD, lf=True, kind="abbr")
        yield Candidate(*sspan, kind="abbr")


@register_rule("lexicon_names")
def lexicon_names(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """A name the lexicons list, with their type and canonical name; not a common
    word in its everyday sense ("received much attention"), not a time metric that says
    when ("at inference time"), and not a metric
    hyphenated into a modifier ("inference-time computation", "run-time checks":
    the noun after it is what is named)."""
    lowers = c.view.lowers
    named_ends = {e for _, e, t, _ in c.lexicon if t == "Model"} | {e for _, e, _, _ in c.names}
    for s, e, t, canonical in c.lexicon:
        if ctx.everyday_sense(lowers, s, e):
            continue
        if t == "Method" and _checkpoints_of_kind(lowers, s, e, named_ends):
            continue
        if t == "Metric" and ctx.is_moment(lowers, s, e):
            continue  # "the cost at inference time": when, not a measured time
        if (
            t == "Metric"
            and e == s + 1
            and _HYPHENED.fullmatch(c.view.words[s])
            and _modifies_next(lowers, e, c.res.function_words)
        ):
            continue
        if t == "Metric" and _scored_measure(c, s, e):
            # "BLEU score of 18.8", "Smatch scores": the measure as written, its bare name the alias
            yield typed(s, e + 1, t, W_LEXICON, canonical=canonical, kind="lexicon", alias=c.view.span_text(s, e))
            continue
        yield typed(s, e, t, W_LEXICON, canonical=canonical, kind="lexicon", alias=_bare_measure(c, s, e, canonical))


#: words a measure's name is written with or without ("accuracy score", "accuracy rate", "F1 score")
_MEASURE_SUFFIXES: Final = frozenset(("score", "scores", "rate", "rates"))


#: the word a measure's name is written with when its value is given ("BLEU score", "Smatch scores")
_SCORE_WORDS: Final = frozenset(("score", "scores"))


def _scored_measure(c: RuleContext, s: int, e: int) -> bool:
    """ "a BLEU score of 18.8", "higher ROUGE-L scores": a measure the lexicon lists by its bare name, written with
    "score(s)" right after it (not already so spelled, not hyphenated into it): the text's name for it is the
    longer spelling (R10), the bare one its alias, as the annotations write both. Not after a value ("24.8 BLEU
    scores": the measure is the value's unit there, which the results read by its bare name)."""
    lowers = c.view.lowers
    return (
        e < len(lowers)
        and (s == 0 or not _is_value(lowers[s - 1]))
        and lowers[e] in _SCORE_WORDS
        and lowers[e - 1] not in _MEASURE_SUFFIXES
        and c.view.idx[e] > c.view.idx[e - 1] + len(c.view.words[e - 1])
    )


def _bare_measure(c: RuleContext, s: int, e: int, canonical: str) -> str | None:
    """ "accuracy score", "F1 scores": the measure the lexicon names, written with "score" or "rate", also goes by
    its bare name (the spelling without the word is the lexicon's name), which the annotations write as well."""
    if e - s < 2 or c.view.lowers[e - 1] not in _MEASURE_SUFFIXES:
        return None
    bare = c.view.span_text(s, e - 1)
    return bare if fold(bare) == fold(canonical) else None


def _checkpoints_of_kind(lowers: list[str], s: int, e: int, named_ends: set[int]) -> bool:
    """ "ELECTRA transformers", "BERT-based Transformers", "MultiLang Transformers": an architecture's name in
    the plural right after a model's name (or "X-based") names that model's checkpoints, a class of
    trained models (GUIDE-NOTES 4: "transformer-based models"), not the technique."""
    return e == s + 1 and s > 0 and lowers[s].endswith("s") and (s in named_ends or lowers[s - 1] == "based")


#: two words hyphenated into one modifier ("inference-time", "run-time"; capitalised too, as a sentence's first word
#: or in a title: "Exact-match search engines", "Run-time Vocabulary"), not "BLEU-4", "F1-score", "F-score"
_HYPHENED: Final = re.compile(r"(?:[a-z]|[A-Z][a-z])[a-z]*-[a-z]+")


def _modifies_next(lowers: list[str], e: int, function_words: frozenset[str]) -> bool:
    """Whether the word at `e` is a lower-case word a hyphenated modifier before it would qualify."""
    return e < len(lowers) and lowers[e].isalpha() and lowers[e] not in function_words


@register_rule("shaped_names")
def shaped_names(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """Coined names found by their shape or a model family stem (component paperkg_names)."""
    for s, e, t, kind in c.names:
        yield typed(s, e, t, W_MODEL if kind == "model" else W_SHAPE, kind=kind)


_DATASET_VERSION = re.compile(r"^[vV]\d+(?:\.\d+)*$")
#: words after "<Name> <year>" that make the pair an evaluation's data: "X 2013 shared task", "X 2010 dataset"
EDITION_NEXT = ctx.DATASET_NEXT | {"shared", "task", "challenge", "test", "evaluation"}


@register_rule("dataset_editions")
def dataset_editions(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "WMT 2014", "ILSVRC 2015", "Foo Corpus V2": a benchmark's edition year or version is part of its name.
    An unknown name with a year is a benchmark's edition when data words follow
    ("X 2013 shared task data") or it is what results are "on" ("on the X 2015
    test set"); a model's name with a year ("BERT 2019") is a citation, not a name."""
    words, lowers = c.view.words, c.view.lowers
    for (s, e), cand in list(cands.items()):
        if e >= len(words):
            continue
        if cand.kind == "lexicon" and cand.types.get("Dataset") and _DATASET_VERSION.match(words[e]):
            yield typed(s, e + 1, "Dataset", W_LEXICON, kind="lexicon")  # "Natural Questions V2"
            continue
        if not is_year(words[e]):
            continue
        # "the Qur’an QA 2023 shared task": a capitalised word with an apostrophe inside, which the tokenizer keeps
        # whole, opens the name; "QA 2023" alone names nothing (ACL 44k: 2023.arabicnlp-1.79, 2023.arabicnlp-1.80,
        # 2023.arabicnlp-1.81, ...)
        opens = s - (s > 0 and bool(_APOSTROPHE_WORD.fullmatch(words[s - 1])))
        opens = _slash_joined_start(c, opens)
        if cand.kind == "lexicon" and cand.types.get("Dataset"):
            yield typed(opens, e + 1, "Dataset", W_LEXICON, kind="lexicon")
        elif not cand.types.get("Model") and cand.kind != "lexicon" and is_name_shape(words[s]):
            nxt = lowers[e + 1] if e + 1 < len(lowers) else ""
            before = lowers[opens - 2 : opens] if opens > 1 else ["", *lowers[:opens]]
            on = before[-1:] == ["on"] or before == ["on", "the"]
            event = c.res.shared_task_re.fullmatch(" ".join(words[s : e + 1]))
            if event and event.group("series") not in c.res.edition_series:
                continue  # "IWPT 2021 Shared Task": the event, not its data (see shared_tasks)
            if nxt in EDITION_NEXT or on:
                yield typed(opens, e + 1, "Dataset", W_LEXICON, kind="lexicon")


def _slash_joined_start(c: RuleContext, s: int) -> int:
    """Where a name starting at token `s` begins when a word and a slash are glued before it: "i2b2/VA 2010"
    is one benchmark (two organisers' names), "VA 2010" a cut of it (ACL 44k: 2021.emnlp-main.435, 2022.clinicalnlp-1.6
    "i2b2/VA 2010"; P19-1091 "the 2010 i2b2/VA challenge"; W18-2303 "the 2014 i2b2/UTHealth shared task"). Not after a
    function word ("and/or") nor after a series or a known dataset of its own ("WAT/WMT 2024": two events)."""
    v = c.view
    if s < 2 or v.words[s - 1] != "/":
        return s
    a = s - 2
    if v.idx[a] + len(v.words[a]) != v.idx[s - 1] or v.idx[s - 1] + 1 != v.idx[s]:
        return s  # "A / B": spaced, a list
    w = v.words[a]
    if (
        not any(ch.isalpha() for ch in w)
        or v.lowers[a] in c.res.function_words
        or c.res.shared_task_re.fullmatch(w)
        or _lexicon_dataset(c, v.idx[a], v.idx[a] + len(w))
    ):
        return s
    return a


#: a capitalised word with an apostrophe between letters, straight or typographic ("Qur’an", "O'Neil"): not a
#: possessive, which the tokenizer splits off ("Children", "’s")
_APOSTROPHE_WORD = re.compile(r"[A-Z][A-Za-z]*['’][a-z]+")


#: what joins two translation directions of one list ("En-De and En-Fr", "En-De, En-Fr")
_PAIR_AFTER_PAIR = re.compile(r"\s*(?:,\s*and|,|and|or|/)\s*")


@register_rule("benchmark_language_pairs")
def benchmark_language_pairs(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "WMT17 Chinese-English", "IWSLT'14 De-En", "WMT English→German": a translation direction right
    after a series whose editions are test sets is part of the benchmark's name (guideline notes 2:
    "WMT 2014 English-German" is the dataset; the direction is one board of it, `language_pairs.split_pair`)."""
    v = c.view
    if not any(series in v.text for series in c.res.edition_series):
        return  # most abstracts name no WMT or IWSLT edition: no candidate is looked at
    known = [
        (s, e)
        for (s, e), cand in cands.items()
        if cand.types.get("Dataset")
        and cand.kind == "lexicon"
        and (m := c.res.shared_task_re.fullmatch(v.span_text(s, e)))
        and m.group("series") in c.res.edition_series
        and not m.group("task")
    ]
    if not known:
        return
    starts = {a: b for a, b, _ in pair_mentions(v.text)}
    for s, e in known:
        start, end = v.char_range(s, e)
        pair_end = starts.get(end + 1)
        if pair_end is not None and v.text[end] == " ":
            more = _PAIR_AFTER_PAIR.match(v.text, pair_end)
            if more and more.end() in starts:
                continue  # "WMT 2014 En-De and En-Fr": the benchmark of both directions, named without them
            span = char_span_tokens(v, start, pair_end, strict=True)
            if span is not None:
                yield typed(*span, "Dataset", W_LEXICON, kind="lexicon")


@register_rule("versioned_known_names")
def versioned_known_names(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "SQuAD v1.1", "MMLU 5-shot": a known name with a version keeps the known type."""
    known = {s: (e, cand) for (s, e), cand in cands.items() if cand.kind == "lexicon"}
    for (s, e), cand in list(cands.items()):
        if cand.kind == "shape" and s in known and known[s][0] < e:
            yield Candidate(s, e, dict(known[s][1].types))


@register_rule("title_name")
def title_name(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "Name: A ... Benchmark for ...": the title's name before the colon, typed by its head or subtitle."""
    words = c.view.words[: c.title_end]
    k = ctx.title_name_length(words)
    if k:
        t = ctx.head_type(words[:k]) or ctx.subtitle_type(c.view.lowers[k + 1 : c.title_end])
        yield typed(0, k, t, W_HEAD, title=True, kind="title")


def _covered(cands: Iterable[tuple[int, int]]) -> set[int]:
    """The token positions some candidate already spans (`cands`' keys, or any spans): where a rule for
    names no other rule found stays out. A one-token span adds its token, a longer one its range: a `range`
    object costs ~645 instructions to make in CPython 3.11 (its length is computed with generic integer calls),
    and ~46 spans an abstract went through `_covered`, most of them one token (stop 50).

    >>> sorted(_covered([(3, 4), (6, 9), (5, 5), (9, 8)]))
    [3, 6, 7, 8]
    """
    out: set[int] = set()
    for s, e in cands:
        if e - s == 1:
            out.add(s)
        elif e > s:
            out.update(range(s, e))
    return out


@register_rule("measured_quantities")
def measured_quantities(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """A metric head with the words that say what is measured: "prefill latency", "index size"."""
    v = c.view
    lowers = v.lowers
    heads = v.positions(ctx.METRIC_HEADS, plural_s=True)
    if not heads:
        return
    # `blocked` is read only at the two tokens before a head (`metric_modifier_start`, the "KV cache usage"
    # test below): a candidate's tokens are collected there only, not each token of every candidate
    near = {k for h in heads for k in (h - 1, h - 2)}
    blocked = {
        i
        for (s, e), cand in cands.items()
        # a Metric candidate blocks none of its tokens: tested once, before the name is folded
        if cand.kind in ("lexicon", "model", "shape")
        and not cand.types.get("Metric")
        and not near.isdisjoint(range(s, e))
        and not c.is_generic(v.span_text(s, e))
        for i in range(s, e)
        if i in near and not ctx.TOP_K.fullmatch(lowers[i])  # "Top-1" is a cut-off, no name
    }
    for i in heads:
        w = lowers[i]
        st = ctx.metric_modifier_start(lowers, i, blocked)
        if (
            st == i
            and i - 1 in blocked
            and lowers[i - 1] in ctx.METRIC_MODIFIERS
            and w not in ctx.STANDALONE_METRIC_HEADS
        ):
            # "KV cache usage": the quantity of a known thing whose last word names what is measured
            st = next((s for (s, e), cand in cands.items() if e == i and cand.kind == "lexicon"), i)
        if ctx.is_moment(lowers, st, i + 1):
            continue  # "at inference time" is a moment, not a measure
        if st < i or w in ctx.STANDALONE_METRIC_HEADS:
            yield typed(st, i + 1, "Metric", W_SHAPE, kind="metric")


#: heads of a measure a result is given as ("a completion ratio of 38%", "a consistency rate of 95%")
_VALUED_HEADS: Final = frozenset({"ratio", "rate", "score"})
#: words between "of" and a measure's value ("a frob rate of about 12%")
_VALUE_HEDGES = frozenset({"about", "around", "nearly", "almost", "approximately", "roughly", "over", "up", "to"})
_VALUE_VERBS: Final = frozenset(rule_words("VALUE_VERBS"))
#: grades and rankings before a measure that name no measure ("the best frob ratio", "an overall quux score")
_RANK_WORDS = frozenset(rule_words("_RANK_WORDS"))
#: how a modifier of such a measure is written: lower case or a capital then lower case ("cosine", "Hamming");
#: an acronym or a mixed-case word ("SAS score", "CoNLL score") is a name the text gives on its own
_WRITTEN_MODIFIER = re.compile(r"[A-Za-z][a-z]*(?:-[a-z]+)*")
#: words that make what follows a setting the result was obtained under ("with a masking rate of 15%")
_SETTING_WORDS = frozenset({"with", "using", "under", "at", "given", "when", "for", "by", "while"})


@register_rule("valued_measures")
def valued_measures(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "achieves the best frob ratio of 38.01%", "reaches a quux consistency rate of 95%", "obtained a zorp
    similarity score of 0.751": one or two words (lower case, or a capital then lower case) before "ratio",
    "rate" or "score" given a value after a result verb ("achieve", "obtain", "reach", "attain", "yield") name
    the measure the result is in (guideline: a Metric is a measured quantity that is reported). Seen in
    concept_fresh43 2025.findings-acl.1113 ("the best completion ratio of 38.01%") and ACL 44k ("a consistency
    rate of 95%-99%", "a cosine similarity score of 0.751", "an exact-match score of 51%"). Left alone: names
    other rules typed ("F1 score", "success rate"), grades and catch-alls ("an overall score", "the best
    score"), a rate with no result verb before it or after a setting word ("achieves ... with a masking rate
    of 15%"), and an acronym's score ("SAS score": the name the text gives on its own)."""
    v = c.view
    lowers = v.lowers
    if v.lower_set.isdisjoint(_VALUED_HEADS) or v.lower_set.isdisjoint(_VALUE_VERBS):
        return
    n = len(lowers)
    taken = None
    for h in v.positions(_VALUED_HEADS):
        if h < c.title_end + 3 or h + 2 >= n or lowers[h + 1] != "of":
            continue
        k = h + 2
        while k < n and k < h + 4 and lowers[k] in _VALUE_HEDGES:
            k += 1
        if k >= n or not (_VALUE.fullmatch(lowers[k]) and any(ch.isdigit() for ch in lowers[k])):
            continue
        sent_start = v.sents[v.sent_of[h]][0]
        verb = next((j for j in range(h - 1, max(sent_start, h - 7) - 1, -1) if lowers[j] in _VALUE_VERBS), None)
        if verb is None or not _SETTING_WORDS.isdisjoint(lowers[verb + 1 : h]):
            continue  # "(achieves ... ) with a masking rate of 15%": a setting, no result
        st = h
        while st > h - 2 and _valued_modifier(c, lowers[st - 1]) and _WRITTEN_MODIFIER.fullmatch(v.words[st - 1]):
            st -= 1
        if st == h or not _phrase_opener(c, lowers[st - 1]):
            continue
        if taken is None:
            taken = _covered([span for span, cand in cands.items() if cand.types])
        if taken.isdisjoint(range(st, h + 1)):
            yield typed(st, h + 1, "Metric", W_CONTEXT, kind="metric")


def _valued_modifier(c: RuleContext, w: str) -> bool:
    """Whether `w` can say which ratio, rate or score is meant ("completion", "cosine similarity"): a lower-case
    noun, no function word, grade, qualifier, filler, catch-all or adverb."""
    return (
        _QUALIFIER_WORD.fullmatch(w) is not None
        and w not in c.res.function_words
        and w not in _EVALUATIVE
        and w not in _RANK_WORDS
        and w not in _NOT_QUALIFIERS
        and w not in _MEASURE_FILLERS
        and w not in _EVALUATION_SPLITS
        and not w.endswith("ly")
        and not c.is_generic(w)
    )


def _phrase_opener(c: RuleContext, w: str) -> bool:
    """Whether `w` opens a noun phrase before its modifiers: a function word, a grade or a qualifier."""
    return w in c.res.function_words or w in _EVALUATIVE or w in _RANK_WORDS or w in _MEASURE_QUALIFIERS


#: what makes an open "speed up" the noun, a measured speed-up: a count or factor before it ("a 12x speed up",
#: "49% speed up", "two orders of magnitude speed up", "2 times inference speed up") or an article ("a speed up
#: of 3x"); elsewhere it is the verb ("tools that speed up annotation", lexicon.spelling_variants)
_SPEED_UP_FACTOR = re.compile(r"\d[\d.,]*(?:x|×|%|-fold)?|x|×|%|times|fold|[a-z]+fold|magnitude")
_SPEED_UP_ARTICLE = frozenset({"a", "an", "the"})
_SPEED = frozenset({"speed"})


@register_rule("measured_speed_ups")
def measured_speed_ups(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "a 12x speed up", "a speed up of 3x", "speed ups": the speedup metric spelled open where it is measured
    (a factor or an article before it, or the plural); the verb ("to speed up training") names nothing."""
    lowers = c.view.lowers
    for i in c.view.positions(_SPEED):
        if i + 1 >= len(lowers) or lowers[i + 1] not in ("up", "ups"):
            continue
        # "2.7x decoding speed up": the speed-up of the quantity a lexicon name ending at "speed" measures
        quantity = next((s for (s, e), cand in cands.items() if e == i + 1 and s < i and cand.types.get("Metric")), i)
        before = lowers[quantity - 1] if quantity > 0 else ""
        if lowers[i + 1] == "ups" or _SPEED_UP_FACTOR.fullmatch(before) or before in _SPEED_UP_ARTICLE:
            canonical = "speedup" if quantity == i else None
            yield typed(quantity, i + 2, "Metric", W_LEXICON, canonical=canonical, kind="lexicon")


#: general measures a name in front makes a measure of its own ("Foo-X2 recall", "Zorp Graph F1"), words joined by "-"
_QUALIFIABLE_MEASURES: Final = frozenset(rule_words("_QUALIFIABLE_MEASURES"))
#: what the first token of such a measure can be: a "-"-joined run of its first parts ("win", "f1-score")
_QUALIFIABLE_FIRSTS: Final = frozenset(
    "-".join(m.split("-")[:j]) for m in _QUALIFIABLE_MEASURES for j in range(1, m.count("-") + 2)
)
_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z]+)*")
#: the split a measure is taken on ("Test F1"): a setting, never a word of the measure's name
_EVALUATION_SPLITS: Final = frozenset(rule_words("_EVALUATION_SPLITS"))


def _general_measures(c: RuleContext, cands: dict) -> Iterator[tuple[int, int, Candidate]]:
    """The spans of the lexicon's general measures (F1, recall, accuracy, win rate) among `cands` after the
    title: what the words before them may name (`named_measure_variants`, `qualified_measures`), with their
    candidates. The candidates are read as they were when the rule began, not as its own yields add to them."""
    lowers = c.view.lowers
    for (s, e), cand in list(cands.items()):
        if s <= c.title_end or lowers[s] not in _QUALIFIABLE_FIRSTS:
            continue
        if cand.kind == "lexicon" and cand.types.get("Metric") and "-".join(lowers[s:e]) in _QUALIFIABLE_MEASURES:
            yield s, e, cand


def _measure_of_measure(lowers: list[str], before: list, s: int) -> bool:
    """Whether the one candidate ending right before a general measure at `s` is a named measure of the lexicon
    (not itself a general one, not spelt with "score"/"rate"): "Smatch F1" is Smatch's F1, one measure."""
    if len(before) != 1:
        return False
    ps, pc = before[0]
    return (
        pc.kind == "lexicon"
        and set(pc.types) == {"Metric"}
        and "-".join(lowers[ps:s]) not in _QUALIFIABLE_MEASURES
        and lowers[s - 1] not in _MEASURE_SUFFIXES
    )


@register_rule("named_measure_variants")
def named_measure_variants(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "the Foo-X2 recall", "average Zorp Graph F1", "in Length Quux Win Rate": a general measure (F1, recall,
    accuracy, win rate) after a coined name or capitalised words that have no type of their own is that named
    measure, one name (R10: the most specific name). A name typed otherwise stays apart ("NER accuracy",
    "SQuAD F1": the task or data the measure is taken on), as does an acronym the paper defines (its task's or
    method's: "Frob Quux Inference (FQI) ... FQI accuracy") and a known metric ("BLEU score")."""
    v = c.view
    words, lowers = v.words, v.lowers
    if v.lower_set.isdisjoint(_QUALIFIABLE_FIRSTS):
        return  # no measure's first word in the text
    defined = None
    for s, e, _ in _general_measures(c, cands):
        before = [(ps, pc) for (ps, pe), pc in cands.items() if pe == s and ps < s]
        if before:
            # a coined name with no type of its own right before: "Foo-X2 recall"
            ps, pc = max(before, key=lambda b: s - b[0])
            if len(before) == 1 and pc.kind == "shape" and not pc.types and not v.sent_start[ps]:
                defined = long_forms(c) if defined is None else defined
                if fold(v.span_text(ps, s)) not in defined:  # "VGSI accuracy": the paper's own task's acronym
                    yield typed(ps, e, "Metric", W_SHAPE, kind="metric")
            elif _measure_of_measure(lowers, before, s):
                # "Smatch F1", "BERTScore F1", "exact match accuracy": the general measure a named one is taken as
                ps = before[0][0]
                yield typed(ps, e, "Metric", W_LEXICON, kind="lexicon", alias=v.span_text(ps, s))
            continue
        if any(ps < s < pe for ps, pe in cands):
            continue
        if not (words[s][:1].isupper() or any(ch.isdigit() for ch in words[s])):
            continue  # "Zorp Graph accuracy": lower-case "accuracy" after capitalised words is the data's or task's
        k = s
        while k > s - 3 and k - 1 > c.title_end and _TITLE_WORD.fullmatch(words[k - 1]) and not v.sent_start[k - 1]:
            if lowers[k - 1] in c.res.modifier_stop or lowers[k - 1] in _EVALUATION_SPLITS:
                break
            if any(ps <= k - 1 < pe for ps, pe in cands):
                break
            k -= 1
        if k < s and not (k > 0 and _TITLE_WORD.fullmatch(words[k - 1]) and not v.sent_start[k - 1]):
            yield typed(k, e, "Metric", W_SHAPE, kind="metric")


#: a word that qualifies a general measure in front of it ("frob accuracy"): lower-case letters, "-"-joined
_QUALIFIER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
#: what stands before an attributive noun phrase: a value ("95.3%", "0.8"), an opening bracket or comma
_PHRASE_OPENER = re.compile(r"[-+−]?\d[\d.,]*%?|[(,:]")


@register_rule("qualified_measures")
def qualified_measures(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "the state-of-the-art frob accuracy", "with quux success rate up to 95%", "13.4% of zorp F1 score": a
    lower-case word right before a general measure (F1, recall, accuracy, success rate) at the start of a noun
    phrase (after an article, a preposition, an evaluative adjective or a value) names which accuracy is
    meant: one name (R10: the most specific name the text gives). Seen in acl-dev ("language accuracy",
    "defense success rate", "whole F1 score") and fresh papers ("joint accuracy", "microaveraged F1 score").
    A word another rule typed stays apart ("NER accuracy": the task the measure is taken on), as do the
    evaluative adjectives ("high accuracy"), the splits ("test accuracy"), the qualifiers a value carries
    ("relative", "average"), a generic word ("model accuracy"), participles, adverbs, adjectives and
    compounds ("improved accuracy", "predictive accuracy", "human-level accuracy"), whose it is ("human accuracy"),
    and a verb before its object or a word after one ("improves accuracy", "improves frob accuracy")."""
    v = c.view
    words, lowers = v.words, v.lowers
    if v.lower_set.isdisjoint(_QUALIFIABLE_FIRSTS):
        return  # no measure's first word in the text
    covered = None
    for s, e, cand in _general_measures(c, cands):
        if s < 2:
            continue
        w, before = words[s - 1], lowers[s - 2]
        if (
            v.sent_start[s]
            or v.sent_start[s - 1]
            or not _QUALIFIER_WORD.fullmatch(w)
            or w in ctx.MODIFIER_STOP
            or w in c.res.function_words
            or w in c.res.metric_modifiers
            or w in _EVALUATION_SPLITS
            or w in _MEASURE_QUALIFIERS
            or w in _NOT_QUALIFIERS
            or w.endswith(("ing", "ly") + _ADJECTIVE_ENDINGS)
            or "-" in w
            or w in _RATERS
            or w.endswith("ed")
            and not w.endswith("averaged")
            or w in _MEASURE_VERBS
            or c.is_generic(w)
        ):
            continue
        if w in _EVALUATIVE or w in _AMOUNT_WORDS or _third_person_verb(w) or before in _MODALS:
            continue  # "poor accuracy", "15 point precision gain", "and undermines accuracy", "can degrade accuracy"
        if before in _MEASURE_VERBS or not (
            before in ctx.MODIFIER_STOP or before in c.res.function_words or _PHRASE_OPENER.fullmatch(before)
        ):
            continue
        if covered is None:
            covered = {i for (ps, pe), pc in cands.items() if pc.types and (ps, pe) != (s, e) for i in range(ps, pe)}
        if s - 1 in covered:
            continue
        yield Candidate(s - 1, e, dict(cand.types), kind="metric", replace_types=True)


#: adjectives that grade a measure ("poor accuracy", "further accuracy gains"): no kind of measure
_EVALUATIVE = frozenset(rule_words("EVALUATIVE_QUALIFIERS"))
#: words before a verb's base form ("can degrade accuracy"): the word after them is no qualifier
_MODALS = frozenset(rule_words("MODALS"))


def _third_person_verb(word: str) -> bool:
    """Whether `word` reads as a verb's -s form ("undermines", "lacks", "hinders") before a measure it takes as
    its object: a qualifier in a measure's name is a singular noun ("language accuracy"), so an -s word is
    none, unless its -s is no plural's ("-ss", "-us", "-is", "-ics": "class", "corpus", "analysis", "linguistics").

    >>> [_third_person_verb(w) for w in ("undermines", "lacks", "class", "corpus", "analysis", "physics", "language")]
    [True, True, False, False, False, False, False]
    """
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ics"))


#: endings of adjectives that say how good or of what kind a measure is ("predictive accuracy", "critical
#: precision"), no name of a measure of its own (English derivational suffixes)
_ADJECTIVE_ENDINGS = ("ive", "al", "ic", "ous", "ful", "able", "ible", "ent", "ant", "less", "ary")
#: words that say how a measure is summed up or taken, no kind of measure ("mean F1", "total recall", "the
#: standard F1 score"): the lexicon's non-measures and the common adjectives of convention
_NOT_QUALIFIERS = (
    frozenset(rule_words("NOT_MEASURES"))
    | frozenset(rule_words("QUALIFIERS"))
    | frozenset("standard usual common typical".split())
)
#: whose accuracy it is ("human accuracy", "our parser accuracy"): the people or the system a measure is taken
#: of, not which measure
_RATERS = (
    frozenset(rule_words("RATERS"))
    | frozenset(rule_words("AUDIENCE_WORDS"))
    | frozenset(rule_words("SYSTEM_NOUNS"))
    | frozenset(rule_words("SYSTEM_AGENTS"))
)
#: qualifiers a measure's value carries, no part of its name ("a relative F1 gain", "average accuracy")
_MEASURE_QUALIFIERS = frozenset(rule_words("QUALIFIERS"))
#: verbs that take a measure as their object ("it improves accuracy", "and reaches recall"), no qualifier of it
_MEASURE_VERBS: Final = (
    frozenset(rule_words("IMPROVED_CUES"))
    | frozenset(rule_words("VALUE_VERBS"))
    | frozenset(
        {"increase", "increases", "reduce", "reduces", "hurt", "hurts", "harm", "harms", "lower", "lowers", "raise"}
        | {"raises", "maintain", "maintains", "preserve", "preserves", "keep", "keeps", "trade", "trades", "measure"}
        | {"measures", "report", "reports", "maximize", "maximizes", "maximise", "maximises", "optimize", "optimizes"}
    )
    | frozenset(rule_words("MEASURE_OBJECT_VERBS"))
)


#: a reported value: "0.72", "-0.48", "93.4%", "+12"
_VALUE: Final = re.compile(r"[-+−]?\d[\d.,]*%?")
_SIGNS: Final = frozenset("-+−")


def _is_value(w: str) -> bool:
    """`_VALUE.fullmatch(w)`, the regex called only on a word that opens with a sign or a decimal digit (`\\d`), as
    a value does: a regex call costs ~1.6k instructions, and most words open with a letter."""
    return (w[:1] in _SIGNS or w[:1].isdecimal()) and _VALUE.fullmatch(w) is not None


#: a range of two values written as one word: "5.1%-17.9%", "5-10%", "0.5–2.1"
_VALUE_RANGE = re.compile(r"\d[\d.,]*%?[-–]\d[\d.,]*%?")


def _is_amount(w: str) -> bool:
    """A value, or a range of two ("a 5.1%-17.9% improvement in relevance": the change is reported as a range)."""
    return _is_value(w) or (w[:1].isdecimal() and _VALUE_RANGE.fullmatch(w) is not None)


_BY: Final = frozenset({"by"})
#: how far before a change noun its amount may stand: up to four words of the amount ("by another 3 points"),
#: then up to three words of what changed ("a 9% frob rate improvement")
_CHANGE_REACH: Final = 7

_CORRELATION = frozenset({"correlation", "correlations"})
#: nouns after "correlation" that make one measure with it ("a correlation score of 0.72")
_CORRELATION_NOUNS = frozenset({"score", "scores", "coefficient", "coefficients", "factor"})


@register_rule("reported_correlations")
def reported_correlations(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "a negative correlation of -0.48", "93.4% correlation with human rankings", "a correlation score of 0.72":
    a correlation given a value is a reported measure (guideline: a Metric is reported or optimised); without
    one it is a relation the text talks about ("spurious correlations", "no correlation was found"). A named
    coefficient (Pearson correlation) is the lexicon's."""
    v = c.view
    lowers = v.lowers
    hits = v.positions(_CORRELATION)
    if not hits:
        return  # most texts: no candidate's tokens to collect
    taken = _covered(cands)
    for i in hits:
        if i in taken or i < c.title_end:
            continue
        e = i + 1 + (i + 1 < len(lowers) and lowers[i + 1] in _CORRELATION_NOUNS)
        after = lowers[e : e + 3]
        valued = (
            after[:1] == ["of"]
            and len(after) > 1
            and _VALUE.fullmatch(after[1])
            or after[:1] == ["("]
            and len(after) > 1
            and _VALUE.fullmatch(after[1])
            or i > 0
            and _VALUE.fullmatch(lowers[i - 1]) is not None
            and lowers[i - 1].endswith("%")
        )
        if valued and taken.isdisjoint(range(i, e)):
            yield typed(i, e, "Metric", W_CONTEXT, kind="metric")


#: nouns of a change in a measure ("a 9% consistency improvement", "a 20% gain in frobness")
_CHANGE_NOUNS: Final = frozenset(
    "improvement improvements gain gains increase increases boost boosts reduction reductions decrease decreases".split()
)
#: verbs of a change a measure undergoes by an amount ("frob rates improve by 9%", "boosts the frob rate by 3%")
_CHANGE_VERBS: Final = frozenset(rule_words("IMPROVED_CUES")) | frozenset(
    "increase increases increased increasing reduce reduces reduced reducing decrease decreases decreased".split()
)
#: words between a change's amount and what it is in, or between "by" and the amount ("by another 3%"), units
#: of time and size among them ("a 1.4 s reduction in latency")
_AMOUNT_WORDS: Final = frozenset(
    "% percent point points pp x × times fold million billion thousand hundred absolute relative average another"
    " nearly about almost up to over s ms sec secs seconds minutes hours gb mb kb tb".split()
)
#: heads that say where a change was seen ("in vertical domain scenarios", "in low-cost regimes"), not what
_WHERE_HEADS = frozenset(rule_words("WHERE_HEADS"))
#: counts and quantifiers: "in two scenarios", "in various settings" say where a change was seen, not in what
_PLACE_COUNTS = frozenset(rule_words("MANY")) | frozenset(("one", "both"))
#: nouns that end in -ly ("anomaly rate"), unlike the adverbs ("significantly", "publicly available")
_LY_NOUNS = frozenset("family anomaly anomalies assembly supply reply".split())
#: heads a changed thing is no measure under: the systems compared, catch-alls, errors counted, the gap itself
_NOT_CHANGED_MEASURES = (
    frozenset(rule_words("BASELINE_NOUNS"))
    | frozenset(rule_words("SYSTEM_NOUNS"))
    | frozenset(rule_words("GENERIC_HEADS"))
    | frozenset(rule_words("OWNED_QUALITIES"))
    | frozenset(rule_words("NOT_MEASURES"))
    | frozenset(rule_words("_NOT_MEASURE_HEADS"))
    | frozenset(rule_words("MODEL_PARTS"))  # "50% expert reduction": a model's size, not a measure
    | _CHANGE_NOUNS
    | frozenset("error errors gap gaps art quality efficiency effectiveness accuracy".split())
)


#: words that stand for a measure the text names elsewhere ("scores", "results")
_MEASURE_FILLERS = frozenset(rule_words("MEASURE_FILLERS"))


def _changed_phrase(c: RuleContext, st: int, en: int, taken: set[int]) -> bool:
    """Whether tokens st..en are one to three lower-case words that can name a measured quantity."""
    lowers = c.view.lowers
    if en - st < 1 or en - st > 3 or st <= c.title_end or not taken.isdisjoint(range(st, en)):
        return False
    words = lowers[st:en]
    if any(not _ITEM_WORD.fullmatch(w) or w in c.res.function_words for w in c.view.words[st:en]):
        return False  # lower-case words only: a capitalised one is a name (the system compared)
    if not _NOT_QUALIFIERS.isdisjoint(words):
        return False  # "average relative", "total steps": how a change is taken, no measure
    if len(words) == 1 and words[0] in _MEASURE_FILLERS:
        return False  # "scores improve by 3%": which scores, the text says elsewhere
    if words[0] == "terms" or words[0] in _PLACE_COUNTS or words[-1] in _WHERE_HEADS:
        return False  # "improvements in terms of F1", "in two scenarios", "in low-cost regimes": no measure named
    if any(len(w) < 2 or (w.endswith("ly") and w not in _LY_NOUNS) for w in words):
        return False  # "reduce d by 70%", "significantly improved by", "publicly available lines": no noun phrase
    if words[-1].endswith("ed") and not words[-1].endswith("eed"):
        return False  # "a 10%-13% averaged improvement": a participle is how the change was taken, no quantity's head
    if len(words) == 1 and (words[0].endswith(_ADJECTIVE_ENDINGS) or (en < len(lowers) and lowers[en] == "of")):
        return False  # "in neural storytelling" cut at its participle; "the amount of training data"
    return (
        words[0] not in ctx.MODIFIER_STOP
        and words[-1] not in _NOT_CHANGED_MEASURES
        and not c.is_generic(" ".join(words))
        and not c.is_generic(words[-1])
    )


@register_rule("changed_quantities")
def changed_quantities(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "a 55.6% frobness improvement", "a 20% gain in quux interpretability", "zorp rates improve by 9%",
    "boosts the zorp rate by another 3%": a quantity the text gives a change of by an amount was measured
    and is reported (guideline: a Metric is a measured quantity that is reported). Seen in acl-dev
    ("consistency improvement", "gain in rationale interpretability", "correction rates improve by") and a
    fresh sample ("mean quantile by 84%", "Wu & Palmer similarity by 5%"). Catch-alls ("performance"), the
    systems compared ("the baseline"), errors and gaps, and names other rules typed are left alone."""
    lowers = c.view.lowers
    taken = None
    seen = set()
    for k in _change_positions(c):
        if k <= c.title_end:
            continue
        if lowers[k] != "by":  # a value
            span = _span_after_value(c, k)
        else:
            span = _span_before_by(c, k) if k > 1 else None
        if span and span not in seen:
            if taken is None:
                taken = {i for (s, e), cand in cands.items() if cand.types for i in range(s, e)}
            if not _changed_phrase(c, span[0], span[1], taken):
                continue
            seen.add(span)
            yield typed(span[0], span[1], "Metric", W_CONTEXT, kind="metric")


def _change_positions(c: RuleContext) -> list[int]:
    """Where `changed_quantities` looks, in text order: the values up to `_CHANGE_REACH` words before a change
    noun, and the "by"s of a text with a change verb. Looking only there costs no step and regex test per token
    (~3% of a run); an amount further from a change noun is given no span. None in a text with no change noun and
    no "by" after a change verb."""
    v = c.view
    present = v.lower_set
    nouns = not present.isdisjoint(_CHANGE_NOUNS)
    verbs = "by" in present and not present.isdisjoint(_CHANGE_VERBS)
    if not (nouns or verbs):
        return []
    near = {k for p in v.positions(_CHANGE_NOUNS) for k in range(max(0, p - _CHANGE_REACH), p)} if nouns else ()
    values = [k for k in near if _is_amount(v.lowers[k])]
    return sorted(values + v.positions(_BY) if verbs else values)


def _past_amount_words(lowers: list[str], k: int) -> int:
    """The first token after `k` past up to three amount words ("by another 3%", "a further 2 points")."""
    j = k + 1
    while j < len(lowers) and j < k + 4 and lowers[j] in _AMOUNT_WORDS:
        j += 1
    return j


def _span_after_value(c: RuleContext, k: int) -> tuple[int, int] | None:
    """The quantity a value at `k` gives a change of: "a 55.6% frobness improvement" (one to three words, then the
    change noun), else "a 20% gain in quux interpretability" (the words after the change noun and "in")."""
    lowers = c.view.lowers
    n = len(lowers)
    j = _past_amount_words(lowers, k)
    for m in range(j + 1, min(n, j + 4)):
        if lowers[m] in _CHANGE_NOUNS:
            return (j, m)  # m > j: one word at least
        if not _ITEM_WORD.fullmatch(lowers[m]):
            break
    if j + 1 < n and lowers[j] in _CHANGE_NOUNS and lowers[j + 1] == "in":
        return _changed_in(c, j + 2)
    return None


def _changed_in(c: RuleContext, after_in: int) -> tuple[int, int] | None:
    """The up to three words after a change noun's "in" ("a 20% gain in (the) quux interpretability"), when the
    phrase ends at punctuation, a function word or a participle ("... interpretability compared")."""
    lowers = c.view.lowers
    n = len(lowers)
    st = after_in + (after_in < n and lowers[after_in] in ("the", "their", "its"))
    en = st
    while (
        en < n
        and en < st + 3
        and _ITEM_WORD.fullmatch(lowers[en])
        and lowers[en] not in c.res.function_words
        and not lowers[en].endswith(("ed", "ing"))
    ):
        en += 1
    if en == n or not _ITEM_WORD.fullmatch(lowers[en]) or lowers[en] in c.res.function_words:
        return (st, en)
    if lowers[en].endswith(("ed", "ing")):
        return (st, en)
    return None


def _span_before_by(c: RuleContext, k: int) -> tuple[int, int] | None:
    """The quantity changed by the amount after the "by" at `k` (a number): the subject of the change verb right
    before it ("zorp rates improve by 9%"), else the object of a change verb a few words before ("boosts the zorp
    rate by 3%")."""
    lowers = c.view.lowers
    j = _past_amount_words(lowers, k)
    if not (j < len(lowers) and _is_amount(lowers[j]) and any(ch.isdigit() for ch in lowers[j])):
        return None
    if lowers[k - 1] in _CHANGE_VERBS:
        return _changed_before_verb(c, k - 1)
    for vb in range(k - 2, max(c.title_end, k - 6), -1):
        if lowers[vb] in _CHANGE_VERBS:
            st = vb + 1 + (lowers[vb + 1] in ("the", "their", "its"))
            return (st, k) if st < k else None
    return None


def _changed_before_verb(c: RuleContext, verb: int) -> tuple[int, int] | None:
    """The up to three words before a change verb ("zorp rates improve by 9%"), when a function word or
    punctuation comes before them."""
    lowers = c.view.lowers
    st = verb
    while st > verb - 3 and _ITEM_WORD.fullmatch(lowers[st - 1]) and lowers[st - 1] not in c.res.function_words:
        st -= 1
    if st < verb and (lowers[st - 1] in c.res.function_words or not lowers[st - 1][:1].isalnum()):
        return (st, verb)
    return None


_CRITERIA_NOUNS = frozenset(rule_words("_CRITERIA_NOUNS"))
_EVALUATION_WORDS: Final = frozenset(rule_words("_EVALUATION_WORDS"))
_LIST_OPENERS: Final = frozenset(rule_words("_LIST_OPENERS"))
_NOT_MEASURE_HEADS = frozenset(rule_words("_NOT_MEASURE_HEADS"))
_ITEM_WORD: Final = re.compile(r"[a-z]+(?:-[a-z]+)*")
_LIST_SEPARATORS: Final = frozenset({",", "and", "or"})


def _opener_end(lowers: list[str], i: int, end: int) -> int | None:
    """The token after the list opener that follows the criteria noun at `i` within 12 tokens (before `end`):
    ":", "i.e.", "e.g.", "such as", "including", "namely" (a comma after it skipped); None when there is none or
    the words between say nothing of an evaluation (a "dimensions"/"aspects"/"facets" noun needs one)."""
    for k in range(i + 1, min(end, i + 13)):
        w = lowers[k]
        if w in (".", ";"):
            return None
        if w in _LIST_OPENERS or w == "such" and k + 1 < end and lowers[k + 1] == "as":
            if lowers[i] not in _EVALUATION_WORDS and _EVALUATION_WORDS.isdisjoint(lowers[i + 1 : k]):
                return None
            k += 2 if w == "such" else 1
            return k + 1 if k < end and lowers[k] == "," else k
    return None


def _listed_items(lowers: list[str], k: int, end: int, function_words: frozenset[str]) -> list[tuple[int, int]]:
    """The items of "x, y z, and w" from token `k`: runs of one to three lower-case words, each but the last
    followed by a separator; [] when the list is not one of such items (a clause, a number, a name)."""
    items: list[tuple[int, int]] = []
    last = False
    while k < end:
        st = k
        while k < end and k - st < 3 and _ITEM_WORD.fullmatch(lowers[k]) and lowers[k] not in function_words:
            k += 1
        if k == st:
            return []
        items.append((st, k))
        if last:
            break
        if k >= end or lowers[k] not in _LIST_SEPARATORS:
            if k < end and lowers[k] not in (".", ";", ")"):
                return []
            break
        while k < end and lowers[k] in _LIST_SEPARATORS:
            last = last or lowers[k] in ("and", "or")
            k += 1
    return items if len(items) >= 2 else []


@register_rule("listed_criteria")
def listed_criteria(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "three criteria, i.e., frobness, quux rate and zorpity", "dimensions of the evaluation: frobness and
    quuxity", "facets of Foo evaluation, e.g., frobness or zorpity": the words listed after a noun that
    announces the measures of an evaluation are those measures (human-evaluation criteria and the properties a
    paper scores). Items of a catch-all ("performance"), a way of evaluating ("human evaluation") or a name
    already typed are left as they are."""
    v = c.view
    lowers = v.lowers
    taken = None  # the candidates' tokens, collected at the first list (most texts have none)
    for i in v.positions(_CRITERIA_NOUNS):
        if i < c.title_end:
            continue
        end = v.sents[v.sent_of[i]][1]
        k = _opener_end(lowers, i, end)
        if k is None:
            continue
        for st, en in _listed_items(lowers, k, end, c.res.function_words):
            if taken is None:
                taken = {j for s, e in cands for j in range(s, e)}
            if taken.isdisjoint(range(st, en)) and lowers[en - 1] not in _NOT_MEASURE_HEADS:
                if lowers[st] in _LIST_ENDS:
                    continue  # "fluency, coverage, relevance, etc.": the list's end, no item
                if not c.is_generic(v.span_text(st, en)):
                    yield typed(st, en, "Metric", W_CONTEXT, kind="metric")


#: what ends a list in place of more items ("BERTScore, BLEURT, etc.")
_LIST_ENDS = frozenset({"etc", "etc.", "others"})


#: quality criteria of generated text (lexicons/quality_criteria.txt): one word, or two as a pair
_CRITERIA = load_word_list("quality_criteria.txt")
_CRITERION_WORDS: Final = frozenset(w for w in _CRITERIA if " " not in w)
_CRITERION_PAIRS: Final = frozenset(tuple(w.split()) for w in _CRITERIA if " " in w)
_CRITERION_FIRSTS: Final = _CRITERION_WORDS | frozenset(p[0] for p in _CRITERION_PAIRS)
#: phrases after which a criterion alone is what outputs are rated on ("rated for fluency"), as words
_CRITERIA_FRAMES = tuple(tuple(f.split("-")) for f in rule_words("_CRITERIA_FRAMES"))
_CRITERIA_LIST_NEXT = frozenset(rule_words("_CRITERIA_LIST_NEXT"))
_CRITERIA_BEFORE = frozenset(rule_words("_CRITERIA_BEFORE"))


def _criterion_end(lowers: list[str], i: int) -> int | None:
    """The end of the quality criterion that starts at token `i` ("fluency", "meaning preservation"), or None."""
    if i + 1 < len(lowers) and (lowers[i], lowers[i + 1]) in _CRITERION_PAIRS:
        return i + 2
    return i + 1 if lowers[i] in _CRITERION_WORDS else None


def _criteria_list(c: RuleContext, k: int, end: int, metric_spans: dict[int, int]) -> list[tuple[int, int, bool]]:
    """The items of the list that starts at token `k` (before `end`), each a criterion or a Metric candidate's
    span (`metric_spans`), as (start, end, is a criterion), joined by ",", "and", "or"; [] unless it has two
    items or more, an "and"/"or", and ends at punctuation, a function word or a shared measure noun ("fluency and
    adequacy scores"): a longer phrase ("coherence and fluency issues", "consistency and quux constraints")
    names something else."""
    lowers = c.view.lowers
    items: list[tuple[int, int, bool]] = []
    joined = False
    while k < end:
        e = _criterion_end(lowers, k)
        if e is not None and (k not in metric_spans or metric_spans[k] <= e):
            items.append((k, e, True))
        elif k in metric_spans:
            e = metric_spans[k]
            items.append((k, e, False))
        else:
            return []  # a separator, then no item: the list goes on with other words ("fluency, and text quux")
        k = e
        if k >= end or lowers[k] not in _LIST_SEPARATORS:
            break
        while k < end and lowers[k] in _LIST_SEPARATORS:
            joined = joined or lowers[k] in ("and", "or")
            k += 1
    nxt = lowers[k] if k < end else "."
    if nxt[:1].isalnum() and nxt not in c.res.function_words and nxt not in _CRITERIA_LIST_NEXT:
        return []
    if len(items) < 2 or not joined or not any(crit for _, _, crit in items):
        return []
    return items


def _criteria_framed(c: RuleContext, i: int) -> bool:
    """Whether a rating frame ("rated for", "in terms of", "human judgments of") stands right before token `i`,
    a determiner ("the", "their", "its") allowed between."""
    lowers = c.view.lowers
    k = i - (i > 0 and lowers[i - 1] in _LIST_DETERMINERS)
    return any(k - len(f) > c.title_end and tuple(lowers[k - len(f) : k]) == f for f in _CRITERIA_FRAMES)


@register_rule("rated_criteria")
def rated_criteria(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "human raters judged fluency and adequacy", "improves relevance, coherence and faithfulness", "rated for
    informativeness": a quality criterion of generated text (lexicons/quality_criteria.txt: SummEval's four
    dimensions, MT's adequacy and fluency, Howcroft et al. 2020's criteria) is a Metric where outputs are rated
    or compared on it (guideline: a measured quantity that is reported): listed with another criterion or a
    known measure, alone after a rating frame, or before "scores"/"ratings". Seen in acl-dev 2025.tsar-1.23
    ("meaning preservation scores"), 2024.acl-long.655 and metric_fresh37 2025.naacl-long.253 (lists the list
    rules find too), and ~340 44k abstracts that list two criteria ("adequacy and fluency" 15, "fluency and
    coherence" 11). Alone and unframed a criterion is a property the text talks of
    ("fluent utterances", "to improve the coherence of prompts"); a criterion after a modifier ("logical
    coherence and emotional consistency") or inside another name ("relevance feedback") is left alone."""
    v = c.view
    lowers = v.lowers
    if v.lower_set.isdisjoint(_CRITERION_FIRSTS):
        return
    taken = None
    metric_spans: dict[int, int] = {}
    n = len(lowers)
    for i in v.positions(_CRITERION_FIRSTS):
        e = _criterion_end(lowers, i)
        if e is None or i <= c.title_end:
            continue
        if taken is None:
            taken = {
                j
                for (s, en), cand in cands.items()
                if cand.types and not cand.types.get("Metric")
                for j in range(s, en)
            }
            metric_spans = {s: en for (s, en), cand in cands.items() if cand.types.get("Metric") and s > c.title_end}
        start = _list_start(c, i, metric_spans)
        before = lowers[start - 1]
        if start > 1 and lowers[start - 2] == "-":
            continue  # "generation-based relevance": the compound's end is no function word
        if not (not before[:1].isalnum() or before in c.res.function_words or before in _CRITERIA_BEFORE):
            continue  # "logical coherence", "text fluency": a modifier makes another measure, or a name
        items = _criteria_list(c, start, v.sents[v.sent_of[i]][1], metric_spans)
        if not items:
            nxt = lowers[e] if e < n else "."
            # "meaning preservation scores", "fluency ratings"; not a ranker's "relevance scores" (its output)
            scored = nxt in _CRITERION_SCORES and lowers[i] not in _UNSCORED_CRITERIA
            if not scored and not (_criteria_framed(c, i) and (not nxt[:1].isalnum() or nxt in c.res.function_words)):
                continue
            items = [(i, e, True)]
        for st, en, crit in items:
            if crit and taken.isdisjoint(range(st, en)) and not _inside_metric(st, en, metric_spans):
                yield typed(st, en, "Metric", W_CONTEXT, kind="metric")


def _list_start(c: RuleContext, i: int, metric_spans: dict[int, int]) -> int:
    """The first item of the list of criteria and Metric candidates that token `i` is an item of ("BLEU" of
    "higher BLEU and fluency"): back over separators and items, to a word that is neither."""
    lowers = c.view.lowers
    ends = {e: s for s, e in metric_spans.items()}
    k = i
    while True:
        j = k
        while j - 1 > c.title_end and lowers[j - 1] in _LIST_SEPARATORS:
            j -= 1
        if j == k:
            return k
        if j in ends:
            k = ends[j]
        elif lowers[j - 1] in _CRITERION_WORDS:
            k = j - 1
        elif j > 1 and (lowers[j - 2], lowers[j - 1]) in _CRITERION_PAIRS:
            k = j - 2
        else:
            return k


#: the nouns of a criterion's rating written after it ("fluency scores"): the criterion is the measure
_CRITERION_SCORES = frozenset({"score", "scores", "rating", "ratings"})
#: criteria whose "scores" are a system's output or a label, no measure ("a relevance score for each document")
_UNSCORED_CRITERIA = frozenset(rule_words("_UNSCORED_CRITERIA"))


def _inside_metric(st: int, en: int, metric_spans: dict[int, int]) -> bool:
    """Whether tokens st..en lie inside a longer Metric candidate ("fluency" of a known "fluency score")."""
    return any(s <= st and en <= e and (s, e) != (st, en) for s, e in metric_spans.items())


#: phrases after which a list names what a comparison or evaluation measures ("in terms of frob accuracy, quux
#: usage and zorp time", "focusing on frobness, quuxity and faithfulness"), as words
_MEASURE_FRAMES: Final = tuple(tuple(f.split("-")) for f in rule_words("_MEASURE_FRAMES"))
#: determiners a measure list may open with ("in terms of the frobness, ...")
_LIST_DETERMINERS: Final = frozenset({"the", "their", "its"})
#: a determiner or an article right after an item: the item was a verb before its object ("and beat the baseline")
_OBJECT_OPENERS = _LIST_DETERMINERS | {"a", "an"}
#: words that may follow a measure list's last item (prepositions and conjunctions: "..., and zorp time on
#: Foo", "... and quux of the outputs"); any other word makes the last item part of a longer phrase or clause
_MEASURE_LIST_NEXT = frozenset(rule_words("_MEASURE_LIST_NEXT"))


def _measure_list(c: RuleContext, k: int, end: int, metric_spans: dict[int, int]) -> list[tuple[int, int]]:
    """The items of the list that starts at token `k` (before `end`): one to three lower-case words each, or a
    Metric candidate's span (`metric_spans`: start -> end), joined by ",", "and", "or"; [] unless the list has
    two items or more, an "and"/"or", and ends at punctuation or a function word (a longer phrase is a clause)."""
    lowers = c.view.lowers
    fw = c.res.function_words
    items: list[tuple[int, int]] = []
    joined = False
    n = len(lowers)
    while k < end:
        st = k
        if st in metric_spans:
            k = metric_spans[st]
        else:
            while k < end and k - st < 3 and _ITEM_WORD.fullmatch(lowers[k]) and lowers[k] not in fw:
                k += 1
        if k == st:
            return []
        if k < n and lowers[k] in _OBJECT_OPENERS:
            return []  # "and beat the baseline": a verb before its object, no item
        items.append((st, k))
        if k >= end or lowers[k] not in _LIST_SEPARATORS:
            if k < end and not (lowers[k] in _MEASURE_LIST_NEXT or not lowers[k][:1].isalnum()):
                return []  # "in terms of frob, quux and zorp time limits ...": more than an item
            break
        while k < end and lowers[k] in _LIST_SEPARATORS:
            joined = joined or lowers[k] in ("and", "or")
            k += 1
    return items if len(items) >= 2 and joined else []


@register_rule("measure_lists")
def measure_lists(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "outperforms Foo in terms of accuracy, quux consumption and zorp time", "an evaluation focusing on
    frobness, quuxity, factual consistency and zorp length": the other members of a list that names a known
    measure after "in terms of" / "focusing on" / "with respect to" are measured quantities too (guideline: a
    Metric is a measure or a measured quantity that is reported). Seen on fresh papers ("in terms of accuracy,
    resource consumption and inference time"; "in terms of the lexical diversity, n-gram diversity, ...,
    syntactic complexity, and syntactic diversity"; "focusing on relevance, coherence, factual consistency, and
    summary length"). A list with no known measure ("in terms of content, style and vocabulary") says nothing;
    catch-alls ("efficiency", "performance"), names already typed and list ends are left alone."""
    v = c.view
    lowers = v.lowers
    present = v.lower_set
    if not any(f[-1] in present and f[0] in present for f in _MEASURE_FRAMES):
        return
    metric_spans = None
    taken: set[int] = set()
    n = len(lowers)
    for frame in _MEASURE_FRAMES:
        for i in v.positions(frozenset({frame[0]})):
            j = i + len(frame)
            if i < c.title_end or tuple(lowers[i:j]) != frame:
                continue
            if metric_spans is None:
                metric_spans = {s: e for (s, e), cand in cands.items() if cand.types.get("Metric") and s > c.title_end}
                taken = _covered(cands)
            k = j + (j < n and lowers[j] in _LIST_DETERMINERS)
            end = v.sents[v.sent_of[i]][1]
            items = _measure_list(c, k, end, metric_spans)
            if not any(metric_spans.get(st) == en for st, en in items):
                continue  # no known measure among them
            for st, en in items:
                if taken.isdisjoint(range(st, en)) and _listed_quantity(c, lowers[st:en]):
                    yield typed(st, en, "Metric", W_CONTEXT, kind="metric")


def _listed_quantity(c: RuleContext, words: list[str]) -> bool:
    """Whether a measure list's item can name a quantity: not a catch-all, a way of evaluating or the list's
    end; no adverb, participle or gerund at its end ("and potentially", ", compared", "and document
    clustering": a clause or a task); no ordinal ("first in terms of F1 and third"); no lone modifier whose head
    the next item carries ("in terms of word and character error rates", "macro and micro averaged F1")."""
    last = words[-1]
    if last in _NOT_MEASURE_HEADS or words[0] in _LIST_ENDS or c.is_generic(" ".join(words)) or c.is_generic(last):
        return False
    if (
        any(w.endswith("ly") and w not in _LY_NOUNS for w in words)  # "and score slightly higher": a clause
        or last.endswith("ing")
        or (last.endswith("ed") and not last.endswith("eed"))
    ):
        return False
    return not (
        len(words) == 1 and (last in _EVALUATIVE or last in ctx.METRIC_MODIFIERS or last in c.res.metric_modifiers)
    )


#: nouns a task's name is written before as the task's own data, systems or setting ("opinion triplet
#: extraction datasets", "an affect prediction system"): the name still ends there
_TASK_NAME_NEXT: Final = frozenset(rule_words("TASK_NAME_NEXT"))


def _ends_noun_phrase(c: RuleContext, st: int, e: int, t: str = "Method") -> bool:
    """A phrase said once is a technique's name when nothing continues it:
    "via stratified negative sampling," is; "token selection quality" and "learning
    from human feedback" are parts of longer phrases. A task's name may also stand before
    its data, systems or setting ("question answering datasets"), not before other nouns
    ("the test-time retrieval results", "human editing behavior")."""
    lowers = c.view.lowers
    nxt = lowers[e] if e < len(lowers) else "."
    if st > 0 and lowers[st - 1] == "from":
        return False
    if nxt.endswith(("ed", "ing")) and nxt not in ctx.METHOD_HEADS and nxt not in ctx.TASK_HEADS and nxt.isalpha():
        return True  # "a linear support vector machine dealing with ...": a participle opens a clause
    if t == "Task" and nxt in _TASK_NAME_NEXT:
        return True
    return not nxt[:1].isalnum() or nxt in c.res.function_words or nxt in ctx.GENERIC_HEADS


#: The last part of a hyphenated noun ("fact-checking", "back-translation", "fine-tuning"): such a
#: word is a name of its own, not a modifier waiting for the next conjunct's head.
_NOUN_END = re.compile(r"-[a-z]+(?:ing|tion|sion|ment)$")


def _elided_compound(v: TokenView, st: int, head_start: int, e: int, t: str, known: set[int]) -> Iterator[Candidate]:
    """ "function-level and file-level code generation": the first modifier
    names a second concept with the same head. A first conjunct that is a known
    name or a hyphenated noun ("chain-of-thought and confidence estimation",
    "back-translation and machine translation") is complete: gluing the head
    to it would write a name no paper wrote, and so is a hyphen the tokenizer
    split off ("homophone- and homograph detection", "few- and zero-shot"):
    what the elided word stood for ("few-shot", "misinformation") is not in the text."""
    if st < 2 or v.lowers[st - 1] not in ("and", "or"):
        return
    k = st - 2
    w = v.lowers[k]
    if w == "-" or w in ctx.COMPOUND_STOP or not ctx.is_modifier_word(w) or "-" not in w:
        return
    if k in known or _NOUN_END.search(w):
        return
    yield typed(k, k + 1, t, W_SHAPE, kind="compound", name=f"{v.words[k]} {v.span_text(head_start, e)}")


#: the head nouns a technique or task compound ends in (the union is made once, not per text)
_COMPOUND_HEADS: Final = ctx.METHOD_HEADS | ctx.TASK_HEADS


def _opening_modifier(v: TokenView, st: int, e: int) -> bool:
    """Whether a sentence's capitalised first word belongs to the known technique or task after it: a
    modifier split at a naming suffix ("Metric-based meta-learning is ..."), or a phrase the field writes
    (phrase statistics: 3+ papers of ACL 44k; "Fine-grained sentiment analysis", "Implicit discourse
    relation recognition"), not a gerund ("Training end-to-end speech translation systems requires") nor
    a word that only opens this sentence ("Alongside finetuning, we", "Alternative semantic parsing systems")."""
    if st + 2 < e and v.words[st + 1] == "-":
        return True
    if v.lowers[st].endswith("ing"):
        return False
    return load_phrase_stats().get(phrase_key(v.words[st:e])) is not None


@register_rule("head_compounds")
def head_compounds(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """Technique and task names built from a head noun and its modifiers:
    "ensemble prompting", "KV cache sharing", "single-hop QA". In running text a
    technique compound said once counts only where a noun phrase ends."""
    v = c.view
    words, lowers = v.words, v.lowers
    blocked = _covered([se for se, cand in cands.items() if cand.kind in ("lexicon", "model", "shape")])
    running: dict[str, list[tuple[int, int, str, int]]] = {}
    for s, e, t, from_lexicon in _compound_heads(c, cands, blocked):
        in_title = s < c.title_end
        title_case = in_title and words[s][:1].isupper()
        if in_title and from_lexicon and (t != "Method" or not title_case):
            # a known technique in a Title Case title keeps the capitalised words before it that name
            # its kind ("Retrieval-Guided Contrastive Learning", "Token-specific Label Smoothing"); a
            # known task does not: a title's "Korean NLU", "Joint POS Tagging" say whose task or how
            continue
        st = _modifiers_start(c, s, e, t, blocked, title_case=title_case, opening=from_lexicon and not in_title)
        if st >= s or any(ctx.is_moment(lowers, st, k + 1) for k in range(st, s)):
            continue  # "at test time prediction is ...": the words before the head say when, no modifier
        if not in_title and (t == "Method" or not from_lexicon):
            # a compound said once in running text counts only where its noun phrase ends, for a task
            # as for a technique: "the learned editing intention prefixes", "auxiliary prediction modules"
            running.setdefault(fold(v.span_text(st, e)), []).append((st, e, t, s))
            continue
        yield typed(st, e, t, W_SHAPE, kind="compound")
        yield from _elided_compound(v, st, s, e, t, blocked)
    yield from _running_compounds(c, cands, running, blocked)


def _compound_heads(c: RuleContext, cands: dict, blocked: set[int]) -> list[tuple[int, int, str, bool]]:
    """The heads `head_compounds` reads modifiers before, as (start, end, type, from the lexicon): the known
    techniques and tasks (but a coined technique's name: "run SparseGPT", "use LoRA" take no lower-case
    modifiers), then each technique or task head noun no lexicon, model or shape name covers."""
    words, lowers = c.view.words, c.view.lowers
    heads: list[tuple[int, int, str, bool]] = []
    for (s, e), cand in list(cands.items()):
        if cand.kind == "lexicon":
            t = cand.top_type()
            if t == "Method" and is_name_shape(words[s]):
                continue
            if t in ("Method", "Task"):
                heads.append((s, e, t, True))
    for i in c.view.positions(_COMPOUND_HEADS):
        if i not in blocked:
            heads.append((i, i + 1, "Task" if lowers[i] in ctx.TASK_HEADS else "Method", False))
    return heads


def _modifiers_start(
    c: RuleContext, s: int, e: int, t: str, blocked: set[int], *, title_case: bool, opening: bool
) -> int:
    """Where the modifiers of the head at s..e start (`ctx.compound_start`). With `opening` (a known technique
    or task in running text), a sentence's capitalised first word is read in lower case, kept only where it
    belongs to the name (`_opening_modifier`): a head noun's everyday sense opens sentences ("Little attention
    has been paid", "Special attention is given")."""
    v = c.view
    words = v.words
    st = ctx.compound_start(
        words,
        s,
        blocked,  # read before `s` only: the head's own tokens need no removing (a copy of the set per head)
        title_case=title_case,
        stop=c.res.modifier_stop,
        split_modifiers=t == "Method",
        sent_start=v.sent_start if opening else None,
    )
    if opening and st < s and v.sent_start[st] and words[st][1:].islower() and not _opening_modifier(v, st, e):
        st = ctx.compound_start(  # as without `sent_start`: the capitalised first word stays out
            words, s, blocked, title_case=title_case, stop=c.res.modifier_stop, split_modifiers=t == "Method"
        )
    return st


def _running_compounds(
    c: RuleContext, cands: dict, running: dict[str, list[tuple[int, int, str, int]]], blocked: set[int]
) -> Iterator[Candidate]:
    """The compounds of running text `head_compounds` held back, by their folded name: those said twice or more,
    written in the title too, or said once where a noun phrase ends (`_ends_noun_phrase`)."""
    v = c.view
    title_folds = {
        fold(v.span_text(s, e)) for (s, e), cand in cands.items() if cand.kind == "compound" and s < c.title_end
    }
    for key, spans in running.items():
        if len(spans) >= 2 or key in title_folds or (len(spans) == 1 and _ends_noun_phrase(c, *spans[0][:3])):
            for st, e, t, head_start in spans:
                yield typed(st, e, t, W_SHAPE, kind="compound")
                if t == "Task":  # "the sentence-level and entity-level classification": the elided first conjunct
                    yield from _elided_compound(v, st, head_start, e, t, blocked)


@register_rule("acronym_task_compounds")
def acronym_task_compounds(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "PI detection", "MWE identification", "DDI extraction": an acronym the text defines or coins, right
    before a task head noun, names the task done on what it stands for, the more specific name R10 keeps
    (acl-dev: five papers wrote such a task and were annotated with it, none with the acronym alone).
    `head_compounds` takes no name's tokens as modifiers, so the compound is proposed here; a known name
    ("QA retrieval", "NMT decoding") is not: it is a name of its own before a word saying what is done to
    it. Said once in running text, it counts where its noun phrase ends (as `head_compounds`)."""
    lowers = c.view.lowers
    if ctx.TASK_HEADS.isdisjoint(c.view.lower_set):
        return  # no task head: no candidate is looked at (114 of the 261 seed abstracts)
    spans: dict[str, list[tuple[int, int]]] = {}
    for (s, e), cand in list(cands.items()):
        if e - s != 1 or cand.kind in ("lexicon", "model") or e >= len(lowers) or lowers[e] not in ctx.TASK_HEADS:
            continue
        if not _ACRONYM_TOKEN.fullmatch(c.view.words[s]) or (s > 0 and lowers[s - 1] in CONTRAST_WORDS):
            continue  # "MCI versus HC classification": the head is the contrast's, not the last acronym's
        spans.setdefault(lowers[s] + " " + lowers[e], []).append((s, e + 1))
    for found in spans.values():
        if len(found) >= 2 or any(s < c.title_end or _ends_noun_phrase(c, s, e, "Task") for s, e in found):
            for s, e in found:
                yield typed(s, e, "Task", W_SHAPE, kind="compound")


#: an acronym written in capitals, as a task's modifier ("MWE", "DDI", "PI"; not "P5", "BERT-base")
_ACRONYM_TOKEN = re.compile(r"[A-Z][a-z]?[A-Z]{1,4}")
#: words before an acronym that make it the second half of a pair the head noun is about ("X versus Y
#: classification"), or the end of a hyphenated word
CONTRAST_WORDS = frozenset({"versus", "vs", "vs.", "-"})


#: technique head nouns that name the technique on their own before a word saying it is one ("An Ensemble
#: Approach", "with Ensemble Models"); process words ("sampling", "search", "prompting") do not: before such a
#: word they say what the approach does ("a sampling strategy")
_BARE_HEADS: Final = frozenset(rule_words("BARE_TECHNIQUE_HEADS"))
#: nouns that say the head before them is a technique or a system built by it: the catch-alls and a few more
_BARE_HEAD_NEXT: Final = ctx.GENERIC_HEADS | frozenset(rule_words("BARE_HEAD_NEXT"))


@register_rule("bare_technique_heads")
def bare_technique_heads(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "An Ensemble Approach for ...", "with Ensemble Models", "an ensemble system": an ensemble with no
    modifier, right before a noun that says it is a technique or a system built by it, names the
    technique (ensemble learning: Dietterich 2000, "Ensemble Methods in Machine Learning"). Only
    where no rule found a name; kind `bare`, which the decision layer weighs."""
    v = c.view
    lowers = v.lowers
    heads = v.positions(_BARE_HEADS)
    if not heads:
        return  # most texts: no candidate's tokens to collect
    taken = _covered(cands)
    for i in heads:
        if i in taken or i + 1 >= len(lowers) or lowers[i + 1] not in _BARE_HEAD_NEXT:
            continue
        prev = lowers[i - 1] if i > 0 else "."
        if prev[:1].isalnum() and prev not in c.res.modifier_stop and not v.sent_start[i]:
            continue  # "ontological attention ensembles": a modifier, the compound rules' case
        yield typed(i, i + 1, "Method", W_CONTEXT, kind="bare")


#: nouns after which the modifiers before them name a technique ("a storyline-centric approach")
_DESCRIBING_HEADS: Final = frozenset(rule_words("DESCRIBING_HEADS"))
#: endings of an adjective: "a hybrid statistical approach" describes
_ADJECTIVE_END: Final = re.compile(r"(?:al|ive|ed|ic|ous|ful|able|ible)$")


@register_rule("described_techniques")
def described_techniques(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """Two or more words before "approach", "method", "algorithm", "module" ... name a technique:
    "the Trie Tree algorithm", "a Neighborhood Contrastive Clustering module", "an action-space
    dynamic modification technique". Only where no other rule found a name in those words; the
    head noun stays out of the name (the guideline's catch-alls); one word or a last adjective
    describes ("a hierarchical approach", "a simple statistical method"). Kind `described`, which
    the decision layer weighs: many such phrases still describe ("a data collection procedure")."""
    v = c.view
    words, lowers = v.words, v.lowers
    heads = v.positions(_DESCRIBING_HEADS)
    if not heads:
        return
    taken = _covered(cands)
    for i in heads:
        if i == 0 or i in taken:
            continue
        title_case = words[i - 1][:1].isupper()
        st = ctx.compound_start(
            words,
            i,
            taken,
            title_case=title_case,
            stop=c.res.modifier_stop,  # "the presented prediction procedure"
            title_gerunds=i > c.title_end and not v.sent_start[i - 1],
        )
        if i - st >= 2 and not _ADJECTIVE_END.search(lowers[i - 1]):
            yield typed(st, i, "Method", W_CONTEXT, kind="described")


#: title words after which a Title Case run names the problem or technique the paper serves
_TITLE_PURPOSE_CUES: Final = frozenset(rule_words("TITLE_PURPOSE_CUES"))
#: capitalised title words that end a purpose run ("... for Text Classification With Graphs")
_TITLE_RUN_STOP: Final = frozenset(rule_words("TITLE_RUN_STOP"))
#: most words in a title's purpose run
_PURPOSE_MAX: Final = 6
#: singular heads of a purpose run that name a kind of text, a language or an audience, not a problem
_TEXT_KIND_HEADS = frozenset(rule_words("TEXT_KIND_HEADS"))


def purpose_run(words: list[str], start: int, end: int) -> tuple[int, int]:
    """The Title Case run from `start` (before `end`) up to a preposition, conjunction or
    punctuation, with the evaluative words that open it left out; empty when the run goes on
    in lower case or is longer than `_PURPOSE_MAX` words (a sentence-case title: no name's edge).

    >>> w = "Parsing for Efficient Multilingual Word Sense Disambiguation with Graphs".split()
    >>> purpose_run(w, 2, len(w))
    (3, 7)
    >>> purpose_run("Models for the masses".split(), 2, 4)
    (2, 2)
    """
    j = start
    while j < end and j - start <= _PURPOSE_MAX and words[j][:1].isupper() and words[j].lower() not in _TITLE_RUN_STOP:
        j += 1
    if j - start > _PURPOSE_MAX or (j < end and words[j][:1].isalnum() and words[j].lower() not in _TITLE_RUN_STOP):
        return start, start
    s = start
    while s < j and (words[s].lower() in ctx.COMPOUND_STOP or words[s].lower() in ctx.MODIFIER_STOP):
        s += 1
    if start < s < j - 1 and f"{words[s - 1]}-{words[s]}".lower() in ctx.OPEN_COMPOUND_ADJECTIVES:
        s += 1  # "for Low Resource Machine Translation": the noun is half of the adjective
    return s, j


def names_a_purpose(lowers: list[str]) -> bool:
    """A purpose run names a problem or technique, not a clause or an audience: "for Predicting
    Lexical Complexity" opens with a verb (a gerund, unless a task head ends the run: "Reading
    Order Detection"), "for Low-Resource Languages" and "for Social Media Users" end in a plural
    noun, which names whom or what the work serves, as do "for Noisy Frobbed Text" and "for Spoken
    Language" (a kind of text, a language).

    >>> names_a_purpose(["reading", "order", "detection"]), names_a_purpose(["generating", "long", "summaries"])
    (True, False)
    >>> names_a_purpose(["low-resource", "languages"]), names_a_purpose(["structured", "sentiment", "analysis"])
    (False, True)
    >>> names_a_purpose(["noisy", "frobbed", "text"]), names_a_purpose(["spoken", "language"])
    (False, False)
    >>> names_a_purpose(["ancient", "greek"]), names_a_purpose(["swiss", "german", "tv", "content"])
    (False, False)
    """
    last = lowers[-1]
    if last in _TEXT_KIND_HEADS or _is_language_name(last):
        return False  # "for Spoken Language"; "for Ancient Frobish", "for Learner Frobish": the language served
    task_head = ctx.is_task_head(last)
    if lowers[0].endswith("ing") and not task_head and lowers[0] not in ctx.METHOD_HEADS:
        return False
    return task_head or not (last.endswith("s") and not last.endswith(("ss", "ics", "sis")))


#: words that coordinate two names in a title, which may share the head the last one ends in
_COORDINATORS: Final = frozenset({"and", "or", ",", "&"})


def is_technique_run(lowers: list[str]) -> bool:
    """A run names a technique when a technique noun heads it or a technique modifier is in it
    ("Retrieval-Augmented Generation", "Knowledge-Guided Decoding").

    >>> is_technique_run(["adaptive", "retrieval-augmented", "generation"]), is_technique_run(["lateral", "reasoning"])
    (True, False)
    """
    return lowers[-1] in ctx.METHOD_HEADS or any(m in w for w in lowers[:-1] for m in ctx.METHOD_MODIFIERS)


@register_rule("title_purposes")
def title_purposes(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """What a title says the work is for, as one name: "... for Passage-level Hallucination
    Detection", "... for Time-Sensitive Question Answering", "Towards Zero-Shot Knowledge
    Distillation". The whole Title Case run after "for" / "towards" is the most specific name the
    title gives (a known name inside it, "Question Answering", is its head). Typed by its head
    (a task unless the head says otherwise); kind `purpose`, which the decision layer weighs: a run
    naming a domain or an audience ("for Low-Resource Languages") is not a concept."""
    v = c.view
    words, lowers = v.words, v.lowers
    for i in range(c.title_end - 1):
        if lowers[i] not in _TITLE_PURPOSE_CUES:
            continue
        s, e = purpose_run(words, i + 1, c.title_end)
        if e - s < 2 or c.is_generic(words[e - 1]) or not names_a_purpose(lowers[s:e]):
            continue
        last = lowers[e - 1]
        if e < c.title_end and lowers[e] in _COORDINATORS and not (ctx.is_task_head(last) or last.endswith("ing")):
            continue  # "for Joint Frob and Quux Classification": the first conjunct's head comes later
        t = ctx.head_type(words[s:e]) or ("Method" if is_technique_run(lowers[s:e]) else "Task")
        yield typed(s, e, t, W_CONTEXT, kind="purpose")


#: title words after which a Title Case run names the means the work uses ("... via Optimal Transport")
_TITLE_MEANS_CUES: Final = frozenset(rule_words("TITLE_MEANS_CUES"))


def means_runs(words: list[str], lowers: list[str], end: int) -> Iterator[tuple[int, int]]:
    """Title Case runs of a title (`words[:end]`) that name the technique the work is built on: the run
    that opens the title and stops at "for" ("Multitask Multimodal Prompted Training for Task Completion"),
    and, in a title with no "Name:" of its own, the run after "via" / "using" ("AMR Parsing via
    Graph-Sequence Iterative Inference"). Two to `_PURPOSE_MAX` words, none a run stop word; not a run
    that opens with a verb ("Learning Dynamic Depths for ...") or ends in a participle or a plural
    that is no technique's ("... using Past Reflections"): what is used or learned, not how.

    >>> w = "Contrastive Span Pooling for Relation Extraction via Soft Alignment".split()
    >>> list(means_runs(w, [x.lower() for x in w], len(w)))
    [(0, 3), (7, 9)]
    >>> w = "Learning Instructions for Agents using Past Reflections".split()
    >>> list(means_runs(w, [x.lower() for x in w], len(w)))
    []
    """
    if "for" in lowers[: _PURPOSE_MAX + 1]:
        k = lowers.index("for")
        if k >= 2 and all(w[:1].isupper() and w.lower() not in _TITLE_RUN_STOP for w in words[:k]):
            if not (lowers[0].endswith("ing") and "-" not in lowers[0]):
                yield 0, k
    if ctx.title_name_length(words[:end]):
        return  # "DocEdit: Editing via LLM Grounding": the named contribution is the technique
    for i in range(end):
        if lowers[i] in _TITLE_MEANS_CUES:
            s, e = purpose_run(words, i + 1, end)
            last = lowers[e - 1] if e > s else ""
            plural = last.endswith("s") and not last.endswith(("ss", "ics", "sis")) and last not in ctx.METHOD_HEADS
            if e - s >= 2 and not plural and not last.endswith("ed"):
                yield s, e


@lru_cache(maxsize=16)
def title_means_runs(words: tuple[str, ...], lowers: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """`means_runs` of a whole title, kept for the last few titles: the rule `title_means` and the
    concepts' `further_intro_cues` both ask for a Doc's (the runs were found twice per Doc)."""
    return tuple(means_runs(list(words), list(lowers), len(words)))


@register_rule("title_means")
def title_means(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """The technique a title says the work is built on, as one name (`means_runs`): "Multitask
    Multimodal Prompted Training for ...", "... via Graph-Sequence Iterative Inference". Only a
    technique's run: not one a task, data or measure head ends ("Precise Legal Sentence Boundary
    Detection for ..."), not one holding a model's or dataset's name. Kind `means`, which the
    decision layer weighs: such a run also names what is studied ("... with Discrete State Spaces")."""
    v = c.view
    words, lowers = v.words, v.lowers
    runs = title_means_runs(tuple(words[: c.title_end]), tuple(lowers[: c.title_end]))
    if not runs:
        return  # most titles have none: the candidates are not looked at
    named = {
        i
        for (s, e), cand in cands.items()
        if s < c.title_end and (cand.types.get("Model") or cand.types.get("Dataset") or cand.kind in ("model", "shape"))
        for i in range(s, e)
    }
    for s, e in runs:
        if ctx.head_type(words[s:e]) not in ("", "Method") or lowers[e - 1] in ctx.TASK_HEADS:
            continue
        if c.is_generic(words[e - 1]) or lowers[s] in ctx.COMPOUND_STOP or not named.isdisjoint(range(s, e)):
            continue
        yield typed(s, e, "Method", W_CONTEXT, kind="means")


def topic_runs(words: list[str], lowers: list[str], end: int) -> Iterator[tuple[int, int]]:
    """Title Case runs of a title (`words[:end]`) that open it, or open its subtitle after a colon, and
    end in a task head right before a preposition or the title's end: "Multilingual Constituency Parsing
    with ...", "Surface Realization Using ...", "Zorp: Gloss Entity Detection on ...". Two to
    `_PURPOSE_MAX` words, evaluative words that open the run left out (`purpose_run`).

    >>> w = "Frobnic Gloss Parsing with Quux Attention".split()
    >>> list(topic_runs(w, [x.lower() for x in w], len(w)))
    [(0, 3)]
    >>> w = "Zorp : Tackling Gloss Tagging Detection".split()
    >>> list(topic_runs(w, [x.lower() for x in w], len(w)))
    [(3, 6)]
    """
    starts = [0] + [i + 1 for i in range(end) if words[i] == ":"]
    for start in starts:
        s, e = purpose_run(words, start, end)
        if s < e and lowers[s].endswith("ing") and not ctx.is_modifier_word(lowers[s]):
            s += 1  # "Tackling Sign Language Translation": a verb opens the run
        elif s + 1 < e and _adverb_gerund(lowers, s):
            s += 2  # "Systematically Adapting Frob Translation for ...": an adverb and a verb open the run
        if e - s < 2 or (
            e < end and (lowers[e] not in _TITLE_RUN_STOP or lowers[e] == "of") and words[e] not in (":", "?")
        ):
            continue  # "Automated Generation of Cloze Questions": the name goes on past "of"
        head = lowers[e - 1]
        if ctx.is_task_head(head) and head not in ctx.METHOD_HEADS:
            yield s, e  # a head that also names techniques ("Query Reformulation") says nothing


@register_rule("title_topics")
def title_topics(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """The problem a title says the work studies, as one name (`topic_runs`): the Title Case run that
    opens the title (or its subtitle) and ends in a task head ("Abstract Frobnic Representation
    Parsing using LSTMs"). The most specific name the title gives: a known task inside it ("Parsing")
    is its head. Not a run holding a model's or dataset's name, nor one a technique word makes a
    technique's ("Retrieval-Augmented Generation"). Kind `topic`, which the decision layer weighs."""
    v = c.view
    words, lowers = v.words, v.lowers
    runs = list(topic_runs(words[: c.title_end], lowers[: c.title_end], c.title_end))
    if not runs:
        return
    named = {
        i
        for (s, e), cand in cands.items()
        if s < c.title_end and (cand.types.get("Model") or cand.types.get("Dataset") or cand.kind in ("model", "shape"))
        for i in range(s, e)
    }
    for s, e in runs:
        if (s, e) in cands:
            continue  # the span's own rule typed it (a known technique, "Gloss Sparsity")
        if ctx.head_type(words[s:e]) != "Task" or c.is_generic(words[e - 1]) or not named.isdisjoint(range(s, e)):
            continue
        yield typed(s, e, "Task", W_CONTEXT, kind="topic")


#: "task" and its plural: the noun after which the modifiers before it name a problem
_TASK_NOUNS: Final = frozenset({"task", "tasks"})
#: words before "task" that say which event's or step's task it is, not which problem ("shared task")
_TASK_NOUN_STOP: Final = frozenset(rule_words("TASK_NOUN_STOP"))
#: words before "task" that say how hard or what sort of task it is, not which problem
_TASK_SORT: Final = frozenset(rule_words("TASK_SORT"))
#: last words of a field's or domain's name, which "tasks" follows as often as a problem's
#: ("software engineering tasks"), or of what tasks are for ("knowledge evaluation tasks")
_FIELD_HEADS = frozenset(rule_words("TASK_FIELD_HEADS"))
#: counts and quantifiers before "tasks" ("eight reasoning tasks")
_NUMBER_WORDS = frozenset(rule_words("MANY"))
#: most words of a problem's name the "task" cue takes
_TASK_CUE_MAX: Final = 4
#: a hyphenated adjective's last part ("time-consuming", "labour-intensive", "domain-specific")
_HYPHEN_ADJECTIVE = re.compile(r"-[a-z]*(?:ing|ive|ed|al|ic|ous|ful|able|ible|specific)$")
#: a hyphenated compound that says at which grain or in which setting a task is done ("document-level",
#: "few-shot", "low-resource"): right before "task" it says what sort of task, the problem's head is missing
_SETTING_COMPOUND = re.compile(r"-(?:level|shot|resource)$")
#: verbs of reporting or studying whose participle can stand before "task" ("the introduced X task",
#: "a few considered X tasks"): the verb is no part of the problem's name
_TASK_CUE_VERBS: Final = ctx.PROPOSE_VERBS | frozenset(rule_words("STUDY_VERBS"))
#: an adverb ("automatically", "systematically"): with a gerund after it, a verb phrase, not a name
_ADVERB: Final = re.compile(r"[a-z]{3,}ly")


def _adverb_gerund(lowers: list[str], i: int) -> bool:
    """`lowers[i]` is an adverb and the next word a gerund: "automatically generating", "Systematically
    Adapting" open a verb phrase, not a problem's name.

    >>> _adverb_gerund(["automatically", "frobbing", "quux"], 0)
    True
    >>> _adverb_gerund(["weakly", "supervised", "parsing"], 0)
    False
    """
    return (
        i + 1 < len(lowers)
        and bool(_ADVERB.fullmatch(lowers[i]))
        and lowers[i + 1].endswith("ing")
        and not ctx.is_modifier_word(lowers[i + 1])
    )


def _cued_span_ok(c: RuleContext, st: int, e: int, taken: set[int]) -> bool:
    """A span a "task" cue names is a problem's name: no word of it in another name, not a
    generic word, and more than one word."""
    lowers = c.view.lowers
    if e <= st or not taken.isdisjoint(range(st, e)) or c.is_generic(c.view.span_text(st, e)):
        return False
    if (
        c.is_generic(lowers[e - 1])
        or lowers[e - 1] in _FIELD_HEADS
        or any(w[:1].isdigit() or w in _NUMBER_WORDS for w in lowers[st:e])
    ):
        return False  # "biomedical NLP tasks", "ten text-level tasks": a field or a count, not a problem
    if any(not w[:1].isalnum() or ("-" in w and _HYPHEN_ADJECTIVE.search(w)) for w in lowers[st:e]):
        return False  # "time-consuming", "domain-specific": an adjective, not a problem's word
    if _ADJECTIVE_END.search(lowers[e - 1]) or _SETTING_COMPOUND.search(lowers[e - 1]):
        return False  # "complex interactive tasks", "Quuxish document-level tasks": how hard or what sort, not which problem
    if any("(" in w for w in lowers[st:e]) or _adverb_gerund(lowers, st):
        return False  # "Frob Extraction(FE": a broken word; "automatically frobbing quuxes": a verb phrase
    if e - st == 1:
        return False  # "the classification task": one word before "task" is mostly the task's kind, not a name
    return True


def _language_and_source(c: RuleContext, st: int, e: int) -> bool:
    """The words before "task" name a language, a text source or the people a task is for, no problem:
    "the Frobish Social Media task", "the Frobish Quuxbook task" (a shared task's tracks), "the parallel
    Frobish tasks", "natural Frobish tasks", "vague user tasks", "people executing tasks" (44k: such
    one-paper Task names in 2016-2025 papers of several venues). A language name or a word for people is
    among them and no task head ends them ("the Frobish Named Entity Recognition task", "user intent
    prediction" are problems)."""
    lowers = c.view.lowers
    if e - st < 2 or not any(_is_language_name(w) or w in _AUDIENCE_WORDS for w in lowers[st:e]):
        return False
    return not ctx.is_task_head(lowers[e - 1])


#: words for the people a task or text is for or about ("vague user tasks", "tasks for children"): an
#: audience, never a problem's name on their own (general English)
_AUDIENCE_WORDS = frozenset(rule_words("AUDIENCE_WORDS"))


def _is_language_name(word: str) -> bool:
    """`word` (lower case) is a human language's English name (a code, two or three letters, is often a name's
    own part: "PL-SZ", "EN-DE").

    >>> _is_language_name("frobish"), _is_language_name("greek"), _is_language_name("de")
    (False, True, False)
    """
    return len(word) >= 4 and languages().get(word, word) != word


def _task_name_start(c: RuleContext, i: int, taken: set[int]) -> int:
    """Start of the words before "task" at `i` that name the problem: modifiers as `compound_start`
    reads them, and the noun right before "task" may be a gerund ("frob rewriting task")."""
    lowers = c.view.lowers
    st = i
    for k in range(i - 1, max(i - 1 - _TASK_CUE_MAX, -1), -1):
        w = lowers[k]
        if (
            k in taken
            or w in ctx.COMPOUND_STOP
            or w in _TASK_SORT
            or w in _TASK_NOUN_STOP  # "the Frobish shared quux task": an event's name ends the problem's words
            or w in _TASK_CUE_VERBS
            or w in c.res.function_words
            or w.endswith("ly")
        ):
            break
        if not (ctx.is_modifier_word(w) or (k == i - 1 and w.endswith("ing"))) or not w[:1].isalnum():
            break
        if k > 0 and lowers[k - 1] in ctx.VERB_CONTEXT:
            break  # "to solve X task": the word is a verb
        st = k
    return st


@register_rule("task_cued_names")
def task_cued_names(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """The problem a text names by calling it a task: "a simple frob rewriting task", "the gloss
    co-reference tasks", "the task of quux structure recovery". Only words no other rule took (a
    known task before "task" is already a name), up to `_TASK_CUE_MAX` of them, none a function
    word or an evaluative one; not a shared task's event ("the shared task", "Task 3"). Kind
    `taskcue`, which the decision layer weighs: the words before "task" also say whose or which
    task it is ("the classification task", "a new task")."""
    lowers = c.view.lowers
    positions = c.view.positions(_TASK_NOUNS)
    if not positions:
        return
    taken = _covered(cands)
    for i in positions:
        nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
        if nxt[:1].isdigit() or nxt in ("-", "force"):
            continue  # "Task 3", "task-specific", "task force"
        if i > 0 and lowers[i - 1] not in _TASK_NOUN_STOP:
            st = _task_name_start(c, i, taken)
            if _cued_span_ok(c, st, i, taken) and not _language_and_source(c, st, i):
                yield typed(st, i, "Task", W_CONTEXT, kind="taskcue")
        if nxt == "of" and i > 0 and lowers[i - 1] == "the":
            j = i + 2
            while j < len(lowers) and j - (i + 2) < _TASK_CUE_MAX and lowers[j][:1].isalpha():
                if lowers[j] in c.res.function_words or lowers[j] in ctx.COMPOUND_STOP:
                    break
                j += 1
            if j < len(lowers) and (
                (lowers[j][:1].isalnum() and lowers[j] not in c.res.function_words) or lowers[j] == "-"
            ):
                continue  # the phrase goes on ("the task of frob quux-style transfer"): not the name's edge
            if _cued_span_ok(c, i + 2, j, taken) and ctx.is_modifier_word(lowers[i + 2]):
                yield typed(i + 2, j, "Task", W_CONTEXT, kind="taskcue")


#: the nouns a counted list of problems opens with ("two tasks:", "three subtasks:")
_LIST_TASK_NOUNS: Final = frozenset({"tasks", "subtasks", "sub-tasks"})
#: words that count the members of the list after them ("two tasks:", "the following tasks:")
_LIST_COUNTS = frozenset(rule_words("MANY")) | {"following", "both"}
#: most words of one listed problem's name; most words between the count and "tasks"
_LISTED_TASK_MAX, _LIST_COUNT_REACH = 5, 4
#: closed-class words no listed problem's name has inside it: the list goes on as a clause there
_LISTED_TASK_BREAKS = frozenset(rule_words("LISTED_TASK_BREAKS"))
#: a listed member's word: letters, hyphen-joined parts, a slash pair ("POS tagging", "Homophobia/Transphobia")
_LISTED_WORD = re.compile(r"[A-Za-z][A-Za-z]*(?:[-/][A-Za-z]+)*")


def _counted_task_list(lowers: list[str], i: int) -> bool:
    """A counted list of problems opens at `lowers[i]` ("tasks") : a count or "following" within a few
    words before it ("two NLP tasks:", "three challenging sub-tasks:", "the following tasks:")."""
    return any(w in _LIST_COUNTS or w.isdigit() for w in lowers[max(0, i - _LIST_COUNT_REACH) : i])


def _list_members(c: RuleContext, a: int) -> list[tuple[int, int]] | None:
    """The members of the list from `a` to the sentence's end, split at ","/"and"/"or"; None when any member is
    not a short noun phrase of name words (a determiner, an enumerator "(1)", a verb phrase "detecting the X",
    a clause "and summarization involve inference"): the list is then prose, not a list of names."""
    v = c.view
    lowers, n = v.lowers, len(v.lowers)
    members: list[tuple[int, int]] = []
    s = a
    k = a
    while True:
        end = k >= n or lowers[k] in (".", ";", ":") or (k > a and v.sent_start[k])
        if end or lowers[k] in _LIST_JOINS:
            if k > s and (lowers[s] in c.res.function_words or lowers[k - 1] in c.res.function_words):
                return None  # "for this", "improve X": a member opens or ends with a function word or a verb
            if k > s:
                members.append((s, k))
            elif end or k == a or lowers[k - 1] != ",":
                return None  # an empty member: a list ending in a join, "and and"; ", and" is one join
            if end:
                break
            s = k + 1
        else:
            w = v.words[k]
            if not _LISTED_WORD.fullmatch(w) or lowers[k] in _LISTED_TASK_BREAKS or k - s >= _LISTED_TASK_MAX:
                return None
            if k == s and lowers[k].endswith("ing") and not ctx.is_modifier_word(lowers[k]):
                return None  # "detecting the techniques": a verb phrase
            if k > s and _third_person_verb(lowers[k]) and not (k + 1 < n and ctx.is_task_head(lowers[k + 1])):
                # "temporal frobbing improves upstream ...": a clause; "quux types classification" is a name
                return None
        k += 1
    return members if len(members) >= 2 else None


@register_rule("listed_tasks")
def listed_tasks(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """The problems a counted list names after "tasks:": "two NLP tasks: frob relatedness and quux
    target sentiment classification", "three subtasks: Question Rephrasing, Image Restyling, and Context
    Reasoning". Only where the whole list, up to the sentence's end, is short noun phrases of name words
    (`_list_members`). A member of two words or more is named unless another rule's span is all of it or a
    known technique, model, dataset or measure is inside it ("data augmentation for ..."), a known task inside it
    does not end it ("machine translation formality"), it opens with a gerund no rule named ("learning sentence
    embeddings": what is done, not a name), or it names a sub-task by its number. Kind `tasklist`, which the
    decision layer weighs."""
    lowers = c.view.lowers
    positions = c.view.positions(_LIST_TASK_NOUNS)
    if not positions:
        return
    for i in positions:
        if i + 2 >= len(lowers) or lowers[i + 1] != ":" or not _counted_task_list(lowers, i):
            continue
        for s, e in _list_members(c, i + 2) or ():
            if e - s < 2 or (s, e) in cands or c.is_generic(c.view.span_text(s, e)) or c.is_generic(lowers[e - 1]):
                continue
            if lowers[s].endswith("ing") or any(w.startswith(_TASK_NUMBER_WORDS) for w in lowers[s:e]):
                continue
            inside = [(b, cand) for (a, b), cand in cands.items() if s <= a and b <= e and cand.types]
            if any(cand.top_type() != "Task" or b != e for b, cand in inside):
                continue
            yield typed(s, e, "Task", W_CONTEXT, kind="tasklist")


#: the words that number a shared task's parts ("Sub-task B-Word Puzzle", "Task A"): no problem's name
_TASK_NUMBER_WORDS: Final = ("task", "subtask", "sub-task")


#: words that join the conjuncts of a coordination
_CONJUNCTIONS: Final = frozenset({"and", "or"})


@lru_cache(maxsize=1)
def _known_technique_and_task_names() -> dict[str, frozenset[str]]:
    """Folded names and aliases the lexicons list as techniques or tasks, with their types."""
    out: dict[str, set[str]] = {}
    for e in load_lexicon():
        if e.type in ("Method", "Task"):
            for n in (e.name, *e.aliases):
                out.setdefault(fold(n), set()).add(e.type)
    return {k: frozenset(v) for k, v in out.items()}


def _conjunct_words(lowers: list[str], s: int, function_words: frozenset[str]) -> list[int]:
    """Positions of the one-word conjuncts coordinated before the word at `s`: "arithmetic, commonsense(,)
    and symbolic ..." gives those of "arithmetic" and "commonsense" for `s` at "symbolic"; nothing when
    no "and"/"or" stands right before `s` or a conjunct is more than one word ("math word problems and
    symbolic reasoning")."""
    k = s - 1
    if k < 1 or lowers[k] not in _CONJUNCTIONS:
        return []
    k -= 1
    if lowers[k] == ",":
        k -= 1
    out: list[int] = []
    while k >= 0 and lowers[k][:1].isalpha() and ctx.is_modifier_word(lowers[k]):
        out.append(k)
        if k >= 2 and lowers[k - 1] == "," and lowers[k - 2][:1].isalpha():
            k -= 2
            continue
        k -= 1
        break
    if not out:
        return []
    w = lowers[k] if k >= 0 else ""
    if w[:1].isalpha() and w not in function_words and w not in ctx.COMPOUND_STOP and ctx.is_modifier_word(w):
        return []  # "math word and symbolic reasoning": the first conjunct is longer than one word
    return out


@register_rule("elided_known_names")
def elided_known_names(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """The known techniques and tasks a coordination writes with one shared word (R2): "arithmetic,
    commonsense, and symbolic reasoning tasks" names "arithmetic reasoning" and "commonsense reasoning" beside
    "symbolic reasoning"; "speech recognition and translation" names "speech translation". Only where the
    spelled-out name is one the lexicons list as the same type as the written one, so a coordination of
    other words ("supervised and symbolic reasoning") adds nothing. Kind `lexicon`: the name is a known one,
    only written in two pieces (the decision layer reads it as the lexicon's, not as a new phrase)."""
    lowers, words = c.view.lowers, c.view.words
    known = _known_technique_and_task_names()
    for (s, e), cand in list(cands.items()):
        if cand.kind != "lexicon" or e - s < 2:
            continue
        t = cand.top_type()
        if t not in ("Method", "Task") or not lowers[s][:1].isalpha():
            continue
        shared_head = c.view.span_text(s + 1, e)
        for k in _conjunct_words(lowers, s, c.res.function_words):
            name = f"{words[k]} {shared_head}"
            if t in known.get(fold(name), ()) and (k, k + 1) not in cands:
                yield typed(k, k + 1, t, W_SHAPE, kind="lexicon", name=name)
        # "speech recognition and translation": the last word is the one the coordination replaces; not where a
        # noun follows the conjunct ("speech recognition and translation quality"): whose words it shares is unclear,
        # unless it is one a task's name stands before ("speech recognition and translation tasks / systems")
        if e + 1 < len(lowers) and lowers[e] in _CONJUNCTIONS and lowers[e + 1][:1].isalpha():
            nxt = lowers[e + 2] if e + 2 < len(lowers) else ""
            after = nxt[:1].isalnum() and nxt not in c.res.function_words and nxt not in _TASK_NAME_NEXT
            name = f"{c.view.span_text(s, e - 1)} {words[e + 1]}"
            if not after and t in known.get(fold(name), ()) and (e + 1, e + 2) not in cands:
                yield typed(e + 1, e + 2, t, W_SHAPE, kind="lexicon", name=name)


@register_rule("known_technique_heads")
def known_technique_heads(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """A known technique naming the kind of a head technique: "LoRA fine-tuning", "nucleus sampling decoding"."""
    lowers = c.view.lowers
    for (s, e), cand in list(cands.items()):
        if (
            cand.kind == "lexicon"
            and cand.types.get("Method")
            and e < len(lowers)
            and lowers[e] in ctx.METHOD_HEADS
            and lowers[e] not in ("learning", "training")
        ):
            yield typed(s, e + 1, "Method", W_SHAPE, kind="compound")


@register_rule("called_names")
def called_names(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "a method called Foo Bar": up to four capitalised or name-shaped words after a naming verb."""
    words = c.view.words
    for i in ctx.naming_targets(words, c.view.lowers):
        j = i + 1
        while (
            j < len(words)
            and j < i + 4
            and (is_name_shape(words[j]) or words[j][:1].isupper())
            and "\n" not in words[j]
        ):
            j += 1
        yield Candidate(i, j, named=True, kind="named")


def _capitalised_run(v: TokenView, j: int, direction: int, title_end: int, limit: int = 3) -> tuple[int, int]:
    """The multi-word name a listed capitalised word belongs to ("Natural Questions"): up to `limit` capitalised words."""
    a, b = j, j + 1
    if direction == 1:
        while (
            b < len(v.words)
            and b - a < limit
            and v.words[b][:1].isupper()
            and v.words[b].isalpha()
            and not v.sent_start[b]
        ):
            b += 1
    else:
        while (
            a - 1 >= title_end
            and b - a < limit
            and v.words[a - 1][:1].isupper()
            and v.words[a - 1].isalpha()
            and not v.sent_start[a]
            and not v.sent_start[a - 1]
        ):
            a -= 1
    return a, b


#: what joins a list's items (`listed_with_names`)
_LIST_JOINS: Final = frozenset({",", "and", "or"})


@register_rule("listed_with_names")
def listed_with_names(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """Capitalised words listed with known names ("Alpha, Beta and Gamma-2B") are names too."""
    v = c.view
    words, lowers, n = v.words, v.lowers, len(v.words)
    starts = {s: e for (s, e), cand in cands.items() if cand.kind in ("lexicon", "model", "shape")}
    known = None  # the lexicon's spans, read at the first listed word that needs them
    inside = None  # the tokens of `starts`' spans, collected at the first listed word that needs them
    for s, e in sorted(starts.items()):
        for direction in (1, -1):
            i = e if direction == 1 else s - 1
            while 0 <= i < n and lowers[i] in _LIST_JOINS:
                j = i + direction  # step over ", " / "and" / ", and": one joining word or two
                if 0 <= j < n and lowers[j] in _LIST_JOINS:
                    j += direction
                if not (0 <= j < n):
                    break
                tok = words[j]
                if j < c.title_end or v.sent_start[j] or not tok[:1].isupper() or not tok.isalpha() or len(tok) < 3:
                    break
                # after the token tests: the known names' tokens are collected once, not scanned at each word
                if inside is None:
                    inside = _covered(starts.items())
                if j in starts or j in inside:
                    break
                if fold(tok) in c.res.generic:
                    break
                a, b = _capitalised_run(v, j, direction, c.title_end)
                if known is None:
                    known = _lexicon_spans(cands)
                if _cuts_known_name(known, a, b):
                    break  # "..., Chinese MSRA and Chinese OntoNotes 4.0": no "Chinese OntoNotes"
                yield Candidate(a, b, kind="listed")
                i = b if direction == 1 else a - 1


@register_rule("model_sizes")
def model_sizes(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "Foo 2 7B and 13B": the second size names a second model, "Foo 2 13B"."""
    v = c.view
    for (s, e), cand in list(cands.items()):
        if cand.kind != "model" or e - s < 2 or not is_size(v.words[e - 1]):
            continue
        prefix = v.span_text(s, e - 1)
        j = e
        while j + 1 < len(v.words) and v.lowers[j] in {",", "and", "or", "/"}:
            if v.lowers[j + 1] in {"and", "or"}:
                j += 1
                continue
            if not is_size(v.words[j + 1]):
                break
            yield typed(j + 1, j + 2, "Model", W_MODEL, kind="model", name=f"{prefix} {v.words[j + 1]}")
            j += 2


def _cuts_known_name(known: dict[int, int], s: int, e: int) -> bool:
    """Whether a listed name runs on past the span's end from inside it: the span stops inside a
    versioned or longer known name ("English CoNLL" of "English CoNLL 2003", "Chinese OntoNotes" of
    "Chinese OntoNotes 4.0"; ACL 44k: 12 mentions of a language, a listed corpus and its version).
    `known`: the lexicon's spans' furthest end by start (`_lexicon_spans`): the span's few tokens are looked
    up, not every known span tested.

    >>> _cuts_known_name(_lexicon_spans({(1, 3): Candidate(1, 3, {"Dataset": 4}, kind="lexicon")}), 0, 2)
    True
    """
    for a in range(s, e):
        if known.get(a, 0) > e:
            return True
    return False


def _lexicon_spans(cands: dict) -> dict[int, int]:
    """The furthest end of the lexicon's candidates by start. A rule reads them once: the candidates it yields
    (merged into `cands` as they come) are of its own kind, and a merge never makes a candidate a lexicon one."""
    ends: dict[int, int] = {}
    for (a, b), cand in cands.items():
        if cand.kind == "lexicon" and b > ends.get(a, 0):
            ends[a] = b
    return ends


#: a capitalised word of three letters or more, no capital after the first (`capitalised_modifiers`)
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]{2,}")


@register_rule("capitalised_modifiers")
def capitalised_modifiers(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "Dynamic FooFuse", "Recursive Transformer": a capitalised word that is
    not the start of a sentence belongs to the name it precedes."""
    v = c.view
    known = None  # the lexicon's spans, read at the first shaped name that needs them
    for (s, e), cand in list(cands.items()):
        if s < c.title_end or cand.kind not in ("lexicon", "shape") or not v.words[s][:1].isupper():
            continue
        if cand.kind == "lexicon" and not (cand.types.get("Method") or cand.types.get("Task")):
            continue
        k = s - 1
        if k < c.title_end or v.sent_start[k] or v.sent_start[s]:
            continue
        if (k, e) in cands and cands[(k, e)].kind == "lexicon":
            continue  # a known name ("Stanford Natural Language Inference") keeps its type, not its tail's
        if cand.kind == "shape":
            if known is None:
                known = _lexicon_spans(cands)
            if _cuts_known_name(known, s, e):
                continue  # "English CoNLL 2003": the modifier would cut "CoNLL 2003" off its year
        w = v.words[k]
        if (
            w[:1].isupper()  # what `_CAPITALISED_WORD` opens with: the regex only where it may match
            and _CAPITALISED_WORD.fullmatch(w)
            and w.lower() not in ctx.COMPOUND_STOP
            and fold(w) not in c.res.generic
            and not v.words[k - 1][:1].isupper()
        ):
            yield Candidate(k, e, dict(cand.types), kind="compound", replace_types=True)


#: the most capitalised words before "Neural Network(s)" that `capitalised_networks` reads as the name
_NETWORK_MODIFIERS_MAX: Final = 5
_NEURAL: Final = frozenset({"neural"})
_NETWORK_STOP = frozenset(rule_words("_NETWORK_STOP"))


def _network_modifier(v: TokenView, k: int, title_end: int, generic: frozenset[str]) -> int:
    """How many tokens before token `k` belong to a network's capitalised name: one capitalised word
    ("Adversarial", "Domain-Adversarial"), three for a capitalised word glued to a modifier tail
    ("Attention - based"), 0 for none. None are: a sentence's first word of running text; a catch-all
    ("Deep", "Encoder-Decoder"); a plural ("Embeddings Recurrent ..."); a gerund ("Explaining"); in the
    title, a stop word ("Using", "A", "Robust") or a word of how the network is built ("End-to-End")."""
    words, lowers = v.words, v.lowers
    n = 1
    if k >= 3 and lowers[k - 1] in ctx.METHOD_MODIFIERS and words[k - 2] == "-":
        n = 3
    j = k - n
    w, lw = words[j], lowers[j]
    if not w[:1].isupper() or not w.replace("-", "").isalpha() or "\n" in w:
        return 0
    if lw in ("deep", "artificial", "neural") or fold(w) in generic or (lw.endswith("s") and not lw.endswith("ss")):
        return 0
    if lw.endswith("ing") and "-" not in lw:
        return 0  # "Explaining Recurrent Neural Networks", "... Task 3: Evaluating Neural Network Semantics": a verb
    if j >= title_end:
        # "Using ...", "Such ...": a sentence's first word is capitalised anyway; inside a sentence a
        # capitalised word is the name's, also one that is else a stop word ("Max Margin Neural Network")
        return 0 if v.sent_start[j] else n
    return 0 if lw in ctx.COMPOUND_STOP or lw in ctx.TITLE_STOP or lw in _NETWORK_STOP else n


@register_rule("capitalised_networks")
def capitalised_networks(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "Domain-Adversarial Neural Networks", "Target Preserving Domain Adversarial Neural Networks",
    "Attention-based Convolutional Neural Networks": capitalised words before a capitalised "Neural
    Network(s)" name a network architecture, a `Method` by the guideline ("architecture"); no rule proposed
    them ("neural networks" is a catch-all, and a known "Convolutional Neural Network" kept only its own
    words). Kind `compound`, as `capitalised_modifiers`' names. Not "Deep Neural Networks" (GUIDE-NOTES 4),
    nor a run that is only a known name (the lexicon's), nor one through another type's name ("BERT", "Text
    Classification"). In a title, where every word is capitalised, one plain word is a description ("A
    Hybrid Neural Network Model", "Hierarchical Neural Networks for ..."): a title's name takes two words, a
    hyphenated one or a modifier tail ("Domain-Adversarial", "Attention-based")."""
    v = c.view
    words, lowers = v.words, v.lowers
    hits = v.positions(_NEURAL)
    if not hits:
        return  # most texts: no candidate's type is read
    other = _covered([se for se, cand in cands.items() if cand.top_type() not in ("Method", "")])
    for i in hits:
        e = i + 2
        if e > len(words) or lowers[i + 1] not in ("network", "networks"):
            continue
        if not (words[i][:1].isupper() and words[i + 1][:1].isupper()):
            continue  # "graph neural networks": lower case is the class, the lexicon's or a catch-all
        k = i
        while k > 0 and i - k < _NETWORK_MODIFIERS_MAX and (n := _network_modifier(v, k, c.title_end, c.res.generic)):
            if any(j in other for j in range(k - n, k)):
                break
            k -= n
        if k == i or (k, e) in cands or c.is_generic(v.span_text(k, e)):
            continue
        if k < c.title_end and (k > 0 and lowers[k - 1] == "to" or (i - k == 1 and "-" not in lowers[k])):
            continue  # "End to End Binarized ...": a cut name; "A Hybrid Neural Network Model": a description
        yield typed(k, e, "Method", W_SHAPE, kind="compound")


def _joins(ch: str) -> bool:
    """A character that continues a word (regex `[\\w-]`)."""
    return ch.isalnum() or ch in "_-"


def standalone_occurrences(haystack: str, word: str) -> Iterator[tuple[int, int]]:
    """(start, end) of `word`, or its plural in -s / -es, where no word character or
    hyphen touches it: `re.finditer(r"(?<![\\w-])WORD(?:s|es)?(?![\\w-])", haystack)`
    without compiling a regex for every word of every paper (that compiling was
    most of `coined_echoes`' time).

    >>> list(standalone_occurrences("sft, sfts and multi-sft; sftes", "sft"))
    [(0, 3), (5, 9), (25, 30)]
    """
    n, size = len(word), len(haystack)
    i = haystack.find(word) if word else -1
    while i >= 0:
        end = -1
        if i == 0 or not _joins(haystack[i - 1]):
            q = i + n
            for tail in ("s", "es", ""):
                e = q + len(tail)
                if haystack.startswith(tail, q) and (e >= size or not _joins(haystack[e])):
                    end = e
                    break
        if end >= 0:
            yield i, end
            i = haystack.find(word, end)
        else:
            i = haystack.find(word, i + 1)


@register_rule("coined_echoes")
def coined_echoes(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """Find again, anywhere in the paper, the names it coined (long forms, the
    title's name, "called X"): "Sparse Fine-Tuning" in the title is the
    "sparse fine-tuning (SFT)" of the abstract."""
    v = c.view
    coined: dict[str, Candidate] = {}
    for (s, e), cand in list(cands.items()):
        if (cand.lf or cand.title or cand.named) and e - s >= 1:
            text = v.span_text(s, e)
            if len(text) >= 4:
                coined.setdefault(text.lower(), cand)
    if not coined:
        return
    low = v.text.lower()
    for text, cand in coined.items():
        for start, end in standalone_occurrences(low, text):
            span = char_span_tokens(v, start, end, strict=True)
            if span is None or span in cands:
                continue
            yield Candidate(*span, dict(cand.types), kind="echo", lf=cand.lf, replace_types=True)


#: "the 2018 Foo Bar Shared Task", "Foo Shared Task 2017", "Foo Translation Task 2020": a named shared
#: task with its edition year (ACL 44k: 254 year-first mentions in 227 papers, 135 year-last in 115); its first
#: word may join two organisers' names with a slash ("the 2031 foo2/BarHealth shared task": `_slash_joined_start`)
_EDITION_NAMED_TASK = re.compile(
    r"(?<![\w-])(?:(?:19|20)\d\d (?P<pre>(?:[a-z\d][\w-]*/)?(?:[A-Z][\w/’'-]*[ -]){1,5})[Ss]hared[ -][Tt]asks?"
    r"|(?P<post>(?:[A-Z][\w/’'-]*[ -]){1,5})(?:[Ss]hared[ -])?[Tt]ask[ -](?:19|20)\d\d)(?![\w-])"
)
#: what every match of _EDITION_NAMED_TASK holds ("Shared Task" after its name, or "Task 2020"): a text
#: without it is not searched (the full pattern tries every position; 93% of the seed and ACL-sample abstracts have none)
_EDITION_NAMED_TASK_CUE = re.compile(r"[Ss]hared[ -][Tt]ask|[Tt]ask[ -](?:19|20)\d\d")
#: the fixed strings every match of _EDITION_NAMED_TASK_CUE holds: a text with none of them is not searched
#: (`str.__contains__` scans in C; the cue's search tried its two branches at every "s" and "t")
_EDITION_CUE_PARTS = ("hared task", "hared Task", "hared-task", "hared-Task", "ask 19", "ask 20", "ask-19", "ask-20")
#: words that open a sentence or count editions, never a shared task's name ("The First Shared Task 2020")
_NOT_TASK_NAME: Final = frozenset(rule_words("NOT_TASK_NAME"))


def _edition_named_tasks(c: RuleContext) -> Iterator[Candidate]:
    v = c.view
    if not any(map(v.text.__contains__, _EDITION_CUE_PARTS)) or not _EDITION_NAMED_TASK_CUE.search(v.text):
        return
    for m in _EDITION_NAMED_TASK.finditer(v.text):
        group = "pre" if m.group("pre") else "post"
        name = m.group(group).split()
        start = m.start() if group == "pre" else m.start(group)
        before = v.text[max(0, start - 30) : start].split()
        if group == "pre" and before and before[-1][:1].isupper() and before[-1].lower() not in c.res.function_words:
            continue  # "IWPT 2021 Parsing Shared Task", "WNGT 2020 Duolingo Shared Task": the year belongs to the event
        while name and (name[0].lower() in c.res.function_words or name[0].lower() in _NOT_TASK_NAME):
            if group == "post":
                start += len(name[0]) + 1
            name = name[1:]
        core = [w for w in name if w.lower() not in ("shared", "task")]
        if not core:
            continue
        span = char_span_tokens(v, start, m.end(), strict=True)
        if span is not None:  # "2020 Foo Shared Task" and "Foo Task 2020" are one concept
            year = re.search(r"(?:19|20)\d\d", m.group(0)).group(0)  # type: ignore[union-attr]
            canonical = " ".join([*core, year, "shared task"])
            yield typed(*span, "Dataset", W_LEXICON + 1, kind="lexicon", canonical=canonical)


#: a track's name between a series' edition and "task": "WMT31 News Translation Task", "the WMT31 Quality
#: Estimation Shared Task", "the WMT biomedical task" (ACL 44k: "WMT19 News Translation Task" 11, "WMT20
#: Biomedical Translation Task" 6, "WMT20 Quality Estimation Shared Task" 6, "WMT23 Metrics Shared Task" 5, ...)
_TRACK_TASK = re.compile(
    r"(?P<track>(?: [A-Z][\w/’'-]*){1,4}|(?: [a-z][a-z-]+){1,2}) (?:[Ss]hared[ -])?(?:[Tt]ask|[Tt]rack)(?![\w-])"
)


def _track_task(c: RuleContext, start: int, end: int) -> Iterator[Candidate]:
    """A series whose editions are test sets, a track's name and "task": the track's data, the longest form
    (guideline notes: a shared task with a name is a `Dataset` named by that name); not a language pair's
    ("WMT31 English to Frobish task": `benchmark_language_pairs`), not a run of function words ("WMT and the task")."""
    v = c.view
    m = _TRACK_TASK.match(v.text, end)
    if m is None:
        return
    words = m.group("track").split()
    if any(w.lower() in c.res.function_words or _is_language_name(w.lower()) or "-" in w for w in words):
        return
    span = char_span_tokens(v, start, m.end(), strict=True)
    if span is not None:
        yield typed(*span, "Dataset", W_LEXICON + 1, kind="lexicon")


def data_word_after(lowers: list[str], e: int) -> bool:
    """Whether a data word follows the span ending at `e`: "the SemEval 2014 datasets", "the VarDial
    2018 test set" name an edition's data, not the event.

    >>> data_word_after("on the foo 2014 test set".split(), 4), data_word_after("in foo 2014 .".split(), 3)
    (True, False)
    """
    if e >= len(lowers):
        return False
    nxt, nxt2 = lowers[e], lowers[e + 1] if e + 1 < len(lowers) else ""
    return nxt in ctx.DATASET_NEXT or (nxt in ("test", "dev", "validation") and nxt2 in ("set", "sets"))


def _data_next(v: TokenView, span: tuple[int, int] | None) -> bool:
    return span is not None and (data_word_after(v.lowers, span[1]) or listed_before_data(v.words, span[1]))


#: plural data nouns that close a list of named data ("the Foo 2014 and Bar datasets"); "sets" after test or dev
_LIST_DATA_NOUNS: Final = frozenset({"datasets", "benchmarks", "corpora", "data"})
#: what may stand between the list's items: coordinators, commas, an article, and the words of a test set's name
_LIST_JOINERS: Final = frozenset({"and", "or", ",", "the", "test", "dev", "evaluation"})


def listed_before_data(words: list[str], e: int, limit: int = 8) -> bool:
    """Whether the name ending at `e` is an item of a list of names that a plural data noun closes: "the SemEval
    2014 and Twitter datasets", "the BEA-2019 and CoNLL-2014 benchmarks", "BEA-19 and CoNLL-14 test sets" name
    each edition's data, as "the SemEval 2014 datasets" does (ACL 44k: 2020.acl-main.295, 2020.acl-main.391,
    2021.bea-1.4). Only capitalised names, years and joiners may stand between.

    >>> listed_before_data("the Foo 2014 and Bar datasets .".split(), 3)
    True
    >>> listed_before_data("the Foo 2014 and report results on two datasets".split(), 3)
    False
    """
    if e >= len(words) or words[e] not in ("and", "or", ","):
        return False
    for j in range(e + 1, min(len(words), e + 1 + limit)):
        low = words[j].lower()
        if low in _LIST_DATA_NOUNS or (low == "sets" and words[j - 1].lower() in ("test", "dev", "evaluation")):
            return j > e + 1 and words[j - 1].lower() not in ("and", "or", ",", "the")
        if low not in _LIST_JOINERS and not words[j][:1].isupper() and not words[j][:1].isdigit():
            return False
    return False


@register_rule("shared_tasks")
def shared_tasks(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """A shared task's edition and number name its evaluation data: "SemEval-2019
    Task 6", "WMT 2014", "PARSEME Shared Task 1.1", "TSAR 2025 Shared Task", "the
    SemEval 2014 datasets" are datasets, longest form (ACL 44k: 810 "<series> <year> Shared Task" in 668 papers)."""
    v = c.view
    for m in c.res.shared_task_re.finditer(v.text):
        span = char_span_tokens(v, m.start(), m.end(), strict=True)
        edition = m.group("edition")
        # "the SMM4H 2031 shared tasks": an edition's several tasks, the event, none of them its data
        one_task = m.group("shared") and not m.group("shared").lower().endswith("tasks")
        named_data = m.group("task") or (
            edition and (one_task or m.group("series") in c.res.edition_series or _data_next(v, span))
        )
        if span is not None and named_data:
            yield typed(*span, "Dataset", W_LEXICON + 1, kind="lexicon")
        if (
            span is not None
            and m.group("series") in c.res.edition_series
            and not (m.group("task") or m.group("shared"))
        ):
            yield from _track_task(c, m.start(), m.end())
        elif span is not None and edition and not (m.group("task") or m.group("shared")):
            yield from _edition_coined_task(c, cands, span)
    yield from _edition_named_tasks(c)
    yield from _named_shared_tasks(c)


def _edition_coined_task(c: RuleContext, cands: dict, span: tuple[int, int]) -> Iterator[Candidate]:
    """An event's edition, a coined name and the word that says it is a task name that task's data (guideline
    notes 2; RULINGS R5: a shared task named by its event and year names its data; the gold files make the coined
    name an alias, "NumEval", "BrainTeaser"): "the SemEval-2031 ZorbEval task", "the WASSA 2031 FrobInt shared
    task" are one `Dataset` named in full, the coined name its alias (ACL 44k: W17-5222 and C18-1247 EmoInt, typed
    Method; 2023.semeval-1.107 NLI4CT, 2024.semeval-1.206 BRAINTEASER, 2024.vardial-1.19 DIALECT-COPA,
    2022.finnlp-1.13 and 2022.finnlp-1.17 ERAI, each typed Task; 2018 and 2020 NLPTEA CGED, not found). A name
    the lexicons know ("the SemEval-2017 STS task": the problem), an acronym the text defines, and an edition's
    several tasks are left."""
    words = c.view.words
    s, e = span
    if e + 1 >= len(words):
        return
    nxt = words[e + 1].lower()
    if nxt in ("task", "challenge", "competition"):
        end = e + 2
    elif nxt == "shared" and e + 2 < len(words) and words[e + 2].lower() == "task":
        end = e + 3
    else:
        return
    if any(c.view.text[a:b] == words[e] for _, _, a, b in c.abbreviations):
        return  # "the SemEval 2031 WSI shared task" after "word sense induction (WSI)": the problem's acronym
    if not _COINED_TASK_WORD.fullmatch(words[e]):
        return  # "the CLPsych 2031 A.1 task": a part's label
    cand = cands.get((e, e + 1))
    if cand is not None and cand.kind == "shape" and cand.canonical is None and not _lexicon_known(c, e, e + 1):
        yield typed(s, end, "Dataset", W_LEXICON + 1, kind="lexicon", alias=words[e])


#: a coined task name: letters (digits and hyphens inside), at least four letters ("NLI4CT", "ERAI", "DSL-ML"), so
#: not a part's label ("A.1") nor a three-letter problem acronym the text leaves undefined ("GEC", "NER")
_COINED_TASK_WORD = re.compile(r"(?=(?:[^A-Za-z]*[A-Za-z]){4})[A-Za-z][\w-]*[A-Za-z\d]")


def _lexicon_known(c: RuleContext, s: int, e: int) -> bool:
    """Whether the lexicons name the tokens s:e as any concept."""
    return any((a, b) == (s, e) for a, b, _, _ in c.lexicon)


#: "the Foo Bar shared task", "the Fake News Detection in Dravidian Languages shared task": a shared task
#: named by its Title Case name, with no series edition before it (ACL 44k: "the NLI Shared Task", "the
#: Surface Realization Shared Task", "the AVeriTeC shared task", "the Implicit Emotion Shared Task"); its
#: edition may follow the bracketed acronym ("the Complex Word Identification (CWI) 2018 Shared Task",
#: "the Chinese Grammatical Error Diagnosis (CGED) 2020 shared task": ACL 44k, 48 abstracts) or the words "shared
#: task" ("the Nuanced Arabic Dialect Identification (NADI) Shared Task 2023", "the Social Media Mining for Health
#: Applications (SMM4H) Shared Task 2019", "the Foo Bar for Baz Applications Shared Task 2031": ACL 44k, 18
#: abstracts after an acronym); never from the middle of a slash-joined word ("the 2031 foo2/BarHealth shared task" is
#: not "BarHealth shared task": `_edition_named_tasks` names it with its year)
_NAMED_SHARED_TASK = re.compile(
    r"(?<![\w’'/-])(?P<core>[A-Z][\w’'/-]*(?: (?:(?:in|for|of|on|and|between|from|with) )?[A-Z][\w’'/-]*){0,7})"
    r"(?P<acr> \((?P<short>[A-Z][\w-]*)\)(?P<edition> (?:19|20)\d\d)?)? [Ss]hared[ -][Tt]ask"
    r"(?P<after> (?:19|20)\d\d)?(?![\w-])"
)


#: a capitalised word, a comma and maybe "and" right before a Title Case run: the run is the tail of a longer
#: title a comma split ("the Foo Detection for Equality, Diversity, and Inclusion shared task", "the 2031
#: Trolling, Aggression and Cyberbullying shared task"); ACL 44k: 9 such runs before "shared task", 8 of them
#: the cut tail of a name; the list's last item may follow "&", which no run holds ("the Workshop on Foo, Bar &
#: Baz Analysis (FOO) 2031 shared task": ACL 44k 2022.wassa-1.22, 2022.wassa-1.28 were "Baz Analysis 2031 shared task")
_CUT_BY_COMMA = re.compile(r"\b[A-Z][\w’'/-]*,\s*(?:(?:and|or|&)\s+|[A-Z][\w’'/-]*\s+&\s+)?$")


def _named_shared_tasks(c: RuleContext) -> Iterator[Candidate]:
    """ "the Implicit Emotion Shared Task": the shared task's data, named with the words "shared task" and
    (an alias) without them, as papers write it both ways; its acronym in brackets is no part of the name
    (RULINGS R1). Not an event's ("the SemEval shared task", "the WMT23 shared task": `shared_tasks`), not
    one after a year (the event's edition owns it: "IWPT 2021 Parsing Shared Task")."""
    v = c.view
    if "hared" not in v.text:
        return
    for m in _NAMED_SHARED_TASK.finditer(v.text):
        if _CUT_BY_COMMA.search(v.text, max(0, m.start("core") - 40), m.start("core")):
            yield from _series_edition_task(c, m)
            continue  # "... for Equality, Diversity, and Inclusion shared task": the name began before a comma
        words = m.group("core").split(" ")
        start = m.start("core")
        while words and (words[0].lower() in c.res.function_words or words[0].lower() in _NOT_TASK_NAME):
            start += len(words[0]) + 1
            words = words[1:]
        before = v.text[max(0, start - 30) : start].split()
        if not words or words[-1].lower() in c.res.function_words:
            continue
        if before and before[-1][:1].isdigit():
            continue  # "WNGT 2020 Duolingo Shared Task": the year and the event own it
        core = " ".join(words)
        if c.res.shared_task_re.fullmatch(words[-1]) and len(words) > 1:
            # "A Report for SMM4H Shared Task 2019-...", "Submission for MADAR Shared Task": a title's words before
            # a listed series' own shared task, which the series' rule reads (ACL 44k: W19-3206, 2020.smm4h-1.26,
            # 2020.smm4h-1.6, W19-4639)
            continue
        if c.res.shared_task_re.match(core) or _venue_edition(c, core) or c.is_generic(core):
            # "the SemEval-2025 Shared Task", "the WMT shared task": the series' own rule decides, also after a
            # conference's name ("the EACL FooNLP-2031 Shared Task 1": the task, not the venue; ACL 44k: 4 abstracts)
            continue
        acr = m.group("acr") or ""
        # a listed series' acronym, unless the lexicons know it as data ("Fact Extraction and VERification (FEVER)
        # Shared Task": FEVER is the dataset the shared task made)
        series = (
            bool(acr)
            and bool(c.res.shared_task_re.fullmatch(m.group("short")))
            and not _lexicon_dataset(c, m.start("short"), m.end("short"))
        )
        if series and not (m.group("edition") or m.group("after")):
            # "the Social Media Mining for Health Applications (SMM4H) shared task": a series' long form is the
            # series' event, as "the SMM4H shared task" is (`shared_tasks`); guideline notes 2, RULINGS: an event
            # name alone is neither a name nor an alias (ACL 44k: 39 abstracts, 30 of them SMM4H's)
            continue
        span = char_span_tokens(v, start, m.end(), strict=True)
        if span is None:
            continue
        name = v.text[start : m.end()].replace(acr, m.group("edition") or "") if acr else v.text[start : m.end()]
        # the name without the edition after "Shared Task" names no one edition, and a series' long form without it
        # is the series, every edition's event ("Social Media Mining for Health Applications" of its 2019 ... 2022
        # shared tasks): no alias of one edition's data
        alias = None if series or m.group("after") else core
        yield typed(*span, "Dataset", W_LEXICON, kind="lexicon", name=name, alias=alias)
        yield from _initials_mentions(v, words, name)


def _series_edition_task(c: RuleContext, m: re.Match) -> Iterator[Candidate]:
    """A cut long form's bracketed acronym, when it is a listed series with the edition after it, still names
    the edition's shared task: "the Workshop on Foo, Bar & Baz (FOO) 2031 shared task" is "FOO 2031 shared
    task" (guideline notes 2, RULINGS R5: a shared task named by its event and year names its data)."""
    if not (m.group("acr") and m.group("edition")) or not c.res.shared_task_re.fullmatch(m.group("short")):
        return
    span = char_span_tokens(c.view, m.start("short"), m.end(), strict=True)
    if span is not None:
        name = m.group("short") + m.group("edition") + c.view.text[m.end("acr") : m.end()]
        yield typed(*span, "Dataset", W_LEXICON, kind="lexicon", name=name)


def _lexicon_dataset(c: RuleContext, start: int, end: int) -> bool:
    """Whether the lexicons name a Dataset by the text at start:end (character offsets)."""
    span = char_span_tokens(c.view, start, end, strict=True)
    return span is not None and any((s, e) == span and t == "Dataset" for s, e, t, _ in c.lexicon)


def _venue_edition(c: RuleContext, core: str) -> bool:
    """A name that holds a series' edition after other words: a conference's name ("EACL FooNLP-2031") or a
    title's team ("TeamX's Submission for WMT31 Metrics"); the series' rules name that edition's task."""
    m = c.res.shared_task_re.search(core)
    return bool(m and m.group("edition"))


def _initials_mentions(v: TokenView, words: list[str], name: str) -> Iterator[Candidate]:
    """A shared task is often called by the initials of its name without defining them ("the Gendered
    Ambiguous Pronouns shared task" ... "GAP test data"): a capitalised word that spells them is the same data."""
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if len(initials) < 2:
        return
    for i in v.positions(frozenset({initials}), cased=True):
        yield typed(i, i + 1, "Dataset", W_LEXICON, kind="lexicon", canonical=name)


#: a shared task's or challenge's full title in quotes next to the word that says what it is: "the task
#: “Foo Detection in Bar Texts”", "“Foo Detection: Bar@Baz 2031” shared task" (a title with its own
#: colons and venue, which no capitalised-run pattern holds); "the shared task on “Foo Bar Regeneration”", "the
#: shared task on ‘Foo Detection’" (ACL 44k: 11 abstracts write "on" and the quoted title, 3 of them in single quotes)
_QUOTED_TASK = re.compile(
    r"(?:\b(?:[Ss]hared[ -][Tt]ask|[Tt]ask|[Cc]hallenge|[Cc]ompetition)\s+(?:on\s+)?(?:[“\"](?P<after>[A-Z][^”\"\n]{4,150})[”\"]"
    r"|‘(?P<after1>[A-Z][^’\n]{4,150})’))"
    r"|(?:[“\"](?P<before>[A-Z][^”\"\n]{4,150})[”\"]\s+(?:[Ss]hared[ -][Tt]ask|[Cc]hallenge|[Cc]ompetition)\b)"
)
#: an opening quote and a capital, which every match of _QUOTED_TASK holds: most texts with quotes have none
#: (seed + 2,000 ACL: 10% of texts hold a quote, 3% this), and this search is ~15x cheaper than the full one
_QUOTE_CAPITAL = re.compile(r"[“\"‘][A-Z]")


@register_rule("quoted_task_names")
def quoted_task_names(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """A shared task named by its quoted title (guideline notes: a shared task with a long name is a
    `Dataset` named by that name): "submitted to the “Foo Detection in Bar Comments” shared task",
    "is part of the task “Foo: Bar Detection for Baz”"."""
    v = c.view
    if not ("“" in v.text or '"' in v.text or "‘" in v.text) or not _QUOTE_CAPITAL.search(v.text):
        return
    for m in _QUOTED_TASK.finditer(v.text):
        group = next(g for g in ("after", "after1", "before") if m.group(g))
        name = m.group(group).strip().rstrip(".,;")
        if len(name.split()) < 2:
            continue  # one quoted word is a label ("the task “yes”"), not a task's title
        span = char_span_tokens(v, m.start(group), m.start(group) + len(name))
        if span is not None:
            yield typed(*span, "Dataset", W_LEXICON, kind="lexicon", name=name)


#: what stands between a numbered task and the name it goes by: "Task 9: FooEval", "Task 9, FooEval", and a spaced
#: dash ("SemEval 2031 Task 7 - FooEval", "Task-6 – FooROOM"; ACL 44k: 8 abstracts name a coined task so, e.g.
#: 2023.semeval-1.131 "SemEval 2023 Task 7 - NLI4CT", 2024.semeval-1.213 "SemEval-2024 Task 7 - NumEval",
#: 2024.semeval-1.222 "SemEval-2024 Task-6 - SHROOM", 2024.semeval-1.149 "SemEval 2024 Task 10 - EDiReF")
_DASHES = frozenset({"-", "–", "—"})
_NAME_AFTER_NUMBER = frozenset({":", ","}) | _DASHES
#: the words a shared task's parts are labelled with ("SubTask A", "Track 2"), never the name the task goes by
_PART_LABELS = ("subtask", "task", "track")


@register_rule("shared_task_names")
def shared_task_names(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """A numbered shared task and the name the task goes by are one dataset (guideline notes: the
    number and the name are spellings of one `Dataset`): the name right after the number and a colon,
    comma or spaced dash ("SemEval-2031 Task 9: FooEval: ...", "Task 9, FooEval: ...", "Task 9 - FooEval"),
    a coined name or a named shared task, not the description of the problem that often follows ("Task 9:
    Offensive Language Identification"); and in a system description that takes part in one numbered task
    (or one its title names: "Team at FST 2031: ..."), the one named shared task it writes elsewhere ("Team
    at SemEval-2031 Task 9" ... "the Foo shared task")."""
    v = c.view
    numbered: dict[str, tuple[int, int]] = {}
    editions: dict[tuple[str, str], dict[str, tuple[int, int]]] = {}  # (series, task number) -> edition -> span
    events: list[tuple[tuple[int, int], str, str]] = []  # "SemEval-2031 Shared Task": span, series, edition
    for (s, e), cand in list(cands.items()):
        if not cand.types.get("Dataset"):
            continue
        m = c.res.shared_task_re.fullmatch(v.span_text(s, e))
        if m is None:
            continue
        series, edition = m.group("series").lower(), _edition_year(m.group("edition"))
        if not m.group("task"):
            if m.group("shared") and edition and not m.group("shared").lower().endswith("tasks"):
                # "the SemEval-2031 shared tasks": several tasks, none of them the one the text names
                events.append(((s, e), series, edition))
            continue
        number = re.sub(r"^\D+", "", m.group("task").strip()).lower()
        editions.setdefault((series, number.lstrip("0") or "0"), {}).setdefault(edition, (s, e))
        unpadded = _unpadded(v.span_text(s, e))
        numbered.setdefault(fold(unpadded), (s, e))
        yield from _numbered_task_names(c, cands, cand, s, e, unpadded)
    for undated in _undated_tasks(c, cands, editions):
        yield undated
        numbered.pop(fold(v.span_text(undated.start, undated.end)), None)
    yield from _event_of_one_task(c, cands, editions, events)
    yield from _titled_task_names(c, cands)
    for venue in _title_venue_task(c, cands):
        yield venue
        numbered.setdefault(fold(v.span_text(venue.start, venue.end)), (venue.start, venue.end))
    yield from _one_named_task(c, cands, numbered)
    yield from _same_task_cores(c, cands)


def _numbered_task_names(
    c: RuleContext, cands: dict, cand: Candidate, s: int, e: int, unpadded: str
) -> Iterator[Candidate]:
    """The other spellings of the numbered task at s..e: its number written without a leading zero (`unpadded`,
    its name so written), the name right after its number, and the coined, enclosed and "on" names
    `_coined_task_name`, `_enclosed_task_name` and `_task_on_name` find."""
    if fold(unpadded) != fold(c.view.span_text(s, e)) and cand.canonical is None:
        # "SemEval-2031 Task 9" ... "SemEval-2031 Task 09": one task, its number written two ways
        yield Candidate(s, e, canonical=unpadded)
    yield from _name_after_number(c, cands, s, e)
    yield from _coined_task_name(c, cands, s, e)
    yield from _enclosed_task_name(c, cands, s, e)
    yield from _task_on_name(c, cands, s, e)


def _name_after_number(c: RuleContext, cands: dict, s: int, e: int) -> Iterator[Candidate]:
    """The name a numbered task at s..e goes by, right after its number and a colon, comma or spaced dash ("Task
    9: FooEval"), when another rule proposed it as a task's alias and it is no system description's title name.
    A part's label after a dash ("Task 9 - SubTask A - ...") is the subtask, not the task's name."""
    v = c.view
    words = v.words
    if (
        e + 1 < len(words)
        and words[e] in _NAME_AFTER_NUMBER
        and not (words[e] in _DASHES and v.lowers[e + 1].startswith(_PART_LABELS))
    ):
        nxt = next(((a, b) for (a, b), o in cands.items() if a == e + 1 and _task_alias(o)), None)
        if nxt is not None and not _system_title_name(c, nxt):
            yield Candidate(*nxt, {"Dataset": W_LEXICON}, canonical=v.span_text(s, e))


def _undated_tasks(
    c: RuleContext, cands: dict, editions: dict[tuple[str, str], dict[str, tuple[int, int]]]
) -> Iterator[Candidate]:
    """A numbered task written without its edition, as a spelling of the one edition the text writes it with:
    "SemEval-2031 Task 9" ... "SemEval Task 9"."""
    for spans in editions.values():
        dated = [span for ed, span in spans.items() if ed]
        if "" in spans and len(dated) == 1 and cands[spans[""]].canonical is None:
            yield Candidate(*spans[""], canonical=c.view.span_text(*dated[0]))


def _event_of_one_task(
    c: RuleContext,
    cands: dict,
    editions: dict[tuple[str, str], dict[str, tuple[int, int]]],
    events: list[tuple[tuple[int, int], str, str]],
) -> Iterator[Candidate]:
    """An edition's shared task as a spelling of its one numbered task, when the text names one numbered task
    only: "the SemEval-2031 Shared Task" ... "SemEval-2031 Task 9"."""
    for span, series, edition in events:
        same = [next(iter(eds.values())) for (ser, _), eds in editions.items() if ser == series and edition in eds]
        if len(same) == 1 and len(editions) == 1 and cands[span].canonical is None:
            yield Candidate(*span, canonical=c.view.span_text(*same[0]))


def _one_named_task(c: RuleContext, cands: dict, numbered: dict[str, tuple[int, int]]) -> Iterator[Candidate]:
    """The one named shared task of a text that names one numbered task, as a spelling of it: "Team at
    SemEval-2031 Task 9" ... "the Foo shared task"."""
    named = {fold(c.view.span_text(a, b)): (a, b) for (a, b), o in cands.items() if o.alias and o.types.get("Dataset")}
    if len(numbered) == 1 and len(named) == 1:
        (s, e), (a, b) = next(iter(numbered.values())), next(iter(named.values()))
        if cands[(a, b)].canonical is None:
            yield Candidate(a, b, canonical=c.view.span_text(s, e))


#: brackets and quotes that enclose a numbered task's name right after it, each with its closer
_ENCLOSERS = {"(": ")", "“": "”", '"': '"', "‘": "’"}


def _enclosed_task_name(c: RuleContext, cands: dict, s: int, e: int) -> Iterator[Candidate]:
    """A coined name in brackets or quotes right after a numbered task is the name the task goes by, as after
    a colon (guideline notes: a shared task's number and name are one `Dataset`): "SemEval-2031 Task 3
    (FooContext)", "SemEval-2031 Task 3 “FooContext”" (ACL 44k: 12 abstracts, e.g. S17-2171 ScienceIE,
    S19-2034 EmoContext, 2021.semeval-1.175 MeasEval, 2025.semeval-1.116 Mu-SHROOM, 2025.semeval-1.161 AdMIRe);
    not a part's label ("Track 1 (AR-AR)": a part has no series before its number)."""
    words = c.view.words
    closer = _ENCLOSERS.get(words[e]) if e + 2 < len(words) else None
    if closer is None:
        return
    for (a, b), o in list(cands.items()):
        if (
            a == e + 1
            and b < len(words)
            and words[b] == closer
            and _task_alias(o)
            and not _system_title_name(c, (a, b))
        ):
            yield Candidate(a, b, {"Dataset": W_LEXICON}, canonical=c.view.span_text(s, e))
            return


def _unpadded(name: str) -> str:
    """A numbered task's name with its number as other spellings write it, without leading zeros (ACL 44k: "Task
    09", "Task 06", "Task 05" in 4 abstracts, each also writing "Task 9" or the number alone).

    >>> _unpadded("FooEval-2031 Task 09"), _unpadded("FooEval-2031 Task 10"), _unpadded("FooEval 2031 Task 1.05")
    ('FooEval-2031 Task 9', 'FooEval-2031 Task 10', 'FooEval 2031 Task 1.05')
    """
    return re.sub(r"((?:[Tt]ask|[Tt]rack)[- ]?)0+(?=\d)", r"\1", name)


#: a text that takes part in or describes a shared task ("the Foo shared task", "Subtask A", "Task 3", "our team",
#: "the leaderboard", "participating in Foo 2031")
_SHARED_TASK_CUE = re.compile(
    r"[Ss]hared[ -][Tt]asks?\b|\b[Ss]ubtask|\b[Tt]ask[- ]?\d|\b[Cc]ompetition\b|\b[Ll]eaderboard\b|\bparticipat|\bteams?\b"
)
#: the fixed strings every match of _SHARED_TASK_CUE holds but its "Task N", each with how many characters
#: before it the match starts ("S" of "Shared task", none of "team")
_CUE_STRINGS = (
    ("hared task", 1),
    ("hared-task", 1),
    ("hared Task", 1),
    ("hared-Task", 1),
    ("ubtask", 1),
    ("ompetition", 1),
    ("eaderboard", 1),
    ("participat", 0),
    ("team", 0),
)
#: the "ask N" of a "Task N" / "task-2": a literal start, which re finds by a fast scan (`[Tt]ask[- ]?\d`
#: tried its charset at every "t"); a match of the cue starts at the letter before it
_ASK_NUMBER = re.compile(r"ask[- ]?\d")


def has_shared_task_cue(text: str) -> bool:
    """Whether `text` takes part in or describes a shared task (_SHARED_TASK_CUE is found in it).

    The cue's regex is tried only where a match can start: where one of its fixed strings is (`str.find`),
    or a "Task N" (`_ASK_NUMBER`). Searching the whole text where a fixed string was found cost ~120k
    instructions a text: "team" is in every "downstream".

    >>> has_shared_task_cue("Our team ranked 3rd."), has_shared_task_cue("Steam engines."), has_shared_task_cue("Task-2")
    (True, False, True)
    """
    for part, back in _CUE_STRINGS:
        p = text.find(part)
        while p >= 0:
            if p >= back and _SHARED_TASK_CUE.match(text, p - back):  # `\b` reads the character before
                return True
            p = text.find(part, p + 1)
    return any(m.start() and _SHARED_TASK_CUE.match(text, m.start() - 1) for m in _ASK_NUMBER.finditer(text))


_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TASK_WORDS = re.compile(r"\b[Ss]hared[ -][Tt]asks?\b|\([^()]*\)")


def task_core(name: str, short: dict[str, str]) -> tuple[str, tuple[str, ...]]:
    """A shared task's name without its edition years, the words "shared task" and a bracketed acronym, an acronym
    written as the long form the paper gives it (folded), and the years.

    >>> task_core("FOOD 2031 Shared Task", {"food": "Frobish Dialect Detection"})
    ('frobishdialectdetection', ('2031',))
    >>> task_core("Frobish Dialect Detection (FOOD) Shared Task", {})[0], task_core("BarSumm2031", {})
    ('frobishdialectdetection', ('barsumm', ('2031',)))
    """
    years = tuple(_YEAR.findall(name))
    core = fold(_YEAR.sub(" ", _TASK_WORDS.sub(" ", name)))
    return fold(short.get(core, core)), years


def _votes_dataset(cand: Candidate) -> bool:
    """Whether a rule voted the candidate Dataset (its `top_type` can be Dataset only then)."""
    return "Dataset" in cand.types


def _same_task_cores(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """In a text about a shared task, its name written with and without its edition year and the words "shared
    task", or with its acronym for the long form, is one task's data (guideline notes: a shared task with a
    long name is one `Dataset`; "FOOD 2031 Shared Task" ... "the Frobish Dialect Detection (FOOD) shared task",
    "at BarSumm" ... "participating in BarSumm 2031"; ACL 44k sample of 400 shared-task abstracts: 8 papers
    gave two). Only when the text names one edition of it (never "Foo 2030" and "Foo 2031"), and not a series'
    bare event ("SemEval-2031", "the Baz 2031 shared task" of a series the lexicon lists: `shared_tasks`); the
    edition of a series whose editions are test sets and its shared task are one ("WMT 2031" ... "the WMT31
    shared task": acl-dev's guideline reading writes them as one, and the sample gave two in 7 papers)."""
    v = c.view
    # two mentions typed Dataset at least (a group's two spellings), read before the text's cue (~56k instructions
    # a text; 201 of the 261 seed abstracts have fewer than two such candidates here)
    if sum(map(_votes_dataset, cands.values())) < 2 or not has_shared_task_cue(v.text):
        return
    short = {k: task_core(l, {})[0] for k, l in long_forms(c).items()}
    items = list(cands.items())
    for (s, e), cand in items:
        if e - s == 1 and cand.canonical and " " in cand.canonical and cand.top_type() == "Dataset":
            short.setdefault(fold(v.words[s]), task_core(cand.canonical, {})[0])  # "FOOD" spelling a named shared task
    groups: dict[str, list[tuple[int, int]]] = {}
    years: dict[str, set[str]] = {}
    named: set[str] = set()  # cores some mention writes as the task's own name, not a campaign's edition
    for (s, e), cand in items:
        if cand.top_type() != "Dataset":
            continue
        text = cand.name or v.span_text(s, e)
        ys: tuple[str, ...]
        m = c.res.shared_task_re.fullmatch(v.span_text(s, e))
        if m and not m.group("task"):
            if m.group("series") not in c.res.edition_series or not m.group("edition"):
                continue  # a series' event, its edition or its shared task, or a bare series: no one task's data
            # "WMT 2031" ... "the WMT31 shared task": the edition whose test sets are the data
            core, ys = task_core(m.group("series"), short)[0], (_edition_year(m.group("edition")),)
        else:
            core, ys = task_core(text, short)
            ys = tuple(y[-2:] for y in ys)
            named.add(core)
        if len(core) < 3 or c.is_generic(core):
            continue
        groups.setdefault(core, []).append((s, e))
        years.setdefault(core, set()).update(ys)
    for core, spans in groups.items():
        texts = {fold(cands[se].name or v.span_text(*se)) for se in spans}
        if len(texts) < 2 or len(years[core]) > 1 or (core not in named and len(years[core]) != 1):
            continue
        targets = sorted({cands[se].canonical for se in spans if cands[se].canonical})
        if len({task_core(t, short)[0] for t in targets}) > 1:
            continue  # an acronym's or a lexicon's other name: not this task's
        # the name another rule gave the task, its edition's first ("FOOD 2031 shared task" of "FOOD Task 2031")
        target = max(targets, key=lambda t: bool(_YEAR.search(t))) if targets else v.span_text(*min(spans))
        for se in spans:
            if cands[se].canonical is None and fold(v.span_text(*se)) != fold(target):
                yield Candidate(*se, canonical=target)


def _task_on_name(c: RuleContext, cands: dict, s: int, e: int) -> Iterator[Candidate]:
    """ "we introduce FooEval Task 10 on the Explainable Detection of Online Frobs (EDOF)", an overview's title
    "FooEval-2031 Task 10: Explainable Detection of Online Frobs": an acronym's long form right after a numbered
    task's "on" (or its title's colon, when no team signs the title) is the task's long name (RULINGS: a shared
    task with a long name is one `Dataset` named by it, its number and acronym its aliases; ACL 44k: 8 abstracts
    write "Task N on <Name> (<ACRONYM>)"). A long form a rule already typed as a problem or technique is left."""
    v = c.view
    words = v.words
    if e >= len(words):
        return
    if words[e].lower() == "on":
        at = e + 1 + (e + 1 < len(words) and words[e + 1].lower() == "the")
    elif words[e] == ":" and e < c.title_end and not ctx.team_name_length(words[: c.title_end]):
        at = e + 1
    else:
        return
    for (a, b), o in list(cands.items()):
        if a == at and o.lf and o.canonical is None and o.top_type() in ("", "Dataset"):
            yield Candidate(a, b, canonical=v.span_text(s, e))


#: the words after a task's coined name that say it is the task's ("the FooEval-31 Task 3 BarContext competition")
_TASK_NOUN_AFTER = frozenset({"competition", "challenge", "task", "shared"})
#: marks a task's coined name may carry between its number's colon and the name ("Task 6: #FooWars", "Task 6: “FooEval")
_NAME_MARKS = frozenset({"#", "“", '"', "‘"})


def _coined_task_name(c: RuleContext, cands: dict, s: int, e: int) -> Iterator[Candidate]:
    """A coined name written right after a numbered task is the name the task goes by (guideline notes: a shared
    task's number and name are one `Dataset`): after the number and a colon with a hashtag or an opening quote
    ("FooEval-2031 Task 6: #BarWars: ...", "Task 6: “BazEval: ...”"; ACL 44k: 21 abstracts), or before a word
    that says it is the task ("FooEval 2031 Task 3 BarContext competition", "Task 10 BazIE task"; 3). A known
    system's name there is the team's system, not the task's (`_system_title_name`)."""
    words = c.view.words
    if e + 2 < len(words) and words[e] == ":" and words[e + 1] in _NAME_MARKS:
        at = e + 2
    elif e + 1 < len(words) and words[e + 1].lower() in _TASK_NOUN_AFTER:
        at = e
    else:
        return
    if not is_name_shape(words[at]) or c.res.shared_task_re.fullmatch(words[at]):
        return
    old = cands.get((at, at + 1))
    if (old is not None and old.canonical is not None) or _system_title_name(c, (at, at + 1)):
        return
    yield typed(at, at + 1, "Dataset", W_LEXICON, kind="lexicon", canonical=c.view.span_text(s, e))


#: how far before a coined name the words "shared task" may stand ("the shared task at FooConf 2031 FOO-1: ...")
_TASK_WINDOW = 6


def _titled_task_names(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "our system for the shared task at FooConf 2031 ZORB-1: Aggression Spotting": a coined name
    shortly after "shared task" in its sentence, given its Title Case title after a colon, is the task
    (ACL 44k: 13 abstracts, "shared task 3: FooContext: ...", "two shared tasks: 1) FooPap31: ..."); not
    a subtask's or track's label ("Subtask-A: ...")."""
    v = c.view
    words, lowers = v.words, v.lowers
    for (s, e), cand in list(cands.items()):
        if cand.kind != "shape" or s < c.title_end or e + 1 >= len(words) or words[e] != ":":
            continue
        if not words[e + 1][:1].isupper() or lowers[s].startswith(("subtask", "task", "track")):
            continue
        window = lowers[max(v.sents[v.sent_of[s]][0], s - _TASK_WINDOW) : s]
        if any(a == "shared" and b in ("task", "tasks") for a, b in zip(window, window[1:])):
            yield typed(s, e, "Dataset", W_LEXICON, kind="lexicon")


def _edition_year(edition: str | None) -> str:
    """The edition's year as two digits ("-2031", " 2031", "'31" -> "31"; "" for none)."""
    digits = re.sub(r"\D", "", edition or "")
    return digits[-2:]


def _title_venue_task(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "Team at FooNER: ...", "Team @ FooSumm 2031: ...": the one coined name (and its edition year) a
    system description's title says the team took part in is the shared task's data, unless it is a
    workshop series' bare name or edition (the event: guideline notes 1, `_is_event_edition`)."""
    words = c.view.words
    team = ctx.team_name_length(words[: c.title_end])
    if not team:
        return
    s = team + 1
    e = words.index(":", s)
    if e - s == 2 and is_year(words[s + 1]):
        pass  # "FooSumm 2031"
    elif e - s != 1:
        return
    if not is_name_shape(words[s]) or c.res.shared_task_re.fullmatch(c.view.span_text(s, e)):
        return
    yield typed(s, e, "Dataset", W_LEXICON, kind="lexicon")


#: what may follow a name a title sets apart ("TEAM at SemEval-2031 Task 9: FooEval: ...", "... Task 9: FooEval")
_TITLE_NAME_END = frozenset({":", "-", "–", "—", "(", ","})


def _system_title_name(c: RuleContext, span: tuple[int, int]) -> bool:
    """The name after a title's "Task 9:" is not the task's other name but the first word of the paper's own
    title: a name that runs on into the title's phrase ("TEAM at FooEval-2031 Task 9: WordNet and CLIP to
    Sort Pictures", a known resource the team used), or, in a system description, the name of the team's own
    system, which its abstract presents ("TEAM at FooEval-2031 Task 9: BlarpNet: ..." / "we present
    BlarpNet"). SemEval asks system papers for "<Team> at SemEval-<year> Task <N>: <descriptive title>", so
    the words after the colon are the team's title; only the task's overview paper names the task there."""
    s, e = span
    if s >= c.title_end:
        return False
    v = c.view
    if e < c.title_end and v.words[e] not in _TITLE_NAME_END:
        return True
    if not ctx.team_name_length(v.words[: c.title_end]):
        return False
    if _built_on_known_system(v.span_text(s, e)):
        return True
    name = fold(v.span_text(s, e))
    for a, b in v.sents:
        if a < c.title_end:
            continue
        win = ctx.propose_window(v.lowers[a:b])
        if win and any(fold(v.span_text(x, y)) == name for (x, y) in _spans_in(c, a + win[0], a + win[1], e - s)):
            return True
    return False


@lru_cache(maxsize=1)
def _known_systems() -> frozenset[str]:
    """Folded names and aliases the lexicons list as models or methods."""
    return frozenset(fold(n) for e in load_lexicon() if e.type in ("Model", "Method") for n in (e.name, *e.aliases))


def _built_on_known_system(name: str) -> bool:
    """A hyphenated name with a known model or method as one part ("Focal-BlarpBERT", "CoT-FooGen") names a
    system built on it: in a system description's title, the team's system, never the shared task's other name
    (task names are coined for the problem: EmoContext, HaHackathon, BRAINTEASER; team titles name their
    systems after what they build on: Focal-RoBERTa, CoT-NumHG, Afro-XLM-R, SemEval-2024/2025 system papers).

    >>> _built_on_known_system("Focal-RoBERTa"), _built_on_known_system("AfriSenti-SemEval"), _built_on_known_system("RoBERTa")
    (True, False, False)
    """
    parts = [p for p in re.split(r"[-‐–_]", name) if len(p) >= 2]
    return len(parts) >= 2 and any(fold(p) in _known_systems() for p in parts)


def _spans_in(c: RuleContext, lo: int, hi: int, n: int) -> Iterator[tuple[int, int]]:
    """Every `n`-token span starting in [lo, hi) of the view."""
    last = len(c.view.words)
    for x in range(lo, min(hi, last - n + 1)):
        yield x, x + n


def _task_alias(cand: Candidate) -> bool:
    """A candidate that can be a shared task's other name: a coined name or a named shared task."""
    return cand.canonical is None and (cand.kind == "shape" or bool(cand.alias and cand.types.get("Dataset")))


#: capitalised head nouns that end a dataset's Title Case name ("the Foo Bar Corpus", "the Baz Treebank")
_DATA_NAME_HEADS = frozenset(rule_words("DATA_NAME_HEADS"))
#: at most this many words before the head ("Voice Assistant Conversation Corpus": 3)
_DATA_NAME_MAX = 6


@register_rule("titled_data_names")
def titled_data_names(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "the Foo Bar Conversation Corpus", "the Klingon Qux Treebank", "the Foo 2020 Benchmark": capitalised
    words (or coined names, an edition year) before a capitalised data noun name a dataset, the noun
    part of the name (a lower-case "corpus" after capitals is only a description: `context_type`).
    Running text only: a Title Case title capitalises every word ("A Multilingual Benchmark for ...")."""
    v = c.view
    words = v.words
    for h in v.positions(_DATA_NAME_HEADS, cased=True):
        if h <= c.title_end or v.sent_start[h]:
            continue
        s = h
        while (
            s - 1 >= c.title_end
            and h - (s - 1) <= _DATA_NAME_MAX
            and (words[s - 1][:1].isupper() or is_year(words[s - 1]) or is_name_shape(words[s - 1]))
            and v.lowers[s - 1] not in c.res.function_words
        ):
            s -= 1
            if v.sent_start[s]:
                break
        while s < h and (v.lowers[s] in c.res.function_words or v.lowers[s] in _NOT_TASK_NAME):
            s += 1  # "The Foo Corpus" at a sentence's start, "Our Bar Dataset"
        if s < h and not is_year(words[s]):
            yield typed(s, h + 1, "Dataset", W_LEXICON, kind="data_name", canonical=_same_data(c, cands, s, h))


#: lower-case data nouns a capitalised name stands before: "the Foo dataset", "the Bar 2011 benchmark"
_DATA_NOUNS_AFTER_NAME = frozenset(rule_words("DATA_NOUNS_AFTER_NAME"))
#: an edition or version between the name and the noun: "the Foo 2011 benchmark", "the Bar V2 dataset"
_VERSION = re.compile(r"[Vv]?\d+(?:\.\d+)?")
#: at most this many capitalised words make the name ("the Foo Bar dataset": 2)
_NAMED_DATA_MAX = 3
_CAPITALISED = re.compile(r"[A-Z][a-z]+")


@register_rule("named_data_nouns")
def named_data_nouns(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "the Foo dataset", "on the Bar 2011 benchmark", "the Baz V2 corpus": capitalised words (an edition or
    version after them) between "the" and a lower-case data noun name that data, the noun left out. ACL 44k
    (abstracts, after a preposition): 168 such phrases, 101 first words, nearly all a corpus's name; the
    rest are languages and platforms ("the English corpus", "the Twitter dataset"), which the rule leaves
    out (`languages.tsv`, `subjects.txt`). Only where no rule has typed the span already (a known name
    keeps its type, and "before a data noun" already types a coined name: `context_type`); running text
    only, not a sentence's first word, and not one of a coordination ("the Foo and Bar datasets").
    A translation direction between the name and the noun is part of the name ("the Foo Spanish-English
    dataset", as `benchmark_language_pairs` reads "WMT17 Chinese-English"; the languages alone, "the
    English-German corpus", name none); a first word the compound stop list holds ("Simple", "New") is the
    name's when two more capitalised words follow it ("the Simple Foo Bar benchmark")."""
    v = c.view
    words, lowers = v.words, v.lowers
    pair_starts: dict[int, int] | None = None
    for h in v.positions(_DATA_NOUNS_AFTER_NAME):
        if h <= c.title_end + 1 or words[h] != lowers[h]:
            continue
        if "the" not in lowers[max(0, h - 5) : h - 1]:
            continue  # the "the" the name must follow is at h-5 .. h-2 (at most 3 words and a version between)
        k = h - 1
        if _VERSION.fullmatch(words[k]) and not v.sent_start[k]:
            k -= 1  # "the Foo 2011 benchmark"
        end = k  # the name's last word, a translation direction included
        if pair_starts is None:
            pair_starts = {b: a for a, b, _ in pair_mentions(v.text)}
        k_end = v.char_range(k, k + 1)[1]
        if (a := pair_starts.get(k_end)) is not None and (span := char_span_tokens(v, a, k_end, strict=True)):
            k = span[0] - 1  # "the Foo Spanish-English dataset": Foo must be a name of its own
        s = k + 1
        while (
            s - 1 > c.title_end
            and k + 1 - (s - 1) <= _NAMED_DATA_MAX
            and (_CAPITALISED.fullmatch(words[s - 1]) or is_name_shape(words[s - 1]))
            and lowers[s - 1] not in c.res.function_words
            and not v.sent_start[s - 1]
        ):
            s -= 1
        if s > k or lowers[s - 1] != "the":
            continue
        first = s + 1 if k - s >= 2 and _CAPITALISED.fullmatch(words[s]) else s  # "the Simple Foo Bar benchmark"
        if fold(words[s]) in c.res.generic or any(
            fold(w) in c.res.generic or w.lower() in ctx.COMPOUND_STOP for w in words[first : k + 1]
        ):
            continue
        if any(fold(w) in _subject_names() for w in (v.span_text(s, k + 1), *words[s : k + 1])):
            continue  # "the English corpus", "the Twitter dataset", "the Brazilian Portuguese treebank"
        if any(_named_as_language(lowers, w.lower()) for w in words[s : k + 1]):
            continue  # "the Foo dataset" where the text says "the Foo language" or "in Foo."
        if any(a <= s and k + 1 <= b and cand.types for (a, b), cand in cands.items()):
            continue  # a known or coined name already there ("the Spider dataset")
        if end > k and any(a <= s and end + 1 <= b and cand.types for (a, b), cand in cands.items()):
            continue  # the name with its direction already found ("WMT17 Chinese-English": benchmark_language_pairs)
        yield typed(s, h, "Dataset", W_LEXICON, kind="data_name")


#: words after a language's name ("the Foo language", "Foo speakers") or a language-name ending ("-ese")
_LANGUAGE_NEXT = frozenset({"language", "languages", "lect", "lects", "dialect", "dialects", "speakers", "speaking"})
_AFTER_IN_LANGUAGE = frozenset({".", ",", ";", "and", "or"})


def _named_as_language(lowers: list[str], word: str) -> bool:
    """Whether the text names `word` as a language, which the language lexicon (the translation benchmarks'
    languages) does not list: "Japanese" ("-ese"), "the Foo language dataset", "Foo speakers", "sentiment
    analysis in Foo." ("in" and the clause's end: data is evaluated "on" a corpus, text written "in" a language).

    >>> _named_as_language("we study the foo language . the foo dataset".split(), "foo")
    True
    >>> _named_as_language("results on the foo dataset and in foo tasks".split(), "foo")
    False
    """
    if word.endswith("ese"):
        return True
    for i in indices_of(lowers, word):
        if i + 1 < len(lowers) and lowers[i + 1] in _LANGUAGE_NEXT:
            return True
        if i > 0 and lowers[i - 1] == "in" and i + 1 < len(lowers) and lowers[i + 1] in _AFTER_IN_LANGUAGE:
            return True
    return False


@lru_cache(maxsize=1)
def _subject_names() -> frozenset[str]:
    """What papers study or draw data from (`subjects.txt`) and languages' English names, folded: the
    subjects `ConceptAssembler` drops, here read from the default lexicon directory."""
    names = (name for name, code in languages().items() if name != code)
    return frozenset(fold(w) for w in load_word_list("subjects.txt")) | frozenset(map(fold, names))


def _same_data(c: RuleContext, cands: dict, s: int, h: int) -> str | None:
    """The other spelling the text gives the data name words[s:h+1] ends: its short name in brackets
    after it ("the Foo Bar Corpus (FB9)", a short name whose letters need not spell it) or before it
    ("FBench (Foo Bar Benchmark)"), or its words without the data noun when they are a name of their own
    ("the FooSet Corpus" and "FooSet"; an acronym by the long form it stands for)."""
    words = c.view.words
    e = h + 1
    if e + 2 < len(words) and words[e] == "(":
        inner = next((b for (a, b) in cands if a == e + 1 and b < len(words) and words[b] == ")"), None)
        if inner is not None and not _language_version(c.view.span_text(e + 1, inner), c.view.span_text(s, e)):
            return c.view.span_text(e + 1, inner)
    if s >= 2 and words[s - 1] == "(" and e < len(words) and words[e] == ")":
        before = next((a for (a, b) in cands if b == s - 1 and cands[(a, b)].types.get("Dataset")), None)
        if before is not None:
            return c.view.span_text(before, s - 1)
    if (s, h) in cands and cands[(s, h)].kind in ("shape", "lexicon", "abbr"):
        inner_text = c.view.span_text(s, h)
        return long_forms(c).get(fold(inner_text), inner_text)
    return None


def _language_version(short: str, data_name: str) -> bool:
    """Whether the bracketed name after a data name adds a language the data name does not write: "a
    translation of the Foo Question Dataset (Klingon-FQD)" names the translated data, not the data's
    other spelling (translated benchmarks are named so: Arabic-SQuAD, Mozannar et al. 2019; SQuAD-it,
    Croce et al. 2018; SQuAD-es, Carrino et al. 2020). Only a language's English name counts: a code is
    often a part of the data's own name ("Polish UD treebank (PL-SZ)").

    >>> _language_version("Arabic-SQuAD", "Stanford Question Answering Dataset"), _language_version("HOLD-Telugu", "Telugu Hate Dataset")
    (True, False)
    """
    parts = [p.casefold() for p in re.split(r"[-_]", short) if p]
    written = {w.casefold() for w in re.findall(r"\w+", data_name)}
    langs = languages()
    return len(parts) >= 2 and any(len(p) >= 4 and p in langs and p not in written for p in parts)


@register_rule("released_variants")
def released_variants(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """Released checkpoints and metric variants are their own names:
    "Foo base", "Foo Large cased", "macro F1", "weighted F1", "strict F1" (a matching mode before a general
    measure: fresh45 2025.bionlp-share.12 "strict precision", 44k "strict F1", "relaxed F1-score", "strict
    accuracy")."""
    v = c.view
    lowers = v.lowers
    for (s, e), cand in list(cands.items()):
        types = cand.types
        if types.get("Model") and e < len(lowers) and lowers[e] in c.res.model_variants:
            j = e
            while j < len(lowers) and j < e + 2 and lowers[j] in c.res.model_variants:
                j += 1
            yield Candidate(s, j, dict(types), kind="model", replace_types=True)
        if types.get("Metric") and s > 0 and not v.sent_start[s]:
            if lowers[s - 1] in c.res.metric_modifiers or (
                lowers[s - 1] in _MATCH_MODES and is_general_measure(lowers[s:e], c.res.metric_modifiers)
            ):
                yield Candidate(s - 1, e, dict(cand.types), kind="metric", replace_types=True)


@register_rule("elided_measures")
def elided_measures(c: RuleContext, cands: dict) -> Iterator[Candidate]:
    """ "micro and macro F1 scores": a measure variant starting with an averaging or matching word, after
    "and"/"or" and another such word, names the other variant too, with the same measure (fresh45 2022.ecnlp-1.16
    "micro and macro F_1 scores"; 44k "macro and micro F1 scores", "micro and macro F-score", "strict and relaxed
    F1"). The shared measure must be a general one ("micro and macro levels" name nothing). Runs after
    `released_variants`, which makes the second variant ("macro F1") of a lexicon measure."""
    if "and" not in c.view.lower_set and "or" not in c.view.lower_set:
        return
    modes = c.res.metric_modifiers | _MATCH_MODES
    for s, e in [se for se, cand in cands.items() if cand.types.get("Metric") and c.view.lowers[se[0]] in modes]:
        yield from _elided_measure(c, s, e, modes)


def _elided_measure(c: RuleContext, s: int, e: int, modes: frozenset[str]) -> Iterator[Candidate]:
    """The first variant of "micro and macro F1 scores", given the second one's span (`s`, `e`)."""
    v = c.view
    lowers = v.lowers
    if s < 2 or lowers[s] not in modes or lowers[s - 1] not in ("and", "or") or lowers[s - 2] not in modes:
        return
    if v.sent_start[s - 1] or v.sent_start[s] or not is_general_measure(lowers[s + 1 : e], c.res.metric_modifiers):
        return
    if e < len(lowers) and lowers[e] in ("score", "scores") and lowers[e - 1] not in ("score", "scores"):
        e += 1  # "F_1 scores": the measure's name with the word a later step joins to it
    name = f"{v.words[s - 2]} {v.span_text(s + 1, e)}"
    yield typed(s - 2, s - 1, "Metric", W_LEXICON, kind="metric", name=name)


#: how strictly an output must match the reference ("strict F1", "relaxed micro-F1"): a measure of its own before a
#: general measure, a word of the text elsewhere ("strict latency budgets")
_MATCH_MODES: Final = frozenset(rule_words("_MATCH_MODES"))


def is_general_measure(lowers: list[str], modifiers: frozenset[str]) -> bool:
    """`lowers` spell a general measure (F1, precision, recall, accuracy), maybe after an averaging word.

    >>> is_general_measure(["micro-f1"], frozenset({"micro"})), is_general_measure(["f1", "score"], frozenset())
    (True, True)
    >>> is_general_measure(["f_1", "scores"], frozenset()), is_general_measure(["latency"], frozenset())
    (True, False)
    """
    parts = "-".join(lowers).replace("_", "").split("-")  # "F_1 scores": the F1 score
    if len(parts[-1]) > 2 and parts[-1].endswith("s"):
        parts[-1] = parts[-1][:-1]
    for k in (0, 1, 2):
        if (k == 0 or "-".join(parts[:k]) in modifiers) and "-".join(parts[k:]) in _QUALIFIABLE_MEASURES:
            return True
    return False


#: the rules in the order the component runs them (its default config)
DEFAULT_RULES = [
    f"paperkg.rule.{n}.v1"
    for n in (
        "acronym_definitions",
        "lexicon_names",
        "shaped_names",
        "dataset_editions",
        "benchmark_language_pairs",
        "versioned_known_names",
        "title_name",
        "measured_quantities",
        "valued_measures",
        "measured_speed_ups",
        "named_measure_variants",
        "qualified_measures",
        "changed_quantities",
        "listed_criteria",
        "rated_criteria",
        "measure_lists",
        "reported_correlations",
        "head_compounds",
        "acronym_task_compounds",
        "described_techniques",
        "bare_technique_heads",
        "title_purposes",
        "title_means",
        "title_topics",
        "task_cued_names",
        "listed_tasks",
        "elided_known_names",
        "known_technique_heads",
        "called_names",
        "listed_with_names",
        "model_sizes",
        "capitalised_modifiers",
        "capitalised_networks",
        "coined_echoes",
        "shared_tasks",
        "quoted_task_names",
        "shared_task_names",
        "titled_data_names",
        "named_data_nouns",
        "released_variants",
        "elided_measures",
    )
]
