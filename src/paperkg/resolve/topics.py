"""Field topics: the broad classes the extractor leaves out on purpose, kept for trends.

The annotation guideline keeps catch-alls ("LLM", "diffusion models", "neural
network") out of the extraction output: they are not named concepts. The big
shifts of a field are shifts between such classes, though, so `assemble` tags
every paper with the topics its text names, by the rules below, as concepts
of kind `Topic` (`Concept {key: "Topic:…", kind: "Topic"}` with a MENTIONS
edge carrying the matches as evidence). `paperkg trends` counts them like any
concept; the co-occurrence analytics (rank, communities, gaps, paths) leave
them out, since a topic co-occurs with half the corpus.

Each rule is a pattern of the phrases the field writes for the class (the
guideline's catch-all list, ANNOTATION.md "Do not annotate generic
catch-alls", plus the textbook names of each class); an acronym is matched
in capitals only, a phrase in any case.

>>> [t.name for t in topics_of("We prompt LLMs and fine-tune a pre-trained language model.")]
['large language models', 'pre-trained language models']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from paperkg.model import TOPIC, ConceptRow, Evidence, MentionRow, evidence_json
from paperkg.names import fold


@dataclass(frozen=True)
class Topic:
    name: str
    aliases: tuple[str, ...]
    pattern: re.Pattern

    @property
    def key(self) -> str:
        return f"{TOPIC}:{fold(self.name)}"


def _rule(name: str, aliases: tuple[str, ...], phrases: str, acronyms: str = "") -> Topic:
    parts = [rf"(?i:\b(?:{phrases})\b)"] + ([rf"\b(?:{acronyms})\b"] if acronyms else [])
    return Topic(name, aliases, re.compile("|".join(parts)))


TOPICS: tuple[Topic, ...] = (
    _rule(
        "large language models",
        ("LLM", "LLMs", "large language model"),
        r"large(?:[\s-]+scale)?[\s-]+language[\s-]+models?",
        r"M?LLMs?",
    ),
    _rule(
        "pre-trained language models",
        ("PLM", "PLMs", "pretrained language models"),
        r"pre-?trained[\s-]+language[\s-]+models?",
        r"PLMs?",
    ),
    _rule(
        "diffusion models",
        ("diffusion model", "denoising diffusion"),
        r"(?:latent[\s-]+|denoising[\s-]+)?diffusion[\s-]+(?:probabilistic[\s-]+)?models?|denoising[\s-]+diffusion",
    ),
    _rule(
        "vision-language models",
        ("VLM", "VLMs", "vision-language model"),
        r"vision[\s-]+(?:and[\s-]+)?language[\s-]+models?|visual[\s-]+language[\s-]+models?",
        r"VLMs?",
    ),
    _rule("neural networks", ("neural network",), r"(?:deep[\s-]+)?neural[\s-]+net(?:work)?s?"),
    _rule("deep learning", (), r"deep[\s-]+learning"),
    _rule("machine learning", (), r"machine[\s-]+learning"),
)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\n")


def _sentence(text: str, start: int) -> str:
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    hi = _SENTENCE_END.search(text, start)
    return text[lo : hi.start() if hi else len(text)]


def topics_of(text: str) -> list[Topic]:
    """The topics whose pattern `text` matches, in TOPICS order."""
    return [t for t in TOPICS if t.pattern.search(text)]


def topic_rows(paper_id: str, text: str) -> tuple[list[ConceptRow], list[MentionRow]]:
    """The Topic concept rows and MENTIONS rows of one paper (evidence: every match)."""
    concepts, mentions = [], []
    for t in topics_of(text):
        evidence = tuple(Evidence(_sentence(text, m.start()), m.start(), m.end()) for m in t.pattern.finditer(text))
        concepts.append(ConceptRow(t.key, t.name, TOPIC, t.aliases))
        mentions.append(MentionRow(paper_id, t.key, len(evidence), evidence_json(evidence)))
    return concepts, mentions


__all__ = ["TOPICS", "Topic", "topic_rows", "topics_of"]
