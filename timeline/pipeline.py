"""The whole flow as one library call: load -> tag and build events per document -> merge -> sort.

    >>> timeline, problems = build(["sources"])  # doctest: +SKIP
    >>> timeline, problems = build(["sources"], jobs=2)  # the same result, tagged in two processes  # doctest: +SKIP

Documents are streamed: each is processed and its text dropped before the next is read, so memory grows with
the events found, not with the size of the corpus.  With ``jobs > 1`` the per-document step
(:func:`timeline.events.process_document`, a pure function) runs in a pool of processes over batches of
documents; at most :data:`BATCHES_PER_WORKER` batches per process are in flight at any time and results are taken
back in input order, so the timeline is the same, byte for byte, as with ``jobs=1``, and memory still does not grow
with the corpus.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from timeline.documents import LoadProblem, load_documents
from timeline.events import process_document, publication_event
from timeline.merge import merge_events
from timeline.model import Document, Event, Source, Timeline, Unplaced
from timeline.order import sort_events

ProgressCallback = Callable[[int, str], None]
"""Called after each document with the count so far and the document's path."""

BATCH_DOCUMENTS = 16
"""Most documents sent to a worker process at once."""
BATCH_CHARACTERS = 1_000_000
"""A batch is sent as soon as its texts reach this many characters, whatever the number of documents."""
BATCHES_PER_WORKER = 4
"""Batches in flight per worker process: enough to keep every process busy, few enough to bound memory."""


@dataclass(frozen=True, slots=True)
class BuildResult:
    """A timeline and the problems met on the way."""

    timeline: Timeline
    problems: tuple[LoadProblem, ...]


@dataclass(frozen=True, slots=True)
class Processed:
    """What the timeline keeps of one processed document (its text is not sent back from a worker)."""

    source: Source
    candidates: tuple[Event, ...]
    unplaced: tuple[Unplaced, ...]


def build(
    paths: Iterable[str | Path],
    *,
    reference: dt.date | None = None,
    progress: ProgressCallback | None = None,
    jobs: int = 1,
    publication_events: bool = False,
) -> BuildResult:
    """Build the timeline of every article under ``paths``, tagging in ``jobs`` processes (0: one per core)."""
    sources: list[Source] = []
    candidates: list[Event] = []
    unplaced: list[Unplaced] = []
    problems: list[LoadProblem] = []
    for item in process_all(load_documents(paths, reference=reference), jobs=jobs):
        if isinstance(item, LoadProblem):
            problems.append(item)
            continue
        sources.append(item.source)
        candidates.extend(item.candidates)
        unplaced.extend(item.unplaced)
        if progress is not None:
            progress(len(sources), item.source.path)
    timeline = assemble(sources, candidates, unplaced, publication_events=publication_events)
    return BuildResult(timeline, tuple(problems))


def process(document: Document) -> Processed:
    """The per-document step, keeping only what the timeline needs."""
    result = process_document(document)
    return Processed(Source.of(document), result.candidates, result.unplaced)


def process_or_report(item: Document | LoadProblem) -> Processed | LoadProblem:
    """:func:`process` a document; a load problem passes through, and a document that makes the per-document step
    fail becomes a problem naming the document and the error, so one bad article never stops the whole build."""
    if isinstance(item, LoadProblem):
        return item
    try:
        return process(item)
    except Exception as error:  # noqa: BLE001  (any failure of one document is reported, the rest go on)
        return LoadProblem(item.path, f"could not be processed, skipped ({type(error).__name__}: {error})")


def process_all(items: Iterable[Document | LoadProblem], *, jobs: int = 1) -> Iterator[Processed | LoadProblem]:
    """:func:`process_or_report` every item of ``items``, in input order (problems keep their place)."""
    workers = effective_jobs(jobs)
    if workers == 1:
        for item in items:
            yield process_or_report(item)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        in_flight: deque[Future[list[Processed | LoadProblem]]] = deque()
        for batch in batches(items, size=BATCH_DOCUMENTS, characters=BATCH_CHARACTERS):
            in_flight.append(pool.submit(_process_batch, batch))
            if len(in_flight) >= workers * BATCHES_PER_WORKER:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()


def effective_jobs(jobs: int) -> int:
    """The number of processes for ``jobs``: itself when positive, one per usable core when 0."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per core) or more, not {jobs}")
    if jobs > 0:
        return jobs
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def batches(
    items: Iterable[Document | LoadProblem],
    *,
    size: int = BATCH_DOCUMENTS,
    characters: int = BATCH_CHARACTERS,
) -> Iterator[list[Document | LoadProblem]]:
    """Consecutive runs of ``items``, each of at most ``size`` items and closed once it holds ``characters``."""
    batch: list[Document | LoadProblem] = []
    held = 0
    for item in items:
        batch.append(item)
        if isinstance(item, Document):
            held += len(item.text)
        if len(batch) >= size or held >= characters:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


def _process_batch(batch: list[Document | LoadProblem]) -> list[Processed | LoadProblem]:
    """Run in a worker process: one batch, in order."""
    return [process_or_report(item) for item in batch]


def assemble(
    sources: list[Source], candidates: list[Event], unplaced: list[Unplaced], *, publication_events: bool = False
) -> Timeline:
    """Merge and sort per-document results into the finished timeline (with an event of kind ``publication`` on
    each source's reference date when ``publication_events``)."""
    order = {source.id: index for index, source in enumerate(sources)}
    published = [publication_event(source) for source in sources] if publication_events else []
    merged = merge_events([*candidates, *(event for event in published if event is not None)])
    events = sort_events(merged, order)
    unplaced_sorted = sorted(unplaced, key=lambda item: (order.get(item.source, len(order)), item.start))
    return Timeline(tuple(sources), tuple(events), tuple(unplaced_sorted))
