"""One event per happening: merging candidate events (timeline.merge), on hand-made cases, the merge fixture and
the seed articles."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import random
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from timeline import merge
from timeline.cli import main
from timeline.events import event_id
from timeline.export import dumps
from timeline.labels import mention_label
from timeline.merge import COARSER_THRESHOLD, SAME_PERIOD_THRESHOLD, merge_events
from timeline.model import Event, EventKind, Granularity, Mention, Mod, TimexType
from timeline.periods import period_of
from timeline.pipeline import build

FIXTURE = "tests/fixtures/merge"
TESTS = Path(__file__).resolve().parent


def candidate(value: str, sentence: str, date: str, source: str = "a", mod: Mod | None = None) -> Event:
    """A candidate event as :func:`timeline.events.process_document` makes it, for ``date`` inside ``sentence``."""
    start = sentence.index(date)
    mention = Mention(source, sentence, 0, date, start, start + len(date))
    found = period_of(value)
    assert found is not None
    granularity, period = found
    return Event(
        id=event_id(value, mod.value if mod else "", source, start),
        value=value,
        type=TimexType.DATE,
        mod=mod,
        granularity=granularity,
        start=period.start,
        end=period.end,
        label=mention_label(mention),
        mentions=(mention,),
    )


@dataclass(frozen=True)
class Case:
    name: str
    candidates: tuple[Event, ...]
    groups: tuple[tuple[int, ...], ...]
    """Expected events, each as the indices of the candidates whose mentions it holds."""


APPROVED_A = candidate(
    "2024-03-12", "The council approved the tram budget on March 12 after a long debate.", "March 12"
)
APPROVED_B = candidate(
    "2024-03-12", "Councillors approved the budget for the tram line on Tuesday, ending the debate.", "Tuesday", "b"
)
FIRE = candidate("2024-03-12", "A fire destroyed the Dockside grain warehouse on March 12.", "March 12", "b")
JOINED_2023 = candidate(
    "2023", "The Biden administration had joined the ICPA in 2023 to push for legal action.", "2023"
)
JOINED_2023_B = candidate(
    "2023", "Biden's administration had joined the ICPA in 2023 as the only non-European member.", "2023", "b"
)
CONTRIBUTION = candidate(
    "2023-11", "Garland announced a $1 million contribution to the ICPA in November 2023.", "November 2023", "b"
)
WORK_2024 = candidate(
    "2024", "Construction of the Riverside tram line started in 2024 near the harbour.", "2024", "c"
)
WORK_JUNE = candidate(
    "2024-06", "Construction of the Riverside tram line started in June 2024 near the harbour.", "June 2024"
)
BOTH_2024 = candidate(
    "2024", "In 2024 the council approved the tram plan and building of the tram line began.", "2024", "c"
)
PLAN_JUNE = candidate("2024-06-03", "The council approved the tram plan on June 3, 2024.", "June 3, 2024")
BUILD_JULY = candidate("2024-07-20", "Building of the tram line began on July 20, 2024.", "July 20, 2024", "b")
EXIT_END = candidate(
    "2025-03", "The U.S. will exit the ICPA by the end of March, a letter said.", "the end of March", mod=Mod.END
)
EXIT_MARCH = candidate("2025-03", "The U.S. will exit the ICPA in March 2025, officials said.", "March 2025", "b")
BEFORE_2024 = candidate(
    "2024", "Construction of the Riverside tram line started before 2024 near the harbour.", "2024", "c", Mod.BEFORE
)

CASES = (
    Case("one happening reported by two sources in different words merges", (APPROVED_A, APPROVED_B), ((0, 1),)),
    Case("two happenings on the same day stay apart", (APPROVED_A, FIRE), ((0,), (1,))),
    Case("the same happening with the same year merges", (JOINED_2023, JOINED_2023_B), ((0, 1),)),
    Case("a coarser mention joins a finer one when the text agrees strongly", (WORK_2024, WORK_JUNE), ((0, 1),)),
    Case("a coarser mention stays apart when the text disagrees", (JOINED_2023, CONTRIBUTION), ((0,), (1,))),
    Case(
        "a coarser mention that fits two finer happenings joins neither",
        (BOTH_2024, PLAN_JUNE, BUILD_JULY),
        ((0,), (1,), (2,)),
    ),  # fmt: skip
    Case("a month joins the end of that month when the text agrees", (EXIT_END, EXIT_MARCH), ((0, 1),)),
    Case("a modifier that leaves the period (before 2024) never joins", (BEFORE_2024, WORK_JUNE), ((0,), (1,))),
    Case("merging is transitive through a group", (JOINED_2023, JOINED_2023_B, CONTRIBUTION), ((0, 1), (2,))),
)


def groups_of(events: list[Event], candidates: tuple[Event, ...]) -> set[frozenset[int]]:
    where = {(c.mentions[0].source, c.mentions[0].start, c.mentions[0].sentence): i for i, c in enumerate(candidates)}
    return {frozenset(where[(m.source, m.start, m.sentence)] for m in event.mentions) for event in events}


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_merge_case(case: Case) -> None:
    """Each hand-made case merges into the expected groups of candidates."""
    merged = merge_events(case.candidates)
    assert groups_of(merged, case.candidates) == {frozenset(group) for group in case.groups}


def test_merged_event_keeps_the_finer_period_and_id() -> None:
    """A coarser mention that joins a finer one leaves the event with the finer value, period and id."""
    (event,) = merge_events([WORK_2024, WORK_JUNE])
    assert (event.value, event.granularity.value, event.id) == ("2024-06", "month", WORK_JUNE.id)


def test_every_mention_records_its_similarity() -> None:
    """Each mention of a merged event has its average cosine to the other mentions; a lone mention has None."""
    merged = merge_events([JOINED_2023, JOINED_2023_B, CONTRIBUTION])
    by_value = {event.value: event for event in merged}
    assert all(0 < (m.similarity or 0) <= 1 for m in by_value["2023"].mentions)
    assert by_value["2023-11"].mentions[0].similarity is None


def test_label_comes_from_a_mention_that_names_the_event_period() -> None:
    """After a coarser mention joins, the label is taken from a mention of the finer period."""
    (event,) = merge_events([WORK_2024, WORK_JUNE])
    assert event.label == WORK_JUNE.label


def test_publication_events_never_merge() -> None:
    """Two sources published on the same day are two publication events, whatever their titles share."""
    day = dt.date(2025, 3, 18)
    events = [
        Event(f"p{s}", "2025-03-18", TimexType.DATE, None, Granularity.DAY, day, day, "Published: Trump withdraws",
              (Mention(s, "Trump withdraws", 0, "Trump withdraws", 0, 0),), EventKind.PUBLICATION)
        for s in ("a", "b")
    ]  # fmt: skip
    assert len(merge_events(events)) == 2


def test_result_does_not_depend_on_input_order() -> None:
    """Every order of the same candidates gives the same events."""
    candidates = [JOINED_2023, JOINED_2023_B, CONTRIBUTION, WORK_2024, WORK_JUNE, APPROVED_A, FIRE]
    expected = merge_events(candidates)
    for order in itertools.islice(itertools.permutations(candidates), 0, None, 97):
        assert merge_events(order) == expected


def test_thresholds_are_ordered() -> None:
    """A coarser mention needs stronger agreement than a mention of the same period."""
    assert 0 < SAME_PERIOD_THRESHOLD < COARSER_THRESHOLD < 1


FIXTURE_HAPPENINGS = {
    "council approves the tram budget (three sources, one by weekday)": (
        "2024-03-12",
        {("01_harbour_gazette.txt", 134), ("02_city_courier.txt", 115), ("02_city_courier.txt", 345),
         ("04_evening_post.txt", 214), ("05_north_star.txt", 45)},
    ),
    "warehouse fire, same day": (
        "2024-03-12",
        {("01_harbour_gazette.txt", 256), ("02_city_courier.txt", 263), ("04_evening_post.txt", 67)},
    ),
    "union announces a strike, same day": ("2024-03-12", {("02_city_courier.txt", 429)}),
    "council renames a square, same day and same council": ("2024-03-12", {("05_north_star.txt", 122)}),
    "the strike itself": ("2024-04-03", {("02_city_courier.txt", 201), ("02_city_courier.txt", 594)}),
    "construction starts (a coarser 2024 mention joins June 2024)": (
        "2024-06",
        {("01_harbour_gazette.txt", 483), ("03_metro_weekly.txt", 91), ("03_metro_weekly.txt", 167),
         ("04_evening_post.txt", 345)},
    ),
    "tram services start (three sources)": (
        "2026",
        {("01_harbour_gazette.txt", 537), ("02_city_courier.txt", 415), ("03_metro_weekly.txt", 240)},
    ),
    "population passes half a million": ("2023", {("01_harbour_gazette.txt", 590)}),
    "drivers hired in 2024 (a coarser mention that does not join June 2024)": (
        "2024",
        {("03_metro_weekly.txt", 279)},
    ),
    "harbour reopens": ("2024-03-13TMO", {("04_evening_post.txt", 181)}),
    "new street signs": ("2024-05", {("05_north_star.txt", 260)}),
}  # fmt: skip
"""Every happening in ``tests/fixtures/merge``: its value and its mentions as (source, offset)."""


@pytest.fixture(scope="module")
def fixture_events() -> list[Event]:
    return list(build([FIXTURE]).timeline.events)


@pytest.mark.parametrize("name", list(FIXTURE_HAPPENINGS))
def test_fixture_happening_is_one_event(name: str, fixture_events: list[Event]) -> None:
    """Each known happening of the merge fixture is exactly one event holding exactly its mentions."""
    value, mentions = FIXTURE_HAPPENINGS[name]
    found = [event for event in fixture_events if {(m.source, m.start) for m in event.mentions} & mentions]
    assert [(event.value, {(m.source, m.start) for m in event.mentions}) for event in found] == [(value, mentions)]


def test_fixture_has_no_other_event(fixture_events: list[Event]) -> None:
    """The merge fixture gives one event per known happening and nothing else."""
    assert len(fixture_events) == len(FIXTURE_HAPPENINGS)


def test_seed_articles_give_the_four_happenings() -> None:
    """sources/: the war-crimes team (2022, both sources), joining the ICPA (2023, three mentions in two sources),
    the $1 million contribution (November 2023) and the exit (the end of March 2025)."""
    events = build(["sources"]).timeline.events
    summary = [
        (e.value, e.mod.value if e.mod else None, len(e.mentions), len({m.source for m in e.mentions}))
        for e in events
    ]
    assert summary == [("2022", None, 2, 2), ("2023", None, 3, 2), ("2023-11", None, 1, 1), ("2025-03", "END", 1, 1)]
    assert all(EventKind(event.kind) is EventKind.DATED for event in events)


def test_seed_labels_name_the_happenings() -> None:
    """The seed events are labelled by a clause that names each happening, within 90 characters."""
    labels = [event.label for event in build(["sources"]).timeline.events]
    assert ["War" in labels[0] or "WarCAT" in labels[0], "joined the ICPA" in labels[1], "$1 million" in labels[2],
            "exit the ICPA" in labels[3]] == [True] * 4  # fmt: skip
    assert max(len(label) for label in labels) <= 90


def test_json_is_byte_identical_across_runs() -> None:
    """Building the fixture twice gives the same JSON bytes."""
    assert dumps(build([FIXTURE]).timeline) == dumps(build([FIXTURE]).timeline)


def test_publication_events_are_off_by_default() -> None:
    """Without the option no event has kind publication."""
    assert all(EventKind(e.kind) is EventKind.DATED for e in build(["sources"]).timeline.events)


def test_publication_events_sit_on_each_reference_date() -> None:
    """With the option each source adds one publication event on its reference date."""
    events = build(["sources"], publication_events=True).timeline.events
    published = [(e.value, e.mentions[0].source) for e in events if EventKind(e.kind) is EventKind.PUBLICATION]
    assert published == [("2025-03-18", "000_dbca84b715c6ac3b.txt"), ("2025-03-18", "003_f50bee4d5cf2123a.txt")]


def test_cli_publication_events_flag(capsys: pytest.CaptureFixture[str]) -> None:
    """build-timeline --publication-events writes events of kind publication into the JSON."""
    assert main(["sources", "--json", "-", "--publication-events"]) == 0
    kinds = [event["kind"] for event in json.loads(capsys.readouterr().out)["events"]]
    assert kinds.count("publication") == 2 and kinds.count("dated") == 4


def made_up_word(number: int, prefix: str) -> str:
    """A word of letters only that no stemmer changes and no word list holds.  Example: 3, "zo" -> "zof"."""
    letters = "bcdfghjklmnpqrtvwxz"
    word = prefix
    while True:
        word += letters[number % len(letters)]
        number //= len(letters)
        if not number:
            return word


def large_period(mentions: int, seed: int = 1) -> tuple[Event, ...]:
    """``mentions`` candidates of one day, March 12, 2024, reporting ``mentions // 10`` happenings.

    Each happening has four words of its own, of which a sentence uses two or three; every sentence also takes two
    words from a pool shared by all happenings and one word of its own, so no two sentences are alike."""
    rng = random.Random(seed)
    shared = [made_up_word(number, "qa") for number in range(40)]
    result = []
    for index in range(mentions):
        happening = index % max(mentions // 10, 1)
        own = [made_up_word(happening * 4 + number, "zo") for number in range(4)]
        words = [*rng.sample(own, rng.choice((2, 3))), *rng.sample(shared, 2), made_up_word(index, "xu")]
        rng.shuffle(words)
        sentence = f"The {' '.join(words)} on March 12 stood."
        result.append(candidate("2024-03-12", sentence, "March 12", f"s{index:05d}"))
    return tuple(result)


def clusters(events: list[Event]) -> set[frozenset[tuple[str, int]]]:
    return {frozenset((mention.source, mention.start) for mention in event.mentions) for event in events}


def comparisons(candidates: tuple[Event, ...], monkeypatch: pytest.MonkeyPatch) -> int:
    """How many times merging ``candidates`` computes the average cosine of two groups."""
    count = 0
    agreement = merge._Group.agreement

    def counted(group: merge._Group, other: merge._Group) -> float:
        nonlocal count
        count += 1
        return agreement(group, other)

    with monkeypatch.context() as patched:
        patched.setattr(merge._Group, "agreement", counted)
        merge_events(candidates)
    return count


def test_large_period_compares_a_bounded_number_of_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A period far above the exact limit costs comparisons in proportion to its mentions, not to their pairs."""
    small, large = comparisons(large_period(400), monkeypatch), comparisons(large_period(1_600), monkeypatch)
    assert large <= 50 * 1_600 < 1_600 * 1_599 // 2
    assert large / small < 5


