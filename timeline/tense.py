"""The tense of the clause around a date expression: does a weekday or a month without a year lie before or after
the publication date?

    >>> import datetime as dt
    >>> text = "The minister will meet union leaders on Thursday."
    >>> clause_tense(text, text.index("Thursday"), len(text) - 1, 0, len(text))
    <Tense.FUTURE: 'future'>

News gives the answer in the verb group that governs the expression, and sometimes in the words right before or
after it.  This module reads, in order of strength:

1. a lead-in right before the expression that settles it ("as early as Tuesday", "payable Jan. 2", "since March"),
   a delay ("postponed until Tuesday", "gave them until Friday"), or the end of a state still running ("the offer
   is valid until August");
2. a possessive ("Wednesday's ruling": an event already reported, unless a lead-in said "ahead of" or a schedule
   surrounds it: "Sunday's race starts at 1 p.m.", "traders await Friday's report", "were expected to miss
   Sunday's funeral", "will remain the starter for Sunday's game");
3. a future auxiliary in the verb group ("will be paid Dec. 14": the auxiliary, not the participle, sets the tense),
   unless a clause of its own follows it ("will be without a guard who tore his tendon in December");
4. the nearest tense cue either side, within the clause: the words before start, and the words after stop, at a
   clause break (", and he will ...", "will be sentenced on June 23, and jurors returned ... at 11:15"): intent
   ("planned to", "is expected", "scheduled", "forecast"), schedule verbs in the present ("meets", "takes effect",
   "polls open"), modals ("would", "must", "might"), past forms ("met", "was", "died", "-ed", but not an infinitive
   or a passive participle: "expected to hit", "is to be completed"), after the expression intent in the present
   only ("On Tuesday, the league plans to hold", "services are expected to start"), weighted by distance: a past
   verb within :data:`ADJACENT_WORDS` settles it ("the year ended March 31"), a cue within :data:`NEAR_WORDS` decides, a
   farther one leans;
5. with no cue near, an intent or future auxiliary that opened a long clause ("is expected to dump up to 18
   inches of snow on the region from Saturday night").

Numbers do not count as words of distance ("increased 20.5 percent in January"), and a reporting clause after a
comma is not the date's own verb ("talks with Obama on Saturday, Liu said").  What is left without a cue goes on,
in :mod:`timeline.tagger`, from a day ahead named earlier in the sentence ("on Monday ... on Thursday").

The cue words are tables in :mod:`timeline.lexicon`, each with an example.  It is a heuristic without a parser;
TempEval-3's development corpus measures it (``python -m timeline.timeml eval``).
"""

from __future__ import annotations

import itertools
import re

from timeline import lexicon as lx
from timeline.regexcache import pattern
from timeline.resolve import Tense
from timeline.rules import alternation

_WORD = pattern(r"[\w']+(?:-[\w']+)*")
_PAST_VERB = pattern(r"^[a-z]{3,}ed$")
_CLAUSE_BREAK = pattern(
    rf";|:(?!\d)|,\s*(?:{'|'.join(lx.CLAUSE_CONJUNCTIONS)})\b"
    rf"|\s(?:and|but)\s+(?:{'|'.join(sorted(lx.CLAUSE_SUBJECTS))})\b"
    r"|[,.!?][\"”]\s"
)
"""Where a clause ends: "elected pope on Wednesday, and he will be installed".  Not the colon of a clock time
("at 11:30 a.m. EDT (1530 GMT) on Friday")."""

_REPORTING_AFTER = pattern(rf"\s*,\s*(?:[\w.'’-]+\s+){{0,4}}?(?:{alternation(lx.REPORTING_VERBS)})\b", re.IGNORECASE)
"""A reporting clause after the clause of a date: ", Liu said", ", the ministry told reporters"."""

_QUARTER_WORD = pattern(r"(?:the\s+)?(?:first|second|third|fourth)[-\s]quarter", re.IGNORECASE)
"""A quarter named by its number, as the period of the data after it: "its third estimate of second-quarter
growth"."""
_MOVED_VERBS = frozenset({"moved", "moves", "postponed", "postpones", "rescheduled", "delayed", "pushed"})
"""Verbs of moving an event before a possessive day: the event is still to come ("moved Friday's home game")."""

_SUBJECT_AHEAD = pattern(
    r"\s+(?:looks|promises|should|could|is\s+expected|is\s+forecast|is\s+likely|will|is\s+(?:the|a|an)\s)\b",
    re.IGNORECASE,
)
"""What follows a day that opens its sentence as the subject of a forecast or of what the day is: "Sunday looks
drier", "Monday is the Presidents Day holiday"."""

_EARLIEST_AFTER = pattern(r"\s*,?\s+at\s+the\s+earliest\b", re.IGNORECASE)
"""A limit after the date that only a date ahead can have: "not before Sunday at the earliest"."""

_CLOCK_WORD = pattern(r"\d+(?:[ap]m)?")
"""A number or a clock time written as one word ("9pm") among the words before a day."""

_THAT_AFTER = pattern(r"\s+that\b", re.IGNORECASE)
"""The "that" of reported speech right after the date: "said on Wednesday that"."""

NEAR_WORDS = 5
"""A tense cue this close to the expression is taken as its own verb ("issued its ruling on May 7")."""
PROGRESSIVE_REACH = 7
"""How far before the expression a present progressive still tells an arrangement ahead: "He is meeting his new
caucus on Thursday" (not "it is continuing to try to sell itself, under a June agreement")."""
ADJACENT_WORDS = 2
"""A past verb this close ("ended March 31", "met on Thursday") settles the past even against a date weeks ahead."""
TENSE_WINDOW = 10
"""How many words either side of an expression are read for tense cues."""
DIRECTIVE_REACH = 12
"""How far back a verb of directing governs the infinitive that holds the expression."""
FRONTED_WINDOW = 24
"""How many words after a date that opens its sentence ("In January, ...") are read for the verb of the clause it
fronts: "In January, a week after the 25th anniversary of the Roe vs. Wade decision, a bombing killed a guard"."""
TENSE_REACH = 300
"""Characters either side that are read for those words, so each expression costs the same in a long sentence."""
AUXILIARY_REACH = 14
"""How far back a future auxiliary still governs the expression ("Qantas will almost double its flights between
Australia and India by August")."""
POSSESSIVE_REACH = 8
"""Words after a possessive weekday ("Sunday's race starts") read for a schedule verb or future auxiliary."""
DELAY_REACH = 8
"""A verb of delay this many words before "until"/"to" points the date ahead ("gave the relatives until Tuesday")."""


