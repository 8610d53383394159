"""The trained decision layer: keep or drop each assembled concept, and its type.

The rule components propose concepts with evidence (which rules fired, the
type each rule voted for, the name's shape, acronym definitions, title
position). Whether a lower-case phrase is a concept of the field or a
paraphrase of one abstract is what the rules cannot tell and the field's own
usage can: `phrase_stats` says how many papers use the phrase and in which
typing contexts. A multinomial logistic regression over those features,
trained by `make train` on the annotated development papers
(`scripts/train_decision.py`), makes the final call.

Features are a sparse dict per concept (`concept_features`, pure); the model
is a small JSON file of weights (`DecisionModel`), so it loads with the
pipeline, survives `nlp.to_disk` / `spacy.load`, and needs nothing but numpy.
"""

from __future__ import annotations

import json
import math
import re
import struct
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import repeat
from pathlib import Path
from typing import Final

import numpy as np

from paperkg.extract import context as ctx
from paperkg.extract import phrase_stats as ps
from paperkg.extract.lexicon import load_word_list
from paperkg.extract.names import CHECKPOINT_SIZE
from paperkg.extract.phrase_stats import PhraseStats, PhraseTable, load_phrase_stats, phrase_key

LABELS: Final = ("drop", "Model", "Method", "Dataset", "Metric", "Task")
#: the columns of LABELS whose best type gives a concept a drop threshold of its own (`_threshold`)
_TASK: Final = LABELS.index("Task")
_METHOD: Final = LABELS.index("Method")
TYPES = LABELS[1:]
_CONTEXTS = ("task", "data", "metric", "model", "method", "using", "on", "subject", "based", "abbr")
_CONTEXT_KEYS = tuple((c, f"ctx_{c}", f"ctx_{c}_any") for c in _CONTEXTS)
_WORD = re.compile(r"[\w@^+#'’.-]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_CAMEL = re.compile(r"[a-z][A-Z]")


def default_model_path() -> Path:
    return Path(str(resources.files("paperkg.extract") / "data" / "decision.json"))


def _shape_features(name: str) -> dict[str, float]:
    words = name.split()
    f = {f"words={min(len(words), 4)}": 1.0}
    letters = "".join(filter(str.isalpha, name))  # map/filter: character tests in C, not generators
    if letters and all(map(str.islower, letters)):
        f["shape=lower"] = 1.0
    elif letters and all(map(str.isupper, letters)):
        f["shape=caps"] = 1.0
    elif all(w[:1].isupper() for w in words if w[:1].isalpha()):
        f["shape=title"] = 1.0
    else:
        f["shape=mixed"] = 1.0
    if any(map(str.isdigit, name)):
        f["has_digit"] = 1.0
    if _YEAR.search(name):
        f["has_year"] = 1.0
    if "-" in name:
        f["has_hyphen"] = 1.0
    if any(ch in name for ch in "@_^\\"):
        f["has_debris_char"] = 1.0
    if _CAMEL.search(name):
        f["camel"] = 1.0
    if len(name) <= 3:
        f["short"] = 1.0
    if _inner_family().search(name):
        f["family_stem"] = 1.0
    if _VARIANT_TAIL.search(name):
        f["variant_tail"] = 1.0
    return f


@lru_cache(maxsize=1)
def _inner_family() -> re.Pattern:
    """A model family stem written with two capitals or a capital and a digit (BERT, T5, BLOOM, LLaVA) anywhere in a
    name: a derived checkpoint embeds its base's name (AraBERT, mBERT, FlanT5, BLOOMZ)."""
    stems = sorted(
        (w for w in load_word_list("model_families.txt") if sum(map(str.isupper, w)) + any(map(str.isdigit, w)) >= 2),
        key=len,
        reverse=True,
    )
    return re.compile("|".join(map(re.escape, stems)))


#: a released checkpoint's size or variant written after its name, in any case and after a space too
_VARIANT_TAIL = re.compile(rf"[-_ ]{CHECKPOINT_SIZE}$", re.IGNORECASE)


def best_stats(names: list[str], stats: dict[str, PhraseStats] | PhraseTable) -> PhraseStats | None:
    """The statistics of the spelling most papers use, among a concept's spellings."""
    found = [st for n in names if (st := stats.get(phrase_key(_WORD.findall(n)))) is not None]
    return max(found, key=lambda s: s.df) if found else None


@lru_cache(maxsize=8192)
def _shape_features_of(name: str) -> dict[str, float]:
    """`_shape_features`, once per name: the field's names recur from paper to
    paper. The dict is shared: callers copy from it, never change it."""
    return _shape_features(name)


@lru_cache(maxsize=8192)
def _best_stats_of(names: tuple[str, ...], stats: PhraseTable) -> PhraseStats | None:
    """`best_stats`, once per spelling set and table (a table is hashed by identity)."""
    return best_stats(list(names), stats)


@lru_cache(maxsize=4096)
def _stats_items(st: PhraseStats | None, by_rule: str) -> tuple[tuple[str, float], ...]:
    """Each statistics feature, alone and crossed with the rules' type, in
    feature order: computed once per phrase and type, as the phrases recur."""
    return tuple((key, v) for k, v in _stats_features(st).items() for key in (k, k + by_rule))


def _name_features(names: tuple[str, ...], type_: str, st: PhraseStats | None) -> dict[str, float]:
    """The features of a concept that only its spellings and the rules' type decide:
    the name's shape, its phrase statistics (alone and crossed with the type), its head word."""
    f = dict(_shape_features_of(names[0]))
    f.update(_stats_items(st, f"|rule={type_}"))
    head = names[0].split()[-1].lower() if names[0].split() else ""
    f[f"head={head}"] = 1.0
    f.update(_head_class_features(head))
    return f


@lru_cache(maxsize=8192)
def _name_items(names: tuple[str, ...], type_: str, stats: PhraseTable) -> dict[str, float]:
    """`_name_features` once per spelling set, type and table: the field's names recur from paper to paper.
    The dict is shared: callers copy from it, never change it (`dict.update` from a dict reuses its keys'
    hashes; from a tuple of pairs it unpacked and hashed each pair: ~1.5 us of a concept's ~8 us of features)."""
    return _name_features(names, type_, _best_stats_of(names, stats))


def _stats_features(st: PhraseStats | None) -> dict[str, float]:
    if st is None:
        return {"stats=none": 1.0}
    n = max(st.n, 1)
    f = {"log_df": math.log1p(st.df) / 5.0, f"df>={_df_bucket(st.df)}": 1.0}
    for c, share, seen in _CONTEXT_KEYS:
        v = getattr(st, c)
        if v:
            f[share] = v / n
            f[seen] = 1.0
    f["lower_share"] = st.lower / n
    f["upper_share"] = st.upper / n
    return f


def _df_bucket(df: int) -> int:
    for b in (1000, 100, 30, 10, 3):
        if df >= b:
            return b
    return 0


def concept_features(
    entity: dict, title_end: int, stats: dict[str, PhraseStats] | PhraseTable, text: str | None = None
) -> dict[str, float]:
    """Features of one assembled concept (the dict `ConceptAssembler` writes).

    >>> f = concept_features({"name": "BLEU", "type": "Metric", "aliases": [], "introduced": False,
    ...                       "mentions": [[40, 44]], "sources": ["lexicon"],
    ...                       "type_scores": {"Metric": 4}}, 20, {})
    >>> f["src=lexicon"], f["rule=Metric"], f["shape=caps"]
    (1.0, 1.0, 1.0)
    """
    f: dict[str, float] = {"bias": 1.0, f"rule={entity['type']}": 1.0}
    for s in entity.get("sources", ()):
        f[f"src={s}"] = 1.0
    scores = entity.get("type_scores") or {}
    total = sum(scores.values()) or 1
    for t, w in scores.items():
        f[f"score={t}"] = w / total
    if not scores:
        # no rule voted a type (an acronym's long form with no technique or task head): the type is
        # the rules' default, not evidence ("out-of-vocabulary (OOV)", "Region of Interest (RoI)")
        f[f"votes=none|rule={entity['type']}"] = 1.0
    if entity.get("introduced"):
        f["introduced"] = 1.0
    if entity.get("aliases"):
        f["has_alias"] = 1.0
    mentions = entity.get("mentions") or []
    f["log_mentions"] = math.log1p(len(mentions))
    if mentions and mentions[0][0] < title_end:
        f["in_title"] = 1.0
    names = (entity["name"], *entity.get("aliases", ()))
    if isinstance(stats, PhraseTable):
        f.update(_name_items(names, entity["type"], stats))
    else:
        f.update(_name_features(names, entity["type"], best_stats(list(names), stats)))
    if text is not None:
        f.update(_neighbour_features(text, mentions))
        slot = title_slot(text, mentions, title_end) if entity["type"] in ("Method", "Task") else None
        if slot:  # whether a title names a problem or a technique: what the rules cannot tell apart
            f[f"title_slot={slot}|rule={entity['type']}"] = 1.0
    for cue in entity.get("intro_cues") or ():
        f[f"cue={cue}"] = 1.0
    if entity.get("introduced"):
        # what makes the rules' "the paper's own" flag right differs by the name's kind and use
        for k in [
            k
            for k in f
            if k.startswith(
                ("shape=", "in_title", "df>=", "stats=none", "src=", "has_alias", "words=", "prev=", "rule=")
            )
        ]:
            f[f"introduced|{k}"] = f[k]
    if "stats" in entity.get("sources", ()):
        return proposal_features(f, text, mentions)
    return f


#: the word classes around a mention that say how the abstract uses a proposed phrase ("using X",
#: "X-based", "X approach", "the X task"): the columns of the phrase statistics, read in the paper itself
_MENTION_BEFORE = (("using", ps.USING_BEFORE), ("on", ps.ON_BEFORE))
_MENTION_AFTER = (
    ("task", ps.TASK_AFTER),
    ("data", ps.DATA_AFTER),
    ("metric", ps.METRIC_AFTER),
    ("model", ps.MODEL_AFTER),
    ("method", ps.METHOD_AFTER | {"based"}),
    ("subject", ps.SUBJECT_AFTER),
)


def proposal_features(f: dict[str, float], text: str | None, mentions: list) -> dict[str, float]:
    """The features of a phrase the statistics proposed (no rule found it), in a namespace of their own
    (`prop|`): the rules' concepts and the proposals are two populations (a rule's concept is mostly
    right, a proposal mostly a description), and shared weights let the thousands of proposals
    move the rules' decisions. With disjoint features the rules' weights are the ones trained without
    proposals (the loss is a sum over samples, the L2 term a sum over weights). Adds the classes of the
    words around its mentions in this paper ("ctx=using" for "using X", "ctx=method" for "X approach").

    >>> sorted(proposal_features({"bias": 1.0, "src=stats": 1.0}, "We use label smoothing approach.", [[7, 22]]))
    ['prop|bias', 'prop|ctx=method', 'prop|ctx=using', 'src=stats']
    """
    out = {f"prop|{k}": v for k, v in f.items() if k != "src=stats"}
    out["src=stats"] = 1.0
    if text is None:
        return out
    ms = mentions[:4]
    for a, b in ms:
        prev = _prev_word(text, a - 30 if a > 30 else 0, a)  # not `max(0, a - 30)`: ~200 ns of argument parsing
        m = _NEXT.match(text[b : b + 30])
        nxt = m.group(1).lower() if m else ""
        for name, words in _MENTION_BEFORE:
            if prev is not None and prev.lower() in words:
                out[f"prop|ctx={name}"] = out.get(f"prop|ctx={name}", 0.0) + 1.0 / len(ms)
        for name, words in _MENTION_AFTER:
            if nxt in words:
                out[f"prop|ctx={name}"] = out.get(f"prop|ctx={name}", 0.0) + 1.0 / len(ms)
    return out


#: the kinds of head noun the rules know ("translation" heads tasks, "decoding" techniques): a head word
#: seen in few training papers still says what its phrase names
_HEAD_CLASSES = (
    ("task", ctx.TASK_HEADS | ctx.HEAD_TYPES["Task"]),
    ("method", ctx.METHOD_HEADS),
    ("generic", ctx.GENERIC_HEADS),
    ("metric", ctx.METRIC_HEADS | ctx.HEAD_TYPES["Metric"]),
    ("data", ctx.HEAD_TYPES["Dataset"]),
)


def _head_class_features(head: str) -> dict[str, float]:
    """The head word's class among the rules' head lists (its ending is no feature: "-ing", "-tion" and "-er"
    features were tried with these and lowered dev.jsonl, commit 43ee44e).

    >>> sorted(_head_class_features("translation"))
    ['head_class=task']
    """
    return {f"head_class={name}": 1.0 for name, words in _HEAD_CLASSES if head in words or head.rstrip("s") in words}


_PREV = re.compile(r"([\w-]+)\W*$")


#: `_PREV` read backwards: over the reversed window, the marks after the last word (lazily), the hyphens right
#: after it, and the word with the hyphens inside and before it (`_prev_word`)
_PREV_REVERSED: Final = re.compile(r"\W*?(-*)(\w[\w-]*)")
#: a mark and a space (or a paragraph break) between a word and the mention after it ("tasks, X", "models (X"):
#: no word character and no hyphen, so the word `_PREV_REVERSED` finds ends before the two
_MARKS_AND_SPACE: Final = frozenset(
    {", ", ". ", ": ", "; ", ") ", "] ", '" ', "” ", "’ ", " (", " [", ' "', " “", " ‘", "\n\n"}
)
#: a mark that opens a word before a mention ("(using X"): no word character and no hyphen, so the regex's word
#: stops at it
_OPENING_MARKS: Final = frozenset('(["“‘')


def _prev_word(text: str, lo: int, hi: int) -> str | None:
    """`_PREV.search(text, lo, hi).group(1)`: the last word before `hi` with the
    hyphens joined to it, found by one anchored match over the reversed window (the
    regex tries every start position of the window and was a quarter of the features'
    time; a Python step per character, which replaced it, cost ~45k instructions a text).
    A window without a word character gives its first run of hyphens, if any. A window
    ending in a space or a mark and a space (`_MARKS_AND_SPACE`) after a word of letters,
    digits and hyphens after a space or an opening bracket (most) gives that word by string
    calls, without the slice, its reversal and the regex call (~1.9k instructions a call
    fewer; `str.isalnum` is the regex's `\\w` without "_").

    >>> _prev_word("using the GPT-- (", 0, 17), _prev_word("a - (", 0, 5), _prev_word("( ", 0, 2)
    ('GPT--', 'a', None)
    >>> _prev_word("( -- , (", 0, 8), _prev_word("Foo-Bar- ,", 0, 10), _prev_word("Foo-Bar", 4, 7)
    ('--', 'Foo-Bar-', 'Bar')
    """
    if hi <= lo:
        return None  # an empty window: a mention at the text's start
    end = hi - 2 if text[hi - 2 : hi] in _MARKS_AND_SPACE else hi - 1 if text[hi - 1] == " " else -1
    if end > lo:  # "using X", "tasks, X", "models (X", "(fine-tuned X": a word after a space, by string calls
        s = text.rfind(" ", lo, end)
        if s >= 0:
            word = text[s + 1 : end]
            if word.isalnum():
                return word
            if word[:1] in _OPENING_MARKS:
                word = word[1:]
            if word[-1:].isalnum() and word.replace("-", "").isalnum():
                return word  # letters, digits and hyphens, a letter or digit last: all of it is the regex's word
    m = _PREV_REVERSED.match(text[lo:hi][::-1])
    if m:
        return m.group(2)[::-1] + m.group(1)
    i = text.find("-", lo, hi)
    if i < 0:
        return None
    j = i
    while j < hi and text[j] == "-":
        j += 1
    return text[i:j]


_NEXT = re.compile(r"^\W*([\w-]+)")
#: `_NEXT` at a place of the text: `match(text, pos, endpos)` anchors at pos and reads nothing past endpos, as
#: `_NEXT.match` over the slice text[pos:endpos] did, without cutting the slice
_NEXT_AT: Final = re.compile(r"\W*([\w-]+)")

#: the lower-case word of a Title Case title that opens the slot a name fills: what the work is
#: for ("... for Disfluency Correction"), what it uses ("... via Query Rewriting"), where it is applied
_SLOT_WORDS: Final = {
    "for": "purpose",
    "towards": "purpose",
    "toward": "purpose",
    "via": "means",
    "using": "means",
    "with": "means",
    "by": "means",
    "through": "means",
    "on": "on",
    "in": "on",
    "of": "of",
}
_TITLE_TOKEN: Final = re.compile(r"[\w'’-]+|:")


def title_slot(text: str, mentions: list, title_end: int) -> str | None:
    """Which slot of the title the concept's first title mention fills: the run that opens the
    title ("start", "start_for" when a purpose follows: the means of "Foo Decoding for X"), the
    subtitle after a colon, or the slot a lower-case word opens ("purpose" after "for" / "towards",
    "means" after "via" / "using" / "with", "on", "of", "other"). A problem is what a title says
    the work is for; a technique what it works by. None when the title does not name it.

    >>> t = "Gloss Tricks for Frob Detection. Abstract."
    >>> title_slot(t, [[22, 31]], 31), title_slot(t, [[0, 12]], 31), title_slot(t, [[40, 45]], 31)
    ('purpose', 'start_for', None)
    """
    for first in mentions:  # the first title mention, by a loop: no generator left open at it
        if first[0] < title_end:
            break
    else:
        return None
    before: list[str] = _TITLE_TOKEN.findall(text[: first[0]])
    for w in reversed(before):
        if w == ":":
            return "subtitle"
        if w.islower():
            return _SLOT_WORDS.get(w, "other")
    after = _TITLE_TOKEN.findall(text[first[1] : title_end])
    lower = [w for w in after if w.islower() or w == ":"]
    return "start_for" if lower and lower[0] in ("for", "towards", "toward") else "start"


def _neighbour_features(text: str, mentions: list) -> dict[str, float]:
    """The words right before and after the concept's mentions ("using X",
    "X task", "X achieves"), each weighted by its share of the mentions."""
    f: dict[str, float] = {}
    ms = mentions[:4]
    share = 1.0 / len(ms) if ms else 0.0
    for a, b in ms:
        prev = _prev_word(text, a - 30 if a > 30 else 0, a)  # not `max(0, a - 30)`: ~200 ns of argument parsing
        if prev is not None:
            k = f"prev={prev.lower()}"
            f[k] = f.get(k, 0.0) + share
        m = _NEXT_AT.match(text, b, b + 30)  # the 30 characters after the mention, not cut out of the text
        if m:
            k = f"next={m.group(1).lower()}"
            f[k] = f.get(k, 0.0) + share
    return f


def _packed_array(items: list, code: str, dtype) -> np.ndarray:
    """`items` (Python floats with `code` "d", ints with "n") as a 1-d array of `dtype`, written by
    `struct.pack_into` into an empty array: the same 8-byte values `np.fromiter` stores (a C double, a C
    ssize_t: numpy's float and intp), ~2.5x cheaper (one C conversion an item, where `np.fromiter` packs each
    through numpy's generic `PyArray_Pack`: ~110k instructions an abstract, ~1% of the seed pass).

    >>> _packed_array([1.0, 0.25], "d", float), _packed_array([3, 0], "n", np.intp)
    (array([1.  , 0.25]), array([3, 0]))
    """
    out = np.empty(len(items), dtype=dtype)
    if items:
        struct.pack_into(f"{len(items)}{code}", out, 0, *items)
    return out


@dataclass
class DecisionModel:
    """Softmax regression weights over named features (LABELS order). A rule's
    concept is dropped only when P(drop) reaches `drop_threshold`: dropping at
    0.5 cost recall on the seed papers and gained nothing on the ACL ones
    (cross-validated, see the README)."""

    features: list[str]
    weights: np.ndarray  # (len(features), len(LABELS))
    drop_threshold: float = 0.7  # a rule's concept is dropped only when the model is this sure
    meta: dict | None = None
    #: weights (len(features),) of the binary `introduced` model, None to keep the rules' flag
    intro_weights: np.ndarray | None = None
    intro_threshold: float = 0.5
    proposal_threshold: float = 0.5
    #: the drop threshold of a concept the rules or the model type `Task`, None for `drop_threshold`
    task_drop_threshold: float | None = None
    #: the drop threshold of a concept the model types `Method` whose name is in Title Case (feature
    #: `shape=title`: "Dynamic Contextual Compression", "Moreover", "Bi-LSTMs"), None for `drop_threshold`
    method_title_drop_threshold: float | None = None

    def __post_init__(self) -> None:
        self._index = {f: i for i, f in enumerate(self.features)}
        # the weights with one zero row more, for features the model does not know (`decide_full`);
        # copied here once, so a model is rebuilt (`from_dict`, `fit`), never changed in place
        self._weights0 = np.vstack([self.weights, np.zeros((1, len(LABELS)))])
        self._intro0 = None if self.intro_weights is None else np.append(self.intro_weights, 0.0)
        # both models' weights side by side, so one sparse product scores a batch (`decide_full`)
        self._both0 = self._weights0 if self._intro0 is None else np.hstack([self._weights0, self._intro0[:, None]])

    def probabilities(self, feats: dict[str, float]) -> np.ndarray:
        idx, vals = [], []
        for k, v in feats.items():
            i = self._index.get(k)
            if i is not None:
                idx.append(i)
                vals.append(v)
        z = np.asarray(vals) @ self.weights[idx] if idx else np.zeros(len(LABELS))
        z = z - z.max()
        p = np.exp(z)
        return p / p.sum()

    def decide(self, feats: dict[str, float]) -> tuple[str | None, float]:
        """(type, confidence), or (None, P(drop)) when the concept is dropped."""
        return self.decide_all([feats])[0]

    def decide_all(self, samples: list[dict[str, float]]) -> list[tuple[str | None, float]]:
        """`decide` for a paper's concepts at once (one matrix product, not one per concept)."""
        return [d[:2] for d in self.decide_full(samples)]

    def decide_full(self, samples: list[dict[str, float]]) -> list[tuple[str | None, float, bool | None]]:
        """(type or None, confidence, introduced or None when no `introduced` model) per concept.

        A concept the phrase statistics proposed (feature `src=stats`) is kept
        only when the model is more sure of a type than of `drop`
        (`proposal_threshold`), and never by a model trained without proposals;
        a rule's concept unless `drop_threshold`."""
        p, intro = self._probabilities(samples)
        best = (1 + p[:, 1:].argmax(axis=1)).tolist()
        # a model trained without proposals has no weight for their features (`proposal_features`):
        # its uniform guess would keep every one, so it keeps none
        knows_proposals = "src=stats" in self._index
        out: list[tuple[str | None, float, bool | None]] = []
        for r, row in enumerate(p.tolist()):
            flag = None if intro is None else bool(intro[r] >= self.intro_threshold)
            proposal = bool(samples[r].get("src=stats"))
            if row[0] >= self._threshold(samples[r], best[r]) or (proposal and not knows_proposals):
                out.append((None, row[0], flag))
            else:
                k = best[r]
                out.append((LABELS[k], row[k], flag))
        return out

    def _probabilities(self, samples: list[dict[str, float]]) -> tuple[np.ndarray, list[float] | None]:
        """Each sample's probabilities of `LABELS` (a softmax of its weighted features) and, with an `introduced`
        model, its probability of being introduced (a logistic of the same product's last column)."""
        # a feature the model does not know points at an all-zero weight row; adding its
        # 0.0 leaves every sum bit-identical, and the lookups run in C (`map`), not per item in Python
        from scipy.sparse import csr_matrix  # here, as elsewhere: importing scipy costs the CLI's start-up

        absent = len(self.features)
        cols: list[int] = []
        vals: list[float] = []
        ends = [0]
        for feats in samples:
            cols.extend(map(self._index.get, feats, repeat(absent)))
            vals.extend(feats.values())
            ends.append(len(cols))
        # one CSR product: scipy adds each row's value * weight in the row's order, starting
        # from 0.0, as `np.add.at` did (same sums to the bit), about 4x faster
        x = csr_matrix(
            (_packed_array(vals, "d", float), _packed_array(cols, "n", np.intp), np.asarray(ends, dtype=np.intp)),
            shape=(len(samples), absent + 1),
        )
        zz = x @ self._both0
        z = zz[:, : len(LABELS)]
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        intro = None
        if self._intro0 is not None:
            zi = zz[:, len(LABELS)]
            intro = (1.0 / (1.0 + np.exp(-zi))).tolist()
        return p, intro

    def _threshold(self, sample: dict[str, float], best: int) -> float:
        """The probability of `drop` at which a concept is dropped: its own for a proposal of the phrase
        statistics, a Task's, a Title Case Method's, else the rules' concepts' (`drop_threshold`)."""
        if sample.get("src=stats"):
            return self.proposal_threshold
        if (
            self.task_drop_threshold is not None
            and (best == _TASK or sample.get("rule=Task"))
            and not sample.get("src=lexicon")
        ):
            # a task the lexicons list is a problem of the field by their sources: the Task threshold is
            # for the rules' phrases, whose being a concept at all is in doubt ("specialized event
            # extraction"); at 0.6 the model dropped the plain, frequent tasks ("summarization":
            # P(drop) .60-.65 from its corpus frequency alone, 69 papers of ACL 44k lost)
            return self.task_drop_threshold
        if self.method_title_drop_threshold is not None and best == _METHOD and sample.get("shape=title"):
            # a Title Case name is capitalised by the title's style or a sentence start as often as by its
            # being a name: a title's run ("Dynamic Contextual Compression for Decoder-only LMs"), a
            # capitalised word of a list ("Moreover"), a coined word that names data or a model. Where
            # the model doubts such a Method (P(drop) .45-.7) it was an annotated Method 8 times of 25
            # (acl-dev and dev.jsonl, 5-fold CV at f81404a; benchmarks/results/method_task_stop45.md)
            return self.method_title_drop_threshold
        return self.drop_threshold

    def to_dict(self) -> dict:
        rows = {f: [round(float(x), 6) for x in self.weights[i]] for i, f in enumerate(self.features)}
        d = {
            "labels": list(LABELS),
            "drop_threshold": self.drop_threshold,
            "proposal_threshold": self.proposal_threshold,
            "meta": self.meta or {},
            **({} if self.task_drop_threshold is None else {"task_drop_threshold": self.task_drop_threshold}),
            **(
                {}
                if self.method_title_drop_threshold is None
                else {"method_title_drop_threshold": self.method_title_drop_threshold}
            ),
            "weights": rows,
        }
        if self.intro_weights is not None:
            d["introduced"] = {
                "threshold": self.intro_threshold,
                "weights": {f: round(float(self.intro_weights[i]), 6) for i, f in enumerate(self.features)},
            }
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "DecisionModel":
        if tuple(d.get("labels", ())) != LABELS:
            raise ValueError(f"decision model labels {d.get('labels')!r} are not {LABELS!r}")
        feats = list(d["weights"])
        w = np.array([d["weights"][f] for f in feats], dtype=float).reshape(len(feats), len(LABELS))
        intro = d.get("introduced")
        iw = np.array([intro["weights"].get(f, 0.0) for f in feats], dtype=float) if intro else None
        return cls(
            feats,
            w,
            float(d.get("drop_threshold", 0.7)),
            d.get("meta"),
            iw,
            float(intro["threshold"]) if intro else 0.5,
            float(d.get("proposal_threshold", 0.5)),
            d.get("task_drop_threshold"),
            d.get("method_title_drop_threshold"),
        )

    @classmethod
    def load(cls, path: str | Path) -> "DecisionModel":
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), indent=0, sort_keys=True) + "\n", encoding="utf-8")


