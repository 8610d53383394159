"""Results precision on the development sets (stop 41, resprec41): the paper's own model or framework typed Dataset,
and a gap behind the top system read as a score. Invented sentences."""

from paperkg.extract.results.component import written_as_system

from .conftest import mention_spans


def _system(sentence: str, name: str) -> bool:
    words, mentions = mention_spans(sentence, Dataset=name)
    return written_as_system(name, mentions, [w.lower() for w in words])


def test_a_name_written_as_a_built_system_is_no_data():
    # "a novel type of convolutional neural network called 'Multiple Choice CNN'", "the ... (AACTrans) model",
    # "explanation model, aka. TURBO", "a framework (MisinfoEval)", "using a TREC-RAG approach" (stops 40, 39, 36
    # and the third set; 44k: 28 rows in 17 papers, 27 wrong)
    assert _system('we present a convolutional network called " Zorb Choice Frob " for both tasks', "Zorb Choice Frob")
    assert _system("we introduce the Zorble Fusion ( ZF ) model to translate sentences", "Zorble Fusion")
    assert _system("we propose a sarcasm explanation model , aka. ZORBO , for memes", "ZORBO")
    assert _system("we introduce a framework ( ZorbEval ) for evaluating interventions", "ZorbEval")
    assert _system("our proposed ZORBO model improves the score by 3.3%", "ZORBO")


def test_a_name_written_as_data_or_with_a_plural_system_noun_stays_data():
    # "a dataset called X", "the X corpus" anywhere in the abstract: data, whatever else it is written with
    assert not _system("we release a new corpus called ZorbQA and the ZorbQA model", "ZorbQA")
    assert not _system("the ZorbQA model is trained on the ZorbQA dataset", "ZorbQA")
    # "SNLI models" are models of the data; a name ending in a data noun names data
    assert not _system("we attack ZorbNLI models with triggers", "ZorbNLI")
    assert not _system("we propose the Zorb Agent Benchmark framework for agents", "Zorb Agent Benchmark")
    # a name with no system noun beside it is left alone
    assert not _system("our model reaches 85.3% on ZorbQA", "ZorbQA")


def test_a_long_form_ending_in_a_system_noun_is_not_a_bracketed_system_name():
    # "a dataset of concept reasoning for large language models (CR-LLM)" (the first set): the bracket shortens the
    # name's own long form, whose last word "models" names no system written with it
    words, mentions = mention_spans(
        "we build a dataset of zorb reasoning for language models ( ZR-LM ) and test ZR-LM",
        Dataset="zorb reasoning for language models|ZR-LM",
    )
    mentions = [(s, e, t, "ZR-LM") for s, e, t, _ in mentions]
    assert not written_as_system("ZR-LM", mentions, [w.lower() for w in words])


def test_a_gap_behind_the_leader_is_no_result(extract_one_rules):
    # "with just 2.21 F1 score behind the best one" (stop 39), "just 5.46% and 6.5% lower than the top scores"
    # (stop 40), "an average UAS 1.88 point lower than the top official submission", "only about 0.9% worse than the
    # best submission" (44k): how far the system trails the leader, not its score and not a gain
    ex = extract_one_rules(
        "FooTeam at the BarEval 2024 Shared Task: Zorble Detection",
        "We describe our system for the BarEval 2024 shared task. Our system reached an F1 score of 0.81, "
        "with just 2.21 F1 score behind the best one. Our results are just 5.46% and 6.5% lower than the top "
        "scores on the first and the second subtasks, respectively.",
    )
    assert [r.value for r in ex.results if r.confidence >= 0.5] == ["0.81"]
    # a level written in its own clause stays a score; "lower than the baseline" is no leader
    ex = extract_one_rules(
        "FooTeam at the BarEval 2024 Shared Task: Zorble Detection",
        "Our ensemble reaches 67% accuracy on the BarEval 2024 shared task, being 1% lower than the best system.",
    )
    assert [r.value for r in ex.results if r.confidence >= 0.5] == ["67%"]


def test_up_to_after_a_verb_of_beating_is_a_gain():
    # "outperforming the previous results up to 10% on several languages" (stop 40), "outperforms baseline models
    # up to 8.5 of the F1-score", "outperform full-parameter fine-tuning up to 2.25 spBLEU" (44k): the margin over
    # the beaten system, written without "by"
    from paperkg.extract.results.kinds import beats_up_to

    assert beats_up_to(9, "on foo we beat the previous results up to 10% on three languages".split())
    # the level a verb of improving raises a measure to, and a clause of its own, are left alone
    assert not beats_up_to(6, "it raises the accuracy up to 92%".split())
    assert not beats_up_to(7, "zorbnet outperforms x , reaching up to 92%".split())


def test_a_bracketed_level_after_a_name_or_a_measure_is_a_score():
    # "our best model, XLM-RoBERTa-large (73.51%), outperforming ..." (stop 40), "substantial improvements (F1-Score
    # 0.67) over the baseline" (stop 38), "the highest Macro F1 score (0.84) surpassing", "a modest increase (COMET =
    # 0.468)" (44k): the bracket holds a level, not the change the sentence's other words are about
    from paperkg.extract.results.kinds import bracketed_level, kind_of

    words = "our best model , ZorbNet-large ( 73.51% ) , outperforming the baseline".lower().split()
    assert kind_of("73.51%", "%", 6, 7, words) == "score"
    words = "substantial improvements ( F1-Score 0.67 ) over the baseline".lower().split()
    assert kind_of("0.67", None, 4, 5, words) == "score"
    # the same change on other data, and a bracket with its own change word, stay gains
    assert not bracketed_level(7, 8, "we outperform the baseline by 4.4% ( 2.1% ) on dev ( test )".split())
    words = "our model improves accuracy ( by 2.1% )".split()
    assert kind_of("2.1%", "%", 6, 7, words) == "gain"
