#!/usr/bin/env python3
"""Check annotation files against the guideline's format before they are used.

usage: annotation_check.py FILE.jsonl [FILE.jsonl ...] [--texts data/annotations/texts.jsonl] [--shared ../shared]

Errors (exit 1): a line that is not JSON, an unknown id, a title that differs
from the text's, a missing field, an unknown type, a result whose dataset,
subject, metric or baseline is not one of the paper's entity names/aliases.
Warnings (exit 0): a name or value that does not occur in the paper's text
(LaTeX removed), two entities with the same normalised name. Types and
normalised names are the scorer's own (../shared/tools/score_extraction.py).
"""

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from eval_extraction import load_scorer, read_jsonl  # noqa: E402 - make eval's own loaders

RESULT_FIELDS = ("subject", "dataset", "metric", "value", "compared_to")


def squash(text):
    return re.sub(r"[\s\\{}$]+", "", unicodedata.normalize("NFKC", text).lower())


def check_record(rec, text, scorer):
    """Errors and warnings of one annotated paper; `scorer` gives the types and the name normalisation."""
    errors, warnings = [], []
    if rec.get("title") != text["title"]:
        errors.append(f"title differs from the text's: {rec.get('title')!r}")
    entities = rec.get("entities")
    if not isinstance(entities, list):
        return [*errors, "entities is not a list"], warnings
    names, seen = set(), {}
    body = squash(text["title"] + " " + text["abstract"])
    for e in entities:
        missing = [k for k in ("name", "type", "aliases", "introduced") if k not in e]
        if missing:
            errors.append(f"entity {e!r} lacks {missing}")
            continue
        if e["type"] not in scorer.TYPES:
            errors.append(f"entity {e['name']!r}: unknown type {e['type']!r}")
        if not isinstance(e["aliases"], list) or not isinstance(e["introduced"], bool):
            errors.append(f"entity {e['name']!r}: aliases must be a list, introduced a bool")
            continue
        for n in [e["name"], *e["aliases"]]:
            k = scorer.norm(n)
            names.add(k)
            if k in seen and seen[k] is not e:
                warnings.append(f"{n!r} is on two entities")
            seen[k] = e
            if squash(n) not in body:
                warnings.append(f"{n!r} ({e['type']}) is not written in the text")
    for r in rec.get("results") or []:
        if set(r) != set(RESULT_FIELDS):
            errors.append(f"result {r!r} must have exactly {RESULT_FIELDS}")
            continue
        if not r["dataset"] or scorer.norm(r["dataset"]) not in names:
            errors.append(f"result dataset {r['dataset']!r} is not an entity of the paper")
        for k in ("subject", "metric", "compared_to"):
            if r[k] is not None and scorer.norm(r[k]) not in names:
                errors.append(f"result {k} {r[k]!r} is not an entity of the paper")
        value = str(r["value"] or "")
        digits = re.sub(r"[^\d.]", "", value)
        if not digits or digits.strip(".") not in re.sub(r"[^\d.]", "", body):
            warnings.append(f"result value {value!r} is not written in the text")
    return errors, warnings


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--texts", default="data/annotations/texts.jsonl")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    a = ap.parse_args(argv)
    scorer = load_scorer(a.shared)
    texts = {t["id"]: t for t in read_jsonl(Path(a.texts))}
    n_err = n_papers = 0
    for path in a.files:
        with open(path, encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    print(f"{path}:{i}: ERROR not JSON: {e}")
                    n_err += 1
                    continue
                text = texts.get(rec.get("id"))
                if text is None:
                    print(f"{path}:{i}: ERROR unknown id {rec.get('id')!r}")
                    n_err += 1
                    continue
                n_papers += 1
                errors, warnings = check_record(rec, text, scorer)
                for msg in errors:
                    print(f"{path}:{i} [{rec['id']}]: ERROR {msg}")
                for msg in warnings:
                    print(f"{path}:{i} [{rec['id']}]: warning {msg}")
                n_err += len(errors)
    print(f"{n_papers} papers, {n_err} errors", file=sys.stderr)
    return 1 if n_err else 0


if __name__ == "__main__":
    sys.exit(main())
