"""Results recall (stop 46, resrec46): a number written for a language after it ("11.4% for Urdu") is on the data
named before it, as one written for a subset's label is; a name that is no language still halves the guess.
Invented sentences."""

from paperkg.extract.results import extract_results
from paperkg.extract.results.other_data import unknown_name_after
from paperkg.extract.results.values import Value

from .conftest import mention_spans


def _rows(sentence: str, only: str | None = None, **names: str) -> list[tuple]:
    words, mentions = mention_spans(sentence, **names)
    rows = extract_results(words, mentions, own=None, only_dataset=only)
    return [(r["value"], r["dataset"]) for r in rows if r["confidence"] >= 0.5]


def test_a_language_after_a_number_is_no_other_data():
    # f45 (XNLI "for Swahili and 11.4% for Urdu"); 44k: "94.95% accuracy in English and 88.53% in Filipino",
    # "53.1 F1 on Hindi and 50.4 F1 on Arabic", "0.6964 for Turkish (Subtask A) and 0.7123 for Arabic"
    words = "improving 15.7 % on FooNLI for Swahili and 11.4 % for Urdu".split()
    assert not unknown_name_after(Value(7, 9, "11.4%", 11.4, "%"), words, {4}, [])
    assert unknown_name_after(Value(7, 9, "11.4%", 11.4, "%"), words[:9] + ["for", "Barnet"], {4}, [])
    assert _rows(
        "FooNet improves accuracy by 15.7 % on FooNLI for Swahili and 11.4 % for Urdu .",
        Model="FooNet",
        Dataset="FooNLI",
        Metric="accuracy",
    ) == [("15.7%", "FooNLI"), ("11.4%", "FooNLI")]
    assert _rows("We reach F1 scores of 0.612 for English and 0.587 for Spanish .", only="FooEval", Metric="F1") == [
        ("0.612", "FooEval"),
        ("0.587", "FooEval"),
    ]


def test_an_unknown_name_after_a_number_still_doubts_the_guess():
    # "9.3% on Zuco": a capitalised name that is neither a known dataset nor a language may be other data
    assert _rows("We reach F1 scores of 0.612 for English and 0.587 for Barnet .", only="FooEval", Metric="F1") == [
        ("0.612", "FooEval")
    ]
