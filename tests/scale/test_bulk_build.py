"""A first build goes through the bulk path all or nothing: no half-written store, ever."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from paperkg import api
from paperkg.api import build_graph
from paperkg.errors import StoreBusyError
from paperkg.store import bulk_build
from paperkg.store.bulk_build import FreshBuild, work_dir
from paperkg.store.ladybug import LadybugStore

from .conftest import N_PAPERS, assert_same_graph, dump_store


def test_an_empty_existing_store_is_built_in_bulk(tmp_path, corpus, reference):
    path = tmp_path / "g.lbdb"
    LadybugStore(path).close()  # the schema, no graph
    summary = api.build([str(corpus)], store=str(path))
    assert summary.new == N_PAPERS
    assert_same_graph(dump_store(path), reference["dump"])
    assert not work_dir(path).exists()


def test_a_store_with_a_graph_is_updated_in_batches(tmp_path, corpus, monkeypatch):
    path = tmp_path / "g.lbdb"
    api.build([str(corpus)], store=str(path))
    monkeypatch.setattr(bulk_build, "bulk_load", lambda *a, **k: pytest.fail("bulk path on a non-empty store"))
    again = api.build([str(corpus)], store=str(path))
    assert (again.new, again.updated, again.unchanged) == (0, 0, N_PAPERS)


def test_no_bulk_writes_in_batches(tmp_path, corpus, reference, monkeypatch):
    monkeypatch.setattr(FreshBuild, "open", lambda *a, **k: pytest.fail("bulk path despite bulk=False"))
    api.build([str(corpus)], store=str(tmp_path / "g.lbdb"), bulk=False)
    assert_same_graph(dump_store(tmp_path / "g.lbdb"), reference["dump"])


def _fail_after(n: int):
    """An assemble that raises at the n-th paper: an input error found mid-way."""
    real = build_graph.assemble
    seen = [0]

    def assemble(*args):
        seen[0] += 1
        if seen[0] > n:
            raise ValueError(f"bad paper number {seen[0]}")
        return real(*args)

    return assemble


def test_a_failure_mid_way_leaves_no_store(tmp_path, corpus, monkeypatch):
    path = tmp_path / "g.lbdb"
    monkeypatch.setattr(build_graph, "assemble", _fail_after(120))
    with pytest.raises(ValueError, match="bad paper number 121"):
        api.build([str(corpus)], store=str(path), batch_size=50)
    assert sorted(tmp_path.iterdir()) == []


def test_a_failure_during_copy_leaves_the_old_empty_store(tmp_path, corpus, monkeypatch):
    path = tmp_path / "g.lbdb"
    LadybugStore(path).close()
    real = bulk_build.bulk_load

    def half_load(store, csv_dir, **kw):
        real(store, csv_dir, **kw)
        raise OSError("disk full")

    monkeypatch.setattr(bulk_build, "bulk_load", half_load)
    with pytest.raises(OSError, match="disk full"):
        api.build([str(corpus)], store=str(path))
    assert not work_dir(path).exists()
    with LadybugStore(path, read_only=True) as st:
        assert st.counts()["Paper"] == 0


def test_a_second_fresh_build_of_the_same_store_is_busy(tmp_path, held_by_child):
    path = tmp_path / "g.lbdb"
    with held_by_child(f"from paperkg.store.bulk_build import FreshBuild\nb = FreshBuild.open({str(path)!r})"):
        with pytest.raises(StoreBusyError, match="store is busy: another paperkg process is writing"):
            FreshBuild.open(path)
    with FreshBuild.open(path) as fresh:  # the killed build's leftovers are cleared
        assert fresh.load([])["Paper"] == 0
    assert path.is_file() and not work_dir(path).exists()


def test_sigkill_mid_bulk_build_leaves_no_store_and_a_rerun_builds_it(tmp_path, abstract, sigkill_once_written):
    path = tmp_path / "g.lbdb"
    big = tmp_path / "big.jsonl"
    big.write_text(
        "".join(json.dumps({"title": f"New {i}", "abstract": abstract(f"topic {i}") * 3}) + "\n" for i in range(3000))
    )
    cli = [sys.executable, "-m", "paperkg", "build", "--store", str(path), str(big)]
    proc = subprocess.Popen(cli, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sigkill_once_written(proc, work_dir(path) / "csv" / "papers.csv", 100_000, poll=0.1)  # some papers written
    assert not path.exists() and work_dir(path).exists()
    out = subprocess.run(
        cli + ["--format", "json"],
        check=True,
        capture_output=True,
        text=True,
        env=dict(os.environ, PAPERKG_WRITE_BATCH="500"),
    )
    assert json.loads(out.stdout)["new"] == 3000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl", "g.lbdb"]
