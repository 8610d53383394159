from paperkg.extract.results import extract_results
from paperkg.extract.results.kinds import kind_of
from paperkg.extract.results.values import find_values, signed_number

from .conftest import mention_spans, result_kinds, result_rows


def test_find_values_keeps_units_as_written():
    words = "reaches 97.2 % , 6.4 points , 554.66s , 18 × and 44.7 in 2024 with 3 runs".split()
    assert [v.text for v in find_values(words)] == ["97.2%", "6.4 points", "554.66s", "18×", "44.7"]


def test_reductions_are_negative_numbers_written_as_the_text_writes_them():
    words = "a 74.8 % reduction in token usage".split()
    v = find_values(words)[0]
    assert signed_number(v, kind_of(v.text, v.unit, v.start, v.end, [w.lower() for w in words])) == -74.8
    assert v.text == "74.8%"


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
        ("MBPP", "1.9%", "PET-Select", "pass@1"),
        ("HumanEval", "1.9%", "PET-Select", "pass@1"),
    ]


def test_no_dataset_no_result():
    words = "it is 179 × faster".split()
    assert extract_results(words, [], own="X", only_dataset=None) == []


def test_respectively_pairs_values_and_datasets_in_order():
    words = "FooNet scores 45.2 and 67.8 on MMLU and GSM8K , respectively .".split()
    mentions = [(0, 1, "Method", "FooNet"), (6, 7, "Dataset", "MMLU"), (8, 9, "Dataset", "GSM8K")]
    rs = extract_results(words, mentions, own=None, only_dataset=None)
    assert {(r["value"], r["dataset"], r["subject"]) for r in rs} == {
        ("45.2", "MMLU", "FooNet"),
        ("67.8", "GSM8K", "FooNet"),
    }


def test_bare_decimal_on_a_dataset_and_integer_beside_its_metric():
    words = "FooNet achieves 72.1 on MMLU and 45 BLEU on WMT14 with 8 GPUs .".split()
    mentions = [
        (0, 1, "Method", "FooNet"),
        (4, 5, "Dataset", "MMLU"),
        (7, 8, "Metric", "BLEU"),
        (9, 10, "Dataset", "WMT14"),
    ]
    rs = extract_results(words, mentions, own=None, only_dataset=None)
    assert {(r["value"], r["dataset"]) for r in rs} == {("72.1", "MMLU"), ("45", "WMT14")}


def test_a_starting_point_is_the_baselines_and_a_range_is_two_results():
    # RULINGS R3: "from X to Y" gives Y to the subject and X to the baseline (null when unnamed)
    assert result_rows(
        "Foo raises accuracy on GSM8K from 45.2 % to 67.8 %",
        [(0, 1, "Method", "Foo"), (2, 3, "Metric", "accuracy"), (4, 5, "Dataset", "GSM8K")],
    ) == [(None, "GSM8K", "accuracy", "45.2%", None), ("Foo", "GSM8K", "accuracy", "67.8%", None)]
    assert [r[3] for r in result_rows("gains on MMLU ranging from 1.4pp to 3.5pp", [(2, 3, "Dataset", "MMLU")])] == [
        "1.4pp",
        "3.5pp",
    ]


def test_a_baseline_after_the_gain_and_a_metric_that_belongs_to_a_later_number():
    rows = result_rows(
        "Baz scores 61.2 on MMLU , 5.4 points higher than Qux , and reaches a pass@1 of 38.4 % on HumanEval",
        [
            (0, 1, "Model", "Baz"),
            (4, 5, "Dataset", "MMLU"),
            (10, 11, "Model", "Qux"),
            (15, 16, "Metric", "pass@1"),
            (20, 21, "Dataset", "HumanEval"),
        ],
    )
    assert rows == [
        ("Baz", "MMLU", None, "61.2", None),
        ("Baz", "MMLU", None, "5.4 points", "Qux"),
        ("Baz", "HumanEval", "pass@1", "38.4%", None),
    ]


def test_a_metric_before_the_numbers_carries_over():
    rows = result_rows(
        "o1-mini achieves 96.2 % pass@1 on HumanEval but only 76.2 % on HumanEval-Pro",
        [
            (0, 1, "Model", "o1-mini"),
            (4, 5, "Metric", "pass@1"),
            (6, 7, "Dataset", "HumanEval"),
            (12, 13, "Dataset", "HumanEval-Pro"),
        ],
    )
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("HumanEval", "pass@1", "96.2%"),
        ("HumanEval-Pro", "pass@1", "76.2%"),
    ]


def _one(sentence, mentions, own=None):
    return extract_results(sentence.split(), mentions, own=own, only_dataset=None)


def test_kind_sign_and_unit_of_each_number():
    rs = _one(
        "BarNet reaches 81.5 % accuracy on FooSet , 3.1 points higher than BazNet , runs 2.5 × faster on FooSet "
        "and cuts latency by 40 % on FooSet .",
        [
            (0, 1, "Method", "BarNet"),
            (6, 7, "Dataset", "FooSet"),
            (12, 13, "Method", "BazNet"),
            (19, 20, "Dataset", "FooSet"),
            (27, 28, "Dataset", "FooSet"),
            (4, 5, "Metric", "accuracy"),
            (22, 23, "Metric", "latency"),
        ],
    )
    got = {(r["value"], r["kind"], r["number"], r["unit"]) for r in rs}
    assert got == {
        ("81.5%", "score", 81.5, "%"),
        ("3.1 points", "gain", 3.1, "points"),
        ("2.5×", "ratio", 2.5, "×"),
        ("40%", "reduction", -40.0, "%"),
    }
    assert next(r for r in rs if r["kind"] == "gain")["compared_to"] == "BazNet"
    assert all(0 < r["confidence"] <= 1 for r in rs)


def test_a_share_of_another_score_is_a_ratio_that_stays_a_result():
    # "95% of the teacher's accuracy" is no accuracy of 95%: boards list it apart, the result is kept as sure
    [r] = _one(
        "On FooSet , BarNet retains 95 % of the teacher 's accuracy .",
        [(1, 2, "Dataset", "FooSet"), (3, 4, "Method", "BarNet")],
    )
    assert (r["value"], r["kind"], r["subject"]) == ("95%", "ratio", "BarNet") and r["confidence"] >= 0.5
    [r] = _one(
        "On FooSet , BarNet preserves ~ 95 % accuracy of the teacher .",
        [(1, 2, "Dataset", "FooSet"), (3, 4, "Method", "BarNet"), (8, 9, "Metric", "accuracy")],
    )
    assert r["kind"] == "ratio"  # a kept share, whatever follows the number
    rs = _one(
        "On FooSet , BarNet labels 95 % of the instances correctly with 81 % accuracy .",
        [(1, 2, "Dataset", "FooSet"), (3, 4, "Method", "BarNet"), (15, 16, "Metric", "accuracy")],
    )
    assert {r["value"]: r["kind"] for r in rs} == {"95%": "score", "81%": "score"}  # a share of things, no ratio


def test_lists_pair_in_order_without_respectively():
    rs = _one(
        "BarNet beats BazNet on FooSet , QuxSet and ZapSet , with gains of 1.2 % , 3.4 % and 5.6 % .",
        [
            (0, 1, "Method", "BarNet"),
            (2, 3, "Method", "BazNet"),
            (4, 5, "Dataset", "FooSet"),
            (6, 7, "Dataset", "QuxSet"),
            (8, 9, "Dataset", "ZapSet"),
        ],
    )
    assert {(r["value"], r["dataset"], r["kind"]) for r in rs} == {
        ("1.2%", "FooSet", "gain"),
        ("3.4%", "QuxSet", "gain"),
        ("5.6%", "ZapSet", "gain"),
    }


def test_a_list_continues_the_kind_of_its_first_number():
    rs = _one(
        "it brings relative gains of 10 % on FooSet , 33 % on QuxSet and 19 % on ZapSet .",
        [(8, 9, "Dataset", "FooSet"), (13, 14, "Dataset", "QuxSet"), (18, 19, "Dataset", "ZapSet")],
    )
    assert [r["kind"] for r in rs] == ["gain", "gain", "gain"]


def test_unpaired_numbers_over_listed_datasets_are_unsure():
    rs = _one(
        "On FooSet and QuxSet , BarNet scores 81.2 % and 77.9 % accuracy .",
        [
            (1, 2, "Dataset", "FooSet"),
            (3, 4, "Dataset", "QuxSet"),
            (5, 6, "Method", "BarNet"),
            (11, 12, "Metric", "accuracy"),
        ],
    )
    assert len(rs) == 2 and all(r["confidence"] >= 0.5 for r in rs)  # pairs in order: sure
    rs = _one(
        "On FooSet and QuxSet , BarNet scores 81.2 % and 77.9 % , and 70.1 % .",
        [(1, 2, "Dataset", "FooSet"), (3, 4, "Dataset", "QuxSet"), (5, 6, "Method", "BarNet")],
    )
    assert rs and all(r["confidence"] < 0.5 for r in rs)


def test_a_range_is_one_value_but_from_to_is_not():
    [r] = _one(
        "BarNet outperforms the baseline by a margin of 2.2 % to 14.6 % on FooSet .",
        [(0, 1, "Method", "BarNet"), (13, 14, "Dataset", "FooSet")],
    )
    assert (r["value"], r["kind"]) == ("2.2% to 14.6%", "gain")
    assert [v.text for v in find_values("gains of +0.30 ~ 0.85 and 10-22 % in 2019-2020".split())] == [
        "+0.30 ~ 0.85",
        "10-22 %",
    ]
    assert [v.text for v in find_values("from 45.2 % to 67.8 %".split())] == ["45.2%", "67.8%"]


def test_value_keeps_the_metric_written_inside_it():
    rs = _one(
        "BarNet improves over BazNet by 1.8 F1 points on FooSet ( +0.9 BLEU on QuxSet ) .",
        [
            (0, 1, "Method", "BarNet"),
            (3, 4, "Method", "BazNet"),
            (6, 7, "Metric", "F1"),
            (9, 10, "Dataset", "FooSet"),
            (12, 13, "Metric", "BLEU"),
            (14, 15, "Dataset", "QuxSet"),
        ],
    )
    assert {(r["value"], r["dataset"]) for r in rs} == {("1.8 F1 points", "FooSet"), ("+0.9 BLEU", "QuxSet")}
    assert [v.text for v in find_values("is 10 percentage points higher".split())] == ["10 percentage points"]


def test_shares_of_data_and_counts_are_not_results():
    assert _one("the subset holds 31 % of the FooSet dataset .", [(7, 8, "Dataset", "FooSet")]) == []
    assert _one("on FooSet we train 12.5 tokens per second .", [(1, 2, "Dataset", "FooSet")]) == []


def test_tools_and_events_are_not_subjects_or_datasets():
    [r] = _one(
        "With the help of BarBERT , we push the state of the art to 80.2 % on FooSet .",
        [(4, 5, "Model", "BarBERT"), (17, 18, "Dataset", "FooSet")],
        own="OurParser",
    )
    assert r["subject"] == "OurParser"
    assert (
        _one(
            "Team X ranked 3rd with 0.61 F1 at ABC@EVENT-2024 .",
            [(6, 7, "Metric", "F1"), (8, 9, "Dataset", "ABC@EVENT-2024")],
        )
        == []
    )


def test_unsure_results_stay_out_of_the_gold_format():
    from paperkg.model import Extraction, ReportedResult

    ex = Extraction(
        "p",
        "T",
        results=(ReportedResult("81.5%", "FooSet", confidence=0.9), ReportedResult("3.0%", "FooSet", confidence=0.3)),
    )
    assert [r["value"] for r in ex.to_gold()["results"]] == ["81.5%"]


def test_gain_goes_to_the_dataset_just_before_by():
    rs = _one(
        "BarNet beats BazNet on FooSet by 1.9 % and on QuxSet dataset by 1.4 % .",
        [
            (0, 1, "Method", "BarNet"),
            (2, 3, "Method", "BazNet"),
            (4, 5, "Dataset", "FooSet"),
            (11, 12, "Dataset", "QuxSet"),
        ],
    )
    assert {(r["value"], r["dataset"]) for r in rs} == {("1.9%", "FooSet"), ("1.4%", "QuxSet")}
    assert rs[0]["compared_to"] == "BazNet"


def test_the_improved_model_is_the_baseline_not_the_subject():
    [r] = _one(
        "our method improves BazNet by 2.8 % on FooSet .",
        [(3, 4, "Model", "BazNet"), (8, 9, "Dataset", "FooSet")],
        own="BarNet",
    )
    assert (r["subject"], r["compared_to"], r["kind"]) == ("BarNet", "BazNet", "gain")


def test_from_to_gives_the_start_to_the_baseline():
    rs = _one(
        "On FooSet , BarNet improves the best accuracy from 38.7 % to 42.7 % .",
        [(1, 2, "Dataset", "FooSet"), (3, 4, "Method", "BarNet"), (7, 8, "Metric", "accuracy")],
    )
    assert {(r["value"], r["subject"], r["kind"]) for r in rs} == {
        ("38.7%", None, "score"),
        ("42.7%", "BarNet", "score"),
    }


def test_sentence_without_dataset_falls_back_to_the_title_dataset():
    from paperkg.extract.pipeline import build_pipeline

    nlp = build_pipeline({"paperkg_decision": {"enabled": False}})
    doc = nlp(
        "Team Zed at SemEval-2019 Task 3: Emotion Classification\n\n"
        "We take part in the EmoContext task and in the WASSA task. Our best system achieved a 0.77 F1-score."
    )
    rs = doc._.paperkg_results
    assert [(r["value"], r["dataset"]) for r in rs] == [("0.77", "SemEval-2019 Task 3")]
    doc = nlp("Team Zed at BLEU 22\n\nWe evaluate on ImageNet only.")
    assert not any(r["value"] == "22" for r in doc._.paperkg_results)


def test_a_gain_is_written_with_its_metric_a_score_is_not():
    rs = _one(
        "BarNet obtains 29.8 BLEU on FooSet , improving BazNet by 0.4 BLEU .",
        [
            (0, 1, "Method", "BarNet"),
            (3, 4, "Metric", "BLEU"),
            (5, 6, "Dataset", "FooSet"),
            (8, 9, "Method", "BazNet"),
            (11, 12, "Metric", "BLEU"),
        ],
    )
    assert [(r["value"], r["kind"]) for r in rs] == [("29.8", "score"), ("0.4 BLEU", "gain")]


def test_two_numbers_joined_by_and_share_the_dataset_after_them():
    rs = _one(
        "BarNet brings 46.8 % quality gains and 97.3 % speed gains on FooSet .",
        [(0, 1, "Method", "BarNet"), (12, 13, "Dataset", "FooSet")],
    )
    assert [(r["value"], r["dataset"]) for r in rs] == [("46.8%", "FooSet"), ("97.3%", "FooSet")]


def test_ranks_are_not_results_and_outperformed_marks_the_baseline():
    rs = _one(
        "On FooSet , BarNet outperformed BazNet by 1.2 % and was top 9 by F1 .",
        [(1, 2, "Dataset", "FooSet"), (3, 4, "Model", "BarNet"), (5, 6, "Model", "BazNet"), (16, 17, "Metric", "F1")],
    )
    assert [(r["value"], r["subject"], r["compared_to"]) for r in rs] == [("1.2%", "BarNet", "BazNet")]


def test_an_event_name_is_not_a_dataset():
    from paperkg.extract.results.kinds import is_event

    assert is_event("VarDial") and is_event("SemEval-2023") and is_event("TEAM@LT-EDI-2024")
    assert not is_event("SemEval-2023 Task 10") and not is_event("WMT 2014") and not is_event("FooSet")


