"""`paperkg build --workers 2` writes exactly the graph of `--workers 1`."""

from __future__ import annotations

from paperkg import api

from .conftest import N_PAPERS, assert_same_graph, dump_store


def test_two_workers_build_the_same_graph(tmp_path, corpus, reference):
    summary = api.build([str(corpus)], store=str(tmp_path / "w2.lbdb"), workers=2)
    assert (summary.papers, summary.new, summary.concepts, summary.relationships) == (
        N_PAPERS,
        N_PAPERS,
        reference["summary"].concepts,
        reference["summary"].relationships,
    )
    assert_same_graph(dump_store(tmp_path / "w2.lbdb"), reference["dump"])


def test_reference_graph_is_not_trivial(reference):
    dump = reference["dump"]
    assert len(dump["Paper"]) == N_PAPERS
    assert len(dump["Concept"]) > N_PAPERS  # every paper names something new
    assert len(dump["MENTIONS"]) > 5 * N_PAPERS
    dup = [p for p in dump["Paper"] if ";" in p["source"]]
    assert len(dup) == 1 and dup[0]["source"].endswith(f":{N_PAPERS + 1}")  # the duplicate line was merged
