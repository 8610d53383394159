"""Type and shape checks of every field a reader takes, at read time.

A record's fields come from JSON, CSV or text written by someone else: a
title may be a number, `listed_on` a list of lists, a string may hold a lone
surrogate that no encoder accepts. Each check returns the clean value or
raises FieldError naming the field and what was expected; the reader turns
that into an InputError with the file and line. Nothing bad gets past the
first (read) pass, so nothing bad reaches the store.

>>> text_field({"title": " A "}, "title")
'A'
>>> date_list({"listed_on": "2024-08-08"}, "listed_on")
('2024-08-08',)
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

#: Longest title and abstract a record may have (characters). Real abstracts are
#: under 2,000 characters (arXiv's limit is 1,920); longer text is not an
#: abstract, and spaCy refuses documents over 1,000,000 characters.
MAX_TITLE_CHARS = 2_000
MAX_ABSTRACT_CHARS = 100_000
#: Longest value of the other string fields (url, ids, categories, one author).
MAX_FIELD_CHARS = 10_000
#: Longest author list written as one string: a collaboration of 3,000 names fits.
MAX_AUTHORS_CHARS = 1_000_000

_SURROGATE = re.compile("[\ud800-\udfff]")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]*)?")
_ISO_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2}))?")
_NO_YEAR = re.compile(r"--(\d{2})-(\d{2})")


class FieldError(ValueError):
    """A field of the wrong type or shape; `str()` names the field."""


def _kind(value: Any) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def check_string(value: str, name: str, limit: int = MAX_FIELD_CHARS) -> str:
    """`value` if it is valid Unicode within `limit` characters."""
    bad = _SURROGATE.search(value)
    if bad:
        raise FieldError(f"field {name!r} holds a lone surrogate {bad.group(0)!r}, which is not valid Unicode")
    if len(value) > limit:
        raise FieldError(f"field {name!r} is {len(value):,} characters long; the limit is {limit:,}")
    return value


def text_field(obj: dict, *names: str, limit: int = MAX_FIELD_CHARS) -> str:
    """The first of `names` that holds non-blank text, stripped; '' if none does."""
    for name in names:
        value = obj.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise FieldError(f"field {name!r} must be a string, got {_kind(value)}")
        if value.strip():
            return check_string(value.strip(), name, limit)
    return ""


def id_field(obj: dict, name: str) -> str:
    """An identifier: a string, or a number (`2401.00001` written without quotes)."""
    value = obj.get(name)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return text_field(obj, name)


def string_list(obj: dict, name: str) -> tuple[str, ...]:
    """A list of strings, or one string of space-separated words (arXiv `categories`)."""
    value = obj.get(name)
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return tuple(check_string(value, name).split())
    if not isinstance(value, list):
        raise FieldError(f"field {name!r} must be a string or a list of strings, got {_kind(value)}")
    return tuple(
        check_string(_item(v, name, i), name).strip()
        for i, v in enumerate(value)
        if v is not None and _item(v, name, i).strip()
    )


def _item(value: Any, name: str, index: int) -> str:
    if not isinstance(value, str):
        raise FieldError(f"field {name!r} item {index + 1} must be a string, got {_kind(value)}")
    return value


def authors_field(obj: dict, name: str) -> tuple[str, ...]:
    """Authors as `"A and B, C"`, a list of names, of `{name}` objects, or arXiv's
    `authors_parsed` lists `[last, first, suffix]`."""
    value = obj.get(name)
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        parts = check_string(value, name, MAX_AUTHORS_CHARS).replace(" and ", ", ").split(",")
        return tuple(p.strip() for p in parts if p.strip())
    if not isinstance(value, list):
        raise FieldError(f"field {name!r} must be a string or a list, got {_kind(value)}")
    out = []
    for i, author in enumerate(value):
        if isinstance(author, list):
            parts = [check_string(_item(p, name, i), name).strip() for p in author[:3] if p is not None]
            out.append(" ".join(p for p in parts[1:2] + parts[:1] + parts[2:3] if p))
        elif isinstance(author, dict):
            out.append(text_field(author, "name"))
        elif isinstance(author, str):
            out.append(check_string(author, name).strip())
        elif author is not None:
            raise FieldError(f"field {name!r} item {i + 1} must be a name, a list or an object, got {_kind(author)}")
    return tuple(a for a in out if a)


def parse_date(text: str, name: str) -> str:
    """An ISO date as stored: `YYYY-MM-DD` (a time after it is dropped), or `--MM-DD` without a year.

    Impossible days (`2024-02-31`) are refused, not guessed.
    """
    text = text.strip()
    m = _ISO_DAY.fullmatch(text)
    if m:
        year, month, day = map(int, m.groups())
        _check_day(year, month, day, text, name)
        return f"{year:04d}-{month:02d}-{day:02d}"
    m = _NO_YEAR.fullmatch(text)
    if m:
        month, day = map(int, m.groups())
        _check_day(2000, month, day, text, name)  # a leap year: --02-29 is a date
        return f"--{month:02d}-{day:02d}"
    raise FieldError(f"field {name!r} value {text[:40]!r} is not a date (expected YYYY-MM-DD or --MM-DD)")


def _check_day(year: int, month: int, day: int, text: str, name: str) -> None:
    try:
        dt.date(year, month, day)
    except ValueError:
        raise FieldError(f"field {name!r} value {text!r} is not a real date") from None


def date_list(obj: dict, name: str) -> tuple[str, ...]:
    """One date or a list of dates (see parse_date)."""
    value = obj.get(name)
    if value is None or value == "" or value == []:
        return ()
    if isinstance(value, str):
        return (parse_date(check_string(value, name), name),)
    if not isinstance(value, list):
        raise FieldError(f"field {name!r} must be a date or a list of dates, got {_kind(value)}")
    return tuple(parse_date(check_string(_item(v, name, i), name), name) for i, v in enumerate(value))


def published_field(obj: dict, *names: str) -> str | None:
    """The publication date from the first of `names` present: `YYYY-MM-DD`, or `YYYY`/`YYYY-MM` as given."""
    for name in names:
        text = text_field(obj, name)
        if not text:
            continue
        if _ISO_DAY.fullmatch(text):
            return parse_date(text, name)
        m = _ISO_PARTIAL.fullmatch(text)
        if m and (m.group(2) is None or 1 <= int(m.group(2)) <= 12):
            return text
        raise FieldError(f"field {name!r} value {text[:40]!r} is not a date (expected YYYY-MM-DD)")
    return None
