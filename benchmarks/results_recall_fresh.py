#!/usr/bin/env python3
"""Re-score the results recall set of fresh abstracts against the extractor as it is now.

usage: results_recall_fresh.py [RECALL.jsonl] [--shared ../shared] [--show] [-o found.json]

data/annotations/results_recall_fresh35.jsonl (a development set, README "Results recall on fresh papers")
lists every result the guideline asks for in 38 fresh ACL abstracts, one gold row a line. The abstracts are read
from ../shared/corpora/acl-anthology/acl_cc_by_44k.jsonl.gz by id and extracted; a gold row is found when a row
at or above `MIN_RESULT_CONFIDENCE` matches it as the scorer matches results (../shared/tools/score_extraction.py:
the value normalised, the dataset by name or alias, the subject when both give one), the aliases being the
predicted entities' and the file's `dataset_aliases` / `subject_alternatives`; each predicted row matches one gold
row at most. At 649084c this reproduces the file's `verdict` on all 89 rows (38 found).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_extraction import load_scorer  # noqa: E402
from results_precision_sample import predicted_rows  # noqa: E402


def extracted(ids: set[str], corpus: Path) -> dict[str, tuple[list[dict], dict]]:
    """(rows at or above the cut, alias table of the predicted entities) of each paper id, from the corpus text."""
    from paperkg.extract import extract_papers
    from paperkg.sources import read_papers

    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        papers = {r["id"]: r for r in map(json.loads, fh) if r["id"] in ids}
    order = sorted(papers)
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "papers.jsonl"
        src.write_text("".join(json.dumps(papers[i], ensure_ascii=False) + "\n" for i in order), encoding="utf-8")
        return {
            i: (predicted_rows(x), x.to_gold()["entities"])
            for i, x in zip(order, extract_papers(read_papers([src])), strict=True)
        }


def score(gold: list[dict], found_rows: dict[str, tuple[list[dict], dict]], sc) -> list[dict]:
    """Each gold row with `found` and the rows of its value the extractor gives."""
    tables = {i: sc.entity_lookup(ents) for i, (_rows, ents) in found_rows.items()}
    used: set[tuple[str, int]] = set()
    out = []
    for g in gold:
        want = g["gold"]
        rows = found_rows.get(g["id"], ([], []))[0]
        table = tables.get(g["id"], {})

        def names(ns, table=table):
            return set().union(*({sc.norm(n)} | table.get(sc.norm(n), set()) for n in ns if n))

        datasets = names([want["dataset"], *(want.get("dataset_aliases") or [])])
        subjects = names([want["subject"], *(want.get("subject_alternatives") or [])]) if want.get("subject") else None
        hit = next(
            (
                k
                for k, r in enumerate(rows)
                if (g["id"], k) not in used
                and sc.norm_value(r["value"]) == sc.norm_value(want["value"])
                and names([r["dataset"]]) & datasets
                and not (subjects and r["subject"] and not names([r["subject"]]) & subjects)
            ),
            None,
        )
        if hit is not None:
            used.add((g["id"], hit))
        same_value = [
            [r["value"], r["dataset"], r["subject"], r["confidence"]]
            for r in rows
            if sc.norm_value(r["value"]) == sc.norm_value(want["value"])
        ]
        out.append({**g, "found": hit is not None, "rows_of_the_value": same_value})
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("recall", nargs="?", type=Path, default=ROOT / "data/annotations/results_recall_fresh35.jsonl")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--show", action="store_true", help="print every missed row with its sentence")
    ap.add_argument("-o", "--output", type=Path, help="write every gold row with `found` as JSON")
    a = ap.parse_args(argv)
    with a.recall.open(encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    rows = extracted({g["id"] for g in gold}, a.shared / "corpora" / "acl-anthology" / "acl_cc_by_44k.jsonl.gz")
    out = score(gold, rows, load_scorer(a.shared))
    found = sum(o["found"] for o in out)
    clear = [o for o in out if not o["borderline"]]
    given = sum(len(r) for r, _ in rows.values())
    print(
        f"found {found}/{len(out)} = {found / len(out):.3f}; not borderline {sum(o['found'] for o in clear)}/"
        f"{len(clear)}; {given} rows given on these {len(rows)} papers"
    )
    if a.show:
        for o in out:
            if not o["found"]:
                g = o["gold"]
                print(
                    f"missed {o['id']}{' (borderline)' if o['borderline'] else ''}: {g['value']} | {g['dataset']} | "
                    f"{g['subject']}; rows of the value {o['rows_of_the_value']}\n   {o['sentence']}"
                )
    if a.output:
        a.output.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
