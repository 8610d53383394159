"""Is a store built from corpus A and then given corpus B the graph one build of A+B makes?

    python benchmarks/incremental.py seed            # ../shared/corpus: March pages, then August ones
    python benchmarks/incremental.py acl --n 3000    # ACL sample: <=2022, then 2023-25

Builds three stores in a scratch directory: `whole` (A+B in one build, A's papers first), `added` (A, then
B as `paperkg build` adds papers to an existing store) and `added+full` (`added` with one more full
refresh, what a second whole-corpus refresh would do). Compares them concept by concept (keys, names,
kinds, aliases), edge by edge (MENTIONS, PROPOSES, result links) and prints the differences with a few
examples, and the times (B's incremental build against the whole build, in one run). Writes
benchmarks/results/incremental_<corpus>.md with --write.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import shutil
import sys
import time
from pathlib import Path

from paperkg import api
from paperkg.api import build_graph
from paperkg.refresh import refresh_concepts
from paperkg.sources import read_papers
from paperkg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ACL = SHARED / "corpora" / "acl-anthology" / "acl_cc_by_44k.jsonl.gz"


def seed_split() -> tuple[list[str], list[str]]:
    """The seed corpus's Daily Papers pages by listing date: the March pages, then the August ones."""
    pages = sorted((SHARED / "corpus").glob("*.txt"))
    dated = sorted((next(read_papers([str(p)])).listed_on[0], str(p)) for p in pages)
    half = len(dated) // 2
    return [p for _, p in dated[:half]], [p for _, p in dated[half:]]


def acl_split(out: Path, n: int, seed: int, year: int) -> tuple[list[str], list[str]]:
    """`n` ACL abstracts drawn at random (`seed`), in date order, split into <= `year` and later."""
    with gzip.open(ACL, "rt", encoding="utf-8") as fh:
        lines = fh.readlines()
    picked = random.Random(seed).sample(lines, n)
    picked.sort(key=lambda line: (json.loads(line)["published"], json.loads(line)["id"]))
    early = [line for line in picked if int(json.loads(line)["published"][:4]) <= year]
    late = [line for line in picked if int(json.loads(line)["published"][:4]) > year]
    out.mkdir(parents=True, exist_ok=True)
    (out / "a.jsonl").write_text("".join(early), encoding="utf-8")
    (out / "b.jsonl").write_text("".join(late), encoding="utf-8")
    return [str(out / "a.jsonl")], [str(out / "b.jsonl")]


def snapshot(store: str) -> dict:
    """What the comparison looks at, keyed by the graph's own keys."""
    with open_store(store, read_only=True) as st:
        concepts = {
            c["key"]: (c["name"], c["kind"], tuple(sorted(c["aliases"] or ())), c["paper_count"])
            for c in st.concept_rows()
        }
        mentions = {(r["paper_id"], r["concept_key"]) for r in st.rows("mentions")}
        proposes = {(r["paper_id"], r["concept_key"]) for r in st.rows("proposes")}
        links = {
            (r["paper_id"], r["sentence"], r["value"], r["of_key"], r["on_key"], r["metric_key"], r["compared_key"])
            for r in st.rows("results")
        }
    return {"concepts": concepts, "mentions": mentions, "proposes": proposes, "results": links}


def key_map(a: dict, b: dict) -> dict[str, str]:
    """{key of the first: key of the second} for the concepts one graph keys otherwise: the key of the second
    whose MENTIONS papers overlap most (a merge keeps the key of the concept more papers mention at the time,
    so a store that grew keeps its older key: the same concept, not a difference)."""
    only_a = a["concepts"].keys() - b["concepts"].keys()
    only_b = b["concepts"].keys() - a["concepts"].keys()
    papers_b: dict[str, set[str]] = {}
    for pid, key in b["mentions"]:
        if key in only_b:
            papers_b.setdefault(key, set()).add(pid)
    by_paper: dict[str, set[str]] = {}
    for key, pids in papers_b.items():
        for pid in pids:
            by_paper.setdefault(pid, set()).add(key)
    papers_a: dict[str, set[str]] = {}
    for pid, key in a["mentions"]:
        if key in only_a:
            papers_a.setdefault(key, set()).add(pid)
    out = {}
    for key, pids in papers_a.items():
        candidates = {k for pid in pids for k in by_paper.get(pid, ())}
        scored = sorted(((len(pids & papers_b[k]) / len(pids | papers_b[k]), k) for k in candidates), reverse=True)
        if scored and scored[0][0] >= 0.5:
            out[key] = scored[0][1]
    return out


