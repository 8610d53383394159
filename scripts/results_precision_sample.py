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

`--exclude-ids` leaves out papers by id only (the `id` field of each row, nothing
else is read: usable on held-out files), `--numbers-only` draws only from the
stratum of abstracts that report a number next to an evaluation word
(annotation_sample.reports_numbers), and `--count-drawn` makes `-n` count the
abstracts drawn, with or without a result, so that the sample is a fixed number
of papers of that stratum rather than of papers the extractor gives results on.
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


def excluded_ids(paths: list[str]) -> set[str]:
    """Paper ids of the rows of `paths`: each row's `id` and its title's paper id, nothing else.

    The title's id matters because the corpus holds some papers twice, under two venues' ids: a gold file names
    one ACL id, and the other copy must not be drawn as unseen."""
    from paperkg.sources.normalise import paper_id

    out = set()
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)  # only the id and the title are read
                if row.get("id"):
                    out.add(row["id"])
                if isinstance(row.get("title"), str):
                    out.add(paper_id(row["title"]))
    return out


def audit_sentences() -> list[str]:
    rows = (ROOT / "tests/audit/leaderboard_audit.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(r)["sentence"][:60] for r in rows if r.strip()]


def predicted_rows(ex) -> list[dict]:
    """One row per result the extractor keeps (at or above MIN_RESULT_CONFIDENCE), as a judge reads it."""
    from paperkg.model import MIN_RESULT_CONFIDENCE

    title = ex.to_gold()["title"]
    return [judged_row(ex.paper_id, title, r) for r in ex.results if r.confidence >= MIN_RESULT_CONFIDENCE]


def judged_row(paper_id: str, title: str, r) -> dict:
    """A result as a judge reads it: the paper, the sentence and every field a verdict is about."""
    return {
        "id": paper_id,
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
    ap.add_argument(
        "--exclude-ids", nargs="+", default=[], metavar="JSONL", help="files whose papers (by id) to leave out"
    )
    ap.add_argument("--numbers-only", action="store_true", help="draw only abstracts that report numbers")
    ap.add_argument("--count-drawn", action="store_true", help="-n counts drawn abstracts, not those with results")
    args = ap.parse_args(argv)
    from paperkg.extract import extract_papers
    from paperkg.sources.normalise import paper_id
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
    if args.exclude_ids:
        ids = excluded_ids(args.exclude_ids)
        records = [r for r in records if r.get("id") not in ids and paper_id(r["title"]) not in ids]
    if args.numbers_only:
        sys.path.insert(0, str(ROOT / "scripts"))
        from annotation_sample import reports_numbers

        records = [r for r in records if reports_numbers(r["abstract"])]
    rows, papers = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for start in range(0, len(records), 200):
            batch = Path(tmp) / f"batch{start}.jsonl"
            size = min(200, args.n - papers) if args.count_drawn else 200
            batch.write_text("".join(json.dumps(r) + "\n" for r in records[start : start + size]), encoding="utf-8")
            for ex in extract_papers(read_papers([batch])):
                if papers >= args.n or not (predicted_rows(ex) or args.count_drawn):
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
