"""The decision layer's pure parts: features, the softmax model, corpus terms."""

import gzip

import pytest

from paperkg.extract.decision import LABELS, DecisionModel, apply_decisions, concept_features, fit
from paperkg.extract.phrase_stats import COLUMNS, PhraseStats, load_phrase_stats, phrase_key


def stats_of(**rows):
    return {k.replace("_", " "): PhraseStats(*v) for k, v in rows.items()}


def entity(name, type_="Method", sources=("shape",), **kw):
    return {
        "name": name,
        "type": type_,
        "aliases": [],
        "introduced": False,
        "mentions": [[30, 30 + len(name)]],
        "sources": list(sources),
        "type_scores": {type_: 3},
        **kw,
    }


def test_features_name_the_rules_evidence_shape_and_corpus_usage():
    st = stats_of(speculative_decoding=(37, 94, 43, 0, 31, 0, 0, 0, 0, 7, 1, 5, 0, 0, 12, "speculative decoding"))
    f = concept_features(entity("speculative decoding"), 20, st)
    assert f["rule=Method"] == 1.0 and f["src=shape"] == 1.0 and f["shape=lower"] == 1.0
    assert f["ctx_method"] == pytest.approx(7 / 94)
    assert "stats=none" in concept_features(entity("dynamic sliced topology-aware causal mask"), 20, st)


def test_model_learns_from_examples_and_round_trips():
    samples = [{"bias": 1.0, "a": 1.0}] * 20 + [{"bias": 1.0, "b": 1.0}] * 20
    labels = ["Task"] * 20 + ["drop"] * 20
    model = fit(samples, labels, l2=0.1)
    assert model.decide({"bias": 1.0, "a": 1.0})[0] == "Task"
    assert model.decide({"bias": 1.0, "b": 1.0})[0] is None
    again = DecisionModel.from_dict(model.to_dict())
    assert again.features == model.features
    label, conf = again.decide({"bias": 1.0, "a": 1.0})
    assert label == "Task" and conf == pytest.approx(model.decide({"bias": 1.0, "a": 1.0})[1], abs=1e-5)


def test_model_refuses_other_labels():
    with pytest.raises(ValueError, match="labels"):
        DecisionModel.from_dict({"labels": ["keep", "drop"], "weights": {}})


def test_a_rule_concept_is_dropped_only_when_the_model_is_sure():
    import numpy as np

    unsure = DecisionModel(["bias"], np.array([[2.0, 0.0, 0.0, 0.0, 0.0, 0.0]]))  # P(drop) = 0.596
    assert 0.5 < unsure.probabilities({"bias": 1.0})[0] < unsure.drop_threshold
    kept = apply_decisions([entity("x"), entity("y", "Task")], 0, unsure, {})
    assert [e["name"] for e in kept] == ["x", "y"] and all(0 < e["confidence"] < 1 for e in kept)
    sure = DecisionModel(["bias"], np.array([[5.0, 0.0, 0.0, 0.0, 0.0, 0.0]]))
    assert apply_decisions([entity("x")], 0, sure, {}) == []


def test_a_task_concept_has_a_drop_threshold_of_its_own():
    import numpy as np

    # P(drop) = 0.596 for every concept: under the general 0.7 kept, over the Task threshold 0.55 dropped
    model = DecisionModel(["bias"], np.array([[2.0, 0.0, 0.0, 0.0, 0.0, 0.0]]), task_drop_threshold=0.55)
    kept = apply_decisions([entity("frob tagging", "Task"), entity("frob decoding")], 0, model, {})
    assert [e["name"] for e in kept] == ["frob decoding"]
    again = DecisionModel.from_dict(model.to_dict())
    assert again.task_drop_threshold == 0.55
    assert DecisionModel.from_dict({**model.to_dict(), "task_drop_threshold": None}).task_drop_threshold is None


def test_phrase_stats_file_round_trip(tmp_path):
    path = tmp_path / "stats.tsv.gz"
    row = ["machine translation", "3431", *["1"] * (len(COLUMNS) - 3), "machine translation"]
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("# comment\n" + "\t".join(COLUMNS) + "\n" + "\t".join(row) + "\n")
    stats = load_phrase_stats(str(path))
    assert stats[phrase_key(["Machine", "Translation"])].df == 3431


def test_shipped_files_load():
    assert len(load_phrase_stats()) > 100_000
    assert set(LABELS) >= {"drop", "Task"}


def test_head_word_class_is_a_feature_for_heads_few_papers_use():
    """A rare head word still says what kind of name its phrase is."""
    assert concept_features(entity("sarcasm identification"), 20, {})["head_class=task"] == 1.0
    assert concept_features(entity("lattice prompting"), 20, {})["head_class=method"] == 1.0
    assert not any(k.startswith("head_class=") for k in concept_features(entity("ZorpNet"), 20, {}))


def test_the_title_slot_a_task_or_technique_fills_is_a_feature():
    """ "Gloss Tricks for Frob Detection": what the title says the work is for is a problem's slot,
    the run that opens it before "for" a technique's; a name only the abstract gives has no slot."""
    text = "Gloss Tricks for Frob Detection\n\nWe use Gloss Tricks for frob detection."
    title_end = text.index("\n")
    task = entity("Frob Detection", "Task", mentions=[[17, 31]])
    method = entity("Gloss Tricks", "Method", mentions=[[0, 12]])
    assert concept_features(task, title_end, {}, text)["title_slot=purpose|rule=Task"] == 1.0
    assert concept_features(method, title_end, {}, text)["title_slot=start_for|rule=Method"] == 1.0
    late = entity("frob detection", "Task", mentions=[[text.rindex("frob"), len(text) - 1]])
    assert not any(k.startswith("title_slot=") for k in concept_features(late, title_end, {}, text))