def fit(
    samples: list[dict[str, float]],
    labels: list[str],
    *,
    l2: float = 1.0,
    min_count: int = 2,
    drop_threshold: float = 0.7,
    weights: list[float] | None = None,
    introduced: list[bool] | None = None,
    intro_weights: list[float] | None = None,
    intro_threshold: float = 0.5,
    proposal_threshold: float = 0.5,
    task_drop_threshold: float | None = None,
    method_title_drop_threshold: float | None = None,
) -> DecisionModel:
    """Softmax regression by L-BFGS (deterministic for the same samples in the same order).

    Features seen in fewer than `min_count` samples are left out (a head word
    one paper used is not evidence). With `introduced` (one flag a sample: the
    annotated concept it matches is the paper's own contribution), a second,
    binary model over the same features decides the `introduced` flag, its samples
    weighted by `intro_weights` (`weights` when None)."""
    counts: dict[str, int] = {}
    for s in samples:
        for k in s:
            counts[k] = counts.get(k, 0) + 1
    features = sorted(k for k, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(features)}
    X = np.zeros((len(samples), len(features)))
    for r, s in enumerate(samples):
        for k, v in s.items():
            i = index.get(k)
            if i is not None:
                X[r, i] = v
    sw = np.ones(len(samples)) if weights is None else np.asarray(weights, dtype=float)
    W, ok = _softmax_fit(X, np.array([LABELS.index(lab) for lab in labels]), len(LABELS), sw, l2)
    intro = None
    if introduced is not None:
        swi = sw if intro_weights is None else np.asarray(intro_weights, dtype=float)
        Wi, _ = _softmax_fit(X, np.asarray(introduced, dtype=int), 2, swi, l2)
        intro = Wi[:, 1] - Wi[:, 0]
    return DecisionModel(
        features,
        W,
        drop_threshold,
        {"samples": len(samples), "features": len(features), "l2": l2, "min_count": min_count, "converged": ok},
        intro,
        intro_threshold,
        proposal_threshold,
        task_drop_threshold,
        method_title_drop_threshold,
    )


