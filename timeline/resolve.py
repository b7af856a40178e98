"""Resolve unresolved values to TIMEX3 values against an explicit anchor.

The anchor is the document's reference date (publication date) and, for anaphoric expressions ("the following
day", "a year earlier"), the previous mention.  Without a reference date, values that need one keep ``X`` parts
and are marked unresolved; nothing here reads the clock.

    >>> import datetime as dt
    >>> resolve(Shift(Unit.WEEK, -1), Anchor(dt.date(2025, 3, 18)), Tense.PAST).value
    '2025-W11'
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import enum
from dataclasses import dataclass

from timeline.model import Granularity
from timeline.periods import period_of
from timeline.regexcache import pattern
from timeline.values import Calendar, Literal, Recurring, Relation, Shift, Unit, Unresolved

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


class Tense(enum.Enum):
    """The tense of the sentence around an expression, for dates given without a year or a direction."""

    PAST_NEAR = "past-near"
    PAST = "past"
    PAST_FAR = "past-far"
    PRESENT = "present"
    NEAREST = "nearest"
    """A plan overtaken ("had been due to expire Friday evening"): the reading nearest the reference, either way."""
    FUTURE_FAR = "future-far"
    FUTURE = "future"

    @property
    def looks_back(self) -> bool:
        """Past tense, whether its marker is near the expression or farther off."""
        return self in (Tense.PAST_NEAR, Tense.PAST, Tense.PAST_FAR)

    @property
    def looks_ahead(self) -> bool:
        """Future tense, whether its marker is near the expression or farther off."""
        return self in (Tense.FUTURE, Tense.FUTURE_FAR)


@dataclass(frozen=True, slots=True)
class Mentioned:
    """A resolved calendar mention that later anaphoric expressions can count from."""

    value: str
    granularity: Granularity
    start: dt.date
    end: dt.date


@dataclass(frozen=True, slots=True)
class Anchor:
    """What relative expressions resolve against."""

    reference: dt.date | None
    previous: Mentioned | None = None
    current: Mentioned | None = None
    """The report's current period: the last mentioned month, quarter, half or year that has begun by the
    reference date and ended at most a quarter before it (see :func:`is_current`)."""
    day: Mentioned | None = None
    """The last mentioned day (or finer), for day shifts when the last mention is coarser: "police arrested three
    men on Wednesday ... in December 2012 ... A fourth was detained two days later" counts from Wednesday."""
    near: Mentioned | None = None
    """The last mention when it is close before the expression (same paragraph, a sentence or two), for the period
    a story names with "the" (:attr:`timeline.values.Shift.story`)."""


@dataclass(frozen=True, slots=True)
class Resolved:
    """A TIMEX3 value with its granularity; ``resolved`` is False when unknown (``X``) parts remain."""

    value: str
    granularity: Granularity | None
    resolved: bool = True


def resolve(value: Unresolved, anchor: Anchor, tense: Tense) -> Resolved:
    """The TIMEX3 value of ``value`` against ``anchor``; a value the calendar cannot hold stays unresolved, and a
    count back or ahead past the calendar's ends is the vague past or future.

    >>> resolve(Shift(Unit.YEAR, -5000), Anchor(dt.date(2025, 3, 18)), Tense.PAST)
    Resolved(value='PAST_REF', granularity=None, resolved=False)
    >>> resolve(Calendar(10_000), Anchor(dt.date(2025, 3, 18)), Tense.PAST)
    Resolved(value='XXXX', granularity=None, resolved=False)
    """
    try:
        resolved = _resolve(value, anchor, tense)
    except (ValueError, OverflowError):  # past the ends of the calendar (year 1 to 9999)
        return _beyond(value)
    if resolved.resolved and resolved.granularity is not None and not _IN_CALENDAR.match(resolved.value):
        return _beyond(value)
    return resolved


def _beyond(value: Unresolved) -> Resolved:
    """What a value past the calendar's ends resolves to: "5,000 years ago" is the vague past."""
    if isinstance(value, Shift) and not value.anaphoric and value.offset:
        return Resolved("PAST_REF" if value.offset < 0 else "FUTURE_REF", None, False)
    return Resolved("XXXX", None, False)


_IN_CALENDAR = pattern(r"^(?:\d{1,3}$|\d{4}(?!\d))")
"""Calendar values start with one to four digits (a millennium, century, decade or year): no sign, no fifth digit."""


