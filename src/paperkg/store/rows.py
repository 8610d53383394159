"""The row shapes every writer and reader of the store shares, defined once.

The batched writes (store.writes), the bulk CSV files (store.bulk), sync and
export all move the same Result columns and the same four result links; a
column added here reaches all of them.
"""

from __future__ import annotations

import itertools
from typing import Any, Iterable, Iterator, Sequence, TypeVar

from paperkg.model import RESULT_PROPERTIES

T = TypeVar("T")

#: Result node columns, id first, in schema order (cypher/schema/*.cypher): model.RESULT_PROPERTIES.
RESULT_COLUMNS: tuple[str, ...] = RESULT_PROPERTIES

#: Relationship type from a Result to a Concept -> the result row's column (and
#: ResultRow attribute) naming the concept. The write statement of each link is
#: `link_result_<type in lower case>`, its bulk file `<type in lower case>.csv`.
RESULT_LINKS: dict[str, str] = {
    "OF": "of_key",
    "ON": "on_key",
    "MEASURED_BY": "metric_key",
    "COMPARED_TO": "compared_key",
}


def as_dicts(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[dict[str, Any]]:
    """(columns, rows) of a statement as one dict a row.

    >>> as_dicts(["id", "n"], [["a", 1], ["b", 2]])
    [{'id': 'a', 'n': 1}, {'id': 'b', 'n': 2}]
    """
    return [dict(zip(columns, r)) for r in rows]


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of `size` items (the last one shorter), streaming.

    >>> list(chunks(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def result_links(result: Any) -> Iterator[tuple[str, str]]:
    """(relationship type, concept key) of every concept a result (a ResultRow or a row dict) names."""
    for rel, column in RESULT_LINKS.items():
        key = result.get(column) if isinstance(result, dict) else getattr(result, column)
        if key:
            yield rel, key
