"""Merge candidate events that report the same happening into one event that keeps every mention.

How mentions are judged to report the same happening
----------------------------------------------------
1. **Words.**  Each mention's sentence becomes a unit vector of its content words: lower-cased, stemmed (Snowball
   English), without function words, generic news words and time words (:data:`IGNORED_WORDS`) and without the
   date expression itself.  A term weighs ``(1 + log tf) * sqrt(idf)``, with the smoothed
   ``idf = 1 + log((1 + n) / (1 + df))`` over the ``n`` distinct sentences being merged: rarer words count for
   more, dampened by the square root because a few dozen sentences give noisy frequencies.  Two mentions agree by
   the cosine of their vectors; two groups of mentions by their *average* pairwise cosine.
2. **Same period.**  Mentions that name the same calendar period with the same modifier are grouped by average
   linkage: the two most similar groups of a period join, again and again, while their average cosine is at least
   :data:`SAME_PERIOD_THRESHOLD`.  Two different happenings on the same day share the date but few content words,
   so they stay apart.  A period with more than :data:`EXACT_LIMIT` groups (a year of a large corpus) is joined on
   a sparse graph of each group's nearest neighbours instead of every pair (:func:`link_period`): time grows with
   its mentions, not with their pairs, at the price that two groups with no edge between them are never joined.
3. **A coarser mention joins a finer one only when the text agrees strongly.**  A group whose period strictly
   contains another's ("2023" contains "November 2023"; "March" contains "the end of March") joins the finer group
   when their average cosine is at least :data:`COARSER_THRESHOLD`, and only if exactly one finer group agrees that
   strongly: a coarse mention that fits two happenings joins neither.  Finer groups go first, so "2024" can join
   "June 2024" after "June" has joined "June 3, 2024".  The merged event keeps the finer period.

Evidence: each mention of a merged event records in :attr:`Mention.similarity` its average cosine to the event's
other mentions (``None`` for an event with one mention).  The event's label is that of the mention with the highest
similarity that names the event's own period (see :func:`representative`).

The result does not depend on the order of the candidates: they are sorted first (:func:`candidate_order`), and
every tie is broken by that order.  Only events of kind ``dated`` merge; ``publication`` events pass through.
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import snowballstemmer  # type: ignore[import-untyped]

from timeline import lexicon
from timeline.labels import ELLIPSIS
from timeline.model import Event, EventKind, Mention, Mod

SAME_PERIOD_THRESHOLD = 0.13
"""Smallest average cosine for two groups of mentions of the same period to be one happening.  Measured on
``tests/fixtures/merge``: the weakest true join scores 0.146 (the strike of April 3 in two wordings), the strongest
false one 0.111 (two council votes on one day); on the seed articles the weakest true join scores 0.215."""

COARSER_THRESHOLD = 0.35
"""Smallest average cosine for a coarser group to join a finer one inside its period.  Much higher than
:data:`SAME_PERIOD_THRESHOLD`, because a different period is itself evidence of a different happening.  Measured
on ``tests/fixtures/merge``: the true join scores 0.474, the strongest false candidate 0.276; on the seed articles
"2023" (joined the ICPA) against "November 2023" (the contribution) scores 0.102."""

EXACT_LIMIT = 200
"""Most groups of one period that are joined by exact average linkage, which compares every pair of groups that
share a term: fine for the few dozen mentions a period has in a small corpus, quadratic for the thousands that
"2023" has in a large one.  Larger periods go through :func:`graph_linkage` (see :func:`link_period`)."""

POSTINGS_LIMIT = 32
"""Groups kept per term when finding candidates in a large period: those in which the term weighs most."""

NEIGHBOURS = 10
"""Best candidates per group kept as edges of the graph of a large period (a k-nearest-neighbour graph)."""

ADJACENCY_LIMIT = 32
"""Most edges a group keeps after a join in a large period, so that a join costs a bounded number of
comparisons."""

GRAPH_ROUNDS = 8
"""Most rounds of :func:`graph_linkage` over one large period.  Each round starts from the groups the previous
one left, with a new graph between them: a join that a dropped edge prevented gets a second chance."""

NARROWING_MODS: frozenset[Mod | None] = frozenset({None, Mod.START, Mod.MID, Mod.END})
"""Modifiers that keep a value inside its period: "the end of March" lies inside "March", "before March" does not.
Only an event with one of these can absorb a coarser event, and only an event without a modifier is absorbed."""

FUNCTION_WORDS = frozenset(
    """a about above after again against all also am among an and another any are around as at be because been
    before being below between both but by can could did do does doing down during each either else even ever
    every few for from further had has have having he her here hers him his how however if in into is it its
    itself just least less let may me might more most much must my neither no nor not now of off often on once
    one only onto or other others our ours out over own per perhaps quite rather same she should since so some
    such than that the their theirs them then there these they this those though through thus to too toward
    towards under until up upon us very via was we well were what whatever when where whether which while who
    whom whose why will with within without would yet you your""".split()
)
"""English function words: they say nothing about what happened.  Example: "had joined the ICPA" -> joined, icpa."""

GENERIC_WORDS = frozenset(
    """said says say saying told tell according reported reports report added stated statement
    new old long many several various certain also again already still later earlier ago
    mr mrs ms dr st""".split()
)
"""Words common to news reports of any happening (reporting verbs, vague adjectives and adverbs, titles).
Example: "Officials said the bridge closed after a long debate" -> officials, bridge, closed, debate."""

TIME_WORDS = frozenset(
    {word for table in (lexicon.MONTHS, lexicon.WEEKDAYS, lexicon.SEASONS, lexicon.PARTS_OF_DAY, lexicon.UNITS,
                        lexicon.DEICTIC_DAYS) for word in table if " " not in word}
)  # fmt: skip
"""Month, weekday, season and unit names from the tagger's lexicon: two reports of different happenings on the
same Tuesday share the word "Tuesday", which is no evidence.  Example: "on Tuesday morning" -> (nothing)."""

IGNORED_WORDS = FUNCTION_WORDS | GENERIC_WORDS | TIME_WORDS
"""Every word left out of a sentence's vector."""