def compare(a: dict, b: dict, show: int = 8) -> dict:
    """Differences between two snapshots, the first's keys read as the second's where `key_map` pairs them."""
    rekey = key_map(a, b)

    def k2(key: str | None) -> str | None:
        return rekey.get(key, key) if key else key

    ca = {k2(k): v for k, v in a["concepts"].items()}
    cb = b["concepts"]
    mapped = {rel: {(row[0], *map(k2, row[1:])) for row in a[rel]} for rel in ("mentions", "proposes")}
    mapped["results"] = {(*r[:3], *map(k2, r[3:])) for r in a["results"]}
    both = ca.keys() & cb.keys()
    out: dict = {
        "concepts": (len(ca), len(cb)),
        "keys_kept_otherwise": sorted(rekey.items()),
        "keys_only_first": sorted(ca.keys() - cb.keys()),
        "keys_only_second": sorted(cb.keys() - ca.keys()),
        "names": sorted(k for k in both if ca[k][0] != cb[k][0]),
        "kinds": sorted(k for k in both if ca[k][1] != cb[k][1]),
        "aliases": sorted(k for k in both if ca[k][2] != cb[k][2]),
        "paper_counts": sorted(k for k in both if ca[k][3] != cb[k][3]),
    }
    for rel in ("mentions", "proposes", "results"):
        out[rel] = (len(mapped[rel]), len(b[rel]), len(mapped[rel] - b[rel]), len(b[rel] - mapped[rel]))
    out["examples"] = {
        "keys_kept_otherwise": out["keys_kept_otherwise"][:show],
        "names": [(k, ca[k][0], cb[k][0]) for k in out["names"][:show]],
        "kinds": [(k, ca[k][1], cb[k][1]) for k in out["kinds"][:show]],
        "aliases": [(k, sorted(set(ca[k][2]) ^ set(cb[k][2]))) for k in out["aliases"][:show]],
        "paper_counts": [(k, ca[k][3], cb[k][3]) for k in out["paper_counts"][:show]],
        "keys_only_first": [(k, ca[k][0], ca[k][3]) for k in out["keys_only_first"][:show]],
        "keys_only_second": [(k, cb[k][0], cb[k][3]) for k in out["keys_only_second"][:show]],
        "mentions_only_first": sorted(mapped["mentions"] - b["mentions"])[:show],
        "mentions_only_second": sorted(b["mentions"] - mapped["mentions"])[:show],
        "proposes_only_first": sorted(mapped["proposes"] - b["proposes"])[:show],
        "proposes_only_second": sorted(b["proposes"] - mapped["proposes"])[:show],
    }
    return out


def summary_lines(title: str, d: dict) -> list[str]:
    """Markdown lines of one comparison."""
    lines = [f"### {title}", "", "| what | count |", "|---|---|"]
    lines.append(f"| concepts | {d['concepts'][0]} / {d['concepts'][1]} |")
    for what in (
        "keys_kept_otherwise",
        "keys_only_first",
        "keys_only_second",
        "names",
        "kinds",
        "aliases",
        "paper_counts",
    ):
        lines.append(f"| {what.replace('_', ' ')} | {len(d[what])} |")
    for rel in ("mentions", "proposes", "results"):
        n1, n2, only1, only2 = d[rel]
        lines.append(f"| {rel} (first / second / only first / only second) | {n1} / {n2} / {only1} / {only2} |")
    lines.append("")
    for what, rows in d["examples"].items():
        if rows:
            lines.append(f"- {what}: " + "; ".join(repr(r) for r in rows))
    lines.append("")
    return lines


