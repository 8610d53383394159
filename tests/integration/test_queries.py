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
    assert names == set(CASES), f"queries without cases: {names - set(CASES)}; cases without query: {set(CASES) - names}"


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
