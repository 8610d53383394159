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
