"""End-to-end scale benchmark: every stage of a build, timed, with its peak memory.

    python benchmarks/pipeline.py --papers 10000 --workers 2 \\
        --out benchmarks/results/pipeline-10k.json
    python benchmarks/pipeline.py --corpus ../shared/corpora/acl-anthology/acl_cc_by_44k.jsonl.gz \\
        --stages read,extract,resolve,load,analytics --out benchmarks/results/pipeline-acl44k.json

With --corpus the stages read a real corpus (any format paperkg reads,
compressed or not) instead of the synthetic snapshot, and synth is skipped.

runs, each in its own process so its peak memory is its own:

  synth       write N synthetic snapshot records (benchmarks/synth.py)
  read        stream them through the arXiv reader (two passes: ids, then papers)
  extract     read + spaCy extraction with --workers processes; (paper, extraction)
              pairs are cached to disk for the next stages (one run per --workers
              value); --deadline stops it and the next stages take the prefix
  resolve     cached (paper, extraction) pairs -> ConceptResolver + assemble -> bulk CSV
  load        LadybugDB COPY of the CSV files into a fresh store (store.bulk), in
              chunks of --bulk-chunk-mb MB of CSV a COPY
  load_api    the `paperkg build` write path instead: write_papers in batches of
              config.WRITE_BATCH (UNWIND ... MERGE), into another fresh store
  analytics   `paperkg rank`, `communities` and `trends` through paperkg.api
              (each reads the whole graph, as the commands do), and read_graph alone
  view        `paperkg view concept GPT-4` through paperkg.api
  dask        (opt-in) paperkg.distributed on a LocalCluster of --workers
              processes: extraction + resolution to bulk CSV in one go

Peak memory is the largest sum of RSS over the stage's process and its
children (the spaCy worker processes), sampled every 0.2 s. Results go to a
JSON file; `python benchmarks/pipeline.py --table FILE...` prints them as the
Markdown table of benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import os
import pickle
import platform
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
STAGES = ("synth", "read", "extract", "resolve", "load", "load_api", "analytics", "view", "dask")
DEFAULT_STAGES = ("synth", "read", "extract", "resolve", "load", "analytics", "view")
CHUNK = 1000


def _synth():
    spec = importlib.util.spec_from_file_location("paperkg_bench_synth", HERE / "synth.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- stages (run in a child process) ------------------------------------------


def source(work: Path, args) -> str:
    """What the stages read: the real corpus given with --corpus, else the synthetic snapshot."""
    return str(args.corpus) if args.corpus else str(work / "snapshot.jsonl")


def stage_synth(work: Path, args) -> dict:
    n = _synth().write_corpus(args.papers, work / "snapshot.jsonl", seed=args.seed)
    return {"items": n, "bytes": (work / "snapshot.jsonl").stat().st_size}


def stage_read(work: Path, args) -> dict:
    from paperkg.sources import read_papers

    n = words = 0
    for p in read_papers([source(work, args)]):
        n += 1
        words += p.abstract.count(" ") + 1
    return {"items": n, "words_per_abstract": round(words / max(n, 1), 1)}


def stage_extract(work: Path, args) -> dict:
    from paperkg.extract import extract_papers
    from paperkg.sources import read_papers

    n = entities = results = 0
    t0 = time.perf_counter()
    stopped = False
    papers: list = []  # the papers in flight, to cache (paper, extraction) pairs

    def feed():
        for p in read_papers([source(work, args)]):
            papers.append(p)
            yield p

    with open(work / "extractions.pkl", "wb") as fh:
        stream = extract_papers(feed(), n_process=args.workers, batch_size=64)
        while chunk := list(itertools.islice(stream, CHUNK)):
            if args.deadline and time.time() > args.deadline:
                stopped = True  # out of time: the next stages run on the papers extracted so far
                stream.close()  # spaCy terminates its worker processes
                break
            pairs = list(zip(papers[: len(chunk)], chunk))
            del papers[: len(chunk)]
            pickle.dump(pairs, fh, protocol=pickle.HIGHEST_PROTOCOL)
            fh.flush()
            n += len(chunk)
            entities += sum(len(e.entities) for e in chunk)
            results += sum(len(e.results) for e in chunk)
            if args.progress and n % (CHUNK * 10) == 0:
                print(f"extract: {n} papers, {n / (time.perf_counter() - t0):.0f}/s", file=sys.stderr, flush=True)
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "items": n,
        "workers": args.workers,
        "stopped_at_deadline": stopped,
        # the main process reads, feeds and turns Docs into Extractions; the workers run the pipeline
        "main_cpu_seconds": round(own.ru_utime + own.ru_stime, 1),
        "worker_cpu_seconds": round(kids.ru_utime + kids.ru_stime, 1),
        "entities_per_paper": round(entities / max(n, 1), 2),
        "results_per_paper": round(results / max(n, 1), 2),
    }


def _cached_pairs(work: Path, args):
    """(paper, extraction) pairs in corpus order, from the extract stage's cache.

    The stages after extraction do not read the snapshot again (the read and
    extract stages measure the reader). A cache stopped at a deadline holds a
    prefix of the corpus. Older caches hold bare extractions: zip with the reader.
    """
    from paperkg.sources import read_papers

    def cached():
        with open(work / "extractions.pkl", "rb") as fh:
            while True:
                try:
                    yield from pickle.load(fh)
                except (EOFError, pickle.UnpicklingError):  # the end, or a chunk cut by a killed stage
                    return

    items = cached()
    first = next(items, None)
    if first is None:
        return
    items = itertools.chain([first], items)
    if not isinstance(first, tuple):
        items = zip(read_papers([source(work, args)]), items)
    for paper, ex in items:
        assert paper.id == ex.paper_id
        yield paper, ex


def stage_resolve(work: Path, args) -> dict:
    from paperkg.resolve import ConceptResolver, assemble
    from paperkg.store.bulk import write_graph_csv

    shutil.rmtree(work / "csv", ignore_errors=True)
    resolver = ConceptResolver()
    rows = write_graph_csv((assemble(p, e, resolver) for p, e in _cached_pairs(work, args)), work / "csv")
    return {"items": rows["papers"], "rows": rows, "csv_bytes": sum(f.stat().st_size for f in (work / "csv").iterdir())}


def _fresh_store(path: Path) -> None:
    for p in path.parent.glob(path.name + "*"):
        shutil.rmtree(p) if p.is_dir() else p.unlink()


def stage_load(work: Path, args) -> dict:
    from paperkg.store.bulk import bulk_load
    from paperkg.store.ladybug import LadybugStore

    path = work / "bulk.lbdb"
    _fresh_store(path)
    # COPY builds a table's indexes in the buffer pool: the 1 GiB default of
    # config.BUFFER_POOL_BYTES is full at ~1M MENTIONS rows (100k papers)
    with LadybugStore(path, buffer_pool_bytes=args.bulk_pool_mb * 2**20) as st:
        tables = bulk_load(st, work / "csv", chunk_bytes=args.bulk_chunk_mb * 2**20 or None)
        counts = st.counts()
    rels = sum(n for k, n in counts.items() if k.startswith("rel:"))
    return {
        "items": counts["Paper"],
        "relationships": rels,
        "tables": tables,
        "buffer_pool_mb": args.bulk_pool_mb,
        "chunk_mb": args.bulk_chunk_mb or None,
        "store_bytes": sum(p.stat().st_size for p in work.glob("bulk.lbdb*") if p.is_file()),
    }


def stage_load_api(work: Path, args) -> dict:
    from paperkg import config
    from paperkg.resolve import ConceptResolver, assemble
    from paperkg.store.ladybug import LadybugStore

    path = work / "api.lbdb"
    _fresh_store(path)
    resolver = ConceptResolver()
    writing, per_batch = 0.0, []
    pairs = _cached_pairs(work, args)
    if args.api_limit:
        pairs = itertools.islice(pairs, args.api_limit)
    with LadybugStore(path) as st:
        while batch := list(itertools.islice(pairs, config.WRITE_BATCH)):
            graphs = [assemble(p, e, resolver) for p, e in batch]
            t = time.perf_counter()
            st.write_papers(graphs)
            per_batch.append(time.perf_counter() - t)
            writing += per_batch[-1]
        counts = st.counts()
    rels = sum(n for k, n in counts.items() if k.startswith("rel:"))
    # does a batch get slower as the store grows? mean seconds of the first and last tenth of the batches
    tenth = max(1, len(per_batch) // 10)
    return {
        "items": counts["Paper"],
        "relationships": rels,
        "write_seconds": round(writing, 2),
        "relationships_per_second": round(rels / writing) if writing else None,
        "batch_seconds_first_tenth": round(sum(per_batch[:tenth]) / tenth, 3),
        "batch_seconds_last_tenth": round(sum(per_batch[-tenth:]) / tenth, 3),
    }


def stage_analytics(work: Path, args) -> dict:
    os.environ["PAPERKG_CACHE"] = "0"  # the computation, as the first call after a build pays it
    from paperkg import api
    from paperkg.store.ladybug import LadybugStore

    store = str(work / "bulk.lbdb")
    steps, top = {}, {}
    with LadybugStore(store, read_only=True) as st:  # counts only: the commands read what they need
        counts = st.counts()
    sizes = {
        "papers": counts["Paper"],
        "concepts": sum(n for k, n in counts.items() if k.startswith("Concept")),
        "mentions": counts.get("rel:MENTIONS"),
    }
    for name, call in (
        ("rank", lambda: api.rank_concepts(store)),
        ("communities", lambda: api.communities(store)),
        ("trends", lambda: api.trends(store, period="quarter")),
    ):
        t = time.perf_counter()
        out = call()
        steps[name] = round(time.perf_counter() - t, 2)
        if name == "communities":
            sizes["communities"] = out["count"]
        else:  # what to compare across code versions: the ten first keys
            top[name] = [r["key"] for r in (out if name == "rank" else out["concepts"])[:10]]
    return {"items": sizes["papers"], "steps": steps, "sizes": sizes, "top": top}


def stage_view(work: Path, args) -> dict:
    os.environ["PAPERKG_CACHE"] = "0"
    from paperkg import api

    view = api.view_concept("GPT-4", store=str(work / "bulk.lbdb"), out_dir=work / "views")
    return {
        "items": None,
        "nodes": view.node_count,
        "edges": view.edge_count,
        "neighbourhood": view.total_nodes,
        "html_bytes": len(view.html),
        "file": str(view.path),
    }


def stage_dask(work: Path, args) -> dict:
    from paperkg.distributed import build_import_csv

    shutil.rmtree(work / "dask-csv", ignore_errors=True)
    summary = build_import_csv(
        [source(work, args)], work / "dask-csv", dialect="ladybug", workers=args.workers, lines_per_partition=1000
    )
    return {
        "items": summary.papers,
        "workers": args.workers,
        "partitions": summary.partitions,
        "inner_seconds": summary.seconds,
    }


STAGE_FUNCS = {name: globals()[f"stage_{name}"] for name in STAGES}


# -- driver -------------------------------------------------------------------


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def run_stage(name: str, work: Path, args, extra: list[str] = ()) -> dict:
    """Run one stage in a child process; time it and sample its tree's memory."""
    out = work / f"stage-{name}.json"
    out.unlink(missing_ok=True)
    cmd = [
        sys.executable,
        __file__,
        "--stage",
        name,
        "--work",
        str(work),
        "--papers",
        str(args.papers),
        "--seed",
        str(args.seed),
        *extra,
    ]
    if args.corpus:
        cmd += ["--corpus", str(args.corpus)]
    if args.progress:
        cmd.append("--progress")
    if args.api_limit:
        cmd += ["--api-limit", str(args.api_limit)]
    if args.deadline:
        cmd += ["--deadline", str(args.deadline)]
    cmd += ["--bulk-pool-mb", str(args.bulk_pool_mb), "--bulk-chunk-mb", str(args.bulk_chunk_mb)]
    peak = 0
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    # the stores the api opens (analytics, view) size their buffer pool from this
    env = {**os.environ, "PAPERKG_BUFFER_POOL_MB": os.environ.get("PAPERKG_BUFFER_POOL_MB", str(args.bulk_pool_mb))}
    proc = subprocess.Popen(cmd, env=env)
    ps = psutil.Process(proc.pid)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(ps))
            if args.stage_timeout and time.perf_counter() - started > args.stage_timeout:
                print(f"  {name}: over --stage-timeout {args.stage_timeout} s, killing it", file=sys.stderr)
                for p in [*ps.children(recursive=True), ps]:
                    try:
                        p.kill()
                    except psutil.NoSuchProcess:
                        pass
                return
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    # wait4: the rusage of the stage and every process it waited for (spaCy and
    # Dask workers): CPU seconds stay meaningful when others load the machine
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if code != 0:
        if name != "extract":
            raise SystemExit(f"stage {name} failed with exit code {code}")
        # a killed extraction leaves its cache of whole chunks: the next stages take that prefix
        result = {"failed": True, "exit_code": code}
    else:
        result = json.loads(out.read_text())
    # load average of the machine around the stage: others' work shows up here
    result.update(
        seconds=round(seconds, 2),
        peak_rss_mb=round(peak / 2**20),
        cpu_seconds=round(usage.ru_utime + usage.ru_stime, 2),
        loadavg=[round(load_before, 2), round(os.getloadavg()[0], 2)],
    )
    if result.get("items"):
        result["per_second"] = round(result["items"] / seconds, 1)
        result["per_cpu_second"] = round(result["items"] / max(result["cpu_seconds"], 1e-3), 1)
    return result