_WORD = re.compile(r"[^\W\d_]+")
_STEMMER = snowballstemmer.stemmer("english")

Vector = dict[str, float]
"""A sparse vector: term -> weight."""


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return str(_STEMMER.stemWord(word))


def terms(text: str, skip: tuple[int, int] | None = None) -> list[str]:
    """Stemmed content words of ``text`` in order, leaving out :data:`IGNORED_WORDS`, one-letter words and words
    starting inside ``skip`` (start, end).  Example: "The council approved the budget" -> [council, approv, budget].
    """
    result = []
    for match in _WORD.finditer(text):
        if skip is not None and skip[0] <= match.start() < skip[1]:
            continue
        word = match.group().lower()
        if len(word) > 1 and word not in IGNORED_WORDS:
            result.append(_stem(word))
    return result


def dot(left: Vector, right: Vector) -> float:
    """Dot product of two sparse vectors, summed in the order of the shorter one's terms (a fixed order, so the
    same vectors always give the same float)."""
    if len(left) > len(right):
        left, right = right, left
    return sum([weight * right[term] for term, weight in left.items() if term in right])


def cosine(left: Vector, right: Vector) -> float:
    """Cosine of two sparse vectors (0 when either is empty)."""
    norm = math.sqrt(dot(left, left) * dot(right, right))
    return dot(left, right) / norm if norm else 0.0


