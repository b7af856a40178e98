"""Word tables of the tagger: each entry maps a word or phrase to what it means, with an example.

The regular expressions of :mod:`timeline.rules` are built from the keys of these tables, so a pattern and its
normalization cannot drift apart.  Every table is checked by ``tests/test_rules.py``: each entry is tagged in a
sentence of its own.
Keys are lower case; matching is case-insensitive unless a rule says otherwise.
"""

from __future__ import annotations

from timeline.model import Mod

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
"""Month names and abbreviations (an abbreviation may carry a full stop).  Example: "Sept. 30" -> month 9."""

AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "aug", "sat", "sun", "dec"})
"""Month words that are also common English words or names; they count as months only when capitalized and in
a date-like context.  Example: "prices may rise" and "protesters march" are not dates."""

ZONE_CITIES: dict[str, str] = {
    "new york": "The offer expires at 5 p.m. New York time on June 27.",
    "london": "Trading closed at 4:30 p.m. London time.",
    "tokyo": "The yen weakened by 3 p.m. Tokyo time.",
    "hong kong": "Shares rose at noon Hong Kong time.",
    "frankfurt": "The bund rallied by 5 p.m. Frankfurt time.",
    "paris": "The talks resume at 10 a.m. Paris time.",
    "washington": "The deadline is midnight Washington time.",
    "beijing": "The launch is set for 9 a.m. Beijing time.",
    "moscow": "The ceasefire began at noon Moscow time.",
    "sydney": "Markets opened at 10 a.m. Sydney time.",
    "jerusalem": "The truce took effect at 7 a.m. Jerusalem time.",
    "baghdad": "The curfew starts at 11 p.m. Baghdad time.",
    "greenwich": "The eclipse peaks at 2 p.m. Greenwich time.",
}  # fmt: skip
"""Cities whose "<city> time" follows a clock time as its zone; it stays inside the expression but not in the value,
with an example each.  Example: "5 p.m. New York time"."""

WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1, "tuesday": 2, "tues": 2, "tue": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thurs": 4, "thur": 4, "thu": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}  # fmt: skip
"""Weekday names, ISO numbers (Monday = 1).  Example: "on Thursday" -> weekday 4."""

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
"""Seasons and their TIMEX3 codes.  Example: "last summer" -> ``2024-SU``."""

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "noon": "MI", "daytime": "DT",
}  # fmt: skip
"""Parts of the day and their TIMEX3 codes.  Example: "Tuesday morning" -> ``...TMO``."""

NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "one hundred": 100, "a dozen": 12, "dozen": 12, "half a dozen": 6, "a couple of": 2, "a couple": 2,
    "couple of": 2, "a thousand": 1000, "two thousand": 2000, "single": 1, "a single": 1, "half a": 0.5,
    "half an": 0.5, "two hundred": 200, "three hundred": 300, "four hundred": 400, "five hundred": 500,
}  # fmt: skip
"""Numbers written as words (compounds such as "twenty-five" are built from these).  Example: "three years"."""

VAGUE_NUMBERS = frozenset({"several", "a few", "few", "many", "some", "a number of", "numerous", "dozens of",
                           "hundreds of", "thousands of", "millions of", "billions of"})
"""Amounts with no number: they give an ``X`` in a duration.  Example: "several years" -> ``PXY``."""

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
    "5th": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "last": -1, "final": -1,
}  # fmt: skip
"""Ordinals used for quarters, halves and centuries.  Example: "the third quarter" -> Q3."""

_UNITS_ORDINAL = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
DAY_ORDINALS: dict[str, int] = {
    **{word: day for day, word in enumerate(_UNITS_ORDINAL, 1)},
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    **{f"twenty-{word}": 20 + day for day, word in enumerate(_UNITS_ORDINAL, 1)},
    "thirty-first": 31,
}  # fmt: skip
"""Days of the month as spoken ordinals, as broadcast transcripts write them.  Example: "March ninth" -> 03-09,
"the twenty-first of June" -> 06-21."""

RELATIONS = ("last", "this", "next", "coming", "past", "previous", "prior", "current", "following", "upcoming", "present",
             "this past", "this coming")  # fmt: skip
"""Words that place a unit or a weekday against the publication date.  Example: "last week", "this past Monday"."""

SPANS = ("past", "last", "next", "coming", "previous", "first", "final", "following", "preceding", "remaining")
"""Words that make a counted unit a stretch of time.  Example: "the past two months" -> P2M."""

AGO_DIRECTIONS = ("ago", "earlier", "later", "from now", "from today", "from tonight", "hence", "afterwards", "afterward")
"""Words after a counted unit that count it from an anchor.  Example: "three years ago", "two days later"."""

BEFORE_AFTER = ("before", "after", "earlier", "later")
"""Words after "the <unit>" that count one unit from the last mention.  Example: "the day before"."""

EVERY_WORDS = ("every", "each", "per")
"""Words before a unit that make it a recurrence.  Example: "every year" -> P1Y."""

VAGUE_UNITS = ("years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries")
"""Plural units that stand alone as an amount of time of unknown length.  Example: "for years" -> PXY."""

UNIT_MULTIPLES: dict[str, int] = {"fortnight": 2, "fortnights": 2}
"""Units that are a number of another: a fortnight is two weeks.  Example: "a fortnight ago" -> two weeks ago."""

CENTURY_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}  # fmt: skip
"""Ordinal words for centuries ("twenty-first" also matches "twenty first").
Example: "the eighteenth century" -> ``17``."""

UNITS: dict[str, str] = {
    "second": "S", "seconds": "S", "minute": "MIN", "minutes": "MIN", "hour": "H", "hours": "H",
    "day": "D", "days": "D", "week": "W", "weeks": "W", "weekend": "WE", "weekends": "WE",
    "month": "M", "months": "M", "quarter": "Q", "quarters": "Q", "year": "Y", "years": "Y",
    "decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE", "fortnight": "W", "fortnights": "W",
}  # fmt: skip
"""Calendar units.  Example: "three weeks" -> unit W."""

UNIT_PLURALS = frozenset(
    {
        "seconds",
        "minutes",
        "hours",
        "days",
        "weeks",
        "weekends",
        "months",
        "quarters",
        "years",
        "decades",
        "centuries",
    }
)

MODIFIERS_BEFORE: dict[str, Mod] = {
    "early": Mod.START, "earlier": Mod.START, "the beginning of": Mod.START, "the start of": Mod.START,
    "the early part of": Mod.START, "the first part of": Mod.START, "beginning of": Mod.START,
    "start of": Mod.START, "the dawn of": Mod.START, "the turn of": Mod.START,
    "mid": Mod.MID, "mid-": Mod.MID, "middle": Mod.MID, "the middle of": Mod.MID, "the mid": Mod.MID,
    "the midst of": Mod.MID, "middle of": Mod.MID,
    "late": Mod.END, "later": Mod.END, "the end of": Mod.END, "the close of": Mod.END, "end of": Mod.END,
    "the latter part of": Mod.END, "the last part of": Mod.END, "the tail end of": Mod.END,
    "the late": Mod.END, "the early": Mod.START,
    "the first days of": Mod.START, "the first weeks of": Mod.START, "the last days of": Mod.END,
    "the last weeks of": Mod.END, "the final days of": Mod.END, "the final weeks of": Mod.END,
    "the closing days of": Mod.END,
}  # fmt: skip
"""Position modifiers inside the expression.  Example: "the end of March" -> END, "mid-November" -> MID."""

QUANTITY_MODIFIERS: dict[str, Mod] = {
    "some": Mod.APPROX, "nearly": Mod.LESS_THAN, "almost": Mod.LESS_THAN, "less than": Mod.LESS_THAN,
    "fewer than": Mod.LESS_THAN, "under": Mod.LESS_THAN, "just under": Mod.LESS_THAN,
    "more than": Mod.MORE_THAN, "upwards of": Mod.MORE_THAN, "just over": Mod.MORE_THAN,
    "a little over": Mod.MORE_THAN, "a little more than": Mod.MORE_THAN, "a little less than": Mod.LESS_THAN,
    "a little under": Mod.LESS_THAN, "just short of": Mod.LESS_THAN, "close to": Mod.APPROX,
    "at least": Mod.EQUAL_OR_MORE, "no less than": Mod.EQUAL_OR_MORE, "at most": Mod.EQUAL_OR_LESS,
    "no more than": Mod.EQUAL_OR_LESS, "up to": Mod.EQUAL_OR_LESS, "as much as": Mod.EQUAL_OR_LESS,
    "a minimum of": Mod.EQUAL_OR_MORE, "a maximum of": Mod.EQUAL_OR_LESS,
    "as many as": Mod.EQUAL_OR_LESS, "the best part of": Mod.LESS_THAN, "the better part of": Mod.LESS_THAN,
}  # fmt: skip
"""Modifiers of an amount of time, inside the expression.  Example: "more than two weeks" -> ``P2W`` MORE_THAN."""

OUTSIDE_MODIFIERS: dict[str, Mod] = {
    "about": Mod.APPROX, "around": Mod.APPROX, "roughly": Mod.APPROX, "approximately": Mod.APPROX,
}  # fmt: skip
"""Modifiers that TimeML annotators mostly leave outside the tag but that still set its mod.
Example: "about two weeks" -> text "two weeks", ``P2W`` APPROX."""

SEASON_NOUNS: dict[str, str] = {
    "calendar": "The storm has scrambled the fall calendar.",
    "schedule": "The league released the spring schedule.",
    "session": "Parliament returns for the autumn session.",
    "sitting": "The bill died in the spring sitting.",
    "semester": "Classes resume in the fall semester.",
    "term": "Fees rise for the summer term.",
    "elections": "Ahead of the fall elections, polls tightened.",
    "election": "The party lost the spring election.",
    "offensive": "The spring offensive stalled.",
    "campaign": "The autumn campaign began early.",
    "collection": "Critics praised the spring collection.",
    "collections": "Buyers saw the autumn collections.",
    "holidays": "Schools close for the summer holidays.",
    "holiday": "Bookings for the summer holiday rose.",
    "break": "Students left for the spring break.",
    "recess": "Congress returns from the summer recess.",
    "harvest": "Rain delayed the autumn harvest.",
    "budget": "The chancellor presents the spring budget.",
    "statement": "The autumn statement cut taxes.",
    "meeting": "Investors await the spring meeting of the bank.",
    "meetings": "Ministers arrive for the spring meetings of the IMF.",
}  # fmt: skip
"""Nouns a season's name qualifies after "the", which then belongs to the noun, with an example each: "the fall
calendar" -> "fall" (not "the fall")."""

SEASON_KIND_NOUNS: dict[str, str] = {
    "league": "He played for the summer league side.", "storm": "The winter storm dumped a foot of snow.",
    "storms": "Winter storms closed the passes.", "camp": "She ran the summer camp for girls.",
    "coat": "He wore his winter coat.", "coats": "Shops sold out of winter coats.", "tyres": "Fit winter tyres.",
    "tires": "Fit winter tires.", "wheat": "Farmers sowed winter wheat.", "squash": "She grew summer squash.",
    "olympics": "She skied at the Winter Olympics.", "games": "The Winter Games open in Sochi.",
    "solstice": "Crowds gathered for the summer solstice.", "equinox": "Crowds gathered for the spring equinox.",
    "palace": "The emperor moved to the summer palace.", "residence": "He flew to his summer residence.",
    "clothes": "They packed winter clothes.", "flu": "The winter flu filled the wards.",
}  # fmt: skip
"""Nouns after a season's name that make it a kind of thing, not a time ("the summer league side", "the winter
storm"), with an example each in which nothing is a time: no expression."""

AROUND_PARTICLE_VERBS: dict[str, str] = {
    "come": "Budget season will come around every spring.",
    "comes": "The triple witching comes around every three months.",
    "came": "The fair came around every two years.",
    "coming": "With the vote coming around every four years, few care.",
    "rolls": "The festival rolls around every August.",
    "rolled": "The deadline rolled around every quarter.",
    "turned": "The firm turned around two years ago.",
    "get": "They could get around Wednesday's ruling.",
}  # fmt: skip
"""Verbs whose "around" is a particle, not "about": the amount after it keeps no APPROX, with an example each.
Example: "comes around every three months" -> ``P3M`` with no mod."""

OPEN_ENDS: dict[str, Mod] = {
    "or later": Mod.ON_OR_AFTER, "or after": Mod.ON_OR_AFTER, "and beyond": Mod.ON_OR_AFTER,
    "and later": Mod.ON_OR_AFTER, "or earlier": Mod.ON_OR_BEFORE, "or before": Mod.ON_OR_BEFORE,
}  # fmt: skip
"""Words after a date that open its end, inside the expression.  Example: "1994 or later" -> 1994, ON_OR_AFTER."""

TIMING_VERBS: dict[str, str] = {
    **{verb: f"The offices {verb} late on Thursday." for verb in (
        "open", "opens", "opened", "stay", "stays", "stayed", "close", "closes", "closed", "closing", "sleep", "sleeps",
        "slept", "run", "runs", "ran", "arrive", "arrives", "arrived", "leave", "leaves", "left", "finish", "finishes",
        "finished", "start", "starts", "started", "work", "works", "worked", "dismiss", "dismissed")},
}  # fmt: skip
"""Verbs that "late" or "early" after them tells the timing of, not the part of a day ("will stay open late on
Thursdays", "closed early on Friday": "Friday" alone is the date), with an example each."""

FALL_ADJECTIVES: dict[str, str] = {
    word: f"The cold snap will end a remarkably {word} fall."
    for word in ("warm", "cold", "wet", "dry", "mild", "cool", "rainy", "snowy", "chilly", "hot", "stormy", "sunny")
}  # fmt: skip
"""Weather words that make "a ... fall" the season, not a decline ("a sharp fall"), each with an example."""

