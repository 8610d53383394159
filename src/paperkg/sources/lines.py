"""Line-level file access shared by the readers: strict UTF-8 with line numbers."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from paperkg.errors import InputError


def decode_line(raw: bytes, path: str, number: int) -> str:
    """One line's bytes as text without its newline; InputError naming the line if not UTF-8."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"bytes that are not UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})",
            path=path, line=number,
        ) from None
    if number == 1:
        text = text.lstrip("\ufeff")
    return text.rstrip("\r\n")


def iter_lines(path: Path) -> Iterator[tuple[int, str, InputError | None]]:
    """(line number, text without newline, error): a line that is not UTF-8 comes
    with an InputError naming it (its text decoded with U+FFFD), so a reader can
    drop that record only and go on."""
    with open(path, "rb") as fh:
        for number, raw in enumerate(fh, 1):
            try:
                yield number, decode_line(raw, str(path), number), None
            except InputError as err:
                yield number, raw.decode("utf-8", errors="replace").rstrip("\r\n"), err


def leading_lines(path: Path, count: int = 5, limit: int = 64 * 2**20) -> list[str]:
    """The first `count` non-blank lines, each whole up to `limit` bytes, for format detection."""
    out: list[str] = []
    with open(path, "rb") as fh:
        while len(out) < count and (raw := fh.readline(limit)):
            if raw.strip(b" \t\r\n\xef\xbb\xbf"):
                out.append(raw.decode("utf-8", errors="replace").lstrip("\ufeff").strip())
    return out


def head(path: Path, size: int = 8192) -> str:
    """The first bytes of a file as text, for format detection."""
    with open(path, "rb") as fh:
        data = fh.read(size)
    if not data.strip():
        raise InputError("empty file: no papers in it", path=str(path))
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
    return text
