"""The timeline page: one self-contained HTML file drawn with Plotly, and the Plotly figure it is built on.

The flow is ``timeline -> marks -> figure spec -> page``:

* :func:`place` decides how each event is drawn: in the lane of every source that reports it (one mark per event and
  source; with one lane for all, one mark per event), its row inside each lane (events that overlap in time go to
  different rows), the part of its period drawn solid and any arrow.  Pure.
* :func:`figure_spec` turns the marks into a plain Plotly figure dict: one trace per source and drawing style
  (solid span, faint whole period, dashed approximate span, markers), never one per event; WebGL traces from
  :data:`WEBGL_FROM` marks on, a range slider up to :data:`SLIDER_UP_TO`.  :func:`figure` wraps it in a validated ``plotly.graph_objects.Figure`` for notebooks.
* :func:`page` writes the HTML: the figure, the events as JSON and ``timeline/page/page.js``, which draws labels that
  never overlap, the hover card, the details of a clicked event and the table of events.

Precision is shown honestly: a day is a marker; a week, month, quarter, season, year or decade is a span across its
whole period; "early", "mid" and "the end of" draw the first, middle or last third of the period solid over a faint
whole period; "before", "by", "after" and "from" draw an arrow at the edge of the period; "about" is dashed.

Article text is data.  Text that Plotly draws goes through :func:`plotly_text` (Plotly reads a subset of HTML and
``$...$`` LaTeX); the page script writes everything else with ``textContent``; the JSON block cannot close its
``<script>`` element; and a Content-Security-Policy lets only the page's own scripts run.  The same timeline gives
the same bytes: no clock, no random ids.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import json
import string
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal
from urllib.parse import urlsplit

import plotly.graph_objects as go

from timeline.model import Event, Granularity, Mention, Mod, Source, Timeline

Lanes = Literal["source", "none"]
PlotlyJs = Literal["inline", "cdn"]

DIV_ID = "timeline"
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442")
"""Okabe-Ito colour-blind-safe palette; the pale yellow comes last."""
WEBGL_FROM = 10_000
"""From this many marks on (one per event and source reporting it), traces are drawn with WebGL (``scattergl``), below with SVG.  A WebGL chart costs a fixed
~0.4 s to start in Chromium without a GPU; measured in headless Chromium, SVG draws 5,000 events in 0.6 s against
WebGL's 1.0 s, and WebGL 10,000 in 1.2 s against SVG's 1.4 s."""
SLIDER_UP_TO = 2_000
"""The range slider is shown up to this many marks: Plotly draws every SVG trace a second time inside it, which
triples the time to first draw at 5,000 events.  Above, range buttons, zoom and pan remain."""
MAX_GROUPS = 24
"""Up to this many sources get a trace group (legend entry, colour) each; beyond, sources share a group per colour."""
MAX_ROWS = 6
"""Most rows in one lane; more overlapping events share the least crowded row."""
MAX_TOTAL_ROWS = 48
"""Rows in all lanes together: lanes get fewer rows each when there are many sources."""
ROW_PX, HEADER_ROWS, MARGIN_PX = 30, 0.8, (8, 8, 8, 28)
"""Pixel height of a row, height of a lane's name band in rows, and plot margins (left, right, top, bottom)."""
BAR_PX, MARKER_PX = 9, 11
BAR_OFFSET = 0.62
"""Where in its row (0 top, 1 bottom) a bar or marker is drawn; its label goes above it."""
PAD_FRACTION = 0.01
"""Events closer than this fraction of the whole span go to different rows, so markers and labels get room."""
LANE_LABEL_CHARS, GROUP_NAME_CHARS = 60, 40
CDN_ORIGIN = "https://cdn.plot.ly"
DAY_MS = 86_400_000
EPOCH = dt.date(1970, 1, 1)

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SEASONS = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}
"""First month of each meteorological season (see ``timeline.periods.SEASON_MONTHS``).  Example: 2024-SU -> summer."""
PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
"""TIMEX3 part-of-day codes in words.  Example: 2025-03-17TMO -> the morning of Monday 17 March 2025."""

