"""Every reader format, duplicate merging, and ids."""

from __future__ import annotations

import json

import pytest

from paperkg.errors import InputError
from paperkg.sources import ReadReport, detect_format, expand_sources, read_papers
from paperkg.sources.daily_papers import parse_date_line
from paperkg.sources.normalise import paper_id


def test_daily_papers_pairs_dates_and_latex(daily_file, abstract):
    path = daily_file(
        "d.txt",
        "Aug 8",
        [
            ("D^{2}MoE: Dual Routing", abstract("routing", "It is 179times faster and reaches 97.2\\% on MATH500.")),
            ("H_2O: Heavy Hitters", abstract("KV caches")),
        ],
    )
    papers = list(read_papers([path]))
    assert [p.raw_title for p in papers] == ["D^{2}MoE: Dual Routing", "H_2O: Heavy Hitters"]
    assert papers[0].title == "D^2MoE: Dual Routing"
    assert "179× faster" in papers[0].abstract and "97.2% on MATH500" in papers[0].abstract
    assert "179times" in papers[0].raw_abstract
    assert papers[1].title.startswith("H_2O")
    assert all(p.listed_on == ("--08-08",) for p in papers)
    assert papers[0].sources == (f"{path}:11",)


def test_date_line_with_and_without_year():
    assert parse_date_line("Aug 8") == "--08-08"
    assert parse_date_line("Mar 13, 2024") == "2024-03-13"
    assert parse_date_line("Subscribe") is None
    assert parse_date_line("Foo 8") is None


def test_same_paper_in_two_dumps_is_one_paper_with_both_dates(daily_file, abstract):
    a = daily_file("a.txt", "Mar 13", [("Shared Paper", abstract("x")), ("Only A", abstract("y"))])
    b = daily_file("b.txt", "Aug 8", [("Shared  paper", abstract("x"))])
    report = ReadReport()
    papers = list(read_papers([a, b], report=report))
    assert [p.raw_title for p in papers] == ["Shared Paper", "Only A"]
    assert papers[0].listed_on == ("--03-13", "--08-08")
    assert report.records == 3 and report.papers == 2


def test_jsonl_fields(jsonl_file, abstract):
    path = jsonl_file(
        "p.jsonl",
        [
            {
                "title": "A Paper",
                "abstract": abstract("a"),
                "arxiv_id": "2405.14734v2",
                "published": "2024-05-23",
                "authors": ["Ann Lee", "Bo Chen"],
                "url": "https://arxiv.org/abs/2405.14734",
            },
            {"title": "B Paper", "abstract": abstract("b"), "authors": "Ann Lee and Bo Chen"},
        ],
    )
    a, b = read_papers([path])
    assert a.id == "2405.14734" and a.published == "2024-05-23" and a.authors == ("Ann Lee", "Bo Chen")
    assert b.id == paper_id("B Paper") and b.id.startswith("t-") and b.authors == ("Ann Lee", "Bo Chen")


def test_json_array_streams_elements(tmp_path, abstract):
    path = tmp_path / "p.json"
    records = [{"title": f"Paper {i}", "abstract": abstract(str(i))} for i in range(50)]
    path.write_text(json.dumps(records, indent=2), encoding="utf-8")
    papers = list(read_papers([path]))
    assert [p.raw_title for p in papers] == [f"Paper {i}" for i in range(50)]


def test_json_array_larger_than_one_chunk(tmp_path, abstract, monkeypatch):
    import paperkg.sources.structured as structured

    monkeypatch.setattr(structured, "_CHUNK", 64)  # force elements to straddle chunks
    path = tmp_path / "p.json"
    path.write_text(
        json.dumps([{"title": f"Pàper {i}", "abstract": abstract("é" * 30)} for i in range(20)]), encoding="utf-8"
    )
    assert len(list(read_papers([path]))) == 20


def test_csv(tmp_path, abstract):
    path = tmp_path / "p.csv"
    path.write_text('title,abstract,published\n"A, with comma","' + abstract("a") + '",2024-01-02\n', encoding="utf-8")
    (p,) = read_papers([path])
    assert p.raw_title == "A, with comma" and p.published == "2024-01-02"


def test_arxiv_snapshot(tmp_path):
    path = tmp_path / "arxiv-metadata-oai-snapshot.json"
    rec = {
        "id": "0704.0001",
        "submitter": "x",
        "authors": "C. Bal\\'azs, E. L. Berger",
        "title": "Calculation of prompt diphoton\n  production",
        "categories": "hep-ph cs.LG",
        "abstract": "  A fully differential calculation in perturbative quantum chromodynamics is\npresented for the production of massive photon pairs at hadron colliders.\n",
        "update_date": "2008-11-13",
        "authors_parsed": [["Balázs", "C.", ""], ["Berger", "E. L.", ""]],
    }
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    assert detect_format(path) == "arxiv"
    (p,) = read_papers([path])
    assert p.id == "0704.0001" and p.categories == ("hep-ph", "cs.LG")
    assert p.title == "Calculation of prompt diphoton production"
    assert p.authors == ("C. Balázs", "E. L. Berger") and p.published == "2008-11-13"
    assert "\n" not in p.abstract


@pytest.mark.parametrize(
    "content,fmt",
    [
        ('{"title": "a", "abstract": "b"}\n', "jsonl"),
        ('[{"title": "a"}]', "json"),
        ("title,abstract\n", "csv"),
        ("Daily Papers\n\nAug 8\n\nT\n\nA\n", "daily"),
    ],
)
def test_detect_format(tmp_path, content, fmt):
    path = tmp_path / "x.dat"
    path.write_text(content, encoding="utf-8")
    assert detect_format(path) == fmt


def test_format_override(tmp_path, abstract):
    path = tmp_path / "x.txt"
    path.write_text(json.dumps({"title": "T", "abstract": abstract("t")}) + "\n", encoding="utf-8")
    assert [p.raw_title for p in read_papers([path], fmt="jsonl")] == ["T"]
    with pytest.raises(InputError, match="unknown format 'xml'"):
        list(read_papers([path], fmt="xml"))


def test_directories_and_globs(tmp_path, daily_file, jsonl_file, abstract):
    daily_file("a.txt", "Aug 8", [("A", abstract("a"))])
    jsonl_file("b.jsonl", [{"title": "B", "abstract": abstract("b")}])
    (tmp_path / "notes.md").write_text("ignored")
    assert [p.name for p in expand_sources([tmp_path])] == ["a.txt", "b.jsonl"]
    assert [p.name for p in expand_sources([str(tmp_path / "*.jsonl")])] == ["b.jsonl"]
    assert {p.raw_title for p in read_papers([tmp_path])} == {"A", "B"}


def test_shared_corpus_has_261_papers_and_316_listings(corpus_dir):
    report = ReadReport()
    papers = list(read_papers([corpus_dir], report=report))
    assert report.records == 316 and len(papers) == 261
    assert sum(len(p.listed_on) for p in papers) == 316
    assert len({p.id for p in papers}) == 261
