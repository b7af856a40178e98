"""Find temporal expressions: run every rule over a text, drop look-alikes, keep the longest matches.

The result is a list of :class:`Found` expressions in text order, none overlapping, each with an unresolved
value (:mod:`timeline.values`) and its modifier.  Nothing here needs an anchor.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline import lexicon as lx
from timeline.model import Mod, TimexType
from timeline.regexcache import pattern
from timeline.rules import (
    COMPILED,
    DAY_NAME,
    DECADE_WORDS,
    RULE_NEEDS,
    RULE_TRIGGERS,
    RULES,
    TRIGGER_PATTERN,
    Rule,
    alternation,
    expand,
    modifier,
    token_classes,
)
from timeline.tense import SEASON_ARRIVING
from timeline.values import Calendar, Literal, Recurring, Shift, Unit, Unresolved

NOT_YEAR_BEFORE = frozenset(
    """no no. number route highway interstate flight boeing airbus beech model room page article section chapter
    resolution windows version v. box suite apt unit level grade channel bus line code item vol. form
    than about some nearly over under almost $ us$ usd eur rs. €""".split()
)
"""Words after which a four-digit number is not a year.  Example: "Route 2000", "Boeing 1990"."""

_NAMED_PRODUCT_BEFORE = pattern(r"(?<![.!?:\n\"“‘(])[^\S\n]+(?:[A-Z][\w-]*[^\S\n]+){0,2}[A-Z][\w-]*[^\S\n]+$")
"""One to three capitalized words before a year, not opening a sentence: "its Vault 2000", "the Harbor Point 2010"."""
_DETERMINED_NAME_BEFORE = pattern(r"\b(?i:the|its|their|his|her|our|a|an|of)[^\S\n]+[A-Z][\w-]*[^\S\n]+$")
"""One capitalized word after a determiner before a year: "the CDS 2000", "its Model 2000" (besides the months and
words like "the Year 2000", :data:`_YEAR_NAMED_BEFORE`): a name's number."""
_YEAR_EVENT_AFTER = pattern(rf"\s+(?:{alternation(lx.YEAR_EVENT_NOUNS)})\b")
"""An event of the year after a name and a year: "the Ohio 2024 election", "the Obama 2008 campaign"."""
_PRODUCT_NOUN_AFTER = pattern(
    r"\s+(?!(?:and|or|to|in|on|at|by|for|from|with|when|as|after|before|was|were|is|are|has|had|will|would|the|a|an|"
    rf"that|which|who|but|than|through|until|{alternation(lx.YEAR_EVENT_NOUNS)})\b)(?:[a-z][a-z-]+|(?-i:[A-Z][a-z]+))\b"
)
"""A noun after a year, as after a product's or an event's number: "2000 disk arrays", "2020 Olympics" (not a
preposition, a verb or an article: "in March 2000, when", "Christmas 2000 was")."""
_YEAR_NAMED_BEFORE = frozenset({*lx.MONTHS, *lx.WEEKDAYS, *lx.YEAR_AFTER_CAPITALIZED})
"""Capitalized words a year may follow as a year ("March 2000", "Fiscal 1996 results")."""

NOT_YEAR_AFTER = pattern(
    r"\s*(?:%|(?:percent|per\s+cent|people|persons|soldiers|troops|workers|jobs|votes|members|students|cases|units|"
    r"shares|miles|feet|foot|meters|metres|km|kilometers|tons|tonnes|barrels|dollars|euros|pounds|acres|cars|"
    r"copies|homes|children|deaths|dead|rounds|points|employees|residents|refugees|prisoners)\b|"
    r"(?!(?:regardless|as|is|was|has|earnings|sales|results|revenues|profits|losses)\b)[a-z]+(?<![siu])s\s+of|"
    r"-\s*\d|–\s*\d|,\d{3}|\.\d|/\d|\s*(?:GMT|UTC)\b|(?-i:\s+[A-Z]{2}\d))",
    re.IGNORECASE,
)
"""What may not follow a year.  Example: "2000 people" is a count, not a year; "2002 GT17" names an asteroid."""

OLD_YEAR_BEFORE = frozenset("in since until till by from of between and to circa c. early late mid-".split())
"""Words after which a number below 1900 may be a year.  Example: "built in 1850" (not "1800 ballots")."""

RANGE_YEAR_BEFORE = OLD_YEAR_BEFORE | {"for", "the", "over", "during", "across", "a", "years", "period", "era"}
"""Words after which a range of numbers below 1900 may be years.  Example: "the average for 1850-1900", "in the
years 1865-1917" (not "rooms 1200-1250")."""

APPROX_YEAR_BEFORE = frozenset({"about", "around", "nearly", "almost"})
"""Hedges after which a number is a year only if a signal of time stands before them: "until about 2025"."""

SPOKEN_2000_BEFORE = OLD_YEAR_BEFORE | {"before", "after", "during", "through"}
"""Words after which "two thousand" said alone may be the year.  Example: "by two thousand" (not "two thousand
unarmed monitors")."""

FAR_YEAR_BEFORE = frozenset({"by", "until", "till", "before", "through", "to", "in"})
"""Words after which a number from 2100 on may be a year.  Example: "temperatures could rise 4 degrees by 2100"."""

VAGUE_DURATION_BEFORE = (
    "for", "over", "in", "within", "took", "take", "takes", "taking", "than", "spent", "lasted", "last", "not", "even",
    "perhaps", "possibly", "maybe", "taken", "spending", "spend", "spends", "wasted", "only", "face", "faces",
    "facing", "be", "about", "need", "needs", "needed",
)  # fmt: skip
"""Words after which a bare plural unit is an amount of time.  Example: "for years", "within weeks", "could last
weeks, if not months", "weeks or even months", "it could be weeks"."""

MONTH_CONTEXT_BEFORE = pattern(
    r"(?:\b(?:in|into|since|until|till|by|of|from|to|through|thru|during|before|after|early|late|mid|last|this|next|"
    r"between|and|or|on|for|past|each|every|around|about|end|beginning|start|middle|as|least)|-|(?<![\w.,/-])\d{1,2}[-–]\d{1,2})\s*$",
    re.IGNORECASE,
)
"""What must stand before a month name that is also an ordinary word.  Example: "in May", "on 28-29 March" (not "they
may")."""


TIMETABLE_ADJECTIVES = frozenset({"new", "opening", "business", "office", "visiting", "extended", "regular", "normal",
                                  "working", "shorter", "longer", "summer", "winter", "holiday"})  # fmt: skip
"""Words before a bare plural unit that make it a timetable, not an amount of time.  Example: "the new hours"."""

STRETCH_OF_BEFORE = frozenset({"after", "following", "ending", "amid", "despite", "endured", "faced", "ended", "followed",
                               "follows", "brought", "brings", "reflected", "reflects", "capped", "caps", "spent",
                               "wasted", "by", "means", "mean", "meant", "had", "has", "have", "to"})  # fmt: skip
"""Words before "weeks of ...", "years of ..." that make the plural a stretch of time: "after weeks of warnings",
"ending years of deadlock", "fed by months of drought", "means weeks of talks", "we had weeks of this", "could lead to
weeks of bargaining" (not "the weeks of the campaign", "according to minutes of the meeting")."""

_CLAUSE_COMMA_BEFORE = pattern(r"[,;]\s*$")
"""A comma right before a bare plural unit: what precedes it is not its count ("on August 28, days before")."""
_PRICE_BEFORE = pattern(r"\b(?:cost|costs|costing|paid|pay|pays|charge|charged|charges|worth|tip|tipped|fare\s+was)\s+"
                        r"(?:\w+\s+)?$",
                        re.IGNORECASE)
"""A verb of price before "a quarter": the coin ("cost a quarter"), not three months."""
_PRICE_LIST_BEFORE = pattern(
    r"(?:\bcents?\b|[$¢]\s?\d|\b(?:nickels?|dimes?|dollars?|bucks)\b)[^.;:!?]{0,60}?(?:,|\band)\s+(?:a|an|the)\s+"
    r"(?:[\w'’-]+\s+){1,3}$",
    re.IGNORECASE,
)
"""A price earlier in the sentence and a noun just before "a quarter" in the next item of a list: the coin ("a
hot dog was 40 cents, a soda a quarter"; not "lost $2 billion in a quarter")."""
_NUMBERED_NAME_BEFORE = pattern(r"\b(?-i:[A-Z][a-z]+)\s+\d+\s+$")
"""A number that ends a name ("a traffic stop on Route 9 more than 15 months ago"), not an amount compared."""
_MULTIPLE_BEFORE = pattern(r"\b(?:twice|thrice|times|half)\s+$", re.IGNORECASE)
"""A multiple before "as much as": a comparison ("twice as much as a year earlier"), not a limit."""
_AMOUNT_BEFORE = pattern(
    r"(?:\d|\b(?:cents?|percent|per\s+cent|points?|dollars?|pounds?|euros?|yen|barrels?|times))\s+$", re.IGNORECASE
)
"""An amount right before "more than": what is compared is the amount ("50 cents more than a year ago")."""
_TAKEN_BEFORE = pattern(r"\b(?i:took|take|takes|taking)\s+(?:[a-z]+\s+){1,2}$")
"""A verb of taking a few words before a bare plural unit: "It took us decades", "could take a laboratory months"."""
_SENTENCE_START_BEFORE = pattern(r"(?:^|[.!?][\"”’]?\s+)$")
"""Nothing but a sentence's end before a match: it opens its sentence."""
_AWAY_AFTER = pattern(r"\s+(?:away|behind\s+schedule)\b", re.IGNORECASE)
"""A bare plural unit before "away" or "behind schedule": "weeks away from bankruptcy", "running weeks behind
schedule"."""

_OF_A_TIME = pattern(rf"\s+of\s+(?:the\s+)?(?:\d|(?i:{alternation(lx.MONTHS)}|year|month|week|decade|century)\b)")
"""A time after "of": "the next week of March" names a part of March."""

_CLAUSE_END = pattern(r"\s*(?:[.,;:!?)\"”’]|$)|\s+(?:and|when|but)\b")
"""The end of a clause right after "that spring": the season, not the verb ("prices that fall sharply")."""

_THE_BEFORE = pattern(r"\b(?i:the|that)\s+$")
_WORD_BEFORE = pattern(r"[A-Za-z]\s+$")
_COMING_BEFORE = pattern(r"\b(?i:this|the|on|by|until|till|for|before|from|to|next|through|and|or)\s+$")
"""Words before "coming Friday" that make "coming" its relation ("by coming Friday"), not a verb."""

_SEASON_KIND_AFTER = pattern(rf"\s+(?:{alternation(lx.SEASON_KIND_NOUNS)})\b", re.IGNORECASE)
"""A noun after a season's name that makes it a kind of thing (:data:`timeline.lexicon.SEASON_KIND_NOUNS`)."""
_SCORED_BEFORE = pattern(rf"\b(?i:{alternation(lx.SCORING_VERBS)})\s+$")
"""A verb of scoring right before "a century" or "four centuries" (:data:`timeline.lexicon.SCORING_VERBS`)."""
_INNINGS_BEFORE = pattern(
    r"(?:\b(?:his|her|their|maiden|Test|ODI|career|successive|consecutive|first|second|third|fourth|fifth)"
    r"|\d+(?:st|nd|rd|th))\s+$"
)
"""What stands before a batsman's "half-century" (fifty runs): "his first Test half-century", "a maiden half-century"."""
_OF_A_DATE_AFTER = pattern(rf"\s+of\s+(?:(?i:{alternation(lx.MONTHS)})\.?\s+\d|\d{{1,2}}\s+(?i:{alternation(lx.MONTHS)}))")
"""A date after "the weeks of": the weeks it names ("the weeks of Jan. 4 and Jan. 11")."""
_PERCENT_ON_BEFORE = pattern(r"(?:\d\s*%|\bper\s*cent|\bpercent|\bpoints?)\s+on\s+$", re.IGNORECASE)
"""A rise or fall before "on the year": year on year ("56% on the year")."""
_SEGUE_AFTER = pattern(r",\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*[.:]")
"""A short heading after "Now," closed by a full stop or a colon: the next item of a bulletin ("Now, the weather.")."""
_CURRENT_NOUN_BEFORE = pattern(rf"(?:\b(?:{alternation(lx.CURRENT_FLOW_WORDS)})|[A-Z][a-z]+)\s+$")
"""A word before "current" that makes it a noun, a flow ("the El Nino current", "a rip current";
:data:`timeline.lexicon.CURRENT_FLOW_WORDS`)."""
_SENTENCE_OPENING = pattern(r"(?:^|[.!?][\"”’']?\s+|\n\s*)$")
"""What stands before a word that opens a sentence (the start of the text, a full stop, a line break; not a quote,
which may open a title: "Winter's Grip")."""
_SUPERLATIVE_BEFORE = pattern(r"\b(?i:the|its|their)\s+[a-z]+est\s+$")
"""A superlative before a month's name: the month ("the wettest March in 60 years"), not a march."""
_COMPOUND_AFTER = pattern(r"[-‐](?!(?:morning|afternoon|evening|night|to|through|thru)\b)[a-z]")
"""A hyphen and a word after a weekday that make a compound noun of it ("Sunday-school"; not "Friday-night")."""
_HONORIFIC_BEFORE = pattern(r"\b(?:Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|MISS|DR)\.?\s+$")
"""A title right before a month word makes it a first name: "Ms. APRIL JENSEN"."""
_SURNAME_AFTER = pattern(r"\s+(?P<surname>[A-Z][A-Za-z'-]+)")


def _titled_surname(text: str, after: str) -> bool:
    """Whether the capitalized word after a month word is a surname the text gives with a title or a verb of speech
    elsewhere: "joined now by April Jensen ... Ms. JENSEN: Good morning", "from May Lindqvist ... Lindqvist said"."""
    match = _SURNAME_AFTER.match(after)
    if match is None:
        return False
    surname = re.escape(match.group("surname"))
    if re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+{surname}\b", text, re.IGNORECASE) is not None:
        return True
    return re.search(rf"\b{surname}\s+(?:{alternation(lx.SPEAKING_VERBS)})\b", text) is not None  # "testimony from
    # May Lindqvist ... Lindqvist said"


_PUBLICATION_AFTER = pattern(rf"\s+(?:{'|'.join(lx.PUBLICATION_WORDS)})\b")
"""A newspaper's word after a weekday (:data:`timeline.lexicon.PUBLICATION_WORDS`): "the Sunday Telegraph"."""
_TIMETABLE_NOUN_AFTER = pattern(rf"\s+(?:{alternation(lx.TIMETABLE_NOUNS)})\b")
"""A timetable's kind after a weekday (:data:`timeline.lexicon.TIMETABLE_NOUNS`): "a Sunday timetable"."""
_KIND_DETERMINER_BEFORE = pattern(r"\b(?:an?|their|its|his|her|our|your|normal|usual|reduced|special)\s+$", re.IGNORECASE)
"""What stands before a weekday of a kind of timetable: "a Sunday timetable", "their Saturday schedule"."""
_PUBLICATION_NOUN_AFTER = pattern(rf"\s+(?:{alternation(lx.PUBLICATION_NOUNS)})\b")
"""A paper's kind after a weekday (:data:`timeline.lexicon.PUBLICATION_NOUNS`): "a Sunday newspaper"."""
_PUBLICATION_BEFORE = pattern(r"\b(?:Mail|Independent)\s+on\s+$")
"""A newspaper's name before "on Sunday": "The Mail on Sunday reported"."""

_FULL_MONTHS = [key.capitalize() for key in lx.MONTHS if len(key) > 4 or key in ("may", "june", "july")]
_SHORT_MONTHS = [key.capitalize() for key in lx.MONTHS if key.capitalize() not in _FULL_MONTHS]
_MONTH_BEFORE = pattern(rf"\b(?-i:{alternation(_FULL_MONTHS)}|(?:{alternation(_SHORT_MONTHS)})\.)\s+$")
"""A capitalized month name right before a number: the number is its day ("the July 4 weekend")."""

_KIN_BEFORE = pattern(
    rf"\b(?:{alternation(lx.KIN_NOUNS)})(?:\s+of\s+(?:\w+[\s-]+){{1,3}}?(?:years|decades|months))?,?\s+$", re.IGNORECASE
)
"""A noun of kinship right before a month word makes it a first name (:data:`timeline.lexicon.KIN_NOUNS`), also
with the years of the bond between them ("his wife of 52 years, June,")."""

_SPOKEN_CLOCK_BEFORE = pattern(rf"\b(?:{alternation(lx.SPOKEN_CLOCK_BEFORE)})\s+$", re.IGNORECASE)
"""A signal right before a clock time said in words (:data:`timeline.lexicon.SPOKEN_CLOCK_BEFORE`)."""

_POSSESSIVE_WORDS = [word for word in lx.FINAL_LAST_BEFORE if word != "'s"]
_FINAL_LAST = pattern(
    rf"(?:\b(?!(?i:it|that|what|there|here|he|she|who|where|how|let)['’])\w+['’]s"
    rf"|\b(?i:{alternation(_POSSESSIVE_WORDS)}))\s+$"
)
"""A possessive right before "last" (:data:`timeline.lexicon.FINAL_LAST_BEFORE`): "his last year in office"."""

