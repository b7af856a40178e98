"""The temporal tagger: find TIMEX3 expressions in a text and normalize them against an explicit anchor.

    >>> import datetime as dt
    >>> [(t.text, t.value) for t in tag("They met in November 2023.", dt.date(2025, 3, 18))]
    [('November 2023', '2023-11')]

Two phases: :mod:`timeline.extract` finds expressions and gives each an unresolved value; :mod:`timeline.resolve`
anchors them on ``reference`` (the publication date) or on the previous mention.  The tagger never reads the
clock: with no reference, relative expressions stay unresolved (``resolved=False``, ``X`` in the value).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline import lexicon as lx
from timeline.extract import Found, find
from timeline.model import Granularity, Timex, TimexType
from timeline.periods import period_of
from timeline.regexcache import pattern
from timeline.resolve import (
    AFTERNOON_OPEN_UNTIL,
    SEASON_START,
    Anchor,
    Mentioned,
    Resolved,
    Tense,
    is_current,
    mentioned,
    resolve,
)
from timeline.rules import DAY_NAME, alternation, holiday_date
from timeline.sentences import Sentence, split_sentences
from timeline.tense import THE_WEEKEND, clause_tense
from timeline.values import Calendar, Literal, Recurring, Relation, Shift, Unit, Unresolved


def tag(text: str, reference: dt.date | None) -> list[Timex]:
    """All temporal expressions in ``text``, in text order, with TIMEX3 type, value, mod and granularity.

    ``reference`` is the publication date that relative expressions resolve against (``None``: leave them
    unresolved); a string is refused with a clear message rather than failing deep inside."""
    if reference is not None and not isinstance(reference, dt.date):
        raise TypeError(f"reference must be a datetime.date or None, not {type(reference).__name__} ({reference!r})")
    found = find(text)
    if not found:
        return []
    sentences: list[Sentence] | None = None
    starts: list[int] = []
    memory = _Memory(reference)
    result: list[Timex] = []
    stamps = _stamps(text, found, reference)
    for index, item in enumerate(found):
        tense = Tense.PRESENT
        value = item.value
        until_after: Timex | None = None
        if index + 1 < len(found):
            value = _year_of_the_next(text, value, item, found[index + 1])
            value = _apposed_date(text, value, item, found[index + 1])
        if (
            isinstance(value, Shift)
            and value.anaphoric
            and value.hour is not None
            and _ITS_NOW.search(text, max(0, item.start - 24), item.start)
        ):
            value = dataclasses.replace(value, anaphoric=False)  # "Thank you. It's 7:04.": the time of speaking
        if isinstance(value, Shift) and index in stamps:
            offset = stamps[index] if memory.heading is None else memory.under_heading(value)
            if reference is not None:
                memory.entry = (_line_start(text, item.start), reference + dt.timedelta(days=offset))
            value = dataclasses.replace(value, anaphoric=False, offset=offset)  # "\n\n11:30 a.m.
            # Ridership on the shuttle buses has tripled since Tuesday": a live blog's time stamp, on the day of
            # publication (or the next, once the entries run past midnight), or on the day of its heading
        if item.rule == "holiday" and _THANKSGIVING.search(item.text) and _canadian(text, item.start):
            value = _holiday_elsewhere(value, "thanksgiving", lx.FLOATING_HOLIDAYS["canadian thanksgiving"])  # "advance
            # polls over the Thanksgiving weekend" in a B.C. paper
        if item.rule == "holiday" and _LABOUR_DAY.fullmatch(item.text) and _NEW_ZEALAND_PLACE.search(text):
            value = _holiday_elsewhere(value, "labour day", lx.NEW_ZEALAND_LABOUR_DAY)  # "Labour Day falls on Monday"
            # in a Northland paper: the fourth Monday of October
        if item.rule == "holiday" and _SOVEREIGNS_BIRTHDAY.search(item.text) and _NEW_ZEALAND_PLACE.search(text):
            value = _holiday_elsewhere(value, "queen's birthday", lx.NEW_ZEALAND_SOVEREIGNS_BIRTHDAY)  # "Queen's
            # Birthday weekend" in an Auckland paper
        short = item.rule in ("short-year", "season-short-year", "numeric-date-short-year")
        if short and isinstance(value, Calendar) and reference and (value.year or 0) > reference.year:
            value = dataclasses.replace(value, year=(value.year or 0) - 100)  # "in '71" read in 2009: 1971
        if item.rule == "the-new-year" and isinstance(value, Shift) and _year_begun(text, item, reference):
            value = dataclasses.replace(value, offset=0)  # "since the new year", or read in January: the year begun
        if item.rule == "deictic-day" and _nowadays(text, item, memory):
            value = Literal("PRESENT_REF")  # "The mine closed in the early 1980s. Today hardly anyone under 30 has
            # been inside one": these days, set against a time long gone, not the day of publication
        event_day = _named_event_day(text, value, item, reference)
        named_event = event_day is not None  # "since the Sept. 11 attacks": a day every reader knows, named in
        value = event_day or value  # passing (the story does not move to it)
        indefinite = _INDEFINITE.search(text, max(0, item.start - 3), item.start) if item.rule == "weekday" else None
        with_article = indefinite is not None  # "on a Sunday schedule": no day for the weekdays after it to follow
        if indefinite is not None and not _INDEFINITE_END.match(text, item.end):
            indefinite = None  # "attended a Sunday night memorial service": the article is the noun's
        apposed = _weekday_after_its_date(text, value, item, result[-1]) if result and item.rule == "weekday" else None
        if apposed is not None:
            value, indefinite = apposed, None  # "opened on Nov. 15, 1980, a cold Saturday": that day
        if apposed is None and item.rule == "weekday" and _THE_WEEKDAY.match(item.text):
            value = _the_weekday_in_story(value, item, result) or value  # "on April 13 and 14 ... on the Sunday"
        if indefinite is not None:  # "it was a Tuesday": the article is inside, and no day is known but the weekday
            item = dataclasses.replace(item, start=indefinite.start(), text=text[indefinite.start() : item.end])
            value = _any_such_day(value)
        range_end = bool(result) and (
            _range_end(text, result[-1], item)
            or _coordinated_day(text, result[-1], item)
            or _coordinated_date(text, result[-1], item, reference)
        )
        if result and _compared_period(text, result[-1], item):
            value = _period_before(value, result[-1])  # "in the third quarter, down from 5.6% in the second quarter"
        if range_end:
            value = _after(value, result[-1])
        if result and isinstance(value, Calendar) and value.report is not None and _months_before(text, result[-1], item):
            value = dataclasses.replace(value, report=None)  # "For the nine months, ... in the 1988 period": 1988
        if memory.previous is not None and _COUNTED_FROM_LAST.match(item.text):
            value = _counted_from(value, memory.previous)
        if isinstance(value, Recurring) and value.relation is Relation.SAME:  # "that May": in the year last named
            same = _same_week_day(value, memory.previous)  # "that Saturday": in the week of the day last named
            value = same or dataclasses.replace(value, relation=Relation.TENSE)
            named = memory.dated if memory.dated is not None else memory.previous
            if named is not None and same is None:
                value = _in_year(value, named.start.year, holidays=True)
        if reference is not None and _needs_tense(value):
            if sentences is None:
                sentences = split_sentences(text)
                starts = [sentence.start for sentence in sentences]
            index = max(bisect.bisect_right(starts, item.start) - 1, 0)
            sentence = sentences[index] if sentences else None
            start, end = (sentence.start, sentence.end) if sentence else (0, len(text))
            tense = sentence_tense(text, item, start, end)
            if tense is Tense.PRESENT and reference is not None:
                value = _weekday_named_before(value, result, reference) or value
            value = memory.in_sentence_year(value, text, start, item.start, tense)
            last_day = memory.last_day
            if (
                (tense in (Tense.PRESENT, Tense.NEAREST) or tense.looks_ahead)
                and last_day is not None
                and last_day.start >= start
                and not _past_between(text, last_day.end, item.start)
                and not (_SPAN_END_BEFORE.search(text, max(0, last_day.start - 9), last_day.start)
                         and _DEADLINE_BEFORE.search(text, max(0, item.start - 4), item.start))
            ):  # (not "rain through Thursday, and the river could rise ... by Wednesday evening": a deadline in the span)
                joined = range_end or _RANGE_JOIN.fullmatch(text, last_day.end, item.start) is not None
                value, tense = _continuing(value, last_day, reference, tense, joined)
            elif tense is Tense.PRESENT and result and result[-1].start >= start:
                tense = _after_a_period_ahead(text, value, result[-1], item, reference)
            if tense is Tense.PRESENT:
                value = _in_the_weekend(text, value, item, result) or value
            if _until_before(text, item):
                until_after = _last_named_day(text, result, start, item.start)
        if (
            isinstance(value, Shift)
            and value.anaphoric
            and value.hour is not None
            and value.offset == 0
            and not tense.looks_back
            and _ON_AIR_NEXT.search(text, max(0, item.start - ON_AIR_REACH), item.start)
        ):
            value = dataclasses.replace(value, anaphoric=False)  # "Tomorrow, sunny spells. Next news at eight": the
            # next news is at eight of the day it is said (not "was reading the news at noon" in a story of 1958)
        if isinstance(value, Shift) and item.rule in _CLOCK_RULES and value.offset == 0 and not _MERIDIEM.search(item.text):
            value = _greeted(text, item.start, value)
        distal = item.rule in ("anaphoric-pod", "anaphoric-unit") and bool(_THAT_DAY.fullmatch(item.text))
        anchor = memory.anchor(text, item.start, distal)
        if (
            memory.dateline is not None
            and item.rule in _SAID_DAY_RULES
            and (memory.dateline_told or _in_quotation(text, item.start))
        ):
            anchor = dataclasses.replace(anchor, reference=memory.dateline)  # "OKLAHOMA CITY, Jan. 14 -- A Federal
            # appeals court today refused" (published Jan. 15): Jan. 14
        if memory.entry is not None and index not in stamps and memory.entry[0] == _line_start(text, item.start):
            anchor = dataclasses.replace(anchor, reference=memory.entry[1])  # "Saturday, Jan. 29\n\n12:30 p.m. The
            # Jetport has recorded 14 inches since early this morning": the entry's day is its stamp's, not the
            # publication's
        resolved = resolve(value, anchor, tense)
        if _years_on_past_today(value, resolved, reference, tense) and memory.named_year is not None:
            resolved = resolve(value, dataclasses.replace(anchor, previous=memory.named_year), tense)  # "in 1953,
            # the Friday and Saturday residency ... that would last until the club closed 31 years later": 1984
        if item.rule in ("weekday-month-day", "day-month") and isinstance(value, Recurring) and reference is not None:
            story = [mention for mention in (memory.dated, memory.historic, memory.named_year) if mention is not None]
            settled = _year_of_the_weekday(item, value, resolved, story, reference)
            if settled is not None:
                resolved = resolve(settled, memory.anchor(text, item.start), tense)  # "in the winter of 1987 ...
                # came in on Thursday, March 12": the year whose March 12 is a Thursday
        if until_after is not None and resolved.value < until_after.value[:10]:
            resolved = resolve(_after(value, until_after), memory.anchor(text, item.start), tense)  # "issued a
            # warning on Thursday afternoon ... until 10am on Saturday": a span's end lies after its start
        effective = _EFFECTIVE_BEFORE.search(text, max(0, item.start - 20), item.start)
        if reference is not None and tense.looks_back and not effective:
            resolved = _midnight_gone(resolved, reference)
        elif reference is not None:
            resolved = _midnight_opening(text, item, resolved, reference, memory.previous)
        of_an_event = item.rule == "the-year" and _OF_AN_EVENT_AFTER.match(text, item.end) is not None
        if of_an_event:
            resolved = _period_of_an_event(resolved)
        timex = _timex(item, resolved)
        if range_end:
            timex = _past_midnight(result[-1], timex)
        clock = _clock_on(text, result[-1], timex) if result else None
        if clock is not None:
            result[-1] = clock  # "at 2203 GMT on Sunday": the clock time falls on the day that follows it
        result.append(timex)
        if reference is not None and index == 0 and timex.granularity is Granularity.DAY and _is_dateline(text, item):
            day = dt.date.fromisoformat(timex.value)
            if 1 <= (reference - day).days <= DATELINE_DAYS:
                memory.dateline = day
        if memory.dateline is not None and item.rule == "weekday" and timex.value == memory.dateline.isoformat():
            memory.dateline_told = False  # "BOSTON, April 22 -- ... beat the Blue Jays at Fenway Park on Saturday":
            # told for the next day's reader, whose "this afternoon" is the publication day's (a quote's is still
            # said on the dateline's day)
        if named_event or with_article or _in_passing(text, item, memory.previous, reference):
            continue  # "rebounded today after Friday's plunge. ... at 10:30 a.m.": the story stays on today; "will
            # run on a Sunday schedule Saturday": the Saturday to come, not the one after that Sunday
        if len(result) > 1 and _a_gloss(text, result[-2], timex):
            continue  # "at 8 p.m. (1900 GMT) ... about an hour later": counted from the local time, not its gloss
        if of_an_event:
            continue  # "the week of the big freeze. My mother kept a diary that month": the story's December 1962
            # (its value is unknown, :func:`_period_of_an_event`)
        if _record_since(text, item, timex, reference):
            continue  # "its biggest one-day drop since Nov. 15, 1991. The Fed said shortly after 11 a.m.": a record's
            # start, named in passing, not the day the story moves to
        night_of = _NIGHT_OF_BEFORE.search(text, max(0, item.start - 16), item.start)
        if night_of is not None and timex.granularity is Granularity.DAY and _DAY_VALUE.fullmatch(timex.value):
            pod = "NI" if night_of["pod"].lower() == "night" else "EV"
            resolved = Resolved(f"{timex.value}T{pod}", Granularity.PART_OF_DAY)  # "on the night of 22 January ... at
            # 1.56am": the small hours after that night
        if item.rule != "weekday" or not _COMPARISON_BEFORE.search(text, max(0, item.start - 40), item.start):
            memory.remember(item, timex, resolved)  # (not "down from 6.63 percent late Wednesday": a price's day
            # named for comparison, no day the story moves to)
        if reference is not None and _is_heading(text, timex):
            heading = dt.date.fromisoformat(timex.value)
            if item.rule == "weekday" and heading > reference and _STAMP_LINE_AFTER.match(text, timex.end):
                heading -= dt.timedelta(days=7)  # "FRIDAY" over the time stamps of a log published on a Saturday:
                # the day before (but over a listing of events, "FRIDAY\n- The market opens at 3 p.m.", the day ahead)
                result[-1] = timex = dataclasses.replace(timex, value=heading.isoformat())
            memory.heading, memory.heading_minute, memory.heading_days = heading, None, 0
        if timex.granularity in _DAYS:
            memory.last_day = timex
        if clock is not None:
            memory.day = mentioned(Resolved(clock.value, Granularity.TIME))  # "... and at 0214 GMT": after it
        elif len(result) > 2 and (glossed := _glossed_clock(text, result[-3], result[-2], timex)) is not None:
            memory.day = mentioned(Resolved(glossed, Granularity.TIME))  # "at 11:30 p.m. (1530 GMT) on Saturday"
    result = _range_starts(text, _counted_from_the_next(text, _glossed_times(text, _clock_day_phrases(text, result))))
    result = _dated_clocks(text, _holidays_with_dates(text, result), reference)
    result = _shared_meridiem(text, _shared_day(text, result))
    result = _holiday_weeks(text, _periods_ended(text, _month_range_starts(text, result)))
    result = _days_every_week(text, _days_of_a_week_named(text, result))
    timexes = _habitual_periods(text, _habitual_clocks(text, result, sentences))
    return _holidays_on_their_dates(text, timexes)


_COMPARISON_BEFORE = pattern(
    r"\b(?:from|than|versus|vs\.?|against)\s+[$€£]?\d+(?:[.,]\d+)*\s*(?:percent|%|cents?|pence|yen|points?|dollars?|euros?"
    r"|a\s+share|a\s+barrel)?\s+(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
"""An amount compared with before a weekday: "down from 6.63 percent late Wednesday", "up from $41.20 on Friday" (the
price's day, which later times do not fall on)."""
_WEEK_VALUE = pattern(r"(?P<year>\d{4})-W(?P<week>\d\d)$")
_WEEKDAYS_JOINED = pattern(r",?\s+(?:(?:from|on|between|and|or|to|through|until|till|[-–])\s+)*")
"""What may stand between a week and the weekdays that fall in it: "next week, from Tuesday to Thursday"."""


_EVERY_LIST_BETWEEN = pattern(r",?\s+(?:and|or)\s+|,\s+")
"""What stands between the weekdays of one "every": "every Tuesday and Thursday", "every Monday, Wednesday"."""
_WEEKDAY_NAME = pattern(DAY_NAME, re.IGNORECASE)
"""A weekday's name and nothing else: "Thursday" (not "Thursday night", whose set is not a weekday's)."""


def _days_every_week(text: str, timexes: list[Timex]) -> list[Timex]:
    """Weekdays listed right after "every <weekday>" recur as it does: "visited the hospice every Tuesday and Friday"
    -> two sets, not a set and the Friday of this week."""
    result = list(timexes)
    for index in range(1, len(result)):
        recurring, day = result[index - 1], result[index]
        if (
            recurring.type is TimexType.SET
            and recurring.value.startswith("XXXX-WXX-")
            and day.rule == "weekday"
            and _WEEKDAY_NAME.fullmatch(day.text)
            and _EVERY_LIST_BETWEEN.fullmatch(text, recurring.end, day.start)
        ):
            weekday = dt.date.fromisoformat(day.value).isoweekday() if _DAY_VALUE.fullmatch(day.value) else None
            if weekday is not None:
                result[index] = dataclasses.replace(
                    day, type=TimexType.SET, value=f"XXXX-WXX-{weekday}", granularity=None
                )
    return result


def _days_of_a_week_named(text: str, timexes: list[Timex]) -> list[Timex]:
    """Weekdays right after a week named ("next week, from Tuesday to Thursday", "last week on Monday") fall in that
    week, not in the one the tense alone would give."""
    result = list(timexes)
    for index, week in enumerate(timexes):
        found = _WEEK_VALUE.match(week.value) if week.rule == "relative-unit" else None
        if found is None:
            continue
        end = week.end
        for following in range(index + 1, len(timexes)):
            day = timexes[following]
            if day.rule != "weekday" or not _DAY_VALUE.match(day.value) or not _WEEKDAYS_JOINED.fullmatch(
                text, end, day.start
            ):
                break
            weekday = dt.date.fromisoformat(day.value[:10]).isoweekday()
            placed = dt.date.fromisocalendar(int(found["year"]), int(found["week"]), weekday)
            result[following] = dataclasses.replace(day, value=placed.isoformat() + day.value[10:])
            end = day.end
    return result


_GREETING = pattern(r"\bGood\s+(?P<pod>morning|afternoon|evening)\b")
"""A broadcast's greeting: its part of the day is the one its clock times said without a.m. or p.m. fall in."""
_MERIDIEM = pattern(r"(?i:[ap]\.?\s?m\b|noon|midnight|\d\d\d\d|tonight|morning|afternoon|evening|night)")
"""A clock time that says its half of the day itself ("7 p.m.", "noon", "1900 GMT", "seven tonight")."""
GREETING_REACH = 1500
"""How far after a greeting the time said on air is still read in its part of the day."""
_ON_AIR_NEXT = pattern(
    rf"\b(?i:{alternation(lx.ON_AIR_NEXT)})(?:\s+(?:is|are|again|next|here|coming\s+up|with\s+more))*,?"
    r"\s+at\s+(?:(?:about|around|just\s+after|just\s+before)\s+)?$"
)
"""The time of a broadcast's or a live page's next news (:data:`timeline.lexicon.ON_AIR_NEXT`): "The next news is
at", "We'll be back at", "Join us again at"."""
ON_AIR_REACH = 48
"""How far before a clock time :data:`_ON_AIR_NEXT` is looked for."""
_ON_AIR_CLOCK_BEFORE = pattern(
    r"(?i:\b(?:it['’]s|it\s+is|the\s+time\s+is|time\s+now|(?:news|bulletin|update|headlines|forecast)\s+(?:is\s+)?at)"
    r"\s+(?:(?:just|now|coming\s+up\s+to|almost|nearly|exactly)\s+)?(?:(?:gone|after|before)\s+)?)$"
)
"""The time said on air: "It's ten o'clock", "the next news is at seven" (not "the markets open at 9:30")."""


def _greeted(text: str, start: int, value: Shift) -> Shift:
    """An hour said without a.m. or p.m. after a broadcast's greeting, in that greeting's part of the day: "Good
    evening. It's ten o'clock" -> 22:00, "Good morning ... It's six o'clock" -> 06:00."""
    if value.hour is None or not _ON_AIR_CLOCK_BEFORE.search(text, max(0, start - 40), start):
        return value  # (looked at first: few clock times are said on air, and the greeting is searched far back)
    greeting = None
    for greeting in _GREETING.finditer(text, max(0, start - GREETING_REACH), start):
        pass
    if greeting is None:
        return value
    pod = greeting["pod"]
    if pod == "morning":
        return dataclasses.replace(value, open_meridiem=False, hour=value.hour - 12 if value.hour > 12 else value.hour)
    if value.hour < 12 and (pod == "evening" or value.hour <= AFTERNOON_OPEN_UNTIL):
        return dataclasses.replace(value, open_meridiem=False, hour=value.hour + 12)
    return value


_CLOCK_RULES = frozenset({"clock-time", "bare-hour", "clock-past", "half-hour-british", "spoken-clock"})
"""Rules of a clock time said without a day of its own ("at 8 p.m.", "from 10 a.m.", "at half past six")."""
_HABITUAL_SET = pattern(
    rf"(?i:(?:every|each)\s+(?:other\s+)?(?:day|morning|afternoon|evening|night|weekday|weekend|week|{DAY_NAME})"
    rf"|weekends|weeknights|{DAY_NAME}s|(?:daily|nightly)(?=\s*[.,;]|\s+(?:from|at|until|till|between|except|and)\b))\b"
)
"""A set of days that makes the clock times of its sentence a routine: "every Saturday", "open daily", "on
weekends", "Tuesdays" (not a rate, "$14 million a year", a frequency within the day, "every 30 minutes", a year,
"like every year", or an adjective, "its usual daily briefing")."""
_HABITUAL_WORDS = pattern(r"\b(?i:on\s+weekdays|weekdays|every\s+day|each\s+day)\b")
"""A routine the tagger tags no set for: "between 9.30am and 3.30pm on weekdays"."""
_OWN_DAY = pattern(
    rf"(?i:{alternation(lx.WEEKDAYS)}|today|tonight|tomorrow|yesterday|{alternation(lx.MONTHS)}|\d+/\d+)"
)
"""A day named inside a clock time's own expression ("8 p.m. Saturday", "10 a.m. tomorrow"): no routine."""


def _habitual_clocks(text: str, timexes: list[Timex], sentences: list[Sentence] | None) -> list[Timex]:
    """A clock time with no day of its own, in a sentence that tells a routine and names no day, is a time of any
    day: "The market opens every Saturday from 8 a.m. to noon" -> ``XXXX-XX-XXT08:00``, not 8 a.m. of the day last
    named."""
    clocks = [i for i, t in enumerate(timexes) if t.rule in _CLOCK_RULES and t.granularity is Granularity.TIME]
    if not clocks or not any(t.type is TimexType.SET for t in timexes) and not _HABITUAL_WORDS.search(text):
        return timexes
    if sentences is None:  # not split yet: no expression before needed its sentence's tense
        sentences = split_sentences(text)
    starts = [sentence.start for sentence in sentences]
    result = list(timexes)
    for index in clocks:
        clock = timexes[index]
        if _OWN_DAY.search(clock.text) or not _CLOCK_VALUE.match(clock.value):
            continue
        sentence = sentences[max(bisect.bisect_right(starts, clock.start) - 1, 0)] if sentences else None
        low, high = (sentence.start, sentence.end) if sentence else (0, len(text))
        inside = [t for t in timexes if low <= t.start < high]
        routine = any(
            t.type is TimexType.SET
            and _HABITUAL_SET.search(text, t.start, t.end + 8)
            and "," not in text[min(t.end, clock.end) : max(t.start, clock.start)]  # not "which trade ... each
            for t in inside  # day, suggested further gains by midday": the routine of another clause
        )
        habitual_words = _HABITUAL_WORDS.search(text, low, high)
        routine = routine or habitual_words is not None and "," not in text[
            min(habitual_words.end(), clock.end) : max(habitual_words.start(), clock.start)
        ]
        dated = any(t.type in (TimexType.DATE, TimexType.TIME) and t.rule not in _CLOCK_RULES for t in inside)
        if routine and not dated and not clause_tense(text, clock.start, clock.end, low, high).looks_back:
            result[index] = dataclasses.replace(
                clock, value="XXXX-XX-XX" + clock.value[10:], resolved=False
            )  # the hour of a routine: no day
    return result


def _glossed_clock(text: str, clock: Timex, gloss: Timex, day: Timex) -> str | None:
    """The value of a clock time on the day named after its wire gloss ("at 11:30 p.m. (1530 GMT) on Saturday"), for
    what is counted from it ("about 10 minutes earlier"); :func:`_glossed_times` sets the values themselves."""
    if clock.type is not TimexType.TIME or not _CLOCK_VALUE.match(clock.value) or not _DAY_VALUE.fullmatch(day.value):
        return None
    gap = _GLOSS.match(text, clock.end)
    if gap is None or gap.end() != day.start or not clock.end < gloss.start < gloss.end <= gap.end():
        return None
    return day.value + clock.value[10:]


_EFFECTIVE_BEFORE = pattern(r"\beffective\s+(?:at\s+|from\s+)?$", re.IGNORECASE)
"""What comes before the time an order takes effect: "declared a state of emergency effective at midnight" (the
midnight ahead, whatever the verb)."""


_OF_AN_EVENT_AFTER = pattern(r"\s+of\s+(?:the|a|an|his|her|their|its|my|our)\s+(?![\d'’])", re.IGNORECASE)
"""A period of an event after "the week", "the year": "the week of the big freeze" (a time the text does not date)."""


_UNKNOWN_PERIOD = {Granularity.DAY: "XXXX-XX-XX", Granularity.WEEK: "XXXX-WXX", Granularity.MONTH: "XXXX-XX",
                   Granularity.YEAR: "XXXX"}  # fmt: skip


def _period_of_an_event(resolved: Resolved) -> Resolved:
    """The week, month or year of an event the text does not date is some such period, not the current one: "the
    week of the big freeze" -> ``XXXX-WXX``."""
    unknown = _UNKNOWN_PERIOD.get(resolved.granularity) if resolved.granularity is not None else None
    return Resolved(unknown, resolved.granularity, False) if unknown is not None else resolved


def _record_since(text: str, item: Found, timex: Timex, reference: dt.date | None) -> bool:
    """Whether a day long gone follows "since": the start of a record ("the biggest drop since Nov. 15, 1991")."""
    if reference is None or not _SINCE_BEFORE.search(text, max(0, item.start - 8), item.start):
        return False
    if not _DAY_VALUE.match(timex.value):
        return False
    try:
        return (reference - dt.date.fromisoformat(timex.value[:10])).days > HISTORIC_DAYS
    except ValueError:
        return False


def _years_on_past_today(value: Unresolved, resolved: Resolved, reference: dt.date | None, tense: Tense) -> bool:
    """Whether "N years later" (or decades, centuries) came out after the publication year in a clause that does not
    look ahead: counted from a day named near today instead of the year of the story."""
    if reference is None or tense.looks_ahead or not isinstance(value, Shift) or not value.anaphoric:
        return False
    if value.unit not in (Unit.YEAR, Unit.DECADE, Unit.CENTURY) or not value.offset or value.offset < 1:
        return False
    return resolved.value[:4].isdigit() and int(resolved.value[:4]) > reference.year


def _midnight_gone(resolved: Resolved, reference: dt.date) -> Resolved:
    """Midnight in a past clause, on the publication day, is the one that opened it: "the new fiscal year began at
    midnight" (Tuesday's paper) -> Tuesday T00:00, not the midnight still ahead (T24:00)."""
    if not resolved.value.endswith("T24:00") or resolved.value[:10] != reference.isoformat():
        return resolved
    return dataclasses.replace(resolved, value=f"{reference}T00:00")


_MORNING_RANGE_AFTER = pattern(
    r"\s*(?:and|to|until|till|through|[-–])\s*(?:1[01]|0?[1-9])(?:[:.][0-5]\d)?\s*a\.?\s?m\b", re.IGNORECASE
)
"""A range from midnight into the small hours.  Example: "between midnight and 6 a.m."."""
_AFTER_MIDNIGHT_BEFORE = pattern(
    r"(?P<until>\b(?:until|till)\s+)?\b(?:(?:just|shortly|soon|right)\s+)?(?:after|past)\s+$", re.IGNORECASE
)
"""What comes before a midnight that something follows: "just after midnight" (not "until after midnight")."""


def _midnight_opening(
    text: str, item: Found, resolved: Resolved, reference: dt.date, previous: Mentioned | None
) -> Resolved:
    """Midnight that opens a range into the morning of a day other than the publication day, or that something comes
    just after, is the one that opens that day: "Between 6 and 10 inches could accumulate by Sunday morning, with the
    heaviest bands between midnight and 6 a.m." -> Sunday T00:00; "until noon Wednesday ... the worst will arrive after
    midnight" -> Wednesday T00:00, not the midnight that ends it (on the publication day, T24:00 is the one ahead)."""
    if not resolved.value.endswith("T24:00") or resolved.value[:10] == reference.isoformat():
        return resolved
    if item.text.lower() != "midnight":
        return resolved
    after = _AFTER_MIDNIGHT_BEFORE.search(text, max(0, item.start - 24), item.start)
    if not _MORNING_RANGE_AFTER.match(text, item.end) and (after is None or after.group("until")):
        return resolved
    if previous is not None and previous.value.endswith(("TNI", "TEV")) and previous.value[:10] == resolved.value[:10]:
        return resolved  # "clear skies on Saturday night, though clouds could move in after midnight": that night's end
    return dataclasses.replace(resolved, value=resolved.value[:10] + "T00:00")


def _clock_on(text: str, clock: Timex, day: Timex) -> Timex | None:
    """The clock time right before a day, joined by "on", placed on that day ("at 2 a.m. on Saturday")."""
    if clock.type is not TimexType.TIME or clock.rule not in ("clock-time", "clock-past", "bare-hour"):
        return None
    if not _CLOCK_VALUE.match(clock.value):
        return None
    if not _DAY_VALUE.match(day.value) or day.granularity is not Granularity.DAY and (
        day.granularity is not Granularity.PART_OF_DAY or day.rule not in _CLOCK_DAY_RULES
    ):
        return None  # a day, or a part of a day named by its date or weekday ("on Friday evening")
    if not _ON.fullmatch(text, clock.end, day.start):
        return None
    midnight = "midnight" in clock.text.lower() and clock.value.endswith(("T00:00", "T24:00"))
    clock_part = "T24:00" if midnight else clock.value[10:]  # not one gone by (_midnight_gone); "two minutes to
    # midnight on Friday" keeps its 23:58
    hour, part = int(clock_part[1:3]), day.value[11:]
    if _MERIDIEM.search(clock.text) is None:  # a half of the day the clock time does not say itself
        if hour in _AFTER_NOON_HOURS.get(part, ()):
            clock_part = f"T{hour + 12:02d}" + clock_part[3:]  # "at ten after six on Friday evening" -> 18:10
        elif part == "MO" and 13 <= hour <= 23:
            clock_part = f"T{hour - 12:02d}" + clock_part[3:]  # "Mass at 11 o'clock on Monday morning" after "6pm"
    return dataclasses.replace(clock, value=day.value[:10] + clock_part)


_CLOCK_DAY_RULES = frozenset({"weekday", "deictic-day", "month-day", "day-month", "weekday-month-day", "month-day-year",
                              "day-month-year", "holiday"})  # fmt: skip
"""Rules of a day, or a part of a day named by its day, that a clock time before it joined by "on" falls on."""
_AFTER_NOON_HOURS = {"AF": range(1, 7), "EV": range(4, 12), "NI": range(6, 12)}
"""The hours said without a.m. or p.m. that a part of the day after them puts after noon ("at 7:30 on Saturday
evening"; not "at 1 on Sunday night")."""


_ON = pattern(r"(?:\s+[A-Z][a-z]+\s+time)?,?\s+on\s+")
"""What joins a clock time to its day: "at 2 a.m. on Saturday", "8:20 a.m. Japan time on July 5"."""


_THAT_DAY = pattern(r"(?i:that\s+(?:day|night|morning|afternoon|evening|weekend))")
HISTORIC_DAYS = 365
"""How long before the publication a day named must lie to be a story's day long gone (:class:`_Memory`)."""

NEAR_MENTION = 250
"""Characters, within a paragraph, from the last mention to a period named with "the" that belongs to its story
("That summer, the market turned. Sales fell by a third in the second half of the year")."""


@dataclass(slots=True)
class _Memory:
    """What the text has named so far, for the expressions after it: the last mention ("the following day"), the
    report's current period ("the latest quarter"), the last day ("two days later" after a coarser mention) and the
    last year named outright, with its offset ("In 2012, ... in March")."""

    reference: dt.date | None
    previous: Mentioned | None = None
    current: Mentioned | None = None
    day: Mentioned | None = None
    year_at: tuple[int, int] | None = None
    winter_at: int | None = None
    """Where the last winter named with its two years starts ("the winter of 1962-63"), when it is the mention of
    :attr:`year_at`: its January to June fall in the second year."""
    last_day: Timex | None = None
    """The last expression of a day or finer, for the weekdays of an itinerary after it (:func:`_continuing`)."""
    dated: Mentioned | None = None
    """The last mention of a year or finer, for "that summer" after a decade named in passing ("arrived in January
    1962 ... wore it until the 1970s. That summer she met ...")."""
    previous_end: int = 0
    """Where the last mention ends in the text."""
    historic: Mentioned | None = None
    """The last day named that lies more than :data:`HISTORIC_DAYS` before the publication, for "that night" in a
    story told years later (:meth:`anchor`)."""
    named_year: Mentioned | None = None
    """The last date named with its year ("in 1953", "June 12, 1944"), for "31 years later" after days named since."""
    heading: dt.date | None = None
    """The day of the last line that names a day and nothing else, a live blog's heading ("Thursday 19 December"):
    the time stamps under it are that day's."""
    heading_minute: int | None = None
    """The minute of the day of the last time stamp under the heading."""
    heading_days: int = 0
    """Days the stamps under the heading have gone past midnight."""
    entry: tuple[int, dt.date] | None = None
    """Where the line of the last time stamp starts, and the stamp's day: the day the entry's "today" and "tonight"
    are said."""
    dateline: dt.date | None = None
    """The day a dateline names a day or two before the publication ("OKLAHOMA CITY, Jan. 14 --" in the paper of
    Jan. 15): the day the story's "today" and "tonight" are said."""
    dateline_told: bool = True
    """Whether the story is told on its dateline's day (not once it names that day by its weekday)."""

    def under_heading(self, stamp: Shift) -> int:
        """The day of a time stamp under a heading, in days after the publication: the heading's, or the next once
        the stamps go round midnight ("Thursday 19 December ... 23:15 ... 00:40")."""
        assert self.heading is not None and self.reference is not None and stamp.hour is not None
        minute = stamp.hour * 60 + (stamp.minute or 0)
        if self.heading_minute is not None and minute < self.heading_minute - MIDNIGHT_GAP:
            self.heading_days += 1
        self.heading_minute = minute
        return (self.heading - self.reference).days + self.heading_days

    def anchor(self, text: str, start: int, distal: bool = False) -> Anchor:
        """What an expression at ``start`` resolves against; ``distal`` for "that night", "that day": a day long
        gone when the last day named is yesterday, today or still to come ("Mayor Healy, who was a firefighter that
        night" after "will be unveiled on Sunday" in a story of a 1997 fire; but "Police were called on Friday ...
        that night", read on a Monday, is Friday's)."""
        near = None
        if self.previous is not None and start - self.previous_end <= NEAR_MENTION:
            near = None if "\n\n" in text[self.previous_end : start] else self.previous
        if distal and self.historic is not None and self.reference is not None:
            present = self.day is None or (self.reference - self.day.start).days <= 1
            if present and (self.previous is None or (self.reference - self.previous.start).days <= 1):
                return Anchor(self.reference, self.historic, self.current, self.historic, near)
        return Anchor(self.reference, self.previous, self.current, self.day, near)

    def in_sentence_year(
        self, value: Unresolved, text: str, sentence_start: int, start: int, tense: Tense = Tense.PRESENT
    ) -> Unresolved:
        """``value`` placed in the year its sentence named before it, when that year frames it (:func:`_frames`)
        and the clause does not look ahead of a year gone by ("A time capsule buried in 1945 will be opened on
        Oct. 14": the Oct. 14 to come)."""
        if self.year_at is None or self.year_at[0] < sentence_start:
            return value
        offset, year = self.year_at
        if tense.looks_ahead and self.reference is not None and year < self.reference.year:
            return value
        event = self.reference is None or year <= self.reference.year  # not "opens for the 2024 race", read in 2023
        if not _frames(text, sentence_start, offset, start, event):
            return value
        if self.winter_at == offset and isinstance(value, Recurring) and value.month is not None and value.month <= 6:
            year += 1  # "In the winter of 1962-63, snow fell in December and again in February": February 1963
        return _in_year(value, year, holidays=True)

    def remember(self, item: Found, timex: Timex, resolved: Resolved) -> None:
        """Keep what a date named outright leaves for later anaphora (see :func:`_anchors_later`)."""
        if timex.type is TimexType.TIME and isinstance(item.value, Shift) and item.value.hour is not None:
            clock = mentioned(resolved)  # "at 4:10 a.m.": the last day named, now to the minute
            if clock is not None and clock.granularity is Granularity.TIME:
                self.day = clock
        if (
            timex.type is TimexType.DATE
            and isinstance(item.value, Shift)
            and (timex.granularity is Granularity.YEAR or item.value.same_day and item.value.unit is Unit.YEAR)
            and not item.value.anaphoric
            and timex.value[:4].isdigit()
            and item.rule != "relative-season"  # a season runs across two years: "Last season ... peaked in February"
        ):
            self.year_at = (item.start, int(timex.value[:4]))  # "Four years ago, Bush trailed in August"
        if timex.type not in (TimexType.DATE, TimexType.TIME) or not _anchors_later(item):
            return
        mention = mentioned(resolved)
        if mention is None:
            return
        self.previous = mention
        self.previous_end = item.end
        if isinstance(item.value, Calendar) and item.value.year is not None:
            self.named_year = mention
        if mention.granularity.rank >= Granularity.YEAR.rank:
            self.dated = mention
        if is_current(mention, self.reference):
            self.current = mention
        if mention.granularity.rank >= Granularity.DAY.rank:
            self.day = mention
            if self.reference is not None and (self.reference - mention.start).days > HISTORIC_DAYS:
                self.historic = mention
        if mention.granularity in _FRAMING and isinstance(item.value, Calendar) and item.value.year is not None:
            self.year_at = (item.start, mention.start.year)  # "in the third quarter of 2017, ... in July"
            if timex.value.endswith("-WI") and _YEAR_SPAN.search(timex.text):
                self.winter_at = item.start  # "the winter of 1962-63" frames the months of two years (but "the
                # winter of 1967 ... on Jan. 9" is January 1967)


_GLOSS = pattern(r"\s*\([^()\n]{1,20}\)\s*(?:on\s+)?")
"""A short parenthesis between a clock time and its day, as wire copy writes it: "10:35 a.m. (0735 GMT) Friday" (a
plain "on" between them is read as the text goes, :func:`_clock_on`)."""


_ANAPHORIC_DAY = pattern(r"(?i:the\s+(?:following|next|same|previous)\s+(?:day|morning|afternoon|evening|night"
                         r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday))")
