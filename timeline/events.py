"""Build events from one document: each dated expression becomes a candidate event with its mention.

This is the per-document step of the flow and a pure function of the document (picklable in and out), so it can
run in other processes.  Only points and periods in time (TIMEX3 DATE/TIME with a calendar value) become events;
durations, sets and vague references (``now``, ``recently``) do not.  Dates that need an anchor the document does
not have, or that name no calendar period, go to ``unplaced`` with the reason.  Each candidate is labelled by
:func:`timeline.labels.mention_label` and has kind ``dated``; :func:`publication_event` makes the optional event
of kind ``publication`` for a source's own publication.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re

from timeline.labels import mention_label, publication_label
from timeline.model import (
    Document,
    DocumentResult,
    Event,
    EventKind,
    Granularity,
    Mention,
    Source,
    Timex,
    TimexType,
    Unplaced,
)
from timeline.periods import period_of
from timeline.sentences import Sentence, split_sentences
from timeline.tagger import is_gmt_gloss, tag

REASON_NO_REFERENCE = "needs a reference date (the document has no publication date)"
REASON_NO_PERIOD = "names no calendar period"


def process_document(document: Document, reference: dt.date | None = None) -> DocumentResult:
    """Tag ``document`` and turn its dated expressions into candidate events and unplaced mentions."""
    anchor = reference or document.published
    timexes = tag(document.text, anchor)
    sentences = split_sentences(document.text)
    starts = [sentence.start for sentence in sentences]
    candidates: list[Event] = []
    unplaced: list[Unplaced] = []
    dated = [
        (timex, _sentence_of(timex, sentences, starts, document.text))
        for timex in timexes
        if timex.type in (TimexType.DATE, TimexType.TIME)
    ]
    days = {(sentence.start, timex.value) for timex, sentence in dated if timex.type is TimexType.DATE}
    for index, (timex, sentence) in enumerate(dated):
        if timex.value.endswith("_REF"):
            continue
        if index and is_gmt_gloss(document.text, dated[index - 1][0], timex):
            continue  # "at 10 a.m. (0700 GMT)": the same instant again, for readers elsewhere
        if _PART_OF_DAY.fullmatch(timex.value) and (sentence.start, timex.value[:10]) in days:
            continue  # "On March 12 a fire ... closed the harbour until the evening": the day's event says it
        found = period_of(timex.value) if timex.resolved else None
        if found is None:
            reason = REASON_NO_REFERENCE if not timex.resolved and anchor is None else REASON_NO_PERIOD
            unplaced.append(
                Unplaced(document.id, sentence.text, timex.text, timex.start, timex.end, timex.value, reason)
            )
            continue
        granularity, period = found
        mention = Mention(document.id, sentence.text, sentence.start, timex.text, timex.start, timex.end)
        candidates.append(
            Event(
                id=event_id(timex.value, timex.mod.value if timex.mod else "", document.id, timex.start),
                value=timex.value,
                type=timex.type,
                mod=timex.mod,
                granularity=granularity,
                start=period.start,
                end=period.end,
                label=mention_label(mention),
                mentions=(mention,),
                kind=EventKind.DATED,
            )
        )
    return DocumentResult(document, tuple(timexes), tuple(candidates), tuple(unplaced))


_PART_OF_DAY = re.compile(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI|DT)")
"""A part of a day; in a sentence that names the day itself it is no event of its own."""


def _sentence_of(timex: Timex, sentences: list[Sentence], starts: list[int], text: str) -> Sentence:
    index = bisect.bisect_right(starts, timex.start) - 1
    if index >= 0 and sentences[index].end >= timex.end:
        return sentences[index]
    # An expression across a sentence boundary: take the smallest enclosing text.
    first = max(index, 0)
    last = bisect.bisect_left(starts, timex.end) - 1
    start, end = sentences[first].start, sentences[max(last, first)].end
    return Sentence(start, end, text[start:end])


def event_id(value: str, mod: str, source: str, offset: int) -> str:
    """A short id that stays the same across runs for the same first mention."""
    digest = hashlib.sha1(f"{value}|{mod}|{source}|{offset}".encode()).hexdigest()
    return f"ev-{digest[:12]}"


def publication_event(source: Source) -> Event | None:
    """The event of kind ``publication`` on ``source``'s reference date, or ``None`` if it has none.

    Its one mention quotes the title (or the path) with offsets 0..0: it points at no text of the article.
    """
    if source.published is None:
        return None
    day = source.published
    quoted = " ".join((source.title or source.path).split())
    mention = Mention(source.id, quoted, 0, quoted, 0, 0)
    return Event(
        id=event_id(day.isoformat(), EventKind.PUBLICATION.value, source.id, 0),
        value=day.isoformat(),
        type=TimexType.DATE,
        mod=None,
        granularity=Granularity.DAY,
        start=day,
        end=day,
        label=publication_label(source),
        mentions=(mention,),
        kind=EventKind.PUBLICATION,
    )
