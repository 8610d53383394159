"""Result kind, signed number, unit and confidence survive every write path of
the embedded store: batched writes, bulk CSV + COPY, export, sync, and a store
written before the columns existed."""

from __future__ import annotations

import csv

import ladybug

from paperkg.store.bulk import bulk_load, write_graph_csv
from paperkg.store.export import export_graph
from paperkg.store.ladybug import LadybugStore
from paperkg.store.sync import copy_graph

from .result_kinds import EXPECTED, result_graph, stored


def test_batched_writes_keep_kind_sign_unit_confidence(tmp_path):
    with LadybugStore(tmp_path / "g.lbdb") as st:
        st.write_papers([result_graph()])
        assert stored(st.read_graph().results) == EXPECTED
        columns, rows = st.run_read("dataset_results", {"keys": ["Dataset:gsm8k"]})
        assert stored([dict(zip(columns, r)) for r in rows]) == EXPECTED


def test_bulk_load_keeps_them(tmp_path):
    write_graph_csv([result_graph()], tmp_path / "csv")
    with LadybugStore(tmp_path / "g.lbdb") as st:
        bulk_load(st, tmp_path / "csv")
        assert stored(st.read_graph().results) == EXPECTED


def _neo4j_admin_results(out) -> dict[str, list[str]]:
    header = (out / "nodes" / "Result.header.csv").read_text().strip()
    assert header.endswith("kind,confidence:double,pair")
    return {r[0]: r for r in csv.reader((out / "nodes" / "Result.csv").open())}


def test_neo4j_admin_export_and_bulk_csv_carry_the_columns(tmp_path):
    with LadybugStore(tmp_path / "g.lbdb") as st:
        st.write_papers([result_graph()])
        export_graph(st, "neo4j-admin", tmp_path / "out")
    write_graph_csv([result_graph()], tmp_path / "bulk", dialect="neo4j")  # what the distributed build writes
    for out in (tmp_path / "out", tmp_path / "bulk"):
        rows = _neo4j_admin_results(out)
        assert rows["r-cut"][2:] == ["-90.0", "%", "Ours cuts latency by 90% on GSM8K.", "reduction", "0.3", ""]
        assert rows["r-gain"][-1] == "en-de"


def test_sync_copies_them(tmp_path):
    with LadybugStore(tmp_path / "a.lbdb") as a:
        a.write_papers([result_graph()])
    with LadybugStore(tmp_path / "a.lbdb", read_only=True) as a, LadybugStore(tmp_path / "b.lbdb") as b:
        copy_graph(a, b)
        assert stored(b.read_graph().results) == EXPECTED


def test_a_store_from_before_kinds_reads_its_results_as_sure_scores(tmp_path):
    path = tmp_path / "old.lbdb"
    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    conn.execute(
        "CREATE NODE TABLE Paper(id STRING, title STRING, abstract STRING, raw_title STRING, "
        "published STRING, listed_on STRING[], source STRING, url STRING, arxiv_id STRING, "
        "content_hash STRING, PRIMARY KEY(id))"
    )
    conn.execute(
        "CREATE NODE TABLE Result(id STRING, value STRING, number DOUBLE, unit STRING, sentence STRING, "
        "PRIMARY KEY(id))"
    )
    conn.execute("CREATE REL TABLE REPORTS(FROM Paper TO Result)")
    conn.execute(
        "CREATE (:Paper {id: 'p0'})-[:REPORTS]->(:Result {id: 'r0', value: '50%', number: 50.0, "
        "unit: '%', sentence: 'It gets 50%.'})"
    )
    conn.close()
    db.close()
    with LadybugStore(path, read_only=True) as st:  # a read command upgrades the schema
        columns, rows = st.run_text("MATCH (r:Result) RETURN r.id, r.kind, r.confidence, r.pair")
        assert rows == [["r0", "score", 1.0, None]]  # a pair not yet read: boards read it off the sentence
