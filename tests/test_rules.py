"""Every rule's example and every word-table entry is itself a test: the tagger finds what the table says."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline import lexicon as lx
from timeline import rules
from timeline.extract import STRETCH_OF_BEFORE
from timeline.model import Mod, TimexType
from timeline.rules import RULE_TRIGGERS, RULES, alternation, easter, nth_weekday
from timeline.tagger import tag

REFERENCE = dt.date(2025, 3, 18)


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_rule_example_is_found_by_its_rule(rule) -> None:  # type: ignore[no-untyped-def]
    """Each rule's example sentence yields an expression found by that very rule."""
    found = tag(rule.example, REFERENCE)
    assert rule.name in [timex.rule for timex in found], [(t.text, t.rule) for t in found]


def test_every_rule_has_trigger_classes() -> None:
    """A rule without trigger words would never run."""
    assert all(RULE_TRIGGERS[rule.name] for rule in RULES)


ABBREVIATIONS = {key for key in lx.MONTHS if len(key) <= 4 and key not in ("may", "june", "july")}


@pytest.mark.parametrize(("word", "month"), sorted(lx.MONTHS.items()))
def test_month_table(word: str, month: int) -> None:
    """Each month name or abbreviation, with a year, gives that month."""
    written = word.title() + ("." if word in ABBREVIATIONS else "")
    found = tag(f"It happened in {written} 2020.", REFERENCE)
    assert [(t.text, t.value) for t in found] == [(f"{written} 2020", f"2020-{month:02d}")]


@pytest.mark.parametrize(("word", "weekday"), sorted(lx.WEEKDAYS.items()))
def test_weekday_table(word: str, weekday: int) -> None:
    """Each weekday name, in a past-tense sentence, gives the last such day on or before the reference date."""
    written = word.title() + ("." if len(word) <= 4 else "")
    found = tag(f"The council met on {written}, officials said.", REFERENCE)
    assert len(found) == 1
    day = dt.date.fromisoformat(found[0].value)
    assert day.isoweekday() == weekday
    assert 0 <= (REFERENCE - day).days < 7


@pytest.mark.parametrize(("word", "code"), sorted(lx.SEASONS.items()))
def test_season_table(word: str, code: str) -> None:
    """Each season with a year gives its TIMEX3 code."""
    found = tag(f"It rained in the {word} of 2020.", REFERENCE)
    assert [t.value for t in found] == [f"2020-{code}"]


@pytest.mark.parametrize(("word", "day"), sorted(lx.HOLIDAYS.items()))
def test_fixed_holiday_table(word: str, day: tuple[int, int]) -> None:
    """Each fixed-date holiday with a year gives its day."""
    found = tag(f"They met on {word.title()} 2020.", REFERENCE)
    assert [t.value for t in found] == [dt.date(2020, *day).isoformat()]


@pytest.mark.parametrize(("word", "rule"), sorted(lx.FLOATING_HOLIDAYS.items()))
def test_floating_holiday_table(word: str, rule: tuple[int, int, int]) -> None:
    """Each n-th-weekday holiday with a year gives its day."""
    found = tag(f"They met on {word.title()} 2020.", REFERENCE)
    assert [t.value for t in found] == [nth_weekday(2020, *rule).isoformat()]


@pytest.mark.parametrize(("rule", "entry"), sorted(lx.MONDAY_HOLIDAYS_FROM_1971.items()))
def test_monday_holiday_table(rule: tuple[int, int, int], entry: tuple[int, str]) -> None:
    """Each holiday moved to a Monday in 1971 falls on its old day before then, on its Monday after."""
    day, example = entry
    found = tag(example, REFERENCE)
    assert len(found) == 1 and found[0].value == f"{found[0].text[-4:]}-{rule[0]:02d}-{day:02d}"
    later = tag(found[0].text[:-4] + "1990", REFERENCE)
    assert [t.value for t in later] == [nth_weekday(1990, *rule).isoformat()]


@pytest.mark.parametrize(("word", "offset"), sorted(lx.EASTER_HOLIDAYS.items()))
def test_easter_holiday_table(word: str, offset: int) -> None:
    """Each holiday counted from Easter, with a year, gives its day."""
    found = tag(f"They met on {word.title()} 2024.", REFERENCE)
    assert [t.value for t in found] == [(easter(2024) + dt.timedelta(days=offset)).isoformat()]


@pytest.mark.parametrize(("year", "day"), [(2024, dt.date(2024, 3, 31)), (2025, dt.date(2025, 4, 20)),
                                           (2000, dt.date(2000, 4, 23)), (1998, dt.date(1998, 4, 12))])  # fmt: skip
def test_easter_dates(year: int, day: dt.date) -> None:
    """The computus gives the published Easter Sundays."""
    assert easter(year) == day


WHOLE_NUMBERS = sorted(
    (word, number) for word, number in lx.NUMBER_WORDS.items() if number == int(number) and number > 1
)


@pytest.mark.parametrize(("word", "number"), WHOLE_NUMBERS)
def test_number_word_table(word: str, number: float) -> None:
    """Each number word counts years in a duration."""
    found = tag(f"The talks lasted {word} years.", REFERENCE)
    assert [t.value for t in found] == [f"P{int(number)}Y"]


@pytest.mark.parametrize(("word", "value"), sorted(lx.REFERENCES.items()))
def test_reference_table(word: str, value: str) -> None:
    """Each vague reference gives its PRESENT_REF / PAST_REF / FUTURE_REF value."""
    found = tag(f"Officials spoke about it, {word}, in Geneva.", REFERENCE)
    assert [(t.text.lower(), t.value) for t in found] == [(word, value)]


@pytest.mark.parametrize(("word", "mod"), sorted(lx.QUANTITY_MODIFIERS.items()))
def test_quantity_modifier_table(word: str, mod) -> None:  # type: ignore[no-untyped-def]
    """Each quantity modifier stays inside the extent and sets the mod."""
    found = tag(f"The siege lasted {word} 12 days.", REFERENCE)
    assert [(t.text, t.value, t.mod) for t in found] == [(f"{word} 12 days", "P12D", mod)]


@pytest.mark.parametrize(("word", "mod"), sorted(lx.OUTSIDE_MODIFIERS.items()))
def test_outside_modifier_table(word: str, mod) -> None:  # type: ignore[no-untyped-def]
    """Each outside modifier stays out of the extent but still sets the mod."""
    found = tag(f"The siege lasted {word} 12 days.", REFERENCE)
    assert [(t.text, t.value, t.mod) for t in found] == [("12 days", "P12D", mod)]


def test_alternation_prefers_the_longest_key() -> None:
    """A trie alternation matches "march" in full rather than stopping at "mar"."""
    import re

    pattern = re.compile(rf"(?:{alternation(['mar', 'march', 'may'], dotted=['mar'])})")
    assert [m.group() for m in pattern.finditer("march mar. may")] == ["march", "mar.", "may"]


