#!/usr/bin/env python3
"""Join the reconciled shards into data/annotations/acl600.jsonl.

usage: annotation_merge.py [--final data/annotations/passes/final] [-o data/annotations/acl600.jsonl]

Each record gets the text's `id`, `url` and `license` (CC BY 4.0 attribution,
see data/annotations/README.md) in front of the guideline's fields, in the
order of texts.jsonl. Refuses to write when a paper is missing or a shard
fails annotation_check.py, so a half-reconciled set is never published.
"""

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--final", type=Path, default=ROOT / "data" / "annotations" / "passes" / "final")
    ap.add_argument("--texts", type=Path, default=ROOT / "data" / "annotations" / "texts.jsonl")
    ap.add_argument("-o", "--out", type=Path, default=ROOT / "data" / "annotations" / "acl600.jsonl")
    a = ap.parse_args(argv)
    shards = sorted(a.final.glob("shard-*.jsonl"))
    check = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "annotation_check.py"), "--texts", str(a.texts), *map(str, shards)],
        capture_output=True,
        text=True,
    )
    if check.returncode:
        sys.exit(
            "error: annotation_check.py failed:\n"
            + "\n".join(line for line in check.stdout.splitlines() if "ERROR" in line)
        )
    final = {}
    for path in shards:
        with path.open(encoding="utf-8") as fh:
            for line in filter(str.strip, fh):
                rec = json.loads(line)
                final[rec["id"]] = rec
    with a.texts.open(encoding="utf-8") as fh:
        texts = [json.loads(line) for line in fh]
    missing = [t["id"] for t in texts if t["id"] not in final]
    if missing:
        sys.exit(f"error: {len(missing)} papers not reconciled yet, e.g. {missing[:3]}")
    tmp = a.out.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for t in texts:
            rec = final[t["id"]]
            doc = {
                "id": t["id"],
                "url": t["url"],
                "license": t["license"],
                "title": t["title"],
                "entities": rec["entities"],
                "results": rec["results"],
            }
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    tmp.replace(a.out)
    n_ent = sum(len(final[t["id"]]["entities"]) for t in texts)
    n_res = sum(len(final[t["id"]]["results"]) for t in texts)
    print(f"{len(texts)} papers, {n_ent} entities, {n_res} results -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
