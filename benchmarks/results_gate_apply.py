#!/usr/bin/env python3
"""Apply the learned result-row gate to an extractor prediction file, for papers nobody who fits it has seen.

usage: PYTHONPATH=src python benchmarks/results_gate_apply.py --pred PRED.jsonl --texts TEXTS.jsonl --out GATED.jsonl
           [--judged rows.jsonl] [--leave-out GOLD.jsonl ...] [--share 0.05] [--l2 10]

Fits the gate exactly as results_gate_gold.py does (results_confidence_study's logistic regression on the 62
features of stop 44, l2 = 10, standardised on the training rows; the cut is the score under which 5% of the
training rows' right rows fall) on every judged development row (`results_precision_rescore.judged_sets`: never
held-out set 2 nor the stop's held-out draw), leaving out the judged rows of any paper of PRED (by title) and of
any `--leave-out` file. `--judged` reads the judged rows with their features from results_confidence_study.py
--dump; without it they are re-extracted here (the same function, a few minutes).

PRED is the JSONL `paperkg extract` writes (one paper a line: id, title, entities, results); TEXTS the papers it
was made from (JSONL id/title/abstract, e.g. ACL 44k records). Each paper of TEXTS is extracted again with the
pipeline in PYTHONPATH (the shipped decision layer unless `--decision` names another) to get each row's features;
a row of PRED is matched to the re-extracted row with the same fields (subject, dataset, metric, value,
compared_to, sentence) of the paper with the same id (or, failing that, title). Rows under the cut are removed;
every other field and line of PRED is written as read (one JSON object a line, in PRED's order). A row of PRED
with no re-extracted twin (PRED made by another extractor) is kept and counted. Prints the fit, the cut and how
many rows it removed. Deterministic: two runs write byte-identical files. Score the output with /work/shared/tools/score_extraction.py GOLD GATED.jsonl.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))
import results_confidence_study as S  # noqa: E402
import results_precision_rescore as R  # noqa: E402
from eval_extraction import read_jsonl  # noqa: E402

#: the fields of a prediction row that identify it (the row format of `Extraction.to_gold`)
ROW_FIELDS = ("subject", "dataset", "metric", "value", "compared_to", "sentence")


def feature_names(judged: list[dict]) -> list[str]:
    """The 62 features of stop 44 (the judged rows' features without results_confidence_study.NEW_FEATURES)."""
    return [n for n in judged[0]["features"] if n not in S.NEW_FEATURES]


def fit_gate(judged: list[dict], leave_out: set[str], names: list[str], l2: float = 10.0, share: float = 0.05):
    """Fit on the judged rows whose paper (title key) is not in `leave_out`: (score function, cut, rows used)."""
    train = [r for r in judged if r["paper"] not in leave_out]
    X = np.array([[r["features"][n] for n in names] for r in train], dtype=float)
    y = np.array([r["right"] for r in train])
    (Xtr,) = S.standardise(X)
    w = S.fit_logistic(Xtr, y.astype(float), l2=l2)
    cut = S.threshold_for(Xtr @ w, y, share)

    def score(rows: list[dict]) -> np.ndarray:
        """The gate's score of rows (their features standardised by the training rows', as `S.standardise` does)."""
        G = np.array([[r["features"][n] for n in names] for r in rows], dtype=float).reshape(len(rows), len(names))
        return S.standardise(X, G)[1] @ w

    return score, cut, train


def featured_rows(texts: Path, decision: Path | None) -> dict[str, tuple[dict, list[dict]]]:
    """Each paper of TEXTS re-extracted: its id and its title key -> (its prediction as `paperkg extract` writes it,
    its kept rows with their features, in the order of the prediction's results)."""
    from paperkg.extract import load_pipeline
    from paperkg.extract.pipeline import build_pipeline
    from paperkg.sources import read_papers

    nlp = build_pipeline({"paperkg_decision": {"model_path": str(decision)}}) if decision else load_pipeline()
    out = {}
    for p in read_papers([texts]):
        pred, rows = S.paper_rows(nlp, p)
        assert len(rows) == len(pred["results"]), p.id
        out[p.id] = out[R.title_key(p.raw_title)] = (pred, rows)
    return out


def apply_gate(preds: list[dict], featured: dict, score, cut: float) -> tuple[list[dict], dict]:
    """PRED with the rows under the cut removed, and counts (rows, removed, kept for want of a twin)."""
    counts = {"papers": len(preds), "rows": 0, "removed": 0, "no twin (kept)": 0, "papers without text": 0}
    out = []
    for paper in preds:
        results = paper.get("results") or []
        counts["rows"] += len(results)
        twin = featured.get(paper.get("id")) or featured.get(R.title_key(paper.get("title") or ""))
        if twin is None:
            counts["papers without text"] += 1
            counts["no twin (kept)"] += len(results)
            out.append(paper)
            continue
        re_pred, rows = twin
        s = score(rows) if rows else np.zeros(0)
        free = {}
        for j, r in enumerate(re_pred["results"]):
            free.setdefault(tuple(r.get(k) for k in ROW_FIELDS), []).append(j)
        kept = []
        for r in results:
            twins = free.get(tuple(r.get(k) for k in ROW_FIELDS))
            if not twins:
                counts["no twin (kept)"] += 1
                kept.append(r)
                continue
            j = twins.pop(0)
            if s[j] < cut:
                counts["removed"] += 1
            else:
                kept.append(r)
        out.append({**paper, "results": kept} if "results" in paper else paper)
    return out, counts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pred", type=Path, required=True, help="extractor predictions (paperkg extract JSONL)")
    ap.add_argument("--texts", type=Path, required=True, help="the papers' texts (JSONL id/title/abstract)")
    ap.add_argument("--out", type=Path, required=True, help="where to write the gated predictions")
    ap.add_argument("--judged", type=Path, help="results_confidence_study.py --dump rows (else re-extracted)")
    ap.add_argument(
        "--leave-out", nargs="*", type=Path, default=[], help="JSONL files whose papers' judged rows the fit leaves out"
    )
    ap.add_argument("--decision", type=Path, help="decision-layer model for the re-extraction (default: shipped)")
    ap.add_argument("--share", type=float, default=0.05, help="share of the training rows' right rows under the cut")
    ap.add_argument("--l2", type=float, default=10.0)
    a = ap.parse_args(argv)
    preds = read_jsonl(a.pred)
    judged = read_jsonl(a.judged) if a.judged else S.joined_rows()
    leave_out = {R.title_key(p["title"]) for p in preds if p.get("title")}
    for path in a.leave_out:
        leave_out |= {R.title_key(p["title"]) for p in read_jsonl(path) if p.get("title")}
    names = feature_names(judged)
    score, cut, train = fit_gate(judged, leave_out, names, l2=a.l2, share=a.share)
    n_wrong = sum(not r["right"] for r in train)
    print(
        f"gate: {len(names)} features, l2 {a.l2:g}, fitted on {len(train)} judged rows ({n_wrong} wrong) of"
        f" {len(judged)}; {len(judged) - len(train)} left out (their paper is in --pred or --leave-out);"
        f" cut {cut:.6f} ({a.share:.0%} of the training rows' right rows under it)"
    )
    featured = featured_rows(a.texts, a.decision)
    gated, counts = apply_gate(preds, featured, score, cut)
    a.out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in gated), encoding="utf-8")
    print(
        f"{counts['papers']} papers, {counts['rows']} result rows: removed {counts['removed']}, kept"
        f" {counts['rows'] - counts['removed']} ({counts['no twin (kept)']} with no re-extracted twin,"
        f" {counts['papers without text']} papers without a text) -> {a.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