def _direction(sentence: str) -> str:
    """ "future" or "past": where the sentence's one date lies against REFERENCE (Tuesday 2025-03-18)."""
    (timex,) = tag(sentence, REFERENCE)
    return "future" if timex.value[:10] > REFERENCE.isoformat() else "past"


@pytest.mark.parametrize(("word", "example"), sorted((word, cue[1]) for word, cue in lx.INTENT_CUES.items()))
def test_intent_cue_table(word: str, example: str) -> None:
    """Each word of intent or schedule puts the weekday or month of its example after publication."""
    assert word in example.lower().split()
    assert _direction(example) == "future"


@pytest.mark.parametrize(("word", "example"), sorted(lx.PAST_PLANS.items()))
def test_past_plan_table(word: str, example: str) -> None:
    """After "was", each participle of a plan puts the month planned on the nearest one: read in September, the
    July gone by."""
    assert word in example.lower().split()
    assert [t.value for t in tag(example, dt.date(2007, 9, 26))] == ["2007-07"]


@pytest.mark.parametrize(("day", "event"), sorted(lx.NAMED_EVENT_DAYS.items()))
def test_named_event_day_table(day: tuple[int, int], event: tuple[int, tuple[str, ...], str]) -> None:
    """Each month and day followed by its event's noun names the event's day in its year."""
    year, nouns, example = event
    assert any(noun in example for noun in nouns)
    assert [t.value for t in tag(example, REFERENCE)] == [f"{year}-{day[0]:02d}-{day[1]:02d}"]


_AHEAD_TABLES = {
    "POSSESSIVE_PLAYED": lx.POSSESSIVE_PLAYED,  # after "will": a possessive weekday's event still ahead
    "WARNING_VERBS": lx.WARNING_VERBS,  # what is warned of: the nearest day, here ahead
    "NOTICE_NOUNS": lx.NOTICE_NOUNS,  # the span of a notice issued in the past: the nearest day, here ahead
}


@pytest.mark.parametrize(
    ("word", "example"),
    [pytest.param(word, example, id=f"{name}-{word}") for name, table in _AHEAD_TABLES.items()
     for word, example in sorted(table.items())],
)  # fmt: skip
def test_tables_whose_examples_look_ahead(word: str, example: str) -> None:
    """Each entry of these tables puts the weekday of its example (read on a Tuesday) ahead, whatever the tense of
    the verb around it: "will start Thursday's game", "warned of heavy rain on Thursday", "a flood watch from 8 p.m.
    Thursday"."""
    assert word in example.lower().split()
    assert _direction(example) == "future"


@pytest.mark.parametrize(("words", "cue"), sorted(lx.LEAD_CUES.items()))
def test_lead_cue_table(words: str, cue: tuple[str, str]) -> None:
    """Each lead-in settles the direction of the date right after it, as its example shows."""
    direction, example = cue
    assert words in example.lower()
    *_, timex = tag(example, REFERENCE)  # the date right after the lead (after "the year" in "the year to March")
    got = "future" if timex.value[:10] > REFERENCE.isoformat() else "past"
    assert got == ("future" if direction == "nearest" else direction)  # Thursday: two days ahead


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("A record high was set on Thursday.", "past"),  # "set" without "for"/"to" is a participle
        ("The bomb went off next to the embassy on Thursday.", "past"),  # "next to" is a place
        ("Relatives vowed to get around Thursday's ruling by the court.", "past"),  # possessive: reported event
        ("A service will be held for the victims of Thursday's blast.", "past"),  # even in a future clause
        ("The increased dividend will be paid June 14.", "future"),  # the auxiliary governs the participle
        ("On Thursday, the government planned to pay the families.", "past"),  # intent after the date
        ("The company, which will move, said Thursday that it had sold the plant.", "past"),  # finite past after
        ("The upcoming talks among leaders based in Ohio open Thursday.", "future"),  # "based" is not past
    ],
)
def test_tense_cues(sentence: str, direction: str) -> None:
    """The verb group, not any nearby word, decides whether a weekday lies before or after publication."""
    assert _direction(sentence) == direction


@pytest.mark.parametrize(("word", "number"), sorted(lx.CENTURY_WORDS.items()))
def test_century_word_table(word: str, number: int) -> None:
    """Each ordinal word names its century: "the eighteenth century" -> 17 (the 1700s)."""
    found = tag(f"It was built in the {word} century.", REFERENCE)
    assert [(t.text, t.value) for t in found] == [(f"the {word} century", f"{number - 1:02d}")]


@pytest.mark.parametrize(("idiom", "example"), sorted(lx.NOT_TEMPORAL.items()))
def test_not_temporal_table(idiom: str, example: str) -> None:
    """Each idiom for "all the time" yields no expression, though it holds units of time."""
    assert idiom in example
    assert tag(example, REFERENCE) == []


@pytest.mark.parametrize(("word", "example"), sorted({**lx.TEMPERATURE_WORDS, **lx.NUMBER_RANGE_WORDS}.items()))
def test_temperature_word_table(word: str, example: str) -> None:
    """Each entry's example holds its word before a decade in words, which is then degrees, not a decade."""
    assert word in example.lower().split()
    assert tag(example, REFERENCE) == []


@pytest.mark.parametrize(("word", "example"), sorted(lx.QUARTER_THINGS.items()))
def test_quarter_thing_table(word: str, example: str) -> None:
    """Each entry's example names a thing with "quarter" and holds no time."""
    assert f"quarter {word}" in example
    assert [(t.text, t.value) for t in tag(example, REFERENCE) if "quarter" in t.text] == []


@pytest.mark.parametrize(("word", "example"), sorted(lx.TOPIC_WORDS.items()))
def test_topic_word_table(word: str, example: str) -> None:
    """Each entry's example holds its word before "about" and a year, which stays a year."""
    assert f"{word} about" in example
    assert [(t.text, t.value) for t in tag(example, REFERENCE)] in ([("2013", "2013")], [("1968", "1968")])


@pytest.mark.parametrize(("noun", "example"), sorted(lx.PUBLICATION_NOUNS.items()))
def test_publication_noun_table(noun: str, example: str) -> None:
    """Each entry's example holds a weekday before the noun, which names a kind of paper, not a day."""
    assert f"Sunday {noun}" in example
    assert tag(example, REFERENCE) == []


@pytest.mark.parametrize(("noun", "example"), sorted(lx.TIMETABLE_NOUNS.items()))
def test_timetable_noun_table(noun: str, example: str) -> None:
    """Each entry's example holds "a", a weekday and the noun, which names a kind of timetable, not a day."""
    assert f"a Sunday {noun}" in example
    assert tag(example, REFERENCE) == []
    assert [t.text for t in tag(example.replace("a Sunday", "the Sunday"), REFERENCE)] == ["Sunday"]


