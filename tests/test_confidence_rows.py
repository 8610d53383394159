"""benchmarks/confidence_rows.py reads precision by confidence off judged rows: which side of the two cuts a
row falls, a Wilson interval, and a table that keeps unjudged rows out of the precision."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("confidence_rows", ROOT / "benchmarks" / "confidence_rows.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rows = _script()


def test_bands_follow_the_two_cuts_of_model_py():
    from paperkg.model import MIN_BOARD_CONFIDENCE, MIN_RESULT_CONFIDENCE

    assert rows.band(MIN_RESULT_CONFIDENCE - 0.01).startswith("a:")
    assert rows.band(MIN_RESULT_CONFIDENCE).startswith("b:")
    assert rows.band(MIN_BOARD_CONFIDENCE).startswith("c:")
    assert rows.bucket(0.55) == "0.55-0.60" and rows.bucket(1.0) == "0.90-1.00"


def test_wilson_interval_is_the_textbook_one():
    assert rows.wilson(0, 10) == "0.00-0.28"
    assert rows.wilson(0, 0) == "-"


def test_table_pools_the_judged_sets_and_keeps_unjudged_rows_apart():
    data = [
        {"source": "set1", "verdict": "right", "confidence": 0.9},
        {"source": "set3", "verdict": "wrong", "confidence": 0.9},
        {"source": "set3", "verdict": None, "confidence": 0.9},
        {"source": "acl-dev", "verdict": "right", "confidence": 0.4},
    ]
    text = rows.tabulate(data, lambda r: rows.band(r["confidence"]))
    line = next(x for x in text.splitlines() if x.startswith("| c:"))
    # acl-dev, dev.jsonl, set1, set3, judged
    assert line.split(" | ")[1:] == ["-", "-", "1/1 1.00", "0/1 0.00 (+1?)", "1/2 0.50 (+1?) |"]
