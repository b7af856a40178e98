"""Typed values that travel through the pipeline.

Every step of the flow takes and returns these dataclasses.  They are frozen and picklable, so per-document
work can run in other processes.  Granularity and modifier travel with every value: nothing downstream ever
needs to guess how precise a date is.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field


class TimexType(str, enum.Enum):
    """The four TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Mod(str, enum.Enum):
    """TIMEX3 modifiers (TimeML 1.2.1)."""

    START = "START"
    MID = "MID"
    END = "END"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"
    ON_OR_AFTER = "ON_OR_AFTER"
    LESS_THAN = "LESS_THAN"
    MORE_THAN = "MORE_THAN"
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    EQUAL_OR_MORE = "EQUAL_OR_MORE"
    APPROX = "APPROX"


class Granularity(str, enum.Enum):
    """How precise a calendar value is, coarsest first."""

    MILLENNIUM = "millennium"
    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    SEASON = "season"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    PART_OF_DAY = "part-of-day"
    TIME = "time"

    @property
    def rank(self) -> int:
        """0 for the coarsest, larger for finer granularities."""
        return _GRANULARITY_ORDER.index(self)


_GRANULARITY_ORDER = list(Granularity)


@dataclass(frozen=True, slots=True)
class Document:
    """One input article.  ``text`` is the body after any front matter; offsets count from its first character."""

    id: str
    path: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    published_raw: str | None = None
    url: str | None = None
    outlet: str | None = None
    reference_source: str | None = None
    """Where the reference date came from: ``option``, ``front-matter``, ``record``, ``metadata``, ``file-name``."""
    meta: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` into a document's text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression found in a text and normalized to TIMEX3.

    ``value`` is the TIMEX3 value string (``2023``, ``2023-11``, ``2025-W11``, ``P3Y``, ``PAST_REF``, ``XXXX-03``
    when no anchor could fill the year).  ``granularity`` is ``None`` for durations, sets and vague references.
    ``resolved`` is False when the value still holds unknown (``X``) parts because no anchor was available.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: Mod | None = None
    granularity: Granularity | None = None
    resolved: bool = True
    rule: str = ""
    """Name of the rule that found the expression (for debugging and evidence)."""


@dataclass(frozen=True, slots=True)
class Period:
    """The calendar period a DATE/TIME value denotes, first and last day inclusive."""

    start: dt.date
    end: dt.date


@dataclass(frozen=True, slots=True)
class Mention:
    """A dated expression in one sentence of one source."""

    source: str
    sentence: str
    sentence_start: int
    text: str
    start: int
    end: int
    similarity: float | None = None


@dataclass(frozen=True, slots=True)
class Unplaced:
    """An expression that names a time but could not be put on the timeline, and why."""

    source: str
    sentence: str
    text: str
    start: int
    end: int
    value: str
    reason: str


class EventKind(str, enum.Enum):
    """Where an event comes from."""

    DATED = "dated"
    """A date expression in an article's text."""
    PUBLICATION = "publication"
    """A source's own publication, on its reference date (``--publication-events``)."""


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened at a period in time, with every mention that reports it."""

    id: str
    value: str
    type: TimexType
    mod: Mod | None
    granularity: Granularity
    start: dt.date
    end: dt.date
    label: str
    mentions: tuple[Mention, ...]
    kind: EventKind = EventKind.DATED


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """Everything the pipeline learns from one document: a pure function of the document."""

    document: Document
    timexes: tuple[Timex, ...]
    candidates: tuple[Event, ...]
    unplaced: tuple[Unplaced, ...]
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Source:
    """What the timeline keeps of a document once its text has been processed."""

    id: str
    path: str
    title: str | None
    published: dt.date | None
    url: str | None = None
    outlet: str | None = None
    reference_source: str | None = None

    @classmethod
    def of(cls, document: Document) -> Source:
        """The source record of ``document``."""
        return cls(
            document.id,
            document.path,
            document.title,
            document.published,
            document.url,
            document.outlet,
            document.reference_source,
        )


@dataclass(frozen=True, slots=True)
class Timeline:
    """The finished product: sources, events in time order, and what could not be placed."""

    sources: tuple[Source, ...]
    events: tuple[Event, ...]
    unplaced: tuple[Unplaced, ...]
