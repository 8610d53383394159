"""Results precision on the pooled development sets (stop 39, resprec39): a level not reached, failed or only
hoped for is a threshold, no result. Invented sentences."""

from paperkg.extract.results import extract_results

from .conftest import mention_spans, result_kinds, result_rows


def test_a_level_not_reached_is_no_result():
    # "no model reaches an accuracy of more than 25 points", "struggled to achieve a score of 60%", "accuracy might
    # grow to values above 90%", "the first system to exceed 0.5 F1" (4 papers of the sets of stops 34-37)
    assert (
        result_kinds("On FooBench , no model reaches an F1 of more than 40 points .", Dataset="FooBench", Metric="F1")
        == []
    )
    assert result_kinds("Open models struggled to achieve a score of 55 % on FooBench .", Dataset="FooBench") == []
    assert (
        result_kinds(
            "With more data , F1 might grow to values above 80 % on FooBench .", Dataset="FooBench", Metric="F1"
        )
        == []
    )
    assert (
        result_kinds("BarNet is the first system to exceed 0.6 F1 on FooBench .", Dataset="FooBench", Metric="F1") == []
    )
    # a level reached stays a result, whatever "no" or "first" stand elsewhere
    assert result_kinds(
        "With no pretraining , BarNet reaches an F1 of 80.5 on FooBench .", Dataset="FooBench", Metric="F1"
    ) == [("80.5", "score")]
    assert result_kinds("BarNet is the first to achieve 90.2 % F1 on FooBench .", Dataset="FooBench", Metric="F1") == [
        ("90.2%", "score")
    ]


def test_training_data_past_a_modifier_or_later_in_the_list_is_no_results_dataset():
    # "an ensemble of AlBERT-XL pretrained on CoQA and QuAC independently ... achieves an F1-Score of 70.9% on the
    # official test-set", "increase by 2.49 BLEU points over models trained on the original OPUS-100" (stops 35, 38)
    words, mentions = mention_spans(
        "An ensemble of FooNet pretrained on FooQA and BarQA independently achieves an F1 of 70.9 % .",
        Dataset="FooQA|BarQA",
        Metric="F1",
    )
    rows = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["dataset"]) for r in rows if r["confidence"] >= 0.5] == []
    words, mentions = mention_spans(
        "Results on the fixed test set increase by 2.5 BLEU points over models trained on the original FooMT .",
        Dataset="FooMT",
        Metric="BLEU",
    )
    rows = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["dataset"]) for r in rows if r["confidence"] >= 0.5] == []
    # a list "on" opens after a testing word, or one after a counted noun, is where the number was measured
    words, mentions = mention_spans(
        "Trained on FooQA and tested on BarQA , FooNet reaches an F1 of 70.9 % .", Dataset="FooQA|BarQA", Metric="F1"
    )
    rows = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["dataset"]) for r in rows if r["confidence"] >= 0.5] == [("70.9%", "BarQA")]


def test_the_words_of_a_measure_do_not_count_against_the_window_of_the_dataset_after_a_value():
    # "outperforms the runner-up by 5.04% relatively in F1 score in evidence retrieval on DocRED" (filed under the
    # three benchmarks listed before), "absolute 4.49% and 2.25% for exact match (EM) and EM-Tree accuracies on
    # STOP respectively" (filed under SLURP, named in the clause before): stops 34 and 38
    words, mentions = mention_spans(
        "FooNet is best on three benchmarks ( FooQA , BarQA , and BazQA ) and beats the runner-up by 5.1 % "
        "relatively in exact match score in evidence retrieval on FooQA .",
        Dataset="FooQA|BarQA|BazQA",
        Metric="exact match score",
    )
    rows = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["dataset"]) for r in rows if r["confidence"] >= 0.5] == [("5.1%", "FooQA")]


def test_a_name_that_is_only_part_of_a_longer_noun_phrase_owns_no_number():
    # "LSTM Skip-Thought model achieves F-measure of 0.7", "Transformers-derived features ... achieves 0.754",
    # "ranked first with a Macro-Average (MA) F1 score of 50.57%" (stops 34, 37, 36)
    rows = result_rows(
        "FooRNN Bar-Thought model achieves F1 of 0.71 on FooQA .",
        [(0, 1, "Method", "FooRNN"), (4, 5, "Metric", "F1"), (8, 9, "Dataset", "FooQA")],
    )
    assert [(r[0], r[3]) for r in rows] == [(None, "0.71")]
    rows = result_rows(
        "Our system , based on FooNet - derived features , achieves an F1 of 0.754 on FooQA .",
        [(5, 6, "Method", "FooNet"), (13, 14, "Metric", "F1"), (18, 19, "Dataset", "FooQA")],
    )
    assert [(r[0], r[3]) for r in rows] == [(None, "0.754")]
    rows = result_rows(
        "On FooQA we ranked first with a Foo-Average ( FA ) F1 score of 50.57 % .",
        [
            (1, 2, "Dataset", "FooQA"),
            (7, 8, "Method", "Foo-Average"),
            (9, 10, "Method", "Foo-Average"),
            (11, 13, "Metric", "F1 score"),
        ],
    )
    assert [(r[0], r[3]) for r in rows] == [(None, "50.57%")]
    # a released variant after a model's name is the model's: it stays the owner
    rows = result_rows(
        "FooBERT Large model achieves F1 of 0.71 on FooQA .",
        [(0, 1, "Model", "FooBERT"), (4, 5, "Metric", "F1"), (8, 9, "Dataset", "FooQA")],
    )
    assert [(r[0], r[3]) for r in rows] == [("FooBERT", "0.71")]


def test_the_ends_of_a_range_stated_over_several_data_are_no_rows():
    # "consistent improvements from 2% to 13% on MBPP+, MultiPL-E, and DS-1000", "from 0.33% to 17.93% on 8
    # natural language understanding (NLU) tasks in the GLUE benchmarks", "on the STS12-STS16 datasets, with gains
    # of between 3.7% and 6.4%" (stops 38 and 34, the first set)
    words, mentions = mention_spans(
        "FooNet brings consistent improvements from 2 % to 13 % on FooQA , BarQA , and BazQA .",
        Dataset="FooQA|BarQA|BazQA",
    )
    rows = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["dataset"]) for r in rows if r["confidence"] >= 0.5] == []
    words, mentions = mention_spans(
        "FooNet improves BarNet , from 0.3 % to 17.9 % on 8 reading ( RC ) tasks in FooQA .", Dataset="FooQA"
    )
    rows = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["dataset"]) for r in rows if r["confidence"] >= 0.5] == []
    # a change from one score to another on one dataset stays two rows
    words, mentions = mention_spans(
        "FooNet lifts F1 from 49.6 % to 66.2 % on FooQA and reaches 59.6 % on BarQA .",
        Dataset="FooQA|BarQA",
        Metric="F1",
    )
    rows = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["dataset"]) for r in rows if r["confidence"] >= 0.5] == [
        ("49.6%", "FooQA"),
        ("66.2%", "FooQA"),
        ("59.6%", "BarQA"),
    ]
