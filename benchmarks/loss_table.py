"""Class every concept error of the fresh sets or of acl-dev's CV predictions (benchmarks/results/loss_stop49.md).

    PYTHONPATH=src .venv/bin/python benchmarks/loss_table.py fresh PRED_DIR [--shared ../shared] [--rows OUT.json]
    PYTHONPATH=src .venv/bin/python benchmarks/loss_table.py acl [--shared ../shared] [--rows OUT.json]

`fresh` reads PRED_DIR/concept_freshNN.pred.jsonl (as `benchmarks/eval_fresh_cv.py -o` writes them);
`acl` predicts acl-dev's 400 papers by 5-fold CV (eval_extraction.cross_validated). Per paper and type
(Method, Task, Dataset, Metric), with the scorer's matching: a false negative is (c) when the output has the
name with another type, (b) when a rule concept (before the decision layer) matches it and the layer dropped
it, (d) when an output or rule concept shares its name in part, else (a) no candidate proposes it; a false
positive is (c) when the gold has the name with another type, (d) when it shares its name in part with a gold
entity, else (f) for one word, (e) for a phrase. Prints counts and papers per type and class.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
TYPES = ["Method", "Task", "Dataset", "Metric"]

import eval_extraction as ev  # noqa: E402


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", unicodedata.normalize("NFKC", name).lower()) if w]


def _names(e: dict) -> list[str]:
    return [e.get("name") or "", *(e.get("aliases") or [])]


def related(a: str, b: str, norm) -> bool:
    """One normalised name inside the other, or the same head word and half the words."""
    ka, kb = norm(a), norm(b)
    if not ka or not kb:
        return False
    if (ka in kb or kb in ka) and min(len(ka), len(kb)) >= 3:
        return True
    wa, wb = _words(a), _words(b)
    return bool(
        wa
        and wb
        and wa[-1].rstrip("s") == wb[-1].rstrip("s")
        and len(set(wa) & set(wb)) * 2 >= min(len(wa), len(wb))
        and len(wa) + len(wb) > 2
    )


def classify(scorer, gold: dict, pred: dict, cands: dict) -> list[dict]:
    rows = []
    for t, g in gold.items():
        p = pred.get(t, {"entities": []})
        rule = cands.get(t, [])
        for typ in TYPES:
            ge = [e for e in g["entities"] if e["type"] == typ]
            pe = [e for e in p["entities"] if e["type"] == typ]
            _, fps, fns = scorer.match_entities(ge, pe)
            for e in fns:
                k = scorer.keys(e)
                if any(q["type"] != typ and scorer.keys(q) & k for q in p["entities"]):
                    cls = "c"
                elif any(scorer.keys(c) & k for c in rule):
                    cls = "b"
                elif any(
                    related(a, b, scorer.norm) for q in p["entities"] + rule for a in _names(q) for b in _names(e)
                ):
                    cls = "d"
                else:
                    cls = "a"
                rows.append({"title": t, "type": typ, "kind": "FN", "cls": cls, "name": e["name"]})
            for e in fps:
                k = scorer.keys(e)
                if any(q["type"] != typ and scorer.keys(q) & k for q in g["entities"]):
                    cls = "c"
                elif any(related(a, b, scorer.norm) for q in g["entities"] for a in _names(q) for b in _names(e)):
                    cls = "d"
                else:
                    cls = "f" if len(_words(e["name"])) == 1 else "e"
                rows.append({"title": t, "type": typ, "kind": "FP", "cls": cls, "name": e["name"]})
    return rows


def rule_candidates(papers) -> dict[str, list[dict]]:
    from paperkg.extract.training import rule_concepts

    return {p.raw_title.strip(): ents for p, ents in rule_concepts(papers)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", choices=["fresh", "acl"])
    ap.add_argument("pred_dir", nargs="?", type=Path)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--rows", type=Path, help="write every classed error here (JSON)")
    a = ap.parse_args(argv)
    from paperkg.sources import read_papers

    trainer = ev.load_script("train_decision", ROOT / "scripts" / "train_decision.py")
    scorer = ev.load_scorer(a.shared)
    if a.split == "fresh":
        if a.pred_dir is None:
            ap.error("fresh needs PRED_DIR")
        gold = {
            r["title"].strip(): r for n in trainer.FRESH_SETS for r in ev.read_jsonl(trainer.ANNOTATIONS / f"{n}.jsonl")
        }
        pred = {
            r["title"].strip(): r for n in trainer.FRESH_SETS for r in ev.read_jsonl(a.pred_dir / f"{n}.pred.jsonl")
        }
        papers = [p for p in read_papers([trainer.ANNOTATIONS / "texts_fresh.jsonl"]) if p.raw_title.strip() in gold]
    else:
        splits = json.loads((trainer.ANNOTATIONS / "splits.json").read_text(encoding="utf-8"))
        dev_ids = {i for fold in splits["dev_folds"] for i in fold}
        gold = {
            r["title"].strip(): r for r in ev.read_jsonl(trainer.ANNOTATIONS / "acl600.jsonl") if r["id"] in dev_ids
        }
        with tempfile.TemporaryDirectory() as d:
            pred = ev.cross_validated(a.shared, Path(d))
        papers = [p for p in read_papers([trainer.ANNOTATIONS / "texts.jsonl"]) if p.raw_title.strip() in gold]
    rows = classify(scorer, gold, pred, rule_candidates(papers))
    if a.rows:
        a.rows.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    count, papers_of = collections.Counter(), collections.defaultdict(set)
    for r in rows:
        for typ in (r["type"], "all"):
            count[(typ, r["kind"], r["cls"])] += 1
            papers_of[(typ, r["kind"], r["cls"])].add(r["title"])
    print("type     error class  count papers")
    for typ in [*TYPES, "all"]:
        for kind in ("FN", "FP"):
            for cls in "abcdef":
                if count[(typ, kind, cls)]:
                    print(
                        f"{typ:8s} {kind}    ({cls})  {count[(typ, kind, cls)]:5d} {len(papers_of[(typ, kind, cls)]):6d}"
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
