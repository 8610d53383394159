"""JSON Lines, JSON arrays, CSV and the arXiv metadata snapshot.

All stream: a JSON array is decoded one element at a time, so a multi-GB
file never sits in memory.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
from pathlib import Path
from typing import Any, Iterator

from paperkg.errors import InputError
from paperkg.sources import fields
from paperkg.sources.lines import decode_line, iter_lines, open_stream
from paperkg.sources.normalise import parse_arxiv_id, parse_arxiv_url
from paperkg.sources.record import RawRecord

_CHUNK = 1 << 20


def record_from_mapping(obj: Any, path: str, line: int) -> RawRecord | InputError:
    """A {title, abstract, id?, arxiv_id?, url?, published?, listed_on?, authors?, categories?}
    object as a RawRecord; an InputError naming the first field of the wrong type or shape."""
    if not isinstance(obj, dict):
        return InputError(
            f"expected a JSON object with title and abstract, got {type(obj).__name__}", path=path, line=line
        )
    try:
        return _record(obj, path, line)
    except fields.FieldError as exc:
        return InputError(str(exc), path=path, line=line)


def _record(obj: dict, path: str, line: int) -> RawRecord | InputError:
    title = fields.text_field(obj, "title", limit=fields.MAX_TITLE_CHARS)
    abstract = fields.text_field(obj, "abstract", "summary", limit=fields.MAX_ABSTRACT_CHARS)
    if not title:
        return InputError("record has no title", path=path, line=line)
    if not abstract:
        return InputError(f"title with no abstract: {title[:80]!r}", path=path, line=line)
    url = fields.text_field(obj, "url")
    # only a field that holds an arXiv id as a whole, or an arxiv.org URL: never a DOI or another site's link
    arxiv = (
        parse_arxiv_id(fields.id_field(obj, "arxiv_id"))
        or parse_arxiv_id(fields.id_field(obj, "id"))
        or parse_arxiv_url(url)
    )
    authors_key = "authors_parsed" if obj.get("authors_parsed") else "authors"
    return RawRecord(
        title=title,
        abstract=abstract,
        path=path,
        line=line,
        listed_on=fields.date_list(obj, "listed_on"),
        published=fields.published_field(obj, "published", "update_date", "date"),
        url=url or (f"https://arxiv.org/abs/{arxiv}" if arxiv else None),
        arxiv_id=arxiv,
        authors=fields.authors_field(obj, authors_key),
        categories=fields.string_list(obj, "categories"),
    )


def read_jsonl(path: Path) -> Iterator[RawRecord | InputError]:
    """One JSON object a line (also the arXiv snapshot, which is JSON Lines)."""
    for number, line, err in iter_lines(path):
        item = err or record_from_json_line(line, str(path), number)
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
    except (RecursionError, ValueError) as exc:
        return InputError(json_refusal(exc), path=path, line=number)
    return record_from_mapping(obj, path, number)


def json_refusal(exc: BaseException) -> str:
    """Why json refused text that is not a decode error: nesting too deep, a number too long."""
    if isinstance(exc, RecursionError):
        return "JSON nested too deeply to read"
    return f"not valid JSON ({str(exc).splitlines()[0][:120]})"


def read_json_array(path: Path) -> Iterator[RawRecord | InputError]:
    """A JSON array of objects, decoded element by element from 1 MiB chunks.

    An element holding bytes that are not UTF-8 is an error of that element
    only; text after the closing `]` is an error too, never ignored.
    """
    stream = _TextStream(path)
    if not stream.skip_to_content() or stream.peek() != "[":
        if stream.eof and stream.at_end():
            raise InputError("empty file: no papers in it", path=str(path))
        raise InputError("expected a JSON array", path=str(path), line=stream.line_at())
    stream.pos += 1
    while True:
        if not stream.skip_to_content(separators=" \t\r\n,"):
            raise InputError("JSON array is not closed; truncated file?", path=str(path), line=stream.line_at())
        if stream.peek() == "]":
            stream.pos += 1
            break
        here = stream.line_at()
        obj, end = _decode_element(stream, str(path), here)
        bad = _NOT_UTF8.search(stream.buf, stream.pos, end)
        if bad:
            line = here + stream.buf.count("\n", stream.pos, bad.start())
            yield InputError(
                f"bytes that are not UTF-8 (byte 0x{ord(bad.group(0)) - 0xDC00:02x})", path=str(path), line=line
            )
        else:
            yield record_from_mapping(obj, str(path), here)
        stream.pos = end
    if stream.skip_to_content():
        raise InputError("text after the JSON array's closing ]", path=str(path), line=stream.line_at())


_NOT_UTF8 = re.compile("[\udc80-\udcff]")  # undecodable bytes, kept by surrogateescape
_DECODER = json.JSONDecoder()


def _decode_element(stream: "_TextStream", path: str, here: int) -> tuple[Any, int]:
    """The array element at the stream's position and where it ends, reading more chunks as needed."""
    while True:
        try:
            return _DECODER.raw_decode(stream.buf, stream.pos)
        except json.JSONDecodeError as exc:
            # the element may continue in the next chunk; give up past 64 MiB
            if stream.eof or len(stream.buf) - stream.pos > 64 * _CHUNK or not stream.more():
                raise InputError(f"not valid JSON ({exc.msg}); truncated file?", path=path, line=here) from None
        except (RecursionError, ValueError) as exc:
            raise InputError(json_refusal(exc), path=path, line=here) from None