@dataclass(frozen=True, slots=True)
class Weights:
    """Term weights over a set of sentences: rare words count for more."""

    weight: dict[str, float]
    default: float

    @classmethod
    def of(cls, sentences: Iterable[str]) -> Weights:
        """``sqrt(1 + log((1 + n) / (1 + df)))`` for each term of the ``n`` distinct ``sentences``."""
        unique = sorted(set(sentences))
        frequency: dict[str, int] = {}
        for sentence in unique:
            for term in set(terms(sentence)):
                frequency[term] = frequency.get(term, 0) + 1
        count = len(unique)
        weight = {term: math.sqrt(1.0 + math.log((1 + count) / (1 + df))) for term, df in frequency.items()}
        return cls(weight, math.sqrt(1.0 + math.log(1 + count)))

    def vector(self, mention: Mention) -> Vector:
        """The unit vector of a mention's sentence, without the mention's own date expression."""
        skip = (mention.start - mention.sentence_start, mention.end - mention.sentence_start)
        counts: dict[str, int] = {}
        for term in terms(mention.sentence, skip):
            counts[term] = counts.get(term, 0) + 1
        raw = {term: (1.0 + math.log(n)) * self.weight.get(term, self.default) for term, n in counts.items()}
        norm = math.sqrt(dot(raw, raw))
        return {term: value / norm for term, value in raw.items()} if norm else {}


def candidate_order(event: Event) -> tuple[object, ...]:
    """The fixed order candidates are merged in: period, precision, modifier, then where the first mention is."""
    first = event.mentions[0]
    return (
        event.start,
        event.end,
        event.granularity.rank,
        event.mod.value if event.mod else "",
        event.value,
        EventKind(event.kind).value,
        first.source,
        first.start,
        first.end,
        first.text,
        first.sentence,
        event.id,
    )


@dataclass(slots=True)
class _Group:
    """Candidates found to report one happening.  ``head`` (the first candidate) gives the period and the id;
    ``total`` is the sum of the unit vectors of all ``size`` mentions, so the average cosine of two groups is
    ``dot(a.total, b.total) / (a.size * b.size)``."""

    head: Event
    rank: int
    members: list[tuple[Event, tuple[Vector, ...]]]
    total: Vector
    size: int

    @classmethod
    def of(cls, rank: int, event: Event, vectors: tuple[Vector, ...]) -> _Group:
        total: Vector = {}
        for vector in vectors:
            _add(total, vector)
        return cls(event, rank, [(event, vectors)], total, len(vectors))

    def absorb(self, other: _Group) -> None:
        self.members.extend(other.members)
        _add(self.total, other.total)
        self.size += other.size

    def agreement(self, other: _Group) -> float:
        """Average cosine over every pair of a mention here and a mention there."""
        return dot(self.total, other.total) / (self.size * other.size)


def _add(total: Vector, vector: Vector) -> None:
    for term, weight in vector.items():
        total[term] = total.get(term, 0.0) + weight


def merge_events(
    candidates: Iterable[Event],
    *,
    threshold: float = SAME_PERIOD_THRESHOLD,
    coarser_threshold: float = COARSER_THRESHOLD,
) -> list[Event]:
    """One event per happening, each with every mention that reports it, in :func:`candidate_order`."""
    ordered = sorted(candidates, key=candidate_order)
    dated = [event for event in ordered if event.kind == EventKind.DATED]
    others = [event for event in ordered if event.kind != EventKind.DATED]
    weights = Weights.of(mention.sentence for event in dated for mention in event.mentions)
    periods: dict[tuple[object, ...], list[_Group]] = {}
    for rank, event in enumerate(dated):
        group = _Group.of(rank, event, tuple(weights.vector(mention) for mention in event.mentions))
        periods.setdefault(_period_key(event), []).append(group)
    groups = [group for same in periods.values() for group in link_period(same, threshold)]
    groups = _join_coarser(sorted(groups, key=lambda group: group.rank), coarser_threshold)
    return sorted([_event_of(group) for group in groups] + others, key=candidate_order)


def _period_key(event: Event) -> tuple[object, ...]:
    return (event.start, event.end, event.granularity, event.mod)


