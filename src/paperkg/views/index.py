"""Writing views to a folder and keeping its index.html.

Each page describes itself (`<title>` and `<meta name="paperkg-description">`),
so the index is rebuilt from the pages present: no manifest to drift.
"""

from __future__ import annotations

import os
import tempfile
from html.parser import HTMLParser
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from paperkg.views.page import TEMPLATE_DIR, View

INDEX = "index.html"


class _PageMeta(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.title, self.description, self._in_title = "", "", False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "title":
            self._in_title = True
        elif tag == "meta" and a.get("name") == "paperkg-description":
            self.description = a.get("content") or ""

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag == "head":
            raise StopIteration  # everything needed is in <head>

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def page_meta(path: Path) -> tuple[str, str]:
    """(title, description) of a view page, read from its <head>."""
    parser = _PageMeta()
    head = path.read_text(encoding="utf-8", errors="replace")
    end = head.find("</head>")
    try:
        parser.feed(head[: end + 7] if end >= 0 else head[:20000])
    except StopIteration:
        pass
    return parser.title.strip() or path.stem, parser.description.strip()


def _write_atomic(path: Path, text: str) -> None:
    # A browser reloading the page never sees half a file.
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o644)  # readable like any exported file (mkstemp makes 0600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_index(views_dir: str | Path) -> Path:
    """(Re)write `views_dir/index.html` linking every view page with its one-line description."""
    views_dir = Path(views_dir)
    pages = []
    for path in sorted(views_dir.glob("*.html")):
        if path.name == INDEX:
            continue
        title, description = page_meta(path)
        pages.append({"file": path.name, "title": title, "description": description})
    env = Environment(loader=FileSystemLoader(str(TEMPLATE_DIR)), autoescape=True)
    html = env.get_template("index.html").render(pages=pages)
    out = views_dir / INDEX
    _write_atomic(out, html)
    return out


def write_view(view: View, views_dir: str | Path) -> Path:
    """Write one view under `views_dir` and refresh the index; returns the page's path."""
    views_dir = Path(views_dir)
    path = views_dir / view.filename
    _write_atomic(path, view.html)
    view.path = path
    write_index(views_dir)
    return path
