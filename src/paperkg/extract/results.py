"""Reported results: numbers tied to a named dataset, with subject, metric and baseline.

Works per sentence on plain lists, so tests can call the pure functions:
`find_values(words)` finds the reported numbers ("97.2 %", "6.4 points",
"554.66s", "18 ×"); `extract_results` pairs each with a dataset (the one named
right after it, else those named before it in the sentence, else the paper's
only dataset), a metric (the nearest), a subject (the model or method that
obtained it, or the paper's own contribution when the sentence says "our" /
"this approach") and the baseline after "outperforms / over / than".
Stored in `doc._.paperkg_results` as ReportedResult keyword dicts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from paperkg.extract.extensions import path
from paperkg.extract.lexicon import rule_words
from paperkg.extract.names import is_year
from paperkg.extract.tokens import char_span_tokens, token_view

INTERMEDIATE = ("paperkg_abbreviations", "paperkg_lexicon", "paperkg_names")  # doc._ attributes dropped at the end

_NUMBER = re.compile(r"^[+\-−]?\d+(?:[.,]\d+)*$")
_GLUED = re.compile(r"^([+\-−]?\d+(?:\.\d+)?)(%|x|×|s|ms|T|pp|pts)$")
_ANY_DIGIT = re.compile(r"\d")
UNITS = {"%": "%", "\\%": "%", "percent": "%", "x": "x", "×": "×", "times": "×", "points": " points", "point": " points",
         "pp": " pp", "pts": " points", "percentage": " points"}
REDUCTION = frozenset(rule_words("REDUCTION"))
BASELINE_CUES = frozenset(rule_words("BASELINE_CUES"))
NOT_SUBJECT_BEFORE = frozenset(rule_words("NOT_SUBJECT_BEFORE"))
OWN_CUES = frozenset(rule_words("OWN_CUES"))


@dataclass(frozen=True)
class Value:
    start: int  # token index of the number
    end: int  # token index after the unit
    text: str
    number: float
    unit: str | None


def find_values(words: list[str], *, integers: bool = False) -> list[Value]:
    """Numbers with a unit (%, points, ×, s) and bare decimals, as written
    (bare integers too with `integers`)."""
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        m = _GLUED.match(w)
        if m:
            num, unit = m.group(1), m.group(2)
            out.append(Value(i, i + 1, w, _to_float(num), unit))
            i += 1
            continue
        if _NUMBER.match(w) and not is_year(w):
            nxt = words[i + 1].lower() if i + 1 < len(words) else ""
            if nxt in UNITS:
                unit = UNITS[nxt]
                out.append(Value(i, i + 2, f"{w}{unit}", _to_float(w), unit.strip()))
                i += 2
                continue
            if "." in w or integers:
                out.append(Value(i, i + 1, w, _to_float(w), None))
        i += 1
    return out


def _to_float(s: str) -> float | None:
    try:
        return float(s.replace(",", "").replace("−", "-"))
    except ValueError:
        return None


def signed(value: Value, lowers: list[str]) -> str:
    """A reduction is reported with a minus sign ("74.8% reduction" → "-74.8%")."""
    text = value.text
    if text[:1] in "+-−":
        return text
    window = lowers[max(0, value.start - 3):value.start] + lowers[value.end:value.end + 2]
    if any(w in REDUCTION for w in window):
        return "-" + text
    return text


def extract_results(words: list[str], mentions: list[tuple[int, int, str, str]], *, own: str | None,
                    only_dataset: str | None) -> list[dict]:
    """Results of one sentence.

    `mentions` are (start, end, type, entity name) in the sentence's token
    indices; `own` the paper's introduced method; `only_dataset` the paper's
    single dataset, used when the sentence names none.
    """
    lowers = [w.lower() for w in words]
    values = [v for v in find_values(words, integers=True)
              if not any(s <= v.start < e for s, e, _, _ in mentions)]
    if not values:
        return []
    datasets = [m for m in mentions if m[2] == "Dataset"]
    metrics = [m for m in mentions if m[2] == "Metric"]
    actors = [m for m in mentions if m[2] in ("Method", "Model")]
    paired = _respectively(values, datasets, lowers)
    dataset_starts = {d[0] for d in datasets}

    def bare_ok(v: Value) -> bool:
        if v.unit:
            return True
        if "." not in v.text:
            # a bare integer is a score only right beside its metric ("45 BLEU", "BLEU of 45")
            return any(m[0] == v.end or m[1] == v.start or (m[1] == v.start - 1 and lowers[m[1]] == "of") for m in metrics)
        if any(abs(m[0] - v.end) <= 3 or abs(v.start - m[1]) <= 3 for m in metrics):
            return True
        # "72.1 on MMLU": a decimal reported on a named dataset
        k = v.end
        if k < len(lowers) and lowers[k] in ("on", "in"):
            k += 1 + (k + 1 < len(lowers) and lowers[k + 1] == "the")
            return k in dataset_starts
        return False

    values = [v for v in values if (bare_ok(v) or v.start in paired) and not _starting_point(v, lowers)]
    out = []
    for k, v in enumerate(values):
        next_start = values[k + 1].start if k + 1 < len(values) else len(words)
        after = [d for d in datasets if v.end <= d[0] < min(next_start, v.end + 8)
                 and any(lowers[j] in ("on", "in", "for", "of") for j in range(max(v.end, d[0] - 3), d[0]))]
        if v.start in paired:
            targets = [paired[v.start]]
        elif after:
            targets = [after[0][3]]
        else:
            before = [d for d in datasets if d[1] <= v.start]
            if before:
                targets = _coordinated_tail(before, lowers)
            elif not datasets and only_dataset and metrics and v.unit not in ("x", "×"):
                targets = [only_dataset]
            else:
                targets = [d[3] for d in datasets[:1]]
        if not targets:
            continue
        metric = _nearest([m for m in metrics if not _metric_of_later_value(values, v, m, lowers)], v)
        subject, baseline = _subject_and_baseline(actors, v, lowers, own)
        baseline = baseline or _baseline_after(actors, v, lowers, subject)
        for ds in targets:
            out.append({"value": signed(v, lowers), "dataset": ds, "subject": subject, "metric": metric,
                        "compared_to": baseline, "number": v.number, "unit": v.unit})
    return out


def _respectively(values: list[Value], datasets: list[tuple], lowers: list[str]) -> dict[int, str]:
    """"45.2 and 67.8 on MMLU and GSM8K, respectively": the i-th value belongs to
    the i-th dataset when the sentence lists as many of each (value start → dataset)."""
    if "respectively" not in lowers:
        return {}
    names = list(dict.fromkeys(d[3] for d in datasets))
    if len(names) < 2 or len(values) != len(names):
        return {}
    return {v.start: name for v, name in zip(values, names)}


def _coordinated_tail(before: list[tuple], lowers: list[str]) -> list[str]:
    """The last dataset before a value, with those listed together with it ("MBPP and HumanEval")."""
    group = [before[-1]]
    for d in reversed(before[:-1]):
        between = lowers[d[1]:group[0][0]]
        if all(w in {",", "and", "or", "the"} for w in between) and len(between) <= 3:
            group.insert(0, d)
        else:
            break
    return [d[3] for d in group]


def _starting_point(v: Value, lowers: list[str]) -> bool:
    """"from 45.2% to 67.8%": the first number is where the subject started, not its result."""
    if not (v.start > 0 and lowers[v.start - 1] == "from" and v.end + 1 < len(lowers) and lowers[v.end] == "to"):
        return False
    if any(w.startswith("rang") for w in lowers[max(0, v.start - 3):v.start]):
        return False  # "gains ranging from 1.4pp to 3.5pp": both ends are results
    return bool(_NUMBER.match(lowers[v.end + 1]) or _GLUED.match(lowers[v.end + 1]))


def _metric_of_later_value(values: list[Value], v: Value, m: tuple, lowers: list[str]) -> bool:
    """Whether metric `m`, written after value `v`, belongs to a later number:
    one between them, or one it is written with ("61.2 on MMLU ... a pass@1 of
    38.4%"). A metric before the value always carries over ("96.2% pass@1 on A
    but 76.2% on B")."""
    if m[0] < v.end:
        return False

    def claims(o: Value) -> bool:
        between = v.end <= o.start < m[0]
        written_with = (m[1] + 1 == o.start and lowers[m[1]] == "of") or o.end == m[0] or m[1] == o.start
        return between or written_with

    def coordinated(o: Value) -> bool:  # "82.1 and 48.3 mIoU", "88.3% zero-shot and 91.1% ... accuracy"
        a, b = (v.end, o.start) if o.start >= v.end else (o.end, v.start)
        return b - a <= 3 and lowers[b - 1] in (",", "and", "or", "/")

    def aside(o: Value) -> bool:  # "a 37.4% (+15.1%) win rate": a gain in brackets claims nothing
        return o.start > 0 and lowers[o.start - 1] == "("

    return any(claims(o) and not coordinated(o) and not aside(o) for o in values if o is not v)


def _baseline_after(actors: list[tuple], v: Value, lowers: list[str], subject: str | None) -> str | None:
    """"5.4 points higher than Llama-3.2-1B": the baseline named right after the gain."""
    for s, e, _, name in actors:
        if v.end <= s <= v.end + 4 and lowers[s - 1] in ("than", "over", "vs", "versus") and name != subject:
            return name
    return None


def _nearest(mentions: list[tuple], v: Value) -> str | None:
    if not mentions:
        return None
    best = min(mentions, key=lambda m: min(abs(m[0] - v.end), abs(v.start - m[1])))
    if min(abs(best[0] - v.end), abs(v.start - best[1])) > 12:
        return None
    return best[3]


def _subject_and_baseline(actors: list[tuple], v: Value, lowers: list[str], own: str | None) -> tuple[str | None, str | None]:
    """The last model/method before the value that is not a baseline ("outperforms
    X by"), a tool ("using X", "built on X") or listed with one; else the paper's
    own contribution when the sentence speaks of it ("our", "this approach")."""
    baseline = None
    subject = None
    own_named = False
    prev_role, prev_end = None, -1
    for s, e, _, name in actors:
        if e > v.start:
            break
        cue = lowers[s - 1] if s > 0 else ""
        cue2 = lowers[s - 2] if s > 1 else ""
        listed = prev_end >= 0 and all(w in {",", "and", "or"} for w in lowers[prev_end:s]) and s - prev_end <= 2
        if listed and prev_role in ("baseline", "tool"):
            role = prev_role
        elif cue in BASELINE_CUES or cue2 in BASELINE_CUES:
            role = "baseline"
        elif cue in NOT_SUBJECT_BEFORE or cue2 in ("built", "based"):
            role = "tool"
        else:
            role = "subject"
        if role == "baseline" and "by" in lowers[e:v.start] and not any(_NUMBER.match(w) for w in lowers[e:v.start]):
            baseline = name
        elif role == "subject":
            subject = name
        if name == own and role != "baseline":
            own_named = True
        prev_role, prev_end = role, e
    if own_named or (subject is None and own and any(w in OWN_CUES for w in lowers[:v.start])):
        subject = own  # "Using X, we show that a RAG pipeline gains 10%": the number is the contribution's
    if subject == baseline:
        baseline = None
    return subject, baseline


class ResultExtractor:
    """Adds the reported results of each sentence to the Doc. As the last
    component it also drops the intermediate records (lexicon matches, name
    candidates, abbreviation pairs) unless `drop_intermediate` is false, so
    less travels back from worker processes."""

    def __init__(self, nlp: Language, name: str = "paperkg_results", drop_intermediate: bool = True):
        self.name = name
        self.drop_intermediate = drop_intermediate

    def __call__(self, doc: Doc, compact: bool = False) -> Doc:
        """With `compact` (what `extract_papers` asks for through
        `component_cfg`), return a token-less Doc that carries only the
        extraction records: a full Doc costs ~3 ms to serialise between
        processes, which made two processes slower than one."""
        doc = self._annotate(doc)
        if not compact:
            return doc
        out = Doc(doc.vocab, words=[])
        out._context = doc._context  # as_tuples contexts travel on the Doc
        for name in ("paperkg_entities", "paperkg_results", "paperkg_sentences"):
            setattr(out._, name, getattr(doc._, name) or [])
        return out

    def pipe(self, docs, batch_size: int = 128, compact: bool = False):
        for doc in docs:
            yield self(doc, compact=compact)

    def _annotate(self, doc: Doc) -> Doc:
        v = token_view(doc)
        entities = doc._.paperkg_entities or []
        datasets = [e["name"] for e in entities if e["type"] == "Dataset"]
        own = next((e["name"] for e in entities if e["introduced"] and e["type"] in ("Method", "Model")), None)
        by_token: list[tuple[int, int, str, str]] = []
        for e in entities:
            for s, t in e["mentions"]:
                span = char_span_tokens(v, s, t)
                if span is not None:
                    by_token.append((span[0], span[1], e["type"], e["name"]))
        by_token.sort()
        results = []
        seen = set()
        only = datasets[0] if len(datasets) == 1 else None
        for si, (s0, s1) in enumerate(v.sents):
            a, b = v.sent_char_range(si)
            if not _ANY_DIGIT.search(v.text, a, b):
                continue
            words = v.words[s0:s1]
            ms = [(s - s0, e - s0, t, n) for s, e, t, n in by_token if s0 <= s and e <= s1]
            for r in extract_results(words, ms, own=own, only_dataset=only):
                key = (r["value"], r["dataset"], r["subject"])
                if key in seen:
                    continue
                seen.add(key)
                a, b = v.sent_char_range(si)
                r["sentence"] = v.text[a:b].strip()
                results.append(r)
        doc._.paperkg_results = results
        # the sentence boundaries travel with the Doc (evidence needs them); the token view does not
        doc._.paperkg_sentences = [list(v.sent_char_range(i)) for i in range(len(v.sents))]
        if self.drop_intermediate:
            for name in INTERMEDIATE:
                setattr(doc._, name, None)
        doc._.paperkg_view = None
        return doc


@Language.factory("paperkg_results", default_config={"drop_intermediate": True}, requires=[path("entities")],
                  assigns=[path("results"), path("sentences")])
def make_result_extractor(nlp: Language, name: str, drop_intermediate: bool) -> ResultExtractor:
    return ResultExtractor(nlp, name, drop_intermediate)
