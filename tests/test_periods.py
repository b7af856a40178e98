"""The calendar period a TIMEX3 value names: what the timeline draws for it."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import Granularity
from timeline.periods import period_of


@pytest.mark.parametrize(
    ("value", "granularity", "start", "end"),
    [
        ("2023", Granularity.YEAR, dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("2023-11", Granularity.MONTH, dt.date(2023, 11, 1), dt.date(2023, 11, 30)),
        ("2024-Q3", Granularity.QUARTER, dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
        ("2025-W12", Granularity.WEEK, dt.date(2025, 3, 17), dt.date(2025, 3, 23)),
        ("199", Granularity.DECADE, dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
        # Unknown finer parts: the period is the part the text settled, never a guessed week or day.
        ("2020-WXX", Granularity.YEAR, dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
        ("1998-10-XX", Granularity.MONTH, dt.date(1998, 10, 1), dt.date(1998, 10, 31)),
        ("1989-QX", Granularity.YEAR, dt.date(1989, 1, 1), dt.date(1989, 12, 31)),
    ],
)
def test_period_of(value: str, granularity: Granularity, start: dt.date, end: dt.date) -> None:
    """Each value names exactly its period, at the precision the value gives."""
    found = period_of(value)
    assert found is not None
    assert (found[0], found[1].start, found[1].end) == (granularity, start, end)


@pytest.mark.parametrize("value", ["XXXX-WXX", "XXXX-10", "PAST_REF", "P3Y", "2020-13", "not a date"])
def test_values_without_a_calendar_period(value: str) -> None:
    """Values with no known year, references and durations name no period to draw."""
    assert period_of(value) is None
