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
ROWS = [*TYPES, "overall", "results", "introduced"]


def load_scorer(shared: Path):
    path = shared / "tools" / "score_extraction.py"
    if not path.exists():
        raise SystemExit(f"error: scorer not found: {path} (../shared must sit beside the clone)")
    return load_script("score_extraction", path)


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_jsonl(path: Path, records) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def predict(papers, config: dict | None = None) -> dict[str, dict]:
    """The extractor's output keyed by title, as `paperkg extract` writes it,
    from a pipeline built with `config` (the shipped one when None)."""
    from paperkg.extract import extract_papers
    from paperkg.extract.pipeline import build_pipeline

    return {ex.to_gold()["title"].strip(): ex.to_gold() for ex in extract_papers(papers, nlp=build_pipeline(config))}


def cross_validated(shared: Path, tmp: Path) -> dict[str, dict]:
    """Predictions for every training paper from a decision layer trained
    without that paper's fold (the 5 fixed folds of splits.json)."""
    trainer = load_script("train_decision", ROOT / "scripts" / "train_decision.py")
    from paperkg.extract.phrase_stats import load_phrase_stats
    from paperkg.extract.training import candidates, train

    papers, gold, fold_of, weight_of = trainer.training_papers(shared)
    cands = candidates(papers, gold, load_phrase_stats())
    out = {}
    for k in sorted(set(fold_of.values())):
        model = train([c for c in cands if fold_of[c.paper] != k], weight_of=weight_of, **trainer.fit_settings())
        path = tmp / f"decision-fold{k}.json"
        model.save(path)
        held_out = [p for p in papers if fold_of[p.raw_title.strip()] == k]
        out.update(predict(held_out, {"paperkg_decision": {"model_path": str(path)}}))
    return out