def test_blocked_path_gives_the_exact_clusters_on_a_medium_period(monkeypatch: pytest.MonkeyPatch) -> None:
    """600 mentions of one day merge into the same events through the sparse graph as through exact linkage."""
    candidates = large_period(600)
    blocked = merge_events(candidates)
    monkeypatch.setattr(merge, "EXACT_LIMIT", len(candidates))
    exact = merge_events(candidates)
    assert clusters(blocked) == clusters(exact)
    assert 50 <= len(exact) <= 70


def test_fixture_through_the_blocked_path_gives_the_same_events(monkeypatch: pytest.MonkeyPatch) -> None:
    """With every period sent through the sparse graph, the merge fixture still gives its known events."""
    exact = build([FIXTURE]).timeline.events
    monkeypatch.setattr(merge, "EXACT_LIMIT", 0)
    assert clusters(list(build([FIXTURE]).timeline.events)) == clusters(list(exact))


def test_identical_sentences_collapse_into_one_event() -> None:
    """Hundreds of copies of one sentence in a large period (wire copies, templates) become one event."""
    copies = tuple(
        candidate("2024-03-12", "The council approved the tram budget on March 12.", "March 12", f"copy{index:03d}")
        for index in range(3 * merge.EXACT_LIMIT)
    )
    (event,) = merge_events(copies)
    assert len(event.mentions) == len(copies)


