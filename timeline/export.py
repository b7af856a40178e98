"""The events JSON: the contract other tools read.  Deterministic: the same timeline gives the same bytes.

Shape (see ``timeline/schema/events.schema.json``)::

    {"sources":  [{"id", "path", "title", "published", ...}],
     "events":   [{"id", "value", "type", "mod", "granularity", "start", "end", "label", "kind",
                   "mentions": [{"source", "sentence", "text", "start", "end", "similarity"}]}],
     "unplaced": [{"source", "sentence", "text", "start", "end", "value", "reason"}]}
"""

from __future__ import annotations

import json
from typing import Any

from timeline.model import Event, EventKind, Mention, Source, Timeline, Unplaced

SCHEMA_VERSION = 1


def source_json(source: Source) -> dict[str, Any]:
    """One source as JSON."""
    return {
        "id": source.id,
        "path": source.path,
        "title": source.title,
        "published": source.published.isoformat() if source.published else None,
        "reference": source.reference_source,
        "url": source.url,
        "outlet": source.outlet,
    }


def mention_json(mention: Mention) -> dict[str, Any]:
    """One mention as JSON."""
    return {
        "source": mention.source,
        "sentence": mention.sentence,
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "similarity": mention.similarity,
    }


def event_json(event: Event) -> dict[str, Any]:
    """One event as JSON."""
    return {
        "id": event.id,
        "value": event.value,
        "type": event.type.value,
        "mod": event.mod.value if event.mod else None,
        "granularity": event.granularity.value,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "label": event.label,
        "kind": EventKind(event.kind).value,
        "mentions": [mention_json(mention) for mention in event.mentions],
    }


def unplaced_json(item: Unplaced) -> dict[str, Any]:
    """One unplaced expression as JSON."""
    return {
        "source": item.source,
        "sentence": item.sentence,
        "text": item.text,
        "start": item.start,
        "end": item.end,
        "value": item.value,
        "reason": item.reason,
    }


def timeline_json(timeline: Timeline) -> dict[str, Any]:
    """The whole timeline as a JSON-ready dict."""
    return {
        "version": SCHEMA_VERSION,
        "sources": [source_json(source) for source in timeline.sources],
        "events": [event_json(event) for event in timeline.events],
        "unplaced": [unplaced_json(item) for item in timeline.unplaced],
    }


def dumps(timeline: Timeline) -> str:
    """The events JSON as text (UTF-8, indented, newline at the end)."""
    return json.dumps(timeline_json(timeline), ensure_ascii=False, indent=2) + "\n"