def test_a_number_for_an_unknown_name_does_not_borrow_an_earlier_dataset():
    rs = _one(
        "On FooSet BarNet gains 1.7 % , and 9.3 % on Zapdata .",
        [(1, 2, "Dataset", "FooSet"), (2, 3, "Method", "BarNet")],
    )
    assert [(r["value"], r["confidence"] >= 0.5) for r in rs] == [("1.7%", True), ("9.3%", False)]


def test_the_subject_before_a_comparing_verb_keeps_its_numbers():
    rs = _one(
        "On FooSet , BarNet outperforms baselines on QuxTagging ( 12 % ) .",
        [(1, 2, "Dataset", "FooSet"), (3, 4, "Method", "BarNet"), (7, 8, "Method", "QuxTagging")],
    )
    assert [r["subject"] for r in rs] == ["BarNet"]


def test_unsure_kinds_get_low_confidence():
    [r] = _one("On FooSet it brings a 45.8 % decrease in artifacts .", [(1, 2, "Dataset", "FooSet")])
    assert r["kind"] == "reduction" and r["confidence"] < 0.5
    [r] = _one("On FooSet training is 2.5 × faster .", [(1, 2, "Dataset", "FooSet")])
    assert r["kind"] == "ratio" and r["confidence"] < 0.5


def test_both_ends_of_from_to_take_the_dataset_after_them():
    rs = _one(
        "BarNet lifts pass@1 from 85.4 % to 93.3 % on the FooSet benchmark .",
        [(0, 1, "Method", "BarNet"), (2, 3, "Metric", "pass@1"), (11, 12, "Dataset", "FooSet")],
    )
    assert [(r["value"], r["dataset"], r["subject"]) for r in rs] == [
        ("85.4%", "FooSet", None),
        ("93.3%", "FooSet", "BarNet"),
    ]
    assert all(r["confidence"] >= 0.5 for r in rs)


def test_an_unnamed_instance_of_a_technique_is_not_the_subject():
    [r] = _one(
        "Here a simple BarNet pipeline gains 10 % on FooSet .",
        [(3, 4, "Method", "BarNet"), (8, 9, "Dataset", "FooSet")],
    )
    assert r["subject"] is None
    [r] = _one("Here BarNet gains 10 % on FooSet .", [(1, 2, "Method", "BarNet"), (6, 7, "Dataset", "FooSet")])
    assert r["subject"] == "BarNet"


def test_hyperparameters_are_not_results():
    assert (
        _one(
            "BarNet is trained with a learning rate of 0.001 on FooSet and k = 5 .",
            [(0, 1, "Method", "BarNet"), (11, 12, "Dataset", "FooSet")],
        )
        == []
    )
    [r] = _one(
        "BarNet reaches a word error rate of 5.2 % on FooSet .",
        [(0, 1, "Method", "BarNet"), (9, 10, "Dataset", "FooSet")],
    )
    assert r["value"] == "5.2%"


def _board_shown(rs):
    from paperkg.model import MIN_BOARD_CONFIDENCE, MIN_RESULT_CONFIDENCE

    assert all(r["confidence"] >= MIN_RESULT_CONFIDENCE for r in rs)  # still reported results (gold output)
    return [(r["value"], r["confidence"] >= MIN_BOARD_CONFIDENCE) for r in rs]


def test_a_score_in_a_clause_about_someone_else_is_not_a_board_row():
    words = "FooNet reaches 71.3 % accuracy on BarSet , while previous work reaches only 35.3 % accuracy .".split()
    mentions = [
        (0, 1, "Method", "FooNet"),
        (6, 7, "Dataset", "BarSet"),
        (4, 5, "Metric", "accuracy"),
        (16, 17, "Metric", "accuracy"),
    ]
    rs = extract_results(words, mentions, own="FooNet", only_dataset=None)
    assert _board_shown(rs) == [("71.3%", True), ("35.3%", False)]
    from paperkg.extract.pipeline import build_pipeline
    from paperkg.model import MIN_BOARD_CONFIDENCE

    nlp = build_pipeline({"paperkg_decision": {"enabled": False}})
    for others in ("published", "existing"):  # the paper measured them, but the scores are not its own
        doc = nlp(
            "Adversarial Tests for Frobbing Systems\n\nWe propose an adversarial evaluation scheme for the Frob "
            f"Question Dataset (FQD). In this adversarial setting, the accuracy of twelve {others} models drops from "
            "an average of 70% F1 score to 31%."
        )
        assert doc._.paperkg_results and all(r["confidence"] < MIN_BOARD_CONFIDENCE for r in doc._.paperkg_results)


def test_a_number_no_one_owns_is_not_a_board_row():
    words = "The combined approach results in 61.2 % accuracy on BarSet .".split()
    mentions = [(7, 8, "Metric", "accuracy"), (9, 10, "Dataset", "BarSet")]
    assert _board_shown(extract_results(words, mentions, own=None, only_dataset=None)) == [("61.2%", False)]
    words = "Our approach results in 61.2 % accuracy on BarSet .".split()
    mentions = [(6, 7, "Metric", "accuracy"), (8, 9, "Dataset", "BarSet")]
    assert _board_shown(extract_results(words, mentions, own=None, only_dataset=None)) == [("61.2%", True)]


def test_a_sentence_opening_with_it_speaks_of_the_contribution():
    words = "It reaches 91.2 % accuracy on BarSet .".split()  # after "We propose FooNet."
    mentions = [(4, 5, "Metric", "accuracy"), (6, 7, "Dataset", "BarSet")]
    [r] = extract_results(words, mentions, own="FooNet", only_dataset=None)
    assert r["subject"] == "FooNet" and _board_shown([r]) == [("91.2%", True)]
    words = "The baseline reaches it at 61.2 % accuracy on BarSet .".split()  # "it" inside: no pronoun subject
    mentions = [(7, 8, "Metric", "accuracy"), (9, 10, "Dataset", "BarSet")]
    [r] = extract_results(words, mentions, own="FooNet", only_dataset=None)
    assert r["subject"] is None and _board_shown([r]) == [("61.2%", False)]


def test_one_number_over_several_datasets_is_on_no_board():
    words = "Our evaluations on MBPP and HumanEval show a 1.9 % gain in pass@1".split()
    mentions = [(3, 4, "Dataset", "MBPP"), (5, 6, "Dataset", "HumanEval"), (12, 13, "Metric", "pass@1")]
    assert _board_shown(extract_results(words, mentions, own="PET-Select", only_dataset=None)) == [
        ("1.9%", False),
        ("1.9%", False),
    ]


def test_a_gain_on_a_dataset_the_sentence_does_not_name_is_not_a_board_row():
    words = "We observe improvements of up to 1.4 BLEU with the new decoder .".split()
    mentions = [(7, 8, "Metric", "BLEU")]
    rs = extract_results(words, mentions, own="FooMT", only_dataset="BarSet")
    assert rs[0]["dataset"] == "BarSet" and _board_shown(rs) == [("1.4 BLEU", False)]
    words = "Our system achieved 80.9 % accuracy on the test set .".split()
    rs = extract_results(words, [(5, 6, "Metric", "accuracy")], own=None, only_dataset="BarSet")
    assert _board_shown(rs) == [("80.9%", True)]  # a plain score with its metric: the paper's only dataset


def test_a_dataset_name_that_goes_on_is_another_dataset():
    words = "FooNet achieves 96.2 % on BarSet but 76.2 % on BarSet Plus .".split()
    mentions = [(0, 1, "Method", "FooNet"), (5, 6, "Dataset", "BarSet"), (10, 11, "Dataset", "BarSet")]
    assert _board_shown(extract_results(words, mentions, own=None, only_dataset=None)) == [
        ("96.2%", True),
        ("76.2%", False),
    ]


def test_margins_and_error_bars_are_not_results():
    words = "FooNet comes within 5 % of full finetuning on BarSet and is 90 % +/- 2 % accurate on BazSet .".split()
    mentions = [(0, 1, "Method", "FooNet"), (10, 11, "Dataset", "BarSet"), (20, 21, "Dataset", "BazSet")]
    assert [r["value"] for r in extract_results(words, mentions, own=None, only_dataset=None)] == ["90%"]


def test_respectively_pairs_the_list_before_it_with_the_datasets():
    words = (
        "FooNet achieves 83.4 % on BarSet and 45.1 % on BazSet , outperforming the best methods by "
        "1.2 % and 3.5 % , respectively ."
    ).split()
    mentions = [(0, 1, "Method", "FooNet"), (5, 6, "Dataset", "BarSet"), (10, 11, "Dataset", "BazSet")]
    rs = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["dataset"], r["kind"]) for r in rs] == [
        ("83.4%", "BarSet", "score"),
        ("45.1%", "BazSet", "score"),
        ("1.2%", "BarSet", "gain"),
        ("3.5%", "BazSet", "gain"),
    ]


def test_what_was_reached_is_a_score_and_a_hedged_decrease_a_reduction():
    lowers = "we achieve 33.8 bleu points on barset".split()
    assert kind_of("33.8 points", "points", 2, 5, lowers) == "score"
    lowers = "performance decreases by as much as 9.8 % f1".split()
    assert kind_of("9.8%", "%", 6, 8, lowers) == "reduction"
    lowers = "it improves scores by over 1.3 points on barset".split()
    assert kind_of("1.3 points", "points", 5, 7, lowers) == "gain"


def test_a_gain_in_nothing_named_is_not_a_board_row():
    words = "FooNet brings relative gains of 10 % on BarSet .".split()
    mentions = [(0, 1, "Method", "FooNet"), (8, 9, "Dataset", "BarSet")]
    rs = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["kind"]) for r in rs] == [("10%", "gain")] and _board_shown(rs) == [("10%", False)]
    words = "FooNet brings relative accuracy gains of 10 % on BarSet .".split()
    mentions = [(0, 1, "Method", "FooNet"), (3, 4, "Metric", "accuracy"), (9, 10, "Dataset", "BarSet")]
    assert _board_shown(extract_results(words, mentions, own=None, only_dataset=None)) == [("10%", True)]


def test_a_metric_written_with_a_later_number_is_that_numbers():
    words = "FooNet gains 10.1 % on BarSet , and improves latency by up to 6.1 % .".split()
    mentions = [(0, 1, "Method", "FooNet"), (5, 6, "Dataset", "BarSet"), (9, 10, "Metric", "latency")]
    rs = extract_results(words, mentions, own=None, only_dataset=None)
    assert (rs[0]["value"], rs[0]["metric"]) == ("10.1%", None)


def test_the_sentences_one_dataset_named_late_in_it_is_where_the_number_was_measured():
    words = "our FooNet model shows a 1.2 % improvement over the best previous model on the Bar dataset".split()
    rs = extract_results(words, [(1, 2, "Method", "FooNet"), (15, 16, "Dataset", "Bar")], own=None, only_dataset=None)
    assert [(r["subject"], r["dataset"], r["value"]) for r in rs if r["confidence"] >= 0.5] == [
        ("FooNet", "Bar", "1.2%")
    ]


def test_a_dataset_the_method_uses_is_not_where_the_number_was_measured():
    words = "it reaches a BLEU of 29.2 ( en-fr ) and 27.4 ( fr-en ) using English and French Wiki data".split()
    mentions = [(3, 4, "Metric", "BLEU"), (18, 19, "Dataset", "Wiki")]
    assert all(r["confidence"] < 0.5 for r in extract_results(words, mentions, own=None, only_dataset=None))


def test_a_number_followed_by_another_unknown_name_is_not_the_earlier_datasets():
    # "66.4 F0.5 in the A and 72.9 F0.5 in the Bar test set": Bar is not known, so 72.9 is not A's
    words = "it scores 66.4 F0.5 in the Aset and 72.9 F0.5 in the Bar test set".split()
    mentions = [(3, 4, "Metric", "F0.5"), (6, 7, "Dataset", "Aset"), (9, 10, "Metric", "F0.5")]
    rs = [r for r in extract_results(words, mentions, own=None, only_dataset=None) if r["confidence"] >= 0.5]
    assert [(r["value"], r["dataset"]) for r in rs] == [("66.4", "Aset")]


def test_a_qualifier_glued_to_a_number_is_dropped_and_a_plus_before_the_unit_kept():
    # RULINGS R3: "~7 points" is "7 points"; "1.5+%" is written as it stands
    words = "it improves EM by ~7 points , ~10% and <82% ; gains of 1.5+% absolute".split()
    assert [v.text for v in find_values(words)] == ["7 points", "10%", "82%", "1.5+%"]
    # a bracket closed on a dash stays glued to the number by the tokenizer
    assert [v.text for v in find_values("with fair accuracy ( 10.9%)-the rest".split())] == ["10.9%"]
    # LaTeX debris for a qualifier is dropped too (the guideline removes LaTeX from values)
    assert [v.text for v in find_values(r"humans stay high ( \textgreater90% ) at \sim5 points".split())] == [
        "90%",
        "5 points",
    ]


def test_a_qualified_metric_written_with_an_integer_gain():
    rows = result_rows(
        "it improves over the best system on the FooBank dataset by 5 absolute F1 points",
        [(8, 9, "Dataset", "FooBank"), (13, 14, "Metric", "F1")],
    )
    assert [(r[1], r[3]) for r in rows] == [("FooBank", "5 absolute F1 points")]


def test_a_name_that_qualifies_tasks_is_not_the_subject():
    words = "We show the effect of FooMix on diverse RAG tasks , improving EM on BarQA by 7 points".split()
    mentions = [
        (5, 6, "Method", "FooMix"),
        (8, 9, "Method", "RAG"),
        (12, 13, "Metric", "EM"),
        (14, 15, "Dataset", "BarQA"),
    ]
    [r] = extract_results(words, mentions, own=None, only_dataset=None)
    # subj48: FooMix, after "the effect of", is linked to the number by no verb: no owner is named (a null subject is
    # no error; such owners are right about half the time); RAG, the tasks' qualifier, is none either
    assert (r["subject"], r["dataset"], r["value"]) == (None, "BarQA", "7 points")


def test_the_model_whose_performance_is_improved_by_a_number_is_the_baseline():
    words = "this approach improved the performance of the strong summarisation model FooSum by 0.3 ROUGE on BarNews".split()
    mentions = [(10, 11, "Method", "FooSum"), (13, 14, "Metric", "ROUGE"), (15, 16, "Dataset", "BarNews")]
    [r] = extract_results(words, mentions, own=None, only_dataset=None)
    assert (r["subject"], r["compared_to"], r["dataset"]) == (None, "FooSum", "BarNews")


def test_a_treebank_models_were_trained_on_is_also_where_they_were_measured():
    # "single models trained on the Penn Treebank: 93.55 F1": a standard benchmark is both
    words = "our parser sets a new state of the art for single models trained on the FooBank : 93.5 F1".split()
    mentions = [(15, 16, "Dataset", "FooBank"), (18, 19, "Metric", "F1")]
    assert [
        (r["value"], r["dataset"])
        for r in extract_results(words, mentions, own=None, only_dataset=None)
        if r["confidence"] >= 0.5
    ] == [("93.5", "FooBank")]


def test_a_percentage_in_a_sentence_without_a_dataset_is_on_the_papers_only_dataset():
    words = "FooNet beats the best baseline on 18.5 % more cases".split()
    rs = extract_results(words, [(0, 1, "Model", "FooNet")], own=None, only_dataset="BarBench")
    assert [(r["subject"], r["dataset"], r["value"]) for r in rs if r["confidence"] >= 0.5] == [
        ("FooNet", "BarBench", "18.5%")
    ]
    # a bare number with neither unit nor metric stays out
    assert (
        extract_results(
            "FooNet scores 18.5 overall".split(), [(0, 1, "Model", "FooNet")], own=None, only_dataset="BarBench"
        )
        == []
    )


