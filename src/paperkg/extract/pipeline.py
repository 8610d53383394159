"""The paperkg pipeline on `spacy.blank("en")`: tokenizer rules, sentences,
abbreviations, lexicon, name patterns, concepts, results."""

from __future__ import annotations

import spacy
from spacy.language import Language

# importing the modules registers their factories
from paperkg.extract import abbreviation, concepts, decision, lexicon, names, results, tokenizer  # noqa: F401

COMPONENTS = (
    "paperkg_abbreviations",
    "paperkg_lexicon",
    "paperkg_names",
    "paperkg_concepts",
    "paperkg_decision",
    "paperkg_results",
)


def build_pipeline(config: dict | None = None) -> Language:
    """A fresh pipeline; `load_pipeline()` caches one per process. `config`
    maps a component to its settings, e.g. `{"paperkg_decision": {"enabled": False}}`."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "paperkg.tokenizer.v1"}}})
    # sentences are found by the token view (paperkg.extract.tokens.sentence_starts), no sentencizer needed
    for name in COMPONENTS:
        nlp.add_pipe(name, config=(config or {}).get(name, {}))
    return nlp