@pytest.mark.parametrize(("noun", "example"), sorted(lx.OWNED_KIN_NOUNS.items()))
def test_owned_kin_noun_table(noun: str, example: str) -> None:
    """Each entry's example holds a month's name, "'s" and the noun: a person's family, no month."""
    assert f"August's {noun}" in example
    assert tag(example, REFERENCE) == []
    assert [t.text for t in tag(example.replace(f"August's {noun}", "August's sales"), REFERENCE)] == ["August"]


@pytest.mark.parametrize(("verb", "example"), sorted(lx.THAT_CLAUSE_VERBS.items()))
def test_that_clause_verb_table(verb: str, example: str) -> None:
    """After each verb, "that" opens a clause: the month after it stands alone, not "that July" of a story."""
    assert f"{verb} that July" in example
    assert [(t.text, t.rule) for t in tag(example, REFERENCE)] == [("July", "month")]


@pytest.mark.parametrize(("word", "example"), sorted(lx.BARE_HOUR_CUES.items()))
def test_bare_hour_cue_table(word: str, example: str) -> None:
    """Each entry's example holds its word before a bare hour, which is then a clock time."""
    assert word in re.findall(r"[a-z]+", example.lower())
    found = [t for t in tag(example, REFERENCE) if t.rule == "bare-hour"]
    assert len(found) == 1 and found[0].type is TimexType.TIME


@pytest.mark.parametrize(("word", "example"), sorted(lx.CURRENT_FLOW_WORDS.items()))
def test_current_flow_word_table(word: str, example: str) -> None:
    """After each word, "current" is a flow: the example names no time."""
    assert f"{word} current" in example
    assert tag(example, REFERENCE) == []


@pytest.mark.parametrize(("verb", "example"), sorted(lx.SCORING_VERBS.items()))
def test_scoring_verb_table(verb: str, example: str) -> None:
    """After each verb, "a century" is a score: the example names no time."""
    assert f"{verb} a century" in example
    assert tag(example, REFERENCE) == []


@pytest.mark.parametrize(("word", "example"), sorted(lx.YEAR_NAME_WORDS.items()))
def test_year_name_word_table(word: str, example: str) -> None:
    """After each word, a year is part of a name: nothing in the example is a time."""
    assert re.search(rf"\b{word} \d{{4}}\b", example)
    assert tag(example, REFERENCE) == []


@pytest.mark.parametrize(("noun", "example"), sorted(lx.YEAR_EVENT_NOUNS.items()))
def test_year_event_noun_table(noun: str, example: str) -> None:
    """Before each noun, a year after a capitalized name is still a year: the example tags it."""
    assert re.search(rf"\d{{4}} {noun}\b", example)
    assert any(re.fullmatch(r"\d{4}", timex.text) for timex in tag(example, REFERENCE))


@pytest.mark.parametrize(("word", "example"), sorted(lx.YEAR_AFTER_CAPITALIZED.items()))
def test_year_after_capitalized_table(word: str, example: str) -> None:
    """After each capitalized word, a year followed by a noun is still a year: the example tags it."""
    assert re.search(rf"\b{word} \d{{4}} [a-z]", example, re.IGNORECASE)
    assert any(re.search(r"\d{4}", timex.text) for timex in tag(example, REFERENCE))


@pytest.mark.parametrize(("noun", "example"), sorted(lx.WORK_NOUNS.items()))
def test_work_noun_table(noun: str, example: str) -> None:
    """After each noun, a quoted title in capitals names a work: nothing in the example is a time."""
    assert noun in example.lower()
    assert tag(example, REFERENCE) == []


@pytest.mark.parametrize(("place", "example"), sorted(lx.CANADIAN_PLACES.items()))
def test_canadian_place_table(place: str, example: str) -> None:
    """Each place is found in its example, and makes the example's Thanksgiving the second Monday of October."""
    assert place in example
    [timex] = tag(f"{example} Stores closed for Thanksgiving 2015.", REFERENCE)
    assert timex.value == "2015-10-12"


@pytest.mark.parametrize(("place", "example"), sorted(lx.NEW_ZEALAND_PLACES.items()))
def test_new_zealand_place_table(place: str, example: str) -> None:
    """Each place is found in its example, and makes its Queen's Birthday the first Monday of June."""
    assert place in example
    [timex] = tag(f"{example} Shops shut for Queen's Birthday 2005.", REFERENCE)
    assert timex.value == "2005-06-06"


@pytest.mark.parametrize(("noun", "example"), sorted(lx.SEASON_KIND_NOUNS.items()))
def test_season_kind_noun_table(noun: str, example: str) -> None:
    """Each noun after a season's name makes it a kind of thing: nothing in the example is a time."""
    assert noun in example.lower()
    assert tag(example, REFERENCE) == []


@pytest.mark.parametrize(("name", "example"), sorted(lx.CAPITALIZED_HOLIDAYS.items()))
def test_capitalized_holiday_table(name: str, example: str) -> None:
    """Each name in lower case is a word; with its capital, the holiday."""
    assert name in example
    assert tag(example, REFERENCE) == []
    assert [t.rule for t in tag(f"The shops close for {name.capitalize()}.", REFERENCE)] == ["holiday"]


@pytest.mark.parametrize(("word", "example"), sorted(lx.OVER_MORE_THAN_BEFORE.items()))
def test_over_more_than_table(word: str, example: str) -> None:
    """After each word, "over" and an amount of time are one duration with MORE_THAN."""
    assert f"{word} over " in example
    found = [t for t in tag(example, REFERENCE) if t.type is TimexType.DURATION]
    assert len(found) == 1 and found[0].text.startswith("over ") and found[0].mod is not None
    assert found[0].mod.value == "MORE_THAN"


@pytest.mark.parametrize(("word", "example"), sorted(lx.NEAR_HOUR_ADVERBS.items()))
def test_near_hour_adverb_table(word: str, example: str) -> None:
    """Each entry's example holds its word before "before" or "after" and a bare hour, which is then a clock time;
    without the word it is not."""
    assert word in re.findall(r"[a-z]+", example.lower())
    found = [t for t in tag(example, REFERENCE) if t.rule == "bare-hour"]
    assert len(found) == 1 and found[0].type is TimexType.TIME
    bare = re.sub(rf"\b(?:a\s+)?{word}\s+", "", example)
    assert [t for t in tag(bare, REFERENCE) if t.rule == "bare-hour"] == []


@pytest.mark.parametrize(("word", "example"), sorted(lx.BARE_HOUR_SIGNALS.items()))
def test_bare_hour_signal_table(word: str, example: str) -> None:
    """After each preposition a bare hour is a clock time with no word of schedules in its clause."""
    assert re.search(rf"\b{word} (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", example)
    found = [t for t in tag(example, REFERENCE) if t.type is TimexType.TIME]
    assert len(found) == 1 and found[0].rule in ("bare-hour", "clock-time")


