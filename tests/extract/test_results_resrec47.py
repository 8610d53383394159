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
    assert rows == [("QuxA", "zorb accuracy", "56.9%"), ("QuxB", "zorb accuracy", "60.7%"), ("QuxC", "zorb accuracy", "58.0%")]


def test_bare_decimals_not_listed_up_to_the_metric_stay_out():
    # a number the list does not reach, with a word between it and the list, is no item of it
    rows = _rows(
        "With a threshold of 0.5 we report 19.5 , 13.71 , and 2.54 ZorbU on QuxSet .", Metric="ZorbU", Dataset="QuxSet"
    )
    assert ("QuxSet", "ZorbU", "0.5") not in rows and ("QuxSet", "ZorbU", "19.5") in rows
