"""The CLI through CliRunner: exit codes and exact output of build/stats/query/remove."""

from __future__ import annotations

import json

import pytest

from paperkg import __version__
from paperkg.cli import main


@pytest.fixture
def sample(tmp_path, daily_file, abstract):
    return daily_file(
        "d.txt",
        "Aug 8",
        [
            ("SimpleNet: A Tiny Model", abstract("tiny models")),
            ("BigNet: A Large Model", abstract("large models")),
        ],
    )


def test_version(runner):
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0 and result.output == f"paperkg, version {__version__}\n"


def test_build_twice_is_idempotent(runner, tmp_path, sample):
    store = str(tmp_path / "g.lbdb")
    first = runner.invoke(main, ["build", str(sample), "--store", store, "--format", "json"])
    assert first.exit_code == 0, first.output
    s1 = json.loads(first.stdout)
    assert (s1["papers"], s1["new"], s1["updated"], s1["unchanged"], s1["skipped"]) == (2, 2, 0, 0, 0)
    second = runner.invoke(main, ["build", str(sample), "--store", store])
    assert second.exit_code == 0
    assert (
        second.stdout.splitlines()[0] == "2 papers read (2 records, 0 merged): 0 new, 0 updated, 2 unchanged, 0 skipped"
    )
    assert "nothing changed" in second.stderr


