"""Reported results: numbers tied to a named dataset, with subject, metric and baseline."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

RESULTS_KEY = "paperkg.results"


class ResultExtractor:
    def __init__(self, nlp: Language, name: str = "paperkg_results"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[RESULTS_KEY] = []
        return doc


@Language.factory("paperkg_results", default_config={})
def make_result_extractor(nlp: Language, name: str) -> ResultExtractor:
    return ResultExtractor(nlp, name)
