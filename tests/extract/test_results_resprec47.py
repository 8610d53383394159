"""Results precision on the development sets (stop 47, resprec47): annotator agreement on the paper's own data, a
change in a model's size and how far systems trail people are no results; a bracket right after "by a large
margin" gives the margin, a gain. Invented sentences."""

from paperkg.extract.results.kinds import margin_bracket
from paperkg.extract.results.no_rows import annotator_agreement, gap_to_humans, size_change
from paperkg.extract.results.values import Value

from .conftest import kept_rows


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
    rows = kept_rows(extract_one_rules, "ZorbNER: a corpus", abstract)
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
    rows = kept_rows(extract_one_rules, "FooGraph: multi-hop QA", abstract)
    assert ("ZorbQA", "4%") not in rows


def test_a_bracket_after_by_a_large_margin_is_the_margin():
    lowers = "beats the baseline by a large extent ( 9.70 % on a and 6.27 % overall )".split()
    assert margin_bracket(8, lowers) and margin_bracket(13, lowers)
    assert margin_bracket(7, "surpasses the sota by a margin ( 17 % ) while".split())
    assert not margin_bracket(8, "beats the sota by a large margin ( 74.09 % versus 70.52 % )".split())
    assert not margin_bracket(4, "reaches a score ( 74.09 % ) on a".split())


def test_kind_of_a_margin_in_brackets(extract_one_rules):
    abstract = (
        "We present FooGround. On ZorbWhat, FooGround outperforms the baseline by a large extent (9.70% on spatial "
        "questions and 6.27% overall)."
    )
    kinds = {r.value: r.kind for r in extract_one_rules("FooGround: grounding", abstract).results}
    assert kinds.get("9.70%") == "gain" and kinds.get("6.27%") == "gain"


def test_a_gap_to_people_is_no_result():
    lowers = "the best methods on zorbqa are still far behind human performance , by about 20 %".split()
    assert gap_to_humans(Value(14, 16, "20%", 20.0, "%"), lowers)
    lowers = "the performance gap between humans and machines ( 13.3 % f1 )".split()
    assert gap_to_humans(Value(8, 10, "13.3%", 13.3, "%"), lowers)
    # a gap to another system stays a result; so does a level reached after the gap is named
    assert not gap_to_humans(Value(8, 10, "0.2%", 0.2, "%"), "our system is behind the top system by 0.2 %".split())
    lowers = "it closes the gap to human performance , reaching 85 %".split()
    assert not gap_to_humans(Value(9, 11, "85%", 85.0, "%"), lowers)


def test_no_row_for_a_gap_behind_humans(extract_one_rules):
    abstract = (
        "We present ZorbQA, a benchmark for temporal reasoning. Our best model achieves 61.0% accuracy on ZorbQA, "
        "which still lags behind human performance by about 19%."
    )
    rows = kept_rows(extract_one_rules, "ZorbQA: a benchmark", abstract)
    assert ("ZorbQA", "19%") not in rows
    assert ("ZorbQA", "61.0%") in rows
