"""Results precision on the development sets (stop 40, resprec40): rows filed under a name that is no data (a split
label, a source of knowledge), what an experiment was given or needed read as a result, a difference read as a score,
and a name after the paper's own system read as the owner. Invented sentences."""

from paperkg.extract.results import extract_results

from .conftest import mention_spans, result_kinds


def test_a_split_or_phase_label_alone_is_no_results_dataset(extract_one_rules):
    # "A macro F1 score of 0.74 was obtained on the DEV set", "F1-scores of 74.81 ... in test-dev phase" (stop 39's
    # set; 7 papers of 44k): a split label alone names no data (RULINGS R5)
    ex = extract_one_rules(
        "FooTeam at the BarEval 2024 Shared Task: Zorble Detection",
        "We describe our system for the BarEval 2024 shared task on zorble detection. A macro F1 score of 0.74 "
        "was obtained on the DEV set, and 0.64 on the evaluation set. Our system reaches 71.3% accuracy on the "
        "TEST split.",
    )
    assert [(r.value, r.dataset) for r in ex.results if r.confidence >= 0.5] == []
    # the label still takes its number in a list: the named data keeps only its own
    ex = extract_one_rules(
        "Zorble Proving",
        "FooProver reaches accuracies of 36.5% and 33.6% on ZorbleBench-Valid and Test datasets respectively.",
    )
    assert [(r.value, r.dataset) for r in ex.results if r.confidence >= 0.5] == [("36.5%", "ZorbleBench-Valid")]
    # a numbered or lettered test set a shared task defines is named data ("Test1 and Test2", "TestA")
    ex = extract_one_rules(
        "Overview of the BarEval 2024 Shared Task on Zorble Detection",
        "Two evaluation sets, Test1 and Test2, were released. The best team reached 79.6 F1 on Test2.",
    )
    assert [(r.value, r.dataset) for r in ex.results if r.confidence >= 0.5] == [("79.6", "Test2")]


def test_a_dataset_named_only_as_a_source_is_not_guessed_for_a_sentence_that_names_none(extract_one_rules):
    # "relational knowledge from ConceptNet", "comments from the X Corpus as negative examples", "the relevance
    # judgements from X", "the X corpus as a learning resource" (6 papers of the sets of stops 33-39)
    abstract = (
        "We train our classifiers using comments from the FooNews Corpus as negative examples. We evaluate "
        "the classifiers on a crowd-annotated corpus of 1,121 comments. Our best classifier achieves an F1 "
        "score of 0.84."
    )
    ex = extract_one_rules("Zorble Detection with Graph Features", abstract)
    assert [(r.value, r.dataset) for r in ex.results if r.confidence >= 0.5] == []
    # named where it was measured, it stays the paper's one dataset
    ex = extract_one_rules(
        "Zorble Detection with Graph Features",
        abstract.replace(
            "We evaluate the classifiers on a crowd-annotated corpus", "We evaluate on the FooNews Corpus"
        ),
    )
    assert [(r.value, r.dataset) for r in ex.results if r.confidence >= 0.5] == [("0.84", "FooNews Corpus")]


def test_what_an_experiment_was_given_or_needed_is_no_result():
    # "With only 418 (5%) training instances, our approach still achieves 97.8% accuracy", "with only 5% type
    # coverage of the training dataset", "with only 78% and 68% of the original computational budget" (one paper
    # each in the sets of stops 35, 38 and 39)
    assert result_kinds(
        "With only 312 ( 4 % ) training examples , FooNet still reaches 95.1 % accuracy on FooBench .",
        Dataset="FooBench",
        Metric="accuracy",
    ) == [("95.1%", "score")]
    assert (
        result_kinds(
            "FooNet improves retrieval on FooBench over baselines with only 6 % type coverage .", Dataset="FooBench"
        )
        == []
    )
    assert (
        result_kinds(
            "We train FooNet on FooBench with only 70 % and 60 % of the original compute budget .", Dataset="FooBench"
        )
        == []
    )
    # a change said of the number is a result ("with only 1.6% of accuracy drop")
    assert result_kinds(
        "Pruning halves the model with only 1.2 % accuracy drop on FooBench .", Dataset="FooBench", Metric="accuracy"
    ) == [("1.2%", "reduction")]


def test_a_difference_to_another_system_is_a_change_past_a_bracket_or_a_verb_of_reaching():
    # "our method is 7% (78.4% to 85.4%) higher than the state-of-the-art", "consistently achieving 1.5-2.3 percent
    # over the state of the art" (stop 39's set), "(4.62% above the second place)", "reducing the perplexity of
    # 20.5% over the best-reported result" (44k)
    assert result_kinds(
        "On FooBench , our method is 6 % ( 70.1 % to 76.1 % ) higher than the state of the art .", Dataset="FooBench"
    ) == [("6%", "gain"), ("70.1%", "score"), ("76.1%", "score")]
    assert result_kinds(
        "FooNet is best on FooBench , consistently achieving 2.5 % over the state of the art .", Dataset="FooBench"
    ) == [("2.5%", "gain")]
    assert result_kinds(
        "FooNet is best on FooBench , reducing the perplexity of 12.5 % over the best-reported result .",
        Dataset="FooBench",
    ) == [("12.5%", "reduction")]
    # a level compared in a clause of its own stays a score
    assert result_kinds(
        "FooNet reaches an F1 of 0.47 on FooBench , higher than the baseline .", Dataset="FooBench", Metric="F1"
    ) == [("0.47", "score")]


def test_a_name_after_our_own_system_that_is_not_its_apposition_owns_no_number():
    # "our method encourages the Transformer to ... improving its accuracy ... to 100%" (stop 39), "our proposed
    # solution mitigates the forgetting in DSI++ ... improves the average Hits@10 by +21.1%" (stop 36), "our models
    # which outperform baseline models on ... CLMRC setups, the best of them resulting in an F1 score of 83 %"
    # (stop 35): the base model, a compared system or a setup is no owner (a null owner is no error)
    words, mentions = mention_spans(
        "On FooBench , our method helps the FooFormer to reach an accuracy of 97.5 % .",
        Dataset="FooBench",
        Model="FooFormer",
        Metric="accuracy",
    )
    rows = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["subject"]) for r in rows] == [("97.5%", None)]
    # the own system's name in apposition, or written "our NAME", or doing what systems do, keeps the number
    for sentence in (
        "On FooBench , our model , FooFormer , reaches an accuracy of 97.5 % .",
        "On FooBench , our FooFormer reaches an accuracy of 97.5 % .",
        "We compare our model on FooBench , showing that FooFormer outperforms all baselines with 97.5 % accuracy .",
    ):
        words, mentions = mention_spans(sentence, Dataset="FooBench", Model="FooFormer", Metric="accuracy")
        rows = extract_results(words, mentions, own=None, only_dataset=None)
        assert [(r["value"], r["subject"]) for r in rows] == [("97.5%", "FooFormer")], sentence