UP_VERBS: dict[str, str] = {
    word: f"The average workweek {word} up to 33.1 hours."
    for word in ("edged", "edges", "edging", "moved", "moving", "went", "gone", "climbed", "climbing", "crept", "rose",
                 "rising", "jumped", "shot", "ticked", "ticking", "inched", "inching", "crawled", "coming")
}  # fmt: skip
"""Verbs of movement whose "up" comes before "to" and an amount: no "up to" modifier, with an example each.
Example: "the workweek edged up to 33.1 hours" -> "33.1 hours", no EQUAL_OR_LESS."""

WIRE_ZONES: dict[str, str] = {
    zone: f"The yield jumped to 3.86 percent by 1015 {zone.upper()}."
    for zone in ("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "ist", "bst", "cet", "cest", "jst", "hkt",
                 "sgt", "aest", "aedt", "acst", "acdt", "awst", "awdt", "adt", "ast", "ndt", "nst", "hst", "akst", "akdt",
                 "sast", "msk", "kst")
}  # fmt: skip
"""Time zones after a four-digit wire clock time, besides GMT and UTC, with an example each (after any clock time
too: "2pm AEST").  Example: "by 1015 EDT" -> 10:15."""

YEAR_SIGNALS = frozenset({
    "in", "since", "during", "by", "until", "till", "through", "from", "for", "after", "before", "of", "early",
    "late", "mid", "around", "about",
})  # fmt: skip
"""Words before a year that make it frame what follows in its sentence ("In 2012 prices fell in March"); a year
before a noun without one is an adjective ("will report 1989 earnings Feb. 21": February of the next year)."""

PUBLICATION_WORDS: dict[str, str] = {
    word: f"He told Britain's Sunday {word} in June that talks had failed."
    for word in ("Telegraph", "Times", "Mirror", "Express", "Herald", "Independent", "Tribune", "Observer", "Mail",
                 "Post", "Star", "People", "Business", "Age", "Sport")
}  # fmt: skip
"""Capitalized words after a weekday that make it the name of a newspaper, not a day ("the Sunday Telegraph"),
each with an example."""

PUBLICATION_NOUNS: dict[str, str] = {
    noun: f"Undercover reporters from a Sunday {noun} filmed him."
    for noun in ("newspaper", "newspapers", "paper", "papers", "tabloid", "tabloids", "broadsheet", "supplement",
                 "magazine")
}  # fmt: skip
"""Nouns after a weekday that make it the kind of a paper, not a day ("a Sunday newspaper"), each with an example."""

TIMETABLE_NOUNS: dict[str, str] = {
    noun: f"Buses will run to a Sunday {noun} on the holiday."
    for noun in ("timetable", "timetables", "schedule", "schedules", "service", "services", "roster", "rota",
                 "fares")
}  # fmt: skip
"""Nouns after "a", "an" or a possessive and a weekday that make it the kind of a timetable, not a day ("run a Sunday
timetable", "on their Saturday schedule"), each with an example."""

TITLE_ENDINGS: dict[str, str] = {
    "Morning": "He released Sunday Morning Coming Down in 1970.",
    "Afternoon": "She starred in Saturday Afternoon Live in 1970.",
    "Evening": "He anchored the Sunday Evening News in 1970.",
    "Night": "The game clashed with Sunday Night Football in 1970.",
    "Century": "The film was made by 20th Century Fox in 1970.",
}  # fmt: skip
"""Capitalized words that end a name, not a time, when a capitalized word follows them inside a sentence ("Sunday
Night Football", "20th Century Fox"), with an example each whose only time is 1970."""

AMOUNT_OPEN_ENDS: dict[str, tuple[Mod, str]] = {
    "or more": (Mod.EQUAL_OR_MORE, "Openings stay posted for six months or more."),
    "or longer": (Mod.EQUAL_OR_MORE, "The repairs could take two weeks or longer."),
    "or less": (Mod.EQUAL_OR_LESS, "Most trips last three hours or less."),
    "or shorter": (Mod.EQUAL_OR_LESS, "Stays of 90 days or shorter need no visa."),
    "at least": (Mod.EQUAL_OR_MORE, "The diner may run for another 15 years at least."),
    "at most": (Mod.EQUAL_OR_LESS, "Repairs should take two weeks at most."),
    "at the most": (Mod.EQUAL_OR_LESS, "The repair takes an hour at the most."),
}  # fmt: skip
"""Words after an amount of time that open its end, inside the expression, with an example each.  Example: "six
months or more" -> ``P6M`` EQUAL_OR_MORE."""

RELATIVE_WORDS: dict[str, int] = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1, "this": 0, "current": 0,
    "present": 0, "next": 1, "coming": 1, "following": 1, "upcoming": 1,
}  # fmt: skip
"""Words placing a unit relative to now.  Example: "last week" -> the week before the reference date."""

DEICTIC_DAYS: dict[str, int] = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2,
    "the day after tomorrow": 2,
}  # fmt: skip
"""Days named relative to the reference date.  Example: "yesterday" with reference 2025-03-18 -> 2025-03-17."""

REFERENCES: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "current": "PRESENT_REF",
    "these days": "PRESENT_REF", "at present": "PRESENT_REF", "the present": "PRESENT_REF", "the present day": "PRESENT_REF",
    "recently": "PAST_REF", "the past": "PAST_REF", "lately": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the distant future": "FUTURE_REF",
    "the not-too-distant future": "FUTURE_REF", "the not too distant future": "FUTURE_REF",
    "the distant past": "PAST_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "a later date": "FUTURE_REF",
    "someday": "FUTURE_REF", "the other day": "PAST_REF",
}  # fmt: skip
"""Vague references to the present, past and future.  Example: "now" -> PRESENT_REF."""

NOT_TEMPORAL: dict[str, str] = {
    "24 hours a day": "Guards watch the site 24 hours a day.",
    "twenty-four hours a day": "Nurses are on call twenty-four hours a day.",
    "365 days a year": "The port works 365 days a year.",
    "call it a day": "The band decided to call it a day.", "calls it a day": "At 80 he finally calls it a day.",
    "called it a day": "The firm finally called it a day.", "calling it a day": "She is calling it a day.",
    "in some quarters": "The plan drew criticism in some quarters.",
    "a day job": "He worked a day job at the docks.", "day jobs": "Both kept their day jobs.",
    "in many quarters": "The verdict was welcomed in many quarters.",
    "one day at a time": "He is taking it one day at a time.",
}  # fmt: skip
"""Idioms for "all the time" that hold units of time but name no time, each with an example.  Nothing inside them
is tagged (the TempEval-3 corpus leaves "24 hours a day" untagged).  "seven days a week" is not one of them: like
"six days a week" it is a set (the corpus has none; every hand-annotated set tags it)."""

NAMES_WITH_TIME_WORDS: dict[str, str] = {
    "Sheffield Wednesday": "Arsenal finished two places above Sheffield Wednesday.",
    "Man Friday": "He was the senator's Man Friday.",
    "Girl Friday": "She started as a Girl Friday at the studio.",
    "Tuesday Weld": "The film starred Tuesday Weld.",
    "Sunday school": "She taught Sunday school as a girl.",
    "Sunday schools": "The church ran two Sunday schools.",
    "Sunday League": "He won the Sunday League title with Essex.",
    "1922 Committee": "The Conservative 1922 Committee met the whips.",
    "the 1922 committee": "Members of the 1922 committee backed her.",
    "party's 1922 committee": "The party's 1922 committee will meet again.",
}  # fmt: skip
"""Names that hold a day's name or a year but name no day (a club, a role, a person, a body), each with an example in which nothing
else is a time: nothing inside them is tagged."""

TITLE_NOUNS: dict[str, str] = {
    "person": "Time named her person of the year.", "man": "He was named man of the year.",
    "woman": "She was voted woman of the year.", "player": "He was player of the year twice.",
    "coach": "She won coach of the year honors.", "rookie": "He is rookie of the year.",
    "album": "It won album of the year at the Grammys.",
    "film": "Critics called it the film of the year.", "movie": "It is not the movie of the year.",
    "novel": "It was hailed as the novel of the year.", "record": "It won record of the year.",
    "song": "It was named song of the year.", "car": "The sedan was named car of the year.",
    "storm": "Forecasters called it the storm of the century.",
    "trial": "Reporters called it the trial of the century.", "deal": "It was the deal of the decade.",
    "game": "The final was the game of the year.", "book": "The novel was book of the year.",
    "athlete": "She was named athlete of the year.", "word": "The dictionary chose its word of the year.",
}  # fmt: skip
"""Nouns whose "... of the year/decade/century" is a title or a superlative, not a time, each with an example.
Example: "Time named her person of the year" -> no expression."""

WORK_NOUNS: dict[str, str] = {
    "song": "The best song here, 'May Day,' is a slow waltz.", "single": "The single \"Sunday Girl\" charted.",
    "album": "Her album \"Late September\" sold well.", "track": "The closing track, \"Midnight Train,\" drags.",
    "opener": "The opener, 'May Day,' is a rush.", "closer": "The closer, \"Christmas Eve,\" is quiet.",
    "book": "His book \"Tuesday's Children\" is out.", "novel": "Her novel \"Midsummer Night\" is set in Oslo.",
    "memoir": "His memoir, \"Four Hours,\" is out.", "film": "The film \"Midnight Run\" was remade.",
    "movie": "The movie \"Friday Night\" was a hit.", "play": "The play \"Saturday Night\" closes soon.",
    "poem": "She read the poem \"Christmas Eve\" aloud.", "show": "The show \"Sunday Morning\" ran long.",
    "recording": "His recording of \"Late September\" topped the charts.",
    "hit": "Their hit \"Monday Monday\" played twice.", "ballad": "The ballad \"Last December\" ends the set.",
    "number": "He played one number, \"May Day,\" from a wheelchair.", "tune": "The tune \"Midnight Sun\" swings.",
    "called": "A new musical called \"Tuesday Night\" opens.", "titled": "An essay titled \"August Rain\" won.",
    "entitled": "A report entitled \"Sunday Trading\" was published.", "episode": "The episode \"Friday Night\" aired.",
    "musical": "The musical \"June Bride\" opens soon.", "anthem": "The anthem \"Sunday Best\" closed the show.",
}  # fmt: skip
"""Nouns (and verbs of naming) that put a work's quoted title after them, each with an example in which nothing
is a time: 'The opener, "May Day,"' is a song, not the first of May."""

QUARTER_THINGS: dict[str, str] = {
    "section": "He farmed the same quarter section for 40 years.",
    "sections": "The family bought two quarter sections.",
    "horse": "She rode a quarter horse.", "horses": "They breed quarter horses.",
    "mile": "He ran the quarter mile.", "pounder": "He ate a quarter pounder.",
    "pounders": "They sold quarter pounders.", "note": "Play a quarter note.", "notes": "Play the quarter notes.",
    "deck": "The crew slept on the quarter deck.", "acre": "They own a quarter acre.",
}  # fmt: skip
"""Things named with "quarter" that are no period of three months, with an example each.  Example: "the same quarter
section" (a unit of land) -> no expression."""

TOPIC_WORDS: dict[str, str] = {
    **{verb: f"Then we {verb} about 2013." for verb in ("talk", "talked", "think", "thought", "wrote", "asked",
                                                         "forget", "remember", "learn", "care", "heard", "read",
                                                         "talking", "thinking", "worried", "complained",
                                                         "signal", "signals", "worry", "ask")},
    **{noun: f"She made a {noun} about 1968." for noun in ("book", "film", "documentary", "novel", "play", "song",
                                                           "story", "series")},
}  # fmt: skip
"""Words of speech, thought or telling before "about": the year after it is a topic, not a hedged count, with an
example each.  Example: "Then we'll talk about 2013" -> 2013 (but "about 2000 people" is a count)."""

BARE_HOUR_CUES: dict[str, str] = {
    "open": "Gates open at 6.", "opens": "The market opens at 9.", "doors": "Doors at 7.",
    "starts": "Daybreak starts at 6.", "starting": "Practice resumes today, starting at seven.", "begins": "The service begins at 11.", "closes": "The bar closes at 11.",
    "close": "Polls close at 8.", "closed": "Polls closed at 8.", "ends": "The show ends at 10.",
    "airs": "The debate airs at 9.", "news": "Join us for the news at 11.", "bulletin": "The bulletin is at seven.",
    "briefing": "The mayor holds a briefing at 11.", "update": "We will have an update at 5.",
    "back": "We'll be back at 7.", "more": "We'll have more at 11.", "home": "He was home by six.",
    "bed": "The children were in bed by 9.", "sleep": "I might sleep until six.", "awake": "She was awake at 5.",
    "lunch": "They broke for lunch at 11.", "supper": "We had supper at five.", "dinner": "Dinner is at 7.",
    "tea": "He stops for tea at 10.", "breakfast": "Breakfast is served from 7.", "duty": "She was on duty at six.",
    "shift": "His shift ended at 6.", "off": "He knocks off at four.", "nightly": "The play runs nightly at 8.",
    "meets": "The council meets tonight at 7.", "curtain": "Curtain is at 8.", "kickoff": "Kickoff is at 1.",
    "recessed": "The Senate has recessed until 7.", "tonight": "The council meets tonight at 7.",
    "again": "Join us again at ten.", "sail": "The ferry should sail from nine.",
    "newscast": "Our next newscast is at eight.", "start": "The fireworks start at 7.",
    "opened": "The gates opened at five.", "meeting": "The community meeting is at seven.",
    "weather": "We'll have the weather at eight.", "broadcast": "Her final broadcast goes out at six.",
    "show": "The show is on at four.", "live": "We'll put that to the councillor live at ten.",
    "coverage": "We'll have full coverage at six.", "worship": "Worship is at 9.", "exam": "I had an exam at eight.",
    "headlines": "Sport after the headlines at eight.", "travel": "Next travel at eight.",
    "results": "We'll have the results at eleven.", "result": "We'll have the result at eleven.",
    "forecast": "The full forecast is at 11.",
    "today": "The market reopens today at 10.", "tomorrow": "The meeting is tomorrow at 11.",
    **{day: f"The program repeats {day.capitalize()} at 3." for day in ("monday", "tuesday", "wednesday", "thursday",
                                                                         "friday", "saturday", "sunday")},
}  # fmt: skip
"""Words of schedules and daily routine a few words before a bare hour after "at", "by", "until" or "from": the
hour is a clock time ("Gates open at 6"), not an amount, a price or an age, with an example each."""

