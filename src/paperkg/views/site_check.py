"""Check a written site as a reader browsing it from disk would: every link
leads to a file of the site or out to the web, no page is empty, and every
page can be reached from the index.

Links are read where pages keep them: `href` and `src` attributes, the
`"page"` of each node and paper in a graph page's data, and the pages the
search index (`assets/search-index.js`) points to.
"""

from __future__ import annotations

import json
import re
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

_ATTRIBUTE = re.compile(r'\b(?:href|src)="([^"]*)"')
_DATA_PAGE = re.compile(r'"page":\s*"((?:[^"\\]|\\.)*)"')
_SEARCH_ROWS = re.compile(r"=\s*(\[.*\])\s*;?\s*$", re.S)
_EXTERNAL = re.compile(r"^https?://[^\s]+$", re.I)
MIN_PAGE_BYTES = 200  # a page shorter than this shows nothing a reader came for


@dataclass
class SiteCheck:
    """What `check_site` found: counts, and each problem naming its page and link."""

    pages: int = 0
    links: int = 0
    external: int = 0
    dead: list[tuple[str, str]] = field(default_factory=list)  # (page, link to no file)
    unsafe: list[tuple[str, str]] = field(default_factory=list)  # (page, link neither local nor http(s))
    empty: list[str] = field(default_factory=list)
    unreachable: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.dead or self.unsafe or self.empty or self.unreachable)

    def problems(self) -> list[str]:
        """One line per problem, for a person to read."""
        return (
            [f"{page}: dead link {link!r}" for page, link in self.dead]
            + [f"{page}: link neither to the site nor http(s) {link!r}" for page, link in self.unsafe]
            + [f"{page}: empty page" for page in self.empty]
            + [f"{page}: no link leads to it from index.html" for page in self.unreachable]
        )


def page_links(text: str, *, search_index: bool = False) -> list[str]:
    """The links a page (or the search index script) holds, fragments and queries kept.

    >>> page_links('<a href="paper-1.html#top">x</a> <script>{"page": "concept-a-1hop.html"}</script>')
    ['paper-1.html#top', 'concept-a-1hop.html']
    >>> page_links('window.X = [["GSM8K", "Dataset", "concept-gsm8k-1hop.html", ""]];', search_index=True)
    ['concept-gsm8k-1hop.html']
    """
    if search_index:
        found = _SEARCH_ROWS.search(text)
        rows = json.loads(found.group(1)) if found else []
        return [row[2] for row in rows if len(row) > 2 and row[2]]
    return _ATTRIBUTE.findall(text) + [json.loads(f'"{m}"') for m in _DATA_PAGE.findall(text)]


def _target(link: str) -> str:
    return link.split("#", 1)[0].split("?", 1)[0]


def check_site(folder: str | Path, *, index: str = "index.html") -> SiteCheck:
    """Every page and link of the site in `folder`, checked (see the module docstring)."""
    root = Path(folder)
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".html", ".js"))
    out = SiteCheck(pages=sum(p.suffix == ".html" for p in files))
    graph: dict[str, set[str]] = {}
    for path in files:
        name = path.relative_to(root).as_posix()
        graph[name] = set()
        if path.name.endswith(".min.js"):
            continue  # a bundled library: its strings are not our links
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".html" and len(text.strip()) < MIN_PAGE_BYTES:
            out.empty.append(name)
        for link in page_links(text, search_index=path.suffix == ".js"):
            out.links += 1
            if _EXTERNAL.match(link.strip()):
                out.external += 1
                continue
            target = _target(link)
            if not target:
                continue  # a link within the page
            if ":" in target.split("/", 1)[0]:
                out.unsafe.append((name, link))
                continue
            base = root if path.suffix == ".js" else path.parent  # the index reads the search rows: root-relative
            resolved = (base / target).resolve()
            if not resolved.is_file():
                out.dead.append((name, link))
                continue
            graph[name].add(resolved.relative_to(root.resolve()).as_posix())
    seen, todo = {index}, deque([index])
    while todo:
        for nxt in graph.get(todo.popleft(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    out.unreachable = sorted(n for n in graph if n.endswith(".html") and n not in seen)
    return out
