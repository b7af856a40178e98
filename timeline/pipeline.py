"""The whole flow as one library call: load -> tag and build events per document -> merge -> sort.

    >>> timeline, problems = build(["sources"])  # doctest: +SKIP

Documents are streamed: each is processed and its text dropped before the next is read, so memory grows with
the events found, not with the size of the corpus.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from timeline.documents import LoadProblem, load_documents
from timeline.events import process_document
from timeline.merge import merge_events
from timeline.model import Event, Source, Timeline, Unplaced
from timeline.order import sort_events

ProgressCallback = Callable[[int, str], None]
"""Called after each document with the count so far and the document's path."""


@dataclass(frozen=True, slots=True)
class BuildResult:
    """A timeline and the problems met on the way."""

    timeline: Timeline
    problems: tuple[LoadProblem, ...]


def build(
    paths: Iterable[str | Path],
    *,
    reference: dt.date | None = None,
    progress: ProgressCallback | None = None,
) -> BuildResult:
    """Build the timeline of every article under ``paths``."""
    sources: list[Source] = []
    candidates: list[Event] = []
    unplaced: list[Unplaced] = []
    problems: list[LoadProblem] = []
    for item in load_documents(paths, reference=reference):
        if isinstance(item, LoadProblem):
            problems.append(item)
            continue
        result = process_document(item)
        sources.append(Source.of(item))
        candidates.extend(result.candidates)
        unplaced.extend(result.unplaced)
        if progress is not None:
            progress(len(sources), item.path)
    return BuildResult(assemble(sources, candidates, unplaced), tuple(problems))


def assemble(sources: list[Source], candidates: list[Event], unplaced: list[Unplaced]) -> Timeline:
    """Merge and sort per-document results into the finished timeline."""
    order = {source.id: index for index, source in enumerate(sources)}
    events = sort_events(merge_events(candidates), order)
    unplaced_sorted = sorted(unplaced, key=lambda item: (order.get(item.source, len(order)), item.start))
    return Timeline(tuple(sources), tuple(events), tuple(unplaced_sorted))
