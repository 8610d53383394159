"""Results recall (stop 47, resrec47): a metric written right after the last number of a list names every item of
the list, so the earlier items are kept (bare decimals too far from it to stand alone) and take it as their metric.
Invented sentences and names."""

from .conftest import mention_spans, result_rows


def _rows(sentence: str, **names: str) -> list[tuple]:
    words, mentions = mention_spans(sentence, **names)
    return [(r[1], r[2], r[3]) for r in result_rows(" ".join(words), mentions)]


def test_bare_decimals_listed_before_a_metric_are_kept_with_it():
    # "19.5, 13.71, 2.54, and 3.16 BLEU points for A, B, C and D": each item is a score in the metric after the list
    rows = _rows(
        "On QuxSet , our system gives 19.5 , 13.71 , 2.54 , and 3.16 ZorbU points for German to English , "
        "French to English , English to German and English to French , respectively .",
        Metric="ZorbU",
        Dataset="QuxSet",
    )
    assert [(d, m, v) for d, m, v in rows] == [
        ("QuxSet", "ZorbU", "19.5"),
        ("QuxSet", "ZorbU", "13.71"),
        ("QuxSet", "ZorbU", "2.54"),
        ("QuxSet", "ZorbU", "3.16 ZorbU points"),
    ]


def test_a_list_of_levels_takes_the_metric_after_its_last_item():
    # "56.93%, 60.73%, and 58.04% joint accuracy on A, B, and C respectively": no item keeps a metric of None
    rows = _rows(
        "Our method achieves 56.9 % , 60.7 % , and 58.0 % zorb accuracy on QuxA , QuxB , and QuxC respectively .",
        Metric="zorb accuracy",
        Dataset="QuxA|QuxB|QuxC",
    )
    assert rows == [
        ("QuxA", "zorb accuracy", "56.9%"),
        ("QuxB", "zorb accuracy", "60.7%"),
        ("QuxC", "zorb accuracy", "58.0%"),
    ]


def test_bare_decimals_not_listed_up_to_the_metric_stay_out():
    # a number the list does not reach, with a word between it and the list, is no item of it
    rows = _rows(
        "With a threshold of 0.5 we report 19.5 , 13.71 , and 2.54 ZorbU on QuxSet .", Metric="ZorbU", Dataset="QuxSet"
    )
    assert ("QuxSet", "ZorbU", "0.5") not in rows and ("QuxSet", "ZorbU", "19.5") in rows


def test_a_bare_decimal_after_was_is_the_value_of_the_metric_opening_the_clause():
    # "The average F1-score for the first subtask was 0.4562": the metric is the copula's subject, too far to stand
    # beside the number
    rows = _rows(
        "On QuxSet , the average ZorbF for Phase 2 , Part 1 was 0.4562 and the average ZorbF for the second part "
        "was 0.6541 .",
        Metric="ZorbF",
        Dataset="QuxSet",
    )
    assert rows == [("QuxSet", "ZorbF", "0.4562"), ("QuxSet", "ZorbF", "0.6541")]


def test_a_level_after_was_that_is_another_system_s_or_agreement_stays_out():
    # another system's level, a previous best in a bracket, the data's own agreement: no row
    assert _rows(
        "On QuxSet we reach 0.742 ZorbAcc ( the ZorbAcc of the top ranked system was 0.822 ) .",
        Metric="ZorbAcc",
        Dataset="QuxSet",
    ) == [("QuxSet", "ZorbAcc", "0.742")]
    assert _rows(
        "On QuxSet we report a new best of 62.83 ZorbF ( the prev best was 60.49 ) .", Metric="ZorbF", Dataset="QuxSet"
    ) == [("QuxSet", "ZorbF", "62.83")]
    assert (
        _rows(
            "On QuxSet the average inter-annotator agreement over all our annotators was 0.79 .",
            Metric="inter-annotator agreement",
            Dataset="QuxSet",
        )
        == []
    )
