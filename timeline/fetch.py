"""Fetch an article from an ``http(s)://`` address, with a time limit and one clear message when it fails.

    >>> is_url("https://example.com/news/1"), is_url("sources/a.txt")
    (True, False)

Uses the standard library's ``urllib`` (proxies from the environment are honoured).  The time limit covers the
whole download, not only each read, so a server that sends a byte a second cannot hold a run for ever; it is
measured with a monotonic timer, which is not a calendar clock and never reaches a result.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message

URL_SCHEMES = ("http://", "https://")
"""Addresses that are fetched; any other ``scheme://`` argument is reported, not read as a file name."""

DEFAULT_TIMEOUT = 20.0
"""Seconds a fetch may take in all (connecting, waiting and downloading)."""

MAX_BYTES = 32 * 1024 * 1024
"""A page larger than this is refused (a news article is rarely above a few megabytes)."""

CHUNK = 64 * 1024
USER_AGENT = "timeline-builder/0.1"


class FetchError(Exception):
    """An address that could not be fetched; the message is one line meant for the user."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """The body of a fetched page and what the server said about it."""

    url: str
    """The final address, after redirects."""
    data: bytes
    media_type: str | None = None
    """The ``Content-Type`` without parameters, lower case (``text/html``), if the server sent one."""
    charset: str | None = None
    """The ``charset`` parameter of ``Content-Type``, if any."""


def is_url(text: str) -> bool:
    """True for an ``http://`` or ``https://`` address."""
    return text[:8].lower().startswith(URL_SCHEMES)


def looks_like_url(text: str) -> bool:
    """True for anything of the form ``scheme://...`` (fetched or not)."""
    scheme, sep, _ = text.partition("://")
    return bool(sep) and scheme.isalpha()


def fetch(url: str, *, timeout: float | None = None, max_bytes: int = MAX_BYTES) -> Fetched:
    """Download ``url`` within ``timeout`` seconds (default :data:`DEFAULT_TIMEOUT`); raises :class:`FetchError`
    with a one-line reason on any failure."""
    timeout = DEFAULT_TIMEOUT if timeout is None else timeout
    if not is_url(url):
        raise FetchError("only http:// and https:// addresses can be fetched")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html, */*;q=0.5"})
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 -- scheme checked above
            data = _read_body(response, deadline, timeout, max_bytes)
            headers: Message = response.headers
            final_url = response.geturl()
    except FetchError:
        raise
    except urllib.error.HTTPError as error:
        raise FetchError(f"the server answered HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise FetchError(_reason(error.reason, timeout)) from None
    except (OSError, http.client.HTTPException) as error:
        raise FetchError(_reason(error, timeout)) from None
    media_type = headers.get_content_type() if headers.get("Content-Type") else None
    charset = headers.get_content_charset()
    return Fetched(final_url, data, media_type, charset)


def _read_body(response: http.client.HTTPResponse, deadline: float, timeout: float, max_bytes: int) -> bytes:
    parts: list[bytes] = []
    size = 0
    while chunk := response.read1(CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"the page is larger than {max_bytes // (1024 * 1024)} MB; not read")
        if time.monotonic() > deadline:
            raise FetchError(f"no complete answer within {timeout:g} s")
        parts.append(chunk)
    return b"".join(parts)


def _reason(error: object, timeout: float) -> str:
    if isinstance(error, TimeoutError | socket.timeout):
        return f"no answer within {timeout:g} s"
    if isinstance(error, socket.gaierror):
        return "cannot connect: unknown host"
    if isinstance(error, ConnectionRefusedError):
        return "cannot connect: connection refused"
    if isinstance(error, OSError) and error.strerror:
        return f"cannot fetch: {error.strerror}"
    return f"cannot fetch: {error}"