OVER_MORE_THAN_BEFORE: dict[str, str] = {
    "for": "The house stood empty for over a year.", "in": "It was the steepest fall in over a year.",
    "of": "He got a sentence of over ten years.", "after": "Talks resumed after over a month.",
    "last": "The tour is likely to last over a week.", "lasted": "The hearing lasted over an hour.",
    "lasts": "The flight lasts over ten hours.", "took": "The repairs took over six months.",
    "take": "The repairs will take over six months.", "takes": "The trip takes over two hours.",
    "waited": "Patients waited over 12 months.", "waiting": "Patients had been waiting over 12 months.",
    "spent": "She spent over 30 years in the job.", "been": "It has been over a decade.",
}  # fmt: skip
"""Words before "over" and an amount of time that make "over" mean "more than": the amount takes it, with MORE_THAN
("for over a year"), with an example each (not "rain fell over three days", "used over three years")."""

CURRENT_FLOW_WORDS: dict[str, str] = {
    word: f"Boats drifted on the {word} current." for word in
    ("ocean", "sea", "tidal", "warm", "cold", "rip", "strong", "powerful", "electric", "electrical", "alternating",
     "direct")
}  # fmt: skip
"""Words before "current" that make it a noun, a flow, with an example each that names no time (a capitalized name
does too: "the El Nino current")."""

SCORING_VERBS: dict[str, str] = {
    verb: f"He {verb} a century on his Test debut." for verb in
    ("made", "scored", "scores", "hit", "hits", "struck", "notched", "compiled", "brought up")
}  # fmt: skip
"""Verbs right before "a century" or "four centuries" that make it runs in cricket or points in snooker, no time,
with an example each."""

YEAR_NAME_WORDS: dict[str, str] = {
    "Agenda": "Schroeder's Agenda 2010 welfare reforms split his party.",
    "Vision": "The Vision 2030 plan aims to wean the kingdom off oil.",
    "Project": "Democrats warned voters about Project 2025.",
    "Horizon": "The lab won a grant from the Horizon 2020 programme.",
    "Office": "The firm upgraded every desk to Office 2010.",
    "Operation": "Police launched Operation 1984 against the gangs.",
    "log": "Call police quoting log 1947.", "Log": "Call police on 101 quoting Log 1947.",
    "Courtroom": "Deliberations resume in Courtroom 1925.", "Room": "The panel met in Room 2010 of the annex.",
    "Flight": "Flight 1549 landed on the river.", "Route": "Drivers were told to avoid Route 1990 near the bridge.",
    "Suite": "Lawyers set up in Suite 2001 of the hotel.", "Platform": "The train left from Platform 1998.",
}  # fmt: skip
"""Words, mostly capitalized, that make the year after them part of a name or a number (a programme, a plan, a
product, a police operation, a police log's entry), no time, with an example each."""

STORY_EVENT_NOUNS: dict[str, str] = {
    **{noun: f"The 2019 {noun}, which began on April 21, is still remembered."
       for noun in ("tornado", "storm", "flood", "floods", "fire", "fires", "earthquake", "quake", "hurricane",
                    "blizzard", "cyclone", "typhoon", "drought", "heatwave", "eruption", "tsunami", "outbreak",
                    "epidemic", "war", "strike", "riots", "crash", "attack", "attacks", "bombing", "shooting",
                    "explosion", "blast", "collapse", "coup", "massacre", "election", "referendum", "campaign",
                    "summit", "visit", "tour", "season", "final", "race", "marathon", "championship", "tournament",
                    "festival")},
}  # fmt: skip
"""Nouns of an event that a year before them ("The 2019 tornado") makes the time of its sentence, so that a date or
a holiday after them without a year falls in that year, with an example each: "The 2019 tornado, which struck on
Easter Sunday" -> Easter 2019 (but "will report 1989 earnings Feb. 21": earnings are no event; and only a year not
after the publication's: "Registration for the 2024 race opens in September", read in 2023, is of the months before
the race)."""

YEAR_EVENT_NOUNS: dict[str, str] = {
    "season": "The Yankees 2024 season drew crowds.", "election": "Coverage of the Ohio 2024 election begins.",
    "elections": "The Ohio 2024 elections drew crowds.", "budget": "The Ontario 2019 budget cut spending.",
    "campaign": "The Obama 2008 campaign raised millions.", "census": "The Canada 2016 census counted heads.",
}  # fmt: skip
"""Nouns after a name and a year that keep the year a year (a name's season, election or budget of that year), with
an example each: "the Ohio 2024 election" is 2024, where "the Tokyo 2020 Olympics" is a name."""

YEAR_AFTER_CAPITALIZED: dict[str, str] = {
    "fiscal": "Sales fell in Fiscal 1996 results.", "fy": "Costs rose in FY 2003 filings.",
    "year": "The Year 2000 problem cost billions.", "class": "The Class 2000 reunion drew hundreds.",
    "christmas": "Shops boomed at Christmas 2000 sales.", "easter": "Crowds filled the Easter 2000 services.",
    "summer": "The Summer 2024 schedule is out.", "winter": "The Winter 2010 games ended.",
    "spring": "The Spring 2024 catalogue arrived.", "autumn": "The Autumn 2023 term began.",
    "fall": "The Fall 2023 semester began.",
}  # fmt: skip
"""Capitalized words a year keeps its meaning after, though a noun follows as after a product's number (besides
the months and weekdays), with an example each: "Fiscal 1996 results" is 1996."""

NEAR_HOUR_ADVERBS: dict[str, str] = {
    "just": "The lorry jackknifed just after six.", "shortly": "The lights went out shortly after nine.",
    "soon": "The first results came soon after ten.", "little": "He spoke to the Treasurer a little after ten.",
    "right": "The train left right after eight.",
}  # fmt: skip
"""Words before "after" that make the bare hour after it a clock time, with an example each: "just after six" (but
"after six" alone may be an age or a count; "before six" needs none)."""

ON_AIR_NEXT: dict[str, str] = {
    "news": "The next news is at eight.", "bulletin": "Our next bulletin is at nine.",
    "update": "Our next update is at seven.", "headlines": "I'll have the headlines at half four.",
    "be back": "We'll be back at 7 with more.", "'re back": "We're back at 10.25.", "’re back": "We’re back at 10.25.",
    "'m back": "I'm back at 11.", "’m back": "I’m back at 11.", "join us again": "Join us again at ten.",
    "update you": "We'll update you at 11.",
}  # fmt: skip
"""What a broadcast or a live page says before the time of its next news, with an example each: that time is of the
day it is said, whatever day the story named last ("Tomorrow, sunny spells. Next news at eight": today's eight)."""

BARE_HOUR_SIGNALS: dict[str, str] = {
    "until": "The road stays shut until nine.", "till": "We'll be on air till eight.",
    "from": "The bridge is closed from six tonight.", "before": "Queues formed before nine.",
    "by": "The road should be cleared by eight.",
}  # fmt: skip
"""Prepositions that make the bare hour right after them a clock time with no word of schedules in its clause (but
"at six" may be an age and "after six" a count), with an example each."""

BARE_HOUR_SIGNAL_NOT: dict[str, str] = {
    "up": "Staff rose to 26, up from nine.", "down": "It fell to four, down from nine.",
    "years": "It cuts the term to four years from six.",
}  # fmt: skip
"""Words right before a signal of :data:`BARE_HOUR_SIGNALS` that make the number after it a count, with an example
each ("up from nine")."""

BARE_HOUR_NOT: dict[str, str] = {
    "school": "He started school at 6.", "age": "She began at age 5.", "aged": "He left, aged 9.",
    "born": "Born in Ohio, she moved at 4.", "child": "As a child he sang at 6.", "boy": "As a boy he was awake at 5.",
    "girl": "As a girl she sang at 7.", "piano": "She took up the piano at 6.", "percent": "Rates were up 2 percent at 5.",
    "shares": "Shares opened at 9.", "index": "The index opened at 8.", "rate": "The rate opens at 4.",
    "yield": "The yield opened at 3.", "points": "The Dow was up 10 points at 11.", "inches": "Snow was up to 6 inches by 9.",
    "mph": "Winds were up to 40 mph by 9.", "stock": "The stock opened at 5.", "price": "The price opened at 7.",
    "prices": "Prices closed at 9, up 2 cents.", "stocks": "Stocks closed at 6.", "dollar": "The dollar closed at 2.",
    "oil": "Oil closed at 8.", "gold": "Gold closed at 4.", "futures": "Futures closed at 3.",
    "vote": "It passed by a vote of five to two.", "voted": "The council voted ten to four.",
    "votes": "The votes stood at 6.", "score": "The score was level at 2.",
    "won": "They won Thursday night's game by 11.", "lost": "They lost Sunday's game by 3.",
    "beat": "They beat the Jets on Sunday by 7.", "led": "They led at the break on Friday by 4.",
    "trailed": "They trailed on Monday by 9.", "leads": "With two holes left, May leads by one.",
    "ahead": "They were ahead at the break by two.",
}  # fmt: skip
"""Words a few words before a bare hour that make it an age, a price or a measure ("started school at 6"), each with
an example in which the hour is left untagged."""

DECIMAL_UNITS: dict[str, str] = {
    **{unit: f"The figure was put at 1.23 {unit}." for unit in ("million", "billion", "trillion", "percent", "pct",
                                                                  "percentage")},
    **{unit: f"The ticket sold at 4.10 {unit}." for unit in (
        "yen", "dollars", "dollar", "euros", "euro", "cents", "cent", "pounds", "pence", "yuan", "rupees", "francs",
        "marks", "pesos", "rand", "baht", "won", "ringgit", "rubles", "roubles", "lire", "kroner", "kronor", "shekels",
        "US", "per", "a", "an", "share", "shares")},
    **{unit: f"The river peaked at 5.45 {unit}." for unit in (
        "metres", "meters", "m", "feet", "ft", "inches", "in", "cm", "mm", "km", "kilometres", "kilometers", "miles",
        "degrees", "C", "F", "kg", "tonnes", "tons", "points", "seconds", "secs", "sec", "mph", "times", "runs", "goals",
        "overs", "hours", "minutes", "magnitude", "megajoules", "joules", "megawatts", "gigawatts", "litres", "liters",
        "gallons", "barrels", "acres", "hectares", "grams", "ounces")},
}  # fmt: skip
"""Words right after a number with a dot ("at 1.23 million", "at 84.10 yen", "at 5.45 metres"): an amount, a price or
a measure, not a clock time written the British way ("landed at 6.15"), each with an example left untagged."""

DECIMAL_NOT: dict[str, str] = {
    **{word: f"The currency {word} at 7.15." for word in (
        "closed", "trading", "traded", "trades", "quoted", "stood", "stands", "rose", "fell", "valued", "priced",
        "fixed")},
    **{word: f"The {word} was at 7.15." for word in (
        "ratio", "average", "averaged", "rate", "lira", "ruble", "rouble", "rand", "peso", "rupee", "krona", "euro",
        "pound", "sterling", "yen", "yuan", "franc", "mark", "won", "real", "shilling", "naira", "ringgit", "rupiah",
        "baht", "dinar", "dirham", "riyal")},
}  # fmt: skip
"""Words earlier in the clause before a number with a dot and no schedule's cue that make it a price or a figure,
not a clock time ("the ruble closed at 7.15", "trading at 3.31"), each with an example left untagged."""

SPEAKING_VERBS: dict[str, str] = {
    verb: f"Her daughter May {verb} nothing more."
    for verb in ("said", "says", "told", "tells", "recalled", "recalls", "added", "asked", "explained", "remembered",
                 "remembers", "wrote")
}  # fmt: skip
"""Verbs of speech right after a month's name with no signal before it: the name is a person's, with an example
each.  Example: "her daughter May said yesterday" -> no month (but "released in March said" is March)."""

OWNED_KIN_NOUNS: dict[str, str] = {
    noun: f"The farm is run by August's {noun}."
    for noun in ("son", "sons", "daughter", "daughters", "wife", "husband", "widow", "widower", "father", "mother",
                 "brother", "brothers", "sister", "sisters", "grandson", "granddaughter", "grandchildren",
                 "grandfather", "grandmother", "nephew", "niece", "children", "parents", "family", "cousin")
}  # fmt: skip
"""Nouns of family after a month's name and "'s" that make it a person's name, not a month, each with an example.
Example: "run by August's great-granddaughter" -> no expression (but "August's heat" is the month)."""

SPEAKER_MONTH_SIGNALS = frozenset({
    "in", "since", "by", "until", "till", "during", "from", "through", "of", "last", "this", "next", "early", "late",
    "mid",
})  # fmt: skip
"""Words before a month's name that keep it a month though a verb of speech follows ("released in March said")."""

QUARTER_MEASURES: dict[str, str] = {
    **{unit: f"The race is over a {unit} and a quarter." for unit in ("mile", "inch", "foot", "furlong", "length",
                                                                     "acre", "yard", "cup")},
    **{unit: f"It runs two {unit} and a quarter." for unit in ("furlongs", "lengths", "acres", "yards", "cups")},
}  # fmt: skip
"""Units of measure besides :data:`MEASURES` before "and a quarter": a distance or an amount, not three months, with
an example each.  Example: "over a mile and a quarter" -> no expression."""