def test_the_name_in_brackets_after_a_number_owns_it():
    words = "drops of 31.3 % ( FooBERT ) , 22.5 % ( BarBERT ) , 14.9 % ( QuxLM few-shot ) on BazSet".split()
    mentions = [
        (5, 6, "Model", "FooBERT"),
        (11, 12, "Model", "BarBERT"),
        (17, 18, "Model", "QuxLM"),
        (21, 22, "Dataset", "BazSet"),
    ]
    rs = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["subject"]) for r in rs] == [("31.3%", "FooBERT"), ("22.5%", "BarBERT"), ("14.9%", "QuxLM")]


def test_a_bare_decimal_right_after_a_verb_of_reaching_is_a_score():
    rows = result_rows(
        "on the FooVQA benchmark , BarVL scoring 32.2 leaves a large gap",
        [(2, 3, "Dataset", "FooVQA"), (5, 6, "Model", "BarVL")],
    )
    assert [(r[0], r[1], r[3]) for r in rows] == [("BarVL", "FooVQA", "32.2")]


def test_a_corpus_trained_on_is_not_where_the_drop_was_measured_but_speeding_up_training_on_it_is():
    words = "Training taggers on the FooNews corpus but testing on legal text gives drops in F1 of 29.4 %".split()
    mentions = [(4, 5, "Dataset", "FooNews"), (14, 15, "Metric", "F1")]
    assert all(r["confidence"] < 0.5 for r in extract_results(words, mentions, own=None, only_dataset=None))
    words = "FooNet speeds up training on real-world BarTS data by 73 % relative wall-clock time".split()
    mentions = [(0, 1, "Method", "FooNet"), (6, 7, "Dataset", "BarTS"), (13, 15, "Metric", "wall-clock time")]
    assert [
        r["dataset"] for r in extract_results(words, mentions, own=None, only_dataset=None) if r["confidence"] >= 0.5
    ] == ["BarTS"]


def test_respectively_with_one_known_dataset_gives_it_only_the_last_number():
    words = (
        "it beats the best model by 19 % and 13.4 % of F1 on Foo benchmark and BarKBP benchmark , respectively".split()
    )
    mentions = [(12, 13, "Metric", "F1"), (17, 18, "Dataset", "BarKBP")]
    rs = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["dataset"]) for r in rs if r["confidence"] >= 0.5] == [("13.4%", "BarKBP")]


def test_the_sole_dataset_after_a_number_is_not_its_when_the_number_has_its_own_place():
    # "by 2% ... on a NER task and by 4.3% ... of the GLUE benchmark": 2% is the task's, not GLUE's
    words = "FooBERT beats baselines by 2 % in F1 on a NER task and by 4.3 % in average score of the BarGLUE benchmark".split()
    mentions = [(0, 1, "Model", "FooBERT"), (7, 8, "Metric", "F1"), (22, 23, "Dataset", "BarGLUE")]
    sure = [
        (r["value"], r["dataset"])
        for r in extract_results(words, mentions, own=None, only_dataset=None)
        if r["confidence"] >= 0.5
    ]
    assert ("2%", "BarGLUE") not in sure
    # "75.4% F1 on the well-known Figer dataset and ... on the BarNotes dataset": another, unknown dataset first
    words = "our model reaches 75.4 % F1 on the well-known Figer dataset and 64.9 % F1 on the BarNotes dataset".split()
    mentions = [(5, 6, "Metric", "F1"), (14, 15, "Metric", "F1"), (17, 18, "Dataset", "BarNotes")]
    sure = [
        (r["value"], r["dataset"])
        for r in extract_results(words, mentions, own=None, only_dataset=None)
        if r["confidence"] >= 0.5
    ]
    assert sure == [("64.9%", "BarNotes")]


def test_a_share_of_the_baselines_number_is_not_a_score():
    words = "FooMem keeps 95 % of baseline accuracy on BarNotes".split()
    mentions = [(0, 1, "Method", "FooMem"), (6, 7, "Metric", "accuracy"), (8, 9, "Dataset", "BarNotes")]
    assert extract_results(words, mentions, own=None, only_dataset=None) == []


def _marked(sentence, **types):
    """Words and mentions of an invented sentence: each word named in `types` (Model=..., Dataset=...) is a mention."""
    words = sentence.split()
    kinds = {w: t for t, ws in types.items() for w in ws.split()}
    return words, [(k, k + 1, kinds[w], w) for k, w in enumerate(words) if w in kinds]


def _shown(sentence, own=None, only_dataset=None, **types):
    words, mentions = _marked(sentence, **types)
    return _board_shown(extract_results(words, mentions, own=own, only_dataset=only_dataset))


def test_we_cut_off_by_a_contrast_or_an_opening_clause_owns_nothing():
    assert _shown(
        "We show that while each method helps , BarNet-X achieving high accuracy ( 32.1 % ) on FooSet .",
        Metric="accuracy",
        Dataset="FooSet",
    ) == [("32.1%", False)]
    assert _shown(
        "When we apply sampling to FooSet , the solved fraction rises to 56.2 % on FooSet .", Dataset="FooSet"
    ) == [("56.2%", False)]
    assert _shown(
        "The parser of BarLab with our new decoder achieves 75.1 % accuracy on FooSet .",
        Metric="accuracy",
        Dataset="FooSet",
    ) == [("75.1%", False)]
    assert _shown(
        "Our model , trained on little data , reaches 75.1 % accuracy on FooSet .", Metric="accuracy", Dataset="FooSet"
    ) == [("75.1%", True)]


def test_a_technique_named_generically_owns_no_board_row():
    words, mentions = _marked(
        "BarNet reaches 97.1 % on FooSet , while more aggressive pruning keeps 96.9 % accuracy on FooSet .",
        Model="BarNet",
        Method="pruning",
        Metric="accuracy",
        Dataset="FooSet",
    )
    rs = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["subject"], shown) for r, (_, shown) in zip(rs, _board_shown(rs))] == [("BarNet", True), (None, False)]


def test_a_generic_technique_or_training_stage_is_no_subject():
    # "Fine-tuning resulted in gains": the unnamed system gained, not the technique; the number keeps no owner
    words, mentions = _marked(
        "Fine-tuning resulted in gains of +2.1 % on FooSet .", Method="Fine-tuning", Dataset="FooSet"
    )
    [r] = extract_results(words, mentions, own="BarNet", only_dataset=None)
    assert (r["subject"], r["dataset"], r["value"]) == (None, "FooSet", "+2.1%")
    # "Fine-tuning BazLM for two epochs gives ...": the model is what was trained, the gain is the paper's method's
    words, mentions = _marked(
        "Fine-tuning BazLM for two epochs gives a 7.5 % gain in accuracy on FooSet .",
        Method="Fine-tuning",
        Model="BazLM",
        Metric="accuracy",
        Dataset="FooSet",
    )
    [r] = extract_results(words, mentions, own="BarNet", only_dataset=None)
    assert (r["subject"], r["value"]) == (None, "7.5%")
    # a named system after "our" keeps the number
    words, mentions = _marked(
        "Our BarNet reaches 81.2 % accuracy on FooSet .", Method="BarNet", Metric="accuracy", Dataset="FooSet"
    )
    [r] = extract_results(words, mentions, own="BarNet", only_dataset=None)
    assert r["subject"] == "BarNet"


def test_a_generic_technique_owns_a_number_only_when_the_sentence_makes_it_the_papers():
    """ "combining with standard distillation, our approach achieves": the technique is used, the unnamed
    approach owns the number (a board shows it as the paper's); "our distillation" or "this new
    distillation" is the paper's and keeps it."""
    types = {"Method": "distillation", "Metric": "BLEU", "Dataset": "FooSet"}
    words, mentions = _marked(
        "Combining with standard distillation , our approach achieves 30.4 BLEU on FooSet .", **types
    )
    [r] = extract_results(words, mentions, own=None, only_dataset=None)
    assert (r["subject"], r["value"]) == (None, "30.4")
    for sentence in [
        "Our distillation reaches 30.4 BLEU on FooSet .",
        "This new distillation reaches 30.4 BLEU on FooSet .",
    ]:
        words, mentions = _marked(sentence, **types)
        [r] = extract_results(words, mentions, own=None, only_dataset=None)
        assert r["subject"] == "distillation", sentence


def test_a_part_of_a_dataset_or_its_input_is_not_its_board():
    for sentence in [
        "FooNet reaches accuracy of 90.2 % on a subset of BarSet .",
        "FooNet reaches accuracy of 90.2 % on the BarSet diagnostics .",
        "FooNet reaches accuracy of 90.2 % on the BarSet hotel domain .",
        "With gold parses from BarSet , FooNet reaches accuracy of 90.2 % .",
    ]:
        assert _shown(sentence, Method="FooNet", Metric="accuracy", Dataset="BarSet") == [("90.2%", False)], sentence
    assert _shown(
        "FooNet reaches accuracy of 90.2 % on BarSet .", Method="FooNet", Metric="accuracy", Dataset="BarSet"
    ) == [("90.2%", True)]


def test_an_operating_point_and_a_qualified_metric_are_not_board_rows():
    assert ("80.5%", False) in _shown(
        "FooNet answers 56.1 % of questions on BarSet at 80.5 % accuracy .",
        Method="FooNet",
        Metric="accuracy",
        Dataset="BarSet",
    )
    assert _shown(
        "FooNet achieves 75.1 % accuracy and 78.3 % top-5 beam accuracy on BarSet .",
        Method="FooNet",
        Metric="accuracy",
        Dataset="BarSet",
    ) == [("75.1%", True), ("78.3%", False)]


def test_a_gain_whose_metric_is_in_another_clause_or_unnamed_is_not_a_board_row():
    assert _shown(
        "FooNet reaches the lowest perplexity , and improves scores by 1.3 points on BarSet .",
        Method="FooNet",
        Metric="perplexity",
        Dataset="BarSet",
    ) == [("1.3 points", False)]
    words, mentions = _marked(
        "FooNet beats baselines by 2.1 % in F1 on tagging and by 4.3 % in average score on BarSet .",
        Method="FooNet",
        Metric="F1",
        Dataset="BarSet",
    )
    rs = [r for r in extract_results(words, mentions, own=None, only_dataset=None) if r["value"] == "4.3%"]
    assert _board_shown(rs) == [("4.3%", False)]
    assert _shown(
        "FooNet reaches 91.1 % accuracy on BarSet , surpassing the best results by 1.2 % .",
        Method="FooNet",
        Metric="accuracy",
        Dataset="BarSet",
    ) == [("91.1%", True), ("1.2%", True)]
    assert _shown(
        "FooNet improves accuracy on BarSet by 1.2 % .", Method="FooNet", Metric="accuracy", Dataset="BarSet"
    ) == [("1.2%", True)]


def test_comparisons_shares_and_approximations_are_not_board_rows():
    kinds = dict(Method="FooNet", Metric="accuracy", Dataset="BarSet")
    # a speed compared in percent is no reported result at all (test_a_percentage_that_compares_speed_or_size_...)
    words, mentions = _marked("FooNet matches 95.1 % accuracy on BarSet but trains 80.2 % faster .", **kinds)
    assert [
        (r["value"], r["confidence"] >= 0.5) for r in extract_results(words, mentions, own=None, only_dataset=None)
    ][1:] == [("80.2%", False)]
    assert _shown("FooNet keeps 99.6 % of the accuracy of full tuning on BarSet .", **kinds) == [("99.6%", False)]
    assert _shown("FooNet keeps an accuracy of about 80.1 % on BarSet .", **kinds) == [("80.1%", False)]
    assert _shown("FooNet keeps an accuracy of > 80.1 % on BarSet .", **kinds) == [("80.1%", False)]
    assert _shown("FooNet raises accuracy on BarSet ( 49.3 – > 80.1 % ) .", **kinds)[-1] == ("80.1%", True)
    assert _shown("FooNet reaches an accuracy of 80.1 % on BarSet .", **kinds) == [("80.1%", True)]
    assert _shown("Human evaluations show that FooNet reaches an accuracy of 80.1 % on BarSet .", **kinds) == [
        ("80.1%", False)
    ]


def test_changes_read_as_scores_and_starting_points_are_not_board_rows():
    kinds = dict(Method="FooNet", Metric="accuracy", Dataset="BarSet")
    # the list's change word makes 4.6% a gain (listed apart from scores), no longer a score kept off boards
    words, mentions = _marked(
        "On BarSet , our approach achieves 4.6 % and 9.8 % accuracy gain on test and dev .", **kinds
    )
    first = extract_results(words, mentions, own=None, only_dataset=None)[0]
    assert (first["value"], first["kind"]) == ("4.6%", "gain")
    assert _shown("FooNet has a small degradation ( 0.4 % on BarSet ) with fewer parameters .", **kinds) == [
        ("0.4%", False)
    ]
    rows = _shown("Encoding the schema improves our parser accuracy on BarSet from 33.8 % to 39.4 % .", **kinds)
    assert rows == [("39.4%", True), ("33.8%", False)] or rows == [("33.8%", False), ("39.4%", True)]


def test_a_subject_that_is_no_system_owns_no_board_row():
    assert _shown(
        "The rules turn trees to FooGraphs with an accuracy of 81.5 on BarSet .",
        Method="FooGraphs",
        Metric="accuracy",
        Dataset="BarSet",
    ) == [("81.5", False)]
    # subj48: the task's name, linked to the number by no verb, is no owner at all (subject null), and the row with
    # no owner named is the sentence's team's, a board row
    words, mentions = _marked(
        "We join the FooTask sub-task , achieving an accuracy of 89.9 % on BarSet .",
        Method="FooTask",
        Metric="accuracy",
        Dataset="BarSet",
    )
    assert [r["subject"] for r in extract_results(words, mentions, own=None, only_dataset=None)] == [None]
    assert _shown(
        "FooNet reaches an accuracy of 60.5 % on BarSet in one of the domains .",
        Method="FooNet",
        Metric="accuracy",
        Dataset="BarSet",
    ) == [("60.5%", False)]


def test_a_list_of_metrics_pairs_with_a_list_of_numbers_in_order():
    words, mentions = _marked(
        "FooNet achieves the best UAS and LAS on BarSet ( 96.0 % , 94.3 % ) .",
        Method="FooNet",
        Metric="UAS LAS",
        Dataset="BarSet",
    )
    rs = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["metric"]) for r in rs] == [("96.0%", "UAS"), ("94.3%", "LAS")]


def test_a_score_reached_by_a_means_is_no_gain():
    lowers = "our parser is on par by achieving 94.11 % uas on ptb".split()
    assert kind_of("94.11%", "%", 7, 9, lowers) == "score"


def test_a_baseline_named_after_than_with_a_word_between():
    words, mentions = _marked(
        "FooNet reaches 97.2 % accuracy on BarSet , 0.55 % higher than the Stanford BazNet model .",
        Method="FooNet BazNet",
        Metric="accuracy",
        Dataset="BarSet",
    )
    rs = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["compared_to"]) for r in rs][-1] == ("0.55%", "BazNet")


def test_a_best_case_and_a_reduction_in_something_unnamed_are_not_board_rows():
    assert _shown(
        "FooNet brings accuracy gains of over 10.2 % in some cases on BarSet .",
        Method="FooNet",
        Metric="accuracy",
        Dataset="BarSet",
    ) == [("10.2%", False)]
    words, mentions = _marked(
        "On BarSet , FooNet achieves a 2.4x inference speedup , 60.5 % reduction in peak memory .",
        Method="FooNet",
        Metric="speedup",
        Dataset="BarSet",
    )
    rs = [r for r in extract_results(words, mentions, own=None, only_dataset=None) if r["value"] == "60.5%"]
    assert rs and all(r["confidence"] < 0.6 for r in rs)


