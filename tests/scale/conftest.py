"""Fixtures for the scale tests: a small synthetic snapshot and the single-process graph it builds.

Every path (parallel extraction, bulk CSV load, Dask) is checked against
`reference`: the graph `paperkg build --workers 1 --no-bulk` writes, dumped whole
(every property of every node and relationship).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from paperkg import api
from paperkg.resolve import ConceptResolver, assemble
from paperkg.sources import read_papers
from paperkg.store.ladybug import LadybugStore

ROOT = Path(__file__).resolve().parents[2]
N_PAPERS = 200

NODES = {"Paper": "id", "Concept": "key", "Result": "id"}
RELS = {
    "MENTIONS": ("Paper", "id", "Concept", "key"),
    "PROPOSES": ("Paper", "id", "Concept", "key"),
    "REPORTS": ("Paper", "id", "Result", "id"),
    "OF": ("Result", "id", "Concept", "key"),
    "ON": ("Result", "id", "Concept", "key"),
    "MEASURED_BY": ("Result", "id", "Concept", "key"),
    "COMPARED_TO": ("Result", "id", "Concept", "key"),
}


def load_synth():
    """benchmarks/synth.py as a module (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("paperkg_bench_synth", ROOT / "benchmarks" / "synth.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def synth():
    return load_synth()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory, synth) -> Path:
    """200 synthetic papers, then one paper listed again (a duplicate the readers merge)."""
    path = tmp_path_factory.mktemp("corpus") / "snapshot.jsonl"
    synth.write_corpus(N_PAPERS, path, seed=7)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    dup = json.loads(lines[3])
    dup["update_date"] = "2025-12-31"
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(dup) + "\n")
    return path


def dump_store(path: Path) -> dict[str, list]:
    """Every node with all its properties and every relationship with its ends and properties."""
    out: dict[str, list] = {}
    with LadybugStore(path, read_only=True) as st:
        for label, key in NODES.items():
            out[label] = [row[0] for row in st.run_text(f"MATCH (n:{label}) RETURN n ORDER BY n.{key}")[1]]
        for rel, (a, ak, b, bk) in RELS.items():
            rows = st.run_text(f"MATCH (a:{a})-[r:`{rel}`]->(b:{b}) RETURN a.{ak}, b.{bk}, r")[1]
            out[rel] = sorted(rows, key=repr)
    return out


@pytest.fixture(scope="session")
def reference(tmp_path_factory, corpus) -> dict:
    """The graph a single-process batched build writes: {'store': path, 'dump': dump_store(...)}."""
    store = tmp_path_factory.mktemp("ref") / "ref.lbdb"
    summary = api.build([str(corpus)], store=str(store), workers=1, bulk=False)
    assert summary.papers == N_PAPERS and summary.new == N_PAPERS
    return {"store": store, "dump": dump_store(store), "summary": summary}


@pytest.fixture(scope="session")
def graphs(corpus) -> list:
    """The corpus as PaperGraphs, extracted and resolved in order as `paperkg build` does."""
    resolver = ConceptResolver()
    pairs = api.zip_papers_extractions(read_papers([str(corpus)]), 1, 500)
    return [assemble(p, e, resolver) for p, e in pairs]


def assert_same_graph(got: dict, want: dict) -> None:
    """Equal dumps, with a readable first difference when not."""
    assert got.keys() == want.keys()
    for name in want:
        assert len(got[name]) == len(want[name]), f"{name}: {len(got[name])} rows, expected {len(want[name])}"
        for g, w in zip(got[name], want[name]):
            assert g == w, f"{name} differs"
