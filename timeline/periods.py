"""The calendar period a TIMEX3 DATE/TIME value denotes, and its granularity.

    >>> period_of("2023")
    (<Granularity.YEAR: 'year'>, Period(start=datetime.date(2023, 1, 1), end=datetime.date(2023, 12, 31)))
    >>> period_of("2025-W12")[1]
    Period(start=datetime.date(2025, 3, 17), end=datetime.date(2025, 3, 23))
    >>> period_of("2025-W12-WE")[1]
    Period(start=datetime.date(2025, 3, 22), end=datetime.date(2025, 3, 23))
    >>> period_of("XXXX-03") is None
    True

Values with unknown parts (``X``), durations, sets and ``*_REF`` values have no period: ``None``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from timeline.model import Granularity, Period
from timeline.regexcache import pattern

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
"""Meteorological seasons (northern hemisphere) as first and last month; winter runs into the next year.
Example: ``2024-WI`` is 2024-12-01 .. 2025-02-28."""

PART_OF_DAY = {"MO", "MI", "AF", "EV", "NI", "DT"}
"""TIMEX3 parts of day: morning, mid-day, afternoon, evening, night, day-time.  Example: ``2025-03-17TMO``."""

_VALUE = pattern(
    r"""^(?:
        (?P<millennium>\d)$ |
        (?P<century>\d{2})$ |
        (?P<decade>\d{3})$ |
        (?P<year>\d{4})
        (?:-(?:
            H(?P<half>[12]) |
            Q(?P<quarter>[1-4]) |
            (?P<season>SP|SU|FA|WI) |
            W(?P<week>\d{2})(?:-(?P<weekday>[1-7])|-(?P<weekend>WE))? |
            (?P<month>\d{2})(?:-(?P<day>\d{2}))?
        ))?
        (?:T(?:(?P<pod>MO|MI|AF|EV|NI|DT)|(?P<hour>\d{2})(?::(?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?)?))?
    )$""",
    re.VERBOSE,
)


_KNOWN_PART = pattern(r"^(?P<known>\d{4}(?:-\d{2})?)(?:-(?:W?XX|QX|HX|XX))+$")
"""A calendar value whose finer parts are unknown.  Example: "1998-10-XX" -> "1998-10"."""


def period_of(value: str) -> tuple[Granularity, Period] | None:
    """Granularity and first/last day of the period named by a TIMEX3 DATE/TIME value, or ``None``.

    A value with unknown finer parts names its known part: "2020-WXX" (some week of 2020) is drawn as 2020.
    """
    match = _VALUE.match(value)
    if not match:
        known = _KNOWN_PART.match(value)
        return period_of(known.group("known")) if known else None
    part = match.groupdict()
    try:
        return _period(part)
    except ValueError:
        return None


def _period(part: dict[str, str | None]) -> tuple[Granularity, Period]:
    if part["millennium"]:
        first = int(part["millennium"]) * 1000
        return Granularity.MILLENNIUM, _years(max(first, 1), first + 999)
    if part["century"]:
        first = int(part["century"]) * 100
        return Granularity.CENTURY, _years(max(first, 1), first + 99)
    if part["decade"]:
        first = int(part["decade"]) * 10
        return Granularity.DECADE, _years(max(first, 1), first + 9)
    year = int(part["year"] or 0)
    if part["half"]:
        half = int(part["half"])
        return Granularity.HALF, _months(year, 6 * half - 5, 6 * half)
    if part["quarter"]:
        quarter = int(part["quarter"])
        return Granularity.QUARTER, _months(year, 3 * quarter - 2, 3 * quarter)
    if part["season"]:
        first_month, last_month = SEASON_MONTHS[part["season"]]
        return Granularity.SEASON, _months(year, first_month, last_month)
    if part["week"]:
        monday = dt.date.fromisocalendar(year, int(part["week"]), 1)
        if part["weekday"]:
            day = monday + dt.timedelta(days=int(part["weekday"]) - 1)
            return _day_or_finer(day, part)
        if part["weekend"]:  # "2025-W12-WE": its Saturday and Sunday
            return Granularity.WEEK, Period(monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
        return Granularity.WEEK, Period(monday, monday + dt.timedelta(days=6))
    if part["month"]:
        month = int(part["month"])
        if part["day"]:
            return _day_or_finer(dt.date(year, month, int(part["day"])), part)
        return Granularity.MONTH, _months(year, month, month)
    return Granularity.YEAR, _years(year, year)


def _day_or_finer(day: dt.date, part: dict[str, str | None]) -> tuple[Granularity, Period]:
    if part["pod"]:
        return Granularity.PART_OF_DAY, Period(day, day)
    if part["hour"]:
        return Granularity.TIME, Period(day, day)
    return Granularity.DAY, Period(day, day)


def _years(first: int, last: int) -> Period:
    return Period(dt.date(first, 1, 1), dt.date(min(last, 9999), 12, 31))


def _months(year: int, first_month: int, last_month: int) -> Period:
    """First day of ``first_month`` to last day of ``last_month`` (which may run past December)."""
    end_year, end_month = year + (last_month - 1) // 12, (last_month - 1) % 12 + 1
    last_day = calendar.monthrange(end_year, end_month)[1]
    return Period(dt.date(year, first_month, 1), dt.date(end_year, end_month, last_day))