def test_the_improved_model_is_the_baseline_and_coordinated_numbers_share_a_metric():
    words, mentions = _marked(
        "On BarSet , our approach improves the FooNet with a fixed batch size by +0.73 and +0.82 BLEU .",
        Method="FooNet",
        Metric="BLEU",
        Dataset="BarSet",
    )
    mentions.append((12, 14, "Metric", "batch size"))
    rs = extract_results(words, sorted(mentions), own="BazNet", only_dataset=None)
    assert [(r["value"], r["subject"], r["metric"]) for r in rs] == [
        ("+0.73", "BazNet", "BLEU"),
        ("+0.82 BLEU", "BazNet", "BLEU"),
    ]
    assert rs[0]["compared_to"] == "FooNet"


def test_a_setting_or_a_lower_case_phrase_is_no_board_row_and_yielded_improvements_are_gains():
    assert _shown(
        "FooNet reaches a batch size of 2 on BarSet .", Method="FooNet", Dataset="BarSet", **{"Metric": "size"}
    ) in ([], [("2", False)])
    words, mentions = _marked(
        "FooNet reaches 62.9 % accuracy on natural questions .", Method="FooNet", Metric="accuracy"
    )
    rs = extract_results(words, [*mentions, (6, 8, "Dataset", "Natural Questions")], own=None, only_dataset=None)
    assert _board_shown(rs) == [("62.9%", False)]
    lowers = "this approach yields improvements of 1.3 bleu on barset".split()
    assert kind_of("1.3", None, 5, 6, lowers) == "gain"


def test_a_change_takes_the_metric_it_says_it_is_in():
    words, mentions = _marked(
        "On BarSet , FooNet achieves a 2.4x speedup and a 60.5 % reduction in memory .",
        Method="FooNet",
        Metric="speedup memory",
        Dataset="BarSet",
    )
    rs = [r for r in extract_results(words, mentions, own=None, only_dataset=None) if r["value"].startswith("60.5")]
    assert [r["metric"] for r in rs] == ["memory"]


def test_a_score_followed_by_another_clause_against_a_baseline_keeps_no_baseline():
    words, mentions = _marked(
        "It reaches 91.2 % accuracy on BarSet and improves over FooNet on BazSet .",
        Method="FooNet",
        Metric="accuracy",
        Dataset="BarSet BazSet",
    )
    rs = extract_results(words, mentions, own="QuxNet", only_dataset=None)
    assert [(r["value"], r["compared_to"]) for r in rs] == [("91.2%", None)] and _board_shown(rs) == [("91.2%", True)]


def test_a_technique_the_text_says_is_absent_is_not_the_subject():
    """ "applied without any fine-tuning, it gains 9.1%": the number is the paper's own, not the absent technique's."""
    words = "Our model is applied without any fine-tuning and gains 9.1 % BLEU on Quora".split()
    mentions = [(5, 6, "Method", "fine-tuning"), (11, 12, "Metric", "BLEU"), (13, 14, "Dataset", "Quora")]
    [r] = extract_results(words, mentions, own="Zorp", only_dataset=None)
    assert (r["subject"], r["dataset"], r["value"]) == ("Zorp", "Quora", "9.1%")


def test_a_technique_naming_a_metrics_setting_is_not_the_subject():
    """ "91.1% fine-tuning accuracy ..., surpassing the best by 2%": fine-tuning is
    the setting the accuracy is measured in, not who gains; a model before its
    metric ("Zorp accuracy") still owns it."""
    words = "We reach 91.1 % fine-tuning accuracy on Quux , surpassing the previous best by 2 %".split()
    mentions = [(4, 5, "Method", "fine-tuning"), (5, 6, "Metric", "accuracy"), (7, 8, "Dataset", "Quux")]
    results = extract_results(words, mentions, own="Zorp", only_dataset=None)
    assert {(r["value"], r["subject"]) for r in results} == {("91.1%", "Zorp"), ("2%", "Zorp")}
    words = "The Zorp accuracy rises to 91.1 % on Quux".split()
    mentions = [(1, 2, "Model", "Zorp"), (2, 3, "Metric", "accuracy"), (6, 7, "Dataset", "Quux")]
    [r] = extract_results(words, mentions, own=None, only_dataset=None)
    assert r["subject"] == "Zorp"


def test_a_metric_set_equal_to_a_number_reports_it_but_a_setting_does_not():
    words, mentions = _marked("Our best runs reach F1 = 0.71 and F1 = 0.51 with k = 5 .", Metric="F1")
    rs = extract_results(words, mentions, own=None, only_dataset="FooSet 2019 Task 3")
    assert [(r["value"], r["metric"], r["dataset"]) for r in rs] == [
        ("0.71", "F1", "FooSet 2019 Task 3"),
        ("0.51", "F1", "FooSet 2019 Task 3"),
    ]


def test_a_list_of_changes_goes_on_past_the_owners_in_brackets():
    # "decreases of 31.3% (BarNet), 22.5% (BazLM)": every number in the list is a decrease
    words, mentions = _marked(
        "Our probes lead to decreases of 31.3 % ( BarNet ) , 22.5 % ( BazLM ) in accuracy on FooSet .",
        Model="BarNet BazLM",
        Metric="accuracy",
        Dataset="FooSet",
    )
    rs = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["value"], r["kind"], r["subject"]) for r in rs] == [
        ("31.3%", "reduction", "BarNet"),
        ("22.5%", "reduction", "BazLM"),
    ]


def test_tasks_of_a_shared_task_are_parts_of_it_not_unknown_datasets():
    # "for Tasks A and B": the parts of the paper's shared task, so its one dataset still holds the number
    words, mentions = _marked("Our system yields a micro-F1 of 0.34 for Tasks A and B combined .", Metric="micro-F1")
    [r] = extract_results(words, mentions, own=None, only_dataset="FooEval-2019 Task 4")
    assert r["dataset"] == "FooEval-2019 Task 4" and r["confidence"] >= 0.5
    words, mentions = _marked("Our system yields a micro-F1 of 0.34 for Zork Corpus .", Metric="micro-F1")
    [r] = extract_results(words, mentions, own=None, only_dataset="FooEval-2019 Task 4")
    assert r["confidence"] < 0.5  # an unknown capitalised name: the number is likely that one's


def _kinds_of(sentence, mentions, own=None):
    return [(r["value"], r["kind"]) for r in extract_results(sentence.split(), mentions, own=own, only_dataset=None)]


def test_a_value_after_boosts_to_is_the_score_reached_and_the_one_after_by_the_gain():
    words = "On the Foo dataset this framework boosts the exact match accuracy to 57.2 % , surpassing its best rivals by 8.6 %"
    mentions = [(3, 4, "Dataset", "Foo"), (9, 12, "Metric", "exact match accuracy")]
    assert _kinds_of(words, mentions, own="BarSQL") == [("57.2%", "score"), ("8.6%", "gain")]
    # "up to" is a hedge on a gain, not the level reached
    assert _kinds_of(
        "FooNet improves accuracy on Bar by up to 4.1 %", [(4, 5, "Dataset", "Bar"), (2, 3, "Metric", "accuracy")]
    ) == [("4.1%", "gain")]


def test_a_metric_of_a_value_is_a_score_whatever_comparison_follows():
    words = "On Bar , our system got an average F1 of 0.4703 , significantly higher than the second system"
    assert _kinds_of(words, [(1, 2, "Dataset", "Bar"), (8, 9, "Metric", "F1")]) == [("0.4703", "score")]
    # ... but "an improvement in F1 of 2.1" is a gain
    words = "On Bar , FooNet gives an improvement in F1 of 2.1 over BazNet"
    assert _kinds_of(words, [(1, 2, "Dataset", "Bar"), (3, 4, "Method", "FooNet"), (8, 9, "Metric", "F1")]) == [
        ("2.1", "gain")
    ]


def test_reducing_an_error_by_a_relative_share_is_a_reduction():
    words = "On Bar , FooNet reduces the expected calibration error by a relative 50 %"
    mentions = [(1, 2, "Dataset", "Bar"), (3, 4, "Method", "FooNet"), (6, 9, "Metric", "expected calibration error")]
    assert _kinds_of(words, mentions) == [("50%", "reduction")]


def test_an_enhancement_is_a_gain():
    words = "On Bar , FooNet yields a 10 % enhancement in factual accuracy"
    mentions = [(1, 2, "Dataset", "Bar"), (3, 4, "Method", "FooNet"), (10, 12, "Metric", "factual accuracy")]
    assert _kinds_of(words, mentions) == [("10%", "gain")]


def test_a_bracketed_value_belongs_to_the_dataset_right_before_the_bracket():
    words = "state-of-the-art performance on the Foo Treebank ( 91.79 F1 ) and strong performance on the Bar Treebank ( 82.23 F1 )"
    mentions = [
        (4, 6, "Dataset", "Foo Treebank"),
        (8, 9, "Metric", "F1"),
        (15, 17, "Dataset", "Bar Treebank"),
        (19, 20, "Metric", "F1"),
    ]
    assert {(r[1], r[3]) for r in result_rows(words, mentions)} == {
        ("Foo Treebank", "91.79"),
        ("Bar Treebank", "82.23"),
    }
    # a bracket that names its own dataset keeps it
    words = "Foo Corpus ( 76.3 % on Bar-2 )"
    mentions = [(0, 2, "Dataset", "Foo Corpus"), (6, 7, "Dataset", "Bar-2")]
    assert [r[1] for r in result_rows(words, mentions)] == ["Bar-2"]


def test_a_dataset_named_only_after_the_sentence_is_kept_off_leaderboards(extract_one):
    from paperkg.model import MIN_BOARD_CONFIDENCE

    later = extract_one(
        "FooNet: structure extraction for forms",
        "We propose FooNet, a framework for form structure extraction. Our approach achieves an accuracy "
        "of 90.2% on the element classification task. Further, FooNet achieves state-of-the-art results "
        "for table recognition on the ICDAR 2013 dataset.",
    )
    assert [r.confidence < MIN_BOARD_CONFIDENCE for r in later.results if r.dataset == "ICDAR 2013"] == [True]
    earlier = extract_one(
        "FooNet: structure extraction for forms",
        "We propose FooNet, a framework for table recognition on the ICDAR 2013 dataset. Our approach "
        "achieves an accuracy of 90.2%.",
    )
    assert [(r.value, r.dataset, r.confidence >= MIN_BOARD_CONFIDENCE) for r in earlier.results] == [
        ("90.2%", "ICDAR 2013", True)
    ]


def test_a_dataset_named_only_after_the_sentence_gives_it_no_result(extract_one):
    # "Our experiments in translation show gains of 4.1 BLEU. ... on summarization we reach a new state of the
    # art on D": the paper's one dataset, named only later for another experiment, is not where the gain was
    # measured (fresh ACL sets of stop 35 and the first set: 10 such rows in 4 papers, none right)
    from paperkg.model import MIN_RESULT_CONFIDENCE

    ex = extract_one(
        "Pretrained encoders for generation",
        "We add pretrained encoders to sequence to sequence models. Our experiments in machine translation "
        "show gains of up to 4.1 BLEU in a low-resource setup. On abstractive summarization we reach a new "
        "state of the art on the FooSum dataset.",
    )
    assert [r for r in ex.results if r.confidence >= MIN_RESULT_CONFIDENCE] == []


def test_a_name_before_our_clause_is_an_input_not_the_subject():
    words = "With the external FooBERT representations , our framework achieves 87.54 F1 on BarSRL ."
    mentions = [(3, 4, "Model", "FooBERT"), (10, 11, "Metric", "F1"), (12, 13, "Dataset", "BarSRL")]
    assert [r[0] for r in result_rows(words, mentions, own="BazNet")] == ["BazNet"]
    assert [r[0] for r in result_rows(words, mentions)] == [None]
    # an apposition names the subject
    words = "FooNet , our proposed model , achieves 87.54 F1 on BarSRL ."
    assert [
        r[0]
        for r in result_rows(words, [(0, 1, "Model", "FooNet"), (8, 9, "Metric", "F1"), (10, 11, "Dataset", "BarSRL")])
    ] == ["FooNet"]


def test_improving_the_accuracy_of_a_model_by_makes_it_the_baseline_across_a_comma():
    words = "The explanations help QA models , improving the accuracy of FooBERT by up to 10 % on BarQA ."
    mentions = [(10, 11, "Model", "FooBERT"), (8, 9, "Metric", "accuracy"), (17, 18, "Dataset", "BarQA")]
    assert [(r[0], r[4]) for r in result_rows(words, mentions)] == [(None, "FooBERT")]


def test_a_list_of_names_pairs_in_order_with_a_list_of_values_respectively():
    words = "On the FooQA benchmark , BarLM and BazLM reach an exact match rate of 52 % and 57 % , respectively ."
    mentions = [
        (2, 3, "Dataset", "FooQA"),
        (5, 6, "Model", "BarLM"),
        (7, 8, "Model", "BazLM"),
        (10, 13, "Metric", "exact match rate"),
    ]
    assert [(r[0], r[3]) for r in result_rows(words, mentions)] == [("BarLM", "52%"), ("BazLM", "57%")]


def test_a_share_pruned_or_filtered_out_is_no_result():
    words = "On FooST , BarNet prunes out ~84 % temporal features , yielding a gain of 1.3 BLEU ."
    mentions = [(1, 2, "Dataset", "FooST"), (3, 4, "Method", "BarNet"), (16, 17, "Metric", "BLEU")]
    assert [r[3] for r in result_rows(words, mentions)] == ["1.3 BLEU"]


def test_a_metric_of_a_value_followed_by_a_change_word_stays_a_gain():
    words = "FooNet obtains an average of 3.0 R@100 improvement on BarQA"
    mentions = [(0, 1, "Method", "FooNet"), (6, 7, "Metric", "R@100"), (9, 10, "Dataset", "BarQA")]
    assert _kinds_of(words, mentions) == [("3.0 R@100", "gain")]


def test_a_model_with_our_method_applied_gives_the_number_to_the_method_not_the_model():
    # rev28c 12.9: "augmenting X using our method ... (25.8 -> 44.3 EM)" credited X alone with the after-value
    words = "augmenting FooT5 using our method gives 44.3 EM on BarQA"
    mentions = [(1, 2, "Model", "FooT5"), (8, 9, "Metric", "EM"), (10, 11, "Dataset", "BarQA")]
    assert [r[0] for r in result_rows(words, mentions, own="BazMem")] == ["BazMem"]
    assert [r[0] for r in result_rows(words, mentions)] == [None]
    words = "Simply augmenting retrieval models ( FooRank ) with our method gives ( e.g. , 41.2 → 52.7 MRR on BarQA ) ."
    rows = result_rows(words, [(5, 6, "Method", "FooRank"), (17, 18, "Metric", "MRR"), (19, 20, "Dataset", "BarQA")])
    assert "FooRank" not in [r[0] for r in rows]


