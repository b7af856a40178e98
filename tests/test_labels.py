"""Event labels (timeline.labels): every rule's example, and whole sentences from news articles."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.labels import (
    BREAKS,
    CLEAN_RULES,
    ELLIPSIS,
    LABEL_LIMIT,
    SHORTEN_RULES,
    Rule,
    apply,
    label,
    mention_label,
    publication_label,
)
from timeline.model import Mention, Source
from timeline.pipeline import build

RULES = CLEAN_RULES + SHORTEN_RULES


def label_of(sentence: str, date: str) -> str:
    start = sentence.index(date)
    return label(sentence, start, start + len(date))


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_rule_example(rule: Rule) -> None:
    """Each rewrite rule turns its example into its result."""
    assert apply(rule, rule.example, rule.date) == rule.result


@pytest.mark.parametrize("item", BREAKS, ids=[item.name for item in BREAKS])
def test_break_example(item: object) -> None:
    """Each clause break gives its example's expected label."""
    assert label_of(item.example, item.date) == item.result  # type: ignore[attr-defined]


def test_rule_never_removes_the_date() -> None:
    """A rewrite that would drop the date expression leaves the text as it was."""
    rule = next(rule for rule in SHORTEN_RULES if rule.name == "name with acronym")
    text = "Members of the Easter Rising Commemoration Committee (ERCC) met"
    assert apply(rule, text, "Easter") == text
    assert apply(rule, text, "met") == "Members of the ERCC met"


CASES = [
    (
        "a bullet is dropped and the label fits",
        "• The Justice Department is also reducing the work of its War Crimes Accountability Team created in 2022",
        "2022",
        "War Crimes Accountability Team created in 2022",
    ),
    (
        "a leading 'In addition to' phrase goes and an appositive names the thing it describes",
        "In addition to exiting the ICPA, the Trump administration is scaling back the Justice Department’s War "
        "Crimes Accountability Team (WarCAT), an initiative launched in 2022 under Attorney General Merrick Garland.",
        "2022",
        "Justice Department’s WarCAT launched in 2022 under Merrick Garland",
    ),
    (
        "a clause after 'according to' goes and a long name becomes its acronym",
        "The U.S. will formally exit the International Center for the Prosecution of the Crime of Aggression against "
        "Ukraine (ICPA) by the end of March, according to a letter from Michael Schmid, president of Eurojust.",
        "the end of March",
        "The U.S. will exit the ICPA by the end of March",
    ),
    (
        "a leading phrase with content stays out, the participle clause after the date goes",
        "Under Biden’s leadership, then-Attorney General Merrick Garland had announced a $1 million U.S. "
        "contribution to the ICPA in November 2023, emphasizing America’s commitment to holding Russia "
        "accountable.",
        "November 2023",
        "Merrick Garland announced a $1 million U.S. contribution to the ICPA in November 2023",
    ),
    (
        "a leading phrase holding only the date leaves the main clause",
        "On the same day, a fire destroyed the old Dockside grain warehouse.",
        "the same day",
        "A fire destroyed the old Dockside grain warehouse",
    ),
    (
        "a short sentence is kept whole, without its full stop",
        "The harbour reopened the next morning.",
        "the next morning",
        "The harbour reopened the next morning",
    ),
    (
        "the clause of the date, not the first clause, in a sentence with two dates",
        "Construction of the tram line is due to start in June 2024, and the first trams are expected to run in "
        "2026.",
        "2026",
        "The first trams are expected to run in 2026",
    ),
]


@pytest.mark.parametrize(("sentence", "date", "expected"), [case[1:] for case in CASES], ids=[c[0] for c in CASES])
def test_sentence_label(sentence: str, date: str, expected: str) -> None:
    """Sentences from news articles give the clause that names the happening."""
    assert label_of(sentence, date) == expected


def test_too_long_label_is_cut_with_an_ellipsis_keeping_the_date() -> None:
    """When no rule shortens enough, the label is cut at a word boundary and keeps the date expression."""
    words = " ".join(f"word{n}" for n in range(30))
    result = label_of(f"{words} in 2026", "2026")
    assert (len(result) <= LABEL_LIMIT, result.startswith(ELLIPSIS), result.endswith("in 2026")) == (True,) * 3


def test_mention_label_uses_offsets_within_the_sentence() -> None:
    """A mention's offsets count from the document; the label uses them relative to its sentence."""
    sentence = "Crews broke ground on the tram line in June 2024 near the old harbour."
    start = 100 + sentence.index("June 2024")
    mention = Mention("a", sentence, 100, "June 2024", start, start + 9)
    assert mention_label(mention) == "Crews broke ground on the tram line in June 2024 near the old harbour"


def test_publication_label_names_the_title() -> None:
    """A publication event is labelled by the source's title, cut to the limit."""
    source = Source("a", "a.txt", "Trump withdraws from international group", dt.date(2025, 3, 18))
    assert publication_label(source) == "Published: Trump withdraws from international group"


def test_publication_label_falls_back_to_the_path() -> None:
    """A source without a title is named by its path."""
    assert publication_label(Source("a", "notes/a.txt", None, None)) == "Published: notes/a.txt"


def test_labels_of_fixture_and_seeds_fit_the_limit() -> None:
    """No event label of the seeds or the merge fixture is longer than the limit."""
    events = build(["sources", "tests/fixtures/merge"]).timeline.events
    assert [event.label for event in events if len(event.label) > LABEL_LIMIT] == []