PRECISION = {
    Granularity.MILLENNIUM: "millennium",
    Granularity.CENTURY: "century",
    Granularity.DECADE: "decade",
    Granularity.YEAR: "year",
    Granularity.HALF: "half year",
    Granularity.QUARTER: "quarter",
    Granularity.SEASON: "season",
    Granularity.MONTH: "month",
    Granularity.WEEK: "week",
    Granularity.DAY: "day",
    Granularity.PART_OF_DAY: "part of a day",
    Granularity.TIME: "time of day",
}
"""How precise a date is, as the hover says it.  Example: 2025-03 -> "month"."""


@dataclass(frozen=True, slots=True)
class ModStyle:
    """How a TIMEX3 modifier reads and is drawn."""

    words: str
    """Format for the date in words; ``{}`` is the period."""
    note: str
    """What the chart shows, for the hover and the details."""
    example: str
    third: int | None = None
    """0, 1 or 2: the third of the period drawn solid (the rest is faint)."""
    arrow: Literal["left", "right"] | None = None
    edge: Literal["start", "end"] | None = None
    """Where the arrow sits: the first or the last moment of the period."""
    approx: bool = False


MOD_STYLES = {
    Mod.START: ModStyle("early {}", "the first third of the period is drawn solid", "early 2023", third=0),
    Mod.MID: ModStyle("mid-{}", "the middle third of the period is drawn solid", "mid-2023", third=1),
    Mod.END: ModStyle("end of {}", "the last third of the period is drawn solid", "the end of March", third=2),
    Mod.BEFORE: ModStyle(
        "before {}", "before the period: arrow at its start", "before 2020", arrow="left", edge="start"
    ),
    Mod.ON_OR_BEFORE: ModStyle(
        "by {}", "by the end of the period: arrow at its end", "by March", arrow="left", edge="end"
    ),
    Mod.AFTER: ModStyle("after {}", "after the period: arrow at its end", "after 2020", arrow="right", edge="end"),
    Mod.ON_OR_AFTER: ModStyle(
        "from {} on", "from the period on: arrow at its start", "since 2020", arrow="right", edge="start"
    ),
    Mod.APPROX: ModStyle("about {}", "approximate: drawn dashed", "around 2020", approx=True),
    Mod.LESS_THAN: ModStyle("less than {}", "less than the period", "less than a year ago"),
    Mod.MORE_THAN: ModStyle("more than {}", "more than the period", "more than a year ago"),
    Mod.EQUAL_OR_LESS: ModStyle("at most {}", "at most the period", "no more than a year ago"),
    Mod.EQUAL_OR_MORE: ModStyle("at least {}", "at least the period", "at least a year ago"),
}
"""Every TIMEX3 modifier: its words, what the chart draws, and an example expression."""

PLAIN = ModStyle("{}", "", "")

Style = Literal["solid", "faint", "dashed", "markers"]
STYLES: tuple[Style, ...] = ("faint", "dashed", "solid", "markers")
"""Drawing styles in drawing order (later on top); one trace per group and style."""
TRACE_LOOK: dict[Style, dict[str, Any]] = {
    "faint": {"mode": "lines", "opacity": 0.28, "line": {"width": BAR_PX}},
    "dashed": {"mode": "lines", "opacity": 0.75, "line": {"width": BAR_PX, "dash": "dot"}},
    "solid": {"mode": "lines", "opacity": 0.9, "line": {"width": BAR_PX}},
    "markers": {"mode": "markers", "marker": {"size": MARKER_PX, "line": {"width": 1.5, "color": "#ffffff"}}},
}
SYMBOLS = {"left": "triangle-left", "right": "triangle-right", "approx": "circle-open", "publication": "square"}
RANGE_BUTTONS = ((1, "month", "1m", 31), (6, "month", "6m", 183), (1, "year", "1y", 366), (5, "year", "5y", 1827),
                 (10, "year", "10y", 3653), (50, "year", "50y", 18263))  # fmt: skip
"""Range buttons as (count, step, label, days); a button is shown when the events span more than its days."""


# ----------------------------------------------------------------------------------------------- text


def plotly_text(text: str) -> str:
    """``text`` as Plotly shows it literally: no tag, entity or ``$...$`` LaTeX in it takes effect.

    >>> plotly_text('<b>"$5"</b> & more')
    '&lt;b&gt;&#34;&#36;5&#34;&lt;/b&gt; &amp; more'
    """
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&#34;")
        .replace("'", "&#39;")
        .replace("$", "&#36;")
    )