def test_the_object_of_an_activity_owns_no_number():
    # rev28c 7.1 / 12.23: "in achieving X ..., attaining 0.87", "in attacking the X model, achieving 15.24%"
    assert (
        result_rows(
            "Our method is highly effective in attacking the FooRetriever model , reaching an attack success rate "
            "of 61.3 % on BarSet .",
            [(8, 9, "Model", "FooRetriever"), (13, 16, "Metric", "attack success rate"), (20, 21, "Dataset", "BarSet")],
        )[0][0]
        is None
    )
    assert (
        result_rows(
            "Our system succeeds in achieving FooDetection of hateful memes , attaining an F1 of 0.812 on BarSet .",
            [(5, 6, "Method", "FooDetection"), (12, 13, "Metric", "F1"), (16, 17, "Dataset", "BarSet")],
        )[0][0]
        is None
    )
    assert (
        result_rows(
            "FooNet reaches an F1 of 0.812 on BarSet .",  # the system the sentence opens with still owns its number
            [(0, 1, "Method", "FooNet"), (3, 4, "Metric", "F1"), (7, 8, "Dataset", "BarSet")],
        )[0][0]
        == "FooNet"
    )


def test_a_model_named_as_the_baseline_is_never_the_subject():
    # rev28c 7.5: "improvements over a fine-tuned X serving as a baseline leading to F1-scores of 64.8%"
    rows = result_rows(
        "The results show clear gains over a fine - tuned FooBERT serving as a baseline , leading to "
        "accuracies of 81.2 % on BarSet .",
        [(10, 11, "Model", "FooBERT"), (23, 24, "Dataset", "BarSet")],
    )
    assert [r[0] for r in rows] == [None]
    rows = result_rows(
        "Our approach outperforms the vanilla FooBERT model by 2.1 points on BarSet .",
        [(5, 6, "Model", "FooBERT"), (11, 12, "Dataset", "BarSet")],
    )
    assert [(r[0], r[4]) for r in rows] == [(None, "FooBERT")]
    rows = result_rows(
        "We use FooBERT as a strong baseline , and our model reaches 81.2 % on BarSet .",
        [(2, 3, "Model", "FooBERT"), (15, 16, "Dataset", "BarSet")],
    )
    assert "FooBERT" not in [r[0] for r in rows]


def test_the_base_a_method_is_put_on_top_of_owns_none_of_its_numbers():
    # "Using PLANX on top of FooLM achieves 77.0%", "1.8% gain ... on top of the BiDAF reader"
    rows = result_rows(
        "Using PlanX on top of FooLM achieves a pass@200 of 77.0 % on BarBench .",
        [
            (1, 2, "Method", "PlanX"),
            (5, 6, "Model", "FooLM"),
            (8, 9, "Metric", "pass@200"),
            (13, 14, "Dataset", "BarBench"),
        ],
    )
    assert "FooLM" not in [r[0] for r in rows]
    rows = result_rows(
        "Our FooAug on top of the BarReader model gives a 1.8 % F1 gain on BazQA .",
        [
            (1, 2, "Method", "FooAug"),
            (6, 7, "Model", "BarReader"),
            (12, 13, "Metric", "F1"),
            (15, 16, "Dataset", "BazQA"),
        ],
    )
    assert [r[0] for r in rows] == ["FooAug"]


def test_where_a_change_started_is_no_range():
    # rev28c 7.19: "from a mean macro-F1 score of 0.6156 to 0.6246" was one value ranked on 0.6156
    words = "Domain pretraining boosts the performance on BarSet from a mean accuracy of 0.9112 to 0.9187 ."
    rows = result_rows(words, [(6, 7, "Dataset", "BarSet"), (9, 11, "Metric", "mean accuracy")])
    assert [r[3] for r in rows] == ["0.9112", "0.9187"]
    rows = result_rows(
        "FooPretraining boosts the performance on BarSet from a mean accuracy of 0.9112 to 0.9187 .",
        [(0, 1, "Method", "FooPretraining"), (5, 6, "Dataset", "BarSet"), (8, 10, "Metric", "mean accuracy")],
    )
    assert [(r[0], r[3]) for r in rows] == [
        (None, "0.9112"),
        ("FooPretraining", "0.9187"),
    ]  # where it started is not its
    words = "Scores on BarSet range from an accuracy of 0.5 to 0.8 ."
    assert [r[3] for r in result_rows(words, [(2, 3, "Dataset", "BarSet"), (6, 7, "Metric", "accuracy")])] == [
        "0.5 to 0.8"
    ]


def test_a_qualified_measure_in_a_list_is_not_its_head_metric():
    # rev28c 10.1 / 10.10: "LAS of 80.1%, and Feats F1 of 90.3%" filed as F1; "content word LAS" filed as LAS
    words = "Our parser obtains a UAS of 91.2 % , LAS of 88.9 % , and Lemma F1 of 95.1 % on BarTreebank ."
    mentions = [
        (4, 5, "Metric", "UAS"),
        (9, 10, "Metric", "LAS"),
        (16, 17, "Metric", "F1"),
        (21, 22, "Dataset", "BarTreebank"),
    ]
    assert [(r[3], r[2]) for r in result_rows(words, mentions)] == [("91.2%", "UAS"), ("88.9%", "LAS"), ("95.1%", None)]
    assert 0.5 <= _conf(_one(words, mentions), "95.1%") < 0.6  # still a reported result, but on no board
    words = (
        "We report content word labeled attachment score ( 71.3 % ) and labeled attachment score ( 80.2 % ) on BarTB ."
    )
    las = "labeled attachment score"
    mentions = [(4, 7, "Metric", las), (12, 15, "Metric", las), (20, 21, "Dataset", "BarTB")]
    assert [(r[3], r[2]) for r in result_rows(words, mentions)] == [("71.3%", None), ("80.2%", las)]
    # words that leave the metric itself: a test F1, a task's accuracy
    words = "FooNet reaches a test F1 of 88.1 and a classification accuracy of 90.2 % on BarSet ."
    mentions = [
        (0, 1, "Method", "FooNet"),
        (4, 5, "Metric", "F1"),
        (10, 11, "Metric", "accuracy"),
        (15, 16, "Dataset", "BarSet"),
    ]
    assert [r[2] for r in result_rows(words, mentions)] == ["F1", "accuracy"]
    words = "FooNet sets a new state - of - the - art F1 of 88.1 and 6.8 pt MRR on BarSet ."
    mentions = [
        (0, 1, "Method", "FooNet"),
        (11, 12, "Metric", "F1"),
        (17, 18, "Metric", "MRR"),
        (19, 20, "Dataset", "BarSet"),
    ]
    assert [r[2] for r in result_rows(words, mentions)] == ["F1", "MRR"]


def test_names_improved_respectively_are_baselines_not_owners():
    words = "FooP improved BarLM and BazCoT by 8.8 % and 2.3 % on QuxQA , respectively ."
    mentions = [
        (0, 1, "Method", "FooP"),
        (2, 3, "Model", "BarLM"),
        (4, 5, "Method", "BazCoT"),
        (11, 12, "Dataset", "QuxQA"),
    ]
    assert "BazCoT" not in [r[0] for r in result_rows(words, mentions)]


def _kept(sentence, mentions, own=None):
    """(value, dataset) of the rows a gold-format output keeps (model.MIN_RESULT_CONFIDENCE)."""
    from paperkg.model import MIN_RESULT_CONFIDENCE

    rs = extract_results(sentence.split(), mentions, own=own, only_dataset=None)
    return [(r["value"], r["dataset"]) for r in rs if r["confidence"] >= MIN_RESULT_CONFIDENCE]


def test_a_known_name_glued_to_another_is_part_of_one_unknown_dataset():
    mentions = [(1, 2, "Dataset", "FooSpeech"), (2, 3, "Dataset", "EnXx"), (8, 9, "Metric", "BLEU")]
    assert _kept("On FooSpeech EnXx , our method gains 1.3 BLEU .", mentions) == []
    # a lower-case split written after a dataset leaves the dataset
    mentions = [(2, 3, "Dataset", "FooST"), (3, 4, "Dataset", "tst-FOO"), (0, 1, "Metric", "BLEU")]
    assert ("25.6", "FooST") in _kept("BLEU on FooST tst-FOO reaches 25.6 for our system .", mentions)
    # each name on its own is still the data measured on
    mentions = [(1, 2, "Dataset", "FooSpeech"), (3, 4, "Dataset", "EnXx"), (9, 10, "Metric", "BLEU")]
    assert _kept("On FooSpeech and EnXx , our method gains 1.3 BLEU .", mentions) == [
        ("1.3 BLEU", "FooSpeech"),
        ("1.3 BLEU", "EnXx"),
    ]


def test_an_event_followed_by_its_edition_and_data_is_not_the_dataset():
    mentions = [(8, 9, "Dataset", "SemEval"), (3, 4, "Metric", "F-score")]
    assert _kept("Our approach achieved an F-score of 65.4 % on SemEval 2013 FooDDI test set .", mentions) == []


def test_an_edition_hosted_by_a_conference_is_an_event():
    from paperkg.extract.results.kinds import is_event

    assert is_event("DravidianLangTech-EACL2021") and is_event("LT-EDI@ACL 2022")
    assert not is_event("SemEval-2023 Task 10") and not is_event("TREC-DL2020")


def test_a_share_of_counted_things_is_no_result_but_a_share_of_a_score_is():
    mentions = [(1, 2, "Dataset", "FooDocs")]
    assert _kept("In FooDocs , the description makes up more than 90 % of the document .", mentions) == []
    assert _kept("On FooQA , annotators disagree on 55 % of the instances .", [(1, 2, "Dataset", "FooQA")]) == []
    mentions = [(1, 2, "Dataset", "FooQA"), (4, 5, "Model", "BarNet"), (10, 11, "Model", "BazBERT")]
    assert _kept("On FooQA , our BarNet reaches 92.6 % of the BazBERT ’s performance .", mentions) == [
        ("92.6%", "FooQA")
    ]
    mentions = [(1, 2, "Dataset", "FooCode"), (3, 4, "Model", "BarCoder")]
    assert _kept("On FooCode , BarCoder solves 28.8 % of the problems .", mentions) == [("28.8%", "FooCode")]
    mentions = [(1, 2, "Dataset", "FooNLI"), (3, 4, "Model", "BarGen")]
    assert _kept("On FooNLI , BarGen writes valid sentences up to 68 % of the time .", mentions) == [("68%", "FooNLI")]


def test_a_preference_of_human_raters_is_no_result():
    mentions = [(3, 4, "Dataset", "FooQA")]
    sentence = "On answers to FooQA , humans highly prefer ours ( 84 % ) over the baseline answers ."
    assert _kept(sentence, mentions, own="BarRAG") == []


def test_a_factor_at_the_end_of_a_sentence_keeps_its_unit():
    # spaCy keeps "x." whole: the factor is still a speed-up, not a bare score of 1.4
    assert [v.text for v in find_values(["a", "speedup", "of", "~1.4", "x."])] == ["1.4x"]


def test_what_the_first_or_last_value_of_a_list_says_holds_for_the_whole_list():
    mentions = [(1, 2, "Dataset", "FooMT")]
    assert _kept("In FooMT , the goal is sub-selecting 1 % and 10 % of the crawled pairs .", mentions) == []
    mentions = [(1, 2, "Dataset", "FooCode"), (3, 4, "Model", "BarCoder")]
    assert _kept("On FooCode , BarCoder solves 28.8 % and 30.1 % of the problems .", mentions) == [
        ("28.8%", "FooCode"),
        ("30.1%", "FooCode"),
    ]
    mentions = [
        (0, 1, "Method", "FooICL"),
        (4, 5, "Dataset", "BarQA"),
        (10, 12, "Metric", "Exact Match"),
        (15, 16, "Metric", "F1"),
    ]
    sentence = "FooICL , applied to BarQA , comes within 8.9 % Exact Match and 7.1 % F1 of the best system ."
    assert _kept(sentence, mentions) == []


def test_a_sentence_on_several_unnamed_datasets_is_not_on_the_papers_one_dataset():
    words = "FooAnn works well on different datasets , with up to 21 % performance improvement .".split()
    rs = extract_results(words, [(0, 1, "Method", "FooAnn")], own="FooAnn", only_dataset="BarSet")
    assert [r for r in rs if r["confidence"] >= 0.5] == []
    words = "FooAnn works well , with up to 21 % performance improvement .".split()
    rs = extract_results(words, [(0, 1, "Method", "FooAnn")], own="FooAnn", only_dataset="BarSet")
    assert [(r["value"], r["dataset"]) for r in rs if r["confidence"] >= 0.5] == [("21%", "BarSet")]


def test_a_name_that_opens_a_task_name_is_no_subject():
    words = "Our RE system ranked first in the FooSeed-binary Relation Extraction Task with F1-score of 0.3738 ."
    mentions = [(7, 8, "Method", "FooSeed-binary"), (12, 13, "Metric", "F1-score"), (7, 11, "Dataset", "BarOST")]
    assert [r[0] for r in result_rows(words, mentions)] == [None]
    words = "Our FooNER ranked first in the BarBio norm+NER task with an F1 of 0.71 ."
    mentions = [
        (1, 2, "Method", "FooNER"),
        (6, 7, "Method", "BarBio"),
        (12, 13, "Metric", "F1"),
        (6, 7, "Dataset", "BarBio"),
    ]
    assert [r[0] for r in result_rows(words, mentions)] == [None]
    # a system named before words that are no task name keeps the number
    words = "FooNER Large reaches an F1 of 0.71 on BarBio ."
    mentions = [(0, 1, "Method", "FooNER"), (4, 5, "Metric", "F1"), (8, 9, "Dataset", "BarBio")]
    assert [r[0] for r in result_rows(words, mentions)] == ["FooNER"]


def test_a_bracketed_score_after_a_compared_system_is_that_systems():
    # "outperforming X (86.7%)": the number in brackets is X's, not the subject's
    mentions = [
        (0, 1, "Method", "FooNet"),
        (8, 9, "Dataset", "BarQA"),
        (11, 12, "Model", "BazLM"),
        (17, 18, "Model", "QuxLM"),
    ]
    sentence = "FooNet reaches an accuracy of 88.5 % on BarQA , outperforming BazLM ( 86.7 % ) and QuxLM ( 87.1 % ) ."
    assert [(r[0], r[3]) for r in result_rows(sentence, mentions)] == [
        ("FooNet", "88.5%"),
        ("BazLM", "86.7%"),
        ("QuxLM", "87.1%"),
    ]
    # an unnamed baseline ("the human baseline (63%)") owns it too: the subject does not
    mentions = [(0, 1, "Method", "FooNet"), (2, 3, "Dataset", "BarQA")]
    assert [
        (r[0], r[3]) for r in result_rows("FooNet on BarQA clearly outperforms the human baseline ( 63 % ) .", mentions)
    ] == [(None, "63%")]
    # a gain in brackets stays the subject's gain over the compared system, and a number after "on D" is unsaid
    mentions = [(0, 1, "Method", "FooNet"), (4, 5, "Model", "BazLM"), (10, 11, "Dataset", "BarQA")]
    assert [
        (r[0], r[3]) for r in result_rows("FooNet achieves gains over BazLM ( +2.1 points ) on BarQA .", mentions)
    ] == [("FooNet", "+2.1 points")]
    mentions = [(0, 1, "Method", "FooNet"), (2, 3, "Model", "BazLM"), (4, 5, "Dataset", "BarQA")]
    assert [(r[0], r[3]) for r in result_rows("FooNet outperforms BazLM on BarQA ( 88.5 % ) .", mentions)] == [
        ("FooNet", "88.5%")
    ]


