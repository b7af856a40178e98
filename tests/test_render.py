"""The page's pure parts: dates in words, escaping, layout of marks, the figure's traces, the page's bytes."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from dataclasses import replace
from html import unescape
from pathlib import Path

import plotly.graph_objects as go
import pytest

from timeline.model import Event, Mention, Mod, Source, Timeline, TimexType, Unplaced
from timeline.periods import period_of
from timeline.pipeline import build
from timeline.render import (
    MOD_STYLES,
    WEBGL_FROM,
    date_words,
    figure,
    figure_spec,
    highlight,
    page,
    page_data,
    page_title,
    place,
    plotly_text,
    safe_url,
    script_json,
    unplaced_note,
)

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
SOURCE = Source("a.md", "a.md", "Article A", dt.date(2025, 3, 18))


def make_event(value: str, mod: Mod | None = None, source: str = "a.md", sentence: str = "It happened then.",
               text: str = "then", kind: str = "dated") -> Event:  # fmt: skip
    """An event for ``value`` with one mention whose expression sits in its sentence."""
    found = period_of(value)
    assert found is not None, value
    granularity, period = found
    offset = max(sentence.find(text), 0)
    mention = Mention(source, sentence, 100, text, 100 + offset, 100 + offset + len(text))
    return Event(f"ev-{value}-{mod}-{source}-{sentence}", value, TimexType.DATE, mod, granularity, period.start, period.end,
                 sentence[:40], (mention,), kind)  # fmt: skip


def timeline_of(*events: Event, sources: tuple[Source, ...] = (SOURCE,)) -> Timeline:
    ordered = sorted(events, key=lambda event: (event.start, event.end, event.id))
    return Timeline(sources, tuple(ordered), ())


@pytest.mark.parametrize(
    ("value", "mod", "words"),
    [
        ("2025-03", Mod.END, "end of March 2025"),
        ("2023", Mod.START, "early 2023"),
        ("2023", Mod.MID, "mid-2023"),
        ("2020", Mod.BEFORE, "before 2020"),
        ("2025-03", Mod.ON_OR_BEFORE, "by March 2025"),
        ("2020", Mod.AFTER, "after 2020"),
        ("2020", Mod.ON_OR_AFTER, "from 2020 on"),
        ("2019", Mod.APPROX, "about 2019"),
        ("2025-03-18", None, "Tuesday 18 March 2025"),
        ("2025-03-18TMO", None, "the morning of Tuesday 18 March 2025"),
        ("2025-03-18T14:30", None, "Tuesday 18 March 2025, 14:30"),
        ("2025-W12", None, "the week of 17 March 2025"),
        ("2023-Q3", None, "Q3 2023"),
        ("2023-H2", None, "the second half of 2023"),
        ("2024-SU", None, "summer 2024"),
        ("2024-WI", None, "winter 2024–25"),
        ("199", None, "the 1990s"),
        ("20", None, "the 21st century"),
        ("2", None, "the 3rd millennium"),
    ],
)
def test_date_in_words(value: str, mod: Mod | None, words: str) -> None:
    """The normalized date reads in words, with its modifier, at the precision the text gave."""
    assert date_words(make_event(value, mod)) == words


def test_every_modifier_has_a_style_with_an_example() -> None:
    """Every TIMEX3 modifier reads in words and has an example expression."""
    assert set(MOD_STYLES) == set(Mod)
    assert all("{}" in style.words and style.example for style in MOD_STYLES.values())


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
        ("$E=mc^2$", "&#36;E=mc^2&#36;"),
        ("&amp;", "&amp;amp;"),
        ("\"q\" 'q'", "&#34;q&#34; &#39;q&#39;"),
        ("<a href='javascript:x'>", "&lt;a href=&#39;javascript:x&#39;&gt;"),
    ],
)
def test_plotly_text_leaves_no_markup(text: str, shown: str) -> None:
    """Text for Plotly has no tag, entity, quote or LaTeX delimiter left raw."""
    assert plotly_text(text) == shown


@pytest.mark.parametrize("value", ["</script><script>alert(1)</script>", "<!--", "a\u2028b\u2029c", "&lt;", "]]>"])
def test_script_json_cannot_close_its_element(value: str) -> None:
    """JSON in a script element has no raw <, > or &, and reads back the same."""
    text = script_json({"v": value})
    assert not re.search(r"[<>&\u2028\u2029]", text)
    assert json.loads(text) == {"v": value}


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a", True),
        ("http://example.org/a?b=1", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//example.org/a", False),
        ("", False),
        (None, False),
    ],
)
def test_only_http_addresses_become_links(url: str | None, kept: bool) -> None:
    """A source address is linked only when it is an absolute http(s) address."""
    assert (safe_url(url) is not None) == kept


def test_highlight_finds_the_expression_in_its_sentence() -> None:
    """The expression's offsets point at it inside the sentence."""
    event = make_event("2023", sentence="Joined in 2023, they said.", text="2023")
    first, last = highlight(event.mentions[0])
    assert event.mentions[0].sentence[first:last] == "2023"


