"""The tagger's rules: one pattern per kind of expression, built from the word tables, each with an example.

A rule's pattern is a template whose ``{NAME}`` slots are filled with named groups built from
:mod:`timeline.lexicon` tables.  Its builder turns the named groups of a match into an unresolved value
(:mod:`timeline.values`); modifiers (``pmod`` and ``qmod`` groups) are read the same way for every rule.
Every rule's example is tagged by ``tests/test_rules.py``.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from timeline import lexicon as lx
from timeline.model import Mod, TimexType
from timeline.regexcache import PatternCache, shared
from timeline.values import Calendar, Literal, Recurring, Relation, Shift, Unit, Unresolved

Groups = dict[str, str | None]


_ATOMS = {" ": r"\s+", "'": "['’]", "-": r"[-‐–\s]?", ".": r"\."}
"""How the special characters of a key are matched: a space by any white space, an apostrophe by either kind."""


def alternation(keys: Iterable[str], *, dotted: Iterable[str] = ()) -> str:
    """A regex matching any of ``keys`` (the longest where several fit), built as a trie so that it never
    backtracks over alternatives; keys in ``dotted`` may end in a full stop ("Sept.").

    >>> alternation(["may", "march", "mar"], dotted=["mar"])
    'ma(?:r(?:(?:ch|\\\\.))?|y)'
    """
    words, dotted_words = sorted(set(keys)), sorted(set(dotted))
    memo = "alternation:" + "\x1f".join(words) + "\x1e" + "\x1f".join(dotted_words)
    return shared().text(memo, lambda: _trie_alternation(words, set(dotted_words)))  # kept between runs


def _trie_alternation(keys: Iterable[str], dotted_keys: set[str]) -> str:
    """:func:`alternation` built afresh."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for key in keys:
        node = trie
        for atom in [_ATOMS.get(char, re.escape(char)) for char in key]:
            node = node.setdefault(atom, {})
        node[""] = {}
        if key in dotted_keys:
            node.setdefault(r"\.", {})[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:  # type: ignore[type-arg]
    """The regex of a trie whose edges are regex atoms; "" marks the end of a key."""
    return _trie_parts(node)[0]


def _trie_parts(node: dict) -> tuple[str, int]:  # type: ignore[type-arg]
    """The regex of a trie and the length in atoms of its longest key; branches that lead to longer keys come
    first (then by atom), so that the regex prefers the longest key."""
    children = sorted(
        (-depth, atom, regex) for atom, child in node.items() if atom for regex, depth in [_trie_parts(child)]
    )
    if not children:
        return "", 0
    branches = [atom + regex for _, atom, regex in children]
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return (f"(?:{body})?" if "" in node else body), 1 - children[0][0]


_ABBREVIATED_MONTHS = [key for key in lx.MONTHS if len(key) <= 4 and key not in ("may", "june", "july")]
_ABBREVIATED_DAYS = [key for key in lx.WEEKDAYS if len(key) <= 5 and not key.endswith("day")]
_NUMBER_COMPOUND = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:one|two|three|four|five|six|seven|eight|nine)"
)
_UNDER_HUNDRED = (
    rf"{_NUMBER_COMPOUND}|(?:t(?:wenty|hirty|hirteen|wo|hree|welve|en)|f(?:orty|ifty|ifteen|our(?:teen)?|ive)"
    r"|s(?:ixty|eventy|ixteen|eventeen|ix|even)|e(?:ighty|ighteen|ight|leven)|nine(?:ty|teen)?|one)(?![\w-])"
)
_HUNDREDS = rf"(?:a|one|two|three|four|five)\s+hundred\s+and\s+(?:{_UNDER_HUNDRED})"
"""A hundred and more in words.  Example: "a hundred and seven years"."""
_NUMBER = (
    rf"(?P<number>(?:\d+(?:\.\d+)?\s+(?:million|billion)(?=\s+years)|\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+1/2|\s*½)?|{_HUNDREDS}|{_NUMBER_COMPOUND}"
    rf"|{alternation(lx.NUMBER_WORDS)})(?:\s+and\s+a\s+half(?=\s)|-and-a-half(?=-))?"
    rf"|(?P<vague>{alternation(lx.VAGUE_NUMBERS)}))"
)
_RANGE = (
    rf"(?:(?:(?<=\bbetween\s)(?P<between>)|(?<!\bbetween\s))(?<!\bfrom\s)(?P<low>\d+(?:\.\d+)?|{_NUMBER_COMPOUND}"
    rf"|{alternation([word for word in lx.NUMBER_WORDS if word not in ('a', 'an')])})"
    r"(?(between)\s+and\s+|(?:(?<=\d)\s*[-–]\s*|[-–]to[-–]|\s+(?:to|or)\s+))(?=[\w.]+(?:\s+\w+)?[-\s]+[a-z]))?"
)
"""The low end of a range of counts; the range is one expression with an unknown count ("two to three weeks" ->
``PXW``; "a year or two" likewise; after "between", "two and 10 days").  Not after "from" or with "to" after
"between": "cut from 10 to five years" is five years, "between two to six days" six days (as TimeBank has it)."""
_HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
"""The hours of a clock said in words: "at nine o'clock", "half past eight"."""
_COUNT_WORDS = alternation([word for word, count in lx.NUMBER_WORDS.items() if count >= 2])
"""Counts of two or more in words, after a possessive's "first" or "last": "its first 100 days", "their first two
years" (not "his first day", a day of its own)."""

_CLOCK_SIGNAL_BEFORE = "|".join(
    rf"(?<=\b{word}\s{hour})" for word in sorted(lx.CLOCK_SIGNALS) for hour in (r"\d", r"1[0-2]")
)
"""A bare hour right after a signal of :data:`timeline.lexicon.CLOCK_SIGNALS` ("before 10 last night")."""
_SIGNAL_BEFORE = "|".join(rf"(?<=\b{word}\s)" for word in sorted(lx.CLOCK_SIGNALS))
"""Right after a signal of :data:`timeline.lexicon.CLOCK_SIGNALS` ("at half eleven")."""
_DOTTED_SIGNAL_BEFORE = "|".join(
    rf"(?<=\b{word}\s{hour}\.\d\d)" for word in sorted(lx.CLOCK_SIGNALS) for hour in (r"\d", r"1[0-2]")
)
"""A time with a dot and no a.m. or p.m. right after such a signal ("at 11.30 tonight"; not "fell 7.30 this
morning", a price)."""

_MINUTE_WORDS = (
    r"oh[-\s](?:one|two|three|four|five|six|seven|eight|nine)|(?:twenty|thirty|forty|fifty)(?:[-\s](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
)
"""Minutes said in words after an hour said in words, as broadcast transcripts write them: "one fifty-seven this
afternoon", "three-oh-six"."""
_WIRE_ZONES = tuple(lx.WIRE_ZONES)
"""Time zones after a four-digit wire clock time, besides GMT and UTC (:data:`timeline.lexicon.WIRE_ZONES`)."""
_WIRE_ZONE_CODES = "|".join(sorted((zone.upper() for zone in _WIRE_ZONES), key=len, reverse=True))
_ZONE = (
    rf"[ECMP][SD]?T|GMT|UTC|(?-i:{_WIRE_ZONE_CODES})|local\s+time"
    r"|(?-i:(?:Central|Eastern|Western)\s+European(?:\s+Summer)?|Greenwich\s+Mean|British\s+Summer)\s+[Tt]ime"
    r"|(?=(?-i:[A-Z]))(?:" + alternation(lx.ZONE_CITIES) + r")\s+time"
    r"|(?:eastern|central|mountain|pacific)(?:\s+(?:standard|daylight))?(?:\s+time)?"
    rf"(?!(?-i:\s+(?!(?:{'|'.join(day.capitalize() for day in lx.WEEKDAYS if day.endswith('day'))})\b)[A-Z]))"
)
"""A time zone after a clock time; it stays inside the expression but not in the value.  Example: "8 p.m. local
time"."""
_PMOD_KEYS = [key for key in lx.MODIFIERS_BEFORE if not key.endswith("-")]

HOLIDAY_NAMES = [*lx.HOLIDAYS, *lx.FLOATING_HOLIDAYS, *lx.EASTER_HOLIDAYS, *lx.RELATIVE_HOLIDAYS, *lx.LUNAR_HOLIDAYS]
"""Every holiday the tagger knows, by name."""

DAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
"""A weekday's name in full, without a group: "Monday through Friday"."""

SLOTS: dict[str, str] = {
    "MONTH": rf"(?P<month>{alternation(lx.MONTHS, dotted=_ABBREVIATED_MONTHS)})",
    "MONTHNAME": alternation(lx.MONTHS, dotted=_ABBREVIATED_MONTHS),
    "DAYNAME": DAY_NAME,
    "DAYWORDS": alternation(lx.DAY_ORDINALS),
    "WEEKDAY": rf"(?P<weekday>{alternation(lx.WEEKDAYS, dotted=_ABBREVIATED_DAYS)})",
    "DAY": rf"(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d|\.\d)|{alternation(lx.DAY_ORDINALS)}(?![-‐]\w))",
    "YEAR": r"(?P<year>1[0-9]\d\d|20\d\d|21\d\d)(?![\d])",
    "SEASON": rf"(?P<season>{alternation(lx.SEASONS)})",
    "POD": rf"(?P<pod>{alternation(lx.PARTS_OF_DAY)})",
    "NUMBER": _NUMBER,
    "RANGE": _RANGE,
    "UNIT": rf"(?P<unit>{alternation(lx.UNITS)})",
    "PLURALS": alternation(lx.UNIT_PLURALS),
    "CENTURYWORD": alternation(lx.CENTURY_WORDS),
    "ORSO": r"(?P<orso>\s+or\s+so\b)?",
    "TIMES": rf"(?:(?:\d+|{alternation(lx.NUMBER_WORDS)}|once)\s+(?:or|to)\s+)?"  # "two or three times a year"
    rf"(?:once|twice|thrice|(?:\d+|{alternation(lx.NUMBER_WORDS)}|several|many)\s+times)",
    "OFYEAR": r"(?P<ofyear>last|this|next|the\s+previous|the\s+following|the)\s+year",
    "ORDINAL": rf"(?P<ordinal>{alternation(lx.ORDINALS)})",
    "ORDWORD": alternation(lx.ORDINALS),
    "PMOD": rf"(?:(?P<pmod>{alternation(_PMOD_KEYS)})\s+|(?P<pmodh>early|late)-"
    r"|(?P<pmid>mid)(?:-|\s+|(?=\d)|(?=(?:morning|afternoon|day|week|month|year|summer|winter)\b)))?",
    "QMOD": rf"(?:(?P<qmod>{alternation(lx.QUANTITY_MODIFIERS)})\s+)?",
    "REL": rf"(?P<rel>{alternation(lx.RELATIONS)})",
    "DEICTIC": rf"(?P<deictic>{alternation(lx.DEICTIC_DAYS)})",
    "HOLIDAY": rf"(?P<holiday>{alternation(HOLIDAY_NAMES)})",
    "TIME": (
        rf"(?:(?P<hour>1[0-2]|0?[1-9]|(?<![-\w])(?:{_HOUR_WORDS}))"
        r"(?:[:.](?P<minute>[0-5]\d)(?::[0-5]\d)?)?\s*(?P<ampm>[ap]\.\s?m\.?|[ap]m\b)"  # "10:35:12 a.m.": to the minute
        rf"(?:\s+(?P<zone>{_ZONE})\b)?"
        rf"|(?P<hourpod>1[0-2]|0?[1-9]|{_HOUR_WORDS})"
        r"(?:[:.](?P<minutepod>[0-5]\d))?(?:\s+o['’]clock)?\s+"
        r"(?:in\s+the\s+(?P<podword>morning|afternoon|evening)|at\s+(?P<night>night))"
        rf"|(?P<hourock>1[0-2]|0?[1-9]|(?<![-\w])(?:{_HOUR_WORDS}))"
        rf"(?:[:.](?P<minuteock>[0-5]\d)|(?<=[a-z])[-\s](?P<minuteword>{_MINUTE_WORDS}))?"
        rf"(?:\s+o['’]clock(?:\s+(?:{_ZONE})\b)?|(?:{_CLOCK_SIGNAL_BEFORE})\s+(?:{_ZONE})\b"  # "until 9 Eastern"
        rf"|(?:(?<=:\d\d|[a-z]{{3}})|{_CLOCK_SIGNAL_BEFORE}|{_DOTTED_SIGNAL_BEFORE})"
        r"(?=\s+(?:(?:this|that|yesterday|tomorrow|last|the\s+next|the\s+following)\s+"
        r"(?:morning|afternoon|evening|night)|tonight)\b))"
        r"(?:\s+(?P<ockday>this|that|yesterday|tomorrow|last|the\s+next|the\s+following)\s+(?P<ockpod>morning|afternoon|evening|night)"
        r"|\s+(?P<ocktonight>tonight))?"
        rf"|(?P<hour24>[01]?\d|2[0-3])(?::|\.(?=[0-5]\d\s+(?:GMT|UTC|BST|CES?T|EES?T|JST|local\s+time)\b)"
        r"|\.(?=[0-5]\d(?:[^\S\n]+(?!(?:million|billion|trillion|percent|per)\b)(?-i:[A-Z])|[^\S\n]*[-–—:][^\S\n]))"
        r"(?:(?<=\n\d\.)|(?<=\n\d\d\.)|(?<=^\d\.)|(?<=^\d\d\.))"
        r"|\.(?=[0-5]\d(?!\d|\.\d|%|\s*(?:percent|per\s+cent)\b))(?:(?<=it's\s\d\.)|(?<=it's\s\d\d\.)|(?<=it’s\s\d\.)"
        r"|(?<=it’s\s\d\d\.)|(?<=it\sis\s\d\.)|(?<=it\sis\s\d\d\.))"
        r"|(?:(?<=\bat\s\d)|(?<=\bat\s\d\d))\.(?=[0-5]\d[^\S\n]+(?:today|tonight|yesterday|tomorrow)\b)"
        r"|(?<=\bat\s0\d)\.(?=[0-5]\d(?!\d|\.\d|%)))"
        r"(?P<minute24>[0-5]\d)"  # "12.15 GMT"; a log's stamp opening its line, "10.02 The jury retires"; "It's
        # 7.09." on air; "at 10.30 today"; a leading zero, "at 05.31"
        rf"(?:\s+(?P<zone24>{_ZONE})\b)?"  # "21:15", and "09.15 local time", "12.15 GMT" with a zone
        r"|(?:12\s+)?(?P<noon>noon|midnight|midday)"
        rf"(?:\s+(?P<zonenoon>{_ZONE})\b)?"
        r"|(?P<hourz>[01]\d|2[0-3])(?P<minutez>[0-5]\d)\s*"
        rf"(?:(?<=\d\s)(?:GMT|UTC|local\s+time|(?-i:{_WIRE_ZONE_CODES}))\b|hrs\b)"  # "2300 hrs": a log's 24-hour time
        r"|(?P<hourg>[01]\d|2[0-3])(?P<minuteg>[0-5]\d)(?=\s+\(\d{4}\s+(?:GMT|UTC)\)))"
    ),
}
"""Named building blocks of the patterns."""

_SLOT = re.compile(r"\{(?P<name>[A-Z]+)\}")


def expand(template: str) -> str:
    """Fill the ``{NAME}`` slots of a template with :data:`SLOTS`."""
    return _SLOT.sub(lambda match: SLOTS[match.group("name")], template)


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern, what it yields, and an example that the tests tag."""

    name: str
    type: TimexType
    template: str
    build: Callable[[Groups], Unresolved | None]
    example: str
    case_sensitive: bool = False

    @property
    def source(self) -> str:
        """The rule's regular expression, anchored on word boundaries."""
        return rf"(?<![\w$€£#@&/-])(?<!\d[,.])(?<![A-Za-z]['’])(?:{expand(self.template)})(?![\w])"

    @property
    def flags(self) -> re.RegexFlag:
        return re.NOFLAG if self.case_sensitive else re.IGNORECASE

    def compile(self, cache: PatternCache | None = None) -> re.Pattern[str]:
        """The rule's compiled pattern (from ``cache`` when given)."""
        return (cache or PatternCache(None)).compile(self.source, self.flags)


_SIGNAL_BEHIND = "(?:" + "|".join(rf"(?<=\b{word}\s)" for word in sorted(lx.MID_PERIOD_SIGNALS)) + ")"
"""A signal of :data:`timeline.lexicon.MID_PERIOD_SIGNALS` right before (a fixed-width look-behind each): "by midweek"
(not "a midweek game")."""


# --------------------------------------------------------------------------------------------------- helpers


def _key(text: str | None) -> str:
    return " ".join((text or "").lower().replace("’", "'").replace(".", "").split())


def day_of(groups: Groups) -> int:
    """Day of the month from the ``day`` group: "9", "9th" or "ninth"."""
    text = _key(groups["day"])
    return lx.DAY_ORDINALS[text.replace(" ", "-")] if text[:1].isalpha() else int(text.rstrip("stndrh"))


