"""Unresolved values: what the extraction step knows about an expression before it is anchored.

Extraction (:mod:`timeline.rules`) turns each match into one of these; resolution (:mod:`timeline.resolve`) turns
it into a TIMEX3 value string against an explicit anchor.  Nothing here is a string to be parsed back.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Unit(str, enum.Enum):
    """Calendar units, with their TIMEX3 duration letter as value."""

    SECOND = "S"
    MINUTE = "MIN"
    HOUR = "H"
    DAY = "D"
    WEEKEND = "WE"
    WEEK = "W"
    MONTH = "M"
    QUARTER = "Q"
    HALF = "HALF"
    YEAR = "Y"
    DECADE = "DE"
    CENTURY = "CE"
    MILLENNIUM = "ML"

    @property
    def is_time(self) -> bool:
        """Units below a day are written after ``T`` in a duration (``PT5H``)."""
        return self in (Unit.SECOND, Unit.MINUTE, Unit.HOUR)


@dataclass(frozen=True, slots=True)
class Calendar:
    """A calendar point or period named by its parts; ``year`` is ``None`` when the text gave none.

    Example: "March 3" -> ``Calendar(month=3, day=3)``; "the 1990s" -> ``Calendar(decade=199)``.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    week: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    decade: int | None = None
    century: int | None = None
    part_of_day: str | None = None
    hour: int | None = None
    minute: int | None = None
    week_of: bool = False
    """The ISO week that holds the day ("the week of March 6")."""
    weekend_of: bool = False
    """With ``week_of``: that week's weekend ("the weekend of Oct. 16")."""
    report: Unit | None = None
    """The report's own period (:attr:`timeline.resolve.Anchor.current`) moved to ``year``: "the 1988 quarter"
    (``Unit.QUARTER``: that quarter, or the last quarter ended) and "the 1988 period" (``Unit.YEAR``: the current
    period's quarter, half or month, else the year)."""


class Relation(enum.IntEnum):
    """Which occurrence of a recurring period: the last, this, or the next one; TENSE lets the sentence decide."""

    LAST = -1
    THIS = 0
    NEXT = 1
    TENSE = 2
    SAME = 3
    """In the year of the last date named ("that May" after "the spring of 1968"); the tense decides without one."""
    NEXT_NOT_TOMORROW = 5
    """"next Saturday": the next such day, but not tomorrow (read on a Friday, a week from tomorrow; "this coming
    Saturday" is tomorrow)."""
    WEEK_AFTER_NEXT = 4
    """A week after the next such day, in British use: "Saturday week" read on a Friday is eight days ahead."""


@dataclass(frozen=True, slots=True)
class Recurring:
    """A period that recurs every year or week, named without a year: a weekday, month, season or quarter.

    Example: "last Friday" -> ``Recurring(weekday=5, relation=Relation.LAST)``; "in October" with the sentence's
    tense deciding which October.
    """

    relation: Relation = Relation.TENSE
    weekday: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    part_of_day: str | None = None
    hour: int | None = None
    minute: int | None = None
    holiday: tuple[int, ...] | None = None
    """For a holiday on the n-th weekday of ``month``: (ISO weekday, n), n = -1 for the last, and the days after it
    when there are any ("Black Friday": (4, 4, 1)); (0, days) counts from Easter."""
    week_of: bool = False
    """The ISO week that holds the day ("the week of March 6")."""
    weekend_of: bool = False
    """With ``week_of``: that week's weekend ("the weekend of Oct. 16")."""


@dataclass(frozen=True, slots=True)
class Shift:
    """The period ``offset`` units away from the anchor's period of that unit.

    Example: "last week" -> ``Shift(Unit.WEEK, -1)``; "three days ago" -> ``Shift(Unit.DAY, -3)``;
    "the following day" -> ``Shift(Unit.DAY, 1, anaphoric=True)``.  ``offset`` is ``None`` for an unknown
    amount ("several years ago").
    """

    unit: Unit
    offset: int | None
    anaphoric: bool = False
    part_of_day: str | None = None
    hour: int | None = None
    minute: int | None = None
    month: int | None = None
    """A month within the shifted year ("June last year")."""
    day: int | None = None
    """A day of that month ("13 July last year"), or with ``Unit.WEEK`` an ISO weekday of that week ("Tuesday next
    week")."""
    holiday: tuple[int, ...] | None = None
    """A movable holiday of that year, as :attr:`Recurring.holiday` ("Thanksgiving last year")."""
    by_tense: bool = False
    """Take the nearest period in the direction of the sentence's tense ("the weekend" read on a Monday, "the
    night" told in the past on the day of the publication: the night before)."""
    follow_granularity: bool = False
    """Shift the previous mention's own period ("a year earlier" after "the third quarter" -> that quarter a year
    before) when it is finer than ``unit``."""
    current: bool = False
    """Count from the report's current period (:attr:`timeline.resolve.Anchor.current`) rather than from the last
    mention, which may be a forecast or itself a year back: "the latest quarter", "the year-ago results"."""
    within: Unit | None = None
    """The unit the expression names inside the shifted one: "the year-ago quarter" -> a quarter, a year back."""
    quarter: int | None = None
    """A quarter within the shifted year ("the year-ago third quarter", "the fourth quarter of last year")."""
    half: int | None = None
    """A half within the shifted year ("the second half of next year")."""
    season: str | None = None
    """A season within the shifted year ("the spring of next year")."""
    open_meridiem: bool = False
    """A clock time written without a.m. or p.m. and below 12 ("at 7:05"): after an evening or a night named on its
    day, the evening's ("return home tonight to face Memphis at 7:05" -> 19:05)."""
    story: bool = False
    """A period named with "the" ("the year", "the month", "the week"): in a clause in the past, the one of the
    story's last mention when that mention is close before it (:attr:`timeline.resolve.Anchor.near`) and past,
    else the reference's: "announced on 6 March 1984, and the pits were shut by the middle of the month" -> 1984-03,
    but "cut jobs in 2002 and 2003. The restructuring is expected to be completed by the end of the year" -> the
    reference's year."""
    same_day: bool = False
    """The anchor's own day in the shifted period: "this time last year" read on 2019-10-10 -> 2019-10-10 a year
    back, 2018-10-10."""


@dataclass(frozen=True, slots=True)
class Literal:
    """A value that needs no anchor: durations, sets and vague references.  Example: "three years" -> ``P3Y``."""

    value: str


Unresolved = Calendar | Recurring | Shift | Literal