GAME_WORDS: dict[str, str] = {
    "scoreless": "The Vikings were held scoreless in the fourth quarter.",
    "touchdown": "He ran for a touchdown in the third quarter.",
    "touchdowns": "They scored two touchdowns in the second quarter.",
    "field goal": "The kicker missed a field goal in the fourth quarter.",
    "goals": "They scored three goals in the second half.",
    "scored": "She scored 12 points in the first half.",
    "rebounds": "He had nine rebounds in the second half.",
    "halftime": "They led by 10 at halftime and pulled away in the second half.",
    "trailed": "They trailed 14-3 in the first half.",
    "overtime": "The game went to overtime after a tie in the fourth quarter.",
    "the match": "He was sent off in the first half of the match.",
    "the game": "She was injured in the second quarter of the game.",
    "rallied": "The Jazz rallied from 12 down in the second half.",
    "outscored": "They were outscored 31-12 in the third quarter.",
    "runners": "Runners complained about the sun in the second half.",
    "the race": "She pulled away in the second half of the race.",
    "marathon": "The marathon leaders slowed in the second half.",
    "quarterback": "The quarterback was sacked twice in the fourth quarter.",
    "a game": "He missed most of the second half of a game in October.",
    "a match": "She struggled in the second half of a match in June.",
    "interceptions": "He threw two interceptions in the second half.",
    "sacked": "He was sacked five times in the second half.",
    "at halftime": "They trailed at halftime but played well in the second half.",
    "innings": "He pitched seven innings and tired in the second half.",
    "penalties": "They won on penalties after a goal in the first minute.",
    "game": "The Bears led in the fourth quarter of Sunday's game.",
}  # fmt: skip
"""Words of a game report: near them "the fourth quarter" and "the second half" are periods of play, not of the
year, each with an example.  Example: "held scoreless in the fourth quarter" -> no expression."""

BOOKS_WORDS: dict[str, str] = {
    **{noun: f"The club said {noun} rose in the third quarter, and it sells out every game."
       for noun in ("revenue", "revenues", "profit", "profits", "earnings")},
}  # fmt: skip
"""Words of a company's books before a quarter or a half in its sentence (besides
:data:`DATA_NOUNS`): its results, not a period of play, though a game is named near it, with an example each."""

TEMPERATURE_WORDS: dict[str, str] = {
    "highs": "Highs will be in the fifties.", "lows": "Lows will dip into the twenties.",
    "temperatures": "Temperatures stayed in the forties.", "temperature": "The temperature was in the nineties.",
    "temps": "Temps hovered in the seventies.", "mercury": "The mercury climbed into the nineties.",
    "thermometer": "The thermometer hit the eighties.", "readings": "Readings were in the thirties.",
    "forecast": "The forecast is for the mid-nineties.",
}  # fmt: skip
"""Words a few words before a decade said in words or in two digits that make it degrees, not a decade, each with an
example.  Example: "highs in the fifties" -> no expression."""

NUMBER_RANGE_WORDS: dict[str, str] = {
    "low": "It was in the low sixties.", "upper": "It will be in the upper seventies.",
    "high": "It reached the high eighties.",
}  # fmt: skip
"""Words just before a decade said in words or in two digits that make it a range of numbers (degrees, scores,
prices), not a decade ("the early sixties" is one), each with an example.  Example: "the low sixties" -> no expression."""

MEASURES: dict[str, str] = {
    "miles": "Winds reached 125 miles per hour.", "kilometers": "Winds reached 200 kilometers per hour.",
    "kilometres": "Winds reached 200 kilometres an hour.", "km": "Winds reached 200 km per hour.",
    "knots": "The ship made 20 knots per hour.", "feet": "The river rose two feet per hour.",
    "meters": "The glacier moved three meters per day.", "metres": "The glacier moved three metres per day.",
    "inches": "Snow fell at two inches per hour.", "words": "She types 90 words per minute.",
    "beats": "His heart rate hit 180 beats per minute.", "gallons": "The pump moves 500 gallons per minute.",
    "liters": "The pump moves 900 liters per minute.", "litres": "The pump moves 900 litres per minute.",
    "millisieverts": "Radiation reached 400 millisieverts per hour.",
    "microsieverts": "Radiation reached 80 microsieverts per hour.",
}  # fmt: skip
"""Units of measure before "per hour", "a minute": a speed or a rate of flow, not a recurrence, each with an example.
Example: "125 miles per hour" -> no expression."""

NO_TENSE_BEFORE: dict[str, str] = {
    "be": "The plant is to be completed on Thursday.",
    "being": "The ship being built is due on Thursday.",
    "to": "A storm is expected to hit on Thursday.",
    "is": "Engineers expect the bridge is closed on Thursday.",
    "are": "Officials expect the schools are closed on Thursday.",
    "remain": "The exchange said it would remain closed on Thursday.",
    "stay": "Schools will stay closed on Thursday.",
    "may": "The bank may cut its rates in June.",
    "might": "The board might cut the dividend in June.",
    "could": "The strike could cost the airline dearly in June.",
    "can": "Only the council can set the rate in June.",
}  # fmt: skip
"""Words after which a form in -ed (or an irregular past) has no tense of its own: a passive participle or an
infinitive, with an example each whose date lies ahead.  Example: "expected to hit on Thursday"; a modal before a
verb whose past is its base form ("may cut", "could cost")."""

NOT_FINITE_BEFORE: dict[str, str] = {
    "not": "The two sides did not meet on Thursday.",
    "didn't": "The two sides didn't meet on Thursday.",
    "stopped": "Rain stopped play on Thursday.",
    "halted": "Officials halted play on Thursday.",
    "suspended": "Umpires suspended play on Thursday.",
    "of": "The resumption of play on Thursday drew a crowd.",
}  # fmt: skip
"""Words after which the bare form of a schedule verb ("meet", "play") is no present of a schedule: a negated verb
("did not meet on Thursday") or a noun ("rain stopped play on Thursday"), with an example each whose date does not
lie ahead.  Not "to": "is to resume trading Tuesday" is a schedule too."""

CLOCK_SIGNALS: dict[str, str] = {
    "at": "The council meets at 7 tonight.",
    "by": "Power should be back by 7 this morning.",
    "before": "The plane touched down just before 10 last night.",
    "after": "The storm hit shortly after 9 last night.",
    "until": "The road stays shut until 6 this evening.",
    "till": "The road stays shut till 6 this evening.",
    "since": "Crowds have gathered since 5 this morning.",
    "around": "The tide will peak around 9 tonight.",
    "about": "Crowds have gathered since about 5 this morning.",
    "from": "Polls are open from 7 this morning.",
}  # fmt: skip
"""Signals before an hour said without minutes or "o'clock" that make it a clock time when a day's part follows,
with an example each.  Example: "before 10 last night" -> 22:00 the day before (but not "cut to 9 tonight",
"temperatures fell to 5 this morning")."""

DECLARING_VERBS: dict[str, str] = {
    "declared": "The president declared Thursday a day of national mourning.",
    "proclaimed": "The king proclaimed Thursday a national holiday.",
    "designated": "The council designated Thursday a day of prayer.",
}  # fmt: skip
"""Verbs that make a weekday after them a day of something ("declared Friday a day of national mourning"): the
day declared is the nearest one either way, whatever the verb's tense, with an example each (read on a Tuesday:
the Thursday to come)."""

LINKING_VERBS = frozenset({"remain", "remains", "stay", "stays", "become", "becomes", "keep", "keeps", "seem", "look",
                           "get", "gets", "go", "goes", "feel", "appear", "be"})
"""Verbs after which an -ed form is an adjective, not a past verb.  Example: "Schools will remain closed Monday"."""

STORY_EVENT_LEADS = frozenset({"when", "as", "moved", "moves", "postponed", "rescheduled", "delayed"})
"""Words right before a possessive weekday whose event the story goes on to tell (not one named in passing).
Example: "when Tuesday's quake struck"."""

HOLIDAY_OBJECTS = frozenset({"card", "cards", "tree", "trees", "lights", "decorations", "ornaments", "carols", "crackers",
                             "jumper", "jumpers", "stockings", "presents", "gifts", "wreath", "wreaths", "offensive",
                             "island", "islands"})
"""Things named after a holiday, which date nothing.  Example: "second-class Christmas cards", "the Tet offensive",
"Easter Island" (but
"Christmas shopping", "the Thanksgiving parade" are the holiday's)."""

IMPERATIVE_VERBS: dict[str, str] = {
    "ask": "\"Ask me again Thursday,\" he said.",
    "call": "Call the hotline before Thursday.",
    "come": "Come see us Thursday.",
    "join": "Join us Thursday for the opening.",
    "tune": "Tune in Thursday for the final.",
    "watch": "Watch for our special report Thursday.",
    "check": "Check back Thursday for results.",
    "vote": "Vote Thursday.",
    "mark": "Mark your calendars for Thursday.",
    "save": "Save the date for Thursday's gala.",
    "send": "Send your entries by noon Thursday.",
}  # fmt: skip
"""Verbs that open a sentence as a request, with an example each: what is asked lies ahead, whatever else the
sentence says.  Example: "Ask me again Sunday" -> the next Sunday."""

DEADLINES_AHEAD: dict[str, str] = {
    "by": "I don't see how a deal gets done by Thursday.",
    "before": "I don't see a deal getting done before Thursday.",
    "until": "No deal is in sight until Thursday.",
    "till": "No deal is in sight till Thursday.",
    "past": "The shutdown could drag on past Thursday.",
}  # fmt: skip
"""Signals of a deadline that, with no tense cue near and no past form in the clause, lies ahead, with an example
each.  Example: "how a deal gets done by Monday" -> the next Monday."""

POSSESSIVE_AHEAD: dict[str, str] = {
    word: f"Smith will remain the starter {word} Thursday's game."
    for word in ("for", "at", "in", "before", "until", "by")
}  # fmt: skip
"""Prepositions that, after a future auxiliary, put a possessive weekday's event ahead, with an example each.
Example: "will remain the starter for Sunday's game" (a direct object may be an event reported: "will appeal Friday's
verdicts")."""

POSSESSIVE_PLAYED: dict[str, str] = {
    word: f"Santana will {word} Thursday's game."
    for word in ("start", "play", "miss", "host", "attend", "skip", "watch", "face", "pitch", "coach", "lead")
}  # fmt: skip
"""Verbs that, after a future auxiliary, take a possessive weekday's event as one still to be played or attended,
with an example each ("will start Wednesday night's series finale"; not "will appeal Friday's verdicts")."""

POSSESSIVE_KNOWN: dict[str, str] = {
    "closing": "Holders will receive a package worth $46.80 at Wednesday's closing price.",
    "close": "The offer will pay a premium of 20 percent over Thursday's close.",
}  # fmt: skip
"""Nouns after a possessive weekday that name what is already known, so the day is behind whatever the verb's
tense, with an example each (a deal's price is set by a close gone by)."""

ADJECTIVE_BEFORE: dict[str, str] = {
    word: f"A team will tour {word} damaged areas on Thursday."
    for word in ("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "another")
}
"""Determiners after which a form in -ed is an adjective, not a past verb, each with an example whose date lies
ahead.  Example: "tour the damaged areas on Thursday"."""

CLAUSE_CONJUNCTIONS: dict[str, str] = {
    "and": "Rebels seized the town on Thursday, and troops will retake it.",
    "but": "Rebels seized the town on Thursday, but troops will retake it.",
    "while": "Rebels seized the town on Thursday, while troops will wait.",
    "whereas": "Rebels seized the town on Thursday, whereas troops will wait.",
    "although": "Rebels seized the town on Thursday, although troops will return.",
    "though": "Rebels seized the town on Thursday, though troops will return.",
}  # fmt: skip
"""Conjunctions that, after a comma, start a new clause: its verbs do not set the tense of a date before them,
each with an example whose date lies behind."""

CLAUSE_SUBJECTS = frozenset("he she it they we i".split())
"""Pronouns that after "and"/"but" start a new clause without a comma ("seized it Thursday and they will ...")."""

POD_THE_BEFORE: dict[str, str] = {
    "in": "Play was suspended in the afternoon.", "during": "Play was suspended during the afternoon.",
    "by": "The crowd had gone by the evening.", "until": "The harbour stayed shut until the evening.",
    "till": "The harbour stayed shut till the evening.", "through": "They worked through the night.",
    "throughout": "It rained throughout the morning.", "into": "Talks went on into the night.",
    "spend": "He will spend the afternoon in Paris.", "spent": "He spent the afternoon touring.",
    "spends": "She spends the morning in meetings.", "spending": "After spending the night in a shelter, he left.",
    "since": "Families have waited outside since the morning.",
    "for": "Rain is forecast for the afternoon.", "of": "Traffic was slow for most of the morning.",
}  # fmt: skip
"""Words before "the morning", "the afternoon" ... that make it a part of the day named last, each with an
example.  Example: "Play was suspended in the afternoon"."""

RANGE_OPENERS = frozenset({"from", "between"})
"""Words that open a range whose end follows its start ("from November 2024 to February")."""

RANGE_JOINERS = ("through", "thru", "to", "until", "till", "and", "-", "–")
"""What joins the two ends of a range ("from June through November", "between May and July")."""

LAST_MINUTE_BEFORE = frozenset({"at", "until", "till", "to"})
"""Words before "the last minute" that make it the idiom ("at the last minute": very late), not an amount of time."""

SOMEDAY_BEFORE = frozenset("will would could might may can should must shall to he she they we i you it".split())
"""Words after which "one day" means some day in the future.  Example: "Islam will one day be ..." -> FUTURE_REF."""

HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25), "christmas eve": (12, 24),
    "christmas": (12, 25), "new year's": (1, 1), "valentine's day": (2, 14), "independence day": (7, 4),
    "halloween": (10, 31), "hallowe'en": (10, 31), "veterans day": (11, 11), "boxing day": (12, 26), "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17), "saint patrick's day": (3, 17), "april fool's day": (4, 1), "april fools' day": (4, 1),
    "hogmanay": (12, 31), "inauguration day": (1, 20),
    "new year": (1, 1), "bastille day": (7, 14), "may day": (5, 1), "armistice day": (11, 11), "fourth of july": (7, 4),
    "republic day": (1, 26), "groundhog day": (2, 2), "canada day": (7, 1), "australia day": (1, 26),
    "anzac day": (4, 25), "remembrance day": (11, 11), "juneteenth": (6, 19), "flag day": (6, 14), "earth day": (4, 22),
    "st stephen's day": (12, 26), "st. stephen's day": (12, 26), "saint stephen's day": (12, 26),
    "st brigid's day": (2, 1), "st. brigid's day": (2, 1),
    "ve day": (5, 8), "v-e day": (5, 8), "vj day": (8, 15), "v-j day": (8, 15), "assumption day": (8, 15),
    "culture day": (11, 3), "bonfire night": (11, 5), "guy fawkes night": (11, 5),
    "waitangi day": (2, 6), "all saints' day": (11, 1), "all saints day": (11, 1), "all souls' day": (11, 2), "all souls day": (11, 2),
    "freedom day": (4, 27), "workers' day": (5, 1), "ferragosto": (8, 15), "epiphany": (1, 6),
    "feast of the immaculate conception": (12, 8), "feast of the epiphany": (1, 6), "feast of the assumption": (8, 15),
    "st david's day": (3, 1), "st. david's day": (3, 1), "saint david's day": (3, 1), "hangul day": (10, 9),
    "burns night": (1, 25), "international women's day": (3, 8), "world aids day": (12, 1), "singles day": (11, 11),
    "st swithin's day": (7, 15), "st. swithin's day": (7, 15), "saint swithin's day": (7, 15), "showa day": (4, 29),
    "cinco de mayo": (5, 5), "labor thanksgiving day": (11, 23), "labour thanksgiving day": (11, 23),
    "st andrew's day": (11, 30), "st. andrew's day": (11, 30), "saint andrew's day": (11, 30),
    "st george's day": (4, 23), "st. george's day": (4, 23), "saint george's day": (4, 23),
    "victory in europe day": (5, 8),
}  # fmt: skip
"""Holidays on a fixed day.  Example: "Christmas 2020" -> 2020-12-25."""

