"""Bulk initial loads: a corpus of PaperGraphs as CSV files, loaded by COPY in bounded chunks.

`paperkg build` writes with parameterised `UNWIND ... MERGE` in batches, which
is right for incremental updates but runs at about 10k relationships/s on
LadybugDB. A first load of a large corpus is much faster as CSV files that
the engine copies in whole:

    with CsvGraphWriter("build/bulk", dialect="ladybug") as writer:
        for graph in graphs:              # PaperGraphs in build order
            writer.add(graph)
    with LadybugStore("graph/arxiv.lbdb") as store:
        bulk_load(store, "build/bulk")    # the store must be empty

The same writer with `dialect="neo4j"` streams the layout of `paperkg export
--format neo4j-admin` (paperkg.store.export: `nodes/<Label>.header.csv` +
`.csv`, `relationships/<TYPE>...`, typed `:ID`/`:START_ID`/`:END_ID` headers,
and `import.sh` with the `neo4j-admin database import full` command), without
first building a store: the distributed build writes it directly.

The rows are exactly those the batched path leaves in a fresh store: a
concept keeps the first name it was written with and the ordered union of
every alias, its `paper_count` is its number of MENTIONS edges, empty strings
stay empty strings and missing numbers stay null.

CSV encoding: every string quoted (`"` doubled inside), numbers bare, null
as an empty unquoted field (both engines read `""` as an empty string and an
empty field as null). LadybugDB lists are joined with U+001F, which the
readers' dates and the cleaned text (concept names) never hold; the neo4j-admin files use the exporter's encoding as is.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator

from paperkg.errors import QueryError, StoreError
from paperkg.model import PaperGraph
from paperkg.store import export
from paperkg.store.ladybug import LadybugStore
from paperkg.store.rows import RESULT_COLUMNS, RESULT_LINKS, result_links

ARRAY_SEP = "\x1f"
DIALECTS = ("ladybug", "neo4j")

# file -> columns, in the order of the LadybugDB schema (cypher/schema/ladybug.cypher)
COLUMNS: dict[str, tuple[str, ...]] = {
    "papers": (
        "id",
        "title",
        "abstract",
        "raw_title",
        "published",
        "listed_on",
        "source",
        "url",
        "arxiv_id",
        "content_hash",
    ),
    "concepts": ("key", "name", "kind", "aliases", "paper_count"),
    "results": RESULT_COLUMNS,
    "mentions": ("paper_id", "concept_key", "count", "evidence", "kind"),
    "proposes": ("paper_id", "concept_key"),
    "reports": ("paper_id", "result_id"),
    **{rel.lower(): ("result_id", "concept_key") for rel in RESULT_LINKS},
}
NODE_FILES = {"papers": "Paper", "concepts": "Concept", "results": "Result"}
REL_FILES = {
    "mentions": "MENTIONS",
    "proposes": "PROPOSES",
    "reports": "REPORTS",
    **{rel.lower(): rel for rel in RESULT_LINKS},
}


def csv_field(value: Any) -> str:
    """One CSV field: strings quoted, numbers bare, None empty, lists joined with U+001F."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        value = ARRAY_SEP.join(map(_list_item, value))
    return '"' + str(value).replace('"', '""') + '"'


def _list_item(item: Any) -> str:
    """One item of a list column. The readers and the cleaned text never hold U+001F;
    an item that does (a store written by an older version) is refused here rather
    than split into two items, which the batched path would not do."""
    text = str(item)
    if ARRAY_SEP in text:
        raise StoreError(f"list item {text[:60]!r} holds U+001F, the bulk path's list separator; build with --no-bulk")
    return text


def csv_line(values: Iterable[Any]) -> str:
    return ",".join(map(csv_field, values)) + "\n"


def _union_into(target: list[str], names: Iterable[str]) -> None:
    """Ordered union, dropping empties: the `_union` of store.writes."""
    for n in names:
        if n and n not in target:
            target.append(n)


