"""Instructions per abstract of extraction, counted by callgrind: one pass over the seed abstracts after a
warm-up pass, the counted pass alone (the load of a shared machine does not move it, as it moves wall time).

    .venv/bin/python benchmarks/extract_callgrind.py [--src src] [--components K] [--corpus ../shared/corpus]

Needs valgrind and its headers (Debian: `apt-get install valgrind`) and a C compiler: a two-function library
(written to a temporary directory and built with `cc`) starts and stops callgrind's count from Python through
ctypes. `--components K` runs the tokenizer and the first K pipeline components only (no records): the
difference between K and K-1 is component K's share; without it, every component and `doc_to_extraction`.
`PYTHONHASHSEED=0`, so sets iterate alike from run to run (two runs of one commit differed by 0.05-0.1% at stop 39).
The stops' tables in benchmarks/results/extract_speed.md were counted this way (stop 39 on). The last line says
which build was counted (pure Python or compiled; see benchmarks/extract_speed.py).
"""

from __future__ import annotations

import argparse
import ctypes
import os
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

_CONTROL = """#include <valgrind/callgrind.h>
void cg_start(void) { CALLGRIND_START_INSTRUMENTATION; CALLGRIND_ZERO_STATS; }
void cg_stop(void) { CALLGRIND_DUMP_STATS; CALLGRIND_STOP_INSTRUMENTATION; }
"""


def counted_pass(corpus: str, components: int | None, control: str) -> int:
    """Inside valgrind: a warm-up pass over the corpus, then the counted pass (new ids, as a new corpus would)."""
    lib = ctypes.CDLL(control)
    from paperkg.extract import _fewer_collections, doc_to_extraction, load_pipeline
    from paperkg.extract.pipeline import COMPONENTS
    from paperkg.sources import read_papers

    papers = list(read_papers([corpus]))
    nlp = load_pipeline()
    from extract_speed import extractor_build  # this file's directory is sys.path[0]

    print(f"extractor build: {extractor_build()}")
    disabled = [] if components is None else list(COMPONENTS[components:])

    def run(tag: str) -> int:
        batch = [replace(p, id=f"{p.id}-{tag}") for p in papers]

        def feed():
            for p in batch:
                doc = nlp.make_doc(p.text)
                doc._.paperkg_text = p.text
                yield doc, p

        n = 0
        with nlp.select_pipes(disable=disabled), _fewer_collections():
            if tag == "count":
                lib.cg_start()
            for doc, p in nlp.pipe(feed(), as_tuples=True, batch_size=64):
                if components is None:
                    doc_to_extraction(doc, p.id, p.raw_title, p.text)
                n += 1
            if tag == "count":
                lib.cg_stop()
        return n

    run("warm")
    return run("count")


def main(argv=None) -> int:
    root = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--src", default=str(root / "src"), help="the source tree to count (e.g. a `git archive` of a commit)"
    )
    ap.add_argument("--corpus", default=str(root.parent / "shared" / "corpus"))
    ap.add_argument("--components", type=int, default=None, help="run the first K pipeline components only")
    ap.add_argument("--inside", default=None, help=argparse.SUPPRESS)  # the control library, under valgrind
    a = ap.parse_args(argv)
    if a.inside:
        print(counted_pass(a.corpus, a.components, a.inside))
        return 0
    if not (Path(a.src) / "paperkg" / "__init__.py").is_file():
        # a tree's root instead of its src/ would leave PYTHONPATH without the package and count the installed one
        ap.error(f"--src {a.src}: no paperkg package in it (give the tree's src directory)")
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "cgctl.c").write_text(_CONTROL)
        control = str(Path(tmp) / "libcgctl.so")
        subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-o", control, str(Path(tmp) / "cgctl.c")], check=True)
        out = str(Path(tmp) / "callgrind.out")
        cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}"]
        cmd += [sys.executable, __file__, "--inside", control, "--corpus", a.corpus]
        cmd += [] if a.components is None else ["--components", str(a.components)]
        env = {**os.environ, "PYTHONPATH": a.src, "PYTHONHASHSEED": "0"}
        run = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
        n = int(run.stdout.split()[-1])
        build = next((line for line in run.stdout.splitlines() if line.startswith("extractor build:")), "")
        dumps = [p for p in Path(tmp).iterdir() if p.name.startswith("callgrind.out") and p.name.endswith(".1")]
        total = next(
            int(line.split()[1])
            for line in dumps[0].read_text().splitlines()
            if line.startswith(("summary:", "totals:"))
        )
    what = "all components and records" if a.components is None else f"tokenizer + {a.components} components"
    print(f"{a.src}: {what}: {total:,} instructions over {n} abstracts, {total / n / 1e6:.3f} M an abstract")
    print(build)
    return 0


if __name__ == "__main__":
    sys.exit(main())