def link_period(groups: Sequence[_Group], threshold: float) -> list[_Group]:
    """Average linkage over the groups of one period: exact up to :data:`EXACT_LIMIT` groups.  A larger period
    is first reduced by :func:`collapse_identical`, then by rounds of :func:`graph_linkage` on the
    :func:`nearest_neighbours` graph of the groups left, until a round joins nothing, or until few enough groups
    are left for exact linkage to finish the work.  Each round costs time in proportion to the groups it starts
    from, so a period costs about as much as its mentions, not as their pairs.  On the bench corpora of 1,000,
    3,000 and 10,000 articles (``bench/bench_scale.py``) the result is the same as exact linkage's."""
    if len(groups) <= EXACT_LIMIT:
        return average_linkage(groups, threshold)
    linked = collapse_identical(groups)
    for _ in range(GRAPH_ROUNDS):
        if len(linked) <= EXACT_LIMIT:
            break
        joined = graph_linkage(linked, nearest_neighbours(linked, threshold), threshold)
        if len(joined) == len(linked):
            return joined
        linked = joined
    return average_linkage(linked, threshold) if len(linked) <= EXACT_LIMIT else linked


def collapse_identical(groups: Sequence[_Group]) -> list[_Group]:
    """The groups, with every single mention whose vector equals an earlier one's absorbed by the first.

    Two equal unit vectors have cosine 1, the highest possible, so average linkage joins them before anything
    else: wire copies and templated sentences of a large period then cost one group instead of hundreds."""
    first: dict[tuple[tuple[str, float], ...], _Group] = {}
    kept: list[_Group] = []
    for group in sorted(groups, key=lambda group: group.rank):
        key = tuple(sorted(group.total.items())) if group.size == 1 and group.total else None
        if key is not None and key in first:
            first[key].absorb(group)
            continue
        if key is not None:
            first[key] = group
        kept.append(group)
    return kept


def nearest_neighbours(groups: Sequence[_Group], threshold: float) -> dict[int, list[tuple[float, int]]]:
    """For each group (by rank), its at most :data:`NEIGHBOURS` best candidates with an average cosine of at
    least ``threshold``, as (score, rank), best first (ties: lowest rank).

    Candidates are blocked, as a search engine would: each term's posting list keeps only the
    :data:`POSTINGS_LIMIT` groups in which the term weighs most, a group's overlap with every group on the
    posting lists of its terms is summed from those lists, and only the ``2 * NEIGHBOURS`` groups with the
    largest overlap are compared exactly.  When no posting list is cut, the overlap ranks the candidates exactly
    as their average cosine does; a cut list hides a group from the others only for a word that weighs less in
    it than in :data:`POSTINGS_LIMIT` other groups, so pairs that share nothing but common words are missed."""
    by_rank = {group.rank: group for group in groups}
    postings: dict[str, list[tuple[float, int]]] = {}
    for group in groups:
        for term, weight in group.total.items():
            postings.setdefault(term, []).append((-weight / group.size, group.rank))
    kept = {term: [(-weight, rank) for weight, rank in heapq.nsmallest(POSTINGS_LIMIT, posting)]
            for term, posting in postings.items()}  # fmt: skip
    found: dict[int, list[tuple[float, int]]] = {}
    for group in groups:
        overlap: dict[int, float] = {}
        for term, weight in group.total.items():
            for other_weight, rank in kept[term]:
                overlap[rank] = overlap.get(rank, 0.0) + weight * other_weight
        overlap.pop(group.rank, None)
        likely = heapq.nsmallest(2 * NEIGHBOURS, ((-shared, rank) for rank, shared in overlap.items()))
        scored = [(group.agreement(by_rank[rank]), rank) for _, rank in likely]
        best = heapq.nsmallest(NEIGHBOURS, ((-score, rank) for score, rank in scored if score >= threshold))
        found[group.rank] = [(-score, rank) for score, rank in best]
    return found


