"""Sort events into timeline order, and each event's mentions into reading order.

Events go by start, then end (a day before the year that begins with it), then kind (dated before publication),
then the source order and offset of their first mention.  Mentions go by source order, then offset.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from timeline.model import Event, EventKind, Mention

KIND_ORDER = {EventKind.DATED: 0, EventKind.PUBLICATION: 1}
"""Where each kind goes among events of the same period.  Example: an article's own publication on 2025-03-18
comes after what it reports for that day."""


def sort_events(events: Iterable[Event], source_order: Mapping[str, int]) -> list[Event]:
    """Events in time order, each with its mentions in source and text order; ties keep the order of sources."""
    unknown = len(source_order)

    def mention_key(mention: Mention) -> tuple[object, ...]:
        return (source_order.get(mention.source, unknown), mention.source, mention.start, mention.end, mention.text)

    def event_key(event: Event) -> tuple[object, ...]:
        first = event.mentions[0]
        return (event.start, event.end, KIND_ORDER[EventKind(event.kind)], *mention_key(first), event.id)

    ordered = [replace(event, mentions=tuple(sorted(event.mentions, key=mention_key))) for event in events]
    return sorted(ordered, key=event_key)
