"""python -m paperkg.distributed SOURCE... -o DIR [--scheduler ADDR | --workers N]"""

from __future__ import annotations

import argparse
import json
import sys

from paperkg.distributed import build_import_csv
from paperkg.errors import PaperkgError


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m paperkg.distributed",
        description="Extract on a Dask cluster; write neo4j-admin import files or a LadybugDB store (OUT/paperkg.lbdb).",
    )
    ap.add_argument("sources", nargs="+", help="JSON Lines / arXiv snapshot files, directories or globs")
    ap.add_argument("-o", "--out", required=True, help="directory for the import files or the store")
    ap.add_argument("--scheduler", help="Dask scheduler address (default: a LocalCluster)")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    ap.add_argument("--dialect", choices=("neo4j", "ladybug"), default="neo4j")
    ap.add_argument("--partition-lines", type=int, default=2000)
    ap.add_argument("--skip-invalid", action="store_true")
    args = ap.parse_args(argv)
    try:
        summary = build_import_csv(
            args.sources,
            args.out,
            dialect=args.dialect,
            scheduler=args.scheduler,
            workers=args.workers,
            lines_per_partition=args.partition_lines,
            skip_invalid=args.skip_invalid,
        )
    except PaperkgError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    print(json.dumps(summary.as_dict(), indent=2))
    if args.dialect == "ladybug":
        print(f"LadybugDB store written: {args.out}/paperkg.lbdb", file=sys.stderr)
    else:
        print(
            f"load into a stopped Neo4j with: NEO4J_ADMIN=/path/to/bin/neo4j-admin {args.out}/import.sh",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
