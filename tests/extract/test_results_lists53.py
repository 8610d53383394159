"""Results datasets (stop 53, lists53): a number whose group of numbers names its own place after the group ("has
72.8% LAS, 59.1% MLAS and 61.7% CLAS on FooBank-B", "5.7% from 62.8 to 68.5 on BarQA") is not filed under the
dataset another number was given before it. Invented sentences."""

from .conftest import mention_spans, result_rows


def _datasets(sentence: str, **names: str) -> dict[str, str | None]:
    words, mentions = mention_spans(sentence, **names)
    return {row[3]: row[1] for row in result_rows(" ".join(words), mentions)}


def test_a_list_of_measures_before_its_own_place():
    rows = _datasets(
        "our tagger has 88.1 % LAS on the FooBank-A treebank and has 70.2 % LAS , 58.4 % MLAS and 60.3 % CLAS "
        "on the FooBank-B treebank .",
        Dataset="FooBank-A|FooBank-B",
        Metric="LAS",
    )
    assert rows.get("70.2%") == "FooBank-B"
    assert rows.get("58.4%") == "FooBank-B"
    assert rows.get("88.1%") == "FooBank-A"


def test_a_change_with_its_ends_before_its_own_place():
    rows = _datasets(
        "it improves F1 by 5.8 % from 40.5 to 46.3 on ZorbQA and 5.7 % from 62.8 to 68.5 on BarQA .",
        Dataset="ZorbQA|BarQA",
        Metric="F1",
    )
    assert rows.get("5.7%") == "BarQA"
    assert rows.get("5.8%") == "ZorbQA"


def test_a_number_joined_to_no_group_keeps_the_place_before():
    rows = _datasets(
        "it reaches 81.2 % on ZorbQA and 64.0 % , a new best .",
        Dataset="ZorbQA",
    )
    assert rows.get("64.0%") == "ZorbQA"
    assert rows.get("81.2%") == "ZorbQA"
