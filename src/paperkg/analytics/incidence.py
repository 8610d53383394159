"""The paper–concept incidence as integer arrays: every MENTIONS edge without its evidence.

Rank, communities, trends and the views need only which paper mentions which
concept (and how often). Held as three int32 arrays over paper ids and
concept rows, 1.16M mentions take 14 MB, where one dict per edge with its
evidence took gigabytes (benchmarks/RESULTS.md, "analytics").
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable, Iterator

import numpy as np
import scipy.sparse as sp

from paperkg.model import GraphData


@dataclass(frozen=True, eq=False)
class Incidence:
    """Papers (rows, sorted ids), concepts (columns: rows of the concept table,
    in the order given) and one (row, column, count) triple per mention.

    Examples
    --------
    >>> inc = Incidence.from_rows(["p2", "p1"], [{"key": "Method:a", "name": "A", "kind": "Method"}],
    ...                           [("p1", "Method:a", 2), ("p2", "Method:a", 1), ("p3", "Method:a", 1)])
    >>> inc.papers, inc.rows.tolist(), inc.counts.tolist()
    (['p1', 'p2'], [0, 1], [2, 1])
    """

    papers: list[str]
    concepts: list[dict]
    rows: np.ndarray
    cols: np.ndarray
    counts: np.ndarray = field(repr=False)

    @classmethod
    def from_rows(cls, papers: Iterable[str], concepts: Iterable[dict], mentions: Iterable[Iterable]) -> "Incidence":
        """Build from paper ids, concept rows and (paper_id, concept_key, count)
        rows (any iterable, read once); mentions of unknown papers or concepts
        are dropped, and a repeated (paper, concept) pair is kept once."""
        paper_ids = sorted(set(papers))
        concept_rows = list({c["key"]: c for c in concepts}.values())
        row_of = {p: i for i, p in enumerate(paper_ids)}
        col_of = {c["key"]: j for j, c in enumerate(concept_rows)}
        rows, cols, counts = array("i"), array("i"), array("i")
        for paper_id, key, count in mentions:
            i, j = row_of.get(paper_id), col_of.get(key)
            if i is None or j is None:
                continue
            rows.append(i)
            cols.append(j)
            counts.append(int(count or 1))
        r, c, n = (np.frombuffer(a, dtype=np.int32) if len(a) else np.zeros(0, np.int32) for a in (rows, cols, counts))
        order = np.lexsort((c, r))
        r, c, n = r[order], c[order], n[order]
        first = np.ones(len(r), dtype=bool)
        first[1:] = (r[1:] != r[:-1]) | (c[1:] != c[:-1])
        return cls(paper_ids, concept_rows, r[first], c[first], n[first])

    @classmethod
    def from_graph_data(cls, data: GraphData) -> "Incidence":
        """The incidence of bulk-read rows (evidence ignored)."""
        return cls.from_rows(
            (p["id"] for p in data.papers),
            data.concepts,
            ((m["paper_id"], m["concept_key"], m.get("count")) for m in data.mentions),
        )

    def without_kinds(self, kinds: Iterable[str]) -> "Incidence":
        """The same papers with the concepts of `kinds` (and their mentions) left out.

        >>> inc = Incidence.from_rows(["p1"], [{"key": "Topic:t", "kind": "Topic"}, {"key": "Method:a", "kind": "Method"}],
        ...                           [("p1", "Topic:t", 1), ("p1", "Method:a", 2)])
        >>> inc.without_kinds({"Topic"}).keys, inc.without_kinds({"Topic"}).counts.tolist()
        (['Method:a'], [2])
        """
        kinds = set(kinds)
        keep = np.array([c.get("kind") not in kinds for c in self.concepts], dtype=bool)
        if keep.all():
            return self
        new_col = np.cumsum(keep) - 1
        on = keep[self.cols] if len(self.cols) else np.zeros(0, dtype=bool)
        return Incidence(
            self.papers,
            [c for c, k in zip(self.concepts, keep) if k],
            self.rows[on],
            new_col[self.cols[on]].astype(np.int32),
            self.counts[on],
        )

    @property
    def keys(self) -> list[str]:
        return [c["key"] for c in self.concepts]

    @cached_property
    def paper_index(self) -> dict[str, int]:
        return {p: i for i, p in enumerate(self.papers)}

    @cached_property
    def concept_index(self) -> dict[str, int]:
        return {c["key"]: j for j, c in enumerate(self.concepts)}

    def matrix(self) -> sp.csr_matrix:
        """Binary papers x concepts matrix."""
        return sp.csr_matrix(
            (np.ones(len(self.rows), dtype=np.int32), (self.rows, self.cols)),
            shape=(len(self.papers), len(self.concepts)),
        )

    def papers_per_concept(self) -> np.ndarray:
        return np.bincount(self.cols, minlength=len(self.concepts))

    def mention_rows(self) -> Iterator[dict]:
        """{paper_id, concept_key, count} one at a time, for builders that take
        GraphData-shaped rows (nothing is kept)."""
        keys = self.keys
        for i, j, n in zip(self.rows.tolist(), self.cols.tolist(), self.counts.tolist()):
            yield {"paper_id": self.papers[i], "concept_key": keys[j], "count": n}

    def as_graph_data(
        self, *, papers: list[dict] | None = None, proposes: list[dict] | None = None, results: list[dict] | None = None
    ) -> GraphData:
        """GraphData whose mentions stream from this incidence (read once, no
        evidence), for the networkx projections of :mod:`.projection`."""
        return GraphData(
            papers=papers if papers is not None else [{"id": p} for p in self.papers],
            concepts=self.concepts,
            mentions=self.mention_rows(),  # type: ignore[arg-type]
            proposes=proposes or [],
            results=results or [],
        )