_MONTH_AFTER_DETERMINER = pattern(r"\b(?i:the|a|an|its|their|his|her|our)\s+(?:[a-z]+,?\s+){0,2}$")
"""A capitalized month word after a determiner (and up to two lowercase words) is a month: "the May figures", "an
unusually cool May" (a name has its own capital before it: "Prime Minister Theresa May")."""
_EVENT_NAME_AFTER = pattern(r"\s+(?:for|on|of|to|against|in)\s|[-–]")
"""A march that is an event, not the month: "the annual March for Life", "the March on Washington"; nor the first
month of a span ("the March-May period")."""
_SENTENCE_START = pattern(r"(?:^|[.!?][\"”’']?\s+|[\"“‘`]+\s*)$")
"""The start of a sentence or of a quotation, just before a word."""
_CLAUSE_START = pattern(r"(?:^|[.!?][\"”’']?\s+|[\"“‘`]+\s*|,\s+(?:but|and)\s+|;\s+)$")
"""The start of a sentence, a quotation or a clause joined by ", but"/", and": "..., but March was the best month"."""
_GAME_CLOCK_AFTER = pattern(
    r"\s+(?:left\s+|remaining\s+|gone\s+)?(?:of|in|into)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|final|opening|"
    r"\d+(?:st|nd|rd|th))\s+(?:period|overtime|quarter|half|inning|frame|set|extra\s+time)\b",
    re.IGNORECASE,
)
"""A period of play after a clock time without a.m. or p.m.: the time is the game's clock, not the day's."""
_SUPERLATIVE_BEFORE_FALL = pattern(r"\b(?P<word>[a-z]{3,}est)\s+$", re.IGNORECASE)
"""A superlative right before "fall": the season only if it is a weather word's (:data:`_FALL_SUPERLATIVES`)."""


def _superlative(adjective: str) -> str:
    """The superlative of a short adjective: "warm" -> "warmest", "wet" -> "wettest", "dry" -> "driest"."""
    if adjective.endswith("y"):
        return adjective[:-1] + "iest"
    if len(adjective) == 3 and adjective[1] in "aeiou" and adjective[2] not in "aeiouwy":
        return adjective + adjective[-1] + "est"
    return adjective + "est"


_FALL_SUPERLATIVES = frozenset(_superlative(word) for word in lx.FALL_ADJECTIVES)
"""Superlatives of the weather words that make "fall" the season: "the wettest fall", "the driest fall"."""
_YEAR_ON_YEAR_AFTER = pattern(r"[-‐\s](?:on|over|to)[-‐\s](?:year|month|week|quarter)\b", re.IGNORECASE)
"""The rest of "year-on-year", "month-over-month", "quarter-on-quarter" after a unit: a comparison's name."""
_MASS_AFTER = pattern(r"\s+[Mm]ass(?:es)?\b")
"""A service after "Midnight": "Midnight Mass", a name."""
_TIMING_VERB_BEFORE = pattern(rf"\b(?:{alternation(lx.TIMING_VERBS)})\s+$", re.IGNORECASE)
"""A verb that "late" or "early" tells the timing of (:data:`timeline.lexicon.TIMING_VERBS`): "will stay open late
on Thursdays", "closed early on Friday"."""
_LATENESS_BEFORE = pattern(
    r"\b(?!(?:in|for|within|over|after|of|than|since)\s)(?:\w+\s+)(?:an?|one|\d+|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|few)\s+"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\s+$",
    re.IGNORECASE,
)
"""An amount of time right before "late" or "early", not after a preposition: "will run a day late this week", "woke
up an hour late Monday" (not "for the first time in 17 years early Tuesday")."""
_GO_UNDER_BEFORE = pattern(r"\b(?:go|goes|going|gone|went)\s+$", re.IGNORECASE)
"""A verb of "go under" (to sink, to fail) before "under" and an amount: the particle, no "less than"."""
_COPULA_BEFORE = pattern(r"(?:\b(?:is|are|was|were)|['’](?:s|re))\s+$", re.IGNORECASE)
"""A form of "to be" right before "late" or "early": an adjective of the subject ("the azaleas are late this year")."""
_MONTH_SUBJECT_AFTER = pattern(
    r"\s+(?:alone\s+|also\s+)?(?:is|was|has\s+been)\b|,\s+(?:usually|typically|normally|traditionally|often)\s+the\b"
)
"""A month word that opens a sentence as its subject: "May is a long way off", "March alone was 8.6 degrees warmer",
"May, usually the wettest month," (the modal "may" never comes before "is": "May I ask", "May God bless")."""
_SIGNALS_BEFORE_MONTH = (
    "In", "By", "Since", "Until", "Till", "From", "To", "Through", "During", "Before", "After", "Early", "Late",
    "Mid", "Last", "This", "Next", "Each", "Every", "And", "Or", "Of", "The", "On", "For", "About", "Around",
    "Between",
)  # fmt: skip
_FIRST_NAME_BEFORE = pattern(r"(?<=[a-z,] )[A-Z][a-z]+\s+$")
"""A capitalized word inside a sentence right before a month word: a first name ("Tom April said")."""
_SIGNAL_WORD_BEFORE = pattern(
    rf"\b(?:{'|'.join(_SIGNALS_BEFORE_MONTH)}|{alternation([w.capitalize() for w in lx.WEEKDAYS])}|"
    rf"{alternation([m.capitalize() for m in lx.MONTHS])})\.?\s+$"
)
"""A capitalized signal, weekday or month before a month word: "Monday April 4", "Until March"."""
_NAME_BEFORE_MONTH = pattern(rf"\b(?!(?:{'|'.join(_SIGNALS_BEFORE_MONTH)})\b)[A-Z][a-z]+\s+(?P<word>May|March)\b")
"""A capitalized word before "May" that is no signal of time: a name ("Theresa May"), after which "May is" opening a
sentence is that person, not the month."""
_MONTH_AND = pattern(
    rf"\s+(?:and|or|to|through)\s+(?:{alternation([key for key in lx.MONTHS if len(key) > 3])})\b", re.IGNORECASE
)
"""A month word joined to another month: "May and June", "the wettest May to July"."""
_AND_MONTH_BEFORE = pattern(
    rf"\b(?:{alternation([key for key in lx.MONTHS if len(key) > 3])})\s+(?:and|or|to|through)\s+$", re.IGNORECASE
)
"""A month word after another month and "and": "its estimates for April and May"."""

_POD_THE_AFTER = pattern(
    r"\s*(?:[.,;:!?)'\"”]|$)|\s+(?:and|or|but|when|as|while|after|before|on|at|in|to|because|with|until|so|that"
    r"|the|a|an|he|she|it|they|we|i|here|there|[A-Z]\w*|\w+ing|\w+ed)\b"
)
"""What may follow "in the afternoon" when it names a time: the end of a clause or a function word, not a noun
("the morning crowd") or "of" ("the evening of his life")."""

CLOCK_BEFORE = frozenset("at by until till before after around about from since to past".split())
"""Words before an hour told with a part of day.  Example: "leave at 4 in the morning"."""


SEASON_CONTEXT_BEFORE = pattern(
    r"\b(?:in|into|during|since|until|till|through|throughout|for|over|the|this|last|next|early|late|mid|past|each|"
    r"every|by|before|after|from|toward|towards|spend|spent|spending|spends|the\s+[a-z]{3,}est"
    r"|(?:the|a|an|its|their|this|[a-z]+['’]s)\s+(?:(?!(?:will|would|could|may|might|should|must|can|to|not)\b)[a-z]+\s+){0,2}"
    r"start\s+to|taste\s+of|ahead\s+of"
    r"|the\s+(?:whole|entire))\s*$",
    re.IGNORECASE,
)
"""What must stand before a bare season name.  Example: "in the fall", "the driest spring", "the dry start to
autumn", "our first taste of fall", "ahead of winter", "the entire winter" (not "prices fall", "will start to
fall")."""
_OWN_SUPERLATIVE_BEFORE = pattern(r"\b(?:its|their|his|her|our|[a-z]+['’]s)\s+[a-z]{3,}est\s+$", re.IGNORECASE)
"""A superlative after a possessive before a season other than "fall": "Iowa has just come through its driest
spring since 1893", "the state's driest winter" (but "its steepest fall since October": a decline)."""
_SEASON_AFTER_ADJECTIVE = pattern(r"\b(?:a|an)\s+(?:[a-z]+ly\s+)?(?P<adjective>[a-z]+)\s+$", re.IGNORECASE)
"""A season after an article and an adjective, closing its phrase (:data:`_SEASON_PHRASE_END`), is a season: "a
remarkably warm fall.", "an unusually wet spring put ..." (not "a sharp fall in prices", "a massive winter storm")."""
_NOT_SEASON_ADJECTIVE = rf"(?!(?:{alternation(lx.NOT_SEASON_ADJECTIVES)})\b)"
_SEASON_AFTER_ADJECTIVES = pattern(
    rf"\b(?:a|an)\s+(?:(?:[a-z]+ly\s+)?{_NOT_SEASON_ADJECTIVE}[a-z]+,?\s+){{1,2}}"
    rf"(?:[a-z]+ly\s+)?{_NOT_SEASON_ADJECTIVE}[a-z]+\s+$"
    r"|\b(?:a|an)\s+[a-z]+er[-\s]+than[-\s]+(?:normal|average|usual|expected)\s+$",
    re.IGNORECASE,
)
"""A season after an article and two or three adjectives, or a comparison with the usual, closing its phrase: "a
cool, wet summer.", "a long hot summer,", "a wetter than average spring." (for "fall" only one weather word will
do: :data:`timeline.lexicon.FALL_ADJECTIVES`)."""
_SEASON_PHRASE_END = pattern(
    rf"\s*[.,;:!?)]|\s+(?:and|or|but|that|when|which|put|{alternation(lx.PAST_MARKERS)}|[a-z]+ed)\b"
)
_SEASON_STARTED_AFTER = pattern(
    r"\s+(?:(?:has|had|have)\s+)?(?:not\s+yet\s+|just\s+|officially\s+|finally\s+)?(?:arrived|began|begun|set\s+in)\b"
    r"|\s+is\s+(?:finally\s+|already\s+)?here\b|\s+(?:has|had)n['’]t\s+(?:even\s+|yet\s+)?(?:started|begun|arrived)\b"
)
"""A season that has come or begun, or not yet: "when spring began", "as autumn set in", "Spring officially arrived
on Monday", "spring is finally here", "Summer hasn't even started" (not "fall": "the fall began")."""
_SEASON_PLACE_AFTER = pattern(r"\s+(?:in|for|at|on|with|across)\b")
"""A place or a party after "a tough winter": "a tough winter in the Northeast", "a hard winter for farmers"."""
_SEASON_OR = pattern(
    rf"\b(?:{alternation(lx.SEASONS)})\s+(?:or|and)\s+$", re.IGNORECASE
)
"""A season joined to a season: "next spring or summer"."""


@dataclass(frozen=True, slots=True)
class Found:
    """An expression found in the text, before resolution."""

    start: int
    end: int
    text: str
    type: TimexType
    value: Unresolved
    mod: Mod | None
    rule: str


WINDOW = 40
"""Characters before a trigger word that a rule looks at; longer than any expression's reach back from its trigger."""
WINDOW_AFTER = 28
"""Characters after a trigger word that a rule looks at (and then on to the end of the word there): an expression
reaches less far past its trigger than before it, and every longer tail holds a trigger of its own ("March 3, 2021,
at 10:30 a.m."); output identical to 40 on te3-dev and every hand set, and tagging 3-4% faster."""

_SPACE = pattern(r"\s")


_LOG_TIMES = pattern(r"\b(?i:times)\s+(?:(?i:are|in)\s+)?(?:[A-Z]{2,4}|(?i:local))\b")
"""A page's note on its time stamps ("All times GMT", "times are BST"), without which a number opening a line is
no clock time (a chronology's "1805 The battle of Trafalgar")."""


def _says_its_times(text: str) -> bool:
    """Whether the page says whose times its stamps are (:data:`_LOG_TIMES`; a substring test first, the cheap one)."""
    return ("imes" in text or "IMES" in text) and _LOG_TIMES.search(text) is not None


_LINE_STAMP = pattern(r"^(?:[01]\d|2[0-3])[0-5]\d(?=[^\S\n]+[A-Z]|[^\S\n]*[-–—:][^\S\n])", re.MULTILINE)
LOG_STAMP_LINES = 3
"""Lines a page must open with a four-digit time stamp to be read as a log without a note on its times."""


def _a_stamped_log(text: str) -> bool:
    """Whether the page says whose times its stamps are (:func:`_says_its_times`), or opens at least
    :data:`LOG_STAMP_LINES` lines with four-digit stamps of which one cannot be a year ("2200 Polls close.", "0015
    First result"): a chronology's "1805 The battle", "1914 War" has none before ten in the morning or after nine
    at night."""
    if _says_its_times(text):
        return True
    stamps = _LINE_STAMP.findall(text) if "\n" in text else []
    return len(stamps) >= LOG_STAMP_LINES and any(stamp[0] == "0" or stamp[:2] in ("21", "22", "23") for stamp in stamps)


_TEXT_GATES: dict[str, Callable[[str], bool]] = {"log-stamp": _a_stamped_log}
"""Rules that run only on a text the test passes, tested once per text: "2145 - The prime minister said" is a stamp
only where the page says whose times they are."""

_KEYED = tuple((rule, compiled, (RULE_TRIGGERS[rule.name], RULE_NEEDS.get(rule.name))) for rule, compiled in COMPILED)
"""Each rule with its pattern and the trigger classes that open and allow its windows."""


def find(text: str) -> list[Found]:
    """Every temporal expression of ``text``, in order, without overlaps (the longest match wins).

    Each rule runs only in windows around the trigger words of its kind (:data:`timeline.rules.RULE_TRIGGERS`),
    so text with no month, number or time word costs one tokenizing pass.
    """
    triggers = _trigger_positions(text)
    if not triggers:
        return []
    windows: dict[tuple[tuple[str, ...], tuple[str, ...] | None], list[tuple[int, int]]] = {}
    candidates: list[tuple[int, int, int, Found]] = []
    breaks = [match.start() for match in _PARAGRAPH_BREAK.finditer(text)] if "\n" in text else []
    for priority, (rule, compiled, key) in enumerate(_KEYED):
        gate = _TEXT_GATES.get(rule.name)
        if gate is not None and not gate(text):
            continue  # a rule only some pages can hold: a log's four-digit stamps need its "All times GMT"
        if key not in windows:
            present = any(kind in triggers for kind in key[0])  # half the keys have no trigger in a news article
            windows[key] = _within_paragraphs(_windows(text, triggers, *key), breaks) if present else []
        for window_start, window_end in windows[key]:
            for match in compiled.finditer(text, window_start, window_end):
                found = _build(rule, match, text)
                if found is not None:
                    candidates.append((match.start(), -(match.end() - match.start()), priority, found))
                elif any(group in compiled.groupindex and match.start(group) == match.start() for group in _LEADING):
                    candidates += _inside(rule, compiled, text, match, window_end, priority)  # "Sun July 1, 2012"
    selected = _select(_outside_idioms(text, candidates), len(text))
    if "clock" in triggers:
        selected = _clock_range_ends(text, selected, triggers["clock"])
    found = _compound_durations(text, _second_days(text, _day_first_ranges(text, selected)))
    return _at_least_dates(text, _open_ended(text, _days_per_period(text, _halves_of_periods(text, found))))


_OPEN_END = pattern(
    rf"\s+(?P<end>{alternation(lx.OPEN_ENDS)})\b"
    r"(?=\s*(?:[.,;:)!?\"'”’]|$)|\s+(?:and|or|but|when|if|as|at|in|for|to|from|because|than)\b)",
    re.IGNORECASE,
)
"""An open end closing its clause: not "in October 1984 and later served as ..."."""


_AMOUNT_OPEN_END = pattern(rf"\s+(?P<end>{alternation(lx.AMOUNT_OPEN_ENDS)})\b", re.IGNORECASE)
"""An open end after an amount of time: "six months or more"."""


def _open_ended(text: str, found: list[Found]) -> list[Found]:
    """A date followed by "or later", "and beyond", "or earlier" takes those words and the mod they give: "1994 or
    later" -> 1994, ON_OR_AFTER (TimeML tags them together); an amount followed by "or more", "or less" likewise:
    "six months or more" -> ``P6M`` EQUAL_OR_MORE."""
    result: list[Found] = []
    for index, item in enumerate(found):
        following = found[index + 1].start if index + 1 < len(found) else len(text)
        mod, match = None, None
        if item.mod is None and item.type is TimexType.DATE and isinstance(item.value, (Calendar, Recurring)):
            match = _OPEN_END.match(text, item.end)
            if match is not None:
                mod = lx.OPEN_ENDS[" ".join(match.group("end").lower().split())]
        elif item.mod is None and item.type is TimexType.DURATION and isinstance(item.value, Literal):
            match = _AMOUNT_OPEN_END.match(text, item.end)
            if match is not None:
                mod = lx.AMOUNT_OPEN_ENDS[" ".join(match.group("end").lower().split())][0]
        if mod is None or match is None or match.end() > following:
            result.append(item)
            continue
        result.append(dataclasses.replace(item, end=match.end(), text=text[item.start : match.end()], mod=mod))
    return result


_POINT_MODS = {Mod.EQUAL_OR_MORE: Mod.ON_OR_AFTER, Mod.EQUAL_OR_LESS: Mod.ON_OR_BEFORE}
"""The modifiers of an amount ("at least ten days") read at a clock time: "at least noon" is ON_OR_AFTER."""
_AT_LEAST_BEFORE = pattern(r"\b(?i:at\s+least)\s+$")
_AT_LEAST_MOD = _POINT_MODS[lx.QUANTITY_MODIFIERS["at least"]]
"""The mod "at least" gives a point in time (ON_OR_AFTER), as :data:`_POINT_MODS` reads it at a clock time."""


