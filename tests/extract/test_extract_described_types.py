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


def test_what_a_system_achieves_a_value_of_is_a_measure(rules_nlp):
    # "achieves a Code-Mixing Index (CMI) of 25.28%": an acronym's long form with no measure head is no
    # technique when the text gives it a value (ACL 20k: 150 capitalised names in "achieves a X of <number>",
    # all measures); "has a X of" says nothing
    doc = rules_nlp("A Title\nOur system achieves a Quux Mixing Index (QMI) of 25.3% on FrobSet.")
    types = {e["name"]: e["type"] for e in doc._.paperkg_entities}
    assert types["Quux Mixing Index"] == "Metric"
    doc = rules_nlp("A Title\nOur corpus has a Quux Mixing Index (QMI) of 25.3% on FrobSet.")
    types = {e["name"]: e["type"] for e in doc._.paperkg_entities}
    assert types["Quux Mixing Index"] != "Metric"


def test_a_coined_name_bracketed_after_a_data_noun_is_that_data(rules_nlp):
    # "the Twitter dataset (TWT-2023)", "a parallel corpus (FooPar)" (ACL 44k: 154 abstracts); a long form's own
    # acronym in brackets keeps what the long form says, and a model's bracketed name is no data
    doc = rules_nlp("A Title\nThe task uses the tweet dataset (ZWT-2031) and a strong model (FrobNet-7) for labels.")
    types = {e["name"]: e["type"] for e in doc._.paperkg_entities}
    assert types["ZWT-2031"] == "Dataset" and types.get("FrobNet-7") != "Dataset"


def test_a_stated_type_is_marked_for_the_decision_layer(rules_nlp):
    # "Dscorer, an efficient new metric", "LENS, a Learnable Evaluation Metric": the description states the type;
    # a name only guessed at ("on FrobSet") carries no stated type
    doc = rules_nlp("A Title\nWe present QuuxEval, an efficient new metric for captions, and report gains on FrobSet.")
    described = {e["name"]: e["described"] for e in doc._.paperkg_entities}
    assert described["QuuxEval"] == "Metric" and described.get("FrobSet") is None


def test_the_decision_layer_keeps_a_stated_type_and_decides_only_keep_or_drop():
    from paperkg.extract.decision import kept_concepts

    stated = {"name": "QuuxEval", "type": "Metric", "introduced": True, "described": "Metric"}
    guessed = {"name": "FrobSet", "type": "Dataset", "introduced": False, "described": None}
    kept = kept_concepts([stated, guessed], [("Dataset", 0.4, None), ("Task", 0.6, None)])
    assert [(c["name"], c["type"]) for c in kept] == [("QuuxEval", "Metric"), ("FrobSet", "Task")]
    assert kept_concepts([stated], [(None, 0.9, None)]) == []


@pytest.mark.parametrize(
    "text,name",
    [
        # a technique noun right before the name: "framework, FlowEval" / "approach, called RocketQA" (ACL 44k: 31)
        (
            "A Title\nWe build the first consensus-based evaluation framework, FrobEval. FrobEval beats baselines.",
            "FrobEval",
        ),
        # a description after it: "FastQA, a system", "MoDS, a multi-LLM framework" (ACL 44k: 58)
        ("A Title\nWe design ZorbDS, a multi-agent framework for data selection. ZorbDS picks 5k examples.", "ZorbDS"),
        # a title's "Name: A <technique>": "UnitedQA: A Hybrid Approach for ..." (ACL 44k: 30 titles)
        ("QuuxQA: A Hybrid Approach for Open Questions\nQuuxQA reads passages and answers questions.", "QuuxQA"),
    ],
)
def test_a_dataset_shaped_name_the_text_calls_a_technique_is_no_dataset(rules_nlp, text, name):
    # the "-Eval", "-QA", "-DS" ending guesses a benchmark; the text's own word says it is a technique or system,
    # however often the name is repeated (every mention's shape votes Dataset)
    doc = rules_nlp(text)
    types = {e["name"]: e["type"] for e in doc._.paperkg_entities}
    assert types[name] == "Method"


def test_a_dataset_shaped_name_described_as_data_or_referred_back_stays_data(rules_nlp):
    # "FooQA: A New Benchmark for ...", and "on this framework, FooQA ..." names no framework
    doc = rules_nlp(
        "BlorpQA: A New Benchmark for Open Questions\nWe test a strong framework on BlorpQA and on GlimBench."
    )
    types = {e["name"]: e["type"] for e in doc._.paperkg_entities}
    assert types["BlorpQA"] == "Dataset" and types["GlimBench"] == "Dataset"


def test_context_types_names_the_spans_described_as_a_technique():
    # `group_mentions` marks a group described as a Method from this set, not from the (type, weight) the rule
    # happens to give: "an evaluation framework, FrobEval" is flagged, "results on GlimQA" is typed but not
    from paperkg.extract.concepts import context_types
    from paperkg.extract.rules import W_SHAPE, Candidate

    lowers = "we build an evaluation framework , frobeval , and report results on glimqa .".split()
    cands = {se: Candidate(*se, {"Dataset": W_SHAPE}, kind="shape") for se in ((6, 7), (12, 13))}
    types, described = context_types(lowers, list(cands), cands)
    assert described == {(6, 7)}
    assert types[(6, 7)][0] == "Method" and types[(12, 13)][0] == "Dataset"
