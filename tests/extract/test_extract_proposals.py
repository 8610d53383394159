"""Field terms proposed from corpus usage, and the learned `introduced` flag."""

import numpy as np
import spacy

from paperkg.extract.decision import DecisionModel, apply_decisions, concept_features, fit
from paperkg.extract.phrase_stats import PhraseStats
from paperkg.extract.proposals import is_term, propose, stats_type
from paperkg.extract.tokens import token_view


def st(df, n, task=0, metric=0, using=0):
    return PhraseStats(df, n, n, 0, 0, task, 0, metric, 0, 0, using, 0, 0, 0, 0, "x")


def view_of(text):
    doc = spacy.blank("en").make_doc(text)
    doc._.paperkg_text = text
    return token_view(doc)


def test_a_phrase_many_papers_type_is_a_term_and_a_one_paper_phrase_is_not():
    assert is_term(st(300, 400, task=90)) and stats_type(st(300, 400, task=90)) == "Task"
    assert stats_type(st(50, 80, using=9)) == "Method"
    assert not is_term(st(2, 2, task=2))  # too few papers
    assert not is_term(st(900, 5000, metric=1))  # common, but the field never types it


def test_the_longest_term_no_rule_covers_is_proposed_once():
    text = "We study sequence labeling with label smoothing. Sequence labeling is hard."
    terms = {
        "sequence labeling": st(300, 400, task=90),
        "labeling": st(900, 1200, task=5),
        "label smoothing": st(80, 100, using=20),
    }
    rule = [
        {
            "name": "label smoothing",
            "type": "Method",
            "aliases": [],
            "introduced": False,
            "mentions": [[34, 49]],
            "sources": ["lexicon"],
            "type_scores": {},
        }
    ]
    out = propose(view_of(text), rule, terms)
    assert [(e["name"], e["type"], len(e["mentions"])) for e in out] == [("sequence labeling", "Task", 2)]
    assert out[0]["sources"] == ["stats"]


def test_introduced_is_decided_by_its_own_model_and_round_trips():
    samples = [{"bias": 1.0, "title": 1.0}] * 20 + [{"bias": 1.0}] * 20
    model = fit(samples, ["Method"] * 40, l2=0.1, introduced=[True] * 20 + [False] * 20, intro_threshold=0.8)
    again = DecisionModel.from_dict(model.to_dict())
    e = {"name": "X", "type": "Method", "aliases": [], "introduced": False, "mentions": [[0, 1]], "sources": []}
    assert [d[2] for d in again.decide_full([{"bias": 1.0, "title": 1.0}, {"bias": 1.0}])] == [True, False]
    assert apply_decisions([e], 0, DecisionModel(["bias"], np.zeros((1, 6))), {})[0]["introduced"] is False


def test_two_agreeing_cues_keep_the_rules_flag_and_one_cue_leaves_it_to_the_model():
    # an introduced model that says "not introduced" for everything
    model = DecisionModel(["bias"], np.zeros((1, 6)), intro_weights=np.array([-5.0]), intro_threshold=0.8)
    e = {"name": "FooNet", "type": "Method", "aliases": [], "introduced": True, "mentions": [[0, 6]], "sources": []}
    both = apply_decisions([{**e, "intro_cues": ["propose", "title"]}], 0, model, {})
    one = apply_decisions([{**e, "intro_cues": ["propose"]}], 0, model, {})
    assert both[0]["introduced"] is True
    assert one[0]["introduced"] is False


def test_a_proposed_phrase_needs_the_model_to_prefer_a_type_over_drop():
    w = np.array([[1.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0] * 6])  # P(drop) = 0.35: a rule concept stays
    model = DecisionModel(["bias", "src=stats"], w, proposal_threshold=0.3)
    rule = {"bias": 1.0}
    assert model.decide_full([rule])[0][0] is not None
    assert model.decide_full([{**rule, "src=stats": 1.0}])[0][0] is None
    assert DecisionModel(["bias", "src=stats"], w, proposal_threshold=0.4).decide_full([{**rule, "src=stats": 1.0}])[0][
        0
    ]