@pytest.mark.parametrize(("word", "example"), sorted(lx.BARE_HOUR_SIGNAL_NOT.items()))
def test_bare_hour_signal_not_table(word: str, example: str) -> None:
    """Each entry's word before "from" makes the number after it a count: the example holds no clock time."""
    assert f"{word} from " in example
    assert [t for t in tag(example, REFERENCE) if t.type is TimexType.TIME] == []


@pytest.mark.parametrize(("word", "example"), sorted(lx.BARE_HOUR_NOT.items()))
def test_bare_hour_not_table(word: str, example: str) -> None:
    """Each entry's example holds its word before a bare hour, which is then an age, a price or a measure."""
    assert word in re.findall(r"[a-z]+", example.lower())
    assert [t for t in tag(example, REFERENCE) if t.rule == "bare-hour"] == []


@pytest.mark.parametrize(("word", "example"), sorted(lx.DECIMAL_UNITS.items()))
def test_decimal_unit_table(word: str, example: str) -> None:
    """After a number with a dot, each entry's word makes it an amount: the example holds no clock time."""
    assert re.search(rf"\d\.\d\d {re.escape(word)}\b", example)
    assert [t for t in tag(example, REFERENCE) if t.type is TimexType.TIME] == []
    assert [t.text for t in tag(example.replace(f" {word}.", "."), REFERENCE)] == [example.split(" at ")[1].split()[0]]


@pytest.mark.parametrize(("word", "example"), sorted(lx.DECIMAL_NOT.items()))
def test_decimal_not_table(word: str, example: str) -> None:
    """Each entry's example holds its word before a number with a dot, which is then a price or a figure."""
    assert word in re.findall(r"[a-z]+", example.lower())
    assert tag(example, REFERENCE) == []
    neutral = example.replace(word, "left" if example.startswith("The currency") else "train")  # a time again
    assert [t.rule for t in tag(neutral, REFERENCE)] == ["bare-hour"]


@pytest.mark.parametrize(("verb", "example"), sorted(lx.SPEAKING_VERBS.items()))
def test_speaking_verb_table(verb: str, example: str) -> None:
    """Each entry's example holds a month's name before the verb, which is then a person speaking."""
    assert f"May {verb}" in example
    assert tag(example, REFERENCE) == []


@pytest.mark.parametrize(("verb", "example"), sorted(lx.AROUND_PARTICLE_VERBS.items()))
def test_around_particle_verb_table(verb: str, example: str) -> None:
    """Each entry's example holds its verb before "around" and an expression that "around" does not qualify."""
    assert f"{verb} around" in example
    timexes = tag(example, REFERENCE)
    assert timexes and all(timex.mod is None for timex in timexes)


@pytest.mark.parametrize(("name", "entry"), sorted(lx.LUNAR_HOLIDAYS.items()))
def test_lunar_holiday_table(name: str, entry: tuple[str, int, str]) -> None:
    """Each name's example is tagged with the name, on its column's date of the year (read in 2012)."""
    column, _month, example = entry
    assert name in example.lower()
    [timex] = tag(example.replace(".", " 2012."), REFERENCE)
    assert timex.text.lower() == f"{name} 2012"
    assert timex.value == rules.lunar_holiday_dates()[(2012, rules.LUNAR_COLUMNS.index(column))].isoformat()


def test_lunar_holiday_table_covers_every_year() -> None:
    """The table holds a date for every column and year it claims, Diwali only in the years of its source."""
    table = rules.lunar_holiday_dates()
    for index, column in enumerate(rules.LUNAR_COLUMNS):
        years = [year for year in range(1947, 2101) if (year, index) in table]
        assert years == (list(range(2001, 2036)) if column == "diwali" else list(range(1947, 2101))), column
        assert all(table[(year, index)].year == year for year in years)


@pytest.mark.parametrize(("noun", "example"), sorted(lx.SEASON_NOUNS.items()))
def test_season_noun_table(noun: str, example: str) -> None:
    """Each entry's example holds "the <season> <noun>"; the season is tagged without the article."""
    assert f" {noun}" in example
    [timex] = tag(example, REFERENCE)
    assert timex.rule == "season" and not timex.text.lower().startswith("the")


@pytest.mark.parametrize(("unit", "example"), sorted(lx.QUARTER_MEASURES.items()))
def test_quarter_measure_table(unit: str, example: str) -> None:
    """Each entry's example holds its unit before "and a quarter", which is then no time."""
    assert f"{unit} and a quarter" in example
    assert tag(example, REFERENCE) == []


@pytest.mark.parametrize(("name", "example"), sorted(lx.NAMES_WITH_TIME_WORDS.items()))
def test_names_with_time_words_table(name: str, example: str) -> None:
    """Each name that holds a day's name names no day."""
    assert name in example
    assert tag(example, REFERENCE) == []


@pytest.mark.parametrize(("noun", "example"), sorted(lx.TITLE_NOUNS.items()))
def test_title_noun_table(noun: str, example: str) -> None:
    """After each title noun, "of the year" (or decade, century) names no time."""
    assert f"{noun} of the" in example
    assert tag(example, REFERENCE) == []


@pytest.mark.parametrize(("word", "example"), sorted(lx.GAME_WORDS.items()))
def test_game_word_table(word: str, example: str) -> None:
    """Near each word of a game report, a quarter or a half is a period of play, not of the year."""
    assert word in example.lower()
    assert [t for t in tag(example, REFERENCE) if t.rule in ("quarter", "half")] == []


@pytest.mark.parametrize(("word", "example"), sorted(lx.BOOKS_WORDS.items()))
def test_books_word_table(word: str, example: str) -> None:
    """After each word of a company's books, a quarter is the year's though a game is named near it."""
    assert word in example
    assert [t.text for t in tag(example, REFERENCE) if t.rule == "quarter"] == ["the third quarter"]


@pytest.mark.parametrize(("word", "example"), sorted(lx.MEASURES.items()))
def test_measure_table(word: str, example: str) -> None:
    """After each unit of measure, "per hour" or "a minute" is a speed or a flow, not a recurrence."""
    assert word in example.split()
    assert tag(example, REFERENCE) == []


@pytest.mark.parametrize(("word", "multiple"), sorted(lx.UNIT_MULTIPLES.items()))
def test_unit_multiple_table(word: str, multiple: int) -> None:
    """Each unit that is a number of another counts as that many: "three fortnights" -> six weeks."""
    found = tag(f"The talks lasted three {word.removesuffix('s')}s.", REFERENCE)
    unit = lx.UNITS[word]
    assert [(t.text, t.value) for t in found] == [(f"three {word.removesuffix('s')}s", f"P{3 * multiple}{unit}")]


@pytest.mark.parametrize(("word", "example"), sorted({**lx.NO_TENSE_BEFORE, **lx.ADJECTIVE_BEFORE}.items()))
def test_no_tense_table(word: str, example: str) -> None:
    """After each of these words a form in -ed or an irregular past is no past verb: the example's date is ahead."""
    assert word in example.lower().split()
    assert _direction(example) == "future"


