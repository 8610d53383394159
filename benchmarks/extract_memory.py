"""Does extraction memory stay flat as the input grows? Memory of the main
process and of each worker every --every papers, over a synthetic snapshot.

    .venv/bin/python benchmarks/synth.py 100000 -o build/synth-100k.jsonl
    .venv/bin/python benchmarks/extract_memory.py build/synth-100k.jsonl --n 100000 --workers 2

Reports USS (memory unique to each process) next to RSS: forked workers share
the parent's pages copy-on-write, so a sum of RSS counts those pages once per
process. Papers are read straight from the JSON lines (no reader id index), so
what is measured is the extractor alone.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import time

import psutil

from paperkg.extract import extract_papers
from paperkg.model import Paper


def papers(path: str, n: int):
    with open(path, encoding="utf-8") as fh:
        for line in itertools.islice(fh, n):
            o = json.loads(line)
            yield Paper(o["id"], o["title"], o["abstract"], o["title"], o["abstract"])


def memory() -> list[tuple[str, int, int]]:
    """(role, RSS MB, USS MB) of this process and its children."""
    me = psutil.Process(os.getpid())
    out = []
    for role, p in [("main", me)] + [(f"worker {p.pid}", p) for p in me.children()]:
        try:
            info = p.memory_full_info()
        except psutil.NoSuchProcess:
            continue
        out.append((role, info.rss >> 20, info.uss >> 20))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("snapshot", help="JSON lines with id, title, abstract (benchmarks/synth.py output)")
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--every", type=int, default=10_000)
    a = ap.parse_args()
    print("| papers | seconds | main RSS / USS MB | workers RSS / USS MB |")
    print("|---|---|---|---|")
    start = time.perf_counter()
    for i, _ in enumerate(extract_papers(papers(a.snapshot, a.n), n_process=a.workers), 1):
        if i % a.every == 0:
            rows = memory()
            workers = ", ".join(f"{r} / {u}" for role, r, u in rows[1:]) or "-"
            print(
                f"| {i:,} | {time.perf_counter() - start:.0f} | {rows[0][1]} / {rows[0][2]} | {workers} |", flush=True
            )


if __name__ == "__main__":
    main()
