"""Regression check: the dev score must not drop more than 0.02 below the
value recorded in dev_score.json (update that file when the score improves)."""
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "dev.jsonl"
SCORER = SHARED / "tools" / "score_extraction.py"
RECORDED = Path(__file__).with_name("dev_score.json")

def test_dev_score_does_not_regress(tmp_path):
    # CI always has ../shared beside the clone; a missing gold file must fail, not skip.
    assert GOLD.exists() and SCORER.exists(), f"expected {GOLD} and {SCORER} beside the clone"
    from paperkg.extract import extract_papers
    from paperkg.sources import read_papers

    titles = {json.loads(line)["title"].strip() for line in GOLD.open(encoding="utf-8") if line.strip()}
    papers = (p for p in read_papers(sorted((SHARED / "corpus").glob("*.txt"))) if p.raw_title.strip() in titles)
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for ex in extract_papers(papers):
            fh.write(json.dumps(ex.to_gold()) + "\n")
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        scorer.main([str(GOLD), str(pred), "--json"])
    summary = json.loads(buf.getvalue())
    recorded = json.loads(RECORDED.read_text())
    assert summary["papers_without_prediction"] == 0
    assert summary["overall"]["f1"] >= recorded["overall_f1"] - 0.02, summary["overall"]
    assert summary["results"]["f1"] >= recorded["results_f1"] - 0.02, summary["results"]