_SPACE_ONLY = pattern(r"\s+")


def _joined_pairs(timexes: list[Timex], join: Callable[[Timex, Timex], Timex | None]) -> list[Timex]:
    """``timexes`` with each pair of neighbours that ``join`` makes one expression replaced by that expression."""
    result: list[Timex] = []
    index = 0
    while index < len(timexes):
        joined = join(timexes[index], timexes[index + 1]) if index + 1 < len(timexes) else None
        result.append(joined or timexes[index])
        index += 2 if joined is not None else 1
    return result


_FULL_DATE_RULES = frozenset({"month-day-year", "day-month-year"})


def _holiday_key(name: str) -> str:
    """A holiday's name as the lexicon's tables key it: "the  Fourth of July" -> "fourth of july"."""
    return " ".join(name.lower().split()).removeprefix("the ")


def _fixed_holiday(name: str) -> bool:
    """Whether a holiday's name is one of a fixed day of the year ("VE Day", "Christmas Eve")."""
    return _holiday_key(name) in lx.HOLIDAYS


def _holidays_with_dates(text: str, timexes: list[Timex]) -> list[Timex]:
    """A movable holiday and its full date after a comma are one expression, as a weekday and its date are: "on
    Good Friday, March 27, 1964" (the holiday took the date's day, :func:`_apposed_holiday`)."""

    def join(holiday: Timex, date: Timex) -> Timex | None:
        if holiday.rule != "holiday" or date.rule not in _FULL_DATE_RULES or holiday.value != date.value:
            return None
        if not _APPOSITION.fullmatch(text, holiday.end, date.start) or _fixed_holiday(holiday.text):
            return None  # (a fixed day's date is said twice: "VE Day, 8 May 1945" is two expressions)
        return dataclasses.replace(date, start=holiday.start, text=text[holiday.start : date.end], rule="holiday")

    return _joined_pairs(timexes, join)


