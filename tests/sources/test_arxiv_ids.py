"""arXiv ids come only from a field holding one, or an arxiv.org URL: no silent merges."""

from __future__ import annotations

import pytest

from paperkg.errors import InputError
from paperkg.sources import ReadReport, read_papers
from paperkg.sources.normalise import paper_id, parse_arxiv_id, parse_arxiv_url

# Real shapes from NeurIPS/ICML/CVPR exports whose unanchored reading merged distinct papers.
NOT_ARXIV = [
    "https://doi.org/10.1109/CVPR.2003.1211421",
    "10.1109/CVPR.2003.1211421",
    "https://proceedings.neurips.cc/paper/2020/hash/9412531719be7ccf755c4ff98d0969dc-Abstract.html",
    "hash/9412531",
    "https://proceedings.mlr.press/v119/chen20j.html",
    "https://openaccess.thecvf.com/content_CVPR_2019/html/He_Bag_of_Tricks_CVPR_2019_paper.html",
    "https://aclanthology.org/2023.acl-long.1",
    "2023.acl-long.1",
    "N16-3005",
    "see 2405.14734 for details",
    "2413.12345",  # month 13
]


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2405.14734", "2405.14734"),
        ("2405.14734v3", "2405.14734"),
        ("arXiv:2405.14734", "2405.14734"),
        ("0704.0001", "0704.0001"),
        ("hep-th/9901001", "hep-th/9901001"),
        ("math.GT/0309136v2", "math.GT/0309136"),
        ("https://arxiv.org/abs/2405.14734v2", "2405.14734"),
        ("http://arxiv.org/pdf/2405.14734v1.pdf", "2405.14734"),
        ("https://arxiv.org/abs/cond-mat/0102536", "cond-mat/0102536"),
    ],
)
def test_arxiv_id_in_either_form(value, expected):
    assert parse_arxiv_id(value) == expected


@pytest.mark.parametrize("value", NOT_ARXIV)
def test_dois_other_urls_and_other_ids_yield_no_arxiv_id(value):
    assert parse_arxiv_id(value) is None
    assert parse_arxiv_url(value) is None


def test_a_bare_id_in_the_url_field_is_not_an_arxiv_url():
    assert parse_arxiv_url("2405.14734") is None
    assert parse_arxiv_url("https://www.arxiv.org/abs/2405.14734") == "2405.14734"


def test_records_with_doi_and_proceedings_urls_never_merge(jsonl_file, abstract):
    records = [
        {"title": f"Distinct paper {i}", "abstract": abstract(f"topic {i}"), "url": url}
        for i, url in enumerate(NOT_ARXIV)
    ]
    records += [
        {
            "title": "Another CVPR paper",
            "abstract": abstract("other"),
            "id": "10.1109/CVPR.2003.1211421",
            "url": "https://doi.org/10.1109/CVPR.2003.1211421",
        }
    ]
    report = ReadReport()
    papers = list(read_papers([jsonl_file("doi.jsonl", records)], report=report))
    assert len(papers) == len(records) and report.merged == 0
    assert all(p.arxiv_id is None and p.id == paper_id(p.raw_title) for p in papers)
    assert papers[0].url == NOT_ARXIV[0]  # the url is kept as given


def test_merge_only_on_a_shared_id_or_the_same_title(jsonl_file, abstract):
    records = [
        {"title": "Paper A", "abstract": abstract("a"), "arxiv_id": "2405.14734"},
        {"title": "Paper A", "abstract": abstract("a"), "url": "https://arxiv.org/abs/2405.14734v2"},
        {"title": "Paper  B", "abstract": abstract("b"), "url": "https://aclanthology.org/2023.acl-long.1"},
        {"title": "paper b", "abstract": abstract("b"), "url": "https://aclanthology.org/2023.findings-acl.9"},
        {"title": "Paper C", "abstract": abstract("c"), "url": "https://doi.org/10.1109/CVPR.2003.1211421"},
    ]
    report = ReadReport()
    papers = list(read_papers([jsonl_file("m.jsonl", records)], report=report))
    assert [p.raw_title for p in papers] == ["Paper A", "Paper  B", "Paper C"]
    assert papers[0].id == "2405.14734" and len(papers[0].sources) == 2
    assert report.records == 5 and report.papers == 3 and report.merged == 2


def test_one_title_with_two_abstracts_is_one_paper_and_counted(jsonl_file, abstract):
    """A workshop and a main-venue version of one paper (the ACL corpus has 45): merged, first abstract
    kept, counted; an arXiv id repeated with another abstract stays an error."""
    records = [
        {
            "title": "Grammar Induction with Neural Language Models",
            "abstract": abstract("induction"),
            "url": "https://aclanthology.org/D18-1544",
        },
        {
            "title": "Grammar induction with neural language models",
            "abstract": abstract("induction", "Revised."),
            "url": "https://aclanthology.org/W18-5452",
        },
    ]
    report = ReadReport()
    (paper,) = read_papers([jsonl_file("venues.jsonl", records)], report=report)
    assert paper.url == "https://aclanthology.org/D18-1544" and "Revised" not in paper.abstract
    assert (report.records, report.merged, report.merged_versions) == (2, 1, 1)
    clash = [
        {"title": "A", "abstract": abstract("a"), "arxiv_id": "2405.14734"},
        {"title": "B", "abstract": abstract("b"), "arxiv_id": "2405.14734"},
    ]
    with pytest.raises(InputError, match="repeated id 2405.14734 with a different title or abstract"):
        list(read_papers([jsonl_file("clash.jsonl", clash)]))