def test_a_refresh_stopped_at_its_pass_cap_is_told_on_stderr(runner, tmp_path, sample, monkeypatch):
    """The graph is whole either way; the user learns that a later build still moves something."""
    from paperkg.refresh import rounds

    monkeypatch.setattr(rounds, "FULL_PASSES", 1)
    monkeypatch.setattr(rounds, "_refresh_round", lambda st, keys: ({"renamed": 1}, {"Method:frob"}))
    result = runner.invoke(main, ["build", str(sample), "--store", str(tmp_path / "g.lbdb"), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["refresh"]["pending"] == 1
    assert "pass cap: 1 concept(s)" in result.stderr


def test_bulk_and_no_bulk_first_builds_print_the_same(runner, tmp_path, sample):
    """A first build loads in bulk; --no-bulk writes in batches; the user sees the same summary."""
    out = {}
    for flag in ("--bulk", "--no-bulk"):
        store = str(tmp_path / f"{flag}.lbdb")
        result = runner.invoke(main, ["build", str(sample), "--store", store, flag])
        assert result.exit_code == 0, result.output
        first, graph = result.stdout.splitlines()
        out[flag] = (first, graph.split(" in ")[0])
    assert out["--bulk"] == out["--no-bulk"]
    assert out["--bulk"][0] == "2 papers read (2 records, 0 merged): 2 new, 0 updated, 0 unchanged, 0 skipped"
    assert not list(tmp_path.glob("*.building"))


def test_changed_abstract_is_updated(runner, tmp_path, daily_file, abstract):
    store = str(tmp_path / "g.lbdb")
    path = daily_file("d.txt", "Aug 8", [("SimpleNet: A Tiny Model", abstract("tiny models"))])
    runner.invoke(main, ["build", str(path), "--store", store])
    daily_file("d.txt", "Aug 8", [("SimpleNet: A Tiny Model", abstract("tiny models", "Now with more results."))])
    result = runner.invoke(main, ["build", str(path), "--store", store, "--format", "json"])
    assert json.loads(result.stdout)["updated"] == 1


def test_stats_json_parses(runner, tmp_path, sample):
    store = str(tmp_path / "g.lbdb")
    runner.invoke(main, ["build", str(sample), "--store", store])
    result = runner.invoke(main, ["stats", "--store", store, "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["papers"] == 2 and data["listings"] == 2
    assert set(data["relationships"]) == {"MENTIONS", "PROPOSES", "REPORTS", "OF", "ON", "MEASURED_BY", "COMPARED_TO"}
    csv_out = runner.invoke(main, ["stats", "--store", store, "--format", "csv"]).stdout
    assert csv_out.splitlines()[0] == "what,type,count,name" and "Paper,,2," in csv_out.splitlines()


def test_bad_input_is_one_line_and_nonzero(runner, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "x", "abstract": "y"}\n{"title": "trunc', encoding="utf-8")
    store = tmp_path / "g.lbdb"
    result = runner.invoke(main, ["build", str(bad), "--store", str(store)])
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"error: {bad}:2: not valid JSON (Unterminated string starting at column 11); truncated file?\n"
    )
    assert not store.exists()  # nothing written, not even an empty store


def test_skip_invalid_reports_and_writes_report(runner, tmp_path, abstract):
    bad = tmp_path / "mixed.jsonl"
    bad.write_text(json.dumps({"title": "Good", "abstract": abstract("good")}) + "\n" + '{"title": "Lonely"}\n')
    report = tmp_path / "skipped.jsonl"
    result = runner.invoke(
        main, ["build", str(bad), "--store", str(tmp_path / "g.lbdb"), "--skip-invalid", "--report", str(report)]
    )
    assert result.exit_code == 0
    assert "1 papers read (1 records, 0 merged): 1 new, 0 updated, 0 unchanged, 1 skipped" in result.stdout
    assert f"skipped 1 record(s): 1 title with no abstract; details in {report}" in result.stderr
    (line,) = report.read_text().splitlines()
    assert json.loads(line) == {"path": str(bad), "line": 2, "reason": "title with no abstract: 'Lonely'"}


def test_query_list_and_run(runner, tmp_path, sample):
    store = str(tmp_path / "g.lbdb")
    runner.invoke(main, ["build", str(sample), "--store", store])
    listing = runner.invoke(main, ["query", "--list", "--format", "json"])
    assert listing.exit_code == 0 and isinstance(json.loads(listing.stdout), list)
    q = tmp_path / "count.cypher"
    q.write_text(
        "// name: count\n// params: prefix\nMATCH (p:Paper) WHERE p.title STARTS WITH $prefix RETURN count(p) AS n\n"
    )
    result = runner.invoke(main, ["query", str(q), "-p", "prefix=Simple", "--store", store, "--format", "csv"])
    assert result.exit_code == 0 and result.stdout == "n\n1\n"
    missing = runner.invoke(main, ["query", str(q), "--store", store])
    assert missing.exit_code == 2 and "needs parameter(s) prefix" in missing.stderr
    unknown = runner.invoke(main, ["query", "no_such_query", "--store", store])
    assert unknown.exit_code == 2 and "no query named 'no_such_query'" in unknown.stderr


def test_remove(runner, tmp_path, sample):
    store = str(tmp_path / "g.lbdb")
    runner.invoke(main, ["build", str(sample), "--store", store])
    stats = json.loads(runner.invoke(main, ["stats", "--store", store, "--format", "json"]).stdout)
    from paperkg.sources.normalise import paper_id

    pid = paper_id("SimpleNet: A Tiny Model")
    dry = runner.invoke(main, ["remove", "simplenet: a tiny model", "--dry-run", "--store", store])
    assert dry.exit_code == 0 and dry.stdout == f"would remove {pid}  SimpleNet: A Tiny Model\n"
    fragment = runner.invoke(main, ["remove", "SimpleNet", "--store", store])  # removal takes no guesses
    assert fragment.exit_code == 1 and fragment.stderr.startswith("error: ") and "did you mean" in fragment.stderr
    assert json.loads(runner.invoke(main, ["stats", "--store", store, "--format", "json"]).stdout) == stats
    result = runner.invoke(main, ["remove", pid, "--store", store])
    assert result.exit_code == 0 and result.stdout == f"removed {pid}  SimpleNet: A Tiny Model\n"
    after = json.loads(runner.invoke(main, ["stats", "--store", store, "--format", "json"]).stdout)
    assert after["papers"] == stats["papers"] - 1
    again = runner.invoke(main, ["remove", pid, "--store", store])
    assert again.exit_code == 1 and again.stderr.startswith("error: ") and len(again.stderr.splitlines()) == 1


def test_every_command_has_help_with_an_example(runner):
    def walk(group, prefix):
        for name, cmd in group.commands.items():
            yield prefix + [name], cmd
            if hasattr(cmd, "commands"):
                yield from walk(cmd, prefix + [name])

    for path, cmd in walk(main, []):
        result = runner.invoke(main, path + ["--help"])
        assert result.exit_code == 0, path
        if not hasattr(cmd, "commands"):
            assert "Example" in result.output, f"`paperkg {' '.join(path)} --help` shows no example"


def test_python_dash_m(tmp_path):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "paperkg", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "Usage:" in out.stdout


def test_build_summary_counts_merged_records_and_dois_merge_none(runner, tmp_path, jsonl_file, abstract):
    """Records whose url is a DOI or a proceedings link stay distinct papers in the graph;
    the two that share an arXiv id, and the two with one title, merge, and the summary says so."""
    records = [
        {
            "title": "Dense Matching in 2003",
            "abstract": abstract("matching"),
            "url": "https://doi.org/10.1109/CVPR.2003.1211421",
        },
        {
            "title": "Sparse Coding for Vision",
            "abstract": abstract("coding"),
            "url": "https://doi.org/10.1109/CVPR.2003.1211422",
        },
        {
            "title": "Hashing Kernels",
            "abstract": abstract("kernels"),
            "url": "https://proceedings.neurips.cc/paper/2020/hash/9412531719be7ccf755c4ff98d0969dc-Abstract.html",
        },
        {
            "title": "Kernel Hashing Revisited",
            "abstract": abstract("hashing"),
            "url": "https://proceedings.neurips.cc/paper/2021/hash/9412531aaaa7ccf755c4ff98d0969dc-Abstract.html",
        },
        {"title": "A Shared Preprint", "abstract": abstract("preprints"), "arxiv_id": "2405.14734"},
        {"title": "A Shared Preprint", "abstract": abstract("preprints"), "url": "https://arxiv.org/abs/2405.14734v2"},
        {"title": "Workshop and Main Venue", "abstract": abstract("venues"), "url": "https://aclanthology.org/W1"},
        {"title": "Workshop and main venue", "abstract": abstract("venues"), "url": "https://aclanthology.org/M1"},
    ]
    store = str(tmp_path / "g.lbdb")
    result = runner.invoke(main, ["build", str(jsonl_file("r.jsonl", records)), "--store", store])
    assert result.exit_code == 0, result.output
    assert (
        result.stdout.splitlines()[0] == "6 papers read (8 records, 2 merged): 6 new, 0 updated, 0 unchanged, 0 skipped"
    )
    stats = json.loads(runner.invoke(main, ["stats", "--store", store, "--format", "json"]).stdout)
    assert stats["papers"] == 6


@pytest.mark.parametrize("flag", ["--input-format", "--format", None])
def test_build_acl_xml_gzipped_by_name_or_detected(runner, tmp_path, flag):
    import gzip
    from pathlib import Path

    fixture = Path(__file__).parents[1] / "sources" / "fixtures" / "acl_anthology.xml"
    source = tmp_path / "2023.demo.xml.gz"
    source.write_bytes(gzip.compress(fixture.read_bytes()))
    store = str(tmp_path / "g.lbdb")
    args = ["build", str(source), "--store", store] + ([flag, "acl"] if flag else [])
    result = runner.invoke(main, args + (["--format", "json"] if flag != "--format" else []))
    assert result.exit_code == 0, result.output
    if flag == "--format":  # the old spelling of --input-format: still read, with a warning
        assert "warning: --format acl is deprecated here: use --input-format acl" in result.stderr
        assert result.stdout.startswith("3 papers read (3 records, 0 merged): 3 new")
    else:
        summary = json.loads(result.stdout)
        assert (summary["papers"], summary["new"], summary["merged"]) == (3, 3, 0)
    urls = tmp_path / "urls.cypher"
    urls.write_text("MATCH (p:Paper) RETURN p.url AS url, p.published AS published ORDER BY url\n")
    result = runner.invoke(main, ["query", str(urls), "--store", store, "--format", "csv"])
    assert result.stdout.splitlines() == [
        "url,published",
        "https://aclanthology.org/2023.demo-long.1,2023-07-01",
        "https://aclanthology.org/2023.demo-long.3,2022-12-01",
        "https://aclanthology.org/2023.demo-short.7,2023-01-01",
    ]


def test_named_query_reads_a_paper_id_that_looks_like_a_number_as_written(runner, tmp_path, abstract):
    # `paperkg query paper_card -p paper=2401.00010` (an arXiv id, the query's own example shape) was
    # passed as the float 2401.0001 and failed in the database ("Cast failed ... not in DOUBLE range", exit 2)
    src = tmp_path / "arxiv.jsonl"
    records = [
        {"title": "SimpleNet: A Tiny Model", "abstract": abstract("SimpleNet"), "id": "2401.00010"},
        {"title": "Another Paper Without an arXiv Id", "abstract": abstract("retrieval")},  # a t-... id
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in records))
    store = str(tmp_path / "g.lbdb")
    assert runner.invoke(main, ["build", str(src), "--store", store]).exit_code == 0
    card = runner.invoke(main, ["query", "paper_card", "-p", "paper=2401.00010", "--store", store, "--format", "json"])
    assert card.exit_code == 0, card.stderr
    assert {r["paper_id"] for r in json.loads(card.stdout)} == {"2401.00010"}
    missing = runner.invoke(main, ["query", "similar_papers", "-p", "paper=2401.99999", "--store", store])
    assert missing.exit_code == 1 and missing.stderr == "error: no paper '2401.99999'\n"
    limited = runner.invoke(main, ["query", "search", "-p", "q=simple", "-p", "limit=1", "--store", store])
    assert limited.exit_code == 0 and "SimpleNet" in limited.stdout  # a limit is still a number


def test_a_reader_that_stops_early_gets_no_error_line(runner, tmp_path, abstract):
    # `paperkg query ... | head -1` printed "error: Broken pipe" and exited 3 (a store problem)
    import subprocess
    import sys

    src = tmp_path / "one.jsonl"
    src.write_text(json.dumps({"title": "SimpleNet: A Tiny Model", "abstract": abstract("SimpleNet")}) + "\n")
    store = str(tmp_path / "g.lbdb")
    assert runner.invoke(main, ["build", str(src), "--store", store]).exit_code == 0
    many = tmp_path / "many.cypher"
    many.write_text("UNWIND range(1, 200000) AS i RETURN i\n")  # far more than a pipe's buffer
    proc = subprocess.Popen(
        [sys.executable, "-m", "paperkg", "query", str(many), "--store", store, "--format", "csv"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout.readline() == b"i\n"
    proc.stdout.close()  # what `head -1` does after its line
    assert proc.wait(timeout=120) == 141
    assert proc.stderr.read() == b""
