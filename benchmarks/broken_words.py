#!/usr/bin/env python3
"""Names holding a word broken at a line-end hyphen ("Asian Transla-tion"), and what
`paperkg.extract.broken_words` makes of them (benchmarks/results/demo_stop49.md).

usage: broken_words.py CORPUS.jsonl.gz [--skip IDS.txt ...] [--out CHANGES.jsonl]

Finds the papers whose title or abstract writes a word `joined_broken_words` joins (the
shipped corpus statistics: the joined word in 10+ papers, the hyphenated one in under 3,
the part after the hyphen rarer than the whole and no function word), extracts them, and
compares each paper's names with the join undone: how many papers and names change, and
how many result rows take a joined name. `--skip` files hold paper ids (one a line) left
out, e.g. a held-out set. The changed names are written to `--out` for reading.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path

import paperkg.extract as extraction
from paperkg.extract.broken_words import _HYPHENED, joined_broken_words
from paperkg.sources import read_papers


def writes_broken_word(record: dict) -> bool:
    text = f"{record.get('title') or ''}\n\n{record.get('abstract') or ''}"
    return any(joined_broken_words(m.group(0)) != m.group(0) for m in _HYPHENED.finditer(text))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--skip", action="append", default=[], help="file of paper ids to leave out")
    ap.add_argument("--out", help="write each changed paper's names here (JSON lines)")
    args = ap.parse_args(argv)
    skip = {line.strip() for f in args.skip for line in Path(f).read_text().splitlines() if line.strip()}
    with gzip.open(args.corpus, "rt") as src:
        records = [r for r in map(json.loads, src) if r["id"] not in skip]
    found = [r for r in records if writes_broken_word(r)]
    whole = extraction._whole_words
    extraction._whole_words = lambda x: x  # the extractor as before: the names as written
    papers = names = rows = 0
    out = open(args.out, "w") if args.out else None
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl") as tmp:
        tmp.write("".join(json.dumps(r) + "\n" for r in found))
        tmp.flush()
        for x in extraction.extract_papers(read_papers([tmp.name]), n_process=1):
            y = whole(x)
            if y == x:
                continue
            papers += 1
            changed = [(a.name, b.name, a.type) for a, b in zip(x.entities, y.entities) if a.name != b.name]
            names += len(changed)
            rows += sum(1 for a, b in zip(x.results, y.results) if a != b)
            if out:
                out.write(json.dumps({"id": x.paper_id, "title": x.title, "names": changed}) + "\n")
    extraction._whole_words = whole
    print(
        f"{len(records)} papers read, {len(found)} write a broken word, {papers} change their names "
        f"({names} names, {rows} result rows)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
