"""Who proposed a concept: only the paper that introduced it, not a later paper that reuses its name.

The extractor flags a concept as the paper's own contribution (`introduced`,
a PROPOSES edge) from the paper alone. Over a corpus two mistakes show:

- a paper's coined name folds like a famous concept's name ("TranSFormer:
  Slow-Fast Transformer" and "transformer", "ReCaLL" and "recall", "CoDEx"
  and "Codex", "CIDER" and "CIDEr"), so the resolver merges it into the
  famous concept and the paper reads as its proposer. When the proposer's
  title names its work with capitals the concept's name has not (`coined_spelling`),
  the paper's name is a concept of its own, keyed by `own_name_key` (merging
  leaves such keys apart);
- a paper flagged as introducing a concept that papers dated before it
  already use (`late_proposals`): at least `MIN_EARLIER` papers of earlier
  years, so the original paper re-dated (a journal version, a preprint cited
  the year before it appeared: one or two earlier papers) keeps its edge;
  one earlier paper is enough where the paper writes the concept only in
  words of the language (`is_descriptive`: "Meta-Reinforcement Learning for
  ..." in a title names the field's term, not a coinage);
- a paper long before a concept's other papers, none of them within
  `GAP_YEARS` (`namesake_proposals`): a namesake, not the origin;
- a paper that shares none of its other concepts with the papers that use a
  widely used concept (`foreign_proposals`): a namesake of any year (a 2023
  "GEMINI" for summary style beside the 2023 Gemini models).

>>> coined_spelling(["TranSFormer", "Transformer"], "transformer", "TranSFormer: Slow-Fast Transformer")
'TranSFormer'
>>> own_name_key("Method", "TranSFormer"), is_own_name_key("Method:transformer~TranSFormer")
('Method:transformer~TranSFormer', True)
"""

from __future__ import annotations

import re
from typing import Collection, Iterable, Iterator, Mapping

from paperkg.names import fold
from paperkg.resolve.names import concept_key

#: Marks a key made for a paper's own coined name that folds like another concept's name (a character
#: `paperkg.names.fold` never keeps, so no folded name holds it).
OWN_MARK = "~"
#: A paper does not propose a concept at least this many papers of earlier years already use.
MIN_EARLIER = 3
#: A descriptive name (words of the language, no coined capitals) is the field's term once one paper before
#: the proposer writes it: only a coined name's origin is re-dated by a year (a preprint, a journal version).
MIN_EARLIER_DESCRIPTIVE = 1
#: Nor one whose every other paper (at least MIN_EARLIER of them) comes this many years after it or more.
GAP_YEARS = 2
#: A concept with at least this many papers is widely used: its proposer must share its context ...
WIDE_USE = 10
#: ... when the proposer names at least this many other concepts (fewer say nothing of its topic).
MIN_CONTEXT = 2


def own_name_key(kind: str, spelling: str) -> str:
    """The key of a paper's own coined name: the folded key plus the spelling's letters, which keep its case."""
    return f"{concept_key(kind, spelling)}{OWN_MARK}{''.join(ch for ch in spelling if ch.isalnum())}"


def is_own_name_key(key: str) -> bool:
    """Whether `key` was made by `own_name_key` (merging by folded name must leave it apart)."""
    return OWN_MARK in key.split(":", 1)[-1]


def coined_spelling(written: Iterable[str], name: str, title: str) -> str | None:
    """The proposer's own name for a concept, when its title names its work by it ("ReCaLL: Membership
    Inference ...") and it folds like the concept's `name` but sets capitals inside a word that the name has
    not ("ReCaLL" of "recall", "CoDEx" of "Codex"), or small letters inside an acronym the name writes in
    capitals ("LASeR" of "LASER"); None otherwise. A capital that starts a word is title
    case ("Prefix-Tuning"), and the name in capitals is the name set in small capitals ("UNIFIEDQA" of
    "UnifiedQA"), not a coined name; a camel-cased term inside a title ("Variational AutoEncoder") names no work.

    >>> coined_spelling(["ReCaLL", "Relative Conditional Log-Likelihoods"], "recall", "ReCaLL: Membership Inference")
    'ReCaLL'
    >>> coined_spelling(["CoDEx"], "Codex", "CoDEx: A Knowledge Graph Benchmark")
    'CoDEx'
    >>> coined_spelling(["LASeR"], "LASER", "LASeR: Lightweight Search"), coined_spelling(["LLMs"], "LLM", "LLMs: A Survey")
    ('LASeR', None)
    >>> coined_spelling(["UNIFIEDQA"], "UnifiedQA", "UNIFIEDQA: Crossing Format Boundaries")
    >>> coined_spelling(["Prefix-Tuning", "prefix-tuning"], "prefix-tuning", "Prefix-Tuning: Continuous Prompts")
    >>> coined_spelling(["AutoEncoder"], "autoencoder", "Dialogue with a Variational AutoEncoder")
    """
    target = fold(name)
    for s in written:
        if fold(s) != target or s == name.upper():
            continue
        if not inner_capitals(s) - inner_capitals(name) and not (name.isupper() and _LOWER_INSIDE.search(s)):
            continue
        if re.match(r"\s*" + re.escape(s) + r"\s*[:–—]", title):
            return s
    return None


