"""Interactive analytics at 44k real papers: every command uncached, cold and warm, in one run.

    nice -n 5 .venv/bin/python benchmarks/interactive.py \\
        --corpus ../shared/corpora/acl-anthology/acl_cc_by_44k.jsonl.gz \\
        --out benchmarks/results/interactive-44k

builds the graph once (`paperkg build --workers 2`; `--reuse` keeps a built
one), then runs each analytics command as a user does, one `paperkg`
process per call:

  uncached  PAPERKG_CACHE=0: the path before the cache (reads the store, builds the projection)
  cold      the cache emptied first: the first call after a build or remove
  warm      the same call again

and records wall and CPU seconds (the process and what it waited for) with
the machine's load average, in OUT.json and a Markdown table OUT.md. The
targets: warm under 2 s, cold under 10 s. It also writes OUT-trends.md: the
rising concepts of the last year against the one before, and the yearly
series of a few well-known concepts.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAPERKG = str(Path(sys.executable).with_name("paperkg"))

COMMANDS = [
    ("rank", ["rank"]),
    ("rank --measure betweenness", ["rank", "--measure", "betweenness"]),
    ("communities", ["communities"]),
    ("trends", ["trends"]),
    ("similar", ["similar", "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"]),
    ("path", ["path", "BERT", "GLUE"]),
    ("gaps", ["gaps"]),
    ("concept", ["concept", "BERT"]),
    ("leaderboard", ["leaderboard", "GLUE"]),
]
HISTORY = "BERT,LSTM,ChatGPT,GPT-4,GPT-3,Transformer,word2vec,ELMo,T5,RoBERTa"
WARM_TARGET, COLD_TARGET = 2.0, 10.0


def run(args: list[str], *, env: dict | None = None) -> dict:
    """One paperkg process: wall and CPU seconds, exit code, stdout."""
    load = os.getloadavg()[0]
    started = time.perf_counter()
    proc = subprocess.Popen(
        [PAPERKG, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **(env or {})}
    )
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"paperkg {' '.join(args)} failed ({proc.returncode}): {err.decode()[-500:]}")
    return {"seconds": round(seconds, 2), "loadavg": round(load, 2), "stdout": out.decode()}


def timed(args: list[str], *, env: dict | None = None) -> dict:
    """run() with the CPU seconds of the child (resource usage of terminated children, before and after)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = run(args, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    out["cpu_seconds"] = round((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), 2)
    return out


def build(corpus: Path, store: Path, reuse: bool) -> dict | None:
    if reuse and store.exists():
        return None
    for p in store.parent.glob(store.name + "*"):
        shutil.rmtree(p) if p.is_dir() else p.unlink()
    store.parent.mkdir(parents=True, exist_ok=True)
    out = timed(["build", str(corpus), "--store", str(store), "--workers", "2", "--json"])
    return {**json.loads(out.pop("stdout")), **out}


def measure(store: Path) -> list[dict]:
    from paperkg.store.cache import cache_dir

    rows = []
    for name, args in COMMANDS:
        call = [*args, "--store", str(store), "--format", "json"]
        uncached = timed(call, env={"PAPERKG_CACHE": "0"})
        shutil.rmtree(cache_dir(store), ignore_errors=True)
        cold = timed(call)
        warm = timed(call)
        same = json.loads(warm["stdout"]) == json.loads(uncached["stdout"]) == json.loads(cold["stdout"])
        row = {"command": name, "same_answer": same}
        for label, r in (("uncached", uncached), ("cold", cold), ("warm", warm)):
            row[label] = {k: r[k] for k in ("seconds", "cpu_seconds", "loadavg")}
        rows.append(row)
        print(
            f"{name:28s} uncached {uncached['seconds']:6.2f}  cold {cold['seconds']:6.2f}  warm {warm['seconds']:5.2f}"
            f"  same={same}",
            file=sys.stderr,
            flush=True,
        )
    return rows


def table(rows: list[dict]) -> str:
    lines = [
        "| command | uncached wall / CPU s | cold wall / CPU s | warm wall / CPU s | same answer |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        cells = [f"{r[k]['seconds']:.2f} / {r[k]['cpu_seconds']:.2f}" for k in ("uncached", "cold", "warm")]
        lines.append(f"| `{r['command']}` | " + " | ".join(cells) + f" | {'yes' if r['same_answer'] else 'NO'} |")
    return "\n".join(lines)


def trends_report(store: Path) -> str:
    rising = json.loads(timed(["trends", "--store", str(store), "--format", "json", "--limit", "40"])["stdout"])
    history = json.loads(timed(["trends", "--store", str(store), "--format", "json", "--concept", HISTORY])["stdout"])
    lines = [
        f"Rising concepts, {rising['recent'][0]} against {rising['previous'][0]} "
        f"({rising['papers'][rising['recent'][0]]} and {rising['papers'][rising['previous'][0]]} papers)",
        "",
        "| concept | kind | previous | recent | growth | emerging | first |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rising["concepts"]:
        lines.append(
            f"| {r['name']} | {r['kind']} | {r['previous']} | {r['recent']} | {r['growth']:.1f} | "
            f"{'yes' if r['emerging'] else ''} | {r['first']} |"
        )
    names = [c["name"] for c in history["concepts"]]
    lines += [
        "",
        "Papers per year naming each concept (share of the year's papers, %)",
        "",
        "| year | papers | " + " | ".join(names) + " |",
        "|---" * (len(names) + 2) + "|",
    ]
    for i, (year, n) in enumerate(zip(history["periods"], history["papers"])):
        cells = [f"{c['counts'][i]} ({100 * c['shares'][i]:.1f})" for c in history["concepts"]]
        lines.append(f"| {year} | {n} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--store", type=Path, default=ROOT / "build" / "interactive" / "acl44k.lbdb")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "interactive-44k")
    ap.add_argument("--reuse", action="store_true", help="keep an already built store")
    args = ap.parse_args(argv)
    built = build(args.corpus, args.store, args.reuse)
    if built:
        print(f"built {built['papers']} papers in {built['seconds']} s", file=sys.stderr)
    rows = measure(args.store)
    result = {
        "corpus": str(args.corpus.name),
        "store": str(args.store),
        "build": built,
        "commands": rows,
        "targets": {"warm_seconds": WARM_TARGET, "cold_seconds": COLD_TARGET},
        "all_warm_under_target": all(r["warm"]["seconds"] < WARM_TARGET for r in rows),
        "all_cold_under_target": all(r["cold"]["seconds"] < COLD_TARGET for r in rows),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps(result, indent=1) + "\n")
    args.out.with_suffix(".md").write_text(table(rows) + "\n")
    args.out.with_name(args.out.name + "-trends.md").write_text(trends_report(args.store))
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
