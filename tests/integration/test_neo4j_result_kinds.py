"""Result kind, signed number, unit and confidence on the real Neo4j: written
in batches, copied by sync, and read by the leaderboard's query."""

from __future__ import annotations

import pytest

from paperkg.store.ladybug import LadybugStore
from paperkg.store.sync import copy_graph

from tests.store.result_kinds import EXPECTED, result_graph, stored

pytestmark = pytest.mark.neo4j


def test_batched_writes_keep_them(neo4j_store):
    neo4j_store.write_papers([result_graph()])
    assert stored(neo4j_store.read_graph().results) == EXPECTED
    columns, rows = neo4j_store.run_read("dataset_results", {"keys": ["Dataset:gsm8k"]})
    assert stored([dict(zip(columns, r)) for r in rows]) == EXPECTED


def test_sync_from_the_embedded_store_keeps_them(neo4j_store, tmp_path):
    with LadybugStore(tmp_path / "a.lbdb") as a:
        a.write_papers([result_graph()])
    with LadybugStore(tmp_path / "a.lbdb", read_only=True) as a:
        copy_graph(a, neo4j_store)
    assert stored(neo4j_store.read_graph().results) == EXPECTED
