"""Which stored concepts are one concept: the corpus-level merges the per-paper resolver cannot see.

The resolver decides each paper's keys as it meets them, so a bare "QA"
written before any paper defined "question answering (QA)" keeps its own
key, and a name typed `Method` in one paper and `Task` in another gets two.
Over the stored concepts ({key, name, kind, aliases, paper_count}) twelve
rules decide merges, always into the concept more papers mention (which
sense a bare acronym means is decided per paper, by resolve.senses, before):

1. a concept whose name is a (non-acronym) spelling of another concept of its
   kind joins it (`Seq2Seq` and `sequence-to-sequence`, alias `seq2seq`), also when the other holds it as
   its acronym in small letters (a paper there wrote "SEQ2SEQ": `seq2seq` is its acronym there, a long form
   here), unless the two carry different long forms;
2. concepts of different kinds with one folded name are one concept of the
   kind most papers give it (majority of typed evidence, the papers of a bare acronym
   the name holds included: "New York Times (NYT)" typed Metric by the few papers that
   define it is the Dataset that many papers write "NYT"), except two senses with
   different long forms (as in rule 3) and a bare acronym beside a sense with a long form ("CTB" Dataset beside "CTB" named for
   COVID-Twitter-BERT): its papers join a sense per paper (resolve.senses);
3. concepts of one kind with one folded name (`XLM-RoBERTa` twice, a bare
   acronym and a sense the corpus names by that acronym) are one, unless
   both carry different long forms (two senses), or one is a name the lexicons know and expand nowhere beside
   a few papers' own expansion ("Chain-of-Verification (CoVe)" beside CoVe: `odd_expansion`, also in rules 2 and 10);
   a spelling that holds the name ("TF IDF", "XLM-RoBERTa Pretraining") is not a long form;
   3b. so are names of one kind that differ in case and punctuation only, a plural in capitals
   included ("SNIPS" / "Snips", "WIKIEVENTS" / "WikiEvents": `case_twins`), or in writing a version in
   roman numerals or digits ("MultiCoNER II" / "MultiCoNER 2": `version_twins`), or in spelling a translation
   direction ("WMT14 English-German" / "WMT'14 En-De" / "WMT 2014 English-to-German": `pair_twins`);
4. a name with a head word that adds nothing to its kind is the name without
   it (`core_name`): "macro F1 score" is "macro-F1", "the NER task" is "NER",
   "Europarl corpus" is "Europarl", "WMT 2020 Shared Task" is "WMT20", "self-training method" is "self-training", "attention mechanism" is "attention",
   and "data-to-text generation" is "data-to-text" (a mapping "A-to-B" names
   the task of generating B; "text generation" is not "text");
5. concepts named by one line of the synonym table (`data/synonyms.tsv`, the field's
   established synonyms with sources: "speech recognition" / "automatic speech recognition")
   are one, across kinds (a Dataset only with Datasets), of the kind most papers give it;
6. spellings of one lexicon entry are one, a head word that adds nothing (rule 4) aside ("macro-average F1-score" is
   macro-F1's "macro average F1"; `lexicon_twins`);
7. a task named by a word the field drops before task names (`data/task_modifiers.txt`: "automatic",
   "automated", "neural", "text", "textual") and a task named by the rest is one task, that of the rest, when
   the rest is the field's established name (`WIDELY_USED` papers, `DOMINANCE` times as many): "automatic
   question generation" is question generation, "neural semantic parsing" semantic parsing; a method too for
   "text"/"textual" ("text data augmentation" is data augmentation); never a name data/apart.tsv keeps apart
   ("neural machine translation") (`modifier_twins`);
8. a pair `data/apart.tsv` keeps apart because the broader name has other senses ("style transfer" of
   images and speech beside "text style transfer") is one in a corpus that hardly writes those senses
   (`one_sense_twins`);
9. a name written with a word for the unmodified original (`data/plain_modifiers.txt`: "vanilla") is the
   concept of the rest, in its kind, when the field establishes it: "vanilla Transformer" is the
   Transformer (`plain_twins`);
10. a name "<modifiers> <ACRONYM>" is "<modifiers> <long form>" of its kind when the graph or the lexicons settle
   the acronym's long form (`settled_long_forms`): "multilingual NMT" is multilingual neural machine
   translation, "cross-lingual NER" cross-lingual named entity recognition (`inner_acronym_twins`); a twin of
   another kind (and none of its own) joins it as in rule 2, into the kind most of their papers give it
   ("offline ST" a Method by default, "offline speech translation" a Task: acronym and long form are one
   entity, ANNOTATION.md; `inner_acronym_kinds`).
11. a Method named by a bare number format ("INT8") is the Method "<format> quantization" where the graph
   holds it: papers name the format for the quantization to it (`format_twins`);
12. a Metric named "test <measure>" ("test perplexity") is the measure where the graph holds it, as a
   leaderboard ranks it; a validation or development score stays apart (`split_twins`).

>>> rows = [{"key": "Task:qa", "name": "QA", "kind": "Task", "aliases": [], "paper_count": 30},
...         {"key": "Task:questionanswering", "name": "question answering", "kind": "Task", "aliases": ["QA"],
...          "paper_count": 100},
...         {"key": "Method:qa", "name": "QA", "kind": "Method", "aliases": [], "paper_count": 2},
...         {"key": "Method:elmo", "name": "ELMo", "kind": "Method", "aliases": [], "paper_count": 3},
...         {"key": "Model:elmo", "name": "ELMo", "kind": "Model", "aliases": [], "paper_count": 9}]
>>> plan_merges(rows)
{'Method:elmo': 'Model:elmo', 'Method:qa': 'Task:qa'}
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Mapping

from paperkg.language_pairs import split_pair
from paperkg.model import TOPIC
from paperkg.names import fold
from paperkg.resolve.kinds import foreign_long_form, lexicon_senses, odd_expansion, typed_apart
from paperkg.resolve.names import arabic_version, edition_year, is_acronym, long_forms, other_benchmarks, task_number
from paperkg.resolve.proposals import is_own_name_key
from paperkg.resolve.senses import DOMINANCE, SMALL_WORDS, initials
from paperkg.resolve.spelling import spells


#: The kind the extractor gives a name that no lexicon, shape, context or head word types
#: (extract.concepts: "lexicon > name shape > context > long-form head word > Method"): the weakest evidence.
UNTYPED = "Method"

#: Per kind, a trailing head word that adds nothing to the name before it.
_EMPTY_HEAD = {
    "Metric": re.compile(r"^(?P<core>.*\S)[\s-]+scores?$", re.IGNORECASE),
    "Task": re.compile(r"^(?P<core>.*\S)\s+tasks?$|^(?P<mapping>.*\w-to-\w[\w-]*)\s+generation$", re.IGNORECASE),
    # "WMT 2020 Shared Task" is the data of the edition most papers write "WMT20"
    "Dataset": re.compile(
        r"^(?P<core>.*\S)\s+(?:datasets?|corpus|corpora|benchmarks?|shared\s+tasks?)$", re.IGNORECASE
    ),
    "Method": re.compile(
        r"^(?P<core>.*\S)\s+(?:methods?|techniques?|approach(?:es)?|frameworks?|algorithms?|mechanisms?)$",
        re.IGNORECASE,
    ),
}


def core_name(kind: str, name: str) -> str | None:
    """The name without a head word that adds nothing to its kind, or None when it has none.

    >>> core_name("Metric", "macro F1-score"), core_name("Task", "data-to-text generation"), core_name("Task", "NER task")
    ('macro F1', 'data-to-text', 'NER')
    >>> core_name("Dataset", "Brown Corpus"), core_name("Method", "self-training method")
    ('Brown', 'self-training')
    >>> core_name("Dataset", "WMT 2020 Shared Task"), core_name("Dataset", "WMT 2020 Shared Task on Biomedical MT")
    ('WMT 2020', None)
    >>> core_name("Task", "text generation"), core_name("Model", "reward model"), core_name("Metric", "Z-score")
    (None, None, None)
    """
    m = _EMPTY_HEAD.get(kind, re.compile("$^")).match(name or "")
    core = (m.group("core") or m.groupdict().get("mapping")) if m else None
    return core if core and len(fold(core)) >= 2 else None  # "Z-score" is no score of a "Z"


def _data_lines(name: str) -> list[str]:
    """The entry lines of data/NAME: no blank line, no "#" comment."""
    text = (Path(__file__).parent / "data" / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def synonyms() -> dict[str, str]:
    """{folded spelling: folded first name of its line} from data/synonyms.tsv (sources in data/README.md).

    >>> synonyms()["speechrecognition"] == synonyms()["automaticspeechrecognition"]
    True
    """
    out = {}
    for line in _data_lines("synonyms.tsv"):
        name, _, rest = line.partition("\t")
        for s in (name, *rest.split("|")):
            if s.strip():
                out[fold(s)] = fold(name)
    return out


@lru_cache(maxsize=1)
def _apart_lines() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    """(name, other name, why, the first name's other senses) per line of data/apart.tsv; the fourth column,
    when given, lists the senses besides the second name that make the first name broader."""
    out = []
    for line in _data_lines("apart.tsv"):
        a, b, why, *rest = (part.strip() for part in line.split("\t"))
        out.append((a, b, why, tuple(s.strip() for s in (rest[0] if rest else "").split("|") if s.strip())))
    return tuple(out)


@lru_cache(maxsize=1)
def _apart_pairs() -> dict[str, list[tuple[str, str]]]:
    """{folded name: [(folded other name, why)]} from data/apart.tsv, both ways."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for a, b, why, _ in _apart_lines():
        out[fold(a)].append((fold(b), why))
        out[fold(b)].append((fold(a), why))
    return dict(out)


#: a broader name is its narrower sense in a corpus that writes that sense this many times as often as the others
ONE_SENSE = 10


def one_sense_twins(
    rows: Iterable[Mapping], lines: Iterable[tuple[str, str, str, tuple[str, ...]]] | None = None
) -> dict[str, str]:
    """Rule 8: a pair data/apart.tsv keeps apart because the broader name also covers other senses ("style
    transfer" of images, speech and music beside "text style transfer") is one concept in a corpus where those
    other senses hardly occur: the concepts named like the narrower sense (it, or a name ending in it:
    "unsupervised text style transfer") have `ONE_SENSE` times the papers of those named like an other sense
    ("image style transfer", "speech-to-singing style transfer"). There the broader name is what its papers
    mean by the narrower one (an NLP corpus says "style transfer" for text), so the two join the one more
    papers mention; a corpus that writes the other senses keeps them apart. Lines without other senses
    never merge.

    >>> rows = [{"key": "Task:zt", "name": "zorb transfer", "kind": "Task", "paper_count": 120},
    ...         {"key": "Task:tzt", "name": "text zorb transfer", "kind": "Task", "paper_count": 90},
    ...         {"key": "Task:utzt", "name": "unsupervised text zorb transfer", "kind": "Task", "paper_count": 14},
    ...         {"key": "Task:izt", "name": "image zorb transfer", "kind": "Task", "paper_count": 3}]
    >>> line = ("zorb transfer", "text zorb transfer", "why", ("image zorb transfer", "music zorb transfer"))
    >>> one_sense_twins(rows, [line])
    {'Task:tzt': 'Task:zt'}
    >>> one_sense_twins([*rows[:3], {**rows[3], "paper_count": 40}], [line])
    {}
    """
    kept = [c for c in rows if c.get("kind") != TOPIC and not is_own_name_key(c["key"])]
    named = {fold(c.get("name") or ""): c for c in sorted(kept, key=_rank)}  # the most mentioned last: it wins

    def papers(ends: Iterable[str]) -> int:
        tails = tuple(fold(e) for e in ends)
        return sum(int(c.get("paper_count") or 0) for c in kept if fold(c.get("name") or "").endswith(tails))

    out = {}
    for broad, narrow, _, others in _apart_lines() if lines is None else lines:
        a, b = named.get(fold(broad)), named.get(fold(narrow))
        if not others or a is None or b is None or a["kind"] != b["kind"]:
            continue
        if papers([narrow]) >= ONE_SENSE * max(papers(others), 1):
            small, big = sorted((a, b), key=_rank)
            out[small["key"]] = big["key"]
    return out


def kept_apart(key: str, concepts: Iterable[Mapping]) -> list[dict]:
    """The stored concepts the field keeps apart from concept `key` though a reader may take them for one
    (data/apart.tsv: "masked language models" / "masked language modeling"), each {key, name, kind,
    paper_count, why}, most papers first; what `paperkg concept` shows beside the concept.

    >>> rows = [{"key": "Method:mlm", "name": "masked language models", "kind": "Method", "paper_count": 75},
    ...         {"key": "Method:mlmg", "name": "masked language modeling", "kind": "Method", "paper_count": 184}]
    >>> [(r["name"], r["why"][:30]) for r in kept_apart("Method:mlm", rows)]
    [('masked language modeling', 'a masked language model is a n')]
    """
    rows = list(concepts)
    me = next((c for c in rows if c["key"] == key), None)
    if me is None:
        return []
    pairs = {other: why for s in _spellings(me) for other, why in _apart_pairs().get(fold(s), [])}
    out = [
        {**{k: c.get(k) for k in ("key", "name", "kind", "paper_count")}, "why": pairs[fold(c.get("name") or "")]}
        for c in rows
        if c["key"] != key and c.get("kind") != TOPIC and fold(c.get("name") or "") in pairs
    ]
    return sorted(out, key=lambda r: (-int(r.get("paper_count") or 0), r["key"]))


def _rank(c: Mapping) -> tuple[int, str]:
    return (int(c.get("paper_count") or 0), c["key"])


def _spellings(c: Mapping) -> list[str]:
    return [n for n in (c.get("name"), *(c.get("aliases") or [])) if n]


def _long_forms(c: Mapping) -> set[str]:
    """Folded spellings that expand the name. An acronym spaced otherwise ("TF IDF" of TF-IDF) and
    the name with a word after it ("XLM-RoBERTa Pretraining") are variants, not a second sense;
    a word spelling ("Birds" of BIRD) still reads as one, the acronym in another case ("Clip") does not."""
    name = c.get("name") or ""

    def variant(s: str) -> bool:
        return (
            (fold(s) == fold(name) and not any(ch.islower() for ch in s))
            or s.startswith(name + " ")
            or letters_of(s) == letters_of(name)  # the name in another case or punctuation ("Offens-Eval", "ErnieM")
        )

    return {_word_fold(s) for s in long_forms(_spellings(c)) if not variant(s)}


def _word_fold(long_form: str) -> str:
    """A long form folded word by word, so an inner plural is no second sense ("Encoder Representation(s)
    from Transformers"); small words do not make a second sense either ("Workshop on/of Noisy Text")."""
    return "".join(fold(w) for w in re.split(r"[\s/–-]+", long_form) if w.casefold() not in SMALL_WORDS)


#: Marks a word-folded long form among folded names (a character `fold` never keeps).
WORD_FOLDED = "≈"


def long_form_fold(spelling: str) -> str | None:
    """The key of a long form of two words or more folded word by word (`_word_fold`): its variants of
    one acronym's long form, in number, small words and hyphens, share it ("Bidirectional Encoder
    Representation from Transformer", "bidirectional encoder representations transformers"); None for
    a one-word name or an acronym.

    >>> long_form_fold("Bidirectional Encoder Representations from Transformers") == long_form_fold(
    ...     "bidirectional encoder representation transformer")
    True
    >>> long_form_fold("Long and short term memory") == long_form_fold("long short-term memory")
    True
    >>> long_form_fold("BERT"), long_form_fold("transformers"), long_form_fold("context learning") == long_form_fold("in-context learning")
    (None, None, False)
    """
    words = [w for w in re.split(r"[\s/]+", spelling) if w]
    if is_acronym(spelling) or len([p for w in words for p in re.split(r"[–-]", w) if p]) < 2:
        return None
    # a small word bound by a hyphen is part of its word: "in-context learning" is no "context learning"
    kept = [w for w in words if w.casefold() not in SMALL_WORDS]
    return WORD_FOLDED + "".join(fold(p) for w in kept for p in re.split(r"[–-]", w) if p)


def other_sense(acronym: Mapping, other: Mapping) -> bool:
    """Whether `other` (a long-form concept) is another sense than the acronym concept's own long forms:
    both expanded, to no common long form ("MAP" for mean average precision beside "maximum a posteriori").

    >>> m = {"name": "MAP", "aliases": ["mean average precision"]}
    >>> other_sense(m, {"name": "maximum a posteriori"}), other_sense(m, {"name": "Mean Average Precisions"})
    (True, False)
    >>> other_sense({"name": "MAP"}, {"name": "maximum a posteriori"})
    False
    """
    mine = {_word_fold(s) for s in long_forms(_spellings(acronym))}
    theirs = {_word_fold(s) for s in long_forms(_spellings(other))}
    return bool(mine and theirs and not mine & theirs)


def two_senses(a: Mapping, b: Mapping) -> bool:
    """Whether two concepts of one folded name are two things: both expanded, and to no common long form
    ("Amber" for "Adaptive memory-based optimization for enhanced RAG", "AMBER" for "Aligned Multilingual
    Bidirectional EncodeR"); merging rule 3 leaves them apart and the audit lists them as no twins.

    >>> amber = {"name": "Amber", "aliases": ["Adaptive memory-based optimization for enhanced RAG"]}
    >>> two_senses(amber, {"name": "AMBER", "aliases": ["Aligned Multilingual Bidirectional EncodeR"]})
    True
    >>> two_senses(amber, {"name": "AMBER", "aliases": []}), two_senses(amber, amber)
    (False, False)
    """
    mine, theirs = _long_forms(a), _long_forms(b)
    return bool(mine and theirs and not mine & theirs)


def widened_acronym(c: Mapping) -> bool:
    """Whether a concept named by an acronym expands only to wider phrases that do not spell it: the
    acronym spells their last words ("multilingual neural machine translation (NMT)", "nested named entity
    recognition (NER)", the extractor's widened acronyms), so the concept is the wider thing, not the one
    the acronym names elsewhere; merging rule 3 does not join it by that name (its display name turns to
    the long form its papers write, and the other rules place it).

    >>> widened_acronym({"name": "ZP", "aliases": ["multilingual zorb parsing"]})
    True
    >>> widened_acronym({"name": "ZP", "aliases": ["zorb parsing", "multilingual zorb parsing"]})
    False
    >>> widened_acronym({"name": "ZP", "aliases": []}), widened_acronym({"name": "zorb parsing", "aliases": ["ZP"]})
    (False, False)
    >>> widened_acronym({"name": "ZuBERT", "aliases": ["Zipped-Unit BERT"]})  # loosely spelled, not widened
    False
    """
    name = c.get("name") or ""
    if not is_acronym(name):
        return False
    folded = _long_forms(c)  # no variants: "TF IDF" of TF-IDF, "XLM-RoBERTa Pretraining"
    expanded = [s for s in long_forms([name, *(c.get("aliases") or [])]) if s != name and fold(s) in folded]
    if not expanded or any(spells(name, s) for s in expanded):
        return False
    # widened, not merely spelled loosely ("Hidden-Unit BERT" for HuBERT): the acronym spells a long form's last words
    return any(spells(name, " ".join(s.split()[k:])) for s in expanded for k in range(1, len(s.split())))


#: papers from which a name is the field's, not one paper's (rules 6 and 7)
WIDELY_USED = 10


@lru_cache(maxsize=1)
def task_modifiers() -> tuple[frozenset[str], frozenset[str]]:
    """(modifiers, kept head words) from data/task_modifiers.txt (sources there): the words the field writes or
    drops before a task name, and the head words after which the modifier is the contrast with human work."""
    words, kept = set(), set()
    for line in _data_lines("task_modifiers.txt"):
        word, _, mark = line.partition("\t")
        (kept if mark.strip() == "kept" else words).add(word.strip().casefold())
    return frozenset(words), frozenset(kept)


@lru_cache(maxsize=1)
def modifier_marks() -> dict[str, frozenset[str]]:
    """{modifier: its marks} from data/task_modifiers.txt: `phrase`, dropped only before a name of two words or
    more ("text segmentation" is no "segmentation"), and `methods`, dropped before a Method's name too
    ("text data augmentation" is data augmentation)."""
    out = {}
    for line in _data_lines("task_modifiers.txt"):
        word, _, mark = line.partition("\t")
        if mark.strip() != "kept":
            out[word.strip().casefold()] = frozenset(mark.split())
    return out


@lru_cache(maxsize=1)
def _apart_names() -> frozenset[str]:
    """Every folded name data/apart.tsv keeps apart from a near name, other senses included: a name the field
    holds to be a concept of its own ("neural machine translation", "neural style transfer")."""
    return frozenset(fold(n) for a, b, _, others in _apart_lines() for n in (a, b, *others))


def modifier_twins(
    rows: Iterable[Mapping],
    modifiers: Iterable[str] | None = None,
    kept: Iterable[str] | None = None,
    marks: Mapping[str, Iterable[str]] | None = None,
) -> dict[str, str]:
    """Rule 7: {task key: the task its name without the leading modifier names} for the tasks written with a
    word the field drops before a task name ("automatic text simplification" is text simplification: every
    task of the field is done by a machine; "neural semantic parsing" is semantic parsing, done by a network;
    "textual sarcasm detection" is sarcasm detection, of text). Only where the rest names a task of
    `WIDELY_USED` papers or more with `DOMINANCE` times the papers of the modified name (the established
    concept, not one paper's phrase), and not after a head word where the modifier contrasts with human work
    ("automatic evaluation", "automatic post-editing": `kept`). A word marked `phrase` is dropped only before a
    name of two words or more ("text segmentation", "text classification" name their own tasks); a name
    data/apart.tsv keeps apart ("neural machine translation", the approach beside the task) stays. Other kinds
    stay, but for a word marked `methods` ("text data augmentation" is data augmentation): "automatic data
    augmentation" learns augmentation policies, a method of its own.

    >>> rows = [{"key": "Task:zg", "name": "zorb generation", "kind": "Task", "paper_count": 200},
    ...         {"key": "Task:azg", "name": "Automatic Zorb Generation", "kind": "Task", "paper_count": 12},
    ...         {"key": "Task:dzg", "name": "automated zorb generation", "kind": "Task", "paper_count": 3},
    ...         {"key": "Task:zp", "name": "zorb post-editing", "kind": "Task", "paper_count": 90},
    ...         {"key": "Task:azp", "name": "automatic zorb post-editing", "kind": "Task", "paper_count": 9},
    ...         {"key": "Task:zs", "name": "zorb scanning", "kind": "Task", "paper_count": 30},
    ...         {"key": "Task:azs", "name": "automatic zorb scanning", "kind": "Task", "paper_count": 20},
    ...         {"key": "Method:za", "name": "zorb augmentation", "kind": "Method", "paper_count": 900},
    ...         {"key": "Method:aza", "name": "automatic zorb augmentation", "kind": "Method", "paper_count": 7}]
    >>> modifier_twins(rows, ["automatic", "automated"], ["post-editing"])
    {'Task:azg': 'Task:zg', 'Task:dzg': 'Task:zg'}
    >>> rows.append({"key": "Method:azg", "name": "automatic zorb generation", "kind": "Method", "paper_count": 2})
    >>> modifier_twins(rows, ["automatic", "automated"], ["post-editing"])["Method:azg"]  # rule 2's group goes along
    'Task:zg'
    >>> rows = [{"key": "Task:s", "name": "scanning", "kind": "Task", "paper_count": 90},
    ...         {"key": "Task:ts", "name": "text scanning", "kind": "Task", "paper_count": 9},
    ...         {"key": "Method:za", "name": "zorb augmentation", "kind": "Method", "paper_count": 900},
    ...         {"key": "Method:tza", "name": "text zorb augmentation", "kind": "Method", "paper_count": 7}]
    >>> modifier_twins(rows, ["text"], [], {"text": ["phrase", "methods"]})
    {'Method:tza': 'Method:za'}
    """
    listed, heads = task_modifiers()
    words = sorted(listed if modifiers is None else modifiers)
    flags = {w.casefold(): frozenset(m) for w, m in ((modifier_marks() if modifiers is None else marks) or {}).items()}
    pattern = re.compile(r"^(?P<word>" + "|".join(map(re.escape, words)) + r")\s+(?P<rest>\S.*)$", re.IGNORECASE)
    contrast = {w.casefold() for w in (heads if kept is None else kept)}
    apart = _apart_names()
    kept_rows = [c for c in rows if c.get("kind") != TOPIC and not is_own_name_key(c["key"])]
    spelled: dict[str, list[Mapping]] = defaultdict(list)  # one modified name in every kind (rule 2's group)
    for c in kept_rows:
        spelled[fold(c.get("name") or "")].append(c)
    out: dict[str, str] = {}
    for kind in ("Task", "Method"):
        # the most mentioned last: it wins
        named = {fold(c.get("name") or ""): c for c in sorted((c for c in kept_rows if c["kind"] == kind), key=_rank)}
        for folded, group in spelled.items():
            node = named.get(folded)
            m = pattern.match(node.get("name") or "") if node else None
            if node is None or m is None or folded in apart or m.group("rest").split()[-1].casefold() in contrast:
                continue
            if any(c["key"] in out for c in group):
                continue  # a name as often a Task as a Method: the Task pass had it
            marked = flags.get(m.group("word").casefold(), frozenset())
            if (kind == "Method" and "methods" not in marked) or (
                "phrase" in marked and len(m.group("rest").split()) < 2
            ):
                continue
            head = named.get(fold(m.group("rest")))
            if head is None or head["key"] == node["key"]:
                continue
            votes: dict[str, int] = defaultdict(int)
            for c in group:
                votes[c["kind"]] += int(c.get("paper_count") or 0)
            if max(votes.values()) > votes[kind]:
                continue  # the name is mostly another kind ("automatic zorb metric" a Metric): not this rule's
            big = int(head.get("paper_count") or 0)
            if big >= WIDELY_USED and big >= DOMINANCE * max(sum(votes.values()), 1):
                # the name's nodes of other kinds, which rule 2 joins to its node, go with it
                out.update({c["key"]: head["key"] for c in group})
    return out


@lru_cache(maxsize=1)
def plain_modifiers() -> frozenset[str]:
    """The words of data/plain_modifiers.txt (sources there): written before a name for its unmodified original."""
    return frozenset(line.strip().casefold() for line in _data_lines("plain_modifiers.txt"))


def plain_twins(rows: Iterable[Mapping], words: Iterable[str] | None = None) -> dict[str, str]:
    """Rule 9: {key: the concept its name without the leading word names} for names written with a word the
    field uses for a concept's unmodified original (data/plain_modifiers.txt: "vanilla Transformer" is the
    Transformer), in one kind, where the rest is the field's established concept (`WIDELY_USED` papers and
    `DOMINANCE` times the papers of the modified name), not one paper's phrase.

    >>> rows = [{"key": "Method:zn", "name": "ZorbNet", "kind": "Method", "paper_count": 300},
    ...         {"key": "Method:vzn", "name": "vanilla ZorbNet", "kind": "Method", "paper_count": 12},
    ...         {"key": "Method:vq", "name": "vanilla quux", "kind": "Method", "paper_count": 2},
    ...         {"key": "Task:q", "name": "quux", "kind": "Task", "paper_count": 90}]
    >>> plain_twins(rows, ["vanilla"])
    {'Method:vzn': 'Method:zn'}
    """
    listed = sorted(plain_modifiers() if words is None else words)
    if not listed:
        return {}
    pattern = re.compile(r"^(?:" + "|".join(map(re.escape, listed)) + r")\s+(?P<rest>\S.*)$", re.IGNORECASE)
    kept = [c for c in rows if c.get("kind") != TOPIC and not is_own_name_key(c["key"])]
    named = {(c["kind"], fold(c.get("name") or "")): c for c in sorted(kept, key=_rank)}  # the most mentioned wins
    out = {}
    for c in kept:
        m = pattern.match(c.get("name") or "")
        head = named.get((c["kind"], fold(m.group("rest")))) if m else None
        if head is None or head["key"] == c["key"]:
            continue
        big = int(head.get("paper_count") or 0)
        if big >= WIDELY_USED and big >= DOMINANCE * int(c.get("paper_count") or 0):
            out[c["key"]] = head["key"]
    return out


#: A low-bit number format weights or activations are quantized to: integer ("INT8", "UINT4"), floating point
#: ("FP8", "MXFP4", "NVFP4") or normal float ("NF4") of at most 8 bits (Jacob et al., CVPR 2018, INT8;
#: Micikevicius et al. 2022, "FP8 Formats for Deep Learning"; Dettmers et al., QLoRA 2023, NF4). The 16- and
#: 32-bit formats (FP16, BF16, FP32) are the precisions models are trained and served in, not a quantization.
_NUMBER_FORMAT = re.compile(r"^(?:U?INT|FP|NF|MXFP|NVFP)[1-8]$", re.IGNORECASE)


def is_number_format(name: str) -> bool:
    """Whether a name is a bare low-bit number format (`_NUMBER_FORMAT`).

    >>> is_number_format("INT8"), is_number_format("nf4"), is_number_format("BF16"), is_number_format("INT8 quantization")
    (True, True, False, False)
    """
    return bool(_NUMBER_FORMAT.match((name or "").strip()))


def format_twins(rows: Iterable[Mapping]) -> dict[str, str]:
    """Rule 11: {key: the "<format> quantization" Method} for a Method named by a bare number format ("INT8")
    where the graph holds a Method named by the format and "quantization". Papers name the format for the
    quantization to it ("quantization formats (FP8, INT8, INT4)", "FP4 performs comparably to INT4", "FP8
    activation outshines its integer (INT8) equivalent"); a format no paper names with "quantization"
    stays its own node, and so does a 16- or 32-bit format ("FP16", "BF16": the precision a model is trained or
    served in, which "FP16 quantization" quantizes from).

    >>> rows = [{"key": "Method:zint6", "name": "ZINT6", "kind": "Method", "paper_count": 3},
    ...         {"key": "Method:int6", "name": "INT6", "kind": "Method", "paper_count": 3},
    ...         {"key": "Method:int6q", "name": "int6 quantization", "kind": "Method", "paper_count": 2},
    ...         {"key": "Method:fp16", "name": "FP16", "kind": "Method", "paper_count": 4},
    ...         {"key": "Method:fp16q", "name": "FP16 quantization", "kind": "Method", "paper_count": 1},
    ...         {"key": "Dataset:int6", "name": "INT6", "kind": "Dataset", "paper_count": 1}]
    >>> format_twins(rows)
    {'Method:int6': 'Method:int6q'}
    """
    kept = [c for c in rows if c.get("kind") == "Method" and not is_own_name_key(c["key"])]
    named = {fold(c.get("name") or ""): c for c in sorted(kept, key=_rank)}  # the most mentioned wins
    out = {}
    for c in kept:
        name = (c.get("name") or "").strip()
        if not is_number_format(name):
            continue
        quantized = named.get(fold(f"{name} quantization"))
        if quantized is not None and quantized["key"] != c["key"]:
            out[c["key"]] = quantized["key"]
    return out


#: "test" before a measure: the split a reported score is on unless the paper says otherwise, so "test
#: accuracy" is accuracy (analytics.leaderboard.metric_family ranks them as one); a validation or development
#: score keeps its own name (another split, a leaderboard keeps it apart). "test time" is the compound
#: "test-time" (at inference: test-time training, Sun et al. 2020; test-time compute, Snell et al. 2024).
_SPLIT = re.compile(r"^(?:test|testing[\s-]+set)(?:[\s-]+set)?[\s-]+(?!time\b)(?P<rest>\S.*)$", re.IGNORECASE)


def split_twins(rows: Iterable[Mapping]) -> dict[str, str]:
    """Rule 12: {key: the Metric of the rest} for a Metric named "test <measure>" ("test perplexity", "test-set
    accuracy") where the graph holds the measure alone: a score is on the test split unless the paper says
    otherwise, as leaderboards read it (analytics.leaderboard.metric_family). A validation or development
    score ("validation accuracy", "dev F1"), a training one and names whose rest is no Metric of the graph
    stay apart.

    >>> rows = [{"key": "Metric:zp", "name": "zorplexity", "kind": "Metric", "paper_count": 12},
    ...         {"key": "Metric:tzp", "name": "test zorplexity", "kind": "Metric", "paper_count": 2},
    ...         {"key": "Metric:tszp", "name": "Test-set Zorplexity", "kind": "Metric", "paper_count": 1},
    ...         {"key": "Metric:vzp", "name": "validation zorplexity", "kind": "Metric", "paper_count": 1},
    ...         {"key": "Metric:dzp", "name": "dev-set zorplexity", "kind": "Metric", "paper_count": 1},
    ...         {"key": "Metric:trzp", "name": "training zorplexity", "kind": "Metric", "paper_count": 1},
    ...         {"key": "Metric:tq", "name": "test quux", "kind": "Metric", "paper_count": 1},
    ...         {"key": "Metric:t", "name": "time", "kind": "Metric", "paper_count": 9},
    ...         {"key": "Metric:tt", "name": "test time", "kind": "Metric", "paper_count": 2},
    ...         {"key": "Task:tz", "name": "test zorplexity", "kind": "Task", "paper_count": 1}]
    >>> split_twins(rows)
    {'Metric:tzp': 'Metric:zp', 'Metric:tszp': 'Metric:zp'}
    """
    kept = [c for c in rows if c.get("kind") == "Metric" and not is_own_name_key(c["key"])]
    named = {fold(c.get("name") or ""): c for c in sorted(kept, key=_rank)}  # the most mentioned wins
    out = {}
    for c in kept:
        m = _SPLIT.match((c.get("name") or "").strip())
        rest = named.get(fold(m.group("rest"))) if m else None
        if rest is not None and rest["key"] != c["key"]:
            out[c["key"]] = rest["key"]
    return out


def _word_parts(phrase: str) -> str:
    """`long_form_fold` of a phrase without its mark, also for one word: the folded parts of its words that are
    not small words."""
    words = [w for w in re.split(r"[\s/]+", phrase) if w and w.casefold() not in SMALL_WORDS]
    return "".join(fold(p) for w in words for p in re.split(r"[–-]", w) if p)


def _acronym_key(acronym: str) -> str:
    """The folded acronym without a plural "s" (`fold` keeps it after two letters: "ZPs", "LMs")."""
    return fold(acronym[:-1] if acronym.endswith("s") and acronym[:-1].isupper() else acronym)


def settled_long_forms(
    rows: Iterable[Mapping], entry_of: Mapping[tuple[str, str], str] | None = None
) -> dict[tuple[str, str], frozenset[str]]:
    """{(kind or "", folded acronym): the long forms it stands for, folded word by word (no mark)}: those the
    field's lexicons list with the acronym on one entry (keyed by the entry's kind), and the one the graph
    settles (kind ""): the long form the concepts that hold the acronym beside a long form spelling it (a
    concept named "NMT" with alias "neural machine translation", or the other way round) write, when those
    concepts mention it `DOMINANCE` times as often as every other long form of the acronym ("MNMT" for both
    multilingual and multimodal NMT settles none).

    >>> rows = [{"key": "Task:zp", "name": "ZP", "kind": "Task", "aliases": ["zorb parsing"], "paper_count": 40},
    ...         {"key": "Task:zp2", "name": "zorb-parsing", "kind": "Task", "aliases": ["ZP"], "paper_count": 5},
    ...         {"key": "Task:zq", "name": "ZQ", "kind": "Task", "aliases": ["zorb quux"], "paper_count": 4},
    ...         {"key": "Task:zq2", "name": "zebra quantum", "kind": "Task", "aliases": ["ZQ"], "paper_count": 3}]
    >>> sorted(settled_long_forms(rows).items())
    [(('', 'zp'), frozenset({'zorbparsing'}))]
    """
    holders: dict[str, list[tuple[int, frozenset[str]]]] = defaultdict(list)  # acronym: (papers, long forms)
    for c in rows:
        if c.get("kind") == TOPIC or is_own_name_key(c["key"]):
            continue
        spellings = _spellings(c)
        expanded = long_forms(spellings)
        for a in {_acronym_key(s) for s in spellings if is_acronym(s) and s not in expanded}:
            spelled = frozenset(
                _word_parts(s) for s in expanded if any(spells(b, s) for b in spellings if _acronym_key(b) == a)
            )
            if spelled:
                holders[a].append((int(c.get("paper_count") or 0), spelled))
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for acronym, held in holders.items():
        papers: dict[str, int] = defaultdict(int)
        for n, forms in held:
            for form in forms:
                papers[form] += n
        top = min(papers, key=lambda f: (-papers[f], f))
        rivals = sum(n for n, forms in held if top not in forms)  # variants on one concept are no rivals
        if papers[top] >= DOMINANCE * max(rivals, 1) or not rivals:
            out[("", acronym)] = {f for _, forms in held if top in forms for f in forms}
    entries: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (kind, folded), entry in (entry_of or {}).items():
        if folded.startswith(WORD_FOLDED):
            entries[(kind, entry)].add(folded[len(WORD_FOLDED) :])
    for (kind, folded), entry in (entry_of or {}).items():
        if not folded.startswith(WORD_FOLDED) and entries.get((kind, entry)):
            out[(kind, folded)] |= entries[(kind, entry)]
    return {k: frozenset(v) for k, v in out.items()}


def _inner_acronym_pairs(
    rows: Iterable[Mapping], entry_of: Mapping[tuple[str, str], str] | None = None
) -> list[tuple[Mapping, Mapping]]:
    """(concept named "<modifiers> <ACRONYM>", concept named "<modifiers> <long form>") pairs of rule 10: the twin
    of its kind when there is one, else the most mentioned twin of another kind."""
    kept = [c for c in rows if c.get("kind") != TOPIC and not is_own_name_key(c["key"])]
    settled = settled_long_forms(kept, entry_of)
    named: dict[str, dict[str, Mapping]] = defaultdict(dict)  # word-folded name: {kind: concept}
    for c in sorted(kept, key=_rank):  # the most mentioned last: it wins
        if word_folded := long_form_fold(c.get("name") or ""):
            named[word_folded][c["kind"]] = c
    out = []
    for c in kept:
        name = c.get("name") or ""
        modifiers, _, acronym = name.rstrip().rpartition(" ")
        if not _word_parts(modifiers) or not is_acronym(acronym):  # "On QA": no modifier, a fragment
            continue
        key = _acronym_key(acronym)
        forms = settled.get(("", key), frozenset()) | settled.get((c["kind"], key), frozenset())
        own = {_word_parts(s) for s in long_forms(_spellings(c)) if not s.startswith(name + " ")} - {_word_parts(name)}
        for form in sorted(forms):
            by_kind = named.get(WORD_FOLDED + _word_parts(modifiers) + form, {})
            twin = by_kind.get(c["kind"]) or max(by_kind.values(), key=_rank, default=None)
            if twin is None or twin["key"] == c["key"]:
                continue
            if any(fold(o) == fold(twin.get("name") or "") for o, _ in _apart_pairs().get(fold(name), [])):
                continue  # the field keeps the two apart (data/apart.tsv)
            if own and _word_parts(twin.get("name") or "") not in own:
                continue  # its papers expanded the name to another thing
            out.append((c, twin))
            break
    return out


def inner_acronym_twins(
    rows: Iterable[Mapping], entry_of: Mapping[tuple[str, str], str] | None = None
) -> dict[str, str]:
    """Rule 10: a concept named "<modifiers> <ACRONYM>" and one of its kind named "<modifiers> <long form>" are
    one concept when the acronym's long form is settled (`settled_long_forms`: the lexicons or the graph):
    "multilingual NMT" is multilingual neural machine translation, "cross-lingual NER" cross-lingual named
    entity recognition; into the one more papers mention. A pair data/apart.tsv keeps apart stays, and so
    does a name its papers expanded to something else (its own long form is another sense). Twins of two
    kinds are `inner_acronym_kinds`.

    >>> rows = [{"key": "Task:zp", "name": "ZP", "kind": "Task", "aliases": ["zorb parsing"], "paper_count": 40},
    ...         {"key": "Task:mzp", "name": "multilingual ZP", "kind": "Task", "paper_count": 9},
    ...         {"key": "Task:mzp2", "name": "Multilingual Zorb-Parsing", "kind": "Task", "paper_count": 20},
    ...         {"key": "Method:lzp", "name": "lazy ZP", "kind": "Method", "paper_count": 3},
    ...         {"key": "Task:lzp2", "name": "lazy zorb parsing", "kind": "Task", "paper_count": 5}]
    >>> inner_acronym_twins(rows)
    {'Task:mzp': 'Task:mzp2'}
    """
    out = {}
    for c, twin in _inner_acronym_pairs(rows, entry_of):
        if c["kind"] == twin["kind"]:
            small, big = sorted((c, twin), key=_rank)
            out[small["key"]] = big["key"]
    return dict(sorted(out.items()))


def inner_acronym_kinds(
    rows: Iterable[Mapping], entry_of: Mapping[tuple[str, str], str] | None = None
) -> list[tuple[Mapping, Mapping]]:
    """Rule 10 across kinds: the ("<modifiers> <ACRONYM>", "<modifiers> <long form>") pairs whose twin has another
    kind and none of the acronym's kind ("offline ST" a Method by default, "offline speech translation" a Task).
    Acronym and long form are one entity (ANNOTATION.md), so `plan_merges` joins each pair as rule 2 joins one
    name typed two ways: into the kind most of their papers give it, unless typed apart (`typed_apart`).

    >>> rows = [{"key": "Task:zp", "name": "ZP", "kind": "Task", "aliases": ["zorb parsing"], "paper_count": 40},
    ...         {"key": "Method:lzp", "name": "lazy ZP", "kind": "Method", "paper_count": 3},
    ...         {"key": "Task:lzp2", "name": "lazy zorb parsing", "kind": "Task", "paper_count": 5}]
    >>> [(a["key"], b["key"]) for a, b in inner_acronym_kinds(rows)]
    [('Method:lzp', 'Task:lzp2')]
    """
    return [(c, twin) for c, twin in _inner_acronym_pairs(rows, entry_of) if c["kind"] != twin["kind"]]


def lexicon_twins(rows: Iterable[Mapping], entry_of: Mapping[tuple[str, str], str]) -> dict[str, str]:
    """Rule 6: concepts of one kind named by spellings of one lexicon entry are one ("CNN/DailyMail"
    and "CNN/DM", "multilayer perceptron" and "MLP": the field's lexicons list them as one thing),
    into the concept most papers mention. An acronym a paper expanded otherwise is another sense and
    stays (its long form is neither the entry's nor another member's), and so do names with other
    numbers (versions: "CTB6" and "CTB 5.1", "BEiT-3" and "BEiT").

    >>> rows = [{"key": "Dataset:a", "name": "CNN/DailyMail", "kind": "Dataset", "paper_count": 50},
    ...         {"key": "Dataset:b", "name": "CNN/DM", "kind": "Dataset", "paper_count": 5},
    ...         {"key": "Method:c", "name": "CNN/DM", "kind": "Method", "paper_count": 2}]
    >>> entries = {("Dataset", "cnndailymail"): "CNN/DailyMail", ("Dataset", "cnndm"): "CNN/DailyMail"}
    >>> lexicon_twins(rows, entries)
    {'Dataset:b': 'Dataset:a'}
    >>> lexicon_twins([*rows[:1], {**rows[1], "name": "CNN/DM 2"}], entries)  # another version: stays
    {}
    >>> rows[1] = {**rows[1], "aliases": ["Cable News Dialogue Maps"]}  # a paper's own expansion: another sense
    >>> lexicon_twins(rows, entries)
    {}
    """
    listed: dict[tuple[str, str], set[str]] = defaultdict(set)  # an entry's folded spellings
    for (kind, folded), name in entry_of.items():
        listed[(kind, name)].add(folded)
    groups: dict[tuple[str, str, str], list[Mapping]] = defaultdict(list)
    for c in rows:
        folded = fold(c.get("name") or "")
        entry = entry_of.get((c["kind"], folded))
        if entry is None and (word_folded := long_form_fold(c.get("name") or "")):
            # a variant of a listed long form (see lexicon_entries), unless a paper coined its own acronym
            # for it ("Beam search and RE-rAnKing (BREAK)" is one paper's method, not the field's technique)
            entry = entry_of.get((c["kind"], word_folded))
            coined = {fold(a) for a in _spellings(c) if is_acronym(a)} - listed[(c["kind"], entry or "")]
            entry = None if coined else entry
        if entry is None and (core := core_name(c["kind"], c.get("name") or "")):
            # a listed spelling with a head word that adds nothing ("macro-average F1-score": macro-F1's
            # "macro average F1" and "score"), as rule 4 reads it
            entry = entry_of.get((c["kind"], fold(core)))
        if entry is not None:  # versions stay apart though an entry lists both ("Taskmaster-1", "Taskmaster-2")
            groups[(c["kind"], entry, re.sub(r"[^0-9]", "", folded))].append(c)
    out: dict[str, str] = {}
    for (kind, entry, _), group in groups.items():
        if len(group) < 2:
            continue
        members = [c for c in group if _agrees(c, group, listed[(kind, entry)])]
        if len(members) < 2:
            continue
        top = max(members, key=_rank)
        out.update({c["key"]: top["key"] for c in members if c["key"] != top["key"]})
    return out


def _agrees(c: Mapping, group: list[Mapping], listed: set[str]) -> bool:
    """No expansion, one the entry or another member writes, or a name the field uses widely
    (one paper's odd expansion of "BiLSTM" does not make the field's BiLSTM another thing)."""
    spelled = [lf for lf in long_forms(_spellings(c)) if lf != c["name"]]
    expansions = [fold(lf) for lf in spelled] + [f for lf in spelled if (f := long_form_fold(lf))]
    others = {fold(s) for o in group if o is not c for s in _spellings(o)}
    others |= {f for o in group if o is not c for s in _spellings(o) if (f := long_form_fold(s))}
    widely_used = int(c.get("paper_count") or 0) >= WIDELY_USED
    return not expansions or widely_used or any(f in listed or f in others for f in expansions)


def letters_of(s: str) -> str:
    """The letters and digits of `s` in small letters: one name in another case or punctuation.

    >>> letters_of("Offens-Eval") == letters_of("OffensEval")
    True
    """
    return "".join(ch for ch in s.casefold() if ch.isalnum())


def case_fold(name: str) -> str:
    """`fold` of the name in small letters: a plural written in capitals ("SNIPS", "WIKIEVENTS") folds like
    its mixed-case spelling ("Snips", "WikiEvents"), which `fold` keeps apart (it drops a small `s` only,
    so that "CLiPS" is no plural of "CLIP").

    >>> case_fold("SNIPS") == case_fold("Snips"), case_fold("EMPATHETIC-DIALOGUES") == case_fold("EmpatheticDialogues")
    (True, True)
    >>> case_fold("FLORES+") == case_fold("Flores"), case_fold("HumanEval+") == case_fold("HUMANEVAL")
    (False, False)
    """
    return fold((name or "").casefold())


#: A version marker glued to a name's last letter ("SQuADv2", "VQA-CPv2", "UbuntuV2", "QuranMB.v2"): a "v" after
#: a capital, a "V" after a small letter, or either after a dot, then the version's digits to the end. A small "v"
#: after a small letter is left ("MobileNetv2" would read so too, but so would a word's own "v").
_GLUED_VERSION = re.compile(r"(?:(?<=[A-Z])v|(?<=[a-z])V|\.[vV])(?=\d+(?:\.\d+)*$)")


def unglued_version(name: str) -> str:
    """The name with a version marker glued to it set apart ("SQuADv2" is "SQuAD v2"), which `fold` then drops as
    it does the spaced one's ("SQuAD v2" folds as "SQuAD 2.0" does).

    >>> unglued_version("ZorbQAv2"), unglued_version("ZorbV2.1"), unglued_version("Zorb.v2"), unglued_version("Zorbnetv2")
    ('ZorbQA v2', 'Zorb v2.1', 'Zorb v2', 'Zorbnetv2')
    """
    return _GLUED_VERSION.sub(lambda m: " v", name or "")


def version_twins(rows: Iterable[Mapping]) -> list[list[Mapping]]:
    """Groups of concepts of one kind whose names differ only in writing their version in roman numerals or
    digits ("MultiCoNER II" / "MultiCoNER 2"), or in gluing the version marker to the name ("VQA-CPv2" / "VQA-CP
    v2"; ACL 44k at stop 36 also "SQuADv2" beside SQuAD 2.0, "UbuntuV2" beside "Ubuntu V2"): one edition on two
    nodes, unless two senses. A later release stays apart from the bare name (`first_release_twins`).

    >>> rows = [{"key": "Dataset:zii", "name": "ZorbNER II", "kind": "Dataset", "paper_count": 8},
    ...         {"key": "Dataset:z2", "name": "ZorbNER 2", "kind": "Dataset", "paper_count": 5},
    ...         {"key": "Dataset:z", "name": "ZorbNER", "kind": "Dataset", "paper_count": 40},
    ...         {"key": "Dataset:zqa2", "name": "ZorbQA 2.0", "kind": "Dataset", "paper_count": 30},
    ...         {"key": "Dataset:zqav2", "name": "ZorbQAv2", "kind": "Dataset", "paper_count": 1}]
    >>> [[c["name"] for c in g] for g in version_twins(rows)]
    [['ZorbNER II', 'ZorbNER 2'], ['ZorbQA 2.0', 'ZorbQAv2']]
    """
    return _twins(rows, lambda name: (fold(arabic_version(unglued_version(name))),))


#: A dataset's first release written after its name: "v1", "V1", "v1.0", "version 1.0" or "1.0" (not a bare "1",
#: which numbers a shared task's subtask or a split as often: "Shared Task 1", "Test Set-1").
_FIRST_RELEASE = re.compile(r"^(?P<name>.*[^\W\d_].*?)[\s_-]+(?:(?:v|version)\s*\.?\s*1(?:\.0)?|1\.0)$", re.IGNORECASE)


def first_release_twins(rows: Iterable[Mapping]) -> dict[str, str]:
    """{key: the Dataset named by the bare name} for a Dataset named by a name and its first release ("ZuST-C
    v1.0", "ZorbRel 1.0", "ZS ZARCO V1"), where the graph holds the bare name: papers name the first release
    bare until a second one comes ("MuST-C v1.0" beside "MuST-C", "FewRel 1.0" beside "FewRel", "FEVER 1.0"
    beside "FEVER"), so the two are one corpus. A later release ("v2", "2.0") is another corpus (SQuAD 2.0,
    MultiWOZ 2.0, FEVER 2.0) and stays apart.

    >>> rows = [{"key": "Dataset:zustc", "name": "ZuST-C", "kind": "Dataset", "paper_count": 60},
    ...         {"key": "Dataset:zustc1", "name": "ZuST-C v1.0", "kind": "Dataset", "paper_count": 2},
    ...         {"key": "Dataset:zustc2", "name": "ZuST-C v2", "kind": "Dataset", "paper_count": 2},
    ...         {"key": "Dataset:zt1", "name": "Zorb Shared Task 1", "kind": "Dataset", "paper_count": 1},
    ...         {"key": "Dataset:zt", "name": "Zorb Shared Task", "kind": "Dataset", "paper_count": 8}]
    >>> first_release_twins(rows)
    {'Dataset:zustc1': 'Dataset:zustc'}
    """
    kept = [c for c in rows if c.get("kind") == "Dataset" and not is_own_name_key(c["key"])]
    named = {fold(c.get("name") or ""): c for c in sorted(kept, key=_rank)}
    out = {}
    for c in kept:
        m = _FIRST_RELEASE.match((c.get("name") or "").strip())
        base = re.sub(r"[\s_-]+(?:v|version)\.?$", "", m.group("name"), flags=re.IGNORECASE) if m else ""
        bare = named.get(fold(base)) if m else None
        if bare is not None and bare["key"] != c["key"]:
            out[c["key"]] = bare["key"]
    return out


def pair_twins(rows: Iterable[Mapping]) -> list[list[Mapping]]:
    """Groups of concepts of one kind named by one benchmark edition and one translation direction written
    otherwise ("WMT14 English-German", "WMT'14 En-De", "WMT 2014 English-to-German", "WMT14 EN→DE"): the
    direction read as its language codes (`paperkg.language_pairs.split_pair`), the edition folded. Another
    edition ("WMT16 En-De"), another direction ("WMT14 De-En") or no edition ("WMT English-German") stays apart.

    >>> rows = [{"key": "Dataset:a", "name": "ZMT14 English-German", "kind": "Dataset", "paper_count": 48},
    ...         {"key": "Dataset:b", "name": "ZMT’14 En-De", "kind": "Dataset", "paper_count": 13},
    ...         {"key": "Dataset:c", "name": "ZMT 2014 English-to-German", "kind": "Dataset", "paper_count": 3},
    ...         {"key": "Dataset:d", "name": "ZMT14 De-En", "kind": "Dataset", "paper_count": 2},
    ...         {"key": "Dataset:e", "name": "ZMT16 En-De", "kind": "Dataset", "paper_count": 2}]
    >>> [[c["name"] for c in g] for g in pair_twins(rows)]
    [['ZMT14 English-German', 'ZMT’14 En-De', 'ZMT 2014 English-to-German']]
    """
    # the spellings of a direction are no long forms: "WMT 2014 English-German" is no second sense of "WMT14 En-De"
    return _twins(rows, _benchmark_pair, senses=False)


#: A model's variant written by its word or its short mark after the version or size: "GPT-4V" / "GPT-4 Vision",
#: "Zorb-7B-it" / "Zorb-7B-Instruct" (the short marks of the model cards: GPT-4V(ision), Gemma's "-it").
_VARIANT = (
    (re.compile(r"^(?P<base>.*\d)[\s-]*(?:V|Vision)$"), "vision"),
    (re.compile(r"^(?P<base>.*\d[BbMm])[\s-]+(?:it|IT|Instruct)$"), "instruct"),
)


def variant_twins(rows: Iterable[Mapping]) -> list[list[Mapping]]:
    """Groups of concepts of one kind named by one model variant written out and by its short mark (issue 15:
    ACL 44k "GPT-4V" 64 papers / "GPT-4 Vision" 5, "Llama-3-8B-Instruct" 14 / "Llama-3-8B-it" 1,
    "Mistral-7B-Instruct" 10 / "Mistral-7B-it" 1): one model on two nodes. The base model ("GPT-4") and
    another version ("GPT-4o") stay apart.

    >>> rows = [{"key": "Model:z4v", "name": "ZPT-4V", "kind": "Model", "paper_count": 64},
    ...         {"key": "Model:z4vision", "name": "ZPT-4 Vision", "kind": "Model", "paper_count": 5},
    ...         {"key": "Model:z4", "name": "ZPT-4", "kind": "Model", "paper_count": 900},
    ...         {"key": "Model:zorb7binstruct", "name": "Zorb-7B-Instruct", "kind": "Model", "paper_count": 10},
    ...         {"key": "Model:zorb7bit", "name": "Zorb-7B-it", "kind": "Model", "paper_count": 1}]
    >>> [[c["name"] for c in g] for g in variant_twins(rows)]
    [['ZPT-4V', 'ZPT-4 Vision'], ['Zorb-7B-Instruct', 'Zorb-7B-it']]
    """
    return _twins(rows, _variant)


def _variant(name: str) -> tuple[str, ...]:
    for pattern, word in _VARIANT:
        if m := pattern.match(name.strip()):
            return (fold(m.group("base")), word)
    return (fold(name),)


def _benchmark_pair(name: str) -> tuple[str, ...]:
    """(folded benchmark, direction) of a name that ends in a translation direction, else its own fold."""
    if not any(ch in name for ch in "-–—→>⇒⟶") and " to " not in name:
        return (fold(name),)  # no direction can be written without a dash, an arrow or "to": no regex run
    base, pair = split_pair(name)
    return (fold(base), pair) if pair else (fold(name),)


def case_twins(rows: Iterable[Mapping]) -> list[list[Mapping]]:
    """Groups of concepts of one kind whose names differ in case and punctuation only ("SNIPS" / "Snips",
    "PEGASUS" / "Pegasus", "WikiEvents" / "WIKIEVENTS") but not in `fold` (a capital plural `S` is kept
    by `fold`): one concept on two nodes unless two senses (`two_senses`). Letters must match one for one,
    so "CLiPS" is no twin of "CLIP". Coined names of one paper (`is_own_name_key`) and topics are left out.

    >>> rows = [{"key": "Dataset:snips", "name": "SNIPS", "kind": "Dataset", "paper_count": 17},
    ...         {"key": "Dataset:snip", "name": "Snips", "kind": "Dataset", "paper_count": 9},
    ...         {"key": "Model:clips", "name": "CLiPS", "kind": "Model", "paper_count": 2},
    ...         {"key": "Model:clip", "name": "CLIP", "kind": "Model", "paper_count": 9}]
    >>> [[c["name"] for c in g] for g in case_twins(rows)]
    [['SNIPS', 'Snips']]
    """
    return _twins(rows, lambda name: (case_fold(name), letters_of(name)))


def _twins(rows: Iterable[Mapping], same: Callable[[str], tuple], *, senses: bool = True) -> list[list[Mapping]]:
    """Groups of concepts of one kind whose names `same` maps to one key but `fold` does not (one folded
    name: rule 3 already sees it), most papers first, unless two of them are two senses (`two_senses`; not
    asked without `senses`, for names that say all they name). Coined names of one paper (`is_own_name_key`)
    and topics are left out."""
    by: dict[tuple, list[Mapping]] = defaultdict(list)
    for c in rows:
        if c.get("kind") == TOPIC or is_own_name_key(c["key"]):
            continue
        by[(c["kind"], *same(c.get("name") or ""))].append(c)
    out = []
    for group in by.values():
        if len({fold(c.get("name") or "") for c in group}) < 2:
            continue
        ranked = sorted(group, key=_rank, reverse=True)
        if not senses or not any(two_senses(a, b) for i, a in enumerate(ranked) for b in ranked[i + 1 :]):
            out.append(ranked)
    return out


def _typed_top(
    group: list[Mapping],
    bare_papers: Mapping[tuple[str, str], Mapping[str, int]],
    typed: Mapping[str, Mapping[str, int]] | None = None,
    listed: Mapping[str, Mapping[str, frozenset[str]]] | None = None,
) -> Mapping:
    """The concept of `group` (one name, several kinds) the others join: the most mentioned one of the kind most
    papers give it, counting the papers of the bare acronyms it holds ("New York Times" typed Metric by the four
    papers that define NYT, Dataset by the twenty that write only NYT: a Dataset). A tie goes to a kind other
    than UNTYPED, the kind a paper gives a name nothing in it types ("OpenAI's BrowseComp" is a Method by
    default, "benchmarks such as BrowseComp" a Dataset by its context: one paper each, a Dataset), unless
    the name is an acronym with its long form there, which the long form's head word types.

    A paper votes for the kind it typed the name (`typed`: {key: {kind: papers}}, the store's MENTIONS edges),
    not for the kind of the concept an earlier merge put its mention in: a concept a store settled as a Task
    over one Method paper and two Task ones, given two more Method papers, is a Method, as one build of all
    five papers decides. A concept's papers typing a kind no concept of the group has vote for its own kind;
    without `typed` each concept's papers vote for its kind.

    >>> group = [{"key": "Method:bc", "name": "BrowseComp", "kind": "Method", "paper_count": 1},
    ...          {"key": "Dataset:bc", "name": "BrowseComp", "kind": "Dataset", "paper_count": 1}]
    >>> _typed_top(group, {})["key"]
    'Dataset:bc'
    >>> group = [{"key": "Task:zp", "name": "zorb parsing", "kind": "Task", "paper_count": 3},
    ...          {"key": "Method:zp", "name": "zorb parsing", "kind": "Method", "paper_count": 2}]
    >>> _typed_top(group, {})["key"], _typed_top(group, {}, {"Task:zp": {"Task": 2, "Method": 1}})["key"]
    ('Task:zp', 'Method:zp')

    The bare acronym's papers do not vote where the lexicons expand the acronym otherwise (`listed`:
    {folded acronym: {entry: folded long forms}}) and the group's long form is none of those: a paper's own
    "Zorb Concatenation of Embeddings (ZCE)" is not the kind of the many bare "ZCE" papers that mean the
    listed "Zonal Corpus Extraction" corpora (issue 15: ACL "Automated Concatenation of Embeddings", a
    method, was typed Dataset by the ACE corpora's bare papers).

    >>> group = [{"key": "Method:zce", "name": "Zorb Concatenation of Embeddings", "kind": "Method",
    ...           "aliases": ["ZCE"], "paper_count": 1},
    ...          {"key": "Dataset:zce", "name": "Zorb Concatenation of Embeddings", "kind": "Dataset",
    ...           "aliases": ["ZCE"], "paper_count": 1}]
    >>> bare = {("Dataset", "zce"): {"Dataset:zce0": 40}}
    >>> listed = {"zce": {"ZCE": frozenset({"zonalcorpusextraction"})}}
    >>> _typed_top(group, bare)["key"], _typed_top(group, bare, None, listed)["key"]
    ('Dataset:zce', 'Method:zce')
    """
    keys = {c["key"] for c in group}
    held = {fold(a) for c in group for a in _spellings(c) if a not in long_forms(_spellings(c))}
    votes: dict[str, int] = defaultdict(int)
    kinds = {c["kind"] for c in group}
    for c in group:
        papers = int(c.get("paper_count") or 0)
        for kind, n in ((typed or {}).get(c["key"]) or {c["kind"]: papers}).items():
            votes[kind if kind in kinds else c["kind"]] += n
    if any(long_forms(_spellings(c)) for c in group):
        mine = {fold(s) for c in group for s in long_forms(_spellings(c))}

        def other_sense(a: str) -> bool:
            forms = {f for fs in (listed or {}).get(a, {}).values() for f in fs}
            return bool(forms) and not any(f.startswith(m) or m.startswith(f) for f in mine for m in forms)

        for kind in votes:
            votes[kind] += sum(
                n
                for a in held
                if not other_sense(a)
                for k, n in bare_papers.get((kind, a), {}).items()
                if k not in keys
            )
    expanded = {c["kind"] for c in group if any(map(is_acronym, _spellings(c))) and long_forms(_spellings(c))}
    untyped = {UNTYPED} - expanded  # an acronym's long form is typed by its head word
    kind = max(votes, key=lambda k: (votes[k], k not in untyped, max(_rank(c) for c in group if c["kind"] == k)))
    return max((c for c in group if c["kind"] == kind), key=_rank)


def plan_merges(
    concepts: Iterable[Mapping],
    synonym_of: Mapping[str, str] | None = None,
    entry_of: Mapping[tuple[str, str], str] | None = None,
    kind_votes: Callable[[list[str]], Mapping[str, Mapping[str, int]]] | None = None,
    listed_long_forms: Mapping[str, Mapping[str, frozenset[str]]] | None = None,
) -> dict[str, str]:
    """{from_key: to_key}, every target final (no chains), sorted by from_key.

    `synonym_of` is {folded spelling: its synonym line} (default: `synonyms()`, data/synonyms.tsv);
    `entry_of` is {(kind, folded spelling): lexicon entry} (rule 6; default none); `kind_votes` gives
    {key: {kind: papers that typed the name so}} of the keys rule 2 weighs (the store's `kind_votes`;
    default: a concept's papers all vote for its kind); `listed_long_forms` is {folded acronym: {lexicon entry:
    its folded long forms}} (refresh.reading.lexicon_long_forms; default none), by which rules 2 and 10 keep a
    long form of another sense off a lexicon entry of another kind (`foreign_long_form`).
    """
    listed = listed_long_forms or {}
    synonym_of = synonyms() if synonym_of is None else synonym_of
    # a paper's own coined name ("TranSFormer") folds like the famous concept it was split from: kept apart
    rows = [c for c in concepts if c.get("kind") != TOPIC and not is_own_name_key(c["key"])]
    by_key = {c["key"]: c for c in rows}
    target: dict[str, str] = {}

    def propose(a: Mapping, b: Mapping) -> None:
        small, big = sorted((a, b), key=_rank)
        if small["key"] != big["key"] and small["key"] not in target:
            target[small["key"]] = big["key"]

    by_spelling: dict[tuple[str, str], list[Mapping]] = defaultdict(list)
    by_name: dict[str, list[Mapping]] = defaultdict(list)
    for c in rows:
        for s in long_forms(_spellings(c)):
            by_spelling[(c["kind"], fold(s))].append(c)
        by_name[fold(c.get("name") or "")].append(c)
    for c in rows:  # rule 1b: the long forms an acronym concept's papers wrote, folded word by word
        name = c.get("name") or ""
        if is_acronym(name):
            for s in long_forms(_spellings(c)):
                if (word_folded := long_form_fold(s)) and fold(name) in initials(s):
                    by_spelling[(c["kind"], word_folded)].append(c)
    # rule 1c: "seq2seq" is the acronym of a concept one of whose papers wrote it in capitals ("SEQ2SEQ"), a
    # long form of a concept whose papers never did: a name another concept holds as its acronym in small letters
    acronym_cased: dict[tuple[str, str], list[Mapping]] = defaultdict(list)
    for c in rows:
        expanded = long_forms(_spellings(c))
        for s in _spellings(c):
            if s not in expanded and not is_acronym(s):
                acronym_cased[(c["kind"], fold(s))].append(c)
    for c in rows:  # rule 1
        name = c.get("name") or ""
        if name not in long_forms(_spellings(c)):
            continue
        word_folded = long_form_fold(name)
        spelled = by_spelling.get((c["kind"], word_folded), []) if word_folded else []
        mine = _long_forms(c)  # its papers expanded it to another thing: another sense
        cased = [
            o
            for o in acronym_cased.get((c["kind"], fold(name)), [])
            if not mine or mine & {_word_fold(s) for s in long_forms(_spellings(o))}
        ]
        for other in [*by_spelling.get((c["kind"], fold(name)), []), *spelled, *cased]:
            if other["key"] != c["key"]:
                propose(c, other)
    by_kind_name = {(c["kind"], fold(c.get("name") or "")): c for c in sorted(rows, key=_rank)}
    for c in rows:  # rule 4
        core = core_name(c["kind"], c.get("name") or "")
        named = by_kind_name.get((c["kind"], fold(core or "")))
        for other in [*by_spelling.get((c["kind"], fold(core or "")), []), *([named] if named else [])]:
            if core and other["key"] != c["key"]:
                propose(c, other)
    by_synonym: dict[str, list[Mapping]] = defaultdict(list)
    for c in rows:  # rule 5: the field's synonyms, any kind, into the concept most papers mention
        lines = {synonym_of[f] for s in long_forms(_spellings(c)) if (f := fold(s)) in synonym_of}
        if len(lines) == 1:  # a Dataset named like a task ("RTE") stays a Dataset
            by_synonym[lines.pop() + ("|Dataset" if c["kind"] == "Dataset" else "")].append(c)
    for group in by_synonym.values():
        top = max(group, key=_rank)
        for c in group:
            if c["key"] != top["key"] and c["key"] not in target:
                target[c["key"]] = top["key"]
    for k, v in lexicon_twins(rows, entry_of or {}).items():  # rule 6
        target.setdefault(k, v)
    for k, v in modifier_twins(rows).items():  # rule 7
        target.setdefault(k, v)
    for k, v in one_sense_twins(rows).items():  # rule 8
        target.setdefault(k, v)
    for k, v in plain_twins(rows).items():  # rule 9
        target.setdefault(k, v)
    for k, v in inner_acronym_twins(rows, entry_of).items():  # rule 10
        target.setdefault(k, v)
    for k, v in format_twins(rows).items():  # rule 11
        target.setdefault(k, v)
    for k, v in split_twins(rows).items():  # rule 12
        target.setdefault(k, v)
    for group in by_name.values():  # rule 3: one kind, one name (an acronym name too), no two long forms
        for kind in {c["kind"] for c in group}:
            same = sorted((c for c in group if c["kind"] == kind), key=_rank, reverse=True)
            for c in same[1:]:
                if two_senses(c, same[0]) or widened_acronym(c) or widened_acronym(same[0]):
                    continue
                if odd_expansion(c, same[0], entry_of or {}, listed) or odd_expansion(
                    same[0], c, entry_of or {}, listed
                ):
                    continue  # a few papers' own "Chain-of-Verification (CoVe)" beside the known CoVe
                if c["key"] not in target:
                    target[c["key"]] = same[0]["key"]
    # rule 3b: one name up to case, punctuation, version or the spelling of a translation direction
    for group in [*case_twins(rows), *version_twins(rows), *pair_twins(rows), *variant_twins(rows)]:
        for c in group[1:]:
            target.setdefault(c["key"], group[0]["key"])
    for k, v in first_release_twins(rows).items():  # rule 3c: a dataset's first release is the bare name's corpus
        target.setdefault(k, v)
    bare_papers: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for c in rows:
        if not long_forms(_spellings(c)):
            bare_papers[(c["kind"], fold(c.get("name") or ""))][c["key"]] = int(c.get("paper_count") or 0)
    typed_groups = [g for g in by_name.values() if len({c["kind"] for c in g}) > 1]
    typed = kind_votes(sorted({c["key"] for g in typed_groups for c in g})) if kind_votes and typed_groups else {}
    for group in typed_groups:  # rule 2
        top = _typed_top(group, bare_papers, typed, listed)
        if top["key"] in target:  # already joining another concept (rule 3): no cycle back
            continue
        top_long = _long_forms(top)
        for c in group:
            if c["key"] == top["key"] or c["key"] in target:
                continue
            if top_long and not long_forms(_spellings(c)) and c["kind"] != top["kind"]:
                continue  # a bare acronym of another kind joins a sense per paper (resolve.senses), not wholesale
            if two_senses(c, top):
                continue  # two senses, each with its own long form (ReAct "reasoning and acting", REACT a corpus)
            if typed_apart(c, top):
                continue  # a dataset and another thing, each typed so by many papers (E2E data, end-to-end)
            if lexicon_senses(c, top, entry_of or {}):
                continue  # the lexicons list the name for two things (COMET the MT metric and the commonsense model)
            if foreign_long_form(c, top, entry_of or {}, listed):
                continue  # a paper's long form of a third thing ("COntext-aware Memory Enhanced Transformer (COMET)")
            target[c["key"]] = top["key"]
    # rule 10 across kinds: acronym and long form are one entity, of the kind most of their papers give it
    cross = [
        (a, b) for a, b in inner_acronym_kinds(rows, entry_of) if a["key"] not in target and b["key"] not in target
    ]
    votes = kind_votes(sorted({c["key"] for pair in cross for c in pair})) if kind_votes and cross else {}
    for a, b in cross:
        if a["key"] in target or b["key"] in target:
            continue  # one of them already joins another concept
        if typed_apart(a, b) or lexicon_senses(a, b, entry_of or {}) or foreign_long_form(a, b, entry_of or {}, listed):
            continue
        top = _typed_top([a, b], {}, votes)
        other = b if top is a else a
        target[other["key"]] = top["key"]

    def final(k: str) -> str:
        seen = set()
        while k in target and k not in seen:
            seen.add(k)
            k = target[k]
        return k

    out = {k: final(k) for k in target}
    planned = {
        k: v
        for k, v in sorted(out.items())
        if k != v and v in by_key and not other_editions(by_key.get(k, {}), by_key[v])
    }
    return one_edition_each(planned, by_key)


def one_edition_each(mapping: Mapping[str, str], by_key: Mapping[str, Mapping]) -> dict[str, str]:
    """`mapping` without the merges that would put two editions or numbered tasks of one series into one concept
    through a name they share: the series' bare name ("BioLaySumm", which papers of the 2023, 2024 and 2025 shared
    tasks all write) or an edition's event ("SIGMORPHON 2020 Shared Task" of its tasks 0 and 2). Each of them stays
    its own concept; a source no other source contradicts still joins.

    >>> rows = {k: {"key": k, "kind": "Dataset", "name": n} for k, n in
    ...         [("a", "FooSumm"), ("b", "FooSumm 2030"), ("c", "FooSumm 2031"), ("d", "FooSumm shared task")]}
    >>> one_edition_each({"b": "a", "c": "a", "d": "a"}, rows)
    {'d': 'a'}
    """
    sources: dict[str, list[str]] = defaultdict(list)
    for k, v in mapping.items():
        if by_key.get(k, {}).get("kind") == "Dataset":
            sources[v].append(k)
    apart: set[str] = set()
    for ks in sources.values():
        if len(ks) < 2:
            continue
        marked = [k for k in ks if any(edition_year(n) or task_number(n) for n in _spellings(by_key[k]))]
        for i, a in enumerate(marked):
            for b in marked[i + 1 :]:
                if other_editions(by_key[a], by_key[b]):
                    apart.update((a, b))
    return {k: v for k, v in mapping.items() if k not in apart}


def other_editions(a: Mapping, b: Mapping) -> bool:
    """Whether two Datasets are different benchmarks of one series: editions in different years ("NADI 2020" and
    "NADI 2023 shared task") or different numbered tasks ("SemEval-2018 Task 2" and "SemEval-2018 Task 8"): a
    year-less long form or an edition's event both were written with ("Nuanced Arabic Dialect Identification shared
    task", "SemEval 2018 shared task") does not make them one; each has its own data and its own leaderboard.

    >>> other_editions({"kind": "Dataset", "name": "NADI 2020"}, {"kind": "Dataset", "name": "NADI-23"})
    True
    >>> other_editions({"kind": "Dataset", "name": "SemEval-2018 Task 8"}, {"kind": "Dataset", "name": "SemEval 2018 Task 2"})
    True
    >>> other_editions({"kind": "Dataset", "name": "CoNLL03"}, {"kind": "Dataset", "name": "CoNLL-2003 NER"})
    False
    """
    if a.get("kind") != "Dataset" or b.get("kind") != "Dataset":
        return False
    # every spelling, not the name alone: a renamed concept may be named by its edition's event ("SemEval-2031
    # shared task") while its spellings still give its task
    return other_benchmarks(_spellings(a), _spellings(b))


__all__ = [
    "WORD_FOLDED",
    "case_fold",
    "letters_of",
    "case_twins",
    "inner_acronym_kinds",
    "inner_acronym_twins",
    "kept_apart",
    "lexicon_senses",
    "pair_twins",
    "long_form_fold",
    "modifier_twins",
    "one_sense_twins",
    "other_sense",
    "plain_twins",
    "plan_merges",
    "settled_long_forms",
    "two_senses",
    "version_twins",
    "first_release_twins",
    "one_edition_each",
    "format_twins",
    "is_number_format",
    "split_twins",
]
