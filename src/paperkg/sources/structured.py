"""JSON Lines, JSON arrays, CSV and the arXiv metadata snapshot.

All stream: a JSON array is decoded one element at a time, so a multi-GB
file never sits in memory.
"""
from __future__ import annotations

import codecs
import csv
import json
from pathlib import Path
from typing import Any, Iterator

from paperkg.errors import InputError
from paperkg.sources.lines import iter_lines
from paperkg.sources.normalise import parse_arxiv_id
from paperkg.sources.record import RawRecord

_CHUNK = 1 << 20


def _authors(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        parts = value.replace(" and ", ", ").split(",")
        return tuple(p.strip() for p in parts if p.strip())
    if isinstance(value, list):
        out = []
        for a in value:
            if isinstance(a, list):  # arXiv authors_parsed: [last, first, suffix]
                out.append(" ".join(x for x in (a[1:2] + a[:1] + a[2:3]) if x).strip())
            elif isinstance(a, dict):
                out.append(str(a.get("name") or ""))
            else:
                out.append(str(a))
        return tuple(a for a in out if a)
    return (str(value),)


def _text(obj: dict, *names: str) -> str:
    for n in names:
        v = obj.get(n)
        if v is not None and str(v).strip():
            return str(v).strip()
    return ""


def record_from_mapping(obj: Any, path: str, line: int) -> RawRecord | InputError:
    """A {title, abstract, id?, arxiv_id?, url?, published?, authors?} object as a RawRecord."""
    if not isinstance(obj, dict):
        return InputError(f"expected a JSON object with title and abstract, got {type(obj).__name__}", path=path, line=line)
    title = _text(obj, "title")
    abstract = _text(obj, "abstract", "summary")
    if not title:
        return InputError("record has no title", path=path, line=line)
    if not abstract:
        return InputError(f"title with no abstract: {title[:80]!r}", path=path, line=line)
    arxiv = parse_arxiv_id(_text(obj, "arxiv_id")) or parse_arxiv_id(_text(obj, "id")) or parse_arxiv_id(_text(obj, "url"))
    listed = obj.get("listed_on") or ()
    published = _text(obj, "published", "update_date", "date")[:10] or None
    cats = obj.get("categories") or ()
    return RawRecord(
        title=title, abstract=abstract, path=path, line=line,
        listed_on=tuple(listed) if isinstance(listed, list) else (str(listed),) if listed else (),
        published=published, url=_text(obj, "url") or (f"https://arxiv.org/abs/{arxiv}" if arxiv else None),
        arxiv_id=arxiv, authors=_authors(obj.get("authors_parsed") or obj.get("authors")),
        categories=tuple(cats.split()) if isinstance(cats, str) else tuple(cats),
    )


def read_jsonl(path: Path) -> Iterator[RawRecord | InputError]:
    """One JSON object a line (also the arXiv snapshot, which is JSON Lines)."""
    for number, line in iter_lines(path):
        item = record_from_json_line(line, str(path), number)
        if item is not None:
            yield item


def record_from_json_line(line: str, path: str, number: int) -> RawRecord | InputError | None:
    """One JSON Lines line as a record (None for a blank line)."""
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        at = "" if exc.msg.endswith(" at") else " at"
        return InputError(f"not valid JSON ({exc.msg}{at} column {exc.colno}); truncated file?", path=path, line=number)
    return record_from_mapping(obj, path, number)


def read_json_array(path: Path) -> Iterator[RawRecord | InputError]:
    """A JSON array of objects, decoded element by element from 1 MiB chunks."""
    stream = _TextStream(path)
    if not stream.skip_to_content() or stream.peek() != "[":
        if stream.eof and stream.at_end():
            raise InputError("empty file: no papers in it", path=str(path))
        raise InputError("expected a JSON array", path=str(path), line=stream.line_at())
    stream.pos += 1
    decoder = json.JSONDecoder()
    while True:
        if not stream.skip_to_content(separators=" \t\r\n,"):
            raise InputError("JSON array is not closed; truncated file?", path=str(path), line=stream.line_at())
        if stream.peek() == "]":
            return
        here = stream.line_at()
        while True:
            try:
                obj, end = decoder.raw_decode(stream.buf, stream.pos)
                break
            except json.JSONDecodeError as exc:
                # the element may continue in the next chunk; give up past 64 MiB
                if stream.eof or len(stream.buf) - stream.pos > 64 * _CHUNK or not stream.more():
                    raise InputError(f"not valid JSON ({exc.msg}); truncated file?", path=str(path), line=here) from None
        yield record_from_mapping(obj, str(path), here)
        stream.pos = end


class _TextStream:
    """A sliding window of decoded text over a binary file, with line numbers."""

    def __init__(self, path: Path):
        self.path, self.fh = path, open(path, "rb")
        self.utf8 = codecs.getincrementaldecoder("utf-8")()
        self.buf, self.pos, self.line, self.eof = "", 0, 1, False

    def more(self) -> bool:
        data = self.fh.read(_CHUNK)
        try:
            text = self.utf8.decode(data, final=not data)
        except UnicodeDecodeError:
            raise InputError("bytes that are not UTF-8", path=str(self.path), line=self.line + self.buf.count("\n")) from None
        self.line += self.buf.count("\n", 0, self.pos)
        self.buf, self.pos = self.buf[self.pos:] + text, 0
        if self.line == 1:
            self.buf = self.buf.lstrip("\ufeff")
        self.eof = not data
        if self.eof:
            self.fh.close()
        return bool(data)

    def at_end(self) -> bool:
        return self.pos >= len(self.buf)

    def peek(self) -> str:
        return self.buf[self.pos]

    def line_at(self) -> int:
        return self.line + self.buf.count("\n", 0, self.pos)

    def skip_to_content(self, separators: str = " \t\r\n") -> bool:
        """Advance past separators; False when the file ends first."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in separators:
                self.pos += 1
            if self.pos < len(self.buf):
                return True
            if self.eof or not self.more():
                return False


REQUIRED_COLUMNS = ("title", "abstract")


def read_csv(path: Path) -> Iterator[RawRecord | InputError]:
    """CSV with a header row naming title, abstract and optional id/url/published/authors."""
    def lines():
        for _, text in iter_lines(path):
            yield text + "\n"

    reader = csv.DictReader(lines())
    try:
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
    except csv.Error as exc:
        raise InputError(f"not valid CSV: {exc}", path=str(path), line=1) from None
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise InputError(
            f"CSV header lacks column(s) {', '.join(missing)} (has: {', '.join(header) or 'none'})",
            path=str(path), line=1,
        )
    reader.fieldnames = header
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(f"not valid CSV: {exc}", path=str(path), line=reader.line_num)
            continue
        yield record_from_mapping({k: v for k, v in row.items() if k}, str(path), reader.line_num)
