"""Merge candidate events that report the same happening into one event that keeps every mention.

How two mentions are judged to report the same happening
--------------------------------------------------------
1. **Same period.**  Only mentions that name the same calendar period with the same modifier are compared in the
   first pass ("2023" with "2023", "the end of March" with "the end of March").
2. **Same words.**  Each mention's sentence becomes a TF-IDF vector of its content words: lower-cased, stemmed
   (Snowball English), without function words, generic news words and time words (:data:`IGNORED_WORDS`), and
   without the date expression itself.  Each term is weighted ``(1 + log tf) * idf`` with the smoothed
   ``idf = 1 + log((1 + n) / (1 + df))`` over the ``n`` distinct sentences being merged.  Two vectors agree by
   their cosine.  Going through the candidates in a fixed order (period, source, offset), each joins the
   event of its period whose centroid (sum of its mentions' unit vectors) it is most similar to, if that cosine
   is at least :data:`SAME_PERIOD_THRESHOLD`; otherwise it starts a new event.  Two different happenings on the
   same day share a date but few content words, so they stay apart.
3. **A coarser mention joins a finer one only when the text agrees strongly.**  An event whose period contains
   another's ("2023" contains "November 2023"; "March" contains "the end of March") joins the finer event it is
   most similar to when the cosine of their centroids is at least :data:`COARSER_THRESHOLD`.  Finer events
   absorb first, so "2024" can join "June 2024" after "June" has joined "June 3, 2024".  The merged event keeps
   the finer period.

Evidence: every mention of a merged event records its cosine to the centroid of the event's *other* mentions in
:attr:`Mention.similarity` (``None`` for an event with one mention).  The label is the label of the mention with
the highest similarity (see :func:`representative`).

The result does not depend on the order of the candidates: they are sorted first, and every tie is broken by
that order.  Only events of kind ``dated`` merge; other kinds (``publication``) pass through unchanged.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

import snowballstemmer  # type: ignore[import-untyped]

from timeline import lexicon
from timeline.model import Event, EventKind, Mention, Mod

SAME_PERIOD_THRESHOLD = 0.15
"""Smallest cosine between a mention and an event of the same period for the mention to join it.  On the seed
articles and ``tests/fixtures/merge`` the mentions of one happening score at least 0.16 against each other and
different happenings of one period at most 0.10 (see ``tests/test_merge.py``)."""

COARSER_THRESHOLD = 0.4
"""Smallest cosine between a coarser event and a finer one inside its period for the coarser to join: much
higher than :data:`SAME_PERIOD_THRESHOLD`, because a different period is evidence of a different happening."""

NARROWING_MODS: frozenset[Mod | None] = frozenset({None, Mod.START, Mod.MID, Mod.END})
"""Modifiers that keep a value inside its period: "the end of March" lies inside "March", "before March" does not.
Only events with one of these can absorb a coarser event, and only an event without a modifier is absorbed."""

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

_EPSILON = 1e-9
"""Weights smaller than this are rounding left-overs of a subtraction."""

Vector = dict[str, float]
"""A sparse vector: term -> weight."""


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return str(_STEMMER.stemWord(word))


def terms(text: str, skip: tuple[int, int] | None = None) -> list[str]:
    """Stemmed content words of ``text`` in order, leaving out :data:`IGNORED_WORDS`, one-letter words and the
    characters ``skip`` (start, end) covers.  Example: "The council approved the budget" -> [council, approv, budget].
    """
    result = []
    for match in _WORD.finditer(text):
        if skip is not None and skip[0] <= match.start() < skip[1]:
            continue
        word = match.group().lower()
        if len(word) > 1 and word not in IGNORED_WORDS:
            result.append(_stem(word))
    return result


def cosine(left: Vector, right: Vector) -> float:
    """Cosine of two sparse vectors (0 when either is empty)."""
    if len(left) > len(right):
        left, right = right, left
    dot = sum(weight * right.get(term, 0.0) for term, weight in left.items())
    norm = math.sqrt(sum(w * w for w in left.values())) * math.sqrt(sum(w * w for w in right.values()))
    return dot / norm if norm else 0.0


@dataclass(frozen=True, slots=True)
class Weights:
    """Inverse document frequencies over a set of sentences: rare words count for more."""

    idf: dict[str, float]
    default: float

    @classmethod
    def of(cls, sentences: Iterable[str]) -> Weights:
        """Smoothed idf ``1 + log((1 + n) / (1 + df))`` over the distinct ``sentences``."""
        unique = sorted(set(sentences))
        frequency: dict[str, int] = {}
        for sentence in unique:
            for term in set(terms(sentence)):
                frequency[term] = frequency.get(term, 0) + 1
        count = len(unique)
        idf = {term: 1.0 + math.log((1 + count) / (1 + df)) for term, df in frequency.items()}
        return cls(idf, 1.0 + math.log(1 + count))

    def vector(self, mention: Mention) -> Vector:
        """The unit TF-IDF vector of a mention's sentence, without the mention's own date expression."""
        skip = (mention.start - mention.sentence_start, mention.end - mention.sentence_start)
        counts: dict[str, int] = {}
        for term in terms(mention.sentence, skip):
            counts[term] = counts.get(term, 0) + 1
        raw = {term: (1.0 + math.log(n)) * self.idf.get(term, self.default) for term, n in counts.items()}
        return _unit(raw)


def _unit(vector: Vector) -> Vector:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {term: w / norm for term, w in vector.items()} if norm else {}


def _add(total: Vector, vector: Vector) -> None:
    for term, weight in vector.items():
        total[term] = total.get(term, 0.0) + weight


@dataclass(slots=True)
class _Member:
    """One candidate in the fixed merge order, with the unit vector of each of its mentions."""

    rank: int
    event: Event
    vectors: tuple[Vector, ...]


@dataclass(slots=True)
class _Group:
    """Candidates found to report one happening.  The first member, the head, gives the period and the id."""

    members: list[_Member] = field(default_factory=list)
    centroid: Vector = field(default_factory=dict)

    def add(self, member: _Member) -> None:
        self.members.append(member)
        for vector in member.vectors:
            _add(self.centroid, vector)

    def absorb(self, other: _Group) -> None:
        for member in other.members:
            self.add(member)

    @property
    def head(self) -> Event:
        return self.members[0].event


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
    members = [
        _Member(rank, event, tuple(weights.vector(mention) for mention in event.mentions))
        for rank, event in enumerate(dated)
    ]
    groups = _join_coarser(_group_same_period(members, threshold), coarser_threshold)
    merged = [_event_of(group) for group in groups]
    return sorted(merged + others, key=candidate_order)


def _period_key(event: Event) -> tuple[object, ...]:
    return (event.start, event.end, event.granularity, event.mod)


def _group_same_period(members: Sequence[_Member], threshold: float) -> list[_Group]:
    """First pass: each member joins the most similar event of its own period, or starts one."""
    groups: list[_Group] = []
    open_groups: dict[tuple[object, ...], list[_Group]] = {}
    for member in members:
        vector: Vector = {}
        for part in member.vectors:
            _add(vector, part)
        best: _Group | None = None
        best_score = threshold
        for group in open_groups.setdefault(_period_key(member.event), []):
            score = cosine(vector, group.centroid)
            if score >= best_score and (best is None or score > best_score):
                best, best_score = group, score
        if best is None:
            best = _Group()
            groups.append(best)
            open_groups[_period_key(member.event)].append(best)
        best.add(member)
    return groups


def _contains(coarse: Event, fine: Event) -> bool:
    """True when ``fine`` names a part of ``coarse``'s period that is strictly narrower."""
    if coarse.mod is not None or fine.mod not in NARROWING_MODS:
        return False
    if not (coarse.start <= fine.start and fine.end <= coarse.end):
        return False
    return (fine.start, fine.end) != (coarse.start, coarse.end) or fine.mod is not None


