"""One CLI grammar: --format, --limit 0, one-line errors, named queries that resolve names."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from paperkg.cli import main

ABSTRACT = (
    "We fine-tune Llama-3-8B with LoRA and evaluate it on GSM8K and MATH-500, where it reaches "
    "52.1% accuracy. Our method improves results on standard benchmarks while keeping inference cheap."
)


@pytest.fixture
def store(tmp_path, jsonl_file):
    path = str(tmp_path / "g.lbdb")
    source = jsonl_file(
        "p.jsonl",
        [
            {"id": f"p{i}", "title": f"Paper {i} on LoRA", "abstract": ABSTRACT, "published": f"2024-0{i}-01"}
            for i in range(1, 4)
        ],
    )
    result = CliRunner().invoke(main, ["build", str(source), "--store", path, "--format", "json"])
    assert result.exit_code == 0, result.output
    return path


def test_stats_csv_keeps_the_top_concepts(runner, store):
    out = runner.invoke(main, ["stats", "--store", store, "--format", "csv", "--top", "3"])
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert out.exit_code == 0 and rows[0] == {"what": "Paper", "type": "", "count": "3", "name": ""}
    top = [r for r in rows if r["what"] == "top concept"]
    assert len(top) == 3 and all(r["name"] and int(r["count"]) == 3 for r in top)


def test_named_queries_resolve_kinds_and_names_like_the_analytics_commands(runner, store):
    out = runner.invoke(main, ["query", "top_concepts", "-p", "kind=dataset", "--store", store, "--format", "json"])
    assert out.exit_code == 0 and {"GSM8K", "MATH-500"} <= {r["name"] for r in json.loads(out.stdout)}
    near = runner.invoke(
        main, ["query", "co_occurring", "-p", "name=lora", "-p", "limit=0", "--store", store, "--format", "json"]
    )
    assert near.exit_code == 0 and json.loads(near.stdout)
    none = runner.invoke(main, ["query", "leaderboard", "-p", "dataset=NoSuchSet", "--store", store])
    assert none.exit_code == 1 and none.stderr.startswith("error: no dataset named 'NoSuchSet'")
    assert len(none.stderr.splitlines()) == 1
    bad = runner.invoke(main, ["query", "top_concepts", "-p", "kind=gadget", "--store", store])
    assert (
        bad.exit_code == 2
        and bad.stderr == "error: unknown kind 'gadget' (known: Method, Model, Dataset, Metric, Task)\n"
    )


def test_limit_0_is_all(runner, store):
    some = json.loads(runner.invoke(main, ["rank", "--store", store, "--format", "json", "--limit", "1"]).stdout)
    every = json.loads(runner.invoke(main, ["rank", "--store", store, "--format", "json", "--limit", "0"]).stdout)
    assert len(some) == 1 and len(every) > 1
    card = runner.invoke(main, ["concept", "LoRA", "--store", store, "--format", "json", "--limit", "0"])
    assert card.exit_code == 0 and len(json.loads(card.stdout)["papers"]) == 3


def test_usage_errors_are_one_line_with_exit_2(runner):
    out = runner.invoke(main, ["export"])
    assert out.exit_code == 2
    assert out.stderr == "error: Missing argument 'FORMAT'. (see `main export --help`)\n"


def test_old_spellings_warn_and_still_work(runner, store, tmp_path):
    out = runner.invoke(main, ["export", "--format", "jsonl", str(tmp_path / "x"), "--store", store, "--json"])
    assert out.exit_code == 0, out.output
    assert "warning: --json is deprecated: use --format json" in out.stderr
    assert "warning: --format jsonl is deprecated here: use paperkg export jsonl" in out.stderr
    assert json.loads(out.stdout)["format"] == "jsonl" and (tmp_path / "x" / "graph.jsonl").is_file()