def month_of(groups: Groups) -> int:
    """Month number from the ``month`` group."""
    return lx.MONTHS[_key(groups["month"])]


def number_of(groups: Groups) -> float | None:
    """The amount in the ``number`` group, ``None`` for a vague one ("several"), in units of :func:`unit_of`
    ("a fortnight" -> 2 weeks)."""
    amount = _amount(groups)
    multiple = lx.UNIT_MULTIPLES.get(_key(groups.get("unit")), 1)
    return amount * multiple if amount is not None else None


def _amount(groups: Groups) -> float | None:
    if groups.get("vague") or groups.get("low") or groups.get("ortwo"):  # "two to three weeks", "a year or two"
        return None
    text = " ".join((groups["number"] or "").lower().replace("’", "'").replace("-", " ").replace(",", "").split())
    half = 0.0
    if text.endswith(("1/2", "½", " and a half")):  # "2 1/2", "two and a half"
        half, text = 0.5, text.rstrip("½").removesuffix("1/2").removesuffix(" and a half").strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text) + half
    scale = re.fullmatch(r"(\d+(?:\.\d+)?) (million|billion)", text)  # "4.6 billion years ago": geological time
    if scale:
        return round(float(scale.group(1)) * (10**6 if scale.group(2) == "million" else 10**9))
    if text in lx.NUMBER_WORDS:
        return lx.NUMBER_WORDS[text] + half
    hundreds, _, rest = text.partition(" and ")  # "a hundred and seven"
    if rest and hundreds in lx.NUMBER_WORDS:
        return lx.NUMBER_WORDS[hundreds] + (_amount({"number": rest}) or 0) + half
    tens, _, ones = text.partition(" ")
    return lx.NUMBER_WORDS.get(tens, 0) + lx.NUMBER_WORDS.get(ones, 0) + half


def unit_of(groups: Groups) -> Unit:
    """The unit in the ``unit`` group."""
    return Unit(lx.UNITS[_key(groups["unit"])])


_SMALLER_UNITS = {Unit.YEAR: 12, Unit.HOUR: 60, Unit.MINUTE: 60, Unit.DAY: 24}
"""How many of the next smaller unit make one: a fraction of a year is written in months when they come out whole."""


def _whole_in_smaller_unit(part: float, unit: Unit) -> bool:
    """Whether a fraction of ``unit`` is a whole number of the next smaller unit: "2 1/2 years" -> ``P2Y6M``, but
    "5.2 years" stays ``P5.2Y`` (2.4 months would be a precision the text does not give)."""
    factor = _SMALLER_UNITS.get(unit)
    return factor is not None and abs(part * factor - round(part * factor)) < 1e-6


def duration_value(amount: float | None, unit: Unit) -> str:
    """A TIMEX3 duration: ``P3Y``, ``PT5H``, ``PXY`` for an unknown amount, decades and centuries in years."""
    if unit is Unit.DECADE and amount is not None:
        amount, unit = amount * 10, Unit.YEAR
    if unit is Unit.CENTURY and amount is not None:
        amount, unit = amount * 100, Unit.YEAR
    letter = {Unit.MINUTE: "M", Unit.DECADE: "DE", Unit.CENTURY: "CE", Unit.QUARTER: "Q", Unit.WEEKEND: "WE"}.get(
        unit, unit.value
    )
    if amount is None:
        text = "X"
    elif amount != int(amount):
        whole, part = int(amount), amount % 1
        if not _whole_in_smaller_unit(part, unit):
            return f"PT{amount:g}{letter}" if unit.is_time else f"P{amount:g}{letter}"  # "5.2 years" -> P5.2Y
        if unit is Unit.YEAR:
            return f"P{whole}Y{round(part * 12)}M" if whole else f"P{round(part * 12)}M"
        if unit is Unit.HOUR:
            return f"PT{whole}H{round(part * 60)}M" if whole else f"PT{round(part * 60)}M"
        if unit is Unit.MINUTE:
            return f"PT{whole}M{round(part * 60)}S" if whole else f"PT{round(part * 60)}S"
        if unit is Unit.DAY:
            return f"P{whole}DT{round(part * 24)}H" if whole else f"PT{round(part * 24)}H"
        text = f"{amount:g}"
    else:
        text = str(int(amount))
    return f"PT{text}{letter}" if unit.is_time else f"P{text}{letter}"


def _relation(groups: Groups) -> Relation:
    rel = _key(groups.get("rel"))
    if not rel:
        return Relation.TENSE
    return {"last": Relation.LAST, "past": Relation.LAST, "previous": Relation.LAST, "prior": Relation.LAST, "this past": Relation.LAST,
            "next": Relation.NEXT, "coming": Relation.NEXT, "this coming": Relation.NEXT, "following": Relation.NEXT,
            "upcoming": Relation.NEXT}.get(rel, Relation.THIS)  # fmt: skip


def _hour_number(text: str | None) -> int:
    """An hour written in digits or in words: "9", "nine"."""
    key = _key(text)
    return int(key) if key.isdigit() else int(lx.NUMBER_WORDS[key])


AFTERNOON_OCLOCK = 6
"""Hours up to which "N o'clock" with no part of the day is in the afternoon or evening ("at 2 o'clock" -> 14:00);
later ones are left as said ("at nine o'clock" -> 09:00)."""
WORDED_AFTERNOON_HOURS = 4
"""The last hour of a clock time said in words ("half past two", "ten to four", "half three") with no part of the day
read in the afternoon; five and later are left as said ("half past five" -> 05:30: on the hand sets, five o'clock in
words is the early morning about as often as the evening)."""
DOTTED_AFTERNOON_HOURS = 5
"""The last hour with minutes after a dot and no a.m. or p.m. read in the afternoon: "ends at 4.45" -> 16:45, "the
siren went at 5.30" -> 05:30 (British times with a dot are earlier in the day than "at 6 o'clock" on the hand sets:
five and six in the morning more often than in the evening)."""


def _ock_pod(groups: Groups) -> str:
    """The part of day said after a clock time in words: "nine o'clock last night" -> "night", "at 7 tonight"."""
    return _key(groups.get("ockpod")) or ("tonight" if groups.get("ocktonight") else "")


TONIGHT_FROM = 5
"""The first hour that "tonight" puts in the evening ("by 5 o'clock tonight" -> 17:00); earlier ones stay as said."""


def _in_part_of_day(hour: int, pod: str) -> int:
    """An hour of 1-11 moved to the afternoon, evening or night it is said in: "seven this evening" -> 19; twelve in
    the morning is just after midnight ("12:01 this morning" -> 0)."""
    if pod in ("afternoon", "evening") and hour < 12 or pod == "night" and 6 <= hour < 12:
        return hour + 12
    if pod == "morning" and hour == 12:
        return 0
    if pod == "tonight" and TONIGHT_FROM <= hour < 12:
        return hour + 12
    return hour


def _ock_day_offset(groups: Groups, hour: int) -> int:
    """The day a clock time said with a day word falls on: "last night" at 10 -> the day before, at 2 the same."""
    offsets = {"yesterday": -1, "tomorrow": 1, "last": -1 if hour >= 12 else 0, "the next": 1, "the following": 1}
    return offsets.get(_key(groups.get("ockday")), 0)


def _minute_number(text: str | None) -> int | None:
    """Minutes said in words: "fifty-seven" -> 57, "oh-six" -> 6."""
    if not text:
        return None
    words = _key(text).replace("-", " ").split()
    return int(sum(lx.NUMBER_WORDS.get(word, 0) for word in words if word != "oh"))


def _time_parts(groups: Groups) -> tuple[int | None, int | None, str | None]:
    """Hour, minute and part of day from the TIME and POD slots."""
    pod = lx.PARTS_OF_DAY.get(_key(groups.get("pod"))) if groups.get("pod") else None
    if groups.get("noon"):
        return (24 if _key(groups["noon"]) == "midnight" else 12), 0, None
    if groups.get("hour24"):
        return int(groups["hour24"] or 0), int(groups["minute24"] or 0), None
    if groups.get("hourz"):  # "by 1030 GMT", wire style
        return int(groups["hourz"] or 0), int(groups["minutez"] or 0), None
    if groups.get("hourg"):  # "shortly after 1500 (2000 GMT)": a local 24-hour clock with its GMT gloss
        return int(groups["hourg"] or 0), int(groups["minuteg"] or 0), None
    if groups.get("hourock"):  # "eleven o'clock this morning", "nine o'clock last night"
        hour = _hour_number(groups["hourock"])
        pod = _ock_pod(groups)
        if pod:
            hour = _in_part_of_day(hour, pod)
        elif hour <= AFTERNOON_OCLOCK and not groups.get("minuteock") and not groups.get("minuteword"):
            hour += 12  # "at 2 o'clock", "the six o'clock news": no one says so of the small hours
        return hour, int(groups.get("minuteock") or _minute_number(groups.get("minuteword")) or 0), None
    if groups.get("hour"):
        hour = _hour_number(groups["hour"]) % 12
        if _key(groups.get("ampm")).startswith("p"):
            hour += 12
        return hour, int(groups["minute"] or 0), None
    if groups.get("hourpod"):  # "4 in the morning", "ten at night"
        hour = _hour_number(groups["hourpod"]) % 12
        if groups.get("night") or _key(groups.get("podword")) in ("afternoon", "evening"):
            hour += 12
        return hour, int(groups.get("minutepod") or 0), None
    return None, None, pod


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus).  Example: 2024 -> March 31."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the computus's own name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


LUNAR = -1
"""The first item of :attr:`timeline.values.Recurring.holiday` for a lunar holiday: (LUNAR, its table column)."""


def holiday_date(year: int, month: int, holiday: tuple[int, ...]) -> dt.date | None:
    """The date of a movable holiday: (ISO weekday, n[, days after]) of ``month``, (0, days after Easter), or
    (:data:`LUNAR`, column[, days after]) of the lunar holiday table; None for a lunar holiday in a year the table does not hold."""
    weekday, nth, *after = holiday
    if weekday == LUNAR:
        day = lunar_holiday_dates().get((year, nth))
        return day + dt.timedelta(days=after[0]) if day and after else day
    if weekday == 0:
        return easter(year) + dt.timedelta(days=nth)
    if year < 1971 and not after and (month, weekday, nth) in lx.MONDAY_HOLIDAYS_FROM_1971:
        return dt.date(year, month, lx.MONDAY_HOLIDAYS_FROM_1971[(month, weekday, nth)][0])  # "Memorial Day 1953"
    return nth_weekday(year, month, weekday, nth) + dt.timedelta(days=after[0] if after else 0)


LUNAR_COLUMNS = tuple(dict.fromkeys(column for column, _month, _example in lx.LUNAR_HOLIDAYS.values()))
"""The columns of ``timeline/data/lunar_holidays.tsv`` the names of :data:`timeline.lexicon.LUNAR_HOLIDAYS` use."""


@functools.cache
def lunar_holiday_dates() -> dict[tuple[int, int], dt.date]:
    """The lunar holiday table, read once: (year, index in :data:`LUNAR_COLUMNS`) -> date."""
    rows = (Path(__file__).parent / "data" / "lunar_holidays.tsv").read_text(encoding="utf-8").splitlines()
    header = rows[0].split("\t")
    index = {column: LUNAR_COLUMNS.index(column) for column in header[1:] if column in LUNAR_COLUMNS}
    table: dict[tuple[int, int], dt.date] = {}
    for row in rows[1:]:
        year, *dates = row.split("\t")
        for column, date in zip(header[1:], dates):
            if column in index and date:
                table[(int(year), index[column])] = dt.date.fromisoformat(date)
    return table


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ISO ``weekday`` of a month (``nth=-1`` for the last).  Example: Thanksgiving 2024 -> Nov 28."""
    days = [day for day in range(1, calendar.monthrange(year, month)[1] + 1)
            if dt.date(year, month, day).isoweekday() == weekday]  # fmt: skip
    return dt.date(year, month, days[nth - 1 if nth > 0 else nth])


def _ordinal(groups: Groups) -> int:
    text = _key(groups["ordinal"])
    if text in lx.ORDINALS:
        return lx.ORDINALS[text]
    return int(re.sub(r"\D", "", text) or 0)


# -------------------------------------------------------------------------------------------------- builders


def _full_date(groups: Groups) -> Unresolved:
    hour, minute, pod = _time_parts(groups)
    return Calendar(int(groups["year"] or 0), month_of(groups), day_of(groups),
                    part_of_day=pod, hour=hour, minute=minute)  # fmt: skip


def _numeric_date(groups: Groups) -> Unresolved | None:
    year = int(groups["year"] or 0)
    month, day = int(groups["mnum"] or 0), int(groups["dnum"] or 0)
    if groups.get("dfirst"):
        month, day = int(groups["mafter"] or 0), int(groups["dfirst"] or 0)
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    if groups.get("isoh"):  # "2024-12-31T16:45:00Z", "2023-08-06 09:15": the minute is as fine as we write
        return Calendar(year, month, day, hour=int(groups["isoh"] or 0), minute=int(groups["isom"] or 0))
    return Calendar(year, month, day)


def _month_day(groups: Groups) -> Unresolved:
    hour, minute, pod = _time_parts(groups)
    return Recurring(_relation(groups), month=month_of(groups), day=day_of(groups),
                     part_of_day=pod, hour=hour, minute=minute)  # fmt: skip


def _week_of(groups: Groups) -> Unresolved:
    weekend = bool(groups.get("weekendof"))  # "the weekend of Oct. 16": that week's weekend
    if groups.get("year"):
        return Calendar(int(groups["year"] or 0), month_of(groups), day_of(groups), week_of=True, weekend_of=weekend)
    return Recurring(Relation.TENSE, month=month_of(groups), day=day_of(groups), week_of=True, weekend_of=weekend)


WEEK_OF_MONTH_DAYS = {"first": 4, "second": 11, "third": 18, "fourth": 25, "last": 28, "final": 28}
"""The middle day of each week of a month, counted in sevens from the 1st ("the last week of May": the 28th lies
in the last seven days of any month)."""


def _week_of_month(groups: Groups) -> Unresolved:
    """ "the first week of December" -> the ISO week holding Dec. 4, the middle of Dec. 1-7; "the first weekend of
    November" -> the weekend of its first Saturday."""
    if groups.get("weekendof"):
        nth = lx.ORDINALS[_key(groups["weekordinal"])]
        if groups.get("year"):
            day = nth_weekday(int(groups["year"] or 0), month_of(groups), 6, nth)
            return Calendar(day.year, day.month, day.day, week_of=True, weekend_of=True)
        return Recurring(Relation.TENSE, month=month_of(groups), holiday=(6, nth), week_of=True, weekend_of=True)
    return _week_of({**groups, "day": str(WEEK_OF_MONTH_DAYS[_key(groups["weekordinal"])])})


def _week_of_year(groups: Groups) -> Unresolved:
    """ "the last week of 1999" -> the ISO week holding Dec. 28 (always the year's last); "the first week of 2000"
    -> the one holding Jan. 4 (always its first)."""
    first = _key(groups["weekordinal"]) == "first"
    return Calendar(int(groups["year"] or 0), 1 if first else 12, 4 if first else 28, week_of=True)


def _month_year(groups: Groups) -> Unresolved:
    return Calendar(int(groups["year"] or 0), month_of(groups))


_THIS_NEXT_LAST = {"last": -1, "this": 0, "next": 1}
"""How far "last", "this" and "next" shift the period they name: "June last year", "the 20th of next month"."""


def _month_of_relative_year(groups: Groups) -> Unresolved:
    day = int(groups.get("dday") or groups.get("mday") or 0) or None  # "13 July last year", "July 13 last year"
    return Shift(Unit.YEAR, _THIS_NEXT_LAST[_key(groups["rel"])], month=month_of(groups), day=day)


def _month(groups: Groups) -> Unresolved:
    return Recurring(_relation(groups), month=month_of(groups))


def _year(groups: Groups) -> Unresolved:
    return Calendar(int(groups["year"] or 0))


def _year_span(groups: Groups) -> Unresolved | None:
    """A season or fiscal year written across two years ("the 2013-14 season", "since 1986-87"): the year it
    begins in (TIMEX3 has no value for a span of two years); not a range of other years ("1986-89")."""
    year = int(groups["year"] or 0)
    if groups.get("nextyear4"):  # "the 1999-2000 fiscal year"
        if int(groups["nextyear4"] or 0) != year + 1:
            return None
    elif int(groups["nextyear"] or 0) != (year + 1) % 100:
        return None
    season = {"winter": "WI", "summer": "SU"}.get(_key(groups.get("spanseason")))
    return Calendar(year, season=season)  # "the 1995-96 winter" -> 1995-WI, "the 1999-2000 summer" (south) -> 1999-SU


def _decade(groups: Groups) -> Unresolved:
    if groups.get("decade"):
        decade = int(groups["decade"] or 0)
        if decade % 10 == 0 and decade < 200:
            return Calendar(century=decade // 10)  # "the 1800s", "the early 1900s": a century ("the 2000s": a decade)
        return Calendar(decade=decade)
    if groups.get("decade2"):
        return Calendar(decade=190 + int(groups["decade2"] or 0))
    if groups.get("noughties"):
        return Calendar(decade=200)  # "in the noughties": the 2000s
    return Calendar(decade=190 + DECADE_WORDS[_key(groups["decadeword"])])


DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}  # fmt: skip
"""Decades written as words, taken as the 1900s.  Example: "the eighties" -> ``198``."""


