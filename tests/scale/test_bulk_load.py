"""The bulk path (CSV files + COPY, then the corpus-level naming pass `paperkg build`
runs after it) leaves the graph the batched MERGE path leaves."""

from __future__ import annotations

import csv

import pytest

from paperkg import api
from paperkg.refresh import refresh_concepts
from paperkg.errors import StoreError
from paperkg.store.bulk import ARRAY_SEP, bulk_load, csv_field, csv_line, split_csv, write_graph_csv
from paperkg.store.export import export_graph
from paperkg.store.ladybug import LadybugStore

from .conftest import assert_same_graph, dump_store


def test_bulk_load_equals_batched_build(tmp_path, graphs, reference):
    rows = write_graph_csv(graphs, tmp_path / "csv")
    assert rows["papers"] == len(graphs)
    with LadybugStore(tmp_path / "bulk.lbdb") as st:
        timings = bulk_load(st, tmp_path / "csv")
        refresh_concepts(st)
        assert set(timings) == set(rows)
    assert_same_graph(dump_store(tmp_path / "bulk.lbdb"), reference["dump"])


def test_bulk_load_refuses_a_store_that_holds_a_graph(tmp_path, graphs):
    write_graph_csv(graphs[:3], tmp_path / "csv")
    with LadybugStore(tmp_path / "g.lbdb") as st:
        st.write_papers(graphs[:1])
        with pytest.raises(StoreError, match="needs an empty store"):
            bulk_load(st, tmp_path / "csv")
        assert st.counts()["Paper"] == 1


def test_bulk_load_names_a_missing_file(tmp_path, graphs):
    write_graph_csv(graphs[:3], tmp_path / "csv")
    (tmp_path / "csv" / "proposes.csv").unlink()
    with LadybugStore(tmp_path / "g.lbdb") as st, pytest.raises(StoreError, match="missing .*proposes.csv"):
        bulk_load(st, tmp_path / "csv")


def read_export(directory):
    """Every file of a neo4j-admin export: headers and import.sh as text, data rows as a sorted list."""
    out = {}
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            name = str(path.relative_to(directory))
            if name.endswith(".header.csv") or name == "import.sh":
                out[name] = path.read_text(encoding="utf-8")
            else:
                with open(path, newline="", encoding="utf-8") as fh:
                    out[name] = sorted(csv.reader(fh))
    return out


def test_neo4j_dialect_streams_what_paperkg_export_writes(tmp_path, graphs):
    """Same files, headers, rows and import.sh as `paperkg export --format neo4j-admin` of the built graph."""
    write_graph_csv(graphs, tmp_path / "bulk", dialect="neo4j")
    write_graph_csv(graphs, tmp_path / "csv")
    with LadybugStore(tmp_path / "loaded.lbdb") as st:  # the same rows, before the corpus-level naming pass
        bulk_load(st, tmp_path / "csv")
        export_graph(st, "neo4j-admin", tmp_path / "export")
    got, want = read_export(tmp_path / "bulk"), read_export(tmp_path / "export")
    assert got.keys() == want.keys()
    for name in want:
        assert got[name] == want[name], name
    assert "--array-delimiter=U+001F" in got["import.sh"] and "import full" in got["import.sh"]


def test_unknown_dialect_is_refused(tmp_path):
    with pytest.raises(StoreError, match="unknown bulk dialect"):
        write_graph_csv([], tmp_path, dialect="sqlite")


def test_csv_fields_keep_empty_strings_nulls_quotes_and_lists():
    assert csv_field(None) == ""
    assert csv_field("") == '""'
    assert csv_field('say "hi",\nthen') == '"say ""hi"",\nthen"'
    assert csv_field(3) == "3" and csv_field(71.3) == "71.3"
    assert csv_field(["a, b", "c;d"]) == f'"a, b{ARRAY_SEP}c;d"'
    assert csv_field([]) == '""'
    assert csv_line(["x", None, 2]) == '"x",,2\n'


def test_awkward_strings_round_trip_through_copy(tmp_path, graphs):
    from dataclasses import replace

    g = graphs[0]
    odd = 'A "quoted", back\\slash; semi\ncolon – ünïcödé'
    paper = replace(g.paper, title=odd, raw_title=odd, url="")
    write_graph_csv([replace(g, paper=paper)], tmp_path / "csv")
    with LadybugStore(tmp_path / "odd.lbdb") as st:
        bulk_load(st, tmp_path / "csv")
        row = st.run_text("MATCH (p:Paper) RETURN p.title, p.raw_title, p.url, p.listed_on")[1][0]
    assert row == [odd, odd, "", []]


def test_chunked_copy_with_tiny_chunks_gives_the_same_graph(tmp_path, graphs, reference):
    """Every table in many COPYs into a non-empty table, list columns included."""
    write_graph_csv(graphs, tmp_path / "csv")
    with LadybugStore(tmp_path / "chunked.lbdb") as st:
        bulk_load(st, tmp_path / "csv", chunk_bytes=4000)
        refresh_concepts(st)
    assert_same_graph(dump_store(tmp_path / "chunked.lbdb"), reference["dump"])
    assert not list((tmp_path / "csv").glob(".*part*"))  # the part file is gone


def test_split_csv_keeps_records_with_newlines_and_quotes_whole(tmp_path):
    src = tmp_path / "t.csv"
    rows = [["a", 'line one\nline "two"\n'], ["b", "plain"], ["c", '"\n"'], ["d", ""]]
    src.write_text("id,text\n" + "".join(csv_line(r) for r in rows), encoding="utf-8")
    seen = []
    for part in split_csv(src, tmp_path / "part.csv", chunk_bytes=1):
        with open(part, newline="", encoding="utf-8") as fh:
            seen.append(list(csv.reader(fh)))
    assert seen == [[["id", "text"], r] for r in rows]


def test_split_csv_names_a_file_cut_inside_a_field(tmp_path):
    src = tmp_path / "t.csv"
    src.write_text('id,text\n"a","open\nand never closed\n', encoding="utf-8")
    with pytest.raises(StoreError, match="t.csv ends inside a quoted field"):
        list(split_csv(src, tmp_path / "part.csv", chunk_bytes=1))


def test_build_of_an_empty_store_equals_the_batched_build(tmp_path, corpus, reference):
    """`paperkg build` into no store takes the bulk path: same graph, same summary."""
    summary = api.build([str(corpus)], store=str(tmp_path / "b.lbdb"), workers=1)
    assert_same_graph(dump_store(tmp_path / "b.lbdb"), reference["dump"])
    want = reference["summary"].as_dict()
    got = summary.as_dict()
    for key in ("store", "seconds"):
        got.pop(key), want.pop(key)
    assert got == want
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.lbdb"]  # no working files left


def test_a_failed_copy_names_the_file_and_chunk(tmp_path, graphs):
    write_graph_csv(graphs[:20], tmp_path / "csv")
    with open(tmp_path / "csv" / "proposes.csv", "a", encoding="utf-8") as fh:
        fh.write(csv_line(["no-such-paper", "Method:nothing"]))
    with (
        LadybugStore(tmp_path / "g.lbdb") as st,
        pytest.raises(StoreError, match=r"COPY of proposes.csv, chunk \d+ of about 100 bytes failed"),
    ):
        bulk_load(st, tmp_path / "csv", chunk_bytes=100)
    assert not list((tmp_path / "csv").glob(".*part*"))
