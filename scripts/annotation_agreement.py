#!/usr/bin/env python3
"""Agreement between the two annotation passes, and what they disagree on.

usage: annotation_agreement.py [--passes data/annotations/passes] [--shared ../shared]
       annotation_agreement.py --diff NN      # one shard's disagreements, for reconciliation

Agreement is the project's scorer run with pass A as gold and pass B as
prediction (F1 is symmetric up to the greedy one-to-one matching), so it is
the same yardstick the extractor is held to (ANNOTATION.md, "Scoring").
"""

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from eval_extraction import load_scorer, read_jsonl, score  # noqa: E402 - make eval's own loaders and scoring


def read(path: Path) -> dict:
    return {r["id"]: r for r in read_jsonl(path)}


def agreement(scorer, passes: Path) -> dict:
    a, b = {}, {}
    for path in sorted((passes / "a").glob("shard-*.jsonl")):
        other = passes / "b" / path.name
        if other.exists():
            a.update(read(path))
            b.update(read(other))
    both = sorted(set(a) & set(b))
    with tempfile.TemporaryDirectory(prefix="paperkg-agreement-") as tmp:
        return score(scorer, [a[i] for i in both], {b[i]["title"].strip(): b[i] for i in both}, Path(tmp), "--untyped")


def table(s: dict) -> str:
    lines = ["| | P (B vs A) | R | F1 | A | B |", "|---|---|---|---|---|---|"]
    for t, v in s["types"].items():
        lines.append(
            f"| {t} | {v['precision']:.3f} | {v['recall']:.3f} | **{v['f1']:.3f}** | {v['gold']} | {v['pred']} |"
        )
    for k in ("overall", "results"):
        v = s[k]
        lines.append(
            f"| {k} | {v['precision']:.3f} | {v['recall']:.3f} | **{v['f1']:.3f}** | {v['gold']} | {v['pred']} |"
        )
    u = s["untyped"]
    lines.append(f"| untyped | {u['precision']:.3f} | {u['recall']:.3f} | **{u['f1']:.3f}** | | |")
    return "\n".join(lines) + f"\n\n{s['papers']} papers annotated in both passes."


def fmt_entity(e: dict) -> str:
    alias = f" aliases={e['aliases']}" if e.get("aliases") else ""
    return f"{e['type']:8} {e['name']}{alias}{' [introduced]' if e.get('introduced') else ''}"


def fmt_result(r: dict) -> str:
    return (
        f"subject={r['subject']!r} dataset={r['dataset']!r} metric={r['metric']!r} "
        f"value={r['value']!r} compared_to={r['compared_to']!r}"
    )


def diff(scorer, passes: Path, shard: str, texts: dict) -> str:
    a = read(passes / "a" / f"shard-{shard}.jsonl")
    b = read(passes / "b" / f"shard-{shard}.jsonl")
    out = []
    for pid in a:
        if pid not in b:
            continue
        ra, rb = a[pid], b[pid]
        t = texts[pid]
        out.append(f"=== {pid}\ntitle: {t['title']}\nabstract: {t['abstract']}\n")
        pairs, only_b, only_a = scorer.match_entities(ra["entities"], rb["entities"])
        agreed = []
        for eb, ea in pairs:
            note = ""
            if ea["name"] != eb["name"] or sorted(ea["aliases"]) != sorted(eb["aliases"]):
                note = f"   (B: {eb['name']} aliases={eb['aliases']})"
            if ea["introduced"] != eb["introduced"]:
                note += f"   (introduced differs: A={ea['introduced']} B={eb['introduced']})"
            agreed.append(f"  both   {fmt_entity(ea)}{note}")
        out += agreed
        out += [f"  only A {fmt_entity(e)}" for e in only_a]
        out += [f"  only B {fmt_entity(e)}" for e in only_b]
        res_a, res_b = ra.get("results") or [], rb.get("results") or []
        for r in res_a:
            tag = (
                "both  "
                if any(
                    scorer.norm_value(r["value"]) == scorer.norm_value(x["value"])
                    and scorer.norm(r["dataset"]) == scorer.norm(x["dataset"])
                    for x in res_b
                )
                else "only A"
            )
            out.append(f"  result {tag} {fmt_result(r)}")
        for r in res_b:
            if not any(
                scorer.norm_value(r["value"]) == scorer.norm_value(x["value"])
                and scorer.norm(r["dataset"]) == scorer.norm(x["dataset"])
                for x in res_a
            ):
                out.append(f"  result only B {fmt_result(r)}")
            else:
                x = next(x for x in res_a if scorer.norm_value(r["value"]) == scorer.norm_value(x["value"]))
                if (x["subject"], x["metric"], x["compared_to"]) != (r["subject"], r["metric"], r["compared_to"]):
                    out.append(f"  result B's reading of the same number: {fmt_result(r)}")
        out.append("")
    return "\n".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", type=Path, default=ROOT / "data" / "annotations" / "passes")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--texts", type=Path, default=ROOT / "data" / "annotations" / "texts.jsonl")
    ap.add_argument("--diff", metavar="NN", help="print one shard's disagreements")
    ap.add_argument("--json", action="store_true", help="print the scorer's JSON summary")
    a = ap.parse_args(argv)
    scorer = load_scorer(a.shared)
    if a.diff:
        print(diff(scorer, a.passes, a.diff, read(a.texts)))
        return 0
    s = agreement(scorer, a.passes)
    print(json.dumps(s, indent=1) if a.json else table(s))
    return 0


if __name__ == "__main__":
    sys.exit(main())
