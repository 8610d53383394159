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


#: the words around a phrase that type it, counted by scripts/build_corpus_stats.py (the columns
#: task, data, metric, model, method, using, on, subject) and read by the proposals' context features
TASK_AFTER = frozenset({"task", "tasks"})
DATA_AFTER = frozenset(
    {
        "dataset",
        "datasets",
        "corpus",
        "corpora",
        "benchmark",
        "benchmarks",
        "treebank",
        "treebanks",
        "test",
        "testset",
        "suite",
        "collection",
        "leaderboard",
    }
)
METRIC_AFTER = frozenset({"score", "scores", "metric", "metrics", "measure"})
MODEL_AFTER = frozenset({"model", "models", "checkpoint", "checkpoints"})
METHOD_AFTER = frozenset(
    {
        "method",
        "methods",
        "approach",
        "approaches",
        "algorithm",
        "algorithms",
        "technique",
        "techniques",
        "framework",
        "mechanism",
        "architecture",
        "architectures",
        "objective",
        "loss",
        "strategy",
        "layer",
        "layers",
        "network",
        "networks",
        "module",
    }
)
USING_BEFORE = frozenset(
    {
        "using",
        "use",
        "uses",
        "used",
        "via",
        "apply",
        "applying",
        "applied",
        "employ",
        "employing",
        "adopt",
        "adopting",
        "leverage",
        "leveraging",
        "with",
    }
)
SUBJECT_AFTER = frozenset(
    {"outperforms", "outperform", "achieves", "achieve", "achieved", "obtains", "reaches", "surpasses"}
)
ON_BEFORE = frozenset({"on", "in"})


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

    @property
    def mostly_lower(self) -> bool:
        """Whether papers write the phrase in lower case more often than capitalised or in capitals
        (mid-sentence forms: a sentence start's capital is no evidence of case)."""
        return self.lower > self.capital + self.upper


def stats_path() -> Path:
    return Path(str(resources.files("paperkg.extract") / "data" / "phrase_stats.tsv.gz"))


class PhraseTable:
    """Read-only `key -> PhraseStats` over the whole file in a few arrays.

    A dict of 229k dataclasses cost every extraction process about 90 MB; the
    keys here are one string with offsets (sorted as the file is) and the
    counts one int32 matrix, about 20 MB. A lookup finds the key's `hash` in a
    sorted int64 array (`searchsorted`, then one string comparison): a Python
    binary search over the string cost ~18 slices per lookup and was a fifth
    of the decision layer's time (benchmarks/results/extract_speed.md). Hashes
    are per interpreter, so a pickled table recomputes them (`__setstate__`)."""

    def __init__(self, keys: list[str], counts: np.ndarray, surfaces: list[str] | None = None):
        order = sorted(range(len(keys)), key=keys.__getitem__)
        self._blob = "".join(keys[i] for i in order)
        lengths = np.fromiter((len(keys[i]) for i in order), dtype=np.int64, count=len(keys))
        self._ends = np.cumsum(lengths)
        self._counts = counts[order] if len(keys) else counts
        self._surfaces = [surfaces[i] for i in order] if surfaces is not None else None
        self._index_hashes()

    def _index_hashes(self) -> None:
        ends = self._ends.tolist()
        starts = [0, *ends[:-1]]
        blob = self._blob
        hashes = np.fromiter((hash(blob[a:b]) for a, b in zip(starts, ends)), dtype=np.int64, count=len(ends))
        self._by_hash = np.argsort(hashes, kind="stable")
        self._hashes = hashes[self._by_hash]

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in ("_by_hash", "_hashes")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._index_hashes()

    def __len__(self) -> int:
        return len(self._ends)

    def _key(self, i: int) -> str:
        start = int(self._ends[i - 1]) if i else 0
        return self._blob[start : int(self._ends[i])]

    def _find(self, key: str) -> int:
        h = hash(key)
        j = int(self._hashes.searchsorted(h))
        while j < len(self._hashes) and self._hashes[j] == h:  # equal hashes of different keys: rare
            i = int(self._by_hash[j])
            if self._key(i) == key:
                return i
            j += 1
        return -1

    def get(self, key: str, default=None):
        i = self._find(key)
        if i < 0:
            return default
        surface = self._surfaces[i] if self._surfaces is not None else key
        return PhraseStats(*self._counts[i].tolist(), surface)

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
    `surfaces` also keeps each phrase's commonest spelling (more memory).

    The counts of all rows are parsed by numpy in one call, not int() by int():
    loading took ~2 s and its lists of Python ints were most of the main
    process's peak memory."""
    p = Path(path) if path else stats_path()
    keys: list[str] = []
    middles: list[str] = []
    spellings: list[str] = []
    if p.exists():
        with gzip.open(p, "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or line.startswith("key\t"):
                    continue
                key, _, rest = line.rstrip("\n").partition("\t")
                counts, _, surface = rest.rpartition("\t")
                keys.append(key)
                middles.append(counts)
                if surfaces:
                    spellings.append(surface)
    width = len(COLUMNS) - 2
    flat = np.fromstring("\t".join(middles), dtype=np.int32, sep="\t") if middles else np.zeros(0, np.int32)
    del middles
    if flat.size != len(keys) * width:
        raise ValueError(f"{p}: expected {width} counts on each of {len(keys)} rows, found {flat.size} in all")
    return PhraseTable(keys, flat.reshape(len(keys), width), spellings if surfaces else None)