def differences(d: dict) -> int:
    """One number: concepts on one side only, names, kinds and aliases that differ, and edges on one side only
    (a concept kept under another key is no difference: keys are stable as a store grows)."""
    n = sum(len(d[w]) for w in ("keys_only_first", "keys_only_second", "names", "kinds", "aliases"))
    return n + sum(d[rel][2] + d[rel][3] for rel in ("mentions", "proposes", "results"))


def _nonzero(counts: dict) -> dict:
    return {k: v for k, v in counts.items() if v}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", choices=("seed", "acl"))
    parser.add_argument("--n", type=int, default=3000, help="ACL abstracts drawn (acl only)")
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--year", type=int, default=2022, help="the last year of A (acl only)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dir", default="/tmp/paperkg-incremental", help="scratch directory (emptied)")
    parser.add_argument("--write", action="store_true", help="write benchmarks/results/incremental_<corpus>.md")
    args = parser.parse_args()

    work = Path(args.dir)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    if args.corpus == "seed":
        part_a, part_b = seed_split()
    else:
        part_a, part_b = acl_split(work / "input", args.n, args.seed, args.year)
    whole, added, full = (str(work / f"{name}.lbdb") for name in ("whole", "added", "added_full"))

    refreshes: list[tuple[float, float, dict]] = []  # (seconds, CPU seconds, counts) of each build's refresh

    def timed_refresh(st, keys=None):
        t, cpu = time.perf_counter(), time.process_time()
        counts = refresh_concepts(st, keys)
        refreshes.append((time.perf_counter() - t, time.process_time() - cpu, counts))
        return counts

    build_graph.refresh_concepts = timed_refresh
    t0 = time.perf_counter()
    api.build([*part_a, *part_b], store=whole, workers=args.workers)
    t_whole = time.perf_counter() - t0
    t0 = time.perf_counter()
    api.build(part_a, store=added, workers=args.workers)
    t_a = time.perf_counter() - t0
    t0 = time.perf_counter()
    api.build(part_b, store=added, workers=args.workers)
    t_b = time.perf_counter() - t0
    first = compare(snapshot(whole), snapshot(added))

    for suffix in ("", ".wal", ".cache"):
        if Path(added + suffix).is_dir():
            shutil.copytree(added + suffix, full + suffix)
        elif Path(added + suffix).exists():
            shutil.copy(added + suffix, full + suffix)
    t0, cpu0 = time.perf_counter(), time.process_time()
    with open_store(full) as st:
        counts = refresh_concepts(st)
    t_full, cpu_full = time.perf_counter() - t0, time.process_time() - cpu0
    second = compare(snapshot(whole), snapshot(full))

    times = (
        f"Wall clock (a shared machine: compare within one run): whole build {t_whole:.1f} s; A alone {t_a:.1f} s; "
        f"B added {t_b:.1f} s ({t_b / t_whole:.2f} of the whole build); a full refresh after it {t_full:.1f} s "
        f"({t_full / t_whole:.2f} of the whole build, {cpu_full:.1f} CPU s) changing {_nonzero(counts)}.\n\n"
        "Refreshes inside the builds (whole, A, B added; wall / CPU seconds): "
        + "; ".join(f"{t:.1f} / {c:.1f} s {_nonzero(n)}" for t, c, n in refreshes)
    )
    lines = [
        f"## incremental vs whole: {args.corpus}"
        + (f" (n={args.n}, seed={args.seed}, A <= {args.year})" if args.corpus == "acl" else ""),
        "",
        f"A: {', '.join(Path(p).name for p in part_a)}; B: {', '.join(Path(p).name for p in part_b)}",
        "",
        times,
        "",
        f"differences (keys, names, kinds, aliases, one-sided edges): whole vs added {differences(first)}, "
        f"whole vs added+full {differences(second)}",
        "",
        *summary_lines("whole (first) vs added (second)", first),
        *summary_lines("whole (first) vs added + one full refresh (second)", second),
    ]
    text = "\n".join(lines)
    print(text)
    if args.write:
        out = ROOT / "benchmarks" / "results" / f"incremental_{args.corpus}.md"
        out.write_text(text + "\n", encoding="utf-8")
        print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
