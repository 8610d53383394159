"""The synthetic snapshot: deterministic, in the arXiv format, shaped like ML abstracts."""

from __future__ import annotations

import io
import json
from collections import Counter

from paperkg.sources import detect_format, read_papers


def test_same_seed_same_bytes_other_seed_other_papers(synth):
    a, b, c = io.StringIO(), io.StringIO(), io.StringIO()
    synth.write_corpus(50, a, seed=1)
    synth.write_corpus(50, b, seed=1)
    synth.write_corpus(50, c, seed=2)
    assert a.getvalue() == b.getvalue() != c.getvalue()


def test_records_are_an_arxiv_snapshot_the_readers_take(tmp_path, synth):
    path = tmp_path / "s.jsonl"
    synth.write_corpus(300, path, seed=0)
    assert detect_format(path) == "arxiv"
    papers = list(read_papers([path]))
    assert len(papers) == 300 and len({p.id for p in papers}) == 300
    assert all(p.arxiv_id == p.id and p.published and p.authors and p.categories for p in papers)


def test_shape_length_dates_hubs_and_long_tail(synth):
    records = list(synth.iter_papers(2000, seed=0))
    words = [len(r["abstract"].split()) for r in records]
    assert 220 <= sum(words) / len(words) <= 290 and min(words) >= 100
    years = Counter(r["update_date"][:4] for r in records)
    assert len(years) >= 15 and years["2024"] > years["2010"]  # spread, and growing
    text = " ".join(r["abstract"] for r in records)
    assert text.count("GPT-4") > 100  # a hub
    assert sum("%" in r["abstract"] for r in records) > 1000  # numbers are reported
    new = Counter(json.dumps(r["title"]) for r in records)
    assert len(new) > 1900  # titles are (nearly) all different
