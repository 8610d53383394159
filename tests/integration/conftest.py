"""A real Neo4j 5.26 for the `neo4j` tests: never mocked, never skipped.

`make test` starts the server (scripts/neo4j-server.sh) and exports NEO4J_URI,
NEO4J_USERNAME and NEO4J_PASSWORD; this fixture uses them. Run as plain
`pytest`, with no NEO4J_URI, it starts its own server with the same script
(jars fetched once with Maven, then cached) and stops it at the end of the
session. If the server cannot start, the tests fail with the script's log.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# --import-mode=importlib puts no test folder on sys.path; the query tests
# share their fixture graph from query_graph.py beside this file.
sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "neo4j-server.sh"


def _parse_exports(text: str) -> dict[str, str]:
    out = {}
    for line in text.splitlines():
        if line.startswith("export ") and "=" in line:
            key, value = line[len("export "):].split("=", 1)
            out[key] = value
    return out


@pytest.fixture(scope="session")
def neo4j_settings(tmp_path_factory) -> dict[str, str]:
    """{uri, user, password, database} of a running server: NEO4J_URI's, or one started here."""
    if os.environ.get("NEO4J_URI"):
        yield {
            "uri": os.environ["NEO4J_URI"],
            "user": os.environ.get("NEO4J_USERNAME", "neo4j"),
            "password": os.environ.get("NEO4J_PASSWORD", ""),
            "database": os.environ.get("NEO4J_DATABASE", "neo4j"),
        }
        return
    env = {**os.environ, "NEO4J_STATE_DIR": str(tmp_path_factory.mktemp("neo4j-state")),
           "PYTHON": sys.executable}
    started = subprocess.run([str(SCRIPT), "start"], env=env, capture_output=True, text=True)
    if started.returncode != 0:
        pytest.fail(f"could not start the test Neo4j with {SCRIPT} start:\n{started.stderr[-4000:]}",
                    pytrace=False)
    exports = _parse_exports(started.stdout)
    try:
        yield {"uri": exports["NEO4J_URI"], "user": exports["NEO4J_USERNAME"],
               "password": exports["NEO4J_PASSWORD"], "database": exports.get("NEO4J_DATABASE", "neo4j")}
    finally:
        subprocess.run([str(SCRIPT), "stop"], env=env, capture_output=True, text=True)


@pytest.fixture
def neo4j_store(neo4j_settings, monkeypatch):
    """An empty Neo4jStore on the test server (the database is cleared before each test).

    NEO4J_* point at the server during the test, so api functions and CLI
    commands given the URI use the same credentials.
    """
    from paperkg.store.neo4j import Neo4jStore

    monkeypatch.setenv("NEO4J_URI", neo4j_settings["uri"])
    monkeypatch.setenv("NEO4J_USERNAME", neo4j_settings["user"])
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_settings["password"])
    monkeypatch.setenv("NEO4J_DATABASE", neo4j_settings["database"])
    with Neo4jStore.connect(neo4j_settings["uri"], user=neo4j_settings["user"],
                            password=neo4j_settings["password"], database=neo4j_settings["database"]) as st:
        st.clear()
        yield st