def _clock_day_phrases(text: str, timexes: list[Timex]) -> list[Timex]:
    """A clock time followed, with no "on", by an anaphoric day is one expression on that day: "until 6 a.m. the
    following Monday", "by 3 p.m. the same day", "at about 2.15am the following morning" (TimeML joins a clock time
    to its day: "3 p.m. Tuesday"); one followed by the trading session of a day takes that day ("In 4 p.m. composite
    trading ... yesterday")."""

    def clock_on_day(time: Timex, day: Timex) -> bool:
        return (
            time.rule in ("clock-time", "bare-hour")
            and bool(_CLOCK_VALUE.match(time.value))
            and bool(_DAY_VALUE.match(day.value))
        )

    def join(time: Timex, day: Timex) -> Timex | None:
        if not clock_on_day(time, day) or not _SPACE_ONLY.fullmatch(text, time.end, day.start):
            return None
        if not _ANAPHORIC_DAY.fullmatch(day.text) or time.text.endswith(".") and day.text[:1].isupper():
            return None  # (not "served 41 people by 9 p.m. The next morning, he recalls": a new sentence)
        return dataclasses.replace(
            time, end=day.end, text=text[time.start : day.end], value=day.value[:10] + time.value[10:]
        )

    joined = _joined_pairs(timexes, join)
    for index, (time, day) in enumerate(itertools.pairwise(joined)):
        if (
            clock_on_day(time, day)
            and _SESSION_BETWEEN.fullmatch(text, time.end, day.start)
            and _DAY_VALUE.fullmatch(day.value)
        ):
            joined[index] = dataclasses.replace(time, value=day.value[:10] + time.value[10:])  # each its own
    return joined


_DATE_CLOCK_BETWEEN = pattern(r",?[^\S\n]+")
_SPACES_ON_THE_LINE = pattern(r"[^\S\n]+")
_DATED_CLOCK_RULES = frozenset({"month-day", "day-month", "weekday-month-day"})
"""Rules of a day named by its month and number without a year, which a clock time right after joins."""
_YEAR_DATED_CLOCK_RULES = frozenset({"month-day-year", "day-month-year"})
"""Rules of a full date, which a clock time joins only with nothing but spaces between ("Fri 22 Nov 2024 18.02
CET", a log's stamp; not "Thursday, June 4, 1998, 1:10 p.m.")."""


def _dated_clocks(text: str, timexes: list[Timex], reference: dt.date | None) -> list[Timex]:
    """A day and a clock time right after it, on the same line, are one expression on that day: a log's stamp
    "Dec. 22, 11:45 p.m. - Airlines have canceled ...", "Oct. 31, 01:50 JST", "Sat 15:30", "Fri 22 Nov 2024 18.02
    CET"; a weekday and a clock time with a comma between only where the line opens with them ("Tuesday, 8:30 a.m.
    -", but "on Sunday, 9 a.m. services resume" is two); a full date and a clock time only with no comma
    ("Thursday, June 4, 1998, 1:10 p.m.", a dateline and its time, stay two).  A weekday that opens its line so is
    a log's stamp, the day of that name nearest the publication ("Sun 02:15" on a page of Saturday: the next day)."""

    def join(day: Timex, time: Timex) -> Timex | None:
        if time.rule != "clock-time" or not _DAY_VALUE.fullmatch(day.value) or not _CLOCK_VALUE.match(time.value):
            return None
        if not _joins_its_clock(text, day, time):
            return None
        date = day.value
        if day.rule == "weekday" and reference is not None and _line_start(text, day.start) == day.start:
            date = _nearest_weekday(dt.date.fromisoformat(date), reference).isoformat()
        return dataclasses.replace(
            time, start=day.start, text=text[day.start : time.end], value=date + time.value[10:]
        )

    return _joined_pairs(timexes, join)


