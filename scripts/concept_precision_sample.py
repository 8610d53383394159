#!/usr/bin/env python3
"""Draw fresh ACL abstracts and list the concepts the extractor gives on them, to judge their precision.

usage: concept_precision_sample.py [CORPUS] [--seed 20261233] [--scale 0.2] [-o rows.jsonl] [--texts texts.jsonl]
                                   [--types Method Task Metric] [--redraw data/annotations/concept_precision_X.jsonl]
                                   [--years 2022 2025] [--per-year 50] [--all-ids]

Why: acl-dev has been read for many stops, so its errors no longer show how the
extractor does on new papers. This draws abstracts nobody tuned on, stratified
like ``annotation_sample.py`` (its per-year counts times ``--scale``: 10 a year
for 2017-2022 and 20 a year for 2023-2025 at 0.2, 60% of each year from the
stratum that reports numbers), leaving out every paper of data/annotations/
(texts.jsonl by id and title, passes/ by title), every paper of a
results_precision_*.jsonl file (by id only: the held-out files are read for
nothing else) or of an earlier concept_precision_*.jsonl sample (by id),
../shared/gold/dev.jsonl and the demo sample. It writes one row
per concept of the asked types (id, title, name, type, aliases, introduced, the
first sentence that mentions it, verdict and note left empty) for a person to
judge; the judged file is data/annotations/concept_precision_fresh33.jsonl
(README there).
"""

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from annotation_sample import KEEP, PER_YEAR, draw, title_key  # noqa: E402


#: papers a year `--years` draws before `--scale`: annotation_sample.py's count for its early years
#: (2017-2022), the same for every year asked, so no year weighs more (stop 36: 2022-2025 at 0.3, 15 a year)
YEARS_PER_YEAR = 50


def _ids_in(files: list[Path], redraw: str | None = None) -> set[str]:
    """The id of every row of `files` (only the id is read); with `redraw` naming a judged sample's file,
    not that sample's own file, its rejudged companions or later samples' (as when it was drawn)."""
    ids = set()
    for f in files:
        if redraw and f.name.startswith("concept_precision_") and f.name >= Path(redraw).stem:
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip() and (pid := json.loads(line).get("id")):
                ids.add(pid)
    return ids


def annotation_ids(redraw: str | None = None) -> set[str]:
    """The id of every row of every data/annotations/*.jsonl file, for `--all-ids` (`redraw` as in `excluded`)."""
    return _ids_in(sorted((ROOT / "data/annotations").glob("*.jsonl")), redraw)


def unseen(records: list[dict], ids: set[str], titles: set[str]) -> list[dict]:
    """The corpus records none of `ids` (the corpus's id or the paper id of its title) or title keys names."""
    from paperkg.sources.normalise import paper_id

    return [
        r
        for r in records
        if r["id"] not in ids and paper_id(r["title"]) not in ids and title_key(r["title"]) not in titles
    ]


def excluded(redraw: str | None = None) -> tuple[set[str], set[str]]:
    """(ids, title keys) of every paper a rule may have been read off or that a judged file holds
    (when `redraw` names a judged sample's file, that sample's and later ones' papers are not left out:
    the sample is drawn again as it was)."""
    ids, titles = set(), set()
    ann = ROOT / "data/annotations"
    for line in (ann / "texts.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            ids.add(rec["id"])
            titles.add(title_key(rec["title"]))
    title_files = [ROOT.parent / "shared/gold/dev.jsonl", *sorted((ann / "passes").rglob("*.jsonl"))]
    for f in title_files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                titles.add(title_key(json.loads(line)["title"]))
    ids |= _ids_in(sorted([*ann.glob("results_precision_*.jsonl"), *ann.glob("concept_precision_*.jsonl")]), redraw)
    demo = ROOT / "examples/acl_anthology_2k.jsonl.gz"
    if demo.exists():
        with gzip.open(demo, "rt", encoding="utf-8") as fh:
            titles |= {title_key(json.loads(line)["title"]) for line in fh}
    return ids, titles


def first_sentence(entity) -> str | None:
    return entity.evidence[0].sentence if entity.evidence else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "corpus", nargs="?", default=str(ROOT.parent / "shared/corpora/acl-anthology/acl_cc_by_44k.jsonl.gz")
    )
    ap.add_argument("--seed", type=int, default=20261233)
    ap.add_argument("--scale", type=float, default=0.2, help="share of annotation_sample.py's per-year counts")
    ap.add_argument("--types", nargs="+", default=["Method", "Task", "Metric"])
    ap.add_argument("--texts", help="also write the drawn abstracts here (paperkg JSONL input)")
    ap.add_argument("-o", "--output", default="-")
    ap.add_argument(
        "--redraw",
        help="a judged sample's file: draw that sample again (its papers and later samples' are not left out)",
    )
    ap.add_argument(
        "--years", nargs=2, type=int, metavar=("FIRST", "LAST"), help="draw only these years, --per-year a year"
    )
    ap.add_argument(
        "--per-year",
        type=int,
        default=YEARS_PER_YEAR,
        help="with --years, papers a year before --scale (default: annotation_sample.py's 2017-2022 count)",
    )
    ap.add_argument("--all-ids", action="store_true", help="also leave out the id of every data/annotations file")
    args = ap.parse_args(argv)
    from paperkg.extract import extract_papers
    from paperkg.sources import read_papers

    ids, titles = excluded(args.redraw)
    if args.all_ids:
        ids |= annotation_ids(args.redraw)
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    records = unseen(records, ids, titles)
    per_year = PER_YEAR
    if args.years:
        per_year = {y: args.per_year for y in range(args.years[0], args.years[1] + 1)}
    sample = draw(records, args.seed, {y: round(n * args.scale) for y, n in per_year.items()})
    sample = [{k: r[k] for k in KEEP} for r in sample]
    if args.texts:
        Path(args.texts).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sample), "utf-8")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "sample.jsonl"
        batch.write_text("".join(json.dumps(r) + "\n" for r in sample), encoding="utf-8")
        for rec, ex in zip(sample, extract_papers(read_papers([batch])), strict=True):
            for e in ex.entities:
                if e.type not in args.types:
                    continue
                rows.append(
                    {
                        "id": rec["id"],
                        "title": rec["title"],
                        "name": e.name,
                        "type": e.type,
                        "aliases": list(e.aliases),
                        "introduced": e.introduced,
                        "sentence": first_sentence(e),
                        "verdict": None,
                        "note": None,
                    }
                )
    print(f"{len(sample)} papers, {len(rows)} concepts", file=sys.stderr)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