class CsvGraphWriter:
    """Streams PaperGraphs into one CSV file per node and relationship table.

    Papers, results and edges are written as they arrive; concepts are
    aggregated corpus-wide (first name, alias union, mention count) and
    written on close. Memory grows with the number of concepts, not papers.
    """

    def __init__(self, out_dir: str | os.PathLike, *, dialect: str = "ladybug"):
        if dialect not in DIALECTS:
            raise StoreError(f"unknown bulk dialect {dialect!r} (known: {', '.join(DIALECTS)})")
        self.dir, self.dialect = Path(out_dir), dialect
        self.dir.mkdir(parents=True, exist_ok=True)
        self.rows = dict.fromkeys(COLUMNS, 0)
        self._concepts: dict[str, list] = {}  # key -> [name, kind, aliases, mention count]
        self._kinds: dict[str, list[str]] = {}
        self._files = {name: self._open(name) for name in COLUMNS if name != "concepts"}

    def _open(self, name: str):
        if self.dialect == "ladybug":
            fh = open(self.dir / f"{name}.csv", "w", encoding="utf-8", newline="")
            fh.write(",".join(COLUMNS[name]) + "\n")
            return fh
        # neo4j-admin: the exporter's layout, header in its own file
        if name in NODE_FILES:
            sub, base, columns = "nodes", NODE_FILES[name], export.NODE_COLUMNS[NODE_FILES[name]]
        else:
            start, end, props = export.REL_COLUMNS[REL_FILES[name]]
            sub, base = "relationships", REL_FILES[name]
            columns = [("", f"START_ID({start})"), ("", f"END_ID({end})"), *props]
        (self.dir / sub).mkdir(exist_ok=True)
        (self.dir / sub / f"{base}.header.csv").write_text(export.admin_header(columns), encoding="utf-8")
        self._kinds[name] = [kind for _, kind in columns]
        return open(self.dir / sub / f"{base}.csv", "w", encoding="utf-8", newline="")

    def _write(self, name: str, values: list[Any]) -> None:
        if self.dialect == "ladybug":
            self._files[name].write(csv_line(values))
        else:
            if name in NODE_FILES:
                # by column name, as the exporter does: community is null until
                # `paperkg communities --write`; a :LABEL column carries the kind
                row = dict(zip(COLUMNS[name], values))
                values = [row.get(c) if c else row["kind"] for c, _ in export.NODE_COLUMNS[NODE_FILES[name]]]
            self._files[name].write(
                ",".join(export.admin_field(v, k) for v, k in zip(values, self._kinds[name])) + "\n"
            )
        self.rows[name] += 1

    def add(self, graph: PaperGraph) -> None:
        row = graph.paper_row()
        self._write("papers", [row[c] for c in COLUMNS["papers"]])
        for c in graph.concepts:
            entry = self._concepts.get(c.key)
            if entry is None:
                self._concepts[c.key] = entry = [c.name, c.kind, [], 0]
            _union_into(entry[2], c.aliases)
        for m in graph.mentions:
            self._concepts[m.concept_key][3] += 1
            self._write("mentions", [m.paper_id, m.concept_key, m.count, m.evidence, m.kind])
        for key in graph.proposes:
            self._write("proposes", [graph.paper.id, key])
        for r in graph.results:
            self._write("results", [r.unit or "" if c == "unit" else getattr(r, c) for c in RESULT_COLUMNS])
            self._write("reports", [r.paper_id, r.id])
            for rel, key in result_links(r):
                self._write(rel.lower(), [r.id, key])

    def close(self) -> dict[str, int]:
        """Write concepts.csv, close every file; returns rows per file."""
        if self._files:
            self._files["concepts"] = self._open("concepts")
            for key, (name, kind, aliases, count) in self._concepts.items():
                self._write("concepts", [key, name, kind, aliases, count])
            for f in self._files.values():
                f.close()
            self._files = {}
            if self.dialect == "neo4j":
                self._write_import_script()
        return dict(self.rows)

    def _write_import_script(self) -> None:
        args = [f"--nodes={label}=nodes/{label}.header.csv,nodes/{label}.csv" for label in export.NODE_COLUMNS]
        args += [f"--relationships={t}=relationships/{t}.header.csv,relationships/{t}.csv" for t in export.REL_COLUMNS]
        script = self.dir / "import.sh"
        script.write_text(export.import_script(args), encoding="utf-8")
        script.chmod(0o755)

    def __enter__(self) -> "CsvGraphWriter":
        return self

    def __exit__(self, exc_type, *exc: object) -> None:
        if exc_type is None:
            self.close()
        else:
            for f in self._files.values():
                f.close()