def _nearest_weekday(day: dt.date, reference: dt.date) -> dt.date:
    """The day with the weekday of ``day`` nearest ``reference`` (three days back to three ahead)."""
    ahead = (day.isoweekday() - reference.isoweekday()) % 7
    return reference + dt.timedelta(days=ahead - 7 if ahead > 3 else ahead)


def _joins_its_clock(text: str, day: Timex, time: Timex) -> bool:
    """Whether the clock time after ``day`` is written as part of it (see :func:`_dated_clocks`)."""
    if _SPACES_ON_THE_LINE.fullmatch(text, day.end, time.start):
        return day.rule in _DATED_CLOCK_RULES or day.rule in _YEAR_DATED_CLOCK_RULES or day.rule == "weekday"
    if not _DATE_CLOCK_BETWEEN.fullmatch(text, day.end, time.start):
        return False
    if day.rule == "weekday":
        return _line_start(text, day.start) == day.start
    return day.rule in _DATED_CLOCK_RULES


_SESSION_BETWEEN = pattern(
    r"\s+(?:(?:New\s+York\s+Stock\s+Exchange|Big\s+Board|Nasdaq|American\s+Stock\s+Exchange)\s+)?"
    r"(?:composite\s+)?trading(?:\s+on\s+the\s+(?:[A-Z][\w.]*\s+)*[A-Z][\w.]*)?\s+"
)
"""What stands between a clock time and the day of its trading session: "4 p.m. composite trading on the New York
Stock Exchange yesterday"."""


def _glossed_times(text: str, timexes: list[Timex]) -> list[Timex]:
    """A clock time followed, past a short parenthesis, by a day takes that day: "occurred at 10:35 a.m. (0735 GMT)
    Friday" happened on Friday, not on the publication day.  A time in GMT in the parenthesis is a timex of its
    own, on the day that makes it the same instant ("7:58 a.m. (2358 GMT)" in Jakarta: 23:58 the day before).
    Each keeps its own extent, as TimeML tags them."""
    for index, time in enumerate(timexes):
        if time.type is not TimexType.TIME or time.rule != "clock-time" or not _CLOCK_VALUE.match(time.value):
            continue
        following = timexes[index + 1 : index + 3]
        gloss = following[0] if following and _OPENING.fullmatch(text, time.end, following[0].start) else None
        if gloss is not None and gloss.type is TimexType.TIME:  # "(0735 GMT)", "(2358 GMT Saturday)"
            closing = _CLOSING.match(text, gloss.end)
            day = following[1] if closing and len(following) > 1 and following[1].start == closing.end() else None
        else:
            gloss = None
            day = following[0] if following and _GLOSS.fullmatch(text, time.end, following[0].start) else None
        if day is not None and day.granularity is Granularity.DAY and _DAY_VALUE.match(day.value):
            time = timexes[index] = dataclasses.replace(time, value=day.value[:10] + time.value[10:])
        if gloss is not None and is_gmt_gloss(text, time, gloss) and _CLOCK_VALUE.match(gloss.value):
            timexes[index + 1] = _same_instant(time, gloss)  # a gloss with no day of its own
    return timexes


_OPENING = pattern(r"\s*\(\s*")
_CLOSING = pattern(r"\s*\)\s*(?:on\s+)?")
_GMT_ONLY = pattern(r"(?:[01]?\d|2[0-3]):?[0-5]\d\s+(?:GMT|UTC)", re.IGNORECASE)
"""A wire's gloss of a local time: "(0735 GMT)", "(19:00 GMT)"."""


def is_gmt_gloss(text: str, local: Timex, gloss: Timex) -> bool:
    """Whether ``gloss`` restates the clock time ``local`` in GMT, in parentheses right after it: "10:35 a.m. (0735
    GMT)" (the same instant, not an event of its own)."""
    return bool(_OPENING.fullmatch(text, local.end, gloss.start) and _GMT_ONLY.fullmatch(gloss.text))


def _minutes(clock: str) -> int:
    """Minutes since midnight of "HH:MM"."""
    return int(clock[:2]) * 60 + int(clock[3:])


def _same_instant(local: Timex, gloss: Timex) -> Timex:
    """The GMT gloss of a local clock time, on the day that keeps the two within the world's time zones (GMT-12 to
    GMT+14)."""
    one, two = _CLOCK_VALUE.match(local.value), _CLOCK_VALUE.match(gloss.value)
    assert one is not None and two is not None
    difference = _minutes(one["clock"]) - _minutes(two["clock"])  # local minus GMT
    shift = 1 if difference > 14 * 60 else -1 if difference < -12 * 60 else 0
    try:
        day = dt.date.fromisoformat(one["day"]) + dt.timedelta(days=shift)
    except OverflowError:
        return gloss
    return dataclasses.replace(gloss, value=f"{day.isoformat()}T{two['clock']}")


_WEEKEND_BEFORE_AFTER = pattern(r"\s+(?P<way>before|after)\s+")


def _weekend_from(day: Timex, after: bool) -> str | None:
    """The ISO weekend right after (or before) a day: "the weekend after Labor Day" (Monday 2012-09-03) ->
    2012-W36-WE."""
    if day.granularity is not Granularity.DAY or not _DAY_VALUE.match(day.value):
        return None
    try:
        date = dt.date.fromisoformat(day.value[:10])
        step = 1 if after else -1
        date += dt.timedelta(days=step)
        while date.isoweekday() < 6:
            date += dt.timedelta(days=step)
    except (ValueError, OverflowError):
        return None
    year, week, _ = date.isocalendar()
    return f"{year}-W{week:02d}-WE"


_DAY_BEFORE_AFTER = pattern(r"the\s+(?P<unit>day|week)\s+(?P<way>before|after)$", re.IGNORECASE)


_CLOCK_ONLY = pattern(
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?|noon|midnight|midday)(?:\s+[A-Za-z]{2,4}\.?)?", re.IGNORECASE
)
"""A clock time that names no day of its own: "9 a.m.", "9:30", "noon", "4 a.m. EST"."""


_AND_VERB_AT = pattern(r"\s+and\s+(?:[a-z]+\s+){1,2}(?:at\s+)?")


def _shared_day(text: str, timexes: list[Timex]) -> list[Timex]:
    """A clock time with no day of its own, joined by "and <verb> at" to a clock time with a day, is on that day:
    "Polls open at 7 a.m. and close at 8 p.m. Tuesday", "... at 7 am and close at 5 pm on Sunday"."""
    result = list(timexes)
    for index in range(len(result) - 1):
        start, end = result[index], result[index + 1]
        begun, ended = _CLOCK_VALUE.match(start.value), _CLOCK_VALUE.match(end.value)
        if begun is None or ended is None or begun["day"] == ended["day"] or not _CLOCK_ONLY.fullmatch(start.text):
            continue
        if not _AND_VERB_AT.fullmatch(text, start.end, end.start) or _ANAPHORIC_DAY.search(end.text):
            continue  # (not "began at 2 p.m. and at 9:15 the next day it resumed": the next day is another)
        if _CLOCK_ONLY.fullmatch(end.text) and not (
            index + 2 < len(result) and _ON.fullmatch(text, end.end, result[index + 2].start)
        ):
            continue  # the end has no day of its own either
        result[index] = dataclasses.replace(start, value=ended["day"] + start.value[10:])
    return result


_BARE_CLOCK = pattern(r"(?P<hour>\d{1,2})(?:[:.]\d\d)?")
_PM = pattern(r"\bp\.?\s?m\b", re.IGNORECASE)
_AM = pattern(r"\ba\.?\s?m\b", re.IGNORECASE)


def _shared_meridiem(text: str, timexes: list[Timex]) -> list[Timex]:
    """A bare clock time opening a range whose end is "p.m." shares it when that keeps the range in order: "between
    4:30 and 6 p.m. Monday" -> 16:30 (but "from 11 to 2 p.m." keeps 11:00); one read in the evening before a range's
    end in "a.m." is in that morning: "from 6 to 9 a.m." -> 06:00 and 09:00 of one day."""
    result = list(timexes)
    for index in range(len(result) - 1):
        start, end = result[index], result[index + 1]
        opened = _range_opened_bare(text, start, end)
        if opened is None:
            continue
        hour, begun, ended = opened
        if _PM.search(end.text):
            evening = f"{hour + 12:02d}" + begun["clock"][2:]
            if int(begun["clock"][:2]) == hour and evening < ended["clock"]:
                result[index] = dataclasses.replace(start, value=f"{begun['day']}T{evening}")
        elif _AM.search(end.text):
            morning = f"{hour:02d}" + begun["clock"][2:]
            if int(begun["clock"][:2]) != hour + 12 or morning >= ended["clock"]:
                continue  # "from 6 to 9 a.m.": the morning's six, read as six in the evening alone
            if _CLOCK_ONLY.fullmatch(end.text):
                result[index] = dataclasses.replace(start, value=f"{begun['day']}T{morning}")
                result[index + 1] = dataclasses.replace(end, value=f"{begun['day']}T{ended['clock']}")  # that morning
            else:  # "from 7 to 11 a.m. Saturday": the morning of the day the end names
                result[index] = dataclasses.replace(start, value=f"{ended['day']}T{morning}")
    return result


def _range_opened_bare(text: str, start: Timex, end: Timex) -> tuple[int, re.Match[str], re.Match[str]] | None:
    """The hour (1-11) of a bare clock time that opens a range of clock times ("from 6 to 9 a.m."), with the values
    of both ends; None when the two are no such range."""
    bare = _BARE_CLOCK.fullmatch(start.text)
    if bare is None or not 1 <= int(bare["hour"]) <= 11:
        return None
    begun, ended = _CLOCK_VALUE.match(start.value), _CLOCK_VALUE.match(end.value)
    if begun is None or ended is None:
        return None
    if not _CLOCK_RANGE_JOIN.fullmatch(text, start.end, end.start):
        return None
    if not _RANGE_OPEN.search(text, max(0, start.start - 12), start.start):
        return None
    return int(bare["hour"]), begun, ended


def _range_starts(text: str, timexes: list[Timex]) -> list[Timex]:
    """The start of a range of clock times with no day of its own is on the day of its end: "from 9 a.m. to 2 p.m.
    Wednesday", "between 4 a.m. and 5 a.m. on Sunday" (the day before when the start is later: "from 10 p.m. to
    2 a.m. Sunday"); a wire's gloss of the start moves with it ("between 7:39 a.m. (0639 GMT) and 7:42 a.m.
    Thursday")."""
    result = list(timexes)
    for index in range(len(result) - 1):
        start, end = result[index], result[index + 1]
        gloss = _GLOSS.match(text, start.end)
        glossed = gloss is not None and index + 2 < len(result) and result[index + 1].end <= gloss.end()
        if glossed:
            end = result[index + 2]
        if start.type is not TimexType.TIME or end.type is not TimexType.TIME:
            continue
        begun, ended = _CLOCK_VALUE.match(start.value), _CLOCK_VALUE.match(end.value)
        if begun is None or ended is None or begun["day"] == ended["day"] or not _CLOCK_ONLY.fullmatch(start.text):
            continue
        after_start = gloss.end() if glossed and gloss is not None else start.end
        if not _CLOCK_RANGE_JOIN.fullmatch(text, after_start, end.start):
            continue
        if not _RANGE_OPEN.search(text, max(0, start.start - 12), start.start) and not _CLOCK_TO.fullmatch(
            text, after_start, end.start
        ):
            continue  # (a clock time joined by "to" is a range without "from": "open 10 a.m. to 6 p.m. Saturday")
        try:
            shift = dt.date.fromisoformat(ended["day"]) - dt.date.fromisoformat(begun["day"])
            shift -= dt.timedelta(days=int(begun["clock"] > ended["clock"]))
            result[index] = _moved(start, shift)
            if glossed:
                result[index + 1] = _moved(result[index + 1], shift)
        except (ValueError, OverflowError):
            continue
    return result


_HOLIDAY_WEEK = pattern(r"\s+(?:long\s+)?(?P<unit>week|weekend)\b", re.IGNORECASE)  # "the Easter long weekend"
_WEEK_OF_HOLIDAY = pattern(r"\b(?P<the>the\s+(?P<unit>week|weekend))\s+of\s+$", re.IGNORECASE)
""""the week of" before a holiday: "during the week of Thanksgiving" is the week that holds it."""


_WEEK_DAY_RULES = frozenset({"holiday", "day-month", "month-day"})
"""Rules whose day a following "week" or "weekend" can take: "the Labor Day weekend", "the Fourth of July weekend",
"the July 4 weekend"."""


def _holiday_weeks(text: str, timexes: list[Timex]) -> list[Timex]:
    """A holiday (or a date) followed by "week" or "weekend" is that week, or the weekend nearest it: "Easter week"
    (2000) -> 2000-W16, "the Labor Day weekend" (2012) -> 2012-W35-WE (the Saturday and Sunday before that Monday),
    "the Fourth of July weekend" (1992) -> 1992-W27-WE."""
    result: list[Timex] = []
    for timex in timexes:
        week = _HOLIDAY_WEEK.match(text, timex.end) if timex.rule in _WEEK_DAY_RULES else None
        week_of = None
        if week is None and timex.rule == "holiday" and _DAY_VALUE.fullmatch(timex.value):
            week_of = _WEEK_OF_HOLIDAY.search(text, max(0, timex.start - 20), timex.start)
        if week_of is not None:  # "the week of Thanksgiving": drop "the week" and take the week that holds the day
            if result and result[-1].start == week_of.start("the") and result[-1].end == week_of.end("the"):
                result.pop()
            value = _week_holding(dt.date.fromisoformat(timex.value), week_of["unit"].lower() == "weekend")
            result.append(dataclasses.replace(timex, start=week_of.start(), text=text[week_of.start() : timex.end],
                                              value=value, granularity=Granularity.WEEK))  # fmt: skip
            continue
        if week is None or not _DAY_VALUE.fullmatch(timex.value):
            result.append(timex)
            continue
        value = _week_holding(dt.date.fromisoformat(timex.value), week["unit"].lower() == "weekend")
        start = timex.start
        if text[max(0, start - 4) : start].lower() == "the ":
            start -= 4
        result.append(dataclasses.replace(timex, start=start, end=week.end(), text=text[start : week.end()],
                                          value=value, granularity=Granularity.WEEK))  # fmt: skip
    return result


def _week_holding(day: dt.date, weekend: bool) -> str:
    """The ISO week that holds ``day``, or with ``weekend`` the weekend nearest it: its Saturday is before a
    Monday, after a Thursday ("the Labor Day weekend")."""
    if weekend:
        to_saturday = 6 - day.isoweekday()
        day += dt.timedelta(days=to_saturday - 7 if to_saturday > 3 else to_saturday)
    year, number, _ = day.isocalendar()
    return f"{year:04d}-W{number:02d}" + ("-WE" if weekend else "")


