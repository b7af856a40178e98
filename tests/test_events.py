"""Candidate events of one document: one per dated expression, except what another expression already says."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import process_document
from timeline.model import Document


def _values(text: str) -> list[str]:
    document = Document(id="a.txt", path="a.txt", text=text, published=dt.date(2024, 3, 13))
    return [event.value for event in process_document(document).candidates]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the part of day of a day the same sentence names is no event of its own
        ("On March 12 a fire closed the harbour until the evening.", ["2024-03-12"]),
        # ... but in a sentence of its own it is one
        ("A fire broke out on March 12. The harbour was closed in the evening.", ["2024-03-12", "2024-03-12TEV"]),
        # a finer date inside a coarser one is an event of its own ("in March" of "2023")
        ("In 2023 prices rose, and in March they fell.", ["2023", "2023-03"]),
        # a wire's GMT gloss repeats the instant of the clock time before it
        ("The quake struck at 10:35 a.m. (0735 GMT) on March 12.", ["2024-03-12T10:35", "2024-03-12"]),
        # ... while a gloss that names its own day stands on its own
        ("The quake struck at 7:58 a.m. (2358 GMT Monday) on March 12.",
         ["2024-03-12T07:58", "2024-03-11T23:58", "2024-03-12"]),
    ],
)
def test_candidates(text: str, values: list[str]) -> None:
    """Which dated expressions become candidate events."""
    assert _values(text) == values
