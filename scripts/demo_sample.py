#!/usr/bin/env python3
"""Draw the real sample `make demo` builds: ACL Anthology abstracts, 2017-2025, fixed seed.

usage: demo_sample.py [CORPUS] [-o examples/acl_anthology_2k.jsonl.gz] [--seed 13]

An equal number of abstracts per year (222 or 223, 2,000 in all), so that a
concept's count reads as its share of the year. Abstracts in the hand
annotation sample (data/annotations/texts.jsonl) are left out, so the demo
never shows the locked test papers. Every record keeps its `url` and
`license` (CC BY 4.0); the source is named in examples/README.md. Written as
gzip with a fixed timestamp: the same seed gives the same bytes.
"""

import argparse
import gzip
import io
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
YEARS = range(2017, 2026)
TOTAL = 2000


def title_key(title: str) -> str:
    return re.sub(r"\W+", " ", title.lower()).strip()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "corpus", nargs="?", default=str(ROOT.parent / "shared/corpora/acl-anthology/acl_cc_by_44k.jsonl.gz")
    )
    ap.add_argument("-o", "--output", default=str(ROOT / "examples" / "acl_anthology_2k.jsonl.gz"))
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    annotated = {
        title_key(json.loads(l)["title"]) for l in open(ROOT / "data/annotations/texts.jsonl", encoding="utf-8")
    }
    by_year: dict[int, list[dict]] = {y: [] for y in YEARS}
    seen = set()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            year, key = int(rec["published"][:4]), title_key(rec["title"])
            if year in by_year and key not in annotated and key not in seen:
                assert rec.get("url") and rec.get("license"), f"record {rec['id']} lacks url or license"
                seen.add(key)
                by_year[year].append(rec)
    rng = random.Random(args.seed)
    per_year = [TOTAL // len(YEARS) + (i < TOTAL % len(YEARS)) for i in range(len(YEARS))]
    drawn = []
    for (_year, recs), n in zip(by_year.items(), per_year):
        drawn += sorted(rng.sample(recs, n), key=lambda r: r["id"])
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        gz.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in drawn).encode())
    Path(args.output).write_bytes(buf.getvalue())
    print(
        f"{len(drawn)} abstracts ({per_year[0]}-{per_year[-1]} a year, {YEARS[0]}-{YEARS[-1]}) -> {args.output}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
