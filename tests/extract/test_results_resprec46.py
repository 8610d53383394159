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