FLOATING_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving day": (11, 4, 4), "thanksgiving": (11, 4, 4), "thanksgiving monday": (10, 1, 2),
    "canadian thanksgiving": (10, 1, 2), "labor day": (9, 1, 1), "labour day": (9, 1, 1),
    "queen's birthday": (6, 1, 2), "king's birthday": (6, 1, 2),
    "memorial day": (5, 1, -1), "remembrance sunday": (11, 7, 2), "august bank holiday": (8, 1, -1), "summer bank holiday": (8, 1, -1),
    "spring bank holiday": (5, 1, -1), "october bank holiday": (10, 1, -1), "june bank holiday": (6, 1, 1), "may day bank holiday": (5, 1, 1), "early may bank holiday": (5, 1, 1), "may bank holiday": (5, 1, 1), "late may bank holiday": (5, 1, -1), "martin luther king day": (1, 1, 3), "martin luther king jr. day": (1, 1, 3),
    "martin luther king, jr. day": (1, 1, 3), "martin luther king jr day": (1, 1, 3), "presidents day": (2, 1, 3),
    "presidents' day": (2, 1, 3), "columbus day": (10, 1, 2), "mother's day": (5, 7, 2),
    "father's day": (6, 7, 3), "patriots' day": (4, 1, 3), "patriots day": (4, 1, 3), "melbourne cup day": (11, 2, 1), "cup day": (11, 2, 1),
    "respect for the aged day": (9, 1, 3),  # since 2003 (September 15 before)
    "family day": (2, 1, 3),  # Alberta from 1990, Ontario and others later: the third Monday of February
}  # fmt: skip
"""Holidays on the n-th weekday of a month: (month, ISO weekday, n; -1 = last).
Example: "Thanksgiving 2024" -> 2024-11-28."""

MONDAY_HOLIDAYS_FROM_1971: dict[tuple[int, int, int], tuple[int, str]] = {
    (5, 1, -1): (30, "Parades marked Memorial Day 1953."),
    (10, 1, 2): (12, "Parades marked Columbus Day 1968."),
}  # fmt: skip
"""Holidays of :data:`FLOATING_HOLIDAYS`, by (month, ISO weekday, n), that the Uniform Monday Holiday Act moved to a
Monday from 1971: the day of the month they fell on before, with an example each.  Example: "Memorial Day 1953" ->
1953-05-30 (not the last Monday of May)."""

CANADIAN_PLACES: dict[str, str] = {
    "Canada": "Shoppers crowded malls across Canada.", "Canadian": "The Canadian dollar rose.",
    "Ontario": "Ontario schools closed.", "Quebec": "Quebec voters went to the polls.",
    "British Columbia": "Fires burned in British Columbia.", "B.C.": "Rain soaked B.C. farms.",
    "Alberta": "Alberta's oil sands", "Manitoba": "Manitoba farmers", "Saskatchewan": "Saskatchewan wheat",
    "Nova Scotia": "Nova Scotia ferries", "New Brunswick": "New Brunswick voters", "Newfoundland": "Newfoundland fishermen",
    "Toronto": "Toronto traffic", "Montreal": "Montreal police", "Vancouver": "Vancouver port",
    "Ottawa": "Ottawa announced", "Calgary": "Calgary flooding", "Edmonton": "Edmonton council",
    "Winnipeg": "Winnipeg snow", "Halifax": "Halifax harbour",
}  # fmt: skip
"""Places that make a story Canadian, whose bare "Thanksgiving" is the second Monday of October, each with an example
(a story that says "U.S. Thanksgiving" keeps the American one)."""

NEW_ZEALAND_PLACES: dict[str, str] = {
    "New Zealand": "Roads were busy across New Zealand.", "NZ": "The NZ dollar fell.",
    "Auckland": "Auckland motorways", "Wellington": "Wellington ferries", "Christchurch": "Christchurch schools",
    "Dunedin": "Dunedin students", "Tauranga": "Tauranga port", "Rotorua": "Rotorua motels",
    "Whangarei": "Whangarei pools", "Northland": "Northland roads", "Invercargill": "Invercargill shops",
    "Waikato": "Waikato farmers", "Taranaki": "Taranaki beaches",
}  # fmt: skip
"""Places that make a story New Zealand's, whose Queen's (King's) Birthday is the first Monday of June (Australia's,
the default, the second) and whose Labour Day is the fourth Monday of October, each with an example."""
NEW_ZEALAND_LABOUR_DAY = (10, 1, 4)
"""New Zealand's Labour Day, the fourth Monday of October (the default, the first Monday of September, is North
America's), as :data:`FLOATING_HOLIDAYS` writes a rule."""
NEW_ZEALAND_SOVEREIGNS_BIRTHDAY = (6, 1, 1)
"""New Zealand's Queen's (King's) Birthday, the first Monday of June, as :data:`FLOATING_HOLIDAYS` writes a rule."""

CAPITALIZED_HOLIDAYS: dict[str, str] = {
    "epiphany": "He had an epiphany in the shower.", "family day": "The zoo made it a family day out.",
    "cup day": "It was a big cup day for the club.",
}
"""Holiday names that are common words when written in lower case, with an example of the word (a holiday only as
"Epiphany")."""

RELATIVE_HOLIDAYS: dict[str, tuple[int, int, int, int]] = {
    "election day": (11, 1, 1, 1), "black friday": (11, 4, 4, 1), "cyber monday": (11, 4, 4, 4),
    "victoria day": (5, 1, -1, -7),
}  # fmt: skip
"""Holidays a number of days after the n-th weekday of a month: (month, ISO weekday, n, days after).
Example: "Election Day 2024" (the Tuesday after the first Monday of November) -> 2024-11-05; "Black Friday 2024"
(the day after Thanksgiving) -> 2024-11-29."""

EASTER_HOLIDAYS: dict[str, int] = {"easter": 0, "easter sunday": 0, "easter day": 0, "good friday": -2, "easter monday": 1,
                                   "easter bank holiday": 1,
                                   "palm sunday": -7, "ash wednesday": -46, "pentecost": 49, "fat tuesday": -47,
                                   "shrove tuesday": -47, "mothering sunday": -21, "easter saturday": -1, "holy thursday": -3,
                                   "pancake tuesday": -47, "pancake day": -47, "mardi gras": -47, "maundy thursday": -3,
                                   "holy saturday": -1, "whit monday": 50, "whitsun": 49, "ascension day": 39,
                                   "feast of the ascension": 39, "ascension thursday": 39,
                                   "whit sunday": 49}  # fmt: skip
"""Holidays counted in days from Western Easter Sunday.  Example: "Easter 2024" -> 2024-03-31."""

LUNAR_HOLIDAYS: dict[str, tuple[str, int, str]] = {
    "lunar new year": ("lunar new year", 2, "Markets in Seoul close for the Lunar New Year."),
    "chinese new year": ("lunar new year", 2, "Factories shut for Chinese New Year."),
    "seollal": ("lunar new year", 2, "Families travel home for Seollal."),
    "spring festival": ("lunar new year", 2, "Factories close for the Spring Festival."),
    "tet": ("lunar new year", 2, "Food prices soared ahead of Tet."),
    "lantern festival": ("lantern festival", 2, "The celebrations end with the Lantern Festival."),
    "dragon boat festival": ("dragon boat festival", 6, "Crews raced on the Dragon Boat Festival."),
    "mid-autumn festival": ("mid-autumn festival", 9, "Mooncakes sell out before the Mid-Autumn Festival."),
    "chuseok": ("mid-autumn festival", 9, "Millions travel home for Chuseok."),
    "rosh hashanah": ("rosh hashanah", 9, "The talks resume after Rosh Hashanah."),
    "rosh hashana": ("rosh hashanah", 9, "The talks resume after Rosh Hashana."),
    "jewish new year": ("rosh hashanah", 9, "The talks resume after the Jewish New Year."),
    "yom kippur": ("yom kippur", 9, "Israel came to a halt on Yom Kippur."),
    "passover": ("passover", 4, "The family gathered for Passover."),
    "pesach": ("passover", 4, "The family gathered for Pesach."),
    "hanukkah": ("hanukkah", 12, "The menorah was lit on Hanukkah."),
    "chanukah": ("hanukkah", 12, "The menorah was lit on Chanukah."),
    "eid al-fitr": ("eid al-fitr", 6, "Prayers marked Eid al-Fitr."),
    "eid ul-fitr": ("eid al-fitr", 6, "Prayers marked Eid ul-Fitr."),
    "eid-ul-fitr": ("eid al-fitr", 6, "Prayers marked Eid-ul-Fitr."),
    "idul fitri": ("eid al-fitr", 6, "Millions travel home before Idul Fitri."),
    "hari raya aidilfitri": ("eid al-fitr", 6, "Malaysians went home for Hari Raya Aidilfitri."),
    "hari raya puasa": ("eid al-fitr", 6, "Shops close for Hari Raya Puasa."),
    "lebaran": ("eid al-fitr", 6, "Millions travel home before Lebaran."),
    "ramadan feast": ("eid al-fitr", 6, "Turks travel home for the Ramadan Feast."),
    "seker bayrami": ("eid al-fitr", 6, "Turks travel home for Seker Bayrami."),
    "şeker bayramı": ("eid al-fitr", 6, "Turks travel home for Şeker Bayramı."),
    "ramazan bayrami": ("eid al-fitr", 6, "Turks travel home for Ramazan Bayrami."),
    "ramazan bayramı": ("eid al-fitr", 6, "Turks travel home for Ramazan Bayramı."),
    "eid al-adha": ("eid al-adha", 8, "Pilgrims gathered before Eid al-Adha."),
    "eid ul-adha": ("eid al-adha", 8, "Pilgrims gathered before Eid ul-Adha."),
    "eid-ul-adha": ("eid al-adha", 8, "Pilgrims gathered before Eid-ul-Adha."),
    "idul adha": ("eid al-adha", 8, "Cattle markets were busy before Idul Adha."),
    "hari raya haji": ("eid al-adha", 8, "Goats were sold before Hari Raya Haji."),
    "kurban bayrami": ("eid al-adha", 8, "Roads were busy before Kurban Bayrami."),
    "feast of the sacrifice": ("eid al-adha", 8, "Roads were busy before Feast of the Sacrifice."),
    "feast of sacrifice": ("eid al-adha", 8, "Roads were busy before Feast of Sacrifice."),
    "kurban bayramı": ("eid al-adha", 8, "Roads were busy before Kurban Bayramı."),
    "diwali": ("diwali", 11, "Sweet shops were busy before Diwali."),
    "deepavali": ("diwali", 11, "Sweet shops were busy before Deepavali."),
}  # fmt: skip
"""Holidays of the Chinese, Korean, Hebrew, Islamic and Hindu calendars: each name's column of
``timeline/data/lunar_holidays.tsv`` (the date in each year, 1947-2100, Diwali 2001-2035, written by ``tools/lunar_holidays.py``),
a month it often falls in, and an example.  Example: "after Rosh Hashanah" (1993-09-14) -> 1993-09-16."""

