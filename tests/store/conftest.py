"""Fixtures shared by the store tests."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request, tmp_path):
    """An empty store of each engine (Neo4j: the real server of tests/conftest.py)."""
    if request.param == "neo4j":
        yield request.getfixturevalue("neo4j_store")
        return
    from paperkg.store.ladybug import LadybugStore

    with LadybugStore(tmp_path / "g.lbdb") as st:
        yield st
