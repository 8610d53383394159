"""Results precision, gold-matched view (stop 51, resgold51): a number whose sentence names no data is filed under
the paper's one dataset only when that dataset is believed. A phrase the rules typed Dataset from its context (the
long form before an acronym, "X Memory Graphs (XMG)") that the decision layer keeps below even odds and no lexicon
or description calls data is a guess: "improves accuracy by 12% over the best existing approach" is not filed
under it (benchmarks/results/results_gold_fp_stop51.md, class a1). Invented sentences."""

import pytest
from spacy.language import Language

from paperkg.extract.extensions import read, write
from paperkg.extract.results.component import phrase_guess
from paperkg.model import MIN_RESULT_CONFIDENCE

from .conftest import make_paper

TITLE = "FooRAG: Personal Agents on Zorbic Memory Graphs"
ABSTRACT = (
    "We organise personal memories as Zorbic Memory Graphs (ZMG), on which an agent retrieves. "
    "Experiments on a real-world dataset show that FooRAG improves accuracy by 12% over the best existing approach."
)
NAMED = (
    "We organise personal memories as Zorbic Memory Graphs (ZMG), on which an agent retrieves. "
    "On Zorbic Memory Graphs, FooRAG improves accuracy by 12% over the best existing approach."
)

_CONFIDENCE = {"value": 1.0}


@Language.component("resgold51_dataset_confidence")
def _dataset_confidence(doc):
    """The decision layer's confidence in every Dataset, set by the test (the rules-only pipeline gives none)."""
    entities = read(doc, "entities") or []
    write(
        doc, "entities", [{**e, "confidence": _CONFIDENCE["value"]} if e["type"] == "Dataset" else e for e in entities]
    )
    return doc


@pytest.fixture(scope="module")
def extract_with_dataset_confidence():
    from paperkg.extract import extract_papers
    from paperkg.extract.pipeline import build_pipeline

    nlp = build_pipeline({"paperkg_decision": {"enabled": False}})
    nlp.add_pipe("resgold51_dataset_confidence", before="paperkg_results")

    def run(abstract: str, confidence: float) -> list[tuple[str, str]]:
        _CONFIDENCE["value"] = confidence
        ex = next(extract_papers([make_paper(TITLE, abstract)], nlp=nlp))
        return [(r.dataset, r.value) for r in ex.results if r.confidence >= MIN_RESULT_CONFIDENCE]

    return run


def test_a_doubted_phrase_dataset_gets_no_number_from_a_sentence_naming_no_data(extract_with_dataset_confidence):
    assert ("Zorbic Memory Graphs", "12%") not in extract_with_dataset_confidence(ABSTRACT, 0.3)


def test_a_believed_dataset_still_gets_it(extract_with_dataset_confidence):
    assert ("Zorbic Memory Graphs", "12%") in extract_with_dataset_confidence(ABSTRACT, 0.8)


def test_a_sentence_that_names_the_doubted_dataset_still_files_it(extract_with_dataset_confidence):
    assert ("Zorbic Memory Graphs", "12%") in extract_with_dataset_confidence(NAMED, 0.3)


def test_what_counts_as_a_guess():
    voted = {"type": "Dataset", "type_scores": {"Dataset": 2}, "sources": ["abbr"]}
    assert phrase_guess({**voted, "confidence": 0.3})
    assert not phrase_guess({**voted, "confidence": 0.6})  # the layer believes it
    assert not phrase_guess({**voted, "confidence": 0.3, "sources": ["abbr", "lexicon"]})  # a lexicon lists it
    assert not phrase_guess({**voted, "confidence": 0.3, "described": "Dataset"})  # "the X dataset"
    assert not phrase_guess({"type": "Dataset", "type_scores": {}, "confidence": 0.3})  # no rule voted it