def _join_coarser(groups: list[_Group], threshold: float) -> list[_Group]:
    """Second pass: a coarser event joins the finer event inside its period it agrees with most, if strongly."""
    by_start = sorted(groups, key=lambda group: group.members[0].rank)  # heads are in candidate order
    starts = [group.head.start for group in by_start]
    alive = {id(group): group for group in groups}
    finest_first = sorted(groups, key=lambda group: (-group.head.granularity.rank, group.members[0].rank))
    for coarse in finest_first:
        first = bisect.bisect_left(starts, coarse.head.start)
        best: _Group | None = None
        best_score = threshold
        for fine in by_start[first:]:
            if fine.head.start > coarse.head.end:
                break
            if fine is coarse or id(fine) not in alive or not _contains(coarse.head, fine.head):
                continue
            score = cosine(coarse.centroid, fine.centroid)
            if score >= best_score and (best is None or score > best_score):
                best, best_score = fine, score
        if best is not None:
            best.absorb(coarse)
            del alive[id(coarse)]
    return [group for group in groups if id(group) in alive]


def _event_of(group: _Group) -> Event:
    """The merged event: the head's period and id, every mention with its similarity, the best label."""
    head = group.head
    if len(group.members) == 1 and len(head.mentions) == 1:
        return head
    scored: list[tuple[Mention, float, Event]] = []
    for member in group.members:
        for mention, vector in zip(member.event.mentions, member.vectors):
            rest = {term: weight - vector.get(term, 0.0) for term, weight in group.centroid.items()}
            rest = {term: weight for term, weight in rest.items() if abs(weight) > _EPSILON}
            score = round(cosine(vector, rest), 3)
            scored.append((replace(mention, similarity=score), score, member.event))
    mentions = tuple(sorted((item[0] for item in scored), key=lambda m: (m.source, m.start, m.end, m.text)))
    label = representative(scored, head).label
    return replace(head, mentions=mentions, label=label)


def representative(scored: Sequence[tuple[Mention, float, Event]], head: Event) -> Event:
    """The candidate whose mention stands best for the event: the highest similarity; on a tie, one that names
    the event's own period, then one whose label was not cut short, then the first in merge order."""

    def key(item: tuple[int, tuple[Mention, float, Event]]) -> tuple[object, ...]:
        index, (_, score, event) = item
        return (-score, _period_key(event) != _period_key(head), event.label.endswith("…"), index)

    return min(enumerate(scored), key=key)[1][2]
