"""Results precision on the development sets (stop 49, resds49): a name written right before the noun of a
labelling or detection task ("POS tagging", "TCMA selection", "ADE span detection") is what the task labels, and
a name written as the baseline ("a strong baseline, X", "the X search engine") is the system compared with, not
the data a number was measured on. Invented sentences."""

from paperkg.extract.results.component import named_as_baseline, named_as_task, named_in

from .conftest import kept_rows


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
    rows = kept_rows(extract_one_rules, "Transfer learning for Zorbish", abstract)
    assert all(d != "QOS" for d, _ in rows)


def test_a_name_written_as_the_baseline_is_the_system_compared_with():
    lowers = "we improve another baseline ( i.e. , zorb ) by 10 points".split()
    assert named_as_baseline("Zorb", [(7, 8, "Dataset", "Zorb")], lowers)
    lowers = "our retriever gains 23 % over the zorb search engine".split()
    assert named_as_baseline("Zorb", [(7, 8, "Dataset", "Zorb")], lowers)
    # the baseline beaten on the data, and the data's own baseline, keep the data
    lowers = "we beat the strong baseline on zorb by 4 %".split()
    assert not named_as_baseline("Zorb", [(6, 7, "Dataset", "Zorb")], lowers)
    lowers = "we beat the zorb baseline by 4 %".split()
    assert not named_as_baseline("Zorb", [(3, 4, "Dataset", "Zorb")], lowers)


def test_no_row_under_a_baseline_written_as_an_apposition(extract_one_rules):
    # ZorbQA, a data-like name, written elsewhere as data and in the number's sentence as the compared system
    abstract = (
        "We test on the ZorbQA data and others. "
        "Compared to a strong extraction baseline, ZorbQA, our method reaches an absolute improvement of 41.3% in F1."
    )
    assert ("ZorbQA", "41.3%") not in kept_rows(extract_one_rules, "Robust infobox extraction", abstract)
    abstract = "We improve another baseline (i.e., ZorbQA) by approximately 10 points."
    assert ("ZorbQA", "10 points") not in kept_rows(extract_one_rules, "Robust infobox extraction", abstract)
