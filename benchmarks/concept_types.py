#!/usr/bin/env python3
"""Concepts typed wrong in the top of a graph (benchmarks/results/concept_types.md).

usage: concept_types.py STORE [--top 500] [--list]

Reads the top concepts by papers and counts those whose type the judgement
list below calls wrong: a name the field types otherwise ("ASR" is a task in
ACL papers, FEVER and SNLI are datasets) or no concept of the five types at
all (platforms, diseases, languages). The list is a reader's judgement of the
ACL 44k top 500, written once and applied unchanged to every graph, so
before/after counts compare.
"""

from __future__ import annotations

import argparse

from paperkg.names import fold
from paperkg.store import open_store

ANY = frozenset({"Method", "Model", "Dataset", "Metric", "Task"})
#: folded name -> the kinds that are wrong for it (ANY: not a concept of the five types)
WRONG = {
    "covid19": ANY,
    "youtube": ANY,
    "twitter": ANY,
    "reddit": ANY,
    "modernstandardarabic": ANY,
    "l1": ANY,
    "l2": ANY,
    "fmri": ANY,
    "electronichealthrecord": ANY,
    "adversedrugreaction": ANY,
    "africanamericanenglish": ANY,
    "multiwordexpression": ANY - {"Task"},
    "icd10": ANY,
    "asr": frozenset({"Metric"}),
    "fever": frozenset({"Task"}),
    "snli": frozenset({"Task"}),
    "crosslingualwordembedding": frozenset({"Task"}),
    "multilingualneuralmachinetranslation": frozenset({"Method"}),
    "sequencelength": frozenset({"Metric"}),
    "jointmodeling": frozenset({"Task"}),
}


def top_concepts(store: str, n: int) -> list[dict]:
    with open_store(store) as st:
        rows = [c for c in st.concept_rows() if c["kind"] != "Topic"]
    rows.sort(key=lambda c: (-int(c.get("paper_count") or 0), c["key"]))
    return rows[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("--top", type=int, default=500)
    ap.add_argument("--list", action="store_true", help="print every row of the top, not only the wrong ones")
    args = ap.parse_args()
    wrong = []
    for i, c in enumerate(top_concepts(args.store, args.top), 1):
        bad = c["kind"] in WRONG.get(fold(c["name"]), ())
        if args.list or bad:
            print(f"{i}\t{c['paper_count']}\t{c['kind']}\t{c['name']}" + ("\tWRONG" if bad and args.list else ""))
        if bad:
            wrong.append(c)
    print(f"{len(wrong)} wrong types in the top {args.top} of {args.store}")


if __name__ == "__main__":
    main()