def _century(groups: Groups) -> Unresolved:
    text = _key(groups["ordinal"]).replace(" ", "-")
    number = lx.CENTURY_WORDS.get(text) or int(re.sub(r"\D", "", text) or 0)
    return Calendar(century=number - 1)


def _season(groups: Groups) -> Unresolved:
    season = lx.SEASONS[_key(groups["season"])]
    if groups.get("year"):
        return Calendar(int(groups["year"] or 0), season=season)
    if groups.get("ofyear"):  # "the spring of next year"
        return Shift(Unit.YEAR, _year_offset(groups), season=season)
    return Recurring(_relation(groups), season=season)


def _quarter(groups: Groups) -> Unresolved | None:
    quarter = _ordinal(groups) if groups.get("ordinal") else int(groups.get("qnum") or 0)
    if quarter == -1:
        quarter = 4
    if not 1 <= quarter <= 4:
        return None
    year = groups.get("year") or groups.get("yearpre")
    if year:
        return Calendar(int(year), quarter=quarter)
    if groups.get("ofyear") or groups.get("rel"):  # "the fourth quarter of last year", "last year's fourth quarter"
        return Shift(Unit.YEAR, _year_offset(groups), quarter=quarter)
    if groups.get("thatyear"):  # "in 2006 ... in the third quarter of that year"
        return Shift(Unit.YEAR, 0, anaphoric=True, quarter=quarter)
    return Recurring(Relation.TENSE, quarter=quarter)


def _year_offset(groups: Groups) -> int:
    """The year that "last year", "this year" or "next year" names, counted from the reference year."""
    relation = _relation({"rel": groups.get("ofyear") or groups.get("rel")})
    return 0 if relation is Relation.TENSE else int(relation)


def _month_quarter(groups: Groups) -> Unresolved | None:
    """ "the December quarter", "the June quarter": the calendar quarter that ends in that month."""
    month = month_of(groups)
    if month % 3:
        return None  # "the October quarter" names no calendar quarter
    return Calendar(int(groups["year"]), quarter=month // 3) if groups.get("year") else Recurring(quarter=month // 3)


def _month_range_quarter(groups: Groups) -> Unresolved | None:
    """ "the October-December quarter", "the April-June period": a calendar quarter named by its months."""
    first, last = lx.MONTHS[_key(groups["qfirst"])], lx.MONTHS[_key(groups["qlast"])]
    if (first, last) in ((1, 6), (7, 12)):  # "the January-June period": a half
        half = 1 if first == 1 else 2
        return Calendar(int(groups["year"] or 0), half=half) if groups.get("year") else Recurring(half=half)
    if first % 3 != 1 or last != first + 2:
        return None  # "the March-May period" is no calendar quarter
    quarter = (first + 2) // 3
    return Calendar(int(groups["year"]), quarter=quarter) if groups.get("year") else Recurring(quarter=quarter)


def _half_code(groups: Groups) -> Unresolved:
    return Calendar(int(groups["year"] or groups["yearpre"] or 0), half=int(groups["hnum"] or groups["hnum2"] or 1))


def _fiscal_code(groups: Groups) -> Unresolved:
    """ "FY2024", "FY24": the fiscal year, named by the calendar year it ends in (two digits: 00-49 are 20xx)."""
    digits = groups["fy"] or "0"
    year = int(digits) if len(digits) == 4 else (2000 if int(digits) < 50 else 1900) + int(digits)
    return Calendar(year)


def _half(groups: Groups) -> Unresolved:
    half = 1 if _key(groups["ordinal"] or groups["twoq"]) in ("first", "front") else 2  # "the first two quarters" = H1
    if groups.get("calendar"):  # "the second half of the calendar year", "of the fiscal year": of the year told of
        return Shift(Unit.YEAR, 0, half=half, story=True)
    if groups.get("fyrel"):  # "the first half of this fiscal year"
        return Shift(Unit.YEAR, _THIS_NEXT_LAST[_key(groups["fyrel"])], half=half)
    if groups.get("year"):
        return Calendar(int(groups["year"] or 0), half=half)
    if groups.get("ofyear"):  # "the second half of next year"
        return Shift(Unit.YEAR, _year_offset(groups), half=half, story=_key(groups["ofyear"]) == "the")
    if groups.get("thatyear"):  # "in 2006 ... in the first half of that year"
        return Shift(Unit.YEAR, 0, anaphoric=True, half=half)
    return Recurring(Relation.TENSE, half=half)


def _day_of_period(groups: Groups) -> Unresolved:
    """ "the first day of 2001" -> 2001-01-01, "the last day of February" -> that month's last day."""
    first = _key(groups["dayord"]) == "first"
    if groups.get("theyear"):  # "the last day of the year": of this year
        return Shift(Unit.YEAR, 0, month=1 if first else 12, day=1 if first else 31)
    if groups.get("yearonly"):
        year = int(groups["yearonly"] or 0)
        return Calendar(year, 1, 1) if first else Calendar(year, 12, 31)
    month = month_of(groups)
    if groups.get("year"):
        year = int(groups["year"] or 0)
        return Calendar(year, month, 1 if first else calendar.monthrange(year, month)[1])
    last = 29 if month == 2 else calendar.monthrange(2001, month)[1]  # a leap year's February has 29 days
    return Recurring(Relation.TENSE, month=month, day=1 if first else last)


def _nth_weekday(groups: Groups) -> Unresolved:
    """ "the first Monday in October": the n-th weekday of a month (-1 for the last), like a floating holiday."""
    nth = lx.ORDINALS[_key(groups["nth"])]
    weekday, month = lx.WEEKDAYS[_key(groups["weekday"])], month_of(groups)
    if groups.get("year"):
        day = nth_weekday(int(groups["year"] or 0), month, weekday, nth)
        return Calendar(day.year, day.month, day.day)
    return Recurring(Relation.TENSE, month=month, holiday=(weekday, nth))


def _day_of_relative_month(groups: Groups) -> Unresolved:
    """ "the 20th of next month" -> that day; "the first Monday of next month" -> that month's first Monday."""
    offset = _THIS_NEXT_LAST[_key(groups["rel"])]
    if groups.get("nth"):
        return Shift(Unit.MONTH, offset, holiday=(lx.WEEKDAYS[_key(groups["weekday"])], lx.ORDINALS[_key(groups["nth"])]))
    return Shift(Unit.MONTH, offset, day=day_of(groups))


def _weekday(groups: Groups) -> Unresolved:
    hour, minute, pod = _time_parts(groups)
    if pod == "MI":
        hour, minute, pod = 12, 0, None  # "Monday noon" is a clock time, as "noon Monday" (TempEval-3: T12:00)
    relation = Relation.WEEK_AFTER_NEXT if groups.get("weekafter") or groups.get("weekbefore") else _relation(groups)
    if groups.get("theday"):
        relation = Relation.SAME  # "on the Sunday": in the week of the day last named, as "that Sunday"
    if groups.get("weekrel"):
        offset = -1 if _key(groups["weekrel"]) == "last" else 1
        return Shift(Unit.WEEK, offset, day=lx.WEEKDAYS[_key(groups["weekday"])], part_of_day=pod, hour=hour,
                     minute=minute)  # fmt: skip
    if groups.get("postrel"):
        relation = Relation.LAST if _key(groups["postrel"]) == "last" else Relation.NEXT_NOT_TOMORROW
    if relation is Relation.NEXT and _key(groups.get("rel")) == "next":
        relation = Relation.NEXT_NOT_TOMORROW  # "next Saturday" read on a Friday: not tomorrow
    return Recurring(relation, weekday=lx.WEEKDAYS[_key(groups["weekday"])],
                     part_of_day=pod, hour=hour, minute=minute)  # fmt: skip


def _weekday_date(groups: Groups) -> Unresolved:
    if groups.get("wdpod") and not groups.get("pod"):
        groups = {**groups, "pod": groups["wdpod"]}  # "Monday night, Oct. 25"
    if groups.get("year"):
        return _full_date(groups)
    return _month_day(groups)


def _deictic_day(groups: Groups) -> Unresolved:
    hour, minute, pod = _time_parts(groups)
    word = _key(groups["deictic"])
    if word == "tonight":
        pod = pod or "NI"
    weeks = 2 if _key(groups.get("weekon")).endswith("fortnight") else 1 if groups.get("weekon") or groups.get("weeklater") else 0
    days = lx.DEICTIC_DAYS[word] + 7 * weeks  # "a week tomorrow": British, eight days on; "a fortnight tomorrow"
    return Shift(Unit.DAY, days, part_of_day=pod, hour=hour, minute=minute)


def _this_pod(groups: Groups) -> Unresolved:
    _, _, pod = _time_parts(groups)
    offset = -1 if _key(groups.get("rel")) == "last" and pod in ("NI", "EV") else 0  # "last night", "last evening"
    return Shift(Unit.DAY, offset, part_of_day=pod)


_AFTER_SPOKEN_HOUR = (
    r"(?:this|that|yesterday|tomorrow|last|tonight|in|on|at|and|or|when|as|but|local|o['’]clock|with|for|sharp"
    r"|we|they|he|she|it|i|you|the|there|everyone|everybody|nobody|our)"
)
"""Lower-case words that may follow the hour of "ten past eight" (not "20 minutes after six people were hurt"), a
pronoun or an article among them ("by half past three we were on the roof")."""
_COUNTED_MINUTES = (
    r"(?:twenty|thirty|forty|fifty)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
)
"""Minutes said before "past" or "to": "ten past eight", "eighteen minutes past eight"."""
_PAST_MINUTES = {"half": 30, "quarter": 15, "a quarter": 15}
"""Minutes said as a part of the hour before "past"/"to".  Example: "half past eight" -> 08:30."""


def _clock_past(groups: Groups) -> Unresolved:
    """ "half past eight", "a quarter to nine", "ten past eight yesterday evening": a clock time said in words."""
    count = groups.get("pastcount")  # "ten past eight", "eighteen minutes past eight"
    if count:
        minutes = int(count) if count.isdigit() else _minute_number(count) or 0
    else:
        minutes = _PAST_MINUTES[" ".join(_key(groups["pastmin"]).split())]
    noon = _key(groups.get("pastnoon"))
    if noon:  # "two minutes to midnight" -> 23:58, "five minutes past noon" -> 12:05, on the day told of
        hour = 12 if noon == "noon" else 24
        if groups.get("pastto"):
            hour, minutes = hour - 1, 60 - minutes
        return Shift(Unit.DAY, 0, anaphoric=True, hour=hour % 24, minute=minutes)
    hour = _hour_number(groups["pasthour"]) % 12
    if groups.get("pastto"):
        hour, minutes = (hour - 1) % 12, 60 - minutes
    if groups.get("pastpod"):  # "a quarter past eight in the evening": that day's evening
        return Shift(Unit.DAY, 0, anaphoric=True, hour=_in_part_of_day(hour, _key(groups["pastpod"])), minute=minutes)
    pod = _ock_pod(groups)
    if pod:
        hour = _in_part_of_day(hour, pod)
        return Shift(Unit.DAY, _ock_day_offset(groups, hour), hour=hour, minute=minutes)
    if hour == 0:
        hour = 12  # "half past twelve", "a quarter to one" with no night named: the middle of the day
    if 1 <= hour <= WORDED_AFTERNOON_HOURS:
        hour += 12  # "at half past two", "ten past three": in the afternoon, as "at 2 o'clock" is
    return Shift(Unit.DAY, 0, anaphoric=True, hour=hour, minute=minutes, open_meridiem=1 <= hour <= 11)


def _race_time(groups: Groups) -> Unresolved:
    """A time taken, as sport writes it: "2:06:39" -> ``PT2H6M39S``, "13:21.40" -> ``PT13M21.40S``, "4hr 46min
    12sec" -> ``PT4H46M12S``."""
    if groups.get("rh"):
        return Literal(f"PT{int(groups['rh'] or 0)}H{int(groups['rm'] or 0)}M{int(groups['rs'] or 0)}S")
    if groups.get("sm"):
        return Literal(f"PT{int(groups['sm'] or 0)}M{groups['ss']}S")
    hours = groups.get("uh") or groups.get("vh")
    minutes = groups.get("um") or groups.get("vm")
    seconds = groups.get("us")
    return Literal("PT" + (f"{int(hours)}H" if hours else "") + f"{int(minutes or 0)}M" + (f"{seconds}S" if seconds else ""))


def _spoken_clock(groups: Groups) -> Unresolved | None:
    """An hour and its minutes in words, as broadcasts say them: "It's six thirty-five" -> 06:35 (or 18:35, read as
    the day goes on, :func:`timeline.resolve.resolve`)."""
    hour, minute = _hour_number(groups["spokenhour"]), _minute_number(groups["spokenmin"])
    if minute is None:
        return None
    return Shift(Unit.DAY, 0, anaphoric=True, hour=hour, minute=minute, open_meridiem=1 <= hour <= 11)


def _bare_hour(groups: Groups) -> Unresolved:
    """An hour said alone in a schedule ("Gates open at 6", "more at eleven"): up to six in the afternoon or evening,
    as "N o'clock" is read; later ones in the morning unless an evening is named on its day."""
    minute = int(groups.get("bareminute") or 0)
    dotted = groups.get("dothour")
    if dotted and (dotted.startswith("0") or int(dotted) > 12):  # "the 07.42 from Grantham", "resumes at 21.15"
        return Shift(Unit.DAY, 0, anaphoric=True, hour=int(dotted) % 24, minute=minute)
    hour = _hour_number(dotted or groups["barehour"])
    if hour <= (DOTTED_AFTERNOON_HOURS if dotted else AFTERNOON_OCLOCK):
        hour += 12
    return Shift(Unit.DAY, 0, anaphoric=True, hour=hour, minute=minute, open_meridiem=hour < 12)


def _clock(groups: Groups) -> Unresolved:
    hour, minute, _ = _time_parts(groups)
    if groups.get("holiday"):  # "8 p.m. on Thanksgiving Day"
        day = _holiday(groups)
        return dataclasses.replace(day, hour=hour, minute=minute) if isinstance(day, (Calendar, Recurring)) else day
    if groups.get("month") and groups.get("year"):  # "midnight on Dec. 31, 2010"
        return Calendar(int(groups["year"] or 0), month_of(groups), day_of(groups), hour=hour, minute=minute)
    if groups.get("month"):
        return Recurring(
            Relation.TENSE, month=month_of(groups), day=day_of(groups), hour=hour, minute=minute
        )
    if groups.get("weekday"):
        open_hour = groups.get("hour24") or groups.get("hourock")
        pod = _key(groups.get("wdpod"))
        if pod in ("afternoon", "evening") and open_hour and hour is not None and 1 <= hour <= 11:
            hour += 12  # "at 2:46 Friday afternoon"
        elif pod == "night" and open_hour and hour is not None and 6 <= hour <= 11:
            hour += 12  # "called her at 9 o'clock Tuesday night"
        elif pod == "morning" and groups.get("hourock") and hour is not None and hour >= 12:
            hour -= 12  # "at 6 o'clock Sunday morning" (an o'clock hour is read as p.m. up to six)
        return Recurring(_relation(groups), weekday=lx.WEEKDAYS[_key(groups["weekday"])], hour=hour, minute=minute)
    if groups.get("deictic"):
        if hour is not None and groups.get("deicticpod") and not groups.get("ampm"):
            hour = _in_part_of_day(hour, _key(groups["deicticpod"]))  # "9:45 Eastern tomorrow morning"
        return Shift(Unit.DAY, lx.DEICTIC_DAYS[_key(groups["deictic"])], hour=hour, minute=minute)
    if groups.get("dayword") and hour is not None and not groups.get("ampm"):
        hour = _in_part_of_day(hour, _key(groups.get("daypod")))  # "12:01 this morning" -> 00:01
    if groups.get("dayword"):  # "10pm last night", "9 a.m. this morning": the day the part of it names
        last_night = _key(groups["dayword"]) == "last" and _key(groups.get("daypod")) == "night"
        offset = -1 if last_night and (hour or 0) >= 12 or _key(groups["dayword"]) == "last" and not last_night else 0
        return Shift(Unit.DAY, offset, hour=hour, minute=minute)
    if groups.get("ockday") or groups.get("ocktonight"):  # "nine o'clock last night": a day named with it
        that = _key(groups.get("ockday")) in ("that", "the next", "the following")  # "at 6:30 that morning",
        # "until six the next morning": the morning of the day told of, or the one after
        return Shift(Unit.DAY, _ock_day_offset(groups, hour or 0), anaphoric=that, hour=hour, minute=minute)
    bare = groups.get("hour24") or ""
    zone = _key(groups.get("zone24"))
    twelve_hour_zone = not zone or zone.split()[0] in ("eastern", "central", "mountain", "pacific")  # US broadcast
    open_meridiem = bool(bare) and not bare.startswith("0") and twelve_hour_zone and 1 <= int(bare) <= 11
    if groups.get("hourock") and hour is not None and hour <= 11 and not groups.get("minuteock"):
        open_meridiem = True  # "last night at around 8 o'clock": the evening's, after an evening named
    return Shift(Unit.DAY, 0, anaphoric=True, hour=hour, minute=minute, open_meridiem=open_meridiem)  # "closed at
    # 8 p.m." that same day


_DEICTIC_UNITS = {"week": Unit.WEEK, "month": Unit.MONTH, "year": Unit.YEAR, "quarter": Unit.QUARTER,
                  "decade": Unit.DECADE, "century": Unit.CENTURY, "weekend": Unit.WEEKEND,
                  "half": Unit.HALF, "fiscal year": Unit.YEAR, "calendar year": Unit.YEAR,
                  "school year": Unit.YEAR, "season": Unit.YEAR, "day": Unit.DAY, "business year": Unit.YEAR,
                  "financial year": Unit.YEAR, "election year": Unit.YEAR}  # fmt: skip


def _relative_unit(groups: Groups) -> Unresolved:
    unit = _DEICTIC_UNITS[_key(groups["runit"])]
    rel = _key(groups["rel"])
    named = _key(groups["runit"]) in ("fiscal year", "calendar year", "school year", "business year",
                                      "financial year", "election year")  # "the next fiscal year": ours
    if rel in ("previous", "following", "preceding", "prior") or groups.get("the") and rel == "next" and not named:
        return Shift(unit, -1 if rel in ("previous", "preceding", "prior") else 1, anaphoric=True)
    offset = _relation(groups).value if _relation(groups) is not Relation.THIS else 0
    return Shift(unit, offset, same_day=bool(groups.get("sametime")))  # "this time last year": that day a year back


def _anaphoric_unit(groups: Groups) -> Unresolved:
    unit = _DEICTIC_UNITS[_key(groups["runit"])]
    word = _key(groups["ana"])
    offset = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1, "the prior": -1}.get(
        word, 0
    )
    _, _, pod = _time_parts(groups)
    return Shift(unit, offset, anaphoric=True, part_of_day=pod)