def _at_least_dates(text: str, found: list[Found]) -> list[Found]:
    """A date or a day after "at least" takes those words and the mod they give: "suspended until at least April"
    -> 1995-04, ON_OR_AFTER (as a clock time does: "at least 7 a.m."), not an amount; after "since" the mod is
    ON_OR_BEFORE ("had known since at least 1999")."""
    result: list[Found] = []
    for item in found:
        before = _AT_LEAST_BEFORE.search(text, max(0, item.start - 12), item.start)
        previous_end = result[-1].end if result else 0
        if (
            before is None
            or item.mod is not None
            or item.type not in (TimexType.DATE, TimexType.TIME)
            or not isinstance(item.value, (Calendar, Recurring, Shift))
            or before.start() < previous_end
            or item.text[:4].lower() == "the "  # (not "at least the first two quarters of 1990", as te3-dev has it)
        ):
            result.append(item)
            continue
        start = before.start()
        mod = Mod.ON_OR_BEFORE if _since_before(text, start) else _AT_LEAST_MOD
        result.append(dataclasses.replace(item, start=start, text=text[start : item.end], mod=mod))
    return result


_SINCE_BEFORE = pattern(r"\b(?i:since)\s+$")
_AT_LEAST_OPENING = pattern(r"(?i:at\s+least)\s")
"""An expression that opens with "at least" (its mod ON_OR_AFTER, or ON_OR_BEFORE after "since")."""


def _since_before(text: str, start: int) -> bool:
    """Whether "since" stands right before ``start``: "had known since at least 1999" starts at 1999 or before it."""
    return _SINCE_BEFORE.search(text, max(0, start - 8), start) is not None


_DETERMINER_BEFORE = pattern(r"\b(?:the|this)\s+$", re.IGNORECASE)
_LEADING = ("weekday", "low", "qmod", "rel", "pmod")
"""Groups that may open a match and be the reason it is rejected, while the rest may still stand: a weekday before a
date ("Posted Sun July 1, 2012"), the low end of a range of counts that is none ("Oct. 29 to 12 years"), an "up
to" that belongs to a verb ("edged up to 33.1 hours"), a "late" that belongs to an amount ("run a day late this
week")."""


def _inside(
    rule: Rule, compiled: re.Pattern[str], text: str, rejected: re.Match[str], window_end: int, priority: int
) -> list[tuple[int, int, int, Found]]:
    """The matches of ``rule`` that start inside a match it rejected as a look-alike: "Posted Sun July 1, 2012" is
    no date with a weekday ("Sun"), but "July 1, 2012" inside it is a date; "29 to 12 years" is no range, but "12
    years" is a duration."""
    found: list[tuple[int, int, int, Found]] = []
    space = _SPACE.search(text, rejected.start(), rejected.end())
    position = space.end() if space is not None else rejected.end()  # matches start at a word, not inside one
    while (match := compiled.search(text, position, window_end)) is not None and match.start() < rejected.end():
        built = _build(rule, match, text)
        if built is not None:
            found.append((match.start(), -(match.end() - match.start()), priority, built))
        position = match.start() + 1
    return found


_FOR_AMOUNT_BEFORE = pattern(
    rf"\bfor\s+(?:(?:{alternation([*lx.QUANTITY_MODIFIERS, *lx.OUTSIDE_MODIFIERS])})\s+)?$", re.IGNORECASE
)
""""For" and perhaps a modifier before an amount: "for nearly 50 years afterward" is fifty years, not a date."""
_CLOCK_GLOSS_BEFORE = pattern(r"\b[ap]\.?m\.?\b[^,]{0,30},\s*$", re.IGNORECASE)
"""A clock time with its place, then a comma: the hour after it is the same moment elsewhere ("It's 6 a.m. on the
East Coast, 2 in the afternoon in Baghdad")."""
_SHORT_YEAR_BEFORE = pattern(
    r"(?:\b(?:in|of|since|until|till|from|to|through|the|and|or|spring|summer|fall|autumn|winter|class)|\d\d,|[-–—:])\s+$",
    re.IGNORECASE,
)
"""What stands before a year written with two digits: "in '71", "the '75 Series", "'68, '75"."""
_SAID_BEFORE = pattern(
    rf"\b(?:told\s+\w+|{alternation(lx.THAT_CLAUSE_VERBS)})(?:\s+\w+)?\s+$",
    re.IGNORECASE,
)
"""A reporting verb (and a word, often a day) before "that": the conjunction, not a determiner of a season."""
_HOLIDAY_OBJECT_AFTER = pattern(rf"\s+(?:{alternation(lx.HOLIDAY_OBJECTS)})\b", re.IGNORECASE)
_DETERMINER_OR_OWNER_BEFORE = pattern(r"\b(?:the|a|an|its|their|his|her|our|this)\s+$", re.IGNORECASE)
_NOUN_AFTER_ORDINAL_MONTH = pattern(
    r"\s+(?!(?:of|in|on|at|to|and|or|but|when|as|for|from|with|by|that|is|was|will|would|has|had)\b)[a-z]"
)
"""A lowercase word after "first December" that is no preposition, conjunction or verb: the noun the month
qualifies ("its first December general election")."""
_SEASON_NAMED_AFTER = pattern(rf"\s+(?:last|this|the\s+previous)\s+(?:{alternation(lx.SEASONS)})\b", re.IGNORECASE)
_KIN_AFTER = pattern(rf"['’]s\s+(?:great-)*(?:{alternation(lx.OWNED_KIN_NOUNS)})\b", re.IGNORECASE)
"""A possessive and a noun of family after a month's name (:data:`timeline.lexicon.OWNED_KIN_NOUNS`): a person's name."""
_SPEAKING_AFTER = pattern(rf"\s+(?:{alternation(lx.SPEAKING_VERBS)})\b")
"""A verb of speech after a month's name (:data:`timeline.lexicon.SPEAKING_VERBS`): "her daughter May said"."""
_SPEAKER_MONTH_SIGNAL_BEFORE = pattern(rf"\b(?:{alternation(lx.SPEAKER_MONTH_SIGNALS)})\s+$", re.IGNORECASE)
"""A signal before a month that a verb of speech follows (:data:`timeline.lexicon.SPEAKER_MONTH_SIGNALS`): the month
("released in March said")."""
_STREET_AFTER = pattern(r"\s+(?:Street|Road|Avenue|Lane|Drive|Place|Square|Terrace|Close|Crescent|Way)\b")
"""A street named after a month: "May Street", "April Lane"."""
_QUOTED_TITLE_AFTER = pattern(r"(?:\s+[A-Z][\w-]*){1,4}['’]")
"""Capitalized words and a closing quote after "'12": a title in quotes ("in '12 Angry Men'")."""
_MOVEMENT_AFTER = pattern(
    r"(?:\s+\d{1,2})?(?:th|st|nd|rd)?\s+(?:[A-Z][a-z]+\s+){0,2}"
    r"(?:Movement|Alliance|Coalition|Front|Brigades?|Party|Uprising|Revolution)\b"
)
"""A group or an uprising named after a day: "the April 6 Youth Movement", "the March 14 Alliance"."""
_SCHEDULE_SHIFTED_BEFORE = pattern(
    r"\b(?:will|would|could|can|may|might|should|(?<!\bhad\s)to)\s+(?:\w+\s+)?(?:start|begin|open|close|end|run|finish)"
    r"(?:\s+[\w-]+){0,4}\s+$",
    re.IGNORECASE,
)
"""A schedule to be moved, before "45 minutes later": "will start classes", "could run", "a plan to start the high
school day" (not "had to close a week later": when it closed)."""
_SHIFT_PERIOD_AFTER = pattern(
    r"\s+(?:(?:each|every)\s+(?:day|morning|evening|night|week|month|year)"
    r"|(?:this|next)\s+(?:fall|autumn|spring|summer|winter|term|semester|school\s+year))\b",
    re.IGNORECASE,
)
"""What follows "N minutes later" when it is how much later a routine moves: "each day", "this fall"."""
_AMOUNT_OF_TIME_BEFORE = pattern(
    rf"\b(?:\d+|{alternation(lx.NUMBER_WORDS)})\s+(?:{alternation(lx.UNIT_PLURALS)}|minute|hour|day|week|month|year)\s+$",
    re.IGNORECASE,
)
"""An amount of time right before "later"/"earlier": "45 minutes later next fall"."""
_DATA_NOUN_AFTER = pattern(rf"(?:['’]s)?\s+(?:{alternation(lx.DATA_NOUNS)})\b")
"""A figure reported for a month right after its name: "March figures", "May sales", "March's figure"."""
_EVENT_NOUN_AFTER = pattern(rf"['’]s\s+(?:[A-Za-z-]+\s+){{0,2}}(?:{alternation(lx.MONTH_EVENT_NOUNS)})\b")
"""An event of a month right after its name in the possessive: "May's Democratic primary"."""
_TIME_WORD_NAME = pattern(rf"\b(?:{alternation(lx.NAMES_WITH_TIME_WORDS)})\b")
_YEARS_IN_NAMES = frozenset(word for name in lx.NAMES_WITH_TIME_WORDS for word in name.split() if word.isdigit())
"""The years that names hold ("the 1922 Committee"): only these are looked up in the names."""
NAME_REACH = 16
"""How far before or after a weekday or a year a name holding it may reach ("Sheffield Wednesday", "Tuesday Weld")."""
IDIOM_REACH = 12
"""How far before an amount of time an idiom holding it may start ("calls it a day")."""
_IDIOM = pattern(rf"\b(?:{alternation(lx.NOT_TEMPORAL)})\b", re.IGNORECASE)


def _outside_idioms(text: str, candidates: list[tuple[int, int, int, Found]]) -> list[tuple[int, int, int, Found]]:
    """Drop candidates inside an idiom that names no time ("24 hours a day", :data:`timeline.lexicon.NOT_TEMPORAL`)
    or inside a name that holds a day's name or a year ("Sheffield Wednesday", "the 1922 Committee",
    :data:`timeline.lexicon.NAMES_WITH_TIME_WORDS`)."""
    spans = [
        match.span()
        for candidate in candidates
        if candidate[3].rule == "duration"
        and (match := _IDIOM.search(text, max(0, candidate[3].start - IDIOM_REACH), candidate[3].end + IDIOM_REACH * 3))
        is not None
        and match.start() <= candidate[3].start < match.end()
    ]  # each idiom holds an amount of time, at its start or end: "24 hours a day", "calls it a day"
    spans += [
        match.span()
        for candidate in candidates
        if (candidate[3].rule == "weekday" or candidate[3].rule == "year" and candidate[3].text in _YEARS_IN_NAMES)
        and (
            match := _TIME_WORD_NAME.search(
                text, max(0, candidate[3].start - NAME_REACH), candidate[3].end + NAME_REACH
            )
        )
        is not None
        and match.start() <= candidate[3].start
        and match.end() >= candidate[3].end
    ]
    if not spans:
        return candidates
    return [c for c in candidates if not any(start < c[3].end and c[3].start < end for start, end in spans)]


_FIRST_DAY = pattern(r"(?<![\d,.$€£])\b(?P<first>(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)\s*(?:and|or|to|&|-|–)\s*$")
"""The bare first day of "16 and 19 January", "5-6 February" (day first)."""

FIRST_DAY_RULES = frozenset({"day-month", "day-month-year"})
"""Rules whose day may follow a bare first day of the same month.  Example: "between 9 and 16 August 1992"."""

SECOND_DAY_RULES = frozenset({"month-day"})
"""Rules whose day may be followed by a second day of the same month.  Example: "April 24 and 25"."""

_DAY_NUMBER = r"(?:3[01]|[12]\d|0?[1-9])"
_LISTED_DAY = pattern(rf",\s*(?P<day>{_DAY_NUMBER})(?P<suffix>st|nd|rd|th)?(?=(?:,\s*|\s+(?:and|or)\s+){_DAY_NUMBER}\b)")
"""A day in a list of days of one month, before the next: "on Nov. 22, 24 and 26"."""
_SECOND_DAY = pattern(
    r"(?:\s+(?:and|or|to|through)\s+|[-–])(?P<day>3[01]|[12]\d|0?[1-9])(?P<suffix>st|nd|rd|th)?(?!,?\s*\d)"
    r"(?=\s*(?:[.,;:)!?'\"]|$)|\s+(?:in|at|on|to|when|with|as|for|and|but|respectively|this|last|next|after|before"
    r"|until|while|because|from|by|during|amid|were|was|are|will|would|that|which|off|the|saw|left|brought|[a-z]+ed)\b"
    r"|(?<=[-–]\d)\s+[a-z]|(?<=[-–]\d\d)\s+[a-z])",
    re.IGNORECASE,
)
"""The second day of "April 24 and 25" or "March 4-5": before the end of a clause or a function word, or, after a
hyphen, before any word ("the March 4-5 meeting")."""


_SECOND_MONTH_DAY = pattern(
    rf"\s*[-–]\s*(?P<month>{alternation(lx.MONTHS, dotted=[k for k in lx.MONTHS if len(k) <= 4])})\.?\s+"
    r"(?P<day>3[01]|[12]\d|0?[1-9])\b(?!,?\s*\d)",
    re.IGNORECASE,
)
"""The end of a range of days across a month's end, after a hyphen: "the July 31-Aug. 1 meeting"."""

_YEAR_RANGE = pattern(r"[-–](?P<year>1\d{3}|20\d\d|\d\d)(?![\d])")
"""The second year of a range written with a dash.  Example: "from 2001-2005"."""
YEAR_RANGE_SPAN = 150
"""The most years a range written with a dash may span: a long life, a firm's or a mine's ("1887-1991")."""


def _year_range_end(first: str, text: str, end: int) -> int | None:
    """The second year of "2001-2005" right after a year that ends at ``end``, if it closes a range of at most
    :data:`YEAR_RANGE_SPAN` years that no count follows ("2001-2005 figures", "Hallcroft Colliery, 1887-1991" yes;
    "1500-2000 troops" no)."""
    match = _YEAR_RANGE.match(text, end)
    if match is None:
        return None
    second = int(match.group("year"))
    if len(match.group("year")) == 2:  # "the plan (2012-17)": the same century
        second += int(first) // 100 * 100
    if not int(first) < second <= int(first) + YEAR_RANGE_SPAN or NOT_YEAR_AFTER.match(text, match.end()):
        return None
    return second


_DAY_RANGE_BEFORE = pattern(rf"(?<![\w.,/-])(?P<first>{_DAY_NUMBER})[-–](?P<second>{_DAY_NUMBER})\s+$")
"""Two days joined by a dash before a month: "on 28-29 October"."""
_DAY_RANGE_RULES = {"month": "day-month", "month-year": "day-month-year"}
"""The rule of a month (with its year) found after two days, and the rule of each day-and-month date it makes."""


def _day_first_ranges(text: str, found: list[Found]) -> list[Found]:
    """The two days of "28-29 October" (day first, joined by a dash), which the rules cannot start after a dash:
    each its own date of that month, as TimeML tags them."""
    result: list[Found] = []
    for item in found:
        days = _DAY_RANGE_BEFORE.search(text, max(0, item.start - 8), item.start)
        value = item.value
        if (
            days is None
            or item.rule not in _DAY_RANGE_RULES
            or not isinstance(value, (Calendar, Recurring))
            or value.month is None
            or value.day is not None
            or int(days.group("first")) >= int(days.group("second"))
            or (result and result[-1].end > days.start())
        ):
            result.append(item)
            continue
        rule = _DAY_RANGE_RULES[item.rule]
        first, second = days.span("first"), days.span("second")
        result.append(Found(first[0], first[1], text[first[0] : first[1]], item.type,
                            dataclasses.replace(value, day=int(days.group("first"))), item.mod, rule))  # fmt: skip
        result.append(Found(second[0], item.end, text[second[0] : item.end], item.type,
                            dataclasses.replace(value, day=int(days.group("second"))), item.mod, rule))  # fmt: skip
    return result


def _second_days(text: str, found: list[Found]) -> list[Found]:
    """Add the bare second day of "April 24 and 25" as its own date in the same month, and the second year of
    "2001-2005" (TimeML tags each)."""
    result: list[Found] = []
    for index, item in enumerate(found):
        opening = _clock_range_start(text, item)
        if opening is not None and (not result or result[-1].end <= opening.start):
            result.append(opening)  # "from 5 to 9 p.m.": the bare 5 is 5 p.m.
        result.append(item)
        value = item.value
        if item.rule == "year" and isinstance(value, Calendar) and value.month is None:
            year = _year_range_end(str(value.year), text, item.end)
            if year is not None and (index + 1 == len(found) or found[index + 1].start > item.end):
                second = _YEAR_RANGE.match(text, item.end)
                assert second is not None  # _year_range_end found it
                start, end = second.span("year")
                result.append(Found(start, end, text[start:end], item.type, Calendar(year), None, "year"))
            continue
        if item.rule in FIRST_DAY_RULES and isinstance(value, (Calendar, Recurring)) and value.day is not None:
            first = _FIRST_DAY.search(text, max(0, item.start - 12), item.start)
            earlier = result[-2].end if len(result) > 1 else 0
            if first is not None and first.start() >= earlier and int(first.group("day")) < value.day:
                start, end = first.span("first")
                first_day = dataclasses.replace(value, day=int(first.group("day")))
                weekday = result[-2] if len(result) > 1 else None
                if weekday is not None and weekday.rule == "weekday" and not text[weekday.end : start].strip():
                    start = weekday.start  # "Saturday 15 - Sunday 16 June 2024": the weekday and its day, one date
                    del result[-2]
                result.insert(len(result) - 1, Found(start, end, text[start:end], item.type, first_day, None, item.rule))
            continue  # "on 16 and 19 January": the first day is in the month named after the second
        if item.rule not in SECOND_DAY_RULES or not isinstance(value, (Calendar, Recurring)) or value.day is None:
            continue
        other = _SECOND_MONTH_DAY.match(text, item.end)  # "the July 31-Aug. 1 meeting": a day of the next month
        following = found[index + 1].start if index + 1 < len(found) else len(text)
        if other is not None and other.end() <= following and value.month is not None:
            month = lx.MONTHS[other.group("month").lower().rstrip(".")]
            if month == value.month % 12 + 1:
                start, end = other.start("month"), other.end()
                second = dataclasses.replace(value, month=month, day=int(other.group("day")))
                result.append(Found(start, end, text[start:end], item.type, second, None, item.rule))
                continue
        following = found[index + 1].start if index + 1 < len(found) else len(text)
        last, at = value.day, item.end
        while True:  # "Nov. 22, 24 and 26": each day of the list, in the same month
            match = _SECOND_DAY.match(text, at) or _LISTED_DAY.match(text, at)
            if match is None or match.end() > following:
                break
            day = int(match.group("day"))
            if day <= last:
                break  # "March 30 and 2": not a day of the same month
            start = match.start("day")
            end = match.end("suffix") if match.group("suffix") else match.end("day")  # "February 1st and 2nd"
            result.append(Found(start, end, text[start:end], item.type, dataclasses.replace(value, day=day), None,
                                item.rule))  # fmt: skip
            last, at = day, end
    return result