_PERIOD_ENDED = pattern(r"(?i:the\s+(?:(?:fiscal|latest|last|same)\s+)?(?P<unit>quarter|week))")
_ENDED = pattern(r"\s*,?\s+(?i:end(?:ed|ing)|beginning|starting|commencing)\s+(?:(?i:on)\s+)?")


def _periods_ended(text: str, timexes: list[Timex]) -> list[Timex]:
    """A quarter or week followed by the day it ended (or began) is the one that holds that day: "the quarter ended
    Sept. 30" (read in January) -> the third quarter, "the week ended Jan. 19", "the week beginning 5 March" -> that
    week (the corpus tags the two apart).
    A quarter after a quarter named before keeps that one's label: "fiscal second-quarter profit ... For the quarter
    ended July 30" is the fiscal second quarter."""
    result = list(timexes)
    quarter_named = False
    for index in range(len(result) - 1):
        period, day = result[index], result[index + 1]
        named = _PERIOD_ENDED.fullmatch(period.text)
        follows_a_quarter, quarter_named = quarter_named, quarter_named or period.granularity is Granularity.QUARTER
        if named is None or period.type is not TimexType.DATE or not _DAY_VALUE.fullmatch(day.value):
            continue
        if not _ENDED.fullmatch(text, period.end, day.start):
            continue
        ended = dt.date.fromisoformat(day.value)
        if named["unit"].lower() == "quarter":
            if follows_a_quarter:
                continue
            value = f"{ended.year:04d}-Q{(ended.month - 1) // 3 + 1}"
        else:
            year, week, _ = ended.isocalendar()
            value = f"{year:04d}-W{week:02d}"
        result[index] = dataclasses.replace(period, value=value)
    return result


_MONTH_VALUE = pattern(r"(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])")


def _month_range_starts(text: str, timexes: list[Timex]) -> list[Timex]:
    """The start of a range of months with no year of its own is in the year its end names: "from January to
    November last year" -> the January of last year (the January before when it comes later in the year: "from
    November to February 2010" -> November 2009)."""
    result = list(timexes)
    for index in range(len(result) - 1):
        start, end = result[index], result[index + 1]
        if start.rule != "month" or end.rule not in _MONTH_YEAR_RULES:
            continue
        begun, ended = _MONTH_VALUE.fullmatch(start.value), _MONTH_VALUE.fullmatch(end.value)
        if begun is None or ended is None or not _RANGE_JOIN.fullmatch(text, start.end, end.start):
            continue
        if not _RANGE_OPEN.search(text, max(0, start.start - 12), start.start):
            continue
        year = int(ended["year"]) - (1 if begun["month"] > ended["month"] else 0)
        result[index] = dataclasses.replace(start, value=f"{year:04d}-{begun['month']}")
    return result


_MONTH_YEAR_RULES = frozenset({"month-relative-year", "month-year"})
"""Rules of a month that names its year ("November last year", "November 2009")."""


def _moved(timex: Timex, shift: dt.timedelta) -> Timex:
    """A clock time moved by whole days."""
    day = dt.date.fromisoformat(timex.value[:10]) + shift
    return dataclasses.replace(timex, value=day.isoformat() + timex.value[10:])


