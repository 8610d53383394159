"""Bulk-load throughput of each engine through paperkg's own write statements.

A synthetic graph of 100,000 papers, 30,000 concepts and 1,000,000 MENTIONS
(10 distinct concepts a paper, long-tailed popularity) is written into a fresh
LadybugDB file and a fresh Neo4j database with the statements a build and a
sync use (cypher/write/upsert_papers, upsert_concepts, create_mentions:
`UNWIND $rows ... MERGE/CREATE`), `--batch-size` rows per transaction.
Reported: seconds and rows/s per phase; relationships/s for MENTIONS.

    .venv/bin/python benchmarks/load.py                       # both engines, full size
    .venv/bin/python benchmarks/load.py --papers 10000 --engines neo4j --batch-size 5000

Neo4j: the script starts its own throwaway server with scripts/neo4j-server.sh
(NEO4J_HEAP/NEO4J_PAGECACHE default to 2g here), so it never clears a database
you care about; pass --neo4j-uri with --clear-neo4j to use a running one.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SCRIPT = ROOT / "scripts" / "neo4j-server.sh"
KINDS = ["Method", "Model", "Dataset", "Metric", "Task"]


def synthetic(n_papers: int, n_concepts: int, per_paper: int, seed: int = 0):
    """Papers, concepts and MENTIONS rows in the shape the write statements take."""
    rng = np.random.default_rng(seed)
    weight = 1.0 / np.arange(1, n_concepts + 1) ** 1.1
    draws = rng.choice(n_concepts, size=(n_papers, per_paper * 2), p=weight / weight.sum())
    concepts = [
        {"key": f"{KINDS[i % 5]}:c{i}", "name": f"concept {i}", "kind": KINDS[i % 5], "aliases": [f"C-{i}"]}
        for i in range(n_concepts)
    ]
    papers, mentions = [], []
    for p in range(n_papers):
        pid = f"2401.{p:06d}"
        papers.append(
            {
                "id": pid,
                "title": f"Paper {p} on concept {draws[p, 0]}",
                "abstract": f"We study concept {draws[p, 0]} and more. " * 8,
                "raw_title": f"Paper {p}",
                "published": f"2024-{1 + p % 12:02d}-{1 + p % 28:02d}",
                "listed_on": [f"2024-{1 + p % 12:02d}-01"],
                "source": "synthetic",
                "url": "",
                "arxiv_id": pid,
                "content_hash": f"{p:016x}",
            }
        )
        chosen = list(dict.fromkeys(int(c) for c in draws[p]))[:per_paper]
        while len(chosen) < per_paper:  # top up rows whose draws repeated a hub
            c = int(rng.integers(n_concepts))
            if c not in chosen:
                chosen.append(c)
        for c in chosen:
            ev = json.dumps([{"sentence": f"Concept {c} appears in paper {p}.", "start": 0, "end": 9}])
            mentions.append(
                {"paper_id": pid, "concept_key": concepts[c]["key"], "count": 1 + (p + c) % 3, "evidence": ev}
            )
    return papers, concepts, mentions


def load(store, papers, concepts, mentions, batch_size: int) -> dict:
    phases = {}
    for phase, name, rows in (
        ("papers", "upsert_papers", papers),
        ("concepts", "upsert_concepts", concepts),
        ("mentions", "create_mentions", mentions),
    ):
        t = time.perf_counter()
        store.write_rows(name, rows, batch_size=batch_size)
        secs = time.perf_counter() - t
        phases[phase] = {"rows": len(rows), "seconds": round(secs, 2), "rows_per_s": round(len(rows) / secs)}
        print(
            f"  {store.engine} {phase}: {len(rows):,} rows in {secs:.1f} s ({len(rows) / secs:,.0f}/s)", file=sys.stderr
        )
    counts = store.counts()
    assert counts["Paper"] == len(papers) and counts["rel:MENTIONS"] == len(mentions), counts
    total = sum(p["seconds"] for p in phases.values())
    return {"phases": phases, "total_seconds": round(total, 2), "rels_per_s": phases["mentions"]["rows_per_s"]}


def run_ladybug(data, batch_size: int, workdir: Path) -> dict:
    from paperkg.store.ladybug import LadybugStore

    with LadybugStore(workdir / "bench.lbdb") as st:
        return load(st, *data, batch_size)


def run_neo4j(data, batch_size: int, workdir: Path, uri: str | None, clear: bool) -> dict:
    from paperkg.store.neo4j import Neo4jStore

    env = {
        **os.environ,
        "NEO4J_STATE_DIR": str(workdir / "neo4j-state"),
        "PYTHON": sys.executable,
        "NEO4J_HEAP": os.environ.get("NEO4J_HEAP", "2g"),
        "NEO4J_PAGECACHE": os.environ.get("NEO4J_PAGECACHE", "2g"),
    }
    started = None
    if uri is None:
        started = subprocess.run([str(SCRIPT), "start"], env=env, capture_output=True, text=True)
        if started.returncode != 0:
            sys.exit(f"could not start Neo4j:\n{started.stderr}")
        exports = dict(l[7:].split("=", 1) for l in started.stdout.splitlines() if l.startswith("export "))
        uri, user, password = exports["NEO4J_URI"], exports["NEO4J_USERNAME"], exports["NEO4J_PASSWORD"]
    else:
        user, password = os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ.get("NEO4J_PASSWORD")
    try:
        with Neo4jStore.connect(uri, user=user, password=password) as st:
            if st.counts().get("Paper") and not clear:
                sys.exit(f"{uri} is not empty; pass --clear-neo4j to delete everything in it first")
            st.clear()
            return load(st, *data, batch_size)
    finally:
        if started is not None:
            subprocess.run([str(SCRIPT), "stop"], env=env, capture_output=True, text=True)


def rust_available() -> bool:
    """Whether the driver packs Bolt messages with the neo4j-rust-ext extension (pip install neo4j-rust-ext)."""
    try:
        from neo4j._codec.packstream import RUST_AVAILABLE
    except ImportError:
        return False
    return bool(RUST_AVAILABLE)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--papers", type=int, default=100_000)
    ap.add_argument("--concepts", type=int, default=30_000)
    ap.add_argument("--per-paper", type=int, default=10, help="MENTIONS per paper")
    ap.add_argument("--batch-size", type=int, default=10_000, help="rows per UNWIND transaction")
    ap.add_argument("--engines", default="ladybug,neo4j")
    ap.add_argument("--neo4j-uri", default=None, help="use a running server instead of starting one")
    ap.add_argument("--clear-neo4j", action="store_true", help="allow deleting everything in --neo4j-uri")
    ap.add_argument("--json", action="store_true", help="print the results as JSON on stdout")
    args = ap.parse_args()

    t = time.perf_counter()
    data = synthetic(args.papers, args.concepts, args.per_paper)
    print(
        f"generated {len(data[0]):,} papers, {len(data[1]):,} concepts, {len(data[2]):,} mentions "
        f"in {time.perf_counter() - t:.1f} s",
        file=sys.stderr,
    )
    results = {
        "papers": args.papers,
        "concepts": args.concepts,
        "mentions": len(data[2]),
        "batch_size": args.batch_size,
        "neo4j_rust_ext": rust_available(),
        "load_average_before": os.getloadavg()[0],
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "engines": {},
    }
    with tempfile.TemporaryDirectory(prefix="paperkg-load-") as tmp:
        for engine in args.engines.split(","):
            if engine == "ladybug":
                results["engines"][engine] = run_ladybug(data, args.batch_size, Path(tmp))
            elif engine == "neo4j":
                results["engines"][engine] = run_neo4j(
                    data, args.batch_size, Path(tmp), args.neo4j_uri, args.clear_neo4j
                )
            else:
                sys.exit(f"unknown engine {engine!r} (known: ladybug, neo4j)")
    results["load_average_after"] = os.getloadavg()[0]  # other processes on the machine skew every number
    if args.json:
        json.dump(results, sys.stdout, indent=1)
        print()
    else:
        print(f"{'engine':8} {'papers/s':>10} {'concepts/s':>11} {'MENTIONS rels/s':>16} {'total s':>8}")
        for engine, r in results["engines"].items():
            ph = r["phases"]
            print(
                f"{engine:8} {ph['papers']['rows_per_s']:>10,} {ph['concepts']['rows_per_s']:>11,} "
                f"{r['rels_per_s']:>16,} {r['total_seconds']:>8}"
            )


if __name__ == "__main__":
    main()
