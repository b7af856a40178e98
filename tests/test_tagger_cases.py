"""Table of English news phrasings for the temporal tagger, checked against TimeML/TIMEX3 (TempEval-3) conventions.

Each case is one sentence (or a short passage for anaphora), its publication date, and *every* TIMEX3 the tagger
must find in it, in text order, as ``(text, type, value, mod)``.  An empty list means the text holds no temporal
expression at all.

Conventions the table follows (TimeML 1.2.1 guidelines, TempEval-3 / TimeBank usage, HeidelTime's English rules):

* Extent leaves out signal prepositions (in, on, at, by, since, during, for, from, between) but keeps determiners
  and modifiers that belong to the expression: "the end of March", "early 2023", "more than two weeks".
  "about", "around", "approximately" and "almost" stay outside the extent but still set the mod ("about three
  years" -> text "three years", APPROX): the TempEval-3 corpus annotates them so in most cases.
* Adjectival durations are tagged: "a four-decade peak" -> ``P40Y``.
* DATE values: ``2023``, ``2023-11``, ``2025-03-17``, ``2025-W11``, ``2025-W12-WE`` (weekend), ``2024-Q3``,
  ``2023-H1``, ``2024-SU`` (SP, SU, FA, WI), decade ``199``, century ``19`` (the 20th century).
* TIME values: ``2025-03-18T20:00``; parts of day ``TMO`` (morning), ``TAF`` (afternoon), ``TEV`` (evening),
  ``TNI`` (night).  A clock time with its day ("3 p.m. Monday") is one TIME expression.
* DURATION values: ``P3Y``, ``P2W``, ``P6M``, ``P1D``, ``PT5H``, ``PT90M``; a vague count gives ``X`` ("years"
  -> ``PXY``).  "the past three months" is a DURATION.
* SET values: "every Friday" -> ``XXXX-WXX-5``; "annually", "each year" -> ``P1Y``; "weekly" -> ``P1W``.
* Mods: early/the beginning of/the start of -> START, mid-/the middle of -> MID, late/the end of -> END,
  about/around/approximately -> APPROX, more than -> MORE_THAN, less than -> LESS_THAN, at least -> EQUAL_OR_MORE,
  no more than/up to -> EQUAL_OR_LESS.
* A day or month without a year takes the publication year, moved one year back for a past-tense event that would
  otherwise fall after publication, one year on for a future event that would otherwise fall before it.  A bare
  weekday is the nearest one before publication in a past-tense clause and after it in a future clause.
* Anaphoric expressions ("the next day", "that month") resolve against the last date mentioned, not the
  publication date.

Expected values were computed by hand and checked with ``datetime`` (weekdays, ISO weeks, holiday dates).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

# Publication dates used as references.  Weekday and ISO week noted, since many expectations depend on them.
MAR18_2025 = dt.date(2025, 3, 18)  # Tuesday, ISO 2025-W12 (Mon 17 - Sun 23 March)
AUG07_1998 = dt.date(1998, 8, 7)  # Friday, ISO 1998-W32
DEC31_2024 = dt.date(2024, 12, 31)  # Tuesday, ISO 2025-W01 (the ISO week belongs to the next year)
JUN15_2023 = dt.date(2023, 6, 15)  # Thursday, ISO 2023-W24
JAN02_2020 = dt.date(2020, 1, 2)  # Thursday, ISO 2020-W01
OCT26_1989 = dt.date(1989, 10, 26)  # Thursday, in 1989-Q4: the third quarter's results are being reported


def date(text: str, value: str, mod: str | None = None) -> tuple[str, str, str, str | None]:
    """An expected DATE expression."""
    return (text, "DATE", value, mod)


def time(text: str, value: str, mod: str | None = None) -> tuple[str, str, str, str | None]:
    """An expected TIME expression."""
    return (text, "TIME", value, mod)


def duration(text: str, value: str, mod: str | None = None) -> tuple[str, str, str, str | None]:
    """An expected DURATION expression."""
    return (text, "DURATION", value, mod)


def recurring(text: str, value: str, mod: str | None = None) -> tuple[str, str, str, str | None]:
    """An expected SET expression."""
    return (text, "SET", value, mod)


def case(case_id: str, sentence: str, reference: dt.date | None, *expected: tuple) -> object:
    """One row of the table: a sentence, its publication date and every TIMEX3 expected in it."""
    return pytest.param(sentence, reference, list(expected), id=case_id)


CASES = [
    # --- Full calendar dates in common news formats: the value needs no reference -----------------------------------
    case("month-abbrev-day-year", "Russian troops crossed the border on Feb. 24, 2022.", MAR18_2025,
         date("Feb. 24, 2022", "2022-02-24")),
    case("day-month-year", "The ceasefire was signed on 24 February 2022 in a border town.", MAR18_2025,
         date("24 February 2022", "2022-02-24")),
    case("iso-date", "The filing is dated 2022-02-24 and runs to 40 pages.", MAR18_2025,
         date("2022-02-24", "2022-02-24")),
    case("us-slash-date", "An invoice dated 02/24/2022 was never paid.", MAR18_2025,
         date("02/24/2022", "2022-02-24")),
    case("month-full-day-year", "The new plant will open on September 14, 1998.", AUG07_1998,
         date("September 14, 1998", "1998-09-14")),
    case("ordinal-suffix-with-year", "The liner sank on April 15th, 1912, after striking ice.", MAR18_2025,
         date("April 15th, 1912", "1912-04-15")),
    case("sept-four-letter-abbrev", "The investment bank collapsed on Sept. 15, 2008.", MAR18_2025,
         date("Sept. 15, 2008", "2008-09-15")),
    case("date-without-preposition", "The tax rule took effect Jan. 1, 2024, after a long delay.", MAR18_2025,
         date("Jan. 1, 2024", "2024-01-01")),
    case("may-as-month-in-full-date", "The general election was held on 7 May 2015.", MAR18_2025,
         date("7 May 2015", "2015-05-07")),
    case("iso-date-future", "The archive will stay closed until 1999-12-31.", AUG07_1998,
         date("1999-12-31", "1999-12-31")),

    # --- Day and month without a year: the year comes from the publication date and the tense -----------------------
    case("month-day-past-same-year", "The minister resigned on Feb 24 after weeks of pressure.", MAR18_2025,
         date("Feb 24", "2025-02-24")),
    case("ordinal-day-no-year", "The talks collapsed on March 3rd.", MAR18_2025,
         date("March 3rd", "2025-03-03")),
    case("day-month-no-year", "The report came out on 12 March and drew sharp criticism.", MAR18_2025,
         date("12 March", "2025-03-12")),
    case("month-day-future-same-year", "Voting is scheduled for April 6.", MAR18_2025,
         date("April 6", "2025-04-06")),
    case("month-day-past-previous-year", "The store closed its doors on Dec. 20.", JAN02_2020,
         date("Dec. 20", "2019-12-20")),
    case("month-day-future-next-year", "The rocket launch is planned for Jan. 15.", DEC31_2024,
         date("Jan. 15", "2025-01-15")),
    case("now-with-date", "The rocket launch is now planned for Jan. 15.", DEC31_2024,
         date("now", "PRESENT_REF"), date("Jan. 15", "2025-01-15")),
    case("month-day-later-this-month", "The county fair opens August 20.", AUG07_1998,
         date("August 20", "1998-08-20")),
    case("may-month-day-past-previous-year", "The court issued its ruling on May 7.", MAR18_2025,
         date("May 7", "2024-05-07")),

    # --- Years ------------------------------------------------------------------------------------------------------
    case("bare-year", "The company was founded in 1987 by two engineers.", MAR18_2025,
         date("1987", "1987")),
    case("year-past-reference", "Smartphone sales peaked in 2019.", MAR18_2025,
         date("2019", "2019")),
    case("historic-year", "The great fire of 1666 destroyed much of the old city.", MAR18_2025,
         date("1666", "1666")),
    case("two-years-between", "Profits doubled between 2015 and 2018.", MAR18_2025,
         date("2015", "2015"), date("2018", "2018")),
    case("future-year", "The stadium is expected to be finished in 2027.", MAR18_2025,
         date("2027", "2027")),

    # --- Years with a part modifier ---------------------------------------------------------------------------------
    case("early-year", "Construction of the tunnel began in early 2023.", MAR18_2025,
         date("early 2023", "2023", "START")),
    case("late-year", "The phone will ship in late 2025.", MAR18_2025,
         date("late 2025", "2025", "END")),
    case("mid-hyphen-year", "Talks between the two sides resumed in mid-2021.", MAR18_2025,
         date("mid-2021", "2021", "MID")),
    case("the-end-of-year", "The company went public at the end of 2019.", MAR18_2025,
         date("the end of 2019", "2019", "END")),
    case("the-beginning-of-year", "A hiring freeze was imposed at the beginning of 2020.", MAR18_2025,
         date("the beginning of 2020", "2020", "START")),
    case("the-middle-of-year", "By the middle of 2024, rents had stabilized.", MAR18_2025,
         date("the middle of 2024", "2024", "MID")),
    case("the-start-of-year", "The layoffs came at the start of 2022.", MAR18_2025,
         date("the start of 2022", "2022", "START")),

    # --- Months with a year -----------------------------------------------------------------------------------------
    case("month-year", "Inflation peaked in June 2022.", MAR18_2025,
         date("June 2022", "2022-06")),
    case("adjectival-duration", "Inflation hit a four-decade peak in June 2022.", MAR18_2025,
         duration("four-decade", "P40Y"), date("June 2022", "2022-06")),
    case("unit-long", "Workers ended a day-long strike after a months-long dispute.", MAR18_2025,
         duration("day-long", "P1D"), duration("months-long", "PXM")),
    case("month-abbrev-year", "The rule was changed in Nov. 2023.", MAR18_2025,
         date("Nov. 2023", "2023-11")),
    case("month-of-year", "The website went offline in March of 2020.", MAR18_2025,
         date("March of 2020", "2020-03")),
    case("may-month-year", "The plan was approved in May 2018 by the council.", MAR18_2025,
         date("May 2018", "2018-05")),

    # --- Months with a part modifier --------------------------------------------------------------------------------
    case("end-of-named-month-future", "Results are expected at the end of March.", MAR18_2025,
         date("the end of March", "2025-03", "END")),
    case("mid-month-past-previous-year", "The dock strike began in mid-November.", MAR18_2025,
         date("mid-November", "2024-11", "MID")),
    case("early-month-past", "Flooding swept the valley in early January.", MAR18_2025,
         date("early January", "2025-01", "START")),
    case("late-month-future", "The new rail line will open in late April.", MAR18_2025,
         date("late April", "2025-04", "END")),
    case("beginning-of-month-past", "Negotiations stalled at the beginning of February.", MAR18_2025,
         date("the beginning of February", "2025-02", "START")),
    case("end-of-month-with-year", "The merger is due to close by the end of June 2025.", MAR18_2025,
         date("the end of June 2025", "2025-06", "END")),
    case("end-of-month-future", "The charity will run out of cash at the end of the month.", MAR18_2025,
         date("the end of the month", "2025-03", "END")),
    case("end-of-the-year-future", "The central bank expects rates to fall by the end of the year.", MAR18_2025,
         date("the end of the year", "2025", "END")),

    # --- A month name alone: the year follows tense and position ----------------------------------------------------
    case("month-past-previous-year", "The factory closed in October.", MAR18_2025,
         date("October", "2024-10")),
    case("month-future-this-year", "The factory will reopen in October.", MAR18_2025,
         date("October", "2025-10")),
    case("month-future-next-year", "Elections will be held in January.", MAR18_2025,
         date("January", "2026-01")),
    case("month-past-this-year", "Exports fell sharply in February.", MAR18_2025,
         date("February", "2025-02")),
    case("month-past-wraps-to-previous-year", "Retail sales rose in September.", AUG07_1998,
         date("September", "1997-09")),
    case("last-month-name", "The mayor took office last October.", MAR18_2025,
         date("last October", "2024-10")),
    case("next-month-name", "The treaty will be ratified next January.", MAR18_2025,
         date("next January", "2026-01")),

    case("month-in-the-sentence-year", "In 2012, a gunman killed seven people over 10 days in March.", MAR18_2025,
         date("2012", "2012"), duration("10 days", "P10D"), date("March", "2012-03")),
    case("month-not-in-a-clause-year", "Under a plan approved in 1987 that set no limit, the firm bought shares "
         "through Sept. 29.", dt.date(1989, 10, 30), date("1987", "1987"), date("Sept. 29", "1989-09-29")),

    # --- Decades ----------------------------------------------------------------------------------------------------
    case("decade-with-the", "Violent crime fell sharply in the 1990s.", MAR18_2025,
         date("the 1990s", "199")),
    case("decade-1980s", "Home prices rose steadily through the 1980s.", MAR18_2025,
         date("the 1980s", "198")),
    case("decade-2010s", "Streaming took over the music business in the 2010s.", MAR18_2025,
         date("the 2010s", "201")),
    case("late-decade", "The band was at its most popular in the late 1990s.", MAR18_2025,
         date("the late 1990s", "199", "END")),
    case("early-decade", "The policy dates back to the early 1960s.", MAR18_2025,
         date("the early 1960s", "196", "START")),
    case("mid-decade", "The mill was shut in the mid-1980s.", MAR18_2025,
         date("the mid-1980s", "198", "MID")),

    # --- Centuries --------------------------------------------------------------------------------------------------
    case("twentieth-century", "The cathedral was restored twice in the 20th century.", MAR18_2025,
         date("the 20th century", "19")),
    case("nineteenth-century", "The canal was dug in the 19th century.", MAR18_2025,
         date("the 19th century", "18")),
    case("twenty-first-century", "Cities will face hotter summers in the 21st century.", MAR18_2025,
         date("the 21st century", "20")),
    case("century-ordinal-word", "The manor house was built in the eighteenth century.", MAR18_2025,
         date("the eighteenth century", "17")),
    case("early-century", "The railway reached the town in the early 20th century.", MAR18_2025,
         date("the early 20th century", "19", "START")),
    case("late-century", "Textile mills lined the river in the late 19th century.", MAR18_2025,
         date("the late 19th century", "18", "END")),

    # --- Seasons ----------------------------------------------------------------------------------------------------
    case("last-summer", "The wildfires last summer burned thousands of acres.", MAR18_2025,
         date("last summer", "2024-SU")),
    case("this-spring", "The museum will reopen this spring.", MAR18_2025,
         date("this spring", "2025-SP")),
    case("season-year", "Energy prices spiked in winter 2021.", MAR18_2025,
         date("winter 2021", "2021-WI")),
    case("next-fall", "The law school will admit its first class next fall.", MAR18_2025,
         date("next fall", "2025-FA")),
    case("the-season-of-year", "The drought began in the summer of 2019.", MAR18_2025,
         date("the summer of 2019", "2019-SU")),
    case("this-summer", "The pool will stay closed this summer.", AUG07_1998,
         date("this summer", "1998-SU")),
    case("autumn-year", "The elections were postponed to autumn 2020.", MAR18_2025,
         date("autumn 2020", "2020-FA")),

    case("season-previous-with-article", "One of them had travelled to Syria the previous summer.", MAR18_2025,
         date("the previous summer", "2024-SU")),

    # --- Quarters and halves ----------------------------------------------------------------------------------------
    case("quarter-past-previous-year", "Profit rose 12 percent in the fourth quarter.", JUN15_2023,
         date("the fourth quarter", "2022-Q4")),
    case("half-last", "Earnings will slip in the last half of 1989.", OCT26_1989,
         date("the last half of 1989", "1989-H2")),
    case("half-two-quarters", "Losses will last through the first two quarters of 1990.", OCT26_1989,
         date("the first two quarters of 1990", "1990-H1")),
    case("two-quarters-without-year", "Sales fell in the last two quarters.", OCT26_1989,
         duration("the last two quarters", "P2Q")),
    case("fiscal-year-code", "Revenue in FY2024 beat forecasts; FY24 guidance was cut.", MAR18_2025,
         date("FY2024", "2024"), date("FY24", "2024")),
    case("quarter-code-alone", "Profits rose in Q3.", MAR18_2025,
         date("Q3", "2024-Q3")),
    case("half-code", "Sales in H1 2023 were weak.", MAR18_2025,
         date("H1 2023", "2023-H1")),
    case("half-code-not-a-virus", "The H1N1 virus spread.", MAR18_2025),
    case("quarter-adjective-leaves-the", "Analysts cut the third-quarter estimate.", OCT26_1989,
         date("third-quarter", "1989-Q3")),
    case("quarter-code-year", "Revenue fell in Q2 2021 as stores closed.", MAR18_2025,
         date("Q2 2021", "2021-Q2")),
    case("quarter-of-year", "The carmaker lost money in the third quarter of 2024.", MAR18_2025,
         date("the third quarter of 2024", "2024-Q3")),
    case("half-of-year", "Deliveries slowed in the first half of 2023.", MAR18_2025,
         date("the first half of 2023", "2023-H1")),
    case("second-half-future", "Growth should pick up in the second half.", MAR18_2025,
         date("the second half", "2025-H2")),
    case("quarter-past-same-year", "Earnings fell in the second quarter.", AUG07_1998,
         date("the second quarter", "1998-Q2")),
    case("current-quarter", "The company expects a loss for the first quarter.", MAR18_2025,
         date("the first quarter", "2025-Q1")),
    case("this-quarter", "The chipmaker plans to cut prices this quarter.", MAR18_2025,
         date("this quarter", "2025-Q1")),
    case("next-quarter-crosses-year", "The retailer will report results next quarter.", DEC31_2024,
         date("next quarter", "2025-Q1")),

    # --- Earnings reports: "the latest quarter" and "year-ago" count from the period being reported ------------------
    case("latest-quarter-skips-forecast", "Profit rose in the third quarter. The company expects a loss in the "
         "fourth quarter. Sales fell 5% in the latest quarter.", OCT26_1989,
         date("the third quarter", "1989-Q3"), date("the fourth quarter", "1989-Q4"),
         date("the latest quarter", "1989-Q3")),
    case("latest-quarter-alone", "Margins narrowed in the latest quarter.", OCT26_1989,
         date("the latest quarter", "1989-Q3")),
    case("year-ago-skips-comparison", "Net was $5 million in the 1988 period. The year-ago results included a "
         "charge.", OCT26_1989, date("the 1988 period", "1988"), date("The year-ago", "1988")),
    case("year-period-follows-report", "Net rose in the third quarter from $2 million in the 1988 period.",
         OCT26_1989, date("the third quarter", "1989-Q3"), date("the 1988 period", "1988-Q3")),
    case("year-quarter-alone", "Sales fell from the 1988 quarter.", OCT26_1989,
         date("the 1988 quarter", "1988-Q3")),
    case("year-ago-quarter-alone", "Earnings rose 10% from the year-ago quarter.", OCT26_1989,
         date("the year-ago quarter", "1988-Q3")),
    case("year-earlier-follows-quarter", "Revenue rose in the third quarter. The year-earlier period included a "
         "gain.", OCT26_1989, date("the third quarter", "1989-Q3"), date("The year-earlier period", "1988-Q3")),
    case("year-ago-named-quarter", "Net fell from $4 million in the year-ago fourth quarter.", OCT26_1989,
         date("the year-ago fourth quarter", "1988-Q4")),
    case("year-ago-named-quarter-counts-from-report", "Sales rose in the fourth quarter of 1990. The comparable "
         "year-earlier fourth quarter had a loss.", dt.date(1991, 2, 5),
         date("the fourth quarter of 1990", "1990-Q4"), date("The comparable year-earlier fourth quarter", "1989-Q4")),
    case("year-earlier-months-are-an-amount", "Net rose 8% from the year-earlier nine months.", OCT26_1989,
         duration("the year-earlier nine months", "P9M")),

    # --- Weekdays: the tense picks the nearest weekday before or after publication ----------------------------------
    case("weekday-future", "The minister will meet union leaders on Thursday.", MAR18_2025,
         date("Thursday", "2025-03-20")),
    case("weekday-earlier-outside", "Earlier Thursday, the minister met union leaders.", MAR18_2025,
         date("Thursday", "2025-03-13")),
    case("weekday-early-late-inside", "The storm should reach the coast late Friday or early Saturday.", MAR18_2025,
         date("late Friday", "2025-03-21", "END"), date("early Saturday", "2025-03-22", "START")),
    case("hundreds-are-a-century", "The firm was founded in the late 1800s and grew in the 2000s.", MAR18_2025,
         date("the late 1800s", "18", "END"), date("the 2000s", "200")),
    case("passive-infinitive-looks-ahead", "The bonds are to be redeemed on May 1.", MAR18_2025,
         date("May 1", "2025-05-01")),
    case("fourth-of-july", "The parade took place on the Fourth of July.", MAR18_2025,
         date("Fourth of July", "2024-07-04")),
    case("number-and-a-half", "The meeting lasted two and a half hours.", MAR18_2025,
         duration("two and a half hours", "PT2H30M")),
    case("quarter-named-by-months", "The economy grew 0.4% in the October-December quarter.", MAR18_2025,
         date("the October-December quarter", "2024-Q4")),
    case("quarter-named-by-months-with-year", "Profit fell in the April-June period of 2012.", MAR18_2025,
         date("the April-June period of 2012", "2012-Q2")),
    case("months-that-are-no-quarter", "Sales in the March-May period rose.", MAR18_2025),
    case("clock-time-zone-words", "Voting ends at 8 p.m. Eastern time on Friday.", MAR18_2025,
         time("8 p.m. Eastern time on Friday", "2025-03-21T20:00")),
    case("weekday-day-month", "The summit opens on Monday 24 March.", MAR18_2025,
         date("Monday 24 March", "2025-03-24")),
    case("range-end-follows-its-start", "The exhibit ran from November 2024 to February.", MAR18_2025,
         date("November 2024", "2024-11"), date("February", "2025-02")),
    case("range-end-same-year", "The storm season runs from June through November.", MAR18_2025,
         date("June", "2025-06"), date("November", "2025-11")),
    case("quarter-of-last-year", "Profit rose in the first quarter of last year.", MAR18_2025,
         date("the first quarter of last year", "2024-Q1")),
    case("year-possessive-quarter", "Last year's first quarter was weak.", MAR18_2025,
         date("Last year's first quarter", "2024-Q1")),
    case("half-of-next-year", "The firm expects to break even by the second half of next year.", MAR18_2025,
         date("the second half of next year", "2026-H2")),
    case("season-of-next-year", "Production will begin in the spring of next year.", MAR18_2025,
         date("the spring of next year", "2026-SP")),
    case("relative-weekday-with-date", "The election is next Tuesday, Nov. 4.", dt.date(2025, 10, 29),
         date("next Tuesday, Nov. 4", "2025-11-04")),
    case("clock-minutes-part-of-day", "Trading halted at 2:45 in the afternoon.", MAR18_2025,
         time("2:45 in the afternoon", "2025-03-18T14:45")),
    case("possessive-weekday-scheduled", "Sunday's race starts at 1 p.m.", MAR18_2025,
         date("Sunday", "2025-03-23"), time("1 p.m.", "2025-03-23T13:00")),
    case("every-other-unit", "The board meets every other week.", MAR18_2025,
         recurring("every other week", "P2W")),
    case("year-end-is-the-end-of-the-year", "The deal should close by year-end.", MAR18_2025,
         date("year-end", "2025", "END")),
    case("year-range-with-dash", "Prices rose 5% from 2001-2005.", MAR18_2025,
         date("2001", "2001"), date("2005", "2005")),
    case("number-range-is-no-year-range", "He earned 2000-2500 dollars.", MAR18_2025),
    case("future-of-a-later-clause-stays-there", "Cardinals elected a new pope on Wednesday evening, and he will be "
         "installed on Friday.", MAR18_2025, time("Wednesday evening", "2025-03-12TEV"), date("Friday", "2025-03-21")),
    case("infinitive-is-not-past", "A blizzard is expected to hit on Saturday.", MAR18_2025,
         date("Saturday", "2025-03-22")),
    case("forecast-looks-ahead", "Rain is forecast for Sunday.", MAR18_2025, date("Sunday", "2025-03-23")),
    case("auxiliary-reach-skips-clock-digits", "The president will deliver a statement at 11:30 a.m. EDT (1530 GMT) "
         "on Friday.", MAR18_2025, time("11:30 a.m. EDT", "2025-03-21T11:30"), date("Friday", "2025-03-21")),
    case("clock-time-without-space", "The train derailed at 11.30am on Friday near Leeds.", MAR18_2025,
         time("11.30am on Friday", "2025-03-14T11:30")),
    case("day-range-before-and", "The committee meets on March 19-20 and is expected to act.", MAR18_2025,
         date("March 19", "2025-03-19"), date("20", "2025-03-20")),
    case("adjectival-and-a-half", "Stocks closed at a four-and-a-half-year high.", MAR18_2025,
         duration("four-and-a-half-year", "P4Y6M")),
    case("rate-after-billion", "The Fed buys bonds at a pace of $85 billion a month.", MAR18_2025,
         recurring("a month", "P1M")),
    case("that-same-year", "The firm was founded in 1999; that same year it signed its first client.", MAR18_2025,
         date("1999", "1999"), date("that same year", "1999")),
    case("week-ended", "Claims fell in the week ended March 8, the department said.", MAR18_2025,
         date("the week ended March 8", "2025-W10")),
    case("holiday-weekday-with-date", "Markets will be closed on Good Friday, April 18.", MAR18_2025,
         date("Good Friday", "2025-04-18"), date("April 18", "2025-04-18")),
    case("race-time-is-no-clock", "She set a record of 1:52.98 in Rome.", MAR18_2025),
    case("duration-in-parts", "He won the race in 2 hours, 4 minutes and 38 seconds.", MAR18_2025,
         duration("2 hours, 4 minutes and 38 seconds", "PT2H4M38S")),
    case("duration-in-parts-keeps-mod", "He served more than three years and six months.", MAR18_2025,
         duration("more than three years and six months", "P3Y6M", "MORE_THAN")),
    case("durations-in-rising-order-stay-apart", "It rained for two days and three weeks.", MAR18_2025,
         duration("two days", "P2D"), duration("three weeks", "P3W")),
    case("past-verb-five-words-back", "He announced the new plan in February.", dt.date(2021, 12, 30),
         date("February", "2021-02")),
    case("await-possessive-weekday", "Traders await Friday's jobs report.", MAR18_2025, date("Friday", "2025-03-21")),
    case("expect-with-object", "Forecasters expect snow on Friday.", MAR18_2025, date("Friday", "2025-03-21")),
    case("must-looks-ahead", "Revellers must leave by Saturday.", MAR18_2025, date("Saturday", "2025-03-22")),
    case("zone-word-alone", "Acme will hold a call at 8:30 a.m. Eastern on Friday.", MAR18_2025,
         time("8:30 a.m. Eastern on Friday", "2025-03-21T08:30")),
    case("half-of-the-year", "Sales rose 17% in the first half of the year.", MAR18_2025,
         date("the first half of the year", "2025-H1")),
    case("nth-weekday-of-month", "The justices will return on the first Monday in October.", MAR18_2025,
         date("the first Monday in October", "2025-10-06")),
    case("the-new-year-lowercase", "The chamber will vote on it in the new year.", dt.date(2021, 12, 30),
         date("the new year", "2022")),
    case("vague-duration-after-take", "Recovery could take years.", MAR18_2025, duration("years", "PXY")),
    case("month-after-as-early-as", "Rates could rise as early as May.", MAR18_2025, date("May", "2025-05")),
    case("part-of-day-after-in", "Play was suspended in the afternoon.", MAR18_2025,
         time("the afternoon", "2025-03-18TAF")),
    case("part-of-day-as-adjective", "He watched the evening news.", MAR18_2025),
    case("intent-opening-a-long-clause", "A blizzard is expected to dump up to 18 inches of snow on the region "
         "from Saturday night through Monday morning.", MAR18_2025,
         time("Saturday night", "2025-03-22TNI"), time("Monday morning", "2025-03-24TMO")),
    case("hours-after-a-clock-time", "The fire was reported at 4:10 a.m. and was under control two hours later.",
         MAR18_2025, time("4:10 a.m.", "2025-03-18T04:10"), time("two hours later", "2025-03-18T06:10")),
    case("plural-schedule-verb", "Polls open Thursday at 7 a.m.", MAR18_2025,
         date("Thursday", "2025-03-20"), time("7 a.m.", "2025-03-20T07:00")),
    case("copula-before-weekday", "The primary is Thursday.", MAR18_2025, date("Thursday", "2025-03-20")),
    case("might-looks-ahead", "Markets might swing sharply late Friday.", MAR18_2025,
         date("late Friday", "2025-03-21", "END")),
    case("future-verb-of-a-reported-event", "They will appeal Friday's verdicts.", MAR18_2025,
         date("Friday", "2025-03-14")),
    case("short-past-verb", "The court has been split since the judge died in February.", dt.date(2016, 11, 7),
         date("February", "2016-02")),
    case("century-adjective", "The quake toppled the 14th-century basilica.", MAR18_2025,
         date("14th-century", "13")),
    case("race-time-with-seconds", "Keitany finished in 2:24:26.", MAR18_2025),
    case("quarter-of-a-game", "The Vikings were held scoreless in the fourth quarter.", MAR18_2025),
    case("clock-date-with-year", "The law expired at midnight on Dec. 31, 2010.", MAR18_2025,
         time("midnight on Dec. 31, 2010", "2010-12-31T24:00")),
    case("amount-after-verb-is-not-a-rate", "The report comes a day after the vote.", MAR18_2025,
         duration("a day", "P1D")),
    case("weekday-the-previous", "The index fell 4% from the previous Friday.", MAR18_2025,
         date("the previous Friday", "2025-03-14")),
    case("weekday-past", "The minister met union leaders on Thursday.", MAR18_2025,
         date("Thursday", "2025-03-13")),
    case("weekday-past-no-preposition", "Police made the arrest Sunday.", MAR18_2025,
         date("Sunday", "2025-03-16")),
    case("weekday-expected-future", "A verdict is expected Friday.", MAR18_2025,
         date("Friday", "2025-03-21")),
    case("weekday-past-yesterday", "Markets tumbled on Monday.", MAR18_2025,
         date("Monday", "2025-03-17")),
    case("last-weekday", "The firm filed for bankruptcy last Friday.", MAR18_2025,
         date("last Friday", "2025-03-14")),
    case("next-weekday", "The strike will start next Monday.", MAR18_2025,
         date("next Monday", "2025-03-24")),
    case("this-weekday", "The committee will vote this Thursday.", MAR18_2025,
         date("this Thursday", "2025-03-20")),
    case("weekday-past-1998", "The talks ended Wednesday without a deal.", AUG07_1998,
         date("Wednesday", "1998-08-05")),
    case("weekday-future-1998", "The envoy will arrive Saturday.", AUG07_1998,
         date("Saturday", "1998-08-08")),
    case("weekday-future-next-week", "The vote is set for Tuesday.", AUG07_1998,
         date("Tuesday", "1998-08-11")),
    case("weekday-said-past", "Officials said Monday that the road would reopen.", DEC31_2024,
         date("Monday", "2024-12-30")),
    case("weekday-future-crosses-year", "The agency will publish the data on Thursday.", DEC31_2024,
         date("Thursday", "2025-01-02")),

    # --- Weekday with a part of the day -----------------------------------------------------------------------------
    case("weekday-morning-past", "The blast occurred Wednesday morning.", AUG07_1998,
         time("Wednesday morning", "1998-08-05TMO")),
    case("weekday-night-future", "The debate will air Thursday night.", MAR18_2025,
         time("Thursday night", "2025-03-20TNI")),
    case("weekday-afternoon-past", "The fire broke out Sunday afternoon.", MAR18_2025,
         time("Sunday afternoon", "2025-03-16TAF")),
    case("weekday-evening-past", "Thousands gathered in the square on Monday evening.", DEC31_2024,
         time("Monday evening", "2024-12-30TEV")),
    case("weekday-morning-said", "The minister said Monday morning that talks would continue.", MAR18_2025,
         time("Monday morning", "2025-03-17TMO")),

    case("part-of-a-date-stays-outside", "He was shot on the night of Oct. 23 in his kitchen.", MAR18_2025,
         date("Oct. 23", "2024-10-23")),  # TempEval-3 tags the date alone

    # --- Deictic days and parts of days -----------------------------------------------------------------------------
    case("today", "The court will rule on the appeal today.", MAR18_2025,
         date("today", "2025-03-18")),
    case("yesterday", "The senator announced her retirement yesterday.", MAR18_2025,
         date("yesterday", "2025-03-17")),
    case("tomorrow", "The polls open tomorrow.", MAR18_2025,
         date("tomorrow", "2025-03-19")),
    case("yesterday-crosses-month", "Oil prices slipped yesterday.", AUG07_1998,
         date("yesterday", "1998-08-06")),
    case("tomorrow-crosses-year", "The new fare rules take effect tomorrow.", DEC31_2024,
         date("tomorrow", "2025-01-01")),
    case("tonight", "The president will address the nation tonight.", MAR18_2025,
         time("tonight", "2025-03-18TNI")),
    case("this-morning", "Two trains collided this morning.", MAR18_2025,
         time("this morning", "2025-03-18TMO")),
    case("this-afternoon", "The council will debate the budget this afternoon.", MAR18_2025,
         time("this afternoon", "2025-03-18TAF")),
    case("yesterday-afternoon", "The suspect was released yesterday afternoon.", MAR18_2025,
         time("yesterday afternoon", "2025-03-17TAF")),
    case("tomorrow-morning", "Rescue teams will resume the search tomorrow morning.", MAR18_2025,
         time("tomorrow morning", "2025-03-19TMO")),
    case("last-night", "Storms knocked out power last night.", MAR18_2025,
         time("last night", "2025-03-17TNI")),
    case("day-before-yesterday", "The ship left port the day before yesterday.", MAR18_2025,
         date("the day before yesterday", "2025-03-16")),
    case("day-after-tomorrow", "The results will be published the day after tomorrow.", MAR18_2025,
         date("the day after tomorrow", "2025-03-20")),

    case("part-of-day-with-modifier", "By mid-afternoon, the crowd had gone.", MAR18_2025,
         time("mid-afternoon", "2025-03-18TAF", "MID")),
    case("part-of-day-before-yesterday", "In London at mid-afternoon yesterday, shares were up.", MAR18_2025,
         time("mid-afternoon yesterday", "2025-03-17TAF", "MID")),
    case("part-of-day-alone-is-not-a-time", "Good morning, and welcome.", MAR18_2025),

    # --- Deictic weeks, months and years ----------------------------------------------------------------------------
    case("this-week", "The board meets this week to pick a chief executive.", MAR18_2025,
         date("this week", "2025-W12")),
    case("last-week", "Shares fell 8 percent last week.", MAR18_2025,
         date("last week", "2025-W11")),
    case("next-week", "The bill goes to a vote next week.", MAR18_2025,
         date("next week", "2025-W13")),
    case("this-week-iso-year-boundary", "Ferry services are reduced this week.", DEC31_2024,
         date("this week", "2025-W01")),
    case("last-week-iso-year-boundary", "Hospitals were overwhelmed last week.", JAN02_2020,
         date("last week", "2019-W52")),
    case("this-weekend", "Heavy snow is forecast for this weekend.", MAR18_2025,
         date("this weekend", "2025-W12-WE")),
    case("last-weekend", "Two climbers were rescued last weekend.", MAR18_2025,
         date("last weekend", "2025-W11-WE")),
    case("last-month", "Factory output shrank last month.", MAR18_2025,
         date("last month", "2025-02")),
    case("next-month-crosses-year", "The tariff rises next month.", DEC31_2024,
         date("next month", "2025-01")),
    case("this-month", "Three banks have cut rates this month.", AUG07_1998,
         date("this month", "1998-08")),
    case("last-year", "The city recorded 40 murders last year.", MAR18_2025,
         date("last year", "2024")),
    case("next-year", "The games will be held next year.", MAR18_2025,
         date("next year", "2026")),
    case("this-year", "Car sales have risen this year.", AUG07_1998,
         date("this year", "1998")),
    case("last-month-crosses-year", "Unemployment fell last month.", JAN02_2020,
         date("last month", "2019-12")),

    case("year-before-last", "Exports fell the year before last.", MAR18_2025,
         date("the year before last", "2023")),

    # --- Counted offsets from the publication date ------------------------------------------------------------------
    case("days-ago", "The ship ran aground three days ago.", MAR18_2025,
         date("three days ago", "2025-03-15")),
    case("days-ago-crosses-month", "The hostages were freed ten days ago.", AUG07_1998,
         date("ten days ago", "1998-07-28")),
    case("years-ago", "The mine closed two years ago.", MAR18_2025,
         date("two years ago", "2023")),
    case("months-ago", "The chief executive was hired six months ago.", MAR18_2025,
         date("six months ago", "2024-09")),
    case("approx-years-ago", "The pipeline was first proposed about three years ago.", MAR18_2025,
         date("three years ago", "2022", "APPROX")),
    case("digits-years-ago", "The bridge collapsed 20 years ago.", MAR18_2025,
         date("20 years ago", "2005")),

    # --- Vague references: PRESENT_REF, PAST_REF, FUTURE_REF --------------------------------------------------------
    case("now-present-ref", "The regime now controls most of the north.", MAR18_2025,
         date("now", "PRESENT_REF")),
    case("currently-present-ref", "The agency currently employs 300 people.", MAR18_2025,
         date("currently", "PRESENT_REF")),
    case("recently-past-ref", "The company recently opened a plant in Ohio.", MAR18_2025,
         date("recently", "PAST_REF")),
    case("the-past-past-ref", "In the past, the city relied on coal for heat.", MAR18_2025,
         date("the past", "PAST_REF")),
    case("the-future-future-ref", "Officials said more cuts were likely in the future.", MAR18_2025,
         date("the future", "FUTURE_REF")),
    case("currently-sentence-initial", "Currently, the museum is closed for repairs.", AUG07_1998,
         date("Currently", "PRESENT_REF")),

    # --- Clock times ------------------------------------------------------------------------------------------------
    case("clock-pm", "The polls close at 8 p.m.", MAR18_2025,
         time("8 p.m.", "2025-03-18T20:00")),
    case("clock-minutes-am", "The session opened at 10:30 a.m.", MAR18_2025,
         time("10:30 a.m.", "2025-03-18T10:30")),
    case("clock-with-weekday", "The ministers met at 3 p.m. Monday.", MAR18_2025,
         time("3 p.m. Monday", "2025-03-17T15:00")),
    case("clock-minutes-with-weekday", "The quake struck at 4:17 a.m. Wednesday.", AUG07_1998,
         time("4:17 a.m. Wednesday", "1998-08-05T04:17")),
    case("clock-noon", "The shelters open at noon.", MAR18_2025,
         time("noon", "2025-03-18T12:00")),
    case("clock-24-hour", "The last train departs at 14:30.", MAR18_2025,
         time("14:30", "2025-03-18T14:30")),
    case("clock-with-tomorrow", "Voting resumes at 9 a.m. tomorrow.", MAR18_2025,
         time("9 a.m. tomorrow", "2025-03-19T09:00")),
    case("clock-am-1998", "The embassy was evacuated at 11 a.m.", AUG07_1998,
         time("11 a.m.", "1998-08-07T11:00")),

    case("clock-time-glossed-day", "The blast occurred at 10:35 a.m. (0735 GMT) Friday.", AUG07_1998,
         time("10:35 a.m.", "1998-08-07T10:35"), date("Friday", "1998-08-07")),
    case("clock-time-glossed-weekday-ahead", "The mass starts at 9:30 am (0830 GMT) on Thursday.", MAR18_2025,
         time("9:30 am", "2025-03-20T09:30"), date("Thursday", "2025-03-20")),
    case("hour-with-part-of-day", "The convoy will leave at six in the morning.", MAR18_2025,
         time("six in the morning", "2025-03-18T06:00")),
    case("hour-at-night", "The curfew lasts until 11 at night.", MAR18_2025,
         time("11 at night", "2025-03-18T23:00")),
    case("hour-with-part-of-day-needs-at", "He was one in the morning crowd.", MAR18_2025),

    # --- Durations --------------------------------------------------------------------------------------------------
    case("duration-years", "He served three years in prison.", MAR18_2025,
         duration("three years", "P3Y")),
    case("duration-weeks", "The border was closed for two weeks.", MAR18_2025,
         duration("two weeks", "P2W")),
    case("duration-months", "The trial is expected to last six months.", MAR18_2025,
         duration("six months", "P6M")),
    case("the-past-year-is-last-year", "Hate groups multiplied over the past year.", MAR18_2025,
         date("the past year", "2024")),
    case("the-last-decade", "Wages lost ground to inflation in the last decade.", MAR18_2025,
         duration("the last decade", "P10Y")),
    case("or-so-inside", "A deal could come in the next year or so.", MAR18_2025,
         date("the next year or so", "2026", "APPROX")),
    case("or-so-ago", "Then, a week or so ago, the general picked a date.", MAR18_2025,
         date("a week or so ago", "2025-W11", "APPROX")),
    case("quarter-point-is-a-rate", "The Fed is expected to cut rates by a quarter point.", MAR18_2025),
    case("vague-hours", "Within hours, troops had crossed the border.", MAR18_2025,
         duration("hours", "PTXH")),
    case("the-past-month-stays-duration", "Prices rose 2% in the past month.", MAR18_2025,
         duration("the past month", "P1M")),
    case("duration-definite-keeps-the", "Net income rose 8% in the nine months.", OCT26_1989,
         duration("the nine months", "P9M")),
    case("duration-first-n-of-year", "Jobs grew after the first nine months of 1997.", MAR18_2025,
         duration("the first nine months", "P9M"), date("1997", "1997")),
    case("second-day-of-month", "The summit is on April 24 and 25.", MAR18_2025,
         date("April 24", "2025-04-24"), date("25", "2025-04-25")),
    case("second-day-not-a-count", "Fees rose on April 24 and 25 people left.", MAR18_2025,
         date("April 24", "2024-04-24")),
    case("hyphenated-part-modifier", "He made the late-November trip.", MAR18_2025,
         date("late-November", "2024-11", "END")),
    case("duration-adjective-leaves-the", "The 14-day truce held.", MAR18_2025,
         duration("14-day", "P14D")),
    case("duration-hours", "Firefighters battled the blaze for five hours.", MAR18_2025,
         duration("five hours", "PT5H")),
    case("duration-minutes-digits", "The speech lasted 90 minutes.", MAR18_2025,
         duration("90 minutes", "PT90M")),
    case("duration-a-day", "The general strike lasted a day.", MAR18_2025,
         duration("a day", "P1D")),
    case("duration-a-week", "The bridge will close for a week.", MAR18_2025,
         duration("a week", "P1W")),
    case("duration-an-hour", "Passengers waited an hour on the runway.", MAR18_2025,
         duration("an hour", "PT1H")),
    case("duration-months-digits", "The project took 18 months to complete.", MAR18_2025,
         duration("18 months", "P18M")),
    case("duration-ten-years", "The company has been losing money for 10 years.", MAR18_2025,
         duration("10 years", "P10Y")),
    case("duration-seconds", "The tremor lasted 30 seconds.", MAR18_2025,
         duration("30 seconds", "PT30S")),
    case("duration-48-hours", "The rebels were given 48 hours to withdraw.", MAR18_2025,
         duration("48 hours", "PT48H")),
    case("duration-one-month", "The ban was extended by one month.", MAR18_2025,
         duration("one month", "P1M")),
    case("duration-days-digits", "Workers have been on strike for 12 days.", MAR18_2025,
         duration("12 days", "P12D")),

    # --- Durations with a modifier ----------------------------------------------------------------------------------
    case("duration-decimal", "The review took 3.5 years.", MAR18_2025,
         duration("3.5 years", "P3Y6M")),
    case("duration-thousands", "The flood lasted 1,200 days.", MAR18_2025,
         duration("1,200 days", "P1200D")),
    case("duration-and-a-half", "The count took a year and a half.", MAR18_2025,
         duration("a year and a half", "P1Y6M")),
    case("duration-half-an-hour", "The meeting lasted half an hour.", MAR18_2025,
         duration("half an hour", "PT30M")),
    case("week-of-date", "The hearing is set for the week of March 24.", MAR18_2025,
         date("the week of March 24", "2025-W13")),
    case("day-range-start", "Talks run from March 24-26.", MAR18_2025,
         date("March 24", "2025-03-24"), date("26", "2025-03-26")),
    case("duration-about", "The repairs will take about three years.", MAR18_2025,
         duration("three years", "P3Y", "APPROX")),
    case("duration-more-than", "The hostages were held for more than two weeks.", MAR18_2025,
         duration("more than two weeks", "P2W", "MORE_THAN")),
    case("duration-at-least", "The airport will stay shut for at least 10 days.", MAR18_2025,
         duration("at least 10 days", "P10D", "EQUAL_OR_MORE")),
    case("duration-less-than", "The coalition lasted less than a year.", MAR18_2025,
         duration("less than a year", "P1Y", "LESS_THAN")),
    case("duration-no-more-than", "Detainees may be held for no more than 30 days.", MAR18_2025,
         duration("no more than 30 days", "P30D", "EQUAL_OR_LESS")),
    case("duration-around", "The station was off the air for around six months.", MAR18_2025,
         duration("six months", "P6M", "APPROX")),
    case("duration-up-to", "Offenders face up to 20 years in prison.", MAR18_2025,
         duration("up to 20 years", "P20Y", "EQUAL_OR_LESS")),
    case("duration-approximately-hours", "The outage lasted approximately four hours.", MAR18_2025,
         duration("four hours", "PT4H", "APPROX")),

    # --- Durations of unspecified length ----------------------------------------------------------------------------
    case("duration-years-vague", "The two families have feuded for years.", MAR18_2025,
         duration("years", "PXY")),
    case("duration-several-months", "The negotiations dragged on for several months.", MAR18_2025,
         duration("several months", "PXM")),
    case("duration-a-few-days", "The ferry service was suspended for a few days.", MAR18_2025,
         duration("a few days", "PXD")),

    # --- Durations anchored to the publication date -----------------------------------------------------------------
    case("the-past-n-months", "Prices have climbed during the past three months.", MAR18_2025,
         duration("the past three months", "P3M")),
    case("the-last-n-years", "The region has suffered droughts in the last two years.", MAR18_2025,
         duration("the last two years", "P2Y")),
    case("the-next-n-years", "The utility will invest heavily in the next five years.", MAR18_2025,
         duration("the next five years", "P5Y")),

    # --- Numbers written as words -----------------------------------------------------------------------------------
    case("hyphenated-number-word-years", "The couple were married for twenty-five years.", MAR18_2025,
         duration("twenty-five years", "P25Y")),
    case("number-word-minutes", "The stadium was evacuated in fifteen minutes.", MAR18_2025,
         duration("fifteen minutes", "PT15M")),
    case("number-word-days", "The government has thirty days to respond.", MAR18_2025,
         duration("thirty days", "P30D")),
    case("number-word-hundred-days", "The hostages were held for one hundred days.", MAR18_2025,
         duration("one hundred days", "P100D")),
    case("number-word-eleven-months", "The siege lasted eleven months.", MAR18_2025,
         duration("eleven months", "P11M")),

    # --- Sets (recurring times) -------------------------------------------------------------------------------------
    case("every-weekday", "The market is held every Friday.", MAR18_2025,
         recurring("every Friday", "XXXX-WXX-5")),
    case("every-monday", "The council meets every Monday.", MAR18_2025,
         recurring("every Monday", "XXXX-WXX-1")),
    case("annually", "The prize is awarded annually.", MAR18_2025,
         recurring("annually", "P1Y")),
    case("each-year", "Thousands of pilgrims visit the shrine each year.", MAR18_2025,
         recurring("each year", "P1Y")),
    case("weekly", "The magazine is published weekly.", MAR18_2025,
         recurring("weekly", "P1W")),
    case("daily", "The ferry runs daily between the islands.", MAR18_2025,
         recurring("daily", "P1D")),
    case("monthly", "The central bank publishes the figures monthly.", MAR18_2025,
         recurring("monthly", "P1M")),
    case("hourly", "Trains leave for the airport hourly.", MAR18_2025,
         recurring("hourly", "PT1H")),
    case("every-month", "The committee reports to parliament every month.", MAR18_2025,
         recurring("every month", "P1M")),
    case("every-day", "About 5,000 people cross the bridge every day.", MAR18_2025,
         recurring("every day", "P1D")),
    case("each-week", "The union publishes a bulletin each week.", MAR18_2025,
         recurring("each week", "P1W")),
    case("every-n-years", "The census is taken every two years.", MAR18_2025,
         recurring("every two years", "P2Y")),
    case("twice-a-year", "The board meets twice a year.", MAR18_2025,
         recurring("twice a year", "P1Y")),
    case("once-a-week", "The clinic opens once a week.", MAR18_2025,
         recurring("once a week", "P1W")),
    case("every-season", "The river floods every summer.", MAR18_2025,
         recurring("every summer", "XXXX-SU")),

    # --- Holidays ---------------------------------------------------------------------------------------------------
    case("holiday-with-year", "The shops stayed shut on Christmas 2020.", MAR18_2025,
         date("Christmas 2020", "2020-12-25")),
    case("new-years-day-past", "Fireworks were banned on New Year's Day.", MAR18_2025,
         date("New Year's Day", "2025-01-01")),
    case("thanksgiving-past", "Airports were crowded over Thanksgiving.", DEC31_2024,
         date("Thanksgiving", "2024-11-28")),
    case("christmas-eve-future", "The store will close early on Christmas Eve.", MAR18_2025,
         date("Christmas Eve", "2025-12-24")),
    case("christmas-day-past", "The storm hit the coast on Christmas Day.", DEC31_2024,
         date("Christmas Day", "2024-12-25")),
    case("halloween-future", "The parade will take place on Halloween.", AUG07_1998,
         date("Halloween", "1998-10-31")),
    case("new-years-eve-past", "Police arrested 40 people on New Year's Eve.", MAR18_2025,
         date("New Year's Eve", "2024-12-31")),
    case("movable-feast-with-year", "The pope led the mass on Easter 2024.", MAR18_2025,
         date("Easter 2024", "2024-03-31")),
    case("labor-day-future", "The new contract will take effect on Labor Day.", MAR18_2025,
         date("Labor Day", "2025-09-01")),
    case("memorial-day-past", "The beaches were packed on Memorial Day.", JUN15_2023,
         date("Memorial Day", "2023-05-29")),
    case("valentines-day-past", "Flower sales jumped on Valentine's Day.", MAR18_2025,
         date("Valentine's Day", "2025-02-14")),
    case("independence-day-future", "The fireworks show will go ahead on Independence Day.", JUN15_2023,
         date("Independence Day", "2023-07-04")),
    case("thanksgiving-with-year", "Retailers posted record sales on Thanksgiving 2023.", MAR18_2025,
         date("Thanksgiving 2023", "2023-11-23")),

    case("election-day", "Voters go to the polls on Election Day.", dt.date(2024, 11, 1),
         date("Election Day", "2024-11-05")),
    case("black-friday", "Retailers expect crowds on Black Friday.", dt.date(2024, 11, 1),
         date("Black Friday", "2024-11-29")),

    # --- Anaphora: resolved against the previous date, not the publication date -------------------------------------
    case("anaphor-next-day", "The merger was signed on March 3, 2021. The next day, shares of both firms climbed.",
         MAR18_2025,
         date("March 3, 2021", "2021-03-03"), date("The next day", "2021-03-04")),
    case("anaphor-that-month", "The plant shut down in June 2019. That month, 400 workers lost their jobs.",
         MAR18_2025,
         date("June 2019", "2019-06"), date("That month", "2019-06")),
    case("anaphor-following-week", "Voters went to the polls on Nov. 8, 2016. The following week, protests spread.",
         MAR18_2025,
         date("Nov. 8, 2016", "2016-11-08"), date("The following week", "2016-W46")),
    case("anaphor-same-day", "The earthquake struck on Jan. 12, 2010. The same day, aid agencies mobilized.",
         MAR18_2025,
         date("Jan. 12, 2010", "2010-01-12"), date("The same day", "2010-01-12")),
    case("anaphor-weeks-after-a-year", "He left the country in 2020. Two weeks later he returned.", MAR18_2025,
         date("2020", "2020"), date("Two weeks later", "2020-WXX")),
    case("anaphor-weeks-after-a-month", "He left the country in May 2020. Two weeks later he returned.",
         MAR18_2025, date("May 2020", "2020-05"), date("Two weeks later", "2020-W20")),
    case("anaphor-days-skip-a-coarser-mention", "Police arrested three men on Wednesday. They had been watched "
         "since December 2012. A fourth man was detained two days later.", dt.date(2013, 3, 14),
         date("Wednesday", "2013-03-13"), date("December 2012", "2012-12"), date("two days later", "2013-03-15")),
    case("anaphor-previous-year", "The firm was founded in 1994. The previous year, its founder had left a bank.",
         MAR18_2025,
         date("1994", "1994"), date("The previous year", "1993")),
    case("anaphor-day-before-crosses-month", "The law passed on July 1, 2015. The day before, lawmakers held a "
         "final debate.", MAR18_2025,
         date("July 1, 2015", "2015-07-01"), date("The day before", "2015-06-30")),
    case("anaphor-that-year", "The stadium opened in 2008. That year, the team won its first title.", MAR18_2025,
         date("2008", "2008"), date("That year", "2008")),
    case("anaphor-following-month", "The strike started on Feb. 3, 2023. The following month, the union accepted "
         "an offer.", MAR18_2025,
         date("Feb. 3, 2023", "2023-02-03"), date("The following month", "2023-03")),
    case("anaphor-next-year", "In May 2019, the firm moved to Austin. The next year, it doubled its staff.",
         MAR18_2025,
         date("May 2019", "2019-05"), date("The next year", "2020")),
    case("anaphor-same-week", "The storm hit on Aug. 29, 2005. The same week, oil prices spiked.", MAR18_2025,
         date("Aug. 29, 2005", "2005-08-29"), date("The same week", "2005-W35")),
    case("anaphor-within-sentence", "He was arrested on Sept. 2, 2021, and released the next day.", MAR18_2025,
         date("Sept. 2, 2021", "2021-09-02"), date("the next day", "2021-09-03")),
    case("anaphor-clock-time-same-day", "The polls opened at 7 a.m. Tuesday and closed at 8 p.m.", AUG07_1998,
         time("7 a.m. Tuesday", "1998-08-04T07:00"), time("8 p.m.", "1998-08-04T20:00")),

    # --- Several expressions in one sentence ------------------------------------------------------------------------
    case("weekday-and-quarter", "The company said Monday that its profit fell in the second quarter.", AUG07_1998,
         date("Monday", "1998-08-03"), date("the second quarter", "1998-Q2")),
    case("last-week-and-today", "Shares, which fell 4 percent last week, rose sharply today.", MAR18_2025,
         date("last week", "2025-W11"), date("today", "2025-03-18")),
    case("date-and-duration", "On June 5, 2023, dock workers walked out for two weeks.", MAR18_2025,
         date("June 5, 2023", "2023-06-05"), duration("two weeks", "P2W")),
    case("year-range-and-set", "From 2010 to 2020, the festival was held annually.", MAR18_2025,
         date("2010", "2010"), date("2020", "2020"), recurring("annually", "P1Y")),

    # --- No reference date: absolute expressions still get full values ----------------------------------------------
    case("no-reference-full-date", "The treaty was signed on June 28, 1919.", None,
         date("June 28, 1919", "1919-06-28")),
    case("no-reference-year", "Profits rose 8 percent in 2023.", None,
         date("2023", "2023")),
    case("no-reference-month-year", "The dam was finished in May 1936.", None,
         date("May 1936", "1936-05")),
    case("no-reference-duration", "He served four years as mayor.", None,
         duration("four years", "P4Y")),
    case("no-reference-set", "The market opens every Monday.", None,
         recurring("every Monday", "XXXX-WXX-1")),
    case("no-reference-decade", "The town grew quickly in the 1950s.", None,
         date("the 1950s", "195")),

    # --- Negatives: numbers and look-alikes that are not temporal expressions ---------------------------------------
    case("neg-money", "The startup raised $1 million from investors.", MAR18_2025),
    case("neg-large-number", "About 150,000 people joined the rally.", MAR18_2025),
    case("neg-aircraft-model", "The airline retired its last Boeing 747.", MAR18_2025),
    case("neg-route-number", "Traffic backed up along Route 66.", MAR18_2025),
    case("neg-vote-tally", "The court ruled in a 5-4 vote.", MAR18_2025),
    case("neg-match-score", "The home side won 3-1.", MAR18_2025),
    case("neg-percent", "Unemployment reached 12 percent.", MAR18_2025),
    case("neg-modal-may", "Prices may rise further.", MAR18_2025),
    case("neg-verb-march", "Protesters march through the city center.", MAR18_2025),
    case("neg-noun-march", "The march drew thousands of people.", MAR18_2025),
    case("neg-first-name-april", "April Ryan asked the first question.", MAR18_2025),
    case("neg-first-name-june", "June Carter wrote the song with her husband.", MAR18_2025),
    case("neg-surname-may", "Theresa May resigned as party leader.", MAR18_2025),
    case("neg-first-name-jan", "Jan Koum co-founded the messaging app.", MAR18_2025),
    case("neg-ordinal-second", "A second attempt to free the ship failed.", MAR18_2025),
    case("neg-phone-number", "Readers can call the hotline at 555-0142.", MAR18_2025),
    case("neg-number-with-determiner", "The 1,000 soldiers were redeployed to the south.", MAR18_2025),
    case("neg-product-name", "The office still runs Windows 95.", MAR18_2025),
    case("neg-four-digits-before-plural-noun", "Officials counted 1800 ballots by hand.", MAR18_2025),
    case("neg-thousands-with-comma", "The carmaker will cut 2,400 jobs.", MAR18_2025),
    case("neg-legislative-tally", "The bill passed 52 to 48.", MAR18_2025),
    case("neg-index-points", "The Dow lost 1,190 points.", MAR18_2025),
    case("neg-street-address", "He lives at 1600 Pennsylvania Avenue.", MAR18_2025),
    case("neg-room-number", "Room 1204 was sealed off by police.", MAR18_2025),
    case("neg-newspaper-name-times", "The minister was quoted in the Financial Times.", MAR18_2025),
    case("neg-newspaper-name-daily", "The story was first reported by the Daily Telegraph.", MAR18_2025),
    case("neg-noun-fall", "The fall in prices surprised analysts.", MAR18_2025),
    case("neg-fraction-slash", "Only 3/4 of the seats were filled.", MAR18_2025),
    case("neg-aspect-ratio", "The film was shot in a 16:9 format.", MAR18_2025),
    case("neg-minutes-document", "Minutes of the meeting were published.", MAR18_2025),
    case("neg-generic-time", "The time has come for reform.", MAR18_2025),
    case("neg-flight-number", "Flight 370 vanished without a trace.", MAR18_2025),
    case("neg-law-section", "The law is known as Section 230.", MAR18_2025),
    case("neg-team-name-number", "The 49ers beat the Rams.", MAR18_2025),
    case("neg-place-name-augusta", "The tournament at Augusta drew large crowds.", MAR18_2025),
    case("neg-measurement", "The recipe calls for 350 grams of flour.", MAR18_2025),
    case("neg-temperature", "Temperatures hit 40 degrees in the capital.", MAR18_2025),
    case("neg-jersey-number", "He wore number 23 for the club.", MAR18_2025),
    case("neg-plain-sentence", "The committee rejected the proposal.", MAR18_2025),
    case("neg-dosage", "The patient was given 20 mg of morphine.", MAR18_2025),
]


@pytest.mark.parametrize(("sentence", "reference", "expected"), CASES)
def test_tagger_case(sentence: str, reference: dt.date | None, expected: list[tuple]) -> None:
    """The tagger finds exactly the expected TIMEX3 expressions, with their extent, type, value and mod."""
    got = [(t.text, t.type.value, t.value, t.mod.value if t.mod else None) for t in tag(sentence, reference)]
    assert got == expected, (
        f"\nsentence:  {sentence!r}\nreference: {reference}\nexpected:  {expected}\ngot:       {got}"
    )


def test_case_ids_are_unique() -> None:
    """Every case in the table has its own id."""
    ids = [param.id for param in CASES]
    duplicates = sorted({case_id for case_id in ids if ids.count(case_id) > 1})
    assert not duplicates, f"duplicate case ids: {duplicates}"


def test_relative_expression_without_reference_stays_unresolved() -> None:
    """With no publication date, "last week" is found but unresolved, while an absolute year resolves."""
    found = {t.text: t for t in tag("Sales rose in 2023 but fell sharply last week.", None)}
    assert set(found) == {"2023", "last week"}
    assert found["2023"].value == "2023"
    assert found["2023"].resolved is True
    assert found["last week"].resolved is False


def test_month_without_reference_keeps_unknown_year() -> None:
    """With no publication date, a bare month keeps an unknown year: ``XXXX-03``, unresolved."""
    timexes = tag("The store reopened in March.", None)
    assert [(t.text, t.value, t.resolved) for t in timexes] == [("March", "XXXX-03", False)]