def graph_linkage(
    groups: Sequence[_Group], neighbours: dict[int, list[tuple[float, int]]], threshold: float
) -> list[_Group]:
    """Average linkage restricted to the edges of a sparse graph (``neighbours``, both directions).

    Two groups are candidates only while an edge joins them; their score is still their exact average cosine.
    When two groups join, the new group keeps the edges of both, scored afresh, but only the
    :data:`ADJACENCY_LIMIT` best of those at least at ``threshold``: so each join costs a bounded number of
    comparisons, and a group that loses its last edge stays as it is (the approximation: a group that agrees
    with a large group, but less than that group's best :data:`ADJACENCY_LIMIT` neighbours, is left out of it).
    """
    alive = {group.rank: group for group in groups}
    version = dict.fromkeys(alive, 0)
    adjacent: dict[int, set[int]] = {rank: set() for rank in alive}
    heap: list[tuple[float, int, int, int, int]] = []
    for rank, best in neighbours.items():
        for score, other in best:
            first, second = min(rank, other), max(rank, other)
            if second not in adjacent[first]:
                adjacent[first].add(second)
                adjacent[second].add(first)
                heap.append((-score, first, second, 0, 0))
    heapq.heapify(heap)
    for a, b in _fresh_pairs(heap, alive, version):
        _join(alive, version, a, b)
        around = sorted((adjacent.pop(b) | adjacent[a]) - {a, b})
        for other in around:
            adjacent[other] -= {a, b}
        scored = [(alive[a].agreement(alive[other]), other) for other in around]
        kept = heapq.nsmallest(ADJACENCY_LIMIT, ((-score, other) for score, other in scored if score >= threshold))
        adjacent[a] = {other for _, other in kept}
        for negative, other in kept:
            adjacent[other].add(a)
            first, second = min(a, other), max(a, other)
            heapq.heappush(heap, (negative, first, second, version[first], version[second]))
    return sorted(alive.values(), key=lambda group: group.rank)


def average_linkage(groups: Sequence[_Group], threshold: float) -> list[_Group]:
    """Join the two groups with the highest average cosine while it is at least ``threshold`` (ties: lowest ranks).

    A heap holds candidate pairs; an entry is stale once either group has grown since it was pushed.
    """
    alive = {group.rank: group for group in groups}
    version = dict.fromkeys(alive, 0)
    index: dict[str, set[int]] = {}  # term -> groups using it; groups sharing no term have average cosine 0
    for group in groups:
        for term in group.total:
            index.setdefault(term, set()).add(group.rank)
    heap: list[tuple[float, int, int, int, int]] = []
    for group in groups:
        for other in _neighbours(group, index):
            if other > group.rank:
                score = group.agreement(alive[other])
                if score >= threshold:
                    heap.append((-score, group.rank, other, 0, 0))
    heapq.heapify(heap)
    for a, b in _fresh_pairs(heap, alive, version):
        gone = _join(alive, version, a, b)
        for term in gone.total:
            index[term].discard(b)
            index[term].add(a)
        for other in _neighbours(alive[a], index):
            score = alive[a].agreement(alive[other])
            if score >= threshold:
                first, second = min(a, other), max(a, other)
                heapq.heappush(heap, (-score, first, second, version[first], version[second]))
    return sorted(alive.values(), key=lambda group: group.rank)


def _fresh_pairs(
    heap: list[tuple[float, int, int, int, int]], alive: dict[int, _Group], version: dict[int, int]
) -> Iterator[tuple[int, int]]:
    """Pop the best pair off ``heap`` (ranks ``a < b``) while it lasts, skipping stale entries: a pair is stale once
    either group has gone or grown since it was pushed.  The caller may push new pairs between two pops."""
    while heap:
        _, a, b, version_a, version_b = heapq.heappop(heap)
        if a in alive and b in alive and version[a] == version_a and version[b] == version_b:
            yield a, b


def _join(alive: dict[int, _Group], version: dict[int, int], a: int, b: int) -> _Group:
    """Group ``a`` absorbs group ``b``; the group that is gone is returned."""
    gone = alive.pop(b)
    alive[a].absorb(gone)
    version[a] += 1
    return gone


