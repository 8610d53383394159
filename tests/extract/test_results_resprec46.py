"""Results precision on the development sets (stop 46, resprec46): the paper's one dataset is not an event's name
without the edition and task that name its data ("the ZorbEval shared task" of a series, "QuuxNLP" of a workshop
written "QuuxNLP-ACL2022"). Invented sentences."""

from paperkg.extract.results.component import edition_less_event
from paperkg.model import MIN_RESULT_CONFIDENCE


def _rows(extract, title: str, abstract: str) -> list[tuple[str, str]]:
    return [(r.dataset, r.value) for r in extract(title, abstract).results if r.confidence >= MIN_RESULT_CONFIDENCE]


def test_an_event_without_its_edition():
    assert edition_less_event("DISRPT shared task", "")
    assert edition_less_event("VarDial Shared Task", "")
    assert edition_less_event("QuuxNLP", "the QuuxNLP (EMNLP 2021) shared task on emotions")
    assert edition_less_event("QuuxNLP shared task", "TEAM@QuuxNLP-ACL2022: Emotions")


def test_a_task_or_corpus_name_names_data():
    assert not edition_less_event("Zorb Dialect Identification shared task", "")
    assert not edition_less_event("ZorbNER shared task", "")
    assert not edition_less_event("Zorb Corpus", "we release the Zorb Corpus 2019")
    assert not edition_less_event("WMT 2014", "on WMT 2014")


def test_no_paper_wide_row_under_a_workshop_without_its_edition(extract_one):
    title = "TEAM@QuuxNLP-ACL2022: Emotion Analysis in Zorbish"
    abstract = (
        "This paper describes the participation of TEAM in the QuuxNLP (ACL 2022) shared task on emotion analysis. "
        "Our system reached a macro f1-score of 31.2% on the second subtask."
    )
    assert all(d is None or "QuuxNLP" not in d for d, _ in _rows(extract_one, title, abstract))


def test_a_list_of_values_with_their_metric_pairs_with_the_list_of_data(extract_one):
    # "+1.1 BLEU and +0.9 BLEU on A and B": the metric after each value does not break the list
    abstract = "We present FooSearch. FooSearch improves +1.1 BLEU and +0.9 BLEU on ZorbMT and QuuxMT datasets."
    rows = _rows(extract_one, "FooSearch: decoding", abstract)
    assert ("ZorbMT", "+0.9 BLEU") not in rows
    # "by 10.97% and 10.73% F1 scores on A and 20Q datasets": the second item is other data, not A
    abstract = (
        "We present FooEdit. FooEdit beats the baselines by 10.97% and 10.73% F1 scores on ZorbQA and 20Q datasets."
    )
    rows = _rows(extract_one, "FooEdit: editing", abstract)
    assert ("ZorbQA", "10.73%") not in rows
    assert ("ZorbQA", "10.97%") in rows


def test_a_range_is_no_list_of_values(extract_one):
    abstract = "We present FooBERT. FooBERT achieves between 71 and 74% F1 score on NER and 84-87% on ZorbPOS tasks."
    rows = _rows(extract_one, "FooBERT: a model", abstract)
    assert ("ZorbPOS", "74%") not in rows
