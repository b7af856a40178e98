"""The command end to end: the seeds' events, the JSON contract, determinism, outputs and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from timeline.documents import parse_front_matter

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "sources"
SCHEMA = json.loads((ROOT / "timeline" / "schema" / "events.schema.json").read_text(encoding="utf-8"))


def run(*args: str | Path, stdin: str | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run ``python build_timeline.py ARGS`` and capture its output."""
    return subprocess.run(
        [sys.executable, str(ROOT / "build_timeline.py"), *map(str, args)],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The events JSON built from ``sources/``."""
    out = tmp_path_factory.mktemp("seeds")
    result = run(SOURCES, "--out-dir", out)
    assert result.returncode == 0, result.stderr
    return json.loads((out / "events.json").read_text(encoding="utf-8"))


SEED_MENTIONS = {
    "000_dbca84b715c6ac3b.txt": [("the end of March", "2025-03", "END"), ("2023", "2023", None), ("2022", "2022", None)],
    "003_f50bee4d5cf2123a.txt": [
        ("2023", "2023", None),
        ("2022", "2022", None),
        ("2023", "2023", None),
        ("November 2023", "2023-11", None),
    ],
}
"""Every dated mention of the seeds (published 2025-03-18), in text order: the acceptance of issue 2."""


def test_seeds_hold_exactly_the_expected_dated_mentions(seeds: dict) -> None:
    """From the seeds, the JSON holds these dated mentions and nothing else dated."""
    found: dict[str, list[tuple[int, tuple[str, str, str | None]]]] = {}
    for event in seeds["events"]:
        for mention in event["mentions"]:
            found.setdefault(mention["source"], []).append(
                (mention["start"], (mention["text"], event["value"], event["mod"]))
            )
    assert {source: [item for _, item in sorted(items)] for source, items in found.items()} == SEED_MENTIONS
    assert seeds["unplaced"] == []


def test_seed_mentions_point_at_their_text(seeds: dict) -> None:
    """Each mention's offsets cut its text out of the document body (after the front matter)."""
    bodies = {path.name: parse_front_matter(path.read_text(encoding="utf-8"))[1] for path in SOURCES.iterdir()}
    for event in seeds["events"]:
        for mention in event["mentions"]:
            body = bodies[mention["source"]]
            assert body[mention["start"] : mention["end"]] == mention["text"]
            assert mention["text"] in mention["sentence"]
            assert mention["sentence"] in body


def test_seed_sources_carry_titles_and_publication_dates(seeds: dict) -> None:
    """Sources list the front matter's title and publication date, and where the reference date came from."""
    assert [(s["id"], s["published"], s["reference"]) for s in seeds["sources"]] == [
        ("000_dbca84b715c6ac3b.txt", "2025-03-18", "front-matter"),
        ("003_f50bee4d5cf2123a.txt", "2025-03-18", "front-matter"),
    ]
    assert all(source["title"] for source in seeds["sources"])


def test_events_are_in_time_order(seeds: dict) -> None:
    """Events are sorted by start, then end."""
    keys = [(event["start"], event["end"]) for event in seeds["events"]]
    assert keys == sorted(keys)


def test_a_year_spans_the_whole_year(seeds: dict) -> None:
    """"2023" is the year 2023: January 1 to December 31, year granularity, never a day."""
    year = next(event for event in seeds["events"] if event["value"] == "2023")
    assert (year["granularity"], year["start"], year["end"]) == ("year", "2023-01-01", "2023-12-31")


def test_output_validates_against_the_schema(seeds: dict) -> None:
    """The events JSON of the seeds validates against the schema in the repository."""
    jsonschema.validate(seeds, SCHEMA)


def test_output_with_publication_events_validates_against_the_schema(tmp_path: Path) -> None:
    """Publication events fit the schema too."""
    result = run(SOURCES, "--json", tmp_path / "events.json", "--publication-events")
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    assert any(event["kind"] == "publication" for event in data["events"])


def test_schema_rejects_an_invented_day_for_a_year() -> None:
    """The schema is not a rubber stamp: a malformed value is refused."""
    bad = {"sources": [], "unplaced": [], "events": [{
        "id": "ev-1", "value": "2023-13-45-x", "type": "DATE", "mod": None, "granularity": "year",
        "start": "2023-01-01", "end": "2023-12-31", "label": "", "mentions": [
            {"source": "a", "sentence": "s", "text": "t", "start": 0, "end": 1}]}]}  # fmt: skip
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)