@pytest.mark.parametrize(("word", "example"), sorted(lx.FALL_ADJECTIVES.items()))
def test_fall_adjective_table(word: str, example: str) -> None:
    """After "a ... <word>", "fall" is the season."""
    assert f"{word} fall" in example
    assert [(t.text, t.value[4:]) for t in tag(example, REFERENCE)] == [("fall", "-FA")]


@pytest.mark.parametrize(("word", "example"), sorted(lx.TITLE_ENDINGS.items()))
def test_title_ending_table(word: str, example: str) -> None:
    """A name ending in each word, followed by a capitalized word, holds no time: the example's only one is 1970."""
    assert f" {word} " in example
    assert [(t.text, t.value) for t in tag(example, REFERENCE)] == [("1970", "1970")]


@pytest.mark.parametrize(("words", "entry"), sorted(lx.AMOUNT_OPEN_ENDS.items()))
def test_amount_open_end_table(words: str, entry: tuple[Mod, str]) -> None:
    """An amount of time followed by the words keeps them inside, with their mod."""
    mod, example = entry
    found = tag(example, REFERENCE)
    assert [(t.text.endswith(words), t.type, t.mod) for t in found] == [(True, TimexType.DURATION, mod)]


@pytest.mark.parametrize(("word", "example"), sorted(lx.UP_VERBS.items()))
def test_up_verb_table(word: str, example: str) -> None:
    """After each verb, "up to" is the verb's particle and a preposition: the amount has no limit."""
    assert [(t.text, t.mod) for t in tag(example, REFERENCE)] == [("33.1 hours", None)]


@pytest.mark.parametrize(("zone", "example"), sorted(lx.WIRE_ZONES.items()))
def test_wire_zone_table(zone: str, example: str) -> None:
    """A four-digit clock time before each zone is a time of the day, the zone inside its extent."""
    assert [(t.text, t.value[10:]) for t in tag(example, REFERENCE)] == [(f"1015 {zone.upper()}", "T10:15")]


@pytest.mark.parametrize(("city", "example"), sorted(lx.ZONE_CITIES.items()))
def test_zone_city_table(city: str, example: str) -> None:
    """A clock time keeps "<city> time" inside its extent, and the zone stays out of the value."""
    found = tag(example, REFERENCE)
    assert found and found[0].text.lower().endswith(f"{city} time")
    assert found[0].type is TimexType.TIME and "T" in found[0].value


@pytest.mark.parametrize(("word", "example"), sorted(lx.CLOCK_SIGNALS.items()))
def test_clock_signal_table(word: str, example: str) -> None:
    """After each signal, a bare hour and the part of a day named after it are one clock time."""
    assert f"{word} " in example
    [found] = tag(example, REFERENCE)
    hour, part = int(found.text.split()[0]), found.text.split()[-1]
    expected = hour + 12 if part in ("tonight", "night", "evening") else hour
    assert found.type is TimexType.TIME and found.value[10:] == f"T{expected:02d}:00"


@pytest.mark.parametrize(("word", "example"), sorted(lx.DECLARING_VERBS.items()))
def test_declaring_verb_table(word: str, example: str) -> None:
    """A weekday declared a day of something is the nearest one, here the Thursday two days ahead."""
    assert f"{word} thursday a" in example.lower()
    declared, *_ = tag(example, REFERENCE)  # and "a day" of mourning after it
    assert (declared.text, declared.value) == ("Thursday", "2025-03-20")


@pytest.mark.parametrize(("word", "example"), sorted(lx.IMPERATIVE_VERBS.items()))
def test_imperative_verb_table(word: str, example: str) -> None:
    """A sentence that opens with each verb of request puts its day ahead."""
    assert example.lstrip('"').lower().startswith(word)
    assert _direction(example) == "future"


@pytest.mark.parametrize(("word", "example"), sorted([*lx.DEADLINES_AHEAD.items(), *lx.POSSESSIVE_AHEAD.items()]))
def test_ahead_signal_table(word: str, example: str) -> None:
    """With no past near (or after a future auxiliary, before a possessive), each signal puts its date ahead."""
    assert word in example.lower().split()
    assert _direction(example) == "future"


@pytest.mark.parametrize(("word", "example"), sorted(lx.PUBLICATION_WORDS.items()))
def test_publication_table(word: str, example: str) -> None:
    """A weekday before each of these words names a newspaper: the example's only time is "June"."""
    assert f"Sunday {word}" in example
    assert [t.text for t in tag(example, REFERENCE)] == ["June"]


@pytest.mark.parametrize(("word", "example"), sorted(lx.POSSESSIVE_KNOWN.items()))
def test_possessive_known_table(word: str, example: str) -> None:
    """A possessive weekday before each of these nouns lies behind, even after a future auxiliary."""
    assert f"'s {word}" in example.lower()
    assert _direction(example) == "past"


@pytest.mark.parametrize(("word", "example"), sorted(lx.NOT_FINITE_BEFORE.items()))
def test_not_finite_table(word: str, example: str) -> None:
    """After each of these words the bare form of a schedule verb is no schedule: the example's date is behind."""
    assert word in example.lower().split()
    assert _direction(example) == "past"


@pytest.mark.parametrize(("verb", "example"), sorted(lx.UN_VERBS.items()))
def test_un_verb_table(verb: str, example: str) -> None:
    """Each verb in un-...-ed is a past verb: the example's month lies behind (with no verb it would lie ahead)."""
    assert verb in example.lower().split()
    assert _direction(example) == "past"
    assert _direction(example.replace(verb, "will see")) == "future"


def test_un_adjective_tells_no_tense() -> None:
    """Other words in un-...-ed are adjectives: the future verb before them still governs."""
    assert _direction("The split would be paid on a still unspecified date in May.") == "future"
    assert _direction("Dividends would be paid to unnamed holders in May.") == "future"


@pytest.mark.parametrize(("adverb", "example"), sorted(lx.AS_PLANNED_ADVERBS.items()))
def test_as_planned_adverb_table(adverb: str, example: str) -> None:
    """Each adverb of "as previously planned" leaves the intent out: the verb before it puts the month behind."""
    assert f"as {adverb} " in example
    assert _direction(example) == "past"


def test_as_planned_is_no_intent() -> None:
    """ "as planned" is a manner clause; "planned" alone before the date would put it ahead."""
    assert _direction("The offensive began as planned in June.") == "past"
    assert _direction("The rebels planned an offensive in June.") == "future"


@pytest.mark.parametrize("word", sorted(lx.PERFECT_PAST))
def test_perfect_past_intent_is_the_nearest(word: str) -> None:
    """An intent in the past perfect is a plan overtaken: its date is the nearest reading, behind or ahead."""
    assert _direction(f"The offer {word} been due to expire in February.") == "past"
    assert _direction(f"The season {word} been scheduled to end in April.") == "future"