def _pod_alone(groups: Groups) -> Unresolved:
    """A part of day alone, of the day last named: "By mid-afternoon, the crowd had gone".  "The night" alone is
    also read by the clause's tense: gone by on the day of the publication, it is the night before ("Crews worked
    through the night to restore power", read in the morning)."""
    value = _anaphoric_unit({**groups, "runit": "day", "ana": "that"})
    if isinstance(value, Shift) and value.part_of_day == "NI" and groups.get("podthe") and not groups.get("pmod"):
        return dataclasses.replace(value, by_tense=True)
    return value


_LATER = frozenset({"later", "from now", "from today", "from tonight", "hence", "after", "on", "afterwards", "afterward"})
"""The directions of "N units ..." that count forward.  Example: "two weeks from now"."""


_SMALLER_UNIT = {
    Unit.HOUR: (Unit.MINUTE, 60), Unit.MINUTE: (Unit.SECOND, 60), Unit.DAY: (Unit.HOUR, 24), Unit.YEAR: (Unit.MONTH, 12),
}  # fmt: skip
"""The unit a fraction of a unit is counted in: half an hour is 30 minutes, two and a half years 30 months."""


def _ago(groups: Groups) -> Unresolved | None:
    if not groups.get("number") and _key(groups.get("dir")).startswith("afterward"):
        return None  # "for months afterward": an amount of time (but "a week afterwards" is a week later)
    if not groups.get("number") and not groups.get("vague"):  # "Hours later", "years ago": a plural, no count
        if _key(groups["unit"]) not in lx.UNIT_PLURALS:
            return None
        groups = {**groups, "vague": "some"}
    amount = number_of(groups)
    unit = unit_of(groups)
    if amount is not None and groups.get("andhalf"):  # "a year and a half ago" -> 18 months ago
        amount += 0.5
        if unit is Unit.YEAR:
            amount, unit = amount * 12, Unit.MONTH
    direction = _key(groups["dir"])
    anaphoric = direction in ("earlier", "later", "before", "after", "on", "afterwards", "afterward")
    if unit is Unit.DECADE and amount is not None and amount >= 2 and amount == int(amount) and not anaphoric:
        return Shift(unit, int(amount) if direction in _LATER else -int(amount))  # "two decades ago" (2012) -> 199
    coarse = unit in (Unit.DECADE, Unit.CENTURY)  # "a decade ago" keeps to years, not the quarter named before
    if direction == "on":
        return Shift(Unit.YEAR if coarse else unit, 0)  # "Fifty years on, the village remembers": the time of
        # writing, counted from a time long gone (to the unit counted: "Fifteen months on" -> the month)
    if coarse and amount is not None:
        amount, unit = amount * (10 if unit is Unit.DECADE else 100), Unit.YEAR  # "a decade ago" -> 2002
    if direction in ("from today", "from tonight") and unit is Unit.WEEK and amount is not None:
        amount, unit = amount * 7, Unit.DAY  # "two weeks from today", "a week from tonight": that day, weeks on
    if amount is not None and amount != int(amount) and unit in _SMALLER_UNIT:
        amount, unit = amount * _SMALLER_UNIT[unit][1], _SMALLER_UNIT[unit][0]  # "half an hour later": 30 minutes
    sign = 1 if direction in _LATER else -1
    offset = None if amount is None or amount != int(amount) else sign * int(amount)
    follow = not coarse and (offset is None or abs(offset) == 1 or unit is not Unit.YEAR)  # "a year ago": the
    # quarter compared with, in an earnings report; "three years ago": a year, whatever the report's period
    return Shift(unit, offset, anaphoric=anaphoric, follow_granularity=follow)


def _quarters(groups: Groups) -> Unresolved:
    """A quarter or three quarters of an hour or a century: "a quarter of a century" -> ``P25Y``."""
    three = _key(groups.get("qcount")) == "three"
    if groups.get("qcentury") or _key(groups.get("qunit")) == "century":
        return Literal("P75Y" if three else "P25Y")
    return Literal("PT45M" if three else "PT15M")


def _every_month(groups: Groups) -> Unresolved:
    """A month, or a day of it, every year: "each July" -> ``XXXX-07``, "every 6 May" -> ``XXXX-05-06``."""
    day = groups.get("dayfirst") or groups.get("day")  # "every ninth of November" too
    return Literal(f"XXXX-{month_of(groups):02d}" + (f"-{day_of({'day': day}):02d}" if day else ""))


def _no_range(groups: Groups) -> bool:
    """A low end that is not below the high one: "Oct. 29 to 12 years" is a day and then twelve years."""
    if not groups.get("low"):
        return False
    low = _amount({"number": groups["low"]})
    return low is None or low >= (_amount({"number": groups["number"]}) or 0)


def _duration(groups: Groups) -> Unresolved | None:
    if _no_range(groups):
        return None
    unit = unit_of(groups)
    if groups.get("another"):  # "at least another week": one more
        plural = _key(groups["unit"]) in lx.UNIT_PLURALS
        return None if plural else Literal(duration_value(float(lx.UNIT_MULTIPLES.get(_key(groups["unit"]), 1)), unit))
    amount = number_of(groups)
    if amount is not None and groups.get("andquarter"):
        amount += 0.25  # "an hour and a quarter" -> 75 minutes
    if amount is not None and groups.get("andhalf"):
        amount += 0.5
    if _key(groups["unit"]) in lx.UNIT_PLURALS and amount == 1 and not groups.get("number", "").isdigit():
        return None
    return Literal(duration_value(amount, unit))


def _nights(groups: Groups) -> Unresolved | None:
    """A count of nights is as many days ("three nights" -> ``P3D``; ISO 8601 has no night); not "one night" or
    "a night", which name one night more often than they measure one."""
    if _no_range(groups):
        return None
    amount = number_of(groups)
    if amount == 1 and not (groups.get("number") or "").isdigit():
        return None
    return Literal(duration_value(amount, Unit.DAY))


PREVIOUS_PERIOD_UNITS = frozenset({Unit.YEAR})
"""Units for which "the past <unit>", with no count, names the previous calendar period (TimeBank usage, as
HeidelTime reads it).  Example: "over the past year" (1998-03-03) -> 1997.  "The past decade" stays ten years
(``P10Y``): in 2013 it means 2003-2013, not the 2000s."""


def _span_duration(groups: Groups) -> Unresolved | None:
    if _no_range(groups):
        return None
    unit = unit_of(groups)
    if groups.get("ortwo"):
        return Literal(duration_value(None, unit))  # "the next week or two": one or two weeks, an unknown count
    if (
        _key(groups["spanthe"]) == "the"
        and _key(groups["span"]) in ("past", "last")
        and not groups.get("number")
        and not groups.get("andhalf")
        and unit in PREVIOUS_PERIOD_UNITS
        and _key(groups["unit"]) not in lx.UNIT_PLURALS
    ):
        return Shift(unit, -1)
    plural = _key(groups["unit"]) in lx.UNIT_PLURALS
    if unit is Unit.CENTURY and not plural and not groups.get("number") and _key(groups.get("span")) in ("next", "coming"):
        return Shift(Unit.CENTURY, 1)  # "well into the next century" (1989): the 21st, a calendar century
    one = float(lx.UNIT_MULTIPLES.get(_key(groups["unit"]), 1))  # "the past fortnight": two weeks
    amount = number_of(groups) if groups.get("number") else None if plural else one
    if amount is not None and groups.get("andhalf"):
        amount += 0.5  # "the past year and a half" -> P1Y6M
    return Literal(duration_value(amount, unit_of(groups)))


def _unit_long(groups: Groups) -> Unresolved:
    """ "a day-long meeting" -> ``P1D``; "a decades-long battle": an unknown number of them; "a monthlong border war"
    -> ``P1M``."""
    if groups.get("closedlong"):
        unit = _key(groups["closedlong"]).removesuffix("long")
        return Literal(duration_value(1.0, unit_of({"unit": "day" if unit == "night" else unit})))
    plural = _key(groups["unit"]).endswith("s")
    return Literal(duration_value(None if plural else 1.0, unit_of(groups)))


def _vague_duration(groups: Groups) -> Unresolved:
    return Literal(duration_value(None, unit_of(groups)))


_SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
              "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "semiannually": "P6M",
              "annual": "P1Y", "weekends": "XXXX-WXX-WE", "fortnightly": "P2W", "weekdays": "XXXX-WXX-WD",
              "weeknights": "XXXX-WXX-WDTNI", "weekday": "XXXX-WXX-WD", "every weekday": "XXXX-WXX-WD", "each weekday": "XXXX-WXX-WD"}  # fmt: skip
"""Adverbs of frequency, and "weekends" ("closed on weekends": every weekend) and "weekdays" (``WD``, the value
Microsoft's recognizers give "every weekday"; TimeML names only the weekend).  Example: "reported quarterly" ->
``P3M``."""


def _set_word(groups: Groups) -> Unresolved:
    value = _SET_WORDS[_key(groups["setword"])]
    if groups.get("wdpod"):
        value += "T" + lx.PARTS_OF_DAY[_key(groups["wdpod"])]  # "every weekday morning" -> XXXX-WXX-WDTMO
    return Literal(value)


def _every_unit(groups: Groups) -> Unresolved:
    multiple = float(lx.UNIT_MULTIPLES.get(_key(groups["unit"]), 1))  # "every fortnight": two weeks
    amount = number_of(groups) if groups.get("number") else multiple * (2.0 if groups.get("other") else 1.0)
    if groups.get("nth"):
        amount = float(lx.ORDINALS[_key(groups["nth"])])  # "every fifth day" -> P5D
    if groups.get("low"):
        amount = None  # "every two or three years": a number of years not known
    if groups.get("halfunit"):
        amount = 0.5  # "every half hour" -> PT30M
    if groups.get("quarterunit"):
        amount = 0.25  # "every quarter hour" -> PT15M
    if unit_of(groups) is Unit.WEEKEND:  # "every weekend", as "weekends"; "every other weekend": every two weeks
        return Literal("XXXX-WXX-WE" if amount == 1 else duration_value(amount, Unit.WEEK))
    return Literal(duration_value(amount, unit_of(groups)))  # "every other week": two


def _every_weekday(groups: Groups) -> Unresolved:
    weekday = lx.WEEKDAYS[_key(groups["weekday"]).rstrip("s")] if _key(groups["weekday"]).rstrip("s") in lx.WEEKDAYS \
        else lx.WEEKDAYS[_key(groups["weekday"])]  # fmt: skip
    _, _, pod = _time_parts(groups)
    return Literal(f"XXXX-WXX-{weekday}" + (f"T{pod}" if pod else ""))


def _every_holiday(groups: Groups) -> Unresolved | None:
    """ "every Christmas" -> ``XXXX-12-25``; a movable feast, with no day of its own, recurs yearly ("every Easter"
    -> ``P1Y``)."""
    fixed = lx.HOLIDAYS.get(_HOLIDAY_KEYS[_key(groups["holiday"])])
    return Literal(f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "P1Y")  # "every Easter": once a year


def _reference(groups: Groups) -> Unresolved:
    return Literal(lx.REFERENCES[_key(groups["ref"])])


_HOLIDAY_KEYS = {_key(name): name for name in HOLIDAY_NAMES}


def _holiday(groups: Groups) -> Unresolved | None:
    """The day of a named holiday, in the year given with it if any ("Christmas 2020", "Easter last year", "Easter
    that year"), and the part of that day if one follows ("Thanksgiving morning")."""
    value = _holiday_day(groups)
    if groups.get("hsame") and isinstance(value, Recurring):
        value = dataclasses.replace(value, relation=Relation.SAME)  # "Christmas Eve that year": the year last named
    _, _, pod = _time_parts(groups)
    if pod and isinstance(value, (Calendar, Recurring, Shift)):
        return dataclasses.replace(value, part_of_day=pod)
    return value


def _holiday_day(groups: Groups) -> Unresolved | None:
    name = _HOLIDAY_KEYS[_key(groups["holiday"])]
    year = int(groups["year"]) if groups.get("year") else None
    if groups.get("hrel"):  # "Valentine's Day last year": the holiday in the year before or after publication
        offset = _THIS_NEXT_LAST[_key(groups["hrel"])]
        found = _holiday_day({**groups, "hrel": None})
        if isinstance(found, Recurring) and found.holiday is None:
            return Shift(Unit.YEAR, offset, month=found.month, day=found.day)
        if isinstance(found, Recurring):
            return Shift(Unit.YEAR, offset, month=found.month, holiday=found.holiday)
        return None
    if groups.get("eve") and name not in lx.LUNAR_HOLIDAYS:
        return None  # only the lunar new year has an eve of its own name after it
    if name in lx.LUNAR_HOLIDAYS:
        column, month, _example = lx.LUNAR_HOLIDAYS[name]
        holiday = (LUNAR, LUNAR_COLUMNS.index(column), -1) if groups.get("eve") else (LUNAR, LUNAR_COLUMNS.index(column))
        # "Lunar New Year's Eve": the day before
        if year:
            day = holiday_date(year, month, holiday)
            return Calendar(year, day.month, day.day) if day else Calendar(year)
        return Recurring(_relation(groups), month=month, holiday=holiday)
    if name in lx.EASTER_HOLIDAYS:
        offset = lx.EASTER_HOLIDAYS[name]
        if year:
            day = easter(year) + dt.timedelta(days=offset)
            return Calendar(year, day.month, day.day)
        return Recurring(_relation(groups), month=3, holiday=(0, offset))
    if name in lx.HOLIDAYS:
        month, day = lx.HOLIDAYS[name]
        return Calendar(year, month, day) if year else Recurring(_relation(groups), month=month, day=day)
    month, weekday, nth, after = lx.RELATIVE_HOLIDAYS.get(name) or (*lx.FLOATING_HOLIDAYS[name], 0)
    if year:
        day = holiday_date(year, month, (weekday, nth, after) if after else (weekday, nth))
        return Calendar(year, day.month, day.day) if day else Calendar(year)
    return Recurring(_relation(groups), month=month, holiday=(weekday, nth, after) if after else (weekday, nth))


def _year_in_words(groups: Groups) -> Unresolved:
    words = _key(groups["yearwords"]).replace("-", " ").replace(" and ", " ").split()
    if words[:2] == ["two", "thousand"]:
        year = 2000 + int(sum(lx.NUMBER_WORDS.get(word, 0) for word in words[2:]))
    else:
        century = int(lx.NUMBER_WORDS[words[0]]) * 100  # "eighteen seventy-seven", "nineteen hundred"
        year = century + int(sum(lx.NUMBER_WORDS.get(word, 0) for word in words[1:] if word != "hundred"))
    month = month_of(groups) if groups.get("month") else None  # "January nineteen ninety-seven"
    season = lx.SEASONS[_key(groups["season"])] if groups.get("season") else None  # "the winter of ..."
    return Calendar(year, month, season=season)


def _fiscal_year(groups: Groups) -> Unresolved:
    return Calendar(int(groups["year"] or groups["yearpre"] or 0))