def test_the_system_improved_from_one_number_to_another_holds_the_first_not_the_second():
    # "X improves the accuracy of Y from A to B" (RULINGS R3): A is Y's, B the improver's; never B for Y
    mentions = [
        (0, 1, "Method", "FooFix"),
        (3, 4, "Metric", "accuracy"),
        (5, 6, "Model", "BazLM"),
        (13, 14, "Dataset", "BarQA"),
    ]
    rows = result_rows("FooFix improves the accuracy of BazLM from 23.0 % to 70.4 % on BarQA .", mentions)
    assert [(r[0], r[3]) for r in rows] == [("BazLM", "23.0%"), ("FooFix", "70.4%")]
    rows = result_rows("It improves the accuracy of BazLM from 23.0 % to 70.4 % on BarQA .", mentions[1:])
    assert [(r[0], r[3]) for r in rows] == [("BazLM", "23.0%"), (None, "70.4%")]


def test_by_an_average_or_a_margin_of_is_a_change_and_by_a_factor_of_a_ratio():
    # "of" before a number usually gives the level ("an accuracy of 88%"); after "by an average" it is a change
    def kind(sentence):
        words = sentence.split()
        v = find_values(words)[0]
        return kind_of(v.text, v.unit, v.start, v.end, [w.lower() for w in words])

    assert kind("FooNet improves F1 by an average of 5.5 % on BarSet") == "gain"
    assert kind("FooNet outperforms BazLM by a large margin of nearly 8 % on BarSet") == "gain"
    assert kind("FooDebias reduces bias in BazLM by an average of 13 %") == "reduction"
    assert kind("FooNet boosts inference speed by a factor of 4.35 on BarSet") == "ratio"
    assert kind("FooNet reaches an average of 45.1 % accuracy on BarSet") == "score"


def test_an_arrow_starts_from_the_baselines_number_and_versus_sets_the_compared_number_against_it():
    mentions = [(0, 1, "Method", "FooNet"), (4, 5, "Dataset", "BarQA")]
    rows = result_rows("FooNet gains much on BarQA ( 67.5 % → 82.7 % ) .", mentions)
    assert [(r[0], r[3]) for r in rows] == [(None, "67.5%"), ("FooNet", "82.7%")]
    rows = result_rows("FooNet gains much on BarQA ( 47 % - > 53 % ) .", mentions)
    assert [(r[0], r[3]) for r in rows] == [(None, "47%"), ("FooNet", "53%")]
    # "(85.6% vs. 80.9%)": the second number is the compared system's; it stays, off the boards, with no subject
    words = "FooNet outperforms the previous best on BarQA ( 85.6 % vs. 80.9 % ) .".split()
    mentions = [(0, 1, "Method", "FooNet"), (6, 7, "Dataset", "BarQA")]
    rs = extract_results(words, mentions, own=None, only_dataset=None)
    assert [(r["subject"], r["value"]) for r in rs] == [("FooNet", "85.6%"), (None, "80.9%")]
    assert rs[1]["confidence"] < 0.6


def test_a_number_listed_after_a_gain_is_a_gain_whatever_names_come_between():
    # "absolute gains of 12.8% in accuracy on text classification and 15.6% on GLUE": both are gains
    mentions = [(0, 1, "Method", "FooNet"), (7, 8, "Metric", "accuracy"), (15, 16, "Dataset", "BarQA")]
    words = "FooNet shows absolute gains of 12.8 % in accuracy on text classification and 15.6 % on BarQA ."
    rs = extract_results(words.split(), mentions, own=None, only_dataset=None)
    assert [(r["value"], r["kind"]) for r in rs] == [("12.8%", "gain"), ("15.6%", "gain")]
    # a clause of its own ("achieving ...") reports a level again
    mentions = [
        (0, 1, "Method", "FooNet"),
        (2, 3, "Metric", "accuracy"),
        (7, 8, "Dataset", "BarQA"),
        (13, 14, "Dataset", "BazQA"),
    ]
    words = "FooNet improves accuracy by 2.1 % on BarQA , achieving 91.3 % on BazQA ."
    rs = extract_results(words.split(), mentions, own=None, only_dataset=None)
    assert [(r["value"], r["kind"]) for r in rs] == [("2.1%", "gain"), ("91.3%", "score")]


def test_a_metrics_value_is_a_score_unless_a_change_is_said_to_be_in_it():
    # "mean absolute error": the word "absolute" in a metric's name says no gain
    mentions = [(3, 6, "Metric", "mean absolute error"), (10, 11, "Dataset", "BarQA")]
    rs = extract_results(
        "FooNet reaches a mean absolute error of 0.0558 on the BarQA .".split(), mentions, own=None, only_dataset=None
    )
    assert [(r["value"], r["kind"]) for r in rs] == [("0.0558", "score")]
    mentions = [(4, 5, "Metric", "F1"), (10, 11, "Dataset", "BarQA")]
    rs = extract_results(
        "FooNet shows an improvement in F1 of 5 % on the BarQA .".split(), mentions, own=None, only_dataset=None
    )
    assert [(r["value"], r["kind"]) for r in rs] == [("5%", "gain")]


def test_a_later_pair_of_a_from_to_list_also_starts_from_the_baselines_number_in_its_own_metric():
    # "improving from 46.58 to 47.69 in BLEU-1, 17.55 to 18.53 in BLEU-4": 17.55 is where the baseline stood
    words = "FooQG improves on BarQA from 46.58 to 47.69 in BLEU-1 , 17.55 to 18.53 in BLEU-4 ."
    mentions = [
        (0, 1, "Method", "FooQG"),
        (3, 4, "Dataset", "BarQA"),
        (9, 10, "Metric", "BLEU-1"),
        (15, 16, "Metric", "BLEU-4"),
    ]
    assert [(r[0], r[2], r[3]) for r in result_rows(words, mentions)] == [
        (None, "BLEU-1", "46.58"),
        ("FooQG", "BLEU-1", "47.69"),
        (None, "BLEU-4", "17.55"),
        ("FooQG", "BLEU-4", "18.53"),
    ]


def test_a_share_of_the_data_is_no_result_and_versus_sees_past_a_bracketed_owner():
    mentions = [(0, 1, "Method", "FooNet"), (13, 14, "Dataset", "BarNLI")]
    words = "FooNet raises accuracy by 2.8 % on a 1 % sub-sample of the BarNLI ."
    assert [r[3] for r in result_rows(words, mentions[:1] + [(12, 13, "Dataset", "BarNLI")])] == ["2.8%"]
    words = "FooNet scores 83.3 % ( FooNet ) vs. 82.6 % ( BazMoE ) on BarNLI ."
    mentions = [(0, 1, "Method", "FooNet"), (5, 6, "Method", "FooNet"), (13, 14, "Dataset", "BarNLI")]
    assert [(r[0], r[3]) for r in result_rows(words, mentions)] == [("FooNet", "83.3%"), (None, "82.6%")]


def test_a_number_takes_the_metric_written_with_it_in_its_own_list_item():
    # "a number belongs to the metric named next to it in its own list item", never the next item's metric
    rows = result_rows(
        "Our system reaches ( FOO ) score of 11.59 , ( BAR ) score of 57.76 and ( BAZ ) score of 79.07 on QuxSet .",
        [(4, 5, "Metric", "FOO"), (11, 12, "Metric", "BAR"), (18, 19, "Metric", "BAZ"), (24, 25, "Dataset", "QuxSet")],
    )
    assert [(r[3], r[2]) for r in rows] == [("11.59", "FOO"), ("57.76", "BAR"), ("79.07", "BAZ")]
    # a number written with words that are no known metric takes none named for another item
    rows = result_rows(
        "Our system obtains a length ratio of 1.087 , a FOO score of 42.3 , and a length range of 51.03 % on QuxSet .",
        [(11, 12, "Metric", "FOO"), (24, 25, "Dataset", "QuxSet")],
    )
    assert [(r[3], r[2]) for r in rows] == [("1.087", None), ("42.3", "FOO"), ("51.03%", None)]
    rows = result_rows(
        "We rank first : widget tagging ( 93.09 % ) , gadget attachment score ( 81.30 % ) on QuxSet .",
        [(10, 13, "Metric", "gadget attachment score"), (19, 20, "Dataset", "QuxSet")],
    )
    assert [(r[3], r[2]) for r in rows] == [("93.09%", None), ("81.30%", "gadget attachment score")]


def test_how_far_a_system_falls_short_of_another_is_no_result_but_a_metric_value_before_behind_is():
    ms = [(7, 8, "Metric", "macro-F1"), (11, 12, "Dataset", "QuxSet")]
    assert result_rows("Our best system is 0.04 below the best macro-F1 score on QuxSet .", ms) == []
    assert (
        result_rows(
            "FooNet is 30 points behind humans on QuxSet .", [(0, 1, "Model", "FooNet"), (7, 8, "Dataset", "QuxSet")]
        )
        == []
    )
    assert (
        result_rows(
            "FooNet stays 4.1 % short of the oracle on QuxSet .",
            [(0, 1, "Model", "FooNet"), (10, 11, "Dataset", "QuxSet")],
        )
        == []
    )
    # written as a metric's value, the number is the system's own score, whatever follows it
    rows = result_rows(
        "We obtain an F1 score of 0.702 on QuxSet , behind the second-ranked system .",
        [(3, 4, "Metric", "F1"), (8, 9, "Dataset", "QuxSet")],
    )
    assert [(r[3], r[1]) for r in rows] == [("0.702", "QuxSet")]
    rows = result_rows(
        "We obtain an F1 score of 0.702 behind the second-ranked system on QuxSet .",
        [(3, 4, "Metric", "F1"), (12, 13, "Dataset", "QuxSet")],
    )
    assert [(r[3], r[1]) for r in rows] == [("0.702", "QuxSet")]


def test_both_ends_of_a_range_are_what_the_range_is_and_neither_is_one_score():
    words = "FooNet shows gains ranging from 0.33 % to 17.93 % on QuxSet .".split()
    rs = extract_results(words, [(0, 1, "Model", "FooNet"), (11, 12, "Dataset", "QuxSet")], own=None, only_dataset=None)
    assert [(r["value"], r["kind"]) for r in rs] == [("0.33%", "gain"), ("17.93%", "gain")]
    assert all(r["confidence"] <= 0.55 for r in rs)  # a spread over settings: off leaderboards
    words = "FooNet raises accuracy on QuxSet from 38.7 % to 42.7 % .".split()
    rs = extract_results(
        words,
        [(0, 1, "Model", "FooNet"), (2, 3, "Metric", "accuracy"), (4, 5, "Dataset", "QuxSet")],
        own=None,
        only_dataset=None,
    )
    assert [(r["value"], r["kind"]) for r in rs][-1] == ("42.7%", "score")  # a starting point and where it went


def test_a_masking_rate_is_a_setting_and_a_measure_of_them_is_a_share():
    words = "We pretrain FooNet with a masking rate of 15 % and reach 88.1 % accuracy on QuxSet .".split()
    ms = [(2, 3, "Model", "FooNet"), (14, 15, "Metric", "accuracy"), (16, 17, "Dataset", "QuxSet")]
    assert [r["value"] for r in extract_results(words, ms, own=None, only_dataset=None)] == ["88.1%"]
    words = "FooNet beats baselines on QuxSet with only ~31 % inference time of them .".split()
    ms = [(0, 1, "Model", "FooNet"), (4, 5, "Dataset", "QuxSet"), (10, 12, "Metric", "inference time")]
    assert [(r["value"], r["kind"]) for r in extract_results(words, ms, own=None, only_dataset=None)] == [
        ("31%", "ratio")
    ]


def test_a_change_word_after_a_lists_last_number_makes_every_number_of_the_list_a_change():
    words = "FooNet achieves 2.2 % , 2.4 % , and 6.3 % absolute improvement in EM on QuxSet .".split()
    ms = [(0, 1, "Model", "FooNet"), (15, 16, "Metric", "EM"), (17, 18, "Dataset", "QuxSet")]
    rs = extract_results(words, ms, own=None, only_dataset=None)
    assert [(r["value"], r["kind"]) for r in rs] == [("2.2%", "gain"), ("2.4%", "gain"), ("6.3%", "gain")]


def test_the_name_a_compared_baseline_is_and_a_system_compared_to_are_baselines():
    words = "our model outperforms the baseline BarParser on QuxSet with 3.6 % higher LAS .".split()
    ms = [(5, 6, "Model", "BarParser"), (7, 8, "Dataset", "QuxSet"), (13, 14, "Metric", "LAS")]
    [r] = extract_results(words, ms, own=None, only_dataset=None)
    assert r["subject"] != "BarParser"
    words = "FooCSE improves SPR on QuxSet ( +1.47 % compared to BarCSE ) .".split()
    ms = [
        (0, 1, "Method", "FooCSE"),
        (2, 3, "Metric", "SPR"),
        (4, 5, "Dataset", "QuxSet"),
        (10, 11, "Method", "BarCSE"),
    ]
    [r] = extract_results(words, ms, own=None, only_dataset=None)
    assert (r["subject"], r["compared_to"]) == ("FooCSE", "BarCSE")


def test_a_list_of_metrics_written_before_a_list_of_numbers_pairs_before_the_metric_next_to_of():
    rows = result_rows(
        "Our system obtains an accuracy and FOO score of 68.09 % and 62.59 % on QuxSet , respectively .",
        [(4, 5, "Metric", "accuracy"), (6, 7, "Metric", "FOO"), (15, 16, "Dataset", "QuxSet")],
    )
    assert [(r[3], r[2]) for r in rows] == [("68.09%", "accuracy"), ("62.59%", "FOO")]


def test_a_language_name_is_no_dataset_a_number_is_filed_under():
    words = "Our FooT5 reaches a ROUGE-L of 48.3 % on Bangla .".split()
    ms = [(1, 2, "Model", "FooT5"), (4, 5, "Metric", "ROUGE-L"), (9, 10, "Dataset", "Bangla")]
    assert extract_results(words, ms, own=None, only_dataset=None) == []
    rs = extract_results(words, ms, own=None, only_dataset="QuxSumm")
    assert [(r["value"], r["dataset"]) for r in rs] == [("48.3%", "QuxSumm")]  # the paper's one dataset instead


def test_a_subtask_label_owns_no_number_but_a_name_opening_with_task_may():
    words = "For SubTask B , our classifier reaches an accuracy of 89.17 % on QuxSet .".split()
    ms = [(1, 3, "Method", "SubTask B"), (8, 9, "Metric", "accuracy"), (13, 14, "Dataset", "QuxSet")]
    [r] = extract_results(words, ms, own=None, only_dataset=None)
    assert r["subject"] is None
    words = "Task-Adaptive Foo reaches an accuracy of 89.17 % on QuxSet .".split()
    ms = [(0, 2, "Method", "Task-Adaptive Foo"), (4, 5, "Metric", "accuracy"), (9, 10, "Dataset", "QuxSet")]
    [r] = extract_results(words, ms, own=None, only_dataset=None)
    assert r["subject"] == "Task-Adaptive Foo"


def _conf(rows, value):
    return next(r["confidence"] for r in rows if r["value"] == value)


def test_another_entrants_score_is_no_row_of_the_paper():
    # rev27: "(the winning team had 82.2%)" was ranked as the paper's own
    words = "We placed 4th on FooTask with an accuracy of 71.3 % ( the winning team had 75.0 % ) ."
    rs = _one(words, [(4, 5, "Dataset", "FooTask"), (8, 9, "Metric", "accuracy")])
    assert _conf(rs, "71.3%") >= 0.6 > _conf(rs, "75.0%")
    words = "Our system scores 0.61 on FooTask , below the top-ranked system , which achieved 0.72 ."
    rs = _one(words, [(5, 6, "Dataset", "FooTask")])
    assert _conf(rs, "0.72") < 0.6


