"""Load documents: read each input in its format and give each document its reference date.

    >>> docs = list(load_documents(["sources/"]))  # doctest: +SKIP

The inputs are found by :mod:`timeline.inputs`; each is read as

* text or Markdown, with optional front matter (:func:`parse_front_matter`), decoded by :mod:`timeline.decoding`;
* an HTML page, through :mod:`timeline.webpages`;
* a JSON Lines or JSON corpus, one article per record, through :mod:`timeline.corpora`;

fetched first by :mod:`timeline.fetch` when it is an address.  The reference date comes from
:mod:`timeline.reference`, and ``Document.reference_source`` says which source gave it.

Documents are yielded one at a time and a corpus is streamed, never held whole.  Anything that cannot be used is
a :class:`LoadProblem` naming the input and the problem, and the rest of the work goes on.  An error
(``fatal=True``) means some input was lost; a warning means it was used with a caveat or held nothing.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from timeline.corpora import Article, ByteStream, CorpusFormat, Prefixed, RecordProblem, iter_articles
from timeline.decoding import NotText, decode_bytes
from timeline.fetch import Fetched, FetchError, fetch
from timeline.inputs import MEDIA_KINDS, SNIFF_BYTES, Input, InputKind, LoadProblem, iter_inputs, kind_of, sniff_kind
from timeline.model import Document
from timeline.reference import ReferenceSource, choose_reference, date_in_file_name, parse_date
from timeline.webpages import Page, PageError, read_page

__all__ = [
    "FrontMatterError",
    "LoadProblem",
    "ReferenceSource",
    "document_from_text",
    "load_documents",
    "parse_date",
    "parse_front_matter",
]

FRONT_MATTER_FENCE = "---"
FRONT_MATTER_KEY = re.compile(r"(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
"""``title: Harbour bridge reopens`` (a key, a colon, the value; ``tags:`` alone opens a YAML list)."""

FRONT_MATTER_FIELDS: dict[str, tuple[str, ...]] = {
    "published": ("published", "date"),  # published: 2025-03-18
    "title": ("title",),  # title: Harbour bridge reopens
    "url": ("url",),  # url: https://example.com/news/1
    "outlet": ("source", "outlet"),  # source: The Coastal Ledger
}
"""Each document field and the front-matter keys it is read from, first present wins."""

MAX_PROBLEMS_PER_CORPUS = 20
"""Problems reported one by one for a corpus; the rest are counted in one closing line."""


class FrontMatterError(ValueError):
    """The front-matter block is malformed."""


def parse_front_matter(raw: str) -> tuple[dict[str, str], str]:
    """Split a Jekyll-style front-matter block off ``raw``; return ``(fields, body)``.

    >>> parse_front_matter("---\\ntitle: Hi\\npublished: 2025-03-18\\n---\\nBody")
    ({'title': 'Hi', 'published': '2025-03-18'}, 'Body')
    >>> parse_front_matter("No front matter")
    ({}, 'No front matter')

    Indented lines and ``- item`` lines (YAML lists) belong to the key above them and are skipped.  Raises
    :class:`FrontMatterError` when the block is never closed.
    """
    lines = raw.split("\n")
    if not lines or lines[0].rstrip("\r").strip() != FRONT_MATTER_FENCE:
        return {}, raw
    fields: dict[str, str] = {}
    for index, line in enumerate(lines[1:], start=1):
        stripped = line.rstrip("\r")
        if stripped.strip() == FRONT_MATTER_FENCE:
            return fields, "\n".join(lines[index + 1 :])
        if not stripped.strip() or stripped.lstrip().startswith("#") or stripped[:1].isspace():
            continue
        if stripped.startswith("- "):
            continue
        match = FRONT_MATTER_KEY.match(stripped)
        if match is None:
            raise FrontMatterError(
                f"front matter is never closed: line {index + 1} is neither 'key: value' nor '---' "
                f"({stripped[:40]!r})"
            )
        fields[match["key"].lower()] = _unquote((match["value"] or "").strip())
    raise FrontMatterError("front matter is never closed (no second '---' line)")


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


@dataclass
class _Ids:
    """Document ids: short, stable and unique within one run."""

    used: set[str] = field(default_factory=set)
    files: dict[tuple[int, int], str] = field(default_factory=dict)

    def for_path(self, path: Path) -> str:
        """The file name, with parent folders added while it collides."""
        parts = path.parts
        for depth in range(1, len(parts) + 1):
            candidate = "/".join(parts[-depth:])
            if candidate not in self.used:
                self.used.add(candidate)
                return candidate
        return self.unique(str(path))

    def unique(self, wanted: str, fallback: str | None = None) -> str:
        """``wanted`` if free, else ``fallback``, else ``wanted`` with ``~2``, ``~3``..."""
        for candidate in (wanted, fallback):
            if candidate is not None and candidate not in self.used:
                self.used.add(candidate)
                return candidate
        count = 2
        while f"{wanted}~{count}" in self.used:
            count += 1
        self.used.add(f"{wanted}~{count}")
        return f"{wanted}~{count}"

    def first_reading(self, path: Path) -> str | None:
        """``None`` the first time a file is met, else the name it was first read under (links, repeats)."""
        try:
            stat = path.stat()
        except OSError:
            return None
        key = (stat.st_dev, stat.st_ino)
        if stat.st_ino == 0 or key not in self.files:
            self.files[key] = str(path)
            return None
        return self.files[key]


def load_documents(
    paths: Iterable[str | Path],
    *,
    reference: dt.date | None = None,
    stdin: IO[bytes] | None = None,
    fetcher: Callable[[str], Fetched] | None = None,
) -> Iterator[Document | LoadProblem]:
    """Documents from files, folders, addresses and ``-``, in order, with a :class:`LoadProblem` for each failure.

    ``stdin`` is read for ``-`` (default: the process's standard input); ``fetcher`` replaces
    :func:`timeline.fetch.fetch` (for tests).
    """
    loader = _Loader(reference, stdin, fetcher or fetch)
    for item in iter_inputs(paths):
        if isinstance(item, LoadProblem):
            yield item
        else:
            yield from loader.load(item)


class _Loader:
    """Reads inputs into documents; holds only what must be unique across the run (ids, files seen)."""

    def __init__(self, reference: dt.date | None, stdin: IO[bytes] | None, fetcher: Callable[[str], Fetched]) -> None:
        self.reference = reference
        self.stdin = stdin
        self.fetcher = fetcher
        self.ids = _Ids()
        self.stdin_read = False

    def load(self, item: Input) -> Iterator[Document | LoadProblem]:
        if item.path is not None:
            yield from self.file(item, item.path)
        elif item.name == "-":
            yield from self.standard_input()
        else:
            yield from self.address(item.name)

    def file(self, item: Input, path: Path) -> Iterator[Document | LoadProblem]:
        first = self.ids.first_reading(path)
        if first is not None:
            yield LoadProblem(item.name, f"same file as {first}; read once", fatal=False)
            return
        doc_id = self.ids.for_path(path)
        named = date_in_file_name(path.name)
        try:
            if item.kind in (InputKind.JSON, InputKind.JSON_LINES):
                opener = gzip.open if path.name.lower().endswith(".gz") else open
                with opener(path, "rb") as stream:
                    yield from self.corpus(item.name, doc_id, stream, item.kind)
                return
            data = path.read_bytes()
        except (OSError, EOFError, zlib.error) as error:
            yield LoadProblem(item.name, f"cannot read file: {_os_reason(error)}")
            return
        kind = item.kind or sniff_kind(data[:SNIFF_BYTES])  # a name that does not tell (or a pipe): read once
        if kind in (InputKind.JSON, InputKind.JSON_LINES):
            yield from self.corpus(item.name, doc_id, io.BytesIO(data), kind)
            return
        yield from self.single(item.name, doc_id, data, kind, named=named)

    def standard_input(self) -> Iterator[Document | LoadProblem]:
        if self.stdin_read:
            yield LoadProblem("-", "standard input given twice; read once", fatal=False)
            return
        self.stdin_read = True
        stream = self.stdin if self.stdin is not None else sys.stdin.buffer
        doc_id = self.ids.unique("stdin")
        try:
            head = stream.read(SNIFF_BYTES)
            kind = sniff_kind(head)
            if kind in (InputKind.JSON, InputKind.JSON_LINES):
                yield from self.corpus("-", doc_id, Prefixed(head, stream), kind)
                return
            data = head + stream.read()
        except OSError as error:
            yield LoadProblem("-", f"cannot read standard input: {_os_reason(error)}")
            return
        yield from self.single("-", doc_id, data, kind)

    def address(self, url: str) -> Iterator[Document | LoadProblem]:
        if url in self.ids.used:
            yield LoadProblem(url, "address given twice; read once", fatal=False)
            return
        doc_id = self.ids.unique(url)
        try:
            fetched = self.fetcher(url)
        except FetchError as error:
            yield LoadProblem(url, str(error))
            return
        data = fetched.data
        kind = (
            MEDIA_KINDS.get(fetched.media_type or "")
            or kind_of(urlsplit(fetched.url).path)
            or sniff_kind(data[:SNIFF_BYTES])
        )
        if kind in (InputKind.JSON, InputKind.JSON_LINES):
            yield from self.corpus(url, doc_id, io.BytesIO(data), kind)
            return
        yield from self.single(url, doc_id, data, kind, url=fetched.url, charset=fetched.charset)

    def single(
        self,
        name: str,
        doc_id: str,
        data: bytes,
        kind: InputKind,
        *,
        named: tuple[dt.date, str] | None = None,
        url: str | None = None,
        charset: str | None = None,
    ) -> Iterator[Document | LoadProblem]:
        """One article from the whole content of a text file or web page."""
        if not data.strip():
            yield LoadProblem(name, "empty file: no text; skipped", fatal=False)
            return
        try:
            if kind is InputKind.HTML:
                page = read_page(data, url=url, charset=charset)
                if page.encoding_warning:
                    yield LoadProblem(name, page.encoding_warning, fatal=False)
                document = self.page_document(page, doc_id=doc_id, path=name, named=named)
            else:
                decoded = decode_bytes(data, declared=charset)
                if decoded.warning:
                    yield LoadProblem(name, decoded.warning, fatal=False)
                document = document_from_text(
                    decoded.text, doc_id=doc_id, path=name, reference=self.reference, named=named, url=url
                )
        except (NotText, PageError, ValueError) as error:
            yield LoadProblem(name, f"{error}; skipped")
            return
        if not document.text.strip():
            yield LoadProblem(name, "no text after the front matter; skipped", fatal=False)
            return
        yield document

    def page_document(
        self, page: Page, *, doc_id: str, path: str, named: tuple[dt.date, str] | None
    ) -> Document:
        """A document from a web page: reference date from the option, the page's metadata, or the file name."""
        published, raw, source = choose_reference(
            {
                ReferenceSource.OPTION: _option(self.reference),
                ReferenceSource.METADATA: (page.published, page.published_raw or "") if page.published else None,
                ReferenceSource.FILE_NAME: named,
            }
        )
        return Document(
            id=doc_id,
            path=path,
            text=page.text,
            title=page.title,
            published=published,
            published_raw=raw,
            url=page.url,
            outlet=page.outlet,
            reference_source=source,
        )

    def corpus(
        self, name: str, corpus_id: str, stream: ByteStream, kind: InputKind
    ) -> Iterator[Document | LoadProblem]:
        """The articles of a corpus, one document per record; problems past a limit are summed up."""
        layout = CorpusFormat.JSON_LINES if kind is InputKind.JSON_LINES else CorpusFormat.JSON
        tally = _Tally(name)
        read = records = without_text = 0
        try:
            for item in iter_articles(stream, layout):
                if isinstance(item, RecordProblem):
                    yield from tally.add(LoadProblem(name, _located(item.where, item.message), item.fatal))
                    continue
                records += 1
                if item.warning:
                    yield from tally.add(LoadProblem(name, _located(item.where, item.warning), fatal=False))
                if not (item.text or "").strip():
                    without_text += 1
                    yield from tally.add(LoadProblem(name, f"{item.where}: record has no text; skipped", False))
                    continue
                try:
                    document = self.record_document(item, corpus_id=corpus_id, path=name)
                except ValueError as error:
                    yield from tally.add(LoadProblem(name, f"{item.where}: {error}; record skipped"))
                    continue
                read += 1
                yield document
        except (OSError, EOFError, zlib.error) as error:
            yield from tally.add(LoadProblem(name, f"cannot read the rest of the corpus: {_os_reason(error)}"))
        yield from tally.close()
        if records and not read and without_text:
            yield LoadProblem(name, f"none of its {records} records has text (a 'text', 'content' or 'body' field)")

    def record_document(self, article: Article, *, corpus_id: str, path: str) -> Document:
        """A document from one corpus record; raises ``ValueError`` when its date is not a date."""
        record_date = (parse_date(article.published), article.published) if article.published else None
        published, raw, source = choose_reference(
            {ReferenceSource.OPTION: _option(self.reference), ReferenceSource.RECORD: record_date}
        )
        fallback = f"{corpus_id}#{article.number}"
        doc_id = self.ids.unique(article.id, fallback) if article.id else self.ids.unique(fallback)
        return Document(
            id=doc_id,
            path=path,
            text=_newlines(article.text or ""),
            title=article.title,
            published=published,
            published_raw=raw,
            url=article.url,
            outlet=article.outlet,
            reference_source=source,
            meta=article.extra,
        )


def document_from_text(
    raw: str,
    *,
    doc_id: str,
    path: str,
    reference: dt.date | None = None,
    named: tuple[dt.date, str] | None = None,
    url: str | None = None,
) -> Document:
    """A :class:`Document` from an article's text, front matter included.  Raises ``ValueError`` if unusable.

    ``named`` is the date found in the file name, used when neither ``reference`` nor the front matter gives one.
    """
    fields, body = parse_front_matter(raw)
    own = _first(fields, FRONT_MATTER_FIELDS["published"])
    try:
        front = (parse_date(own), own) if own else None
    except ValueError:
        raise ValueError(f"front matter 'published' is not a date: {own!r} (expected YYYY-MM-DD)") from None
    published, published_raw, source = choose_reference(
        {
            ReferenceSource.OPTION: _option(reference),
            ReferenceSource.FRONT_MATTER: front,
            ReferenceSource.FILE_NAME: named,
        }
    )
    return Document(
        id=doc_id,
        path=path,
        text=body,
        title=_first(fields, FRONT_MATTER_FIELDS["title"]),
        published=published,
        published_raw=published_raw,
        url=_first(fields, FRONT_MATTER_FIELDS["url"]) or url,
        outlet=_first(fields, FRONT_MATTER_FIELDS["outlet"]),
        reference_source=source,
        meta=tuple(sorted(fields.items())),
    )


def _first(fields: Mapping[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        if fields.get(key):
            return fields[key]
    return None


def _option(reference: dt.date | None) -> tuple[dt.date, str] | None:
    return (reference, reference.isoformat()) if reference is not None else None


def _located(where: str | None, message: str) -> str:
    return f"{where}: {message}" if where else message


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _os_reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    if isinstance(error, EOFError):
        return "the file ends too early (cut short?)"
    return str(error) or type(error).__name__


class _Tally:
    """Passes on the first :data:`MAX_PROBLEMS_PER_CORPUS` problems of a corpus and counts the rest."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.shown = 0
        self.hidden = 0
        self.hidden_errors = 0

    def add(self, problem: LoadProblem) -> Iterator[LoadProblem]:
        if self.shown < MAX_PROBLEMS_PER_CORPUS:
            self.shown += 1
            yield problem
            return
        self.hidden += 1
        self.hidden_errors += problem.fatal

    def close(self) -> Iterator[LoadProblem]:
        if self.hidden:
            errors = f" ({self.hidden_errors} of them errors)" if self.hidden_errors else ""
            yield LoadProblem(self.name, f"{self.hidden} more problems not shown{errors}", self.hidden_errors > 0)
