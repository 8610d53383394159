"""Results owners (stop 41, owner41): a number whose owner the sentence names right after it with "by". Invented
sentences."""

from .conftest import mention_spans, result_rows


def _owners(sentence: str, **names: str) -> dict[str, str | None]:
    _, mentions = mention_spans(sentence, **names)
    return {value: subject for subject, _, _, value, _ in result_rows(sentence, mentions)}


def test_the_name_after_by_owns_the_number_before_it():
    # "the best ROUGE-L of 38.72 by T5 and the best multi-choice accuracy of 72.77% by RoBERTa" (stop 34's set):
    # the second number went to the first name
    owners = _owners(
        "Pre-trained models reach the best ROUGE-L of 31.5 by FooT5 and the best accuracy of 61.2 % by BarBERT on "
        "ZorbBench .",
        Model="FooT5|BarBERT",
        Dataset="ZorbBench",
        Metric="ROUGE-L|accuracy",
    )
    assert owners.get("31.5") == "FooT5"
    assert owners.get("61.2%") == "BarBERT"


def test_the_compared_number_achieved_by_a_named_system_is_its():
    # "well above the 65.5% achieved by LASER", "73.6 recall@10 by PromptRank vs. 77.8 by PathRetriever" (44k)
    owners = _owners(
        "ZorbNet reaches 83.7 % accuracy on ZorbQA , well above the 65.5 % achieved by FooLASER .",
        Model="ZorbNet|FooLASER",
        Dataset="ZorbQA",
        Metric="accuracy",
    )
    assert owners.get("83.7%") == "ZorbNet"
    assert owners.get("65.5%") == "FooLASER"


def test_a_measure_or_a_gain_after_by_names_no_owner():
    # "62.23% by F1-score": a measure, no name; "outperforms FooLM by 3.1 %": the number is after "by"
    owners = _owners(
        "ZorbNet outperforms FooLM by 3.1 % accuracy on ZorbQA .",
        Model="ZorbNet|FooLM",
        Dataset="ZorbQA",
        Metric="accuracy",
    )
    assert owners.get("3.1%") == "ZorbNet"
