#!/usr/bin/env python3
"""Where the papers writing one acronym end up (benchmarks/results/acronym_senses.md).

usage: acronym_senses.py CORPUS.jsonl.gz STORE ACRONYM [LONG FORM ...]

Builds a fresh store of the corpus papers that write the acronym (a whole word,
plural allowed) or one of the long forms (any case), then prints the concepts
that hold the acronym or a long form, with their papers, and the own-name
("~") nodes of the store: the acronym's undefined papers kept apart from every
sense. Run it at two commits for before/after; a store of a few hundred papers
builds in seconds. STORE is overwritten.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import tempfile
from pathlib import Path

from paperkg.api import build
from paperkg.names import fold
from paperkg.resolve.proposals import is_own_name_key
from paperkg.store import open_store


def write_subset(corpus: str, out: Path, acronym: str, long_forms: list[str]) -> int:
    """Write the corpus records whose title or abstract writes `acronym` or a long form; returns their number."""
    patterns = [re.compile(rf"\b{re.escape(acronym)}s?\b")]
    patterns += [re.compile(r"\b" + r"[\s-]+".join(map(re.escape, f.split())) + r"s?\b", re.I) for f in long_forms]
    n = 0
    with gzip.open(corpus, "rt") as src, out.open("w") as dst:
        for line in src:
            r = json.loads(line)
            text = f"{r.get('title') or ''}\n{r.get('abstract') or ''}"
            if any(p.search(text) for p in patterns):
                dst.write(line)
                n += 1
    return n


def summary(store: str, acronym: str, long_forms: list[str]) -> list[str]:
    """Lines: own-name nodes and their papers, then each concept holding the acronym or a long form."""
    wanted = {fold(acronym), *(fold(f) for f in long_forms)}
    with open_store(store, read_only=True) as st:
        rows = st.concept_rows()
    own = [c for c in rows if is_own_name_key(c["key"])]
    lines = [f"own-name nodes: {len(own)} holding {sum(int(c.get('paper_count') or 0) for c in own)} papers"]
    for c in sorted(rows, key=lambda c: (-int(c.get("paper_count") or 0), c["key"])):
        spellings = [c["name"], *(c.get("aliases") or [])]
        if any(fold(s) in wanted for s in spellings) or c["key"].split(":", 1)[1].split("~")[0] == fold(acronym):
            lines.append(f"  {c['paper_count']:>5}  {c['key']}  ({c['name']})")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("store")
    ap.add_argument("acronym")
    ap.add_argument("long_forms", nargs="*")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        subset = Path(tmp) / "subset.jsonl"
        n = write_subset(args.corpus, subset, args.acronym, args.long_forms)
        for p in (Path(args.store), Path(f"{args.store}.cache")):
            if p.is_dir():
                shutil.rmtree(p)
            elif p.exists():
                p.unlink()
        build([str(subset)], store=args.store)
    print(f"## {args.acronym}: {n} papers")
    print("\n".join(summary(args.store, args.acronym, args.long_forms)))


if __name__ == "__main__":
    main()
