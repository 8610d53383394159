"""Compressed inputs read like the files they hold, and the ACL Anthology's own XML."""

from __future__ import annotations

import bz2
import gzip
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from paperkg.errors import InputError
from paperkg.sources import detect_format, expand_sources, read_papers
from paperkg.sources.acl_anthology import anthology_id, month_number, published_date

FIXTURE = Path(__file__).parent / "fixtures" / "acl_anthology.xml"


def compress(path: Path, kind: str) -> Path:
    """`path` as .gz, .bz2 or a .zip holding it alone."""
    data = path.read_bytes()
    if kind == "gz":
        out = path.with_name(path.name + ".gz")
        out.write_bytes(gzip.compress(data))
    elif kind == "bz2":
        out = path.with_name(path.name + ".bz2")
        out.write_bytes(bz2.compress(data))
    else:
        out = path.with_name(path.name + ".zip")
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(path.name, data)
    path.unlink()
    return out


def plain_sources(tmp_path: Path, daily_file, abstract) -> dict[str, Path]:
    records = [{"title": f"Paper {i}", "abstract": abstract(f"topic {i}"), "published": "2024-05-01"} for i in range(3)]
    jsonl = tmp_path / "p.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    array = tmp_path / "p.json"
    array.write_text(json.dumps(records), encoding="utf-8")
    table = tmp_path / "p.csv"
    table.write_text(
        "title,abstract\n" + "".join(f'"{r["title"]}","{r["abstract"]}"\n' for r in records), encoding="utf-8"
    )
    daily = daily_file("p.txt", "Aug 8", [(r["title"], r["abstract"]) for r in records])
    xml = tmp_path / "p.xml"
    shutil.copy(FIXTURE, xml)
    return {"jsonl": jsonl, "json": array, "csv": table, "daily": daily, "acl": xml}


@pytest.mark.parametrize("kind", ["gz", "bz2", "zip"])
@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "daily", "acl"])
def test_every_reader_reads_compressed_files_as_the_plain_ones(tmp_path, daily_file, abstract, fmt, kind):
    plain = plain_sources(tmp_path, daily_file, abstract)[fmt]
    expected = [(p.id, p.title, p.abstract, p.published) for p in read_papers([plain])]
    packed = compress(plain, kind)
    assert detect_format(packed) == fmt
    got = [(p.id, p.title, p.abstract, p.published) for p in read_papers([packed])]
    assert got == expected and len(got) == 3
    assert packed.name in [p.name for p in expand_sources([tmp_path])]  # directory scans find it too


def test_a_zip_of_two_files_is_refused_naming_them(tmp_path):
    path = tmp_path / "two.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.jsonl", "{}\n")
        z.writestr("b.jsonl", "{}\n")
    with pytest.raises(
        InputError, match=r"two\.zip: a zip archive must hold exactly one file, this one holds 2 \(a\.jsonl, b\.jsonl\)"
    ):
        list(read_papers([path]))


def test_a_cut_gzip_names_the_file(tmp_path, abstract):
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress(
        "".join(json.dumps({"title": f"T{i}", "abstract": abstract(str(i))}) + "\n" for i in range(2000)).encode()
    )
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match=r"cut\.jsonl\.gz: compressed data is damaged or cut short"):
        list(read_papers([path]))


def test_acl_xml_papers_markup_dates_and_urls():
    assert detect_format(FIXTURE) == "acl"
    papers = list(read_papers([FIXTURE]))
    # the front matter and the paper without an abstract are not papers
    assert [p.title for p in papers] == [
        "BERT-style Pretraining for Swahili Parsing",
        "Late-breaking Results on LSTM Language Models",
        "Short and Sweet: Prompting GPT-4 for Summaries",
    ]
    bert, lstm, short = papers
    assert "a BERT encoder" in bert.abstract and "O(n^2)" in bert.abstract and "model SwaBERT." in bert.abstract
    assert bert.published == "2023-07-01" and bert.url == "https://aclanthology.org/2023.demo-long.1"
    assert bert.authors == ("Amina Njoroge", "José García") and bert.arxiv_id is None
    assert lstm.published == "2022-12-01"  # the paper's own date wins over its volume's
    assert "careful regularisation, they match" in lstm.abstract  # whitespace collapsed
    assert short.published == "2023-01-01"  # a volume with a year and no month
    assert short.url == "https://aclanthology.org/2023.demo-short.7"  # no <url>: the id from the ids


def test_acl_xml_errors_name_the_line(tmp_path):
    path = tmp_path / "bad.xml"
    path.write_text(
        FIXTURE.read_text(encoding="utf-8").replace("</volume>\n  <volume", "</paper>\n  <volume", 1), encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"bad\.xml:\d+: not valid XML \(mismatched tag\)"):
        list(read_papers([path]))
    other = tmp_path / "other.xml"
    other.write_text("<?xml version='1.0'?>\n<rss><channel/></rss>\n", encoding="utf-8")
    with pytest.raises(InputError, match="XML, but not ACL Anthology metadata"):
        detect_format(other)


def test_acl_dates_and_ids():
    assert month_number("June-July") == 6 and month_number("7") == 7 and month_number("Summer") is None
    assert published_date("2019", "Jul.") == "2019-07-01" and published_date("2019", None) == "2019-01-01"
    assert published_date("n.d.", "July") is None
    assert anthology_id("2023.acl", "long", "12") == "2023.acl-long.12"
    assert anthology_id("P16", "1", "1") == "P16-1001"