def test_highlight_offsets_count_utf16_for_the_page() -> None:
    """Offsets sent to the page count UTF-16 units, so a character outside the BMP does not shift the mark."""
    event = make_event("2023", sentence="\U0001f600 Joined in 2023.", text="2023")
    mention = page_data(timeline_of(event))["events"][0]["mentions"][0]
    as_js = mention[1].encode("utf-16-le")
    assert as_js[mention[2] * 2 : mention[3] * 2].decode("utf-16-le") == "2023"


@pytest.mark.parametrize(
    ("value", "mod", "solid"),
    [
        ("2025-03", Mod.END, (dt.date(2025, 3, 21), dt.date(2025, 4, 1))),
        ("2023", Mod.START, (dt.date(2023, 1, 1), dt.date(2023, 5, 2))),
        ("2023", Mod.MID, (dt.date(2023, 5, 2), dt.date(2023, 9, 1))),
        ("2023", None, (dt.date(2023, 1, 1), dt.date(2024, 1, 1))),
        ("2023", Mod.BEFORE, None),
        ("2023", Mod.APPROX, None),
    ],
)
def test_solid_part_of_a_period(value: str, mod: Mod | None, solid: tuple[dt.date, dt.date] | None) -> None:
    """Early/mid/end draw one third of the period solid; arrows and 'about' draw none; else all of it."""
    (mark,) = place(timeline_of(make_event(value, mod))).marks
    assert mark.period == (make_event(value).start, make_event(value).end + dt.timedelta(days=1))
    assert mark.solid == solid


def test_overlapping_events_go_to_different_rows() -> None:
    """A month inside a year is drawn in another row; a later year shares the first row."""
    placement = place(timeline_of(make_event("2023"), make_event("2023-11"), make_event("2025")))
    rows = {mark.event.value: mark.row for mark in placement.marks}
    assert rows["2023"] != rows["2023-11"] and rows["2025"] == rows["2023"]


def test_rows_per_lane_are_capped() -> None:
    """However many events overlap, a lane has at most MAX_ROWS rows."""
    from timeline.render import MAX_ROWS

    events = [make_event("2023", sentence=f"Event {n} in 2023.", text="2023") for n in range(20)]
    placement = place(timeline_of(*events))
    assert placement.lanes[0].rows == MAX_ROWS


def test_lanes_per_source_or_one_for_all() -> None:
    """``lanes='source'`` gives each source its lane; ``lanes='none'`` one lane for all."""
    other = Source("b.md", "b.md", "Article B", dt.date(2025, 3, 18))
    timeline = timeline_of(make_event("2023"), make_event("2024", source="b.md"), sources=(SOURCE, other))
    assert [lane.name for lane in place(timeline, "source").lanes] == ["Article A", "Article B"]
    later_first = timeline_of(make_event("2023", source="b.md"), make_event("2024"), sources=(SOURCE, other))
    assert [lane.name for lane in place(later_first, "source").lanes] == ["Article A", "Article B"]
    assert [lane.name for lane in place(timeline, "none").lanes] == ["All sources"]
    assert {mark.group for mark in place(timeline, "none").marks} == {0, 1}


OTHER = Source("b.md", "b.md", "Article B", dt.date(2025, 3, 18))


def merged_event(value: str, *sources: str) -> Event:
    """An event for ``value`` reported once by each of ``sources``, each in its own sentence."""
    parts = [make_event(value, source=source, sentence=f"In {source} it began in {value}.", text=value)
             for source in sources]  # fmt: skip
    return replace(parts[0], mentions=tuple(part.mentions[0] for part in parts))


def test_a_merged_event_gets_a_mark_in_each_reporting_lane() -> None:
    """An event reported by two sources gets two marks, one in each source's lane and group, for the same event."""
    timeline = timeline_of(merged_event("2022", "a.md", "b.md"), sources=(SOURCE, OTHER))
    placement = place(timeline, "source")
    assert [(mark.source, mark.lane, mark.group, mark.index) for mark in placement.marks] == [
        ("a.md", 0, 0, 0),
        ("b.md", 1, 1, 0),
    ]
    assert [lane.name for lane in placement.lanes] == ["Article A", "Article B"]
    first, second = placement.marks
    assert first.y < placement.lanes[1].top < second.y and first.period == second.period


