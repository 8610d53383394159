"""Extraction speed: abstracts per second with 1 and 2 processes, beside spaCy's
blank English tokenizer alone on the same text, in the same run.

    .venv/bin/python benchmarks/extract_speed.py [--n 20000] [--corpus ../shared/corpus]

The corpus is repeated (streamed, never held as a corpus-sized list) until
--n abstracts; each Paper gets its own id so nothing is deduplicated. Peak
RSS is reported for this process and for its worker processes.
"""

from __future__ import annotations

import argparse
import itertools
import platform
import resource
import sys
import time
from dataclasses import replace
from pathlib import Path

import spacy

from paperkg.extract import extract_papers, load_pipeline
from paperkg.sources import read_papers


def repeated(papers: list, n: int):
    for i, p in zip(range(n), itertools.cycle(papers)):
        yield replace(p, id=f"{p.id}-{i}")


def rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def timed(label: str, n: int, fn) -> float:
    start = time.perf_counter()
    count = fn()
    secs = time.perf_counter() - start
    assert count == n, (label, count, n)
    rate = n / secs
    print(f"| {label} | {n} | {secs:.1f} | {rate:,.0f} |", flush=True)
    return rate


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000, help="abstracts per run (default 20000)")
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "corpus"))
    ap.add_argument("--batch-size", type=int, default=64)
    a = ap.parse_args(argv)
    base = list(read_papers([a.corpus]))
    words = sum(len(p.text.split()) for p in base) / len(base)
    print(f"corpus: {len(base)} papers from {a.corpus}, {words:.0f} words each on average, repeated to {a.n}")
    print(
        f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}, spaCy {spacy.__version__}\n"
    )
    print("| run | abstracts | seconds | abstracts/s |")
    print("|---|---|---|---|")
    blank = spacy.blank("en")
    tok = timed(
        "spaCy blank('en') tokenizer only, 1 process",
        a.n,
        lambda: sum(1 for _ in blank.tokenizer.pipe((p.text for p in repeated(base, a.n)), batch_size=1000)),
    )
    load_pipeline()  # build once outside the timed runs (workers build their own)
    r1 = timed(
        "paperkg extract_papers, n_process=1",
        a.n,
        lambda: sum(1 for _ in extract_papers(repeated(base, a.n), n_process=1, batch_size=a.batch_size)),
    )
    r2 = timed(
        "paperkg extract_papers, n_process=2",
        a.n,
        lambda: sum(1 for _ in extract_papers(repeated(base, a.n), n_process=2, batch_size=a.batch_size)),
    )
    print(f"\nratio to tokenizer-only rate: 1 process {r1 / tok:.3f}, 2 processes {r2 / tok:.3f}")
    print(
        f"peak RSS: main process {rss_mb(resource.RUSAGE_SELF):.0f} MB, largest worker {rss_mb(resource.RUSAGE_CHILDREN):.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
