"""Write a stored graph out for other tools: neo4j-admin CSVs, GraphML, JSON Lines.

neo4j-admin: `nodes/<Label>.header.csv` + `nodes/<Label>.csv` and
`relationships/<TYPE>.header.csv` + `.csv`, with typed headers (`id:ID(Paper)`,
`listed_on:string[]`, `number:double`, `:START_ID(Paper)`), strings always
quoted so an empty string stays an empty string, lists joined with
ARRAY_DELIMITER, and `import.sh` holding the exact `neo4j-admin database import
full` command for these files.
"""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any, Callable

from paperkg.errors import PaperkgError
from paperkg.store.protocol import GraphStore
from paperkg.store.rows import RESULT_COLUMNS, RESULT_LINKS
from paperkg.store.sync import graph_rows

FORMATS = ("neo4j-admin", "graphml", "jsonl")
# Lists are joined with U+001F (unit separator), which the readers' dates and the
# cleaned text never hold; `|` was the delimiter before and is common in text
# (`P(x|y)`), so one such alias failed the whole export.
ARRAY_DELIMITER = "\x1f"
ARRAY_DELIMITER_ARG = "U+001F"  # how neo4j-admin's --array-delimiter spells it

# label -> [(column, neo4j-admin type)]; the first column is the node's ID.
NODE_COLUMNS = {
    "Paper": [
        ("id", "ID(Paper)"),
        ("title", ""),
        ("abstract", ""),
        ("raw_title", ""),
        ("published", ""),
        ("listed_on", "string[]"),
        ("source", ""),
        ("url", ""),
        ("arxiv_id", ""),
        ("content_hash", ""),
    ],
    "Concept": [
        ("key", "ID(Concept)"),
        ("name", ""),
        ("kind", ""),
        ("aliases", "string[]"),
        ("paper_count", "long"),
        ("community", "long"),
        ("", "LABEL"),
    ],  # kind as a 2nd label, as Neo4jStore
    "Result": [
        ("id", "ID(Result)"),
        *((c, {"number": "double", "confidence": "double"}.get(c, "")) for c in RESULT_COLUMNS[1:]),
    ],
}
# type -> (start label, end label, [(property, type)])
REL_COLUMNS = {
    "MENTIONS": ("Paper", "Concept", [("count", "long"), ("evidence", ""), ("kind", "")]),
    "PROPOSES": ("Paper", "Concept", []),
    "REPORTS": ("Paper", "Result", []),
    **{rel: ("Result", "Concept", []) for rel in RESULT_LINKS},
}


class ExportError(PaperkgError):
    """A value the chosen export format cannot carry."""

    exit_code = 2


