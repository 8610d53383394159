"""Which sense an undefined acronym means: decided per paper, from the concepts around it and the paper's year.

A paper that writes "CLIP" without defining it is stored on the sense-less
acronym concept (`Model:clip`, see resolve.ConceptResolver). The senses of
that acronym are the long-form concepts whose spellings hold it ("Common Lisp
Instrumentation Package", defined by a 1995 paper; "Contrastive
Language-Image Pre-training", defined by 2021 papers). Each paper on the
sense-less concept is scored against each sense:

- co-occurrence: the share (weighted by idf) of the paper's other concepts
  that the sense's own papers also mention;
- era: `1 / (1 + d / ERA_YEARS)` where `d` is the distance in years to the
  nearest paper of the sense (no year: no penalty).

The score is their product. The paper joins the best sense only if it is
clearly better: at least `MIN_SCORE`, and at least `MARGIN` times the second
sense. A paper that names no other concept carries no evidence; it joins the
only sense within `ERA_YEARS` of it, if there is exactly one. Otherwise the
mention is undecided. A paper that itself mentions one of the senses (it
defines the acronym) means that sense.

The undecided papers (often a paper naming few concepts) join the dominant
sense together: the one with at least `DOMINANCE` times the papers of the
next, if it holds the acronym (not only spells it), has at least
1/`DOMINANCE` as many papers as the undecided ones, and their median year
lies within `ERA_YEARS` of its papers' years (as a bare "SVM" joins
"support vector machines"; 67 bare "E2E" papers do not join a 3-paper
"End2End"). Otherwise they stay on
the sense-less acronym concept: two comparable senses (`SFT` supervised or
sparse fine-tuning) or a sense of another era (a 1995 "CLIP" package for
2021 papers) never take them by guess.

A short acronym (`SHORT_ACRONYM` letters) whose other holding senses have
at least 1/`DOMINANCE`² of the dominant sense's papers is contested ("DA":
data augmentation, domain adaptation, dialogue act, direct assessment). Its
undecided papers join the dominant sense only with evidence for it: no other
concept at all, or one typical of the sense (`LIFT`), or, when the field's
lexicons list the acronym for the sense (ASR for automatic speech
recognition, beside attack success rate's 113 papers), no concept typical of
another holding sense: the lexicon is the field's reading of the acronym, so
a speech paper writing "ASR transcripts" beside disfluency detection means
it, while a paper naming jailbreak concepts stays apart. Without the lexicon
the counts of a few papers are no field's reading ("QW" for six quiet-walking
and two quick-wrapping papers): a paper sharing nothing with the dominant
sense stays apart, on its own-name node. Field topics (resolve.topics) tag a
tenth of the corpus and are no such evidence. A sense's kind twin ("Task:x"
of "Method:x", merged after senses are assigned) is no rival. The type the extractor gave
the mention is no evidence (of 17 bare "ASR" papers typed Metric, 15 mean
speech recognition).

>>> concepts_of = {"lisp95": {"Method:lisp", "Method:debugging"}, "clip21": {"Model:cliplong", "Task:retrieval"},
...                "x22": {"Model:clip", "Task:retrieval"}, "y96": {"Model:clip", "Method:debugging"}}
>>> years = {"lisp95": 1995, "clip21": 2021, "x22": 2022, "y96": 1996}
>>> assign_senses({"Model:clip": ["x22", "y96"]}, {"Model:clip": ["Method:lisp", "Model:cliplong"]},
...               {"Method:lisp": ["lisp95"], "Model:cliplong": ["clip21"]}, concepts_of, years)
{('x22', 'Model:clip'): 'Model:cliplong', ('y96', 'Model:clip'): 'Method:lisp'}
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Callable, Iterable, Mapping, Sequence

from paperkg.model import TOPIC
from paperkg.names import fold
from paperkg.resolve.names import is_acronym as _is_acronym

#: The era scale: a sense ten years away from the paper keeps a third of its score.
ERA_YEARS = 5.0
#: A sense needs at least this score ...
MIN_SCORE = 0.2
#: ... and this many times the score of the second sense.
MARGIN = 2.0
#: The papers no score decided join a sense with this many times the papers of the next, in their era.
DOMINANCE = 2.0


#: Words an acronym may skip and a long form may add or swap ("Workshop on/of ...").
SMALL_WORDS = frozenset({"a", "an", "and", "by", "for", "from", "in", "of", "on", "the", "to", "with"})


def initials(long_form: str) -> set[str]:
    """The acronyms a long form spells by word initials: a hyphenated word gives the initials of all its parts or
    of its first part only ("Pre-training": PT or P), small words count or not. A part that is itself an
    acronym is kept whole (`_initial`): "COVID-Twitter-BERT" spells CTBERT, not CTB (the Chinese Treebank).

    >>> sorted(initials("Long Short-Term Memory"))
    ['lsm', 'lstm']
    >>> "clip" in initials("Contrastive Language-Image Pre-training") and "sota" in initials("state of the art")
    True
    >>> sorted(initials("COVID-Twitter-BERT")), "mbert" in initials("Multilingual BERT")
    (['covidtbert'], True)

    A number is kept whole too: "SMM4H Shared Task 2019" spells no "SST2" (SST-2, the sentiment treebank),
    "Generative Pre-trained Transformer 2" still spells GPT2.

    >>> "sst2" in initials("SMM4H Shared Task 2019"), "gpt2" in initials("Generative Pre-trained Transformer 2")
    (False, True)
    """
    words = [w for w in re.split(r"[\s/]+", long_form.strip()) if w]
    if not words or len(words) > 12 or not all(w[0].isalnum() for w in words):
        return set()
    out = set()
    for kept in (words, [w for w in words if w.lower() not in SMALL_WORDS]):
        options = [{"".join(_initial(p) for p in w.split("-") if p), *_first_letter(w)} for w in kept]
        spelled = {""}
        for opts in options:
            spelled = {s + o for s in spelled for o in opts}
        out |= {s.lower() for s in spelled if len(s) >= 2}
    return out


def _initial(word: str) -> str:
    """What a word gives an acronym: its first letter, or the whole word when it is an acronym itself ("BERT")
    or a number ("2019": a year gives no "2")."""
    letters = [ch for ch in word if ch.isalpha()]
    return word if word.isdigit() or (len(letters) >= 2 and all(ch.isupper() for ch in letters)) else word[0]


def _first_letter(word: str) -> tuple[str, ...]:
    """A word's first letter as the whole of what it gives ("Pre-training": P), none when it opens with a
    number ("2019", "2019-Automatic"): the number is kept whole (`_initial`)."""
    first = word.split("-")[0]
    return () if first.isdigit() and len(first) > 1 else (word[0],)


def fits_case(acronym: str, long_form: str) -> bool:
    """Whether an acronym written in mixed case can shorten `long_form` as written: each capital (or digit) starts
    a word or is a capital inside one, and each small letter continues its word or starts a small word ("of").

    The case of "PaLM" says the "a" belongs to the word of the "P" (Pathways Language Model), so it is not the
    initials of "Program-Aided Language Models"; "ReAct" is not "REsponsive ... Across ConTexts". An acronym in
    capitals only ("PALM", "REACT") says nothing about its words: it fits.

    >>> fits_case("PaLM", "Pathways Language Model"), fits_case("PaLM", "Program-Aided Language Models")
    (True, False)
    >>> fits_case("MoE", "Mixture-of-Experts"), fits_case("ViTs", "Vision Transformers"), fits_case("ReAct", "reasoning and acting")
    (True, True, True)
    >>> fits_case("ReAct", "REsponsive hate speech datasets Across ConTexts"), fits_case("REACT", "anything at all")
    (False, True)
    """
    short = "".join(ch for ch in acronym if ch.isalnum())
    if short.endswith("s") and len(short) > 2:
        short = short[:-1]
    if not any(ch.islower() for ch in short[1:]):
        return True
    units = [u for u in re.split(r"[\s/–-]+", long_form) if u]

    def match(i: int, j: int, k: int) -> bool:
        """Acronym from letter i on, the current word j read up to k (j = -1: none yet)."""
        if i == len(short):
            return True
        ch = short[i]
        if ch.islower() and i > 0:
            word = units[j] if j >= 0 else ""
            if k < len(word) and word[k].lower() == ch and match(i + 1, j, k + 1):
                return True
            nxt = j + 1
            return (
                nxt < len(units)
                and units[nxt].lower() in SMALL_WORDS
                and units[nxt][0].lower() == ch
                and match(i + 1, nxt, 1)
            )
        if j >= 0:  # a capital inside the current word ("REsponsive", "LSTM")
            word = units[j]
            for pos in range(k, len(word)):
                if word[pos] == ch.upper() and word[pos].isupper() and match(i + 1, j, pos + 1):
                    return True
        return any(units[n][0].lower() == ch.lower() and match(i + 1, n, 1) for n in range(j + 1, len(units)))

    return match(0, -1, 0)


#: A concept at least this many papers mention is a field term, whose name papers reuse in their own titles.
FIELD_TERM = 10


def foreign_acronyms(concepts: Iterable[Mapping], known: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    """{key: acronym aliases that name another thing} of the field terms among `concepts` (rows
    {key, name, kind, aliases, paper_count}; `known`: the lexicons' {folded long form: folded acronyms}).

    A paper that calls its method "DAGA: Data Augmentation with a Generation Approach" gives the
    extractor "data augmentation (DAGA)". Candidates: an acronym that is none of the term's initials
    and that no lexicon pairs with it; which papers named their own work so is `own_title_acronym`.

    >>> rows = [{"key": "Method:da", "name": "data augmentation", "kind": "Method", "paper_count": 900,
    ...          "aliases": ["DA", "DAGA", "Data Augmentation"]},
    ...         {"key": "Task:zsl", "name": "zero-shot learning", "kind": "Task", "paper_count": 90,
    ...          "aliases": ["ZSL", "ZEST", "ActiveZL"]},
    ...         {"key": "Method:lstm", "name": "long short-term memory", "kind": "Method", "paper_count": 500,
    ...          "aliases": ["LSTM", "LSTMs"]}]
    >>> foreign_acronyms(rows, {})
    {'Method:da': ['DAGA'], 'Task:zsl': ['ZEST', 'ActiveZL']}
    """
    return _unspelled_aliases(concepts, known, _coined)


def own_acronyms(concepts: Iterable[Mapping], known: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    """{key: acronym aliases that may be one paper's own shorthand} of the field terms among `concepts`.

    "DistilBERT (DB)", "summarization (SUM)": an acronym that is neither the term itself in capitals nor
    its initials, nor paired with it by the lexicons (`known`). Kept as an alias of the field's concept, a
    paper's shorthand would draw other papers' "DB" (a database) to it; which ones only one paper writes
    is read from the texts (refresh.drop_own_acronyms).

    >>> rows = [{"key": "Model:distilbert", "name": "DistilBERT", "kind": "Model", "paper_count": 70,
    ...          "aliases": ["DB", "DISTILBERT", "Distil-BERT"]},
    ...         {"key": "Task:sum", "name": "summarization", "kind": "Task", "paper_count": 900,
    ...          "aliases": ["SUM", "Text Summarization", "TS"]}]
    >>> own_acronyms(rows, {})
    {'Model:distilbert': ['DB'], 'Task:sum': ['SUM']}
    """
    return _unspelled_aliases(concepts, known, _is_acronym)


def _unspelled_aliases(
    concepts: Iterable[Mapping], known: Mapping[str, Iterable[str]], is_short: Callable[[str], bool]
) -> dict[str, list[str]]:
    """{key: short aliases (`is_short`) a field term's other spellings do not spell}: neither the term in
    capitals ("TRANSFORMER"), nor its initials, nor an acronym the lexicons pair with it (`known`)."""
    out = {}
    for c in concepts:
        name = c.get("name") or ""
        if int(c.get("paper_count") or 0) < FIELD_TERM or not name or is_short(name):
            continue
        spellings = [s for s in (name, *(c.get("aliases") or [])) if s]
        longs = [s for s in spellings if not is_short(s)]
        spelled = set().union(*(initials(s) for s in longs), *(set(known.get(fold(s), ())) for s in longs))
        spelled |= {fold(s) for s in longs}
        unspelled = [a for a in spellings if is_short(a) and fold(a) not in spelled]
        if unspelled:
            out[c["key"]] = unspelled
    return out


def _coined(name: str) -> bool:
    """One word with a capital after its first letter: an acronym ("DAGA") or a coined name ("ActiveEA")."""
    return _is_acronym(name) or (" " not in name and sum(ch.isupper() for ch in name[1:]) >= 1 and len(name) <= 16)


def own_title_acronym(acronym: str, term_spellings: Iterable[str], title: str) -> bool:
    """Whether `title` names the paper's own work `acronym` with a phrase that starts with the term and goes on:
    "DAGA: Data Augmentation with a Generation Approach" names DAGA, not "data augmentation".

    >>> own_title_acronym("DAGA", ["data augmentation"], "DAGA: Data Augmentation with a Generation Approach")
    True
    >>> own_title_acronym("PPL", ["perplexity"], "Perplexity of long contexts"), own_title_acronym(
    ...     "DA", ["data augmentation"], "DA: Data Augmentation")
    (False, False)
    """
    m = re.match(r"\s*" + re.escape(acronym) + r"\s*[:–—-]\s*(?P<rest>.+)", title or "")
    if not m:
        return False
    rest = fold(m.group("rest"))
    return any(rest.startswith(t) and len(rest) > len(t) for t in {fold(s) for s in term_spellings} if t)


def _era(year: int | None, sense_years: Sequence[int]) -> float:
    if year is None or not sense_years:
        return 1.0
    return 1.0 / (1.0 + min(abs(year - y) for y in sense_years) / ERA_YEARS)


def _near(year: int | None, sense_years: Sequence[int]) -> bool:
    return year is None or not sense_years or min(abs(year - y) for y in sense_years) <= ERA_YEARS


#: An acronym of at most this many letters and digits is short: many things share it (MSR, DA, SDS).
SHORT_ACRONYM = 3


def attested_senses(
    defines: Mapping[str, Iterable[str]],
    writers: Mapping[tuple[str, str], int],
    names: Mapping[str, str],
    bare_counts: Mapping[str, int],
    listed: Iterable[tuple[str, str]] = (),
) -> dict[str, list[str]]:
    """`defines` without the senses of a short acronym that its papers leave undefined more than `DOMINANCE`
    times as often as a sense's papers write it for the sense.

    A short acronym names many things: "MSR" is Microsoft Research ("MSR BiomedBERT", "the MSR RTE corpus") in
    six papers that never define it, and multi-step reasoning in the one paper that writes "multi-step
    reasoning (MSR)"; "AS" is the Academia Sinica corpus, never written for summarization. A sense the corpus
    abbreviates so that rarely is no shorthand a reader would take an undefined acronym for: it does not take
    the papers no score decided together (`_leftovers`); those whose own concepts match it still join it.
    `writers`: {(bare key, sense): papers of the sense writing the bare acronym beside another spelling};
    `names`: {bare key: the acronym}; `bare_counts`: {bare key: its papers}; `listed`: the (bare key, sense)
    pairs the lexicons list (general knowledge: ViT for vision transformer). Longer acronyms keep every sense.

    >>> attested_senses({"Task:msr": ["Task:msreason"], "Method:svm": ["Method:svmlong"], "Model:clip": ["Model:c"],
    ...                  "Method:vit": ["Method:vt"]},
    ...                 {("Task:msr", "Task:msreason"): 1, ("Method:svm", "Method:svmlong"): 40},
    ...                 {"Task:msr": "MSR", "Method:svm": "SVM", "Model:clip": "CLIP", "Method:vit": "ViT"},
    ...                 {"Task:msr": 6, "Method:svm": 60, "Model:clip": 90, "Method:vit": 9},
    ...                 {("Method:vit", "Method:vt")})
    {'Task:msr': [], 'Method:svm': ['Method:svmlong'], 'Model:clip': ['Model:c'], 'Method:vit': ['Method:vt']}
    """
    known = set(listed)

    def attested(b: str, s: str) -> bool:
        return DOMINANCE * writers.get((b, s), 0) >= bare_counts.get(b, 0) or (b, s) in known

    return {b: [s for s in ss if not is_short(names.get(b) or "") or attested(b, s)] for b, ss in defines.items()}


def names_own_work(acronym: str, text: str) -> bool:
    """Whether `text` gives the acronym to the paper's own work: "we propose SDS, a Sparse-Dense-Sparse pruning
    framework", "we present TST, a ... Text Simplification system", "a model called ZSP", "a dataset called RF
    collection". The paper coins the name there, so it means none of another paper's senses (as a title does,
    refresh._titled_by).

    >>> names_own_work("MHA", "In this paper, we propose MHA, which addresses both problems")
    True
    >>> names_own_work("ZSP", "an NLI-based model called ZSP."), names_own_work("DA", "we propose DA methods")
    (True, False)
    >>> names_own_work("ICL", "We study ICL, which is popular"), names_own_work("RF", "We propose RF.")
    (False, True)
    """
    a = re.escape(acronym)
    coined = rf"\b(?:called|named|dubbed|termed)\s+{a}s?(?![\w-])"
    proposed = rf"\b(?i:propose|present|introduce)\s+{a}(?=\s*[,.:;(]|\s*$)"
    return bool(re.search(coined, text) or re.search(proposed, text))


#: A verb by which a paper presents its own work ("we propose", "this paper introduces", "we built").
_OWN_VERB = r"(?:propos|present|introduc|design|construct|buil[dt]|develop|creat|releas|curat|collect)\w*"


def coins_acronym(acronym: str, text: str) -> bool:
    """Whether a paper (its title, a blank line, its abstract) gives the acronym to its own work: its title
    names the work by it ("ZLA: Aligning ..."), `names_own_work` ("we propose ZLA, a ..."), or a sentence
    that presents the paper's work defines it ("we propose a novel Zorb Lattice Aligner (ZLA) graph").
    A paper that defines an acronym it uses ("we apply latent semantic analysis (LSA)") coins nothing.

    >>> coins_acronym("ZLA", "ZLA: Zorb Lattice Aligners\\n\\nAbstract.")
    True
    >>> coins_acronym("ZLA", "Title\\n\\nWe propose a novel Zorb Lattice Aligner (ZLA) graph for parsing.")
    True
    >>> coins_acronym("ZLA", "Title\\n\\nWe apply the Zorb Lattice Aligner (ZLA). We propose a new loss.")
    False
    """
    title, _, body = text.partition("\n\n")
    a = re.escape(acronym)
    if re.match(rf"\s*{a}s?\s*[:–—]", title) or names_own_work(acronym, text):
        return True
    for sentence in re.split(r"(?<=[.!?])\s+", body):
        m = re.search(rf"\(\s*{a}s?\s*\)", sentence)
        if m and re.search(
            rf"\b(?:we|our|this (?:paper|work|study))\b[^.]*?\b{_OWN_VERB}\b", sentence[: m.start()], re.I
        ):
            return True
    return False


def is_short(acronym: str) -> bool:
    """Whether an acronym has at most `SHORT_ACRONYM` letters and digits, a plural "s" aside.

    >>> is_short("MSR"), is_short("SDSs"), is_short("LSTM"), is_short("")
    (True, True, False, False)
    """
    core = re.sub(r"(?<=[A-Z])s$", "", acronym)
    return 0 < sum(ch.isalnum() for ch in core) <= SHORT_ACRONYM


def assign_senses(
    bare_papers: Mapping[str, Iterable[str]],
    senses: Mapping[str, Sequence[str]],
    papers_of: Mapping[str, Iterable[str]],
    concepts_of: Mapping[str, set[str]],
    years: Mapping[str, int | None],
    document_frequency: Mapping[str, int] | None = None,
    n_papers: int | None = None,
    defines: Mapping[str, Iterable[str]] | None = None,
    written: Mapping[tuple[str, str], set[str]] | None = None,
    short: Iterable[str] = (),
    listed: Iterable[tuple[str, str]] = (),
    coined: Mapping[str, Iterable[str]] | None = None,
) -> dict[tuple[str, str], str]:
    """{(paper id, sense-less acronym key): sense key} for the mentions that clearly mean one sense.

    `bare_papers`: papers on each sense-less acronym concept; `senses`: its
    candidate senses; `papers_of`: papers of each sense; `concepts_of`: the
    concept keys each of those papers mentions; `years`: publication years;
    `defines`: the senses that hold the acronym itself (default: all), the
    only ones undecided papers may join together; `written`: {(paper, bare
    key): the senses its text spells out (`written_senses`), the bare key itself
    for a phrase no sense names}: a paper that writes one sense means it, one
    that writes its own phrase or two senses means none by guess; `short`: the
    bare keys of short acronyms (`is_short`), whose undecided papers join the
    dominant sense only with some evidence for it when other senses hold the
    acronym too (`_leftovers`, `_contested`, `_contested_sense`); `listed`: the
    (bare key, sense) pairs the field's lexicons list (ASR for automatic speech
    recognition): for such a dominant sense the lexicon is the evidence, and only
    a paper whose concepts are typical of another sense that holds the acronym
    stays apart. A paper kept apart (its own phrase, or a short acronym with no
    evidence) is mapped to the bare key itself: the caller keeps it off every sense.

    `coined`: {sense of fewer than `FIELD_TERM` papers: its papers that coin the
    acronym for their own work ("we propose the Zorb Lattice Aligner (ZLA)",
    `coins_acronym`)}. A paper's name for its own work is the field's reading of
    the acronym only once the field takes it up. A paper writing it bare joins
    such a sense by a concept typical of it that is no field topic (a field topic
    tags a tenth of the corpus), never by era alone, and never when dated over a
    year before the sense's first paper (it cannot mean a work not yet written).
    The undecided papers join it as leftovers only when some paper beyond its
    coiners means it (one scored now, or one on it already); otherwise they stay
    on the bare acronym. Eight instruction-tuning papers writing "FLAN" share
    only the topic "large language models" with the patent paper that named its
    "Fine-grained cLAim depeNdency (FLAN) Graph".

    A paper joins the sense it scores best only if it names a concept typical
    of the sense: for a sense of `FIELD_TERM` papers or more, one its papers
    mention `LIFT` times as often as the others do (`_profile`). The union of
    a thousand papers' concepts ("data augmentation") holds every common
    concept, and would draw to the big sense any paper that names one (a WMT
    paper's "DA" scores).
    """
    df = document_frequency or {}
    total = n_papers or max(1, len(concepts_of))
    said = written or {}
    shorts = set(short)
    field = set(listed)
    coiners = {s: set(ps) for s, ps in (coined or {}).items()}
    own_work = set(coiners)

    def idf(key: str) -> float:
        return math.log(1 + total / max(1, df.get(key, 1)))

    out: dict[tuple[str, str], str] = {}
    for bare, papers in sorted(bare_papers.items()):
        cands = [s for s in senses.get(bare, ()) if s != bare]
        if not cands:
            continue
        members = {s: sorted(set(papers_of.get(s, ()))) for s in cands}
        ignore = {bare, *cands}
        profile = {s: set().union(*(concepts_of.get(p, set()) for p in members[s])) - ignore for s in cands}
        typical = {}
        for s in cands:
            mine = _profile(members[s], papers, concepts_of, df, total) if len(members[s]) >= FIELD_TERM else profile[s]
            typical[s] = mine - ignore
        sense_years = {s: sorted({y for p in members[s] if (y := years.get(p)) is not None}) for s in cands}
        withheld: set[str] = set()
        scored: set[str] = set()  # the papers their concepts put on a coined sense
        support: dict[str, set[str]] = {}  # paper -> the senses its context has a typical concept of
        evidence: dict[str, set[str]] = {}  # the same, field topics aside
        for paper in sorted(set(papers)):
            own = concepts_of.get(paper, set())
            defined = [s for s in cands if s in own]
            if len(defined) == 1:
                out[(paper, bare)] = defined[0]
                continue
            spelt = said.get((paper, bare), set())
            if spelt:
                if spelt == {bare} or (len(spelt) == 1 and spelt <= set(cands)):
                    out[(paper, bare)] = next(iter(spelt))  # the sense it writes out, or apart (its own phrase)
                withheld.add(paper)  # two senses written: no guess
                continue
            context = own - ignore
            year = years.get(paper)
            if not context:
                near = [s for s in cands if _near(year, sense_years[s])]
                if len(near) == 1 and near[0] not in own_work:
                    out[(paper, bare)] = near[0]
                continue
            weight = sum(idf(c) for c in context)
            support[paper] = {s for s in cands if context & typical[s]}
            # a field topic tags a tenth of the corpus: no evidence that settles a contested acronym
            evidence[paper] = {s for s in cands if {c for c in context & typical[s] if not c.startswith(TOPIC_PREFIX)}}
            scores = sorted(
                ((sum(idf(c) for c in context & profile[s]) / weight * _era(year, sense_years[s]), s) for s in cands),
                reverse=True,
            )
            best, sense = scores[0]
            second = scores[1][0] if len(scores) > 1 else 0.0
            backed = evidence[paper] if sense in own_work else support[paper]
            if best >= MIN_SCORE and best >= MARGIN * second and sense in backed:
                out[(paper, bare)] = sense
                if sense in own_work:
                    scored.add(paper)
        held = set(cands) if defines is None else set(defines.get(bare, ())) & set(cands)
        for paper in sorted(scored):
            if _before(years.get(paper), sense_years[out[(paper, bare)]]):
                out[(paper, bare)] = bare  # dated over a year before the paper that coined it: not that work
                scored.discard(paper)
        left = [p for p in sorted(set(papers)) if p not in withheld]
        joined = _leftovers(bare, left, cands, members, sense_years, years, out, held)
        joined = {
            pk: bare if s in own_work and _before(years.get(pk[0]), sense_years[s]) else s for pk, s in joined.items()
        }
        taken_up = any(set(members.get(s, ())) - coiners[s] for s in held & own_work)  # papers beyond its coiners
        if not scored and not taken_up:
            # no paper writing the acronym bare shares a concept (no field topic) with a coined sense: the
            # undecided papers do not join it together (refresh.names keeps the two names apart too)
            joined = {pk: s for pk, s in joined.items() if s not in own_work}
        if bare in shorts and _contested(joined, held, members):
            # a short acronym that names several things: a paper with no evidence for the sense stays apart
            joined = {
                pk: _contested_sense(s, evidence.get(pk[0]), held, (bare, s) in field, bare) for pk, s in joined.items()
            }
        out.update(joined)
    return out


def _before(year: int | None, sense_years: Sequence[int]) -> bool:
    """Whether a paper is dated over a year before every paper of a sense (a preprint may be cited a year early)."""
    return year is not None and bool(sense_years) and year < sense_years[0] - 1


def _contested(joined: Mapping[tuple[str, str], str], held: set[str], members: Mapping[str, list[str]]) -> bool:
    """Whether the senses that hold the acronym besides the one the undecided papers join have at least
    1/`DOMINANCE`² of its papers together: "DA" is data augmentation, domain adaptation, dialogue act and
    direct assessment, each written so by many papers; "NER" is named entity recognition all but always."""
    top = next(iter(joined.values()), None)
    if top is None:
        return False
    others = sum(len(members.get(s, ())) for s in held - _kind_twins(top, held))
    return DOMINANCE * DOMINANCE * others >= len(members.get(top, ()))


def _kind_twins(sense: str, keys: Iterable[str]) -> set[str]:
    """`sense` and the keys of its name typed otherwise ("Task:x" of "Method:x"): one sense, which merging
    makes one concept after the senses are assigned, so never its own rival.

    >>> sorted(_kind_twins("Method:dpr", ["Task:dpr", "Method:dprx", "Method:dpr"]))
    ['Method:dpr', 'Task:dpr']
    """
    name = sense.split(":", 1)[-1]
    return {sense, *(k for k in keys if k.split(":", 1)[-1] == name)}


def _contested_sense(top: str, support: set[str] | None, held: set[str], listed: bool, bare: str) -> str:
    """Where an undecided paper of a contested short acronym goes: the dominant sense `top` when it names no
    other concept (`support` None), or one typical of `top`, or, when the lexicons list the acronym for `top`
    (`listed`: the field's reading of it, as ASR is automatic speech recognition), none typical of another
    sense that holds it (`held`); else apart (`bare`). Without the lexicon, the counts of a few papers are no
    field's reading: "QW" written for quiet walking by six papers and quick wrapping by two names neither for
    a paper that shares nothing with them.

    >>> held = {"T:speech", "M:attack"}
    >>> [_contested_sense("T:speech", s, held, True, "T:asr") for s in (None, {"T:speech"}, set(), {"M:attack"})]
    ['T:speech', 'T:speech', 'T:speech', 'T:asr']
    >>> _contested_sense("T:quiet", set(), {"T:quiet", "T:quick"}, False, "M:qw")
    'M:qw'
    >>> _contested_sense("M:dense", {"T:dense"}, {"M:dense", "T:dense", "M:other"}, False, "M:dpr")  # a kind twin
    'M:dense'
    """
    twins = _kind_twins(top, held)
    if support is None or support & twins:
        return top
    return top if listed and not support & (held - twins) else bare


TOPIC_PREFIX = f"{TOPIC}:"

#: A concept is typical of a sense when the sense's papers mention it at least this many times as often as the others.
LIFT = 2.0


def _profile(
    members: Sequence[str],
    users: Iterable[str],
    concepts_of: Mapping[str, set[str]],
    df: Mapping[str, int],
    total: int,
) -> set[str]:
    """The concepts the papers of a sense mention at least `LIFT` times as often as the papers outside it and
    outside the acronym's undefined `users` (who may mean the sense, so they would dilute its own concepts)."""
    counts: dict[str, int] = {}
    for p in members:
        for c in concepts_of.get(p, set()):
            counts[c] = counts.get(c, 0) + 1
    inside = set(members)
    used: dict[str, int] = {}
    outsiders = [p for p in set(users) if p not in inside]
    for p in outsiders:
        for c in concepts_of.get(p, set()):
            used[c] = used.get(c, 0) + 1
    n = max(1, len(members))
    rest = max(1, total - len(members) - len(outsiders))
    return {c for c, k in counts.items() if k / n >= LIFT * max(0, df.get(c, k) - k - used.get(c, 0)) / rest}


def written_senses(
    acronym: str, text: str, spellings: Mapping[str, Iterable[str]], own_key: str, word: bool = True
) -> set[str]:
    """The senses whose long-form spellings (`spellings`: {sense key: spellings}) a paper's text writes out,
    or {`own_key`} when it writes none but a capitalised phrase that spells the acronym in its abstract (the
    text after the title's blank line), of three letters at least: two capitalised words spell some two-letter
    acronym in many a sentence.

    A paper that leaves "TQA" undefined by the extractor may still write "Textbook Question Answering is a
    complex task"; one that writes "Imperial College London's submissions" and "ICL" means the college, no
    learning method. Either way its text, not the concepts of bigger senses, says what it means.

    >>> sp = {"D:trivia": ["TriviaQA"], "T:textbook": ["textbook question answering"]}
    >>> written_senses("TQA", "Textbook Question Answering is hard. All TQA types.", sp, "D:tqa")
    {'T:textbook'}
    >>> written_senses("ICL", "ICL at WMT\\n\\nWe present Imperial College London's system.", {"M:icl": ["in-context learning"]}, "M:icl0")
    {'M:icl0'}
    >>> written_senses("EDA", "Effectiveness of Data Augmentation\\n\\nWe apply EDA.", {"M:e": ["easy data augmentation"]}, "M:e0")
    set()
    >>> written_senses("DA", "Different Approaches to DA in WMT", {"M:da": ["data augmentation"]}, "M:da0")
    set()
    >>> written_senses("DA", "the DA scores of WMT", {"M:da": ["data augmentation"]}, "M:da0")
    set()
    >>> written_senses("NMT", "kNN\\n\\nWe study k-Nearest-Neighbor Machine Translation.", {"T:n": ["neural MT"]}, "T:n0")
    set()

    A paper that never writes an all-capital acronym in capitals, but writes the word in another case where
    the case is its own ("a gain on Zorp Accuracy", "our Zorp and Create tool"), names a word or its own
    tool, not the acronym (`other_case_only`):

    >>> written_senses("ZORP", "Z\\n\\nWe gain 4% on Zorp Accuracy.", {"M:z": ["Zonal Ordered Retrieval Pretraining"]}, "M:z0")
    {'M:z0'}

    `word`: whether the acronym's letters are a word the field also writes in lower case ("clip", "age"); a
    name it never writes so ("Bert") is the acronym capitalised, also inside a run of capitalised words
    ("Bert for Token Classification", "a pretrained Chinese Bert"): `other_case_only`.
    """
    target = fold(acronym)
    found = set()
    for sense, names in spellings.items():
        if any(target in initials(n) and _writes(text, n) for n in names if not _is_acronym(n)):
            found.add(sense)
    if found:
        return found
    if other_case_only(acronym, text, word):
        return {own_key}
    if phrase := own_definition(acronym, text):
        words = re.split(r"[\s\-‐–]+", " ".join(phrase))
        near = {
            k for k, names in spellings.items() if any(_near_phrase(words, n) or _same_words(words, n) for n in names)
        }
        return near or {own_key}
    if len(target) < 3:
        return set()
    body = text.split("\n\n", 1)[-1]  # a title capitalises every word: "Effectiveness of Data Augmentation" is no EDA
    for run in _TITLE_RUN.finditer(body):
        words = run.group(0).split()
        after = body[run.end() :]
        if _defines_longer(target, after) and not _compound(target, after, words):
            continue  # the run is another acronym's long form ("Bias Elimination with Refined Training, or MOBERT")
        defined = _defined_after(after)
        if defined and target not in defined:
            continue  # it defines another acronym ("Conditioned Language-Image Pre-training (ConLIP)" is no CLIP)
        spelling = []
        for i in range(len(words)):
            # one word of three parts spells on its own ("Text-Of-Interest (TOI) Networks")
            first = i + 1 if len([p for p in words[i].split("-") if p]) >= 3 else i + 2
            for j in range(first, min(len(words), i + len(target) + 3) + 1):
                if words[i].lower() in SMALL_WORDS or words[j - 1].lower() in SMALL_WORDS:
                    continue
                if any(fold(w).startswith(target) for w in words[i:j]):
                    continue  # the acronym itself ("ICL's Submission")
                if _names_parts(words[i:j]) and fold(defined) != target:
                    continue  # names, not words: "CNN and LSTM" (a CNN-LSTM), "Malay BERT" beside mBERT
                if target in initials(" ".join(words[i:j])):
                    spelling.append(words[i:j])
        if spelling:
            # "Convolution Neural Network" is the sense, misspelt; "Generative Pre-trained Transformer" the sense
            # written with a hyphen, though its first words alone ("Generative Pre-trained") spell GPT too
            near = {k for k, names in spellings.items() for ws in spelling if any(_near_phrase(ws, n) for n in names)}
            return near or {own_key}
    return set()


def _names_parts(words: Sequence[str]) -> bool:
    """Whether a run of words takes letters from an acronym of its own, a word or hyphen part of two capitals
    or more ("CNN and LSTM", "Malay BERT", "Zero-Shot ZLA"): it lists or qualifies names, it spells out no
    long form, unless the paper defines the acronym by it ("Chinese BERT (CBERT)").

    >>> _names_parts(["CNN", "and", "LSTM"]), _names_parts(["Malay", "BERT"]), _names_parts(["Pre-trained", "Transformer"])
    (True, True, False)
    """
    return any(len(p) >= 2 and p.isupper() for w in words for p in w.split("-"))


def own_definition(acronym: str, text: str) -> list[str]:
    """The words a paper defines `acronym` by, in any case, right before it in brackets ("offline
    speech-to-text translation (ST)", "simultaneous speech-to-text translation (SST)"), or [] when it
    defines none: the shortest run of words ending before the bracket whose initials spell it, from a
    word that is no small word. A paper that spells the acronym out so means that, whatever bigger senses
    other papers give it (issue 15 item 3: "ST" defined as speech translation is no "SST" treebank), even
    for two letters, which a capitalised run alone does not decide (`written_senses`).

    >>> own_definition("ST", "We build offline speech-to-text translation (ST) models.")
    ['speech-to-text', 'translation']
    >>> own_definition("SST", "for simultaneous speech-to-text translation (SST), we ...")
    ['simultaneous', 'speech-to-text', 'translation']
    >>> own_definition("ST", "results on the stress test (ST, Naik et al.)"), own_definition("ST", "We use ST data.")
    (['stress', 'test'], [])
    >>> own_definition("SST", "on the new benchmark (SST) we")
    []
    """
    target = fold(acronym)
    a = re.escape(acronym)
    for m in re.finditer(rf"\(\s*{a}s?\s*[),;]", text):
        words = re.findall(r"[\w][\w'’‐–-]*", text[max(0, m.start() - 200) : m.start()])
        for i in range(len(words) - 1, max(-1, len(words) - len(target) - 4), -1):
            run = words[i:]
            if run[0].lower() in SMALL_WORDS:
                continue
            if target in initials(" ".join(run)):
                # an acronym inside ("KB question answering (KBQA)") stands for words this cannot compare
                return [] if any(len(w) > 1 and w.isupper() for w in run) else run
    return []


def _same_words(words: Sequence[str], spelling: str) -> bool:
    """Whether `words` are `spelling`'s content words up to hyphens and plurals ("Part-of-Speech" and "parts of
    speech", "Generative pre-trained Transformer" and "generative pretrained transformer").

    >>> _same_words(["Part", "of", "Speech"], "parts-of-speech"), _same_words(["pre", "trained", "nets"], "pretrained net")
    (True, True)
    >>> _same_words(["valence", "arousal", "and", "dominance"], "voice activity detection")
    False
    """

    def letters(ws: Iterable[str]) -> str:
        return "".join(w.lower().rstrip("s") for w in ws if w and w.lower() not in SMALL_WORDS)

    return letters(words) == letters(re.split(r"[\s\-‐–]+", spelling))


#: Where capitals are forced: the text's start or a sentence's (after ". ", "! ", "? ", ": " or a line break).
_FORCED_CASE = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")


def other_case_only(acronym: str, text: str, word: bool = True) -> bool:
    """Whether a paper writes an all-capital acronym of three letters or more ("CLIP") nowhere in capitals,
    its title included, but in another case where the case is the writer's: in the abstract (after the
    title's blank line), not at a sentence start; a capitalised word ("Clip") only inside a run of
    capitalised words (`_in_capitalised_run`), where the capital is the run's. The field writes an acronym
    in capitals; a paper writing only "Clip Accuracy" or "MSL Clip and Create" names a word (a video clip)
    or its own tool, one writing "MaRCo" or "CLaP" its own coinage, while "Clip" at a sentence start or in a
    title says nothing, and "COPA, Swag, HellaSwag" (a list of names) writes the dataset SWAG.

    >>> other_case_only("ZORP", "T\\n\\nWe gain 4% on Zorp Accuracy."), other_case_only("ZORP", "T\\n\\nZorp helps. ZORP too.")
    (True, False)
    >>> other_case_only("ZORP", "T\\n\\nZorp helps. Zorp-based models: Zorp."), other_case_only("ZORP", "Zorp Accuracy\\n\\nWe.")
    (False, False)
    >>> other_case_only("ZORP", "T\\n\\nOn COPA, Zorp and PIQA."), other_case_only("ZORP", "T\\n\\nWe propose ZoRP, a tool.")
    (False, True)
    >>> other_case_only("ZORP", "ZORPs\\n\\nWe use zorp loss."), other_case_only("ZoRP", "T\\n\\nWe use Zorp."), other_case_only("ZP", "T\\n\\nA Zp.")
    (False, False, False)
    >>> other_case_only("ZRP", "T\\n\\nAn ensemble of SVM and zRP classifiers."), other_case_only("ZRP", "T\\n\\nWe use zRPs.")
    (False, False)
    >>> other_case_only("ZRP", "T\\n\\nWe introduce zRP-Box. Code: https://github.com/a/zrp-box .")
    False
    >>> other_case_only("ZRPB", "T\\n\\nResults on the ZRPb and Yelp datasets.")
    False

    A capitalised word in a run is the run's capital only where the acronym's letters are a `word` of the
    language ("clip", "age"); a name the field never writes in lower case ("Bert") is the acronym, capitalised:

    >>> other_case_only("ZORP", "T\\n\\nWe use Zorp for Token Classification.", word=False)
    False
    """
    if len(acronym) < 3 or not acronym.isalpha() or not acronym.isupper():
        return False
    if re.search(rf"(?<![\w]){re.escape(acronym)}s?(?!\w)", text):
        return False  # written in capitals somewhere: the acronym, as the other senses' rules decide
    body = text.find("\n\n") + 2 if "\n\n" in text else 0
    for m in re.finditer(rf"(?<![\w]){re.escape(acronym)}s?(?!\w)", text, re.IGNORECASE):
        if m.start() < body or _FORCED_CASE.search(text[max(0, m.start() - 4) : m.start()]):
            continue
        form = m.group(0)
        if _in_address(text, m.start(), m.end()):
            continue  # "https://github.com/zorp/zorp-box": an address is lower-case by convention, not the writer's case
        if _prefixed_capitals(form):
            continue  # "kNN": the acronym in capitals after its variable's letter, as the field writes it
        if _small_tail(form):
            continue  # "IMDb": the acronym's capitals, its last letters small, as the field writes a name
        if form[:1].isupper() and form[1:].islower() and not (word and _in_capitalised_run(text, m.start(), m.end())):
            continue  # "COPA, Swag, HellaSwag", "GPT2 and Mega": a name list writes the acronym capitalised too
        return True
    return False


def _small_tail(word: str) -> bool:
    """Whether a word is two capitals or more then small letters to its end, not a plural's "s" ("IMDb",
    "XSum", "SAMSum", "TEACh"): the way the field writes such names, whose small letters end a word of the
    long form (Internet Movie DataBase, eXtreme SUMmarization); no writer's own case, as a small letter
    before a capital ("MaRCo", "faIr") or a capitalised word ("Clip") is.

    >>> [_small_tail(w) for w in ("IMDb", "XSum", "IMDbs", "CIs", "MaRCo", "Clip", "IMDB", "kNN")]
    [True, True, True, False, False, False, False, False]
    """
    m = re.fullmatch(r"[A-Z]{2,}([a-z]+)", word)
    return m is not None and m.group(1) != "s"


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether a span stands in a web address or path (a run of non-space characters holding a "/").

    >>> t = "Code at https://x.io/zorp-tts and zorp/box. We use zorp."
    >>> [_in_address(t, m.start(), m.end()) for m in re.finditer("zorp", t)]
    [True, True, False]
    """
    lo = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    hi = min((i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return "/" in text[lo:hi]


def _prefixed_capitals(word: str) -> bool:
    """Whether a word is one lower-case letter before capitals ("kNN", "kNNs"): the field's way of writing an
    acronym whose first letter is a variable (k nearest neighbours, k-NN), the acronym, no coinage or word
    ("MaRCo", "faIr", "Clip").

    >>> [_prefixed_capitals(w) for w in ("kNN", "kNNs", "faIr", "MaRCo", "Clip", "knn", "kN")]
    [True, True, False, False, False, False, False]
    """
    core = word[:-1] if word.endswith("s") and len(word) > 3 else word
    return len(core) >= 3 and core[0].islower() and core[1:].isupper()


#: A capitalised word right before or after a span, a small word allowed between, no comma or full stop; not
#: "and", which joins two names of a list as often as it stands inside one ("Swag and PIQA").
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*\s+(?:(?:of|for|the|on|in|to|with)\s+)?$")
_CAPITAL_AFTER = re.compile(r"^\s+(?:(?:of|for|the|on|in|to|with)\s+)?[A-Z]")


def _in_capitalised_run(text: str, start: int, end: int) -> bool:
    """Whether the span stands in a run of capitalised words ("Clip Accuracy", "MSL Clip and Create", "Age of
    Acquisition"): its capital is the run's, the name's, not the acronym's.

    >>> t = "on Zorp Accuracy, with Zorp, and MSL Zorp and Create, Zorp and PIQA, used openAI Zorp based models"
    >>> [_in_capitalised_run(t, m.start(), m.end()) for m in re.finditer("Zorp", t)]
    [True, False, True, False, False]
    """
    return bool(_CAPITAL_BEFORE.search(text[max(0, start - 40) : start]) or _CAPITAL_AFTER.match(text[end : end + 20]))


#: What follows a long form that a paper defines an acronym for: "(ABC)", ", or ABC", "” (**ABC**)".
_DEFINED_AFTER = re.compile(r"""^["”’']?\s*(?:\(\s*(?P<paren>[^()]{1,40}?)\s*[);,]|,?\s+or\s+(?P<or>[^\s,.;]{2,30}))""")

#: A word of an acronym's name: no lower-case word ("noted as SST"), no possessive ("Hofstede's CAT").
_ACRONYM_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.&+-]*")


def _defines_longer(target: str, after: str) -> bool:
    """Whether the text after a capitalised run defines a longer acronym that holds `target` (folded) and more
    letters: the run is that acronym's long form, and the words in it that spell `target` are part of it, no
    definition of `target` ("Bias Elimination with Refined Training, or MOBERT"; "Syntax Aware Long Short Time
    Memory (SA-LSTM)"). The run defining `target` itself ("Named Entity Resolution (NER)"), an edition of it
    ("(EPE 2018)") and a phrase in the brackets ("(noted as SST)") are no longer acronym.

    >>> _defines_longer("zla", " (MOZLA) that ..."), _defines_longer("zla", ", or MOZLA, trained"), _defines_longer("zla", " (ZLA) is")
    (True, True, False)
    >>> _defines_longer("zla", "” (Zero-Shot ZLA)."), _defines_longer("zla", " is a method (MOZLA)")
    (True, False)
    >>> _defines_longer("zla", " (ZLA 2018)"), _defines_longer("zla", " (noted as ZLA)"), _defines_longer("zla", " (Kim’s ZLA)")
    (False, False, False)
    """
    defined = _defined_after(after)
    return target in defined and any(ch.isalpha() for ch in defined.replace(target, "", 1))


def _defined_after(after: str) -> str:
    """The folded acronym a paper defines right after a long form (`_DEFINED_AFTER`), or ""."""
    m = _DEFINED_AFTER.match(after)
    words = (m.group("paren") or m.group("or") or "").strip("*_ ").split() if m else []
    if not words or not all(_ACRONYM_WORD.fullmatch(w) and w != w.lower() for w in words):
        return ""
    return fold("".join(words))


def _compound(target: str, after: str, words: Sequence[str]) -> bool:
    """Whether the longer acronym defined after a run of `words` is `target` with letters added at its end that
    the run's later words spell ("American Sign Language Knowledge Graph (ASLKG)": ASL + KG): the run's first
    words are then the target's own long form, a definition of it. Letters added before it, or at its end with
    no words to spell them, make a variant named after the field's acronym ("MOBERT", "SA-LSTM", "GPTHF").

    >>> words = "Zonal Lexical Alignment Knowledge Graph".split()
    >>> _compound("zla", " (ZLAKG) of", words), _compound("zla", " (ZLAHF) of", words[:3])
    (True, False)
    """
    defined = _defined_after(after)
    if not defined.startswith(target) or len(defined) == len(target):
        return False
    rest = defined[len(target) :]
    return any(
        target in initials(" ".join(words[:j])) and rest in initials(" ".join(words[j:])) for j in range(1, len(words))
    )


def _near_phrase(words: Sequence[str], spelling: str) -> bool:
    """Whether a phrase is a spelling written otherwise: as many content words, each starting as the
    spelling's does ("Convolution Neural Networks" / "convolutional neural network").

    >>> _near_phrase(["Convolution", "Neural", "Network"], "convolutional neural networks")
    True
    >>> _near_phrase(["Imperial", "College", "London"], "in-context learning")
    False
    """
    mine = [w.lower() for w in words if w.lower() not in SMALL_WORDS]
    theirs = [w.lower() for w in re.split(r"[\s\-‐–]+", spelling) if w and w.lower() not in SMALL_WORDS]
    if len(mine) == len(theirs) and all(a[:5] == b[:5] for a, b in zip(mine, theirs)):
        return True
    # the same words, hyphens, a plural and a version number aside: "Generative Pre-trained Transformer-4" is
    # "generative pretrained transformers"
    return bool(mine) and _letters(" ".join(mine)) == _letters(" ".join(theirs))


def _letters(phrase: str) -> str:
    """A phrase's letters, folded (`fold`: a plural "s" and a version marker dropped), without a number at its end.

    >>> _letters("Generative Pre-trained Transformer-4"), _letters("generative pretrained transformers")
    ('generativepretrainedtransformer', 'generativepretrainedtransformer')
    """
    return re.sub(r"\d+$", "", fold(phrase)).rstrip("s") if phrase else ""


#: A run of capitalised words, small words allowed between them ("Imperial College London", "Bank of England"),
#: from a word's start: "k-Nearest-Neighbor Machine Translation" holds no run "Nearest-Neighbor Machine Translation".
_TITLE_RUN = re.compile(r"(?<![\w'’‐–-])[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|on|in|to|with)\s+)?[A-Z][\w'’-]*)+")


def phrase_written(text: str, phrase: str) -> bool:
    """Whether `text` writes `phrase` as a whole, in any case, with spaces, hyphens or commas between its words
    and a plural "s" allowed at its end.

    >>> phrase_written("We train deep neural networks (DNNs).", "Deep Neural Network")
    True
    >>> phrase_written("environmental, social, and governance (ESG) factors", "Environmental Social and Governance")
    True
    """
    return _writes(text, phrase, between=r"[\s,\-‐–]+", end="s?")


def _writes(text: str, phrase: str, between: str = r"[\s\-‐–]+", end: str = "") -> bool:
    """Whether `text` writes `phrase` as a whole (any case, hyphen or space between its words, or what `between`
    matches; `end` after its last word), not as the end or start of a longer hyphenated name
    ("k-Nearest-Neighbor Machine Translation" writes no "neighbor machine translation").

    >>> _writes("Textbook Question-Answering is hard", "textbook question answering")
    True
    >>> _writes("k-Nearest-Neighbor Machine Translation", "neighbor machine translation")
    False
    """
    words = [w for w in re.split(between, phrase.strip()) if w]
    if not words:
        return False
    body = between.join(re.escape(w) for w in words)
    return bool(re.search(rf"(?<![\w\-‐–]){body}{end}(?![\w\-‐–])", text, re.IGNORECASE))


def _leftovers(
    bare: str,
    papers: list[str],
    cands: list[str],
    members: Mapping[str, list[str]],
    sense_years: Mapping[str, list[int]],
    years: Mapping[str, int | None],
    decided: Mapping[tuple[str, str], str],
    held: set[str],
) -> dict[tuple[str, str], str]:
    """The undecided papers of `bare` all join the dominant sense of their era, if there is one."""
    left = [p for p in papers if (p, bare) not in decided]
    if not left:
        return {}
    size = {s: len(members[s]) + sum(1 for p in papers if decided.get((p, bare)) == s) for s in cands}
    # a sense found by initials only (no paper writes the acronym for it) competes only when it dwarfs the
    # field terms (FIELD_TERM papers) that hold it: "simultaneous translation" (108 papers, its field writes SiMT) takes no "SMT"
    # from the 98 papers of statistical machine translation, whose field writes SMT
    biggest_held = max((size[s] for s in held), default=0)
    if biggest_held < FIELD_TERM:  # a handful of papers writing it makes no field's shorthand
        biggest_held = 0
    rivals = [s for s in cands if s in held or size[s] >= DOMINANCE * biggest_held]
    ranked = sorted(rivals, key=lambda s: (-size[s], s))
    top = ranked[0]
    if top not in held or DOMINANCE * size[top] < len(left):
        return {}  # a sense found by initials only, or a handful of papers against many: no evidence
    if len(ranked) > 1 and size[top] < DOMINANCE * max(1, size[ranked[1]]):
        return {}
    known = sorted(y for p in left if (y := years.get(p)) is not None)
    span = sense_years[top]
    if known and span and not span[0] - ERA_YEARS <= known[len(known) // 2] <= span[-1] + ERA_YEARS:
        return {}
    return {(p, bare): top for p in left}


def typed_senses(
    senses: Mapping[str, Sequence[str]],
    bare_papers: Mapping[str, Iterable[str]],
    writers: Mapping[tuple[str, str], int],
) -> dict[str, list[str]]:
    """`senses` without the long forms on the other side of the dataset line than their bare acronym
    whose papers type the acronym so less often than the bare acronym's papers type it their way, and
    are more than them.

    A dataset is often named by its task's initials: a few papers write "Conversational Question
    Answering (CoQA)" and are typed Task, while many more write a bare "CoQA" typed Dataset (the
    benchmark). The corpus's typed evidence decides: the bare papers join a long form of the other
    side when at least as many of its papers write the acronym (`writers`: {(bare, sense): papers of
    the sense writing the bare acronym}: a mistyped bare "NER" Dataset joins the named entity
    recognition hundreds of papers write NER for), or when they outnumber its papers (`bare_papers`
    holds the senses' papers too), whose kind they then decide (resolve.kinds.plan_kinds: one paper's
    "Quantified Zero-shot Binding (QZB)" typed Task is the dataset three papers use as "QZB"). Sixty
    papers typing "conversational question answering" a Task keep it one, without CoQA's fifteen.

    A sense's papers count with those of the bare acronyms on its side of the line that may join it in
    the same pass (ten bare "QZB" typed Task beside the one definition): counted only after they joined,
    the next pass would decide otherwise, and the outcome would hang on the order the papers came in.
    `writers` counts the papers writing the acronym beside another spelling of the sense
    (refresh.acronyms): a bare one says nothing of what the acronym stands for.

    >>> senses = {"Dataset:coqa": ["Task:cqa"], "Dataset:ner": ["Task:ner"], "Model:x": ["Method:x"]}
    >>> bare = {"Dataset:coqa": [f"p{i}" for i in range(15)], "Dataset:ner": ["q1", "q2"], "Model:x": ["r"],
    ...         "Task:cqa": [f"c{i}" for i in range(60)], "Task:ner": [f"n{i}" for i in range(900)]}
    >>> typed_senses(senses, bare, {("Dataset:coqa", "Task:cqa"): 3, ("Dataset:ner", "Task:ner"): 300})
    {'Dataset:coqa': [], 'Dataset:ner': ['Task:ner'], 'Model:x': ['Method:x']}
    >>> typed_senses({"Dataset:qzb": ["Task:qzb"]}, {"Dataset:qzb": ["a", "b", "c"], "Task:qzb": ["d"]}, {})
    {'Dataset:qzb': ['Task:qzb']}
    """
    joining: Counter = Counter()  # sense -> papers of the bare acronyms on its side of the line that may join it
    for bare, cands in senses.items():
        for s in cands:
            if not crosses_dataset(bare, s):
                joining[s] += len(set(bare_papers.get(bare, ())))
    out = {}
    for bare, cands in senses.items():
        n = len(set(bare_papers.get(bare, ())))
        out[bare] = [
            s
            for s in cands
            if not crosses_dataset(bare, s)
            or writers.get((bare, s), 0) >= n
            or n > len(set(bare_papers.get(s, ()))) + joining[s]
        ]
    return out


def crosses_dataset(a: str, b: str) -> bool:
    """Whether one of two keys is a Dataset and the other not."""
    return (a.split(":", 1)[0] == "Dataset") != (b.split(":", 1)[0] == "Dataset")


def namesakes(
    coiners: Mapping[tuple[str, str], str],
    family_of: Mapping[str, str],
    papers_of: Mapping[str, Iterable[str]],
    concepts_of: Mapping[str, set[str]],
    years: Mapping[str, int | None],
) -> dict[tuple[str, str], str]:
    """{(paper id, concept key): its coined spelling} of the coiners that only share a name with the other
    papers of the concept's family: the paper's title names its own work by the name ("GEMINI: Controlling
    the Sentence-Level Summary Style", "CLIP: A Dataset for Extracting Action Items"), it names two other
    concepts at least and none of them is named by the family's other papers, and it is not their likely
    origin (`_origin`). A coiner that names no other concept is judged by its era alone: a namesake when no
    other paper is within `ERA_YEARS` of it ("Frames" of 2017, "FRAMES" of 2025). The origin of a name the
    field took up shares its topic with the papers using it (on the ACL corpus an idf-weighted share under
    `MIN_SCORE`, as `assign_senses` scores, also split the XNLI, TruthfulQA and ChartQA papers from their users).

    `coiners`: {(paper, key): spelling its title coins}; `family_of`: {key: family} (one name up to case
    and punctuation: "Gemini"/"GEMINI", "Frames"/"FRAMES"); `papers_of`, `concepts_of`, `years` as in
    `assign_senses`. The origin of a name the field took up shares its topic with the papers using it.

    >>> concepts_of = {"gem": {"M:g", "T:summary-style", "D:wikihow"}, "bart": {"M:b", "T:summarization", "M:bert"},
    ...                **{q: {"M:g", "M:gpt4", "T:vqa"} for q in "abcdefghijk"},
    ...                **{q: {"M:b", "T:summarization"} for q in "xy"}}
    >>> years = {"gem": 2023, "bart": 2020, **{q: 2024 for q in "abcdefghijk"}, "x": 2021, "y": 2022}
    >>> papers_of = {"M:g": ["gem", *"abcdefghijk"], "M:b": ["bart", "x", "y"]}
    >>> namesakes({("gem", "M:g"): "GEMINI", ("bart", "M:b"): "BART"}, {"M:g": "g", "M:b": "b"}, papers_of,
    ...           concepts_of, years)
    {('gem', 'M:g'): 'GEMINI'}
    """
    members: dict[str, set[str]] = {}
    for key, name in family_of.items():
        members.setdefault(name, set()).add(key)
    out = {}
    for (paper, key), spelling in sorted(coiners.items()):
        family = members.get(family_of.get(key, key), {key})
        others = {q for k in family for q in papers_of.get(k, ())} - {paper}
        if not others:
            continue
        other_years = sorted({y for q in others if (y := years.get(q)) is not None})
        context = set(concepts_of.get(paper, set())) - family
        if not context:
            if not _near(years.get(paper), other_years):
                out[(paper, key)] = spelling
            continue
        profile = set().union(*(concepts_of.get(q, set()) for q in others)) - family
        if len(context) >= 2 and not context & profile and not _origin(paper, key, others, papers_of, years):
            out[(paper, key)] = spelling
    return out


def _origin(
    paper: str,
    key: str,
    others: set[str],
    papers_of: Mapping[str, Iterable[str]],
    years: Mapping[str, int | None],
) -> bool:
    """Whether a coiner may be the origin its few fellow papers took the name from: all of them on its own
    concept (a twin spelt otherwise was keyed apart by the resolver: merging it needs shared concepts), fewer
    than `FIELD_TERM`, and none dated more than a year before it (a preprint cited before the paper appeared)."""
    year = years.get(paper)
    if len(others) >= FIELD_TERM or not others <= set(papers_of.get(key, ())):
        return False
    return year is None or all(y >= year - 1 for q in others if (y := years.get(q)) is not None)


__all__ = [
    "DOMINANCE",
    "ERA_YEARS",
    "FIELD_TERM",
    "MARGIN",
    "MIN_SCORE",
    "SHORT_ACRONYM",
    "SMALL_WORDS",
    "assign_senses",
    "attested_senses",
    "coins_acronym",
    "crosses_dataset",
    "fits_case",
    "foreign_acronyms",
    "initials",
    "is_short",
    "LIFT",
    "written_senses",
    "names_own_work",
    "namesakes",
    "own_definition",
    "own_acronyms",
    "phrase_written",
    "typed_senses",
]