def test_one_lane_for_all_draws_a_merged_event_once() -> None:
    """With ``lanes='none'`` a merged event is one mark, in the group of its first source."""
    timeline = timeline_of(merged_event("2022", "b.md", "a.md"), sources=(SOURCE, OTHER))
    (mark,) = place(timeline, "none").marks
    assert (mark.source, mark.group) == ("b.md", 1)


def test_rows_are_found_in_each_lane_on_its_own() -> None:
    """A shared year and a month inside it from one source: two rows in that source's lane, one in the other's."""
    timeline = timeline_of(merged_event("2023", "a.md", "b.md"), make_event("2023-11", source="b.md"),
                           sources=(SOURCE, OTHER))  # fmt: skip
    placement = place(timeline)
    assert [lane.rows for lane in placement.lanes] == [1, 2]
    assert {(mark.source, mark.event.value): mark.row for mark in placement.marks} == {
        ("a.md", "2023"): 0,
        ("b.md", "2023"): 0,
        ("b.md", "2023-11"): 1,
    }


def test_page_data_lists_a_merged_event_once_with_a_mark_per_lane() -> None:
    """The page gets each event once (the table) and one mark per lane, each quoting its own source's sentence."""
    timeline = timeline_of(merged_event("2022", "a.md", "b.md"), make_event("2024", source="b.md"),
                           sources=(SOURCE, OTHER))  # fmt: skip
    data = page_data(timeline)
    assert [event["sources"] for event in data["events"]] == [2, 1]
    assert data["marks"] == [
        {"e": 0, "y": data["marks"][0]["y"], "g": 0, "m": 0},
        {"e": 0, "y": data["marks"][1]["y"], "g": 1, "m": 1},
        {"e": 1, "y": data["marks"][1]["y"], "g": 1, "m": 0},
    ]
    assert len(page_data(timeline, lanes="none")["marks"]) == 2


def test_each_mark_goes_into_its_sources_trace() -> None:
    """Both marks of a merged event are drawn, each in its source's trace, with the event's index as custom data and
    a hover quoting that source and saying how many sources report it."""
    spec = figure_spec(timeline_of(merged_event("2022", "a.md", "b.md"), sources=(SOURCE, OTHER)))
    assert [(trace["meta"]["group"], trace["customdata"][:1]) for trace in spec["data"]] == [(0, [0]), (1, [0])]
    assert "In b.md it began" in spec["data"][1]["hovertext"][0] and "Article B" in spec["data"][1]["hovertext"][0]
    assert all("reported by 2 sources" in trace["hovertext"][0] for trace in spec["data"])


def test_one_trace_per_source_and_style_not_per_event() -> None:
    """Hundreds of events from two sources, a third of them reported by both, make a handful of traces."""
    events = [make_event(f"{1900 + n}", source=("a.md", "b.md")[n % 2]) for n in range(100)]
    events += [merged_event(f"{1800 + n}", "a.md", "b.md") for n in range(50)]
    events += [make_event(f"2020-01-{n + 1:02d}", source="b.md") for n in range(28)]
    spec = figure_spec(timeline_of(*events, sources=(SOURCE, OTHER)))
    assert len(spec["data"]) == 3
    assert sum(trace["y"].count(None) for trace in spec["data"]) == 200  # each span is one line segment per lane


def test_webgl_from_many_events() -> None:
    """Traces use SVG below WEBGL_FROM events and WebGL from there on; the range slider only for few events."""
    few = figure_spec(timeline_of(make_event("2023")))
    days = [dt.date(1950, 1, 1) + dt.timedelta(days=n) for n in range(WEBGL_FROM)]
    many = figure_spec(timeline_of(*[make_event(day.isoformat()) for day in days]))
    assert {trace["type"] for trace in few["data"]} == {"scatter"}
    assert {trace["type"] for trace in many["data"]} == {"scattergl"}
    assert few["layout"]["xaxis"]["rangeslider"]["visible"] and not many["layout"]["xaxis"]["rangeslider"]["visible"]


@pytest.mark.parametrize(
    ("value", "mod", "symbol", "at"),
    [
        ("2020", Mod.BEFORE, "triangle-left", "2020-01-01"),
        ("2020", Mod.ON_OR_BEFORE, "triangle-left", "2021-01-01"),
        ("2020", Mod.AFTER, "triangle-right", "2021-01-01"),
        ("2020", Mod.ON_OR_AFTER, "triangle-right", "2020-01-01"),
        ("2020-05-04", Mod.BEFORE, "triangle-left", "2020-05-04 12:00"),
        ("2020-05-04", Mod.APPROX, "circle-open", "2020-05-04 12:00"),
    ],
)
def test_open_ended_dates_draw_an_arrow(value: str, mod: Mod, symbol: str, at: str) -> None:
    """'before', 'by', 'after' and 'from' put an arrow at the edge of the period; 'about' a day is an open circle."""
    spec = figure_spec(timeline_of(make_event(value, mod)))
    (markers,) = [trace for trace in spec["data"] if trace["mode"] == "markers"]
    assert markers["x"] == [at] and markers["marker"]["symbol"] == [symbol]