FUTURE_MARKERS: dict[str, frozenset[str]] = {
    "will": frozenset(), "'ll": frozenset(), "shall": frozenset(), "won't": frozenset(), "would": frozenset(),
    "should": frozenset(), "upcoming": frozenset(), "tomorrow": frozenset(), "soon": frozenset(),
    "resume": frozenset(), "next": frozenset({"to", "door"}), "must": frozenset({"have"}),
    "might": frozenset({"have"}), "if": frozenset(), "unless": frozenset(),
    "could": frozenset({"have", "not", "n't", "be"}), "can": frozenset({"not"}), "may": frozenset({"have", "be"}),
}  # fmt: skip
"""Words that put a clause in the future (for weekdays and months with no year), with the following words that
cancel them ("next to the embassy").  Example: "will meet on Thursday" -> the next Thursday; "said it would resume
talks Monday" -> the next Monday; "If weather forces a delay Thursday" (a condition) -> the next Thursday; "could
light up the sky early Sunday", "can only reach the area by Saturday", "may see the display early Sunday" -> the
next ones (not "could not confirm Monday", "could be located Monday", "may have left", "may be inadequate"; the
month "May" is told apart by its capital)."""

_WEATHER_OBJECTS = frozenset(
    {"temperatures", "rain", "snow", "showers", "thunderstorms", "storms", "highs", "lows", "clearing", "sunny",
     "sunshine", "heavy", "more", "freezing", "winds", "gusts", "sleet", "fog"}
)  # fmt: skip
"""What a forecaster predicts: "predicted temperatures near 100" looks ahead (but "predicted a landslide in
November" may be a prediction made long ago)."""

INTENT_CUES: dict[str, tuple[frozenset[str], str]] = {
    "plans": (frozenset({"to", "a", "an"}), "The company plans to sell the unit in June."),
    "plan": (
        frozenset({"to", "a", "an", "rallies", "protests", "demonstrations", "marches", "strikes", "vigils", "talks"}),
        "They plan to meet Thursday.",
    ),
    "has": (frozenset({"to"}), "That has to change on Thursday."),
    "needs": (frozenset({"to"}), "The team needs to win on Thursday."),
    "need": (frozenset({"to"}), "We need to win on Thursday."),
    "planned": (frozenset(), "Protesters planned a demonstration on Thursday."),
    "planning": (frozenset(), "Exiles are planning a rally Thursday."),
    "scheduled": (frozenset(), "The vote is scheduled for Thursday."),
    "slated": (frozenset(), "Hearings are slated for June."),
    "expected": (frozenset(), "A verdict is expected Thursday."),
    "expects": (frozenset(), "The firm expects to close the deal in June."),
    "expect": (frozenset(), "Forecasters expect snow on Thursday."),
    "intends": (frozenset(), "She intends to resign in June."),
    "intend": (frozenset({"to"}), "We intend to file on Thursday."),
    "set": (frozenset({"to", "for", ""}), "The vote is set for Thursday."),
    "due": (
        frozenset({"to", "on", "for", "in", "out", "back", "after", "before", "by", "here", "there", "home", ""}),
        "Results are due Thursday.",
    ),
    "poised": (frozenset(), "The bill is poised to pass in June."),
    "have": (frozenset({"to"}), "We have to hold on until Thursday."),
    "hope": (frozenset({"to"}), "Firefighters hope to contain the blaze by Thursday."),
    "hoped": (frozenset({"to"}), "Rescuers hoped to break through early Thursday."),
    "chance": (frozenset({"of"}), "Forecasters give a 40 per cent chance of showers Thursday evening."),
    "holds": (frozenset(), "Parliament holds its first session on Thursday."),
    "prepare": (frozenset({"to", "for"}), "The hosts prepare to face Croatia in Thursday's opening match."),
    "reports": (
        frozenset({"results", "earnings", "first-quarter", "second-quarter", "third-quarter", "fourth-quarter",
                   "quarterly", "its", "their"}),
        "IBM reports earnings on Thursday.",
    ),
    "prepares": (frozenset({"to", "for"}), "The team prepares for Thursday's final."),
    "preparing": (frozenset({"to", "for"}), "Officials are preparing for Thursday's vote."),
    "likely": (frozenset(), "Showers are likely Thursday."),
    "forecasting": (frozenset(), "Forecasters are forecasting sunshine for Thursday."),
    "forecasts": (frozenset(), "The agency forecasts rain for Thursday."),
    "hopes": (frozenset({"to"}), "The airline hopes to resume flights on Thursday."),
    "hoping": (frozenset({"to", "that", "for"}), "The carriers are hoping that fares recover by Thursday."),
    "agreed": (frozenset({"to"}), "The two sides agreed to return to the bargaining table Thursday morning."),
    "certain": (frozenset({"to"}), "The ECB is all but certain to raise interest rates on Thursday."),
    "wants": (
        frozenset({"to", "workers", "them", "the", "a", "an"}),
        "The authority wants workers to pay more starting Thursday.",
    ),
    "forecast": (frozenset(), "Rain is forecast for Thursday."),
    "calling": (frozenset({"for"}), "Forecasters are calling for snow on Thursday."),
    "predicted": (_WEATHER_OBJECTS, "Forecasters predicted temperatures near 100 degrees through Thursday."),
    "predict": (_WEATHER_OBJECTS, "Forecasters predict heavy rain on Thursday."),
    "predicts": (_WEATHER_OBJECTS, "The weather service predicts snow for Thursday."),
    "predicting": (_WEATHER_OBJECTS, "Forecasters are predicting showers Thursday evening."),
    "takes": (frozenset({"place", "effect", "office", "over"}), "The final round of voting takes place on Thursday."),
    "take": (frozenset({"place", "effect", "office", "over"}), "The new rules take effect in June."),
}  # fmt: skip
"""Words of intent or schedule before an expression that look ahead, with the word that must follow them ("" = the
expression itself; none listed = any), and an example.  "set" and "due" need a follower: "a record high set on
Aug. 6" is past.  Example: "The team planned to leave Nairobi on Thursday" -> the next Thursday."""

PRESENT_INTENT: dict[str, str] = {
    "plans": "On Sunday, the league plans to hold a news conference.",
    "plan": "On Sunday, the unions plan to march.",
    "intends": "On Sunday, the minister intends to speak.",
    "intend": "On Sunday, the rebels intend to free the hostages.",
    "expects": "On Sunday, the company expects to name a chief.",
    "expect": "On Sunday, forecasters expect snow.",
}  # fmt: skip
"""Intent in the present tense after an expression: what is intended now lies ahead ("On Tuesday, the league plans
to hold a news conference" -> the next Tuesday), unlike intent in the past, which may tell when the plan was made
("On Friday, the government planned to pay"), with an example each."""

PRESENT_BE: dict[str, str] = {
    "is": "The cinema is showing the film on Saturday.",
    "are": "On Thursday, services are expected to start.",
    "am": "I am flying to Boston on Saturday.",
    "i'm": "I'm thinking about Saturday.",
    "we're": "We're playing them on Saturday.",
    "they're": "They're meeting the mayor on Saturday.",
}  # fmt: skip
"""The present of "be", which with an -ing form ("is showing") or an intent ("are expected to") tells an
arrangement ahead, with an example each whose day lies ahead."""

RELATIVE_PRONOUNS: dict[str, str] = {
    "who": "He will be without a guard who tore his tendon in December.",
    "which": "It will drop the plan which failed in December.",
    "that": "It will drop the plan that failed in December.",
}  # fmt: skip
"""Words that open a relative clause, whose own past verb does not take the tense of the clause around it, with an
example each whose month lies behind."""

THAT_CLAUSE_VERBS: dict[str, str] = {
    verb: f"The agency {verb} that July was the hottest month on record."
    for verb in ("said", "says", "say", "reported", "announced", "warned", "confirmed", "noted", "added", "stated",
                 "insisted", "argued", "claimed", "admitted", "estimated", "predicted", "showed", "shows", "suggests",
                 "suggested", "believes", "believed")
}  # fmt: skip
"""Verbs of saying or finding before "that" and a month or season: the conjunction, not a determiner ("confirmed
that July was the hottest month" -> July of this year, not "that July" of a story), each with an example (besides
"told <someone> that")."""

REPORTING_VERBS: dict[str, str] = {
    "said": "Hu is expected to hold talks on Sunday, Liu said.",
    "says": "Hu is expected to hold talks on Sunday, Liu says.",
    "told": "Hu is expected to hold talks on Sunday, an aide told reporters.",
    "added": "Hu is expected to hold talks on Sunday, Liu added.",
    "reported": "Hu is expected to hold talks on Sunday, the agency reported.",
    "announced": "Hu is expected to hold talks on Sunday, the ministry announced.",
    "according to": "Hu is expected to hold talks on Sunday, according to aides.",
}  # fmt: skip
"""Reporting words of a clause after a comma: not the verb of the date before them, with an example each whose
Sunday lies ahead."""

THAT_OPENERS: dict[str, str] = {
    word: f"They met in the summer of 1974, {word} that fall readers raised money."
    for word in ("and", "but", "in", "during", "by", "until", "till", "since", "through", "throughout", "of", "from",
                 "for", "after", "before")
} | {
    word: f"They met in the summer of 1974 and {word} that fall in Houston."
    for word in ("spent", "spend", "spends", "spending", "passed", "remembers", "recalled")
}  # fmt: skip
"""Words before "that" when "that fall" or "that spring" names a season ("and that fall readers raised money", "spent
that fall in Houston"), not a relative clause ("prices that fall"), each with an example."""

CLAUSE_VERBS: dict[str, str] = {
    word: f"They said that June {word} hard."
    for word in ("would", "will", "was", "were", "is", "are", "could", "should", "might", "must", "can", "has", "had",
                 "have")
}  # fmt: skip
"""Verbs right after "that June": the month is the subject of the clause "that" opens, not "that June" of a story
(besides any word in -ed), each with an example."""

GAME_CLOCK_AFTER: dict[str, str] = {
    "left": "He scored with 2:05 left.", "remaining": "He scored with 2:05 remaining.",
    "to play": "He scored with 2:05 to play.", "to go": "He scored with 2:05 to go.",
}  # fmt: skip
"""Words after a minutes:seconds figure that make it a game clock, not a time of day, with an example each."""

CLOCK_TOKENS = frozenset({"a", "p", "m", "am", "pm", "noon", "midnight", "midday", "on", "gmt", "utc"})
"""The words of a clock time and the "on" after it, read past to find what leads the day that follows: "until 1
p.m. on Monday" reads as "until Monday"."""

OPEN_AS_ADJECTIVE: dict[str, str] = {
    "kept": "Precincts kept polls open on Thursday.",
    "keep": "They will keep the polls open on Thursday.",
    "left": "They left the doors open on Thursday.",
    "stayed": "The shops stayed open late on Thursday.",
    "remained": "The border remained open on Thursday.",
    "was": "The road was open on Thursday.",
    "were": "The polls were open on Thursday.",
    "threw": "East Germany threw open its border on Thursday.",
    "thrown": "The gates were thrown open on Thursday.",
    "flung": "The museum flung open its doors on Thursday.",
}  # fmt: skip
"""Words after which "open" is an adjective, not the schedule verb of "Polls open Thursday" (each example's date lies
behind, or ahead for its own reason)."""

STANDING_VERBS: dict[str, str] = {
    "is": "The offer is valid until Thursday.",
    "are": "The shops are closed until Thursday.",
    "remains": "The road remains shut until Thursday.",
    "remain": "Schools remain closed through Thursday.",
    "runs": "The exhibition runs through Thursday.",
    "run": "The hearings run until Thursday.",
    "lasts": "The ceasefire lasts until Thursday.",
    "stays": "The ban stays in force until Thursday.",
    "stay": "The troops stay until Thursday.",
    "continues": "The sale continues through Thursday.",
    "continue": "Talks continue until Thursday.",
    "keep": "The authorities said they would keep the schools closed until Thursday.",
    "keeps": "The council keeps the pool shut until Thursday.",
    "booked": "Trains were fully booked until Thursday.",
}  # fmt: skip
"""Present-tense verbs of a state that is still running: before a deadline ("until", "through", "by", "before")
they put its date ahead ("The offer is valid until August" -> the next August), with an example each."""

STANDING_DEADLINES = frozenset({"until", "till", "through", "by", "before"})
"""Words between a verb of :data:`STANDING_VERBS` and the date that ends the state.  Not "for" or "to": "Sales
are up 5% for March" may name a month gone by."""

