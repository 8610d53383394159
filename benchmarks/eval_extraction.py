"""Score the extractor on every annotated split and print one table (`make eval`).

    .venv/bin/python benchmarks/eval_extraction.py [--write] [--shared ../shared]

Splits, each scored by the project's scorer (../shared/tools/score_extraction.py):

- ``dev.jsonl``: the 60 hand-annotated Daily Papers (the seed corpus), which
  the rule extractor was tuned on: an optimistic figure.
- ``acl-dev``: the 400 development papers of data/annotations/ (5 fixed folds
  in data/annotations/splits.json). With nothing trained, every fold is scored
  with the shipped pipeline and the counts are pooled; the spread over folds
  is printed so a difference between two versions can be read against it.
- ``acl-test``: the locked 200. Only its scores are ever looked at (never its
  errors): this script prints no per-paper output for it.

``--write`` records the table in benchmarks/results/extraction.md (with date
and commit) and the numbers in benchmarks/results/extraction.json, the
baseline the regression test (tests/extract/test_extract_eval.py) holds the
extractor to.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.util
import io
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "data" / "annotations"
RESULTS = ROOT / "benchmarks" / "results"
TYPES = ["Model", "Method", "Dataset", "Metric", "Task"]
ROWS = [*TYPES, "overall", "results"]


def load_scorer(shared: Path):
    path = shared / "tools" / "score_extraction.py"
    if not path.exists():
        raise SystemExit(f"error: scorer not found: {path} (../shared must sit beside the clone)")
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_jsonl(path: Path, records) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def predict(sources: list[Path]) -> dict[str, dict]:
    """The extractor's output keyed by title, exactly what `paperkg extract` writes."""
    from paperkg.extract import extract_papers
    from paperkg.sources import read_papers

    return {ex.to_gold()["title"].strip(): ex.to_gold() for ex in extract_papers(read_papers(sources))}


def score(scorer, gold: list[dict], pred: dict[str, dict], tmp: Path) -> dict:
    """The scorer's JSON summary for these gold papers and their predictions."""
    gold_path, pred_path = tmp / "gold.jsonl", tmp / "pred.jsonl"
    write_jsonl(gold_path, gold)
    write_jsonl(pred_path, (pred[g["title"].strip()] for g in gold if g["title"].strip() in pred))
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        scorer.main([str(gold_path), str(pred_path), "--json"])
    return json.loads(buf.getvalue())


def evaluate(shared: Path) -> dict:
    """Scores per split: {split: scorer summary, plus 'folds' for acl-dev}."""
    scorer = load_scorer(shared)
    splits = json.loads((ANNOTATIONS / "splits.json").read_text(encoding="utf-8"))
    annotated = {r["id"]: r for r in read_jsonl(ANNOTATIONS / "acl600.jsonl")}
    seed_gold = read_jsonl(shared / "gold" / "dev.jsonl")
    pred = predict(sorted((shared / "corpus").glob("*.txt")) + [ANNOTATIONS / "texts.jsonl"])
    out = {}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        out["dev.jsonl"] = score(scorer, seed_gold, pred, tmp)
        dev_ids = [i for fold in splits["dev_folds"] for i in fold]
        out["acl-dev"] = score(scorer, [annotated[i] for i in dev_ids], pred, tmp)
        out["acl-dev"]["folds"] = [score(scorer, [annotated[i] for i in fold], pred, tmp)["overall"]["f1"]
                                   for fold in splits["dev_folds"]]
        out["acl-test"] = score(scorer, [annotated[i] for i in splits["test"]], pred, tmp)
    for name, s in out.items():
        if s["papers_without_prediction"]:
            raise SystemExit(f"error: {name}: {s['papers_without_prediction']} papers got no prediction "
                             "(a title the reader changed?)")
    return out


def row_values(summary: dict, row: str) -> dict:
    if row in TYPES:
        return summary["types"][row]
    return summary[row]


def table(scores: dict) -> str:
    names = list(scores)
    head = "| | " + " | ".join(f"{n} P | {n} R | {n} F1" for n in names) + " |"
    lines = [head, "|---" * (1 + 3 * len(names)) + "|"]
    for row in ROWS:
        cells = []
        for n in names:
            v = row_values(scores[n], row)
            cells += [f"{v['precision']:.3f}", f"{v['recall']:.3f}", f"**{v['f1']:.3f}**"]
        lines.append(f"| {row} | " + " | ".join(cells) + " |")
    papers = ", ".join(f"{n} {scores[n]['papers']} papers / {scores[n]['overall']['gold']} entities / "
                       f"{scores[n]['results']['gold']} results" for n in names)
    prec = ", ".join(f"{n} {scores[n]['results']['precision']:.3f} "
                     f"({scores[n]['results']['tp']}/{scores[n]['results']['pred']})" for n in names)
    folds = scores.get("acl-dev", {}).get("folds")
    lines += ["", f"Gold: {papers}.", f"Results precision on its own: {prec}."]
    if folds:
        lines.append(f"acl-dev overall F1 per fold: {', '.join(f'{f:.3f}' for f in folds)} "
                     f"(mean {statistics.mean(folds):.3f}, sd {statistics.stdev(folds):.3f}); "
                     "nothing is trained, so every fold is scored with the shipped pipeline.")
    return "\n".join(lines)


def commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def record(scores: dict, text: str) -> None:
    stamp = dt.date.today().isoformat()
    rev = commit()
    md = (f"# Extraction quality (`make eval`)\n\n{stamp}, commit {rev}.\n\n{text}\n\n"
          "Splits: `dev.jsonl` is the 60 seed papers the rules were tuned on; `acl-dev` the 400 development "
          "papers of data/annotations/; `acl-test` the locked 200 (scores only, never errors). "
          "Regenerate with `make eval` (`--write` records this file and extraction.json).\n")
    (RESULTS / "extraction.md").write_text(md, encoding="utf-8")
    keep = {n: {"overall_f1": s["overall"]["f1"], "results_f1": s["results"]["f1"],
                "results_precision": s["results"]["precision"],
                "types_f1": {t: s["types"][t]["f1"] for t in TYPES}} for n, s in scores.items()}
    doc = {"date": stamp, "commit": rev, "command": "make eval", "splits": keep}
    (RESULTS / "extraction.json").write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--write", action="store_true", help="record the table in benchmarks/results/")
    a = ap.parse_args(argv)
    scores = evaluate(a.shared)
    text = table(scores)
    print(text)
    if a.write:
        record(scores, text)
        print(f"recorded in {RESULTS / 'extraction.md'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