def load_script(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(scorer, gold: list[dict], pred: dict[str, dict], tmp: Path, *flags: str) -> dict:
    """The scorer's JSON summary for these gold papers and their predictions (keyed by title);
    `flags` are more of its options (`--untyped`)."""
    gold_path, pred_path = tmp / "gold.jsonl", tmp / "pred.jsonl"
    write_jsonl(gold_path, gold)
    write_jsonl(pred_path, (pred[g["title"].strip()] for g in gold if g["title"].strip() in pred))
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        scorer.main([str(gold_path), str(pred_path), "--json", *flags])
    return json.loads(buf.getvalue())


def introduced_score(scorer, gold: list[dict], pred: dict[str, dict]) -> dict:
    """Precision and recall of the `introduced` flag (what becomes PROPOSES): a
    predicted own contribution is right when the annotated concept it matches
    (by spelling, any type) is `introduced: true` in the annotation."""
    tp = npred = ngold = 0
    for g in gold:
        p = pred.get(g["title"].strip(), {})
        ents = p.get("entities") or []
        pairs, _, _ = scorer.match_entities(g["entities"], ents, typed=False)
        matched = {id(e): ge for e, ge in pairs}
        for e in ents:
            if e.get("introduced"):
                npred += 1
                tp += bool(matched.get(id(e), {}).get("introduced"))
        ngold += sum(1 for ge in g["entities"] if ge.get("introduced"))
    prec, rec = (tp / npred if npred else 0.0), (tp / ngold if ngold else 0.0)
    return {
        "tp": tp,
        "pred": npred,
        "gold": ngold,
        "precision": prec,
        "recall": rec,
        "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
    }


def evaluate(shared: Path, *, decision: bool = True, test: bool = True) -> dict:
    """Scores per split: {split: scorer summary, plus 'folds' for acl-dev}.

    With the decision layer on, dev.jsonl and acl-dev are scored on
    cross-validated predictions (each paper's fold held out of training) and
    acl-test on the shipped model; with `decision=False`, the rules alone."""
    from paperkg.extract.decision import default_model_path
    from paperkg.sources import read_papers

    scorer = load_scorer(shared)
    splits = json.loads((ANNOTATIONS / "splits.json").read_text(encoding="utf-8"))
    annotated = {r["id"]: r for r in read_jsonl(ANNOTATIONS / "acl600.jsonl")}
    seed_gold = read_jsonl(shared / "gold" / "dev.jsonl")
    papers = list(read_papers(sorted((shared / "corpus").glob("*.txt")) + [ANNOTATIONS / "texts.jsonl"]))
    trained = decision and default_model_path().exists()
    config = None if trained else {"paperkg_decision": {"enabled": False}}
    out = {}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        pred = predict(papers, config)
        if trained:
            pred.update(cross_validated(shared, tmp))
        out["dev.jsonl"] = score(scorer, seed_gold, pred, tmp)
        out["dev.jsonl"]["introduced"] = introduced_score(scorer, seed_gold, pred)
        dev_ids = [i for fold in splits["dev_folds"] for i in fold]
        out["acl-dev"] = score(scorer, [annotated[i] for i in dev_ids], pred, tmp)
        out["acl-dev"]["introduced"] = introduced_score(scorer, [annotated[i] for i in dev_ids], pred)
        out["acl-dev"]["folds"] = [
            score(scorer, [annotated[i] for i in fold], pred, tmp)["overall"]["f1"] for fold in splits["dev_folds"]
        ]
        if test:
            out["acl-test"] = score(scorer, [annotated[i] for i in splits["test"]], pred, tmp)
            out["acl-test"]["introduced"] = introduced_score(scorer, [annotated[i] for i in splits["test"]], pred)
    out["_cross_validated"] = trained
    for name, s in out.items():
        if name.startswith("_"):
            continue
        if s["papers_without_prediction"]:
            raise SystemExit(
                f"error: {name}: {s['papers_without_prediction']} papers got no prediction "
                "(a title the reader changed?)"
            )
    return out


def row_values(summary: dict, row: str) -> dict:
    if row in TYPES:
        return summary["types"][row]
    return summary[row]


def table(scores: dict) -> str:
    cv = scores.get("_cross_validated")
    scores = {k: v for k, v in scores.items() if not k.startswith("_")}
    names = list(scores)
    head = "| | " + " | ".join(f"{n} P | {n} R | {n} F1" for n in names) + " |"
    lines = [head, "|---" * (1 + 3 * len(names)) + "|"]
    for row in ROWS:
        cells = []
        for n in names:
            v = row_values(scores[n], row)
            cells += [f"{v['precision']:.3f}", f"{v['recall']:.3f}", f"**{v['f1']:.3f}**"]
        lines.append(f"| {row} | " + " | ".join(cells) + " |")
    papers = ", ".join(
        f"{n} {scores[n]['papers']} papers / {scores[n]['overall']['gold']} entities / "
        f"{scores[n]['results']['gold']} results"
        for n in names
    )
    prec = ", ".join(
        f"{n} {scores[n]['results']['precision']:.3f} ({scores[n]['results']['tp']}/{scores[n]['results']['pred']})"
        for n in names
    )
    folds = scores.get("acl-dev", {}).get("folds")
    lines += [
        "",
        f"Gold: {papers}.",
        f"Results precision on its own: {prec}.",
        "Row `introduced`: the paper's-own-contribution flag (PROPOSES), over concepts matched by "
        "spelling whatever their type; gold = annotated `introduced: true`.",
    ]
    if folds:
        how = (
            "dev.jsonl and acl-dev are scored on 5-fold cross-validated predictions of the decision layer "
            "(each paper's fold left out of its training); acl-test on the shipped model trained on all 610 (the 460 and the five fresh sets)"
            if cv
            else "the rules alone, nothing trained"
        )
        lines.append(
            f"acl-dev overall F1 per fold: {', '.join(f'{f:.3f}' for f in folds)} "
            f"(mean {statistics.mean(folds):.3f}, sd {statistics.stdev(folds):.3f}); {how}."
        )
    return "\n".join(lines)


def commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def record(scores: dict, text: str) -> None:
    stamp = dt.date.today().isoformat()
    rev = commit()
    md = (
        f"# Extraction quality (`make eval`)\n\n{stamp}, commit {rev}.\n\n{text}\n\n"
        "Splits: `dev.jsonl` is the 60 seed papers the rules were tuned on; `acl-dev` the 400 development "
        "papers of data/annotations/; `acl-test` the locked 200 (scores only, never errors). "
        "Regenerate with `make eval` (`--write` records this file and extraction.json).\n"
    )
    (RESULTS / "extraction.md").write_text(md, encoding="utf-8")
    scores = {k: v for k, v in scores.items() if not k.startswith("_")}
    keep = {
        n: {
            "overall_f1": s["overall"]["f1"],
            "results_f1": s["results"]["f1"],
            "results_precision": s["results"]["precision"],
            "types_f1": {t: s["types"][t]["f1"] for t in TYPES},
            "introduced_precision": s["introduced"]["precision"],
            "introduced_recall": s["introduced"]["recall"],
        }
        for n, s in scores.items()
    }
    doc = {"date": stamp, "commit": rev, "command": "make eval", "splits": keep}
    (RESULTS / "extraction.json").write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--write", action="store_true", help="record the table in benchmarks/results/")
    ap.add_argument("--rules-only", action="store_true", help="score the rules without the decision layer")
    ap.add_argument(
        "--no-test",
        action="store_true",
        help="leave the locked test split out (while developing: look at it only at the end)",
    )
    a = ap.parse_args(argv)
    scores = evaluate(a.shared, decision=not a.rules_only, test=not a.no_test)
    if a.write and a.no_test:
        raise SystemExit("error: --write records every split; drop --no-test")
    text = table(scores)
    print(text)
    if a.write:
        record(scores, text)
        print(f"recorded in {RESULTS / 'extraction.md'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