class _TextStream:
    """A sliding window of decoded text over a binary file, with line numbers."""

    def __init__(self, path: Path):
        self.path, self.fh = path, open_stream(path)
        self.utf8 = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
        self.buf, self.pos, self.line, self.eof = "", 0, 1, False

    def more(self) -> bool:
        data = self.fh.read(_CHUNK)
        text = self.utf8.decode(data, final=not data)
        self.line += self.buf.count("\n", 0, self.pos)
        self.buf, self.pos = self.buf[self.pos :] + text, 0
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
    """CSV with a header row naming title, abstract and optional id/url/published/authors.

    A row holding bytes that are not UTF-8 is an error of that row only; a
    quoted field still open at the end of the file (which would swallow every
    row after it) is an error naming the line it opened on.
    """
    lines = _CsvLines(path)
    reader = csv.DictReader(lines)
    try:
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
    except csv.Error as exc:
        raise InputError(f"not valid CSV: {exc}", path=str(path), line=1) from None
    if lines.bad:
        raise next(iter(lines.bad.values()))
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise InputError(
            f"CSV header lacks column(s) {', '.join(missing)} (has: {', '.join(header) or 'none'})",
            path=str(path),
            line=1,
        )
    reader.fieldnames = header
    while True:
        first = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(f"not valid CSV: {exc}", path=str(path), line=reader.line_num)
            continue
        bad = [lines.bad.pop(n) for n in sorted(lines.bad) if first <= n <= reader.line_num]
        if lines.ended:
            yield InputError(
                "unterminated quote: the quoted field opened in this row runs to the end of the file",
                path=str(path),
                line=first,
            )
        elif bad:
            yield bad[0]
        else:
            yield record_from_mapping({k: v for k, v in row.items() if k}, str(path), first)


class _CsvLines:
    """The lines of a CSV file for csv.reader: undecodable lines are kept (with
    U+FFFD) and noted in `bad`; `ended` turns true when the reader asks past the last line."""

    def __init__(self, path: Path):
        self.path, self.bad, self.ended = path, {}, False
        self._it = self._lines()

    def _lines(self) -> Iterator[str]:
        with open_stream(self.path) as fh:
            for number, raw in enumerate(fh, 1):
                try:
                    yield decode_line(raw, str(self.path), number) + "\n"
                except InputError as err:
                    self.bad[number] = err
                    yield raw.decode("utf-8", errors="replace").rstrip("\r\n") + "\n"
        self.ended = True

    def __iter__(self) -> "_CsvLines":
        return self

    def __next__(self) -> str:
        return next(self._it)
