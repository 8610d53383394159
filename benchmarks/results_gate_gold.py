#!/usr/bin/env python3
"""The gold-matched view of a learned gate on result rows (issue 14): rows and features of the annotated papers.

usage: PYTHONPATH=src python benchmarks/results_gate_gold.py --dump gold_rows.jsonl [--shared ../shared]
       PYTHONPATH=src python benchmarks/results_gate_gold.py --from gold_rows.jsonl --judged rows.jsonl

`--dump` extracts the annotated development papers as `make eval` and eval_fresh_cv.py score them: dev.jsonl,
acl-dev (development ids of splits.json only) and concept_fresh43..48 each by the decision layer trained without
its fold, concept_fresh49 and concept_fresh50 (not in training) by the shipped layer; each paper's extraction and
its kept rows with the features of results_confidence_study.py. `--from ... --judged ...` trains the gate
(results_confidence_study's logistic regression) on the judged development rows (results_confidence_study.py
--dump), leaving out every judged paper that is also an annotated one, picks the cut under which 5% / 10% of the
training rows' right rows fall, drops the annotated rows under it and scores results P/R/F1 against the gold with
the project's scorer (`match_results`), before and after, per set and pooled.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))
import eval_extraction as ev  # noqa: E402
import results_confidence_study as S  # noqa: E402
import results_gold_fp as F  # noqa: E402
import results_precision_rescore as R  # noqa: E402

NOT_TRAINED = F.UNSEEN_FRESH


def set_of_titles(shared: Path) -> dict[str, str]:
    """The scored set of every annotated development title (results_gold_fp.annotated_sets)."""
    return {g["title"].strip(): name for name, gold in F.annotated_sets(shared).items() for g in gold}


def dump(shared: Path, path: Path) -> None:
    from paperkg.extract.phrase_stats import load_phrase_stats
    from paperkg.extract.pipeline import build_pipeline
    from paperkg.extract.training import candidates, train
    from paperkg.sources import read_papers

    trainer = ev.load_script("train_decision", ROOT / "scripts" / "train_decision.py")
    set_of = set_of_titles(shared)
    papers, gold, fold_of, weight_of = trainer.training_papers(shared)
    cands = candidates(papers, gold, load_phrase_stats())
    out = []
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for k in sorted(set(fold_of.values())):
            model = train([c for c in cands if fold_of[c.paper] != k], weight_of=weight_of, **trainer.fit_settings())
            model.save(tmp / f"decision-fold{k}.json")
            nlp = build_pipeline({"paperkg_decision": {"model_path": str(tmp / f"decision-fold{k}.json")}})
            for p in papers:
                t = p.raw_title.strip()
                if fold_of[t] == k and t in set_of:
                    pred, rows = S.paper_rows(nlp, p)
                    out.append({"set": set_of[t], "title": t, "pred": pred, "rows": rows})
            print(f"fold {k}: {len(out)} papers", file=sys.stderr)
        want = {r["id"]: name for name in NOT_TRAINED for r in ev.read_jsonl(ev.ANNOTATIONS / f"{name}.jsonl")}
        recs = F.corpus_records(shared, set(want))
        batch = tmp / "fresh.jsonl"
        batch.write_text("".join(json.dumps(recs[i]) + "\n" for i in want), encoding="utf-8")
        nlp = build_pipeline(None)
        for i, p in zip(want, read_papers([batch]), strict=True):
            pred, rows = S.paper_rows(nlp, p)
            out.append({"set": want[i], "title": p.raw_title.strip(), "pred": pred, "rows": rows})
    path.write_text("".join(json.dumps(r) + "\n" for r in out), encoding="utf-8")


def gold_papers(shared: Path) -> dict[str, dict]:
    """Every annotated development paper's gold by title (results_gold_fp.annotated_sets)."""
    return {g["title"].strip(): g for gold in F.annotated_sets(shared).values() for g in gold}


