#!/usr/bin/env python3
"""Which annotated results the extractor misses, and why: the recall side of `make eval`'s results row.

usage: result_misses.py [--shared ../shared] [--show] [-o misses.json]

The gold results of acl-dev and dev.jsonl (development data only: never the locked test split) that the
cross-validated predictions `make eval` scores (each paper's fold held out of the decision layer's training) do
not match, each with a class:

- "below gate": a row of the same value, dataset and subject exists under model.MIN_RESULT_CONFIDENCE;
- "wrong subject" / "wrong dataset": a row of the same value exists, with another subject or dataset;
- "no dataset entity": no entity typed Dataset matches the gold dataset (its type when one of another type
  does), with "(number found)" when a row of the value exists on another dataset;
- "dataset entity, no row for the number": the dataset is found but no row has the value;
- "(value written otherwise)" is added when the gold value, normalised, is not in the text.

`--show` prints each miss with its sentence; `-o` writes them as JSON. benchmarks/results/results_unseen_precision.md
(stop 39) records the table.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_extraction import load_scorer, load_script  # noqa: E402


def extractions(shared: Path, titles: set[str]) -> list[tuple[str, object]]:
    """(text, Extraction) of the training papers titled `titles`, from the decision layer trained without their
    fold (the layer also trains on the fresh sets, whose gold this script does not read: not extracted)."""
    from paperkg.extract import extract_papers
    from paperkg.extract.phrase_stats import load_phrase_stats
    from paperkg.extract.pipeline import build_pipeline
    from paperkg.extract.training import candidates, train

    trainer = load_script("train_decision", ROOT / "scripts" / "train_decision.py")
    papers, gold, fold_of, weight_of = trainer.training_papers(shared)
    cands = candidates(papers, gold, load_phrase_stats())
    out = []
    with tempfile.TemporaryDirectory() as d:
        for k in sorted(set(fold_of.values())):
            model = train([c for c in cands if fold_of[c.paper] != k], weight_of=weight_of, **trainer.fit_settings())
            path = Path(d) / f"decision-fold{k}.json"
            model.save(path)
            held = [p for p in papers if fold_of[p.raw_title.strip()] == k and p.raw_title.strip() in titles]
            nlp = build_pipeline({"paperkg_decision": {"model_path": str(path)}})
            out += [(p.title + "\n" + p.abstract, ex) for p, ex in zip(held, extract_papers(held, nlp=nlp))]
    return out


def matched(sc, pred: dict, gold: dict, table: dict) -> set[int]:
    """The gold results the scorer matches (its greedy order: predictions in turn, first free gold row)."""
    used: set[int] = set()
    for r in pred["results"]:
        for j, g in enumerate(gold.get("results") or []):
            if j in used or sc.norm_value(r["value"]) != sc.norm_value(g["value"]):
                continue
            if not sc.same(r["dataset"], g["dataset"], table):
                continue
            if r.get("subject") and g.get("subject") and not sc.same(r["subject"], g["subject"], table):
                continue
            used.add(j)
            break
    return used


def why_missed(sc, g: dict, ex, entities: list[dict], table: dict, text: str) -> str:
    """The class of one missed gold result (see the module docstring)."""
    from paperkg.model import MIN_RESULT_CONFIDENCE

    ds = g["dataset"]
    typed = [e for e in entities if e["type"] == "Dataset" and sc.same(e["name"], ds, table)]
    other = next((e["type"] for e in entities if sc.same(e["name"], ds, table)), None)
    no_entity = "no dataset entity" + (f" [typed {other}]" if other else "")
    same_value = [r for r in ex.results if sc.norm_value(r.value) == sc.norm_value(g["value"])]
    on_dataset = [r for r in same_value if sc.same(r.dataset, ds, table)]
    full = [
        r for r in on_dataset if not (r.subject and g.get("subject") and not sc.same(r.subject, g["subject"], table))
    ]
    if full:
        cls = "below gate" if all(r.confidence < MIN_RESULT_CONFIDENCE for r in full) else "other"
    elif on_dataset:
        cls = "wrong subject"
    elif same_value:
        cls = "wrong dataset" if typed else no_entity + " (number found)"
    else:
        cls = "dataset entity, no row for the number" if typed else no_entity
    if sc.norm_value(g["value"]) not in sc.norm_value(text):
        cls += " (value written otherwise)"
    return cls


def misses(shared: Path) -> list[dict]:
    sc = load_scorer(shared)
    splits = json.loads((ROOT / "data" / "annotations" / "splits.json").read_text(encoding="utf-8"))
    dev_ids = {i for fold in splits["dev_folds"] for i in fold}
    gold: dict[str, tuple[str, dict]] = {}
    for line in (ROOT / "data" / "annotations" / "acl600.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        if r["id"] in dev_ids:
            gold[r["title"].strip()] = ("acl-dev", r)
    for line in (shared / "gold" / "dev.jsonl").open(encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            gold[r["title"].strip()] = ("dev.jsonl", r)
    out = []
    for text, ex in extractions(shared, set(gold)):
        pred = ex.to_gold()
        source, g = gold[pred["title"].strip()]
        table = sc.entity_lookup(g.get("entities", []) + pred["entities"])
        hit = matched(sc, pred, g, table)
        for j, gr in enumerate(g.get("results") or []):
            if j in hit:
                continue
            number = re.sub(r"[^\d.]", "", gr["value"].split()[0]) if gr["value"] else ""
            sentence = next((s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text) if number and number in s), "")
            out.append(
                {
                    "source": source,
                    "title": pred["title"],
                    "class": why_missed(sc, gr, ex, pred["entities"], table, text),
                    "gold": gr,
                    "sentence": sentence,
                    "rows_of_the_value": [
                        (r.value, r.dataset, r.subject, round(r.confidence, 2))
                        for r in ex.results
                        if sc.norm_value(r.value) == sc.norm_value(gr["value"])
                    ],
                }
            )
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--show", action="store_true", help="print every miss with its sentence")
    ap.add_argument("-o", "--output", type=Path)
    a = ap.parse_args(argv)
    rows = misses(a.shared)
    if a.output:
        a.output.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    for source in ("acl-dev", "dev.jsonl"):
        mine = [r for r in rows if r["source"] == source]
        print(f"## {source}: {len(mine)} gold results missed\n\n| class | rows | papers |\n|---|---|---|")
        for cls, n in Counter(r["class"] for r in mine).most_common():
            print(f"| {cls} | {n} | {len({r['title'] for r in mine if r['class'] == cls})} |")
        print()
    if a.show:
        for r in sorted(rows, key=lambda r: (r["source"], r["class"], r["title"])):
            g = r["gold"]
            print(f"[{r['source']}] {r['class']}: {r['title'][:80]}")
            print(f"   gold {g['subject']!r} | {g['dataset']!r} | {g['value']!r}; rows {r['rows_of_the_value']}")
            print(f"   {r['sentence'][:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
