"""Learning curve of the decision layer: 5-fold CV entity F1 when each training
fold keeps 25/50/75/100% of its papers (issue 12: is more annotated data worth it?).

    .venv/bin/python benchmarks/decision_curve.py [--shared ../shared] [--seeds 3]

Development papers only (the 5 fixed folds of data/annotations/splits.json plus
dev.jsonl, as `make eval`); never the locked test split. The rules run once per
paper; each fold's model is trained on a random share of the other folds' papers
(`--seeds` draws a share) and decides the held-out fold's concepts offline, so
entities are scored as `make eval` scores them (results are not re-derived).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from pathlib import Path

from eval_extraction import ROOT, TYPES, load_script, load_scorer


def f1(tp: int, npred: int, ngold: int) -> float:
    p, r = (tp / npred if npred else 0.0), (tp / ngold if ngold else 0.0)
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--seeds", type=int, default=3)
    a = ap.parse_args(argv)
    trainer = load_script("train_decision", ROOT / "scripts" / "train_decision.py")
    scorer = load_scorer(a.shared)
    from paperkg.extract.decision import concept_features, fit, kept_concepts, without_subjects
    from paperkg.extract.phrase_stats import load_phrase_stats
    from paperkg.extract.training import labels_for, rule_concepts

    papers, gold, fold_of, weight_of = trainer.training_papers(a.shared)
    stats = load_phrase_stats()
    rows = []  # (title, entities, features, labels, introduced)
    for p, ents in rule_concepts(papers):
        t, te = p.raw_title.strip(), p.text.find("\n")
        labs = [labels_for(e, gold[t]["entities"]) for e in ents]
        rows.append(
            (
                t,
                ents,
                [concept_features(e, te, stats, p.text) for e in ents],
                [x for x, _ in labs],
                [i for _, i in labs],
            )
        )
    print(f"{len(rows)} papers, rules run once", file=sys.stderr)
    print("| share of training papers | acl-dev F1 (mean over draws) | per fold | dev.jsonl F1 |")
    print("|---|---|---|---|")
    for share in (0.25, 0.5, 0.75, 1.0):
        draws = [
            _cv(rows, fold_of, weight_of, gold, share, seed, trainer, scorer, fit, kept_concepts, without_subjects)
            for seed in range(a.seeds if share < 1 else 1)
        ]
        acl = statistics.mean(d[0] for d in draws)
        folds = [statistics.mean(d[1][k] for d in draws) for k in range(5)]
        dev = statistics.mean(d[2] for d in draws)
        print(
            f"| {share:.0%} | {acl:.4f} ({', '.join(f'{d[0]:.4f}' for d in draws)}) | "
            f"{' '.join(f'{x:.3f}' for x in folds)} | {dev:.4f} |",
            flush=True,
        )
    return 0


def _cv(rows, fold_of, weight_of, gold, share, seed, trainer, scorer, fit, kept_concepts, without_subjects):
    """(acl-dev F1, per-fold F1, dev.jsonl F1) with each fold's training papers cut to `share`."""
    counts = {}  # title -> [tp, pred, gold]
    for k in range(5):
        idx = [i for i, r in enumerate(rows) if fold_of[r[0]] != k]
        train = [rows[i] for i in sorted(random.Random(seed * 100 + k).sample(idx, round(share * len(idx))))]
        samples = [f for r in train for f in r[2]]
        model = fit(
            samples,
            [x for r in train for x in r[3]],
            introduced=[x for r in train for x in r[4]],
            weights=[weight_of.get(r[0], 1.0) for r in train for _ in r[2]],
            **trainer.fit_settings(),
        )
        for t, ents, feats, _, _ in (r for r in rows if fold_of[r[0]] == k):
            kept = without_subjects(kept_concepts(ents, model.decide_full(feats))) if feats else []
            ge = [e for e in gold[t]["entities"] if e.get("type") in TYPES]
            pe = [{"name": e["name"], "type": e["type"], "aliases": e["aliases"]} for e in kept]
            pairs, _, _ = scorer.match_entities(ge, pe)
            counts[t] = [len(pairs), len(pe), len(ge)]
    acl = [t for t in counts if t not in weight_of]

    def pooled(titles):
        return f1(*(sum(counts[t][i] for t in titles) for i in range(3)))

    return pooled(acl), [pooled([t for t in acl if fold_of[t] == k]) for k in range(5)], pooled(list(weight_of))


if __name__ == "__main__":
    sys.exit(main())
