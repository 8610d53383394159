"""Neo4jStore only, against the real server: batching, schema, driver values, errors (shared: tests/store/test_graph_store.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from paperkg.errors import QueryError, StoreError
from paperkg.model import PaperGraph, ResultRow
from paperkg.store.neo4j import Neo4jStore
from graphs import graph  # tests/store/graphs.py

pytestmark = pytest.mark.neo4j


def test_batches_smaller_than_a_write_stay_one_transaction(neo4j_store):
    neo4j_store.batch_size = 2  # five papers -> several UNWIND runs, one transaction
    neo4j_store.write_papers([graph(f"p{i}", ["Method:a", f"Dataset:d{i}"]) for i in range(5)])
    assert neo4j_store.counts()["rel:MENTIONS"] == 10
    bad = [graph("q1", ["Method:a"]), graph("q2", ["Method:a"])]
    bad[1] = PaperGraph(
        bad[1].paper,
        bad[1].concepts,
        bad[1].mentions,
        results=(
            ResultRow("r", "q2", "1", float("nan"), None, "s", on_key="Dataset:d0"),
            ResultRow("r", "q2", "1", 1.0, None, "s", on_key="Dataset:d0"),
        ),
    )
    with pytest.raises(QueryError, match="already exists"):
        neo4j_store.write_papers(bad)  # duplicate result id violates the constraint: nothing written
    assert neo4j_store.paper_hashes(["q1", "q2"]) == {}
    assert neo4j_store.counts()["Paper"] == 5


def test_schema_constraints_and_indexes_exist(neo4j_store):
    _, rows = neo4j_store.run_text("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name")
    assert [r[0] for r in rows] == ["concept_key", "paper_id", "result_id"]
    _, rows = neo4j_store.run_text(
        "SHOW INDEXES YIELD name, state WHERE name IN $n RETURN name, state ORDER BY name",
        {"n": ["concept_kind", "concept_name", "concept_name_text", "paper_text"]},
    )
    assert rows == [
        ["concept_kind", "ONLINE"],
        ["concept_name", "ONLINE"],
        ["concept_name_text", "ONLINE"],
        ["paper_text", "ONLINE"],
    ]


def test_run_normalises_driver_values(neo4j_store):
    neo4j_store.write_papers([graph("p1", ["Method:a"])])
    cols, rows = neo4j_store.run_text(
        "MATCH path = (p:Paper)-[m:MENTIONS]->(c:Concept) "
        "RETURN c, m.count AS n, path, date('2025-03-01') AS d, [1, 2] AS l"
    )
    assert cols == ["c", "n", "path", "d", "l"]
    ((c, n, path, d, lst),) = rows
    assert c["key"] == "Method:a" and c["aliases"] == ["A"] and n == 2
    assert [x.get("id") or x.get("key") for x in path] == ["p1", "Method:a"]
    assert d == "2025-03-01" and lst == [1, 2]


def test_unknown_query_and_missing_parameter(neo4j_store):
    with pytest.raises(QueryError, match="no query named 'nope'"):
        neo4j_store.run("nope")
    with pytest.raises(QueryError, match="failed on Neo4j"):
        neo4j_store.run_text("MATCH (n RETURN n")


def test_wrong_password_missing_database_and_down_server_are_one_line(neo4j_settings):
    s = neo4j_settings
    with pytest.raises(StoreError, match=r"refused user 'neo4j': wrong NEO4J_USERNAME/NEO4J_PASSWORD") as e:
        Neo4jStore.connect(s["uri"], user="neo4j", password="wrong-password")
    assert "\n" not in str(e.value)
    with pytest.raises(StoreError, match=r"has no database 'nosuchdb' \(set NEO4J_DATABASE\)"):
        Neo4jStore.connect(s["uri"], user=s["user"], password=s["password"], database="nosuchdb")
    with pytest.raises(StoreError, match=r"cannot reach Neo4j at bolt://127.0.0.1:1 \(is the server running\?\)"):
        Neo4jStore.connect("bolt://127.0.0.1:1", user=s["user"], password=s["password"])
    with pytest.raises(StoreError, match=r"bad Neo4j URI 'http://x'"):
        Neo4jStore.connect("http://x")


@pytest.mark.parametrize(
    "setting, expected",
    [
        ({"NEO4J_PASSWORD": "wrong-password"}, "refused user 'neo4j'"),
        ({"NEO4J_DATABASE": "nosuchdb"}, "has no database 'nosuchdb'"),
        ({"NEO4J_URI": "bolt://127.0.0.1:1"}, "cannot reach Neo4j at bolt://127.0.0.1:1"),
    ],
)
def test_cli_exits_non_zero_with_one_line(neo4j_store, monkeypatch, setting, expected):
    import os

    env = {**os.environ, **setting}
    uri = env["NEO4J_URI"]
    out = subprocess.run(
        [sys.executable, "-m", "paperkg", "stats", "--store", uri], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 3, out.stderr
    assert out.stderr.strip().count("\n") == 0 and expected in out.stderr and "Traceback" not in out.stderr


def test_concepts_carry_their_kind_as_a_second_label(neo4j_store):
    neo4j_store.write_papers([graph("p1", ["Method:a", "Dataset:x"])])
    _, rows = neo4j_store.run_text("MATCH (c:Concept) RETURN c.key, labels(c) ORDER BY c.key")
    assert rows == [["Dataset:x", ["Concept", "Dataset"]], ["Method:a", ["Concept", "Method"]]]
