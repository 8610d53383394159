"""Finding a concept or paper by what a person types; details for the tooltip."""
from __future__ import annotations

import pytest

from paperkg.analytics.projection import bipartite_graph, cooccurrence_graph
from paperkg.errors import NotFoundError
from paperkg.views import NodeDetails, find_concept, find_paper
from view_samples import EVIL_TITLE, sample_data

DATA = sample_data()
CO = cooccurrence_graph(DATA)
BI = bipartite_graph(DATA)


def test_find_concept_by_key_name_or_alias_any_case():
    assert find_concept(CO, "Model:c1") == "Model:c1"
    assert find_concept(CO, "CONCEPT 1") == "Model:c1"
    assert find_concept(CO, "c1") == "Model:c1"


def test_unknown_concept_suggests_close_names():
    with pytest.raises(NotFoundError) as err:
        find_concept(CO, "concept 1x")
    assert "concept 1" in err.value.suggestions


def test_find_paper_by_id_title_or_unique_fragment():
    assert find_paper(BI, "2401.00005") == "2401.00005"
    assert find_paper(BI, "paper 12") == "2401.00012"
    assert find_paper(BI, EVIL_TITLE) == "2401.00000"
    assert find_paper(BI, "</div><script>") == "2401.00000"


def test_ambiguous_or_unknown_paper_raises_with_suggestions():
    with pytest.raises(NotFoundError, match="papers match"):
        find_paper(BI, "aper 1")
    with pytest.raises(NotFoundError, match="no paper"):
        find_paper(BI, "no such thing at all")
    with pytest.raises(NotFoundError):
        find_concept(BI, "2401.00005")  # a paper is not a concept


def test_details_give_evidence_from_different_papers_and_links():
    d = NodeDetails(DATA)("Model:c1")
    assert 1 <= len(d["evidence"]) <= 2
    assert len(set(d["evidence"])) == len(d["evidence"])
    assert all(p["title"] for p in d["paper_links"])


def test_details_of_a_paper_fall_back_to_its_arxiv_page():
    details = NodeDetails(DATA)
    assert details("2401.00002")["url"] == "https://arxiv.org/abs/2401.00002"  # no url, has arxiv id
    assert details("2401.00003")["url"] == "https://arxiv.org/abs/2401.00003"


def test_details_survive_bad_evidence_json():
    data = sample_data(5, 3)
    data.mentions[0]["evidence"] = "{not json"
    assert NodeDetails(data)(data.mentions[0]["concept_key"])["paper_links"]