_CLOCK_RANGE_START = pattern(
    r"(?:\b(?i:from|between)\s+|(?<![\w$£€.,:/-]))(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?"
    r"\s*(?i:to|and|until|till|-|–)\s*$"
)
_HAS_AMPM = pattern(r"\d\s*[ap]\.?\s?m\b", re.IGNORECASE)


_CLOCK_RULE = next(rule for rule in RULES if rule.name == "clock-time")
_CLOCK_BODY = pattern(rf"(?:{expand(_CLOCK_RULE.template)})(?![\w])", re.IGNORECASE)
"""The clock-time rule without its guard against a hyphen before it, for the end of "5-8 p.m."."""
_DIGIT_DASH = pattern(r"(?<=\d|m)[-–](?=\d)")


CLOCK_DASH_REACH = 10
"""Characters before an "a.m."/"p.m." trigger searched for the dash of a range of hours ("5-8 p.m.", "9am-5:30pm")."""


def _clock_range_ends(text: str, found: list[Found], clock_words: list[int]) -> list[Found]:
    """Add the clock time after a dash that ends a range of hours ("Visitation will be 5-8 p.m. Thursday"): the
    rules do not start after a hyphen ("a 2-3 loss"), so this end is found here, near the a.m. or p.m. it must say
    (``clock_words``: where the clock's trigger words are); its start is then found as "from 5 to 9 p.m." is
    (:func:`_clock_range_start`)."""
    result = found
    dashes = {
        dash.end(): dash
        for position in clock_words
        for dash in _DIGIT_DASH.finditer(text, max(0, position - CLOCK_DASH_REACH), position + 1)
    }
    for dash in dashes.values():
        match = _CLOCK_BODY.match(text, dash.end())
        if match is None or not _HAS_AMPM.search(match.group()):
            continue
        inside = [item for item in result if match.start() <= item.start and item.end <= match.end()]
        if any(item.start < match.end() and match.start() < item.end for item in result if item not in inside):
            continue  # part of an expression found already
        built = _build(_CLOCK_RULE, match, text)
        if built is not None:  # it takes in what it holds ("8 p.m. Thursday": the weekday)
            result = sorted([item for item in result if item not in inside] + [built], key=lambda item: item.start)
    return result


def _clock_range_start(text: str, item: Found) -> Found | None:
    """The bare hour that opens a range of clock times ending in one with a.m. or p.m.: "from 5 to 9 p.m." -> 5
    p.m., "between 11 and 1 p.m." -> 11 a.m. (TimeML tags both ends)."""
    if item.rule != "clock-time" or not _HAS_AMPM.search(item.text) or item.value is None:
        return None
    hour = getattr(item.value, "hour", None)
    if hour is None:
        return None
    match = _CLOCK_RANGE_START.search(text, max(0, item.start - 30), item.start)
    if match is None:
        return None
    start = int(match.group("hour")) % 12
    if hour >= 12 and start + 12 <= hour:
        start += 12
    value = dataclasses.replace(item.value, hour=start, minute=int(match.group("minute") or 0))
    begin, end = match.start("hour"), match.end("minute") if match.group("minute") else match.end("hour")
    return Found(begin, end, text[begin:end], item.type, value, None, item.rule)


_DURATION_PARTS = pattern(
    r"^P(?:(?P<Y>\d+)Y)?(?:(?P<MO>\d+)M)?(?:(?P<W>\d+)W)?(?:(?P<D>\d+)D)?"
    r"(?:T(?:(?P<H>\d+)H)?(?:(?P<MI>\d+)M)?(?:(?P<S>\d+(?:\.\d+)?)S)?)?$"
)
_DURATION_LETTERS = {"Y": "Y", "MO": "M", "W": "W", "D": "D", "H": "H", "MI": "M", "S": "S"}
"""The groups of :data:`_DURATION_PARTS`, largest unit first, and the letter each is written with."""
_DURATION_ORDER = tuple(_DURATION_LETTERS)
_ADJECTIVAL = pattern(r"[-‐]\w+$")
"""An amount written as an adjective ("a five-day, 40-hour week"): two of them are two amounts, not one."""
_DURATION_JOIN = pattern(r",?\s+(?:and\s+)?")
"""What joins the parts of one amount of time.  Example: "2 hours, 4 minutes and 38 seconds"."""


def _compound_durations(text: str, found: list[Found]) -> list[Found]:
    """Amounts of time written in parts, largest unit first, as one duration: "2 hours, 4 minutes and 38 seconds"
    -> ``PT2H4M38S``, "three years and six months" -> ``P3Y6M`` (TimeML tags the whole amount); a set's amount
    likewise: "once every 24 hours and 39 minutes" -> ``PT24H39M``."""
    result: list[Found] = []
    for item in found:
        last = result[-1] if result else None
        if last is not None and last.rule == "duration" and item.rule == "ago" and not item.mod:
            later = _joined_later(text, last, item)
            if later is not None:
                result[-1] = later  # "two hours and 11 minutes later": one point, 131 minutes on
                continue
        if (
            last is not None
            and last.rule in ("duration", "every-unit", "past-n-units")
            and item.rule == "duration"
            and item.mod is None
            and not _ADJECTIVAL.search(last.text)
            and not _ADJECTIVAL.search(item.text)
            and not _PER_PERIOD_AFTER.match(text, item.end)  # "the next 30 years, six days a week": a rate's count
        ):
            merged = _joined_duration(last, item)
            if merged is not None and _DURATION_JOIN.fullmatch(text, last.end, item.start):
                result[-1] = Found(last.start, item.end, text[last.start : item.end], last.type, Literal(merged),
                                   last.mod, last.rule)  # fmt: skip
                continue
        result.append(item)
    return result


_PER_PERIOD_AFTER = pattern(r"\s+(?:a|an|per|each|every)\s+(?:week|month|year|fortnight)\b", re.IGNORECASE)
"""A period after an amount that makes the amount a frequency's count: "six days a week"."""
_DAYS_COUNT = pattern(r"P\d+D")
_WEEKS_COUNT = pattern(r"P\d+W")
_MONTHS_COUNT = pattern(r"P\d+M")
_SPACE_ONLY = pattern(r"\s+")


def _days_per_period(text: str, found: list[Found]) -> list[Found]:
    """A count of days in each week, month or year (or of weeks or months in a year) is one recurrence: "five days a
    week", "one day a week" -> ``P1W``, "36 weeks a year" -> ``P1Y`` (TimeML tags the whole as a SET; the count is its
    frequency).  Not hours ("two hours each day": an amount, then a set)."""
    result: list[Found] = []
    for item in found:
        last = result[-1] if result else None
        if (
            last is not None
            and last.rule in ("duration", "nights")
            and (item.rule == "per-unit" or item.rule == "duration" and item.text.lower().startswith(("a ", "per ")))
            and isinstance(last.value, Literal)
            and isinstance(item.value, Literal)
            and (
                _DAYS_COUNT.fullmatch(last.value.value) and item.value.value in ("P1W", "P1M", "P1Y")
                or _WEEKS_COUNT.fullmatch(last.value.value) and item.value.value in ("P1M", "P1Y")
                or _MONTHS_COUNT.fullmatch(last.value.value) and item.value.value == "P1Y"
            )
            and _SPACE_ONLY.fullmatch(text, last.end, item.start)
        ):
            result[-1] = Found(last.start, item.end, text[last.start : item.end], TimexType.SET, item.value, None,
                               "per-unit")  # fmt: skip
            continue
        counted = _PARTS_COUNT.search(text, max(0, item.start - 40), item.start)
        if (
            item.rule == "per-unit"
            and isinstance(item.value, Literal)
            and item.value.value in ("P1W", "P1M", "P1Y")
            and counted is not None
            and (last is None or last.end <= counted.start())
        ):
            item = Found(counted.start(), item.end, text[counted.start() : item.end], item.type, item.value, None,
                         item.rule)  # fmt: skip
        result.append(item)
    return result


_PARTS_COUNT = pattern(
    rf"\b(?:\d+|{alternation([w for w in lx.NUMBER_WORDS if w not in ('a', 'an')])})\s+"
    rf"(?:{alternation([f'{part}s' for part in lx.PARTS_OF_DAY if part.isalpha()])}|nights|weekends)\s+$",
    re.IGNORECASE,
)
"""A count of parts of days right before "a week": "six nights a week", "three mornings a week" (one SET)."""

_HALF_ALONE = pattern(r"(?:the\s+)?(?P<which>first|second|last|latter)[-‐\s]+half", re.IGNORECASE)
_OF = pattern(r"\s+of\s+", re.IGNORECASE)
_HALF_MODS = {"first": Mod.START, "second": Mod.END, "last": Mod.END, "latter": Mod.END}
"""The mod a half gives the decade or century it belongs to.  Example: "the last half of the '80s" -> END."""


def _halves_of_periods(text: str, found: list[Found]) -> list[Found]:
    """A half of a decade, century or month is that period with the mod of its half: "the last half of the '80s" ->
    ``198`` END, "the first half of the 20th century" -> ``19`` START, "the second half of March" -> ``2013-03`` END
    (TimeML has values for the halves of a year only)."""
    result: list[Found] = []
    for item in found:
        last = result[-1] if result else None
        half = _HALF_ALONE.fullmatch(last.text) if last is not None and last.rule == "half" else None
        if (
            last is not None
            and half is not None
            and item.mod is None
            and (_of_decade_or_century(item.value) or _a_month(item.value))
            and _OF.fullmatch(text, last.end, item.start)
        ):
            mod = _HALF_MODS[half.group("which").lower()]
            result[-1] = Found(last.start, item.end, text[last.start : item.end], item.type, item.value, mod,
                               item.rule)  # fmt: skip
            continue
        result.append(item)
    return result


def _of_decade_or_century(value: Unresolved) -> bool:
    if isinstance(value, Calendar):
        return value.year is None and (value.decade is not None or value.century is not None)
    return isinstance(value, Shift) and value.unit in (Unit.DECADE, Unit.CENTURY) and value.month is None


def _a_month(value: Unresolved) -> bool:
    """A whole month: "March", "January 2012", "last month", "the month"."""
    if isinstance(value, Calendar):
        return value.month is not None and value == Calendar(year=value.year, month=value.month)
    if isinstance(value, Recurring):
        return value.month is not None and value == Recurring(relation=value.relation, month=value.month)
    return (
        isinstance(value, Shift)
        and value.unit is Unit.MONTH
        and value.month is None
        and value.day is None
        and value.part_of_day is None
        and value.hour is None
    )


_HOURS_ONLY = pattern(r"PT(?P<hours>\d+)H")


def _joined_later(text: str, hours: Found, later: Found) -> Found | None:
    """ "two hours and 11 minutes later" as one shift of 131 minutes from the time last named, or None when the two
    are no such pair."""
    amount = _HOURS_ONLY.fullmatch(hours.value.value) if isinstance(hours.value, Literal) else None
    shift = later.value
    if amount is None or not isinstance(shift, Shift) or shift.unit is not Unit.MINUTE or shift.offset is None:
        return None
    if not _DURATION_JOIN.fullmatch(text, hours.end, later.start):
        return None
    minutes = int(amount["hours"]) * 60 + abs(shift.offset)
    value = dataclasses.replace(shift, offset=minutes if shift.offset > 0 else -minutes)
    return Found(hours.start, later.end, text[hours.start : later.end], later.type, value, later.mod, later.rule)


def _joined_duration(first: Found, second: Found) -> str | None:
    """The TIMEX3 value of two amounts in a row when every unit of the second is smaller than those of the first."""
    if not isinstance(first.value, Literal) or not isinstance(second.value, Literal):
        return None
    one, two = _DURATION_PARTS.match(first.value.value), _DURATION_PARTS.match(second.value.value)
    if one is None or two is None:
        return None
    parts_one = [unit for unit in _DURATION_ORDER if one.group(unit)]
    parts_two = [unit for unit in _DURATION_ORDER if two.group(unit)]
    if not parts_one or not parts_two or _DURATION_ORDER.index(parts_one[-1]) >= _DURATION_ORDER.index(parts_two[0]):
        return None
    amounts = {unit: one.group(unit) or two.group(unit) for unit in _DURATION_ORDER}
    if amounts["W"] and any(amounts[unit] for unit in ("Y", "MO", "D")):
        return None  # ISO 8601 writes weeks alone
    written = [f"{amounts[unit]}{_DURATION_LETTERS[unit]}" if amounts[unit] else "" for unit in _DURATION_ORDER]
    clock = "".join(written[4:])
    return "P" + "".join(written[:4]) + ("T" + clock if clock else "")


def _trigger_positions(text: str) -> dict[str, list[int]]:
    """Start offsets of the trigger tokens of each class."""
    positions: dict[str, list[int]] = {}
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased: keep offsets exact
        lowered = "".join(char if len(char.lower()) != 1 else char.lower() for char in text)
    for token in TRIGGER_PATTERN.finditer(lowered):
        for kind in token_classes(token.group()):
            positions.setdefault(kind, []).append(token.start())
    return positions


def _windows(
    text: str, triggers: dict[str, list[int]], kinds: tuple[str, ...], needs: tuple[str, ...] | None = None
) -> list[tuple[int, int]]:
    """Merged windows around the triggers of ``kinds`` (:data:`WINDOW` characters before, :data:`WINDOW_AFTER`
    after; only those with a token of a class of ``needs`` within reach, when given), ending at white space."""
    starts = _positions(triggers, kinds)
    if starts and needs is not None:
        needed = _positions(triggers, needs)
        starts = [position for position in starts if _near(needed, position)] if needed else []
    windows: list[tuple[int, int]] = []
    for position in starts:
        low, high = max(0, position - WINDOW), min(len(text), position + WINDOW_AFTER)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
    return [(low, _word_end(text, high)) for low, high in windows]


_PARAGRAPH_BREAK = pattern(r"\n[^\S\n]*\n")
"""A blank line: no expression runs across it ("changing hands by 10 a.m.\n\nFriday's decline")."""


def _within_paragraphs(windows: list[tuple[int, int]], breaks: list[int]) -> list[tuple[int, int]]:
    """The windows cut at every paragraph break inside them."""
    if not breaks:
        return windows
    result: list[tuple[int, int]] = []
    for low, high in windows:
        index = bisect.bisect_right(breaks, low)
        while index < len(breaks) and breaks[index] < high:
            result.append((low, breaks[index]))
            low = breaks[index]
            index += 1
        result.append((low, high))
    return result


def _positions(triggers: dict[str, list[int]], kinds: tuple[str, ...]) -> list[int]:
    """The sorted trigger positions of ``kinds`` (one class's list is sorted already)."""
    if len(kinds) == 1:
        return triggers.get(kinds[0], [])
    return sorted(position for kind in kinds for position in triggers.get(kind, ()))


def _near(positions: list[int], position: int) -> bool:
    """Whether a sorted list holds a position within :data:`WINDOW` characters of ``position``."""
    index = bisect.bisect_left(positions, position - WINDOW)
    return index < len(positions) and positions[index] <= position + WINDOW


WORD_REACH = 32
"""How far past a window's edge it may grow to end at white space; text with no space there is cut."""


def _word_end(text: str, position: int) -> int:
    """``position`` moved forward to the next white space (at most :data:`WORD_REACH` characters), so that no
    window ends inside a word of ordinary text, and a text without spaces costs no more than one with them."""
    space = _SPACE.search(text, position, position + WORD_REACH)
    return space.start() if space else min(len(text), position + WORD_REACH)


def _build(rule: Rule, match: re.Match[str], text: str) -> Found | None:
    groups = match.groupdict()
    if not _plausible(rule, match, text):
        return None
    value = rule.build(groups)
    if value is None:
        return None
    if rule.name == "pod-alone" and isinstance(value, Shift) and _TRADING_AFTER.match(text, match.end()):
        value = dataclasses.replace(value, anaphoric=False)  # "in morning trading": the session of the day reported,
        # not of the last date named ("the quarter ended Sept. 30 ... in morning trading")
    if rule.name == "past-n-units" and _LAST_CENTURY_OWNS.fullmatch(match.group()) and _OWNER_AFTER.match(text, match.end()):
        value = Shift(Unit.CENTURY, -1)  # "the last century's great public works": the century before this one
    kind = rule.type
    if isinstance(value, (Calendar, Recurring, Shift)) and (value.hour is not None or value.part_of_day):
        kind = TimexType.TIME
    elif isinstance(value, Literal) and rule.type is TimexType.DATE and _DURATION_VALUE.match(value.value):
        kind = TimexType.DURATION
    elif rule.type is TimexType.DURATION and not isinstance(value, Literal):
        kind = TimexType.DATE  # "the past year" read as the previous year
    mod = modifier(groups)
    if mod is None and rule.name in OUTSIDE_MODIFIER_RULES and not _DEFINITE.match(match.group()):
        mod = _outside_modifier(text, match.start())  # not "worried about the next six months": a preposition
        if (
            mod is Mod.APPROX
            and rule.name in ("year", "duration", "month", "month-year")
            and _TOPIC_BEFORE.search(text, max(0, match.start() - 24), match.start())
        ):
            mod = None  # "Then we'll talk about 2013", "thinking about 80 minutes": the topic, not a hedge (but
            # "We talked about two weeks ago": when it was)
    if mod is None and rule.name == "duration" and kind is TimexType.DURATION and not _DEFINITE.match(match.group()):
        over = _OVER_BEFORE.search(text, max(0, match.start() - 24), match.start())
        if over is not None:  # "likely to last over a week", "in over a year": more than, inside the tag
            start = over.start("over")
            return Found(start, match.end(), text[start : match.end()], kind, value, Mod.MORE_THAN, rule.name)
    article = _THE.match(match.group()) if rule.name == "season" else None
    if article is not None and _SEASON_NOUN_AFTER.match(text, match.end()):
        start = match.start() + article.end()  # "the fall calendar": the article is the noun's
        return Found(start, match.end(), text[start : match.end()], kind, value, mod, rule.name)
    if kind is TimexType.TIME and mod in _POINT_MODS:
        mod = _POINT_MODS[mod]  # "until at least noon": a point in time, not an amount
    if mod is Mod.ON_OR_AFTER and _AT_LEAST_OPENING.match(match.group()) and _since_before(text, match.start()):
        mod = Mod.ON_OR_BEFORE  # "had known since at least 1999": the start lies at 1999 or before
    return Found(match.start(), match.end(), match.group(), kind, value, mod, rule.name)


