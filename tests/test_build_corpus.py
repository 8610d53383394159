"""Building the whole shared corpus: the numbers a user checks first."""

from __future__ import annotations

import json

import pytest

from paperkg import api
from paperkg.store import open_store


@pytest.mark.slow
def test_corpus_builds_261_papers_316_listings_and_rebuilds_to_nothing(tmp_path, corpus_dir):
    store = str(tmp_path / "g.lbdb")
    first = api.build([str(p) for p in sorted(corpus_dir.glob("*.txt"))], store=store)
    assert (first.records, first.papers, first.new, first.updated, first.skipped) == (316, 261, 261, 0, 0)
    second = api.build([str(corpus_dir)], store=store)
    assert (second.new, second.updated, second.unchanged) == (0, 0, 261)
    assert second.concepts == first.concepts and second.relationships == first.relationships
    stats = api.stats(store)
    assert stats["papers"] == 261 and stats["listings"] == 316
    # every MENTIONS edge carries its evidence sentences
    with open_store(store, read_only=True) as st:
        data = st.read_graph()
    assert data.mentions and all(json.loads(m["evidence"]) for m in data.mentions)
    papers = {p["id"]: p for p in data.papers}
    mentioned = {}
    for m in data.mentions:
        mentioned.setdefault(m["concept_key"], set()).add(m["paper_id"])
    assert {c["key"]: c["paper_count"] for c in data.concepts} == {k: len(v) for k, v in mentioned.items()}
    text_ok = 0
    for m in data.mentions[:200]:
        for ev in json.loads(m["evidence"]):
            assert ev["start"] < ev["end"] and ev["sentence"]
            text_ok += 1
    assert text_ok > 0 and len(papers) == 261
