"""The shared corpus gives the same graph on LadybugDB and Neo4j, whether built,
synced or bulk-imported from `paperkg export --format neo4j-admin`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from paperkg import api
from paperkg.store import cypher
from paperkg.store.ladybug import LadybugStore
from paperkg.store.neo4j import Neo4jStore
from paperkg.store.sync import graph_rows

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "neo4j-server.sh"


def canonical(rows: dict[str, list[dict]]) -> dict[str, list[str]]:
    """Rows per type as sorted JSON lines: equal iff the graphs hold the same nodes, edges and properties."""
    return {k: sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in v) for k, v in rows.items()}


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory, corpus_dir) -> str:
    """The shared corpus built once into an embedded store; its path."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.lbdb"
    api.build([str(p) for p in sorted(corpus_dir.glob("*.txt"))], store=str(path))
    return str(path)


@pytest.fixture(scope="module")
def corpus_rows(corpus_store):
    with LadybugStore(corpus_store, read_only=True) as st:
        return st.counts(), canonical(graph_rows(st))


def test_build_gives_the_same_graph_on_both_engines(neo4j_store, corpus_dir, corpus_rows, corpus_store):
    summary = api.build([str(p) for p in sorted(corpus_dir.glob("*.txt"))], store=neo4j_store.uri)
    counts, rows = corpus_rows
    assert summary.papers > 200 and counts["Paper"] == summary.papers
    assert neo4j_store.counts() == counts  # nodes per label and kind, relationships per type, listings
    got = canonical(graph_rows(neo4j_store))
    for kind in rows:  # every property of every node and edge
        assert got[kind] == rows[kind], kind
    # the same answers from the named queries, on parameters taken from the data
    with LadybugStore(corpus_store, read_only=True) as lb:
        for name, params in corpus_query_params(lb):
            assert sorted(map(repr, neo4j_store.run(name, params)[1])) == sorted(map(repr, lb.run(name, params)[1])), (
                name
            )


def corpus_query_params(st) -> list[tuple[str, dict]]:
    """One parameter set per named query, chosen from the corpus itself."""
    _, top = st.run("top_concepts", {"kind": "Dataset", "limit": 1})
    dataset = top[0][0]
    _, methods = st.run_text("MATCH (s:Concept)<-[:OF]-(:Result) RETURN s.name AS name ORDER BY name LIMIT 1")
    _, papers = st.run_text("MATCH (p:Paper)-[:PROPOSES]->(c:Concept) RETURN p.id, c.name ORDER BY p.id LIMIT 1")
    paper, proposed = papers[0]
    params = {
        "leaderboard": {"dataset": dataset},
        "evaluated_on": {"name": methods[0][0]},
        "top_concepts": {"kind": "Method", "limit": 1000},
        "concept_card": {"name": proposed},
        "co_occurring": {"name": dataset, "limit": 1000},
        "papers_proposing": {"name": proposed},
        "similar_papers": {"paper": paper, "limit": 1000},
        "path": {"from": dataset, "to": proposed},
        "rising": {"since": "--08-01", "limit": 100000},
        "datasets_without_results": {},
        "comparisons": {},
        "search": {"q": "bench", "limit": 1000},
        "search_papers": {"q": "model", "limit": 1000},
        "paper_card": {"paper": paper},
        "evidence": {"name": dataset},
    }
    assert set(params) == {s.name for s in cypher.list_statements("queries")}
    return [(n, p) for n, p in params.items() if n != "path"]  # shortest paths may tie differently


def test_sync_copies_the_embedded_graph_and_is_repeatable(neo4j_store, corpus_store, corpus_rows):
    counts, rows = corpus_rows
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "paperkg",
            "sync",
            "--from",
            corpus_store,
            "--to",
            neo4j_store.uri,
            "--batch-size",
            "100",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert f"synced {corpus_store} -> {neo4j_store.uri}" in out.stdout
    assert neo4j_store.counts() == counts
    assert canonical(graph_rows(neo4j_store)) == rows
    summary = api.sync(corpus_store, neo4j_store.uri)  # again: every paper replaced, nothing doubled
    assert summary["rows"]["replaced"] == counts["Paper"]
    assert neo4j_store.counts() == counts
    assert canonical(graph_rows(neo4j_store)) == rows


