from paperkg.extract.results import extract_results, find_values, signed


def test_find_values_keeps_units_as_written():
    words = "reaches 97.2 % , 6.4 points , 554.66s , 18 × and 44.7 in 2024 with 3 runs".split()
    assert [v.text for v in find_values(words)] == ["97.2%", "6.4 points", "554.66s", "18×", "44.7"]


def test_reductions_are_negative():
    words = "a 74.8 % reduction in token usage".split()
    v = find_values(words)[0]
    assert signed(v, [w.lower() for w in words]) == "-74.8%"


def test_result_with_subject_baseline_and_following_dataset():
    words = "SimPO outperforms DPO by up to 6.4 points on AlpacaEval 2".split()
    mentions = [(0, 1, "Method", "SimPO"), (2, 3, "Method", "DPO"), (9, 11, "Dataset", "AlpacaEval 2")]
    [r] = extract_results(words, mentions, own="SimPO", only_dataset=None)
    assert (r["subject"], r["dataset"], r["value"], r["compared_to"]) == ("SimPO", "AlpacaEval 2", "6.4 points", "DPO")


def test_value_pairs_with_every_listed_dataset_before_it():
    words = "Our evaluations on MBPP and HumanEval show a 1.9 % gain in pass@1".split()
    mentions = [(3, 4, "Dataset", "MBPP"), (5, 6, "Dataset", "HumanEval"), (12, 13, "Metric", "pass@1")]
    rs = extract_results(words, mentions, own="PET-Select", only_dataset=None)
    assert [(r["dataset"], r["value"], r["subject"], r["metric"]) for r in rs] == [
        ("MBPP", "1.9%", "PET-Select", "pass@1"), ("HumanEval", "1.9%", "PET-Select", "pass@1")]


def test_no_dataset_no_result():
    words = "it is 179 × faster".split()
    assert extract_results(words, [], own="X", only_dataset=None) == []


def test_respectively_pairs_values_and_datasets_in_order():
    words = "FooNet scores 45.2 and 67.8 on MMLU and GSM8K , respectively .".split()
    mentions = [(0, 1, "Method", "FooNet"), (6, 7, "Dataset", "MMLU"), (8, 9, "Dataset", "GSM8K")]
    rs = extract_results(words, mentions, own=None, only_dataset=None)
    assert {(r["value"], r["dataset"], r["subject"]) for r in rs} == {("45.2", "MMLU", "FooNet"), ("67.8", "GSM8K", "FooNet")}


def test_bare_decimal_on_a_dataset_and_integer_beside_its_metric():
    words = "FooNet achieves 72.1 on MMLU and 45 BLEU on WMT14 with 8 GPUs .".split()
    mentions = [(0, 1, "Method", "FooNet"), (4, 5, "Dataset", "MMLU"), (7, 8, "Metric", "BLEU"), (9, 10, "Dataset", "WMT14")]
    rs = extract_results(words, mentions, own=None, only_dataset=None)
    assert {(r["value"], r["dataset"]) for r in rs} == {("72.1", "MMLU"), ("45", "WMT14")}


def _rows(sentence, mentions, own=None):
    words = sentence.split()
    return [(r["subject"], r["dataset"], r["metric"], r["value"], r["compared_to"])
            for r in extract_results(words, mentions, own=own, only_dataset=None)]


def test_a_starting_point_is_not_a_result_but_a_range_is():
    assert _rows("Foo raises accuracy on GSM8K from 45.2 % to 67.8 %",
                 [(0, 1, "Method", "Foo"), (2, 3, "Metric", "accuracy"), (4, 5, "Dataset", "GSM8K")]) == [
        ("Foo", "GSM8K", "accuracy", "67.8%", None)]
    assert [r[3] for r in _rows("gains on MMLU ranging from 1.4pp to 3.5pp", [(2, 3, "Dataset", "MMLU")])] == ["1.4pp", "3.5pp"]


def test_a_baseline_after_the_gain_and_a_metric_that_belongs_to_a_later_number():
    rows = _rows("Baz scores 61.2 on MMLU , 5.4 points higher than Qux , and reaches a pass@1 of 38.4 % on HumanEval",
                 [(0, 1, "Model", "Baz"), (4, 5, "Dataset", "MMLU"), (10, 11, "Model", "Qux"),
                  (15, 16, "Metric", "pass@1"), (20, 21, "Dataset", "HumanEval")])
    assert rows == [("Baz", "MMLU", None, "61.2", None), ("Baz", "MMLU", None, "5.4 points", "Qux"),
                    ("Baz", "HumanEval", "pass@1", "38.4%", None)]


def test_a_metric_before_the_numbers_carries_over():
    rows = _rows("o1-mini achieves 96.2 % pass@1 on HumanEval but only 76.2 % on HumanEval-Pro",
                 [(0, 1, "Model", "o1-mini"), (4, 5, "Metric", "pass@1"), (6, 7, "Dataset", "HumanEval"),
                  (12, 13, "Dataset", "HumanEval-Pro")])
    assert [(r[1], r[2], r[3]) for r in rows] == [("HumanEval", "pass@1", "96.2%"), ("HumanEval-Pro", "pass@1", "76.2%")]