def _resolve(value: Unresolved, anchor: Anchor, tense: Tense) -> Resolved:
    if isinstance(value, Literal):
        return Resolved(value.value, None)
    if isinstance(value, Calendar):
        return _calendar(value, anchor, tense)
    if isinstance(value, Recurring):
        return _recurring(value, anchor, tense)
    return _shift(value, anchor, tense)


def mentioned(resolved: Resolved) -> Mentioned | None:
    """The mention a resolved value leaves for anaphora, if it names a calendar period."""
    if not resolved.resolved or resolved.granularity is None:
        return None
    found = period_of(resolved.value)
    if found is None:
        return None
    granularity, period = found
    return Mentioned(resolved.value, granularity, period.start, period.end)


CURRENT_GRANULARITIES = frozenset({Granularity.MONTH, Granularity.QUARTER, Granularity.HALF, Granularity.YEAR})
CURRENT_LAG = dt.timedelta(days=92)
"""How long after its end a period can still be the one a report is about (results come out after the quarter)."""


def is_current(mention: Mentioned, reference: dt.date | None) -> bool:
    """Whether ``mention`` can be the period a report is about: the year of the reference date, or a month,
    quarter or half that ended at most a quarter before it.  Example: "the third quarter" in a report of 1989-10-26
    is; "the fourth quarter" (still under way: a forecast) and "the 1988 period" (the comparison) are not."""
    if reference is None or mention.granularity not in CURRENT_GRANULARITIES:
        return False
    if mention.granularity is Granularity.YEAR:
        return mention.start <= reference <= mention.end
    return mention.end < reference <= mention.end + CURRENT_LAG if mention.end.year < 9999 else False


# ------------------------------------------------------------------------------------------------- calendar


def _calendar(value: Calendar, anchor: Anchor, tense: Tense) -> Resolved:
    if value.century is not None:
        return Resolved(f"{value.century:02d}", Granularity.CENTURY)
    if value.decade is not None:
        return Resolved(f"{value.decade:03d}", Granularity.DECADE)
    year = value.year
    if year is None:
        return Resolved("XXXX", Granularity.YEAR, False)
    if value.report is not None:
        return _report_period(year, value.report, anchor)
    return _format_period(year, value)


def _report_period(year: int, unit: Unit, anchor: Anchor) -> Resolved:
    """ "the 1988 quarter": the quarter the report is about, in 1988."""
    current = anchor.current
    near = anchor.near
    if near is not None and near.granularity in (Granularity.QUARTER, Granularity.HALF) and near.value[:4].isdigit():
        current = near  # "7.7 percent in the first quarter, against 7.2 percent in the same quarter of 2006": that
        # quarter, whether or not it is the report's
    if current is not None and current.granularity is Granularity.MONTH and anchor.near != current:
        current = None  # a month named paragraphs before ("since early September") is no report's period
    if current is not None and current.granularity in (Granularity.QUARTER, Granularity.HALF, Granularity.MONTH):
        code = current.value[4:]  # "-Q3", "-H1", "-07"
        return Resolved(f"{year:04d}{code}", current.granularity)
    if unit is Unit.QUARTER and anchor.reference is not None:
        quarter = (_previous_quarter_start(anchor.reference).month - 1) // 3 + 1
        return Resolved(f"{year:04d}-Q{quarter}", Granularity.QUARTER)
    return Resolved(f"{year:04d}", Granularity.YEAR)


def _format_period(year: int, value: Calendar | Recurring) -> Resolved:
    if value.quarter is not None:
        return Resolved(f"{year:04d}-Q{value.quarter}", Granularity.QUARTER)
    if value.half is not None:
        return Resolved(f"{year:04d}-H{value.half}", Granularity.HALF)
    if value.season is not None:
        return Resolved(f"{year:04d}-{value.season}", Granularity.SEASON)
    if value.month is None:
        return Resolved(f"{year:04d}", Granularity.YEAR)
    if value.day is None:
        return Resolved(f"{year:04d}-{value.month:02d}", Granularity.MONTH)
    try:
        day = dt.date(year, value.month, value.day)
    except ValueError:
        return Resolved(f"{year:04d}-{value.month:02d}", Granularity.MONTH)
    if value.week_of:
        iso_year, week, _ = day.isocalendar()
        return Resolved(f"{iso_year:04d}-W{week:02d}" + ("-WE" if value.weekend_of else ""), Granularity.WEEK)
    return _with_time(day, value.part_of_day, value.hour, value.minute)


