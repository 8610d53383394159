"""Results precision on the development sets (stop 49, resds49): a name written right before the noun of a
labelling or detection task ("POS tagging", "TCMA selection", "ADE span detection") is what the task labels, not
the data a number was measured on. Invented sentences."""

from paperkg.extract.results.component import named_as_task, named_in
from paperkg.model import MIN_RESULT_CONFIDENCE


def _rows(extract, title: str, abstract: str) -> list[tuple[str, str]]:
    return [(r.dataset, r.value) for r in extract(title, abstract).results if r.confidence >= MIN_RESULT_CONFIDENCE]


def test_a_name_before_a_task_noun_names_the_task_not_the_data():
    lowers = "our tagger improved zorb tagging by 8 % f1".split()
    assert named_as_task("Zorb", named_in("Zorb", [], lowers), lowers)
    lowers = "we score 0.5 on zorb span detection ( task 2 )".split()
    assert named_as_task("Zorb", [(4, 5, "Dataset", "Zorb")], lowers)
    lowers = "classifiers do well on zorb act ( za ) selection , reaching 61 %".split()
    assert named_as_task("Zorb act", [(4, 6, "Dataset", "Zorb act")], lowers[:6] + lowers[9:]) is True
    # the name of data: a data noun after the task noun, an apposition, a name standing alone
    assert not named_as_task("Zorb", [(4, 5, "Dataset", "Zorb")], "we reach 0.5 on zorb stance detection data".split())
    assert not named_as_task("Zorb", [(4, 5, "Dataset", "Zorb")], "we reach 0.5 on zorb , a corpus".split())
    assert not named_as_task("Zorb", [(4, 5, "Dataset", "Zorb")], "we reach 0.5 on zorb .".split())
    # a sentence that does not write the name at all: nothing to judge
    assert not named_as_task("Zorb", named_in("Zorb", [], "we reach 0.5 on it".split()), "we reach 0.5 on it".split())


def test_no_row_under_the_object_of_a_tagging_task(extract_one_rules):
    abstract = (
        "We study transfer for Part-of-Speech (QOS) tagging and NER in Zorbish, a low-resource language. "
        "BERTurk outperformed mBERT on NER but not on QOS. "
        "Cognate languages improved QOS tagging by 8% F1, while the substrate language enhanced NER by 15% F1."
    )
    rows = _rows(extract_one_rules, "Transfer learning for Zorbish", abstract)
    assert all(d != "QOS" for d, _ in rows)
