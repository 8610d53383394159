"""File access shared by the readers: transparent decompression, strict UTF-8 with line numbers.

Every reader opens its file through :func:`open_binary`, so a `.gz`, `.bz2`
or one-file `.zip` reads like the file it holds, streaming (nothing is
unpacked to disk or memory). Compression is told by the file's first bytes,
not its name.
"""

from __future__ import annotations

import bz2
import gzip
import io
import zipfile
from pathlib import Path
from typing import BinaryIO, Iterator, cast

from paperkg.errors import InputError

_MAGIC = {b"\x1f\x8b": "gz", b"BZh": "bz2", b"PK\x03\x04": "zip"}
COMPRESSED_SUFFIXES = (".gz", ".bz2", ".zip")


def compression(path: Path) -> str | None:
    """ "gz", "bz2" or "zip" from the file's magic bytes, else None."""
    with open(path, "rb") as fh:
        start = fh.read(4)
    return next((kind for magic, kind in _MAGIC.items() if start.startswith(magic)), None)


def open_binary(path: Path) -> BinaryIO:
    """The file's bytes, decompressed on the fly when it is gzip, bzip2 or a zip of one file."""
    kind = compression(path)
    if kind == "gz":
        return cast(BinaryIO, gzip.open(path, "rb"))
    if kind == "bz2":
        return cast(BinaryIO, bz2.open(path, "rb"))
    if kind == "zip":
        archive = zipfile.ZipFile(path)
        members = [i for i in archive.infolist() if not i.is_dir()]
        if len(members) != 1:
            archive.close()
            names = ", ".join(i.filename for i in members[:5]) or "none"
            raise InputError(
                f"a zip archive must hold exactly one file, this one holds {len(members)} ({names})", path=str(path)
            )
        return _ZipMember(archive, members[0])
    return open(path, "rb")


def inner_name(path: Path) -> str:
    """The name of what the file holds: `acl.jsonl.gz` -> `acl.jsonl`; a zip's one member."""
    name = path.name
    if path.suffix.lower() == ".zip" and path.is_file() and compression(path) == "zip":
        try:
            with zipfile.ZipFile(path) as archive:
                members = [i.filename for i in archive.infolist() if not i.is_dir()]
        except zipfile.BadZipFile:
            return name  # reading it says what is wrong
        return Path(members[0]).name if len(members) == 1 else name
    for suffix in COMPRESSED_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


class _ZipMember(io.BufferedReader):
    """A zip member that closes its archive with it."""

    def __init__(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo):
        super().__init__(archive.open(info))  # type: ignore[arg-type]
        self._archive = archive

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._archive.close()


def decode_line(raw: bytes, path: str, number: int) -> str:
    """One line's bytes as text without its newline; InputError naming the line if not UTF-8."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"bytes that are not UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})",
            path=path,
            line=number,
        ) from None
    if number == 1:
        text = text.lstrip("\ufeff")
    return text.rstrip("\r\n")


def iter_lines(path: Path) -> Iterator[tuple[int, str, InputError | None]]:
    """(line number, text without newline, error): a line that is not UTF-8 comes
    with an InputError naming it (its text decoded with U+FFFD), so a reader can
    drop that record only and go on."""
    with open_stream(path) as fh:
        for number, raw in enumerate(fh, 1):
            try:
                yield number, decode_line(raw, str(path), number), None
            except InputError as err:
                yield number, raw.decode("utf-8", errors="replace").rstrip("\r\n"), err


def leading_lines(path: Path, count: int = 5, limit: int = 64 * 2**20) -> list[str]:
    """The first `count` non-blank lines (decompressed), each whole up to `limit` bytes, for format detection."""
    out: list[str] = []
    with open_stream(path) as fh:
        while len(out) < count and (raw := fh.readline(limit)):
            if raw.strip(b" \t\r\n\xef\xbb\xbf"):
                out.append(raw.decode("utf-8", errors="replace").lstrip("\ufeff").strip())
    return out


def head(path: Path, size: int = 8192) -> str:
    """The first bytes of a file (decompressed) as text, for format detection."""
    with open_stream(path) as fh:
        data = fh.read(size)
    if not data.strip():
        raise InputError("empty file: no papers in it", path=str(path))
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
    return text


def open_stream(path: Path) -> "_Checked":
    """open_binary whose damaged or cut-short compressed data raises an InputError naming the file."""
    try:
        return _Checked(open_binary(path), path)
    except (zipfile.BadZipFile, EOFError) as exc:
        raise InputError(f"cannot decompress: {exc}", path=str(path)) from None


class _Checked:
    """Reads and iterates a stream, naming the file when its compressed data is damaged or cut short."""

    _ERRORS = (EOFError, OSError, zipfile.BadZipFile)

    def __init__(self, fh: BinaryIO, path: Path):
        self.fh, self.path = fh, path

    def _fail(self, exc: Exception):
        return InputError(f"compressed data is damaged or cut short ({exc}); truncated file?", path=str(self.path))

    def read(self, size: int = -1) -> bytes:
        try:
            return self.fh.read(size)
        except self._ERRORS as exc:
            raise self._fail(exc) from None

    def readline(self, limit: int = -1) -> bytes:
        try:
            return self.fh.readline(limit)
        except self._ERRORS as exc:
            raise self._fail(exc) from None

    def __iter__(self) -> Iterator[bytes]:
        while True:
            try:
                line = self.fh.readline()
            except self._ERRORS as exc:
                raise self._fail(exc) from None
            if not line:
                return
            yield line

    def close(self) -> None:
        self.fh.close()

    def __enter__(self) -> "_Checked":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