def test_a_model_trained_without_proposals_keeps_none():
    """Its weights know no proposal feature: the uniform guess (P(drop) = 1/6) must not keep them all."""
    model = DecisionModel(["bias"], np.zeros((1, 6)), proposal_threshold=0.5)
    assert model.decide_full([{"bias": 1.0}])[0][0] is not None
    assert model.decide_full([{"prop|bias": 1.0, "src=stats": 1.0}])[0][0] is None


def test_proposals_are_judged_apart_and_leave_the_rules_decisions_alone():
    """Invented sentence: "using frob smoothing approach" types the proposal by the words around it;
    its features live under `prop|`, so training with proposals does not move a rule concept's weights."""
    text = "We train the tagger using frob smoothing approach."
    e = {
        "name": "frob smoothing",
        "type": "Method",
        "aliases": [],
        "introduced": False,
        "mentions": [[text.index("frob"), text.index(" approach")]],
        "sources": ["stats"],
        "type_scores": {},
    }
    f = concept_features(e, 0, {}, text)
    assert f["src=stats"] == 1.0 and f["prop|ctx=using"] == 1.0 and f["prop|ctx=method"] == 1.0
    assert all(k.startswith("prop|") for k in f if k != "src=stats")
    rules = [{"bias": 1.0, "shape=caps": 1.0}] * 6 + [{"bias": 1.0, "shape=lower": 1.0}] * 6
    labels = ["Model"] * 6 + ["drop", "Method"] * 3
    props = [{"src=stats": 1.0, "prop|bias": 1.0}] * 30
    alone = fit(rules, labels, l2=1.0)
    both = fit(rules + props, labels + ["drop"] * 30, l2=1.0)
    assert np.allclose(alone.probabilities(rules[0]), both.probabilities(rules[0]), atol=1e-4)
    assert np.allclose(alone.probabilities(rules[-1]), both.probabilities(rules[-1]), atol=1e-4)


def test_a_title_naming_a_field_term_or_a_survey_subject_proposes_nothing(extract_one):
    """Invented titles: "Self-Attention:" names a term the field writes in lower case (the paper
    uses it), "Zorbling-Nets: A Survey of ..." surveys its subject; a coined "Zorblax:" stays the
    paper's own."""

    def own(title, abstract):
        return [e.name for e in extract_one(title, abstract).entities if e.introduced]

    abstract = "Self-attention is standard in translation. We study its errors on three test sets."
    assert own("Self-Attention: A Closer Look at Its Errors in Translation", abstract) == []
    assert own("Zorbling-Nets: A Survey of Methods and Datasets", "We review zorbling nets.") == []
    assert own("Zorblax: Faster Self-Attention for Translation", abstract) == ["Zorblax"]


def test_a_field_term_the_abstract_says_it_proposes_stays_its_own():
    from paperkg.extract.concepts import MentionGroup, drop_descriptive_titles

    terms = {"self-attention": PhraseStats(400, 600, 500, 0, 90, 0, 0, 0, 0, 200, 50, 0, 0, 0, 0, "x")}
    title_only = MentionGroup(["Self-Attention"], introduced=True, intro_cues={"title"})
    proposed = MentionGroup(["Self-Attention"], introduced=True, intro_cues={"title", "propose"})
    coined = MentionGroup(["Zorblax"], introduced=True, intro_cues={"title"})
    groups = {"a": title_only, "b": proposed}
    drop_descriptive_titles(groups, "Self-Attention", "A Closer Look".split(), terms)
    drop_descriptive_titles({"c": coined}, "Zorblax", "Faster Self-Attention".split(), terms)
    assert (title_only.introduced, proposed.introduced, coined.introduced) == (False, True, True)
