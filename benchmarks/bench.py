"""`make bench`: the pipeline benchmark at a small size, compared with the recorded baseline.

    python benchmarks/bench.py                    # 2,000 papers, a few minutes
    python benchmarks/bench.py --update-baseline  # record this run as the new baseline

Runs benchmarks/pipeline.py (synth, read, extract with 2 processes, resolve,
bulk load, batched MERGE load, analytics, view) into build/bench-make,
writes build/bench-make/latest.json and prints, per stage, seconds and
peak memory next to benchmarks/results/baseline.json with their ratio
(above 1 is slower / bigger). A CPU-time or memory ratio beyond --warn
(default 1.3) is marked with "!"; with --fail the exit code is 1 when any
is. Wall time on a shared machine moves with others' load (see the load
average column); CPU seconds (user + system of the stage and its worker
processes) move much less, so they are what the marks look at.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pipeline  # noqa: E402  (benchmarks/ is a directory of scripts, not a package)

STAGES = "synth,read,extract,resolve,load,load_api,analytics,view"


def compare(latest: dict, baseline: dict | None, warn: float) -> tuple[str, bool]:
    """A text table of latest vs baseline; True when some ratio is beyond `warn`."""
    rows = [("stage", "wall s", "base", "ratio", "CPU s", "base", "ratio", "peak MB", "base", "ratio", "load avg")]
    flagged = False

    def ratio(a, b) -> float:
        return a / b if a is not None and b else 1.0

    def mark(r: float) -> str:
        return f"{r:.2f}" + (" !" if r > warn else "")

    for name, cur in latest["stages"].items():
        base = (baseline or {}).get("stages", {}).get(name)
        cpu = cur.get("cpu_seconds")
        cells = [
            name,
            f"{cur['seconds']:.2f}",
            "",
            "",
            f"{cpu:.2f}" if cpu is not None else "?",
            "",
            "",
            str(cur["peak_rss_mb"]),
            "",
            "",
        ]
        if base:
            rt, rm = ratio(cur["seconds"], base["seconds"]), ratio(cur["peak_rss_mb"], base["peak_rss_mb"])
            rc = ratio(cpu, base.get("cpu_seconds"))
            # wall time is noisy on a shared machine: flag on CPU time and memory
            flagged |= rc > warn or rm > warn
            cells[2:4] = [f"{base['seconds']:.2f}", f"{rt:.2f}"]
            cells[5:7] = [f"{base.get('cpu_seconds', '?')}", mark(rc)]
            cells[8:10] = [str(base["peak_rss_mb"]), mark(rm)]
        cells.append("/".join(str(x) for x in cur.get("loadavg", [])))
        rows.append(tuple(cells))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    text = "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)
    return text, flagged


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--papers", type=int, default=2000)
    ap.add_argument("--workers", default="2")
    ap.add_argument("--baseline", default=str(HERE / "results" / "baseline.json"))
    ap.add_argument("--out", default="build/bench-make/latest.json")
    ap.add_argument("--update-baseline", action="store_true")
    ap.add_argument("--warn", type=float, default=1.3)
    ap.add_argument("--fail", action="store_true", help="exit 1 when a ratio is beyond --warn")
    args = ap.parse_args(argv)

    work = Path("build/bench-make")
    shutil.rmtree(work, ignore_errors=True)
    latest = pipeline.drive(
        pipeline.main_args(
            [
                "--papers",
                str(args.papers),
                "--workers",
                args.workers,
                "--stages",
                STAGES,
                "--work",
                str(work),
                "--out",
                args.out,
            ]
        )
    )
    baseline_path = Path(args.baseline)
    baseline = json.loads(baseline_path.read_text()) if baseline_path.exists() else None
    if baseline and baseline.get("papers") != latest["papers"]:
        print(
            f"baseline has {baseline.get('papers')} papers, this run {latest['papers']}: ratios are not comparable",
            file=sys.stderr,
        )
        baseline = None
    text, flagged = compare(latest, baseline, args.warn)
    print(
        f"{latest['papers']} papers, {args.workers} extraction processes; baseline: "
        f"{baseline_path if baseline else 'none'} ({(baseline or {}).get('started', '-')})"
    )
    print(text)
    if args.update_baseline or baseline is None:
        baseline_path.write_text(json.dumps(latest, indent=2) + "\n")
        print(f"baseline recorded: {baseline_path}", file=sys.stderr)
    return 1 if (flagged and args.fail) else 0


if __name__ == "__main__":
    raise SystemExit(main())
