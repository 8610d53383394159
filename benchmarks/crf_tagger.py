"""Experiment (issue 12): a token-level CRF tagger learned from the annotations
as an extra candidate source beside the rules.

    .venv/bin/python benchmarks/crf_tagger.py [--shared ../shared] [--baseline CV.jsonl] [--speed N]

Needs `python-crfsuite` (not a paperkg dependency: `pip install python-crfsuite==0.9.12`).

Training papers: the 400 acl-dev papers and the 60 of dev.jsonl, in the fixed
folds `make eval` uses (scripts/train_decision.py `training_papers`). The locked
test split is never read. Per outer fold, a BIO tagger over the five types is
trained on the other four folds and tags the held-out fold; its spans are
added to the cross-validated predictions of the shipped rules + decision layer
(`eval_extraction.cross_validated`, the `make eval` baseline) when no predicted
concept already has that spelling, and scored with the project's scorer.

Gold token labels: every occurrence of an annotated name or alias in the
title + abstract, longest first, compared after the scorer's normalisation.
Token features: forms, shape, affixes, neighbours +-2, the lexicon's and
name rules' token spans (B/I by type), the rule concepts' mentions (B/I by
type, decision layer off, so nothing trained on the held-out fold leaks),
title / bracket flags.

`--speed N` also times feature building + tagging on the first N ACL abstracts
of the 44k corpus against the shipped extractor's ms/doc.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

from eval_extraction import ROOT, TYPES, cross_validated, load_script, load_scorer, read_jsonl, score, write_jsonl

MAX_SPAN = 12  # tokens in the longest gold name looked for


def norm(name: str) -> str:
    """The scorer's spelling key (score_extraction.norm)."""
    s = unicodedata.normalize("NFKC", str(name or "")).lower()
    s = re.sub(r"[\s\-\u2010-\u2015_.\u00b7']+", "", s)
    if len(s) > 3 and s.endswith("s") and not s.endswith("ss"):
        s = s[:-1]
    return s


# ---------------------------------------------------------------- documents


def rule_parts(nlp, text: str, keep_entities: bool = False) -> dict:
    """Tokens and the rule components' spans of one text (decision layer off);
    with `keep_entities`, also the rule concepts themselves (key `entities`)."""
    doc = nlp.make_doc(text)
    doc._.paperkg_text = text
    lex = names = None
    for name, proc in nlp.pipeline:
        if name == "paperkg_decision":
            break
        doc = proc(doc)
        if name == "paperkg_lexicon":
            lex = list(doc._.paperkg_lexicon or [])
        elif name == "paperkg_names":
            names = list(doc._.paperkg_names or [])
    toks = [(t.text, t.idx) for t in doc]
    starts = {i: k for k, (_, i) in enumerate(toks)}
    ends = {i + len(w): k for k, (w, i) in enumerate(toks)}
    rule = []
    for e in doc._.paperkg_entities or []:
        for a, b in e.get("mentions") or []:
            if a in starts and b in ends:
                rule.append((starts[a], ends[b] + 1, e["type"]))
    out = {"toks": toks, "lex": lex or [], "names": names or [], "rule": rule, "text": text}
    if keep_entities:
        out["entities"] = list(doc._.paperkg_entities or [])
    return out


def shape(w: str) -> str:
    s = re.sub(r"[A-Z]", "X", w)
    s = re.sub(r"[a-z]", "x", s)
    s = re.sub(r"[0-9]", "d", s)
    return re.sub(r"(.)\1{2,}", r"\1\1", s)


def span_marks(n: int, spans, prefix: str) -> list[list[str]]:
    out = [[] for _ in range(n)]
    for a, b, typ, *_ in spans:
        for k in range(a, min(b, n)):
            out[k].append(f"{prefix}={'B' if k == a else 'I'}-{typ}")
    return out


def features(parts: dict) -> list[list[str]]:
    toks = parts["toks"]
    n = len(toks)
    lows = [w.lower() for w, _ in toks]
    marks = [
        a + b + c
        for a, b, c in zip(
            span_marks(n, parts["lex"], "lex"), span_marks(n, parts["names"], "nm"), span_marks(n, parts["rule"], "rl")
        )
    ]
    title_end = parts["text"].find("\n")
    depth, out = 0, []
    for k, (w, idx) in enumerate(toks):
        lo = lows[k]
        f = ["b", "w=" + lo, "sh=" + shape(w), "p2=" + lo[:2], "p3=" + lo[:3], "s2=" + lo[-2:], "s3=" + lo[-3:]]
        if w[:1].isupper():
            f.append("title")
        if w.isupper() and len(w) > 1:
            f.append("upper")
        if any(c.isdigit() for c in w):
            f.append("digit")
        if "-" in w:
            f.append("hyph")
        if idx < title_end or title_end < 0:
            f.append("intitle")
        if depth > 0:
            f.append("inbr")
        if w in "([":
            depth += 1
        elif w in ")]":
            depth = max(0, depth - 1)
        for d in (-2, -1, 1, 2):
            j = k + d
            f.append(f"w{d}=" + (lows[j] if 0 <= j < n else "<s>"))
        for d in (-1, 1):
            j = k + d
            if 0 <= j < n:
                f.append(f"sh{d}=" + shape(toks[j][0]))
                f += [f"{d}:" + m for m in marks[j]]
        f.append("bg-=" + (lows[k - 1] if k else "<s>") + "|" + lo)
        f.append("bg+=" + lo + "|" + (lows[k + 1] if k + 1 < n else "</s>"))
        f += marks[k]
        out.append(f)
    return out


