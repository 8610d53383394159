#!/usr/bin/env python3
"""Draw the results-precision sample: ACL abstracts nobody tuned on, with the rows to judge.

usage: results_precision_sample.py [CORPUS] [-n 120] [--seed 20261203] [--exclude JUDGED.jsonl ...] [-o rows.jsonl]

Abstracts of acl_cc_by_44k.jsonl.gz drawn at random (fixed seed) among those
not in data/annotations/ (texts and passes), not in ../shared/gold/dev.jsonl,
not in the demo sample (examples/acl_anthology_2k.jsonl.gz) and not holding a
sentence of the leaderboard audit (tests/audit/): papers whose errors no rule
was read off. Only abstracts the extractor gives at least one result count
towards `-n`, since the sample measures precision. Writes one row per
predicted result (paper id, title, sentence, the result's fields, kind and
confidence) for a person to judge; the judged files are
data/annotations/results_precision_judged*.jsonl (README there).

`--exclude` leaves out the papers (by title) of earlier judged files too: once
rules have been read off a judged set, its papers are no longer unseen. They
are skipped after the shuffle, so the other papers keep their place in the
seed's order, and without `--exclude` the output is what it always was.
"""

import argparse
import gzip
import json
import random
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def title_key(title: str) -> str:
    return re.sub(r"\W+", " ", title.lower()).strip()


def seen_titles() -> set[str]:
    """Titles of every paper a rule may have been read off."""
    files = [ROOT / "data/annotations/texts.jsonl", ROOT.parent / "shared/gold/dev.jsonl"]
    files += sorted((ROOT / "data/annotations/passes").rglob("*.jsonl"))
    out = set()
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.add(title_key(json.loads(line)["title"]))
    demo = ROOT / "examples/acl_anthology_2k.jsonl.gz"
    if demo.exists():
        with gzip.open(demo, "rt", encoding="utf-8") as fh:
            out |= {title_key(json.loads(line)["title"]) for line in fh}
    return out


def judged_titles(paths: list[str]) -> set[str]:
    """Titles of the papers of earlier judged files (rows with `title`), to leave out of a new draw."""
    out = set()
    for path in paths:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            title = json.loads(line).get("title")
            if not title:
                raise SystemExit(f"{path}:{n}: a row with no title; --exclude needs judged rows that name their paper")
            out.add(title_key(title))
    return out


def audit_sentences() -> list[str]:
    rows = (ROOT / "tests/audit/leaderboard_audit.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(r)["sentence"][:60] for r in rows if r.strip()]


def predicted_rows(ex) -> list[dict]:
    """One row per result the extractor keeps (at or above MIN_RESULT_CONFIDENCE), as a judge reads it."""
    from paperkg.model import MIN_RESULT_CONFIDENCE

    title = ex.to_gold()["title"]
    return [
        {
            "id": ex.paper_id,
            "title": title,
            "sentence": r.sentence,
            "subject": r.subject,
            "dataset": r.dataset,
            "metric": r.metric,
            "value": r.value,
            "compared_to": r.compared_to,
            "kind": r.kind,
            "confidence": r.confidence,
        }
        for r in ex.results
        if r.confidence >= MIN_RESULT_CONFIDENCE
    ]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "corpus", nargs="?", default=str(ROOT.parent / "shared/corpora/acl-anthology/acl_cc_by_44k.jsonl.gz")
    )
    ap.add_argument("-n", type=int, default=120, help="abstracts with at least one result")
    ap.add_argument("--seed", type=int, default=20261203)
    ap.add_argument("-o", "--output", default="-")
    ap.add_argument(
        "--exclude", nargs="+", default=[], metavar="JUDGED", help="judged jsonl files whose papers to leave out"
    )
    args = ap.parse_args(argv)
    from paperkg.extract import extract_papers
    from paperkg.sources import read_papers

    skip, audit = seen_titles(), audit_sentences()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    records = [
        r
        for r in records
        if len(r.get("abstract") or "") >= 300
        and title_key(r["title"]) not in skip
        and not any(s in r["abstract"] for s in audit)
    ]
    random.Random(args.seed).shuffle(records)
    judged = judged_titles(args.exclude)
    records = [r for r in records if title_key(r["title"]) not in judged]
    rows, papers = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for start in range(0, len(records), 200):
            batch = Path(tmp) / f"batch{start}.jsonl"
            batch.write_text("".join(json.dumps(r) + "\n" for r in records[start : start + 200]), encoding="utf-8")
            for ex in extract_papers(read_papers([batch])):
                if not predicted_rows(ex) or papers >= args.n:
                    continue
                papers += 1
                rows += predicted_rows(ex)
            print(f"{papers} papers, {len(rows)} results", file=sys.stderr)
            if papers >= args.n:
                break
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
