"""Which node opens which page: one file-name scheme for views and the site.

A node links to a page only when that page exists (a folder of views) or
will exist (a site being written), so no click leads nowhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from paperkg.views.page import Look
from paperkg.views.render import community_filename, concept_filename, paper_filename


def page_candidates(node: Any) -> list[str]:
    """The file names a node's own page can have, preferred first."""
    text = str(node)
    if text.startswith("community:"):
        return [community_filename(text.split(":", 1)[1])]
    return [concept_filename(node, 1), concept_filename(node, 2), paper_filename(node)]


class PageLinks(Mapping):
    """`links[node]` -> the file name of its page among `available` (a Mapping for `Look.links`)."""

    def __init__(self, available: Iterable[str]):
        self.available = set(available)

    def __getitem__(self, node: Any) -> str:
        for name in page_candidates(node):
            if name in self.available:
                return name
        raise KeyError(node)

    def __iter__(self) -> Iterator[Any]:
        return iter(())  # looked up by node, never listed

    def __len__(self) -> int:
        return len(self.available)


def existing_pages(folder: str | Path) -> Look:
    """A Look whose nodes link to the pages already in `folder`."""
    folder = Path(folder)
    names = [p.name for p in folder.glob("*.html")] if folder.is_dir() else []
    return Look(links=PageLinks(names))
