"""The bulk path (CSV files + COPY) leaves the graph the batched MERGE path leaves."""
from __future__ import annotations

import csv

import pytest

from paperkg import api
from paperkg.errors import StoreError
from paperkg.resolve import ConceptResolver, assemble
from paperkg.sources import read_papers
from paperkg.store.bulk import ARRAY_SEP, NEO4J_HEADERS, bulk_load, csv_field, csv_line, write_graph_csv
from paperkg.store.ladybug import LadybugStore

from .conftest import assert_same_graph, dump_store


def corpus_graphs(corpus):
    resolver = ConceptResolver()
    pairs = api.zip_papers_extractions(read_papers([str(corpus)]), 1, 500)
    return [assemble(p, e, resolver) for p, e in pairs]


@pytest.fixture(scope="module")
def graphs(corpus):
    return corpus_graphs(corpus)


def test_bulk_load_equals_batched_build(tmp_path, graphs, reference):
    rows = write_graph_csv(graphs, tmp_path / "csv")
    assert rows["papers"] == len(graphs)
    with LadybugStore(tmp_path / "bulk.lbdb") as st:
        timings = bulk_load(st, tmp_path / "csv")
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


def test_neo4j_dialect_has_admin_import_headers(tmp_path, graphs):
    write_graph_csv(graphs[:20], tmp_path / "neo", dialect="neo4j")
    for name, header in NEO4J_HEADERS.items():
        with open(tmp_path / "neo" / f"{name}.csv", newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        assert tuple(rows[0]) == header
        assert all(len(r) == len(header) for r in rows[1:])
        kind = header[-1]
        assert kind in (":LABEL", ":TYPE")
        assert {r[-1] for r in rows[1:]} <= {"Paper", "Concept", "Result", "MENTIONS", "PROPOSES", "REPORTS", "OF",
                                              "ON", "MEASURED_BY", "COMPARED_TO"}


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
