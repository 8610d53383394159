"""Which kind a concept is, decided by the corpus: the majority of its papers' typed mentions.

A paper's entity is typed by that paper alone (a long form's head word, a
context, a guess), so one concept can arrive typed two ways. Merging by name
(resolve.merging) already keeps the kind most papers give a name. Acronym
senses (resolve.senses) move a paper's mention onto a concept of another
kind ("SNLI", a dataset in 40 papers, joins the one paper's "Stanford Natural
Language Inference" typed as a task by its head word); each moved paper is a
vote for the kind it was typed with. A concept takes the kind with most
votes, its own papers voting for its current kind (ties keep it).

>>> plan_kinds({"Task:snli-long": ("Task", 1)}, {"Task:snli-long": {"Dataset": 40, "Task": 2}})
{'Task:snli-long': 'Dataset'}
>>> plan_kinds({"Model:zap": ("Model", 3)}, {"Model:zap": {"Method": 2, "Model": 1}})
{}
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable, Mapping

from paperkg.model import TOPIC
from paperkg.names import fold
from paperkg.resolve.names import is_acronym, long_forms
from paperkg.resolve.senses import FIELD_TERM


def plan_kinds(own: Mapping[str, tuple[str, int]], moved_in: Mapping[str, Mapping[str, int]]) -> dict[str, str]:
    """{key: new kind} for each concept whose votes favour another kind than its own.

    `own` is {key: (current kind, papers it had before the moves)}; `moved_in`
    is {key: {kind a moved paper was typed with: papers}}.
    """
    out = {}
    for key, (kind, n) in sorted(own.items()):
        votes = dict(moved_in.get(key, {}))
        votes[kind] = votes.get(kind, 0) + n
        best = max(votes, key=lambda k: (votes[k], k == kind, k))
        if best != kind:
            out[key] = best
    return out


#: The settings a prefix names, one axis a line: a setting says how a problem is posed or a technique
#: trained ("zero-shot", "multilingual"), never whether the name is a problem or a technique.
SETTING_AXES = {
    "shots": ("zero-shot", "one-shot", "few-shot"),
    "supervision": ("unsupervised", "semi-supervised", "self-supervised", "weakly-supervised", "supervised"),
    "languages": ("multilingual", "cross-lingual", "crosslingual", "monolingual", "bilingual"),
    "modalities": ("multimodal", "multi-modal", "cross-modal"),
    "resources": ("low-resource", "high-resource"),
    "domains": ("cross-domain", "multi-domain", "in-domain", "out-of-domain"),
}
_AXIS_OF = {p: axis for axis, ps in SETTING_AXES.items() for p in ps}
_SETTING = re.compile(
    r"^(?P<setting>"
    + "|".join(sorted((re.escape(p).replace(r"\-", "[ -]?") for p in _AXIS_OF), key=len, reverse=True))
    + r")[\s-]+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
#: Kinds a setting moves between: a prefixed problem or technique ("multilingual BERT" stays a Model).
SETTING_KINDS = ("Method", "Task")
#: Papers the modified concept needs before its kind counts as clear.
MIN_BASE_PAPERS = 10
#: Share of a sibling family's papers one kind needs when no modified concept decides.
SIBLING_SHARE = 2 / 3


def setting_of(name: str) -> tuple[str, str] | None:
    """(axis, the name the setting modifies) of a setting-prefixed name, else None.

    >>> setting_of("zero-shot cross-lingual transfer"), setting_of("Weakly supervised parsing")
    (('shots', 'cross-lingual transfer'), ('supervision', 'parsing'))
    >>> setting_of("multilingual"), setting_of("shot learning")
    (None, None)
    """
    m = _SETTING.match(name or "")
    if not m:
        return None
    setting = re.sub(r"[\s-]", "", m.group("setting").casefold())
    axis = next(a for p, a in _AXIS_OF.items() if p.replace("-", "") == setting)
    return axis, m.group("rest")


def plan_setting_kinds(concepts: Iterable[Mapping]) -> dict[str, str]:
    """{key: kind} for setting-prefixed Methods and Tasks typed apart from what they modify.

    A setting does not change what a thing is: "zero-shot cross-lingual transfer" is the kind of
    "cross-lingual transfer" when that concept's corpus evidence is clear (a Method or Task mentioned
    by at least MIN_BASE_PAPERS papers and by no fewer than the prefixed one). When no such concept
    decides, siblings on one axis ("zero-shot learning", "few-shot learning") take the kind that
    SIBLING_SHARE of their papers give them. Rows are {key, name, kind, paper_count}.

    >>> rows = [{"key": "Task:clt", "name": "cross-lingual transfer", "kind": "Task", "paper_count": 300},
    ...         {"key": "Method:zclt", "name": "zero-shot cross-lingual transfer", "kind": "Method", "paper_count": 90},
    ...         {"key": "Task:fsl", "name": "few-shot learning", "kind": "Task", "paper_count": 360},
    ...         {"key": "Method:zsl", "name": "zero-shot learning", "kind": "Method", "paper_count": 130},
    ...         {"key": "Method:ssl", "name": "self-supervised learning", "kind": "Method", "paper_count": 90}]
    >>> plan_setting_kinds(rows)
    {'Method:zclt': 'Task', 'Method:zsl': 'Task'}
    """
    rows = [c for c in concepts if c.get("kind") in SETTING_KINDS]
    by_name: dict[str, list[Mapping]] = defaultdict(list)
    for c in rows:
        by_name[fold(c.get("name") or "")].append(c)
    out: dict[str, str] = {}
    families: dict[tuple[str, str], list[Mapping]] = defaultdict(list)
    for c in rows:
        found = setting_of(c.get("name") or "")
        if not found:
            continue
        axis, rest = found
        bases = by_name.get(fold(rest), [])
        base = max(bases, key=_papers) if bases else None
        if base is not None and _papers(base) >= max(MIN_BASE_PAPERS, _papers(c)):
            if base["kind"] != c["kind"]:
                out[c["key"]] = base["kind"]
            continue
        families[(axis, fold(rest))].append(c)
    for family in families.values():
        votes: Counter = Counter()
        for c in family:
            votes[c["kind"]] += _papers(c)
        kind, n = votes.most_common(1)[0]
        if len(family) > 1 and n >= SIBLING_SHARE * sum(votes.values()):
            out.update({c["key"]: kind for c in family if c["kind"] != kind})
    return dict(sorted(out.items()))


def _papers(c: Mapping) -> int:
    return int(c.get("paper_count") or 0)


def _topic_reason(this: Mapping) -> list[str]:
    """Why a field topic stays apart from the extracted concept of its name: the audit leaves topics out too.

    >>> _topic_reason({"kind": "Topic"})[0][:40], _topic_reason({"kind": "Method"})
    ('a field topic, read from every paper tha', [])
    """
    if this.get("kind") != TOPIC:
        return []
    return ["a field topic, read from every paper that names the class for trends (resolve.topics), not merged"]


#: Two kinds of one name across the dataset line stay apart when each has this many papers at least (a field
#: term on its own, as resolve.senses.FIELD_TERM; "SIGTYP" typed Dataset by 8 papers and Method by 12 is one
#: workshop's shared task, typed two ways) ...
TYPED_APART_PAPERS = 10
#: ... and neither has this many times the papers of the other.
TYPED_APART_RATIO = 2


def typed_apart(a: Mapping, b: Mapping) -> bool:
    """Whether one name typed Dataset by many papers and another kind by comparably many names two things:
    "E2E" typed Dataset by 23 papers (the E2E NLG challenge data) and Method by 40 ("end-to-end" speech
    translation). A few papers typing a benchmark otherwise ("SQuAD" as a Method) are the extractor's
    mistake, which merging (rule 2) corrects by the majority of typed evidence.

    >>> typed_apart({"kind": "Dataset", "paper_count": 23}, {"kind": "Method", "paper_count": 40})
    True
    >>> typed_apart({"kind": "Dataset", "paper_count": 200}, {"kind": "Method", "paper_count": 16})
    False
    >>> typed_apart({"kind": "Task", "paper_count": 23}, {"kind": "Method", "paper_count": 40})
    False
    """
    if (a.get("kind") == "Dataset") == (b.get("kind") == "Dataset"):
        return False
    small, big = sorted((_papers(a), _papers(b)))
    return small >= TYPED_APART_PAPERS and big < TYPED_APART_RATIO * small


def lexicon_senses(a: Mapping, b: Mapping, entry_of: Mapping[tuple[str, str], str]) -> bool:
    """Whether two concepts of different kinds are two senses the field's lexicons list apart: each one's
    name is a spelling of a lexicon entry of its kind and the entries differ ("MAP" the metric, mean average
    precision, and "MAP" maximum a posteriori, a Method; extract/lexicons/senses.tsv says which one a paper
    means). Merging rule 2 (one name, the majority kind) does not join them.

    >>> entries = {("Metric", "zed"): "ZED", ("Method", "zed"): "zero error decoding",
    ...            ("Method", "zeroerrordecoding"): "zero error decoding", ("Model", "zed"): "ZED"}
    >>> metric = {"key": "Metric:zed", "name": "ZED", "kind": "Metric", "aliases": []}
    >>> method = {"key": "Method:zed", "name": "ZED", "kind": "Method", "aliases": ["zero error decoding"]}
    >>> model = {"key": "Model:zed", "name": "ZED", "kind": "Model", "aliases": []}
    >>> lexicon_senses(metric, method, entries), lexicon_senses(metric, model, entries)
    (True, False)
    """
    if a["kind"] == b["kind"]:
        return False
    mine = _entries(a, entry_of)
    theirs = _entries(b, entry_of)
    return bool(mine) and bool(theirs) and not {fold(e) for e in mine} & {fold(e) for e in theirs}


def foreign_long_form(
    a: Mapping,
    b: Mapping,
    entry_of: Mapping[tuple[str, str], str],
    listed: Mapping[str, Mapping[str, frozenset[str]]],
) -> bool:
    """Whether `b`, of another kind than `a`, carries a long form of another sense than the lexicon entry `a`'s
    name spells: the lexicons list long forms for that acronym (`listed`: {folded acronym: {entry: folded long
    forms}}, any kind), and no long form of `b` is a spelling of `a`'s entry. "COntext-aware Memory Enhanced
    Transformer framework (COMET)", a dialogue model, is neither the COMET metric nor the commonsense
    transformer. An acronym the lexicons list no long form for keeps joining (the paper may be its origin:
    "Contrastive Language-Image Pre-training" of CLIP). Merging rules 2 and 10 do not join them.

    >>> entries = {("Metric", "zed"): "ZED", ("Model", "zed"): "zorb encoder", ("Model", "zorbencoder"): "zorb encoder"}
    >>> listed = {"zed": {"ZED": frozenset(), "zorb encoder": frozenset({"zorbencoder"})}}
    >>> metric = {"key": "Metric:zed", "name": "ZED", "kind": "Metric", "aliases": []}
    >>> other = {"key": "Method:zed", "name": "ZED", "kind": "Method", "aliases": ["Zipped Entity Decoder"]}
    >>> foreign_long_form(metric, other, entries, listed), foreign_long_form(other, metric, entries, listed)
    (True, True)
    >>> model = {"key": "Model:zed", "name": "ZED", "kind": "Model", "aliases": []}
    >>> same = {"key": "Method:zed", "name": "ZED", "kind": "Method", "aliases": ["Zorb Encoders"]}
    >>> foreign_long_form(model, same, entries, listed), foreign_long_form(metric, other, entries, {})
    (False, False)
    """
    if a.get("kind") == b.get("kind"):
        return False
    for this, that in ((a, b), (b, a)):
        own = _entries(this, entry_of)
        if not own or this.get("aliases") and _expansions(this):
            continue  # not a lexicon entry's name, or a concept with a long form of its own (rule 3's two senses)
        entry = next(iter(own))
        known = listed.get(fold(this.get("name") or ""), {})
        if not any(known.values()):
            if odd_expansion(this, that, entry_of, listed):
                return True
            continue  # the lexicons know no long form of the acronym, and the field writes this one
        theirs = _other_expansions(_expansions(that), fold(this.get("name") or ""), entry, entry_of)
        if not theirs:
            continue  # the acronym written in a name ("Fever Shared Task"), or a spelling of the entry itself
        mine = known.get(entry, frozenset())
        if any(f.startswith(m) or m.startswith(f) for s in theirs for f in _folds(s) for m in mine):
            continue  # the entry's long form, a head word added or left out ("... VERification Shared Task")
        return True
    return False


_KINDS = ("Method", "Model", "Dataset", "Metric", "Task")


def odd_expansion(
    known: Mapping,
    other: Mapping,
    entry_of: Mapping[tuple[str, str], str],
    listed: Mapping[str, Mapping[str, frozenset[str]]],
) -> bool:
    """Whether `other` spells out the name of `known` as a few papers' own thing: `known` is named by a
    lexicon entry of its kind (an acronym the field knows: "CoVe", "SParC", "Moses") for which the lexicons
    list no long form, and no paper of it expands the name; `other` holds an expansion that is no spelling of
    the entry, and fewer papers than `FIELD_TERM`, and no more than `known` (two at least), write it. The
    field writes the acronym bare for its known thing; one paper's "Chain-of-Verification (CoVe)" or
    "Modality Split and Ensemble (MoSE)" is another thing that happens to be spelt so, and joined, its long
    form would name the known thing. An expansion many papers write ("Contrastive Language-Image
    Pre-training" beside a bare CLIP) is the field's own reading and may join. Merging rules 2, 3 and 10 keep
    them apart; the papers writing the acronym bare stay on the known name (refresh.acronyms
    `known_names_kept`). Without `listed` (the lexicons' long forms not given) there is no guard, nor when
    one paper writes the name bare: it beside one paper's expansion (the seed's SimPO) says nothing of
    another reading.

    >>> entries = {("Model", "zed"): "ZED"}
    >>> listed = {"zed": {"ZED": frozenset()}}
    >>> zed = {"key": "Model:zed", "name": "ZED", "kind": "Model", "aliases": [], "paper_count": 8}
    >>> odd = {"key": "Method:zed", "name": "ZED", "kind": "Method", "aliases": ["Zipped Entity Decoder"], "paper_count": 1}
    >>> field = {**odd, "paper_count": 40}
    >>> odd_expansion(zed, odd, entries, listed), odd_expansion(zed, field, entries, listed)
    (True, False)
    >>> named = {"key": "Method:zippedentitydecoder", "name": "Zipped Entity Decoder", "kind": "Method", "paper_count": 1}
    >>> odd_expansion(zed, named, entries, listed)
    True
    """
    if not listed or not bare_known_acronym(known, entry_of, listed) or _expansions(known):
        return False
    name = fold(known.get("name") or "")
    spelt = long_forms([other.get("name") or "", *(other.get("aliases") or [])])  # a sense named by its long form too
    entry = next(iter(_entries(known, entry_of)))
    if not _other_expansions([s for s in spelt if fold(s) != name], name, entry, entry_of):
        return False  # "medical ZED", "ZED Shared Task": a name written with the acronym; or the entry's spelling
    papers = _papers(other)
    return papers < FIELD_TERM and papers <= _papers(known) and _papers(known) >= 2


def bare_known_acronym(
    c: Mapping, entry_of: Mapping[tuple[str, str], str], listed: Mapping[str, Mapping[str, frozenset[str]]]
) -> bool:
    """Whether `c` is named by a lexicon entry of its kind for which the lexicons list no long form (the
    acronym the field writes bare: "CoVe", "SParC"), the concepts `odd_expansion` guards.

    >>> zed = {"name": "ZED", "kind": "Model"}
    >>> bare_known_acronym(zed, {("Model", "zed"): "ZED"}, {"zed": {"ZED": frozenset()}})
    True
    >>> bare_known_acronym(zed, {("Model", "zed"): "ZED"}, {"zed": {"ZED": frozenset({"zippedentitydecoder"})}})
    False
    """
    return bool(_entries(c, entry_of)) and not any(listed.get(fold(c.get("name") or ""), {}).values())


def _other_expansions(
    spelt: Iterable[str], name: str, entry: str, entry_of: Mapping[tuple[str, str], str]
) -> list[str]:
    """The long forms in `spelt` that may name another thing than the lexicon entry `entry` (its acronym
    `name`, folded): none when each writes the acronym in it ("medical VQA", "Fever Shared Task") or one
    spells the entry itself (`foreign_long_form` and `odd_expansion` ask both)."""
    theirs = [s for s in spelt if not any(is_acronym(w) or fold(w) == name for w in s.split())]
    if any(entry_of.get((k, f)) == entry for s in theirs for f in _folds(s) for k in _KINDS):
        return []  # a spelling of the entry itself
    return theirs


def _folds(s: str) -> set[str]:
    """A long form folded whole and word by word (number and small words aside), as the lexicon keys hold it."""
    from paperkg.resolve.merging import long_form_fold  # merging imports this module

    return {fold(s), *filter(None, [long_form_fold(s)])}


def _entries(c: Mapping, entry_of: Mapping[tuple[str, str], str]) -> set[str]:
    """The lexicon entry of its kind that a concept's name spells (its aliases say nothing: a paper's acronym
    "SDS" of spoken dialogue systems is no sense of score distillation sampling)."""
    entry = entry_of.get((c.get("kind") or "", fold(c.get("name") or "")))
    return {entry} if entry else set()


def namesakes(
    key: str, concepts: Iterable[Mapping], entry_of: Mapping[tuple[str, str], str] | None = None
) -> list[dict]:
    """The concepts of other kinds whose name folds like `key`'s, each with why the two are apart.

    Merging joins one folded name across kinds (resolve.merging rule 2) unless the two are
    different things: names written differently (case, punctuation: "CheckList" / "CHECKLIST")
    or expanded to different long forms. The reasons are what `paperkg concept` shows; an empty
    list of reasons is a merge the store missed.

    >>> rows = [{"key": "Method:cl", "name": "CheckList", "kind": "Method", "aliases": [], "paper_count": 13},
    ...         {"key": "Dataset:cl", "name": "CHECKLIST", "kind": "Dataset", "aliases": [], "paper_count": 1},
    ...         {"key": "Method:cape", "name": "CaPE", "kind": "Method", "paper_count": 1,
    ...          "aliases": ["Contrastive Parameter Ensembling"]}]
    >>> [(n["name"], n["reasons"]) for n in namesakes("Method:cl", rows)]
    [('CHECKLIST', ['written CHECKLIST there, CheckList here'])]
    >>> namesakes("Method:cape", [*rows, {"key": "Dataset:cape", "name": "CAPE", "kind": "Dataset", "paper_count": 1}])[0]["reasons"]
    ['written CAPE there, CaPE here', 'long forms differ: none there, Contrastive Parameter Ensembling here']
    """
    rows = list(concepts)
    this = next((c for c in rows if c["key"] == key), None)
    if this is None:
        return []
    name = this.get("name") or ""
    out = []
    for c in sorted(rows, key=lambda c: (-_papers(c), c["key"])):
        other = c.get("name") or ""
        if c["key"] == key or c.get("kind") == this.get("kind") or fold(other) != fold(name) or c.get("kind") == TOPIC:
            continue
        reasons = _topic_reason(this)
        if other != name:
            reasons.append(f"written {other} there, {name} here")
        if typed_apart(this, c):
            reasons.append(
                f"typed {c.get('kind')} by {_papers(c)} papers there, {this.get('kind')} by {_papers(this)} here"
            )
        if entry_of and lexicon_senses(this, c, entry_of):
            there, here = sorted(_entries(c, entry_of)), sorted(_entries(this, entry_of))
            reasons.append(
                f"the lexicons list the name for two things: {' / '.join(there)} ({c.get('kind')}) there, "
                f"{' / '.join(here)} ({this.get('kind')}) here"
            )
        mine, theirs = _expansions(this), _expansions(c)
        if (mine or theirs) and not {fold(s) for s in mine} & {fold(s) for s in theirs}:
            reasons.append(
                f"long forms differ: {' / '.join(theirs) or 'none'} there, {' / '.join(mine) or 'none'} here"
            )
        out.append(
            {"key": c["key"], "name": other, "kind": c.get("kind"), "paper_count": _papers(c), "reasons": reasons}
        )
    return out


def _expansions(c: Mapping) -> list[str]:
    """The long forms a concept holds besides spellings of its name ("Rule-based Data Recycling" of RuleR)."""
    name = fold(c.get("name") or "")
    return [s for s in long_forms([c.get("name") or "", *(c.get("aliases") or [])]) if fold(s) != name]


__all__ = [
    "SETTING_AXES",
    "TYPED_APART_PAPERS",
    "TYPED_APART_RATIO",
    "bare_known_acronym",
    "foreign_long_form",
    "odd_expansion",
    "lexicon_senses",
    "namesakes",
    "plan_kinds",
    "plan_setting_kinds",
    "setting_of",
    "typed_apart",
]
