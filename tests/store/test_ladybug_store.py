"""The embedded store only: rollback, persistence, locking, crashes (what both engines do: test_graph_store.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from paperkg.errors import QueryError, StoreBusyError, StoreError
from paperkg.store import base as store_base
from paperkg.store.ladybug import LadybugStore
from graphs import graph, paper  # tests/store/graphs.py


@pytest.fixture
def store(tmp_path):
    with LadybugStore(tmp_path / "g.lbdb") as st:
        yield st


def test_failed_batch_rolls_back_whole(store, monkeypatch):
    store.write_papers([graph("p1", ["Method:a"])])
    before = store.counts()
    real = store_base.plan_writes
    monkeypatch.setattr(store_base, "plan_writes", lambda *a: real(*a)[:3] + [("no_such_statement", {})] + real(*a)[3:])
    with pytest.raises(QueryError, match="no_such_statement"):
        store.write_papers([graph("p2", ["Method:b"]), graph("p1", ["Method:c"], abstract="new")])
    assert store.counts() == before
    assert store.paper_hashes(["p1", "p2"]) == {"p1": paper("p1").content_hash}


def test_persists_across_processes(tmp_path):
    path = tmp_path / "g.lbdb"
    with LadybugStore(path) as st:
        st.write_papers([graph("p1", ["Method:a"])])
    code = (
        "from paperkg.store.ladybug import LadybugStore\n"
        f"st = LadybugStore({str(path)!r}, read_only=True)\nprint(st.counts()['Paper'])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "1"


def test_second_writer_gets_store_busy(tmp_path, held_by_child):
    path = tmp_path / "g.lbdb"
    with held_by_child(f"from paperkg.store.ladybug import LadybugStore\ns = LadybugStore({str(path)!r})"):
        with pytest.raises(StoreBusyError, match="store is busy"):
            LadybugStore(path)
    with LadybugStore(path) as st:  # the lock died with its holder; the store is fine
        assert st.counts()["Paper"] == 0


def test_read_only_on_missing_store_is_clear(tmp_path):
    with pytest.raises(StoreError, match="no graph at") as err:
        LadybugStore(tmp_path / "nope.lbdb", read_only=True)
    assert str(err.value).endswith("first")  # no other graph beside it: no hint


def test_a_missing_store_names_the_graphs_beside_it(tmp_path):
    # after `make demo`, a command without --store looked for graph/paperkg.lbdb and said only "run build"
    demo = tmp_path / "demo.lbdb"
    with LadybugStore(demo) as st:
        st.write_papers([])
    with pytest.raises(StoreError) as err:
        LadybugStore(tmp_path / "paperkg.lbdb", read_only=True)
    assert str(err.value).endswith(f"first, or read {demo} with --store {demo}")


def test_sigkill_mid_build_leaves_previous_graph_whole(tmp_path, abstract, sigkill_once_written):
    store_path = tmp_path / "g.lbdb"
    first = tmp_path / "first.jsonl"
    first.write_text(
        "".join(json.dumps({"title": f"Old {i}", "abstract": abstract(f"old {i}")}) + "\n" for i in range(20))
    )
    big = tmp_path / "big.jsonl"
    big.write_text(
        "".join(json.dumps({"title": f"New {i}", "abstract": abstract(f"topic {i}") * 3}) + "\n" for i in range(20000))
    )
    cli = [sys.executable, "-m", "paperkg", "build", "--store", str(store_path)]
    subprocess.run(cli + [str(first)], check=True, capture_output=True)
    env = dict(os.environ, PAPERKG_WRITE_BATCH="20")
    proc = subprocess.Popen(cli + [str(big)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wal = Path(str(store_path) + ".wal")
    sigkill_once_written(proc, wal, 200_000)  # several batches committed
    with LadybugStore(store_path, read_only=True) as st:
        data = st.read_graph()
    assert not wal.exists()  # the dead writer's log was replayed by a read-write open, not by the reader
    titles = {p["title"] for p in data.papers}
    assert {f"Old {i}" for i in range(20)} <= titles
    assert len(titles) < 20020  # killed part-way
    new = [p for p in data.papers if p["title"].startswith("New")]
    assert len(new) % 20 == 0  # whole batches only
    # a rerun finishes the job incrementally
    out = subprocess.run(cli + [str(big), "--format", "json"], check=True, capture_output=True, text=True)
    summary = json.loads(out.stdout)
    assert summary["new"] == 20000 - len(new) and summary["unchanged"] == len(new)
