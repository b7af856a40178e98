"""The reference date of a document: the date its relative expressions ("yesterday", "last March") resolve
against, and where it came from.

    >>> choose_reference({ReferenceSource.FILE_NAME: date_in_file_name("2025-03-18-harbour.txt")})
    (datetime.date(2025, 3, 18), '2025-03-18', <ReferenceSource.FILE_NAME: 'file-name'>)

The order is fixed (:data:`REFERENCE_ORDER`): ``--reference-date``, the document's own field (front matter or
corpus record), the web page's metadata, a date in the file name, none.  Nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import enum
import re
from collections.abc import Callable, Mapping
from pathlib import Path


class ReferenceSource(str, enum.Enum):
    """Where a document's reference date came from (the value of ``Document.reference_source``)."""

    OPTION = "option"
    """``--reference-date`` (the ``reference`` argument)."""
    FRONT_MATTER = "front-matter"
    """``published:`` or ``date:`` in the front matter of a text file."""
    RECORD = "record"
    """A corpus record's ``published``, ``date`` or ``time`` field."""
    METADATA = "metadata"
    """A web page's own metadata: meta tags, JSON-LD, ``<time>`` elements, a date in its address."""
    FILE_NAME = "file-name"
    """A date in the file name: ``2025-03-18-harbour.txt``."""


REFERENCE_ORDER = tuple(ReferenceSource)
"""The first of these that gives a date is the reference date."""


DateParser = Callable[[str], dt.date]

DATE_FORMATS: tuple[tuple[str, str, DateParser], ...] = (
    ("ISO 8601 date", "2025-03-18", dt.date.fromisoformat),
    ("ISO 8601 date and time", "2025-03-18T09:30:00+01:00", lambda text: dt.datetime.fromisoformat(text).date()),
    ("RFC 2822 (feeds, e-mail)", "Tue, 18 Mar 2025 09:30:00 GMT", lambda text: _rfc2822(text)),
    ("a written date with day, month and year (dateparser)", "March 18, 2025", lambda text: _written(text)),
)
"""Accepted ways of writing a publication date: name, example, parser.  The date is the one written, in the
writer's own time zone."""

FILE_NAME_DATES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?!\d)"), "2025-03-18-harbour.txt"),
    (re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)_(?P<month>\d\d)_(?P<day>\d\d)(?!\d)"), "harbour_2025_03_18.md"),
    (
        re.compile(r"(?<![\dA-Za-z])(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)(?![\dA-Za-z])"),
        "20250318.md",
    ),
)
"""Dates in a file name, with an example each; the first valid date found wins."""


def parse_date(value: str) -> dt.date:
    """A publication date written in one of :data:`DATE_FORMATS`.

    >>> parse_date("2025-03-18T09:30:00+01:00")
    datetime.date(2025, 3, 18)
    >>> parse_date("Tue, 18 Mar 2025 09:30:00 GMT")
    datetime.date(2025, 3, 18)
    >>> parse_date("March 18, 2025")
    datetime.date(2025, 3, 18)
    """
    text = value.strip()
    for _name, _example, parser in DATE_FORMATS:
        try:
            return parser(text)
        except (ValueError, TypeError, IndexError):
            continue
    raise ValueError(f"not a date (expected YYYY-MM-DD, ISO 8601 or a day, month and year): {value!r}")


def date_in_file_name(name: str) -> tuple[dt.date, str] | None:
    """The first valid date in a file name (see :data:`FILE_NAME_DATES`) and the text it was read from.

    >>> date_in_file_name("notes/2025-03-18-harbour.txt")
    (datetime.date(2025, 3, 18), '2025-03-18')
    """
    stem = Path(name).name
    for pattern, _example in FILE_NAME_DATES:
        for match in pattern.finditer(stem):
            try:
                return dt.date(int(match["year"]), int(match["month"]), int(match["day"])), match.group(0)
            except ValueError:
                continue
    return None


def choose_reference(
    candidates: Mapping[ReferenceSource, tuple[dt.date, str] | None],
) -> tuple[dt.date | None, str | None, ReferenceSource | None]:
    """The first candidate in :data:`REFERENCE_ORDER` that has a date: ``(date, raw text, source)``."""
    for source in REFERENCE_ORDER:
        found = candidates.get(source)
        if found is not None:
            return found[0], found[1], source
    return None, None, None


def _rfc2822(text: str) -> dt.date:
    return email.utils.parsedate_to_datetime(text).date()


_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_MONTH_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])", re.IGNORECASE
)
_WRITTEN_SETTINGS = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "RELATIVE_BASE": dt.datetime(2000, 1, 1),
    "PARSERS": ["absolute-time", "custom-formats"],
}
"""dateparser settings for a written publication date: every part must be in the text, never filled in from a
clock or a base date, and relative phrases ("yesterday") are not parsed at all."""


def _written(text: str) -> dt.date:
    """A date with its month written as a word ("March 18, 2025", "18 Mar 2025"); all-number dates other than
    ISO's ("18/03/2025", "03/04/2025") are refused, since their day and month order is a guess.

    dateparser is strong exactly here: a known date string in an unusual format.  It is imported only when a
    document needs it, as its import costs start-up time.
    """
    if not _FOUR_DIGIT_YEAR.search(text) or not _MONTH_WORD.search(text):
        raise ValueError("no four-digit year or no month name")
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings=_WRITTEN_SETTINGS)
    if parsed is None:
        raise ValueError("not a date")
    return parsed.date()