def gold_labels(parts: dict, entities: list[dict]) -> list[str]:
    """BIO labels: every occurrence of an annotated spelling, longest first, from a word to a word."""
    key_type = {}
    for e in entities:
        for s in [e.get("name"), *(e.get("aliases") or [])]:
            k = norm(s)
            if k and k not in key_type:
                key_type[k] = e["type"]
    toks, text = parts["toks"], parts["text"]
    n = len(toks)
    labels = ["O"] * n
    k = 0
    wordy = [any(c.isalnum() for c in w) for w, _ in toks]
    while k < n:
        if not wordy[k]:
            k += 1
            continue
        hit = None
        for j in range(min(n, k + MAX_SPAN), k, -1):
            key = norm(text[toks[k][1] : toks[j - 1][1] + len(toks[j - 1][0])])
            # a span starts and ends on a word: "Corpus ." folds to "corpus" too, but the full stop is not the name's
            if key in key_type and wordy[j - 1]:
                hit = (j, key_type[key])
                break
        if hit:
            j, typ = hit
            labels[k] = "B-" + typ
            for m in range(k + 1, j):
                labels[m] = "I-" + typ
            k = j
        else:
            k += 1
    return labels


# ---------------------------------------------------------------- tagger


def train_tagger(xs, ys, path: Path, c1: float, c2: float, iters: int) -> None:
    import pycrfsuite

    tr = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys):
        tr.append(x, y)
    tr.set_params({"c1": c1, "c2": c2, "max_iterations": iters, "feature.possible_transitions": True})
    tr.train(str(path))


def bio_spans(ys: list[str]) -> list[tuple[int, int, str]]:
    """(first token, end token, type) of each run of a BIO label sequence: a run is a label
    and the I- labels of its type after it."""
    out, k = [], 0
    while k < len(ys):
        if ys[k] == "O":
            k += 1
            continue
        typ = ys[k][2:]
        j = k + 1
        while j < len(ys) and ys[j] == "I-" + typ:
            j += 1
        out.append((k, j, typ))
        k = j
    return out


def tagged_spans(tagger, parts: dict, x) -> list[tuple[str, str, float]]:
    """(surface, type, confidence) of each span the tagger labels; confidence is
    the smallest marginal of the span's labels."""
    ys = tagger.tag(x)
    toks, text = parts["toks"], parts["text"]
    return [
        (
            text[toks[k][1] : toks[j - 1][1] + len(toks[j - 1][0])],
            typ,
            min(tagger.marginal(ys[m], m) for m in range(k, j)),
        )
        for k, j, typ in bio_spans(ys)
    ]


def merged(pred: dict, spans, threshold: float) -> dict:
    """`pred` with the tagger's spans whose spelling no predicted concept has."""
    ents = list(pred.get("entities") or [])
    have = set()
    for e in ents:
        have |= {norm(s) for s in [e["name"], *(e.get("aliases") or [])]}
    best: dict[str, tuple] = {}
    for surface, typ, conf in spans:
        k = norm(surface)
        if conf >= threshold and k and k not in have and (k not in best or best[k][2] < conf):
            best[k] = (surface, typ, conf)
    ents += [{"name": s, "type": t, "aliases": [], "introduced": False} for s, t, _ in best.values()]
    return {**pred, "entities": ents}


def tagger_only(pred: dict, spans, threshold: float) -> dict:
    return merged({**pred, "entities": []}, spans, threshold)