@pytest.mark.parametrize(("word", "example"), sorted(lx.FINAL_LAST_BEFORE.items()))
def test_final_last_table(word: str, example: str) -> None:
    """After each possessive, "last" means "final": the example names no time at all."""
    assert word in example.replace("'s", " 's").lower().split()
    assert tag(example, REFERENCE) == []


def test_contraction_is_no_possessive() -> None:
    """ "That's last year's news": a contraction, so "last year" is the year before."""
    assert [t.value for t in tag("That's last year's news.", REFERENCE)] == ["2024"]


@pytest.mark.parametrize("coordinator", sorted(lx.COORDINATORS))
@pytest.mark.parametrize("auxiliary", sorted(lx.COORDINATED_AUXILIARIES | {"plan"}))
def test_coordinated_predicate_is_not_the_dates_verb(coordinator: str, auxiliary: str) -> None:
    """A second predicate joined after the expression does not set its tense: the vigil was held, not planned."""
    sentence = f"Families gathered for a vigil in a small church on Thursday evening {coordinator} {auxiliary} return."
    assert _direction(sentence) == "past"


def test_if_after_a_coordinator_still_counts() -> None:
    """ "and, if necessary, a deciding game": a condition, not a second predicate."""
    assert _direction("The series shifts back for Game Six on Thursday and if necessary a deciding game.") == "future"


@pytest.mark.parametrize(("word", "example"), sorted(lx.SPOKEN_CLOCK_BEFORE.items()))
def test_spoken_clock_signal_table(word: str, example: str) -> None:
    """After each signal, a clock time said in words with a part of the day is one TIME expression."""
    assert word in example.lower().split()
    (timex,) = tag(example, REFERENCE)
    assert timex.type is TimexType.TIME and len(timex.value) == len("2025-03-18T10:00"), timex


def test_spoken_clock_needs_a_signal() -> None:
    """ "Game one this afternoon" is a game: with no signal, only the part of the day is tagged."""
    assert [t.value for t in tag("Game one this afternoon drew a crowd.", REFERENCE)] == ["2025-03-18TAF"]


@pytest.mark.parametrize(("word", "example"), sorted(lx.PERFECT_DEADLINES.items()))
def test_perfect_deadline_table(word: str, example: str) -> None:
    """A present perfect before each signal tells a state lasting till a day ahead."""
    assert word in example.lower().split()
    assert _direction(example) == "future"
    assert _direction(example.replace("have closed", "closed").replace("has ordered", "ordered")) == "past"


@pytest.mark.parametrize(("noun", "example"), sorted(lx.DATA_NOUNS.items()))
def test_data_noun_table(noun: str, example: str) -> None:
    """A month before each noun of economic data is the month gone by, even in a future clause."""
    assert noun in re.findall(r"[a-z]+", example.lower())
    (month,) = [t for t in tag(example, dt.date(2025, 10, 15)) if t.text == "September"]
    assert month.value == "2025-09"


@pytest.mark.parametrize(("word", "example"), sorted(lx.PAPER_NAME_WORDS.items()))
def test_paper_name_word_table(word: str, example: str) -> None:
    """Each set word closing a publication's name sets no recurrence."""
    assert word in re.findall(r"[A-Za-z]+", example)
    assert not [t for t in tag(example, REFERENCE) if t.type.value == "SET"]


@pytest.mark.parametrize(("word", "example"), sorted(lx.PEAK_MONTH_WORDS.items()))
def test_peak_month_word_table(word: str, example: str) -> None:
    """Months that "are the <word> months" are any year's; the same months that "were" them are this year's."""
    assert f"the {word} months" in example
    assert [t.value for t in tag(example, REFERENCE)] == ["XXXX-04", "XXXX-05"]
    assert all(not t.value.startswith("XXXX") for t in tag(example.replace(" are ", " were "), REFERENCE))


@pytest.mark.parametrize(("word", "example"), sorted(lx.HABITUAL_ADVERBS.items()))
def test_habitual_adverb_table(word: str, example: str) -> None:
    """After each word, the bare month or season of its clause is one of any year; without it, this year's."""
    assert word in example.lower()
    periods = [t for t in tag(example, REFERENCE) if t.rule in ("month", "season")]
    assert len(periods) == 1 and periods[0].value.startswith("XXXX-")
    plain = example.replace(word, "").replace(word.capitalize(), "")
    assert all(not t.value.startswith("XXXX") for t in tag(plain, REFERENCE))


@pytest.mark.parametrize(("word", "example"), sorted(lx.MID_PERIOD_SIGNALS.items()))
def test_mid_period_signal_table(word: str, example: str) -> None:
    """After each signal, "midweek" is the middle of a week (MID); with no signal, "a midweek game" names none."""
    assert f"{word} midweek" in example
    found = [t for t in tag(example, REFERENCE) if t.text == "midweek"]
    assert len(found) == 1 and found[0].mod is not None and found[0].mod.value == "MID"
    assert not [t for t in tag("The team lost a midweek game.", REFERENCE) if "midweek" in t.text]


@pytest.mark.parametrize(("noun", "example"), sorted(lx.MONTH_EVENT_NOUNS.items()))
def test_month_event_noun_table(noun: str, example: str) -> None:
    """ "May's" before each noun of an event is the month; after a person named May, it is hers."""
    assert noun in re.findall(r"[a-z]+", example.lower())
    assert [(t.text, t.value) for t in tag(example, dt.date(2018, 11, 7))] == [("May", "2018-05")]
    assert tag("Theresa May spoke. " + example, dt.date(2018, 11, 7)) == []


def test_data_month_can_lie_just_ahead() -> None:
    """ "the December and January numbers", read in December: January's figures are the next ones."""
    found = tag("The Fed will want to see the December and January numbers first.", dt.date(1996, 12, 7))
    assert [t.value for t in found] == ["1996-12", "1997-01"]


@pytest.mark.parametrize(("word", "example"), sorted(lx.KIN_NOUNS.items()))
def test_kin_noun_table(word: str, example: str) -> None:
    """After each noun of kinship, a month word is a first name: the example names no month."""
    assert word in example.replace(",", "").split()
    assert [t.text for t in tag(example, REFERENCE)] == ["every night"]


@pytest.mark.parametrize(("verb", "example"), sorted(lx.DIRECTIVE_VERBS.items()))
def test_directive_verb_table(verb: str, example: str) -> None:
    """The infinitive after each verb of directing lies ahead: the deadline is the next Thursday."""
    assert verb in example.split()
    assert _direction(example) == "future"


@pytest.mark.parametrize(("verb", "example"), sorted(lx.CLAUSE_TAKING_VERBS.items()))
def test_clause_taking_verb_table(verb: str, example: str) -> None:
    """After each verb of saying or thinking, "that July was ..." is what was said: the month stands alone."""
    assert verb in example.split()
    assert "July" in [t.text for t in tag(example, REFERENCE)]


