"""Read article corpora: JSON Lines (one record a line) or a JSON array of records, streamed record by record.

    >>> import io
    >>> [a.title for a in iter_articles(io.BytesIO(b'{"text": "Hi.", "title": "One"}\\n'), CorpusFormat.JSON_LINES)]
    ['One']

A corpus is never read whole: JSON Lines are read a line at a time, and a JSON array is decoded one element at a
time from a growing buffer that is trimmed after each record.  Field names follow the corpora used in news
timeline research (``text``, ``title``, ``time``/``date``/``published``, ``url``, ``id``, ``source``); the
aliases are in :data:`FIELD_NAMES`.  A record that cannot be read becomes a :class:`RecordProblem` and the rest
of the corpus goes on.
"""

from __future__ import annotations

import codecs
import enum
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from timeline.decoding import NotText, decode_bytes


class CorpusFormat(str, enum.Enum):
    """How the records of a corpus are laid out."""

    JSON_LINES = "jsonl"
    """One JSON object per line (``{"text": ...}\\n{"text": ...}``)."""
    JSON = "json"
    """A JSON array of objects (``[{"text": ...}, ...]``), streamed; or one object, an object holding one list of
    records (``{"articles": [...]}``, read whole), or JSON Lines saved as ``.json``."""


FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body"),  # {"text": "The council voted on Monday..."}
    "title": ("title", "headline"),  # {"title": "Council approves tram line"}
    "published": ("published", "date", "time", "publishedAt", "datePublished"),  # {"time": "2011-02-15 00:00:00"}
    "url": ("url", "link"),  # {"url": "https://example.com/news/1"}
    "outlet": ("source", "outlet", "site"),  # {"source": "Reuters"} or {"source": {"name": "Reuters"}}
    "id": ("id", "doc_id"),  # {"id": "reuters-0001"}
}
"""Each article field and the record keys it is read from, first present wins (example in the comment)."""

NAME_KEYS = ("name", "id")
"""Keys read from an object-valued field such as NewsAPI's ``"source": {"id": "bbc-news", "name": "BBC News"}``."""

FIRST_READ = 64 * 1024
"""Bytes read at a time from a JSON array; doubled while one record does not fit."""

MAX_RECORD_CHARS = 256 * 1024 * 1024
"""A JSON array element larger than this is reported instead of read (bounds memory on a broken file)."""


RawRecord = tuple[int, str, dict[str, Any], str | None]
"""A decoded record: number, where (``line 3``), the JSON object, and a warning about how it was read."""


class ByteStream(Protocol):
    """What a corpus is read from: an open binary file, ``sys.stdin.buffer``, ``gzip.open(...)``, ``io.BytesIO``."""

    def read(self, size: int = -1, /) -> bytes: ...

    def readline(self) -> bytes: ...

    def __iter__(self) -> Iterator[bytes]: ...


@dataclass(frozen=True, slots=True)
class Article:
    """One record of a corpus, its known fields as text (``None`` when absent)."""

    number: int
    """Line number (JSON Lines) or 1-based position in the array (JSON)."""
    where: str
    """Where the record is, for messages: ``line 3`` or ``record 3``."""
    text: str | None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    id: str | None = None
    extra: tuple[tuple[str, str], ...] = ()
    """Other fields with a text or number value, sorted by key."""
    warning: str | None = None
    """A caveat about how the record was read (for example a detected encoding)."""


@dataclass(frozen=True, slots=True)
class RecordProblem:
    """A record (or the whole rest of a corpus, when ``where`` is ``None``) that could not be read."""

    where: str | None
    """``line 3``, ``record 3``, or ``None`` for the corpus as a whole."""
    message: str
    fatal: bool = True
    stops: bool = False
    """True when nothing after this point of the corpus can be read."""


def iter_articles(stream: ByteStream, layout: CorpusFormat) -> Iterator[Article | RecordProblem]:
    """The articles of a corpus read from the binary ``stream``, in order."""
    for item in iter_records(stream, layout):
        yield item if isinstance(item, RecordProblem) else article_of(*item)


