"""Results precision on the development sets (stop 52, train52): a split label of distribution-shift evaluation
alone ("IID", "OOD") and a host conference alone ("EACL2024", "ACL 2023") name no data a number is filed under
(RULINGS R5). Invented sentences."""

from paperkg.extract.results.component import is_split_label
from paperkg.extract.results.kinds import is_event

from .conftest import kept_rows


def test_distribution_shift_labels_are_split_labels():
    assert all(is_split_label(n) for n in ("IID", "OOD", "OOD test set", "iid-test"))
    # a name that only starts with such a label is a dataset's own name
    assert not any(is_split_label(n) for n in ("OODBench", "IID-Zorb", "ID"))


def test_a_host_conference_alone_is_an_event():
    assert all(is_event(n) for n in ("EACL2024", "ACL 2023", "NAACL-2022", "EMNLP"))
    assert not any(is_event(n) for n in ("ACL-ARC", "ACL-200", "EMNLP2023 Zorb Corpus"))


def test_no_row_under_a_split_label_alone(extract_one_rules):
    title = "ZorbQA: A Benchmark for Knowledge-Oriented Reading Comprehension"
    abstract = (
        "We present ZorbQA, a benchmark for knowledge-oriented reading comprehension. We test state-of-the-art "
        "models on ZorbQA and the results show that the strongest baseline only achieves 61.2% and 27.5% F1 "
        "measure in the IID and OOD test set, respectively."
    )
    rows = kept_rows(extract_one_rules, title, abstract)
    assert all(d not in ("IID", "OOD") for d, _ in rows)


def test_no_row_under_a_host_conference_alone(extract_one_rules):
    title = "Zorb at FooNLP-EACL2031: Detecting Zorbish Speech with Multilingual Transformers"
    abstract = (
        "This paper describes our submission to the FooNLP workshop at EACL2031 on Zorbish speech detection. "
        "Notably, our most successful model, m-BERT, achieved a macro F1 score of 0.85 and ranked 4th in the "
        "shared task."
    )
    rows = kept_rows(extract_one_rules, title, abstract)
    assert all(d != "EACL2031" for d, _ in rows)