SCHEDULE_VERBS: dict[str, str] = {
    "meets": "The Fed meets Thursday to set rates.",
    "begins": "The trial begins Thursday in Boston.",
    "starts": "The strike starts Thursday at dawn.",
    "opens": "The exhibition opens Thursday.",
    "ends": "The consultation ends in June.",
    "resumes": "Parliament resumes Thursday after the recess.",
    "reopens": "The border reopens Thursday.",
    "convenes": "The panel convenes Thursday.",
    "arrives": "The envoy arrives Thursday in Kyiv.",
    "leaves": "The pope leaves Thursday for Africa.",
    "travels": "The president travels to Ohio on Thursday.",
    "visits": "The king visits Paris in June.",
    "makes": "The pope makes his first visit to Africa on Thursday.",
    "gets": "The president-elect gets his first intelligence briefing Thursday.",
    "takes": "The new chairman takes office on Saturday.",
    "delivers": "The president delivers a speech in Ohio on Wednesday.",
    "celebrates": "The school celebrates its centenary on Friday.",
    "debuts": "The series debuts Sunday on HBO.",
    "premieres": "The film premieres Friday in Cannes.",
    "hosts": "Brazil hosts the summit in June.",
    "testifies": "The chief executive testifies Thursday before Congress.",
    "expires": "The ceasefire expires on Thursday.",
    "kicks": "The tournament kicks off Thursday.",
    "returns": "She returns to work on Thursday.",
    "departs": "The flotilla departs Thursday for Gaza.",
    "heads": "The chancellor heads to Beijing on Thursday.",
    "turns": "The diner turns 50 on Thursday.",
    "appears": "Her final column appears Thursday.",
    "signs": "The presenter signs off on Thursday.",
    "end": "The talks end Thursday.",
    "concludes": "The series concludes on Thursday.",
    "head": "Lawmakers head home Thursday to campaign.",
    "host": "The Lakers host the Magic on Thursday night.",
    "releases": "The Labor Department releases the consumer price index Thursday.",
    "unveils": "The carmaker unveils its new model in June.",
    "plays": "The champion plays again on Thursday.",
    "closes": "Voting closes on Thursday.",
    "await": "Traders await Thursday's jobs report.",
    "awaits": "The market awaits Thursday's jobs report.",
    "faces": "The team faces Brazil on Thursday.",
    "open": "Polls open Thursday.",
    "tees": "The champion tees off Thursday.",
    "goes": "The phone goes on sale Thursday.",
    "lands": "The plane lands on Thursday.",
    "wraps": "The series wraps up Thursday.",
    "moves": "If it rains, the show moves to Thursday.",
    "go": "Tickets go on sale Thursday.",
    "continues": "The carnival continues on Thursday.",
    "opening": "Leaders gather ahead of the summit opening Thursday.",
    "meet": "The two leaders meet separately Thursday with the envoy.",
    "flies": "The team flies to Atlanta on Thursday afternoon.",
    "brings": "Thursday brings the auction of new notes.",
    "reopen": "Chinese markets reopen on Thursday after the holiday.",
    "return": "The judge told the jurors to return at 9:30 a.m. Thursday.",
    "play": "The 49ers play at Atlanta on Thursday in a playoff game.",
    "runs": "Johnson, who runs in the 200 meters final on Thursday, said he felt safe.",
    "begin": "Talks begin Thursday in Geneva.",
    "comes": "The book comes out Thursday.",
    "come": "Britain's first medal hopes come on Thursday.",
    "start": "We start the night shift on Thursday.",
    "resume": "Negotiations resume Thursday.",
    "arrive": "The inspectors arrive Thursday in Baghdad.",
    "hears": "The court hears the first arguments of its new term on Thursday.",
    "fly": "The teams fly to Memphis on Thursday.",
    "face": "Bus passengers face longer waits from Thursday.",
}  # fmt: skip
"""Present-tense verbs of a schedule: news writes coming events in the present ("meets Thursday"), so they look
ahead like "will", with an example each.  Example: "The Fed meets Thursday" -> the next Thursday."""

DELAY_VERBS: dict[str, str] = {
    "postponed": "Officials postponed until Thursday any action on the permit.",
    "delayed": "The court delayed the hearing until Thursday.",
    "deferred": "The board deferred the vote to Thursday.",
    "adjourned": "The judge adjourned the trial until Thursday.",
    "extended": "The agency extended the deadline until Thursday.",
    "given": "The relatives have been given until Thursday to sign.",
    "gave": "The agency gave the family until Thursday to reply.",
    "moved": "The council moved the vote to Thursday.",
    "pushed": "Organizers pushed the launch back to Thursday.",
    "cancelled": "Airlines cancelled all flights until Thursday.",
    "canceled": "Airlines canceled all flights until Thursday.",
    "grounded": "Regulators grounded the fleet until Thursday.",
    "cancel": "The airline had been forced to cancel all flights until Thursday.",
    "suspend": "The airline will suspend its flights until Thursday.",
    "suspended": "The airline suspended its flights until Thursday.",
    "called": "The opposition leader has called a march for Thursday.",
    "ordered": "The governor ordered flags flown at half-staff through Thursday.",
    "organized": "Her students have organized a farewell dinner for Thursday.",
    "organised": "Her students have organised a farewell dinner for Thursday.",
    "arranged": "The family has arranged a memorial service for Thursday.",
    "pushes": "Rain pushes the game to Thursday.",
    "scrapped": "Airlines scrapped more than 6,000 flights through Thursday.",
    "postpones": "The league postpones the final to Thursday.",
}  # fmt: skip
"""Verbs that move a date later: with "until" or "to" before the date, it lies ahead whatever their tense, with
an example each.  Example: "postponed until Tuesday morning" (on a Thursday) -> the next Tuesday."""

PAST_PLANS: dict[str, str] = {
    "scheduled": "The probe was scheduled to fly in July.",
    "slated": "The probe was slated to fly in July.",
    "supposed": "The probe was supposed to fly in July.",
}  # fmt: skip
"""Participles of a plan that after "was"/"were" put the date planned on the nearest one either way, with an
example each (read in September: the July gone by)."""

LEAD_CUES: dict[str, tuple[str, str]] = {
    "as early as": ("future", "The father could come to the U.S. as early as Thursday."),
    "as soon as": ("future", "The group would be ready to leave as soon as Thursday."),
    "as late as": ("future", "Officials said the lines could stay shut, possibly as late as Thursday."),
    "payable": ("future", "The dividend is payable Jan. 2."),
    "payable on": ("future", "The dividend is payable on Jan. 2."),
    "since": ("past", "Prices have risen since June."),
    "ever since": ("past", "Relations have been tense ever since June."),
    "ahead of": ("future", "Campaigning stopped ahead of Thursday's vote."),
    "is": ("future", "The primary is Thursday."),
    "are": ("future", "The finals are Thursday."),
    "is on": ("future", "The hearing is on Thursday."),
    "is at": ("future", "Kickoff is at 7:30 p.m. Thursday."),
    "tickets for": ("future", "Tickets for Thursday's game remain on sale."),
    "ahead with": ("future", "The junta said it will go ahead with Thursday's referendum."),
    "the year to": ("past", "The carrier lost 401 million pounds in the year to March."),
    "are at": ("future", "The finals are at 2 p.m. Thursday."),
    "have until": ("future", "They told us we have until Thursday."),
    "has until": ("future", "The company has until Thursday to respond."),
    "are on": ("future", "The hearings are on Thursday."),
    "starting": ("future", "Starting Thursday, shops can open late."),
    "beginning": ("future", "Beginning Thursday, the bridge is closed."),
    "starting at": ("nearest", "The mayor ordered the parks closed starting at noon Thursday."),
    "beginning at": ("nearest", "The mayor ordered the parks closed beginning at noon Thursday."),
    "starting on": ("nearest", "The president declared three days of mourning starting on Thursday."),
    "beginning on": ("nearest", "The government declared a holiday beginning on Thursday."),
    "retroactive to": ("past", "The raise is retroactive to Thursday."),
    "date back to": ("past", "The first case may date back to Thursday."),
    "dates back to": ("past", "The first case dates back to Thursday."),
    "dating back to": ("past", "Cases dating back to Thursday were reviewed."),
    "beyond": ("future", "Ministers refused to extend the bailout beyond Thursday."),
    "coming up on": ("future", "Coming up on Thursday, retail sales."),
    "coming": ("future", "With the deadline coming Thursday, police added patrols."),
    "turn to": ("future", "Traders turn to Thursday's report."),
    "turns to": ("future", "Attention turns to Thursday's report."),
    "shifts to": ("future", "Attention shifts to Thursday's report."),
    "focusing on": ("future", "Economists are focusing on Thursday's report."),
    "focus on": ("future", "Economists focus on Thursday's report."),
    "waiting for": ("future", "People are just waiting for Thursday."),
    "looking to": ("future", "Investors are looking to Thursday's jobs report."),
    "look to": ("future", "Investors look to Thursday's jobs report."),
    "looking ahead to": ("future", "Investors are looking ahead to Thursday's report."),
    "closing price on": ("past", "Holders will get a 21 percent premium to the closing price on Thursday."),
    "unlikely before": ("future", "Diplomats said a vote was unlikely before Thursday."),
    "likely on": ("future", "The Met Office said snow showers were likely on Thursday."),
    "could be": ("future", "The utility said it could be Thursday before power is restored."),
    "falls on": ("future", "The anniversary of the crash falls on Thursday."),
    "might be": ("future", "Officials said it might be Thursday before the road reopens."),
    "likely before": ("future", "The figures made another rate cut likely before Thursday's meeting."),
    "likely before the": ("future", "The figures made another rate cut likely before the June meeting."),
    "possible": ("future", "Snow possible Thursday"),
    "on the way": ("future", "More snow is on the way Thursday."),
    "rescheduled for": ("future", "The fireworks show has been rescheduled for Thursday."),
    "plan for": ("future", "At my age, you plan for Thursday."),
    "may be": ("future", "We were told this would be finished by March. Now it may be Thursday."),
    "are closed": ("nearest", "All county schools are closed Thursday."),
    "is closed": ("nearest", "The courthouse is closed Thursday."),
    "are open": ("nearest", "The polls are open Thursday from 7 a.m."),
    "is open": ("nearest", "The museum is open Thursday."),
    "planning for": ("future", "Organizers are planning for Thursday."),
    "mourning on": ("nearest", "Sri Lanka has declared a national day of mourning on Thursday."),
    "mourning for": ("nearest", "The president declared a day of mourning for Thursday."),
    "effect from": ("nearest", "The weather service issued a blizzard watch, in effect from 6 a.m. Thursday."),
    "effect until": ("nearest", "Officials declared a curfew, in effect until 6 a.m. Thursday."),
    "called off": ("nearest", "Several districts have already called off Thursday classes."),
    "canceled": ("nearest", "Organizers canceled Thursday's parade."),
    "cancelled": ("nearest", "Organisers cancelled Thursday's parade."),
    "closures for": ("nearest", "Dozens of districts announced closures for Thursday as the storm neared."),
    "closings for": ("nearest", "Several schools announced closings for Thursday."),
}  # fmt: skip
"""Words right before an expression that settle its direction whatever the verb, with an example: "future",
"past", or "nearest" for the day nearest the publication date either way ("an ultimatum ... starting at noon
Saturday", read on a Monday, is the Saturday just gone).  Example: "as early as Tuesday" -> the next Tuesday."""

OPENING_LEADS = frozenset({"starting", "beginning", "starting at", "beginning at", "starting on", "beginning on"})
"""Leads of :data:`LEAD_CUES` that a past verb in the clause after them overrides: "Starting Friday, shops can open
late" looks ahead, "Starting Friday, police searched the area" tells a story in the past."""

NOT_PAST = frozenset(
    """hundred indeed proceed succeed exceed speed embed based located related called named alleged armed united
    limited advanced unprecedented concerned interested supposed detailed scattered isolated""".split()
)
"""Words ending in -ed that do not put a clause in the past.  Example: "a company based in Ohio"."""

UN_VERBS: dict[str, str] = {
    "unveiled": "The company unveiled its plan in June.",
    "unleashed": "The storm unleashed heavy rain in June.",
    "uncovered": "Police uncovered the plot in June.",
    "unearthed": "Workers unearthed the remains in June.",
    "unlocked": "Engineers unlocked the gates in June.",
    "unloaded": "Dockers unloaded the ship in June.",
    "unfolded": "The drama unfolded in June.",
    "unraveled": "The deal unraveled in June.",
    "unravelled": "The deal unravelled in June.",
    "unsettled": "The news unsettled markets in June.",
    "unnerved": "The blast unnerved residents in June.",
    "unified": "The factions unified in June.",
    "unseated": "Voters unseated the mayor in June.",
    "unmasked": "Reporters unmasked the author in June.",
    "unplugged": "The utility unplugged the plant in June.",
    "unpacked": "The team unpacked its gear in June.",
    "unblocked": "Protesters unblocked the road in June.",
}  # fmt: skip
"""Verbs in un-...-ed, each with an example whose month lies behind (2024-06 read on 2025-03-18).  Any other word
of that shape but under-...-ed is an adjective and tells no tense: "on a still unspecified date in January", "an
undisclosed sum", "an unnamed official" ("underscored" is a verb)."""

AS_PLANNED_ADVERBS: dict[str, str] = {
    "previously": "The offensive began as previously planned in June.",
    "originally": "The vote was held as originally scheduled in June.",
    "initially": "The talks opened as initially planned in June.",
    "earlier": "The talks opened as earlier planned in June.",
    "first": "The talks opened as first planned in June.",
}  # fmt: skip
"""Adverbs of "as previously planned": the intent of a manner clause ("as planned", "as expected") tells no tense,
the verb it qualifies does, with an example each whose month lies behind."""

FINAL_LAST_BEFORE: dict[str, str] = {
    "'s": "May will be the girl's last month at the school.",
    "his": "It was his last year in office.",
    "her": "It was her last week at the paper.",
    "its": "The plant is in its last month of operation.",
    "their": "The troops spent their last day in camp.",
    "my": "This is my last year on the board.",
    "our": "It is our last week here.",
    "your": "Enjoy your last month of freedom.",
}  # fmt: skip
"""Possessives after which "last" means "final": "the girl's last month" is no month before the publication date,
with an example each that has no expression."""

SPOKEN_CLOCK_BEFORE: dict[str, str] = {
    "at": "The lander touched down at one fifty-seven this afternoon.",
    "about": "It happened at about ten this morning.",
    "around": "It happened around ten this morning.",
    "by": "Crews were done by nine this morning.",
    "until": "The polls stay open until eight tonight.",
    "till": "The polls stay open till eight tonight.",
    "before": "The storm hit shortly before six this morning.",
    "after": "The storm hit shortly after six this morning.",
    "since": "Rescuers have worked since five this morning.",
    "from": "The talks ran from ten this morning.",
    "to": "The vote was moved to four this afternoon.",
}  # fmt: skip
"""Signals that must stand before a clock time said in words with no "o'clock" and no "a.m." ("ten this morning"),
with an example each: "Game one this afternoon" is a game, not 1 p.m."""

