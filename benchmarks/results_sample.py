"""Draw result rows the extractor emits on ACL abstracts no annotation file holds, for judging by hand.

    .venv/bin/python benchmarks/results_sample.py OUT_DIR [--papers 3000] [--rows 120] [--seed 17]

Papers are drawn with `seed` from ../shared/corpora/acl-anthology/acl_cc_by_44k.jsonl.gz, leaving out
every id and title of data/annotations/ (acl600, texts, the judged result sets, the passes); the rows the
extractor reports (confidence >= model.MIN_RESULT_CONFIDENCE) are pooled and `rows` of them drawn with
the same seed. Writes OUT_DIR/sample_papers.jsonl, sample_rows_all.jsonl and sample_rows.jsonl (one row
a line, numbered `n`, with its sentence). The verdicts stay outside the repository; the record of what
they said is benchmarks/results/results_unseen_precision.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def excluded() -> tuple[set[str], set[str]]:
    ids, titles = set(), set()
    ann = ROOT / "data" / "annotations"
    for f in [*ann.glob("*.jsonl"), *(ann / "passes").glob("**/*.jsonl")]:
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    r = json.loads(line)
                    ids.add(r.get("id") or "")
                    titles.add((r.get("title") or "").strip().lower())
    return ids, titles


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--papers", type=int, default=3000)
    ap.add_argument("--rows", type=int, default=120)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    a = ap.parse_args(argv)
    from paperkg.extract import extract_papers
    from paperkg.sources import read_papers

    ids, titles = excluded()
    corpus = a.shared / "corpora" / "acl-anthology" / "acl_cc_by_44k.jsonl.gz"
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        papers = [
            r
            for r in map(json.loads, fh)
            if r.get("abstract") and r["id"] not in ids and r["title"].strip().lower() not in titles
        ]
    pick = random.Random(a.seed).sample(papers, a.papers)
    a.out.mkdir(parents=True, exist_ok=True)
    src = a.out / "sample_papers.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in pick)
    acl_id = {r["title"].strip(): r["id"] for r in pick}
    rows = []
    for x in extract_papers(read_papers([src])):
        by_key = {(r.value, r.dataset, r.subject): r for r in x.results}
        for r in x.to_gold()["results"]:
            full = by_key[(r["value"], r["dataset"], r["subject"])]
            rows.append(
                {
                    "acl_id": acl_id.get(x.title.strip()),
                    "title": x.title,
                    **r,
                    "kind": full.kind,
                    "confidence": full.confidence,
                }
            )
    with (a.out / "sample_rows_all.jsonl").open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    drawn = random.Random(a.seed).sample(rows, min(a.rows, len(rows)))
    with (a.out / "sample_rows.jsonl").open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps({"n": i, **r}, ensure_ascii=False) + "\n" for i, r in enumerate(drawn))
    print(f"{len(papers)} eligible papers, {a.papers} drawn, {len(rows)} rows reported, {len(drawn)} sampled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