def export_graph(
    store: GraphStore, fmt: str, directory: str | Path, progress: Callable[[str], None] | None = None
) -> dict[str, Any]:
    """Write the graph of `store` into `directory` in `fmt`; returns {files, nodes, relationships}."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    data = graph_rows(store)
    nodes, rels = _nodes_and_rels(data)
    writer = {"neo4j-admin": _write_neo4j_admin, "graphml": _write_graphml, "jsonl": _write_jsonl}[fmt]
    files = writer(nodes, rels, out)
    if progress:
        progress(f"wrote {len(files)} file(s) to {out}")
    return {
        "format": fmt,
        "directory": str(out),
        "files": [str(f) for f in files],
        "nodes": {k: len(v) for k, v in nodes.items()},
        "relationships": {k: len(v) for k, v in rels.items()},
    }


def _nodes_and_rels(data: dict[str, list[dict]]) -> tuple[dict[str, list[dict]], dict[str, list[tuple]]]:
    """Nodes per label as property dicts; relationships per type as (start id, end id, props)."""
    nodes = {
        "Paper": data["papers"],
        "Concept": data["concepts"],
        "Result": [{k: r[k] for k in RESULT_COLUMNS} for r in data["results"]],
    }
    rels: dict[str, list[tuple]] = {
        "MENTIONS": [
            (m["paper_id"], m["concept_key"], {"count": m["count"], "evidence": m["evidence"], "kind": m.get("kind")})
            for m in data["mentions"]
        ],
        "PROPOSES": [(p["paper_id"], p["concept_key"], {}) for p in data["proposes"]],
        "REPORTS": [(r["paper_id"], r["id"], {}) for r in data["results"]],
    }
    for rel, column in RESULT_LINKS.items():
        rels[rel] = [(r["id"], r[column], {}) for r in data["results"] if r[column]]
    return nodes, rels


# -- neo4j-admin ---------------------------------------------------------------


def admin_field(value: Any, kind: str) -> str:
    """One CSV field: strings quoted (so '' stays ''), numbers bare, None empty (no property)."""
    if value is None:
        return ""
    if kind.endswith("[]"):
        for item in value:
            if ARRAY_DELIMITER in str(item):
                raise ExportError(
                    f"list item {str(item)[:60]!r} holds U+001F, the array delimiter of "
                    "neo4j-admin files; `paperkg export jsonl` or `graphml` instead"
                )
        value = ARRAY_DELIMITER.join(str(v) for v in value)
    elif kind == "LABEL":
        return str(value)
    elif kind in ("long", "double"):
        return repr(int(value) if kind == "long" else float(value))
    text = str(value).replace('"', '""')
    return f'"{text}"'


def admin_header(columns: list[tuple[str, str]]) -> str:
    """The header line of a neo4j-admin file: `name:type` per column (`:START_ID(Paper)` for an unnamed one)."""
    return ",".join(f"{name}:{kind}" if kind else name for name, kind in columns) + "\n"


def _write_csv(path: Path, rows, columns: list[tuple[str, str]], values) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for row in rows:
            fh.write(",".join(admin_field(v, kind) for v, (_, kind) in zip(values(row), columns)) + "\n")


def _write_neo4j_admin(nodes, rels, out: Path) -> list[Path]:
    (out / "nodes").mkdir(exist_ok=True)
    (out / "relationships").mkdir(exist_ok=True)
    files, node_args, rel_args = [], [], []
    for label, columns in NODE_COLUMNS.items():
        header, data = out / "nodes" / f"{label}.header.csv", out / "nodes" / f"{label}.csv"
        header.write_text(admin_header(columns), encoding="utf-8")
        _write_csv(
            data, nodes[label], columns, lambda row, cols=columns: [row.get(c) if c else row["kind"] for c, _ in cols]
        )
        files += [header, data]
        node_args.append(f"--nodes={label}=nodes/{header.name},nodes/{data.name}")
    for rel, (start, end, props) in REL_COLUMNS.items():
        columns = [("", f"START_ID({start})"), ("", f"END_ID({end})"), *props]
        header, data = out / "relationships" / f"{rel}.header.csv", out / "relationships" / f"{rel}.csv"
        header.write_text(admin_header(columns), encoding="utf-8")
        _write_csv(data, rels[rel], columns, lambda row, ps=props: [row[0], row[1], *(row[2].get(p) for p, _ in ps)])
        files += [header, data]
        rel_args.append(f"--relationships={rel}=relationships/{header.name},relationships/{data.name}")
    script = out / "import.sh"
    script.write_text(import_script(node_args + rel_args), encoding="utf-8")
    script.chmod(0o755)
    return files + [script]


def import_command(
    file_args: list[str], database: str = "neo4j", report_file: str = "/tmp/paperkg-import.report"
) -> list[str]:
    """The neo4j-admin arguments that load the exported files (paths relative to the export dir)."""
    # the database name goes first: --nodes/--relationships take a variable number of values;
    # the report goes elsewhere because the export dir may be mounted read-only
    return [
        "neo4j-admin",
        "database",
        "import",
        "full",
        database,
        "--overwrite-destination=true",
        f"--array-delimiter={ARRAY_DELIMITER_ARG}",
        "--multiline-fields=true",
        f"--report-file={report_file}",
        *file_args,
    ]


def import_script(file_args: list[str]) -> str:
    shell = {
        "DATABASE": '"${1:-neo4j}"',
        "--report-file=REPORT": '"--report-file=${TMPDIR:-/tmp}/paperkg-import.report"',
    }
    cmd = import_command(file_args, database="DATABASE", report_file="REPORT")
    words = [shell.get(a, shlex.quote(a)) for a in cmd[1:]]
    args = " ".join(words[:4]) + " \\\n  " + " \\\n  ".join(words[4:])
    return f"""#!/bin/sh
# Load this export into an empty or replaceable Neo4j database with Neo4j's bulk
# importer (the server must be stopped; the database is overwritten):
#   NEO4J_ADMIN=/path/to/neo4j/bin/neo4j-admin ./import.sh [database]
# With docker compose (docker-compose.yml mounts graph/neo4j-import at /import):
#   docker compose stop neo4j
#   docker compose run --rm -w /import neo4j sh /import/import.sh
#   docker compose up -d --wait
set -e
cd "$(dirname "$0")"
exec "${{NEO4J_ADMIN:-neo4j-admin}}" {args}
"""


# -- GraphML and JSON Lines ----------------------------------------------------


def _node_id(label: str, key: str) -> str:
    return f"{label}:{key}" if label != "Concept" else key  # concept keys already start with their kind


def _write_graphml(nodes, rels, out: Path) -> list[Path]:
    import networkx as nx

    g = nx.MultiDiGraph()
    for label, rows in nodes.items():
        key = NODE_COLUMNS[label][0][0]
        for row in rows:
            props = {
                k: (json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v)
                for k, v in row.items()
                if v is not None
            }
            g.add_node(_node_id(label, row[key]), label=label, **props)
    for rel, (start, end, _) in REL_COLUMNS.items():
        for a, b, props in rels[rel]:
            g.add_edge(
                _node_id(start, a), _node_id(end, b), type=rel, **{k: v for k, v in props.items() if v is not None}
            )
    path = out / "graph.graphml"
    nx.write_graphml(g, path, named_key_ids=True)
    return [path]


def _write_jsonl(nodes, rels, out: Path) -> list[Path]:
    """One object a line in APOC's JSON export shape: nodes first, then relationships."""
    path = out / "graph.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for label, rows in nodes.items():
            key = NODE_COLUMNS[label][0][0]
            for row in rows:
                fh.write(
                    json.dumps(
                        {
                            "type": "node",
                            "id": _node_id(label, row[key]),
                            "labels": [label],
                            "properties": {k: v for k, v in row.items() if v is not None},
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
        for rel, (start, end, _) in REL_COLUMNS.items():
            for a, b, props in rels[rel]:
                fh.write(
                    json.dumps(
                        {
                            "type": "relationship",
                            "label": rel,
                            "start": {"id": _node_id(start, a), "labels": [start]},
                            "end": {"id": _node_id(end, b), "labels": [end]},
                            "properties": {k: v for k, v in props.items() if v is not None},
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
    return [path]