@pytest.mark.parametrize("word", sorted(lx.NOT_NOUNS_BEFORE_THAT | set(lx.CLAUSE_TAKING_VERBS)))
def test_no_noun_before_that_season(word: str) -> None:
    """After a word that is no noun, or a verb that takes a clause, "that spring was ..." is no time of a noun: no
    "that spring"."""
    assert "that spring" not in [t.text for t in tag(f"Officials {word} that spring was late.", REFERENCE)]


@pytest.mark.parametrize(("word", "example"), sorted(lx.NAMED_SEASONS.items()))
def test_named_season_table(word: str, example: str) -> None:
    """ "Last <word> season" (this, next) is a date: the year the season falls in."""
    assert word in example.lower().split()
    found = tag(example, dt.date(1999, 10, 12))
    assert any(t.rule == "relative-season" and word in t.text.lower() for t in found)


@pytest.mark.parametrize(("name", "example"), sorted(lx.NATIONAL_DAYS.items()))
def test_national_day_table(name: str, example: str) -> None:
    """Each country's day, followed by the date it falls on, is that date."""
    assert name in example.lower()
    found = tag(example, dt.date(2011, 10, 20))
    holiday = next(t for t in found if t.rule == "holiday")
    date = next(t for t in found if t.start > holiday.end)
    assert holiday.value == date.value[:10]


def test_passive_directive_tells_what_was_done() -> None:
    """ "were ordered to leave their homes on Sunday" (read on a Tuesday) tells of the Sunday gone."""
    assert _direction("Residents were ordered to leave their homes on Sunday.") == "past"


@pytest.mark.parametrize("word", sorted(lx.NOUN_PAST_FORMS))
def test_noun_past_form_before_a_preposition(word: str) -> None:
    """A past form that is also a noun, before a preposition, is the noun: the intent before it governs."""
    assert _direction(f"The minister is scheduled to get a {word} on Thursday.") == "future"
    assert _direction(f"The price was {word} on Thursday.") == "past"


@pytest.mark.parametrize("word", sorted(STRETCH_OF_BEFORE))
def test_stretch_of_table(word: str) -> None:
    """After each word, a bare plural before "of" is a stretch of time: "after weeks of warnings"."""
    found = tag(f"The talks collapsed {word} weeks of warnings.", REFERENCE)
    assert [(t.text, t.value) for t in found] == [("weeks", "PXW")]


@pytest.mark.parametrize(("word", "example"), sorted(lx.CLAUSE_CONJUNCTIONS.items()))
def test_clause_conjunction_table(word: str, example: str) -> None:
    """After a comma, each conjunction starts a clause whose future verb does not move the date before it."""
    assert f", {word} " in example
    assert _direction(example) == "past"


@pytest.mark.parametrize(("word", "example"), sorted(lx.POD_THE_BEFORE.items()))
def test_pod_the_table(word: str, example: str) -> None:
    """After each word, "the morning", "the afternoon" ... is a part of the day named last (the publication's; "the
    night", told in the past, the night before it)."""
    assert word in example.lower().split()
    found = tag(example, REFERENCE)
    day = REFERENCE - dt.timedelta(days=1) if "the night" in example else REFERENCE
    assert [t.rule for t in found] == ["pod-alone"] and found[0].value.startswith(day.isoformat() + "T")


@pytest.mark.parametrize("word", sorted(lx.LAST_MINUTE_BEFORE))
def test_last_minute_table(word: str) -> None:
    """After each of these words, "the last minute" is the idiom for "very late"."""
    assert tag(f"The deal was saved {word} the last minute.", REFERENCE) == []


@pytest.mark.parametrize("word", sorted(lx.SOMEDAY_BEFORE))
def test_someday_table(word: str) -> None:
    """After each of these words, "one day" is some day in the future, not a length of time."""
    found = tag(f"Officials say {word} one day move the capital.", REFERENCE)
    assert [(t.text, t.value) for t in found] == [("one day", "FUTURE_REF")]


@pytest.mark.parametrize(("verb", "example"), sorted(lx.SCHEDULE_VERBS.items()))
def test_schedule_verb_table(verb: str, example: str) -> None:
    """Each present-tense verb of a schedule puts the weekday or month of its example after publication."""
    assert verb in example.lower().split()
    assert _direction(example) == "future"


@pytest.mark.parametrize(("verb", "example"), sorted(lx.DELAY_VERBS.items()))
def test_delay_verb_table(verb: str, example: str) -> None:
    """Each verb that moves a date later puts the weekday after "until"/"to" in its example ahead of publication."""
    assert verb in example.lower().split()
    assert _direction(example) == "future"


def test_until_without_a_delay_stays_a_deadline() -> None:
    """Without a verb of delay, "until" does not place the date: "Up until Thursday, they had ..." looks back."""
    assert _direction("Up until Thursday, however, they had described him only as a witness.") == "past"


@pytest.mark.parametrize(("word", "rule"), sorted(lx.RELATIVE_HOLIDAYS.items()))
def test_relative_holiday_table(word: str, rule: tuple[int, int, int, int]) -> None:
    """Each holiday counted from the n-th weekday of a month, with a year, gives its day."""
    month, weekday, nth, after = rule
    found = tag(f"They met on {word.title()} 2020.", REFERENCE)
    assert [t.value for t in found] == [(nth_weekday(2020, month, weekday, nth) + dt.timedelta(after)).isoformat()]


@pytest.mark.parametrize("word", lx.RELATIONS)
def test_relation_table(word: str) -> None:
    """Each relation word places "month" against publication: last/past/previous back, this/current/present here,
    next/coming/this coming/following/upcoming ahead."""
    found = tag(f"Prices rose sharply {word} month.", REFERENCE)
    ahead = word in ("next", "coming", "following", "upcoming", "this coming")
    here = word in ("this", "current", "present")
    assert [(t.text, t.value) for t in found] == [(f"{word} month", "2025-04" if ahead else "2025-03" if here
                                                   else "2025-02")]  # fmt: skip


@pytest.mark.parametrize("word", lx.SPANS)
def test_span_table(word: str) -> None:
    """Each span word makes "the <word> two months" an amount of time."""
    found = tag(f"Prices rose in the {word} two months.", REFERENCE)
    assert [(t.text, t.value) for t in found] == [(f"the {word} two months", "P2M")]


@pytest.mark.parametrize("word", lx.AGO_DIRECTIONS)
def test_ago_direction_table(word: str) -> None:
    """Each direction counts three years back or ahead of publication."""
    found = tag(f"Prices rose three years {word}.", REFERENCE)
    back = word in ("ago", "earlier")
    assert [(t.text, t.value) for t in found] == [(f"three years {word}", "2022" if back else "2028")]


