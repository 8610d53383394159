"""Results precision on the development sets (stop 47, resprec47): annotator agreement on the paper's own data and
a change in a model's size are no results. Invented sentences."""

from paperkg.extract.results.no_rows import annotator_agreement, size_change
from paperkg.extract.results.values import Value
from paperkg.model import MIN_RESULT_CONFIDENCE


def _rows(extract, title: str, abstract: str) -> list[tuple[str, str]]:
    return [(r.dataset, r.value) for r in extract(title, abstract).results if r.confidence >= MIN_RESULT_CONFIDENCE]


def test_annotator_agreement_is_no_result():
    lowers = "all labels were validated , ensuring a high iaa score of 0.88".split()
    assert annotator_agreement(Value(10, 11, "0.88", 0.88, None), lowers)
    lowers = "with a fleiss' kappa of 0.61 between the annotators".split()
    assert annotator_agreement(Value(4, 5, "0.61", 0.61, None), lowers)
    # a system's score in a clause of its own, after the data's agreement
    lowers = "the inter-annotator agreement is high ; our tagger reaches 91.2 f1".split()
    assert not annotator_agreement(Value(8, 9, "91.2", 91.2, None), lowers)


def test_no_row_for_the_agreement_of_a_new_corpus(extract_one_rules):
    abstract = (
        "We release ZorbNER, a corpus for named entity recognition. Labels were validated by a team of "
        "validators, ensuring a high IAA score of 0.88 on ZorbNER. Our tagger reaches 81.9% F1 on ZorbNER."
    )
    rows = _rows(extract_one_rules, "ZorbNER: a corpus", abstract)
    assert ("ZorbNER", "0.88") not in rows
    assert ("ZorbNER", "81.9%") in rows


def test_a_change_in_model_size_is_no_result():
    assert size_change(Value(3, 5, "4%", 4.0, "%"), "with only a 4 % increase in model parameters".split())
    assert size_change(Value(1, 3, "30%", 30.0, "%"), "a 30 % reduction of the trainable parameters".split())
    assert size_change(Value(1, 3, "66%", 66.0, "%"), "a 66 % reduction in parameter size".split())
    assert not size_change(Value(1, 3, "4%", 4.0, "%"), "a 4 % increase in accuracy on zorbqa".split())
    assert not size_change(Value(1, 3, "4%", 4.0, "%"), "a 4 % increase over the baseline".split())


def test_no_row_for_a_parameter_increase(extract_one_rules):
    abstract = (
        "We present FooGraph. FooGraph achieves state-of-the-art numbers on the ZorbQA dataset with only up to a 4% "
        "increase in model parameters."
    )
    rows = _rows(extract_one_rules, "FooGraph: multi-hop QA", abstract)
    assert ("ZorbQA", "4%") not in rows
