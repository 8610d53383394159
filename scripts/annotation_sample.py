#!/usr/bin/env python3
"""Draw the abstracts for hand annotation from the ACL Anthology corpus (fixed seed).

usage: annotation_sample.py [CORPUS] [-o data/annotations/texts.jsonl] [--seed 20261202]

Why a script: the sample must be reproducible and its design stated, not
hand-picked. Per year 2017-2022 it draws 50 abstracts, per year 2023-2025 100
(300 from the LLM era, like the seed corpus). Within each year 60% come from
the stratum of abstracts that report a number next to an evaluation word
("85.3 F1", "accuracy of 92%", "BLEU ... 31.2"), so that enough results get
annotated; the rest are drawn from all other abstracts of that year.
The locked test split is drawn from the sample by ``annotation_splits.py``.
"""

import argparse
import gzip
import json
import random
import re
import sys
import unicodedata

PER_YEAR = {2017: 50, 2018: 50, 2019: 50, 2020: 50, 2021: 50, 2022: 50, 2023: 100, 2024: 100, 2025: 100}
NUMERIC_SHARE = 0.6
NUMBER = re.compile(r"\b\d+(?:\.\d+)?\s*(?:%|points?\b|pp\b|x\b)|\b\d+\.\d+\b")
EVAL_WORD = re.compile(
    r"\b(?:accuracy|F1|F-score|F-measure|BLEU|ROUGE|METEOR|exact match|EM|MRR|MAP|nDCG|"
    r"recall|precision|perplexity|WER|correlation|AUC|pass@\d|win rate|score|SOTA|"
    r"state-of-the-art|outperform\w*|improv\w*)\b",
    re.I,
)


def title_key(title: str) -> str:
    """The scorer joins on the title; duplicates in the corpus must not both be drawn."""
    return re.sub(r"\W+", " ", unicodedata.normalize("NFKC", title).lower()).strip()


def reports_numbers(abstract: str) -> bool:
    """True when a number stands within a few words of an evaluation word."""
    for m in NUMBER.finditer(abstract):
        window = abstract[max(0, m.start() - 80) : m.end() + 80]
        if EVAL_WORD.search(window):
            return True
    return False


def draw(records, seed, per_year=None):
    per_year = per_year or PER_YEAR
    rng = random.Random(seed)
    by_year = {y: ([], []) for y in per_year}
    seen = set()
    for r in records:
        year = int(r["published"][:4])
        key = title_key(r["title"])
        if year not in per_year or key in seen or len(r["abstract"]) < 300:
            continue
        seen.add(key)
        by_year[year][0 if reports_numbers(r["abstract"]) else 1].append(r)
    sample = []
    for year, n in per_year.items():
        numeric, other = by_year[year]
        n_num = round(n * NUMERIC_SHARE)
        picked = rng.sample(numeric, n_num) + rng.sample(other, n - n_num)
        for r in picked:
            r["stratum"] = "numbers" if r in numeric else "other"
        sample += picked
    rng.shuffle(sample)
    return sample


#: the fields a drawn record keeps (its url and license with it, as the corpus's licence asks)
KEEP = ("id", "title", "abstract", "published", "venue", "url", "license", "stratum")


def write_sample(sample, out) -> None:
    """One JSON line per drawn record, with the fields of KEEP."""
    for r in sample:
        out.write(json.dumps({k: r[k] for k in KEEP}, ensure_ascii=False) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default="../shared/corpora/acl-anthology/acl_cc_by_44k.jsonl.gz")
    ap.add_argument("-o", "--out", default="data/annotations/texts.jsonl")
    ap.add_argument("--seed", type=int, default=20261202)
    a = ap.parse_args(argv)
    with gzip.open(a.corpus, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    sample = draw(records, a.seed)
    with open(a.out, "w", encoding="utf-8") as out:
        write_sample(sample, out)
    print(f"{len(sample)} abstracts -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
