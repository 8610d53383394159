"""Fixtures: the hand-built graphs of analytics_samples."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# pytest runs with --import-mode=importlib, which puts no test folder on sys.path.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from analytics_samples import make_data  # noqa: E402
from paperkg.model import GraphData


@pytest.fixture
def data() -> GraphData:
    return make_data()


@pytest.fixture
def two_topics() -> GraphData:
    """Two triangles of concepts, each shared by three papers, and one bridging paper."""
    topics = {"a": ["Method:a1", "Method:a2", "Dataset:a3"], "b": ["Method:b1", "Method:b2", "Dataset:b3"]}
    papers, mentions = [], []
    for t, keys in topics.items():
        for i in range(3):
            pid = f"{t}{i}"
            papers.append({"id": pid, "title": pid, "published": "", "listed_on": []})
            mentions += [{"paper_id": pid, "concept_key": k, "count": 1, "evidence": "[]"} for k in keys]
    papers.append({"id": "bridge", "title": "bridge", "published": "", "listed_on": []})
    mentions += [
        {"paper_id": "bridge", "concept_key": k, "count": 1, "evidence": "[]"} for k in ("Method:a1", "Method:b1")
    ]
    concepts = [
        {"key": k, "name": k.split(":")[1].upper(), "kind": k.split(":")[0], "aliases": [], "paper_count": 3}
        for keys in topics.values()
        for k in keys
    ]
    return GraphData(papers=papers, concepts=concepts, mentions=mentions)