def write_graph_csv(
    graphs: Iterable[PaperGraph], out_dir: str | os.PathLike, *, dialect: str = "ladybug"
) -> dict[str, int]:
    """Write PaperGraphs (in build order) as bulk CSV files; returns rows per file."""
    with CsvGraphWriter(out_dir, dialect=dialect) as writer:
        for g in graphs:
            writer.add(g)
    return writer.close()


# -- LadybugDB ---------------------------------------------------------------

# COPY takes a literal file path, which a Cypher parameter cannot carry, so
# these are templates with {path}; only file names this module chose go in.
_CSV_OPTIONS = "(HEADER=true, PARALLEL=false, QUOTE='\"', ESCAPE='\"')"
_LIST = "CASE WHEN {col} = '' THEN CAST([] AS STRING[]) ELSE string_split({col}, '" + ARRAY_SEP + "') END"
# LOAD FROM would guess each column's type from its first rows: a `published`
# or `listed_on` column of ISO dates became DATE and the first empty one failed
# the build. Every column is declared instead.
_PAPER_TYPES = ", ".join(f"{c} STRING" for c in COLUMNS["papers"])
_CONCEPT_TYPES = "key STRING, name STRING, kind STRING, aliases STRING, paper_count INT64"
LADYBUG_COPY: dict[str, str] = {
    "papers": "COPY Paper FROM (LOAD WITH HEADERS ("
    + _PAPER_TYPES
    + ") FROM '{path}' "
    + _CSV_OPTIONS
    + " RETURN id, title, abstract, raw_title, published, "
    + _LIST.format(col="listed_on")
    + ", source, url, arxiv_id, content_hash)",
    "concepts": "COPY Concept FROM (LOAD WITH HEADERS ("
    + _CONCEPT_TYPES
    + ") FROM '{path}' "
    + _CSV_OPTIONS
    + " RETURN key, name, kind, "
    + _LIST.format(col="aliases")
    + ", paper_count, CAST(NULL AS INT64))",
    "results": "COPY Result FROM '{path}' " + _CSV_OPTIONS,
    **{f: f"COPY `{t}` FROM '{{path}}' " + _CSV_OPTIONS for f, t in REL_FILES.items()},
}


# CSV a COPY takes at once. One COPY of a whole table holds it in the buffer
# pool; in chunks, a node table needs one chunk there. A relationship table
# does not shrink as much: the checkpoint after each later chunk rewrites
# adjacency lists (with MENTIONS' evidence) and needs memory that grows with
# the table, whether the rows come in paper or in concept order. At 100k papers
# (benchmarks/pipeline.py --stages load): whole tables need a 3 GiB pool
# (2.8 GB peak RSS, 31 CPU s), 128 MiB chunks a 2 GiB one (2.2 GB, 48 CPU s);
# 1 GiB fails at the second MENTIONS chunk. Later chunks cost more, so
# chunks are large.
CHUNK_BYTES = 128 * 2**20


