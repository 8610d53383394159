"""Extraction speed: abstracts per second with 1 and 2 processes, beside spaCy's
blank English tokenizer alone on the same text, in the same run.

    .venv/bin/python benchmarks/extract_speed.py [--n 20000] [--corpus ../shared/corpus]

The corpus is repeated (streamed, never held as a corpus-sized list) until
--n abstracts; each Paper gets its own id so nothing is deduplicated. Peak
RSS is reported for this process and for its worker processes.

The floor is read as a ratio: the 2-process rate over the tokenizer-only rate.
The tokenizer pass over 8,000 abstracts takes about one second, and one such
timing swings by 25% on a shared 2-core machine (stop 38: 7,733-9,689/s in three
idle runs at one commit), which moved the ratio more than a stop's work. So the
tokenizer-only pass (the same pass as before) is timed several times, in three
slots -- before the 1-process run, between the two runs, after the 2-process
run -- each slot repeating it until the slot has taken --tok-seconds / 3
(at least two passes), and the table's tokenizer row and the ratios use the
median pass; the passes' spread is printed beside it. The extraction runs are
timed once each, as before (each takes several seconds). The first pass runs
with the tokenizer's cache empty (the old single timing was that pass), so it
reads a few percent slower than the rest; the median does not lean on it.

The line "extractor build:" says which build was measured: pure Python, or compiled (the modules of setup.py's
COMPILED_MODULES as mypyc C extensions: `PAPERKG_COMPILE=1 pip install .`, or `make compiled` and
PYTHONPATH=build/compiled/src), read from the files of the paperkg modules the pipeline loaded.
"""

from __future__ import annotations

import argparse
import importlib.machinery
import itertools
import platform
import resource
import statistics
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


def extractor_build() -> str:
    """Which build of the extractor this process runs, from the paperkg modules loaded (the pipeline loads the
    compiled ones lazily: call after load_pipeline): "compiled (...)" when any is a C extension, else "pure Python"."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    files = {
        name: getattr(module, "__file__", None) or ""
        for name, module in list(sys.modules.items())
        if name == "paperkg" or name.startswith("paperkg.")
    }
    where = Path(files.get("paperkg") or ".").parent
    compiled = sorted(name for name, file in files.items() if file.endswith(suffixes))
    if compiled:
        return (
            f"compiled ({len(compiled)} of {len(files)} paperkg modules loaded are C extensions; paperkg from {where})"
        )
    return f"pure Python (none of {len(files)} paperkg modules loaded is a C extension; paperkg from {where})"


def rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def row(label: str, n: int, secs: float) -> None:
    print(f"| {label} | {n} | {secs:.1f} | {n / secs:,.0f} |", flush=True)


def timed(n: int, fn) -> float:
    """Seconds one call of `fn` takes; it must count `n` items."""
    start = time.perf_counter()
    count = fn()
    secs = time.perf_counter() - start
    assert count == n, (count, n)
    return secs


def timed_slot(n: int, fn, seconds: float, out: list) -> None:
    """Time `fn` at least twice and until `seconds` have passed; add each pass's seconds to `out`."""
    spent = 0.0
    passes = 0
    while passes < 2 or spent < seconds:
        secs = timed(n, fn)
        out.append(secs)
        spent += secs
        passes += 1


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000, help="abstracts per run (default 20000)")
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "corpus"))
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument(
        "--tok-seconds",
        type=float,
        default=6.0,
        help="least total time of the tokenizer-only passes, over three slots (default 6)",
    )
    a = ap.parse_args(argv)
    base = list(read_papers([a.corpus]))
    words = sum(len(p.text.split()) for p in base) / len(base)
    print(f"corpus: {len(base)} papers from {a.corpus}, {words:.0f} words each on average, repeated to {a.n}")
    print(
        f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}, spaCy {spacy.__version__}\n"
    )
    blank = spacy.blank("en")

    def tokenize() -> int:
        return sum(1 for _ in blank.tokenizer.pipe((p.text for p in repeated(base, a.n)), batch_size=1000))

    slot = a.tok_seconds / 3
    tok_secs: list[float] = []
    timed_slot(a.n, tokenize, slot, tok_secs)
    load_pipeline()  # build once outside the timed runs (workers build their own)
    s1 = timed(a.n, lambda: sum(1 for _ in extract_papers(repeated(base, a.n), n_process=1, batch_size=a.batch_size)))
    timed_slot(a.n, tokenize, slot, tok_secs)
    s2 = timed(a.n, lambda: sum(1 for _ in extract_papers(repeated(base, a.n), n_process=2, batch_size=a.batch_size)))
    timed_slot(a.n, tokenize, slot, tok_secs)
    tok_mid = statistics.median(tok_secs)
    print(f"extractor build: {extractor_build()}\n")
    print("| run | abstracts | seconds | abstracts/s |")
    print("|---|---|---|---|")
    row(f"spaCy blank('en') tokenizer only, 1 process (median of {len(tok_secs)} passes)", a.n, tok_mid)
    row("paperkg extract_papers, n_process=1", a.n, s1)
    row("paperkg extract_papers, n_process=2", a.n, s2)
    rates = sorted(a.n / secs for secs in tok_secs)
    tok = a.n / tok_mid
    r1, r2 = a.n / s1, a.n / s2
    print(
        f"\ntokenizer-only passes: {len(rates)} in 3 slots (before, between, after the runs), {sum(tok_secs):.1f} s;"
        f" median {tok:,.0f}/s, range {rates[0]:,.0f}-{rates[-1]:,.0f}/s"
        f" ({(rates[-1] - rates[0]) / tok:.0%} of the median); in order: {', '.join(f'{a.n / x:,.0f}' for x in tok_secs)}"
    )
    print(
        f"ratio to tokenizer-only median rate: 1 process {r1 / tok:.3f}, 2 processes {r2 / tok:.3f}"
        f" (2 processes against the fastest and slowest pass: {r2 / rates[-1]:.3f}-{r2 / rates[0]:.3f})"
    )
    print(
        f"peak RSS: main process {rss_mb(resource.RUSAGE_SELF):.0f} MB, largest worker {rss_mb(resource.RUSAGE_CHILDREN):.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
