"""Read a saved or fetched web page: the article's main text and the page's own metadata.

    >>> page = read_page(b"<html><head><title>Bridge reopens</title></head>"
    ...                  b"<body><article><p>The bridge reopened on Monday.</p></article></body></html>")
    >>> page.title, page.text
    ('Bridge reopens', 'The bridge reopened on Monday.')

The work is done by libraries made for it: ``trafilatura`` finds the main text (leaving out navigation, ads and
comments), the title, the outlet (``og:site_name``, JSON-LD ``publisher``) and the canonical url; ``htmldate``
finds the publication date in the markup (``article:published_time`` and other meta tags, JSON-LD
``datePublished``, ``<time datetime>`` elements, a date in the url).  Only the markup is searched for the date,
never the article's text, whose dates are the events themselves (``extensive_search=False``).  The latest date
accepted is a fixed :data:`LATEST_DATE`, not today, so the result does not depend on the clock.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from timeline.decoding import Decoded, decode_bytes

LATEST_DATE = "2999-12-31"
"""Passed to ``htmldate`` as the latest acceptable publication date (its default is today)."""

DATE_SEARCH = {"original_date": True, "extensive_search": False, "max_date": LATEST_DATE}
"""``htmldate`` settings: the original publication date (not the last update), from the markup only."""

DECLARED_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*(?P<charset>[A-Za-z0-9_.:-]+)""", re.IGNORECASE)
"""``<meta charset="iso-8859-1">`` or ``<meta http-equiv="Content-Type" content="text/html; charset=...">``."""

CHARSET_PROBE = 4096
"""How many leading bytes are searched for a declared charset."""

ARTICLE_TYPES = frozenset({"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting"})
"""JSON-LD ``@type`` values whose ``url`` is the article's own address."""

JSON_LD_URL_KEYS = ("url", "mainEntityOfPage")
"""JSON-LD keys holding the article's address (``"url": "https://..."`` or ``"mainEntityOfPage": {"@id": ...}``)."""


class PageError(ValueError):
    """The page holds no article text."""


@dataclass(frozen=True, slots=True)
class Page:
    """What a web page says about itself and its main text (paragraphs separated by line breaks)."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    published_raw: str | None = None
    outlet: str | None = None
    url: str | None = None
    encoding_warning: str | None = None


def read_page(data: bytes, *, url: str | None = None, charset: str | None = None) -> Page:
    """The main text and metadata of the HTML page ``data``.

    ``url`` is where the page came from (for a fetched page); ``charset`` is an encoding named outside the page
    (an HTTP ``Content-Type`` header).  Raises :class:`timeline.decoding.NotText` for binary data and
    :class:`PageError` when no article text is found.
    """
    decoded = decode_page(data, charset=charset)
    import trafilatura  # imported here: it takes a third of a second and plain-text runs never need it
    from trafilatura.settings import Document as Extracted

    try:
        tree = trafilatura.load_html(decoded.text)
        if tree is None:
            raise PageError("not an HTML page (no markup found)")
        linked_url = json_ld_url(tree)
        found = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=dict(DATE_SEARCH),
        )
    except PageError:
        raise
    except Exception as error:  # noqa: BLE001 -- a third-party parser on arbitrary markup: report, never crash
        raise PageError(f"cannot read the page ({type(error).__name__}: {error})") from None
    text = (found.text or "").strip() if isinstance(found, Extracted) else ""
    if not isinstance(found, Extracted) or not text:
        raise PageError("no article text found in the page")
    published_raw = found.date or None
    return Page(
        text=text,
        title=found.title or None,
        published=dt.date.fromisoformat(published_raw) if published_raw else None,
        published_raw=published_raw,
        outlet=found.sitename or found.hostname or None,
        url=found.url or linked_url or url,
        encoding_warning=decoded.warning,
    )


def decode_page(data: bytes, *, charset: str | None = None) -> Decoded:
    """The page's text: a byte-order mark, UTF-8, the charset named outside or inside the page, or a guess."""
    declared = charset
    if declared is None:
        match = DECLARED_CHARSET.search(data[:CHARSET_PROBE])
        declared = match.group("charset").decode("ascii") if match else None
    return decode_bytes(data, declared=declared)


def json_ld_url(tree: Any) -> str | None:
    """The ``url`` of the first article object in the page's JSON-LD blocks, if any.

    ``trafilatura`` reads the title, date and publisher from JSON-LD but takes the url only from ``<link
    rel="canonical">`` and ``og:url``; this fills that gap.
    """
    for script in tree.xpath('.//script[@type="application/ld+json"]'):
        try:
            value = json.loads(script.text or "")
        except ValueError:
            continue
        for item in _objects(value):
            types = item.get("@type")
            names = {types} if isinstance(types, str) else set(types) if isinstance(types, list) else set()
            if not names & ARTICLE_TYPES:
                continue
            for key in JSON_LD_URL_KEYS:
                address = item.get(key)
                if isinstance(address, dict):
                    address = address.get("@id")
                if isinstance(address, str) and address.startswith(("http://", "https://")):
                    return address
    return None


def _objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in ``value``, outer first (JSON-LD nests articles in lists and ``@graph``)."""
    if isinstance(value, dict):
        yield value
        for inner in value.values():
            if isinstance(inner, list | dict):
                yield from _objects(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _objects(inner)
