"""Results owners (stop 46, subj46): a name the text writes as a measure owns no number. Invented sentences."""

from paperkg.extract.results.subjects import written_as_measures

ABSTRACT = (
    "We study answer extraction on the ZorbQA dataset. Evaluation was conducted using Graded Answer Overlap (GAO) "
    "and Exact Match (EM) metrics. The FooBERT-large model achieved the best performance on ZorbQA "
    "(GAO: 0.9598, EM: 0.7615)."
)


def _measures(sentence: str, mentions: list[tuple]) -> list[str]:
    return sorted(written_as_measures(mentions, sentence.lower().split()))


def test_a_name_listed_before_metrics_is_a_measure():
    # stop 35: "Evaluation was conducted using Semantic Answer Similarity (SAS) and Exact Match (EM) metrics"
    words = "evaluation used graded answer overlap ( gao ) and exact match ( em ) metrics ."
    mentions = [(2, 5, "Method", "GAO"), (9, 11, "Metric", "EM")]
    assert _measures(words, mentions) == ["GAO"]
    assert _measures("we score it with the gao metric .", [(5, 6, "Method", "GAO")]) == ["GAO"]


def test_a_label_of_a_number_beside_a_metrics_label_is_a_measure():
    # stop 35: "ranking 5th in English (SAS: 0.9598, EM: 0.7615)", EM typed Metric
    mentions = [(3, 4, "Method", "GAO"), (7, 8, "Metric", "EM")]
    assert _measures("5th in ( gao : 0.9598 , em : 0.7615 )", mentions) == ["GAO"]


def test_systems_labelling_numbers_stay_systems():
    # "(FooNet: 85.1, BarNet: 84.0)": systems with their scores, no metric labels a number beside them
    mentions = [(2, 3, "Model", "FooNet"), (6, 7, "Model", "BarNet")]
    assert _measures("scores ( foonet : 85.1 , barnet : 84.0 ) on zorbqa", mentions) == []
    # a system before a list that ends in another noun: "FooNet and BarNet models"
    assert _measures("foonet and barnet models , with em", [(0, 1, "Model", "FooNet"), (2, 3, "Model", "BarNet")]) == []


def test_the_measure_owns_no_row_of_the_paper(extract_one_rules):
    x = extract_one_rules("Answer extraction on ZorbQA", ABSTRACT)
    rows = [(r.subject, r.value) for r in x.results]
    assert rows and all(subject != "Graded Answer Overlap" for subject, _ in rows)