def _counted_from_the_next(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "the day after Christmas", "the week before Thanksgiving": counted from the day named right after it, and
    one expression with it, not a day counted from the last mention followed by a second date."""
    result: list[Timex] = []
    for timex in timexes:
        counted = result[-1] if result else None
        weekend = _WEEKEND_BEFORE_AFTER.fullmatch(text, counted.end, timex.start) if counted is not None else None
        if counted is not None and weekend is not None and THE_WEEKEND.fullmatch(counted.text):
            moved = _weekend_from(timex, weekend["way"].lower() == "after")
            if moved is not None:
                result[-1] = dataclasses.replace(counted, value=moved)  # "the weekend after Labor Day"
        match = _DAY_BEFORE_AFTER.match(counted.text) if counted is not None else None
        if counted is None or match is None or timex.granularity is not Granularity.DAY:
            result.append(timex)
            continue
        if not 0 < timex.start - counted.end <= 2 or not text[counted.end : timex.start].isspace():
            result.append(timex)
            continue
        sign = 1 if match["way"].lower() == "after" else -1
        try:
            day = dt.date.fromisoformat(timex.value[:10])
            if match["unit"].lower() == "day":
                value, granularity = (day + dt.timedelta(days=sign)).isoformat(), Granularity.DAY
            else:
                year, week, _ = (day + dt.timedelta(weeks=sign)).isocalendar()
                value, granularity = f"{year}-W{week:02d}", Granularity.WEEK
        except (ValueError, OverflowError):  # a day without its year ("XXXX-12-25"), or the calendar's edge
            result.append(timex)
            continue
        result[-1] = dataclasses.replace(
            counted, end=timex.end, text=text[counted.start : timex.end], value=value, granularity=granularity
        )
    return result


_YEAR_SPAN = pattern(r"\d{2,4}\s*[-–/]\s*\d{2,4}")
_FRAMING = (Granularity.YEAR, Granularity.HALF, Granularity.QUARTER, Granularity.SEASON, Granularity.MONTH)
"""Mentions whose year frames the rest of their sentence."""

FRAME_WORDS = 2
"""A year this close to the start of its sentence frames the whole sentence ("In 2012, a gunman ...")."""
NEAR_YEAR = 24
"""A year this close before a month (in characters) is that month's year ("in 1994 and again in May")."""


def _frames(text: str, sentence_start: int, year_start: int, start: int, event: bool = True) -> bool:
    """Whether the year at ``year_start`` governs the expression at ``start`` in the same sentence: it opens the
    sentence, stands just before it, or opens a "when" clause around it ("in 1948, when ... on March 13th"), and
    with ``event`` also when it names an event ("The 2019 tornado, which struck on Easter Sunday").  Not "a program
    approved in 1987 that ... bought shares through Sept. 29"."""
    if (
        _YEAR_AS_ADJECTIVE.match(text, year_start)
        and not _YEAR_SIGNAL_BEFORE.search(text, sentence_start, year_start)
        and not (event and _YEAR_OF_AN_EVENT.match(text, year_start))
    ):
        return False  # "it will report 1989 earnings Feb. 21": the year of the earnings, not of the date
    when = bool(_WHEN_CLAUSE.fullmatch(text, year_start, start))
    if not when and _SINCE_YEAR_BEFORE.search(text, max(sentence_start, year_start - 32), year_start):
        return False  # "the wettest January since records began in 1910, and February has started no better" (but
        # "the first since 1995, when buses stood idle in the spring")
    opening = len(text[sentence_start:year_start].split()) <= FRAME_WORDS
    near = start - year_start <= NEAR_YEAR and not _RELATIVE_BEFORE.search(text, sentence_start, year_start)
    aside = _TIME_ASIDE.match(text, year_start) is not None and bool(
        _TIME_ASIDE_OPENING.search(text, sentence_start, year_start)
    )  # "The last shutdown of this scale, in October 1990, lasted three days over the Columbus Day weekend"
    return opening or near or when or aside


_TIME_ASIDE_OPENING = pattern(r",\s*(?:in|during)\s+$")
_TIME_ASIDE = pattern(r"(?:(?:early|mid|late)[-\s]+|the\s+\w+\s+of\s+)?(?:[A-Z][a-z]+\.?\s+)?\d{4},")
"""A year (or a month of it) set off by commas after the subject, the time of the whole clause: ", in October
1990, lasted three days over the Columbus Day weekend"."""

_YEAR_AS_ADJECTIVE = pattern(r"\d{4}\s+[a-z]")
_YEAR_OF_AN_EVENT = pattern(rf"\d{{4}}\s+(?:{alternation(lx.STORY_EVENT_NOUNS)})\b")
"""A year before the noun of an event (:data:`timeline.lexicon.STORY_EVENT_NOUNS`): "The 2019 tornado"."""
_SINCE_YEAR_BEFORE = pattern(r"\bsince\s+(?:[a-z]+\s+){0,3}$", re.IGNORECASE)
""""since" before a year, a few words back: the year a record counts from frames nothing after it."""
_YEAR_SIGNAL_BEFORE = pattern(rf"\b(?:{'|'.join(sorted(lx.YEAR_SIGNALS))})\s+$", re.IGNORECASE)
"""A signal right before a year (:data:`timeline.lexicon.YEAR_SIGNALS`)."""

_RELATIVE_BEFORE = pattern(rf",\s*(?:{'|'.join(sorted(lx.RELATIVE_PRONOUNS))})\b[^,]*$", re.IGNORECASE)
"""A year in a relative clause frames nothing after it: "The congregation, which was founded in 1851, held its
Christmas Eve service two weeks ago"."""

_WHEN_CLAUSE = pattern(r"(?:[^.;:()\d]*\s)?\d{4},\s+when\s(?:[^.;:()]|\b[ap]\.m\.|\d[:.]\d)*")
"""A year (or a season or month of it) and the clause that tells what happened in it: "in 1948, when Kyle's side
beat Wales on March 13th", "until the winter of 1967, when a frozen pendulum stopped it at 4:17 a.m. on Jan. 9"."""


_THANKSGIVING = pattern(r"(?i:thanksgiving)(?!\s+monday)")
_CANADIAN_PLACE = pattern(rf"\b(?:{alternation(lx.CANADIAN_PLACES)})(?!\w)")
_AMERICAN_BEFORE = pattern(r"(?:U\.S\.|US|American)\s+$")
_THANKSGIVING_MONDAY = pattern(r"\bMonday,?\s+(?:for|is)\s+Thanksgiving\b|\bThanksgiving\s+Monday\b")
"""A Thanksgiving on a Monday, which only Canada's is: "offices will be closed Monday for Thanksgiving"."""


_SOVEREIGNS_BIRTHDAY = pattern(r"(?i:(?:queen|king)['’]s\s+birthday)")
_LABOUR_DAY = pattern(r"(?i:labour\s+day)")
_NEW_ZEALAND_PLACE = pattern(rf"\b(?:{alternation(lx.NEW_ZEALAND_PLACES)})\b")


def _canadian(text: str, start: int) -> bool:
    """Whether a story is told in Canada (a Canadian place named in it, or a Thanksgiving on a Monday) and the
    Thanksgiving at ``start`` is not called American."""
    canadian = _CANADIAN_PLACE.search(text) is not None or _THANKSGIVING_MONDAY.search(text) is not None
    return canadian and not _AMERICAN_BEFORE.search(text, max(0, start - 10), start)


def _holiday_elsewhere(value: Unresolved, name: str, rule: tuple[int, int, int]) -> Unresolved:
    """The value of the floating holiday ``name`` moved to its day in another country, ``rule`` (month, ISO weekday,
    n), as :data:`timeline.lexicon.FLOATING_HOLIDAYS` writes them."""
    month, weekday, nth = lx.FLOATING_HOLIDAYS[name]
    to_month, to_weekday, to_nth = rule
    if isinstance(value, Recurring) and value.month == month and value.holiday == (weekday, nth):
        return dataclasses.replace(value, month=to_month, holiday=(to_weekday, to_nth))
    if isinstance(value, Calendar) and value.year is not None and value.month == month:
        day = holiday_date(value.year, to_month, (to_weekday, to_nth))
        return dataclasses.replace(value, month=day.month, day=day.day) if day else value
    return value


def _in_year(value: Unresolved, year: int, holidays: bool = False) -> Unresolved:
    """A month, season or quarter without a year, placed in the year the same sentence named before it: "In 2012, a
    gunman killed seven people over 10 days in March" -> 2012-03.  Weekdays keep their own reading, and movable
    holidays too unless ``holidays`` ("Easter that year")."""
    if not isinstance(value, Recurring) or value.relation is not Relation.TENSE:
        return value
    if value.weekday is not None or value.holiday is not None and not holidays:
        return value
    if value.holiday is not None:
        day = holiday_date(year, value.month or 1, value.holiday)
        return Calendar(year, day.month, day.day, part_of_day=value.part_of_day, hour=value.hour, minute=value.minute,
                        week_of=value.week_of, weekend_of=value.weekend_of) if day else Calendar(year)  # fmt: skip
    return Calendar(year, value.month, value.day, season=value.season, quarter=value.quarter, half=value.half,
                    part_of_day=value.part_of_day, hour=value.hour, minute=value.minute, week_of=value.week_of,
                    weekend_of=value.weekend_of)  # fmt: skip


_RANGE_OPEN = pattern(rf"\b(?:{'|'.join(sorted(lx.RANGE_OPENERS))})\s+$", re.IGNORECASE)
_RANGE_JOIN = pattern(rf"\s*(?:{'|'.join(map(re.escape, lx.RANGE_JOINERS))})\s*", re.IGNORECASE)
_CLOCK_RANGE_JOIN = pattern(
    rf"\s*(?:{'|'.join(map(re.escape, lx.RANGE_JOINERS))})\s*(?:(?:{'|'.join(lx.OUTSIDE_MODIFIERS)})\s+)?",
    re.IGNORECASE,
)
"""What joins two clock times of a range, with a hedge before the end ("from 9:30 a.m. until about noon Monday")."""
_CLOCK_TO = pattern(r"\s*(?:to|until|till|-|–)\s*", re.IGNORECASE)


def _range_end(text: str, first: Timex, item: Found) -> bool:
    """Whether ``item`` closes a range that ``first`` opens: "from June through November", "between May 3 and 9"."""
    joined = _RANGE_JOIN.fullmatch(text, first.end, item.start)
    return bool(joined and _RANGE_OPEN.search(text, max(0, first.start - 12), first.start))


def _year_of_the_next(text: str, value: Unresolved, item: Found, following: Found) -> Unresolved:
    """A month joined to a month with a year takes that year: "in November and December 2020" -> 2020-11, "in
    February and March last year" -> February of last year."""
    if not isinstance(value, Recurring) or value.relation is not Relation.TENSE or value.month is None:
        return value
    if value.day is not None or value.weekday is not None or value.season is not None:
        return value
    nxt = following.value
    if (
        isinstance(nxt, Shift)
        and nxt.unit is Unit.YEAR
        and not nxt.anaphoric
        and nxt.offset is not None
        and nxt.month is not None
        and nxt.day is None
        and nxt.holiday is None
        and _RANGE_JOIN.fullmatch(text, item.end, following.start)
    ):
        return Shift(Unit.YEAR, nxt.offset, month=value.month)
    if not isinstance(nxt, Calendar) or nxt.month is None or nxt.day is not None or nxt.year is None:
        return value
    if not _RANGE_JOIN.fullmatch(text, item.end, following.start):
        return value
    return _in_year(value, nxt.year)


_WEEKDAY_WORD = pattern(rf"(?i:{alternation(lx.WEEKDAYS)})\b")
WEEKDAY_YEARS = 30
"""How many years back from the publication date a weekday's date may settle a year ("Thursday, March 12")."""


def _year_of_the_weekday(
    item: Found, value: Recurring, resolved: Resolved, named: list[Mentioned], reference: dt.date
) -> Recurring | None:
    """A date with its weekday and no year, when the year the tense gives does not have that weekday: the year of
    the last date named, of the last day of a story long gone or of the last date named with its year (or the year
    after one of them) if its day has that weekday, else the nearest such year to the publication date ("in the
    winter of 1987 ... came in on Thursday, March 12" -> 1987-03-12; "on the evening of Monday 7 May 1945 ... 75
    years since Victory in Europe Day ... The official holiday was Tuesday 8 May" -> 1945-05-08)."""
    word = _WEEKDAY_WORD.search(item.text)
    if word is None or value.month is None or value.day is None or not _DAY_VALUE.match(resolved.value):
        return None
    weekday = lx.WEEKDAYS[word.group().lower().rstrip(".")]
    if dt.date.fromisoformat(resolved.value[:10]).isoweekday() == weekday:
        return None
    years = [mention.start.year + after for after in (0, 1) for mention in named]  # its own years first
    near = sorted(range(reference.year - WEEKDAY_YEARS, reference.year + 7), key=lambda y: abs(y - reference.year))
    for year in [*years, *near]:
        try:
            if dt.date(year, value.month, value.day).isoweekday() == weekday:
                return _in_year(value, year)  # type: ignore[return-value]
        except ValueError:
            continue
    return None


_APPOSITION = pattern(r"\s*,\s*")


def _is_stamp(text: str, item: Found) -> bool:
    """Whether ``item`` is a bare clock time that opens a line and a sentence after it: an entry's time stamp."""
    value = item.value
    return (
        isinstance(value, Shift)
        and value.anaphoric
        and value.hour is not None
        and item.rule in ("clock-time", "log-stamp")
        and _STAMP_BEFORE.search(text, max(0, item.start - 12), item.start) is not None
        and _STAMP_AFTER.match(text, item.end) is not None
    )


MIDNIGHT_GAP = 6 * 60
"""Minutes by which a time stamp must fall below the one before it (in the order of time) to be read as the next
day's: "23:40" then "00:15"; not two entries a few minutes out of order."""

STAMPS_FOR_ORDER = 3
"""Time stamps a text needs before their order tells whether it runs past midnight."""


def _stamp_weekday(text: str, found: list[Found], index: int) -> int | None:
    """The weekday a time stamp names with it, as its own entry's day: "7:58 p.m. Tuesday -- Polls close", or a
    weekday opening the line before it, "Sun 05:40 The safety car ..." (ISO weekday, or None)."""
    item = found[index]
    value = item.value
    if (
        isinstance(value, Recurring)
        and value.weekday is not None
        and value.hour is not None
        and item.rule == "clock-time"
        and _ENTRY_BEFORE.search(text, max(0, item.start - 12), item.start)
        and _STAMP_AFTER.match(text, item.end)
    ):
        return value.weekday
    if index == 0 or not (isinstance(value, Shift) and value.anaphoric and value.hour is not None):
        return None
    day = found[index - 1]
    if not (isinstance(day.value, Recurring) and day.value.weekday is not None and day.value.hour is None):
        return None
    if day.rule != "weekday" or not _ENTRY_BEFORE.search(text, max(0, day.start - 12), day.start):
        return None
    if not _WEEKDAY_CLOCK_GAP.fullmatch(text, day.end, item.start) or not _STAMP_AFTER.match(text, item.end):
        return None
    return day.value.weekday


_WEEKDAY_CLOCK_GAP = pattern(r",?[^\S\n]+")
_ENTRY_BEFORE = pattern(r"(?:^|\n)[^\S\n]*$")
"""Where an entry's stamp opens its line (not a page's "Updated 6:20 a.m. Friday")."""


def _stamps(text: str, found: list[Found], reference: dt.date | None = None) -> dict[int, int]:
    """The time stamps of a live blog (:func:`_is_stamp`), by index in ``found``, each with its day after the
    publication day: 0, or more for entries past midnight when the stamps, newest first (or oldest first), go back
    round the clock ("03:10 ... 00:15 ... 23:40 ... 22:00": the first four are the next day's).  A log told oldest
    first that runs past midnight is a chronology written after the night and published the morning after, so its
    last stamps fall on the publication day and the evening's on the day before ("7:58 p.m. ... 12:20 a.m. ... 1:45
    a.m." on a page of Nov. 9: Nov. 8 until midnight); a live page told newest first is dated the day it began.  When
    the stamps run past midnight and one names its weekday ("9:05 p.m. Tuesday - Polls close"), that weekday, nearest
    the publication, sets the day of them all (:func:`_stamp_weekday`)."""
    stamps = []
    dated: dict[int, int] = {}
    for index, item in enumerate(found):
        weekday = _stamp_weekday(text, found, index)
        if weekday is not None:
            dated[index] = weekday
        if weekday is not None or _is_stamp(text, item):
            value = item.value
            assert isinstance(value, (Shift, Recurring)) and value.hour is not None
            stamps.append((index, value.hour * 60 + (value.minute or 0)))
    if len(stamps) < STAMPS_FOR_ORDER:
        return {index: 0 for index, _ in stamps}
    minutes = [minute for _, minute in stamps]
    falling = sum(1 for before, after in itertools.pairwise(minutes) if after < before)
    oldest_first = list(reversed(stamps)) if falling > len(minutes) - 1 - falling else stamps
    days: dict[int, int] = {}
    day, last = 0, None
    for index, minute in oldest_first:
        if last is not None and minute < last - MIDNIGHT_GAP:
            day += 1  # round the clock: past midnight
        days[index] = day
        last = minute
    if day > 0 and oldest_first is stamps:
        days = {index: offset - day for index, offset in days.items()}  # a chronology of the night before
    if dated and reference is not None and day > 0:
        first = min(dated)  # a stamp that names its day ("7:58 p.m. Tuesday") sets the day of all of them
        ahead = (dated[first] - reference.isoweekday()) % 7
        shift = (ahead - 7 if ahead > 3 else ahead) - days[first]
        days = {index: offset + shift for index, offset in days.items()}
    return days


_STAMP_OPENING = r"[^\S\n]*(?:\d{1,2}[:.]\d\d|\d{1,2}\s?[ap]\.?m\b|[012]\d[0-5]\d\b)"
_STAMPED_LINE = pattern(_STAMP_OPENING, re.IGNORECASE)
"""A line that opens with a time stamp: an entry of a log."""
_STAMP_LINE_AFTER = pattern(r"[^\S\n]*[.:]?[^\S\n]*\n\s*" + _STAMP_OPENING, re.IGNORECASE)
"""A line that opens with a time stamp, right after a heading: the heading is a day of a log."""


DATELINE_DAYS = 2
"""How many days before the publication a dateline's day may lie to be the day the story's "today" is said (a
story filed late at night runs in the next day's paper; a weekly's dateline is no such day)."""
DATELINE_REACH = 300
"""How far into the text a dateline may open (after a headline and a byline)."""
_SAID_DAY_RULES = frozenset({"deictic-day", "this-part-of-day"})
"""Rules of the day the text is said: "today", "tonight", "yesterday", "this morning"."""
_DATELINE_PLACE = pattern(
    r"(?-i:[A-Z][A-Z.'’-]+(?:[^\S\n]+[A-Z][A-Z.'’-]+)*)(?:,[^\S\n]+[A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*)*)?,[^\S\n]+$"
)
"""A dateline's place, in capitals, and perhaps its state or country, at the start of a line: "BATH, Me., "."""
_DATELINE_END = pattern(r"(?:,[^\S\n]+\d{4})?[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?(?:--|[-–—_])")
"""What closes a dateline after its day: a year, an agency's name, a dash ("Jan. 14 (Reuters) -")."""


def _is_dateline(text: str, item: Found) -> bool:
    """Whether ``item`` is the day of a dateline opening a line near the top of the text: "OKLAHOMA CITY, Jan. 14 --"."""
    if item.start > DATELINE_REACH:
        return False
    line = _line_start(text, item.start)
    return bool(_DATELINE_PLACE.fullmatch(text, line, item.start)) and bool(_DATELINE_END.match(text, item.end))


def _in_quotation(text: str, position: int) -> bool:
    """Whether ``position`` lies inside a quotation opened earlier in its paragraph."""
    before = text[_line_start(text, position) : position]
    if before.count('"') % 2:
        return True
    return before.rfind("“") > before.rfind("”")


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


_LINE_END = pattern(r"[^\S\n]*[.:]?[^\S\n]*(?:\n|$)")


def _is_heading(text: str, timex: Timex) -> bool:
    """Whether ``timex`` is a day that fills its line alone: a live blog's heading ("Saturday, Jan. 29")."""
    return (
        timex.granularity is Granularity.DAY
        and _LINE_END.match(text, timex.end) is not None
        and _DAY_VALUE.fullmatch(timex.value) is not None
        and not text[_line_start(text, timex.start) : timex.start].strip()
    )


_STAMP_BEFORE = pattern(r"(?:^|\n)[^\S\n]*(?:(?i:updated|update|posted)[^\S\n]+)?$")
_STAMP_AFTER = pattern(r"(?:[^\S\n]+(?:[ECMP][SD]?T|ET|GMT|UTC))?(?:[^\S\n]*(?:--|[:—–-]))?[^\S\n]+[A-Z\"“]")
"""A clock time that opens a line and a sentence after it: an entry's time stamp ("11:30 a.m. Ridership ...")."""
_ITS_NOW = pattern(r"\b[Ii]t(?:['’]s|\s+is)\s+(?:now\s+)?(?:(?:about|almost|just\s+after|just\s+before)\s+)?$")
_NAMED_EVENT_AFTER = {
    day: pattern(rf"(?:th)?\s+(?:{alternation(nouns)})\b", re.IGNORECASE)
    for day, (_, nouns, _) in lx.NAMED_EVENT_DAYS.items()
}
"""What follows a month and day when it names its event (:data:`timeline.lexicon.NAMED_EVENT_DAYS`): "the
September 11th attacks"."""
_NAMED_EVENT_BEFORE = {
    day: pattern(rf"\b(?:{alternation(nouns)})\s+(?:of|on)\s+$", re.IGNORECASE)
    for day, (_, nouns, _) in lx.NAMED_EVENT_DAYS.items()
}
"""What stands before a month and day when it names its event: "the attacks of September 11th"."""


def _named_event_day(text: str, value: Unresolved, item: Found, reference: dt.date | None) -> Calendar | None:
    """The day of a known event named by its month and day ("the Sept. 11 attacks", "the attacks of September
    11th" -> 2001-09-11), in a text written after it."""
    if reference is None or not isinstance(value, Recurring) or value != Recurring(month=value.month, day=value.day):
        return None
    event = lx.NAMED_EVENT_DAYS.get((value.month or 0, value.day or 0))
    if event is None:
        return None
    day = dt.date(event[0], value.month or 0, value.day or 0)
    named = _NAMED_EVENT_AFTER[(day.month, day.day)].match(text, item.end) or _NAMED_EVENT_BEFORE[
        (day.month, day.day)
    ].search(text, max(0, item.start - 40), item.start)
    if reference <= day or not named:
        return None
    return Calendar(day.year, day.month, day.day)

_SINCE_BEFORE = pattern(r"\b(?i:since)\s+$")
"""\"since\" right before an expression: "since the new year", "since Nov. 15, 1991"."""


def _year_begun(text: str, item: Found, reference: dt.date | None) -> bool:
    """Whether "the new year" is the year already begun: read in January, or after "since"."""
    if reference is None:
        return False
    return reference.month == 1 or _SINCE_BEFORE.search(text, max(0, item.start - 8), item.start) is not None


NOWADAYS_YEARS = 5
"""How many years before the publication a time just named must lie for a bare "Today" after it to mean "these
days" (:func:`_nowadays`)."""
_PAST_AFTER_TODAY = pattern(
    r"[^.;:!?\n]*?\b(?:was|were|did|had|said|told|(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)"
    r"(?<!\bhas\s)(?<!\bhave\s)[a-z]+ed)\b"
)


_HABITUAL_ADVERB = pattern(rf"\b(?i:{alternation(lx.HABITUAL_ADVERBS)})\b")
_RECURRING_PERIOD = pattern(r"(?P<year>\d{4})-(?P<period>\d\d|SP|SU|FA|WI)$")
_PERIOD_RULES = frozenset({"month", "season"})
HABITUAL_REACH = 80
"""How far before a month or season a word that makes it habitual may stand, in the same clause."""
_HABITUAL_COPULA_AFTER = pattern(
    rf"(?:\s+and\s+[A-Z][a-z]+)?\s+(?:is|are)\s+(?:(?i:{alternation(lx.HABITUAL_ADVERBS)})\b"
    rf"|(?:always\s+)?the\s+(?:{alternation(lx.PEAK_MONTH_WORDS)})\s+(?:months?|seasons?)\b)"
)
"""A habitual word or a superlative of the year's months right after the period (and a second one) and a present
verb: "April is typically the busiest month", "April and May are the peak months for tornadoes" (not "July was the
hottest month on record")."""
_NAMED_OCCURRENCE = pattern(rf"(?i:\b(?:that|{alternation(lx.RELATIONS)})\b|\d)")
"""Words inside a month's or season's expression that name one occurrence ("last March", "that summer", "the summer
of 1980"; :data:`timeline.lexicon.RELATIONS`)."""
_CLAUSE_BREAK = pattern(r"[,;:()\"“”]|[.!?](?=\s)|\s[-–—]\s")


_HOLIDAY_ON_DATE = pattern(
    r"(?:\s+(?i:celebrations?|holidays?))?"
    r"(?:,\s*(?:which|that|this\s+year)|\s+(?:this\s+year|holiday))?"
    r"\s+(?:(?:falls|fell|begins|began|starts|started|comes|came|is|was|will\s+be)\s+)?on\s+$"
)
"""What joins a holiday to the date it falls on: "Diwali, which falls on November 7 this year", "Independence Day
celebrations on June 12", "Eid al-Adha, which fell on Sept. 12"."""


_NAMED_DAY_RULES = frozenset({"month-day", "day-month", "month-day-year", "day-month-year", "month-relative-year",
                              "weekday-month-day"})
"""Rules that name a day by its month and number."""


def _holidays_on_their_dates(text: str, timexes: list[Timex]) -> list[Timex]:
    """A holiday followed by the day it falls on is that day: "Diwali, which falls on November 7 this year" ->
    1999-11-07 (a lunar feast the tables may not hold, or a country's own "Independence Day celebrations on June
    12"; not a feast on a fixed day, whose date is known)."""
    result = list(timexes)
    for index, (holiday, date) in enumerate(itertools.pairwise(timexes)):
        if holiday.rule != "holiday" or date.rule not in _NAMED_DAY_RULES or not _DAY_VALUE.fullmatch(date.value):
            continue  # (not "Christmas on Wednesday": the weekday it falls on, which the date was found from)
        if _fixed_holiday(holiday.text) and _holiday_key(holiday.text) not in lx.NATIONAL_DAYS:
            continue  # "Christmas begins on December 16": a season of the feast, whose own day is fixed
        if date.start - holiday.end > 60 or not _HOLIDAY_ON_DATE.fullmatch(text, holiday.end, date.start):
            continue
        result[index] = dataclasses.replace(holiday, value=date.value)
    return result


def _habitual_periods(text: str, timexes: list[Timex]) -> list[Timex]:
    """A bare month or season in a clause that tells what happens most years is that month of any year: "The first
    snow usually comes in November" -> ``XXXX-11``; "Measles usually peaks in late winter" -> ``XXXX-WI``
    (:data:`timeline.lexicon.HABITUAL_ADVERBS` before it, with nothing but words between, or right after it and "is":
    "April is typically the busiest month")."""
    if not any(t.rule in _PERIOD_RULES for t in timexes):
        return timexes
    result = list(timexes)
    for index, timex in enumerate(timexes):
        matched = _RECURRING_PERIOD.match(timex.value)
        if timex.rule not in _PERIOD_RULES or matched is None or _NAMED_OCCURRENCE.search(timex.text):
            continue
        if _HABITUAL_COPULA_AFTER.match(text, timex.end) is None and not any(
            _CLAUSE_BREAK.search(text, m.end(), timex.start) is None
            for m in _HABITUAL_ADVERB.finditer(text, max(0, timex.start - HABITUAL_REACH), timex.start)
        ):
            continue
        result[index] = dataclasses.replace(timex, value="XXXX-" + matched.group("period"), resolved=False)
    return result


def _nowadays(text: str, item: Found, memory: _Memory) -> bool:
    """Whether "Today" means these days: opening a present clause, close after a time named that lies
    :data:`NOWADAYS_YEARS` or more before the publication ("in 1975 ... Today the block is home to a sushi bar"), in
    the same paragraph (not "Today, the president signed the bill", not "Today the Senate votes" in plain news)."""
    previous, reference = memory.previous, memory.reference
    if item.text != "Today" or previous is None or reference is None:
        return False  # said to open a sentence (not "a high of 99 today", "will address the nation today")
    if previous.end.year > reference.year - NOWADAYS_YEARS or item.start - memory.previous_end > NEAR_MENTION:
        return False
    if "\n\n" in text[memory.previous_end : item.start]:
        return False
    return _PAST_AFTER_TODAY.match(text, item.end) is None


_INDEFINITE = pattern(r"(?<![\w'’-])[aA]\s$")
_INDEFINITE_END = pattern(
    r"\s*(?:[.,;:!?\"'”’)\-–—]|$)|\s+(?:and|or|but|in|at|on|when|with|before|after|that|so|as|of|to|for)\b"
)
"""What may follow a weekday said with "a" when the weekday is the noun ("it was a Tuesday."), not an adjective
("a Sunday night memorial service", "a Thursday night game")."""


def _any_such_day(value: Unresolved) -> Unresolved:
    """A weekday said with "a" and no date after it is any such day: "Somebody told me it was a Tuesday" ->
    ``XXXX-WXX-2``."""
    if not isinstance(value, Recurring) or value.weekday is None or value.relation is not Relation.TENSE:
        return value
    return Literal(f"XXXX-WXX-{value.weekday}" + (f"T{value.part_of_day}" if value.part_of_day else ""))


def _apposed_date(text: str, value: Unresolved, item: Found, following: Found) -> Unresolved:
    """A weekday followed by a comma and a full date of that weekday is that day: "It was a Friday afternoon, Oct.
    11, 1996" -> 1996-10-11TAF (a weekday with its date and no part of day is one expression already)."""
    if item.rule == "holiday" and isinstance(value, Recurring) and value.relation is Relation.TENSE:
        return _apposed_holiday(text, value, item, following)
    if not isinstance(value, Recurring) or value.weekday is None or value.relation is not Relation.TENSE:
        return value
    date = following.value
    if not isinstance(date, Calendar) or date.year is None or date.month is None or date.day is None:
        return value
    if not _APPOSITION.fullmatch(text, item.end, following.start):
        return value
    try:
        day = dt.date(date.year, date.month, date.day)
    except ValueError:
        return value
    if day.isoweekday() != value.weekday:
        return value
    return Calendar(day.year, day.month, day.day, part_of_day=value.part_of_day, hour=value.hour, minute=value.minute)


HOLIDAY_DATE_SLACK = 2
"""Days a full date beside a holiday may lie from the holiday's own date that year and still be its day (a lunar
feast is kept a day apart from country to country)."""


def _apposed_holiday(text: str, value: Recurring, item: Found, following: Found) -> Unresolved:
    """A holiday followed by a comma and a full date of it is that day: "on Good Friday, March 27, 1964" ->
    1964-03-27 (not the Good Friday nearest the publication)."""
    date = following.value
    if not isinstance(date, Calendar) or date.year is None or date.month is None or date.day is None:
        return value
    if not _APPOSITION.fullmatch(text, item.end, following.start) or value.month is None:
        return value
    try:
        day = dt.date(date.year, date.month, date.day)
        own = holiday_date(date.year, value.month, value.holiday) if value.holiday else dt.date(
            date.year, value.month, value.day or 1)
    except ValueError:
        return value
    if own is None or abs((own - day).days) > HOLIDAY_DATE_SLACK:
        return value
    return Calendar(day.year, day.month, day.day, part_of_day=value.part_of_day)


_DATE_THEN_ARTICLE = pattern(r"(?:,|[.;]\s+(?:It|That|This)\s+was)\s+(?:an?|the)\s+(?:[a-z]+\s+)?")


NAMED_WEEKDAY_REACH = 6
"""Days from the publication date within which a weekday named earlier fixes the same weekday named again."""


def _weekday_named_before(value: Unresolved, result: list[Timex], reference: dt.date) -> Calendar | None:
    """A weekday named again in a clause whose tense tells nothing is the day it named before, near the publication
    date: "The festival returns on Saturday and Sunday. Hours are 10 a.m. to 6 p.m. Saturday" -> that Saturday."""
    if not isinstance(value, Recurring) or value.weekday is None or value.relation is not Relation.TENSE:
        return None
    if value.month is not None or value.holiday is not None or value.week_of:
        return None
    for timex in reversed(result):
        if not _DAY_VALUE.match(timex.value) or timex.type not in (TimexType.DATE, TimexType.TIME):
            continue
        try:
            day = dt.date.fromisoformat(timex.value[:10])
        except ValueError:
            continue
        if day.isoweekday() == value.weekday and 0 < abs((day - reference).days) <= NAMED_WEEKDAY_REACH:
            return Calendar(day.year, day.month, day.day, part_of_day=value.part_of_day, hour=value.hour,
                            minute=value.minute)  # fmt: skip
    return None


_THE_WEEKDAY = pattern(rf"(?i:the\s+(?:{alternation([w for w in lx.WEEKDAYS if w.endswith('day')])}))")
THE_WEEKDAY_REACH = 800
"""Characters back from "the <weekday>" within which the days the story last named are looked for."""
THE_WEEKDAY_DAYS = 6
"""How many of the days last named "the <weekday>" may be one of."""


def _the_weekday_in_story(value: Unresolved, item: Found, result: list[Timex]) -> Calendar | None:
    """ "The Sunday", with its article, is a day of the week the story is in: one of the days it last named, within a
    week of the latest ("voting on April 13 and 14 ... polls open at 8 a.m. on the Sunday" -> April 13; "on the 19th
    of June ... rang at 7.15pm on the Sunday"), or else the nearest such day to the latest ("Saturday 18 December ...
    until 6am on the Monday" -> the 20th), whatever the publication date."""
    if not isinstance(value, Recurring) or value.weekday is None:
        return None
    days: list[dt.date] = []
    for timex in reversed(result):
        if item.start - timex.end > THE_WEEKDAY_REACH or len(days) == THE_WEEKDAY_DAYS:
            break
        if timex.type in (TimexType.DATE, TimexType.TIME) and _DAY_VALUE.match(timex.value):
            try:
                days.append(dt.date.fromisoformat(timex.value[:10]))
            except ValueError:
                continue
    if not days:
        return None
    latest = days[0]
    same = [day for day in days if day.isoweekday() == value.weekday and abs((day - latest).days) < 7]
    if same:
        day = same[0]
    else:
        ahead = (value.weekday - latest.isoweekday()) % 7
        day = latest + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
    return Calendar(day.year, day.month, day.day, part_of_day=value.part_of_day, hour=value.hour, minute=value.minute)


def _weekday_after_its_date(text: str, value: Unresolved, item: Found, date: Timex) -> Calendar | None:
    """A weekday said with "a" or "the" in apposition to the full date before it, or in the sentence after it, when
    that date falls on it: "April 8, 1996, a Monday", "Nov. 15, 1980, a cold Saturday", "Aug. 27, the Monday before
    Labor Day", "January 28, 1986. It was a cold Tuesday morning." -> that day."""
    if not isinstance(value, Recurring) or value.weekday is None or not _DAY_VALUE.fullmatch(date.value):
        return None
    if not _DATE_THEN_ARTICLE.fullmatch(text, date.end, item.start):
        return None
    day = dt.date.fromisoformat(date.value)
    if day.isoweekday() != value.weekday:
        return None
    return Calendar(day.year, day.month, day.day, part_of_day=value.part_of_day)


_AND_OR = pattern(r"\s+(?:and|or)\s+")
_AND_OR_INTO = pattern(r"\s+(?:and|or|into)\s+")
COORDINATED_GAP = 3
"""Days a weekday after "<weekday> and" may follow it by: "on Friday and Saturday", "Monday and Thursday"."""
_AND_INTO = pattern(r"\s+(?:and|or)\s+(?:into|through)\s+")
_TODAY_TONIGHT = pattern(r"(?:today|tonight)", re.IGNORECASE)
_ENDS_TODAY = pattern(r"\s(?:today|tonight)$", re.IGNORECASE)


def _coordinated_day(text: str, first: Timex, item: Found) -> bool:
    """Whether a bare weekday follows a weekday and "and"/"or": "next Friday and Saturday", "hosting a conference on
    Friday and Saturday" -> the Saturday after that Friday; or "tonight and into ...": "gusts tonight and into Monday
    morning" -> the Monday after."""
    if item.rule != "weekday":
        return False
    if first.rule == "deictic-day" and _TODAY_TONIGHT.fullmatch(first.text) or _ENDS_TODAY.search(first.text):
        # "today and Sunday", "from 7 a.m. to 7 p.m. today and Saturday"
        return bool(_AND_INTO.fullmatch(text, first.end, item.start) or _AND_OR.fullmatch(text, first.end, item.start))
    if first.rule != "weekday" or not _AND_OR_INTO.fullmatch(text, first.end, item.start):
        return False
    if first.text.lower().startswith("next "):
        return True
    weekday = item.value.weekday if isinstance(item.value, Recurring) else None
    if weekday is None or not _DAY_VALUE.match(first.value):
        return False
    gap = (weekday - dt.date.fromisoformat(first.value[:10]).isoweekday()) % 7
    return 1 <= gap <= COORDINATED_GAP  # not "statements made Friday and Thursday": a list, not a sequence


_DATE_RULES = frozenset({"month-day", "day-month"})


def _coordinated_date(text: str, first: Timex, item: Found, reference: dt.date | None) -> bool:
    """Whether a date without a year follows a date still ahead and "and"/"or": "next year, on April 4 and Sept.
    28" -> the Sept. 28 after that April 4 (a list of days gone by keeps its tense: "held on Sept. 28 and April 4")."""
    if reference is None or first.value[:10] <= reference.isoformat():
        return False
    if item.rule not in _DATE_RULES or first.rule not in _DATE_RULES | {"month-day-year", "day-month-year"}:
        return False
    if not isinstance(item.value, Recurring) or item.value.day is None or not _DAY_VALUE.fullmatch(first.value):
        return False
    return bool(_AND_OR.fullmatch(text, first.end, item.start) or _COMMA_AND.fullmatch(text, first.end, item.start))


_COMMA_AND = pattern(r",\s+(?:and|or)\s+")
_FROM_BETWEEN = pattern(r"\bfrom\b", re.IGNORECASE)
_QUARTER_VALUE = pattern(r"(?P<year>\d{4})-(?P<code>Q|H)(?P<number>[1-4])")


def _compared_period(text: str, previous: Timex, item: Found) -> bool:
    """Whether a quarter or half without a year is compared, with "from", to the quarter or half just named in its
    sentence: "grew 2.2 percent in the third quarter, down from 5.6 percent in the second quarter"."""
    value = item.value
    if not isinstance(value, Recurring) or value.relation is not Relation.TENSE:
        return False
    if value.quarter is None and value.half is None or not _QUARTER_VALUE.fullmatch(previous.value):
        return False
    between = text[previous.end : item.start]
    return (
        len(between) < 120
        and bool(_FROM_BETWEEN.search(between))
        and not _SENTENCE_BREAK.search(text, previous.end, item.start + 1)
    )


def _period_before(value: Unresolved, previous: Timex) -> Unresolved:
    """The quarter or half ``value`` names, the last one before the one ``previous`` names."""
    found = _QUARTER_VALUE.fullmatch(previous.value)
    assert found is not None and isinstance(value, Recurring)
    number = value.quarter if found["code"] == "Q" else value.half
    if number is None or (value.quarter is None) != (found["code"] == "H"):
        return value  # a half compared with a quarter: left to the tense
    year = int(found["year"]) - (1 if number >= int(found["number"]) else 0)
    return _in_year(value, year)


_DAY_RULES = frozenset({"weekday", "deictic-day", "clock-time"})
"""Rules whose expressions name a day a weekday can follow ("Saturday night", "tonight", "3 p.m. Tuesday")."""


def _names_a_day(first: Timex, mention: Mentioned) -> bool:
    """Whether a range's start names a day that a weekday at its end follows: "Saturday night", "tonight", "3 p.m.
    Tuesday" (not a date, nor a bare clock time: "from 6 a.m. to 2 p.m. Tuesday")."""
    if first.rule not in _DAY_RULES or mention.granularity.rank < Granularity.DAY.rank:
        return False
    return not _CLOCK_ONLY.fullmatch(first.text)


def _after(value: Unresolved, first: Timex) -> Unresolved:
    """The end of a range without a year, placed at its first occurrence after the range's start: "from June through
    November" (June 2011) -> November 2011; "from November to March" (November 2010) -> March 2011."""
    if not isinstance(value, Recurring) or value.relation is not Relation.TENSE:
        return value
    if value.holiday is not None or value.season is not None or first.granularity is None:
        return value
    mention = mentioned(Resolved(first.value, first.granularity))
    if mention is None or mention.granularity.rank < Granularity.MONTH.rank:
        return value
    if value.weekday is not None:  # "from Saturday night through Monday morning": the Monday after that Saturday
        if not _names_a_day(first, mention):
            return value  # "from Sept. 14 to Thursday": the Thursday of the report, not the first one after
        day = mention.start + dt.timedelta(days=(value.weekday - mention.start.isoweekday()) % 7)
        return Calendar(day.year, day.month, day.day, part_of_day=value.part_of_day, hour=value.hour,
                        minute=value.minute)  # fmt: skip
    month = value.month or (value.quarter * 3 - 2 if value.quarter else 6 * (value.half or 1) - 5)
    start = mention.start
    year = start.year + (1 if (month, value.day or 1) < (start.month, start.day if value.day else 1) else 0)
    return _in_year(value, year)


_ED_WORD = pattern(r"\b[A-Za-z]{3,}ed\b")
_PAST_WORD = pattern(rf"\b(?:{alternation(lx.PAST_MARKERS)})\b", re.IGNORECASE)


def _past_between(text: str, start: int, end: int) -> bool:
    """Whether a past verb stands between a day ahead and the next expression: "will have to beat Uruguay on
    Wednesday ..., after the hosts were held to a draw ... on Friday" tells of a Friday gone by."""
    if _PAST_WORD.search(text, start, end) is not None:
        return True
    return any(  # "called Culver" (but "suspended most service ... until Tuesday" moves a date on)
        word.lower() not in lx.NOT_PAST and word.lower() not in lx.DELAY_VERBS
        for word in _ED_WORD.findall(text, start, end)
    )


_SPAN_END_BEFORE = pattern(r"\b(?:through|until|till|thru)\s+$", re.IGNORECASE)
_DEADLINE_BEFORE = pattern(r"\bby\s+$", re.IGNORECASE)


def _continuing(
    value: Unresolved, last: Timex, reference: dt.date, tense: Tense, joined: bool = False
) -> tuple[Unresolved, Tense]:
    """A weekday or date with no tense of its own that follows, in the same sentence, a day still ahead goes on
    from it: "will arrive on Monday, travel to Kuala Lumpur on Thursday and to Singapore on Saturday" -> the
    Thursday and the Saturday after that Monday ("By Tuesday morning ... highs on Tuesday": that Tuesday).  A weekday
    goes on only from a weekday (an itinerary), not from a date ("extended its offer to Nov. 30 ... to negotiate by
    Friday"), and not past the coming week from a day within it: a weekday earlier in the week than the day named
    before is that week's ("the council is meeting again Friday ... in Dakar on Sunday": both this week's), unless
    it ends a range from that day (``joined``: "Monday through Friday")."""
    if not _DAY_VALUE.match(last.value):
        return value, tense
    day = dt.date.fromisoformat(last.value[:10])
    if day <= reference:
        return value, tense
    if isinstance(value, Recurring) and value.weekday is not None and value.relation is Relation.TENSE:
        if last.rule != "weekday":
            return value, tense  # not "extended its offer to Nov. 30 ... to negotiate by Friday": a deadline
        try:
            after = day + dt.timedelta(days=(value.weekday - day.isoweekday()) % 7)  # the same weekday: that day
        except OverflowError:
            return value, tense
        if (after - reference).days > WEEK_AHEAD and (day - reference).days < WEEK_AHEAD and not joined:
            after = reference + dt.timedelta(days=(value.weekday - reference.isoweekday()) % 7 or 7)  # "is
            # meeting Friday, and the governor will sign an order Thursday" (read on Tuesday): this week's Thursday
        return Calendar(after.year, after.month, after.day, part_of_day=value.part_of_day, hour=value.hour,
                        minute=value.minute), tense  # fmt: skip
    return value, Tense.FUTURE if tense is Tense.FUTURE else Tense.FUTURE_FAR


def _after_a_period_ahead(text: str, value: Unresolved, previous: Timex, item: Found, reference: dt.date) -> Tense:
    """A month, quarter, half or season with no tense of its own that follows, in the same sentence, a period still
    ahead looks ahead too: "We expect growth to peak in the second quarter and to slow again in the second half"."""
    if not isinstance(value, Recurring) or value.weekday is not None or previous.type is not TimexType.DATE:
        return Tense.PRESENT
    found = period_of(previous.value)
    if found is None or found[1].start <= reference or _past_between(text, previous.end, item.start):
        return Tense.PRESENT
    return Tense.FUTURE_FAR


WEEK_AHEAD = 7
"""Days ahead of the publication within which a weekday named after a day of the coming week stays this week's."""
_DAY_VALUE = pattern(r"\d{4}-\d\d-\d\d")
_NIGHT_OF_BEFORE = pattern(r"\b(?i:the\s+(?P<pod>night|evening)\s+of)\s+$")
"""A night or evening named by its date, whose small hours fall on the next day ("the night of 22 January")."""
_DAYS = (Granularity.DAY, Granularity.PART_OF_DAY, Granularity.TIME)


_CLOCK_VALUE = pattern(r"(?P<day>\d{4}-\d\d-\d\d)T(?P<clock>\d\d:\d\d)$")


def _past_midnight(first: Timex, end: Timex) -> Timex:
    """The end of a range of clock times that is earlier than its start lies on the next day: "open from 6 p.m.
    until 3 a.m." (Dec. 31) -> 3 a.m. on Jan. 1."""
    one, two = _CLOCK_VALUE.match(first.value), _CLOCK_VALUE.match(end.value)
    if one is None or two is None or one["day"] != two["day"] or two["clock"] >= one["clock"]:
        return end
    try:
        day = dt.date.fromisoformat(two["day"]) + dt.timedelta(days=1)
    except OverflowError:  # the last day of the calendar
        return end
    return dataclasses.replace(end, value=f"{day.isoformat()}T{two['clock']}")


_UNTIL = pattern(
    r"\b(?:until|till|through|thru)\s+(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?|noon|midnight)\s+(?:on\s+)?)?$",
    re.IGNORECASE,
)
"""The end of a span right before a weekday, with its clock time: "until Saturday", "until 10am on Saturday"."""


_ORDER_WORD = pattern(r"\b(?:after|before|since)\b", re.IGNORECASE)


def _last_named_day(text: str, result: list[Timex], sentence_start: int, start: int) -> Timex | None:
    """The last day named by a weekday or a word ("Thursday afternoon", "today") in the sentence before ``start``,
    unless a word of order stands between ("on Friday after fighting that lasted until Thursday night")."""
    for timex in reversed(result):
        if timex.start < sentence_start:
            return None
        if timex.rule in ("weekday", "deictic-day") and _DAY_VALUE.match(timex.value):
            return None if _ORDER_WORD.search(text, timex.end, start) else timex
    return None


def _until_before(text: str, item: Found) -> bool:
    """Whether a weekday ends a span ("until 10am on Saturday"): it then lies after the day named before it in its
    sentence, whatever the tense ("issued a yellow warning on Thursday afternoon ... until 10am on Saturday")."""
    value = item.value
    if not isinstance(value, Recurring) or value.weekday is None or value.relation is not Relation.TENSE:
        return False
    return _UNTIL.search(text, max(0, item.start - 40), item.start) is not None


_MONTHS_VALUE = pattern(r"P(?:[4-9]|1[01])M")
_SENTENCE_BREAK = pattern(r"[.!?][\"”’']?\s+[A-Z]")


def _months_before(text: str, previous: Timex, item: Found) -> bool:
    """Whether a span of several months ("the nine months", "the first six months") comes just before a report's
    period in the same sentence: the period is then those months of that year, told by the year alone."""
    return bool(
        previous.type is TimexType.DURATION
        and _MONTHS_VALUE.fullmatch(previous.value)
        and not _SENTENCE_BREAK.search(text, previous.end, item.start + 1)
    )


_COUNTED_FROM_LAST = pattern(r"the\s+(?P<way>following|next|previous|preceding)\s", re.IGNORECASE)
"""What makes a season, month or weekday count from the last date named rather than from publication."""


def _counted_from(value: Unresolved, previous: Mentioned) -> Unresolved:
    """ "the following spring" after "December 2009" -> the first spring that begins after it (2010-SP); "the
    previous summer" -> the last one that began before it; the same for "the following March" and, after a day,
    "the next Monday" ("The talks ended on Oct. 21, 2005. The next Monday, ..." -> 2005-10-24)."""
    if not isinstance(value, Recurring) or value.relation not in (Relation.NEXT, Relation.NEXT_NOT_TOMORROW,
                                                                   Relation.LAST):  # fmt: skip
        return value
    ahead = value.relation is not Relation.LAST
    try:
        if value.weekday is not None:
            if previous.granularity.rank < Granularity.DAY.rank:
                return value
            if ahead:
                day = previous.end + dt.timedelta(days=(value.weekday - previous.end.isoweekday() - 1) % 7 + 1)
            else:
                day = previous.start - dt.timedelta(days=(previous.start.isoweekday() - value.weekday - 1) % 7 + 1)
            return Calendar(day.year, day.month, day.day, part_of_day=value.part_of_day)
        month = SEASON_START[value.season] if value.season is not None else value.month
        if month is None or value.day is not None:
            return value
        if ahead:
            year = previous.end.year + (0 if dt.date(previous.end.year, month, 1) > previous.end else 1)
        else:
            year = previous.start.year - (0 if dt.date(previous.start.year, month, 1) < previous.start else 1)
    except (ValueError, OverflowError):  # the calendar's edge
        return value
    return Calendar(year, season=value.season) if value.season is not None else Calendar(year, month)


_STORY_EVENT_BEFORE = pattern(rf"\b(?:{alternation(lx.STORY_EVENT_LEADS)})\s+$", re.IGNORECASE)
"""Words before a possessive weekday whose event the story goes on to tell: "when Tuesday's earthquake struck"."""
_POSSESSIVE_AFTER = pattern(r"['’]s\b")


_GLOSS_OPEN = pattern(r"\s*\(\s*")


def _a_gloss(text: str, clock: Timex, item: Timex) -> bool:
    """Whether ``item`` is a clock time in brackets glossing the clock time right before it: "8 p.m. (1900 GMT)"."""
    return (
        clock.type is TimexType.TIME
        and item.type is TimexType.TIME
        and bool(_GLOSS_OPEN.fullmatch(text, clock.end, item.start))
        and text[item.end : item.end + 1] == ")"
    )


def _in_passing(text: str, item: Found, previous: Mentioned | None, reference: dt.date | None) -> bool:
    """Whether a day's event is named in passing, after today: "Stocks rebounded today after Friday's plunge",
    "Wall Street reopened today for the first time since last Tuesday's attacks", "police hunt tonight for the
    second suspect in Monday's bombing" (later clock times are today's)."""
    if reference is None or previous is None or previous.start != reference or previous.end != reference:
        return False
    if item.rule != "weekday" or not _POSSESSIVE_AFTER.match(text, item.end):
        return False
    return not _STORY_EVENT_BEFORE.search(text, max(0, item.start - 16), item.start)


def _in_the_weekend(text: str, value: Unresolved, item: Found, result: list[Timex]) -> Calendar | None:
    """A Saturday or Sunday with no tense of its own, close after a weekend named in its paragraph ("The festival
    returns this weekend. Hours are 10 a.m. to 6 p.m. Saturday"): that weekend's day."""
    if not isinstance(value, Recurring) or value.relation is not Relation.TENSE or value.weekday not in (6, 7):
        return None
    if value.month is not None or value.day is not None:
        return None
    for earlier in reversed(result):
        if item.start - earlier.end > NEAR_MENTION or "\n\n" in text[earlier.end : item.start]:
            return None
        weekend = _WEEKEND_VALUE.fullmatch(earlier.value)
        if weekend is not None:
            try:
                day = dt.date.fromisocalendar(int(weekend["year"]), int(weekend["week"]), value.weekday)
            except ValueError:
                return None
            return Calendar(day.year, day.month, day.day, part_of_day=value.part_of_day, hour=value.hour,
                            minute=value.minute)  # fmt: skip
    return None


_WEEKEND_VALUE = pattern(r"(?P<year>\d{4})-W(?P<week>\d\d)-WE")


def _same_week_day(value: Recurring, previous: Mentioned | None) -> Calendar | None:
    """ "that Saturday" after "June 3, 2004" (a Thursday) -> 2004-06-05: the first such day from the one last
    named, when a day was named."""
    if value.weekday is None or previous is None or previous.granularity.rank < Granularity.DAY.rank:
        return None
    try:
        day = previous.start + dt.timedelta(days=(value.weekday - previous.start.isoweekday()) % 7)
    except OverflowError:
        return None
    return Calendar(day.year, day.month, day.day, part_of_day=value.part_of_day, hour=value.hour, minute=value.minute)


def _needs_tense(value: object) -> bool:
    """Whether the clause's tense can change the value: weekdays and dates without a year, "the weekend", a clock
    time or part of day on the day named last (a past one cannot fall on a day still ahead)."""
    if isinstance(value, Shift):
        clock = value.hour is not None or value.part_of_day is not None
        this_weekend = value.unit is Unit.WEEKEND and value.offset == 0 and not value.anaphoric  # read on a Monday
        return value.by_tense or value.story or value.anaphoric and value.offset == 0 and clock or this_weekend
    return isinstance(value, Recurring)


_DAY_ANAPHORA = frozenset({"anaphoric-unit", "anaphoric-pod"})
"""Rules of "the next day", "the following morning": the story moves to that day."""


def _anchors_later(item: Found) -> bool:
    """Dates named outright ("March 3", "the third quarter", "last week", "the latest quarter") anchor later
    anaphora; expressions that are themselves counted from an earlier mention ("a year earlier", "the following
    day") do not move it; nor does a span of two years, which no later "a year earlier" can count from ("its lowest
    level since the 1981-82 recession. A year earlier ..."), or a sports season named from now."""
    value = item.value
    if item.rule in ("year-span", "relative-season"):
        return False  # nor a sports season named from now ("missed most of last season"): the story stays put
    if isinstance(value, Shift):
        if value.same_day:
            return False  # "by this time next week the backlog will have been cleared": a comparison, the story
            # does not move to that day
        if item.rule == "ago" and value.offset == 0:
            return False  # "Forty years on, the men who played that night ... began that March": the present, set
            # against the story, which goes on in its own time
        if value.anaphoric and not value.current and (value.offset or 0) > 0 and item.rule == "ago":
            return True  # a story moving on: "three years later ... The next year" counts from the later date
        if not value.anaphoric and (value.offset or 0) <= -2 and item.rule == "ago":
            return True  # "Ten years ago, the river rose ... A decade later": counted from the year it names (not
            # "a year ago", the comparison of an earnings report: "compared with C$307.2 a year earlier")
        if value.anaphoric and value.unit is Unit.DAY and value.offset and item.rule in _DAY_ANAPHORA | _CLOCK_RULES:
            return True  # "The next morning ... by that evening", "at 7.25 the next morning. By that evening": the
            # evening of that next day
        if item.rule == "day-of-the-month":
            return True  # "came home in December 1945 and married on the 22nd. The next day": that day is named
        return not value.anaphoric and not value.follow_granularity or value.current and value.offset == 0
    return isinstance(value, (Calendar, Recurring))


def _timex(item: Found, resolved: Resolved) -> Timex:
    kind = item.type
    if kind is TimexType.TIME and "T" not in resolved.value:
        kind = TimexType.DATE
    elif kind is TimexType.DATE and resolved.granularity is Granularity.TIME:
        kind = TimexType.TIME  # "two hours later" after a clock time
    elif kind is TimexType.DATE and item.rule == "ago" and isinstance(item.value, Shift) and item.value.unit.is_time:
        kind = TimexType.TIME  # "about six hours ago", "fourteen hours later": a time of day, even when no clock
        # time was named to count from (the value then keeps the day)
    return Timex(
        start=item.start,
        end=item.end,
        text=item.text,
        type=kind,
        value=resolved.value,
        mod=item.mod,
        granularity=resolved.granularity,
        resolved=resolved.resolved,
        rule=item.rule,
    )


def sentence_tense(text: str, item: Found, start: int, end: int) -> Tense:
    """The tense of the clause around ``item`` in the sentence ``text[start:end]`` (see :mod:`timeline.tense`)."""
    return clause_tense(text, item.start, item.end, start, end)
