"""The analytics commands through CliRunner on a real embedded store."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from analytics_samples import paper_graphs, written_store
from paperkg.cli import main
from paperkg.store.ladybug import LadybugStore

COMMANDS = ["rank", "communities", "trends", "similar", "path", "gaps", "concept", "leaderboard"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return written_store(tmp_path_factory, "analytics", paper_graphs())


@pytest.fixture
def run(store):
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(main, [*args, "--store", store])

    return invoke


def test_rank_json(run):
    result = run("rank", "--type", "Dataset", "--measure", "degree", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["name"] for r in rows] == ["GSM8K", "MT-Bench", "AlpacaEval 2", "MATH500"]
    assert set(rows[0]) == {"rank", "name", "kind", "score", "papers", "key"}


def test_rank_csv_and_limit(run):
    result = run("rank", "--limit", "2", "--format", "csv", "--type", "method")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["rank", "name", "kind", "score", "papers", "key"] and len(rows) == 3


def test_rank_by_papers_lists_the_most_mentioned_concepts_first(run):
    result = run("rank", "--measure", "papers", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    papers = [r["papers"] for r in rows]
    assert papers == sorted(papers, reverse=True) and papers[0] > papers[-1]
    assert all(r["score"] == r["papers"] for r in rows)


def test_communities_table_and_modularity_on_stderr(run):
    result = run("communities")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split() == ["id", "size", "label", "members"]
    assert "modularity" in result.stderr


def test_communities_write_stores_ids(run, store):
    result = run("communities", "--write", "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["written"] is True
    with LadybugStore(store, read_only=True) as st:
        _, rows = st.run_text("MATCH (c:Concept) WHERE c.community IS NOT NULL RETURN c.key, c.community")
    membership = {k: c for k, c in rows}
    assert {m for c in out["communities"] for m in c["members"]} == set(membership)
    assert all(membership[m] == c["id"] for c in out["communities"] for m in c["members"])


def test_trends_json(run):
    out = json.loads(run("trends", "--format", "json").stdout)
    assert out["recent"] == ["2024-03"] and out["concepts"][0]["name"] == "LoRA"


def test_similar_by_title(run):
    result = run("similar", "comparing dpo and rlhf", "--format", "json")
    out = json.loads(result.stdout)
    assert [r["id"] for r in out["similar"]] == ["p3", "p1"]


def test_path_with_evidence(run):
    result = run("path", "dpo", "GSM8K")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split()[:4] == ["step", "from", "paper", "to"]
    assert "DPO and RLHF both align models." in lines[2]


def test_path_between_two_names_of_one_concept_is_an_error_naming_both(run):
    # it printed an empty table with exit 0: "dpo" and its long form are one concept, no chain to explain
    for fmt in ("table", "json"):
        result = run("path", "dpo", "Direct Preference Optimization", "--format", fmt)
        assert result.exit_code == 2 and result.stdout == ""
        assert "'dpo' and 'Direct Preference Optimization' are one concept" in result.stderr


def test_gaps_csv(run):
    rows = list(csv.DictReader(io.StringIO(run("gaps", "--format", "csv").stdout)))
    assert (rows[0]["subject"], rows[0]["dataset"]) == ("Direct Preference Optimization", "GSM8K")


def test_concept_card(run):
    card = json.loads(run("concept", "low-rank adaptation", "--format", "json").stdout)
    assert (card["name"], card["paper_count"], card["result_count"]) == ("LoRA", 2, 2)


def test_leaderboard_with_metric(run):
    result = run("leaderboard", "gsm8k", "--metric", "Accuracy", "--format", "json")
    rows = json.loads(result.stdout)
    assert [(r["rank"], r["subject"], r["value"]) for r in rows] == [
        (1, "LoRA", "70%"),
        (2, "RLHF", "60%"),
        (3, "Llama", "55%"),
    ]


@pytest.mark.parametrize(
    "args, message",
    [
        (["concept", "GSM8"], "error: no concept named 'GSM8'; did you mean: GSM8K?\n"),
        (["leaderboard", "LoRA"], "error: no dataset named 'LoRA'\n"),
        (["path", "DPO", "nothing-like-it"], "error: no concept named 'nothing-like-it'\n"),
        (["similar", "No Such Paper Title"], "error: no paper 'No Such Paper Title'\n"),
    ],
)
def test_unknown_names_exit_1_with_one_line(run, args, message):
    result = run(*args)
    assert result.exit_code == 1
    assert result.stderr == message and result.stdout == ""


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_documents_an_example(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and f"paperkg {command}" in result.output
    for option in ("--format", "--type", "--limit", "--store"):
        assert option in result.output


def test_similar_and_paper_view_of_a_paper_that_mentions_nothing(tmp_path):
    from paperkg.model import Paper, PaperGraph

    path = tmp_path / "lonely.lbdb"
    with LadybugStore(path) as st:
        st.write_papers(
            [
                *paper_graphs(),
                PaperGraph(
                    paper=Paper(id="p9", title="Nothing Named Here", abstract="", raw_title="", raw_abstract="")
                ),
            ]
        )
    result = CliRunner().invoke(main, ["similar", "p9", "--store", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"paper": {"id": "p9", "title": "Nothing Named Here"}, "similar": []}
    result = CliRunner().invoke(
        main, ["view", "paper", "nothing named", "--store", str(path), "--out-dir", str(tmp_path / "views")]
    )
    assert result.exit_code == 0, result.output


def test_trends_concept_series_table(run):
    result = run("trends", "--concept", "dpo,LoRA")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "month    papers  Direct Preference Optimization  LoRA",
        "-------  ------  ------------------------------  ----",
        "2024-01  1       1                               0",
        "2024-02  2       1                               0",
        "2024-03  2       0                               2",
    ]


def test_trends_with_one_period_warns_and_calls_nothing_emerging(run):
    result = run("trends", "--period", "quarter", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert "warning: only 1 dated quarter (2024-Q1): comparing needs 2; no concept is called emerging" in result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and all(r["emerging"] == "" for r in rows)


def test_trends_unknown_concept_names_it(run):
    result = run("trends", "--concept", "DPO,NoSuchThing")
    assert result.exit_code == 1 and "no concept named 'NoSuchThing'" in result.stderr


def test_leaderboard_cut_by_limit_says_how_many_scores_the_ranking_has(run):
    # gsm8k's accuracy ranking has 3 scores: "--limit 2" shows 2 of them and says so
    out = run("leaderboard", "gsm8k", "--limit", "2").stdout
    assert "== accuracy: 3 scores, 2 shown, ranked" in out
    assert "== accuracy: 3 scores, ranked" in run("leaderboard", "gsm8k").stdout