_LOWER_INSIDE = re.compile(r"[A-Z][a-z]+[A-Z]")  # "LASeR"; a plural "LLMs" has its small letter at the end


def inner_capitals(s: str) -> set[int]:
    """Positions (among letters) of the capitals inside a word: a capital after a letter. A word's first
    letter may be a capital in a title ("Prefix-Tuning" is "prefix-tuning"); "TranSFormer" sets two more.

    >>> sorted(inner_capitals("TranSFormer")), inner_capitals("Prefix-Tuning"), sorted(inner_capitals("CIDEr"))
    ([4, 5], set(), [1, 2, 3])
    """
    out, i, prev = set(), 0, ""
    for ch in s:
        if ch.isalpha():
            if ch.isupper() and prev.isalpha():
                out.add(i)
            i += 1
        prev = ch
    return out


_WORD = re.compile(r"^[A-Za-z]?[a-z]+$")
_INITIALISM = re.compile(r"^[A-Z]{2,6}s?$")


def is_descriptive(written: Iterable[str], title: str = "") -> bool:
    """Whether a paper writes a concept only in words of the language, a phrase of two or more lower-case
    or capitalised words ("Meta-Reinforcement Learning", "participatory design"), with at most the phrase's
    initialism ("Hierarchical Attention Networks (HAN)"), never as a coined name ("StateNet", "RollingLDA",
    a bare "LOLA", "Semi-Markov CRF"), and its title does not open with that initialism as the work's name
    ("FLM: Frob-Level Masking for ..." coins FLM).

    >>> is_descriptive(["Meta-Reinforcement Learning"]), is_descriptive(["Frob Attention Networks", "FAN"])
    (True, True)
    >>> is_descriptive(["FrobNet"]), is_descriptive(["ZORB"]), is_descriptive(["Semi-Markov CRF"]), is_descriptive([])
    (False, False, False, False)
    >>> is_descriptive(["Frob-Level Masking"], title="FLM: Frob-Level Masking for Transformers")
    False
    """
    forms = {w.strip(): [x for x in re.split(r"[\s-]+", w) if x] for w in written if w.strip()}
    phrases = [words for words in forms.values() if len(words) >= 2]
    if not phrases:
        return False
    initials = {"".join(x[0] for x in words).upper() for words in phrases}
    head = title.split(":", 1)[0].strip() if ":" in title else ""
    if head.upper() in initials:
        return False
    for w, words in forms.items():
        if len(words) == 1 and _INITIALISM.match(w):
            if w.rstrip("s") not in initials:
                return False
        elif not all(_WORD.match(x) for x in words):
            return False
    return True


def late_proposals(
    proposes: Iterable[tuple[str, str]],
    papers_of: Mapping[str, Iterable[str]],
    years: Mapping[str, float | None],
    min_earlier: int = MIN_EARLIER,
    descriptive: Collection[tuple[str, str]] = (),
) -> dict[tuple[str, str], int]:
    """{(paper id, concept key): papers of earlier years that mention the concept} of the PROPOSES edges with
    at least `min_earlier` of them, or `MIN_EARLIER_DESCRIPTIVE` for the edges in `descriptive` (whose
    proposer writes the concept only in words of the language: `is_descriptive`). A paper without a year,
    or papers without years, prove nothing.

    >>> years = {"p18": 2018, "a": 2015, "b": 2016, "c": 2017, "d": 2018, "q": None}
    >>> late_proposals([("p18", "Method:x"), ("q", "Method:x")], {"Method:x": ["p18", "a", "b", "c", "d", "q"]}, years)
    {('p18', 'Method:x'): 3}
    >>> late_proposals([("p18", "Method:x")], {"Method:x": ["p18", "a", "b", "d"]}, years)
    {}
    >>> late_proposals([("p18", "Method:x")], {"Method:x": ["p18", "a", "d"]}, years, descriptive={("p18", "Method:x")})
    {('p18', 'Method:x'): 1}
    """
    out = {}
    for pid, key, year, others in _dated(proposes, papers_of, years):
        earlier = sum(1 for y in others if y < year)
        if earlier >= (MIN_EARLIER_DESCRIPTIVE if (pid, key) in descriptive else min_earlier):
            out[(pid, key)] = earlier
    return out