def test_a_bare_task_head_is_dropped_when_a_specific_task_shares_it():
    """ "Frob summarization ... the summarization model": the one-word head refers back to the
    specific task; alone, or as an acronym with its long form, it stays."""
    from paperkg.extract.decision import without_bare_task_heads

    ents = [
        entity("summarization", "Task"),
        entity("frob summarization", "Task"),
        entity("QA", "Task", aliases=["question answering"]),
        entity("gloss QA", "Task"),
        entity("tagging", "Task"),
        entity("summarization", "Method"),
    ]
    kept = [(e["name"], e["type"]) for e in without_bare_task_heads(ents)]
    assert kept == [
        ("frob summarization", "Task"),
        ("QA", "Task"),
        ("gloss QA", "Task"),
        ("tagging", "Task"),
        ("summarization", "Method"),
    ]


def test_a_base_family_inside_a_name_and_a_checkpoint_size_are_features():
    """A derived checkpoint embeds its base's name (QuuxBERTa, FrobT5) and writes its size after it."""
    f = concept_features(entity("QuuxBERTa"), 20, {})
    assert f["family_stem"] == 1.0 and "variant_tail" not in f
    g = concept_features(entity("FrobT5-xxl"), 20, {})
    assert g["family_stem"] == 1.0 and g["variant_tail"] == 1.0
    assert not {"family_stem", "variant_tail"} & set(concept_features(entity("lattice prompting"), 20, {}))


def test_a_task_the_lexicons_list_keeps_the_general_drop_threshold():
    import numpy as np

    # P(drop) = 0.596: a rule's Task phrase goes at the Task threshold 0.55, a lexicon's task ("frobnication",
    # a plain, frequent problem name like summarization) is a problem of the field and keeps the general 0.7
    model = DecisionModel(["bias"], np.array([[2.0, 0.0, 0.0, 0.0, 0.0, 0.0]]), task_drop_threshold=0.55)
    listed = {**entity("frobnication", "Task"), "sources": ["lexicon"]}
    kept = apply_decisions([listed, entity("specialized frob tagging", "Task")], 0, model, {})
    assert [e["name"] for e in kept] == ["frobnication"]


def test_a_title_case_method_has_a_drop_threshold_of_its_own():
    import numpy as np

    # P(drop) = 0.59 and Method the likeliest type for every concept: under the general 0.7 kept, over the
    # Title Case Method threshold 0.45 dropped ("Quux Frob Compression" read off an invented title, a capitalised
    # "Moreover"); lower-case and all-capital names keep 0.7
    weights = np.array([[2.0, 0.0, 0.1, 0.0, 0.0, 0.0]])
    model = DecisionModel(["bias"], weights, method_title_drop_threshold=0.45)
    names = ["Quux Frob Compression", "Moreover", "quux frob decoding", "QFD"]
    kept = apply_decisions([entity(n) for n in names], 0, model, {})
    assert [(e["name"], e["type"]) for e in kept] == [("quux frob decoding", "Method"), ("QFD", "Method")]
    assert len(apply_decisions([entity(n) for n in names], 0, DecisionModel(["bias"], weights), {})) == 4
    again = DecisionModel.from_dict(model.to_dict())
    assert again.method_title_drop_threshold == 0.45
    unset = DecisionModel.from_dict({**model.to_dict(), "method_title_drop_threshold": None})
    assert unset.method_title_drop_threshold is None
    assert "method_title_drop_threshold" not in DecisionModel(["bias"], weights).to_dict()


def test_a_training_procedure_the_rules_call_a_method_is_not_retyped_a_task():
    import numpy as np

    # a model that makes every concept a Task (its likeliest type, P(drop) low): a name the rules typed Method
    # that ends in a training procedure's head noun ("Frob Instruction Tuning for Quux Parsing", "curriculum
    # distillation", "quux self-training") says how a model is trained and stays a Method; another head
    # ("quux sentence selection") and a name the rules typed Task follow the model
    weights = np.array([[0.0, 0.0, 0.0, 0.0, 0.0, 2.0]])
    model = DecisionModel(["bias"], weights)
    names = ["Frob Instruction Tuning", "curriculum distillation", "quux self-training", "quux sentence selection"]
    kept = apply_decisions([entity(n) for n in names] + [entity("quux learning", "Task")], 0, model, {})
    assert [(e["name"], e["type"]) for e in kept] == [
        ("Frob Instruction Tuning", "Method"),
        ("curriculum distillation", "Method"),
        ("quux self-training", "Method"),
        ("quux sentence selection", "Task"),
        ("quux learning", "Task"),
    ]


def test_papers_kept_out_of_the_introduced_model_still_train_the_type_model():
    """`training.train(intro_skip=...)`: the fresh sets train keep/drop/type, not `introduced` (stop 49).
    Invented samples: the skipped paper's concepts say "own" whenever `cue` is set, the others never do."""
    from paperkg.extract.training import Candidate, train

    import numpy as np

    cands = [Candidate("kept", {"cue": 1.0, "bias": 1.0}, "Method", False) for _ in range(2)]
    cands += [Candidate("kept", {"bias": 1.0}, "drop", False) for _ in range(6)]
    skipped = [Candidate("skipped", {"cue": 1.0, "bias": 1.0}, "Method", True) for _ in range(10)]
    both = train(cands + skipped, l2=0.1, intro_threshold=0.5)
    apart = train(cands + skipped, l2=0.1, intro_threshold=0.5, intro_skip=frozenset({"skipped"}))
    assert both.decide_full([{"cue": 1.0, "bias": 1.0}])[0][2] is True
    assert apart.decide_full([{"cue": 1.0, "bias": 1.0}])[0][2] is False
    assert np.allclose(both.weights, apart.weights)  # the type model is the same