def _year_period(groups: Groups) -> Unresolved:
    unit = Unit.QUARTER if _key(groups["pword"]) == "quarter" else Unit.YEAR
    return Calendar(int(groups["year"] or 0), report=unit)


def _year_earlier_period(groups: Groups) -> Unresolved:
    if groups.get("ymonths"):  # "the year-earlier nine months": an amount of time
        return Literal(duration_value(float(lx.NUMBER_WORDS[_key(groups["ymonths"])]), Unit.MONTH))
    within = Unit.QUARTER if groups.get("yquarter") else None
    current = bool(groups.get("yago"))  # "year-ago" compares with the report's period; "the previous year" follows
    quarter = lx.ORDINALS[_key(groups["yord"])] if groups.get("yord") else None  # "the year-ago third quarter"
    return Shift(
        Unit.YEAR,
        -1,
        anaphoric=True,
        follow_granularity=quarter is None,
        current=current,
        within=within,
        quarter=quarter,
    )


def _anaphoric_quarter(groups: Groups) -> Unresolved:
    return Shift(
        Unit.QUARTER,
        0,
        anaphoric=True,
        follow_granularity=True,
        current=bool(groups.get("latest") or groups.get("latest2")),
    )


# ------------------------------------------------------------------------------------------------------ rules

D, T, DUR, S = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET

RULES: tuple[Rule, ...] = (
    # Full calendar dates.
    Rule(
        "iso-date",
        D,
        r"(?P<year>\d{4})-(?P<mnum>0[1-9]|1[0-2])-(?P<dnum>0[1-9]|[12]\d|3[01])"
        r"(?:[T\s](?P<isoh>[01]\d|2[0-3]):(?P<isom>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?",
        _numeric_date,
        "The report is dated 2022-02-24.",
    ),
    Rule(
        "numeric-date",
        D,
        r"(?:(?P<mnum>1[0-2]|0?[1-9])/(?P<dnum>3[01]|[12]\d|0?[1-9])|(?P<dfirst>1[3-9]|2\d|3[01])/(?P<mafter>1[0-2]|0?[1-9]))"
        r"/(?P<year>(?:19|20)\d\d)",  # a day above 12 first can only be the day: "17/3/1929"
        _numeric_date,
        "The form was signed 02/24/2022.",
    ),
    Rule(
        "numeric-date-short-year",
        D,
        r"(?<![\d/])(?:(?P<mnum>1[0-2]|0?[1-9])/(?P<dnum>3[01]|[12]\d|0?[1-9])"
        r"|(?P<dfirst>1[3-9]|2\d|3[01])/(?P<mafter>1[0-2]|0?[1-9]))/(?P<shortyear>\d\d)(?![\d/]|\.\d)",
        lambda g: _numeric_date({**g, "year": str(2000 + int(g["shortyear"] or 0))}),  # a century back when that
        # lies ahead (the tagger, as for "short-year")
        "The sentence was backdated to 19/4/95.",
    ),
    Rule(
        "dotted-date",
        D,
        r"(?P<ddot>3[01]|[12]\d|0?[1-9])\.(?P<mdot>1[0-2]|0?[1-9])\.(?P<year>(?:19|20)\d\d)(?!\.\d)",
        lambda g: Calendar(int(g["year"] or 0), int(g["mdot"] or 0), int(g["ddot"] or 0)),
        "The report was recorded on 12.03.2005.",  # day first, as Indian and European papers write it
    ),
    Rule(
        "numeric-month-day",
        D,
        r"(?<=\bon\s)(?P<mnum>1[0-2]|0?[1-9])/(?P<dnum>3[01]|[12]\d|0?[1-9])(?![/\d])",
        lambda g: Recurring(Relation.TENSE, month=int(g["mnum"] or 0), day=int(g["dnum"] or 0)),
        "The exhibition opens on 6/24.",
    ),
    Rule(
        "month-day-year",
        D,
        r"{PMOD}(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY},?\s+{YEAR}",
        _full_date,
        "Russia invaded on Feb. 24, 2022.",
    ),
    Rule(
        "day-month-year",
        D,
        r"{PMOD}(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}",
        _full_date,
        "Russia invaded on 24 February 2022.",
    ),
    Rule(
        "weekday-month-day",
        D,
        r"{PMOD}(?:{REL}\s+)?{WEEKDAY}(?:\s+(?P<wdpod>morning|afternoon|evening|night))?,?\s+{MONTH}\s+(?:the\s+)?{DAY}"
        r"(?(wdpod)(?!,?\s*\d\d\d\d))(?:\s+{POD})?",
        _weekday_date,
        "The vote is on Tuesday, March 25.",
    ),
    Rule(
        "week-of",
        D,
        r"the\s+week(?P<weekendof>end)?\s+of\s+{MONTH}\s+{DAY}(?:,?\s+{YEAR})?",
        _week_of,
        "The hearing is the week of March 6; the open house is on the weekend of Oct. 16.",
    ),
    Rule(
        "week-of-day-month",
        D,
        r"the\s+week(?P<weekendof>end)?\s+of\s+(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?",
        _week_of,
        "The strike runs in the week of 4 December.",
    ),
    Rule(
        "week-of-month",
        D,
        r"the\s+(?P<weekordinal>first|second|third|fourth|last|final)\s+week(?P<weekendof>end)?\s+(?:of|in)\s+{MONTH}"
        r"(?:,?\s+{YEAR})?",
        _week_of_month,
        "The review is due in the first week of December; the fair is on the first weekend of November.",
    ),
    Rule(
        "week-of-year",
        D,
        r"the\s+(?P<weekordinal>first|last|final)\s+week\s+of\s+(?:the\s+year\s+)?{YEAR}",
        _week_of_year,
        "Governments spent the last week of 1999 testing their systems.",
    ),
    Rule(
        "month-day",
        D,
        r"{PMOD}(?:{REL}\s+)?{MONTH}\s+(?:the\s+(?=\d{1,2}(?:st|nd|rd|th)\b"
        rf"|(?:{alternation(lx.DAY_ORDINALS)})(?:\s*(?:[.,;:!?)]|$)|\s+(?:\d{{4}}|at|in|and)\b)))?{{DAY}}(?:\s+{{POD}})?",
        _month_day,
        "The vote is on March 25.",  # and "on May the 6th", as British speakers say it
    ),
    Rule(
        "month-relative-year",
        D,
        r"{PMOD}(?:(?P<dday>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?)?{MONTH}"
        r"(?:\s+(?P<mday>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?,?)?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year",
        _month_of_relative_year,
        "The talks began in June last year.",
    ),
    Rule(
        "day-month",
        D,
        r"{PMOD}(?:(?:(?P<wdrel>this|next|last|coming)\s+)?{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}",
        _month_day,
        "The vote is on Tuesday 25 March.",
    ),
    Rule(
        "month-of-month",
        D,
        r"{PMOD}the\s+(?:(?:entire|whole|full)\s+)?month\s+of\s+{MONTH}(?:,?\s+{YEAR})?",
        lambda g: _month_year(g) if g.get("year") else _month(g),
        "It rained more than in the entire month of May.",
    ),
    Rule("month-year", D, r"{PMOD}{MONTH},?\s+(?:of\s+)?{YEAR}", _month_year, "It happened in November 2023."),
    Rule(
        "month",
        D,
        r"{PMOD}(?:(?:the\s+(?=previous|following|next|preceding))?{REL}\s+)?{MONTH}",
        _month,
        "The law takes effect in October.",
    ),
    # Years, decades, centuries.
    Rule("year", D, r"{PMOD}(?:the\s+year\s+)?{YEAR}", _year, "The group was founded in 2022."),
    Rule("post-year", D, r"(?P<pmod>post|pre)-{YEAR}", _year, "The post-1959 era."),
    Rule(
        "year-span",
        D,
        r"{PMOD}(?:(?P<spanthe>the)\s+(?=\d{4}[-–/](?:\d\d|\d{4})\s+(?:(?:fiscal|financial|school|academic)\s+year|winter|summer|season)\b))?"
        r"{YEAR}[-–/](?:(?P<nextyear>\d\d)(?![\d-])"
        r"|(?P<nextyear4>\d{4})(?=\s+(?:(?:fiscal|financial|school|academic)\s+year|winter|summer|season)\b))"
        r"(?:\s+(?:(?P<fiscal>fiscal|financial|school|academic)\s+year|(?P<spanseason>winter|summer)|(?(spanthe)season|(?!)))\b)?",
        _year_span,
        "He scored 30 goals during the 2013-14 season; output fell in the 1999-2000 fiscal year.",  # "the 2013-14
        # season" whole, as most hand sets tag it
    ),
    Rule(
        "short-year",
        D,
        r"['’](?P<shortyear>\d\d)(?![\d'’]|s\b)",
        lambda g: Calendar(2000 + int(g["shortyear"] or 0)),  # a century back when that lies ahead (the tagger)
        "I came on in '71.",
    ),
    Rule(
        "decade",
        D,
        r"(?:the\s+)?{PMOD}(?:(?<=of\s)the\s+)?(?:(?P<decade>1\d\d|20\d)0['’]?s|['’](?P<decade2>\d)0s"
        r"|(?:nineteen[-\s]+)?(?P<decadeword>twenties|thirties"
        r"|forties|fifties|sixties|seventies|eighties|nineties)|(?P<noughties>noughties))",
        _decade,
        "Prices fell in the 1990s.",
    ),
    Rule(
        "century",
        D,
        r"(?:the\s+(?!(?:1\d|20|21|[1-9])(?:st|nd|rd|th)-))?{PMOD}(?P<ordinal>(?:1\d|20|21|[1-9])(?:st|nd|rd|th)"
        r"|{CENTURYWORD})[-\s]+century",
        _century,
        "It shaped the 20th century.",
    ),
    # Seasons, quarters, halves, fiscal years.
    Rule(
        "season-of-year",
        D,
        r"{PMOD}(?:the\s+)?{SEASON}\s+(?:of\s+)?{YEAR}(?:[-–/]\d\d(?![\d-]))?",
        _season,
        "It rained in summer 2021.",
    ),
    Rule(
        "seasons-ago",
        D,
        rf"(?P<number>\d{{1,2}}|{alternation([w for w in lx.NUMBER_WORDS if lx.NUMBER_WORDS[w] >= 2 and lx.NUMBER_WORDS[w] < 100])})"
        r"\s+(?P<seasons>springs|summers|falls|autumns|winters)\s+ago",
        lambda g: Shift(
            Unit.YEAR, -int(_amount(g) or 0), season=lx.SEASONS[_key(g["seasons"])[:-1]]
        ),  # "three summers ago" read in 2014 -> 2011-SU
        "She watched the last launch three summers ago.",
    ),
    Rule(
        "season-short-year",
        D,
        r"{PMOD}(?:the\s+)?{SEASON}\s+(?:of\s+)?['’](?P<shortyear>\d\d)(?![\d'’]|s\b)",
        lambda g: Calendar(2000 + int(g["shortyear"] or 0), season=lx.SEASONS[_key(g["season"])]),
        "That was the winter of '61.",  # a century back when that lies ahead (the tagger, as for "short-year")
    ),
    Rule(
        "season-of-relative-year",
        D,
        r"{PMOD}(?:the\s+)?(?:(?=[a-z-]+\s+of\s)|(?!fall\b|spring\b))"  # not "troops could fall next year"
        r"{SEASON}\s+(?:of\s+|(?=(?:last|next|this)\s+year\b)){OFYEAR}",
        _season,
        "Production will begin in the spring of next year; the road is finished by late summer next year.",
    ),
    Rule("season", D, r"{PMOD}(?:the\s+)?(?:{REL}\s+)?{SEASON}(?:\s+months\b)?", _season, "Talks resume this spring."),
    Rule(
        "month-of-that-year",
        D,
        r"{PMOD}(?:(?:(?:the\s+)?(?P<dayfirst>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?)?{MONTH}"
        r"(?:\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)?|(?:the\s+)?{SEASON})"
        r"\s+(?:of\s+)?(?:that|the\s+same)\s+year",
        lambda g: Recurring(
            Relation.SAME,
            month=month_of(g) if g.get("month") else None,
            day=day_of(g) if g.get("day") else int(g["dayfirst"] or 0) if g.get("dayfirst") else None,
            season=lx.SEASONS[_key(g["season"])] if g.get("season") else None,
        ),
        "He was elected in 1992 and sworn in in January of that year; it reopened in October that year; the flood "
        "came in the spring of that year; she was found on 11 January that year.",
    ),
    Rule(
        "month-of-next-year",
        D,
        r"{PMOD}{MONTH}\s+of\s+the\s+(?P<dir>following|next|previous|preceding)\s+year",
        lambda g: Shift(Unit.YEAR, 1 if _key(g["dir"]) in ("following", "next") else -1, anaphoric=True, month=month_of(g)),
        "The dispute of 1876 dragged on until March of the following year.",
    ),
    Rule(
        "that-month-season",
        D,
        r"{PMOD}(?:that|the\s+same)\s+(?:{MONTH}|{SEASON}|{WEEKDAY})",
        lambda g: Recurring(Relation.SAME, month=month_of(g)) if g.get("month") else Recurring(
            Relation.SAME, weekday=lx.WEEKDAYS[_key(g["weekday"])]) if g.get("weekday") else Recurring(
            Relation.SAME, season=lx.SEASONS[_key(g["season"])]),
        "The band formed in 1968 and played its first show that May.",
    ),
    Rule(
        "month-range-quarter",
        D,
        r"(?:the\s+)?(?P<qfirst>(?:{MONTH}))[-–‐](?P<qlast>(?:{MONTHNAME}))(?:\s+(?:quarter|period))?"
        r"(?:,?\s+(?:of\s+)?{YEAR})?",
        _month_range_quarter,
        "Exports grew in the October-December quarter.",
    ),
    Rule(
        "month-quarter",
        D,
        r"(?:the\s+(?!\w+\.?[-‐]quarter))?{MONTH}(?:\s+|[-‐](?=quarter))(?:quarter|qtr\.?)(?:,?\s+(?:of\s+)?{YEAR})?",
        # "the June-quarter figures": an adjective, the article the noun's
        _month_quarter,
        "Profit rose in the December quarter.",
    ),
    Rule(
        "quarter",
        D,
        r"{PMOD}(?:the\s+(?!(?:fiscal\s+)?(?:{ORDWORD})-quarter\b))?"
        r"(?:{REL}\s+year['’]s\s+|(?:fiscal\s+)?(?P<yearpre>\d{4})\s+)?(?:fiscal\s+)?{ORDINAL}"
        r"[-\s]+(?:fiscal\s+)?quarter(?:(?:\s+of\s+|(?<=[-‐]quarter)\s+(?=\d{4}\b(?![-–/]\d)))"  # "first-quarter
        r"(?:(?:fiscal\s+|calendar\s+)?{YEAR}|{OFYEAR}|(?P<thatyear>that)\s+year))?",  # 1990 earnings"
        _quarter,
        "Profit rose in the third quarter.",
    ),
    Rule(
        "quarter-code",
        D,
        r"(?:Q(?P<qnum>[1-4])(?:[\s-]*{YEAR})?|(?P<yearpre>\d{4})[\s-]*Q(?P<qnum2>[1-4]))",
        lambda g: _quarter({**g, "qnum": g.get("qnum") or g.get("qnum2")}),
        "Sales in Q2 2021 were weak.",
        case_sensitive=True,
    ),
    Rule(
        "half-code",
        D,
        r"(?:H(?P<hnum>[12])[\s-]*{YEAR}|(?P<yearpre>\d{4})[\s-]*H(?P<hnum2>[12]))",
        _half_code,
        "Sales in H1 2023 were weak.",
        case_sensitive=True,
    ),
    Rule(
        "fiscal-code",
        D,
        r"FY\s?['’]?(?P<fy>\d{4}|\d{2})(?!\d)",
        _fiscal_code,
        "Revenue in FY2024 beat forecasts.",
        case_sensitive=True,
    ),
    Rule(
        "half",
        D,
        r"{PMOD}(?:the\s+)?(?:(?P<ordinal>first|second|latter|last|front|back)(?:\s+|[-‐])half(?![-‐]\w)"
        r"|(?P<twoq>first|last)\s+two\s+quarters(?=\s+of\s+(?:the\s+year\s+)?\d{4}))"
        r"(?:(?:\s+of\s+|(?<=[-‐]half)\s+(?=\d{4}\b(?![-–/]\d)))"  # "first-half 1992 capital spending"
        r"(?:(?:the\s+year\s+|fiscal\s+|calendar\s+)?{YEAR}|{OFYEAR}|(?P<thatyear>that)\s+year"
        r"|the\s+(?P<calendar>calendar|fiscal|financial)\s+year|(?P<fyrel>this|next|last)\s+(?:fiscal|financial)\s+year))?",
        _half,
        "Growth slowed in the first half of 2023; it picks up in the back half of the calendar year.",
    ),
    Rule(
        "fiscal-year",
        D,
        r"{PMOD}(?:fiscal(?:\s+year)?\s+{YEAR}|(?:the\s+)?(?P<yearpre>\d{4})\s+fiscal\s+year)",
        _fiscal_year,
        "Revenue in fiscal 2024 rose; the plant opens by the end of fiscal 2026.",
    ),
    Rule(
        "anaphoric-quarter",
        D,
        r"(?:(?P<qend>the\s+(?:end|close|start|beginning)\s+of)\s+)?"
        r"(?:the|that)\s+(?:(?:(?P<latest>latest|recent|most\s+recent|just[-\s]ended)|same|comparable|fiscal)\s+)?"
        r"quarter|the\s+(?:(?P<latest2>latest|most\s+recent)|same|comparable)\s+period",
        _anaphoric_quarter,
        "Sales rose in the latest quarter.",
    ),
    Rule(
        "year-period",
        D,
        r"the\s+{YEAR}\s+(?P<pword>period|quarter)",
        _year_period,
        "Net fell from $4 million in the 1988 period.",
    ),
    Rule(
        "same-period-of-year",
        D,
        r"the\s+(?:same|comparable|corresponding)\s+(?P<pword>period|quarter)\s+(?:of|in)\s+{YEAR}",
        _year_period,  # the report's own period, in that year
        "Sales rose from the same period of 2006.",
    ),
    Rule(
        "same-month-a-year-earlier",
        D,
        r"the\s+same\s+month\s+(?:a\s+year\s+(?:earlier|ago|before)|(?:of\s+)?last\s+year|of\s+the\s+previous\s+year)",
        lambda g: Shift(Unit.MONTH, -12, anaphoric=True),  # the month last named, a year back
        "Exports fell from the same month last year.",
    ),
    Rule(
        "period-a-year-earlier",
        D,
        r"the\s+(?:(?:comparable|corresponding|same)\s+)?(?:(?P<yquarter>quarter)|period)\s+"
        r"(?:a\s+year\s+(?:earlier|ago|before)|(?:of\s+)?last\s+year)",
        lambda g: _year_earlier_period({**g, "yago": "a year earlier"}),  # the report's period, a year back
        "Sales rose 4 percent from the same period a year earlier.",
    ),
    Rule(
        "year-earlier-period",
        D,
        r"(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?"
        r"(?:(?P<yago>year[-\s]earlier|year[-\s]ago)|previous[-\s]year|prior[-\s]year)"
        r"(?:\s+(?:(?P<yord>first|second|third|fourth)\s+(?=quarter))?(?:(?P<yquarter>quarter)|period)"
        r"|\s+(?:first\s+)?(?P<ymonths>three|six|nine)\s+months)?",
        _year_earlier_period,
        "Profit fell from the year-earlier quarter.",
    ),
    # Weekdays and days named from today.
    Rule(
        "day-of-period",
        D,
        r"the\s+(?P<dayord>first|last)\s+day\s+of\s+(?:{MONTH}(?:,?\s+{YEAR})?|(?P<yearonly>\d{4})\b"
        r"|(?P<theyear>the\s+year)\b)",
        _day_of_period,
        "The law takes effect on the first day of 2001; the office closes on the last day of the year.",
    ),
    Rule(
        "nth-weekday",
        D,
        r"(?:the\s+)?(?P<nth>first|second|third|fourth|last)\s+{WEEKDAY}\s+(?:in|of)\s+{MONTH}(?:,?\s+{YEAR})?",
        _nth_weekday,
        "The court returns on the first Monday in October.",
    ),
    Rule(
        "relative-season",
        D,
        rf"(?P<rel>this|last|next)\s+(?:(?:{alternation(lx.NAMED_SEASONS)})\s+)?season\b(?![-‐])",
        lambda g: Shift(Unit.YEAR, _THIS_NEXT_LAST[_key(g["rel"])]),
        "He scored 14 goals last season; last flu season was the worst in a decade.",  # a sports season (or a flu,
        # hurricane ... season) named from now: the year it is mostly in
    ),
    Rule(
        "the-new-year",
        D,
        r"{PMOD}(?:(?P<inmod>early|late)\s+in\s+)?the\s+new\s+year(?!['’]s)",
        lambda g: Shift(Unit.YEAR, 1),
        "The chamber will vote in the new year; the plant reopens early in the new year.",
        case_sensitive=True,
    ),  # fmt: skip
    Rule(
        "weekday",
        D,
        r"(?:(?P<pmod>early|late)\s+(?P<pmodon>on\s+)?)?(?:(?:the\s+(?=previous|following|next|preceding))?(?!past\s){REL}\s+"
        r"|(?<!\bbe\s)(?<!\bbeen\s)(?P<weekbefore>a\s+week\s+(?:on|from)\s+)|(?P<theday>the)\s+(?={DAYNAME}))?{WEEKDAY}"  # not
        # "it will be a week on Monday since ...": an amount of time
        r"(?:(?:\s+|[-‐](?=\w+[-‐\s]+[a-z])){POD}|\s+(?P<weekafter>(?-i:week))(?![\w'’-]))?"
        r"(?:\s+(?P<weekrel>last|next)\s+week\b|\s+(?P<postrel>last|next)"
        r"(?=\s*(?:[,.;:()]|$)|\s+(?:at|until|till|unless|from|when|after|before)\b))?"  # "Tuesday next week",
        # "Wednesday last" (British), "The death occurred on Sunday last at ...", "on Tuesday next unless ..."
        r"(?(theday)(?=\s*(?:[,.;:)!?\"”]|$)|\s+(?:and|when|as|at|in|to|with|he|she|they|we|it|I)\b))",  # "on the
        # Sunday, ...": the Sunday of the week told (not "the Sunday papers", "the Saturday after Easter")
        _weekday,
        "They met on Thursday.",
    ),
    Rule(
        "weekday-the-day",
        D,
        r"{WEEKDAY}(?:,?\s+(?:the\s+)?(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))|\s+the\s+(?P<dayword>"
        rf"{alternation([word for word, day in lx.DAY_ORDINALS.items() if day >= 10])}))"
        r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|at|in|to|through|when|with|for|from|until)\b)",
        lambda g: Recurring(
            Relation.TENSE, weekday=lx.WEEKDAYS[_key(g["weekday"])], day=day_of({"day": g.get("day") or g["dayword"]})
        ),
        "The show opens on Tuesday the 20th; the bins go out on Wednesday 21st.",
    ),
    Rule(
        "deictic-day",
        D,
        r"{PMOD}(?:(?P<weekon>a\s+(?:week|fortnight))\s+(?=today|tomorrow))?{DEICTIC}"
        r"(?:(?<=today|orrow)\s+(?P<weeklater>week)\b(?![-‐]))?(?:\s+{POD})?",  # British "tomorrow week"
        _deictic_day,
        "Shares fell yesterday.",
    ),
    Rule(
        "this-part-of-day",
        T,
        r"{PMOD}(?P<rel>this|last|early\s+this|late\s+last)\s+{POD}",
        _this_pod,
        "He spoke this morning.",
    ),
    Rule(
        "clock-time",
        T,
        r"{QMOD}{TIME}(?:(?!,?\s*{DAYNAME}\s*(?:through|thru|to|-|–)\s*{DAYNAME}(?!\s+(?:morning|afternoon|evening|night)\b))"
        # "to 5 p.m., Monday through Friday", "until 9 p.m. Monday to Thursday": office hours, every week (but "from 7
        # p.m. Saturday through Monday afternoon" is a span from Saturday's evening)
        r",?\s+(?:(?:{REL}\s+)?{WEEKDAY}"
        r"(?:,?\s+{MONTH}\s+{DAY}(?:,\s+{YEAR})?"
        r"|\s+(?P<wdpod>afternoon|evening|night|morning)\b)?(?:\s+(?-i:[ECMP][SD]?T|GMT|UTC)\b)?"
        r"|(?!(?<=[mM]\.\s)(?-i:[A-Z]))"  # "at 7:40 a.m. Today the first bus ...": a new sentence, not the clock's day
        r"{DEICTIC}(?:\s+(?P<deicticpod>morning|afternoon|evening|night)\b)?"
        r"|{HOLIDAY}|(?P<dayword>last|this)\s+(?P<daypod>night|morning|afternoon|evening)))?",
        _clock,
        "Polls close at 8 p.m.",
    ),
    Rule(
        "clock-past",
        T,
        rf"{{QMOD}}(?P<pastmin>half|(?:a\s+)?quarter|(?P<pastcount>[1-5]?\d(?=\s+minute)|{_COUNTED_MINUTES})"
        r"(?:\s+minutes?)?)\s+(?:(?P<pastdir>past|after)|(?:(?<=quarter\s|minutes\s)|(?<=\bfive\s)|(?<=\bten\s)"
        r"|(?<=\btwenty\s)|(?<=twenty-five\s))(?P<pastto>to))\s+"
        rf"(?:(?P<pasthour>{_HOUR_WORDS}|1[0-2]|[1-9])"
        r"|(?:(?<=minutes\spast\s)|(?<=minutes\sto\s)|(?<=minute\spast\s))(?P<pastnoon>midnight|noon))"  # "two minutes to midnight", "one minute past midnight"
        rf"(?![\w:]|\.\d|\s+(?!{_AFTER_SPOKEN_HOUR}\b)[a-z])"
        r"(?:\s+(?P<ockday>this|that|yesterday|tomorrow|last|the\s+next|the\s+following)\s+(?P<ockpod>morning|afternoon|evening|night)"
        r"|\s+(?P<ocktonight>tonight)|\s+in\s+the\s+(?P<pastpod>morning|afternoon|evening))?",
        lambda g: _clock_past(g),
        "The first plane struck at a quarter to nine; the clock stood at two minutes to midnight.",
    ),
    Rule(
        "half-hour-british",
        T,
        rf"(?:{_SIGNAL_BEFORE}|(?<=\bit['’]s\s)|(?<=\bgone\s)|(?<=\bbetween\s)|(?<=\band\s))"  # "at half eleven", "It's half six",
        # "just gone half eight", "between half seven and half nine"
        rf"(?P<pastmin>half)\s+(?P<pasthour>{_HOUR_WORDS})(?![\w'’-]|\s+(?!{_AFTER_SPOKEN_HOUR}\b)[a-z])"
        r"(?:\s+(?P<ockday>this|that|yesterday|tomorrow|last|the\s+next|the\s+following)\s+(?P<ockpod>morning|afternoon|evening|night)"
        r"|\s+(?P<ocktonight>tonight)|\s+in\s+the\s+(?P<pastpod>morning|afternoon|evening))?",
        lambda g: _clock_past({**g, "pastdir": "past"}),  # British and Irish "half seven": half past seven
        "The head sent everyone home at half eleven.",
    ),
    Rule(
        "spoken-clock",
        T,
        rf"(?=(?:{_HOUR_WORDS})[-\s][a-z])(?:{_SIGNAL_BEFORE}|(?<=\bit['’]s\s)|(?<=\bit\sis\s)|(?<=\bgone\s))"
        rf"(?P<spokenhour>{_HOUR_WORDS})[-\s](?P<spokenmin>{_MINUTE_WORDS})"  # "It's six thirty-five"
        rf"(?![\w'’-]|\s+(?!{_AFTER_SPOKEN_HOUR}\b)[a-z])",
        _spoken_clock,
        "It's six thirty-five on CBC, and traffic is crawling at eight-thirty.",
    ),
    Rule(
        "bare-hour",
        T,
        r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bfrom\s)|(?<=\bbefore\s)|(?<=\bafter\s)"
        r"|(?<=\buntil\sabout\s)|(?<=\buntil\saround\s)|(?<=\btill\sabout\s)"  # "shut until about eight"
        r"|(?=\d{1,2}\.\d)(?:(?<=\babout\s)|(?<=\baround\s)))"
        rf"(?:(?P<dothour>[01]\d|2[0-3]|[1-9])\.(?P<bareminute>[0-5]\d)(?![\w'’-]|[:.,]?\d)"  # "landed at 6.15": British
        rf"(?![^\S\n]*(?:%|[ap]\.?\s?m\b|(?:{alternation(lx.DECIMAL_UNITS)})\b))"
        rf"|(?P<barehour>1[0-2]|[1-9]|{_HOUR_WORDS})(?![\w'’-]|[:.,]\d)"
        r"(?=\s*(?:[.;!?\"”)]|,(?!\d)|$)|\s+(?:sharp|tonight|nightly|and(?!\s+a\s+(?:half|quarter)\b)|until|till|at\s+the|with"
        r"|for\s+(?:the|more|a|an))\b"
        r"|\s+to\s+(?:1[0-2]|[1-9])(?:\s*[ap]\.?\s?m\b|\s*(?:[.;!?](?!\d)|,(?!\d)|$)|\s+at\s+the\b)))",  # not "6 to 8 inches"
        _bare_hour,
        "Gates open at 6.",
    ),
    Rule(
        "log-stamp",
        T,
        r"(?:(?<=\n)|(?<![\s\S]))(?P<hourz>[01]\d|2[0-3])(?P<minutez>[0-5]\d)"
        r"(?=[^\S\n]+(?-i:[A-Z])|[^\S\n]*[-–—:][^\S\n])",
        _clock,
        "All times GMT.\n\n2145 - The prime minister said the talks would go on.",  # (a year, "1805 The battle", needs
        # a page that says its times are a zone's: see ``_LOG_TIMES``)
    ),
    Rule(
        "clock-date",
        T,
        r"{QMOD}{TIME},?\s+{MONTH}\s+{DAY}(?:,\s+{YEAR})?",
        _clock,
        "Bids are due by 5 p.m. EST Nov. 9.",
    ),
    Rule(
        "holiday",
        D,
        r"(?:{REL}\s+|the\s+(?=(?:[A-Z][a-z]+\s+)?bank\s+holiday\b(?!\s+weekend)|(?i:feast\s+of|epiphany)\b))?"  # "the
        # August bank holiday", "the feast of the Immaculate Conception", "the Epiphany"
        r"{HOLIDAY}(?P<eve>['’]s\s+eve\b)?(?:\s+{POD})?(?:,?\s+(?:of\s+)?{YEAR}|\s+(?P<hrel>last|this|next)\s+year"
        r"|\s+(?P<hsame>that|the\s+same)\s+year)?",
        _holiday,
        "Talks paused over Christmas 2020.",
        case_sensitive=False,
    ),
    # Units counted from today or from the previous mention.
    Rule(
        "day-of-the-month",
        D,
        r"(?:(?<=\bon\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bby\s)|(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\bbefore\s)"
        r"|(?<=\bafter\s)|(?<=\bnight\sof\s)|(?<=\bmorning\sof\s)|(?<=\bevening\sof\s)|(?<=\bafternoon\sof\s))"
        r"the\s+(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
        rf"|{alternation([w for w in lx.DAY_ORDINALS if w not in ('first', 'second', 'third')])})"
        r"(?:\s+of\s+(?:that|the\s+same)\s+month)?"  # "on the 21st of that month": the month told of
        r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|to|through|when|at|in)\b|\s+(?-i:he|she|they|we|I|it)\s"
        r"|\s+(?-i:a|an|the|his|her|its|their|our|my)\s)",  # "on the 11th a supply boat got through": no noun of
        # its own, as in "on the 11th floor"
        lambda g: Recurring(Relation.TENSE, month=7, day=4) if g["day"] == "Fourth" else Shift(
            Unit.MONTH, 0, anaphoric=True, day=day_of(g)
        ),  # "by the Fourth": the Fourth of July
        "The ship left Halifax in February 1955 and docked on the 26th.",
    ),
    Rule(
        "day-of-relative-month",
        D,
        r"(?:the\s+)?(?:{DAY}|(?P<nth>first|second|third|fourth|last)\s+{WEEKDAY})\s+of\s+(?P<rel>this|next|last)\s+month",
        _day_of_relative_month,
        "Filings are due on the 20th of this month; the board meets on the first Monday of next month.",
    ),
    Rule(
        "relative-unit",
        D,
        r"(?!earlier\s+this\s+week\b)"  # "earlier this week": the corpus tags "this week" (4 of 4; "later this week" whole)
        r"(?:(?P<sametime>(?:this|the\s+same)\s+time)\s+(?=(?:last|next)\s+(?:week|month|year)\b))?"  # "this time last year"
        r"{PMOD}(?P<the>the\s+)?{REL}\s+(?P<runit>fiscal\s+year|calendar\s+year|school\s+year|business\s+year"
        r"|financial\s+year|election\s+year|week(?:end)?|month|year"
        r"|quarter|decade|century|half(?![-\s]+hour)){ORSO}",
        _relative_unit,
        "Prices rose last week.",
    ),
    Rule(
        "latest-fiscal-year",
        D,
        r"the\s+(?:latest|most\s+recent|just[-\s]ended|last\s+completed)\s+(?:fiscal|financial)\s+year",
        lambda g: Shift(Unit.YEAR, -1),  # the last one closed: "sales in the latest fiscal year" read in October 1989
        # -> 1988, as the corpus has it
        "Supermarkets made 27% of its sales in the latest fiscal year.",
    ),
    Rule(
        "fiscal-period-ended",
        DUR,
        r"the\s+(?:fiscal\s+|financial\s+)?(?P<unit>year|quarter|month)(?=\s+end(?:ed|ing)\b|\s+to\s+(?:{MONTHNAME})\b)",
        lambda g: Literal(duration_value(1, unit_of(g))),
        "Revenue was $76 million for the year ended March 31.",
    ),
    Rule(
        "the-year",
        D,
        r"{PMOD}(?:(?P<inmod>earlier|later|early|late)\s+in\s+(?=the\s+(?:year|month)\b))?"  # "later in the year"
        r"(?:the\s+(?P<rqual>(?:full(?:\s+fiscal)?|fiscal|financial|current\s+(?:fiscal|financial)|calendar|entire)\s+)?"
        r"(?:(?:(?:bank\s+)?holiday|long)\s+(?=weekend))?"
        r"(?P<runit>year|month|week|weekend|decade|century)(?!\s+\d)|(?P<yearend>year[-\s]end|year['’]s\s+end)"
        r"|(?P<midyear>mid-?year)\b|(?=mid)" + _SIGNAL_BEHIND + r"(?:(?P<midweek>mid-?week)|(?P<midcentury>mid-?century))\b)",
        lambda g: Shift(
            Unit.YEAR if g.get("yearend") or g.get("midyear") else Unit.WEEK if g.get("midweek")
            else Unit.CENTURY if g.get("midcentury") else _DEICTIC_UNITS[_key(g["runit"])],
            0,
            by_tense=True,
            story=not g.get("rqual") and _key(g.get("runit")) in ("year", "month", "week", "decade"),
        ),
        "Sales for the year rose.",
    ),
    Rule(
        "year-in-words",
        D,
        r"{PMOD}(?:the\s+year\s+|{MONTH},?\s+(?:of\s+)?|(?:the\s+)?{SEASON}\s+of\s+)?"
        r"(?P<yearwords>(?:seventeen|eighteen|nineteen)[-\s]+(?:"
        + _NUMBER_COMPOUND
        + r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
        r"|fifty|sixty|seventy|eighty|ninety|hundred)"
        r"|two\s+thousand(?:\s+and)?(?:[-\s]+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)",
        _year_in_words,
        "It happened in nineteen ninety-six.",
    ),
    Rule(
        "anaphoric-unit",
        D,
        r"{PMOD}(?P<ana>the\s+next|the\s+following|the\s+previous|the\s+preceding|the\s+prior|that(?:\s+same)?"
        r"|the\s+same)\s+(?P<runit>day|week|month|year|weekend|(?<=that\s)decade|(?<=same\s)decade)(?:\s+{POD})?",
        _anaphoric_unit,
        "The deal closed on March 3, 2021. The following day, shares rose.",
    ),
    Rule(
        "unit-before-last",
        D,
        r"the\s+(?P<runit>week(?:end)?|month|year)\s+(?:before\s+last|(?P<afternext>after\s+next))",
        lambda g: Shift(_DEICTIC_UNITS[_key(g["runit"])], 2 if g.get("afternext") else -2),
        "Exports fell the year before last; the tour reaches Boston the week after next.",
    ),
    Rule(
        "unit-before-after",
        D,
        rf"the\s+(?P<runit>day|week|month|year)\s+(?P<ana>{alternation(lx.BEFORE_AFTER)})",
        lambda g: _anaphoric_unit(
            {**g, "ana": "the previous" if _key(g["ana"]) in ("before", "earlier") else "the next"}
        ),  # fmt: skip
        "The law passed on July 1, 2015. The day before, lawmakers debated it.",
    ),
    Rule(
        "pod-deictic",
        T,
        r"{PMOD}{POD}\s+{DEICTIC}",
        _deictic_day,
        "In London at mid-afternoon yesterday, shares were up.",
    ),
    Rule(
        "pod-alone",
        T,
        r"(?:(?P<inmod>early|late)\s+in\s+(?=the\s))?(?P<podthe>the\s+)?{PMOD}{POD}",  # "late in the evening"
        _pod_alone,
        "By mid-afternoon, the crowd had gone.",
    ),
    Rule(
        "pod-before-after",
        T,
        r"the\s+{POD}\s+(?P<podana>before|after)(?=\s*(?:[.,;:!?)]|$))",
        lambda g: _anaphoric_unit({**g, "runit": "day", "ana": "the previous" if _key(g["podana"]) == "before" else "the next"}),
        "Lines formed the night before.",
    ),
    Rule(
        "anaphoric-pod",
        T,
        r"(?:(?P<pmod>early|late)\s+)?(?P<ana>the\s+next|the\s+following|the\s+previous|the\s+preceding|that"
        r"|the\s+same)\s+{POD}",
        lambda g: _anaphoric_unit({**g, "runit": "day"}),
        "He left on Friday. The next morning he was back.",
    ),
    Rule(
        "ago",
        D,
        rf"{{QMOD}}(?:{{NUMBER}}\s+)?{{UNIT}}(?P<andhalf>\s+and\s+a\s+half)?{{ORSO}}"
        rf"\s+(?P<dir>{alternation(lx.AGO_DIRECTIONS)}|before(?=\s*(?:[.,;:)]|$))|(?-i:on)(?=,)(?!,\s*\w+\s+\w+\s+off\b))"  # "up from 1.9 million a
        r"(?!(?<=now)\s+on\b)",  # year before." (not "a year before the war"); not "twice a month from now on";
        # "Fifty years on, the village remembers" (not "five years on probation", "21 days on, 21 days off", or
        # a title's "Ten Years On")
        _ago,
        "The plant closed three years ago.",
    ),
    # Amounts of time.
    Rule(
        "past-n-units",
        DUR,
        rf"{{QMOD}}(?:(?P<spanthe>the|these|this|(?:its|their|his|her|our|my)(?=\s+\w+\s+(?:\d|{_COUNT_WORDS})))"
        rf"\s+(?P<span>{alternation(lx.SPANS)})"
        r"|(?:past|next|coming)(?!\s+an?\s))\s+"
        r"(?:{RANGE}{NUMBER}\s+(?:(?:trading|business|working|fiscal|financial)\s+)?)?{UNIT}(?P<andhalf>\s+and\s+a\s+half)?"
        r"(?P<ortwo>(?<!s)\s+or\s+two\b(?!\s+and))?{ORSO}(?!\s+ago\b)",  # not "lost this final two years ago"
        _span_duration,
        "Sales rose in the past two months; more storms could follow over the next week or two.",
    ),
    Rule(
        "the-fortnight",
        DUR,
        r"the\s+fortnight\b(?!\s+(?:before|after|earlier|later|ago)\b)",
        lambda g: Literal("P2W"),
        "A record 420,000 spectators came over the fortnight.",  # a tournament's two weeks
    ),
    Rule(
        "someday",
        D,
        r"one\s+day(?=\s+[a-z])(?!\s+at\s+a\s+time\b)",  # not "taking it one day at a time"
        lambda g: Literal("FUTURE_REF"),
        "Islam will one day be the largest religion.",
    ),
    Rule(
        "duration",
        DUR,
        r"{QMOD}(?:(?:the|these|those)\s+(?:(?:first|latest)\s+)?(?=(?:[\w.,]+\s+){1,3}(?:{PLURALS})\b))?"
        r"(?:{RANGE}{NUMBER}|(?P<another>another|a\s+further(?=\s+(?:day|week|month|year|hour|fortnight)\b)))"
        r"(?:\s+(?:more|full|long|straight|consecutive|additional|extra|whole|entire))?"
        r"(?:\s+(?:trading|business|working|calendar|school)|(?<!\ba)(?<!\ban)\s+(?:fiscal|financial))?[-\s]+{UNIT}"
        r"(?:-long|-old|(?![-‐][a-z]))(?:(?P<andhalf>\s+and\s+a\s+half)|(?P<andquarter>\s+and\s+a\s+quarter\b))?"
        r"(?P<ortwo>(?<!s)\s+or\s+two\b(?!\s+and))?{ORSO}",
        _duration,
        "The trial lasted three years.",
    ),
    Rule(
        "nights",
        DUR,
        r"{QMOD}(?:the\s+(?:past|last|next|coming|first|final|previous)\s+)?{RANGE}{NUMBER}"
        r"(?:\s+(?:more|straight|consecutive|successive|further|sleepless|long))?\s+(?-i:nights)\b"
        r"(?!\s+(?:earlier|later|ago|before|after)\b)",  # not "Seven Nights" (a title), "two nights later" (a day)
        _nights,
        "The festival runs for three nights; police made arrests over the past two nights.",
    ),
    Rule(
        "race-time",
        DUR,
        r"(?:(?<!\bat\s)(?<!\bby\s)(?<!\buntil\s)(?<!\bfrom\s)(?P<rh>\d{1,2}):(?P<rm>[0-5]\d):(?P<rs>[0-5]\d)"
        r"(?!\.\d|\s*(?:[ap]\.?\s?m\b|(?-i:[A-Z]{2,4}\b)|local\b|Coordinated\b))"
        r"|(?P<sm>\d{1,2}):(?P<ss>[0-5]\d\.\d{1,3})(?!\d)"  # "ninth in 13:21.40", "a lap of 8:17.952"
        r"|(?:(?P<uh>\d{1,2})\s?hrs?\.?\s+)?(?P<um>\d{1,2})\s?mins?\.?\s+(?P<us>\d{1,2}(?:\.\d+)?)\s?secs?\b"
        r"|(?P<vh>\d{1,2})\s?hrs?\.?\s+(?P<vm>\d{1,2})\s?mins?\b)",  # "in 4hr 46min 12sec", "by 1min 29sec"
        _race_time,
        "She won the marathon in 2:06:39, a course record; he leads by 1min 29sec.",
    ),
    Rule(
        "fraction-of-second",
        DUR,
        r"an?\s+(?P<fraction>tenth|hundredth|thousandth)\s+of\s+a\s+second",
        lambda g: Literal({"tenth": "PT0.1S", "hundredth": "PT0.01S", "thousandth": "PT0.001S"}[_key(g["fraction"])]),
        "She won by a tenth of a second.",
    ),
    Rule("unit-long", DUR, r"(?:(?P<old>(?<![-‐\w])(?=[a-z]+-old\b))?{UNIT}-(?(old)old|long)|(?P<closedlong>(?:day|week|month|year|hour|night)long)\b)", _unit_long,
         "It ended a month-long strike."),
    Rule(
        "later-in-the-day",
        D,
        r"(?:(?<=\bearlier\sin\s)|(?<=\blater\sin\s))the\s+day",
        lambda g: Shift(Unit.DAY, 0, anaphoric=True),
        "The president arrived in Philadelphia later in the day.",
    ),
    Rule(
        "end-of-the-day",
        D,
        r"(?=the\s+(?:end|close|start|beginning)\s+of\s+the\s)(?:{PMOD})the\s+(?:(?:business|trading)\s+)?day",
        lambda g: Shift(Unit.DAY, 0),
        "They must put a final offer before the end of the day.",
    ),
    Rule(
        "quarter-century-ago",
        D,
        rf"an?\s+quarter[-‐\s]century\s+(?P<dir>{alternation(lx.AGO_DIRECTIONS)})",
        lambda g: _ago({**g, "number": "25", "unit": "years"}),
        "A quarter century later, the plant is a museum.",
    ),
    Rule(
        "quarter-century",
        DUR,
        r"{QMOD}(?:(?:an?|another|one|the\s+(?:past|last|next|first|previous))\s+quarter(?:[-‐\s]|\s+of\s+a\s+)"
        r"(?P<qcentury>century)|(?P<qcount>a|one|three)\s+quarters?\s+of\s+an?\s+(?P<qunit>hour|century)"
        r"|an?\s+quarter[-‐\s]hour)",
        _quarters,
        "The market has been open for a quarter century.",
    ),
    Rule(
        "half-unit",
        DUR,
        r"(?:(?:an?|the\s+(?:next|past|last|first)|the(?=\s+half[-‐\s][a-z]+\b(?!\s+(?!(?:since|before|after|of|that"
        r"|in|to|ago|or|and|ahead|earlier|later)\b)[a-z])))\s+)?"  # "in the half-century since" (not "the half-hour show")
        r"half[-‐\s](?P<unit>hour|day|year|century|decade)",
        lambda g: Literal(duration_value(0.5, unit_of(g))),
        "The show ran for a half-hour.",
    ),
    Rule(
        "vague-duration",
        DUR,
        rf"(?:(?P<recent>recent|the)\s+|(?P<matter>a\s+matter\s+of)\s+)?(?P<unit>{alternation(lx.VAGUE_UNITS)})"
        r"(?P<ahead>\s+ahead|(?(recent)\s+to\s+come|(?!)))?(?!(?<=Years)\s+\d)",  # not "pupils in Years 11 and 13": school years
        _vague_duration,
        "Prices rose in recent years; the rules will hold in the years to come.",
    ),
    # Sets.
    Rule(
        "set-word",
        S,
        r"(?:{TIMES}[-‐\s]+)?(?P<setword>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly"
        r"|semiannually|weekends|weeknights|(?:(?:every|each)\s+weekday|weekdays)(?!['’])|fortnightly|quarterly(?=\s*(?:[.,;:!?)]|$))"
        r"|weekday(?=\s+(?:morning|afternoon|evening|night)s\b))"
        r"(?:(?<=weekday)\s+(?P<wdpod>morning|afternoon|evening|night)s?\b)?",  # "every weekday morning", "on weekday
        # afternoons"
        _set_word,
        "The index is published weekly.",  # "It holds the auctions quarterly.": an adverb (not "a quarterly dividend")
    ),
    Rule(
        "per-unit",
        S,
        r"(?:(?:(?P<times>{TIMES})\s+)?(?:a|per|an(?=\s+hour))\s+|(?P<hyphened>once|twice|thrice)-a-)"
        r"(?P<unit>year|month|week|day|hour|(?(times)(?:decade|century|fortnight)|(?(hyphened)(?:decade|century)|(?!))))",
        # "once a decade", "once a fortnight", "a once-a-decade event", not "5% a decade"
        _every_unit,
        "Interest of 5% a year is paid.",
    ),
    Rule(
        "every-unit",
        S,
        rf"(?:{{TIMES}}\s+)?(?:{alternation(lx.EVERY_WORDS)})\s+(?:(?P<other>other|second)\s+|{{RANGE}}{{NUMBER}}\s+"
        r"|(?P<nth>third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"  # "every fifth day": five days apart
        r"|(?P<halfunit>half[-‐\s])(?=hour\b)|(?P<quarterunit>quarter[-‐\s])(?=hour\b)"
        rf")?(?:(?:trading|business|working|school)\s+(?=day))?{{UNIT}}{{ORSO}}",  # "every trading day"
        _every_unit,
        "Rates are reviewed every year; voters go to the polls every three years or so.",
    ),
    Rule(
        "the-week-ahead",
        D,
        r"the\s+week\s+ahead\b",
        lambda g: Shift(Unit.WEEK, 1),
        "Coming up after the news, the weather for the week ahead.",  # the calendar week after this one, as the
        # hand sets read it on a Friday or a Sunday
    ),
    Rule(
        "alternate-units",
        S,
        r"alternate\s+(?P<unit>days|weeks|months|years)\b",
        lambda g: Literal(duration_value(2, Unit(lx.UNITS[_key(g["unit"])]))),
        "Residents may water their gardens on alternate days.",
    ),
    Rule(
        "every-season",
        S,
        r"(?:every|each)\s+{SEASON}",
        lambda g: Literal(f"XXXX-{lx.SEASONS[_key(g['season'])]}"),
        "The river floods every summer.",
    ),
    Rule(
        "every-month",
        S,
        r"(?:every|each)\s+(?:(?:the\s+)?(?P<dayfirst>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?|{DAYWORDS})\s+(?:of\s+)?)?{MONTH}"
        r"(?(dayfirst)|(?:\s+{DAY})?)",  # "every 6 May" as "every May 6"
        _every_month,
        "The parade is held each July; the club meets every 6 May.",
    ),
    Rule(
        "day-every-month",
        S,
        r"the\s+{DAY}\s+(?:day\s+)?of\s+(?:every|each)\s+month",
        lambda g: Literal(f"XXXX-XX-{day_of(g):02d}"),
        "Benefits are paid on the 25th of every month.",
    ),
    Rule(
        "every-weekday",
        S,
        r"(?:every|each)\s+(?:(?:other|second|alternate|single)\s+)?{WEEKDAY}(?:\s+{POD})?|(?:alternate\s+)?(?P<weekdays>{DAYNAME}s)",
        lambda g: _every_weekday({**g, "weekday": g.get("weekday") or g.get("weekdays")}),
        "The market closes early every Friday.",
    ),
    Rule(
        "nth-weekday-every-month",
        S,
        r"the\s+(?:first|second|third|fourth|last)\s+{WEEKDAY}\s+(?:of|in)\s+(?:each|every)\s+month",
        lambda g: Literal("P1M"),
        "The council meets on the first Monday of each month.",
    ),
    Rule(
        "date-every-year",
        S,
        r"{MONTH}\s+{DAY}\s+(?:each|every)\s+year",
        lambda g: Literal(f"XXXX-{month_of(g):02d}-{day_of(g):02d}"),
        "The fee is due April 1 each year.",
    ),
    Rule(
        "every-holiday",
        S,
        r"(?:every|each)\s+{HOLIDAY}",
        _every_holiday,
        "The family gathers every Christmas.",
    ),
    Rule(
        "every-part-of-day",
        S,
        r"(?:every|each)\s+{POD}",
        lambda g: Literal(f"XXXX-XX-XXT{lx.PARTS_OF_DAY[_key(g['pod'])]}"),
        "The pope rests every afternoon.",
    ),
    Rule(
        "most-parts-of-day",
        S,
        r"most\s+(?P<pods>morning|afternoon|evening|night)s",
        lambda g: Literal(f"XXXX-XX-XXT{lx.PARTS_OF_DAY[_key(g['pods'])]}"),
        "She walked there most mornings.",
    ),
    Rule(
        "weekday-pods",
        S,
        r"{WEEKDAY}\s+(?P<pods>morning|afternoon|evening|night)s",
        lambda g: _every_weekday({**g, "pod": g["pods"]}),
        "The market is open on Wednesday afternoons.",
    ),
    # Vague references.
    Rule("reference", D, rf"(?P<ref>{alternation(lx.REFERENCES)})", _reference, "Prices are falling now."),
)
"""All rules.  When matches overlap, the longest wins; on equal length, the earlier rule."""


