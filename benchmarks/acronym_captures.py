#!/usr/bin/env python3
"""Acronym nodes that hold papers meaning another sense (issue 15 item 3; benchmarks/results/acronym_senses.md).

usage: acronym_captures.py --store STORE [--examples N] [--min-papers K]

For each concept that has a long form and an acronym spelling ("Fine-grained Claim
Dependency", FLAN), its papers are read: a *definer* writes one of the concept's long
forms; a *bare user* writes the acronym and none of them; a bare user that writes
"(ACR)" after a phrase of its own *defines it otherwise* (another sense, by its own text).
Listed: concepts whose definers are fewer than FIELD_TERM papers and all coin the acronym
for their own work (resolve.senses.coins_acronym: "MUSE: Modularizing ...", "we propose a
... (FLAN) Graph") while bare users sit on them (the class resolve.senses `coined`
keeps apart), and separately every concept holding a paper that defines the acronym otherwise.
Counts first, then the biggest findings.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict

from paperkg.api import open_store
from paperkg.model import TOPIC
from paperkg.names import fold
from paperkg.refresh.reading import year_of
from paperkg.resolve.names import is_acronym, long_forms
from paperkg.resolve.proposals import is_own_name_key
from paperkg.resolve.senses import FIELD_TERM, _writes, coins_acronym, initials


def _writes_acronym(acronym: str, text: str) -> bool:
    return bool(re.search(rf"(?<![\w-]){re.escape(acronym)}s?(?![\w-])", text))


def _defines_otherwise(acronym: str, longs: list[str], text: str) -> bool:
    """Whether the text writes "... (ACR)" after a phrase that spells the acronym and is none of `longs`."""
    for m in re.finditer(rf"((?:[\w'’-]+\s+){{1,8}})\(\s*{re.escape(acronym)}s?\s*\)", text):
        words = m.group(1).split()
        for i in range(len(words) - 1):
            phrase = " ".join(words[i:])
            if fold(acronym) in initials(phrase):
                return not any(fold(phrase).endswith(fold(lf)) or fold(lf).endswith(fold(phrase)) for lf in longs)
    return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", required=True)
    ap.add_argument("--examples", type=int, default=15)
    ap.add_argument("--min-papers", type=int, default=2)
    args = ap.parse_args()
    with open_store(args.store, read_only=True) as st:
        rows = [
            c
            for c in st.concept_rows()
            if c["kind"] != TOPIC
            and not is_own_name_key(c["key"])
            and int(c.get("paper_count") or 0) >= args.min_papers
        ]
        wanted = {}
        for c in rows:
            spellings = [s for s in (c["name"], *(c.get("aliases") or [])) if s]
            longs = long_forms(spellings)
            acronyms = sorted({s for s in spellings if is_acronym(s)})
            if longs and acronyms:
                wanted[c["key"]] = (c, longs, acronyms)
        papers_of: dict[str, list[str]] = defaultdict(list)
        for page in st.concept_mention_pairs(sorted(wanted)):
            for pid, key, _ in page:
                papers_of[key].append(pid)
        ids = sorted({p for ps in papers_of.values() for p in ps})
        concepts_of: dict[str, set[str]] = defaultdict(set)
        for page in st.mention_pairs(ids):
            for pid, key, _ in page:
                if not key.startswith(TOPIC + ":"):
                    concepts_of[pid].add(key)
        years = {r["id"]: year_of(r.get("published")) for r in st.papers_by_id(ids)}
        texts = {}
        for lo in range(0, len(ids), 2000):
            for pid, t, a in st.run_read("paper_texts", {"ids": ids[lo : lo + 2000]})[1]:
                texts[pid] = f"{t or ''}\n\n{a or ''}"
    coined, otherwise = [], []
    for key, (c, longs, acronyms) in wanted.items():
        ps = papers_of.get(key, [])
        definers = [p for p in ps if any(_writes(texts.get(p, ""), lf) for lf in longs)]
        bare = [p for p in ps if p not in definers and any(_writes_acronym(a, texts.get(p, "")) for a in acronyms)]
        other = [p for p in bare if any(_defines_otherwise(a, longs, texts.get(p, "")) for a in acronyms)]
        if other:
            otherwise.append((len(other), c, len(ps), other))
        if bare and definers and len(definers) < FIELD_TERM:
            if all(any(coins_acronym(a, texts.get(p, "")) for a in acronyms) for p in definers):
                own = set().union(*(concepts_of[p] for p in definers)) - {key}
                backed = sum(1 for p in bare if (concepts_of[p] - {key}) & own)
                first = min((y for p in definers if (y := years.get(p)) is not None), default=None)
                early = sum(1 for p in bare if first is not None and (years.get(p) or first) < first - 1)
                coined.append((len(bare), c, len(ps), len(definers), backed, early))
    coined.sort(key=lambda x: (-x[0], x[1]["key"]))
    otherwise.sort(key=lambda x: (-x[0], x[1]["key"]))
    print("| check | concepts | papers |")
    print("|---|---|---|")
    print(f"| coined sense holding bare users | {len(coined)} | {sum(n for n, *_ in coined)} |")
    lone = [x for x in coined if not x[4]]
    print(f"| ... none of whom shares a concept with its definers | {len(lone)} | {sum(n for n, *_ in lone)} |")
    early = [x for x in coined if x[5]]
    print(f"| ... bare users dated over a year before every definer | {len(early)} | {sum(x[5] for x in early)} |")
    print(f"| paper defining the acronym otherwise | {len(otherwise)} | {sum(n for n, *_ in otherwise)} |")
    print(
        "\ncoined sense holding bare users (bare users / papers / definers / bare users sharing a concept / bare users dated over a year before the definers):"
    )
    for n, c, total, d, backed, early in coined[: args.examples]:
        print(f"  {n:>4} / {total:>4} / {d} / {backed:>4} / {early:>4}  {c['name']}  ({c['key']})")
    print("\ndefining the acronym otherwise (papers / all papers):")
    for n, c, total, other in otherwise[: args.examples]:
        print(f"  {n:>4} / {total:>4}  {c['name']}  ({c['key']})  e.g. {other[0]}")


if __name__ == "__main__":
    main()
