"""Released software, medical conditions, research organisations and nested techniques on invented sentences (stop 37: each a
class of Method/Task errors seen in three or more development papers, acl-dev and the fresh samples)."""

import pytest


@pytest.fixture(scope="module")
def rules_nlp():
    from paperkg.extract.pipeline import build_pipeline

    return build_pipeline({"paperkg_decision": {"enabled": False}})


def _types(nlp, text: str) -> dict[str, str]:
    return {e["name"]: e["type"] for e in nlp(text)._.paperkg_entities}


def test_a_name_described_as_a_toolkit_is_released_software(rules_nlp):
    # "X, an open-source toolkit for ...", "X is a tool for ...": software (R9), the paper's own too (R6);
    # "X, a framework" stays a technique
    types = _types(rules_nlp, "A Title\nWe introduce FrobSpell, an open-source toolkit for spelling correction.")
    assert types["FrobSpell"] == "Model"
    types = _types(rules_nlp, "A Title\nQUIBBLE is a tool for reading old texts in class.")
    assert types["QUIBBLE"] == "Model"
    # however often a "-Eval" shape votes Dataset
    types = _types(
        rules_nlp,
        "A Title\nWe develop QuuxEval, an open-source evaluation toolkit. QuuxEval is easy to use. QuuxEval is free.",
    )
    assert types["QuuxEval"] == "Model"
    types = _types(rules_nlp, "A Title\nWe present FrobNex, a framework for reading old texts.")
    assert types["FrobNex"] == "Method"


def test_a_quoted_name_before_its_description(rules_nlp):
    # "we propose “FAST,” an annotation tool": the comma inside the quotes
    types = _types(rules_nlp, "A Title\nWe propose “QUILLO,” an annotation tool for phones.")
    assert types["QUILLO"] == "Model"


def test_a_title_subtitle_naming_a_toolkit(rules_nlp):
    types = _types(rules_nlp, "FrobSpell: A Neural Spelling Correction Toolkit\nWe study spelling correction.")
    assert types["FrobSpell"] == "Model"


def test_a_medical_condition_is_what_a_paper_studies(rules_nlp):
    # "mild cognitive impairment (MCI)", "Alzheimer's disease", "mental health disorders": no technique, no
    # task; a task named with the condition stays ("zorbin detection", "detecting cognitive impairments")
    names = {
        e["name"]
        for e in rules_nlp(
            "A Title\nEarly diagnosis of mild frobnitic impairment (MFI) and of Zorbin’s Disease matters. "
            "We study zorbin detection with a CNN."
        )._.paperkg_entities
    }
    assert "mild frobnitic impairment" not in names and "MFI" not in names
    assert "Zorbin’s Disease" not in names and "zorbin detection" in names


def test_a_research_group_is_an_organisation(rules_nlp):
    # "developed by the TALN group", "NTU NLP Lab", "SCIR research center": no concept (GUIDE-NOTES 1)
    from paperkg.extract.context import is_team_mention

    lowers = "the generator developed by the zorbq group at a university".split()
    assert is_team_mention(lowers, 5, 6)
    lowers = "this paper describes the frobq nlp lab system".split()
    assert is_team_mention(lowers, 4, 5)
    lowers = "we apply the frobq method to groups of words".split()
    assert not is_team_mention(lowers, 3, 4)


def test_a_technique_written_only_inside_a_longer_one_is_no_second_entity(rules_nlp):
    # "The Insertion Transformer ...": "Transformer" is not written on its own (R10); written alone it stays
    names = {
        e["name"]
        for e in rules_nlp(
            "A Title\nThe Quuxion Transformer is well suited for long texts. We beat the Quuxion Transformer baseline."
        )._.paperkg_entities
    }
    assert "Quuxion Transformer" in names and "Transformer" not in names
    names = {
        e["name"]
        for e in rules_nlp(
            "A Title\nThe Quuxion Transformer extends the Transformer. We beat the Quuxion Transformer baseline."
        )._.paperkg_entities
    }
    assert "Quuxion Transformer" in names and "Transformer" in names
