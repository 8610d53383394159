"""Dask: extraction mapped over partitions on a 2-worker LocalCluster gives the single-process graph."""

from __future__ import annotations

import filecmp
import json

import pytest

pytest.importorskip("dask.distributed")

from dask.distributed import LocalCluster  # noqa: E402

from paperkg import api  # noqa: E402
from paperkg.distributed import build_import_csv  # noqa: E402
from paperkg.distributed.partitions import cut_partitions  # noqa: E402
from paperkg.errors import InputError  # noqa: E402
from paperkg.store.export import export_graph  # noqa: E402
from paperkg.store.ladybug import LadybugStore  # noqa: E402

from .conftest import N_PAPERS, assert_same_graph, dump_store  # noqa: E402


@pytest.fixture(scope="module")
def scheduler():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_partitions_cover_every_line_once(corpus):
    parts = cut_partitions([str(corpus)], lines_per_partition=40)
    assert [p.first_line for p in parts] == list(range(1, N_PAPERS + 2, 40))
    assert sum(p.lines for p in parts) == N_PAPERS + 1
    assert all(a.end == b.start for a, b in zip(parts, parts[1:]))


def test_dask_build_writes_the_single_process_store(tmp_path, corpus, reference, scheduler):
    """Names and merges too: the Dask path ends with the same refresh_concepts as `paperkg build`."""
    summary = build_import_csv(
        [str(corpus)], tmp_path / "out", dialect="ladybug", scheduler=scheduler, lines_per_partition=40
    )
    assert (summary.partitions, summary.records, summary.papers) == (6, N_PAPERS + 1, N_PAPERS)
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.endswith(".wal")) == ["paperkg.lbdb"]
    assert_same_graph(dump_store(tmp_path / "out" / "paperkg.lbdb"), reference["dump"])


def test_dask_neo4j_files_equal_the_exported_single_process_store(tmp_path, corpus, reference, scheduler):
    build_import_csv([str(corpus)], tmp_path / "dask", scheduler=scheduler, lines_per_partition=33)
    with LadybugStore(reference["store"], read_only=True) as st:
        export_graph(st, "neo4j-admin", tmp_path / "one")
    files = sorted(str(p.relative_to(tmp_path / "one")) for p in (tmp_path / "one").rglob("*") if p.is_file())
    assert files == sorted(str(p.relative_to(tmp_path / "dask")) for p in (tmp_path / "dask").rglob("*") if p.is_file())
    assert "nodes/Concept.csv" in files and "import.sh" in files
    for name in files:
        assert filecmp.cmp(tmp_path / "dask" / name, tmp_path / "one" / name, shallow=False), name


def test_a_raw_concept_name_is_renamed_on_the_dask_path(tmp_path, scheduler):
    """Three papers write "Mixture-of-Experts", the first "mixture of expert": the corpus's spelling wins."""
    lines = [
        {
            "id": "2501.0000%d" % i,
            "title": f"Paper {i}",
            "update_date": "2025-01-0%d" % (i + 1),
            "abstract": f"We train a {name} language model with sparse routing. It is fast on long inputs.",
        }
        for i, name in enumerate(
            ["mixture of expert", "Mixture-of-Experts", "Mixture-of-Experts", "Mixture-of-Experts"]
        )
    ]
    src = tmp_path / "tiny.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    build_import_csv([str(src)], tmp_path / "out", dialect="ladybug", scheduler=scheduler)
    api.build([str(src)], store=str(tmp_path / "one.lbdb"), workers=1, bulk=False)
    dask, one = dump_store(tmp_path / "out" / "paperkg.lbdb"), dump_store(tmp_path / "one.lbdb")
    assert_same_graph(dask, one)
    names = {c["name"] for c in dask["Concept"]}
    assert "Mixture-of-Experts" in names and "mixture of expert" not in names


def test_bad_record_fails_the_build_or_is_skipped(tmp_path, corpus, scheduler):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        corpus.read_text(encoding="utf-8") + '{"id": "2401.99999", "title": "No abstract"\n', encoding="utf-8"
    )
    with pytest.raises(InputError, match="not valid JSON"):
        build_import_csv([str(bad)], tmp_path / "x", scheduler=scheduler, lines_per_partition=100)
    summary = build_import_csv(
        [str(bad)], tmp_path / "y", scheduler=scheduler, lines_per_partition=100, skip_invalid=True
    )
    assert (summary.papers, summary.skipped) == (N_PAPERS, 1)


def test_a_compressed_snapshot_is_refused_with_the_reason(tmp_path):
    import gzip

    path = tmp_path / "snapshot.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"title": "T", "abstract": "A long enough abstract. Two sentences."}\n'))
    with pytest.raises(InputError, match=r"snapshot\.jsonl\.gz: the distributed build seeks .* cannot read a gz file"):
        cut_partitions([path])