def machine() -> dict:
    return {
        "cpus": os.cpu_count(),
        "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
    }


def drive(args) -> dict:
    work = Path(args.work or f"build/bench-{args.papers}")
    work.mkdir(parents=True, exist_ok=True)
    stages = args.stages.split(",") if args.stages else [*DEFAULT_STAGES, *(["load_api"] if args.api_load else [])]
    if args.corpus:
        stages = [s for s in stages if s != "synth"]  # a real corpus is read as it is
    report = {
        "corpus": str(args.corpus) if args.corpus else "synthetic",
        "papers": args.papers,
        "seed": args.seed,
        "workers": args.workers,
        "machine": machine(),
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "stages": {},
    }
    if Path(args.out).exists() and args.resume:
        report = json.loads(Path(args.out).read_text())
    for name in stages:
        if name == "synth" and (work / "snapshot.jsonl").exists() and args.reuse_synth:
            continue
        runs = [str(w) for w in args.workers.split(",")] if name in ("extract", "dask") else [None]
        for w in runs:
            label = f"{name}_w{w}" if w else name
            print(f"[{time.strftime('%H:%M:%S')}] {args.papers} papers: {label} ...", file=sys.stderr, flush=True)
            result = run_stage(name, work, args, ["--workers", w] if w else [])
            report["stages"][label] = result
            print(
                f"  {label}: {result['seconds']} s, peak {result['peak_rss_mb']} MB"
                + (f", {result['per_second']}/s" if "per_second" in result else ""),
                file=sys.stderr,
                flush=True,
            )
            Path(args.out).parent.mkdir(parents=True, exist_ok=True)
            Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    return report