def namesake_proposals(
    proposes: Iterable[tuple[str, str]],
    papers_of: Mapping[str, Iterable[str]],
    years: Mapping[str, int | None],
    min_later: int = MIN_EARLIER,
    gap: int = GAP_YEARS,
) -> dict[tuple[str, str], int]:
    """{(paper id, concept key): the first year another paper uses it} of the PROPOSES edges whose concept
    no other paper uses within `gap` years, while at least `min_later` do later: a 2021 "GEMINI" for
    summarisation and the 2023 Gemini models share a name, not a history. A concept the field takes up,
    even slowly, shows in the next year's papers. Undated papers prove nothing.

    >>> years = {"p21": 2021, "a": 2024, "b": 2024, "c": 2025, "d": 2022, "q": None}
    >>> namesake_proposals([("p21", "Model:g")], {"Model:g": ["p21", "a", "b", "c", "q"]}, years)
    {('p21', 'Model:g'): 2024}
    >>> namesake_proposals([("p21", "Model:g")], {"Model:g": ["p21", "a", "b", "c", "d"]}, years)
    {}
    """
    out = {}
    for pid, key, year, others in _dated(proposes, papers_of, years):
        if len(others) >= min_later and min(others) >= year + gap:
            out[(pid, key)] = int(min(others))
    return out


def foreign_proposals(
    proposes: Iterable[tuple[str, str]],
    papers_of: Mapping[str, Iterable[str]],
    concepts_of: Mapping[str, Iterable[str]],
    min_papers: int = WIDE_USE,
    min_context: int = MIN_CONTEXT,
) -> dict[tuple[str, str], int]:
    """{(paper id, concept key): the proposer's other concepts} of the PROPOSES edges to a concept at least
    `min_papers` papers mention whose proposer names at least `min_context` other concepts and shares none
    of them with any other paper of the concept. The origin of a concept the field took up shares its
    topic with the papers that use it (the BERT paper's GLUE and SQuAD); a paper whose coined name only
    folds like the concept's ("GEMINI: Controlling the Sentence-Level Summary Style", 2023, beside the
    Gemini models of the same year) shares nothing with them, whatever its year.

    >>> papers_of = {"Model:g": ["p", *"abcdefghij"]}
    >>> concepts_of = {"p": {"Model:g", "Task:summary-style", "Dataset:news"}, **{q: {"Model:g", "Model:gpt4"} for q in "abcdefghij"}}
    >>> foreign_proposals([("p", "Model:g")], papers_of, concepts_of)
    {('p', 'Model:g'): 2}
    >>> concepts_of["j"] = {"Model:g", "Dataset:news"}  # one user of the concept shares the proposer's data
    >>> foreign_proposals([("p", "Model:g")], papers_of, concepts_of)
    {}
    """
    out = {}
    for pid, key in proposes:
        others = [q for q in set(papers_of.get(key, ())) if q != pid]
        context = set(concepts_of.get(pid, ())) - {key}
        if len(others) + 1 < min_papers or len(context) < min_context:
            continue
        used_with = {c for q in others for c in concepts_of.get(q, ())}
        if not context & used_with:
            out[(pid, key)] = len(context)
    return out


#: The head noun of a title's description, when it says what kind of thing the paper presents: the last word
#: before the first preposition or "and" ("A Pretrained Unsupervised Summarization Model | with ...").
_TITLE_KIND = re.compile(
    r"(?:^|\s)(?:(?P<data>datasets?|corpus|corpora|benchmarks?|treebanks?|challenge|collection|resource)"
    r"|(?P<model>models?|networks?|frameworks?|methods?|approach|architectures?|toolkit|system))$",
    re.IGNORECASE,
)
_TITLE_PHRASE_END = re.compile(
    r"\s(?:for|of|with|in|on|from|to|using|via|by|and|that|towards?|through)\s", re.IGNORECASE
)