_PATTERNS = shared()
"""The compiled patterns of the last run (:mod:`timeline.regexcache`): start-up without 50 ms of compiling."""

COMPILED: tuple[tuple[Rule, re.Pattern[str]], ...] = tuple((rule, rule.compile(_PATTERNS)) for rule in RULES)


def modifier(groups: Groups) -> Mod | None:
    """The modifier given by the ``pmod``/``pmid``/``qmod`` groups of a match, if any."""
    if groups.get("pmid"):
        return Mod.MID
    if groups.get("pmod") or groups.get("pmodh") or groups.get("inmod"):
        text = _key(groups["pmod"] or groups["pmodh"] or groups["inmod"])
        if text == "post":
            return Mod.AFTER
        if text == "pre":
            return Mod.BEFORE
        return lx.MODIFIERS_BEFORE.get(text)
    if groups.get("qmod"):
        return lx.QUANTITY_MODIFIERS.get(_key(groups["qmod"]))
    if groups.get("orso"):
        return Mod.APPROX  # "the next year or so", "a week or so ago"
    if groups.get("yearend"):
        return Mod.END  # "by year-end", "at year's end": the end of the year
    if groups.get("midyear") or groups.get("midweek") or groups.get("midcentury"):
        return Mod.MID  # "before midyear", "by midweek", "by mid-century": the middle of the year, week, century
    if groups.get("qend"):
        return lx.MODIFIERS_BEFORE.get(_key(groups["qend"]))  # "toward the end of the quarter"
    if "couple" in _key(groups.get("number")):
        return Mod.APPROX  # "a couple of years": about two
    return None


