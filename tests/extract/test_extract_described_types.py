"""Types that a name's own description or long form gives it, before the decision layer, on invented sentences."""

import pytest


@pytest.fixture(scope="module")
def rules_nlp():
    from paperkg.extract.pipeline import build_pipeline

    return build_pipeline({"paperkg_decision": {"enabled": False}})


def test_a_description_saying_metric_outweighs_a_dataset_shaped_name(rules_nlp):
    # "GoEval, a multimodal evaluation metric": the "-Eval" ending guesses a benchmark; the description
    # says what the name is (the same for "X, a new dataset" after a name a rule typed otherwise)
    doc = rules_nlp("A Title\nWe also introduce FrobEval, a reference-free evaluation metric for captions.")
    types = {e["name"]: e["type"] for e in doc._.paperkg_entities}
    assert types["FrobEval"] == "Metric"


def test_a_metric_long_form_ends_in_metric_or_measure(rules_nlp):
    # "Multidimensional Quality Metrics (MQM)", "Adequacy-Fluency Metrics (AM-FM)" (ACL 44k: 31 abstracts)
    doc = rules_nlp("A Title\nWe score outputs with the Frobnicated Adequacy Metric (FAM) and report gains.")
    types = {e["name"]: e["type"] for e in doc._.paperkg_entities}
    assert types["Frobnicated Adequacy Metric"] == "Metric"


def test_a_coined_name_bracketed_after_a_data_noun_is_that_data(rules_nlp):
    # "the Twitter dataset (TWT-2023)", "a parallel corpus (FooPar)" (ACL 44k: 154 abstracts); a long form's own
    # acronym in brackets keeps what the long form says, and a model's bracketed name is no data
    doc = rules_nlp("A Title\nThe task uses the tweet dataset (ZWT-2031) and a strong model (FrobNet-7) for labels.")
    types = {e["name"]: e["type"] for e in doc._.paperkg_entities}
    assert types["ZWT-2031"] == "Dataset" and types.get("FrobNet-7") != "Dataset"