def score_sets(scorer, gold: dict[str, dict], papers: list[dict], keep) -> dict[str, tuple[int, int, int]]:
    """(tp, predicted, gold) of the results per set, with only the rows `keep(paper_index, row_index)` allows."""
    out: dict[str, list[int]] = {}
    for i, p in enumerate(papers):
        pred = dict(p["pred"])
        pred["results"] = [r for j, r in enumerate(p["pred"]["results"]) if keep(i, j)]
        tp, n_pred, n_gold = scorer.match_results(gold[p["title"]], pred)
        acc = out.setdefault(p["set"], [0, 0, 0])
        acc[0] += tp
        acc[1] += n_pred
        acc[2] += n_gold
    return {k: tuple(v) for k, v in out.items()}


def prf(scorer, c: tuple[int, int, int]) -> str:
    """(tp, predicted, gold) as the scorer's own precision, recall and F1 (`score_extraction.prf`)."""
    tp, n_pred, n_gold = c
    p, r, f = scorer.prf(tp, n_pred, n_gold)
    return f"P {p:.3f} ({tp}/{n_pred}) R {r:.3f} ({tp}/{n_gold}) F1 {f:.3f}"


def pooled(counts: dict, names) -> tuple[int, int, int]:
    return tuple(sum(counts[n][k] for n in names if n in counts) for k in range(3))


def gate(judged: list[dict], papers: list[dict], names: list[str], l2: float, shares=(0.05, 0.10)):
    """Train on the judged rows whose paper is not annotated; the per-share cut and the annotated rows' scores."""
    annotated = {R.title_key(p["title"]) for p in papers}
    train_rows = [r for r in judged if r["paper"] not in annotated]
    X = np.array([[r["features"][n] for n in names] for r in train_rows], dtype=float)
    y = np.array([r["right"] for r in train_rows])
    G = np.array([[row["features"][n] for n in names] for p in papers for row in p["rows"]], dtype=float)
    Xtr, Gs = S.standardise(X, G)
    w = S.fit_logistic(Xtr, y.astype(float), l2=l2)
    s_tr, s_g = Xtr @ w, Gs @ w
    cuts = {share: S.threshold_for(s_tr, y, share) for share in shares}
    return len(judged) - len(train_rows), cuts, s_g


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--from", dest="src", type=Path)
    ap.add_argument("--judged", type=Path, help="results_confidence_study.py --dump rows")
    ap.add_argument("--l2", type=float, default=10.0)
    ap.add_argument("--new", action="store_true", help="with the features new at stop 51 (S.NEW_FEATURES)")
    ap.add_argument("--only", nargs="*", default=None, help="features to use (default: the 62 of stop 44)")
    a = ap.parse_args(argv)
    if a.dump:
        dump(a.shared, a.dump)
        return 0
    papers = [json.loads(line) for line in a.src.read_text().splitlines()]
    for p in papers:
        assert len(p["rows"]) == len(p["pred"]["results"]), p["title"]
    judged = [json.loads(line) for line in a.judged.read_text().splitlines()]
    names = a.only or [n for n in judged[0]["features"] if a.new or n not in S.NEW_FEATURES]
    scorer = ev.load_scorer(a.shared)
    gold = gold_papers(a.shared)
    n_dropped, cuts, s_g = gate(judged, papers, names, a.l2)
    print(f"{len(names)} features; {n_dropped} judged rows left out of training (their paper is annotated)")
    index = {}
    k = 0
    for i, p in enumerate(papers):
        for j in range(len(p["rows"])):
            index[(i, j)] = s_g[k]
            k += 1
    before = score_sets(scorer, gold, papers, lambda i, j: True)
    fresh = sorted(n for n in before if n.startswith("concept_fresh"))
    views = {"before": before}
    for share, cut in cuts.items():
        views[f"cut {share:.2f}"] = score_sets(scorer, gold, papers, lambda i, j, c=cut: index[(i, j)] >= c)
    for label, counts in views.items():
        print(f"== {label}")
        for n in [*fresh, "dev.jsonl", "acl-dev"]:
            print(f"  {n:16s} {prf(scorer, counts[n])}")
        print(f"  {'fresh pooled':16s} {prf(scorer, pooled(counts, fresh))}")
        print(f"  {'all pooled':16s} {prf(scorer, pooled(counts, list(counts)))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
