"""The GraphStore protocol: what every engine (embedded LadybugDB, Neo4j) offers.

The api layer only talks to this protocol, so a build, a query or an analytic
runs the same on either engine.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Protocol, Sequence, runtime_checkable

from paperkg.model import GraphData, PaperGraph


@runtime_checkable
class GraphStore(Protocol):
    """A graph of Paper, Concept and Result nodes (see DESIGN.md)."""

    engine: str  # "ladybug" or "neo4j": selects per-engine .cypher overrides

    def close(self) -> None: ...

    def __enter__(self) -> "GraphStore": ...

    def __exit__(self, *exc: object) -> None: ...

    def paper_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        """content_hash of each given paper already stored (absent ids left out)."""

    def write_papers(self, graphs: Sequence[PaperGraph]) -> None:
        """Replace each paper and all its edges, in one transaction: all or nothing.

        Concepts are merged (aliases unioned); a paper's listing dates are
        unioned with those already stored.
        """

    def add_listings(self, rows: Sequence[dict]) -> None:
        """Union listing dates/sources into stored papers: [{id, listed_on, source}]."""

    def delete_paper(self, paper_id: str) -> bool:
        """Remove a paper, its results, and concepts only it mentioned."""

    def run(self, query: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]:
        """Run one named query from cypher/ (or a .cypher file path) with parameters."""

    def run_read(self, name: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]:
        """Run one of paperkg's own read statements (cypher/read/)."""

    def merge_concepts(self, mapping: dict[str, str]) -> None:
        """Merge each concept {from_key: to_key}: edges moved, aliases united, one transaction."""

    def move_mentions(self, moves: dict[tuple[str, str], str]) -> None:
        """Move one paper's edges from a concept to another {(paper id, from key): to key}, one transaction."""

    def rows(self, name: str, params: dict[str, Any] | None = None, *, group: str = "read") -> list[dict[str, Any]]:
        """Every row of one of paperkg's own statements (cypher/read/, or cypher/export/) as a dict."""

    def write_rows(self, name: str, rows: Sequence[Any], *, key: str = "rows", batch_size: int = ...) -> int:
        """Run write statement `name` (cypher/write/) over rows, one transaction a batch; rows written."""

    def clear(self) -> None:
        """Delete every node and relationship."""

    def set_concept_property(self, name: str, values: dict[str, Any]) -> None:
        """Write one property (e.g. `community`) onto many concepts: {key: value}."""

    def read_graph(self) -> GraphData:
        """The whole graph in one bulk read per node/edge type."""

    def concept_rows(self) -> list[dict]:
        """{key, name, kind, aliases, paper_count} of every concept."""

    def paper_ids(self) -> list[str]:
        """Every paper id, sorted."""

    def paper_count(self) -> int:
        """How many papers are stored."""

    def paper_dates(self) -> list[dict]:
        """{id, published, listed_on} of every paper: what trends needs."""

    def paper_titles(self) -> list[dict]:
        """{id, title, arxiv_id} of every paper: what resolving a title needs."""

    def papers_by_id(self, ids: Sequence[str]) -> list[dict]:
        """{id, title, published, listed_on, url, arxiv_id} of the given papers."""

    def mention_pairs(self, ids: Sequence[str] | None = None, *, page: int = ...) -> Iterator[list[list]]:
        """Pages of [paper_id, concept_key, count] MENTIONS rows of the given papers
        (default all), without evidence: the input of every projection."""

    def concept_mention_pairs(self, keys: Sequence[str], *, page: int = ...) -> Iterator[list[list]]:
        """Pages of [paper_id, concept_key, count] MENTIONS rows of the given concepts."""

    def kind_votes(self, keys: Sequence[str]) -> dict[str, dict[str, int]]:
        """{concept key: {kind: papers that typed the name so}} of the given concepts."""

    def mention_evidence(self, pairs: Iterable[tuple[str, str]]) -> list[dict]:
        """{paper_id, concept_key, count, evidence, kind} of the given (paper id, concept key) edges."""

    def alias_index(self) -> Iterable[tuple[str, str, list[str]]]:
        """(key, kind, aliases+name) of every concept: what the resolver merges into."""

    def counts(self) -> dict[str, int]:
        """Nodes per label and kind, relationships per type."""
