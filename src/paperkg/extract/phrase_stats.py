"""Corpus statistics of the field's phrases, shipped with the package.

`scripts/build_corpus_stats.py` (`make corpus-stats`) counts, over real
abstracts, in how many papers each candidate phrase occurs and in which typing
contexts ("X task", "X dataset", "X score", "using X", ...). The extractor
reads them as evidence: a phrase many papers use is a term of the field, a
phrase used once is a description. Nothing is downloaded; the file is built
from data in the repository and `../shared`.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

FORMAT_VERSION = 1
#: columns of the TSV after the key and the paper count; the last is the commonest surface form
COLUMNS = (
    "key",
    "df",
    "n",
    "lower",
    "upper",
    "capital",
    "task",
    "data",
    "metric",
    "model",
    "method",
    "using",
    "on",
    "subject",
    "based",
    "abbr",
    "surface",
)


def phrase_key(words: list[str] | tuple[str, ...]) -> str:
    """The lookup key of a phrase: its words lower-cased, one space apart.

    >>> phrase_key(["Machine", "Translation"])
    'machine translation'
    """
    return " ".join(w.lower() for w in words)


@dataclass(frozen=True)
class PhraseStats:
    df: int
    n: int
    lower: int
    upper: int
    capital: int
    task: int
    data: int
    metric: int
    model: int
    method: int
    using: int
    on: int
    subject: int
    based: int
    abbr: int
    surface: str


def stats_path() -> Path:
    return Path(str(resources.files("paperkg.extract") / "data" / "phrase_stats.tsv.gz"))


class PhraseTable:
    """Read-only `key -> PhraseStats` over the whole file in a few arrays.

    A dict of 229k dataclasses cost every extraction process about 90 MB; the
    keys here are one string with offsets (binary search, sorted as the file
    is) and the counts one int32 matrix, about 20 MB."""

    def __init__(self, keys: list[str], counts: np.ndarray, surfaces: list[str] | None = None):
        order = sorted(range(len(keys)), key=keys.__getitem__)
        self._blob = "".join(keys[i] for i in order)
        lengths = np.fromiter((len(keys[i]) for i in order), dtype=np.int64, count=len(keys))
        self._ends = np.cumsum(lengths)
        self._counts = counts[order] if len(keys) else counts
        self._surfaces = [surfaces[i] for i in order] if surfaces is not None else None

    def __len__(self) -> int:
        return len(self._ends)

    def _key(self, i: int) -> str:
        start = int(self._ends[i - 1]) if i else 0
        return self._blob[start : int(self._ends[i])]

    def _find(self, key: str) -> int:
        lo, hi = 0, len(self._ends)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._key(mid) < key:
                lo = mid + 1
            else:
                hi = mid
        return lo if lo < len(self._ends) and self._key(lo) == key else -1

    def get(self, key: str, default=None):
        i = self._find(key)
        if i < 0:
            return default
        surface = self._surfaces[i] if self._surfaces is not None else key
        return PhraseStats(*map(int, self._counts[i]), surface)

    def column(self, name: str) -> np.ndarray:
        """One count column (a COLUMNS name) for every phrase, in key order."""
        return self._counts[:, COLUMNS.index(name) - 1]

    def select(self, mask: np.ndarray) -> dict[str, PhraseStats]:
        """The phrases where `mask` (over `column` order) is true, as a dict."""
        return {
            self._key(i): PhraseStats(
                *map(int, self._counts[i]), self._surfaces[i] if self._surfaces is not None else self._key(i)
            )
            for i in np.flatnonzero(mask).tolist()
        }

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key) >= 0

    def __getitem__(self, key: str) -> PhraseStats:
        st = self.get(key)
        if st is None:
            raise KeyError(key)
        return st


@lru_cache(maxsize=2)
def load_phrase_stats(path: str | None = None, *, surfaces: bool = False) -> PhraseTable:
    """Every phrase's statistics by `phrase_key` (empty when the file is absent);
    `surfaces` also keeps each phrase's commonest spelling (more memory)."""
    p = Path(path) if path else stats_path()
    keys: list[str] = []
    rows: list[list[int]] = []
    spellings: list[str] = []
    if p.exists():
        with gzip.open(p, "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or line.startswith("key\t"):
                    continue
                parts = line.rstrip("\n").split("\t")
                keys.append(parts[0])
                rows.append([int(x) for x in parts[1:-1]])
                if surfaces:
                    spellings.append(parts[-1])
    counts = np.array(rows, dtype=np.int32).reshape(len(rows), len(COLUMNS) - 2)
    return PhraseTable(keys, counts, spellings if surfaces else None)