def test_a_member_of_an_ensemble_owns_no_number():
    # rev27: "an ensemble of CT-BERT, RoBERTa and SVM achieves F1 of 88.52%" was credited to SVM
    words = "Our second model , an ensemble of FooBERT , BarNet and SVM , achieves an F1 of 88.5 % on FooSet"
    mentions = [
        (7, 8, "Model", "FooBERT"),
        (9, 10, "Model", "BarNet"),
        (11, 12, "Method", "SVM"),
        (15, 16, "Metric", "F1"),
        (20, 21, "Dataset", "FooSet"),
    ]
    [r] = _one(words, mentions, own="QuxNet")
    assert r["subject"] == "QuxNet"


def test_the_name_after_a_change_is_what_changed_for_its_end_too():
    # "increases accuracy on NQ from 19.2% to 46.5% for MSS": the end was halved as if MSS were a dataset
    rs = _one(
        "FooRank raises accuracy on FooQA from 19.2 % to 46.5 % for BarRetriever",
        [(0, 1, "Method", "FooRank"), (2, 3, "Metric", "accuracy"), (4, 5, "Dataset", "FooQA")],
    )
    assert [(r["value"], r["subject"]) for r in rs] == [("19.2%", None), ("46.5%", "FooRank")]
    assert _conf(rs, "46.5%") >= _conf(rs, "19.2%")


def test_a_lag_behind_another_is_a_negative_gain():
    # "lags behind human performance by 31.73%" was read as a gain (its sign lost); a gap is a result (RULINGS)
    for sentence, value in (
        ("FooNet lags behind human performance on FooSet by 31.7 %", "31.7%"),
        ("FooNet reaches 70.1 % on FooSet , trailing the top submission by only 0.9 %", "0.9%"),
    ):
        at = sentence.split().index("FooSet")
        rs = _one(sentence, [(0, 1, "Model", "FooNet"), (at, at + 1, "Dataset", "FooSet")])
        gap = next(r for r in rs if r["value"] == value)
        assert (gap["kind"], gap["number"]) == ("gain", -float(value[:-1]))


def test_a_score_on_the_development_split_named_before_it_stays_off_boards():
    rs = _one(
        "The results of our system on the development set show an F1 of 84.9 % and on the test set 84.5 % on FooTask",
        [(11, 12, "Metric", "F1"), (23, 24, "Dataset", "FooTask")],
    )
    assert _conf(rs, "84.9%") < 0.6 <= _conf(rs, "84.5%")
    rs = _one(
        "During the development phase , our system achieved an F1 of 0.84 on FooTask",
        [(9, 10, "Metric", "F1"), (13, 14, "Dataset", "FooTask")],
    )
    assert _conf(rs, "0.84") < 0.6


def test_a_number_is_no_result_on_the_corpus_its_embeddings_were_built_from():
    words = "Our best system reaches 71.3 F1 using word vectors trained on Wikipedia and clinical notes .".split()
    mentions = [(5, 6, "Metric", "F1"), (11, 12, "Dataset", "Wikipedia")]
    [r] = extract_results(words, mentions, own=None, only_dataset=None)
    assert r["dataset"] == "Wikipedia" and r["confidence"] < 0.5  # kept in the graph, not a reported result
    words = "Our language model reaches a perplexity of 19.2 on Wikipedia .".split()
    [r] = extract_results(
        words, [(5, 6, "Metric", "perplexity"), (10, 11, "Dataset", "Wikipedia")], own=None, only_dataset=None
    )
    assert r["confidence"] >= 0.5


def test_an_x_based_modifier_owns_no_number():
    words = "Our parser obtains the best RoBERTa - based result on CTB ( 93.1 F1 ) .".split()
    mentions = [(5, 6, "Model", "RoBERTa"), (10, 11, "Dataset", "CTB"), (13, 14, "Metric", "F1")]
    [r] = extract_results(words, mentions, own=None, only_dataset=None)
    assert (r["value"], r["dataset"], r["subject"]) == ("93.1", "CTB", None)
    words = "RoBERTa obtains 93.1 F1 on CTB .".split()
    mentions = [(0, 1, "Model", "RoBERTa"), (3, 4, "Metric", "F1"), (5, 6, "Dataset", "CTB")]
    [r] = extract_results(words, mentions, own=None, only_dataset=None)
    assert r["subject"] == "RoBERTa"


def test_numbers_listed_over_dev_and_test_splits_pair_in_order():
    words = (
        "FooNet reaches 81.2 % and 79.5 % accuracy on the validation and test sets of BarQA , respectively .".split()
    )
    mentions = [(0, 1, "Method", "FooNet"), (7, 8, "Metric", "accuracy"), (15, 16, "Dataset", "BarQA")]
    rs = {r["value"]: r for r in extract_results(words, mentions, own="FooNet", only_dataset=None)}
    assert rs["81.2%"]["confidence"] < 0.6 <= rs["79.5%"]["confidence"]  # the validation score stays off boards


def test_one_side_of_a_plus_combination_owns_no_number():
    words = "The FooNet + BarCRF system reaches 88.1 F1 on BazNER .".split()
    mentions = [
        (1, 2, "Model", "FooNet"),
        (3, 4, "Method", "BarCRF"),
        (7, 8, "Metric", "F1"),
        (9, 10, "Dataset", "BazNER"),
    ]
    [r] = extract_results(words, mentions, own=None, only_dataset=None)
    assert (r["value"], r["dataset"], r["subject"]) == ("88.1", "BazNER", None)


def test_a_source_corpus_guessed_for_a_sentence_that_names_no_dataset_gets_no_row():
    # the paper's one named dataset is a corpus it draws knowledge from; the sentence's number is on unnamed data
    words = "Our model improves the F1 score by 3.2 points .".split()
    mentions = [(4, 6, "Metric", "F1 score")]
    [r] = extract_results(words, mentions, own=None, only_dataset="Wikipedia")
    assert r["dataset"] == "Wikipedia" and r["confidence"] < 0.5  # kept in the graph, not a reported result
    [r] = extract_results(words, mentions, own=None, only_dataset="FooQA")
    assert r["dataset"] == "FooQA" and r["confidence"] >= 0.5


def test_a_percentage_that_compares_speed_or_size_is_no_result():
    words = "FooNet matches BarNet on QuxBench while training 40 % faster on GPUs .".split()
    mentions = [(0, 1, "Method", "FooNet"), (2, 3, "Method", "BarNet"), (4, 5, "Dataset", "QuxBench")]
    assert all(r["confidence"] < 0.5 for r in extract_results(words, mentions, own="FooNet", only_dataset=None))


def test_bare_decimals_listed_after_a_scored_one_are_results_too():
    # the list's first number names the measure; the items after it are written bare
    words = "FooNet reaches an F1 of 0.471 for part A and 0.452 for part B .".split()
    mentions = [(0, 1, "Method", "FooNet"), (3, 4, "Metric", "F1")]
    rs = extract_results(words, mentions, own="FooNet", only_dataset="BarTask")
    assert {r["value"] for r in rs if r["confidence"] >= 0.5} == {"0.471", "0.452"}
    # not from a level held: "at a QuxLag of 1200.5 and 2300.7" names no result
    words = "FooNet reaches a BLEU of 21.4 and 25.2 at a QuxLag of 1200.5 and 2300.7 , respectively .".split()
    mentions = [(0, 1, "Method", "FooNet"), (3, 4, "Metric", "BLEU")]
    rs = extract_results(words, mentions, own="FooNet", only_dataset="BarTask")
    assert "2300.7" not in {r["value"] for r in rs if r["confidence"] >= 0.5}


def test_a_dataset_alone_in_the_bracket_after_a_number_owns_it():
    words = "FooNet achieves F1 scores of 68.1 ( BarSet ) and 61.3 ( QuxSet ) .".split()
    mentions = [
        (0, 1, "Method", "FooNet"),
        (2, 3, "Metric", "F1"),
        (7, 8, "Dataset", "BarSet"),
        (12, 13, "Dataset", "QuxSet"),
    ]
    rs = extract_results(words, mentions, own="FooNet", only_dataset=None)
    assert {(r["value"], r["dataset"]) for r in rs} == {("68.1", "BarSet"), ("61.3", "QuxSet")}


def test_a_number_is_no_result_on_the_data_its_model_was_trained_on():
    # the dataset is named only as training data: the gain was measured on data the sentence leaves unnamed
    words = "Our FooNet models , trained on BarSet , outperform QuxLM by 4.1 F1 points .".split()
    mentions = [
        (1, 2, "Method", "FooNet"),
        (6, 7, "Dataset", "BarSet"),
        (9, 10, "Model", "QuxLM"),
        (12, 13, "Metric", "F1"),
    ]
    assert all(r["confidence"] < 0.5 for r in extract_results(words, mentions, own="FooNet", only_dataset=None))
    # named also as where it was tested, it stays
    words = "FooNet , trained on BarSet , reaches 81.2 % accuracy on BarSet .".split()
    mentions = [
        (0, 1, "Method", "FooNet"),
        (4, 5, "Dataset", "BarSet"),
        (9, 10, "Metric", "accuracy"),
        (11, 12, "Dataset", "BarSet"),
    ]
    [r] = extract_results(words, mentions, own="FooNet", only_dataset=None)
    assert r["dataset"] == "BarSet" and r["confidence"] >= 0.5
    # "all training languages on BarSet": a noun's modifier, not a training verb
    words = "FooNet gains 5.2 % in F1 across all training languages on the BarSet leaderboard .".split()
    mentions = [(0, 1, "Method", "FooNet"), (5, 6, "Metric", "F1"), (12, 13, "Dataset", "BarSet")]
    assert any(r["confidence"] >= 0.5 for r in extract_results(words, mentions, own="FooNet", only_dataset=None))


def test_the_papers_one_dataset_named_only_as_training_data_is_not_guessed():
    from paperkg.extract.results.component import trained_only

    lowers = "we pretrain our model with the barset corpus . our system obtains 0.61 bleu on the test set .".split()
    assert trained_only("BarSet", [(6, 7, "Dataset", "BarSet")], lowers)
    lowers = "we evaluate our model on the barset corpus . our system obtains 0.61 bleu .".split()
    assert not trained_only("BarSet", [(6, 7, "Dataset", "BarSet")], lowers)


def test_a_tasks_data_named_in_the_abstract_is_guessed_before_the_tasks_name():
    from paperkg.extract.results.component import task_data

    text = "FooTeam at BarEval-2030 Task 4. The corpus of the shared task is QuxNews; we reach 71.5% accuracy."
    start = text.index("QuxNews")
    ents = [
        {"type": "Dataset", "name": "BarEval-2030 Task 4", "mentions": [[11, 30]]},
        {"type": "Dataset", "name": "QuxNews", "mentions": [[start, start + 7]]},
    ]
    assert task_data("BarEval-2030 Task 4", ents, text) == "QuxNews"
    # a dataset merely named beside the task is not said to be its data
    text2 = text.replace("The corpus of the shared task is", "We pre-train on news from")
    start = text2.index("QuxNews")
    ents[1]["mentions"] = [[start, start + 7]]
    assert task_data("BarEval-2030 Task 4", ents, text2) is None


def test_a_sentence_that_describes_its_own_unnamed_data_does_not_take_the_papers_one_dataset():
    words = "FooNet beats the prior best by 6.5 % F1 on in-domain data .".split()
    mentions = [(0, 1, "Method", "FooNet"), (8, 9, "Metric", "F1")]
    assert all(r["confidence"] < 0.5 for r in extract_results(words, mentions, own="FooNet", only_dataset="BarSet"))
    # "on the test data" is a split of the paper's dataset: it still takes it
    words = "FooNet beats the prior best by 6.5 % F1 on the test data .".split()
    [r] = extract_results(words, mentions, own="FooNet", only_dataset="BarSet")
    assert r["dataset"] == "BarSet" and r["confidence"] >= 0.5


def test_counts_listed_before_a_counted_noun_with_a_modifier_are_dataset_statistics():
    # "506, 262 and 467 question/response pairs": the counted noun after the list's last number says what all count
    words = "We study FooBank , BarTalk and BazMap with 506 , 262 , and 467 question / response pairs respectively .".split()
    mentions = [(2, 3, "Dataset", "FooBank"), (4, 5, "Dataset", "BarTalk"), (6, 7, "Dataset", "BazMap")]
    assert extract_results(words, mentions, own=None, only_dataset=None) == []
    # a score list on the same datasets stays
    words = "FooNet reaches 50.6 , 26.2 and 46.7 F1 on FooBank , BarTalk and BazMap , respectively .".split()
    mentions = [(0, 1, "Method", "FooNet"), (8, 9, "Metric", "F1")] + [
        (10, 11, "Dataset", "FooBank"),
        (12, 13, "Dataset", "BarTalk"),
        (14, 15, "Dataset", "BazMap"),
    ]
    assert len(extract_results(words, mentions, own=None, only_dataset=None)) == 3


def test_this_limitation_does_not_make_a_cited_score_the_papers_own():
    # "This limitation shows on D, where X reaches only 39.6%": the state the paper starts from, not its result
    words = "This limitation shows on FooBench , where closed models such as BarLM reach only 39.6 % .".split()
    mentions = [(4, 5, "Dataset", "FooBench"), (11, 12, "Model", "BarLM")]
    rs = extract_results(words, mentions, own="QuxDecoding", only_dataset=None)
    assert rs and all(r["subject"] != "QuxDecoding" for r in rs)
    # "This approach reaches ..." still speaks of the contribution
    words = "This approach reaches 45.6 % on FooBench .".split()
    [r] = extract_results(words, [(5, 6, "Dataset", "FooBench")], own="QuxDecoding", only_dataset=None)
    assert r["subject"] == "QuxDecoding"


def test_a_deviation_is_a_spread_not_a_result():
    # "deviations of about 60% under re-encoding": how much a score moves, not a score on the benchmark
    words = "Strong models such as BarLM show deviations of about 60 % on FooBench .".split()
    mentions = [(4, 5, "Model", "BarLM"), (12, 13, "Dataset", "FooBench")]
    assert extract_results(words, mentions, own=None, only_dataset=None) == []


def test_a_name_opening_its_own_clause_owns_the_gain_its_verb_reports():
    # "X beats the baselines, and Z further improves accuracy by 10.4": Z's gain, even when X is the paper's own
    words = (
        "FooRet scores higher accuracy than strong baselines , and BarRet further improves accuracy , "
        "with up to 10.4 accuracy improvement on QuxQA ."
    ).split()
    mentions = [
        (0, 1, "Method", "FooRet"),
        (3, 4, "Metric", "accuracy"),
        (9, 10, "Method", "BarRet"),
        (12, 13, "Metric", "accuracy"),
        (18, 19, "Metric", "accuracy"),
        (21, 22, "Dataset", "QuxQA"),
    ]
    [r] = extract_results(words, mentions, own="FooRet", only_dataset=None)
    assert (r["subject"], r["dataset"]) == ("BarRet", "QuxQA")


def test_absolute_points_are_a_value_with_its_unit():
    # "by 3 absolute points": the qualifier stands between the number and its unit
    words = "FooPrompt improves the combined score on BarWOZ by 3 absolute points .".split()
    mentions = [(0, 1, "Method", "FooPrompt"), (6, 7, "Dataset", "BarWOZ")]
    [r] = extract_results(words, mentions, own="FooPrompt", only_dataset=None)
    assert (r["value"], r["kind"], r["dataset"]) == ("3 absolute points", "gain", "BarWOZ")


