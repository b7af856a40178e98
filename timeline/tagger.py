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
import datetime as dt
import re

from timeline import lexicon as lx
from timeline.extract import Found, find
from timeline.model import Timex, TimexType
from timeline.resolve import Anchor, Mentioned, Resolved, Tense, mentioned, resolve
from timeline.sentences import split_sentences
from timeline.values import Calendar, Recurring, Shift

_WORD = re.compile(r"[\w']+")
_PAST_VERB = re.compile(r"^[a-z]{3,}ed$")
NEAR_WORDS = 4
"""A tense marker this close to the expression is taken as its own verb ("issued its ruling on May 7")."""
TENSE_WINDOW = 8
TENSE_REACH = 300
"""Characters either side that are read for those words, so each expression costs the same in a long sentence."""
"""How many words either side of an expression decide its tense."""


def tag(text: str, reference: dt.date | None) -> list[Timex]:
    """All temporal expressions in ``text``, in text order, with TIMEX3 type, value, mod and granularity."""
    found = find(text)
    if not found:
        return []
    sentences = split_sentences(text)
    starts = [sentence.start for sentence in sentences]
    previous: Mentioned | None = None
    result: list[Timex] = []
    for item in found:
        index = max(bisect.bisect_right(starts, item.start) - 1, 0)
        sentence = sentences[index] if sentences else None
        tense = sentence_tense(text, item, sentence.start if sentence else 0, sentence.end if sentence else len(text))
        resolved = resolve(item.value, Anchor(reference, previous), tense)
        timex = _timex(item, resolved)
        result.append(timex)
        if timex.type in (TimexType.DATE, TimexType.TIME) and _anchors_later(item):
            previous = mentioned(resolved) or previous
    return result


def _anchors_later(item: Found) -> bool:
    """Dates named outright ("March 3", "the third quarter", "last week") anchor later anaphora; expressions that
    are themselves counted from an earlier mention ("a year earlier", "the following day") do not move it."""
    value = item.value
    if isinstance(value, Shift):
        return not value.anaphoric and not value.follow_granularity
    return isinstance(value, (Calendar, Recurring))


def _timex(item: Found, resolved: Resolved) -> Timex:
    kind = item.type
    if kind is TimexType.TIME and "T" not in resolved.value:
        kind = TimexType.DATE
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
    """Past, present or future, from the marker words nearest to the expression within its sentence."""
    before = _WORD.findall(text[max(start, item.start - TENSE_REACH) : item.start].lower())[-TENSE_WINDOW:]
    after = _WORD.findall(text[item.end : min(end, item.end + TENSE_REACH)].lower())[:TENSE_WINDOW]
    if any(word in lx.FUTURE_AUXILIARIES for word in before[-NEAR_WORDS - 2 :]):
        return Tense.FUTURE  # "will be paid Dec. 14": the auxiliary, not the participle, sets the tense
    best: tuple[int, Tense] | None = None
    words = [
        *((len(before) - i, w) for i, w in enumerate(before)),
        *((NEAR_WORDS + 1 + i, w) for i, w in enumerate(after)),
    ]
    for distance, word in words:
        tense = _word_tense(word)
        if tense is not None and (best is None or distance < best[0]):
            best = (distance, tense)
    if best is None:
        return Tense.PRESENT
    distance, tense = best
    if tense is not Tense.FUTURE and before and before[-1] in lx.DEADLINE_SIGNALS:
        return Tense.PRESENT  # "extended the offer to Nov. 20": a deadline, which the verb's tense does not place
    if distance > NEAR_WORDS:
        return Tense.PAST_FAR if tense is Tense.PAST else Tense.FUTURE_FAR
    return tense


def _word_tense(word: str) -> Tense | None:
    if word in lx.FUTURE_MARKERS:
        return Tense.FUTURE
    if word in lx.PAST_MARKERS or _PAST_VERB.match(word):
        return Tense.PAST
    return None
