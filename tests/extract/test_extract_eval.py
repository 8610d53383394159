"""Regression check on the `make eval` table: no split may drop more than 0.02
below the figures recorded in benchmarks/results/extraction.json (re-record
them with `make eval` when the extractor improves)."""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
RECORDED = ROOT / "benchmarks" / "results" / "extraction.json"
TOLERANCE = 0.02


@pytest.fixture(scope="module")
def scores():
    # CI always has ../shared beside the clone; a missing gold file must fail, not skip.
    assert (SHARED / "gold" / "dev.jsonl").exists(), f"expected {SHARED} beside the clone"
    spec = importlib.util.spec_from_file_location("eval_extraction", ROOT / "benchmarks" / "eval_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.evaluate(SHARED)


@pytest.mark.parametrize("split", ["acl-test", "acl-dev", "dev.jsonl"])
@pytest.mark.parametrize("figure", ["overall_f1", "results_f1"])
def test_split_does_not_regress(scores, split, figure):
    recorded = json.loads(RECORDED.read_text(encoding="utf-8"))["splits"][split][figure]
    summary = scores[split]
    now = summary["overall"]["f1"] if figure == "overall_f1" else summary["results"]["f1"]
    assert now >= recorded - TOLERANCE, f"{split} {figure}: {now:.4f} < recorded {recorded:.4f} - {TOLERANCE}"


def test_every_annotated_paper_is_predicted(scores):
    assert scores["acl-test"]["papers"] == 200
    assert scores["acl-dev"]["papers"] == 400
    assert all(s["papers_without_prediction"] == 0 for k, s in scores.items() if not k.startswith("_"))
    assert scores["_cross_validated"], "the shipped decision layer must be scored cross-validated"