def test_large_period_merge_does_not_depend_on_input_order() -> None:
    """A large period gives the same events whatever the order of its candidates."""
    candidates = list(large_period(600))
    expected = merge_events(candidates)
    random.Random(3).shuffle(candidates)
    assert merge_events(candidates) == expected


LARGE_PERIOD_DIGEST = """\
import hashlib, sys
sys.path.insert(0, sys.argv[1])
from test_merge import large_period
from timeline.merge import merge_events
print(hashlib.sha1(repr(merge_events(large_period(600))).encode()).hexdigest())
"""


def test_large_period_merge_does_not_depend_on_string_hashing() -> None:
    """Two interpreters with different string hash seeds merge a large period into the same events."""
    digests = {
        subprocess.run([sys.executable, "-c", LARGE_PERIOD_DIGEST, str(TESTS)], cwd=TESTS.parent, capture_output=True,
                       text=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2")
    }  # fmt: skip
    assert len(digests) == 1


def test_coarser_join_compares_only_groups_that_share_a_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """A year mentioned by 150 happenings and 150 days of that year: each "in 2024" mention is compared only with
    the days that share a word with it, not with all 150 (which would be 22,500 comparisons), and the one day that
    tells the same happening still absorbs it."""
    start = dt.date(2024, 1, 1)
    years, days = [], []
    for index in range(150):
        words = " ".join(made_up_word(index * 3 + number, "yo") for number in range(3))
        years.append(candidate("2024", f"The {words} in 2024.", "2024", f"y{index:03d}"))
        day = start + dt.timedelta(days=index)
        other = words if index == 7 else " ".join(made_up_word(index * 3 + number, "da") for number in range(3))
        days.append(candidate(day.isoformat(), f"The {other} on {day:%B} {day.day}.", f"{day:%B} {day.day}",
                              f"d{index:03d}"))  # fmt: skip
    count = comparisons((*years, *days), monkeypatch)
    assert count < 1_000
    events = merge_events((*years, *days))
    joined = [event for event in events if {m.source for m in event.mentions} == {"y007", "d007"}]
    assert len(joined) == 1 and joined[0].value == (start + dt.timedelta(days=7)).isoformat()
    assert len(events) == 299