def _with_time(day: dt.date, part_of_day: str | None, hour: int | None, minute: int | None) -> Resolved:
    if hour is not None:
        return Resolved(f"{day.isoformat()}T{hour:02d}:{minute or 0:02d}", Granularity.TIME)
    if part_of_day:
        return Resolved(f"{day.isoformat()}T{part_of_day}", Granularity.PART_OF_DAY)
    return Resolved(day.isoformat(), Granularity.DAY)


# ------------------------------------------------------------------------------------------------ recurring


def _recurring(value: Recurring, anchor: Anchor, tense: Tense) -> Resolved:
    reference = anchor.reference
    if value.weekday is not None:
        if reference is None:
            return Resolved(_unknown_weekday(value), Granularity.DAY, False)
        day = _weekday(value, reference, tense)
        if value.day is not None:
            day = _weekday_on_its_day(day, value.weekday, value.day)  # "Wednesday the thirtieth"
        return _with_time(day, value.part_of_day, value.hour, value.minute)
    if reference is None:
        return Resolved(_unknown_year(value), _granularity_of(value), False)
    position = _position(value, reference.year)
    here = (reference.month, reference.day)
    relation = value.relation
    year = reference.year
    if value.season == "WI" and reference.month <= 2:
        year -= 1  # January and February belong to the winter that began the year before
        here = (reference.month + 12, reference.day)
    inside = _same_period(value, here, position)  # "last summer" said in August: the summer before this one
    if relation is Relation.LAST:
        year -= 1 if position >= here or inside else 0
    elif relation in (Relation.NEXT, Relation.NEXT_NOT_TOMORROW):
        year += 1 if position <= here or inside else 0
    elif relation is Relation.TENSE:
        return min((_candidate(value, year + step, reference, tense) for step in (-1, 0, 1)), key=lambda c: c[0])[1]
    if value.holiday is not None:
        return _holiday(value, year)
    return _format_period(year, value)


TENSE_PENALTY_DAYS = 200
"""How far a date against the sentence's tense counts as lying beyond one that agrees with it.
Example: "Dec. 7" in a past-tense sentence of 1989-10-30 still means 1989-12-07 only if no nearer reading fits."""


PRESENT_PENALTY_DAYS = 60
"""News reports more often look back than ahead: with no tense marker, a reading in the future counts as this much
farther away.  Example: "in March" written in October 1989 -> 1989-03."""


_PENALTY = {Tense.PAST_NEAR: 366, Tense.PAST: 300, Tense.FUTURE: 300, Tense.PAST_FAR: 150,
            Tense.FUTURE_FAR: 150, Tense.PRESENT: 60, Tense.NEAREST: 0}  # fmt: skip
"""Days added to a reading that goes against the tense: a near verb all but decides, a far one leans.
Example: "The court issued its ruling on May 7" (2025-03-18) -> 2024-05-07."""


def _candidate(value: Recurring, year: int, reference: dt.date, tense: Tense) -> tuple[int, Resolved]:
    """The reading of ``value`` in ``year`` and its distance from the reference date, tense considered."""
    if not 1 <= year <= 9999:
        return (10**7, Resolved("XXXX", None, False))
    resolved = _holiday(value, year) if value.holiday is not None else _format_period(year, value)
    found = period_of(resolved.value)
    if found is None:
        return (10**6, resolved)
    period = found[1]
    if period.start <= reference <= period.end:
        return (0, resolved)
    distance = min(abs((period.start - reference).days), abs((period.end - reference).days))
    penalty = _PENALTY[tense]
    if value.quarter is not None or value.half is not None:
        penalty = min(penalty, _PENALTY[Tense.PAST_FAR])  # reports name past quarters in any tense
    if not tense.looks_ahead and period.start > reference or tense.looks_ahead and period.end < reference:
        distance += penalty
    return (distance, resolved)


def _holiday(value: Recurring, year: int) -> Resolved:
    from timeline.rules import holiday_date

    assert value.holiday is not None and value.month is not None
    day = holiday_date(year, value.month, value.holiday)
    if day is None:  # a lunar holiday in a year the table does not hold: that year, no more
        return Resolved(f"{year:04d}", Granularity.YEAR)
    if value.week_of:  # "the first weekend of November": the week of its first Saturday
        iso_year, week, _ = day.isocalendar()
        return Resolved(f"{iso_year:04d}-W{week:02d}" + ("-WE" if value.weekend_of else ""), Granularity.WEEK)
    return _with_time(day, value.part_of_day, value.hour, value.minute)


