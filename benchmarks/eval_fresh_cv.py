"""Score the five fresh sets on cross-validated predictions of the decision layer.

    PYTHONPATH=src .venv/bin/python benchmarks/eval_fresh_cv.py [--shared ../shared] [-o DIR]

Since stop 49 the decision layer trains on the fresh sets too (scripts/train_decision.py, `FRESH_SETS`), so
scoring them with the shipped model would score papers it was trained on. Here fresh set k is predicted by
the layer trained without fold k (that set, a fifth of acl-dev and of dev.jsonl): each set is scored as a
layer that never saw it would score it. Prints each set's and the pooled scorer summary (per type P, R, F1)
and, with `-o`, writes each set's predictions there.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_extraction as ev  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("-o", "--out", type=Path, default=None, help="write each set's predictions here")
    a = ap.parse_args(argv)
    trainer = ev.load_script("train_decision", ROOT / "scripts" / "train_decision.py")
    scorer = ev.load_scorer(a.shared)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        pred = ev.cross_validated(a.shared, tmp)
        sets = {name: ev.read_jsonl(trainer.ANNOTATIONS / f"{name}.jsonl") for name in trainer.FRESH_SETS}
        rows = {name: ev.score(scorer, gold, pred, tmp) for name, gold in sets.items()}
        rows["pooled"] = ev.score(scorer, [g for gold in sets.values() for g in gold], pred, tmp)
    if a.out:
        a.out.mkdir(parents=True, exist_ok=True)
        for name, gold in sets.items():
            ev.write_jsonl(a.out / f"{name}.pred.jsonl", (pred[g["title"].strip()] for g in gold))
    print("set               " + "  ".join(f"{t:>7s}" for t in [*ev.TYPES, "overall", "results"]))
    for name, s in rows.items():
        cells = [s["types"][t]["f1"] for t in ev.TYPES] + [s["overall"]["f1"], s["results"]["f1"]]
        print(f"{name:17s} " + "  ".join(f"{f:7.3f}" for f in cells))
    print(json.dumps(rows["pooled"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
