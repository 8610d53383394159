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

FORMAT_VERSION = 1
#: columns of the TSV after the key and the paper count; the last is the commonest surface form
COLUMNS = ("key", "df", "n", "lower", "upper", "capital", "task", "data", "metric", "model", "method",
           "using", "on", "subject", "based", "abbr", "surface")


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


@lru_cache(maxsize=2)
def load_phrase_stats(path: str | None = None) -> dict[str, PhraseStats]:
    """Every phrase's statistics by `phrase_key`; empty when the file is absent."""
    p = Path(path) if path else stats_path()
    if not p.exists():
        return {}
    out: dict[str, PhraseStats] = {}
    with gzip.open(p, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or line.startswith("key\t"):
                continue
            parts = line.rstrip("\n").split("\t")
            out[parts[0]] = PhraseStats(*map(int, parts[1:-1]), parts[-1])
    return out
