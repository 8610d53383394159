import json

from click.testing import CliRunner

from paperkg.cli import main

DUMP = """Daily Papers

Aug 8

SimPO: Simple Preference Optimization with a Reference-Free Reward

We propose SimPO and compare it with Direct Preference Optimization (DPO). SimPO outperforms DPO by up to 6.4 points on AlpacaEval 2.
"""


def test_extract_writes_one_gold_line_per_paper(tmp_path):
    src = tmp_path / "dump.txt"
    src.write_text(DUMP, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(main, ["extract", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    [line] = out.read_text(encoding="utf-8").splitlines()
    rec = json.loads(line)
    assert rec["title"] == "SimPO: Simple Preference Optimization with a Reference-Free Reward"
    names = {e["name"]: e for e in rec["entities"]}
    assert names["Simple Preference Optimization"]["aliases"] == ["SimPO"]  # the title spells the acronym
    assert names["Simple Preference Optimization"]["introduced"] is True
    assert names["Direct Preference Optimization"]["aliases"] == ["DPO"]
    assert all(e["evidence"] for e in rec["entities"])
    assert rec["results"][0]["dataset"] == "AlpacaEval 2"


def test_extract_to_stdout_and_missing_file(tmp_path):
    src = tmp_path / "dump.txt"
    src.write_text(DUMP, encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", str(src)])
    assert res.exit_code == 0
    assert json.loads(res.stdout.splitlines()[0])["entities"]
    res = CliRunner().invoke(main, ["extract", str(tmp_path / "nope.txt")])
    assert res.exit_code == 2 and "no such file" in res.output
