"""Merge candidate events that report the same happening into one event with every mention.

Two candidates merge when they name the same period with the same modifier and their sentences share enough
content words (Jaccard overlap of lower-cased content words at least :data:`MIN_OVERLAP`).  Each mention records
its similarity to the event it joined.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from timeline.model import Event

MIN_OVERLAP = 0.2
"""Smallest content-word overlap (Jaccard) for two sentences to describe the same happening."""

STOPWORDS = frozenset(
    """a an and are as at be been by for from had has have he her his in is it its of on or that the their they
    this to was were which who will with would not but also than then there these those into over under""".split()
)
_WORD = re.compile(r"[^\W\d_]+")


def content_words(sentence: str) -> frozenset[str]:
    """Lower-cased words of a sentence without stop words.  Example: "The U.S. joined in 2023" -> {joined}."""
    return frozenset(word for word in (w.lower() for w in _WORD.findall(sentence)) if len(word) > 1 and word not in STOPWORDS)


def similarity(left: frozenset[str], right: frozenset[str]) -> float:
    """Jaccard overlap of two word sets (0 when both are empty)."""
    union = left | right
    return len(left & right) / len(union) if union else 0.0


def merge_events(candidates: Iterable[Event]) -> list[Event]:
    """Group candidates by (value, mod) and merge those whose sentences overlap enough."""
    groups: dict[tuple[str, str], list[tuple[Event, frozenset[str]]]] = {}
    for candidate in candidates:
        key = (candidate.value, candidate.mod.value if candidate.mod else "")
        words = content_words(" ".join(mention.sentence for mention in candidate.mentions))
        bucket = groups.setdefault(key, [])
        for index, (event, event_words) in enumerate(bucket):
            score = similarity(words, event_words)
            if score >= MIN_OVERLAP:
                joined = tuple(replace(m, similarity=round(score, 3)) for m in candidate.mentions)
                bucket[index] = (replace(event, mentions=event.mentions + joined), event_words | words)
                break
        else:
            bucket.append((candidate, words))
    return [event for bucket in groups.values() for event, _ in bucket]