def table(paths: list[str]) -> str:
    """A Markdown table: one row per stage, one column pair per result file."""
    reports = [json.loads(Path(p).read_text()) for p in paths]
    labels = list(dict.fromkeys(s for r in reports for s in r["stages"]))

    def name(r: dict) -> str:
        corpus = r.get("corpus", "synthetic")
        return (
            f"{r['papers']:,} synthetic papers"
            if corpus == "synthetic"
            else f"{r['papers']:,} papers of {Path(corpus).name}"
        )

    head = "| stage | " + " | ".join(f"{name(r)}: wall s / CPU s / peak MB / papers per s" for r in reports) + " |"
    lines = [head, "|---|" + "---|" * len(reports)]
    for s in labels:
        cells = []
        for r in reports:
            x = r["stages"].get(s)
            cells.append(
                f"{x['seconds']} / {x.get('cpu_seconds', '?')} / {x['peak_rss_mb']} / {x.get('per_second', '')}"
                if x
                else "—"
            )
        lines.append(f"| {s} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parsed command-line arguments (bench.py drives the benchmark through these)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--papers", type=int, default=10000)
    ap.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="read this real corpus instead of writing a synthetic one (--papers then only names the run)",
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workers", default="2", help="extraction processes; a list (1,2) runs extract once per value")
    ap.add_argument("--work", help="working directory (default build/bench-N)")
    ap.add_argument("--out", default=None, help="result JSON (default benchmarks/results/pipeline-N.json)")
    ap.add_argument("--stages", help=f"comma-separated subset of {','.join(STAGES)}")
    ap.add_argument("--api-load", action="store_true", help="also time the batched MERGE write path")
    ap.add_argument("--api-limit", type=int, default=0, help="load_api: only the first N papers")
    ap.add_argument("--reuse-synth", action="store_true", help="keep an existing snapshot.jsonl")
    ap.add_argument("--resume", action="store_true", help="add to an existing result file")
    ap.add_argument("--progress", action="store_true")
    ap.add_argument(
        "--deadline",
        type=float,
        default=0,
        help="extract: stop at this Unix time and go on with the papers extracted so far",
    )
    ap.add_argument(
        "--bulk-pool-mb",
        type=int,
        default=6144,
        help="LadybugDB buffer pool of the load stage, and PAPERKG_BUFFER_POOL_MB of the others unless set",
    )
    ap.add_argument(
        "--bulk-chunk-mb",
        type=int,
        default=128,
        help="load: COPY each table in chunks of this many MB of CSV (0: whole tables, as before)",
    )
    ap.add_argument("--stage-timeout", type=float, default=0, help="kill a stage after this many seconds")
    ap.add_argument("--stage", help=argparse.SUPPRESS)
    ap.add_argument("--table", nargs="+", metavar="FILE", help="print result files as a Markdown table")
    args = ap.parse_args(argv)
    args.out = args.out or f"benchmarks/results/pipeline-{args.papers}.json"
    return args


def main(argv: list[str] | None = None) -> int:
    args = main_args(argv)
    if args.table:
        print(table(args.table))
        return 0
    if args.stage:
        args.workers = int(args.workers.split(",")[-1])
        work = Path(args.work)
        result = STAGE_FUNCS[args.stage](work, args)
        (work / f"stage-{args.stage}.json").write_text(json.dumps(result))
        return 0
    drive(args)
    print(table([args.out]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