def split_csv(path: Path, part: Path, chunk_bytes: int) -> Iterator[Path]:
    """Rewrite a bulk CSV file as `part` again and again, about `chunk_bytes` of whole records
    and the header each time; yields `part` whenever it is complete.

    Streams: memory stays one line. A quoted field may hold newlines;
    csv_field doubles every quote inside, so a line with an odd number of
    quotes opens or closes a field.
    """
    with open(path, encoding="utf-8", newline="") as fh:
        header = fh.readline()
        out, quoted = None, False
        try:
            for line in fh:
                if out is None:
                    out = open(part, "w", encoding="utf-8", newline="")
                    out.write(header)
                out.write(line)
                if line.count('"') % 2:
                    quoted = not quoted
                if not quoted and out.tell() >= chunk_bytes:
                    out.close()
                    out = None
                    yield part
            if quoted:
                raise StoreError(f"bulk_load: {path} ends inside a quoted field; was it cut short?")
            if out is not None:
                out.close()
                out = None
                yield part
        finally:
            if out is not None:
                out.close()


def bulk_load(
    store: LadybugStore, csv_dir: str | os.PathLike, *, chunk_bytes: int | None = CHUNK_BYTES, on_table=None
) -> dict[str, float]:
    """COPY the ladybug-dialect files of `csv_dir` into an empty LadybugStore.

    Each table is copied in chunks of about `chunk_bytes` of CSV (None: whole
    files), each written to a part file next to the others and copied, so the
    buffer pool holds a chunk of a node table, not the table (see CHUNK_BYTES
    for what relationship tables still need). Each COPY is its own
    transaction, so a failure part-way leaves a partial graph: load into a
    fresh store file and delete it if this raises (store.bulk_build does).
    Returns seconds per table; `on_table(name, seconds)` is called after each.
    """
    import time

    if not isinstance(store, LadybugStore):
        raise StoreError(
            "bulk_load copies CSV files into the embedded LadybugDB store; for Neo4j write "
            "dialect='neo4j' files and run neo4j-admin database import"
        )
    counts = store.counts()
    if any(n for k, n in counts.items()):
        raise StoreError(
            f"bulk_load needs an empty store; {store.path} already holds a graph (use `paperkg build` to add to it)"
        )
    if chunk_bytes is not None and chunk_bytes < 1:
        raise StoreError(f"bulk_load: chunk_bytes must be positive, got {chunk_bytes!r}")
    base = Path(csv_dir).resolve()
    if "'" in str(base):
        raise StoreError(f"bulk_load: the path {str(base)!r} contains a quote, which COPY cannot take")
    paths = {name: base / f"{name}.csv" for name in (*NODE_FILES, *REL_FILES)}
    for path in paths.values():
        if not path.is_file():
            raise StoreError(f"bulk_load: missing {path}; write the directory with CsvGraphWriter first")
    timings: dict[str, float] = {}
    for name, path in paths.items():
        started = time.perf_counter()
        if chunk_bytes is None or path.stat().st_size <= chunk_bytes:
            _copy(store, name, path, path.name)
        else:
            _copy_in_chunks(store, name, path, chunk_bytes)
        timings[name] = round(time.perf_counter() - started, 3)
        if on_table:
            on_table(name, timings[name])
    return timings


def _copy_in_chunks(store: LadybugStore, name: str, path: Path, chunk_bytes: int) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part.csv", dir=path.parent)  # one per load
    os.close(fd)
    part = Path(tmp)
    try:
        for i, chunk in enumerate(split_csv(path, part, chunk_bytes)):
            _copy(store, name, chunk, f"{path.name}, chunk {i + 1} of about {chunk_bytes:,} bytes")
    finally:
        part.unlink(missing_ok=True)


def _copy(store: LadybugStore, name: str, path: Path, label: str) -> None:
    try:
        store.copy_csv(LADYBUG_COPY[name].format(path=path))
    except QueryError as exc:
        hint = "; give it a bigger buffer pool (PAPERKG_BUFFER_POOL_MB)" if "buffer pool" in str(exc).lower() else ""
        raise StoreError(f"bulk_load: COPY of {label} failed: {exc}{hint}") from None