_LAST_CENTURY_OWNS = pattern(r"the\s+(?:last|past)\s+century", re.IGNORECASE)
_OWNER_AFTER = pattern(r"['’]s\b")
"""A possessive after "the last century": the calendar century before this one, not the past hundred years."""
_DEADLINE_POD_BEFORE = pattern(r"\b(?:by|until|till)\s+$", re.IGNORECASE)
"""A deadline before a bare part of day: "By morning thousands were dancing", "rain until evening"."""
_THE = pattern(r"the\s+", re.IGNORECASE)
_SEASON_NOUN_AFTER = pattern(rf"\s+(?:{alternation(lx.SEASON_NOUNS)})\b", re.IGNORECASE)
"""A noun a season's name qualifies (:data:`timeline.lexicon.SEASON_NOUNS`): "the fall calendar"."""



OUTSIDE_MODIFIER_RULES = frozenset(
    {"duration", "ago", "clock-time", "clock-past", "clock-date", "bare-hour", "past-n-units", "every-unit", "per-unit", "year",
     "month-day", "day-month", "holiday", "month-year", "month-of-that-year", "month", "month-day-year",
     "day-month-year"}
)
"""Rules whose expressions an "about" or "around" before them can qualify: amounts, clock times, dates of the month,
holidays ("around Jan. 28", "around Christmas") and rates ("about once a century"), not weekdays ("get around
Wednesday's ruling") or frequencies ("about daily")."""

_DURATION_VALUE = pattern(r"^PT?[\dX]")
_OVER_BEFORE = pattern(rf"\b(?:{alternation(lx.OVER_MORE_THAN_BEFORE)})\s+(?P<over>over)\s+$", re.IGNORECASE)
"""A word before "over" and an amount of time that makes it "more than" (:data:`timeline.lexicon.OVER_MORE_THAN_BEFORE`;
not "rain fell over three days", "used over three years": during)."""
_DEFINITE = pattern(r"(?:the|these|those|this|that)\s", re.IGNORECASE)
_TOPIC_BEFORE = pattern(rf"\b(?:{alternation(lx.TOPIC_WORDS)})\s+about\s+$", re.IGNORECASE)
_OUTSIDE = pattern(rf"\b(?P<word>{alternation(lx.OUTSIDE_MODIFIERS)})\s+$", re.IGNORECASE)
_PARTICLE_VERB_BEFORE = pattern(rf"\b(?:{alternation(lx.AROUND_PARTICLE_VERBS)})\s+$", re.IGNORECASE)


def _outside_modifier(text: str, start: int) -> Mod | None:
    """A modifier just before the expression that stays outside its extent ("about two weeks")."""
    match = _OUTSIDE.search(text, max(0, start - 16), start)
    if match is None:
        return None
    word = " ".join(match.group("word").lower().split())
    if word == "around" and _PARTICLE_VERB_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return None  # "comes around every three months": a particle, not "about"
    return lx.OUTSIDE_MODIFIERS.get(word)


_TITLE_CASE_POD = pattern(r"This\s+[A-Z][a-z]+")
_CAPITALIZED_BEFORE = pattern(r"[A-Z][\w&'’.-]*\s+$")
_LINE_OPENING = pattern(r"(?:^|\n)[^\S\n]*$")
_STAMP_CLOCK_AFTER = pattern(r"[^\S\n]+(?:[01]?\d|2[0-3])[:.][0-5]\d\b")
"""A clock time right after a weekday that opens its line: a log's stamp ("Sun 02:15")."""
_TITLE_LAST_BEFORE = pattern(r"(?-i:\b(?:Last|Next))\s+$")
_NAME_WORD_BEFORE = pattern(r"(?-i:[A-Z][\w&'’-]*)\s+$")
"""A capitalized word right before, not the end of a sentence ("the Prague Spring", not "Thanks, Linda. Spring")."""
_SPOKEN_OPENING = pattern(r"(?:(?:^|[.!?][\"”’']?\s+|\n\s*)[\"“‘']?|[:,]\s*[\"“‘'])$")
"""What stands before a word that opens a sentence or a quoted one ('said: "Last Christmas we collected', '"Next
Christmas," she said')."""
_NAMED_PAPER_BEFORE = pattern(r"\b(?i:the|a)\s+(?:[A-Z][a-z]+\s+)?$")
_NAMED_PAPER_AFTER = pattern(r"\s+[A-Z]|\s*[,.;]")
"""A paper's place and name around a set word: "the Managua daily La Prensa"."""
_NEWSPAPER_DAILY = pattern(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
"""A determiner a few words before "daily": the newspaper ("a small Texas daily"), not every day."""
_NO_HEAD_AFTER = pattern(r"\s*(?:[,.;:)]|$)|\s+(?:in|of|that|which|where|and|for|on|at)\b")
"""What follows "daily" when it is a noun: punctuation or a preposition, no noun it would qualify."""


def _a_newspaper(word: str, before: str, after: str) -> bool:
    """Whether a set word ("daily", "weekly") names a newspaper: "the Managua daily La Prensa", "a small Texas
    daily in 1970" (not "use the bridge daily.")."""
    if _NAMED_PAPER_BEFORE.search(before) and _NAMED_PAPER_AFTER.match(after):
        return True
    return word.lower() == "daily" and bool(_NEWSPAPER_DAILY.search(before) and _NO_HEAD_AFTER.match(after))
_QUARTER_THING_AFTER = pattern(rf"[-\s]+(?:{alternation(lx.QUARTER_THINGS)})\b", re.IGNORECASE)
"""A thing named with "quarter" (:data:`timeline.lexicon.QUARTER_THINGS`)."""
_TEMPERATURE_BEFORE = pattern(
    rf"\b(?:(?:{alternation(lx.TEMPERATURE_WORDS)})\b(?:\s+[\w-]+){{0,3}}|(?:{alternation(lx.NUMBER_RANGE_WORDS)}))\s+$",
    re.IGNORECASE,
)
"""A temperature word a few words before a decade, or a range word just before it: "highs in the fifties", "the low
sixties" (:data:`timeline.lexicon.TEMPERATURE_WORDS`, :data:`timeline.lexicon.NUMBER_RANGE_WORDS`)."""
_POSSESSIVE_BEFORE = pattern(
    r"\b(?:her|his|their|my|your|our|its)\s+(?:(?:late|early|mid)[-\s]+)?"
    rf"(?:(?:{alternation(DECADE_WORDS)}|\d0s)\s+(?:and|or|to)\s+"
    r"(?:(?:late|early|mid)[-\s]+)?)?$",  # "in their seventies and eighties", "in his late sixties or early seventies"
    re.IGNORECASE,
)
_WEEKDAY_OR_UNIT_AFTER = pattern(
    rf"\s+(?:{alternation(lx.WEEKDAYS)}|week|month|year|weekend|day|night|morning|afternoon|evening)\b", re.IGNORECASE
)
_IN_BEFORE = pattern(r"\b(?:in|during)\s+$", re.IGNORECASE)
_TRADING_AFTER = pattern(r"\s+(?:trading|trade|dealings|deals)\b", re.IGNORECASE)
_NAMED_DIRECTLY_BEFORE = pattern(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bbe\s)\b(?:named|called|dubbed)\s+$"
)
"""A verb of naming right before a weekday or a month, not in the passive: a name ("a cow named Tuesday", "a horse
named May")."""
_CALL_AFTER = pattern(
    r"\s*(?:,|(?:from|to|for|with|about|and|after|before|night|morning|afternoon|evening|asking|saying)\b)", re.IGNORECASE
)
"""What follows the weekday of a telephone call: "Her brother called Tuesday from a pay phone" (not "a cow called
Tuesday gave birth")."""
_NAMED_BEFORE = pattern(r"\b(?:named|called|dubbed|titled|entitled)\s+(?:[A-Z][\w'’.-]*\s+){1,3}$")
"""A verb of naming and a capitalized word before a capitalized time word: it is part of the name."""

_QUARTER_CLOCK_AFTER = pattern(
    r"\s+(?:past|to|after|before)\s+(?:\d{1,2}\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|noon|midnight|the\s+hour)",
    re.IGNORECASE,
)
"""What follows "a quarter" in a clock time.  Example: "a quarter past eight"."""

_PRICE_MOVE_BEFORE = pattern(
    r"\b(?:up|down|rose|fell|gained|added|dropped|slipped|eased|climbed|jumped|declined|advanced)\s+$", re.IGNORECASE
)
"""A price's move before "a quarter": 25 cents or a quarter point.  Example: "prices went up a quarter"."""

_QUARTERS_OF_A_TREND = pattern(
    r"\s+of\s+(?:[a-z]+\s+)?(?:falling|rising|declining|shrinking|slowing|negative|positive|growth"
    r"|declines?|losses|gains|profits?|contraction|expansion)\b",
    re.IGNORECASE,
)
"""Quarters of a year's business, not fractions: "after two quarters of falling profit"."""

_FRACTION_AFTER = pattern(
    r"\s+(?:of|less|fewer|more)\b|[-\s]+(?:points?|percent|percentage|per\s+cent|miles?|inch(?:es)?|pounds?|tons?|cents?)\b",
    re.IGNORECASE,
)
"""What follows "quarter" when it is a fraction, not three months.  Example: "cut rates by a quarter point"."""


_SAID_CLOCK_BEFORE = pattern(
    r"\b(?:it['’]s|it\s+is|at|by|until|till|before|after|from|about|around|since|just)\s+(?:(?:about|around|just)\s+)?$",
    re.IGNORECASE,
)
"""What says a clock time in words before "ten to four": "at ten to four", "It's twenty-five to eight"."""

BARE_HOUR_REACH = 7
"""Words of its own clause before a bare hour read for a schedule's cue (:data:`timeline.lexicon.BARE_HOUR_CUES`)."""


def _bare_hour_cued(text: str, start: int, *, dotted: bool = False) -> bool:
    """Whether a bare hour ("at 6") follows a word of schedules in its clause, or one of the prepositions of
    :data:`timeline.lexicon.BARE_HOUR_SIGNALS` ("until nine"), and no word of ages or prices (and is not a capitalized
    word of a title: "Tea at Four").  An hour with minutes after a dot ("landed at 6.15") needs no
    schedule's word, only none of prices (:data:`timeline.lexicon.DECIMAL_NOT`: "the ruble closed at 7.15")."""
    if text[start].isupper():
        return False
    clause = re.split(r"[.;:!?\n]", text[max(0, start - 60) : start])[-1]
    words = re.findall(r"[a-z]+", clause.lower())[-BARE_HOUR_REACH:]
    if words and words[-1] in ("about", "around"):  # "until about eight"
        words = words[:-1]
    if any(word in lx.BARE_HOUR_NOT for word in words):
        return False
    if dotted:
        return not any(word in lx.DECIMAL_NOT for word in words)
    if words and words[-1] in lx.BARE_HOUR_SIGNALS and not (
        len(words) > 1 and (words[-2] in lx.BARE_HOUR_SIGNAL_NOT or words[-2] in lx.NUMBER_WORDS)
    ):
        return True  # "open from six until noon", "stuck there until nine", "queues formed before nine"
    if words and words[-1] == "after":  # "just after six" (not "after six", an age or a count)
        return len(words) > 1 and words[-2] in lx.NEAR_HOUR_ADVERBS
    return any(word in lx.BARE_HOUR_CUES for word in words)


_NUMBER_SIGN_BEFORE = pattern(r"(?:\b(?i:no|nos|number|fir|case|ref|reference|file)\.?|#)\s*$")
"""A word of numbering right before a slashed number: the number of a file, not a date ("FIR No 18/12/04")."""
_TITLE_WORD = r"(?:[A-Z0-9][\w.'’:-]*,?|of|in|the|a|an|at|on|and|to|for|with|by|or)"
_QUOTED_TITLE = pattern(
    rf"(?:^|(?<=[\s(]))[\"“‘'](?-i:{_TITLE_WORD}(?:[^\S\n]+{_TITLE_WORD}){{0,7}})[.,!?]?[\"”’'](?!\w)", re.MULTILINE
)
"""A quoted title in capitals of one to eight words: "Thursday's Child", 'May Day', "Sunday, 4 A.M.", "Fourteen Days
in May", or, beside the name of a work, "1979" (a song, a book, a film: no time in it)."""
QUOTED_TITLE_REACH = 60
"""How far before and after an expression a quoted title around it may reach."""


_SAID_AFTER = pattern(
    rf"\s*,?\s*(?:(?:he|she|they|we|I|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+)?(?:{alternation(lx.REPORTING_VERBS)})\b"
)
"""A reporting clause after a closing quote: the quote is speech, not a title ('"April in Iowa," he said')."""
_WORK_BEFORE = pattern(rf"(?i:\b(?:{alternation(lx.WORK_NOUNS)})\b)(?:[^\S\n]+\w+){{0,2}},?[^\S\n]*$")
_WORK_AFTER = pattern(rf",?[^\S\n]+(?:the|a|an|his|her|their|its)[^\S\n]+(?:\w+[^\S\n]+)?(?i:{alternation(lx.WORK_NOUNS)})\b")


