"""Evidence sentences and paper links for the nodes a page draws."""

from __future__ import annotations

from paperkg.views import NodeDetails
from view_samples import sample_data

DATA = sample_data()


def test_details_give_evidence_from_different_papers_and_links():
    d = NodeDetails(DATA)("Model:c1")
    assert 1 <= len(d["evidence"]) <= 2
    assert len(set(d["evidence"])) == len(d["evidence"])
    assert d["paper_links"] and all(p["title"] for p in d["paper_links"])


def test_details_of_a_paper_fall_back_to_its_arxiv_page():
    details = NodeDetails(DATA)
    assert details("2401.00002")["url"] == "https://arxiv.org/abs/2401.00002"  # no url, has arxiv id
    assert details("2401.00003")["url"] == "https://arxiv.org/abs/2401.00003"


def test_details_of_an_unknown_node_are_empty():
    assert NodeDetails(DATA)("Method:nowhere") == {"evidence": [], "paper_links": []}


def test_details_survive_bad_evidence_json():
    data = sample_data(5, 3)
    data.mentions[0]["evidence"] = "{not json"
    assert NodeDetails(data)(data.mentions[0]["concept_key"])["paper_links"]
