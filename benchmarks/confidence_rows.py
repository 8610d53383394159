#!/usr/bin/env python3
"""Is a result's confidence worth anything? Every result row (at any confidence) on the development sets, with
whether it is right, so precision can be read by confidence bucket, kind and how the row was found.

usage: confidence_rows.py [--shared ../shared] [-o rows.jsonl] [--no-cv]

Two sources, both development data (never the locked test split, never the held-out results_precision_judged2*):

- acl-dev and dev.jsonl: the cross-validated predictions `make eval` scores (each paper's fold held out of the
  decision layer's training), every result at any confidence. A row is right when the project's scorer would match
  it to an annotated result (same value and dataset, and subject when both have one). The rows at or above
  model.MIN_RESULT_CONFIDENCE are matched first in the extractor's order, as the scorer does; the rows below it
  then take the annotated results still unmatched.
- the judged precision sets 1 and 3 (results_precision_judged*.jsonl without the held-out judged2*,
  results_precision_rejudged.jsonl, results_precision_dev3*.jsonl): the current rows at any confidence, each with
  the verdict of the judged row of the same sentence, subject, dataset, value and kind; rows nobody judged
  (the sets hold only rows at or above MIN_RESULT_CONFIDENCE when drawn; the rows below it in stop 32 are
  judged in results_precision_below_cut_stop32.jsonl) have verdict null.

Each output row: source, paper, confidence, kind, verdict ("right"/"wrong"/null), and what the row tells of how
it was found: subject named or not, dataset written in the sentence or guessed paper-wide, metric named or not.
`--table` prints precision by confidence bucket, by kind and by those features.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "data" / "annotations"
SET1 = ["results_precision_judged.jsonl", "results_precision_rejudged.jsonl", "results_precision_judged_stop32.jsonl"]
SET3 = [
    "results_precision_dev3.jsonl",
    "results_precision_dev3_rejudged.jsonl",
    "results_precision_dev3_stop32.jsonl",
    "results_precision_dev_stop33.jsonl",
]
#: rows below MIN_RESULT_CONFIDENCE on the papers of sets 1 and 3, judged to see what the cut leaves out
BELOW_CUT = "results_precision_below_cut_stop32.jsonl"
BUCKETS = (0.0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 1.01)


def load_script(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def features(r, text: str) -> dict:
    """What a row tells of how it was found."""
    sentence = r.sentence or ""
    return {
        "confidence": r.confidence,
        "kind": r.kind,
        "subject": "named" if r.subject else "none",
        "dataset_in_sentence": bool(r.dataset) and r.dataset.lower() in sentence.lower(),
        "metric": "named" if r.metric else "none",
        "unit": r.unit or "",
        "value": r.value,
        "dataset": r.dataset,
        "subject_name": r.subject,
        "sentence": sentence,
    }


def annotated_rows(shared: Path, cv: bool) -> list[dict]:
    """Every result of every training paper (acl-dev folds and dev.jsonl), cross-validated, with its match."""
    from paperkg.extract import extract_papers
    from paperkg.extract.phrase_stats import load_phrase_stats
    from paperkg.extract.pipeline import build_pipeline
    from paperkg.extract.training import candidates, train
    from paperkg.model import MIN_RESULT_CONFIDENCE

    trainer = load_script("train_decision", ROOT / "scripts" / "train_decision.py")
    scorer = load_script("score_extraction", shared / "tools" / "score_extraction.py")
    papers, gold, fold_of, weight_of = trainer.training_papers(shared)
    seed_titles = {json.loads(line)["title"].strip() for line in (shared / "gold" / "dev.jsonl").open() if line.strip()}
    extractions = []
    if cv:
        cands = candidates(papers, gold, load_phrase_stats())
        with tempfile.TemporaryDirectory() as d:
            for k in sorted(set(fold_of.values())):
                model = train(
                    [c for c in cands if fold_of[c.paper] != k], weight_of=weight_of, **trainer.fit_settings()
                )
                path = Path(d) / f"decision-fold{k}.json"
                model.save(path)
                held = [p for p in papers if fold_of[p.raw_title.strip()] == k]
                extractions += list(
                    extract_papers(held, nlp=build_pipeline({"paperkg_decision": {"model_path": str(path)}}))
                )
    else:
        extractions = list(extract_papers(papers))
    out = []
    for ex in extractions:
        g = gold[ex.to_gold()["title"].strip()]
        full = ex.to_gold()
        table = scorer.entity_lookup(g.get("entities", []) + full.get("entities", []))
        used: set[int] = set()
        above = [r for r in ex.results if r.confidence >= MIN_RESULT_CONFIDENCE]
        below = [r for r in ex.results if r.confidence < MIN_RESULT_CONFIDENCE]
        for r in above + below:
            hit = None
            for j, gr in enumerate(g.get("results") or []):
                if j in used or scorer.norm_value(r.value) != scorer.norm_value(gr.get("value")):
                    continue
                if not scorer.same(r.dataset, gr.get("dataset"), table):
                    continue
                if r.subject and gr.get("subject") and not scorer.same(r.subject, gr["subject"], table):
                    continue
                hit = j
                break
            if hit is not None:
                used.add(hit)
            title = full["title"].strip()
            out.append(
                {
                    "source": "dev.jsonl" if title in seed_titles else "acl-dev",
                    "paper": title,
                    "verdict": "right" if hit is not None else "wrong",
                    **features(r, ""),
                }
            )
    return out


def judged_rows(shared: Path) -> list[dict]:
    """Every current result on the papers of judged sets 1 and 3, with the verdict of the matching judged row."""
    rescore = load_script("results_precision_rescore", ROOT / "scripts" / "results_precision_rescore.py")
    sample = load_script("results_precision_sample", ROOT / "scripts" / "results_precision_sample.py")
    from paperkg.extract import extract_papers
    from paperkg.sources import read_papers
    import gzip

    corpus = shared / "corpora" / "acl-anthology" / "acl_cc_by_44k.jsonl.gz"
    out = []
    for name, files in (("set1", [*SET1, BELOW_CUT]), ("set3", [*SET3, BELOW_CUT])):
        judged = []
        for i, f in enumerate(files):
            judged += [{**row, "_file": i} for row in rescore.load_judged([str(ANNOTATIONS / f)])]
        pool: dict[tuple, list[dict]] = {}
        owner: dict[tuple, int] = {}
        for row in judged:
            key = rescore.row_key(row["sentence"], row["row"])
            if key in owner and owner[key] != row["_file"]:
                pool[key] = []
            owner[key] = row["_file"]
            pool.setdefault(key, []).append(row)
        titles = {sample.title_key(r["title"]) for r in judged if r.get("title") and r["_file"] == 0}
        with gzip.open(corpus, "rt", encoding="utf-8") as fh:
            records = [r for r in map(json.loads, fh) if sample.title_key(r["title"]) in titles]
        with tempfile.TemporaryDirectory() as d:
            batch = Path(d) / "papers.jsonl"
            batch.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
            for ex in extract_papers(read_papers([batch])):
                for r in ex.results:
                    key = (r.sentence, r.subject, r.dataset, r.value, r.kind)
                    verdict = None
                    if pool.get(key):
                        verdict = "right" if pool[key].pop(0)["verdict"] == "right" else "wrong"
                    out.append({"source": name, "paper": ex.paper_id, "verdict": verdict, **features(r, "")})
    return out


def band(c: float) -> str:
    """Which side of the two cuts a confidence falls: out of the output, in it but off boards, on boards."""
    from paperkg.model import MIN_BOARD_CONFIDENCE, MIN_RESULT_CONFIDENCE

    if c < MIN_RESULT_CONFIDENCE:
        return f"a: < {MIN_RESULT_CONFIDENCE} (graph only)"
    if c < MIN_BOARD_CONFIDENCE:
        return f"b: {MIN_RESULT_CONFIDENCE}-{MIN_BOARD_CONFIDENCE} (output, off boards)"
    return f"c: >= {MIN_BOARD_CONFIDENCE} (output and boards)"


def wilson(right: int, n: int, z: float = 1.96) -> str:
    """95% Wilson interval of right/n, as "lo-hi"."""
    if not n:
        return "-"
    p = right / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * (p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5 / (1 + z * z / n)
    return f"{max(0.0, centre - half):.2f}-{min(1.0, centre + half):.2f}"


def bucket(c: float) -> str:
    for lo, hi in zip(BUCKETS, BUCKETS[1:]):
        if lo <= c < hi:
            return f"{lo:.2f}-{min(hi, 1.0):.2f}"
    return "?"


def tabulate(rows: list[dict], by, ci: bool = False) -> str:
    """Precision (right/judged, and unjudged rows as "+N?") of each group of `by`, per source; `ci` adds
    the 95% Wilson interval. "judged" pools sets 1 and 3."""
    groups: dict = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for r in rows:
        src = "judged" if r["source"] in ("set1", "set3") else r["source"]
        for s in (r["source"], src) if src != r["source"] else (r["source"],):
            cell = groups[by(r)][s]
            if r["verdict"] is None:
                cell[2] += 1
            else:
                cell[0] += r["verdict"] == "right"
                cell[1] += 1
    sources = ["acl-dev", "dev.jsonl", "set1", "set3", "judged"]
    lines = ["| | " + " | ".join(sources) + " |", "|---" * (len(sources) + 1) + "|"]
    for key in sorted(groups, key=str):
        cells = []
        for s in sources:
            right, n, unj = groups[key][s]
            cell = f"{right}/{n} {right / n:.2f}" + (f" [{wilson(right, n)}]" if ci else "") if n else "-"
            cells.append(cell + (f" (+{unj}?)" if unj else ""))
        lines.append(f"| {key} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("-o", "--output")
    ap.add_argument("--rows", help="tabulate these rows (a previous -o) instead of extracting")
    ap.add_argument("--no-cv", action="store_true", help="the shipped decision layer instead of cross-validation")
    args = ap.parse_args(argv)
    if args.rows:
        rows = [json.loads(line) for line in Path(args.rows).read_text().splitlines() if line.strip()]
    else:
        rows = judged_rows(args.shared) + annotated_rows(args.shared, cv=not args.no_cv)
    if args.output:
        Path(args.output).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print("## by cut\n" + tabulate(rows, lambda r: band(r["confidence"]), ci=True))
    print("\n## by confidence\n" + tabulate(rows, lambda r: bucket(r["confidence"])))
    print(
        "\n## by kind (confidence >= 0.5)\n"
        + tabulate([r for r in rows if r["confidence"] >= 0.5], lambda r: r["kind"])
    )
    kept = [r for r in rows if r["confidence"] >= 0.5]
    for name in ("subject", "dataset_in_sentence", "metric"):
        print(f"\n## by {name} (confidence >= 0.5)\n" + tabulate(kept, lambda r, name=name: r[name]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
