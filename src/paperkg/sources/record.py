"""RawRecord: what a reader found, before cleaning and merging into a Paper."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RawRecord:
    title: str
    abstract: str
    path: str
    line: int
    listed_on: tuple[str, ...] = ()
    published: str | None = None
    url: str | None = None
    arxiv_id: str | None = None
    authors: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"