def _neighbours(group: _Group, index: dict[str, set[int]]) -> list[int]:
    """The other groups that share a term with ``group``, in rank order."""
    found: set[int] = set()
    for term in group.total:
        found |= index[term]
    found.discard(group.rank)
    return sorted(found)


def _contains(coarse: Event, fine: Event) -> bool:
    """True when ``fine`` names a part of ``coarse``'s period that is strictly narrower."""
    if coarse.mod is not None or fine.mod not in NARROWING_MODS:
        return False
    if not (coarse.start <= fine.start and fine.end <= coarse.end):
        return False
    return (fine.start, fine.end) != (coarse.start, coarse.end) or fine.mod is not None


def _join_coarser(groups: list[_Group], threshold: float) -> list[_Group]:
    """A coarser group joins the one finer group inside its period that agrees with it at least ``threshold``.

    Only groups that start inside the coarse period and share a word with it can agree (a group with no shared
    word has average cosine 0), so each coarse group is compared with those alone: the same result as comparing it
    with every group of its period, without the cost of a period that holds thousands of happenings.
    """
    alive = {group.rank: group for group in groups}
    by_start = sorted((group.head.start, group.rank) for group in groups)
    starts = [start for start, _ in by_start]
    position = {rank: index for index, (_, rank) in enumerate(by_start)}
    postings: dict[str, set[int]] = {}
    for group in groups:
        for term in group.total:
            postings.setdefault(term, set()).add(group.rank)
    for coarse in sorted(groups, key=lambda group: (-group.head.granularity.rank, group.rank)):
        if coarse.head.mod is not None:
            continue  # _contains refuses every pair whose coarser side has a modifier
        low = bisect.bisect_left(starts, coarse.head.start)
        high = bisect.bisect_right(starts, coarse.head.end)
        lists = [postings[term] for term in coarse.total if term in postings]
        if sum(len(ranks) for ranks in lists) < high - low:
            sharing = set().union(*lists)
            candidates = (rank for rank in sharing if low <= position[rank] < high)
        else:
            candidates = (rank for _, rank in by_start[low:high])
        inside = sorted(rank for rank in candidates if rank in alive and rank != coarse.rank)
        agreeing = [
            alive[rank]
            for rank in inside
            if _contains(coarse.head, alive[rank].head) and coarse.agreement(alive[rank]) >= threshold
        ]
        if len(agreeing) == 1:
            gone = alive.pop(coarse.rank)
            agreeing[0].absorb(gone)
            for term in gone.total:
                postings.setdefault(term, set()).add(agreeing[0].rank)
    return list(alive.values())


def _event_of(group: _Group) -> Event:
    """The merged event: the head's period and id, every mention with its similarity, the best label."""
    head = group.head
    if group.size == 1:
        return head
    scored: list[tuple[Mention, float, Event]] = []
    for event, vectors in group.members:
        for mention, vector in zip(event.mentions, vectors):
            own = dot(vector, vector)
            score = round((dot(vector, group.total) - own) / (group.size - 1), 3)
            scored.append((replace(mention, similarity=score), score, event))
    mentions = tuple(sorted((item[0] for item in scored), key=lambda m: (m.source, m.start, m.end, m.text)))
    return replace(head, mentions=mentions, label=representative(scored, head).label)


def representative(scored: Sequence[tuple[Mention, float, Event]], head: Event) -> Event:
    """The candidate whose mention stands best for the event: among those that name the event's own period and
    whose label was not cut short (if any), the one with the highest similarity; on a tie, the first in merge
    order."""

    def key(item: tuple[int, tuple[Mention, float, Event]]) -> tuple[object, ...]:
        index, (_, score, event) = item
        return (_period_key(event) != _period_key(head), ELLIPSIS in event.label, -score, index)

    return min(enumerate(scored), key=key)[1][2]
