"""Results precision, subjects and kinds (stop 43, subj43): a spread of scores read as a score, the bottom items of
a list or range whose change noun follows the last item, a measure's name as the owner, and a clause that names its
own actor. Invented sentences."""

from paperkg.extract.results import extract_results
from paperkg.extract.results.subjects import names_a_measure
from paperkg.model import MIN_RESULT_CONFIDENCE

from .conftest import mention_spans


def _kept(sentence: str, own: str | None = None, only_dataset: str | None = None, **names: str) -> list[tuple]:
    words, mentions = mention_spans(sentence, **names)
    rows = extract_results(words, mentions, own=own, only_dataset=only_dataset)
    return [
        (r["value"], r["dataset"], r["subject"], r["kind"]) for r in rows if r["confidence"] >= MIN_RESULT_CONFIDENCE
    ]


def test_a_spread_of_scores_is_no_result():
    # "reordering answer choices in the AGIEval dataset results in accuracy differences of up to 6.1%" (stop 42),
    # "notable score shifts: up to 0.59 on MT-Bench (1-10 scale) and 31.94 on AlpacaEval 2.0" (stop 38); 44k: "a
    # discrepancy of up to 14.9 BLEU score", "differences of 1 BLEU point"
    assert (
        _kept(
            "reordering the options of ZorbQA results in accuracy differences of up to 6.1 % .",
            Dataset="ZorbQA",
            Metric="accuracy",
        )
        == []
    )
    assert (
        _kept(
            "this results in notable score shifts : up to 0.59 on ZorbQA ( 1-10 scale ) and 31.94 on BarQA .",
            Dataset="ZorbQA|BarQA",
        )
        == []
    )
    assert _kept("a tokenisation change on ZorbMT causes a discrepancy of up to 14.9 BLEU .", Dataset="ZorbMT") == []


def test_a_difference_a_change_is_by_stays_a_gain():
    # "the neural model surpasses the statistical one by a difference of 2 BLEU points for Czech-Polish" (44k)
    assert _kept(
        "FooNet surpasses the statistical system by a difference of 2 BLEU points on ZorbMT .",
        Model="FooNet",
        Dataset="ZorbMT",
        Metric="BLEU",
    ) == [("2 BLEU points", "ZorbMT", "FooNet", "gain")]


def test_a_change_noun_after_the_last_item_makes_every_item_a_change():
    # "with 1.13 F1 and 2.64 F1 improvements on RAMS and WikiEvents respectively" (stop 42); 44k: "achieved 1.41% F1
    # and 3.19% F1 improvements on all events and complex events" (GENIA)
    rows = _kept(
        "FooNet outperforms previous methods , with 1.13 F1 and 2.64 F1 improvements on ZorbQA and BarQA respectively .",
        Model="FooNet",
        Dataset="ZorbQA|BarQA",
        Metric="F1",
    )
    assert [(r[0], r[1], r[3]) for r in rows] == [("1.13 F1", "ZorbQA", "gain"), ("2.64 F1", "BarQA", "gain")]


def test_the_bottom_of_a_range_is_the_change_its_top_is():
    # "distillation induced a 1.7% to 6% drop in the overall accuracy on the XNLI data set" (stop 37); 44k: "are 12%
    # to 23% lower in performance than the established progress"
    rows = [
        r
        for r in extract_results(
            *mention_spans(
                "distillation induced a 1.7 % to 6 % drop in the overall accuracy on the ZorbNLI data set .",
                Dataset="ZorbNLI",
                Metric="accuracy",
            ),
            own=None,
            only_dataset=None,
        )
        if r["value"] == "1.7%"
    ]
    assert [r["kind"] for r in rows] == ["reduction"]
    # "from A to B" is the two levels a change goes between, as before
    assert [
        r[3]
        for r in _kept(
            "FooNet improves accuracy from 38.7 % to 42.7 % on ZorbQA .",
            Model="FooNet",
            Dataset="ZorbQA",
            Metric="accuracy",
        )
    ] == [
        "score",
        "score",
    ]


def test_a_measure_owns_no_number():
    # "Our SVM classifier obtained the top rank ... with macro-averaged F1-measures of 35.99%" (stop 42); 44k:
    # "F1-strict", "F1-sarcastic", "BERT-Score", "F1-scoreof"
    assert names_a_measure("F1-measures") and names_a_measure("F1-strict") and names_a_measure("BERT-Score")
    assert not names_a_measure("EM-algorithm") and not names_a_measure("RoBERTa-large")
    assert _kept(
        "our SVM classifier obtained the top rank with macro-averaged F1-measures of 35.99 % on ZorbTask .",
        Method="F1-measures",
        Dataset="ZorbTask",
    ) == [("35.99%", "ZorbTask", None, "score")]
    # the paper's own name stays its own, whatever it spells
    assert _kept("F1-strict reaches 35.99 % on ZorbTask .", own="F1-strict", Model="F1-strict", Dataset="ZorbTask") == [
        ("35.99%", "ZorbTask", "F1-strict", "score")
    ]