def test_sync_replace_drops_what_the_source_does_not_have(neo4j_store, corpus_store, corpus_rows):
    neo4j_store.run_text("CREATE (:Paper {id: 'stray', listed_on: []})")
    api.sync(corpus_store, neo4j_store.uri, replace=True)
    assert neo4j_store.paper_hashes(["stray"]) == {}
    assert neo4j_store.counts() == corpus_rows[0]


def test_neo4j_admin_export_imports_into_the_same_graph(tmp_path, corpus_store, corpus_rows):
    """Export, run the export's own import.sh with neo4j-admin from the test jars, start, compare."""
    export_dir = tmp_path / "admin"
    api.export("neo4j-admin", export_dir, store=corpus_store)
    env = {
        **os.environ,
        "NEO4J_STATE_DIR": str(tmp_path / "state"),
        "NEO4J_IMPORT_DIR": str(export_dir),
        "PYTHON": sys.executable,
    }
    started = subprocess.run([str(SCRIPT), "start"], env=env, capture_output=True, text=True, timeout=300)
    assert started.returncode == 0, started.stderr[-3000:]
    assert not (export_dir / "import.report").exists()  # the export dir may be a read-only mount
    try:
        exports = dict(
            line[len("export ") :].split("=", 1) for line in started.stdout.splitlines() if line.startswith("export ")
        )
        with Neo4jStore.connect(
            exports["NEO4J_URI"], user=exports["NEO4J_USERNAME"], password=exports["NEO4J_PASSWORD"]
        ) as st:
            assert st.counts() == corpus_rows[0]
            assert canonical(graph_rows(st)) == corpus_rows[1]
            _, labels = st.run_text("MATCH (c:Concept) RETURN labels(c) AS l, count(*) AS n")
            assert {l[1]: n for l, n in labels} == {
                k[8:]: v for k, v in corpus_rows[0].items() if k.startswith("Concept:")
            }
            with LadybugStore(corpus_store, read_only=True) as lb:  # empty lists arrive as absent: same answers
                for name, params in corpus_query_params(lb):
                    assert sorted(map(repr, st.run(name, params)[1])) == sorted(map(repr, lb.run(name, params)[1])), (
                        name
                    )
    finally:
        subprocess.run([str(SCRIPT), "stop"], env=env, capture_output=True, text=True, timeout=120)


def test_graphml_and_jsonl_exports_hold_every_node_and_edge(tmp_path, corpus_store, corpus_rows):
    counts = corpus_rows[0]
    n_nodes = sum(v for k, v in counts.items() if not k.startswith("rel:") and k != "listings")
    n_rels = sum(v for k, v in counts.items() if k.startswith("rel:"))
    api.export("graphml", tmp_path / "g", store=corpus_store)
    g = nx.read_graphml(tmp_path / "g" / "graph.graphml", force_multigraph=True)
    assert (g.number_of_nodes(), g.number_of_edges()) == (n_nodes, n_rels)
    paper = next(d for _, d in g.nodes(data=True) if d["label"] == "Paper")
    assert isinstance(json.loads(paper["listed_on"]), list) and paper["title"]
    api.export("jsonl", tmp_path / "j", store=corpus_store)
    lines = [json.loads(l) for l in (tmp_path / "j" / "graph.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(1 for l in lines if l["type"] == "node") == n_nodes
    assert sum(1 for l in lines if l["type"] == "relationship") == n_rels
    mention = next(l for l in lines if l.get("label") == "MENTIONS")
    assert mention["start"]["labels"] == ["Paper"] and mention["end"]["labels"] == ["Concept"]
    assert json.loads(mention["properties"]["evidence"])[0]["sentence"]


def test_export_rejects_an_unknown_format(tmp_path, corpus_store):
    out = subprocess.run(
        [sys.executable, "-m", "paperkg", "export", "xml", str(tmp_path), "--store", corpus_store],
        capture_output=True,
        text=True,
    )
    assert (
        out.returncode == 2
        and out.stderr == "error: unknown export format 'xml' (known: neo4j-admin, graphml, jsonl)\n"
    )
