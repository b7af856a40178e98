"""The events in TimelineJS's JSON format (https://timeline.knightlab.com/docs/json-format.html).

Each event becomes a slide: ``start_date`` (and ``end_date`` for a period) carries year, month, day, hour and
minute only as far as the text gave them, so "2023" is ``{"year": 2023}`` and never a made-up 1 January;
``display_date`` is the expression as written (escaped); ``group`` is the event's first source; ``unique_id`` is the event id.
TimelineJS renders ``headline``, ``text`` and ``group`` as HTML, so every piece of article text is escaped and links are
made only from http(s) addresses.  Deterministic: the same timeline gives the same bytes.

    >>> from timeline.model import Timeline
    >>> dumps(Timeline((), (), ()))[:40]
    '{\\n  "title": {\\n    "text": {\\n      "head'
"""

from __future__ import annotations

import datetime as dt
import html
import json
from typing import Any

from timeline.model import Event, Granularity, Mention, Source, Timeline
from timeline.render import PRECISION, date_words, highlight, page_title, safe_url, subtitle

TimelineDate = dict[str, int | str]

MONTH_LEVEL = frozenset({Granularity.HALF, Granularity.QUARTER, Granularity.SEASON, Granularity.MONTH})
"""Periods made of whole months: given as year and month, first and last.  Example: 2023-Q3 -> 2023-07 .. 2023-09."""
YEAR_LEVEL = frozenset({Granularity.MILLENNIUM, Granularity.CENTURY, Granularity.DECADE, Granularity.YEAR})
"""Periods made of whole years: given as years only.  Example: 199 (the 1990s) -> 1990 .. 1999."""


def _clock(value: str) -> tuple[int, int] | None:
    """Hour and minute of a TIMEX3 time value.  Example: 2025-03-18T14:30 -> (14, 30)."""
    clock = value.partition("T")[2]
    if len(clock) >= 2 and clock[:2].isdigit():
        minute = clock[3:5] if len(clock) >= 5 and clock[3:5].isdigit() else "0"
        return int(clock[:2]), int(minute)
    return None


def date_fields(day: dt.date, granularity: Granularity, value: str = "") -> TimelineDate:
    """A TimelineJS date object for ``day`` that says no more than ``granularity`` allows."""
    fields: TimelineDate = {"year": day.year}
    if granularity in YEAR_LEVEL:
        return fields
    fields["month"] = day.month
    if granularity in MONTH_LEVEL:
        return fields
    fields["day"] = day.day
    clock = _clock(value) if granularity is Granularity.TIME else None
    if clock is not None:
        fields["hour"], fields["minute"] = min(clock[0], 23), clock[1]
    return fields


def _sentence_html(mention: Mention) -> str:
    first, last = highlight(mention)
    sentence = mention.sentence
    marked = f"<mark>{html.escape(sentence[first:last])}</mark>" if last > first else ""
    return html.escape(sentence[:first]) + marked + html.escape(sentence[last:])


def _attribution(source: Source | None, source_id: str) -> str:
    title = html.escape(source.title or source.id) if source else html.escape(source_id)
    url = safe_url(source.url) if source else None
    cited = f'<a href="{html.escape(url, quote=True)}">{title}</a>' if url else title
    extra = [html.escape(item) for item in (source.outlet if source else None,) if item]
    if source and source.published:
        extra.append(f"published {source.published.isoformat()}")
    return " · ".join([cited, *extra])


def slide(event: Event, sources: dict[str, Source]) -> dict[str, Any]:
    """One event as a TimelineJS slide."""
    first = event.mentions[0]
    start = date_fields(event.start, event.granularity, event.value)
    start["display_date"] = html.escape(date_words(event))
    result: dict[str, Any] = {"start_date": start}
    end = date_fields(event.end, event.granularity, event.value)
    if end != {key: value for key, value in start.items() if key != "display_date"}:
        result["end_date"] = end
    quotes = "".join(
        f"<blockquote>{_sentence_html(mention)}</blockquote><p>— {_attribution(sources.get(mention.source), mention.source)}</p>"
        for mention in event.mentions
    )
    result["text"] = {
        "headline": html.escape(event.label),
        "text": f"<p>{html.escape(date_words(event))} (precision: {PRECISION[event.granularity]})</p>{quotes}",
    }
    owner = sources.get(first.source)
    result["group"] = html.escape((owner.title or owner.id) if owner else first.source)
    result["display_date"] = html.escape(first.text)
    result["unique_id"] = event.id
    result["autolink"] = False
    return result


def timelinejs_json(timeline: Timeline, *, title: str | None = None) -> dict[str, Any]:
    """The whole timeline in TimelineJS's format: a title slide and one slide per event, in time order."""
    sources = {source.id: source for source in timeline.sources}
    return {
        "title": {
            "text": {"headline": html.escape(title or page_title(timeline)), "text": html.escape(subtitle(timeline))}
        },
        "events": [slide(event, sources) for event in timeline.events],
        "scale": "human",
    }


def dumps(timeline: Timeline, *, title: str | None = None) -> str:
    """The TimelineJS JSON as text (UTF-8, indented, newline at the end)."""
    return json.dumps(timelinejs_json(timeline, title=title), ensure_ascii=False, indent=2) + "\n"