def _softmax_fit(X: np.ndarray, y: np.ndarray, k: int, sw: np.ndarray, l2: float) -> tuple[np.ndarray, bool]:
    from scipy.optimize import minimize

    Y = np.eye(k)[y] * sw[:, None]
    n, d = float(sw.sum()), X.shape[1]

    def loss(wflat: np.ndarray) -> tuple[float, np.ndarray]:
        W = wflat.reshape(d, k)
        Z = X @ W
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        nll = -np.sum(Y * np.log(P + 1e-12)) / n + 0.5 * l2 / n * np.sum(W * W)
        grad = X.T @ (P * sw[:, None] - Y) / n + l2 / n * W
        return nll, grad.ravel()

    res = minimize(loss, np.zeros(d * k), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return res.x.reshape(d, k), bool(res.success)


def apply_decisions(
    entities: list[dict], title_end: int, model: DecisionModel, stats: dict[str, PhraseStats], text: str | None = None
) -> list[dict]:
    """The concepts the model keeps, retyped, each with its `confidence` (and
    its `introduced` flag when the model decides that too)."""
    if not entities:
        return []
    return kept_concepts(entities, model.decide_full([concept_features(e, title_end, stats, text) for e in entities]))


def kept_concepts(entities: list[dict], decisions: list[tuple[str | None, float, bool | None]]) -> list[dict]:
    """The concepts `decisions` (`DecisionModel.decide_full`, one per concept) keep, retyped, except where
    a description of the name states its type (`described`: "X, a reference-free metric", "X is a corpus
    of ..."): the text's own word stands over the model's, which reads the name's shape too ("-Eval").
    Cross-validated on the 460 training papers the layer never retyped such a name; on 4,000 ACL 44k
    abstracts it retyped 7, all metrics the text calls metrics ("Dscorer, an efficient new metric").

    >>> e = {"name": "FooEval", "type": "Metric", "introduced": True, "described": "Metric"}
    >>> [(c["type"], c["confidence"]) for c in kept_concepts([e], [("Dataset", 0.41, None)])]
    [('Metric', 0.41)]
    >>> kept_concepts([e], [(None, 0.8, None)])
    []

    A name the rules typed Method that ends in a training procedure's head noun
    (`ctx.PROCEDURE_HEADS`: "sequence distillation", "Multilingual Instruction Tuning") is not retyped
    Task: the model reads a title's "for X" and a "-tion" head as a problem, but the name says how a
    model is trained (method48; the layer may still drop it).

    >>> m = {"name": "sequence distillation", "type": "Method", "introduced": False}
    >>> [c["type"] for c in kept_concepts([m], [("Task", 0.5, None)])]
    ['Method']
    """
    out = []
    for e, (label, conf, intro) in zip(entities, decisions):
        if label is not None:
            own = e["introduced"] if intro is None or strongly_introduced(e) else intro
            type_ = e.get("described") or _kept_procedure(e, label)
            out.append({**e, "type": type_, "confidence": round(conf, 3), "introduced": own})
    return out


def _kept_procedure(entity: dict, label: str) -> str:
    """`label`, except Method for a rules Method the model would make a Task whose name ends in a
    training procedure's head noun ("incremental learning", "label-aware fine-tuning")."""
    if entity["type"] != "Method" or label != "Task":
        return label
    last = _plain(entity["name"].split()[-1])
    return "Method" if last in _PROCEDURE_HEADS or last.rsplit("-", 1)[-1] in _PROCEDURE_HEADS else label


def strongly_introduced(entity: dict) -> bool:
    """The rules' flag stands without the model when two of its cues agree:
    the title's "Name:" name, a name the abstract gives ("called X", "named
    X"), the first name after "we propose / present / introduce". On the 460
    training papers 84 of 86 such concepts are annotated as the paper's own;
    one cue alone is right far less often ("we propose" alone 0.58), so there
    the learned model decides, except for a title's "Name:" that reads as a
    coined name: every one of the 35 the layer keeps on those papers is the
    paper's own, and the model turned some down ("RAT-SQL: Relation-Aware ...").
    A strong cue with the title's means-run ("Task via Foo Decoding" and "we propose Foo
    Decoding") stands too (all 15 such concepts of acl-dev are the paper's own); the other weaker
    cues of `concepts.further_intro_cues` ("listed", "novel", "apposed", "our") are features only:
    with a strong cue "novel" was right 9 times of 12 by the scorer's spelling match."""
    cues = set(entity.get("intro_cues") or ())
    strong = cues & ctx.STRONG_CUES
    return bool(entity.get("introduced")) and (
        len(strong) >= 2 or (strong and "means" in cues) or (cues == {"title"} and _coined(entity["name"]))
    )


def _coined(name: str) -> bool:
    """A title's "Name:" that reads as a coined name, no lower-case word in it ("TripPy", "γ-MoD",
    "SemEval-2018 Task 3"), not a clause ("BERT Has More to Offer", "MWE as WSD").

    >>> _coined("RAT-SQL"), _coined("Efficient Tree Search"), _coined("Cognitive Mirroring for DocRE")
    (True, True, False)
    """
    return not any(w.islower() for w in name.split())


def without_subjects(entities: list[dict]) -> list[dict]:
    """The concepts less what the rules flagged as a paper's subject (a platform, disease or language)
    or as a setting ("sequence length", context.is_setting): never an entity, but kept until here so
    the model still learns from them what to drop.

    >>> ents = [{"name": "YouTube", "subject": True}, {"name": "batch size", "setting": True}, {"name": "BERT"}]
    >>> [e["name"] for e in without_subjects(ents)]
    ['BERT']
    """
    return [e for e in entities if not (e.get("subject") or e.get("setting"))]


def without_bare_task_heads(entities: list[dict]) -> list[dict]:
    """The concepts less a one-word task ("summarization", "QA") when the paper also names a more
    specific task with that head ("abstractive summarization", "multi-hop QA"): the bare head is the
    short way the abstract refers back to the specific problem, not a second one.

    >>> ents = [{"name": "summarization", "type": "Task"}, {"name": "extractive summarization", "type": "Task"},
    ...         {"name": "parsing", "type": "Task"}, {"name": "QA", "type": "Task", "aliases": ["question answering"]}]
    >>> [e["name"] for e in without_bare_task_heads(ents)]
    ['extractive summarization', 'parsing', 'QA']
    """
    heads = {
        _plain(n.split()[-1])
        for e in entities
        if e["type"] == "Task"
        for n in (e["name"], *(e.get("aliases") or ()))
        if len(n.split()) > 1
    }
    return [
        e
        for e in entities
        if not (e["type"] == "Task" and " " not in e["name"] and not e.get("aliases") and _plain(e["name"]) in heads)
    ]


def finished_concepts(entities: list[dict]) -> list[dict]:
    """The concepts a paper's extraction keeps, with or without a trained model: no studied subjects or
    settings, no bare task head beside its specific task."""
    return without_bare_task_heads(without_subjects(entities))


def _plain(word: str) -> str:
    """A word folded for comparing heads: lower case, no plural "s"."""
    w = word.lower()
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


_PROCEDURE_HEADS: Final = frozenset(_plain(w) for w in ctx.PROCEDURE_HEADS)


#: add the phrase statistics' field terms (`proposals`) to the rules' concepts when a
#: pipeline's `propose` setting is null (the default); `make train` follows it too. Off:
#: with the `introduced` rule below, cross-validated scores were identical to 3 decimals
#: with and without them (acl-dev 0.665, dev.jsonl 0.805), and they cost extraction time.
#: Stop 35 (meth35): on the 460 development papers they add 10,854 candidates (the rules 2,889), of
#: which 112 match an annotated concept (52 Methods): the same field term is annotated in one paper
#: and not in the next, where it modifies a noun ("pre-training data") or is background ("during
#: pretraining"). Trained apart (`proposal_features`), 5-fold CV keeps proposals at 15-25% precision
#: at any threshold, under the ~38% that would raise F1: acl-dev 0.761 -> 0.760 (Method .697 -> .696),
#: dev.jsonl 0.805 unchanged; extraction of the seed corpus +0.5 s CPU per 261 papers (+60-100%).
#: Switch on per pipeline with `{"paperkg_decision": {"propose": True}}` (then `make train`).
PROPOSE = False


class DecisionLayer:
    """The spaCy component: filters and retypes `doc._.paperkg_entities`.

    With no model file (none trained yet, or `enabled = false`), concepts
    pass through as the rules assembled them."""

    def __init__(
        self,
        nlp,
        name: str = "paperkg_decision",
        model_path: str | None = None,
        enabled: bool = True,
        propose: bool | None = None,
    ):
        self.name = name
        self.enabled = enabled
        self.propose = PROPOSE if propose is None else propose
        path = Path(model_path) if model_path else default_model_path()
        self.model = DecisionModel.load(path) if enabled and path.exists() else None
        self.stats = load_phrase_stats() if self.model is not None else {}

    def candidates(self, doc, entities: list[dict]) -> list[dict]:
        """The rules' concepts and the field terms the phrase statistics add (`proposals`)."""
        from paperkg.extract.proposals import propose, term_table
        from paperkg.extract.tokens import token_view

        if not self.propose:
            return entities
        return entities + propose(token_view(doc), entities, term_table())

    def __call__(self, doc):
        return self._decide([doc])[0]

    def pipe(self, docs, batch_size: int = 128):
        """`__call__` over batches of Docs: one `decide_full` for all the concepts of
        a batch (each concept's sums are its own, so the decisions are the same);
        numpy's fixed cost per call was about a third of deciding one Doc's."""
        from spacy.util import minibatch

        for batch in minibatch(docs, batch_size):
            yield from self._decide(batch)

    def _decide(self, docs: list) -> list:
        from paperkg.extract.extensions import read, write
        from paperkg.extract.tokens import token_view

        if self.model is None:
            for doc in docs:
                write(doc, "entities", finished_concepts(read(doc, "entities") or []))
            return docs
        jobs = []
        for doc in docs:
            v = token_view(doc)
            k = v.title_end()
            title_end = v.idx[k] if k < len(v.words) else len(v.text)
            entities = self.candidates(doc, read(doc, "entities") or [])
            jobs.append((entities, [concept_features(e, title_end, self.stats, v.text) for e in entities]))
        samples = [f for _, feats in jobs for f in feats]
        decisions = self.model.decide_full(samples) if samples else []
        k = 0
        for doc, (entities, feats) in zip(docs, jobs):
            write(doc, "entities", finished_concepts(kept_concepts(entities, decisions[k : k + len(feats)])))
            k += len(feats)
        return docs

    # serialisation: the weights travel with a saved pipeline
    def to_disk(self, path, *, exclude=()):
        from spacy.util import ensure_path

        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        doc = self.model.to_dict() if self.model is not None else None
        (path / "decision.json").write_text(json.dumps(doc), encoding="utf-8")

    def from_disk(self, path, *, exclude=()):
        from spacy.util import ensure_path

        doc = json.loads((ensure_path(path) / "decision.json").read_text(encoding="utf-8"))
        self.model = DecisionModel.from_dict(doc) if doc else None
        self.stats = load_phrase_stats() if self.model is not None else {}
        return self


def make_decision_layer(nlp, name: str, model_path: str | None, enabled: bool, propose: bool | None) -> DecisionLayer:
    return DecisionLayer(nlp, name, model_path, enabled, propose)


def _register() -> None:
    from spacy.language import Language

    # a module-level factory, not one defined in here: spaCy reads its arguments with `inspect`, which
    # cannot read a closure compiled by mypyc (benchmarks/results/extract_speed.md, stop 42)
    Language.factory(
        "paperkg_decision",
        default_config={"model_path": None, "enabled": True, "propose": None},
        requires=["doc._.paperkg_entities"],
        assigns=["doc._.paperkg_entities"],
    )(make_decision_layer)


_register()