def test_a_bracketed_percentage_after_a_share_of_items_is_no_result():
    # "a large proportion of the answers (over 90%) in FooQA can be ...": how many items, not a score
    words = "We find that a large proportion of the answers ( over 90 % ) in FooQA can be shortened .".split()
    assert extract_results(words, [(15, 16, "Dataset", "FooQA")], own=None, only_dataset=None) == []
    # a score in brackets after its dataset stays
    words = "BarNet is strong on FooQA ( 90.1 % ) .".split()
    assert (
        len(
            extract_results(
                words, [(0, 1, "Method", "BarNet"), (4, 5, "Dataset", "FooQA")], own=None, only_dataset=None
            )
        )
        == 1
    )


def test_a_name_set_off_after_compared_to_is_the_baseline_not_the_subject():
    # "Compared to the previous state of the art, X, we gain ...": X is what the gain is over
    words = "Compared to the previous state of the art , FooKiwi , we gain up to 3.8 points on BarQE .".split()
    mentions = [(9, 10, "Model", "FooKiwi"), (19, 20, "Dataset", "BarQE")]
    [r] = extract_results(words, mentions, own=None, only_dataset=None)
    assert r["subject"] != "FooKiwi" and r["dataset"] == "BarQE"


def test_a_bibliographic_database_is_not_guessed_as_the_data_of_a_sentence_that_names_none():
    # a paper whose one named data is PubMed (where its abstracts come from) reports F1 on its own unnamed data
    words = "The best FooRel model reaches a macro F1 of 0.847 on the cause relation .".split()
    mentions = [(2, 3, "Method", "FooRel"), (7, 8, "Metric", "F1")]
    rs = extract_results(words, mentions, own=None, only_dataset="PubMed")
    assert all(r["confidence"] < 0.5 for r in rs)
    # measured on it, named in the sentence, it stays a result
    words = "FooSum reaches 45.1 ROUGE-1 on PubMed .".split()
    [r] = extract_results(words, [(0, 1, "Method", "FooSum"), (4, 5, "Dataset", "PubMed")], own=None, only_dataset=None)
    assert r["dataset"] == "PubMed" and r["confidence"] >= 0.5


def test_numbers_of_systems_a_sentence_exemplifies_are_not_the_contribution_s():
    # "we find that LLMs, such as X and Y, show up to 7.3% and 12.4% ...": the examples' numbers, which one
    # owns which the sentence does not say, so no subject; not the paper's own method that "we" reports
    words = (
        "We find that recent LLMs , such as FooLM and BarLM , show up to 7.3 % and 12.4 % improved "
        "performance with QuxPrompt on BazBench ."
    ).split()
    mentions = [
        (8, 9, "Model", "FooLM"),
        (10, 11, "Model", "BarLM"),
        (23, 24, "Method", "QuxPrompt"),
        (25, 26, "Dataset", "BazBench"),
    ]
    rs = extract_results(words, mentions, own="QuxPrompt", only_dataset=None)
    assert [(r["value"], r["subject"]) for r in rs] == [("7.3%", None), ("12.4%", None)]


def test_systems_exemplified_in_a_tool_phrase_leave_the_number_to_the_contribution():
    # "Using LLMs such as X, we reach 91.2%": the examples are what the paper uses, the number is its own
    words = "Using LLMs such as FooLM , we reach 91.2 % on BazBench .".split()
    mentions = [(4, 5, "Model", "FooLM"), (11, 12, "Dataset", "BazBench")]
    [r] = extract_results(words, mentions, own="QuxPrompt", only_dataset=None)
    assert r["subject"] == "QuxPrompt"


def test_what_a_verb_of_finding_picks_owns_no_number():
    # "a classifier can select X from similar images, improving D by 36.8%": X is what is selected
    words = (
        "FooNet uses a classifier that can select BarCues from similar images , improving QuxBench accuracy by 36.8 % ."
    ).split()
    mentions = [(0, 1, "Method", "FooNet"), (7, 8, "Method", "BarCues"), (13, 14, "Dataset", "QuxBench")]
    [r] = extract_results(words, mentions, own=None, only_dataset=None)
    assert (r["subject"], r["dataset"], r["value"]) == ("FooNet", "QuxBench", "36.8%")


def test_one_gain_after_coordinated_datasets_gives_a_row_per_dataset():
    # GUIDE-NOTES 7: "+1.9% on MBPP and HumanEval" is stated for both datasets
    words = "QuxSel improves pass@1 by 1.9 % on FooEval and BarEval over the best single prompt .".split()
    mentions = [
        (0, 1, "Method", "QuxSel"),
        (2, 3, "Metric", "pass@1"),
        (7, 8, "Dataset", "FooEval"),
        (9, 10, "Dataset", "BarEval"),
    ]
    rs = extract_results(words, mentions, own="QuxSel", only_dataset=None)
    assert [(r["dataset"], r["value"]) for r in rs] == [("FooEval", "1.9%"), ("BarEval", "1.9%")]


def test_one_gain_before_by_after_coordinated_datasets_gives_a_row_per_dataset():
    words = "QuxNet outperforms ZedNet on FooEval and BarEval by 2.4 % accuracy .".split()
    mentions = [
        (0, 1, "Method", "QuxNet"),
        (2, 3, "Method", "ZedNet"),
        (4, 5, "Dataset", "FooEval"),
        (6, 7, "Dataset", "BarEval"),
        (10, 11, "Metric", "accuracy"),
    ]
    rs = extract_results(words, mentions, own="QuxNet", only_dataset=None)
    assert [(r["dataset"], r["value"]) for r in rs] == [("FooEval", "2.4%"), ("BarEval", "2.4%")]


def test_a_number_with_its_own_dataset_each_does_not_share():
    words = "QuxNet gains 1.9 % on FooEval and 3.2 % on BarEval .".split()
    mentions = [(0, 1, "Method", "QuxNet"), (5, 6, "Dataset", "FooEval"), (10, 11, "Dataset", "BarEval")]
    rs = extract_results(words, mentions, own="QuxNet", only_dataset=None)
    assert {(r["dataset"], r["value"]) for r in rs} == {("FooEval", "1.9%"), ("BarEval", "3.2%")}


def test_a_described_dataset_then_its_name_is_where_the_number_was_measured():
    # "on the five class classification dataset, NAME (ABBR)": the data noun describes the name after it
    words = "Our classifier gets an accuracy of 62.7 % for the main case on the four-way topic dataset , FooTopics-4 .".split()
    mentions = [(4, 5, "Metric", "accuracy"), (18, 19, "Dataset", "FooTopics-4")]
    [r] = extract_results(words, mentions, own=None, only_dataset=None)
    assert (r["dataset"], r["value"]) == ("FooTopics-4", "62.7%")
    assert r["confidence"] >= 0.5


def test_a_dataset_written_again_in_another_case_is_the_same_dataset():
    from paperkg.extract.pipeline import build_pipeline

    nlp = build_pipeline({"paperkg_decision": {"enabled": False}})
    doc = nlp(
        "Reading Signals with QuxNet\n\nWe evaluate QuxNet on the FooCo and BarEmo datasets. QuxNet achieves an "
        "F1-score improvement of 1.7% on BarEmo and 9.3% on Fooco for sentiment analysis."
    )
    rows = {(r["dataset"], r["value"]) for r in doc._.paperkg_results if r["confidence"] >= 0.5}
    assert ("FooCo", "9.3%") in rows and ("BarEmo", "9.3%") not in rows


def test_a_number_weighed_against_another_does_not_spread_over_coordinated_datasets():
    # "masking 40% outperforms 15% on A and B": one of two numbers the clause compares, not one number for both
    words = "we find that masking 40 % outperforms 15 % for large models on FooEval and BarEval .".split()
    mentions = [(13, 14, "Dataset", "FooEval"), (15, 16, "Dataset", "BarEval")]
    rs = extract_results(words, mentions, own=None, only_dataset=None)
    assert not any(r["dataset"] == "BarEval" and r["value"] == "15%" for r in rs)


def test_an_improvement_in_a_measure_of_n_is_a_gain_and_a_hedged_list_item_continues_it():
    # "an improvement in <measure> of (up to) N": the amount of a change, not the measure's level
    assert result_kinds(
        "On FooSet and BazSet , our method yields an absolute improvement in linking performance of up to 1.7 F1"
        " on FooSet and up to 2.4 F1 on BazSet",
        Dataset="FooSet|BazSet",
        Metric="F1",
    ) == [("1.7 F1", "gain"), ("2.4 F1", "gain")]
    assert result_kinds(
        "On FooSet , the model gives a reduction in word error rate of 12 %",
        Dataset="FooSet",
        Metric="word error rate",
    ) == [("12%", "reduction")]
    # a measure's own value stays a score
    assert result_kinds("On FooSet , the model gives an accuracy of 88 %", Dataset="FooSet", Metric="accuracy") == [
        ("88%", "score")
    ]


def test_a_change_noun_after_the_metric_of_a_number_makes_it_a_change():
    # "the 30% F1 score drops": the drop's size; "4.6% and 0.9% F1 score improvements": both gains
    [(value, kind)] = result_kinds(
        "On FooSet we observe 30 % - 50 % F1 score drops on strong models", Dataset="FooSet", Metric="F1 score"
    )
    assert kind == "reduction"
    assert result_kinds(
        "BarNet achieves 4.6 % and 0.9 % F1 score improvements over prior work on FooSet and BazSet respectively",
        Dataset="FooSet|BazSet",
        Metric="F1 score",
    ) == [("4.6%", "gain"), ("0.9%", "gain")]
    assert result_kinds("BarNet reaches 71.2 % F1 score on FooSet", Dataset="FooSet", Metric="F1 score") == [
        ("71.2%", "score")
    ]


def test_a_number_that_sizes_a_gap_is_no_result():
    # "(13.4% accuracy gap)", "a 19% absolute gap with humans": a gap between two, as "a gap of N" is
    assert result_kinds("The best model on FooSet is far below humans ( 13.4 % accuracy gap )", Dataset="FooSet") == []
    assert result_kinds("On FooSet strong models show a 19 % absolute gap with humans", Dataset="FooSet") == []
    assert result_kinds("BarNet reaches 85 % accuracy on FooSet", Dataset="FooSet", Metric="accuracy") == [
        ("85%", "score")
    ]


def test_a_sentence_naming_its_own_unknown_corpus_gets_no_paper_wide_dataset():
    # "new SOTA results on the Hebrew Zork corpus, +8.9 F1": measured on Zork, not on the paper's one dataset
    words, mentions = mention_spans(
        "We reach new results on the Hebrew Zork corpus , +8.9 F1 on average .", Metric="F1"
    )
    [r] = extract_results(words, mentions, own=None, only_dataset="FooSet")
    assert r["confidence"] < 0.5
    # a language with a data noun names part of the data, not other data: the guess stands
    words, mentions = mention_spans("We reach +8.9 F1 on the English dataset .", Metric="F1")
    [r] = extract_results(words, mentions, own=None, only_dataset="FooSet")
    assert r["dataset"] == "FooSet" and r["confidence"] >= 0.5


def test_a_name_typed_dataset_that_outperforms_is_the_system_not_the_data():
    # "On the CWQ dataset, FooQA outperforms the state of the art by 11%": FooQA (typed Dataset) acts, CWQ is the data
    words, mentions = mention_spans(
        "On the FooSet dataset , BarNet outperforms the best baseline by 11 %", Dataset="FooSet|BarNet"
    )
    [r] = extract_results(words, mentions, own=None, only_dataset=None)
    assert r["dataset"] == "FooSet"
    # ... and is not guessed as the paper's one dataset either
    words, mentions = mention_spans(
        "BarNet has set a new state of the art by improving the baseline by 3.3 points", Dataset="BarNet"
    )
    assert [
        r for r in extract_results(words, mentions, own=None, only_dataset="BarNet") if r["confidence"] >= 0.5
    ] == []


def _board_rows(sentence, **names):
    words, mentions = mention_spans(sentence, **names)
    return [
        (r["dataset"], r["value"], r["kind"])
        for r in extract_results(words, mentions, own=None, only_dataset=None)
        if r["confidence"] >= 0.5
    ]


def test_a_score_with_its_change_in_a_bracket_gives_both_on_the_dataset_after_them():
    # "LLaVA-Video-72B reaches 66.8 (+4.3) on LongVideoBench and 77.0 (+2.7) on MLVU" (fresh35), "97.39 (+1.24)
    # on SST-2, 96.40 (+0.72) on AGNews" (CARP), "96.9 (+0.2) on PKU, 98.3 (+0.4) on CITYU" (GNN-SL)
    assert _board_rows(
        "BarNet reaches 61.2 ( +3.1 ) on FooSet and 70.4 ( +1.9 ) on BazSet", Dataset="FooSet|BazSet"
    ) == [
        ("FooSet", "61.2", "score"),
        ("FooSet", "+3.1", "gain"),
        ("BazSet", "70.4", "score"),
        ("BazSet", "+1.9", "gain"),
    ]
    # a signed number bracketed beside a signed one is another dataset's change: the dataset after it is not
    # reached past it ("+0.44 (+0.49), +1.83 (-1.56) ... for SBIC (LatentHatred)")
    assert _board_rows("the gains are +2.1 ( -0.5 ) on FooSet", Dataset="FooSet") == [("FooSet", "+2.1", "gain")]


def test_a_percent_score_keeps_its_bracketed_change_and_a_list_of_such_pairs_pairs_in_order():
    # "a 37.4% (+15.1%) win rate on ArenaHard and a 40.7% (+17.8%) win rate on ... AlpacaEval 2.0" (seed),
    # "to 49.6 (+1.2), 60.3 (+0.7) and 69.2 (+1.4), respectively" on three datasets named before (ACL 44k),
    # "on four math benchmarks (A, B, C and D) with accuracies of 98.2% (+3.3%), 93.9% (+0.2%), ..." (ACL 44k):
    # the change is the score's own, so the list is of the scores, not of scores and changes by turns
    assert _board_rows(
        "BarNet reaches a 37.4% ( +15.1% ) win rate on FooSet and a 40.7% ( +17.8% ) win rate on BazSet",
        Dataset="FooSet|BazSet",
    ) == [
        ("FooSet", "37.4%", "score"),
        ("FooSet", "+15.1%", "gain"),
        ("BazSet", "40.7%", "score"),
        ("BazSet", "+17.8%", "gain"),
    ]
    assert _board_rows(
        "on FooSet , BazSet and QuxSet , BarNet raises the best results to 49.6 ( +1.2 ) , 60.3 ( +0.7 ) and "
        "69.2 ( +1.4 ) , respectively",
        Dataset="FooSet|BazSet|QuxSet",
    ) == [
        ("FooSet", "49.6", "score"),
        ("FooSet", "+1.2", "gain"),
        ("BazSet", "60.3", "score"),
        ("BazSet", "+0.7", "gain"),
        ("QuxSet", "69.2", "score"),
        ("QuxSet", "+1.4", "gain"),
    ]


def test_a_decimal_sized_by_a_change_noun_or_reached_after_an_article_stands_alone():
    # "a notable +1.3 gain in the average NDCG@10" (ListT5), "achieving a 73.36 aggregate score on MEDIQA-CORR
    # 2024" (fresh35), "attains a 77.7 average score on GLUE test" (EfficientBERT), "achieving a 6.73 score on
    # MT-Bench"
    assert _board_rows(
        "On FooSet , BarNet beats the best baseline with a notable +2.4 gain in the average nDCG", Dataset="FooSet"
    ) == [("FooSet", "+2.4", "gain")]
    assert _board_rows("our model scores well , achieving a 64.25 overall score on FooSet", Dataset="FooSet") == [
        ("FooSet", "64.25", "score")
    ]
    # a bare decimal with neither stays out
    assert _board_rows("our model scores well , with a 64.25 overall on FooSet", Dataset="FooSet") == []