_CAPITALIZED_UNIT_INSIDE = pattern(r"\s(?-i:Years?|Months?|Weeks?|Days|Hours?|Minutes?|Nights|Mornings)\b")
"""A unit of time in capitals after another word ("Twice a Year", "Sixteen Hours"): a title's capitals."""


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a quoted title (:data:`_QUOTED_TITLE`): not speech (a quote that ends
    a sentence or is followed by "he said"), and, when the quote holds nothing but the expression ('"March 1985,"
    "Christmas Eve"' dated on screen), only after or before the name of a work ("The opener, 'May Day,'")."""
    opening = max(text.rfind(quote, max(0, start - QUOTED_TITLE_REACH), start + 1) for quote in "\"“‘'")
    if opening < 0:
        return False
    title = _QUOTED_TITLE.match(text, opening, min(len(text), end + QUOTED_TITLE_REACH))
    if title is None or title.end() < end:
        return False
    inner = title.group()[1:-1].rstrip(",")
    if inner.endswith(("?", "!")) or inner.endswith(".") and "." not in inner.split()[-1][:-1]:
        return False  # "Maybe Wednesday.": speech
    if _SAID_AFTER.match(text, title.end()):
        return False
    if text[start:end] == inner.rstrip(".,"):
        if _CAPITALIZED_UNIT_INSIDE.search(inner):
            return True  # '"Twice a Year" follows': a unit in capitals after a word, as only a title writes it
        return bool(_WORK_BEFORE.search(text, max(0, opening - 40), opening) or _WORK_AFTER.match(text, title.end()))
    return True


def _plausible(rule: Rule, match: re.Match[str], text: str) -> bool:
    """Reject look-alikes that a pattern alone cannot tell apart."""
    groups = match.groupdict()
    before = text[max(0, match.start() - 20) : match.start()]
    after = text[match.end() : match.end() + 30]
    if rule.name in ("numeric-date", "numeric-date-short-year") and _NUMBER_SIGN_BEFORE.search(before):
        return False  # "registered as FIR No 18/12/04", "Case No. 3/14/52": a file's number
    if (match.group()[:1].isupper() or match.group()[:1].isdigit()) and _in_quoted_title(text, match.start(), match.end()):
        return False  # 'The opener, "May Day," is a two-minute rush': a song's title
    if rule.name == "day-of-the-month" and (groups.get("day") or "x")[0].isupper() and groups.get("day") != "Fourth":
        return False  # "on the Twelfth": a name (but "by the Fourth" is the Fourth of July)
    if rule.name == "the-year" and re.fullmatch(r"the\s+week", match.group(), re.IGNORECASE) and re.search(
        r"\bday\s+of\s+$", before, re.IGNORECASE
    ):
        return False  # "the day of the week": which weekday, no week
    if rule.name == "the-year" and re.fullmatch(r"the\s+month", match.group(), re.IGNORECASE) and re.search(
        rf"{DAY_NAME}\s+of\s+$", before, re.IGNORECASE
    ):
        return False  # "the last Wednesday of the month": part of the weekday's phrase, no month of its own
    if (
        rule.name == "clock-past"
        and groups.get("pastto")
        and not re.search(r"quarter|minute", groups.get("pastmin") or "", re.IGNORECASE)
        and not _bare_hour_cued(text, match.start())
        and not _SAID_CLOCK_BEFORE.search(before)
    ):
        return False  # "the council voted ten to four": a tally ("at ten to four", "It's twenty-five to eight": a time)
    if rule.name == "clock-time" and _GAME_CLOCK_AFTER.match(after) and not groups.get("ampm"):
        return False  # "scores at 16:41 of the third overtime", "with 2:10 left in the third quarter": a game clock
    if match.group().lower() == "midnight" and _MASS_AFTER.match(after):
        return False  # "Midnight Mass begins at 11.30pm": a service's name
    if rule.name == "bare-hour" and not _bare_hour_cued(text, match.start(), dotted=bool(groups.get("dothour"))):
        return False  # "started school at 6", "closed at 9." with no schedule: an age, a price, a count
    if rule.name == "decade" and _POSSESSIVE_BEFORE.search(before) and not re.search(r"\d", match.group()):
        return False  # "until her late thirties", "in his early forties": an age, not a decade
    if (
        rule.name == "decade"
        and not re.search(r"\d{3}", match.group())
        and _TEMPERATURE_BEFORE.search(text, max(0, match.start() - 48), match.start())
    ):
        return False  # "highs in the fifties", "in the low 60s": degrees, not a decade (but "temperatures in the 1960s")
    if "quarter" in rule.name and re.search(r"\bQuarter$", match.group()) and re.match(r"\s+[A-Z]", after):
        return False  # "the Quarter Bridge": a name
    if re.search(r"quarter$", match.group(), re.IGNORECASE) and _QUARTER_THING_AFTER.match(after):
        return False  # "the same quarter section": a unit of land, not three months
    if rule.name == "duration" and re.search(r"\ba\s+quarter$", match.group(), re.IGNORECASE) and re.match(
        r"\s+(?:off|from)\s+(?!now\b|today\b)", after, re.IGNORECASE
    ):
        return False  # "wiped almost a quarter off share prices", "cut nearly a quarter from their value": a fraction
    if rule.name == "reference" and re.fullmatch(r"the\s+(?:Future|Past|Present)", match.group()):
        return False  # "Back to the Future": a title (the reference words are lower case inside a sentence)
    if rule.name == "this-part-of-day" and _TITLE_CASE_POD.fullmatch(match.group()) and _CAPITALIZED_BEFORE.search(before):
        return False  # "Welcome to CBS This Morning": a programme's name
    if rule.name == "season-short-year" and match.group()[:1].isupper() and re.search(r"[\"“‘']$", before):
        return False  # 'The Riverside Players' production of "Summer of '42"': a title
    if rule.name == "set-word" and match.group() in lx.PAPER_NAME_WORDS and _CAPITALIZED_BEFORE.search(before):
        return False  # "appeared in Soil Science Quarterly", "the Gulf Coast Daily reported": a journal's name
    if rule.name == "century" and re.search(r"\b(?i:his|her|their)\s+$", before):
        return False  # "his third century of the final": a hundred runs or points, not a century of years
    if rule.name == "duration" and re.fullmatch(r"(?i:single\s+day)", match.group()) and re.search(r"\w+est\s+$", before):
        return False  # "the hottest single day ever measured": the day, not an amount of time
    if (
        rule.name == "ago"
        and (groups.get("dir") or "").lower().startswith("afterward")
        and _FOR_AMOUNT_BEFORE.search(before)
    ):
        return False  # "kept stopping by for several years afterward", "for nearly 50 years afterward": an amount
    if (
        rule.name in ("weekday", "month")
        and _NAMED_DIRECTLY_BEFORE.search(before)
        and not (rule.name == "weekday" and before.rstrip().lower().endswith("called") and _CALL_AFTER.match(after))
    ):
        return False  # "Her Holstein, named Tuesday", "a horse named May": a name (but "was named Friday": on Friday)
    if rule.name == "holiday" and match.group().lower() == "thanksgiving" and match.group()[0].islower():
        return False  # "a Mass of thanksgiving": the noun, not the holiday
    if rule.name == "reference" and re.fullmatch(r"the\s+present", match.group(), re.IGNORECASE) and re.match(
        r"\s+[a-z]", after
    ):
        return False  # "the present church": an adjective
    if match.group()[:1].isupper() and _NAMED_BEFORE.search(text, max(0, match.start() - 60), match.start()):
        return False  # "a racehorse named Summer Sunday": a name (but "was named Friday" is a day)
    if (
        rule.name == "ago"
        and (groups.get("dir") or "").lower() in ("earlier", "later")
        and re.match(r"\s+(?:this|last|next)\s+(?:week|month|year|morning|afternoon|evening)\b", after, re.IGNORECASE)
    ):
        return False  # "more than 21 hours earlier this week": the "earlier" of "earlier this week"
    if (groups.get("pmod") or "").lower() in ("later", "earlier") and _AMOUNT_OF_TIME_BEFORE.search(before):
        return False  # "start classes 45 minutes later next fall": the "later" is the amount's ("next fall" alone)
    if (
        rule.name == "ago"
        and (groups.get("dir") or "").lower() in ("earlier", "later")
        and _SCHEDULE_SHIFTED_BEFORE.search(text, max(0, match.start() - 60), match.start())
    ):
        return False  # "will start classes 45 minutes later next fall": how much later, not a time (rule duration)
    if rule.name == "ago" and re.match(r"\s+than\b", after) and not match.group().lower().endswith("ago"):
        return False  # "two hours earlier than usual": a difference (rule duration), not a point in time
    if (
        rule.name == "ago"
        and (groups.get("dir") or "").lower() in ("earlier", "later")
        and _SHIFT_PERIOD_AFTER.match(after)
    ):
        return False  # "starts 37 minutes later each day", "sleep 40 minutes later this fall": how much later
    if groups.get("pmodon") and (
        _TIMING_VERB_BEFORE.search(before) or groups.get("rel") or groups.get("weekafter") or groups.get("theday")
    ):
        return False  # "will stay open late on Thursdays", "closed early on Friday": how, not when in the day ("Friday"
        # alone is found inside)
    if rule.name == "unit-before-after" and re.search(r"\bto\s+$", before, re.IGNORECASE):
        return False  # "50 years to the day after the rock burst": to the day, the idiom, not the next day
    if (
        groups.get("month")
        and not groups.get("day")
        and not groups.get("year")
        and re.search(r"\bsurvived\s+by\s+$", before, re.IGNORECASE)
    ):
        return False  # "He is survived by May, his wife": a person
    if (groups.get("qmod") or "").lower() == "under" and _GO_UNDER_BEFORE.search(before):
        return False  # "Brisbane went under three days later": the verb's particle ("three days later" is inside)
    if (groups.get("pmod") or "").lower() in ("late", "early") and _LATENESS_BEFORE.search(before):
        return False  # "collections will run a day late this week": how late, not the end of the week
    if (
        (groups.get("pmod") or "").lower() in ("late", "early")
        and (groups.get("rel") or "").lower() == "this"
        and _COPULA_BEFORE.search(before)
    ):
        return False  # "The azaleas are late this year": how late they are, not the end of the year ("this year")
    if (
        rule.name == "per-unit"
        and re.match(r"\s+(?:ahead|behind|early|earlier|late|later|before|after|ago)\b", after)
        and not re.match(r"(?:once|twice|thrice|\S+\s+times)\b", match.group(), re.IGNORECASE)
    ):
        return False  # "by the end of 2012, a year ahead of the timetable", "on June 8, a week behind schedule": an
        # amount of time, not a rate
    if (
        (rule.name in ("per-unit", "every-unit") or rule.name == "duration" and re.match(r"an?\s", match.group(), re.IGNORECASE))
        and _MEASURE_BEFORE.search(before)
        and not re.match(r"(?:every|each)\s", match.group(), re.IGNORECASE)
    ):
        return False  # "125 miles per hour", "15 km an hour": a speed, not a recurrence or an amount of time
    if rule.name == "short-year" and (not _SHORT_YEAR_BEFORE.search(before) or _QUOTED_TITLE_AFTER.match(after)):
        return False  # "in '71", "the Christmas storm of '78", "'68, '75, '82 and '88" (not a quote: "'12 Angry Men'")
    if rule.name == "that-month-season" and match.group()[:4].lower() == "that" and _SAID_BEFORE.search(before):
        return False  # "said yesterday that winter wheat is in its worst shape": "that" opens what was said
    if rule.name == "holiday" and match.group().endswith(("Year", "year")) and re.match(r"\s+\d{1,2}\b", after):
        return False  # "welcomes 250 new Year 9 students": a school year
    if rule.name == "holiday" and re.match(r"\s+(?:[Hh]onours|Offensive)\b", after):
        return False  # "appointed MBE in the New Year Honours": a list's name
    if rule.name == "holiday" and _HOLIDAY_OBJECT_AFTER.match(after):
        return False  # "The last posting date for second-class Christmas cards": a thing, not a day
    if (
        groups.get("month")
        and not groups.get("day")
        and not groups.get("year")
        and _SPEAKING_AFTER.match(after)
        and not _SPEAKER_MONTH_SIGNAL_BEFORE.search(before)
    ):
        return False  # "her daughter May said yesterday": a person speaking
    if groups.get("month") and not groups.get("day") and not groups.get("year") and _KIN_AFTER.match(after):
        return False  # "run by August's great-granddaughter": a person's family
    if (
        rule.name == "day-month"
        and (groups.get("day") or "")[:1].isalpha()
        and _DETERMINER_OR_OWNER_BEFORE.search(before)
        and _NOUN_AFTER_ORDINAL_MONTH.match(after)
    ):
        return False  # "its first December general election": an ordinal of the election, the month of its kind
    if rule.name == "anaphoric-quarter" and _SEASON_NAMED_AFTER.match(after):
        return False  # "from the same period last summer": the season says the period, no quarter of the report
    if groups.get("month") and not groups.get("day") and _STREET_AFTER.match(after):
        return False  # "People in May Street were evacuated": a street's name
    if groups.get("month") and _MOVEMENT_AFTER.match(after):
        return False  # "the April 6 Youth Movement", "the March 14 Alliance": a name
    if rule.name == "holiday" and (groups.get("rel") or "").lower() == "past" and not _DETERMINER_BEFORE.search(before):
        return False  # "would not postpone it past Thanksgiving": after it ("Thanksgiving" alone is found inside; but
        # "the past Christmas" is the last one)
    if groups.get("month") and (groups.get("rel") or "").lower() == "past":
        return False  # "a penalty for each day past Nov. 15": after it ("Nov. 15" alone is found inside)
    month = groups.get("month")
    day = groups.get("day") or ""
    if (
        month is not None
        and day[:1].isalpha()
        and _FIRST_NAME_BEFORE.search(before)
        and not _SIGNAL_WORD_BEFORE.search(before)
    ):
        return False  # "When Judge Eleanor May first took the bench": a surname and an adverb
    if month is not None:
        key = month.lower().rstrip(".")
        if month[0].islower() and key in lx.AMBIGUOUS_MONTHS:
            return False
        if rule.name == "month" and not groups.get("pmod") and not groups.get("rel") and not groups.get("pmid"):
            if key in lx.AMBIGUOUS_MONTHS and not MONTH_CONTEXT_BEFORE.search(before):
                event = _EVENT_NAME_AFTER.match(after) and (key == "march" or after[:1] in "-–")
                determined = _MONTH_AFTER_DETERMINER.search(before) and (not event or _SUPERLATIVE_BEFORE.search(before))
                # (but "the wettest May for 20 years": only a march is an event, and not "the wettest March in")
                subject = (
                    _CLAUSE_START.search(before)
                    and _MONTH_SUBJECT_AFTER.match(after)
                    and not any(name["word"] == month for name in _NAME_BEFORE_MONTH.finditer(text))
                )
                data = _DATA_NOUN_AFTER.match(after)  # "releases March figures on April 3": the month's data
                event = (  # "won May's Democratic primary" (not after "Theresa May" anywhere in the text)
                    not data
                    and _EVENT_NOUN_AFTER.match(after) is not None
                    and not _CAPITALIZED_BEFORE.search(before)
                    and not any(name["word"] == month for name in _NAME_BEFORE_MONTH.finditer(text))
                )
                if data and after[:1] in "'’" and _CAPITALIZED_BEFORE.search(before):
                    data = None  # "Theresa May's figures": a person's
                joined = _MONTH_AND.match(after) or _AND_MONTH_BEFORE.search(before)
                if not (month[0].isupper() and (determined or subject or data or event or joined)):
                    return False  # not "an unusually cool May", "May and June"
            if re.match(r"\s+[A-Z][a-z]", after) and not MONTH_CONTEXT_BEFORE.search(before):
                return False  # a first name: "April Ryan", "June Carter"
            if _KIN_BEFORE.search(before):
                return False  # a first name in apposition: "calling his wife, June, every night"
            if _FIRST_NAME_BEFORE.search(before) and not _SIGNAL_WORD_BEFORE.search(before):
                return False  # "Chief Executive Officer Tom April said": a surname after a first name
            if _HONORIFIC_BEFORE.search(before) or _titled_surname(text, after):
                return False  # "Ms. APRIL JENSEN", "joined now by April Jensen" (later "Ms. JENSEN"): a person
            if month[0].islower():
                return False
            if len(key) <= 4 and key not in ("may", "june", "july") and not month.endswith("."):
                return False  # "Jan Kavan": an abbreviation without its full stop, standing alone
    if (
        (groups.get("hourock") or "0")[0].isalpha()
        and "clock" not in match.group().lower()
        and not groups.get("minuteock")
        and not _SPOKEN_CLOCK_BEFORE.search(before)
    ):
        return False  # "Game one this afternoon": a clock time said in words needs its signal ("at ten this morning")
    if (
        rule.name == "this-part-of-day"
        and match.group().lower().startswith("last ")
        and _FINAL_LAST.search(before)
    ):
        return False  # "their last night would be 24 March": the final night, not yesterday's
    if rule.name == "relative-unit" and (groups.get("rel") or "").lower() == "last" and _FINAL_LAST.search(before):
        return False  # "the girl's last month at the school", "his last year in office": final, not previous
    if rule.name == "set-word" and _a_newspaper(match.group(), before, after):
        return False  # "the Managua daily La Prensa", "a reporter at a small Texas daily": a newspaper
    if rule.name == "set-word" and match.group()[0].isupper() and re.match(r"\s+[A-Z]", after):
        return False  # a name: "the Daily Telegraph"
    if (groups.get("qmod") or "").lower() in ("as much as", "as many as") and _MULTIPLE_BEFORE.search(before):
        return False  # "rose twice as much as a year earlier": a comparison, the time has no modifier
    if (
        (groups.get("qmod") or "").lower() in ("more than", "less than")
        and _AMOUNT_BEFORE.search(before)
        and not _NUMBERED_NAME_BEFORE.search(before)
    ):
        return False  # "about 50 cents more than a year ago": a comparison of prices, the time has no modifier
    if (groups.get("qmod") or "").lower() == "up to" and _RISE_BEFORE.search(before):
        return False  # "the workweek edged up to 33.1 hours": "up" belongs to the verb, the amount has no limit
    if groups.get("hourz") and re.search(r"\b(?:in|since|during|of)\s+$", before, re.IGNORECASE):
        return False  # "In 1945 EST was adopted": a year before a zone's name, not a wire clock time
    if groups.get("hour24") and _GAME_CLOCK.match(after):
        return False  # "a record of 1:52.98", "finished in 2:24:26", "with 2:05 left": a race or game clock
    weekday = groups.get("weekday")
    if (
        weekday is not None
        and (groups.get("rel") or "").lower() == "following"
        and not _THE_BEFORE.search(before)
        and not match.group().lower().startswith(("the ", "that "))
    ):
        return False  # "following Friday's referendum": a preposition (but "the following Friday")
    if (
        weekday is not None
        and (groups.get("rel") or "").lower() == "coming"
        and _WORD_BEFORE.search(before)
        and not _COMING_BEFORE.search(before)
    ):
        return False  # "with Halloween coming Friday": the verb, not "this coming Friday" (the weekday stands alone)
    if weekday is not None and weekday[0].isupper() and _PUBLICATION_AFTER.match(text, match.end()):
        return False  # "Britain's Sunday Telegraph": a newspaper
    if weekday is not None and _PUBLICATION_NOUN_AFTER.match(text, match.end()):
        return False  # "reporters from a Sunday newspaper": a kind of paper
    if weekday is not None and _TIMETABLE_NOUN_AFTER.match(text, match.end()) and _KIND_DETERMINER_BEFORE.search(before):
        return False  # "CityRail will run a Sunday timetable", "on their Saturday schedule": a kind of timetable
    if weekday is not None and _PUBLICATION_BEFORE.search(before):
        return False  # "the Mail on Sunday": a newspaper
    if weekday is not None and _HOLIDAY_WEEKDAY.search(before) and match.group().startswith(weekday):
        return False  # "Good Friday, March 29": the weekday belongs to a holiday's name (rule holiday)
    if (
        weekday is not None
        and weekday.lower().rstrip(".") in ("sat", "sun", "wed", "mon", "tue", "thu", "fri")
        and not (
            weekday[0].isupper()
            and _LINE_OPENING.search(before)
            and (rule.name != "weekday" or _STAMP_CLOCK_AFTER.match(after))
        )
    ):  # (but "Sat 15:30 - Verstappen takes pole", "Sat 14 Dec 2019 07.40 GMT", a log's stamps, are that Saturday)
        if weekday[0].islower() or not weekday.endswith(".") and weekday.lower() in ("sat", "sun", "wed", "mon"):
            return False  # "Sun", "Wed" and "Sat" are words too; "Tue July 3" is a date
        if weekday.lower().rstrip(".") in ("sat", "sun", "wed", "mon") and re.search(r"\bthe\s+$", before, re.IGNORECASE):
            return False  # "far from the Sun.": the word, with a sentence's full stop
    if rule.name in ("season", "season-of-year") and re.match(r"(?-i:Spring|Summer|Autumn|Fall|Winter)\b", match.group()):
        capitalized = _NAME_WORD_BEFORE.search(before)
        if capitalized is not None and not _SPOKEN_OPENING.search(before, 0, capitalized.start()):
            return False  # "the Prague Spring of 1968", "the Arab Spring": an event's name (the year after it stands)
    if rule.name == "holiday":
        title = re.match(r"(?-i:Last|Next)\s", match.group()) and not _SPOKEN_OPENING.search(before)
        inner = _TITLE_LAST_BEFORE.search(before)
        if title or inner is not None and not _SPOKEN_OPENING.search(before, 0, inner.start()):
            return False  # "Wham!'s Last Christmas, released in 1984": a song's title, not the Christmas before (but
            # 'said: "Last Christmas we collected ...')
    if rule.name == "season" and _SEASON_KIND_AFTER.match(after) and not re.search(r"\d", match.group()):
        return False  # "the summer league side", "the winter storm": a kind of thing
    if rule.name == "weekday" and _COMPOUND_AFTER.match(after):
        return False  # "a Sunday-school outing": a noun made with the day's name
    if (groups.get("vague") or "").lower() == "few" and re.search(r"\b(?i:so|too|very|how|as|relatively)\s+$", before):
        return False  # "so few days": not many, no amount of time
    if rule.name == "year-in-words" and NOT_YEAR_AFTER.match(after):
        return False  # "more than two thousand people": a count
    if (
        rule.name == "year-in-words"
        and re.match(r"(?i:two)", match.group())
        and (before.split()[-1].lower() if before.split() else "") not in SPOKEN_2000_BEFORE
        and not re.match(r"\s+(?:is|was|will)\b", after)  # "because two thousand is a leap year"
    ):
        return False  # "two thousand unarmed monitors": the year needs its signal ("in two thousand")
    if rule.name == "year" and not re.match(r"(?i:the\s+)?year\s", match.group()):  # not "about the year 2000"
        previous_word = before.split()[-1].lower() if before.split() else ""
        if int(groups["year"] or 0) >= 2100 and previous_word not in FAR_YEAR_BEFORE:
            return False  # "the 2100 block", "2100 troops": a year this far ahead needs a signal ("by 2100")
        words = before.lower().split()
        hedged = previous_word in APPROX_YEAR_BEFORE and len(words) > 1 and words[-2] in OLD_YEAR_BEFORE
        topic = previous_word == "about" and len(words) > 1 and words[-2] in lx.TOPIC_WORDS  # "talk about 2013"
        topic = topic or previous_word == "than" and len(words) > 1 and words[-2] in ("earlier", "later", "sooner")
        ranged = (
            previous_word in RANGE_YEAR_BEFORE or before.endswith((", ", "("))
        ) and _year_range_end(groups["year"], text, match.end()) is not None  # "America, 1865-1917", "(1865-1917)"
        if (
            int(groups["year"] or 0) < 1900
            and previous_word not in OLD_YEAR_BEFORE
            and not hedged  # "until about 1804"
            and not ranged  # "the average for 1850-1900": a range of years is years
            and not re.match(r"[,.;:)]", after)
            and not (previous_word == "an" and groups["year"].startswith("18") and re.match(r"\s+[a-z]", after))
        ):
            return False  # "1800 ballots", "1600 Pennsylvania Avenue": old years need a preposition (or "an 1867 law")
        raw_previous = before.split()[-1] if before.split() else ""
        if re.fullmatch(r"[A-Z][a-z]+[A-Z][A-Za-z]*", raw_previous) or raw_previous in lx.YEAR_NAME_WORDS:
            return False  # "the StoreOS 2013 upgrade", "its DeskPro 2000 package", "Project 2025": a name
        if (
            int(groups["year"] or 0) < 1900
            and raw_previous[:1].isupper()
            and previous_word not in OLD_YEAR_BEFORE
            and not (ranged and raw_previous.endswith(","))
        ):
            return False  # "Sports Talk 1280, Valentine's Day": a station's or a product's number after its name
        if (
            raw_previous[:1].isupper()
            and raw_previous.lower().strip(".,") not in _YEAR_NAMED_BEFORE
            and _NAMED_PRODUCT_BEFORE.search(before)
            and _PRODUCT_NOUN_AFTER.match(after)
        ):
            return False  # "sales of its Vault 2000 disk arrays", "the Tokyo 2020 Olympics": a name's number
        if (
            raw_previous[:1].isupper()
            and raw_previous.lower().strip(".,") not in _YEAR_NAMED_BEFORE
            and _DETERMINED_NAME_BEFORE.search(before)
            and not _YEAR_EVENT_AFTER.match(after)
        ):
            return False  # "a new workstation, the CDS 2000, which", "the first version of Skyrace 2000": a name
        if previous_word in NOT_YEAR_BEFORE and not hedged and not topic or before.endswith(("$", "€", "£", "#", ".", ",")):
            return False  # not "about 2000 people" (but "until about 2025")
        if NOT_YEAR_AFTER.match(after) and _year_range_end(match.group("year"), text, match.end()) is None:
            return False
        if re.search(r"(?<![A-Za-z])(?:AM|FM)\s*$", before) or re.match(r"\s*(?:AM|FM|kHz|MHz)\b", after):
            return False  # "WKRN-AM 1510", "1070 AM": a radio frequency
    if (
        rule.name == "past-n-units"
        and re.match(r"\s+of\s+(?:the\s+year\s+)?\d{4}", after)
        and re.search(r"(?:first|last)\s+two\s+quarters$", match.group(), re.IGNORECASE)
    ):
        return False  # "the first two quarters of 1990" is the first half of 1990 (rule half)
    if rule.name == "holiday" and re.search(r"\b(?:Persian|Islamic|Tamil|Thai|Hmong)\s+$", before):
        return False  # "Persian New Year": a holiday whose date no table here holds (not January 1)
    if rule.name == "every-unit" and re.match(r"(?i:every|each)\s+(?:second|minute)$", match.group()) and re.match(
        r"\s+of\s", after
    ):
        return False  # "every second of video": an amount of footage, not a recurrence
    if rule.name == "every-unit" and re.match(r"(?i:every|each)\s+second$", match.group()) and _WEEKDAY_OR_UNIT_AFTER.match(
        after
    ):
        return False  # "every second Tuesday": an ordinal, not a recurrence of seconds
    if rule.name == "end-of-the-day" and not re.search(r"\b(?i:by|before|until|till|through)\s+$", before):
        return False  # "at the end of the day": in the end, not the close of a day (but "before the end of the day")
    if rule.name == "reference" and re.match(r"-[a-z]", after) and match.group().lower() == "now":
        return False  # "the now-defunct lender": part of an adjective
    if rule.name == "clock-time" and match.group() in ("Midnight", "Noon") and not _SPOKEN_OPENING.search(before):
        return False  # "the album Midnight Freight", "'Midnight on Rue Cler'": a title, capitalized inside its sentence
    if rule.name == "clock-time" and "O'Clock" in match.group() and re.match(r"\s+[A-Z]", after):
        return False  # the album "Four O'Clock Blues": a title
    if rule.name == "reference" and match.group().lower() == "current" and re.match(r"[-\s]+accounts?\b", after):
        return False  # "Japan's current account surplus": a term of the balance of payments, no time
    if (
        rule.name == "duration"
        and (groups.get("unit") or "").lower() in ("century", "centuries")
        and _SCORED_BEFORE.search(before)
        and not re.match(r"\s+of\b", after)
    ):
        return False  # "He made four centuries in the first two sessions": hundreds of runs or points
    if rule.name == "half-unit" and match.group().lower().endswith("century") and _INNINGS_BEFORE.search(before):
        return False  # "his first Test half-century": fifty runs
    if rule.name == "vague-duration" and _OF_A_DATE_AFTER.match(after):
        return False  # "during the weeks of Jan. 4 and Jan. 11": weeks named by their dates (rule week-of)
    if rule.name == "the-year" and _PERCENT_ON_BEFORE.search(before) and not groups.get("pmod"):
        return False  # "Profit jumped 56% on the year": year on year, a comparison, no time
    if rule.name == "reference" and match.group() == "Now" and _SEGUE_AFTER.match(after):
        return False  # "Now, the weather.", "Now, sport:": a broadcast's turn to the next item, no time
    if rule.name == "reference" and match.group() == "Current" and not _SENTENCE_OPENING.search(before):
        return False  # "a Current River man": a name (the adjective takes no capital inside a sentence)
    if rule.name == "reference" and match.group().lower() == "current" and _CURRENT_NOUN_BEFORE.search(before):
        return False  # "the El Nino current", "a strong ocean current": a flow of water, no time
    if rule.name == "deictic-day" and match.group() == "Today" and re.match(r"[\"”’']?\s+show\b", after):
        return False  # NBC's "Today" show: a programme's name
    if rule.name == "holiday" and (groups.get("holiday") or "X")[0].islower():
        name = " ".join((groups.get("holiday") or "").lower().split())
        if name in lx.RELATIVE_HOLIDAYS or name in lx.CAPITALIZED_HOLIDAYS or name.endswith("festival"):
            return False  # "a black Friday suit", "the town's spring festival", "an epiphany": these names are
            # written with capitals
    if rule.name == "pod-alone" and groups.get("podthe"):
        words = [word.strip("\"“‘'(") for word in before.lower().split()]
        if groups.get("inmod"):
            if not _POD_THE_AFTER.match(after):
                return False  # "late in the evening" (that day's end), not "early in the morning session"
        elif not words or words[-1] not in lx.POD_THE_BEFORE or not _POD_THE_AFTER.match(after):
            return False  # "in the afternoon" (that day), not "in the morning crowd" or "the evening of his life"
        if not groups.get("inmod") and words[-1] == "of" and (len(words) < 2 or words[-2] not in ("most", "much")):
            return False  # "for most of the morning", not "the last event of the afternoon"
        if match.group().lower().endswith("overnight"):
            return False  # "the target for the overnight lending rate": an adjective
    elif (
        rule.name == "pod-alone"
        and not (groups.get("pmod") or groups.get("pmodh") or groups.get("pmid"))
        and not (_IN_BEFORE.search(before) and _TRADING_AFTER.match(after))
        and not (
            _DEADLINE_POD_BEFORE.search(before)
            and match.group().lower() in ("morning", "evening", "nightfall")
            and (_POD_THE_AFTER.match(after) or re.match(r"\s+(?:\d|[a-z]+s\b)", after))  # not "by morning light"
        )
    ):
        return False  # "morning" alone is too often a greeting or a name; "mid-afternoon", "late evening" are times
        # (and so is "in morning trading", the session of the day, and "by morning", "until evening")
    if groups.get("hourpod"):
        words = before.lower().split()
        copula = bool(words) and words[-1] in ("was", "is") and bool(groups.get("minutepod"))  # "It was 2:46 in ..."
        colon = bool(groups.get("minutepod")) and ":" in match.group()  # "local time, 3:30 in the morning here"
        oclock = "clock" in match.group().lower()  # "which was one o'clock in the morning here"
        glossed = _CLOCK_GLOSS_BEFORE.search(text, max(0, match.start() - 50), match.start())  # "6 a.m. on the East Coast, 2 in
        # the afternoon in Baghdad"
        if (not words or words[-1] not in CLOCK_BEFORE) and not (copula or colon or oclock or glossed):
            return False  # "at 4 in the morning", not "one in the morning crowd"
    if rule.name == "that-month-season" and re.match(r"['’]s\b", after):
        return False  # "said today that Thursday's attacks": "that" opens what was said, the day stands alone
    if rule.name == "that-month-season" and not _CLAUSE_OPENING.search(before):
        subject = (  # "An audit that spring found the losses", "Damage that spring topped": a noun's time, then its
            # verb (not "said on a call this morning that July was the best month": what was said)
            match.group()[:4].lower() == "that"
            and (_VERB_AFTER.match(after) or _SUBJECT_AFTER.match(after))
            and _NOUN_BEFORE_THAT.search(before) is not None
            and _REPORTED_BEFORE.search(text, max(0, match.start() - 80), match.start()) is None
        )
        if not subject and (groups.get("season") or "").lower() in ("fall", "spring") and not _CLAUSE_END.match(after):
            return False  # "prices that fall", "problems that spring from": a relative clause, not a season (but
            # "who was 34 that spring and ...", "it's still that spring.")
        if _VERB_AFTER.match(after) and not subject:
            return False  # "said that May would be hard": "that" opens what was said (rule month tags "May")
    if rule.name == "that-month-season" and re.search(r"\b(?:and|but)\s*$", before) and _VERB_AFTER.match(after):
        return False  # "said sales in May were down and that June has started slowly": what was said, again
    if rule.name == "reference" and match.group().lower() == "the future" and re.match(r"\s+of\s", after):
        return False  # "to decide the future of the kiosk": its fate, not a time
    if rule.name == "reference" and re.search(r"\bas\s+$", before, re.IGNORECASE) and re.match(r"\s+as\b", after):
        return False  # "as recently as last week", "as early as": a measure of how near, not a time of its own
    if rule.name == "reference" and _COUNT_AFTER.match(after) and match.group().lower().startswith("the "):
        return False  # "in the past eight sessions": a count of something else, not the past at large
    if (
        rule.name == "duration"
        and re.fullmatch(r"an?\s+(?:day|night)", match.group(), re.IGNORECASE)
        and re.search(r"\b(?:is|was|be|been)\s+$", before, re.IGNORECASE)
        and re.match(r"\s+(?:of|to|for)\s", after)
    ):
        return False  # "Today is a day of joy", "It was a night to remember": a kind of day, no amount of time
    if rule.name == "duration" and re.match(r"a\s+day$", match.group(), re.IGNORECASE) and _WHEN_AFTER.match(after):
        return False  # "There will come a day when ...": some day, not one day's length
    if rule.name == "someday":
        words = before.lower().split()
        return bool(words) and words[-1] in lx.SOMEDAY_BEFORE  # "will one day be", not "in one day"
    if (
        rule.name == "past-n-units"
        and not groups.get("number")
        and re.match(r"\s+of\b", after)
        and ((groups.get("span") or "first").lower() in ("first", "last", "final") or _OF_A_TIME.match(after))
    ):
        return False  # "the first week of March": a part of March, not an amount of time (but "the past decade of
        # work" is ten years)
    if rule.name == "relative-unit" and re.match(
        r"the\s+(?:past|last)\s|the\s+(?:next|coming)\s+(?:decade|century)", match.group(), re.IGNORECASE
    ):
        return False  # "the past decade", "over the next decade": an amount of time (rule past-n-units)
    if (
        rule.name in ("duration", "per-unit")
        and _RATE_BEFORE.search(before)
        and re.match(r"(?:a|an|per)\s", match.group(), re.IGNORECASE)
        and not _COUNTED_FROM.match(after)
        and not _APART_AFTER.match(after)  # "two doses a month apart": the time between them
        and not re.match(r"\s+of\b", after)  # "The storm follows a week of bitter cold": a stretch of time
        and not _SPAN_PREPOSITION_BEFORE.search(before)  # "regained two-thirds of it within a year": how long
    ):
        return rule.name == "per-unit"  # "358,000 a month", "$1.76 a year", "four flights a week": a rate
    if rule.name == "per-unit" and not match.group().lower().startswith(("once", "twice", "thrice")):
        if not re.search(r"\btimes\s+(?:a|an|per)\s", match.group(), re.IGNORECASE):
            return False  # without a count or amount before it, "a week" is an amount of time
    if _proper_name_word(rule, groups, match, text):
        return False
    if _CAPITAL_AFTER.match(after) and " " in match.group() and _TITLE_WORD_END.search(match.group()):
        return False  # "Sunday Night Football", "20th Century Fox", "Sunday Morning Coming Down": a title or a name
    if (
        rule.name == "duration"
        and "quarter" in (groups.get("unit") or "").lower()
        and (
            _FRACTION_AFTER.match(after)
            and not ((groups.get("unit") or "").lower().endswith("s") and _QUARTERS_OF_A_TREND.match(after))
            or re.search(r"\bby\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$", before, re.IGNORECASE)
            or re.search(r"[-‐]quarters?$", match.group(), re.IGNORECASE)
            or _QUARTER_CLOCK_AFTER.match(after)
            or re.search(r"\b(?:was|is|were|are|be|been)\s+$", before, re.IGNORECASE)
            or _PRICE_MOVE_BEFORE.search(before)
        )
    ):
        return False  # "three-quarters of its food", "a quarter point", "shrunk by a quarter", "covered
        # three-quarters", "the toll was a quarter", "prices went up a quarter": a fraction or a coin; "a quarter
        # past eight": a clock time
    if rule.name == "duration" and "quarter" in (groups.get("unit") or "").lower() and _PRICE_BEFORE.search(before):
        return False  # "the school lunch cost a quarter": a coin
    if rule.name == "duration" and re.fullmatch(r"a\s+quarter", match.group(), re.IGNORECASE):
        if _MEASURE_AND_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            return False  # "over a mile and a quarter": a distance
        if _PRICE_LIST_BEFORE.search(text, max(0, match.start() - 80), match.start()):
            return False  # "a cheeseburger was 65 cents, a slice of pie a quarter": a coin in a list of prices
    if rule.name == "duration" and re.fullmatch(r"1\d{3}|20\d\d", groups.get("number") or ""):
        return False  # "the 1988 quarter" is a year, not 1,988 quarters
    if rule.name == "vague-duration" and re.match(r"\s+(?:of\s+)?\d{4}\b", after):
        return False  # "tax returns for the years 1998 through 2001": the head noun of the years named
    if rule.name == "the-year" and re.match(r"\s+['‘’]\d\d\b", after):
        return False  # "read the year '00' as 1900": a year named by its digits, not this year
    if rule.name == "the-year" and re.match(r"[-‐](?:old|long)\b", after):
        return False  # "the decade-old dispute": its age ("decade-old" is the unit-long rule's), not this decade
    if rule.name == "duration" and groups.get("number") and _MONTH_BEFORE.search(before):
        return False  # "the July 4 weekend": a day of the month, not four weekends
    if rule.name == "duration" and re.match(r"[-\s]+old\b", after):
        return False  # an age: "a 6-year-old boy", "52 years old"
    if rule.name == "duration" and match.group().lower().endswith("-old"):
        return False
    if (
        rule.name == "duration"
        and match.group().lower().endswith("-long")
        and (groups.get("number") or "").lower() in ("a", "an")
    ):
        return False  # "a day-long strike": the article is not a count ("day-long" alone is the unit-long rule's)
    if rule.name in ("quarter", "half", "anaphoric-quarter") and re.match(r"[-‐]\w", after):
        return False  # "the quarter-finals", "the half-time score": a round or a break of a game
    if rule.name == "half" and not groups.get("year") and not groups.get("ofyear") and _HALF_OF_SOMETHING.match(after):
        return False  # "the second half of the five-year parliament", "of a game", "of the season": not the year's
    game_period = rule.name in ("quarter", "half") or rule.name == "past-n-units" and _FIRST_MINUTE.fullmatch(
        match.group()
    )
    if game_period and not groups.get("year") and not groups.get("yearpre"):
        around = text[max(0, match.start() - GAME_REACH) : match.end() + GAME_REACH]
        business = _BUSINESS_BEFORE.search(text, max(0, match.start() - 50), match.start())
        if _GAME.search(around) and not business:
            return False  # "held scoreless in the fourth quarter", "scored in the first minute": a period of play
            # (but "Merchandise sales rose 20 percent in the third quarter" beside "every game": the club's books)
    if _THE_UNIT.match(match.group()) and (
        _TITLE_NOUN_OF_BEFORE.search(before) or match.group().split()[-1][:1].isupper() and _CAPITAL_OF_BEFORE.search(before)
    ):
        return False  # "person of the year", "the trial of the century", "Iowa Teacher of the Year": a title
    if _YEAR_ON_YEAR_AFTER.match(after):
        return False  # "the first year-on-year decline", "a year-over-year drop": a comparison, no time
    if rule.name == "past-n-units" and match.group().lower() == "the last minute":
        words = before.lower().split()
        if words and words[-1] in lx.LAST_MINUTE_BEFORE:
            return False  # "at the last minute": very late, not a minute
    season = groups.get("season")
    if (
        rule.name == "season"
        and season
        and season[0].isupper()
        and re.match(r"\s+[A-Z]", after)
        and match.start("season") > 0
        and not text[max(0, match.start("season") - 8) : match.start("season")].rstrip().endswith((".", "!", "?"))
    ):
        return False  # "the next Summer Games", "Summer Olympics": a name
    if rule.name == "season" and season and not groups.get("rel") and not groups.get("pmod"):
        with_the = match.group()[:4].lower() == "the "  # "for most of the summer": a noun already
        named = season[0].isupper() and re.match(r"\s+[A-Z]", after)
        adjective = _SEASON_AFTER_ADJECTIVE.search(before)
        if adjective is not None and season.lower() == "fall" and adjective.group("adjective").lower() not in (
            lx.FALL_ADJECTIVES
        ):
            adjective = None  # "a steep fall.": a decline
        if adjective is None and season.lower() != "fall":
            adjective = _SEASON_AFTER_ADJECTIVES.search(text, max(0, match.start() - 40), match.start())
        plain = season.lower() in ("winter", "summer", "autumn")  # words that are only seasons
        ends = _SEASON_PHRASE_END.match(after) or plain and _SEASON_PLACE_AFTER.match(after)
        described = adjective and ends or _SEASON_OR.search(before)
        arriving = (plain or season[0].isupper()) and SEASON_ARRIVING.match(after)  # "with winter approaching",
        # "Spring officially arrives on Monday": the season to come
        started = season.lower() != "fall" and (  # "the fall began", "its steepest fall": a decline
            _SEASON_STARTED_AFTER.match(after) or _OWN_SUPERLATIVE_BEFORE.search(before)
        )
        opening = (
            plain
            and season[0].isupper()
            and _SENTENCE_OPENING.search(before) is not None
            and not _SEASON_NOUN_AFTER.match(after)
            and re.search(rf"[\w,]\s+{season}\b", text) is None
        )  # "Winter has just begun": a word that is only a season, opening its sentence (not "Winter said", where
        # "Mark Winter" is named elsewhere, or "Winter break would run")
        context = SEASON_CONTEXT_BEFORE.search(text, max(0, match.start() - 40), match.start())  # "its hottest start to"
        if not (with_the or described or arriving or started or opening or context) or named:
            return False  # "prices fall", "rates to fall", "Summer Olympics"
        superlative = _SUPERLATIVE_BEFORE_FALL.search(before) if season.lower() == "fall" else None
        if superlative is not None and superlative.group("word").lower() not in _FALL_SUPERLATIVES:
            return False  # "the sharpest fall since records began": a decline (but "the wettest fall on record")
        if re.match(r"\s+(?:of|in)\s+(?!\d)", after) and not (plain and re.match(r"\s+in\b", after)):
            return False  # "the fall of the Berlin Wall", "the fall in prices" (but "a tough winter in the Northeast")
    if rule.name in ("duration", "ago") and groups.get("unit", "").lower() in ("second", "seconds"):
        number = (groups.get("number") or "").lower()
        if number in ("a", "one", "single") and rule.name == "duration":
            return False  # "a second attempt"
    if rule.name == "vague-duration" and re.match(r"\s+apart\b", after):
        return False  # "happened only minutes apart": how close, not an amount of time (the corpus leaves it)
    if rule.name == "vague-duration" and _COUNT_BEFORE.search(before):
        return False  # "two months ahead": the amount is counted (rule duration)
    if (
        rule.name == "vague-duration"
        and (groups.get("recent") or "").lower() != "recent"
        and not groups.get("ahead")
        and not groups.get("matter")  # "in a matter of weeks"
    ):
        words = _WORDS.findall(before.lower())
        previous_word = words[-1] if words else ""
        allowed = ("over", "for", "during") if groups.get("recent") else VAGUE_DURATION_BEFORE
        counted = (
            not groups.get("recent")
            and previous_word not in ("the", "those", "these", "of")
            and previous_word not in TIMETABLE_ADJECTIVES  # "review the new hours after six months": a timetable
            and (
                _CLAUSE_COMMA_BEFORE.search(before)  # "In 1938, weeks after Kristallnacht"
                or not any(word.isdigit() or word in lx.NUMBER_WORDS for word in words[-2:])  # "Eight trading days"
            )
            and _COUNTED_FROM.match(after)
        )
        taken = not groups.get("recent") and (
            _TAKEN_BEFORE.search(before)
            or _AWAY_AFTER.match(after)
            or previous_word in STRETCH_OF_BEFORE
            and re.match(r"\s+of\s", after)  # "after weeks of warnings"
            and not (previous_word == "to" and groups["unit"].lower() == "minutes")  # "according to minutes of"
            or _SENTENCE_START_BEFORE.search(before)
            and re.match(r"\s+of\s", after)
            and groups["unit"].lower() != "minutes"  # "Years of drought have ..." (not "Minutes of the meeting")
        )
        if previous_word not in allowed and not counted and not taken:  # "sold out weeks before the festival"
            return False  # "in the weeks before the shooting", "after weeks of pressure": no amount of time
    return True


_HOLIDAY_WEEKDAY_WORDS = {
    name.rsplit(" ", 1)[0]
    for name in [*lx.EASTER_HOLIDAYS, *lx.RELATIVE_HOLIDAYS]
    if name.rsplit(" ", 1)[-1] in lx.WEEKDAYS
}
_HOLIDAY_WEEKDAY = pattern(rf"\b(?:{alternation(_HOLIDAY_WEEKDAY_WORDS)})\s+$", re.IGNORECASE)
"""The first words of a holiday named by a weekday, just before it.  Example: "Good" of "Good Friday"."""

_APART_AFTER = pattern(r"\s+apart\b", re.IGNORECASE)
_SPAN_PREPOSITION_BEFORE = pattern(r"\b(?:within|inside|under|in|for|over|after)\s+$", re.IGNORECASE)
"""A preposition of a span right before "a year": an amount of time, not a rate ("within a year")."""
_RATE_BEFORE = pattern(
    r"(?:\d[a-z]{0,3}|%|(?<=\bone\s)(?!(?:day|week|month|year|hour|minute|night|time)s?\b)[a-z]+|\b(?:children|people|men|women|staff|cattle|sheep"
    r"|times|once|twice|percent|cents?|dollars?|euros?|pounds?|hundred|thousand|million|billion"
    r"|crores?|lakhs?"
    rf"|trillion|{alternation([word for word in lx.NUMBER_WORDS if word not in ('a', 'an')])}"
    r"|(?!(?:is|was|has|does|his|its|this|thus|as|us|takes|lasts|needs|requires|spends|sometimes|perhaps"
    r"|covers|runs|spans|remains|stays|seems|feels|waits|sleeps|lives|sits|christmas|easter)\b)"
    r"[a-z]*[a-rt-z]s))(?:\s+of\s+(?!(?:them|us|you|those|these|whom|which)\b)[a-z]+(?:\s+[a-z]+)?)?[.,)]?\s+$",
    re.IGNORECASE,
)
"""What stands before "a year" when it is a rate.  Example: "$1.76 a year", "four flights a week", "1.7 million
barrels of oil a day", "from five a month" (not "Today is a day of justice", "The four of them spent a week")."""

_TITLE_NOUN_OF_BEFORE = pattern(rf"\b(?:{alternation(lx.TITLE_NOUNS)})\s+of\s+$", re.IGNORECASE)
"""A title noun and "of" just before "the year": "person of the year" (:data:`timeline.lexicon.TITLE_NOUNS`)."""
_CAPITAL_OF_BEFORE = pattern(r"[A-Z][a-z]+\s+of\s+$")
"""A capitalized word and "of" before a capitalized "the Year": an award's name of any noun ("Teacher of the Year")."""

_HALF_OF_SOMETHING = pattern(
    r"\s+of\s+(?:the|a|an|his|her|its|their|this|that)\s+"
    r"(?!(?:[\w'’-]+\s+){0,2}?(?:(?:years?|decades?|century|fiscal|calendar|month)\b|\d|['’]\d))",
    re.IGNORECASE,
)
"""A half of something that is not a year, decade or century: "the second half of the five-year parliament"."""

_FIRST_MINUTE = pattern(r"the\s+(?:first|last|final)\s+minute", re.IGNORECASE)
_BUSINESS_BEFORE = pattern(
    rf"\b(?:{alternation([*lx.DATA_NOUNS, *lx.BOOKS_WORDS])})\b[^.;]*$",
    re.IGNORECASE,
)
"""Words of a company's books (:data:`timeline.lexicon.DATA_NOUNS`, :data:`timeline.lexicon.BOOKS_WORDS`) before a
quarter in the same sentence: its results, not a period of play."""
GAME_REACH = 120
"""Characters either side of a quarter or half that are read for the words of a game report."""
_GAME = pattern(rf"\b(?:{alternation(lx.GAME_WORDS)})\b", re.IGNORECASE)

_MEASURE_AND_BEFORE = pattern(
    rf"\b(?:{alternation([*lx.MEASURES, *lx.QUARTER_MEASURES])})\s+and\s+$", re.IGNORECASE
)
"""A unit of measure and "and" before "a quarter": a distance or an amount ("a mile and a quarter")."""
_MEASURE_BEFORE = pattern(rf"\b(?:{alternation(lx.MEASURES)})\)?\s+$", re.IGNORECASE)
"""A unit of measure just before "per hour": "125 miles per hour", "145 miles (233 kilometers) per hour" is a speed
(:data:`timeline.lexicon.MEASURES`)."""

_THE_UNIT = pattern(r"the\s+(?:year|month|week|decade|century)$", re.IGNORECASE)

_SUBJECT_AFTER = pattern(rf"\s+(?:the|I|we|he|she|they|it|{alternation(lx.FINITE_PAST)})\s")
"""A subject or a finite past verb after "that spring": "for several weeks that spring the team feared"."""
_REPORTED_BEFORE = pattern(rf"\b(?:{alternation(lx.CLAUSE_TAKING_VERBS)})\b[^.!?]*$", re.IGNORECASE)
"""A verb of saying or thinking earlier in the sentence: a "that" after it may open what was said ("said on a
conference call this morning that July was the strongest month")."""
_NOUN_BEFORE_THAT = pattern(rf"\b(?!(?:{alternation(lx.NOT_NOUNS_BEFORE_THAT)})\b)[a-z]+\s+$")
"""A word before "that" that may be a noun "that May" tells the time of ("An audit that spring found")."""
_CLAUSE_OPENING = pattern(rf"(?:^|[,.;:(]|\b(?:{alternation(lx.THAT_OPENERS)}))\s*$", re.IGNORECASE)
"""What stands before "that fall" when it names a season (:data:`timeline.lexicon.THAT_OPENERS`)."""
_VERB_AFTER = pattern(rf"\s+(?:{alternation(lx.CLAUSE_VERBS)}|\w+ed)\b")
"""A verb right after "that May": the month is the subject of a clause "that" opens."""
_RISE_BEFORE = pattern(rf"\b(?:{alternation(lx.UP_VERBS)})\s+$", re.IGNORECASE)
"""A verb of movement before "up to": the "up" is the verb's ("edged up to 33.1 hours", :data:`lx.UP_VERBS`)."""
_GAME_CLOCK = pattern(rf"[.,:]\d|\s+(?:{alternation(lx.GAME_CLOCK_AFTER)})\b")
"""What follows a race time or a game clock: "a record of 1:52.98", "with 2:05 left"."""
_COUNT_AFTER = pattern(rf"\s+(?:\d|(?:{alternation(lx.NUMBER_WORDS)}|few|several|many)\s)", re.IGNORECASE)
"""A count right after "the past" / "the next": "the past eight sessions"."""
_COUNTED_FROM = pattern(r"\s+(?:after|before|later|earlier|ago|from\s+now)\b", re.IGNORECASE)
_WORDS = pattern(r"[\w']+")
_COUNT_BEFORE = pattern(rf"(?:\d|\b(?:{alternation(lx.NUMBER_WORDS)}))\s+$", re.IGNORECASE)
"""A number just before a plural unit: "two months ahead" is counted."""
"""What follows "a day" when it is an amount counted from an event, never a rate: "comes a day after the vote"."""

_NAME_CAPITALS = {"runit": "relative-unit", "unit": "duration", "noon": "clock-time", "deictic": "deictic-day"}
"""Groups whose word, capitalized inside a sentence, makes the match part of a title or name ("World News
Tonight", "USA Today")."""


_TITLE_WORD_END = pattern(rf"(?-i:\b(?:{'|'.join(sorted(lx.TITLE_ENDINGS))}))$")
"""A part of day or "century" written with a capital inside a sentence ends a name when a capitalized word follows
(:data:`timeline.lexicon.TITLE_ENDINGS`)."""
_CAPITAL_AFTER = pattern(r"\s+(?-i:[A-Z][a-z])")

_WHEN_AFTER = pattern(r"\s+when\b")
_QUOTE_OPENING = pattern(r"(?:^|[\s,(])[\"“‘]$")


def _proper_name_word(rule: Rule, groups: dict[str, str | None], match: re.Match[str], text: str) -> bool:
    """True for "This Week" (a TV show), "60 Minutes", "High Noon", "USA Today": a capitalized unit or day word
    inside a sentence (not after a colon: "He said: Today we act")."""
    for group, rule_name in _NAME_CAPITALS.items():
        word = groups.get(group)
        if rule.name != rule_name or not word or not word[0].isupper() or word.isupper() and len(word) > 1:
            continue  # "THINGS TO DO THIS WEEKEND": a headline in capitals, not a name
        start = match.start(group)
        if _QUOTE_OPENING.search(text, max(0, start - 3), start):
            continue  # 'He said, "Tonight I go home."': a quotation starts a sentence
        if _in_title_case_line(text, start) and not _YEARS_ON_AFTER.match(text, match.end(group)):
            continue  # "Harbor Skipper for 35 Years Dies at 80": a headline capitalizes every word (but "Ten Years
            # On, Carver Falls Remembers the Flood" stays a title's phrase, as its annotator left it)
        previous = text[max(0, start - 3) : start].rstrip(" \"'“‘`")
        if previous and previous[-1] not in ".!?:\n":
            return True
    return False


_YEARS_ON_AFTER = pattern(r"\s+On\b")
_LONG_WORD = pattern(r"[A-Za-z][A-Za-z'’-]{3,}")
TITLE_CASE_SHARE = 0.8
"""The share of a line's words of four letters or more that start with a capital for the line to be a headline."""


def _in_title_case_line(text: str, at: int) -> bool:
    """Whether ``at`` is in a line of its own whose longer words nearly all start with a capital: a headline in
    title case ("Weatherman for Three Decades Retires"), not a sentence naming a work ("read Seven Years in Tibet")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    if len(line) > 120 or line.rstrip().endswith((".", "?", "!", ",")):
        return False
    words = _LONG_WORD.findall(line)
    return len(words) >= 3 and sum(word[0].isupper() for word in words) >= TITLE_CASE_SHARE * len(words)


def _select(candidates: list[tuple[int, int, int, Found]], size: int) -> list[Found]:
    """The longest non-overlapping matches; among equals, the earliest rule (linear in the matched length)."""
    ranked = sorted(candidates, key=lambda item: (item[1], item[2], item[0]))
    taken: list[Found] = []
    occupied = bytearray(size)
    for _, _, _, found in ranked:
        if any(occupied[found.start : found.end]):
            continue
        taken.append(found)
        occupied[found.start : found.end] = b"\x01" * (found.end - found.start)
    return sorted(taken, key=lambda found: found.start)