# ------------------------------------------------------------------------------------------------- triggers

_STOP = frozenset({"the", "a", "an", "at", "of", "these", "right", "s", "and", "from"})


def _words(keys: Iterable[str]) -> frozenset[str]:
    """Every word of the keys of a table, lower case, without stop words.
    Example: "the near future" -> near, future."""
    return frozenset(word for key in keys for word in re.findall(r"[^\W_]+", key.lower()) if word not in _STOP)


_COMMON_HOLIDAY_WORDS = frozenset(
    "new may good king black day year eve st s of the early summer spring holiday august al ul all autumn mid june october "
    "canadian en".split()
)


def _holiday_words(names: Iterable[str]) -> frozenset[str]:
    """The distinctive words of holiday names, so that the holiday rule does not run near every "new" or "good":
    "Good Friday" -> friday; a name of common words only keeps its longest ("New Year" -> year)."""
    words: set[str] = set()
    for name in names:
        parts = re.findall(r"[^\W_]+", name.lower())
        rare = [part for part in parts if part not in _COMMON_HOLIDAY_WORDS]
        words.update(rare or [max(parts, key=len)])
    return frozenset(words)


TRIGGER_WORDS: dict[str, frozenset[str]] = {
    "clockpast": frozenset({"half", "quarter", "five", "ten", "twenty", "minutes", "minute", "eleven", "twelve",
                            "thirteen", "fourteen", "sixteen", "seventeen", "eighteen", "nineteen"}),
    "hourword": frozenset(_HOUR_WORDS.split("|")),
    "hourcue": frozenset(lx.BARE_HOUR_CUES) | frozenset(lx.NEAR_HOUR_ADVERBS) | frozenset(lx.BARE_HOUR_SIGNALS),
    "month": _words(lx.MONTHS),
    "weekday": _words(lx.WEEKDAYS) | {f"{day}s" for day in lx.WEEKDAYS if day.endswith("day")},
    "unit": _words(lx.UNITS),
    "season": _words(lx.SEASONS) | {f"mid{season}" for season in lx.SEASONS},  # "by midsummer"
    "seasons": frozenset({f"{season}s" for season in lx.SEASONS}),  # "three summers ago"
    "pod": _words(lx.PARTS_OF_DAY) | {"tonight", "noon", "midnight", "midmorning", "midafternoon"},
    "pods": frozenset({"mornings", "afternoons", "evenings", "nights"}),
    "timeunit": frozenset({"hr", "hrs", "min", "mins", "sec", "secs"}),
    "seasonword": frozenset({"season"}),
    "deictic": _words(lx.DEICTIC_DAYS),
    "holiday": _holiday_words(HOLIDAY_NAMES),
    "setword": frozenset(word for name in _SET_WORDS for word in name.split() if word not in ("every", "each")),
    "reference": _words(lx.REFERENCES),
    "decade": frozenset(DECADE_WORDS) | {"noughties"},
    "century": frozenset({"century", "centuries"}),
    "yearwords": frozenset({"seventeen", "eighteen", "nineteen", "thousand"}),
    "calendar-unit": frozenset(
        {
            "week",
            "weekend",
            "month",
            "year",
            "midyear",
            "midweek",
            "quarter",
            "decade",
            "century",
            "half",
            "weeks",
            "months",
            "years",
            "quarters",
            "end",
        }
    ),
    "quarter": frozenset({"quarter", "quarters", "period", "half", "fiscal"}),
    "clock": frozenset({"am", "pm", "m", "noon", "midnight", "midday", "gmt", "utc", "clock", "local", "eastern", "pacific", "hrs",
                        *_WIRE_ZONES}),
    "direction": _words([*lx.AGO_DIRECTIONS, *lx.BEFORE_AFTER]),
    "every": _words(lx.EVERY_WORDS),
    "span": _words(lx.SPANS),
    "relation": _words(lx.RELATIONS),
    "units": _words(lx.VAGUE_UNITS),
    "long": frozenset({"long", "old", "daylong", "weeklong", "monthlong", "yearlong", "hourlong", "nightlong"}),
    "new": frozenset({"new"}),
    "dayword": _words(lx.DAY_ORDINALS),
    "ordinal": frozenset({"first", "second", "third", "fourth", "last"}),
    "one": frozenset({"one"}),
    "anaphora": frozenset({"next", "following", "previous", "preceding", "prior", "that", "same"}),
}
"""Words that must occur in or next to an expression of each kind; a rule only runs near its trigger words.
Example: the "month" rules run only within a window around "March", "Sept", ...  Tokens that are numbers fall in
the classes ``year`` (1000-2099), ``decade`` ("1990s", "80s"), ``quarter-code`` ("Q3") and ``digit``."""

RULE_TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso-date": ("year",), "numeric-date": ("year",), "numeric-date-short-year": ("slash-date",), "dotted-date": ("year",), "numeric-month-day": ("slash-date",), "month-day-year": ("month",), "day-month-year": ("month",),
    "weekday-month-day": ("month",), "month-day": ("month",), "week-of": ("month",), "week-of-day-month": ("month",), "week-of-month": ("month",), "week-of-year": ("year",),
    "day-month": ("month",),
    "month-year": ("month",), "month-of-month": ("month",), "month": ("month",), "year": ("year",), "post-year": ("year",), "year-span": ("year",), "decade": ("decade",),
    "short-year": ("shortyear",), "century": ("century",), "season-of-year": ("season",), "season-short-year": ("season",), "seasons-ago": ("seasons",), "season-of-relative-year": ("season",), "season": ("season",), "quarter": ("quarter",), "month-range-quarter": ("month",), "month-quarter": ("month",),
    "quarter-code": ("quarter-code",), "half-code": ("quarter-code",), "fiscal-code": ("quarter-code",),
    "half": ("quarter",), "fiscal-year": ("quarter",),
    "anaphoric-quarter": ("quarter",), "year-period": ("year",), "same-period-of-year": ("year",), "same-month-a-year-earlier": ("calendar-unit",), "year-earlier-period": ("calendar-unit",), "period-a-year-earlier": ("quarter",), "weekday": ("weekday",), "nth-weekday": ("weekday",), "day-of-period": ("unit",), "the-new-year": ("new",),
    "deictic-day": ("deictic",), "weekday-the-day": ("weekday",), "this-part-of-day": ("pod",), "clock-time": ("clock", "pod"), "half-hour-british": ("clockpast",), "clock-past": ("clockpast",), "clock-date": ("clock",),
    "bare-hour": ("digit", "hourword"), "log-stamp": ("digit",), "spoken-clock": ("hourword",),
    "holiday": ("holiday",), "relative-season": ("seasonword",), "relative-unit": ("calendar-unit",), "day-of-relative-month": ("calendar-unit",), "day-of-the-month": ("dayordinal", "dayword"), "the-year": ("calendar-unit",),
    "fiscal-period-ended": ("calendar-unit",), "latest-fiscal-year": ("calendar-unit",), "year-in-words": ("yearwords",), "anaphoric-unit": ("unit",),
    "anaphoric-pod": ("pod",), "pod-before-after": ("pod",), "pod-deictic": ("pod",), "pod-alone": ("pod",), "ago": ("unit",), "past-n-units": ("unit",), "duration": ("unit",), "nights": ("pods",), "the-fortnight": ("unit",), "someday": ("unit",),
    "vague-duration": ("units",), "unit-long": ("long",), "race-time": ("clock", "timeunit"), "fraction-of-second": ("unit",), "half-unit": ("quarter",), "quarter-century": ("quarter",), "quarter-century-ago": ("quarter",), "end-of-the-day": ("unit",), "later-in-the-day": ("unit",), "set-word": ("setword",), "per-unit": ("unit",), "every-unit": ("unit",),
    "the-week-ahead": ("calendar-unit",), "alternate-units": ("units",), "day-every-month": ("unit",), "every-weekday": ("weekday",), "nth-weekday-every-month": ("weekday",), "date-every-year": ("month",), "weekday-pods": ("weekday",), "every-part-of-day": ("pod",), "most-parts-of-day": ("pods",), "every-holiday": ("holiday",), "that-month-season": ("month", "season", "weekday"), "month-of-that-year": ("month", "season"), "month-of-next-year": ("month",), "every-month": ("month",), "every-season": ("season",),
    "unit-before-after": ("calendar-unit", "unit"), "unit-before-last": ("calendar-unit", "unit"), "month-relative-year": ("month",), "reference": ("reference",),
}  # fmt: skip
"""The trigger classes of each rule: a rule is tried only in windows around tokens of these classes."""

RULE_NEEDS: dict[str, tuple[str, ...]] = {
    "month-of-month": ("calendar-unit",), "month-of-next-year": ("anaphora",),
    "month-day-year": ("digit", "dayword"), "day-month-year": ("digit", "dayword"), "weekday-month-day": ("digit", "dayword"), "month-day": ("digit", "dayword"),
    "day-month": ("digit", "dayword"), "date-every-year": ("digit", "dayword"), "month-year": ("digit",), "week-of": ("digit", "dayword"), "week-of-day-month": ("digit", "dayword"), "clock-date": ("month",),
    "month-relative-year": ("calendar-unit",), "season-of-year": ("digit",), "season-short-year": ("shortyear",), "season-of-relative-year": ("relation",), "ago": ("direction",),
    "unit-before-after": ("direction",), "unit-before-last": ("direction",), "every-unit": ("every",), "past-n-units": ("span",),
    "relative-unit": ("relation",), "month-quarter": ("quarter",), "day-of-period": ("ordinal",),
    "nth-weekday": ("ordinal",), "someday": ("one",), "every-month": ("every",), "anaphoric-unit": ("anaphora",),
    "that-month-season": ("anaphora",), "month-of-that-year": ("anaphora",), "every-part-of-day": ("every",), "every-holiday": ("every",),
    "bare-hour": ("hourcue", "clock"), "day-of-relative-month": ("dayordinal", "dayword", "ordinal"),
}  # fmt: skip
"""Trigger classes one of which must stand within reach for the rule to run: "March 3" needs a number near the
month name, so a text full of month names and no numbers does not run the day rules at all."""

WORD_CLASSES: dict[str, tuple[str, ...]] = {}
for _class, _members in TRIGGER_WORDS.items():
    for _word in _members:
        WORD_CLASSES[_word] = (*WORD_CLASSES.get(_word, ()), _class)


_DOTTED_BARE_HOUR_AFTER = "|".join(
    rf"(?<=\b{word}\s{hour}\.\d\d)"
    for word in ("at", "by", "until", "till", "from", "before", "after", "about", "around")
    for hour in (r"\d", r"\d\d")
)
"""The words of the bare-hour rule's look-behind before an hour with minutes after a dot ("at 6.15")."""

TRIGGER_PATTERN = _PATTERNS.compile(
    rf"(?<![^\W_])(?:{alternation(WORD_CLASSES)}|\d{{1,2}}:\d\d|\d{{1,2}}/\d{{1,2}}(?![/\d])"
    r"|(?:(?<=\n)|(?<=it's\s)|(?<=it’s\s)|(?<=it\sis\s))\d{1,2}\.[0-5]\d(?!\d|\.\d)"  # a log's "10.02", "It's 7.09"
    r"|\d{1,2}/\d{1,2}/\d\d(?![/\d])"  # "19/4/95"
    r"|\d\d?\.[0-5]\d(?:(?<=\bat\s\d\.\d\d)|(?<=\bat\s\d\d\.\d\d))"  # "at 10.30 today", "at 05.31" (the
    r"(?:(?=\s+(?:today|tonight|yesterday|tomorrow)\b)|(?<=0\d\.\d\d)(?!\d|\.\d))"  # digits first, then the look-behinds)
    rf"|\d\d?\.[0-5]\d(?:{_DOTTED_BARE_HOUR_AFTER})(?!\d|\.\d)"  # "landed at 6.15", "resumes at 21.15"
    r"|on(?<=s\son)(?=,)"  # the "on" of "Fifty years on, the village remembers" (only there a direction)
    rf"|\d{{3}}0['’]s|\d+[a-z]*|q[1-4]|h[12]"  # "the 1960's" as "the 1960s"
    rf"|fy\d{{0,4}}|['’]\d\d(?!\d))(?![^\W_])"
)
"""One pass over a lower-cased text finds every trigger token."""


@functools.lru_cache(maxsize=4096)
def token_classes(token: str) -> tuple[str, ...]:
    """The trigger classes of one token.  Example: "1990s" -> ("decade", "digit")."""
    lower = token.lower()
    if lower[0] in "'’":
        return ("shortyear",)  # "in '71"
    if ":" in lower or "." in lower:
        return ("clock", "digit")
    if "/" in lower:
        return ("slash-date", "digit")  # "6/24"
    if lower[0].isdigit():
        if lower.endswith(("am", "pm")) and lower[:-2].isdigit():
            return ("clock", "digit")  # "9pm", the "30am" of "11.30am"
        if len(lower) == 4 and lower.isdigit() and 1000 <= int(lower) <= 2199:
            return ("year", "digit")
        if re.fullmatch(r"\d{1,3}0['’]?s", lower):
            return ("decade", "digit")
        if re.fullmatch(r"[1-4]q", lower):
            return ("quarter-code", "digit")
        if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", lower):
            return ("digit", "dayordinal")  # "the 26th"
        if re.fullmatch(r"\d{1,2}(?:hrs?|mins?|secs?)", lower):
            return ("digit", "timeunit")  # "4hr 46min 12sec"
        return ("digit",)
    if re.fullmatch(r"q[1-4]|h[12]|fy\d{0,4}", lower):
        return ("quarter-code",)
    if lower == "on":
        return ("direction",)  # "years on," (the only "on" the trigger pattern takes)
    return WORD_CLASSES.get(lower, ())


assert set(RULE_TRIGGERS) == {rule.name for rule in RULES}, "every rule needs its trigger classes"


def save_patterns() -> bool:
    """Write the compiled patterns of the tagger and its TimeML front end for the next start, even where Python
    writes no bytecode (the set-up step calls this next to ``compileall``); whether anything was written."""
    import timeline.tagger
    import timeline.timeml  # noqa: F401

    return _PATTERNS.save(force=True)