DATA_NOUNS: dict[str, str] = {
    "orders": "The department will report September durable-goods orders on Thursday.",
    "sales": "The department will report September retail sales on Thursday.",
    "figures": "The agency will publish September trade figures on Thursday.",
    "figure": "The agency will publish the September trade figure on Thursday.",
    "data": "The agency will publish September housing data on Thursday.",
    "employment": "Economists are focusing on the report on September employment.",
    "payrolls": "Economists expect September payrolls to rise.",
    "inflation": "Economists expect September inflation to slow.",
    "jobs": "The government will release the September jobs report on Thursday.",
    "numbers": "The agency will publish September trade numbers on Thursday.",
    "statistics": "The agency will publish September trade statistics on Thursday.",
    "output": "The agency will publish September factory output on Thursday.",
    "production": "The agency will publish September industrial production on Thursday.",
    "exports": "The agency will publish September exports on Thursday.",
    "imports": "The agency will publish September imports on Thursday.",
    "unemployment": "Economists expect September unemployment to rise.",
    "starts": "The department will report September housing starts on Thursday.",
    "prices": "The department will report September consumer prices on Thursday.",
    "growth": "The government will release its estimate of September growth on Thursday.",
    "inventories": "The Commerce Department releases September wholesale inventories on Thursday.",
}  # fmt: skip
"""Nouns of economic data that a month right before them (or one word before) is the period of: figures come out
after their month, so "report September durable-goods orders" (in October) is the September just gone, whatever
the tense, with an example each (read on 2025-10-15)."""

PAPER_NAME_WORDS: dict[str, str] = {
    "Quarterly": "The study appeared in Soil Science Quarterly.",
    "Weekly": "Coverage on Motorsport Weekly starts at noon.",
    "Daily": "The Gulf Coast Daily reported the flooding.",
    "Monthly": "She wrote for Atlantic Monthly for years.",
}  # fmt: skip
"""Set words that, capitalized after a capitalized word, close a publication's name and set no recurrence, with an
example each: "Motorsport Weekly"."""

PEAK_MONTH_WORDS: dict[str, str] = {
    word: f"April and May are the {word} months for tornadoes."
    for word in ("peak", "busiest", "wettest", "driest", "hottest", "coldest", "quietest", "worst", "best")
}  # fmt: skip
"""Words after "are the" and before "months" that make the months before them any year's, with an example each
("April and May are the peak months for tornadoes"; not in the past: "July was the hottest month on record")."""

HABITUAL_ADVERBS: dict[str, str] = {
    "usually": "The first snow usually comes in November.",
    "typically": "April is typically a busy month for tornadoes.",
    "normally": "The rainy season normally ends in April.",
    "generally": "The harvest generally begins in late August.",
    "traditionally": "The fair is traditionally held in early September.",
    "customarily": "The budget is customarily presented in March.",
    "annually": "The festival, held annually in late August, drew crowds.",
    "each year": "The ice peaks each year in March.",
    "every year": "Storms hit the coast every year in September.",
    "in most years": "In most years the river floods in April.",
    "tends to": "Demand tends to peak in December.",
}  # fmt: skip
"""Words that make the bare months and seasons of their clause a time of any year, with an example each: "The first
snow usually comes in November" -> ``XXXX-11`` (not the coming November)."""

MID_PERIOD_SIGNALS: dict[str, str] = {
    "by": "Rain is expected by midweek.", "until": "Showers last until midweek.",
    "till": "Showers last till midweek.", "before": "The deal should close before midweek.",
    "after": "It clears after midweek.", "at": "Prices peaked at midweek.", "from": "It turns dry from midweek.",
    "since": "Prices have slid since midweek.", "through": "The cold lasts through midweek.",
    "in": "The storm weakened in midweek.",
}  # fmt: skip
"""Signals that must stand right before "midweek" or "mid-century" for it to name a time, with an example each: "by
midweek" (not "a midweek game")."""

MONTH_EVENT_NOUNS: dict[str, str] = {
    "primary": "Stacey Abrams, who won May's Democratic primary, spoke.",
    "primaries": "Officials counted May's primaries slowly.",
    "election": "Voters recall May's local election well.",
    "elections": "May's elections left the council hung.",
    "referendum": "May's referendum was close.",
    "vote": "Officials counted May's vote slowly.",
    "poll": "May's poll showed a swing.",
    "meeting": "The board will revisit May's meeting.",
    "summit": "Leaders agreed at May's summit.",
    "auction": "May's auction raised $2 million.",
    "floods": "May's floods closed the road.",
    "storm": "May's storm felled trees.",
    "issue": "Readers liked May's issue.",
}  # fmt: skip
"""Nouns of an event that "May's" before them (or one or two words before) makes the month's ("won May's
Democratic primary"), unless the text names a person May ("Theresa May ... May's election gamble"), with an
example each."""

STRANDED_TO_BEFORE = frozenset({"in", "on", "at", "during", "earlier"})
"""Words after an intent's "to" that show it has no infinitive ("the reforms he agreed to in October": a stranded
preposition), so the intent does not point ahead."""

KIN_NOUNS: dict[str, str] = {
    **{word: f"He called his {word}, June, every night."
       for word in ("wife", "husband", "daughter", "son", "mother", "father", "sister", "brother", "widow", "widower",
                    "granddaughter", "niece", "aunt", "cousin", "girlfriend", "fiancee", "partner")},
    **{word: f"She called her {word}, May and Ruth, every night."
       for word in ("daughters", "sisters", "granddaughters", "nieces", "children")},
}  # fmt: skip
"""Nouns after which a month word is a first name ("his wife, June, every night"), with an example each that names
no month."""

DIRECTIVE_VERBS: dict[str, str] = {
    word: f"The judge {word} both sides to file briefs by Thursday."
    for word in ("asked", "ordered", "told", "urged", "directed", "instructed", "required", "allowed", "invited",
                 "asks", "tells", "urges", "advised", "advises", "encouraged", "encourages", "reminded",
                 "reminds")
}  # fmt: skip
"""Verbs of directing someone to act: the infinitive after them, and its date, lie ahead of the directive
("asked both sides to file briefs by 5 p.m. Monday" -> the next Monday), with an example each; not in the passive
("residents were ordered to leave their homes on Sunday" tells what was done; but "Drivers are advised to allow
extra time on Friday morning" is advice for what is still to come) and not for a bare clock time ("urged
residents to stay off the roads after 3 p.m.": that day)."""

NOUN_PAST_FORMS = frozenset({"shot", "hit", "cut", "spread", "set", "cost", "hurt", "bid", "split"})
"""Past forms that are also nouns: before a preposition, after a word that is not a form of "be", "have" or "get"
or a pronoun, they are the noun ("scheduled to receive a booster shot on Monday")."""

COORDINATORS = frozenset({"and", "but"})
"""Words that join a second predicate to a clause: an intent after them is not the date's own verb.
Example: "Families gathered on Wednesday evening and plan to hold one every night" -> the previous Wednesday."""

COORDINATED_AUXILIARIES = frozenset(
    {"will", "'ll", "shall", "won't", "would", "could", "should", "might", "must", "may", "can"}
)
"""Auxiliaries that open a second predicate after :data:`COORDINATORS` ("and will meet again"); not "if" ("and, if
necessary, a deciding game on June 17" still tells of the schedule)."""

PRESENT_PERFECT = frozenset({"have", "has", "'ve"})
"""Auxiliaries of the present perfect.  Example: "many banks have closed their branches until Monday"."""

PERFECT_DEADLINES: dict[str, str] = {
    "until": "Many banks have closed their branches until Thursday.",
    "till": "Many banks have closed their branches till Thursday.",
    "through": "The agency has ordered its systems staffed through Thursday.",
}  # fmt: skip
"""Signals after which a present perfect ("have closed ... until Monday") tells a state lasting till a date ahead,
with an example each."""

PERFECT_PAST = frozenset({"had", "hadn't"})
"""The past perfect before an intent: a plan overtaken, whose date may lie behind or ahead, so the nearest.
Example: "It had been due to expire Friday evening" (on a Monday) -> the previous Friday; "The season had been
scheduled to end April 15" (in March) -> the next April 15."""

FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "won't"})
"""Auxiliaries that put the verb group right before an expression in the future, whatever the participle."""

NAMED_EVENT_DAYS: dict[tuple[int, int], tuple[int, tuple[str, ...], str]] = {
    (9, 11): (
        2001,
        tuple(f"{kind}{noun}" for kind in ("", "terror ", "terrorist ") for noun in ("attack", "attacks", "hijackings")),
        "Stocks had their worst day since the Sept. 11 attacks.",
    ),
}  # fmt: skip
"""A month and day named without a year that the event after them dates, for a text written after it: (month, day)
-> (year, the event's nouns, an example).  Example: "since the Sept. 11 attacks" -> 2001-09-11."""

NOTICE_NOUNS: dict[str, str] = {
    "watch": "The weather service issued a flood watch from 8 p.m. Thursday.",
    "warning": "Forecasters issued a gale warning from noon Thursday.",
    "advisory": "The agency posted a wind advisory until 6 p.m. Thursday.",
    "alert": "Police put out a travel alert through Thursday.",
}  # fmt: skip
"""Notices whose span ("a flood watch from 8 p.m. Saturday") follows their issue: the day is the nearest one
whatever the verb of the issue, with an example each."""

WARNING_VERBS: dict[str, str] = {
    "warned": "Forecasters warned of heavy rain on Thursday.",
    "warn": "Forecasters warn of heavy rain on Thursday.",
    "warns": "The agency warns of heavy rain on Thursday.",
}  # fmt: skip
"""Verbs of warning that, with "of" after them, leave a weekday soon after on the nearest one either way: what is
warned of lies ahead of the warning ("warned of heavy rain on Thursday", read on a Wednesday, is the next day),
with an example each."""

NOTICE_SPAN_SIGNALS = frozenset({"from", "until", "till", "through", "between", "for"})
"""Words between a notice and the start or end of its span.  Example: "a wind advisory until 6 p.m. Monday"."""

DELAY_SIGNALS = frozenset({"until", "till", "to", "through", "for"})
"""Words between a verb of delay and the date it moves.  Example: "postponed until Tuesday"."""

DEADLINE_SIGNALS = frozenset({"to", "until", "till", "through", "by", "before", "for"})
"""Words before a date that make it a deadline, whose tense the verb does not tell.
Example: "the bid was extended to Nov. 20" may name a date after the publication date."""

PAST_MARKERS = frozenset(
    """was were had did said says told reported announced ago earlier yesterday previously been
    wasn't weren't didn't hadn't rose fell came went took made began became won lost met held left saw gave
    got sold bought brought thought found ran grew struck fought spoke wrote chose drove flew threw knew led
    paid sent spent stood sank shot slid spread stole swore tore woke wore hit cut quit broke died fled sued tied
    owed kept felt built caught taught meant lent dealt sought stuck swung hung rang sang drank froze shook
    laid heard blew hid rode sat swept wept withdrew upheld oversaw overtook undertook understood forgot
    forgave bent dug sped sprang swam""".split()
)
"""Words that put a sentence in the past.  Example: "met on Thursday" -> the previous Thursday."""

FINITE_PAST = frozenset("said says told was were had did wasn't weren't didn't hadn't".split())
"""Finite past verbs: after a future auxiliary they start another clause ("who will retire, said Monday").
Example: "The firm, which will move, said Monday it had sold the plant" -> the previous Monday."""

CLAUSE_TAKING_VERBS: dict[str, str] = {
    word: f"The finance chief {word} on a call this morning that July was the best month."
    for word in ("said", "says", "say", "told", "tells", "reported", "reports", "announced", "warned", "added", "noted",
                 "predicted", "hope", "hopes", "hoped", "expect", "expects", "expected", "believe", "believes",
                 "believed", "think", "thinks", "thought", "know", "knows", "knew", "argued", "insisted")
}  # fmt: skip
"""Verbs of saying or thinking: earlier in its sentence, one makes "that July was ..." what was said, not "that
July" (the month named before), with an example each."""

NOT_NOUNS_BEFORE_THAT = frozenset({"so", "such", "now", "is", "was", "are", "were"})
"""Words before "that" that are no noun for "that spring" to date: a copula or a conjunction ("so that June ...", "was
that May ..."); a verb that takes a clause ("knew that May was ...") is :data:`CLAUSE_TAKING_VERBS`, ruled out
anywhere earlier in the sentence."""

NAMED_SEASONS: dict[str, str] = {
    "flu": "Last flu season was the worst in a decade.",
    "influenza": "This influenza season started early.",
    "hurricane": "Forecasters expect a busy hurricane season; last hurricane season brought 14 storms.",
    "typhoon": "Last typhoon season brought 21 storms.",
    "monsoon": "Last monsoon season flooded the city.",
    "wildfire": "Last wildfire season burned 4 million acres.",
    "fire": "Last fire season burned 4 million acres.",
}  # fmt: skip
"""Words that name a kind of season of the year, between "last", "this" or "next" and "season": the year it falls in,
like a sports season ("last flu season" read in October 1999 -> 1998), with an example each."""

NATIONAL_DAYS: dict[str, str] = {
    "independence day": "Independence Day celebrations on June 12 were scaled down in Manila.",
    "republic day": "Republic Day celebrations on October 29 were cancelled.",
    "labour day": "Labour Day, which falls on October 24 this year, closes the council offices.",
    "labor day": "Labor Day, which falls on May 1, closes the banks in Manila.",
}  # fmt: skip
"""Holidays whose day differs from country to country: followed by the date it falls on ("Independence Day
celebrations on June 12"), the holiday is that date, not the day the holiday tables give, with an example each."""

NOT_SEASON_ADJECTIVES = frozenset({"that", "this", "last", "next", "the", "of", "in", "and", "or"})
"""Words between an article and a season that are no adjectives of it: "an inquiry that spring" is no "a ... spring"
described (:data:`timeline.extract._SEASON_AFTER_ADJECTIVES`)."""