def iter_records(stream: ByteStream, layout: CorpusFormat) -> Iterator[RawRecord | RecordProblem]:
    """``(number, where, record, warning)`` for each record, or a :class:`RecordProblem`."""
    if layout is CorpusFormat.JSON_LINES:
        yield from _json_lines(stream, start=1)
        return
    skipped, first = _skip_space(stream)
    rest = Prefixed(first, stream)
    if first.startswith(b"["):
        rest.read(1)
        yield from _json_array(rest)
    elif first.startswith(b"{"):
        line = rest.readline()
        try:
            json.loads(decode_bytes(line).text)
        except (NotText, ValueError):  # one object over several lines: a single record
            yield from _single_object(line + rest.read())
        else:
            following = b""
            while True:  # up to the next line that is not blank
                chunk = rest.readline()
                following += chunk
                if not chunk or chunk.strip():
                    break
            if not following.strip():  # one object on one line
                yield from _single_object(line)
            else:  # JSON Lines saved as .json
                yield from _json_lines(Prefixed(line + following, rest), start=1 + skipped.count(b"\n"))
    elif not first:
        yield RecordProblem(None, "empty corpus: no records", fatal=False, stops=True)
    else:
        yield RecordProblem(None, "not a JSON corpus: expected '[' or '{' at the start", stops=True)


def article_of(number: int, where: str, record: dict[str, Any], warning: str | None = None) -> Article:
    """The :class:`Article` held by one decoded record."""
    found: dict[str, str | None] = {}
    used: set[str] = set()
    for field, keys in FIELD_NAMES.items():
        found[field] = None
        for key in keys:
            if key in record:
                used.add(key)
                value = _text_of(record[key], joined=field == "text")
                if value is not None:
                    found[field] = value
                    break
    extra = tuple(
        sorted(
            (key, text)
            for key, value in record.items()
            if key not in used and (text := _scalar_text(value)) is not None
        )
    )
    return Article(
        number=number,
        where=where,
        text=found["text"],
        title=found["title"],
        published=found["published"],
        url=found["url"],
        outlet=found["outlet"],
        id=found["id"],
        extra=extra,
        warning=warning,
    )


def _text_of(value: Any, *, joined: bool) -> str | None:
    if isinstance(value, dict):
        for key in NAME_KEYS:
            if isinstance(value.get(key), str) and value[key].strip():
                return str(value[key]).strip()
        return None
    if joined and isinstance(value, list) and all(isinstance(part, str) for part in value):
        return "\n".join(value)  # text given as a list of paragraphs
    return _scalar_text(value)


