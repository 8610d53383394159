"""Results recall on the development papers (stop 39): a bare decimal the text calls a score's value ("scores
of 0.617 and 0.612", "a best performance of 41.81") is a result, on the paper's one dataset when the sentence
names none; an agreement between annotators stays out. Invented sentences."""

from paperkg.extract.results import extract_results

from .conftest import mention_spans


def _rows(sentence: str, only: str | None = None, **names: str) -> list[tuple]:
    words, mentions = mention_spans(sentence, **names)
    rows = extract_results(words, mentions, own=None, only_dataset=only)
    return [(r["value"], r["dataset"]) for r in rows if r["confidence"] >= 0.5]


def test_a_bare_decimal_written_as_a_scores_value_is_a_result():
    # acl-dev (3 papers: "we achieved scores of X and Y on Task A and Task B", "reached a best performance of X
    # on entity and Y on surface forms", "resulted in a score of X"); 44k ACL abstracts: "achieves a score of
    # 0.715", "a Pearson score of 0.567", "an overall score of 0.250"
    assert _rows(
        "In Spanish , we achieved scores of 0.617 and 0.612 on Task A and Task B , respectively .", only="FooEval"
    ) == [
        ("0.617", "FooEval"),
        ("0.612", "FooEval"),
    ]
    assert _rows(
        "Our runs reached a best performance of 41.81 on entity and 40.57 on surface forms .", only="FooEval"
    ) == [
        ("41.81", "FooEval"),
        ("40.57", "FooEval"),
    ]
    assert _rows("Our system achieves a score of 0.715 on the BarSet test set .", Dataset="BarSet") == [
        ("0.715", "BarSet")
    ]


def test_a_bare_decimal_after_other_nouns_stays_out():
    # "a total of 0.5", "a ratio of 1.5": the noun says nothing of a score
    assert _rows("The corpus holds a total of 12.5 hours of speech .", only="FooEval") == []
    assert _rows("We use a dropout rate of 0.1 for training .", only="FooEval") == []


def test_an_agreement_between_annotators_is_no_result():
    # GUIDE-NOTES 7: annotator agreement on the paper's own data is a statistic of the data ("a high
    # inter-annotator agreement, Fleiss' kappa score of 0.72", "reaching an α score of 0.70")
    assert (
        _rows("Three annotators reached a high inter-annotator agreement with a score of 0.72 .", only="FooSet") == []
    )
    assert _rows("Our players made 2,206 annotations , reaching an α score of 0.70 .", only="FooSet") == []
