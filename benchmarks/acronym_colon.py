#!/usr/bin/env python3
"""How many "Long Form (ACR):" definitions the abbreviation finder reads
(benchmarks/results/acronym_colon.md).

usage: acronym_colon.py CORPUS.jsonl.gz

spaCy's English tokenizer exceptions hold emoticons, and "):" is one: after
"(ACR" the text "):" stayed one token, so the bracket the finder looks for was
never closed. paperkg's tokenizer drops the emoticons
(`paperkg.extract.tokenizer.special_cases`). This script tokenizes every paper
(title, blank line, abstract, as a build does) twice, with spaCy's full
exception list ("before") and with paperkg's ("after"), runs only the
abbreviation finder on each, and counts the bracketed short forms followed by a
colon that it pairs with a long form. It also counts the papers whose tokens
differ at all between the two.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter

from spacy.lang.en import English

from paperkg.extract.abbreviation import find_abbreviations
from paperkg.extract.pipeline import build_pipeline

#: a bracketed word of 2-12 marks followed by a colon: "(ACR):"
_COLON_ACRONYM = re.compile(r"\(([^()\s]{2,12})\):")


def read_texts(corpus: str) -> list[str]:
    with gzip.open(corpus, "rt") as src:
        return [f"{r.get('title') or ''}\n\n{r.get('abstract') or ''}" for r in map(json.loads, src)]


def colon_definitions(nlp, text: str) -> tuple[int, int]:
    """(bracketed short forms before a colon, how many of them the finder pairs)."""
    spots = [m.span(1) for m in _COLON_ACRONYM.finditer(text)]
    if not spots:
        return 0, 0
    pairs = find_abbreviations(nlp.make_doc(text))
    shorts = {(ss, se) for _, _, ss, se in pairs}
    return len(spots), sum(s in shorts for s in spots)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    args = ap.parse_args()
    texts = read_texts(args.corpus)
    after = build_pipeline()
    before = build_pipeline()
    before.tokenizer.rules = English.Defaults.tokenizer_exceptions
    counts: Counter = Counter()
    for text in texts:
        n, read_before = colon_definitions(before, text)
        _, read_after = colon_definitions(after, text)
        counts["spots"] += n
        counts["before"] += read_before
        counts["after"] += read_after
        if [t.text for t in before.make_doc(text)] != [t.text for t in after.make_doc(text)]:
            counts["changed"] += 1
    print(f"papers: {len(texts)}")
    print(f'"(X):" spots (a bracketed word of 2-12 marks then a colon): {counts["spots"]}')
    print(f"read as abbreviation definitions, spaCy's exceptions (before): {counts['before']}")
    print(f"read as abbreviation definitions, paperkg's exceptions (after): {counts['after']}")
    print(f"papers whose tokens differ: {counts['changed']}")


if __name__ == "__main__":
    main()