def test_a_clause_that_names_its_own_actor_takes_no_earlier_owner():
    # "the best performing BERT model scores 94%, and the trigram scores 75% classification accuracy" (stop 35),
    # "Our results show that Mojo-Coder achieves a 30-35% performance improvement" filed under the paper's MojoBench
    # (stop 42); 44k: "DynaThink achieved more than 3% increase in accuracy"
    rows = _kept(
        "the best FooBERT model scores 94 % , and the trigram scores 75 % accuracy on ZorbQA .",
        Model="FooBERT",
        Dataset="ZorbQA",
        Metric="accuracy",
    )
    assert ("75%", "ZorbQA", None, "score") in rows
    assert _kept(
        "our results show that Zorb-Coder achieves a 30 % improvement over FooLM on ZorbEval .",
        own="ZorbBench",
        Model="FooLM",
        Dataset="ZorbEval",
    ) == [("30%", "ZorbEval", None, "gain")]
    # a system noun or a pronoun refers back to the system named before: the owner stays
    assert _kept(
        "our results show that the model achieves 85.2 % accuracy on ZorbQA .",
        own="FooNet",
        Dataset="ZorbQA",
        Metric="accuracy",
    ) == [("85.2%", "ZorbQA", "FooNet", "score")]
    # a metric before "scores of" is no actor ("SacreBLEU scores of 23.70%", 44k)
    assert (
        _kept(
            "FooNet achieved F1 of 36.1 % and SacreBLEU scores of 23.70 % on ZorbQA .",
            Model="FooNet",
            Dataset="ZorbQA",
            Metric="F1|SacreBLEU",
        )[-1][2]
        == "FooNet"
    )


def test_a_number_bracketed_after_a_change_is_its_size():
    # "find that it significantly improves model performance (up to 35%)" (the first set); 44k: "SA-LSTM brings
    # improvement (2.1%) to bi-LSTM model", "a substantial improvement (1%), yielding the F1 score of 73.7%",
    # "significant improvements in quality (up to 1.1 BLEU)", "performance improvements (~34.6% F1)"
    assert _kept(
        "adding instructions to ZorbInstruct significantly improves model performance ( up to 35 % ) .",
        Dataset="ZorbInstruct",
    ) == [("35%", "ZorbInstruct", None, "gain")]
    assert _kept(
        "on ZorbQA our method obtains a substantial improvement ( 1 % ) , yielding an F1 score of 73.7 % .",
        Dataset="ZorbQA",
        Metric="F1 score",
    ) == [("1%", "ZorbQA", None, "gain"), ("73.7%", "ZorbQA", None, "score")]
    # a level given in the bracket stays one: after a comparative with no hedge, with its measure first, or a
    # bracket that goes on ("significant gains (91% accuracy, ranking 5th ...)")
    assert (
        _kept(
            "FooNet achieves a higher F1 value ( 89.67 % ) on ZorbNER .", Model="FooNet", Dataset="ZorbNER", Metric="F1"
        )[0][3]
        == "score"
    )
    assert _kept(
        "FooNet shows substantial improvements ( F1-Score 0.67 ) over the baseline on ZorbTask .",
        Model="FooNet",
        Dataset="ZorbTask",
        Metric="F1-Score",
    ) == [("0.67", "ZorbTask", "FooNet", "score")]
    assert _kept(
        "larger models achieve significant gains ( 91 % accuracy , ranking 5th ) on ZorbNum .",
        Dataset="ZorbNum",
        Metric="accuracy",
    ) == [("91%", "ZorbNum", None, "score")]


def test_a_bare_count_of_corpus_items_is_no_result():
    # "two evaluation data sets, Test1 and Test2, containing 2755 and 5509 dialogues respectively" (stop 35); 44k:
    # "baselines trained on both 10 and 100 million word datasets" (BabyLlama-2)
    assert (
        _kept(
            "two evaluation sets , ZorbTest1 and ZorbTest2 , containing 2755 and 5509 dialogues respectively were released .",
            Dataset="ZorbTest1|ZorbTest2",
        )
        == []
    )
    assert (
        _kept(
            "on ZorbLiMP , FooLlama outperforms baselines trained on both 10 and 100 million word datasets .",
            Model="FooLlama",
            Dataset="ZorbLiMP",
        )
        == []
    )
    # a share of such items may be a result: it stays
    assert _kept(
        "FooVQA answers up to 20 % more questions on ZorbVQA without losing accuracy .",
        Model="FooVQA",
        Dataset="ZorbVQA",
    ) == [("20%", "ZorbVQA", "FooVQA", "gain")]
