#!/usr/bin/env python3
"""Fix the locked test split and the development folds of the annotated sample.

usage: annotation_splits.py [TEXTS] [-o data/annotations/splits.json] [--seed 7]

The split is drawn from the texts alone, before any extractor output on them
is looked at: 200 papers (stratified by year) are the locked test split, never
read for errors; the other 400 are cut into 5 folds for cross-validation.
Papers, not sentences, are the unit.
"""

import argparse
import json
import random
import sys
from collections import defaultdict

TEST_SIZE = 200
FOLDS = 5


def split(records, seed):
    """Systematic sample over (year, shuffled order): every third paper is test."""
    rng = random.Random(seed)
    by_year = defaultdict(list)
    for r in records:
        by_year[r["published"][:4]].append(r["id"])
    ordered = []
    for year in sorted(by_year):
        ids = sorted(by_year[year])
        rng.shuffle(ids)
        ordered += ids
    step = len(ordered) // TEST_SIZE
    test = [i for n, i in enumerate(ordered) if n % step == 0][:TEST_SIZE]
    chosen = set(test)
    rest = [i for i in ordered if i not in chosen]
    rng.shuffle(rest)
    folds = [sorted(rest[i::FOLDS]) for i in range(FOLDS)]
    return sorted(test), folds


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("texts", nargs="?", default="data/annotations/texts.jsonl")
    ap.add_argument("-o", "--out", default="data/annotations/splits.json")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    with open(a.texts, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    test, folds = split(records, a.seed)
    if len(test) != TEST_SIZE:
        sys.exit(f"error: test split has {len(test)} papers, expected {TEST_SIZE}")
    doc = {"seed": a.seed, "source": a.texts, "test": test, "dev_folds": folds}
    with open(a.out, "w", encoding="utf-8") as out:
        json.dump(doc, out, indent=1)
        out.write("\n")
    print(f"test {len(test)}, folds {[len(f) for f in folds]} -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
