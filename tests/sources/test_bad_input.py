"""Each kind of bad input: a one-line error naming file and line, or a counted skip."""

from __future__ import annotations

import json

import pytest

from paperkg.errors import InputError
from paperkg.sources import ReadReport, read_papers


def _bad_files(tmp_path, abstract):
    good = json.dumps({"title": "Good", "abstract": abstract("good")})
    files = {
        "unknown.txt": ("Hello there.\nThis is a shopping list.\n", "cannot tell the format", 1),
        "latin1.jsonl": (None, "not UTF-8", 2),
        "truncated.jsonl": (good + "\n" + good[:40] + "\n", "not valid JSON", 2),
        "truncated.json": ("[" + good + ",\n" + good[:30], "truncated file", 2),
        "empty.jsonl": ("", "empty file", None),
        "nocols.csv": ("name,summary_text\nA,B\n", "lacks column(s) title, abstract", 1),
        "noabstract.jsonl": (
            good + "\n" + json.dumps({"title": "Lonely"}) + "\n",
            "title with no abstract: 'Lonely'",
            2,
        ),
    }
    paths = {}
    for name, (content, _, _) in files.items():
        path = tmp_path / name
        if content is None:
            path.write_bytes(
                good.encode()
                + b"\n"
                + json.dumps({"title": "Caf\u00e9", "abstract": abstract("x")})
                .encode("latin-1")
                .replace(b"\\u00e9", b"\xe9")
                + b"\n"
            )
        else:
            path.write_text(content, encoding="utf-8")
        paths[name] = path
    return files, paths


@pytest.mark.parametrize(
    "name",
    [
        "unknown.txt",
        "latin1.jsonl",
        "truncated.jsonl",
        "truncated.json",
        "empty.jsonl",
        "nocols.csv",
        "noabstract.jsonl",
    ],
)
def test_bad_input_names_file_and_line(tmp_path, abstract, name):
    files, paths = _bad_files(tmp_path, abstract)
    _, message, line = files[name]
    with pytest.raises(InputError) as info:
        list(read_papers([paths[name]]))
    err = info.value
    assert message in str(err)
    assert err.path == str(paths[name]) and err.line == line
    assert str(err).startswith(f"{paths[name]}:{line}: " if line else f"{paths[name]}: ")
    assert "\n" not in str(err)


def test_daily_title_without_abstract(daily_file, abstract):
    path = daily_file("d.txt", "Aug 8", [("First", abstract("a")), ("Second", None), ("Third", abstract("c"))])
    with pytest.raises(InputError, match="title with no abstract: 'Second'") as info:
        list(read_papers([path]))
    assert info.value.line == 15  # the title line of "Second"
    report = ReadReport()
    titles = [p.raw_title for p in read_papers([path], skip_invalid=True, report=report)]
    assert titles == ["First", "Third"]
    assert len(report.skipped) == 1


def test_skip_invalid_counts_every_reason(tmp_path, abstract):
    files, paths = _bad_files(tmp_path, abstract)
    report = ReadReport()
    papers = list(read_papers(list(paths.values()), skip_invalid=True, report=report))
    # the good line of latin1, truncated.jsonl, truncated.json and noabstract: one paper ("Good")
    assert [p.raw_title for p in papers] == ["Good"]
    assert report.records == 4
    reasons = report.skipped_by_reason()
    assert sum(reasons.values()) == 7
    assert reasons["bytes that are not UTF-8"] == 1 and reasons["empty file"] == 1


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        list(read_papers([tmp_path / "nope.jsonl"]))
    with pytest.raises(InputError, match="no file matches"):
        list(read_papers([str(tmp_path / "*.csv")]))
