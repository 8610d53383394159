"""Clear errors and harmless output: one line and a documented exit code for every misuse,
nothing written where it should not be, no terminal escapes from paper text."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from paperkg import api
from paperkg.cli import main
from paperkg.errors import StoreError
from paperkg.store.export import export_graph
from paperkg.store.ladybug import LadybugStore
from paperkg.views.render import slug

from .conftest import INPUTS

ABSTRACT = "We fine-tune Llama-2 with LoRA on GSM8K and HumanEval. It reaches 50.1% accuracy on GSM8K."


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def src(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"title": "One paper", "abstract": ABSTRACT}) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("store", ["http://example.org/g", "ftp:/x", "s3://bucket/g.lbdb"])
def test_unknown_store_schemes_are_refused(runner, tmp_path, src, store, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["build", str(src), "--store", store])
    assert result.exit_code == 3 and result.stderr.startswith("error: unknown store scheme")
    assert result.stderr.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.jsonl"]  # no local file named like the URI


def test_an_unwritable_store_directory_is_exit_3_with_the_path(runner, tmp_path, src):
    blocker = tmp_path / "afile"
    blocker.write_text("not a directory")
    for flags in ([], ["--no-bulk"]):
        result = runner.invoke(main, ["build", str(src), "--store", str(blocker / "g.lbdb"), *flags])
        assert result.exit_code == 3, result.output
        assert result.stderr.startswith(f"error: cannot write the store '{blocker / 'g.lbdb'}'")
        assert str(blocker) in result.stderr and result.stderr.count("\n") == 1


def test_an_unwritable_report_is_refused_before_anything_is_built(runner, tmp_path):
    blocker = tmp_path / "afile"
    blocker.write_text("")
    store = tmp_path / "g.lbdb"
    result = runner.invoke(
        main,
        [
            "build",
            str(INPUTS / "j31_latin1_second_of_six.jsonl"),
            "--store",
            str(store),
            "--skip-invalid",
            "--report",
            str(blocker / "skipped.jsonl"),
        ],
    )
    assert result.exit_code == 3 and result.stderr.startswith(f"error: cannot write '{blocker / 'skipped.jsonl'}'")
    assert not store.exists()


def test_tables_escape_terminal_control_characters(runner, tmp_path):
    store = str(tmp_path / "g.lbdb")
    assert runner.invoke(main, ["build", str(INPUTS / "j14_control_chars.jsonl"), "--store", store]).exit_code == 0
    query = tmp_path / "titles.cypher"
    query.write_text("// name: titles\nMATCH (p:Paper) RETURN p.raw_title AS title\n", encoding="utf-8")
    table = runner.invoke(main, ["query", str(query), "--store", store])
    assert table.exit_code == 0
    assert "\x1b" not in table.stdout and "\x07" not in table.stdout and "\x1f" not in table.stdout
    assert "Ctl \\x01\\x02\\x07\\x1b[31m red \\x1f unit sep" in table.stdout
    data = runner.invoke(main, ["query", str(query), "--store", store, "--format", "json"])
    assert json.loads(data.stdout)[0]["title"].startswith("Ctl \x01\x02\x07\x1b[31m")  # data stays data


def test_listings_and_aliases_are_the_same_graph_on_bulk_and_batched_paths(runner, tmp_path):
    """Full ISO dates and a separator in the text: the bulk COPY no longer guesses a DATE column."""
    src = tmp_path / "dated.jsonl"
    src.write_text(
        "".join(
            json.dumps(
                {
                    "title": f"Dated {i}",
                    "abstract": ABSTRACT + " \x1f GPT-4\x1fLLaMA |x|y",
                    "listed_on": ["2024-08-08", "2024-08-09"],
                    "published": "2024-08-01",
                }
            )
            + "\n"
            for i in range(3)
        ),
        encoding="utf-8",
    )
    dumps = []
    for flag in ("--bulk", "--no-bulk"):
        store = tmp_path / f"{flag}.lbdb"
        result = runner.invoke(main, ["build", str(src), "--store", str(store), flag])
        assert result.exit_code == 0, result.output
        with LadybugStore(store, read_only=True) as st:
            dumps.append(
                (
                    st.run_text("MATCH (p:Paper) RETURN p.id, p.listed_on, p.published ORDER BY p.id")[1],
                    st.run_text("MATCH (c:Concept) RETURN c.key, c.aliases ORDER BY c.key")[1],
                )
            )
    assert dumps[0] == dumps[1]
    assert dumps[0][0][0][1:] == [["2024-08-08", "2024-08-09"], "2024-08-01"]


def test_neo4j_admin_export_carries_a_pipe_in_a_list(tmp_path, src):
    store = tmp_path / "g.lbdb"
    api.build([str(src)], store=str(store))
    with LadybugStore(store) as st:
        st.run_text("MATCH (c:Concept) WITH c LIMIT 1 SET c.aliases = ['P(x|y)', 'a;b']")
    with LadybugStore(store, read_only=True) as st:
        out = export_graph(st, "neo4j-admin", tmp_path / "export")
    assert out["nodes"]["Concept"] > 0
    text = (tmp_path / "export" / "nodes" / "Concept.csv").read_text(encoding="utf-8")
    assert '"P(x|y)\x1fa;b"' in text
    assert "--array-delimiter=U+001F" in (tmp_path / "export" / "import.sh").read_text()


def test_view_file_names_are_unique_per_concept_key():
    keys = [
        "Dataset:humaneval",
        "Dataset:humaneval+",
        "Dataset:mbpp",
        "Dataset:mbpp+",
        "Method:a b",
        "Method:a-b",
        "Method:" + "x" * 80,
        "Method:" + "x" * 81,
    ]
    assert len({slug(k) for k in keys}) == len(keys)
    assert slug("Dataset:humaneval") == "dataset-humaneval" and slug("2401.00001") == "2401-00001"


def test_a_list_item_holding_the_bulk_separator_is_refused_not_split():
    from paperkg.store.bulk import csv_field

    with pytest.raises(StoreError, match="holds U\\+001F"):
        csv_field(["a\x1fb"])


def test_a_neo4j_that_is_down_is_one_line_and_no_driver_chatter(tmp_path):
    import socket
    import subprocess
    import sys

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    for uri in (f"neo4j://127.0.0.1:{port}", f"bolt://127.0.0.1:{port}"):
        out = subprocess.run(
            [sys.executable, "-m", "paperkg", "stats", "--store", uri], capture_output=True, text=True, timeout=60
        )
        assert out.returncode == 3 and out.stdout == ""
        assert out.stderr.startswith(f"error: cannot reach Neo4j at {uri}") and out.stderr.count("\n") == 1
