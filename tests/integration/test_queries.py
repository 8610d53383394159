"""Every named query of cypher/queries/ gives the same exact rows on LadybugDB and on Neo4j.

The fixture graph (query_graph.py) is written through each store's own
write_papers; the LadybugDB half runs everywhere, the Neo4j half against the
real server (marker `neo4j`).
"""

from __future__ import annotations

import pytest

from paperkg.errors import QueryError
from paperkg.store import cypher
from paperkg.store.ladybug import LadybugStore

from query_graph import CASES, paper_graphs

ENGINES = ["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)]
# unknown label (01N50), relationship type (01N51) and property key (01N52): they
# depend on what the database holds when EXPLAIN runs, not on the statement
DATA_DEPENDENT = {"01N50", "01N51", "01N52"}


@pytest.fixture(scope="module")
def ladybug_fixture_store(tmp_path_factory):
    with LadybugStore(tmp_path_factory.mktemp("queries") / "q.lbdb") as st:
        st.write_papers(paper_graphs())
        yield st


@pytest.fixture
def store(request, tmp_path_factory):
    if request.param == "ladybug":
        return request.getfixturevalue("ladybug_fixture_store")
    st = request.getfixturevalue("neo4j_store")  # cleared per test
    st.write_papers(paper_graphs())
    return st


def test_every_named_query_has_cases():
    names = {s.name for s in cypher.list_statements("queries")}
    assert len(names) >= 12
    assert names == set(CASES), (
        f"queries without cases: {names - set(CASES)}; cases without query: {set(CASES) - names}"
    )


def test_every_named_query_is_documented():
    for stmt in cypher.list_statements("queries"):
        assert stmt.description and stmt.example.startswith(f"paperkg query {stmt.name}"), stmt.name
        for p in stmt.params:
            assert f"${p}" in stmt.text, f"{stmt.name}: declared parameter {p} unused"


@pytest.mark.parametrize("store", ENGINES, indirect=True)
@pytest.mark.parametrize("name", sorted(CASES))
def test_named_query_rows(store, name):
    for params, columns, expected in CASES[name]:
        got_columns, rows = store.run(name, params)
        if isinstance(expected, int):
            assert len(rows) == expected, (name, params, rows)
            continue
        assert got_columns == columns, (name, params)
        assert rows == expected, (name, params)


@pytest.mark.parametrize("store", ENGINES, indirect=True)
def test_missing_parameter_names_it(store):
    with pytest.raises(QueryError, match=r"query 'leaderboard' needs parameter\(s\) dataset"):
        store.run("leaderboard", {})


@pytest.mark.parametrize("store", ENGINES, indirect=True)
def test_a_declared_default_fills_a_missing_parameter(store):
    given = store.run("top_concepts", {"kind": "Dataset", "limit": 1})
    defaulted = store.run("top_concepts", {"kind": "Dataset"})
    assert len(given[1]) == 1 and 1 < len(defaulted[1]) <= 10


def test_params_header_declares_defaults():
    from paperkg.store.cypher import parse_params

    assert parse_params('name (name, alias or key), limit=10, mode="fast"') == (
        ("name", "limit", "mode"),
        {"limit": 10, "mode": "fast"},
    )


@pytest.mark.neo4j
@pytest.mark.parametrize("group", ["queries", "write", "read", "export"])
def test_statements_pass_neo4j_planner_without_warnings(neo4j_settings, group):
    """EXPLAIN every statement on the real server: it parses, plans, and draws no
    deprecation or performance warning (Neo4j's linter is the same planner)."""
    from neo4j import GraphDatabase

    s = neo4j_settings
    names = [st.name for st in cypher.list_statements(group)]
    assert names
    with GraphDatabase.driver(
        s["uri"], auth=(s["user"], s["password"]), notifications_min_severity="WARNING"
    ) as driver:
        for name in names:
            stmt = cypher.load(group, name, "neo4j")
            params = {p: None for p in stmt.params}
            params.update(CASES.get(name, [({},)])[0][0] if group == "queries" else {})
            summary = driver.execute_query("EXPLAIN " + stmt.text, params, database_=s["database"])[1]
            warnings = [
                f"{g.gql_status}: {g.status_description}"
                for g in summary.gql_status_objects
                if g.is_notification and g.raw_severity == "WARNING" and g.gql_status not in DATA_DEPENDENT
            ]
            assert not warnings, f"{group}/{name}: {warnings}"