def _scalar_text(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    return None


def _json_lines(stream: ByteStream, *, start: int) -> Iterator[RawRecord | RecordProblem]:
    first = True
    for number, line in enumerate(stream, start=start):
        if not line.strip():
            continue
        try:
            decoded = decode_bytes(line)
        except NotText as error:
            if first:  # a binary file named .jsonl: one line, not thousands
                yield RecordProblem(None, f"{error}: not a corpus", stops=True)
                return
            yield RecordProblem(f"line {number}", f"{error}; record skipped")
            continue
        first = False
        try:
            value = json.loads(decoded.text)
        except ValueError as error:
            yield RecordProblem(f"line {number}", f"not valid JSON ({_reason(error)}); record skipped")
            continue
        yield _record(number, f"line {number}", value, decoded.warning)


def _single_object(data: bytes) -> Iterator[RawRecord | RecordProblem]:
    try:
        decoded = decode_bytes(data)
        value = json.loads(decoded.text)
    except NotText as error:
        yield RecordProblem(None, str(error), stops=True)
        return
    except ValueError as error:
        yield RecordProblem(None, f"not valid JSON ({_reason(error)})", stops=True)
        return
    wrapped = _wrapped_records(value)
    if wrapped is None:
        yield _record(1, "record 1", value, decoded.warning)
        return
    for number, record in enumerate(wrapped, start=1):
        yield _record(number, f"record {number}", record, decoded.warning)


def _wrapped_records(value: Any) -> list[Any] | None:
    """The records of ``{"articles": [{...}, ...]}``: an object without text holding one list of objects."""
    if not isinstance(value, dict) or any(key in value for key in FIELD_NAMES["text"]):
        return None
    lists = [inner for inner in value.values() if isinstance(inner, list) and inner]
    if len(lists) == 1 and all(isinstance(item, dict) for item in lists[0]):
        return lists[0]
    return None


def _json_array(stream: ByteStream) -> Iterator[RawRecord | RecordProblem]:
    """Elements of a JSON array whose opening ``[`` has been read, decoded one at a time."""
    reader = _TextChunks(stream)
    decoder = json.JSONDecoder()
    buffer, pos, number = "", 0, 0
    while True:
        buffer, pos = _fill_past_space(reader, buffer, pos)
        if pos >= len(buffer):
            yield RecordProblem(None, f"the array is never closed (no ']' after record {number})", stops=True)
            return
        if buffer[pos] == "]" and number == 0:
            return
        number += 1
        grow = False  # the first read for a record is a normal one; reads double only while it still does not fit
        while True:
            try:
                value, end = decoder.raw_decode(buffer, pos)
            except ValueError as error:
                if reader.done or len(buffer) - pos > MAX_RECORD_CHARS:
                    yield RecordProblem(
                        f"record {number}", f"not valid JSON ({_reason(error)}); the rest is skipped", stops=True
                    )
                    return
                buffer, pos, grow = buffer[pos:] + reader.read(grow=grow), 0, True
                continue
            if end < len(buffer) or reader.done:  # a number at the end of the buffer may go on in the next chunk
                break
            buffer, pos = buffer[pos:] + reader.read(), 0
        yield _record(number, f"record {number}", value, reader.warning)
        buffer, pos = _fill_past_space(reader, buffer, end)
        if pos < len(buffer) and buffer[pos] == ",":
            pos += 1
        elif pos < len(buffer) and buffer[pos] == "]":
            return
        elif pos < len(buffer):
            yield RecordProblem(f"record {number}", "expected ',' or ']' after it; the rest is skipped", stops=True)
            return


def _record(number: int, where: str, value: Any, warning: str | None) -> RawRecord | RecordProblem:
    if not isinstance(value, dict):
        return RecordProblem(where, f"a record must be a JSON object, not {_json_kind(value)}; record skipped")
    return number, where, value, warning


def _fill_past_space(reader: _TextChunks, buffer: str, pos: int) -> tuple[str, int]:
    while True:
        while pos < len(buffer) and buffer[pos].isspace():
            pos += 1
        if pos < len(buffer) or reader.done:
            return buffer, pos
        buffer, pos = reader.read(), 0


class _TextChunks:
    """UTF-8 text from a binary stream in chunks; a chunk doubles while one record does not fit, then shrinks back."""

    def __init__(self, stream: ByteStream) -> None:
        self._stream = stream
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._size = FIRST_READ
        self.done = False
        self.warning: str | None = None

    def read(self, *, grow: bool = False) -> str:
        self._size = min(self._size * 2, MAX_RECORD_CHARS) if grow else FIRST_READ
        data = self._stream.read(self._size)
        if not data:
            self.done = True
            return self._decoder.decode(b"", final=True)
        text = self._decoder.decode(data)
        if "\ufffd" in text and self.warning is None:
            self.warning = "not valid UTF-8; bad bytes replaced with U+FFFD"
        return text


class Prefixed:
    """A binary stream that gives ``head`` first, then the rest of ``stream`` (to re-read bytes already peeked)."""

    def __init__(self, head: bytes, stream: ByteStream) -> None:
        self._head = head
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        if not self._head:
            return self._stream.read(size)
        if size < 0:
            data, self._head = self._head + self._stream.read(), b""
        else:
            data, self._head = self._head[:size], self._head[size:]
        return data

    def readline(self) -> bytes:
        end = self._head.find(b"\n")
        if end >= 0:
            line, self._head = self._head[: end + 1], self._head[end + 1 :]
            return line
        line, self._head = self._head + self._stream.readline(), b""
        return line

    def __iter__(self) -> Iterator[bytes]:
        while line := self.readline():
            yield line


def _skip_space(stream: ByteStream) -> tuple[bytes, bytes]:
    """Read past leading white space (and a UTF-8 byte-order mark): ``(skipped, rest of the chunk read)``."""
    skipped = b""
    chunk = stream.read(FIRST_READ)
    if chunk.startswith(codecs.BOM_UTF8):
        chunk = chunk[len(codecs.BOM_UTF8) :]
    while chunk:
        stripped = chunk.lstrip(b" \t\r\n")
        skipped += chunk[: len(chunk) - len(stripped)]
        if stripped:
            return skipped, stripped
        chunk = stream.read(FIRST_READ)
    return skipped, b""


def _reason(error: ValueError) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} at column {error.colno}" if error.lineno == 1 else f"{error.msg} at line {error.lineno}"
    return str(error)


def _json_kind(value: Any) -> str:
    names = {list: "an array", str: "a string", bool: "true or false", type(None): "null"}
    return names.get(type(value), "a number")