def test_two_runs_give_identical_bytes(tmp_path: Path) -> None:
    """The same sources give byte-identical JSON and HTML."""
    for name in ("one", "two"):
        assert run(SOURCES, "--out-dir", tmp_path / name).returncode == 0
    for output in ("events.json", "timeline.html"):
        assert (tmp_path / "one" / output).read_bytes() == (tmp_path / "two" / output).read_bytes()


def test_json_dash_prints_to_standard_output(tmp_path: Path) -> None:
    """``--json -`` prints the JSON and writes no file."""
    result = run(SOURCES, "--json", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["events"]
    assert not (tmp_path / "out").exists()


def test_html_alone_writes_only_the_page(tmp_path: Path) -> None:
    """With only ``--html``, exactly that file is written."""
    result = run(SOURCES, "--html", tmp_path / "page.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["page.html"]
    assert "<html" in (tmp_path / "page.html").read_text(encoding="utf-8")


def test_summary_line_counts_sources_and_events(tmp_path: Path) -> None:
    """The closing line on stderr says what was read and written."""
    result = run(SOURCES, "--out-dir", tmp_path)
    assert "2 sources read, 4 events, 0 unplaced" in result.stderr


def test_relative_dates_without_reference_go_to_unplaced(tmp_path: Path) -> None:
    """With no publication date, "last week" is never resolved against today: it is unplaced, with the reason."""
    article = tmp_path / "note.txt"
    article.write_text("The council met last week. The bridge opened in 2023.\n", encoding="utf-8")
    result = run(article, "--json", "-")
    data = json.loads(result.stdout)
    assert [(item["text"], item["value"]) for item in data["unplaced"]] == [("last week", "XXXX-WXX")]
    assert "reference date" in data["unplaced"][0]["reason"]
    assert [event["value"] for event in data["events"]] == ["2023"]


def test_reference_date_option_anchors_relative_dates(tmp_path: Path) -> None:
    """``--reference-date`` resolves relative expressions of a file with no publication date."""
    article = tmp_path / "note.txt"
    article.write_text("The council met last week.\n", encoding="utf-8")
    data = json.loads(run(article, "--json", "-", "--reference-date", "2025-03-18").stdout)
    assert [event["value"] for event in data["events"]] == ["2025-W11"]


@pytest.mark.parametrize(
    ("args", "code"),
    [
        pytest.param([], 2, id="no-path"),
        pytest.param([SOURCES, "--reference-date", "yesterday"], 2, id="bad-reference-date"),
        pytest.param([SOURCES, "--no-such-option"], 2, id="unknown-option"),
        pytest.param([ROOT / "no-such-folder", "--json", "-"], 1, id="missing-path"),
    ],
)
def test_exit_codes(args: list[str | Path], code: int) -> None:
    """0 on success, 1 when an input could not be used, 2 on a usage error; never a traceback."""
    result = run(*args)
    assert result.returncode == code
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()


def test_missing_path_is_named_and_the_rest_is_built(tmp_path: Path) -> None:
    """A path that does not exist is named on one line; the good sources are still processed."""
    result = run(ROOT / "no-such-folder", SOURCES, "--json", "-")
    assert result.returncode == 1
    assert "no-such-folder" in result.stderr
    assert len(json.loads(result.stdout)["events"]) == 4


def test_console_script_is_installed() -> None:
    """``pip install`` puts a ``build-timeline`` command next to the interpreter that does the same."""
    script = Path(sys.executable).parent / "build-timeline"
    if not script.exists():
        pytest.skip("the project is not installed in this interpreter's environment (make test installs it)")
    result = subprocess.run([str(script), str(SOURCES), "--json", "-"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["events"]) == 4
