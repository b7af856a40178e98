"""Sort events into timeline order: by start, then end, then source order and offset of the first mention."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from timeline.model import Event


def sort_events(events: Iterable[Event], source_order: Mapping[str, int]) -> list[Event]:
    """Events in time order; ties keep the order of sources and of the text."""

    def key(event: Event) -> tuple[object, ...]:
        first = event.mentions[0]
        return (event.start, event.end, source_order.get(first.source, len(source_order)), first.start, event.id)

    return sorted(events, key=key)
