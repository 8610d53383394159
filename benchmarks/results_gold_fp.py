"""The result rows gold annotation does not confirm, on the annotated development papers (stop 51, issue 14).

    PYTHONPATH=src .venv/bin/python benchmarks/results_gold_fp.py [--shared ../shared] [-o DIR] [--list]

Predicts every annotated development paper as the figures score it: dev.jsonl (60), acl-dev (400, the development
folds of splits.json only; never the locked test ids) and the five fresh sets in the decision layer's training
(concept_fresh43/45/46/47/48) from the 5-fold cross-validated layer (`eval_extraction.cross_validated`: each paper
by a layer that never saw its fold), and concept_fresh49/50 (not in training) with the shipped layer on their ACL
44k texts, as `fresh_score.sh` does; results_gold52 and results_gold53 (100 papers each, unseen when drawn,
results-only gold reconciled at stop 51's and stop 52's ends) the same way, each on its own line outside the fresh
pooled figure (`--list` prints all its papers: drop those a stop holds out before reading). Each predicted row is
matched to the gold rows by the project scorer's own test (`score_extraction.match_results`: value, dataset by name
or alias, subject where both give one). A row no gold row confirms is sorted mechanically: ``subject`` (a free gold
row has its value and dataset: only the subject differs), ``dataset`` (a free gold row has its value, on another
dataset), ``value-form`` (a free gold row has its number written otherwise), ``no-gold-row`` (the gold has no row
with that number). A gold row no prediction matches is sorted the same way from the other side. Prints results
P/R/F1 per set, the unconfirmed rows per class, kind (score/gain/reduction/ratio) and confidence band, and with
`--list` every unconfirmed row and missed gold row with its sentence. The reading of these rows (which mechanism,
guideline or gold) is benchmarks/results/results_gold_fp_stop51.md, and for gold52 results_gold_fp_stop52.md, for
gold53 results_gold_fp_stop53.md.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_extraction as ev  # noqa: E402

#: the fresh sets the decision layer trains on (scored out of fold, as eval_fresh_cv.py does): train_decision's own list
TRAINED_FRESH = tuple(ev.load_script("train_decision", ROOT / "scripts" / "train_decision.py").FRESH_SETS)
UNSEEN_FRESH = ("concept_fresh49", "concept_fresh50")
#: results-only gold on unseen ACL papers (100 papers each, annotated twice and reconciled: gold52 at stop 51's end,
#: gold53 at stop 52's; development data once their held-out stop is over): predicted with the shipped layer on their
#: 44k texts, as the unseen fresh sets; not in the fresh pooled figure (no concept gold)
UNSEEN_RESULTS = ("results_gold52", "results_gold53")
CORPUS = Path("corpora") / "acl-anthology" / "acl_cc_by_44k.jsonl.gz"


def predict(papers, config=None) -> dict[str, dict]:
    """`eval_extraction.predict` with each kept row's kind and confidence beside it (`_kind`, `_conf`)."""
    from paperkg.extract import extract_papers
    from paperkg.extract.pipeline import build_pipeline
    from paperkg.model import MIN_RESULT_CONFIDENCE

    out = {}
    for ex in extract_papers(papers, nlp=build_pipeline(config)):
        g = ex.to_gold()
        kept = [r for r in ex.results if r.confidence >= MIN_RESULT_CONFIDENCE]
        for row, r in zip(g["results"], kept):
            row["_kind"], row["_conf"] = r.kind, round(r.confidence, 3)
        out[g["title"].strip()] = g
    return out