def clause_tense(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> Tense:
    """Past, present or future for the expression ``text[start:end]`` inside the sentence that spans
    ``text[sentence_start:sentence_end]``."""
    before_text = text[max(sentence_start, start - TENSE_REACH) : start]
    opening = None
    for opening in _CLAUSE_BREAK.finditer(before_text):
        pass  # the last break before the expression: its clause starts there
    before = _words(before_text[opening.end() :] if opening else before_text)
    after_text = text[end : min(sentence_end, end + TENSE_REACH)]
    clause_break = _CLAUSE_BREAK.search(after_text)
    opens = len(before) <= 1 and after_text.lstrip()[:1] == ","
    window = FRONTED_WINDOW if opens else TENSE_WINDOW  # "In January, a week after ..., a bombing killed"
    after = _coordinated(_words(after_text[: clause_break.start()] if clause_break else after_text)[:window])
    after = ["'ll" if word.endswith("'ll") else word for word in after]  # "On Monday we'll hear from"
    if after_text.lstrip().startswith(",") and _relative_clause(before):
        after = []  # "Pataki, who met with the leaders Tuesday, is expected to sign": the relative clause's own verb
    if _THAT_AFTER.match(after_text) and any(word in lx.REPORTING_VERBS for word in before):
        after = []  # "told troops on Wednesday that 'the regime will be ended'": what was said has its own tense
    if _REPORTING_AFTER.match(after_text) and len(before) > 1:
        after = []  # "talks with Obama on Saturday, Liu said": the reporting verb is not the date's own (but "In
        # January, the court asked": a date that opens its sentence belongs to the clause after it)
    before = _past_the_clock(before)
    if before[-2:] == ["at", "least"]:
        before = before[:-2]  # "postponed until at least Friday" reads as "until Friday"
    month = text[start:end].lower().rstrip(".") in lx.MONTHS or _QUARTER_WORD.fullmatch(text, start, end)
    data_for = len(before) > 1 and before[-2] in lx.DATA_NOUNS and before[-1] in ("for", "on")  # "figures for March"
    if month and (data_for or any(word in lx.DATA_NOUNS for word in after[:2])):
        return Tense.PAST_FAR  # "will report July durable-goods orders", "we'll get consumer credit figures for March":
        # figures of the month gone by (or just ahead: "the December and January numbers", read in December)
    if _headline_infinitive(text, sentence_start, sentence_end, before):
        return Tense.FUTURE  # "Council to take up parking fees Thursday": a headline's "to" is "is to"
    if not before and _SUBJECT_AHEAD.match(after_text):
        return Tense.FUTURE  # "Sunday looks drier, with sunshine in the morning": a forecast
    if _EARLIEST_AFTER.match(after_text):
        return Tense.FUTURE  # "could not return before Sunday at the earliest": a limit ahead
    if before[-1:] and before[-1] in lx.DECLARING_VERBS and _DAY_OF_AFTER.match(after_text):
        return Tense.NEAREST  # "Moi declared Tuesday a day of national mourning": a day after the event mourned
    request = _IMPERATIVE_OPENING.match(text, sentence_start) if before and before[0] in lx.IMPERATIVE_VERBS else None
    if request is not None and request.group("verb").lower() == before[0]:
        return Tense.FUTURE  # "Ask me again Sunday": a request, for a time to come
    listed = not before and _WEEKDAY.fullmatch(text, start, end) is not None
    if listed and (after_text.startswith(":") or _heading(text, start, end, sentence_start, sentence_end)):
        return Tense.FUTURE  # "Thursday: Cloudy, snow developing late.", a line "FRIDAY": a forecast's or a listing's
    if _SEASON_WORD.fullmatch(text, start, end) and SEASON_ARRIVING.match(after_text):
        return Tense.FUTURE  # "warned that with winter approaching, millions remained at risk"
    lead = _lead(before)
    if lead is Tense.PAST_NEAR and before[-1] == "since" and _STORY_PERIOD.fullmatch(text, start, end):
        lead = Tense.PRESENT  # "has lost 10 percent since the start of the year": this year, up to now
    if lead is Tense.NEAREST and _CLOCK.search(text, start, end) and not _WEEKDAY.search(text, start, end):
        lead = None  # "reversed the lanes starting at 3 p.m.": a clock time alone is on the day the verb tells
    opening_lead = " ".join(before) in lx.OPENING_LEADS  # the lead opens the clause: "Starting Friday, police"
    if lead is not None and opening_lead and any(t is Tense.PAST for _, t in _cues(after, False)):
        lead = None  # "Starting Friday, police searched the area": a story told in the past
    mid_lead = before[-1:] and before[-1] in lx.OPENING_LEADS or " ".join(before[-2:]) in lx.OPENING_LEADS
    ahead = any(word in lx.FUTURE_AUXILIARIES for word in before)  # "said it will shut the plant beginning Monday"
    if (
        lead is Tense.FUTURE
        and mid_lead
        and not opening_lead
        and not ahead
        and any(t is Tense.PAST for _, t in _cues(before, True))
    ):
        lead = Tense.NEAREST  # "ordered evacuations starting Wednesday" (read on Thursday: the day before), "ordered
        # the parks closed beginning at noon Saturday" (read on Friday: the next day): a state ordered, from then on
    if lead is Tense.FUTURE and " ".join(before[-3:]) in _LIMIT_LEADS and len(before) > 4:  # a subject, a verb
        verb_before = before[-5] if len(before) > 4 else ""
        passive = verb_before in _NOT_FINITE_BEFORE_ED and verb_before not in ("had", "has", "have")
        reduced = _AFTER_COMMA_LEAD.search(before_text) is not None  # "Alibaba, expected as early as August"
        if _word_tense(before[-4], "", intent=False) is Tense.PAST and not passive and not reduced:
            lead = Tense.PAST  # "Forecasters had warned as early as Friday": already then (but "could come as
            # early as Friday", "is expected as early as Monday": a limit ahead)
    if lead is not None:
        return lead
    if (
        before[-1:] in (["by"], ["until"], ["till"])
        and THE_WEEKEND.fullmatch(text, start, end)
        and not any(
            t is Tense.PAST
            for d, t in _cues([w for w in before[-NEAR_WORDS - 1 : -1] if w not in ("says", "say")], reverse=True)
        )
    ):
        return Tense.FUTURE  # "The forecast says rain by the weekend": a deadline ahead (not "finished by the weekend")
    if before[-1:] and before[-1] in lx.DEADLINES_AHEAD and _modal_deadline(before[:-1]):
        return Tense.FUTURE  # "warned Monday that travel could be nearly impossible by Wednesday morning"
    if _warned_of(before[-WARNING_REACH:]):
        return Tense.NEAREST  # "Forecasters warned of heavy rain on Thursday and Friday": what is warned of follows
    if before and before[-1] in lx.NOTICE_SPAN_SIGNALS and any(word in lx.NOTICE_NOUNS for word in before[-8:-1]):
        return Tense.NEAREST  # "issued a flood watch from 8 p.m. Saturday until 6 p.m. Sunday": the span follows
        # the issue, so the past tense of "issued" does not put it behind
    counted = [word for word in before[:-1] if not word.isdigit()][-DELAY_REACH:]  # "gave Kostas, 34, until Monday"
    if before and before[-1] in lx.DELAY_SIGNALS and _delayed(counted):
        if any(word in lx.PERFECT_PAST for word in counted[-DELAY_REACH:]):
            return Tense.NEAREST  # "Aso had delayed dissolution until July 21": a delay overtaken, on either side
        return Tense.FUTURE  # "postponed until Tuesday": a delay points ahead
    reach = [word for word in before if len(word) > 1 and not word.isdigit()][-AUXILIARY_REACH:]  # not "11 30 a m"
    reach = ["'ll" if word.endswith(("'ll", "’ll")) else word for word in reach]  # "we'll have": the auxiliary
    if _directed(before) and not (_CLOCK.search(text, start, end) and not _WEEKDAY.search(text, start, end)):
        if any(word in lx.PERFECT_PAST for word in before[-DIRECTIVE_REACH:]):
            return Tense.NEAREST  # "had ordered the relatives to surrender the boy by 2 p.m. Thursday": overtaken
        return Tense.FUTURE  # "asked both sides to file briefs by 5 p.m. Monday", "urged Greeks to vote no in
        # Sunday's referendum": what was asked is still to come
    moved = after[:POSSESSIVE_REACH]
    if any(w in _MOVED_VERBS for w in moved) and any(w in _PASSIVE_BE for w in moved) and before[-1:] != ["to"]:
        return Tense.NEAREST  # "the concert on Saturday has been pushed back an hour", "Saturday's game has been
        # postponed": an event moved is near, gone by or still to come
    if after_text.startswith(("'s ", "’s ")):
        following = after[1:POSSESSIVE_REACH]
        if following[:1] and following[0] in lx.POSSESSIVE_KNOWN:
            return Tense.PAST_FAR  # "will receive a package worth $46.80 at Wednesday's closing price": a price set
        if before and before[-1] in _MOVED_VERBS:
            return Tense.FUTURE  # "The Rangers moved Friday's home game to 8:05 p.m.": a game still to be played
        if (
            before
            and (before[-1] in lx.POSSESSIVE_AHEAD or before[-1] in lx.POSSESSIVE_PLAYED)
            and any(w in lx.FUTURE_AUXILIARIES for w in reach)
            and not _after_event(reach)
        ):
            return Tense.FUTURE  # "will remain the starter for Sunday's game" (not "will appeal Friday's verdicts")
        near = [word for word in before if _counts(word)][-NEAR_WORDS:]  # "expect a record 36,000 runners at"
        if any(
            word in lx.INTENT_CUES and _word_tense(word, then, intent=True) is Tense.FUTURE
            for word, then in itertools.pairwise([*near, ""])
        ):
            return Tense.FUTURE  # "were expected to miss Sunday's state funeral"
        if any(word in lx.SCHEDULE_VERBS for word in before[-2:]) or any(
            word in lx.FUTURE_AUXILIARIES
            or word in lx.SCHEDULE_VERBS and index > 0  # not the head noun: "washed out most of Sunday's play"
            or word in lx.PRESENT_BE and then in lx.INTENT_CUES  # "Thursday's time trial ... is expected to"
            for index, (word, then) in enumerate(itertools.pairwise([*following, ""]))
        ):
            return Tense.FUTURE  # "Sunday's race starts at 1 p.m.", "traders await Friday's report": scheduled
        return Tense.PAST_FAR  # "the victims of Tuesday's blast": a reported event, whatever the verb
    if before and before[-1] in lx.PERFECT_DEADLINES and _present_perfect(before[-AUXILIARY_REACH - 1 : -1]):
        return Tense.FUTURE  # "many banks have closed their branches until Monday": a state that lasts till then
    if before and before[-1] in lx.STANDING_DEADLINES and _standing(before[-NEAR_WORDS:-1]):
        return Tense.FUTURE  # "The offer is valid until August": a state still running ends ahead
    if _relative_future(reach):
        return Tense.PAST  # "Bush, who will tour the area Thursday, called Culver on Saturday"
    if any(word in lx.FUTURE_AUXILIARIES for word in reach) and _reduced_relative(before):
        return Tense.PAST_NEAR  # "will pay $50 billion in a deal announced Sunday night": the deal's own verb
    if any(word in lx.FUTURE_AUXILIARIES for word in reach) and not _blocked(reach):
        return Tense.FUTURE  # "will be paid Dec. 14"
    fronted = len(before) <= 1 and (after_text.lstrip().startswith(",") or before[:1] in _OPENING_SIGNALS)
    # "In January, the court asked", "and in January a jogger found a rifle": the clause the date opens
    best = _nearest(_counted(before)[-TENSE_WINDOW:], after, fronted)
    if best is None:
        farther = _cues(reach, reverse=True)  # no verb near: an intent that opened the clause still governs it
        auxiliary = any(word in lx.FUTURE_AUXILIARIES for word in reach)
        if any(tense is Tense.FUTURE for _, tense in farther) and not (auxiliary and _blocked(reach)):
            return Tense.FUTURE_FAR  # (not "will have to beat Uruguay ..., after the hosts were held to a draw ...")
        if (
            before
            and before[-1] in lx.DEADLINES_AHEAD
            and not _CLOCK.search(text, start, end)
            and not any(w in lx.PAST_MARKERS or _participle(w) for w in reach)
        ):
            return Tense.FUTURE_FAR  # "I don't see how a deal gets done by Monday": a deadline, with no past near
            # (not a clock time: "stocks rising 67 points by 11:30 a.m." tells the day's trading so far)
        return Tense.PRESENT
    before = before[-TENSE_WINDOW:]
    distance, tense = best
    if tense is Tense.NEAREST:
        return tense
    done_before = (
        tense is Tense.PAST
        and distance <= NEAR_WORDS
        and before[-1:] in (["by"], ["before"])
        and (_STORY_PERIOD.fullmatch(text, start, end) or _CLOCK.search(text, start, end))
    )  # "in the summer of 1947, for a label that went bankrupt before the year was out": that year; "The last flight
    # left just before noon": no deadline, a time gone by
    night = _THE_NIGHT.fullmatch(text, start, end) is not None  # "worked through the night": along it, no deadline
    if (
        tense is not Tense.FUTURE
        and before
        and before[-1] in lx.DEADLINE_SIGNALS
        and not done_before
        and not fronted
        and not night
    ):
        return Tense.PRESENT  # "extended the offer to Nov. 20": a deadline, which the verb's tense does not place
    if distance > NEAR_WORDS:
        return Tense.PAST_FAR if tense is Tense.PAST else Tense.FUTURE_FAR
    if tense is Tense.PAST and distance <= ADJACENT_WORDS:
        return Tense.PAST_NEAR  # "the year ended March 31", "met on Thursday": the date's own verb, in the past
    return tense


SEASON_ARRIVING = pattern(
    r"\s+(?:is\s+|was\s+)?(?:fast\s+|officially\s+)?(?:approach(?:ing|es)|coming|comes|sets?\s+in|setting\s+in"
    r"|closing\s+in|looming|looms|arriv(?:ing|es)|near(?:ing|s)|begins|starts)\b"
)
"""A verb of arrival after a season: "with winter approaching" is the winter to come, whatever the clause's tense
(and, for :mod:`timeline.extract`, a season at all)."""
_DAY_OF_AFTER = pattern(r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:day|holiday)\b", re.IGNORECASE)
"""What a declared day is made: "declared Friday a day of national mourning", "a national holiday"."""
_IMPERATIVE_OPENING = pattern(rf"[\s\"'“‘(]*(?P<verb>(?i:{alternation(lx.IMPERATIVE_VERBS)}))\b")
"""A sentence that opens with a verb of request (:data:`timeline.lexicon.IMPERATIVE_VERBS`)."""
_SEASON_WORD = pattern(rf"(?i:{alternation(lx.SEASONS)})")

THE_WEEKEND = pattern(r"the\s+weekend", re.IGNORECASE)
"""The weekend named with "the" (:mod:`timeline.tagger` counts it from a day after it: "the weekend after Labor
Day")."""
_STORY_PERIOD = pattern(
    r"(?:the\s+(?:end|middle|beginning|start|close|turn)\s+of\s+)?the\s+(?:year|month|decade)", re.IGNORECASE
)
"""A period a story names with "the" ("the year", "the end of the decade"): a past verb right before its deadline
signal puts it in the story's time."""
_THE_NIGHT = pattern(r"the\s+night", re.IGNORECASE)
"""The night alone: "through the night" is along it, not a deadline like "through Nov. 20", so the verb's tense
holds ("Crews worked through the night": the night gone by)."""
_MONTH_MAY = pattern(r"\bMay\b")
_NAME_LIKE = pattern(r"(?<=[a-z,] )[A-Z][a-z]+\b")
"""A capitalized word after a lowercase one: inside a sentence, a name, never a verb."""


def _words(text: str) -> list[str]:
    """The words of ``text`` in lower case; the month "May" (capitalized) is kept apart from the modal "may", and a
    schedule verb capitalized inside a sentence is a name ("recorded at Orlock Head at 9pm on Saturday")."""
    text = _MONTH_MAY.sub("May_", text)
    if _NAME_LIKE.search(text):
        text = _NAME_LIKE.sub(lambda m: m.group() + "_" if m.group().lower() in lx.SCHEDULE_VERBS else m.group(), text)
    words = _WORD.findall(text.lower().replace("’", "'"))  # "they’ll", "won’t" as typed with straight quotes
    return ["are" if word.endswith("'re") else word for word in words]  # "You're doing a signing on Saturday"


def _counts(word: str) -> bool:
    """Whether a word counts in the distance to a tense cue: not a number, nor a letter of an abbreviation ("62.3
    billion U.S. dollars from January": "reached" is four words away; "ended Mubarak's 30-year rule in February":
"ended" is four words away)."""
    return not word[:1].isdigit() and (len(word) > 1 or word in ("a", "i"))


def _heading(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """Whether the expression is all its sentence holds: a line of a listing ("FRIDAY")."""
    return not text[sentence_start:start].strip() and not text[end:sentence_end].strip(" :.\t")


def _counted(words: list[str]) -> list[str]:
    """The words that count (:func:`_counts`), without the "to" of a range of numbers: "a forecast of $4.40 to $4.55
    issued in April" (no infinitive "to issued")."""
    return [
        word
        for i, word in enumerate(words)
        if _counts(word) and not (word == "to" and i + 1 < len(words) and words[i + 1][:1].isdigit())
    ]


def _standing(words: list[str]) -> bool:
    """Whether a verb of a state still running stands in ``words`` ("The road remains shut until"), not a noun after
    a determiner ("the Supreme Court denied a stay shortly before 5 p.m. Wednesday")."""
    return any(
        word in lx.STANDING_VERBS and not (i > 0 and words[i - 1] in lx.ADJECTIVE_BEFORE) for i, word in enumerate(words)
    )


def _headline_infinitive(text: str, sentence_start: int, sentence_end: int, before: list[str]) -> bool:
    """Whether the expression is in a headline (a line with no final stop) whose verb is an infinitive near its
    start: "Council to take up parking fees Thursday", "Pope to visit Cuba in January"."""
    if text[sentence_end - 1 : sentence_end] in ".!?\"'”’:" or "\n" not in text[sentence_end : sentence_end + 2]:
        return False
    opening = before[:6]
    if "to" not in opening[:-1] or len(before) > 12:
        return False
    at = opening.index("to")
    return 0 < at < len(before) - 1 and not any(_participle(word) or word in lx.PAST_MARKERS for word in before[:at])


def _reduced_relative(before: list[str]) -> bool:
    """Whether the expression follows a past participle that qualifies a noun ("a deal announced Sunday night"),
    not one of a verb group ("will be paid Dec. 14", "will have left by Friday") nor an intent ("expected")."""
    if len(before) < 3 or not _past_form(before[-1]) or before[-1] in lx.INTENT_CUES:
        return False
    noun = before[-2].isalpha() and before[-2] not in _VERB_GROUP_WORDS and not _past_form(before[-2])
    return noun and before[-3] in lx.ADJECTIVE_BEFORE


_VERB_GROUP_WORDS = frozenset({*lx.FUTURE_AUXILIARIES, "be", "been", "being", "is", "are", "was", "were", "have",
                               "has", "had", "not", "also", "to", "would", "could", "should", "may", "might"})  # fmt: skip


def _after_event(words: list[str]) -> bool:
    """Whether "after" opens an event gone by between the last future auxiliary and the expression: "will be out
    for three weeks after injuring his knee in Tuesday's defeat"."""
    last = max((i for i, word in enumerate(words) if word in lx.FUTURE_AUXILIARIES), default=-1)
    rest = words[last + 1 :]
    return any(
        word == "after" and (following.endswith("ing") or following in ("he", "she", "it", "they", "we", "i"))
        for word, following in itertools.pairwise(rest)
    )


def _delayed(words: list[str]) -> bool:
    """Whether a verb of delay governs the signal after ``words``: "postponed the vote until", "gave Kostas, 34,
    until" (not "moved in Monday night and intensified through": another verb came between)."""
    last = max((i for i, word in enumerate(words) if word in lx.DELAY_VERBS), default=-1)
    return last >= 0 and not any(_participle(word) for word in words[last + 1 :])


def _relative_future(words: list[str]) -> bool:
    """Whether the last future auxiliary of ``words`` opens a relative clause after which the main verb is past:
    "Bush, who will tour the area Thursday, called Culver on" (not "a tournament that will be played in": the
    auxiliary's own participle)."""
    last = max((i for i, word in enumerate(words) if word in lx.FUTURE_AUXILIARIES), default=-1)
    if last <= 0 or words[last - 1] not in lx.RELATIVE_PRONOUNS:
        return False
    after = words[last + 1 :]
    return any(
        (_PAST_VERB.match(word) or word in lx.PAST_MARKERS) and index >= 2 and after[index - 1] not in _PASSIVE_BE
        for index, word in enumerate(after)
    )


_RELATIVE_AUXILIARIES = frozenset({"is", "are", "will", "would"})
"""Verbs that open a relative clause of a tense of its own: "Milosevic, who is due to meet Yeltsin on Tuesday, has
promised" (the clause after the comma is the subject's, not the date's)."""


def _relative_clause(before: list[str]) -> bool:
    """Whether the expression ends a relative clause with a verb of its own, past or ahead: "who met with the two
    leaders Tuesday", "who is due to meet Yeltsin on Tuesday"."""
    pronouns = [i for i, word in enumerate(before) if word in ("who", "which")]
    if not pronouns:
        return False
    rest = before[pronouns[-1] + 1 :]
    if not rest:
        return False
    return rest[0] in lx.PAST_MARKERS or _past_form(rest[0]) or rest[0] in _RELATIVE_AUXILIARIES


def _present_perfect(words: list[str]) -> bool:
    """Whether the verb group of ``words`` is a present perfect ("have closed", "has ordered") with no finite past
    after its auxiliary."""
    auxiliaries = [i for i, word in enumerate(words) if word in lx.PRESENT_PERFECT]
    if not auxiliaries:
        return False
    rest = words[auxiliaries[-1] + 1 :]
    return bool(rest) and _participle(rest[0]) and not any(word in lx.FINITE_PAST for word in rest)


def _coordinated(after: list[str]) -> list[str]:
    """The words after an expression up to a verb coordinated with the clause's own ("gathered ... on Wednesday
    evening and plan to hold one every night": "plan" is a second predicate, not the date's verb)."""
    for i, (word, following) in enumerate(itertools.pairwise(after)):
        if word in lx.COORDINATORS and (following in lx.INTENT_CUES or following in lx.COORDINATED_AUXILIARIES):
            return after[:i]
    return after


def _past_the_clock(before: list[str]) -> list[str]:
    """The words before a day with the clock time told before it taken away, so that what precedes the clock
    time leads the day: "until 1 p.m. on Monday" reads as "until Monday"."""
    if len(before) < 3 or before[-1] != "on":
        return before
    end = len(before) - 1
    while end > 0 and (before[end - 1] in lx.CLOCK_TOKENS or _CLOCK_WORD.fullmatch(before[end - 1])):
        end -= 1
    clock = before[end:-1]
    told = any(_CLOCK_WORD.fullmatch(word) or word in lx.CLOCK_TOKENS - {"a", "on"} for word in clock)
    return before[:end] if clock and told else before


_LIMIT_LEADS = frozenset({"as early as", "as soon as", "as late as"})
_AFTER_COMMA_LEAD = pattern(r",\s*[a-z]+\s+as\s+(?:early|soon)\s+as\s+$", re.IGNORECASE)
"""Leads of :data:`timeline.lexicon.LEAD_CUES` that look ahead unless a past verb stands right before them."""


def _lead(before: list[str]) -> Tense | None:
    """The tense that the words right before the expression settle, if they do ("as early as", "since")."""
    for size in (3, 2, 1):
        if len(before) >= size:
            cue = lx.LEAD_CUES.get(" ".join(before[-size:]))
            if cue is not None:
                if cue[0] == "nearest":
                    return Tense.NEAREST
                return Tense.FUTURE if cue[0] == "future" else Tense.PAST_NEAR  # "since Jan. 1": never ahead
    return None


_NOT_FINITE_BEFORE_ED = frozenset(
    {"be", "been", "being", "is", "are", "was", "were", "have", "has", "had", "get", "got", "to", "not", "and", "or"}
)
"""Words before an -ed form that make it a participle ("will be delayed in August"), not a finite past verb."""


def _modal_deadline(words: list[str]) -> bool:
    """Whether a modal opens the predicate that a deadline closes, in its own clause (after "that", if any): "could
    be nearly impossible by", "should be restored by" (not "could have been done by": a past)."""
    if "that" in words:
        words = words[len(words) - words[::-1].index("that") :]
    words = words[-AUXILIARY_REACH:]
    for i, word in enumerate(words):
        if word in lx.COORDINATED_AUXILIARIES and word not in ("may", "can"):
            rest = words[i + 1 :]
            return not any(w in ("have", "not", "never", "n't") or w in lx.FINITE_PAST for w in rest)
    return False


WARNING_REACH = 6
"""Words before a date within which "warned of" may stand (:data:`timeline.lexicon.WARNING_VERBS`)."""


def _warned_of(words: list[str]) -> bool:
    """Whether "warned of" (or "warn(s) of") stands in ``words``, with no other verb after it."""
    for i, (word, following) in enumerate(itertools.pairwise(words)):
        if word in lx.WARNING_VERBS and following == "of":
            rest = words[i + 2 :]
            if rest and _past_form(rest[0]):
                rest = rest[1:]  # "warned of reduced services on Sunday": an adjective, no verb
            return not any(_word_tense(w, "", intent=False) is not None for w in rest)
    return False


def _blocked(words: list[str]) -> bool:
    """True when a finite past verb follows the last future auxiliary: the expression then belongs to a reporting
    clause of its own ("The firm, which will move, said Monday it had sold the plant")."""
    last = max(i for i, word in enumerate(words) if word in lx.FUTURE_AUXILIARIES)
    after = words[last + 1 :]
    if any(word in lx.FINITE_PAST for word in after):
        return True
    if len(after) >= 3 and _past_form(after[-2]) and after[-1] == "in" and after[-3] not in _NOT_FINITE_BEFORE_ED:
        return True  # "will report Thursday how much the deficit narrowed in August": a question of its own, past
    if _relative_future(words):
        return True  # "Bush, who will tour the area Thursday, called Culver on Saturday": the main verb is past
    tail = after[:-1] if after[-1:] and after[-1] in ("on", "late", "early") else after
    if (
        len(tail) >= 2
        and (tail[-1] in lx.PAST_MARKERS or _past_form(tail[-1]))
        and tail[-2] not in _NOT_FINITE_BEFORE_ED
        and tail[-2] not in lx.LINKING_VERBS
        and tail[-2] not in lx.FUTURE_AUXILIARIES
    ):
        return True  # "will be paid under a bill Mr. Obama signed Monday night": a clause of its own, past
    for i, word in enumerate(after):
        if word in _PAST_CLAUSE_OPENERS and any(
            _past_form(later) and after[j - 1] not in _NOT_FINITE_BEFORE_ED
            for j, later in enumerate(after[i + 2 :], i + 2)
        ):
            return True  # "will start classes later next fall after the school board voted 5-2 Wednesday night"
    return any(  # "will be without a guard who tore his tendon in December": a relative clause of its own
        word in lx.RELATIVE_PRONOUNS and _word_tense(following, "", intent=False) is Tense.PAST
        for word, following in itertools.pairwise(after)
    )


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those"})
"""Words that open a noun phrase: after "that" and a form in -ed, the form is a verb with its object."""

_PAST_CLAUSE_OPENERS = frozenset({"after", "when", "because", "since"})
"""Words opening a clause of its own, whose past verb then tells the date after it (:func:`_blocked`)."""

_ADJECTIVE_AFTER_PREPOSITION = frozenset({"with", "on", "in", "at", "from", "for", "over", "across", "into"})
"""Prepositions after which a form in -ed is an adjective: "on exposed coasts", "with scattered showers"."""

_NOT_A_SCHEDULE = frozenset({*lx.NOT_FINITE_BEFORE, *lx.ADJECTIVE_BEFORE})
"""Words after which the bare form of a schedule verb is no schedule: a negation, or a word that makes it a noun
("the play on Thursday", "rain stopped play on Thursday")."""

_WEEKDAY = pattern(rf"\b(?:{alternation(lx.WEEKDAYS)})\b", re.IGNORECASE)

_NO_INFINITIVE = frozenset({*lx.ADJECTIVE_BEFORE, *lx.STRANDED_TO_BEFORE})
"""Words after "to" that make it a preposition, not the mark of an infinitive of intent."""

_CLOCK = pattern(r"\d[:.]\d\d|\d\s*[ap]\.?\s?m\b|\bnoon\b|\bmidnight\b|\bGMT\b", re.IGNORECASE)



def _nearest(before: list[str], after: list[str], fronted: bool = False) -> tuple[int, Tense] | None:
    """The nearest cue either side; one after the expression counts as far unless the expression opens its clause
    (``fronted``: "In January, the court asked": the verb after the comma is the date's own)."""
    best: tuple[int, Tense] | None = None
    offset = 0 if fronted else NEAR_WORDS + 1
    for distance, tense in (*_cues(before, reverse=True), *_cues(after, reverse=False, offset=offset)):
        if best is None or distance < best[0]:
            best = (distance, tense)
    if fronted and best is not None:  # the first verb of the clause it opens is its own, however far
        best = (min(best[0], NEAR_WORDS), best[1])
    return best


def _cues(words: list[str], reverse: bool, offset: int = 0) -> list[tuple[int, Tense]]:
    """(distance, tense) for every cue in ``words``; distance counts from the expression.  Intent counts before
    the expression, and after it only in the present: "On Friday, the government planned to pay" tells what was
    planned that Friday, "On Friday, the league plans to hold a news conference" what is to come."""
    found: list[tuple[int, Tense]] = []
    count = len(words)
    planned_verb = -1  # the infinitive of a past plan: "was scheduled to fly in July"
    for i, word in enumerate(words):
        distance = (count - i if reverse else i) + offset
        following = words[i + 1] if i + 1 < count else ""
        if i == planned_verb:
            continue
        if reverse and word in lx.PAST_PLANS and _after_was(words, i):
            found.append((distance, Tense.NEAREST))  # "Dawn was scheduled to fly in July" (read in September): the
            planned_verb = i + 2 if following == "to" else -1  # plan may be gone by, whatever its infinitive says
            continue
        if reverse and word == "to" and following == "be" and i + 2 < count and _participle(words[i + 2]):
            found.append((distance, Tense.FUTURE))  # "to be completed around Nov. 1": still to come
            continue
        if word in lx.PRESENT_BE and following in _BE_ADVERBS and i + 2 < count and (
            following == "also" or words[i + 2] in lx.INTENT_CUES
        ):
            following = words[i + 2]  # "the court is also scheduled to hear", "is also meeting": the adverb aside
            # (but "we're still paying for Thursday": going on)
        if word in lx.PRESENT_BE and following == "to" and i + 2 < count and words[i + 2] != "be":
            found.append((distance, Tense.FUTURE))  # "Greenspan is to testify on Thursday": an arrangement ahead
            continue
        if (word in lx.PRESENT_BE or word.endswith("'s")) and following == "going" and i + 2 < count and words[i + 2] == "to":
            found.append((distance, Tense.FUTURE))  # "The Friday morning commute is going to be a mess"
            continue
        if word in lx.PRESENT_BE and (len(following) > 5 or following == "doing") and following.endswith("ing") and following != "being":
            if distance <= (PROGRESSIVE_REACH if reverse else 2 * NEAR_WORDS + 1):
                found.append((distance, Tense.FUTURE))  # "The cinema is showing the film on Saturday": arranged
            continue  # not "it is continuing to try to sell itself under a June agreement": too far to tell
        if not reverse and word in lx.PRESENT_BE and following in lx.INTENT_CUES:
            found.append((distance, Tense.FUTURE))  # "On Tuesday, services are expected to start": what is to come
            continue
        if word == "open" and any(w in lx.OPEN_AS_ADJECTIVE for w in words[max(0, i - 3) : i]):
            continue  # "kept polls open past 7 p.m.": open, not opening
        if word in lx.SCHEDULE_VERBS and word.endswith("ing") and i > 0 and words[i - 1] == "since":
            continue  # "had won 13 straight since opening the season in November": a gerund of time gone by
        if word in ("come", "run") and i > 0 and words[i - 1] in ("have", "has", "had"):
            continue  # "prices have come down from the middle of October": the participle, no schedule
        if word in lx.SCHEDULE_VERBS and not word.endswith("s") and i > 0 and words[i - 1] in _NOT_A_SCHEDULE:
            continue  # "did not meet Thursday": no schedule of its own; "the play on Thursday": a noun
        if word == "start" and i > 1 and words[i - 2] in lx.ADJECTIVE_BEFORE and not words[i - 1].endswith("s"):
            continue  # "a fast start on Friday": a noun after an adjective (but "the Jets start Thursday")
        if word in lx.SCHEDULE_VERBS and not word.endswith("s") and following == "of":
            continue  # "Alarcon, head of Cuba's National Assembly": a noun
        if word in lx.SCHEDULE_VERBS and following == "to" and i + 2 < count and words[i + 2] in ("have", "be"):
            continue  # "Turnout Tuesday appears to have been the highest": a verb of seeming, no schedule
        if (
            following == "to"
            and word in lx.INTENT_CUES
            and (i + 2 < count and words[i + 2] in _NO_INFINITIVE or reverse and i + 2 == count)
        ):
            continue  # "agreed to the sale on Nov. 14", "the reforms he agreed to in October": no infinitive
        if word in _OWNED_NOUNS and following in ("in", "on", "at", "") and _owned(words, i):
            continue  # "cut its sales forecast in December": a company's forecast, the noun, no intent (but "its
            # forecast for the fiscal year ending in March" is of a time ahead)
        if word in lx.INTENT_CUES and _as_planned(words, i):
            continue  # "let the offensive begin as previously planned Saturday night": a manner, no tense
        if word == "followed" and following == "by":
            continue  # "notes next Tuesday, followed by bonds on Thursday": a participle of sequence, no tense
        if word in lx.NOUN_PAST_FORMS and _noun_use(words, i, following):
            continue  # "a booster shot on Monday": the noun
        if word == "due" and i > 0 and words[i - 1] in ("was", "were") and following in ("", "on", "by", "in"):
            found.append((distance, Tense.NEAREST))  # "The budget was due April 1": the nearest April 1
            continue
        tense = _word_tense(word, following, intent=reverse or word in lx.PRESENT_INTENT)
        if tense is Tense.FUTURE and word in lx.INTENT_CUES and i > 0 and words[i - 1] in lx.AS_PLANNED_ADVERBS:
            tense = Tense.NEAREST  # "Results, originally expected on Monday, have been delayed": a plan overtaken
            planned_verb = i + 2 if reverse and following == "to" else planned_verb  # "originally scheduled to start"
        if tense is Tense.FUTURE and word in lx.INTENT_CUES and _perfect(words, i):
            tense = Tense.NEAREST  # "had been due to expire Friday evening": a plan overtaken, whose date may
            # lie behind or still ahead ("had been scheduled to end April 15"): the nearest
            planned_verb = i + 2 if reverse and following == "to" else planned_verb
        if tense is Tense.PAST and word in lx.FINITE_PAST and following in lx.INTENT_CUES:
            continue  # "were planning to drive", "was expected to": the intent, not the auxiliary, tells
        if tense is Tense.PAST and i > 1 and words[i - 1] == "have" and _plan_perfect(words, i - 2):
            continue  # "was to have graduated June 12", "will have finished by Friday": no past of its own
        if tense is Tense.PAST and i > 0 and words[i - 1] in lx.NO_TENSE_BEFORE:
            continue  # "to be completed", "being built", "expected to hit": no tense of its own
        if tense is Tense.PAST and i > 0 and words[i - 1] in _ADJECTIVE_AFTER_PREPOSITION and word.endswith("ed"):
            continue  # "with scattered showers in the afternoon", "gust at up to 80mph on exposed coasts on
            # Thursday": an adjective, no tense
        if (
            tense is Tense.PAST
            and i > 0
            and words[i - 1] in lx.ADJECTIVE_BEFORE
            and (word.endswith("ed") or words[i - 1] not in lx.RELATIVE_PRONOUNS)
            and not (words[i - 1] in lx.RELATIVE_PRONOUNS and following in _RELATIVE_VERB_AFTER)
        ):
            continue  # "the damaged areas", "another cut": an adjective or a noun, not "that met", "that expired in",
            # "the cold that gripped the East"
        if tense is not None:
            found.append((distance, tense))
    return found



def _plan_perfect(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, before "have" and a participle, makes a plan or a future perfect: "will have finished",
    "was to have graduated" (not "should have been taken on Sunday", "is believed to have died": gone by)."""
    return words[i] == "will" or words[i] == "to" and i > 0 and words[i - 1] in ("was", "were", "is", "are")


_VERB_AFTER = _DETERMINERS | {"after", "before", "until", "till", "around", "shortly", "just", "late", "overnight"}
"""Words after "that ...ed" that make it a verb of a relative clause: "a meeting that ended after midnight"."""
_PREPOSITIONS = frozenset({"on", "in", "at", "for", "from", "by", "of", "to", "with", ""})
_RELATIVE_VERB_AFTER = _VERB_AFTER | _PREPOSITIONS
_NOT_NOUN_BEFORE = frozenset({"was", "were", "is", "are", "be", "been", "being", "got", "get", "gets", "had", "has",
                              "have", "he", "she", "they", "we", "i", "you", "it", "who", "police", "troops",
                              "now", "also", "already", "still", "just", "then", "since"})  # fmt: skip


_BE_ADVERBS = frozenset({"also", "still", "now", "currently", "tentatively", "provisionally", "already"})
"""Adverbs between a present "is" and the intent after it ("is also scheduled to hear", "is now expected to"); only
"also" before a verb in -ing ("is also meeting Thursday")."""
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
_OWNED_NOUNS = frozenset({"forecast", "forecasts"})
"""Intent cues that after a possessive are a noun: "lowered its forecast in December"."""


def _owned(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` follows a possessive, right before it or before one or two nouns: "its forecast", "its
    sales forecast", "its full-year profit forecast"."""
    return any(
        i > gap and words[i - gap - 1] in _POSSESSIVES and all(_NOUN_LIKE.fullmatch(w) for w in words[i - gap : i])
        for gap in range(3)
    )


_NOUN_LIKE = pattern(r"[a-z]+(?:-[a-z]+)*")
"""A word that may be a noun between a possessive and "forecast": letters, perhaps hyphenated ("full-year")."""


def _noun_use(words: list[str], i: int, following: str) -> bool:
    """Whether a past form that is also a noun is the noun: before a preposition (or the date itself), after a word
    that is no auxiliary or pronoun ("a booster shot on Monday"; not "was shot on Monday", "police shot a man")."""
    return following in _PREPOSITIONS and i > 0 and words[i - 1] not in _NOT_NOUN_BEFORE


_OPENING_SIGNALS = (["in"], ["on"], ["since"], ["by"], ["last"])
"""A date right after one of these at the start of its clause opens the clause, comma or not."""

_PASSIVE_BE = frozenset({"was", "were", "been", "be", "being", "is", "are"})
_PAST_BE = frozenset({"was", "were", "been"})


def _directed(before: list[str]) -> bool:
    """Whether the expression belongs to an infinitive after a verb of directing: "asked both sides to file briefs
    by 5 p.m. Monday", "ordered him to appear in court on Monday"."""
    window = before[-DIRECTIVE_REACH:]
    for i, word in enumerate(window):
        if word in lx.DIRECTIVE_VERBS:
            rest = window[i + 1 :]
            if i > 0 and window[i - 1] in _PAST_BE and not any(w in lx.DEADLINES_AHEAD for w in rest):
                continue  # "were ordered to leave their homes on Sunday": when the order was given (but "were
                # told to check the website by 7am on Monday": a deadline still ahead)
            if "to" in rest and not any(w in lx.FINITE_PAST for w in rest):
                to = rest.index("to")
                if any(w == "and" and _past_form(v) for w, v in itertools.pairwise(rest[to:])):
                    return False  # "ordered restaurants to serve takeout and canceled Sunday's matches": done
                passive = rest[to + 1 : to + 2] == ["be"] and (to + 2 >= len(rest) or _participle(rest[to + 2]))
                return to + 1 < len(rest) and not _participle(rest[to + 1]) and not passive  # but "to be out by"
    return False


def _after_was(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` follows "was"/"were", with an adverb of plans between: "was originally scheduled"."""
    if i > 0 and words[i - 1] in ("was", "were"):
        return True
    return i > 1 and words[i - 1] in lx.AS_PLANNED_ADVERBS and words[i - 2] in ("was", "were")


def _as_planned(words: list[str], i: int) -> bool:
    """Whether the intent ``words[i]`` is in a manner clause: "as planned", "as previously scheduled"."""
    if i > 0 and words[i - 1] == "as":
        return True
    return i > 1 and words[i - 1] in lx.AS_PLANNED_ADVERBS and words[i - 2] == "as"


def _perfect(words: list[str], i: int) -> bool:
    """Whether the intent ``words[i]`` is in the past perfect: "had planned", "had been due"."""
    if i > 0 and words[i - 1] in lx.PERFECT_PAST:
        return True
    return i > 1 and words[i - 1] == "been" and words[i - 2] in lx.PERFECT_PAST


def _participle(word: str) -> bool:
    return word in lx.FINITE_PAST or _past_form(word)


def _past_form(word: str) -> bool:
    """A form in -ed that may be a past verb: not "based", nor an adjective in un-...-ed ("an unspecified date")."""
    if not _PAST_VERB.match(word) or word in lx.NOT_PAST:
        return False
    return not word.startswith("un") or word.startswith("under") or word in lx.UN_VERBS


def _word_tense(word: str, following: str, intent: bool) -> Tense | None:
    cue = lx.INTENT_CUES.get(word)
    if cue is not None and intent and (not cue[0] or following in cue[0]):
        return Tense.FUTURE
    if word in lx.SCHEDULE_VERBS:
        return Tense.FUTURE
    if word in lx.FUTURE_MARKERS and following not in lx.FUTURE_MARKERS.get(word, ()):
        return Tense.FUTURE
    if word in lx.PAST_MARKERS or _past_form(word):
        return Tense.PAST
    return None
