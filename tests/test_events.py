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
    ],
)
def test_candidates(text: str, values: list[str]) -> None:
    """Which dated expressions become candidate events."""
    assert _values(text) == values
