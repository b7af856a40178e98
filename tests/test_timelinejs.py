"""The TimelineJS export against that format's documented fields (https://timeline.knightlab.com/docs/json-format.html)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest

from timeline.cli import main
from timeline.model import Event, Granularity, Mention, Timeline, TimexType
from timeline.pipeline import build
from timeline.timelinejs import date_fields, dumps, timelinejs_json

ROOT = Path(__file__).resolve().parent.parent
SEEDS, HOSTILE = ROOT / "sources", ROOT / "tests" / "fixtures" / "hostile"

DATE = {
    "type": "object",
    "required": ["year"],
    "additionalProperties": False,
    "properties": {
        **{name: {"type": "integer"} for name in ("year", "month", "day", "hour", "minute", "second", "millisecond")},
        "display_date": {"type": "string"},
        "format": {"type": "string"},
    },
}
TEXT = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
}
SLIDE_PROPERTIES = {
    "start_date": DATE,
    "end_date": DATE,
    "text": TEXT,
    "media": {"type": "object", "required": ["url"]},
    "group": {"type": "string"},
    "display_date": {"type": "string"},
    "background": {"type": "object"},
    "autolink": {"type": "boolean"},
    "unique_id": {"type": "string"},
}
SCHEMA = {
    "type": "object",
    "required": ["events"],
    "additionalProperties": False,
    "properties": {
        "events": {
            "type": "array",
            "items": {"type": "object", "required": ["start_date"], "additionalProperties": False,
                      "properties": SLIDE_PROPERTIES},
        },
        "title": {"type": "object", "additionalProperties": False, "properties": SLIDE_PROPERTIES},
        "eras": {"type": "array"},
        "scale": {"enum": ["human", "cosmological"]},
    },
}  # fmt: skip
"""The documented fields: top level (events, title, eras, scale), slides, dates and texts; nothing else allowed."""


@pytest.mark.parametrize("folder", [SEEDS, HOSTILE])
def test_export_has_only_documented_fields(folder: Path) -> None:
    """The export of the seeds and of the hostile source validates against the documented format."""
    data = json.loads(dumps(build([folder]).timeline))
    jsonschema.validate(data, SCHEMA)
    assert data["events"]


@pytest.mark.parametrize(
    ("day", "granularity", "value", "fields"),
    [
        (dt.date(2023, 1, 1), Granularity.YEAR, "2023", {"year": 2023}),
        (dt.date(1990, 1, 1), Granularity.DECADE, "199", {"year": 1990}),
        (dt.date(2025, 3, 1), Granularity.MONTH, "2025-03", {"year": 2025, "month": 3}),
        (dt.date(2023, 7, 1), Granularity.QUARTER, "2023-Q3", {"year": 2023, "month": 7}),
        (dt.date(2024, 6, 1), Granularity.SEASON, "2024-SU", {"year": 2024, "month": 6}),
        (dt.date(2025, 3, 17), Granularity.WEEK, "2025-W12", {"year": 2025, "month": 3, "day": 17}),
        (dt.date(2025, 3, 18), Granularity.DAY, "2025-03-18", {"year": 2025, "month": 3, "day": 18}),
        (dt.date(2025, 3, 18), Granularity.PART_OF_DAY, "2025-03-18TMO", {"year": 2025, "month": 3, "day": 18}),
        (dt.date(2025, 3, 18), Granularity.TIME, "2025-03-18T14:30",
         {"year": 2025, "month": 3, "day": 18, "hour": 14, "minute": 30}),
    ],
)  # fmt: skip
def test_dates_go_only_as_far_as_the_text(day: dt.date, granularity: Granularity, value: str, fields: dict) -> None:
    """A date gives year, month, day, hour and minute only down to the precision the text gave."""
    assert date_fields(day, granularity, value) == fields


def test_periods_have_an_end_date_and_the_expression_as_display_date() -> None:
    """A multi-year or multi-month period has an end date; display_date is the expression as written; group is the source."""
    data = timelinejs_json(build([SEEDS]).timeline)
    by_text = {slide["display_date"]: slide for slide in data["events"]}
    march = by_text["the end of March"]
    assert march["start_date"] == {"year": 2025, "month": 3, "display_date": "end of March 2025"}
    assert "end_date" not in march
    assert march["group"].startswith("US Ends Participation")
    assert all(slide["unique_id"].startswith("ev-") for slide in data["events"])


def test_quarter_spans_its_months() -> None:
    """A quarter runs from its first to its last month."""
    mention = Mention("a.md", "Sales rose in the third quarter.", 0, "the third quarter", 13, 30)
    event = Event("ev-q3", "2023-Q3", TimexType.DATE, None, Granularity.QUARTER, dt.date(2023, 7, 1),
                  dt.date(2023, 9, 30), "Sales rose", (mention,))  # fmt: skip
    (slide,) = timelinejs_json(Timeline((), (event,), ()))["events"]
    assert (slide["start_date"]["month"], slide["end_date"]) == (7, {"year": 2023, "month": 9})


def test_hostile_text_is_escaped_for_timelinejs() -> None:
    """TimelineJS renders text as HTML: no tag from a source survives, and no javascript: link is made."""
    data = timelinejs_json(build([HOSTILE]).timeline)
    strings = json.dumps(data, ensure_ascii=False)
    for raw in ("<script", "<img", '<a href=\\"javascript', "</td>", "<style"):
        assert raw not in strings
    assert "&lt;script&gt;window.__pwned=&#x27;body&#x27;&lt;/script&gt;" in strings
    assert "<mark>" in strings  # our own markup stays


def test_command_writes_timelinejs(tmp_path: Path) -> None:
    """``--timelinejs FILE`` writes the export next to the other outputs, the same bytes each time."""
    target = tmp_path / "tl.json"
    assert main([str(SEEDS), "--out-dir", str(tmp_path), "--timelinejs", str(target)]) == 0
    first = target.read_bytes()
    assert main([str(SEEDS), "--out-dir", str(tmp_path), "--timelinejs", str(target)]) == 0
    assert target.read_bytes() == first and (tmp_path / "timeline.html").exists()
