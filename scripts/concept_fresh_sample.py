#!/usr/bin/env python3
"""Draw fresh ACL abstracts to annotate in full (all five types), without running the extractor.

usage: concept_fresh_sample.py [CORPUS] [--seed 20261343] [--per-year 3 3 3 3 3 3 4 4 4] [-o texts.jsonl]
                               [--gold data/annotations/concept_fresh43.jsonl]

Why: the fresh sets before stop 43 judged the extractor's own output (precision) or one type; a set annotated
in full, before the extractor is run on it, measures recall on papers nobody tuned on. The draw is
``annotation_sample.draw`` (60% of each year from the stratum that reports numbers) over ACL 44k less every
paper ``concept_precision_sample.py --all-ids`` leaves out: texts.jsonl by id and title, passes/, dev.jsonl and
the demo sample by title, and the id of every row of every data/annotations/*.jsonl file (only the `id` field
is read, so held-out files are read for nothing else). ``--gold`` names the file the annotation goes to: its
ids and those of its companions (``concept_fresh43_pass1.jsonl``) are not left out, so the same papers are drawn
again once they exist. ``--per-year`` gives the count for
each year of 2017-2025 (default 3 a year for 2017-2022 and 4 for 2023-2025: 30 papers, 18 of them "numbers").
"""

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from annotation_sample import draw, write_sample  # noqa: E402
from concept_precision_sample import _ids_in, excluded, unseen  # noqa: E402

YEARS = range(2017, 2026)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "corpus", nargs="?", default=str(ROOT.parent / "shared/corpora/acl-anthology/acl_cc_by_44k.jsonl.gz")
    )
    ap.add_argument("--seed", type=int, default=20261343)
    ap.add_argument("--per-year", type=int, nargs=len(YEARS), default=[3, 3, 3, 3, 3, 3, 4, 4, 4])
    ap.add_argument("--gold", default=str(ROOT / "data/annotations/concept_fresh43.jsonl"))
    ap.add_argument("-o", "--output", default="-")
    args = ap.parse_args(argv)
    ids, titles = excluded()
    stem = Path(args.gold).stem
    ids |= _ids_in([f for f in sorted((ROOT / "data/annotations").glob("*.jsonl")) if not f.stem.startswith(stem)])
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    records = unseen(records, ids, titles)
    sample = draw(records, args.seed, dict(zip(YEARS, args.per_year, strict=True)))
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    write_sample(sample, out)
    print(f"{len(sample)} abstracts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
