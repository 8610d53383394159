"""The assembler's weaker "the paper's own" cues (concepts.further_intro_cues), on invented sentences.

They are evidence for the decision layer (features `cue=...`), not the rules' flag; with a strong cue
("we propose X", "called X", a title's "Name:") a title's means-run makes the flag stand without the model."""

import pytest

from paperkg.extract.decision import strongly_introduced


@pytest.fixture(scope="module")
def rules_nlp():
    from paperkg.extract.pipeline import build_pipeline

    return build_pipeline({"paperkg_decision": {"enabled": False}})


def cues(nlp, text: str) -> dict[str, list[str]]:
    return {e["name"]: e["intro_cues"] for e in nlp(text)._.paperkg_entities}


def test_a_name_listed_with_the_proposed_one_is_listed(rules_nlp):
    got = cues(
        rules_nlp, "A Title\nWe propose Shallow Gamma Decoding (SGD) and Deep Beta Search (DBS) for translation."
    )
    assert got["Shallow Gamma Decoding"] == ["propose"]
    assert got["Deep Beta Search"] == ["listed"]


def test_names_after_a_naming_verb_are_all_named_or_listed(rules_nlp):
    got = cues(rules_nlp, "A Title\nWe build two new corpora for Welsh, dubbed CymFoo and CymBar, respectively.")
    assert "named" in got["CymFoo"]
    assert got["CymBar"] == ["listed"]


def test_a_name_set_after_its_kind_in_a_propose_sentence_is_apposed(rules_nlp):
    got = cues(
        rules_nlp,
        "A Title\nHere we propose two ensemble-based prompting techniques, QuillA and QuillB which use paraphrases.",
    )
    assert got["QuillA"] == ["apposed"]
    assert got["QuillB"] == ["listed"]
    got = cues(
        rules_nlp,
        "A Title\nWe propose a graph-aware network with entity-aware pooling, namely GA-Pool, which reads lexicons.",
    )
    assert got["GA-Pool"] == ["apposed"]


def test_namely_outside_a_propose_sentence_is_no_cue(rules_nlp):
    got = cues(rules_nlp, "A Title\nWe compare two datasets, namely SQuAD and FooQA, on reading.")
    assert all(not c for c in got.values())


def test_a_name_after_our_and_its_kind_is_ours(rules_nlp):
    assert cues(rules_nlp, "A Title\nThe largest version of our corpus PortaBlend holds 4,000 pairs.")[
        "PortaBlend"
    ] == ["our"]
    got = cues(rules_nlp, "A Title\nOur model, dubbed Zylo-R, outperforms the baselines on five tasks.")
    assert got["Zylo-R"] == ["named", "our"]


def test_a_novel_appositive_marks_the_name_but_not_after_a_preposition(rules_nlp):
    got = cues(
        rules_nlp,
        "A Title\nThe system employs Dynamic SplitBar, a novel prompt composition strategy, to serve requests.",
    )
    assert got["Dynamic SplitBar"] == ["novel"]
    got = cues(rules_nlp, "A Title\nIn Gamma-MoX, a novel metric is proposed to guide pruning.")
    assert "novel" not in got.get("Gamma-MoX", [])


def test_a_title_means_run_is_a_cue_and_with_a_strong_cue_stands(rules_nlp):
    ents = {
        e["name"]: e
        for e in rules_nlp(
            "Relation Tagging via Layered Echo Pooling\nWe propose layered echo pooling to tag relations."
        )._.paperkg_entities
    }
    e = next(v for k, v in ents.items() if k.lower() == "layered echo pooling")
    assert set(e["intro_cues"]) == {"means", "propose"}
    assert strongly_introduced(e)


def test_weak_cues_alone_are_no_flag_and_do_not_stand():
    e = {"name": "Foo", "introduced": False, "intro_cues": ["means"]}
    assert not strongly_introduced(e)
    e = {"name": "Foo", "introduced": True, "intro_cues": ["propose", "novel"]}
    assert not strongly_introduced(e)


def test_a_title_name_set_apart_by_a_spaced_dash_is_the_title_name(rules_nlp):
    got = cues(
        rules_nlp,
        "FooWOZ - A Large-Scale Multi-Domain Dataset for Dialogue Modelling\n"
        "We introduce the Multi-Domain Foo-of-Oz dataset (FooWOZ), a collection of written conversations.",
    )
    assert set(got["FooWOZ"]) == {"propose", "title"}


def test_a_team_named_in_its_system_description_gets_no_cue(rules_nlp):
    got = cues(
        rules_nlp,
        "ZYX-Sys at SemEval-2031 Task 5: Sentiment of Financial News\n"
        "This paper presents the details of our system ZYX-Sys that participated in the task.",
    )
    assert not got.get("ZYX-Sys")