#: a title with no colon may set its name apart by a spaced dash ("FooWOZ - A Large-Scale ... Dataset")
_TITLE_DASH = re.compile(r"\s[-–—]\s+(?=[A-Z])")


def _title_head(title: str) -> tuple[str, str] | None:
    """(name part, description) of a "Name: description" or "Name - Description" title, else None.

    >>> _title_head("FooWOZ - A Large-Scale Dataset"), _title_head("Foo: bar"), _title_head("Foo-Bar Tagging")
    (('FooWOZ', 'A Large-Scale Dataset'), ('Foo', ' bar'), None)
    """
    head, sep, rest = (title or "").partition(":")
    if not sep:
        m = _TITLE_DASH.search(title or "")
        if m:
            head, sep, rest = title[: m.start()], m.group(), title[m.end() :]
    return (head, rest) if sep and head.strip() else None


def _title_names(head: str, spellings: Iterable[str]) -> bool:
    """Whether a run of words of `head` folds like one of `spellings`."""
    folded = {fold(s) for s in spellings if s}
    words = head.split()
    return any(fold(" ".join(words[i:j])) in folded for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def untitled_proposals(
    proposes: Iterable[tuple[str, str]],
    titles: Mapping[str, str],
    spellings: Mapping[str, Iterable[str]],
) -> dict[tuple[str, str], int]:
    """{(paper id, concept key): 0} of the PROPOSES edges to widely used concepts (the caller passes only
    those) whose proposer does not present the concept by name: the paper that made a concept the field took
    up names it before its title's colon ("BERT: Pre-training ...", "GLUE: A Multi-Task Benchmark ...");
    a paper that only works on it does not ("Part-of-Speech Tagging of Code Switching Data", "Marrying
    Universal Dependencies and Universal Morphology"). A title that names it but presents another kind of
    thing ("TED: A Pretrained Unsupervised Summarization Model" for the TED talks corpus, "CLIP: A Dataset
    for ..." for the CLIP model) is a namesake's too.

    >>> titles = {"p": "BERT: Pre-training of Deep Bidirectional Transformers", "q": "POS Tagging of Code Switching Data",
    ...           "t": "TED: A Pretrained Unsupervised Summarization Model"}
    >>> spellings = {"Model:bert": ["BERT"], "Method:cs": ["code-switching", "Code Switching"], "Dataset:ted": ["TED"]}
    >>> untitled_proposals([("p", "Model:bert"), ("q", "Method:cs"), ("t", "Dataset:ted")], titles, spellings)
    {('q', 'Method:cs'): 0, ('t', 'Dataset:ted'): 0}
    >>> untitled_proposals([("s", "Dataset:ss")], {"s": "StereoSet: Measuring bias in pretrained language models"},
    ...                    {"Dataset:ss": ["StereoSet"]})  # the models are what it measures, not what it presents
    {}
    """
    out = {}
    for pid, key in proposes:
        parts = _title_head(titles.get(pid) or "")
        if parts is None or not _title_names(parts[0], spellings.get(key, ())):
            out[(pid, key)] = 0
            continue
        m = _TITLE_KIND.search(_TITLE_PHRASE_END.split(parts[1].strip() + " ", 1)[0].strip())
        kind = key.split(":", 1)[0]
        if m and ((m.group("data") and kind in ("Model", "Method")) or (m.group("model") and kind == "Dataset")):
            out[(pid, key)] = 0
    return out


def _dated(
    proposes: Iterable[tuple[str, str]], papers_of: Mapping[str, Iterable[str]], years: Mapping[str, float | None]
) -> Iterator[tuple[str, str, float, list[float]]]:
    """(paper id, concept key, the paper's year, the years of the concept's other dated papers) of each PROPOSES
    edge whose paper has a year: an undated paper proves nothing either way."""
    for pid, key in proposes:
        year = years.get(pid)
        if year is not None:
            yield (
                pid,
                key,
                year,
                [y for q in set(papers_of.get(key, ())) if q != pid and (y := years.get(q)) is not None],
            )


__all__ = [
    "GAP_YEARS",
    "MIN_CONTEXT",
    "MIN_EARLIER",
    "MIN_EARLIER_DESCRIPTIVE",
    "OWN_MARK",
    "WIDE_USE",
    "coined_spelling",
    "foreign_proposals",
    "untitled_proposals",
    "inner_capitals",
    "is_descriptive",
    "is_own_name_key",
    "late_proposals",
    "namesake_proposals",
    "own_name_key",
]
