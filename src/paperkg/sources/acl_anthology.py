"""The ACL Anthology's own metadata: `data/xml/*.xml` of the public acl-org/acl-anthology repository.

    <collection id="2023.acl">
      <volume id="long">
        <meta><booktitle>…</booktitle><month>July</month><year>2023</year><venue>acl</venue></meta>
        <paper id="1">
          <title><fixed-case>BERT</fixed-case> for …</title>
          <author><first>Ann</first><last>Lee</last></author>
          <abstract>… <tex-math>O(n^2)</tex-math> …</abstract>
          <url hash="…">2023.acl-long.1</url>
        </paper>

Inline markup (`<fixed-case>`, `<i>`, `<b>`, `<url>`, `<tex-math>` …) is
dropped and its text kept (raw TeX for `<tex-math>`, which the cleaner
reads). A paper is dated by its own year and month, else its volume's
(`YYYY-MM-01`, `YYYY-01-01` without a month). Papers without an abstract
(front matter, many older papers) are not records. Parsed with expat in 1 MiB
chunks, so a file of any size streams, and a syntax error names its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator
from xml.parsers import expat

from paperkg.errors import InputError
from paperkg.sources.lines import open_stream
from paperkg.sources.record import RawRecord

ANTHOLOGY_URL = "https://aclanthology.org/"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SPACES = re.compile(r"\s+")
#: Fields read as text (with any markup inside flattened) from a <paper> or a volume's <meta>.
_FIELDS = {"title", "abstract", "url", "year", "month", "first", "last"}
_CHUNK = 1 << 20


def looks_like_acl_xml(head: str) -> bool:
    """An XML file whose root is an Anthology <collection> (or a lone <volume>)."""
    body = re.sub(r"^\s*(<\?xml[^>]*\?>\s*)?(<!--.*?-->\s*)*", "", head, flags=re.S)
    return body.startswith(("<collection", "<volume"))


def month_number(text: str | None) -> int | None:
    """`July`, `June-July`, `Jul.` or `7` → 7 (the first month named); None if none is.

    >>> month_number("June-July"), month_number("7"), month_number("Summer")
    (6, 7, None)
    """
    if not text:
        return None
    text = text.strip().lower()
    if text.isdigit():
        return int(text) if 1 <= int(text) <= 12 else None
    m = re.match(r"[a-z]{3}", text)
    return _MONTHS.index(m.group(0)) + 1 if m and m.group(0) in _MONTHS else None


def published_date(year: str | None, month: str | None) -> str | None:
    """`YYYY-MM-01` from a year and a month name, `YYYY-01-01` from a year alone."""
    if not year or not re.fullmatch(r"\d{4}", year.strip()):
        return None
    return f"{year.strip()}-{month_number(month) or 1:02d}-01"


def anthology_id(collection: str, volume: str, paper: str) -> str:
    """The Anthology id of a paper without a <url>: `2023.acl-long.1`, or `P16-1001` for old ids."""
    if re.fullmatch(r"[A-Z]\d{2}", collection):
        return f"{collection}-{volume}{paper.zfill(3)}" if len(paper) < 4 else f"{collection}-{paper}"
    return f"{collection}-{volume}.{paper}"


@dataclass
class _Paper:
    line: int
    ids: tuple[str, str, str]
    text: dict[str, str] = field(default_factory=dict)
    authors: list[str] = field(default_factory=list)


class _Handler:
    """expat callbacks: collects each finished paper with its volume's year and month."""

    def __init__(self, parser: expat.XMLParserType):
        self.parser = parser
        self.collection = self.volume = ""
        self.meta: dict[str, str] = {}
        self.paper: _Paper | None = None
        self.in_meta = False
        self.field: str | None = None  # the field whose text is being collected
        self.depth = 0  # markup nested inside that field
        self.buf: list[str] = []
        self.first = self.last = ""
        self.done: list[_Paper] = []

    def start(self, tag: str, attrs: dict) -> None:
        if self.field is not None:
            self.depth += 1  # inline markup: keep its text
            return
        if tag == "collection":
            self.collection = attrs.get("id", "")
        elif tag == "volume":
            self.volume, self.meta = attrs.get("id", ""), {}
        elif tag == "meta":
            self.in_meta = True
        elif tag == "paper":
            self.paper = _Paper(self.parser.CurrentLineNumber, (self.collection, self.volume, attrs.get("id", "")))
        elif tag in _FIELDS and (self.paper is not None or self.in_meta):
            self.field, self.depth, self.buf = tag, 0, []
        elif tag == "author" and self.paper is not None:
            self.first = self.last = ""

    def end(self, tag: str) -> None:
        if self.field is not None:
            if self.depth:
                self.depth -= 1
                return
            value = _SPACES.sub(" ", "".join(self.buf)).strip()
            if self.field == "first":
                self.first = value
            elif self.field == "last":
                self.last = value
            elif self.paper is not None:
                self.paper.text[self.field] = value
            else:
                self.meta[self.field] = value
            self.field = None
        elif tag == "meta":
            self.in_meta = False
        elif tag == "author" and self.paper is not None:
            name = f"{self.first} {self.last}".strip()
            if name:
                self.paper.authors.append(name)
        elif tag == "paper" and self.paper is not None:
            self.paper.text.setdefault("year", self.meta.get("year", ""))
            self.paper.text.setdefault("month", self.meta.get("month", ""))
            self.done.append(self.paper)
            self.paper = None

    def chars(self, data: str) -> None:
        if self.field is not None:
            self.buf.append(data)


def _record(p: _Paper, path: str) -> RawRecord | InputError | None:
    title, abstract = p.text.get("title", ""), p.text.get("abstract", "")
    if not abstract:
        return None  # front matter and papers the Anthology has no abstract for
    if not title:
        return InputError("paper has an abstract but no title", path=path, line=p.line)
    ident = p.text.get("url") or anthology_id(*p.ids)
    url = ident if ident.startswith(("http://", "https://")) else ANTHOLOGY_URL + ident
    return RawRecord(
        title=title,
        abstract=abstract,
        path=path,
        line=p.line,
        published=published_date(p.text.get("year"), p.text.get("month")),
        url=url,
        authors=tuple(p.authors),
    )


def read_acl_xml(path: Path) -> Iterator[RawRecord | InputError]:
    """A RawRecord per <paper> with an abstract, streaming; InputError for bad XML (naming the line)."""
    parser = expat.ParserCreate("UTF-8")
    handler = _Handler(parser)
    parser.StartElementHandler, parser.EndElementHandler = handler.start, handler.end
    parser.CharacterDataHandler = handler.chars
    with open_stream(path) as fh:
        while True:
            chunk = fh.read(_CHUNK)
            try:
                parser.Parse(chunk, not chunk)
            except expat.ExpatError as exc:
                raise InputError(
                    f"not valid XML ({expat.errors.messages[exc.code]}); truncated file?",
                    path=str(path),
                    line=exc.lineno,
                ) from None
            for p in handler.done:
                if (item := _record(p, str(path))) is not None:
                    yield item
            handler.done.clear()
            if not chunk:
                return