@pytest.mark.parametrize("word", lx.BEFORE_AFTER)
def test_before_after_table(word: str) -> None:
    """Each word counts "the day <word>" from the last date named."""
    found = tag(f"The law passed on July 1, 2015. The day {word}, lawmakers met.", REFERENCE)
    day = "2015-06-30" if word in ("before", "earlier") else "2015-07-02"
    assert [(t.text, t.value) for t in found] == [("July 1, 2015", "2015-07-01"), (f"The day {word}", day)]


@pytest.mark.parametrize("word", lx.EVERY_WORDS)
def test_every_word_table(word: str) -> None:
    """Each word makes "<word> year" a yearly recurrence."""
    found = tag(f"Rates are reviewed {word} year.", REFERENCE)
    assert [(t.text, t.type.value, t.value) for t in found] == [(f"{word} year", "SET", "P1Y")]


VAGUE_VALUES = {"years": "PXY", "months": "PXM", "weeks": "PXW", "days": "PXD", "hours": "PTXH",
                "minutes": "PTXM", "seconds": "PTXS", "decades": "PXDE", "centuries": "PXCE"}  # fmt: skip


@pytest.mark.parametrize("word", lx.VAGUE_UNITS)
def test_vague_unit_table(word: str) -> None:
    """Each plural unit alone after "for" is an amount of time of unknown length."""
    found = tag(f"The talks dragged on for {word}.", REFERENCE)
    assert [(t.text, t.value) for t in found] == [(word, VAGUE_VALUES[word])]


@pytest.mark.parametrize(("word", "example"), sorted(lx.PRESENT_INTENT.items()))
def test_present_intent_table(word: str, example: str) -> None:
    """Each word of intent in the present, after the date, puts the date of its example ahead of publication; the
    same clause with no verb of intent leaves Sunday in the nearer past (two days back against five ahead)."""
    assert word in example.lower().split()
    assert _direction(example) == "future"
    assert _direction(example.split(",")[0] + ", nothing.") == "past"


@pytest.mark.parametrize(("verb", "example"), sorted(lx.STANDING_VERBS.items()))
def test_standing_verb_table(verb: str, example: str) -> None:
    """Each present verb of a state still running puts the deadline of its example ahead of publication; the same
    deadline after a past verb lies behind."""
    assert verb in example.lower().split()
    assert _direction(example) == "future"
    assert _direction(example.replace(f" {verb} ", " was ", 1)) == "past"


@pytest.mark.parametrize(("word", "day"), sorted(lx.DAY_ORDINALS.items()))
def test_day_ordinal_table(word: str, day: int) -> None:
    """Each spoken ordinal names its day of the month, after the month and before "of" it."""
    assert [t.value for t in tag(f"They met on January {word}.", REFERENCE)] == [f"2025-01-{day:02d}"]
    assert [t.value for t in tag(f"They met on the {word} of January.", REFERENCE)] == [f"2025-01-{day:02d}"]


@pytest.mark.parametrize(("words", "mod"), sorted(lx.OPEN_ENDS.items()))
def test_open_end_table(words: str, mod: object) -> None:
    """Each open end joins the year before it and gives its mod; before a verb it is no part of the date."""
    found = tag(f"The plant will close in 1994 {words}.", REFERENCE)
    assert [(t.text, t.value, t.mod) for t in found] == [(f"1994 {words}", "1994", mod)]
    assert [t.text for t in tag(f"He flew in 1994 {words} served as a director.", REFERENCE)] == ["1994"]


@pytest.mark.parametrize(("word", "example"), sorted(lx.OPEN_AS_ADJECTIVE.items()))
def test_open_as_adjective_table(word: str, example: str) -> None:
    """After each of these words "open" is an adjective: it does not put the example's date ahead as "Polls open
    Thursday" does."""
    assert word in example.lower().split()
    assert _direction(example) == ("future" if " will " in example else "past")


@pytest.mark.parametrize(("word", "example"), sorted(lx.PRESENT_BE.items()))
def test_present_be_table(word: str, example: str) -> None:
    """The present of "be" with an -ing form or an intent tells an arrangement: each example's day lies ahead."""
    assert word in example.lower().split()
    assert _direction(example) == "future"


@pytest.mark.parametrize(("word", "example"), sorted(lx.RELATIVE_PRONOUNS.items()))
def test_relative_pronoun_table(word: str, example: str) -> None:
    """A relative clause keeps its own past after "will": each example's month lies behind."""
    assert word in example.lower().split()
    assert _direction(example) == "past"


@pytest.mark.parametrize(("words", "example"), sorted(lx.REPORTING_VERBS.items()))
def test_reporting_verb_table(words: str, example: str) -> None:
    """A reporting clause after a comma is not the date's verb: each example's Sunday lies ahead."""
    assert words in example.lower()
    assert _direction(example) == "future"


@pytest.mark.parametrize(("word", "example"), sorted(lx.THAT_OPENERS.items()))
def test_that_opener_table(word: str, example: str) -> None:
    """After each word, "that fall" is the fall of the year last named."""
    assert f"{word} that fall" in example
    assert ("that fall", "1974-FA") in [(t.text, t.value) for t in tag(example, REFERENCE)]


@pytest.mark.parametrize(("word", "example"), sorted(lx.CLAUSE_VERBS.items()))
def test_clause_verb_table(word: str, example: str) -> None:
    """Before each verb "that June" is "that" opening a clause about June: the month alone is tagged."""
    assert [t.text for t in tag(example, REFERENCE)] == ["June"]


@pytest.mark.parametrize(("words", "example"), sorted(lx.GAME_CLOCK_AFTER.items()))
def test_game_clock_table(words: str, example: str) -> None:
    """A minutes:seconds figure before each of these words is a game clock: no time of day."""
    assert words in example
    assert tag(example, REFERENCE) == []


@pytest.mark.parametrize(("cue", "example"), sorted(lx.ON_AIR_NEXT.items()))
def test_on_air_next_table(cue: str, example: str) -> None:
    """After each cue, the time of the next news is of the day it is said, not of the day the story named last."""
    assert cue in example.lower()
    found = tag(f"Rain is due on Friday. {example}", REFERENCE)
    assert [t.value[:10] for t in found] == ["2025-03-21", REFERENCE.isoformat()]


@pytest.mark.parametrize(("noun", "example"), sorted(lx.STORY_EVENT_NOUNS.items()))
def test_story_event_noun_table(noun: str, example: str) -> None:
    """A year before each noun frames the date after it in the sentence (read five years later)."""
    assert f"2019 {noun}," in example
    found = tag(example, dt.date(2024, 5, 10))
    assert [(t.text, t.value) for t in found] == [("2019", "2019"), ("April 21", "2019-04-21")]


@pytest.mark.parametrize(("verb", "example"), sorted(lx.TIMING_VERBS.items()))
def test_timing_verb_table(verb: str, example: str) -> None:
    """After each verb, "late on Thursday" tells how late: the weekday alone is the date, with no mod."""
    assert f" {verb} late on " in example
    found = tag(example, REFERENCE)
    assert [(t.text, t.mod) for t in found] == [("Thursday", None)]
