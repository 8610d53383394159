"""Property-based fuzzing of every reader (Hypothesis), bounded in time.

Whatever a file holds — random bytes, JSON of any shape in any field, text
that almost looks like a Daily Papers page or a CSV — reading it either
yields Papers whose fields have the types the rest of paperkg relies on, or
raises InputError (skip mode: counts it); never any other exception. Each
test runs at most MAX_EXAMPLES inputs with a per-input deadline.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paperkg.errors import InputError
from paperkg.model import Paper
from paperkg.sources import FORMATS, ReadReport, read_papers
from paperkg.sources.fields import MAX_ABSTRACT_CHARS, MAX_TITLE_CHARS

# PAPERKG_FUZZ_EXAMPLES=2000 runs a longer, randomised search (1,500 found nothing: 2 min)
MAX_EXAMPLES = int(os.environ.get("PAPERKG_FUZZ_EXAMPLES", "120"))
FUZZ = settings(
    max_examples=MAX_EXAMPLES,
    deadline=2000,
    derandomize="PAPERKG_FUZZ_EXAMPLES" not in os.environ,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

FIELDS = (
    "title",
    "abstract",
    "summary",
    "id",
    "arxiv_id",
    "url",
    "published",
    "update_date",
    "date",
    "listed_on",
    "authors",
    "authors_parsed",
    "categories",
)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=40)
    | st.sampled_from(["2024-08-08", "--08-08", "2024-02-31", "2401.00001", "Aug 8", "", " "]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
good_text = st.text(min_size=1, max_size=200)
records = st.fixed_dictionaries(
    {"title": st.one_of(good_text, json_values), "abstract": st.one_of(good_text, json_values)},
    optional={name: json_values for name in FIELDS[2:]},
)


def _check_paper(p: Paper) -> None:
    assert isinstance(p, Paper) and p.id and isinstance(p.id, str)
    for text in (p.title, p.abstract, p.raw_title, p.raw_abstract):
        assert isinstance(text, str)
        text.encode("utf-8")  # no lone surrogates reach the store
    assert 0 < len(p.raw_title) <= MAX_TITLE_CHARS and 0 < len(p.raw_abstract) <= MAX_ABSTRACT_CHARS
    for seq in (p.listed_on, p.authors, p.categories, p.sources):
        assert isinstance(seq, tuple) and all(isinstance(x, str) for x in seq)
    assert all(len(d) == 10 and "\x1f" not in d and "|" not in d for d in p.listed_on)
    assert p.published is None or isinstance(p.published, str)
    assert not any(ch in p.title + p.abstract for ch in "\x00\x1b\x1f")


def _read_every_way(data: bytes, suffix: str) -> None:
    """Read `data` as a file in every format (detected and forced), strict and skipping."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        for fmt in (None, *FORMATS):
            try:
                for p in read_papers([path], fmt=fmt):
                    _check_paper(p)
            except InputError as err:
                assert "\n" not in str(err)
            report = ReadReport()
            try:
                papers = list(read_papers([path], fmt=fmt, skip_invalid=True, report=report))
            except InputError:
                continue  # only a file-level problem (no such file) may still raise
            for p in papers:
                _check_paper(p)
            assert report.papers == len(papers)


@FUZZ
@given(st.binary(max_size=600), st.sampled_from([".txt", ".jsonl", ".json", ".csv"]))
def test_random_bytes(data, suffix):
    _read_every_way(data, suffix)


@FUZZ
@given(st.lists(records | json_values, max_size=5))
def test_json_lines_and_arrays_of_any_shape(items):
    lines = "\n".join(json.dumps(r) for r in items) + "\n"
    _read_every_way(lines.encode("utf-8", "surrogatepass"), ".jsonl")
    _read_every_way(json.dumps(items).encode("utf-8", "surrogatepass"), ".json")


@FUZZ
@given(st.lists(st.lists(st.text(max_size=60), min_size=2, max_size=4), max_size=5), st.booleans())
def test_csv_rows(rows, quote_all):
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    writer.writerow(["title", "abstract", "listed_on", "authors"][: max(2, len(rows[0]) if rows else 2)])
    writer.writerows(rows)
    _read_every_way(out.getvalue().encode("utf-8", "surrogatepass"), ".csv")


daily_lines = st.sampled_from(
    [
        "Daily Papers",
        "Aug 8",
        "Feb 30",
        "Aug 8, 2024",
        "Feb 29, 2023",
        "Title here",
        "We study things. It works. Really.",
        "",
        "\x1b[31m",
        "Upvote",
    ]
) | st.text(max_size=80)


@FUZZ
@given(st.lists(daily_lines, max_size=24))
def test_daily_papers_pages(lines):
    _read_every_way("\n".join(lines).encode("utf-8", "surrogatepass"), ".txt")
