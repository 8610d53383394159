"""Organisations and sentence connectives on invented sentences (stop 47, issue 12): GUIDE-NOTES 1 says
organisations are no entities; a sentence adverb ("Moreover") is no name wherever a rule typed it."""

import pytest


@pytest.fixture(scope="module")
def nlp():
    from paperkg.extract.pipeline import build_pipeline

    return build_pipeline()


def _names(nlp, text: str) -> set[str]:
    return {e["name"] for e in nlp(text)._.paperkg_entities}


def test_an_organisation_defined_with_an_acronym_is_no_concept(nlp):
    # a lab named with an organisation's head noun, acronym defined, next to a real technique
    names = _names(
        nlp,
        "A Title\nWe thank the Institute for Frobnication Research (IFR) for support. "
        "IFR trained the model with contrastive learning on the SQuAD dataset.",
    )
    assert not {"Institute for Frobnication Research", "IFR"} & names
    assert "contrastive learning" in names


def test_a_known_lab_or_university_is_no_concept(nlp):
    # a company lab and a university (organisations.txt) that release a model
    names = _names(
        nlp,
        "A Title\nResearchers at MBZUAI and Google DeepMind released FrobLM, trained with RLHF. "
        "Harbin Institute of Technology built the QuuxBench benchmark.",
    )
    assert not {"MBZUAI", "Google DeepMind", "Harbin Institute of Technology"} & names
    assert "FrobLM" in names


@pytest.mark.parametrize("word", ["Moreover", "However", "Furthermore", "Additionally"])
def test_a_connective_after_a_list_marker_is_no_concept(nlp, word):
    names = _names(
        nlp,
        f"A Title\nOur pipeline has three steps. (1) We parse the page. (2) We tag it. (3) {word}, FrobAgent "
        "edits the page via large multimodal models like GPT-4V.",
    )
    assert word not in names
