"""Results datasets (stop 54, prec54c): a number between two places each opened by "on", where the sentence states
the number's place before it ("on FooQA from 57.3% to 68.5% and on BarQA ...", "On FooQA, it reaches 88.5 F1, while
on BarQA ..."), is not filed under the place that opens the next member of the coordination. Invented sentences."""

from .conftest import mention_spans, result_rows


def _datasets(sentence: str, **names: str) -> dict[str, str | None]:
    words, mentions = mention_spans(sentence, **names)
    return {row[3]: row[1] for row in result_rows(" ".join(words), mentions)}


def test_a_range_on_its_place_before_the_next_place():
    rows = _datasets(
        "our method improves exact match on ZorbQA from 57.3 % to 68.5 % and on BarQA from 78.8 % to 86.6 % .",
        Dataset="ZorbQA|BarQA",
    )
    assert rows.get("68.5%") == "ZorbQA"
    assert rows.get("57.3%") == "ZorbQA"
    assert rows.get("86.6%") == "BarQA"


def test_a_fronted_place_before_a_while_clause():
    rows = _datasets(
        "On ZorbQA , our model reaches 88.5 F1 , while on BarQA it reaches 70.2 F1 .",
        Dataset="ZorbQA|BarQA",
        Metric="F1",
    )
    assert rows.get("88.5") == "ZorbQA"
    assert rows.get("70.2") == "BarQA"


def test_a_gain_by_its_place_before_the_next_place():
    rows = _datasets(
        "our approach improves accuracy on the ZorbQA dataset by 3 % and on the BarQA dataset by 2 % .",
        Dataset="ZorbQA|BarQA",
    )
    assert rows.get("3%") == "ZorbQA"
    assert rows.get("2%") == "BarQA"


def test_a_number_with_its_own_place_after_it_keeps_that_place():
    rows = _datasets(
        "our model reaches 88.5 F1 on ZorbQA and 70.2 F1 on BarQA .",
        Dataset="ZorbQA|BarQA",
        Metric="F1",
    )
    assert rows.get("88.5") == "ZorbQA"
    assert rows.get("70.2") == "BarQA"
