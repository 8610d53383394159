"""Owners a leaderboard can trust, two more classes (stop 49, subj49, issue 14): a base model trained on the data a
paper made owns none of the numbers it then reaches (RULINGS R11), and a level other systems reached ("the average
of the submitted systems", "the state-of-the-art score is", the best of the systems "we evaluate") is neither a
named system's nor the paper's. Invented sentences."""

from paperkg.extract.results import extract_results
from paperkg.model import MIN_BOARD_CONFIDENCE, MIN_RESULT_CONFIDENCE

from .conftest import mention_spans


def _rows(sentence: str, own: str | None = None, **names: str) -> dict[str, dict]:
    words, mentions = mention_spans(sentence, **names)
    rows = extract_results(words, mentions, own=own, only_dataset=None)
    return {r["value"]: r for r in rows if r["confidence"] >= MIN_RESULT_CONFIDENCE}


def test_a_base_model_trained_on_the_papers_data_owns_none_of_its_numbers():
    rows = _rows(
        "The accuracy of FooT5 on ZorbQA improves from 8.1 % to 22.0 % when fine-tuned on our generated rationales .",
        own="RatioDistill",
        Model="FooT5",
        Dataset="ZorbQA",
        Metric="accuracy",
    )
    assert rows["22.0%"]["subject"] is None
    rows = _rows(
        "FooT5 reaches 71.3 % accuracy on ZorbQA after fine-tuning on synthetic dialogues .",
        Model="FooT5",
        Dataset="ZorbQA",
        Metric="accuracy",
    )
    assert rows["71.3%"]["subject"] is None


def test_a_model_trained_on_other_data_keeps_its_number():
    rows = _rows(
        "FooT5 reaches 88.1 % accuracy on ZorbQA after fine-tuning on SQuAD .",
        Model="FooT5",
        Dataset="ZorbQA",
        Metric="accuracy",
    )
    assert rows["88.1%"]["subject"] == "FooT5"


def test_the_average_of_other_systems_is_no_row_of_the_paper():
    rows = _rows(
        "Our system reaches an F1 of 14.9 % on ZorbST , close to the average F1 achieved by the submitted systems "
        "( 18.7 % ) .",
        own="FooSys",
        Dataset="ZorbST",
        Metric="F1",
    )
    assert rows["14.9%"]["subject"] == "FooSys"
    assert rows["18.7%"]["subject"] is None and rows["18.7%"]["confidence"] < MIN_BOARD_CONFIDENCE


def test_the_best_of_the_systems_we_evaluate_is_not_the_papers():
    rows = _rows(
        "We evaluate five representative agents on ZorbBench , with the best agent achieving an accuracy of 31.4 % .",
        own="FooAgent",
        Dataset="ZorbBench",
        Metric="accuracy",
    )
    assert rows["31.4%"]["subject"] is None and rows["31.4%"]["confidence"] < MIN_BOARD_CONFIDENCE
    rows = _rows(
        "We evaluate our agent on ZorbBench , achieving an accuracy of 31.4 % .",
        own="FooAgent",
        Dataset="ZorbBench",
        Metric="accuracy",
    )
    assert rows["31.4%"]["subject"] == "FooAgent"
