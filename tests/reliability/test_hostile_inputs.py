"""Every hostile input of ../shared/reliability/inputs/ (copied to tests/reliability/inputs/)
in each mode: into an existing store, into a new store, and with --skip-invalid.

A bad file is one line `error: FILE:LINE: reason` on stderr, exit 2, and the
store exactly as it was (byte for byte, no file added); valid files build. With
--skip-invalid only the bad records are skipped, each counted and reported.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from paperkg.cli import main
from paperkg.store.ladybug import LadybugStore

from .conftest import INPUTS, store_files

# file -> (line of the error or None when the file is valid, what the message says,
#          papers built with --skip-invalid, records skipped)
EXPECTED = {
    "a04_trailing_garbage.json": (15, "text after the JSON array's closing ]", 3, 1),
    "a09_latin1_mid.json": (4, "bytes that are not UTF-8", 2, 1),
    "c06b_unterminated_mid.csv": (2, "unterminated quote", 0, 1),
    "d07_nonlatin_titles.txt": (None, "", 3, 0),
    "d11_bad_date.txt": (5, "date line 'Feb 31, 2024' names a day that does not exist", 1, 1),
    "d14_valid_with_year.txt": (None, "", 3, 0),
    "d15_latin1_second_of_six.txt": (11, "bytes that are not UTF-8", 5, 1),
    "j12_dup_id_diff.jsonl": (2, "repeated id 2401.00001 with a different title or abstract (first at", 1, 1),
    "j14_control_chars.jsonl": (None, "", 1, 0),
    "j18_lone_surrogate.jsonl": (1, "field 'title' holds a lone surrogate", 0, 1),
    "j19_listed_on_mixed.jsonl": (1, "field 'listed_on' item 2 must be a string, got a number", 0, 2),
    "j20_authors_ints.jsonl": (1, "field 'authors_parsed'", 0, 1),
    "j21_categories_int.jsonl": (1, "field 'categories' must be a string or a list of strings", 0, 1),
    "j27_listed_on_obj.jsonl": (1, "field 'listed_on' must be a date or a list of dates, got an object", 0, 2),
    "j28_listed_on_mixed_shapes.jsonl": (2, "field 'listed_on' item 1 must be a string, got a list", 1, 1),
    "j30_sep_in_listed_on.jsonl": (1, "field 'listed_on' value", 0, 1),
    "j31_latin1_second_of_six.jsonl": (2, "bytes that are not UTF-8", 5, 1),
    "names2.jsonl": (None, "", 11, 0),
    "x03_authors_bad.json": (1, "field 'authors_parsed'", 0, 1),
    "x06_first_line_9kb.json": (None, "", 2, 0),
    "xss.jsonl": (None, "", 5, 0),
}
FILES = sorted(EXPECTED)


def test_every_shared_input_is_in_the_table():
    assert sorted(p.name for p in INPUTS.iterdir()) == FILES


def _papers(store) -> int:
    with LadybugStore(store, read_only=True) as st:
        return st.counts()["Paper"]


def _build(*args):
    return CliRunner().invoke(main, ["build", *map(str, args)])


def _assert_one_line_error(result, name):
    line, message, _, _ = EXPECTED[name]
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.startswith(f"error: {INPUTS / name}:{line}: ") and message in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.endswith("\n")


@pytest.mark.parametrize("name", FILES)
def test_into_an_existing_store(name, existing_store):
    before, papers = store_files(existing_store.parent), _papers(existing_store)
    result = _build(INPUTS / name, "--store", existing_store)
    if EXPECTED[name][0] is None:
        assert result.exit_code == 0, result.output
        assert _papers(existing_store) == papers + EXPECTED[name][2]
    else:
        _assert_one_line_error(result, name)
        assert store_files(existing_store.parent) == before  # not a byte changed, no file added


@pytest.mark.parametrize("name", FILES)
def test_into_a_new_store(name, tmp_path):
    store = tmp_path / "new" / "g.lbdb"
    result = _build(INPUTS / name, "--store", store)
    if EXPECTED[name][0] is None:
        assert result.exit_code == 0, result.output
        assert _papers(store) == EXPECTED[name][2]
        assert sorted(p.name for p in store.parent.iterdir()) == ["g.lbdb"]
    else:
        _assert_one_line_error(result, name)
        assert not store.parent.exists() or not any(store.parent.iterdir())


@pytest.mark.parametrize("name", FILES)
def test_with_skip_invalid(name, tmp_path):
    store, report = tmp_path / "g.lbdb", tmp_path / "skipped.jsonl"
    result = _build(INPUTS / name, "--store", store, "--skip-invalid", "--report", report, "--format", "json")
    _, message, papers, skipped = EXPECTED[name]
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["papers"], summary["new"], summary["skipped"]) == (papers, papers, skipped)
    assert _papers(store) == papers
    if skipped:
        rows = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
        assert len(rows) == skipped and rows[0]["line"] == EXPECTED[name][0] and message in rows[0]["reason"]
    else:
        assert not report.exists()