# ---------------------------------------------------------------- main


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--baseline", type=Path, help="cached CV predictions (JSONL); computed when absent")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iters", type=int, default=150)
    ap.add_argument("--seed-copies", type=int, default=1, help="dev.jsonl papers appended this many times")
    ap.add_argument("--thresholds", default="0.5,0.7,0.8,0.9,0.95")
    ap.add_argument("--dump", type=Path, help="write the tagged spans of every paper here (JSONL)")
    ap.add_argument("--speed", type=int, default=0)
    a = ap.parse_args(argv)

    from paperkg.extract.pipeline import build_pipeline

    trainer = load_script("train_decision", ROOT / "scripts" / "train_decision.py")
    scorer = load_scorer(a.shared)
    splits = json.loads((ROOT / "data/annotations/splits.json").read_text(encoding="utf-8"))
    annotated = {r["id"]: r for r in read_jsonl(ROOT / "data/annotations/acl600.jsonl")}
    seed_gold = read_jsonl(a.shared / "gold" / "dev.jsonl")
    papers, gold, fold_of, weight_of = trainer.training_papers(a.shared)

    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        if a.baseline and a.baseline.exists():
            base = {r["title"].strip(): r for r in read_jsonl(a.baseline)}
        else:
            base = cross_validated(a.shared, tmp)
            if a.baseline:
                write_jsonl(a.baseline, base.values())
        nlp = build_pipeline({"paperkg_decision": {"enabled": False}})
        t0 = time.perf_counter()
        parts = {p.raw_title.strip(): rule_parts(nlp, p.text) for p in papers}
        xs = {t: features(pp) for t, pp in parts.items()}
        ys = {t: gold_labels(pp, gold[t]["entities"]) for t, pp in parts.items()}
        print(f"features: {len(parts)} papers in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        spans = {}
        import pycrfsuite

        for k in sorted(set(fold_of.values())):
            tx, ty = [], []
            for t in parts:
                if fold_of[t] != k:
                    copies = a.seed_copies if t in weight_of else 1
                    tx += [xs[t]] * copies
                    ty += [ys[t]] * copies
            path = tmp / f"crf{k}.bin"
            t0 = time.perf_counter()
            train_tagger(tx, ty, path, a.c1, a.c2, a.iters)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            for t in parts:
                if fold_of[t] == k:
                    spans[t] = tagged_spans(tagger, parts[t], xs[t])
            print(
                f"fold {k}: trained on {len(tx)} in {time.perf_counter() - t0:.1f} s, "
                f"model {path.stat().st_size / 1e6:.1f} MB",
                file=sys.stderr,
            )
        if a.dump:
            write_jsonl(a.dump, ({"title": t, "spans": s} for t, s in spans.items()))

        def report(label: str, pred: dict) -> None:
            dev_ids = [i for fold in splits["dev_folds"] for i in fold]
            s = score(scorer, [annotated[i] for i in dev_ids], pred, tmp)
            folds = [
                score(scorer, [annotated[i] for i in fold], pred, tmp)["overall"]["f1"] for fold in splits["dev_folds"]
            ]
            sd = score(scorer, seed_gold, pred, tmp)
            types = " ".join(f"{s['types'][t]['f1']:.3f}" for t in TYPES)
            rec = " ".join(f"{s['types'][t]['recall']:.3f}" for t in ("Method", "Task"))
            print(
                f"| {label} | {s['overall']['f1']:.4f} (P {s['overall']['precision']:.3f} R "
                f"{s['overall']['recall']:.3f}) | {' '.join(f'{f:.3f}' for f in folds)} | {types} | {rec} | "
                f"{sd['overall']['f1']:.4f} |",
                flush=True,
            )

        print("| variant | acl-dev F1 | per fold | Model Method Dataset Metric Task F1 | Method Task R | dev.jsonl |")
        print("|---|---|---|---|---|---|")
        report("rules + decision layer (baseline)", base)
        for th in [float(x) for x in a.thresholds.split(",")]:
            report(f"tagger alone, conf >= {th}", {t: tagger_only(base[t], spans[t], th) for t in base})
        for th in [float(x) for x in a.thresholds.split(",")]:
            report(f"+ tagger spans, conf >= {th}", {t: merged(base[t], spans[t], th) for t in base})
    if a.speed:
        speed(a.speed, a.shared, nlp, tagger)
    return 0


def speed(n: int, shared: Path, nlp, tagger) -> None:
    """ms/doc of the shipped extractor vs the tagger's extra work (features + tag)."""
    from paperkg.extract import extract_papers, load_pipeline
    from paperkg.sources import read_papers

    with tempfile.TemporaryDirectory() as d:
        sample = Path(d) / "sample.jsonl"
        with (
            gzip.open(shared / "corpora/acl-anthology/acl_cc_by_44k.jsonl.gz", "rt", encoding="utf-8") as fh,
            sample.open("w", encoding="utf-8") as out,
        ):
            for _, line in zip(range(n), fh):
                out.write(line)
        papers = list(read_papers([sample]))
    n = len(papers)
    texts = [p.text for p in papers]
    ship = load_pipeline()
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        for _x in extract_papers(papers, nlp=ship):
            pass
        runs.append((time.perf_counter() - t0) * 1000 / n)
    parts = [rule_parts(nlp, t) for t in texts]
    feat, tag = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        xs = [features(p) for p in parts]
        t1 = time.perf_counter()
        for x in xs:
            tagger.set(x)
            ys = tagger.tag()
            for m, y in enumerate(ys):
                tagger.marginal(y, m)
        t2 = time.perf_counter()
        feat.append((t1 - t0) * 1000 / n)
        tag.append((t2 - t1) * 1000 / n)
    print(
        f"speed on {n} ACL abstracts (median of 3): extractor {statistics.median(runs):.2f} ms/doc; "
        f"tagger features {statistics.median(feat):.2f} + tagging {statistics.median(tag):.2f} ms/doc"
    )


if __name__ == "__main__":
    sys.exit(main())