def _position(value: Recurring, year: int) -> tuple[int, int]:
    """Where in the year a recurring period falls, as (month, day), for comparison with the reference."""
    if value.quarter is not None:
        return (value.quarter * 3 - 2, 1)
    if value.half is not None:
        return (value.half * 6 - 5, 1)
    if value.season is not None:
        return (SEASON_START[value.season], 1)
    if value.holiday is not None and value.month is not None:
        from timeline.rules import holiday_date

        day = holiday_date(year, value.month, value.holiday)
        return (day.month, day.day) if day else (value.month, 1)
    return (value.month or 1, value.day or 1)


def _same_period(value: Recurring, here: tuple[int, int], position: tuple[int, int]) -> bool:
    """True when the reference date falls inside the named period (this October, in October)."""
    months = 3 if value.quarter is not None or value.season is not None else 6 if value.half is not None else 1
    if value.day is not None:
        return False
    return position[0] <= here[0] < position[0] + months


WEEKDAY_DAY_MONTHS = 6
"""Months either side of a weekday's reading searched for the one whose day of that number falls on it."""


def _weekday_on_its_day(near: dt.date, weekday: int, day: int) -> dt.date:
    """The date nearest the weekday's own reading ``near`` whose weekday and day of the month are those said:
    "Wednesday the thirtieth" read on 14 June 1995 -> 1995-08-30 (``near`` itself when no month has them)."""
    candidates = []
    for offset in range(-WEEKDAY_DAY_MONTHS, WEEKDAY_DAY_MONTHS + 1):
        index = near.year * 12 + near.month - 1 + offset
        try:
            candidate = dt.date(index // 12, index % 12 + 1, day)
        except ValueError:
            continue  # no 31st in that month
        if candidate.isoweekday() == weekday:
            candidates.append(candidate)
    return min(candidates, key=lambda date: (abs((date - near).days), date < near)) if candidates else near


def _weekday(value: Recurring, reference: dt.date, tense: Tense) -> dt.date:
    assert value.weekday is not None
    today = reference.isoweekday()
    back = (today - value.weekday) % 7
    ahead = (value.weekday - today) % 7
    if value.relation is Relation.LAST:
        return reference - dt.timedelta(days=back or 7)
    if value.relation is Relation.NEXT:
        return reference + dt.timedelta(days=ahead or 7)
    if value.relation is Relation.NEXT_NOT_TOMORROW:
        return reference + dt.timedelta(days=ahead + 7 if ahead <= 1 else ahead)
    if value.relation is Relation.WEEK_AFTER_NEXT:
        return reference + dt.timedelta(days=(ahead or 7) + 7)
    if value.relation is Relation.THIS:
        return reference + dt.timedelta(days=value.weekday - today)
    if tense.looks_ahead or tense is Tense.NEAREST and ahead < back or tense is Tense.PRESENT and ahead < min(back, 2):
        return reference + dt.timedelta(days=ahead)  # a present clause names a day just ahead rather than most of a
        # week back ("Skies clear Thursday", read on a Wednesday), but not one further ahead
    return reference - dt.timedelta(days=back)


def _granularity_of(value: Recurring) -> Granularity:
    if value.quarter is not None:
        return Granularity.QUARTER
    if value.half is not None:
        return Granularity.HALF
    if value.season is not None:
        return Granularity.SEASON
    if value.day is not None or value.holiday is not None:
        return Granularity.DAY
    return Granularity.MONTH


def _unknown_year(value: Recurring) -> str:
    if value.quarter is not None:
        return f"XXXX-Q{value.quarter}"
    if value.half is not None:
        return f"XXXX-H{value.half}"
    if value.season is not None:
        return f"XXXX-{value.season}"
    if value.day is not None:
        return f"XXXX-{value.month or 1:02d}-{value.day:02d}"
    return f"XXXX-{value.month or 1:02d}"


def _unknown_weekday(value: Recurring) -> str:
    suffix = f"T{value.hour:02d}:{value.minute or 0:02d}" if value.hour is not None else (
        f"T{value.part_of_day}" if value.part_of_day else "")  # fmt: skip
    return f"XXXX-WXX-{value.weekday}{suffix}"


# ----------------------------------------------------------------------------------------------------- shift

_UNKNOWN_SHIFT = {
    Unit.DAY: "XXXX-XX-XX", Unit.WEEK: "XXXX-WXX", Unit.WEEKEND: "XXXX-WXX-WE", Unit.MONTH: "XXXX-XX",
    Unit.QUARTER: "XXXX-QX", Unit.HALF: "XXXX-HX", Unit.YEAR: "XXXX", Unit.DECADE: "XXX", Unit.CENTURY: "XX",
}  # fmt: skip


_STORY_GRANULARITY = {
    Unit.DECADE: Granularity.DECADE, Unit.YEAR: Granularity.YEAR, Unit.MONTH: Granularity.MONTH,
    Unit.WEEK: Granularity.DAY,
}  # fmt: skip
"""How fine the story's last mention must be to give "the decade", "the year", "the month" and "the week"."""


def _shift(value: Shift, anchor: Anchor, tense: Tense) -> Resolved:
    previous = anchor.current if value.current else anchor.previous
    base = anchor.reference
    near = anchor.near
    if (
        value.story
        and value.offset == 0
        and tense.looks_back
        and near is not None
        and anchor.reference is not None
        and near.end < anchor.reference
        and near.granularity.rank >= _STORY_GRANULARITY[value.unit].rank
    ):
        return _shifted(value.unit, 0, near.start, value)  # "on 6 March 1984, ... by the middle of the month"
    base_granularity: Granularity | None = None
    if value.anaphoric and previous is not None and not _fine_enough(previous.granularity, value.unit):
        if anchor.day is not None and value.unit is Unit.DAY and value.offset is not None and not _clock_of_the_day(value):
            previous = anchor.day  # "two days later", "the same day" after "December 2012": from the last day named
        elif anchor.day is not None and value.unit is Unit.DAY and value.hour is not None:
            if tense.looks_ahead or anchor.reference is None or anchor.day.start <= anchor.reference:
                previous = anchor.day  # "Game 3 is Monday night. ... since 1933. First pitch is set for 7:38 p.m."
                # (but "shares rose by 1030 GMT" does not fall on "April 12", a day still ahead)
    clock = _clock_of_the_day(value) or value.part_of_day is not None and value.offset == 0
    if (
        clock
        and previous is not None
        and anchor.reference is not None
        and previous.start > anchor.reference
        and not tense.looks_ahead
        and tense not in (Tense.PRESENT, Tense.NEAREST)
    ):
        previous = None  # "would send ships on Thursday. An aftershock struck at 11 a.m.": not on that Thursday
    if (
        clock
        and tense.looks_ahead
        and previous is not None
        and anchor.reference is not None
        and previous.end < anchor.reference
    ):
        previous = None  # "as bad as on New Year's Eve. Temperatures will peak between 17:00 and 20:00"
    if (
        clock
        and value.hour is not None
        and previous is not None
        and anchor.reference is not None
        and not tense.looks_ahead
        and abs((previous.start - anchor.reference).days) > CLOCK_REACH_DAYS
        and (anchor.near is None or anchor.near.start != previous.start)
        and not (tense.looks_back and (anchor.reference - previous.start).days > STORY_GONE_DAYS)
    ):
        previous = None  # "hold talks on March 19-20. ... Stocks rose by 11:30 a.m.": the reported day, not that one
    if (
        value.day is not None
        and previous is not None
        and previous.granularity.rank < Granularity.MONTH.rank
        and not tense.looks_back  # (but "in 1962, when his mother died on the 14th", after "every January")
    ):
        previous = None  # "She retired in 1985. On the 30th she will be 59": a day of this month, not of 1985
    if value.anaphoric and previous is not None and _fine_enough(previous.granularity, value.unit):
        base, base_granularity = previous.start, previous.granularity
    elif value.anaphoric and previous is not None and value.offset is not None:
        known = _within(previous, value.unit)
        if known is not None:
            return known
    if value.offset is None:
        return Resolved("PAST_REF", None)
    if value.anaphoric and value.unit in (Unit.HOUR, Unit.MINUTE) and anchor.day is not None:
        clock = _clock_of(anchor.day)
        if clock is not None:  # "reported at 4:10 a.m. ... under control two hours later" -> 06:10
            moved = clock + dt.timedelta(**{"hours" if value.unit is Unit.HOUR else "minutes": value.offset})
            return Resolved(f"{moved:%Y-%m-%dT%H:%M}", Granularity.TIME)
    if base is None:
        return Resolved(_UNKNOWN_SHIFT.get(value.unit, "XXXX"), None, False)
    unit, offset = value.unit, value.offset
    same_day = anchor.day is not None and previous is not None and anchor.day.start == previous.start
    late = anchor.day if same_day else previous  # "at 2203 GMT on Sunday, ... at 0214 GMT": the clock of that day
    said = late if late is not None else anchor.day  # "It's 10 p.m. here, 9 o'clock in Ferguson": the clock said
    gone_by = tense.looks_back and anchor.reference is not None and base >= anchor.reference
    if value.open_meridiem and offset == 0 and (value.hour or 0) >= EVENING_OPEN_FROM and _evening(said):
        value = dataclasses.replace(value, hour=(value.hour or 0) + 12)  # "home tonight to face Memphis at 7:05"
    elif value.open_meridiem and offset == 0 and _afternoon_before(said, value):
        value = dataclasses.replace(value, hour=(value.hour or 0) + 12)  # "At 3:25 this afternoon ... At 3:31"
    elif value.anaphoric and unit is Unit.DAY and offset == 0 and _after_the_night(value, late) and not gone_by:
        offset = 1  # "at about 11 p.m. Saturday, and ... regained control by 5 a.m.": the next morning
        # (not "revelers expected tonight, and officers have been posted since 6 a.m.": a morning gone by)
    if (
        value.by_tense
        and unit is Unit.DAY
        and offset == 0
        and tense.looks_back
        and not tense.looks_ahead
        and base == anchor.reference
    ):
        offset = -1  # "Crews worked through the night" read in the morning: the night before
    if value.anaphoric and unit is Unit.WEEKEND and offset == 1 and base.isoweekday() < 6:
        offset = 0  # "The talks ended on Friday, Oct. 21. The following weekend, ..." -> that week's weekend
    if (
        value.by_tense
        and unit is Unit.WEEKEND
        and base.isoweekday() < 6
        and not tense.looks_ahead
        and not (base.isoweekday() == 5 and not tense.looks_back)
    ):
        offset = -1  # "the weekend" read on a weekday, in a past or present clause: the one just gone (but read
        # on a Friday with no past, the one about to begin: "Passengers travelling over the bank holiday weekend")
    elif (
        unit is Unit.WEEKEND
        and offset == 0
        and not value.anaphoric
        and base.isoweekday() <= 2
        and tense.looks_back
        and not tense.looks_ahead
    ):
        offset = -1  # "This weekend's ceremonies drew thousands" read on a Monday: the weekend just gone
    if (
        value.by_tense
        and unit is Unit.YEAR
        and offset == 0
        and not value.anaphoric
        and tense.looks_back
        and anchor.reference is not None
        and base == anchor.reference
        and anchor.reference.month <= YEAR_JUST_ENDED_MONTHS
    ):
        offset = -1  # "For the full year, IBM earned $6.33 billion" (a report of January 1999): the year just ended
    if value.follow_granularity and unit is Unit.YEAR:
        if (
            previous is not None
            and previous.granularity in (Granularity.QUARTER, Granularity.HALF)
            and (anchor.reference is None or previous.start <= anchor.reference)
        ):  # the period a report compares with; not a quarter to come ("as early as Q3 2026 ... a year ago")
            unit, offset, base = (
                _unit_of(previous.granularity),
                offset * _per_year(previous.granularity),
                previous.start,
            )
        elif value.within is Unit.QUARTER and anchor.reference is not None:
            # "the year-ago quarter" with no quarter to follow: the last quarter ended, a year before
            unit, offset, base = Unit.QUARTER, offset * 4, _previous_quarter_start(anchor.reference)
    if value.follow_granularity and unit is Unit.QUARTER and offset == 0:
        if base_granularity is not Granularity.QUARTER:
            base = _previous_quarter_start(anchor.reference or base)
    return _shifted(unit, offset, base, value)


def _clock_of_the_day(value: Shift) -> bool:
    """Whether ``value`` is a clock time of the day it is said or told of ("at 6 a.m.", "at 6 that morning"), not of
    a day counted from one ("at six the next morning": a day after the day last named, like "the next morning")."""
    return value.hour is not None and not (value.anaphoric and value.offset)


def _within(previous: Mentioned, unit: Unit) -> Resolved | None:
    """A shift in weeks too fine for the last mention, written with what that mention settles: "He left in 2020.
    Two weeks later he returned" -> ``2020-WXX`` (some week of 2020), not a week counted from the publication
    date."""
    if previous.granularity not in (Granularity.YEAR, Granularity.HALF, Granularity.QUARTER, Granularity.SEASON,
                                    Granularity.MONTH):  # fmt: skip
        return None
    if unit in (Unit.WEEK, Unit.WEEKEND):
        return Resolved(f"{previous.start.year:04d}-WXX", Granularity.YEAR)
    return None  # days keep counting from the publication date: "The day before" after "since 1990" is not in 1990


CLOCK_REACH_DAYS = 7
STORY_GONE_DAYS = 365
"""How long before the publication a day last named must lie for a clock time in a past clause to stay on it however
far back it was named: "On July 20, 1969, ... (three sentences) ... the walk did not happen until nearly 10 p.m."."""
"""A bare clock time not in the future falls on a day named before it only when that day is within a week of the
publication date or named close before it (:attr:`Anchor.near`); otherwise it is a time of the reported day ("will
open at 6 a.m." still falls on the election day named weeks ahead)."""

NIGHT_FROM = 12
"""A clock time from this hour on, or a night or evening, is late enough for an early-morning clock time after it to
fall on the next day ("struck at 4:11 p.m. on Thursday. By 6 a.m., two-thirds of Manhattan had power back": the
Friday; "noon Friday ... at a briefing at 4:30 a.m."; the sets gained three such values and lost one told
backwards, "crews left about 3 p.m. ... a motorist called 911 at 12:14 a.m.")."""
EARLY_UNTIL = 9
"""Clock times before this hour are early morning."""


YEAR_JUST_ENDED_MONTHS = 1
"""Months of a new year in which "the year" told in the past is the one just ended: year-end results and reviews
come out in January."""

EVENING_CLOCK_FROM = 18
"""The hour from which a clock time named before makes a later open hour an evening one ("9:30 last night ... at
10:15 Eastern" -> 22:15)."""

EVENING_OPEN_FROM = 5
"""The smallest hour written without a.m. or p.m. that an evening or night before it makes an evening hour ("tonight
... at 7:05" -> 19:05; but "Saturday night ... at 2:15" is the small hours)."""


def _evening(mention: Mentioned | None) -> bool:
    """Whether a mention is an evening or a night: "tonight", "Saturday night", "Friday evening", "9:30 last
    night" (a clock time from 6 p.m. on)."""
    if mention is None:
        return False
    if mention.value.endswith(("TNI", "TEV")):
        return True
    clock = _clock_of(mention)
    return clock is not None and EVENING_CLOCK_FROM <= clock.hour < 24


AFTERNOON_OPEN_UNTIL = 6
"""The latest open hour read as p.m. after an afternoon named ("this afternoon ... at 3:25")."""
AFTERNOON_REACH_HOURS = 3
"""How soon after an afternoon clock time an open hour must fall, read in the afternoon, to be read so."""


def _afternoon_before(mention: Mentioned | None, value: Shift) -> bool:
    """Whether an open hour read in the afternoon falls just after an afternoon clock time last named ("At 3:25
    this afternoon ... At 3:31 the pilot set the Airbus down" -> 15:31), or after an afternoon named."""
    if mention is not None and mention.value.endswith("TAF") and value.hour is not None:
        return 1 <= value.hour <= AFTERNOON_OPEN_UNTIL  # "landed in the Hudson this afternoon ... took off at 3:25"
    clock = _clock_of(mention) if mention is not None else None
    if clock is None or not 12 <= clock.hour < EVENING_CLOCK_FROM or value.hour is None:
        return False
    later = (value.hour + 12) * 60 + (value.minute or 0) - (clock.hour * 60 + clock.minute)
    return 0 <= later <= AFTERNOON_REACH_HOURS * 60


def _after_the_night(value: Shift, previous: Mentioned | None) -> bool:
    """Whether an early-morning clock time follows a night or late evening on the day last named."""
    if previous is None or value.hour is None or value.hour >= EARLY_UNTIL:
        return False
    if previous.value.endswith(("TNI", "TEV")):
        return True
    clock = _clock_of(previous)
    return clock is not None and clock.hour >= NIGHT_FROM


def _clock_of(mention: Mentioned) -> dt.datetime | None:
    """The clock time a mention names ("2013-03-14T04:10"), if it names one."""
    if mention.granularity is not Granularity.TIME:
        return None
    try:
        return dt.datetime.strptime(mention.value[:16], "%Y-%m-%dT%H:%M")
    except ValueError:
        return None  # "T24:00" and the like: no datetime to count from


def _fine_enough(granularity: Granularity, unit: Unit) -> bool:
    """Whether a previous mention can anchor a shift in ``unit``: "the next day" needs a day, not a year."""
    if unit in (Unit.DAY, Unit.HOUR, Unit.MINUTE, Unit.SECOND):
        return granularity.rank >= Granularity.DAY.rank
    if unit in (Unit.WEEK, Unit.WEEKEND):
        return granularity.rank >= Granularity.MONTH.rank  # "three weeks earlier" after "late last year": no anchor
    if unit is Unit.MONTH:
        return granularity.rank >= Granularity.YEAR.rank  # not "that month" after "the mid-1970s": no month in a decade
    return True


def _unit_of(granularity: Granularity) -> Unit:
    return {Granularity.QUARTER: Unit.QUARTER, Granularity.HALF: Unit.HALF, Granularity.MONTH: Unit.MONTH}[
        granularity
    ]


def _per_year(granularity: Granularity) -> int:
    return {Granularity.QUARTER: 4, Granularity.HALF: 2, Granularity.MONTH: 12}[granularity]


def _previous_quarter_start(day: dt.date) -> dt.date:
    month = (day.month - 1) // 3 * 3 + 1
    start = dt.date(day.year, month, 1)
    return _add_months(start, -3)


_MONTHS = {Unit.MONTH: 1, Unit.YEAR: 12}
"""Months in a unit that a day is moved by whole months."""


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _shifted(unit: Unit, offset: int, base: dt.date, value: Shift) -> Resolved:
    try:
        return _shifted_unchecked(unit, offset, base, value)
    except (ValueError, OverflowError):  # "5,000 years ago": before the calendar's first year
        return _beyond(dataclasses.replace(value, offset=offset))


def _shifted_unchecked(unit: Unit, offset: int, base: dt.date, value: Shift) -> Resolved:
    if value.same_day and unit in (Unit.WEEK, Unit.MONTH, Unit.YEAR):  # "this time last year": that day
        moved = base + dt.timedelta(weeks=offset) if unit is Unit.WEEK else _add_months(base, offset * _MONTHS[unit])
        return _with_time(moved, value.part_of_day, value.hour, value.minute)
    if unit in (Unit.DAY, Unit.HOUR, Unit.MINUTE, Unit.SECOND):
        day = base + dt.timedelta(days=offset) if unit is Unit.DAY else base
        return _with_time(day, value.part_of_day, value.hour, value.minute)
    if unit is Unit.WEEK and value.day is not None:  # "Tuesday next week": that weekday of the week
        moved = base + dt.timedelta(weeks=offset)
        return _with_time(moved + dt.timedelta(days=value.day - moved.isoweekday()), value.part_of_day, value.hour,
                          value.minute)  # fmt: skip
    if unit in (Unit.WEEK, Unit.WEEKEND):
        year, week, _ = (base + dt.timedelta(weeks=offset)).isocalendar()
        suffix = "-WE" if unit is Unit.WEEKEND else ""
        return Resolved(f"{year:04d}-W{week:02d}{suffix}", Granularity.WEEK)
    if unit is Unit.MONTH:
        day = _add_months(base.replace(day=1), offset)
        if value.holiday is not None:  # "the first Monday of next month"
            return _holiday(Recurring(month=day.month, holiday=value.holiday), day.year)
        if value.day is not None and value.day <= calendar.monthrange(day.year, day.month)[1]:  # "the 20th of next month"
            return Resolved(f"{day.year:04d}-{day.month:02d}-{value.day:02d}", Granularity.DAY)
        return Resolved(f"{day.year:04d}-{day.month:02d}", Granularity.MONTH)
    if unit is Unit.QUARTER:
        index = base.year * 4 + (base.month - 1) // 3 + offset
        return Resolved(f"{index // 4:04d}-Q{index % 4 + 1}", Granularity.QUARTER)
    if unit is Unit.HALF:
        index = base.year * 2 + (base.month - 1) // 6 + offset
        return Resolved(f"{index // 2:04d}-H{index % 2 + 1}", Granularity.HALF)
    if unit is Unit.YEAR:  # the year, or the month, quarter, half or season named inside it ("June last year")
        if value.holiday is not None and value.month is not None:  # "Thanksgiving last year"
            return _holiday(Recurring(month=value.month, holiday=value.holiday), base.year + offset)
        inside = Calendar(month=value.month, day=value.day, quarter=value.quarter, half=value.half, season=value.season)
        return _format_period(base.year + offset, inside)
    if unit is Unit.DECADE:
        decade = base.year // 10 + offset
        if not 0 <= decade <= 999:
            raise ValueError("decade outside the calendar")
        return Resolved(f"{decade:03d}", Granularity.DECADE)
    if unit is Unit.CENTURY:
        century = base.year // 100 + offset
        if not 0 <= century <= 99:
            raise ValueError("century outside the calendar")
        return Resolved(f"{century:02d}", Granularity.CENTURY)
    return Resolved(_UNKNOWN_SHIFT.get(unit, "XXXX"), None, False)