def corpus_records(shared: Path, ids: set[str]) -> dict[str, dict]:
    """The ACL 44k records of `ids` by id, in the corpus's order (the unseen fresh sets' texts: their annotation
    files hold the gold, not the abstract as extraction reads it)."""
    recs = {}
    with gzip.open(shared / CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"] in ids:
                recs[r["id"]] = r
    return recs


def annotated_sets(shared: Path) -> dict[str, list[dict]]:
    """The gold papers of every annotated development set by name: acl-dev (the development folds of splits.json,
    never the locked test ids), dev.jsonl and the fresh sets in and out of the decision layer's training
    (results_gate_gold.py reads the same papers)."""
    splits = json.loads((ev.ANNOTATIONS / "splits.json").read_text(encoding="utf-8"))
    dev_ids = [i for fold in splits["dev_folds"] for i in fold]
    wanted = set(dev_ids)
    acl = {r["id"]: r for r in ev.read_jsonl(ev.ANNOTATIONS / "acl600.jsonl") if r["id"] in wanted}
    sets = {"acl-dev": [acl[i] for i in dev_ids], "dev.jsonl": ev.read_jsonl(shared / "gold" / "dev.jsonl")}
    for name in TRAINED_FRESH + UNSEEN_FRESH + UNSEEN_RESULTS:
        sets[name] = ev.read_jsonl(ev.ANNOTATIONS / f"{name}.jsonl")
    return sets


def predictions(shared: Path) -> tuple[dict[str, list[dict]], dict[str, dict]]:
    """(gold papers per set, predictions by title) for every development set."""
    from paperkg.sources import read_papers

    sets = annotated_sets(shared)
    ev.predict = predict  # the cross-validated predictions keep kind and confidence too
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        pred = ev.cross_validated(shared, tmp)
        ids = {g["id"] for name in UNSEEN_FRESH + UNSEEN_RESULTS for g in sets[name]}
        ev.write_jsonl(tmp / "unseen.jsonl", corpus_records(shared, ids).values())
        pred.update(predict(list(read_papers([tmp / "unseen.jsonl"]))))
    return sets, pred


def _number(value) -> str | None:
    m = re.search(r"\d+(?:\.\d+)?", str(value or ""))
    return m.group() if m else None


def sort_rows(scorer, gold: dict, pred: dict) -> tuple[list[tuple[dict, str]], list[tuple[dict, str]]]:
    """(unconfirmed predicted rows, missed gold rows), each with its mechanical class; the matching is
    `match_results`' own (first free gold row in order)."""
    table = scorer.entity_lookup(gold.get("entities", []) + pred.get("entities", []))
    rows, used, fps = list(gold.get("results") or []), set(), []
    nv = scorer.norm_value

    for r in pred.get("results") or []:
        for j, g in enumerate(rows):
            if j in used or nv(r.get("value")) != nv(g.get("value")):
                continue
            if not scorer.same(r.get("dataset"), g.get("dataset"), table):
                continue
            if r.get("subject") and g.get("subject") and not scorer.same(r["subject"], g["subject"], table):
                continue
            used.add(j)
            break
        else:
            fps.append(r)
    free = [g for j, g in enumerate(rows) if j not in used]
    out_fp = []
    for r in fps:
        same_value = [g for g in free if nv(g["value"]) == nv(r["value"])]
        if any(scorer.same(r["dataset"], g["dataset"], table) for g in same_value):
            why = "subject"
        elif same_value:
            why = "dataset"
        elif any(_number(g["value"]) == _number(r["value"]) for g in free):
            why = "value-form"
        else:
            why = "no-gold-row"
        out_fp.append((r, why))
    out_fn = []
    for g in free:
        if any(nv(r["value"]) == nv(g["value"]) for r in fps):
            why = "row-on-other-dataset-or-subject"
        elif any(_number(r["value"]) == _number(g["value"]) for r in fps):
            why = "row-value-form"
        elif any(
            scorer.same(e["name"], g["dataset"], table) for e in pred.get("entities", []) if e["type"] == "Dataset"
        ):
            why = "no-row;dataset-found"
        else:
            why = "no-row;dataset-not-found"
        out_fn.append((g, why))
    return out_fp, out_fn


def band(conf: float) -> str:
    return ".50-.60" if conf < 0.6 else ".60-.80" if conf < 0.8 else ".80-.90" if conf < 0.9 else ".90+"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("-o", "--out", type=Path, default=None, help="write each set's gold and predictions here")
    ap.add_argument("--list", action="store_true", help="list every unconfirmed row and missed gold row")
    a = ap.parse_args(argv)
    scorer = ev.load_scorer(a.shared)
    sets, pred = predictions(a.shared)
    counts = collections.Counter()
    totals = {}
    for name, gold in sets.items():
        group = "fresh" if name.startswith("concept_fresh") else name
        tp = npred = ngold = 0
        for g in gold:
            p = pred[g["title"].strip()]
            t, n_p, n_g = scorer.match_results(g, p)
            tp, npred, ngold = tp + t, npred + n_p, ngold + n_g
            fps, fns = sort_rows(scorer, g, p)
            for r, why in fps:
                counts[(group, "FP class", why)] += 1
                counts[(group, "FP kind", r.get("_kind"))] += 1
                counts[(group, "FP band", band(r.get("_conf") or 0))] += 1
            for r in p.get("results") or []:
                counts[(group, "all kind", r.get("_kind"))] += 1
                counts[(group, "all band", band(r.get("_conf") or 0))] += 1
            for _, why in fns:
                counts[(group, "FN class", why)] += 1
            if a.list and (fps or fns):
                print(f"=== {name} | {g.get('id', '')} | {g['title'][:90]}")
                for r, why in fps:
                    print(
                        f"  FP {why} [{r.get('_kind')} {r.get('_conf')}] subject={r['subject']!r} "
                        f"dataset={r['dataset']!r} value={r['value']!r}\n     {r['sentence'][:300]}"
                    )
                for r, why in fns:
                    print(
                        f"  FN {why} subject={r.get('subject')!r} dataset={r.get('dataset')!r} value={r.get('value')!r}"
                    )
        totals[name] = (tp, npred, ngold)
        if a.out:
            a.out.mkdir(parents=True, exist_ok=True)
            ev.write_jsonl(a.out / f"{name}.gold.jsonl", gold)
            ev.write_jsonl(a.out / f"{name}.pred.jsonl", (pred[g["title"].strip()] for g in gold))
    fresh = [sum(totals[n][i] for n in TRAINED_FRESH + UNSEEN_FRESH) for i in range(3)]
    for name, (tp, npred, ngold) in [*totals.items(), ("fresh pooled", tuple(fresh))]:
        p, r, f = scorer.prf(tp, npred, ngold)
        print(f"{name:16s} results P {p:.3f} ({tp}/{npred})  R {r:.3f} ({tp}/{ngold})  F1 {f:.3f}")
    for key in sorted(counts):
        print(" | ".join(map(str, key)), counts[key])
    return 0


if __name__ == "__main__":
    sys.exit(main())
