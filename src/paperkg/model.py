"""Plain records that flow between the steps: papers, extractions and graph rows.

Everything here is a frozen dataclass with no behaviour beyond conversion, so
every layer can import it without importing any other layer.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field

KINDS: tuple[str, ...] = ("Method", "Model", "Dataset", "Metric", "Task")
#: The kind of field-topic concepts (resolve.topics): assigned by rules for trends, never extracted.
TOPIC = "Topic"
RESULT_KINDS: tuple[str, ...] = ("score", "gain", "ratio", "reduction")
# a result below this confidence stays in the graph but is left off leaderboards and the gold-format output
MIN_RESULT_CONFIDENCE = 0.5
# a leaderboard row needs more: a number the paper reports (above MIN_RESULT_CONFIDENCE) whose owner or dataset the
# sentence leaves unsure ("previous work achieves only 35.3%", "up to 1.9% on A and B") is capped below this
MIN_BOARD_CONFIDENCE = 0.6


@dataclass(frozen=True, slots=True)
class Paper:
    """One paper as the readers produce it.

    `title`/`abstract` are the normalised text the extractor reads (LaTeX
    debris such as `97.2\\%` or `179times` cleaned); `raw_title`/`raw_abstract`
    keep the text exactly as the source wrote it. `raw_title` is the key the
    gold files join on.
    """

    id: str
    title: str
    abstract: str
    raw_title: str
    raw_abstract: str
    published: str | None = None
    listed_on: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    url: str | None = None
    arxiv_id: str | None = None
    authors: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The document the extractor reads; evidence offsets point into it."""
        return f"{self.title}\n\n{self.abstract}"

    @property
    def content_hash(self) -> str:
        """Hash of what extraction depends on: a changed abstract changes it."""
        payload = f"{self.raw_title}\x00{self.raw_abstract}".encode("utf-8")
        return hashlib.sha256(payload).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a mention was seen: its sentence and the mention's character
    offsets in `Paper.text`."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    """One concept as one paper mentions it (a concept named five times is one
    Entity with five pieces of evidence)."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    introduced: bool = False
    evidence: tuple[Evidence, ...] = ()

    @property
    def count(self) -> int:
        return max(1, len(self.evidence))


@dataclass(frozen=True, slots=True)
class ReportedResult:
    """A number the abstract reports; names are entity names or aliases.

    `kind` says what the number is: "score" (an absolute value on the metric),
    "gain" (an improvement over `compared_to`), "ratio" (a speed-up or size
    factor such as 2.5x) or "reduction" (a decrease such as -90% latency).
    `number` is signed; `confidence` in [0, 1] is how sure the extractor is
    (leaderboards show only confident absolute scores by default).
    """

    value: str
    dataset: str
    subject: str | None = None
    metric: str | None = None
    compared_to: str | None = None
    sentence: str = ""
    number: float | None = None
    unit: str | None = None
    kind: str = "score"
    confidence: float = 1.0
    pair: str = ""  # the translation direction ("en-de") the number is on, "" when none is given


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extractor found in one paper."""

    paper_id: str
    title: str
    entities: tuple[Entity, ...] = ()
    results: tuple[ReportedResult, ...] = ()

    def to_gold(self) -> dict:
        """The record format of the annotation guideline (one JSONL line)."""
        return {
            "id": self.paper_id,
            "title": self.title,
            "entities": [
                {
                    "name": e.name,
                    "type": e.type,
                    "aliases": list(e.aliases),
                    "introduced": e.introduced,
                    "evidence": [asdict(ev) for ev in e.evidence],
                }
                for e in self.entities
            ],
            "results": [
                {
                    "subject": r.subject,
                    "dataset": r.dataset,
                    "metric": r.metric,
                    "value": r.value,
                    "compared_to": r.compared_to,
                    "sentence": r.sentence,
                }
                for r in self.results
                if r.confidence >= MIN_RESULT_CONFIDENCE
            ],
        }


# --- graph rows: what the stores write -------------------------------------


@dataclass(frozen=True, slots=True)
class ConceptRow:
    key: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MentionRow:
    paper_id: str
    concept_key: str
    count: int
    evidence: str  # JSON list of {"sentence", "start", "end"}

    @property
    def kind(self) -> str:
        """The kind this paper's extraction typed the name: the kind of the key it was assembled under
        (resolve.assemble keys an entity under its own type). Stored on the MENTIONS edge, so the corpus's
        kind vote counts each paper's own typing after merges moved its edge."""
        return self.concept_key.split(":", 1)[0]


@dataclass(frozen=True, slots=True)
class ResultRow:
    id: str
    paper_id: str
    value: str
    number: float | None
    unit: str | None
    sentence: str
    of_key: str | None = None
    on_key: str | None = None
    metric_key: str | None = None
    compared_key: str | None = None
    kind: str = "score"
    confidence: float = 1.0
    pair: str = ""


#: The properties of a Result node, in the order the schema, CSV files and exports list them.
RESULT_PROPERTIES: tuple[str, ...] = ("id", "value", "number", "unit", "sentence", "kind", "confidence", "pair")


@dataclass(frozen=True, slots=True)
class PaperGraph:
    """Every row one paper contributes to the graph; replaced as a unit."""

    paper: Paper
    concepts: tuple[ConceptRow, ...] = ()
    mentions: tuple[MentionRow, ...] = ()
    proposes: tuple[str, ...] = ()  # concept keys
    results: tuple[ResultRow, ...] = ()

    def paper_row(self) -> dict:
        p = self.paper
        return {
            "id": p.id,
            "title": p.title,
            "abstract": p.abstract,
            "raw_title": p.raw_title,
            "published": p.published or "",
            "listed_on": list(p.listed_on),
            "source": ";".join(p.sources),
            "url": p.url or "",
            "arxiv_id": p.arxiv_id or "",
            "content_hash": p.content_hash,
        }


def evidence_json(evidence: tuple[Evidence, ...]) -> str:
    """Evidence as stored on MENTIONS edges: compact JSON, order kept."""
    return json.dumps([asdict(e) for e in evidence], ensure_ascii=False, separators=(",", ":"))


@dataclass(slots=True)
class GraphData:
    """The whole graph read out in bulk, as plain rows (input to analytics).

    papers:   {id, title, published, listed_on, url, arxiv_id}
    concepts: {key, name, kind, aliases, paper_count}
    mentions: {paper_id, concept_key, count, evidence}
    proposes: {paper_id, concept_key}
    results:  {id, paper_id, value, number, unit, kind, confidence, sentence,
               of_key, on_key, metric_key, compared_key}
    """

    papers: list[dict] = field(default_factory=list)
    concepts: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    proposes: list[dict] = field(default_factory=list)
    results: list[dict] = field(default_factory=list)