def test_publication_events_are_squares() -> None:
    """A source's own publication is drawn as a square marker."""
    spec = figure_spec(timeline_of(make_event("2025-03-18", kind="publication")))
    assert spec["data"][0]["marker"]["symbol"] == ["square"]


def test_figure_is_valid_plotly_with_escaped_hover() -> None:
    """The figure validates in Plotly, and hover text carries the sentence escaped."""
    event = make_event("2023", sentence="<script>x</script> in 2023 $5$", text="2023")
    fig = figure(timeline_of(event))
    assert isinstance(fig, go.Figure)
    hover = fig.data[0].hovertext[0]
    assert "&lt;script&gt;" in hover and "<script>" not in hover and "&#36;5&#36;" in hover


def test_page_is_deterministic_and_offline() -> None:
    """The same timeline gives the same bytes, with plotly.js inside and no outside address loaded."""
    timeline = timeline_of(make_event("2023"), make_event("2025-03", Mod.END), merged_event("2022", "b.md", "a.md"),
                           sources=(SOURCE, OTHER))  # fmt: skip
    first, second = page(timeline), page(timeline)
    assert first == second
    assert not re.search(r"<(script|link|img|iframe)[^>]*(src|href)=", first)


def test_csp_allows_exactly_the_inline_scripts() -> None:
    """The page's policy lists the hash of each script it runs, and nothing else may run."""
    html = page(timeline_of(make_event("2023")))
    policy = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    scripts = re.findall(r"<script>(.*?)</script>", html, flags=re.DOTALL)
    hashes = {"'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'" for s in scripts}
    listed = set(re.search(r"script-src ([^;]+);", policy).group(1).split())
    assert len(scripts) == 2 and listed == hashes
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


def test_only_webgl_pages_allow_eval(monkeypatch: pytest.MonkeyPatch) -> None:
    """WebGL drawing needs 'unsafe-eval' (regl generates code); an SVG page does not get it."""
    from timeline import render

    timeline = timeline_of(make_event("2023"))
    assert "unsafe-eval" not in page(timeline)
    monkeypatch.setattr(render, "WEBGL_FROM", 1)
    assert "script-src 'sha256-" in unescape(page(timeline)) and "&#x27;unsafe-eval&#x27;" in page(timeline)


def test_cdn_page_is_small_and_pinned() -> None:
    """``plotlyjs='cdn'`` loads plotly.js from its CDN with an integrity hash and stays small."""
    html = page(timeline_of(make_event("2023")), plotlyjs="cdn")
    tag = re.search(r'<script src="(https://cdn\.plot\.ly/plotly-[\d.]+\.min\.js)" integrity="sha384-[^"]+"', html)
    assert tag and len(html.encode()) < 100_000
    assert tag.group(1) in re.search(r"script-src ([^;]+);", unescape(html)).group(1)


def test_hostile_text_never_reaches_the_html_raw() -> None:
    """Nothing from a hostile source appears in the HTML as markup: only escaped, in the title and the JSON."""
    html = page(build([HOSTILE]).timeline)
    for raw in ("<script>window", "<img src=x", '<a href="javascript', "</td></tr>", "<style>body"):
        assert raw not in html
    assert html.count("<script") == 3


def test_title_from_option_or_sources() -> None:
    """The title is the option's, else the only source's title, else the first title and a count."""
    other = Source("b.md", "b.md", "Article B", dt.date(2025, 3, 18))
    one, two = timeline_of(make_event("2023")), timeline_of(make_event("2023"), sources=(SOURCE, other))
    assert page_title(one) == "Article A"
    assert page_title(two) == "Article A, and 1 more source"
    assert "<title>Mine &amp; &lt;yours&gt;</title>" in page(one, title="Mine & <yours>")


def test_unplaced_note_counts_reasons() -> None:
    """The note says how many expressions could not be placed, by reason, most frequent first."""
    items = tuple(
        Unplaced("a.md", "s", "t", 0, 1, "XXXX-03", reason) for reason in ("needs a date", "no period", "no period")
    )
    assert (
        unplaced_note(Timeline((SOURCE,), (), items))
        == "3 date expressions could not be placed: 2 no period; 1 needs a date."
    )
    assert unplaced_note(Timeline((SOURCE,), (), ())).startswith("Every date expression")


def test_empty_timeline_still_makes_a_page() -> None:
    """A timeline with no events gives a page that says so."""
    html = page(Timeline((SOURCE,), (), ()))
    assert "0 events from 1 source, no dated events" in html