def script_json(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` appears raw, so no tag can close it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for raw, escaped in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) address, else ``None`` (no ``javascript:`` or other schemes)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, at most ``limit`` characters, cut at a word with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0] if " " in flat[: limit - 1] else flat[: limit - 1]
    return cut.rstrip(",;:-– ") + "…"


def day_words(day: dt.date, weekday: bool = False) -> str:
    """``18 March 2025`` (``Tuesday 18 March 2025`` with ``weekday``), the same in every locale."""
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def period_words(event: Event) -> str:
    """The event's period in words, at the precision the text gave.  Example: 2023-Q3 -> ``Q3 2023``."""
    start, end, granularity = event.start, event.end, event.granularity
    clock = event.value.partition("T")[2]
    match granularity:
        case Granularity.MILLENNIUM:
            return f"the {_ordinal(start.year // 1000 + 1)} millennium"
        case Granularity.CENTURY:
            return f"the {_ordinal(start.year // 100 + 1)} century"
        case Granularity.DECADE:
            return f"the {start.year - start.year % 10}s"
        case Granularity.YEAR:
            return str(start.year)
        case Granularity.HALF:
            return f"the {'first' if start.month <= 6 else 'second'} half of {start.year}"
        case Granularity.QUARTER:
            return f"Q{(start.month - 1) // 3 + 1} {start.year}"
        case Granularity.SEASON:
            season = SEASONS.get(start.month, "season")
            return f"{season} {start.year}" + (f"–{end.year % 100:02d}" if end.year != start.year else "")
        case Granularity.MONTH:
            return f"{MONTHS[start.month - 1]} {start.year}"
        case Granularity.WEEK:
            return f"the week of {day_words(start)}"
        case Granularity.PART_OF_DAY:
            return f"the {PARTS_OF_DAY.get(clock, 'part of the day')} of {day_words(start, weekday=True)}"
        case Granularity.TIME:
            return f"{day_words(start, weekday=True)}, {clock[:5]}"
    return day_words(start, weekday=True)


def date_words(event: Event) -> str:
    """The normalized date in words with its modifier.  Example: 2025-03 with END -> ``end of March 2025``."""
    return MOD_STYLES.get(event.mod, PLAIN).words.format(period_words(event)) if event.mod else period_words(event)


def highlight(mention: Mention) -> tuple[int, int]:
    """Where the expression lies in the mention's sentence, as ``(start, end)``; ``(0, 0)`` if it is not found."""
    start = mention.start - mention.sentence_start
    if mention.sentence[start : start + len(mention.text)] == mention.text:
        return start, start + len(mention.text)
    found = mention.sentence.find(mention.text)
    return (found, found + len(mention.text)) if found >= 0 and mention.text else (0, 0)


# ----------------------------------------------------------------------------------------------- placing marks


@dataclass(frozen=True, slots=True)
class Lane:
    """A horizontal band of the chart: its name, its first y (top, in rows) and how many rows it has."""

    name: str
    top: float
    rows: int


@dataclass(frozen=True, slots=True)
class Mark:
    """How one event is drawn in one lane.  Dates are days; ``period`` and ``solid`` are half-open ``[first, after last)``.

    With a lane per source, an event reported by several sources has a mark in each of their lanes, in each source's
    group; with one lane for all, it has one mark, in the group of its first source.
    """

    event: Event
    index: int
    """The event's position in ``timeline.events``: every mark of one event has the same."""
    source: str
    """The source whose lane the mark is in (with one lane for all: the event's first source)."""
    group: int
    lane: int
    row: int
    y: float
    point: bool
    period: tuple[dt.date, dt.date]
    solid: tuple[dt.date, dt.date] | None
    style: ModStyle


@dataclass(frozen=True, slots=True)
class Placement:
    """Every mark, the lanes, and the trace groups (one per source, or per colour with many sources).

    Marks come in the events' order, and an event's marks in its lanes' order.
    """

    marks: tuple[Mark, ...]
    lanes: tuple[Lane, ...]
    groups: tuple[tuple[str, str], ...]
    """``(name, colour)`` of each group."""
    source_group: dict[str, int]

    @property
    def height_rows(self) -> float:
        """Height of all lanes together, in rows."""
        last = self.lanes[-1] if self.lanes else None
        return last.top + HEADER_ROWS + last.rows if last else 1.0


def _kind(event: Event) -> str:
    return str(getattr(event.kind, "value", event.kind))


def _is_point(event: Event) -> bool:
    return event.granularity.rank >= Granularity.DAY.rank


def _solid(event: Event, style: ModStyle) -> tuple[dt.date, dt.date] | None:
    """The part of the period drawn solid: all of it, one third of it, or none (arrows, approximate)."""
    first, after = event.start, event.end + dt.timedelta(days=1)
    if style.arrow or style.approx:
        return None
    if style.third is None:
        return first, after
    days = (after - first).days
    return first + dt.timedelta(days=days * style.third // 3), first + dt.timedelta(
        days=days * (style.third + 1) // 3
    )


def _groups(sources: Sequence[Source]) -> tuple[tuple[tuple[str, str], ...], dict[str, int]]:
    names = [shorten(source.title or source.id, GROUP_NAME_CHARS) for source in sources]
    if len(sources) <= MAX_GROUPS:
        groups = tuple((name, PALETTE[index % len(PALETTE)]) for index, name in enumerate(names))
        return groups, {source.id: index for index, source in enumerate(sources)}
    count = len(PALETTE)
    grouped = []
    for colour_index, colour in enumerate(PALETTE):
        members = names[colour_index::count]
        grouped.append((shorten(f"{len(members)} sources: " + "; ".join(members), GROUP_NAME_CHARS), colour))
    return tuple(grouped), {source.id: index % count for index, source in enumerate(sources)}


def _reporters(event: Event) -> list[str]:
    """The sources that report ``event``, in the order of its mentions (the first is its first mention's)."""
    return list(dict.fromkeys(mention.source for mention in event.mentions))


def place(timeline: Timeline, lanes: Lanes = "source") -> Placement:
    """Lay out every event: a mark in the lane of each source that reports it (``lanes="source"``) or one mark in the
    single lane (``lanes="none"``); each mark's row, what is drawn solid, and its colour group (its lane's source)."""
    groups, source_group = _groups(timeline.sources)
    extra = [source for event in timeline.events for source in _reporters(event) if source not in source_group]
    for source_id in dict.fromkeys(extra):  # events whose source is not listed still get a colour
        source_group[source_id] = len(source_group) % len(groups) if groups else 0
    if not groups:
        groups = (("events", PALETTE[0]),)
    if lanes == "none":
        lane_keys, lane_names = ["all"], ["All sources"]
    else:
        used = {source for event in timeline.events for source in _reporters(event)}
        titles = {source.id: source.title or source.id for source in timeline.sources}
        listed = [source.id for source in timeline.sources if source.id in used]
        lane_keys = listed + sorted(used - set(listed))  # in the sources' order
        lane_names = [shorten(titles.get(key, key), LANE_LABEL_CHARS) for key in lane_keys]
    lane_index = {key: index for index, key in enumerate(lane_keys)}
    cap = max(1, min(MAX_ROWS, MAX_TOTAL_ROWS // max(1, len(lane_keys))))
    span = _extent_days(timeline.events)
    pad = max(1, round(span * PAD_FRACTION))
    row_ends: list[list[dt.date]] = [[] for _ in lane_keys]
    placed: list[tuple[int, Event, str, int, int]] = []
    for index, event in enumerate(timeline.events):
        if lanes == "none":
            pairs = [(event.mentions[0].source, 0)]
        else:
            pairs = sorted(((source, lane_index[source]) for source in _reporters(event)), key=lambda pair: pair[1])
        first, after = event.start, event.end + dt.timedelta(days=1)
        for source, lane in pairs:
            ends = row_ends[lane]
            row = next((number for number, end in enumerate(ends) if end <= first), None)
            if row is None and len(ends) < cap:
                row = len(ends)
                ends.append(first)
            elif row is None:
                row = min(range(len(ends)), key=lambda number: (ends[number], number))
            ends[row] = max(ends[row], after + dt.timedelta(days=pad))
            placed.append((index, event, source, lane, row))
    lane_list: list[Lane] = []
    top = 0.0
    for name, ends in zip(lane_names, row_ends, strict=True):
        lane_list.append(Lane(name, top, max(1, len(ends))))
        top += HEADER_ROWS + max(1, len(ends))
    marks = []
    for index, event, source, lane, row in placed:
        style = MOD_STYLES.get(event.mod, PLAIN) if event.mod else PLAIN
        marks.append(
            Mark(
                event=event,
                index=index,
                source=source,
                group=source_group[source],
                lane=lane,
                row=row,
                y=round(lane_list[lane].top + HEADER_ROWS + row + BAR_OFFSET, 4),
                point=_is_point(event),
                period=(event.start, event.end + dt.timedelta(days=1)),
                solid=_solid(event, style),
                style=style,
            )
        )
    return Placement(tuple(marks), tuple(lane_list), groups, source_group)


def _extent_days(events: Sequence[Event]) -> int:
    if not events:
        return 0
    return (max(event.end for event in events) - min(event.start for event in events)).days + 1


# ----------------------------------------------------------------------------------------------- the figure


def _ms(day: dt.date) -> int:
    return (day - EPOCH).days * DAY_MS


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _noon(day: dt.date) -> str:
    return f"{day.isoformat()} 12:00"


def _clamped(day: dt.date, days: int) -> dt.date:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def x_range(placement: Placement) -> tuple[str, str]:
    """The opening view: the span of every event, with a margin on each side."""
    if not placement.marks:
        return "2000-01-01", "2001-01-01"
    first = min(mark.period[0] for mark in placement.marks)
    after = max(mark.period[1] for mark in placement.marks)
    margin = max(15, (after - first).days // 25)
    return _iso(_clamped(first, -margin)), _iso(_clamped(after, margin))


def _lane_mention(mark: Mark) -> int:
    """Which of the event's mentions speaks for ``mark``: the first from the source of its lane."""
    return next((n for n, mention in enumerate(mark.event.mentions) if mention.source == mark.source), 0)


def _hover_text(mark: Mark, titles: dict[str, str]) -> str:
    """The hover of a mark: its lane's source's sentence, and how many sources report the event."""
    event = mark.event
    mention = event.mentions[_lane_mention(mark)]
    first, last = highlight(mention)
    sentence = mention.sentence
    parts = [
        f"<b>{plotly_text(mention.text)}</b> → {plotly_text(date_words(event))}",
        f"precision: {PRECISION[event.granularity]}",
        plotly_text(shorten(sentence[:first], 200))
        + f" <b>{plotly_text(sentence[first:last])}</b> "
        + plotly_text(shorten(sentence[last:], 200)),
        plotly_text(titles.get(mention.source, mention.source)),
    ]
    reporters = len(_reporters(event))
    if reporters > 1:
        parts.append(f"reported by {reporters} sources")
    return "<br>".join(parts)


def _trace(kind: str, style: Style, group: int, name: str, colour: str) -> dict[str, Any]:
    look = json.loads(json.dumps(TRACE_LOOK[style]))  # a deep copy
    if style == "markers":
        look["marker"].update(color=colour, symbol=[])
    else:
        look["line"]["color"] = colour
    return {
        "type": kind,
        "name": name,
        "legendgroup": f"g{group}",
        "showlegend": False,
        "x": [],
        "y": [],
        "customdata": [],
        "hovertext": [],
        "meta": {"group": group, "style": style},
        **look,
    }


def _bar(part: tuple[dt.date, dt.date], hover: bool) -> list[str]:
    """A span's vertices: its ends, and its middle too when the hover needs somewhere to catch the mouse."""
    first, after = part
    if not hover:
        return [_iso(first), _iso(after)]
    return [_iso(first), _iso(first + (after - first) / 2), _iso(after)]


def figure_spec(
    timeline: Timeline, *, lanes: Lanes = "source", title: str | None = None, hover: bool = True
) -> dict[str, Any]:
    """The figure as a plain Plotly dict.  ``hover=False`` leaves hover to the page script (no hover text)."""
    return _figure_spec(place(timeline, lanes), timeline, title=title, hover=hover)


def _figure_spec(placement: Placement, timeline: Timeline, *, title: str | None, hover: bool) -> dict[str, Any]:
    titles = {source.id: source.title or source.id for source in timeline.sources}
    kind = "scattergl" if len(placement.marks) >= WEBGL_FROM else "scatter"
    traces: dict[tuple[int, Style], dict[str, Any]] = {}

    def add(mark: Mark, style: Style, xs: list[str], symbol: str = "circle") -> None:
        key = (mark.group, style)
        if key not in traces:
            name, colour = placement.groups[mark.group]
            traces[key] = _trace(kind, style, mark.group, plotly_text(name), colour)
        trace = traces[key]
        gap = [] if style == "markers" else [None]  # a None ends one span's line before the next
        trace["x"].extend([*xs, *gap])
        trace["y"].extend([*([mark.y] * len(xs)), *gap])
        trace["customdata"].extend([*([mark.index] * len(xs)), *gap])  # the event's position in the timeline
        if hover:
            trace["hovertext"].extend([*([_hover_text(mark, titles)] * len(xs)), *gap])
        if style == "markers":
            trace["marker"]["symbol"].append(symbol)

    for mark in placement.marks:
        event, style = mark.event, mark.style
        if mark.point:
            add(mark, "markers", [_noon(event.start)], _point_symbol(event, style))
            continue
        if style.approx:
            add(mark, "dashed", _bar(mark.period, hover))
        elif mark.solid == mark.period:
            add(mark, "solid", _bar(mark.period, hover))
        else:
            add(mark, "faint", _bar(mark.period, hover))
            if mark.solid is not None:
                add(mark, "solid", _bar(mark.solid, hover))
        if style.arrow:
            edge = mark.period[0] if style.edge == "start" else mark.period[1]
            add(mark, "markers", [_iso(edge)], SYMBOLS[style.arrow])

    data = []
    for group in range(len(placement.groups)):
        present = [traces[(group, style)] for style in STYLES if (group, style) in traces]
        for position, trace in enumerate(present):
            trace["showlegend"] = position == 0
            if trace["mode"] == "markers" and set(trace["marker"]["symbol"]) == {"circle"}:
                trace["marker"]["symbol"] = "circle"
            if not hover:  # the page script finds events itself: no hover text, no event numbers
                del trace["hovertext"], trace["customdata"]
            trace["hoverinfo"] = "text" if hover else "skip"
            data.append(trace)
    return {"data": data, "layout": _layout(placement, timeline, title, hover)}


def _point_symbol(event: Event, style: ModStyle) -> str:
    if style.arrow:
        return SYMBOLS[style.arrow]
    if style.approx:
        return SYMBOLS["approx"]
    return SYMBOLS.get(_kind(event), "circle")


def _layout(placement: Placement, timeline: Timeline, title: str | None, hover: bool) -> dict[str, Any]:
    left, right, top, bottom = MARGIN_PX
    height_rows = placement.height_rows
    days = _extent_days(timeline.events)
    buttons = [
        {"count": count, "step": step, "stepmode": "backward", "label": label}
        for count, step, label, length in RANGE_BUTTONS
        if days > length
    ]
    annotations = [
        {
            "text": plotly_text(lane.name),
            "x": 0,
            "xref": "paper",
            "xanchor": "left",
            "y": lane.top + 0.38,
            "yref": "y",
            "yanchor": "middle",
            "showarrow": False,
            "font": {"size": 12, "color": "#444444"},
            "bgcolor": "rgba(255,255,255,0.85)",
        }
        for lane in placement.lanes
    ]
    shapes = [
        {
            "type": "rect",
            "xref": "paper",
            "x0": 0,
            "x1": 1,
            "yref": "y",
            "y0": lane.top,
            "y1": lane.top + HEADER_ROWS + lane.rows,
            "fillcolor": "#f6f7f9" if index % 2 else "rgba(0,0,0,0)",
            "line": {"width": 0},
            "layer": "below",
        }
        for index, lane in enumerate(placement.lanes)
    ]
    layout: dict[str, Any] = {
        "height": round(height_rows * ROW_PX) + top + bottom + (120 if len(placement.marks) <= SLIDER_UP_TO else 60),
        "margin": {"l": left, "r": right, "t": top + (40 if title else 0), "b": bottom, "pad": 0},
        "font": {"family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", "size": 12},
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
        "showlegend": hover,
        "legend": {"orientation": "h", "x": 0, "xanchor": "left", "y": 1.0, "yanchor": "bottom"},
        "hovermode": "closest" if hover else False,
        "hoverlabel": {"align": "left", "bgcolor": "#ffffff", "font": {"color": "#222222"}},
        "dragmode": "zoom",
        "xaxis": {
            "type": "date",
            "range": list(x_range(placement)),
            "showgrid": True,
            "gridcolor": "#e4e7eb",
            "linecolor": "#9aa0a6",
            "ticks": "outside",
            "rangeselector": {
                "buttons": [*buttons, {"step": "all", "label": "all"}],
                "x": 0,
                "xanchor": "left",
                "y": 1.0,
                "yanchor": "bottom",
                "bgcolor": "#eef1f4",
                "activecolor": "#c9d2dc",
            },
            "rangeslider": {"visible": len(placement.marks) <= SLIDER_UP_TO, "thickness": 0.07, "bgcolor": "#f6f7f9"},
        },
        "yaxis": {
            "range": [height_rows, 0],
            "fixedrange": True,
            "showgrid": False,
            "zeroline": False,
            "showticklabels": False,
        },
        "annotations": annotations,
        "shapes": shapes,
    }
    if title:
        layout["title"] = {"text": plotly_text(title), "x": 0, "xanchor": "left"}
    return layout


def figure(timeline: Timeline, *, lanes: Lanes = "source", title: str | None = None, hover: bool = True) -> go.Figure:
    """The Plotly figure (validated): lanes, spans and markers, with hover text unless ``hover=False``."""
    return go.Figure(figure_spec(timeline, lanes=lanes, title=title, hover=hover))


# ----------------------------------------------------------------------------------------------- the page


def page_title(timeline: Timeline) -> str:
    """A title from the sources: the only source's title, or a count and the first titles."""
    titles = [source.title or source.id for source in timeline.sources]
    if not titles:
        return "Timeline"
    if len(titles) == 1:
        return titles[0]
    return shorten(f"{titles[0]}, and {len(titles) - 1} more source{'s' * (len(titles) > 2)}", 110)


def _range_words(timeline: Timeline) -> str:
    if not timeline.events:
        return "no dated events"
    first = min(timeline.events, key=lambda event: (event.start, event.end))
    last = max(timeline.events, key=lambda event: (event.end, event.start))
    return f"{period_words(first)} to {period_words(last)}" if first is not last else period_words(first)


def subtitle(timeline: Timeline) -> str:
    """Counts and the span: ``5 events from 2 sources, 2022 to March 2025``."""
    events, sources = len(timeline.events), len(timeline.sources)
    return (
        f"{events} event{'s' * (events != 1)} from {sources} source{'s' * (sources != 1)}, {_range_words(timeline)}"
    )


def unplaced_note(timeline: Timeline) -> str:
    """How many expressions could not be placed, and why."""
    if not timeline.unplaced:
        return "Every date expression found was placed on the timeline."
    reasons: dict[str, int] = {}
    for item in timeline.unplaced:
        reasons[item.reason] = reasons.get(item.reason, 0) + 1
    count = len(timeline.unplaced)
    why = "; ".join(
        f"{number} {reason}" for reason, number in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return f"{count} date expression{'s' * (count != 1)} could not be placed: {why}."


def page_data(timeline: Timeline, *, lanes: Lanes = "source") -> dict[str, Any]:
    """What the page script reads: the figure (without hover text), events, marks, sources and groups.

    ``events`` has one entry per event (the table, the details, the hover card); ``marks`` one per drawn mark, each
    ``{"e": event, "y": row's y, "g": group, "m": the mention its hover quotes}``: an event reported by three sources
    has three marks, one in each source's lane.
    """
    placement = place(timeline, lanes)
    spec = _figure_spec(placement, timeline, title=None, hover=False)
    source_index = {source.id: index for index, source in enumerate(timeline.sources)}
    sources = [
        {
            "id": source.id,
            "title": source.title or source.id,
            "outlet": source.outlet,
            "published": day_words(source.published) if source.published else None,
            "url": safe_url(source.url),
            "group": placement.source_group.get(source.id, 0),
        }
        for source in timeline.sources
    ]
    events = []
    for event in timeline.events:
        mentions = []
        for mention in event.mentions:
            if mention.source not in source_index:
                source_index[mention.source] = len(sources)
                sources.append(
                    {
                        "id": mention.source,
                        "title": mention.source,
                        "outlet": None,
                        "published": None,
                        "url": None,
                        "group": placement.source_group.get(mention.source, 0),
                    }
                )
            first, last = highlight(mention)
            mentions.append(
                [source_index[mention.source], mention.sentence, _utf16(mention.sentence, first),
                 _utf16(mention.sentence, last), mention.text]
            )  # fmt: skip
        point = _is_point(event)
        x0, x1 = _ms(event.start), _ms(event.end + dt.timedelta(days=1))
        style = MOD_STYLES.get(event.mod, PLAIN) if event.mod else PLAIN
        events.append(
            {
                "x0": x0 + DAY_MS // 2 if point else x0,
                "x1": x0 + DAY_MS // 2 if point else x1,
                "point": point,
                "when": date_words(event),
                "precision": PRECISION[event.granularity],
                "note": style.note,
                "kind": _kind(event),
                "label": event.label,
                "text": event.mentions[0].text,
                "value": event.value,
                "sources": len(_reporters(event)),
                "mentions": mentions,
            }
        )
    marks = [{"e": mark.index, "y": mark.y, "g": mark.group, "m": _lane_mention(mark)} for mark in placement.marks]
    traces: dict[int, list[int]] = {}
    for index, trace in enumerate(spec["data"]):
        traces.setdefault(trace["meta"]["group"], []).append(index)
    groups = [
        {"name": name, "colour": colour, "traces": traces.get(index, [])}
        for index, (name, colour) in enumerate(placement.groups)
    ]
    return {
        "div": DIV_ID,
        "figure": spec,
        "config": {
            "responsive": True,
            "displaylogo": False,
            "typesetMath": False,
            "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d"],
        },
        "rowPx": ROW_PX,
        "barPx": BAR_PX,
        "events": events,
        "marks": marks,
        "sources": sources,
        "groups": groups,
        "unplaced": [[item.source, item.text, item.reason] for item in timeline.unplaced],
    }


def _utf16(text: str, offset: int) -> int:
    """A character offset as JavaScript counts it (UTF-16 code units)."""
    return len(text[:offset].encode("utf-16-le")) // 2


def _asset(name: str) -> str:
    return (resources.files("timeline") / "page" / name).read_text(encoding="utf-8")


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def _plotlyjs() -> tuple[str, str]:
    """The bundled plotly.js and its version."""
    from plotly.offline import get_plotlyjs, get_plotlyjs_version

    return get_plotlyjs(), str(get_plotlyjs_version())


def page(
    timeline: Timeline, *, title: str | None = None, lanes: Lanes = "source", plotlyjs: PlotlyJs = "inline"
) -> str:
    """The whole HTML page as text: offline by default, or loading plotly.js from its CDN (``plotlyjs="cdn"``)."""
    heading = title or page_title(timeline)
    script = _asset("page.js")
    hashes = [_sha256(script)]
    library, version = _plotlyjs()
    if plotlyjs == "cdn":
        integrity = "sha384-" + base64.b64encode(hashlib.sha384(library.encode("utf-8")).digest()).decode("ascii")
        plotly_tag = (
            f'<script src="{CDN_ORIGIN}/plotly-{version}.min.js" integrity="{integrity}" '
            'crossorigin="anonymous" charset="utf-8"></script>'
        )
        script_src = " ".join([*hashes, f"{CDN_ORIGIN}/plotly-{version}.min.js"])
    else:
        plotly_tag = f"<script>{library}</script>"
        script_src = " ".join([_sha256(library), *hashes])
    data = page_data(timeline, lanes=lanes)
    if any(trace["type"] == "scattergl" for trace in data["figure"]["data"]):
        script_src += " 'unsafe-eval'"  # WebGL drawing (regl) compiles its shaders' glue code at run time
    policy = (
        f"default-src 'none'; script-src {script_src}; style-src 'unsafe-inline'; img-src data: blob:; "
        "font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
    template = string.Template(_asset("page.html"))
    return template.substitute(
        csp=html.escape(policy, quote=True),
        title=html.escape(heading, quote=True),
        subtitle=html.escape(subtitle(timeline)),
        unplaced=html.escape(unplaced_note(timeline)),
        css=_asset("page.css"),
        plotly=plotly_tag,
        data=script_json(data),
        script=script,
        div=DIV_ID,
    )
