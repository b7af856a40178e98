"""The timeline page: one self-contained HTML file drawn with Plotly (graph_objects, no numpy needed).

Building the figure is pure (:func:`figure`); :func:`page` turns it into deterministic HTML (fixed ``div_id``).
Article text is data: every string that reaches the page is HTML-escaped.
"""

from __future__ import annotations

import datetime as dt
import html

import plotly.graph_objects as go

from timeline.model import Event, Granularity, Timeline

DIV_ID = "timeline"
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
"""Okabe-Ito colour-blind-safe palette."""


def _hover(event: Event, titles: dict[str, str]) -> str:
    mention = event.mentions[0]
    lines = [
        f"<b>{html.escape(mention.text)}</b> → {html.escape(event.value)}"
        + (f" ({html.escape(event.mod.value.lower())})" if event.mod else ""),
        f"precision: {html.escape(event.granularity.value)}",
        html.escape(titles.get(mention.source, mention.source)),
        html.escape(_wrap(mention.sentence)),
    ]
    return "<br>".join(lines)


def _wrap(text: str, width: int = 80) -> str:
    words, line, out = text.split(), "", []
    for word in words:
        if len(line) + len(word) + 1 > width and line:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    out.append(line)
    return "\n".join(out)


def figure(timeline: Timeline) -> go.Figure:
    """The Plotly figure: a lane per source, a marker per day, a bar across every coarser period."""
    titles = {source.id: source.title or source.id for source in timeline.sources}
    lanes = {source.id: index for index, source in enumerate(timeline.sources)}
    fig = go.Figure()
    for source in timeline.sources:
        colour = PALETTE[lanes[source.id] % len(PALETTE)]
        events = [event for event in timeline.events if event.mentions[0].source == source.id]
        spans = [event for event in events if event.granularity.rank < Granularity.DAY.rank]
        points = [event for event in events if event.granularity.rank >= Granularity.DAY.rank]
        name = html.escape(titles[source.id])
        lane = html.escape(source.id)
        if spans:
            fig.add_trace(
                go.Bar(
                    base=[event.start.isoformat() for event in spans],
                    x=[_span_ms(event.start, event.end) for event in spans],
                    y=[lane] * len(spans),
                    orientation="h",
                    marker={"color": colour, "opacity": 0.45},
                    hovertext=[_hover(event, titles) for event in spans],
                    hoverinfo="text",
                    name=name,
                    legendgroup=lane,
                )
            )
        if points:
            fig.add_trace(
                go.Scatter(
                    x=[event.start.isoformat() for event in points],
                    y=[lane] * len(points),
                    mode="markers",
                    marker={"color": colour, "size": 11},
                    hovertext=[_hover(event, titles) for event in points],
                    hoverinfo="text",
                    name=name,
                    legendgroup=lane,
                    showlegend=not spans,
                )
            )
    fig.update_layout(
        title={"text": "Timeline"},
        xaxis={"type": "date", "rangeslider": {"visible": True}},
        yaxis={"type": "category", "autorange": "reversed"},
        barmode="overlay",
        template="plotly_white",
        hoverlabel={"align": "left"},
    )
    return fig


def _span_ms(start: dt.date, end: dt.date) -> int:
    """Length in milliseconds from the start of ``start`` to the end of ``end``."""
    return ((end - start).days + 1) * 86_400_000


def page(timeline: Timeline) -> str:
    """The whole HTML page as text."""
    return figure(timeline).to_html(full_html=True, include_plotlyjs=True, div_id=DIV_ID)
