"""Candidate recall: the annotated concepts no candidate rule proposes (issue 12, the decision layer's ceiling).

    PYTHONPATH=src python benchmarks/candidate_recall.py [--shared ../shared] [--list missed.tsv]

Development papers only (the 400 acl-dev papers of data/annotations/splits.json `dev_folds` and the 60 of
dev.jsonl, as `scripts/train_decision.py` reads them); the locked test split is never read. For every
paper, the candidates are what the decision layer judges (the rules' concepts and the phrase statistics'
proposals, `training.rule_concepts`). An annotated concept is

- `found` when a candidate spells it (the scorer's matching: one of its spellings equals one of the
  annotated spellings, case, spaces, hyphens, dots and a plural `s` folded);
- `off-by-one` when not found but a candidate differs from one of its spellings by one word at one edge
  ("two-layer bidirectional LSTM" for "bidirectional LSTM", "the BLEU" for "BLEU");
- `overlap` when a candidate shares a word run with it otherwise (inside it or containing it);
- `missed` when no candidate touches it.

The oracle keeps exactly the candidates that match an annotated concept, with its type, and is scored by
the project's scorer (entity F1, as `make eval`). `--list` writes the unfound concepts (paper, type,
name, class, nearest candidate) for reading: they are development papers, never the locked split.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from eval_extraction import ROOT, TYPES, load_script, load_scorer, score


def words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-\u2010-\u2015_]+", name.lower()) if w]


def relation(gold_names: list[str], cand_names: list[str], norm) -> str:
    """'off-by-one', 'overlap' or '' between an annotated concept's spellings and a candidate's."""
    best = ""
    for g in gold_names:
        gw = words(g)
        for c in cand_names:
            cw = words(c)
            if not gw or not cw:
                continue
            gk, ck = norm(" ".join(gw)), norm(" ".join(cw))
            if abs(len(gw) - len(cw)) == 1 and (
                norm(" ".join(gw[1:])) == ck
                or norm(" ".join(gw[:-1])) == ck
                or norm(" ".join(cw[1:])) == gk
                or norm(" ".join(cw[:-1])) == gk
            ):
                return "off-by-one"
            if gk and ck and (f" {' '.join(cw)} " in f" {' '.join(gw)} " or f" {' '.join(gw)} " in f" {' '.join(cw)} "):
                best = "overlap"
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--list", type=Path, help="write the unfound annotated concepts here (TSV)")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    a = ap.parse_args(argv)

    trainer = load_script("train_decision", ROOT / "scripts" / "train_decision.py")
    scorer = load_scorer(a.shared)
    from paperkg.extract.training import rule_concepts

    papers, gold, fold_of, weight_of = trainer.training_papers(a.shared)
    seed = {t for t, w in weight_of.items() if w != 1.0}
    counts = {split: Counter() for split in ("acl-dev", "dev.jsonl")}
    oracle = {"acl-dev": [], "dev.jsonl": []}
    golds = {"acl-dev": [], "dev.jsonl": []}
    rows = []
    ncands = Counter()
    for p, entities in rule_concepts(papers):
        title = p.raw_title.strip()
        split = "dev.jsonl" if title in seed else "acl-dev"
        g_ents = gold[title]["entities"]
        golds[split].append({"title": title, "entities": g_ents, "results": []})
        ncands[split] += len(entities)
        cand_keys = [scorer.keys(e) for e in entities]
        kept = []
        for e, ck in zip(entities, cand_keys):
            for g in g_ents:
                if ck & scorer.keys(g):
                    kept.append({"name": e["name"], "aliases": e.get("aliases") or [], "type": g["type"]})
                    break
        oracle[split].append({"title": title, "entities": kept, "results": []})
        for g in g_ents:
            gk = scorer.keys(g)
            if any(gk & ck for ck in cand_keys):
                counts[split][(g["type"], "found")] += 1
                continue
            gnames = [g["name"], *(g.get("aliases") or [])]
            cls, near = "missed", ""
            for e in entities:
                r = relation(gnames, [e["name"], *(e.get("aliases") or [])], scorer.norm)
                if r == "off-by-one" or (r == "overlap" and cls == "missed"):
                    cls, near = r, e["name"]
                    if r == "off-by-one":
                        break
            counts[split][(g["type"], cls)] += 1
            rows.append((split, fold_of[title], title, g["type"], g["name"], cls, near))

    summary = {}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for split in ("acl-dev", "dev.jsonl"):
            s = score(scorer, golds[split], {r["title"]: r for r in oracle[split]}, tmp)
            summary[split] = {
                "candidates": ncands[split],
                "oracle_f1": s["overall"]["f1"],
                "oracle_f1_by_type": {t: s["types"][t]["f1"] for t in TYPES},
                "gold_by_class": {
                    t: {c: counts[split][(t, c)] for c in ("found", "off-by-one", "overlap", "missed")} for t in TYPES
                },
            }
    if a.json:
        print(json.dumps(summary, indent=1))
    else:
        for split, s in summary.items():
            print(f"## {split}: {s['candidates']} candidates, oracle F1 {s['oracle_f1']:.4f}")
            print("| type | oracle F1 | found | off-by-one | overlap | missed |")
            print("|---|---|---|---|---|---|")
            for t in TYPES:
                c = s["gold_by_class"][t]
                print(
                    f"| {t} | {s['oracle_f1_by_type'][t]:.3f} | {c['found']} | {c['off-by-one']} | "
                    f"{c['overlap']} | {c['missed']} |"
                )
            print()
    if a.list:
        with a.list.open("w", encoding="utf-8") as fh:
            for r in sorted(rows, key=lambda r: (r[3], r[5], r[0], r[2])):
                fh.write("\t".join(str(x) for x in r) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
