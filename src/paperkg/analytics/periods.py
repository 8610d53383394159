"""Which period a paper falls in, which period length suits a corpus, and the calendar between two periods.

A paper is dated by its earliest listing date with a year, else its
publication date. A listing without a year (``--MM-DD``, as a Daily Papers
page gives it) takes the year of the publication date when there is one, else
it stays yearless (``--08``, ``--Q3``, ``--`` for a year): such periods cannot
be ordered against dated ones, so trends keeps them apart.
"""

from __future__ import annotations

import re
from typing import Iterable

PERIODS = ("year", "quarter", "month")
YEARLESS = "--"
_DATE = re.compile(r"^(\d{4})-(\d{2})")
_YEARLESS = re.compile(r"^--(\d{2})")

#: Months a corpus must span for the default period to be quarters, then years:
#: a decade reads in years, two years in quarters, a season in months.
QUARTERS_FROM_MONTHS = 13
YEARS_FROM_MONTHS = 37


def check_period(period: str) -> str:
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}; expected one of {', '.join(PERIODS)}")
    return period


def is_yearless(label: str) -> bool:
    """True for a period whose dates had no year (``--08``, ``--Q3``, ``--``)."""
    return label.startswith(YEARLESS)


def paper_period(attrs: dict, *, period: str = "month") -> str | None:
    """The period (``2024``, ``2024-Q3``, ``2024-08``, or yearless ``--Q3``/``--08``/``--``) a paper falls in.

    Examples
    --------
    >>> paper_period({"listed_on": ["2024-08-08"], "published": "2024-08-01"})
    '2024-08'
    >>> paper_period({"listed_on": ["--08-08"], "published": "2024-07-30"}, period="quarter")
    '2024-Q3'
    >>> paper_period({"published": "2019-06-01"}, period="year")
    '2019'
    >>> paper_period({"listed_on": ["--08-08"]})
    '--08'
    >>> paper_period({}) is None
    True
    """
    check_period(period)
    listed = attrs.get("listed_on") or []
    listed = [listed] if isinstance(listed, str) else list(listed)
    dated = sorted(d for d in listed if _DATE.match(d))
    published = attrs.get("published") or ""
    year = month = None
    if dated:
        year, month = _DATE.match(dated[0]).groups()
    else:
        yearless = sorted(m.group(1) for d in listed if (m := _YEARLESS.match(d)))
        pub = _DATE.match(published)
        if yearless:
            month = yearless[0]
            if pub:  # listed shortly after publication: the next year if the month wrapped
                year = pub.group(1) if month >= pub.group(2) else str(int(pub.group(1)) + 1)
        elif pub:
            year, month = pub.groups()
    if month is None:
        return None
    if period == "year":
        return year or YEARLESS
    part = month if period == "month" else f"Q{(int(month) - 1) // 3 + 1}"
    return f"{year}-{part}" if year else f"{YEARLESS}{part}"


def default_period(dates: Iterable[dict]) -> str:
    """The period that suits the span of the papers' dated months: years over
    three years, quarters over a year, else months.

    Examples
    --------
    >>> default_period([{"published": "2017-03-01"}, {"published": "2025-06-01"}])
    'year'
    >>> default_period([{"listed_on": ["2024-08-01"]}, {"listed_on": ["2024-11-30"]}])
    'month'
    >>> default_period([{"listed_on": ["--08-08"]}])
    'month'
    """
    months = [m for row in dates if (m := paper_period(row, period="month")) and not is_yearless(m)]
    if not months:
        return "month"
    span = _month_number(max(months)) - _month_number(min(months)) + 1
    return "year" if span >= YEARS_FROM_MONTHS else "quarter" if span >= QUARTERS_FROM_MONTHS else "month"


def _month_number(label: str) -> int:
    year, month = label.split("-")
    return int(year) * 12 + int(month) - 1


def calendar(first: str, last: str, *, period: str) -> list[str]:
    """Every period from `first` to `last`, empty ones included.

    >>> calendar("2024-Q3", "2025-Q1", period="quarter")
    ['2024-Q3', '2024-Q4', '2025-Q1']
    >>> calendar("2019", "2021", period="year")
    ['2019', '2020', '2021']
    """
    check_period(period)
    if period == "year":
        return [str(y) for y in range(int(first), int(last) + 1)]
    if period == "month":
        return [f"{n // 12}-{n % 12 + 1:02d}" for n in range(_month_number(first), _month_number(last) + 1)]
    step = lambda label: int(label[:4]) * 4 + int(label[-1]) - 1  # noqa: E731
    return [f"{n // 4}-Q{n % 4 + 1}" for n in range(step(first), step(last) + 1)]
