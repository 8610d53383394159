"""Audit a graph's concept names: suspected problems with counts (paperkg.resolve.audit).

    .venv/bin/python benchmarks/audit_concepts.py --store graph/paperkg.lbdb
    .venv/bin/python benchmarks/audit_concepts.py --store graph/acl.lbdb --examples 10 --top 300 --json

Prints a markdown table of counts per check, the biggest findings of each, and
with `--top N` the N concepts mentioned by most papers (what a person reads
first). Results are recorded in benchmarks/results/concept_audit.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict

from paperkg.api import open_store
from paperkg.refresh.reading import lexicon_entries
from paperkg.resolve.audit import CHECKS, audit, counts


def _year(published: str | None) -> int | None:
    head = (published or "")[:4]
    return int(head) if head.isdigit() else None


def read(store: str) -> tuple[list[dict], dict[str, list[str]], dict[str, str], list[dict], dict[str, int | None]]:
    """Concept rows, the papers mentioning each concept, every paper's text, the PROPOSES edges with
    their proposer's spellings, and every paper's year."""
    with open_store(store, read_only=True) as st:
        concepts = st.concept_rows()
        mentioned_in: dict[str, list[str]] = defaultdict(list)
        for page in st.mention_pairs():
            for paper_id, key, _ in page:
                mentioned_in[key].append(paper_id)
        ids = st.paper_ids()
        texts = {}
        for lo in range(0, len(ids), 5000):
            for pid, title, abstract in st.run_read("paper_texts", {"ids": ids[lo : lo + 5000]})[1]:
                texts[pid] = f"{title or ''}\n\n{abstract or ''}"
        years = {r["id"]: _year(r.get("published")) for r in st.paper_dates()}
        pairs = [(p, k) for p, k in st.run_read("proposes")[1]]
        proposals = []
        for r in st.mention_evidence(pairs):
            text = texts.get(r["paper_id"], "")
            spans = json.loads(r.get("evidence") or "[]")
            written = sorted({text[e["start"] : e["end"]] for e in spans})
            title = text.split("\n\n", 1)[0][:80]
            proposals.append(
                {"paper_id": r["paper_id"], "concept_key": r["concept_key"], "written": written, "title": title}
            )
    return concepts, mentioned_in, texts, proposals, years


def _show(item) -> str:
    group = item if isinstance(item, list) else [item]
    out = " | ".join(f"{c['name']} ({c['kind']}, {c.get('paper_count') or 0})" for c in group)
    if isinstance(item, dict) and "proposer" in item:
        out += f' proposed by "{item["proposer"]}" ({item["earlier"]} earlier papers, writes {item["written"][:4]})'
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", required=True)
    ap.add_argument("--examples", type=int, default=8, help="findings shown per check")
    ap.add_argument("--top", type=int, default=0, help="also list the N concepts mentioned by most papers")
    ap.add_argument("--json", action="store_true", help="counts as JSON")
    args = ap.parse_args(argv)
    concepts, mentioned_in, texts, proposals, years = read(args.store)
    found = audit(concepts, mentioned_in, texts, proposals, years, lexicon_entries())
    n = counts(found)
    if args.json:
        print(json.dumps({"store": args.store, "concepts": len(concepts), "counts": n}))
        return 0
    print(f"## {args.store}: {len(concepts)} concepts, {len(texts)} papers\n")
    print("| check | count |\n|---|---|")
    for name in CHECKS:
        print(f"| {name} | {n[name]} |")
    for name in CHECKS:
        if found[name]:
            print(f"\n**{name}** (largest first)\n")
            for item in found[name][: args.examples]:
                print(f"- {_show(item)}")
    if args.top:
        print(f"\n**top {args.top} concepts by papers**\n")
        top = sorted(
            (c for c in concepts if c["kind"] != "Topic"), key=lambda c: (-(c.get("paper_count") or 0), c["key"])
        )
        for c in top[: args.top]:
            aliases = ", ".join((c.get("aliases") or [])[:6])
            print(f"- {c['name']} ({c['kind']}, {c.get('paper_count') or 0})" + (f" [{aliases}]" if aliases else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
