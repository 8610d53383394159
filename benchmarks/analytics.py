"""Time every analytics command at 10k, 30k and 100k papers, and how it grows.

    .venv/bin/python benchmarks/analytics.py                     # 10k, 30k, 100k
    .venv/bin/python benchmarks/analytics.py --sizes 10000 --out -
    .venv/bin/python benchmarks/analytics.py --store build/bench-10000/bulk.lbdb   # a real store too

Each command runs through its paperkg.api function, exactly as the CLI calls
it, on a synthetic graph held in memory (the api's store is swapped for
`MemoryStore`, which answers the same reads from the synthetic GraphData), so
a time is everything the command does after its reads: building its
projection, the analytic, and shaping the rows. `--store` also times every
command end to end on a real store (the old `read_graph` row is the whole
graph's bulk read, which the commands no longer do). Each size runs in its own
process, so peak memory is per size.

Peak memory of the analytics and view commands on a real store, each in its
own process, is the `analytics` and `view` stages of benchmarks/pipeline.py
(`--resume --stages analytics,view --work DIR` for a store in DIR/bulk.lbdb).

The synthetic graph (``synthetic_data``) has the shape of extracted ML
abstracts: about 10 concepts a paper; reused concepts (0.3 per paper) with
Zipf popularity (exponent 1.1), so a few hubs appear in a large share of papers
and most concepts in a handful; one new method a paper (the long tail); topics
(80 % of a paper's concepts come from its topic, so there are communities);
dates over two years; four papers in ten report one to three results.

Choices that keep every command under 60 s at 100k papers on 2 cores (see
src/paperkg/analytics and benchmarks/results/analytics.md):
- rank/communities drop concept pairs sharing a single paper above 20k papers
  (api.LARGE_GRAPH_PAPERS): 2.78M -> 0.46M co-occurrence edges at 100k;
- betweenness is exact while n x (n + m) fits 10M edge visits, else sampled with as many pivots as fit
  (16 to 500), seeded;
- gaps score the 2,000 most-linked subjects and datasets (paths through all);
- projections run with the cyclic garbage collector paused.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from paperkg.model import GraphData  # noqa: E402

KIND_SHARE = {"Method": 0.42, "Model": 0.25, "Dataset": 0.17, "Metric": 0.07, "Task": 0.09}
SIZES = (10_000, 30_000, 100_000)


def synthetic_data(n_papers: int, *, seed: int = 0) -> GraphData:
    """A deterministic synthetic graph of `n_papers` papers (same seed, same graph)."""
    rng = np.random.default_rng(seed)
    topics = max(5, n_papers // 2000)
    n_shared = max(200, int(n_papers * 0.3))
    kinds = rng.choice(list(KIND_SHARE), size=n_shared, p=list(KIND_SHARE.values()))
    topic_of = rng.integers(0, topics, size=n_shared)
    topic_of[:50] = -1  # the hubs belong to no topic
    weight = 1.0 / np.arange(1, n_shared + 1) ** 1.1
    glob_cdf = np.cumsum(weight) / weight.sum()
    per_topic = []
    for t in range(topics):
        idx = np.flatnonzero(topic_of == t)
        per_topic.append((idx, np.cumsum(weight[idx]) / weight[idx].sum()))

    concepts = [
        {"key": f"{k}:c{i}", "name": f"{k} concept {i}", "kind": str(k), "aliases": [f"C{i}"], "paper_count": 0}
        for i, k in enumerate(kinds)
    ]
    papers, mentions, proposes, results = [], [], [], []
    sizes = rng.poisson(9, size=n_papers) + 1
    paper_topic = rng.integers(0, topics, size=n_papers)
    days = rng.integers(0, 730, size=n_papers)
    start = np.datetime64("2024-01-01")
    counts = np.zeros(n_shared, dtype=np.int64)
    for p in range(n_papers):
        pid = f"{2401 + p % 12:04d}.{p:05d}"
        date = str(start + days[p])
        papers.append(
            {"id": pid, "title": f"Paper {p}", "published": date, "listed_on": [date], "url": "", "arxiv_id": pid}
        )
        k = int(sizes[p])
        idx, cdf = per_topic[paper_topic[p]]
        local = idx[np.minimum(np.searchsorted(cdf, rng.random(int(k * 0.8))), len(idx) - 1)] if len(idx) else []
        glob = np.minimum(np.searchsorted(glob_cdf, rng.random(k - len(local))), n_shared - 1)
        chosen = sorted(set(np.concatenate([local, glob]).astype(int).tolist()))
        new_key = f"Method:new{p}"
        concepts.append(
            {"key": new_key, "name": f"NewMethod{p}", "kind": "Method", "aliases": [f"NM{p}"], "paper_count": 1}
        )
        proposes.append({"paper_id": pid, "concept_key": new_key})
        counts[chosen] += 1
        for key in [concepts[i]["key"] for i in chosen] + [new_key]:
            ev = json.dumps([{"sentence": f"Paper {p} uses {key}.", "start": 0, "end": 5}])
            mentions.append({"paper_id": pid, "concept_key": key, "count": 1, "evidence": ev})
        if rng.random() < 0.4:
            datasets = [concepts[i]["key"] for i in chosen if kinds[i] == "Dataset"]
            metrics = [concepts[i]["key"] for i in chosen if kinds[i] == "Metric"]
            for j, d in enumerate(datasets[:3]):
                number = float(np.round(rng.uniform(20, 95), 1))
                results.append(
                    {
                        "id": f"{pid}-r{j}",
                        "paper_id": pid,
                        "value": f"{number}%",
                        "number": number,
                        "unit": "%",
                        "sentence": f"{new_key} reaches {number}% on {d}.",
                        "of_key": new_key,
                        "on_key": d,
                        "metric_key": metrics[0] if metrics else None,
                        "compared_key": None,
                    }
                )
    for i, n in enumerate(counts.tolist()):
        concepts[i]["paper_count"] = n
    concepts = [c for c in concepts if c["paper_count"] > 0]
    return GraphData(papers=papers, concepts=concepts, mentions=mentions, proposes=proposes, results=results)


class MemoryStore:
    """The reads paperkg.reads and paperkg.api make, answered from a GraphData in
    memory: the synthetic sizes time the commands, not a database."""

    engine = "memory"

    def __init__(self, data: GraphData):
        self.data = data
        self.papers = {p["id"]: p for p in data.papers}
        self.by_paper, self.by_concept = {}, {}
        for m in data.mentions:
            self.by_paper.setdefault(m["paper_id"], []).append(m)
            self.by_concept.setdefault(m["concept_key"], []).append(m)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass

    def close(self):
        pass

    def concept_rows(self):
        return self.data.concepts

    def paper_ids(self):
        return sorted(self.papers)

    def paper_count(self):
        return len(self.papers)

    def paper_dates(self):
        return [
            {"id": p["id"], "published": p.get("published"), "listed_on": p.get("listed_on")} for p in self.data.papers
        ]

    def paper_titles(self):
        return [{"id": p["id"], "title": p.get("title"), "arxiv_id": p.get("arxiv_id")} for p in self.data.papers]

    def papers_by_id(self, ids):
        return [self.papers[i] for i in sorted(set(ids)) if i in self.papers]

    def mention_pairs(self, ids=None, *, page=20_000):
        ids = self.paper_ids() if ids is None else list(ids)
        for lo in range(0, len(ids), page):
            yield [
                [m["paper_id"], m["concept_key"], m["count"]]
                for i in ids[lo : lo + page]
                for m in self.by_paper.get(i, ())
            ]

    def concept_mention_pairs(self, keys, *, page=200):
        yield [[m["paper_id"], m["concept_key"], m["count"]] for k in keys for m in self.by_concept.get(k, ())]

    def mention_evidence(self, pairs):
        wanted = set(pairs)
        return [m for p, _ in sorted(wanted) for m in self.by_paper.get(p, ()) if (p, m["concept_key"]) in wanted]

    def rows(self, name, params=None, *, group="read"):
        columns, rows = self.run_read(name, params)
        return [dict(zip(columns, r)) for r in rows]

    def run_read(self, name, params=None):
        params = params or {}
        rows = {
            "results": lambda: self.data.results,
            "proposes": lambda: self.data.proposes,
            "result_links": lambda: [
                {k: r.get(k) for k in ("id", "paper_id", "of_key", "on_key")} for r in self.data.results
            ],
            "paper_results": lambda: [r for r in self.data.results if r["paper_id"] in set(params["ids"])],
            "dataset_results": lambda: [r for r in self.data.results if r["on_key"] in set(params["keys"])],
            "concept_proposers": lambda: [r for r in self.data.proposes if r["concept_key"] in set(params["keys"])],
        }[name]()
        columns = list(rows[0]) if rows else ["id"]
        return columns, [[r.get(c) for c in columns] for r in rows]


def commands(data: GraphData, store=None) -> list[tuple[str, callable]]:
    """Every analytics command as the CLI runs it, on `store` (a path, or a store
    object the api reads as it is), on inputs chosen to be the expensive case:
    the biggest hub's card, a path between two papers' own new methods at the
    two ends of the corpus, the dataset with most results."""
    from paperkg import api

    hub = max(data.concepts, key=lambda c: c["paper_count"])
    datasets = {}
    for r in data.results:
        datasets[r["on_key"]] = datasets.get(r["on_key"], 0) + 1
    busiest = max(sorted(datasets), key=datasets.get) if datasets else hub["key"]
    first, last = data.proposes[0]["concept_key"], data.proposes[-1]["concept_key"]
    paper = data.papers[0]["id"]
    return [
        ("rank (pagerank)", lambda: api.rank_concepts(store)),
        ("rank --measure degree", lambda: api.rank_concepts(store, measure="degree")),
        ("rank --measure betweenness", lambda: api.rank_concepts(store, measure="betweenness")),
        ("communities", lambda: api.communities(store)),
        ("trends", lambda: api.trends(store)),
        ("trends --period quarter", lambda: api.trends(store, period="quarter")),
        ("similar PAPER", lambda: api.similar_papers(paper, store=store)),
        ("path A B", lambda: api.concept_path(first, last, store=store)),
        ("gaps", lambda: api.gaps(store)),
        ("concept HUB", lambda: api.concept_card(hub["key"], store=store)),
        ("leaderboard DATASET", lambda: api.leaderboard(busiest, store=store)),
    ]


def timed(fn) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def run_size(n: int) -> dict:
    """One size, in this process: generate, then time every command."""
    t = time.perf_counter()
    data = synthetic_data(n)
    generate = time.perf_counter() - t
    memory = MemoryStore(data)  # the api reads a store object as it is: no database, no cache
    out = {
        "papers": n,
        "concepts": len(data.concepts),
        "mentions": len(data.mentions),
        "results": len(data.results),
        "generate_s": round(generate, 1),
        "commands": {},
    }
    for name, fn in commands(data, memory):
        wall, cpu = timed(fn)
        out["commands"][name] = {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2)}
        print(f"  {n:>7,} {name:<28} {wall:6.1f} s wall {cpu:6.1f} s cpu", file=sys.stderr, flush=True)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


def run_store(store: str) -> dict:
    """The whole-graph bulk read (for scale) and every command end to end on a real store."""
    from paperkg import api

    open_store = api.open_store

    def read():
        with open_store(store, read_only=True) as st:
            return st.read_graph()

    wall, cpu = timed(read)
    data = read()
    out = {
        "store": store,
        "papers": len(data.papers),
        "concepts": len(data.concepts),
        "mentions": len(data.mentions),
        "results": len(data.results),
        "read_graph": {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2)},
        "commands": {},
    }
    for name, fn in commands(data, store):
        wall, cpu = timed(fn)
        out["commands"][name] = {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2)}
        print(f"  store {name:<28} {wall:6.1f} s wall", file=sys.stderr, flush=True)
    return out


def growth(results: list[dict]) -> dict:
    """Exponent b of time ~ papers^b between the smallest and largest size."""
    if len(results) < 2:
        return {}
    a, b = results[0], results[-1]
    span = math.log(b["papers"] / a["papers"])
    return {
        name: round(math.log(max(b["commands"][name]["cpu_s"], 0.01) / max(t["cpu_s"], 0.01)) / span, 2)
        for name, t in a["commands"].items()
    }


def markdown(results: list[dict], store: dict | None, argv: list[str]) -> str:
    load = os.getloadavg()[0]
    lines = [
        "# Analytics: every command at 10k, 30k and 100k papers",
        "",
        f"Command: `.venv/bin/python benchmarks/analytics.py {' '.join(argv)}`".rstrip() + "",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"1-minute load average at the end {load:.1f} (other sessions share the machine: wall times include "
        "waiting for a core; CPU time is the work itself).",
    ]
    if results:
        lines += _synthetic_section(results)
    if store:
        lines += [
            "",
            f"End to end on `{store['store']}` ({store['papers']:,} papers, {store['concepts']:,} concepts, "
            f"{store['mentions']:,} mentions): read_graph {store['read_graph']['wall_s']} s wall, "
            f"{store['read_graph']['cpu_s']} s CPU (no command reads it any more). Each command below "
            "includes its own reads.",
            "",
            "| command | wall s | cpu s |",
            "|---|---|---|",
        ]
        for name, t in store["commands"].items():
            lines.append(f"| {name} | {t['wall_s']} | {t['cpu_s']} |")
    return "\n".join(lines) + "\n"


def _synthetic_section(results: list[dict]) -> list[str]:
    lines = [
        "",
        "Time of each command after the bulk read (projection + analytic + rows), on the synthetic graph of "
        "`synthetic_data` in benchmarks/analytics.py; wall / CPU seconds.",
        "",
        "| command | " + " | ".join(f"{r['papers']:,} papers" for r in results) + " | growth b (t ~ n^b) |",
        "|---|" + "---|" * len(results) + "---|",
    ]
    b = growth(results)
    for name in results[0]["commands"]:
        cells = [f"{r['commands'][name]['wall_s']:.1f} / {r['commands'][name]['cpu_s']:.1f}" for r in results]
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {b.get(name, '')} |")
    lines += [
        "",
        "| graph | " + " | ".join(f"{r['papers']:,}" for r in results) + " |",
        "|---|" + "---|" * len(results),
    ]
    for key in ("concepts", "mentions", "results", "peak_rss_mb"):
        lines.append(f"| {key} | " + " | ".join(f"{r[key]:,}" for r in results) + " |")
    lines += [
        "",
        "Notes:",
        "- Budget: every command under 60 s at 100k papers on this 2-core machine. The worst above is the 100k "
        "column; a whole command adds its reads (the `--store` table; benchmarks/pipeline.py for memory).",
        "- rank and communities build the co-occurrence graph without pairs that share a single paper above "
        "20k papers (`api.LARGE_GRAPH_PAPERS`): 2.78M edges become 0.46M at 100k, which is why 30k can be "
        "faster than 10k for them.",
        "- betweenness is exact while n x (n + m) <= 10M edge visits, else sampled with 10M / (n + m) "
        "pivots (16 to 500), seeded; that is 28 pivots at 10k papers and 20 at 100k (27,791 connected concepts, 459,601 edges).",
        "- gaps score the 2,000 most-linked methods/models and datasets (paths through all of them).",
        "- projections and the bulk read run with Python's cyclic GC paused (half the CPU of a projection).",
        "- growth b compares CPU time at the smallest and largest size.",
    ]
    return lines


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=list(SIZES), help="synthetic sizes (none: only --store)")
    ap.add_argument("--store", help="also time read_graph and every command on this store")
    ap.add_argument(
        "--out",
        default=str(ROOT / "benchmarks" / "results" / "analytics.md"),
        help="markdown report path ('-' for stdout only)",
    )
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: one size in a child process
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(run_size(args.one)))
        return 0
    results = []
    for n in args.sizes:
        child = subprocess.run(
            [sys.executable, __file__, "--one", str(n)], stdout=subprocess.PIPE, text=True, check=True
        )
        results.append(json.loads(child.stdout.strip().splitlines()[-1]))
    store = run_store(args.store) if args.store else None
    report = markdown(results, store, argv)
    print(report)
    if args.out != "-":
        Path(args.out).write_text(report, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
