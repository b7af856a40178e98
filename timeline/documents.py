"""Load documents: walk input paths, read files, split off front matter, find each document's reference date.

Documents are yielded one at a time (a corpus is streamed, never held whole).  A file that cannot be used is
reported as a :class:`LoadProblem` naming the file and the problem; the rest of the work goes on.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from timeline.model import Document

TEXT_SUFFIXES = (".txt", ".md")
"""File endings read as articles.  Other files inside a walked folder are skipped silently."""

FRONT_MATTER_FENCE = "---"


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """A file (or path) that could not be used, or was used with a caveat (``fatal=False``)."""

    path: str
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class FrontMatterError(ValueError):
    """The front-matter block is malformed."""


def parse_front_matter(raw: str) -> tuple[dict[str, str], str]:
    """Split a Jekyll-style front-matter block off ``raw``; return ``(fields, body)``.

    >>> parse_front_matter("---\\ntitle: Hi\\npublished: 2025-03-18\\n---\\nBody")
    ({'title': 'Hi', 'published': '2025-03-18'}, 'Body')
    >>> parse_front_matter("No front matter")
    ({}, 'No front matter')
    """
    lines = raw.split("\n")
    if not lines or lines[0].rstrip("\r").strip() != FRONT_MATTER_FENCE:
        return {}, raw
    fields: dict[str, str] = {}
    for index, line in enumerate(lines[1:], start=1):
        stripped = line.rstrip("\r")
        if stripped.strip() == FRONT_MATTER_FENCE:
            return fields, "\n".join(lines[index + 1 :])
        if not stripped.strip() or stripped.lstrip().startswith("#"):
            continue
        key, sep, value = stripped.partition(":")
        if not sep or not key.strip():
            raise FrontMatterError(f"front matter line {index + 1} is not 'key: value': {stripped[:60]!r}")
        fields[key.strip().lower()] = _unquote(value.strip())
    raise FrontMatterError("front matter is never closed (no second '---' line)")


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def parse_date(value: str) -> dt.date:
    """A publication date from ``YYYY-MM-DD`` or a full ISO-8601 date-time.

    >>> parse_date("2025-03-18T09:30:00+01:00")
    datetime.date(2025, 3, 18)
    """
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"not a date (expected YYYY-MM-DD or ISO-8601): {value!r}") from None


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | LoadProblem]:
    """Every article file under ``paths`` in sorted order; folders are walked recursively, each folder once."""
    seen_dirs: set[tuple[int, int]] = set()
    for given in paths:
        path = Path(given)
        if not path.exists():
            yield LoadProblem(str(given), "no such file or folder")
        elif path.is_dir():
            yield from _walk(path, seen_dirs)
        else:
            yield path


def _walk(folder: Path, seen_dirs: set[tuple[int, int]]) -> Iterator[Path | LoadProblem]:
    try:
        stat = folder.stat()
    except OSError as error:
        yield LoadProblem(str(folder), f"cannot read folder: {error.strerror or error}")
        return
    key = (stat.st_dev, stat.st_ino)
    if key in seen_dirs:
        yield LoadProblem(str(folder), "folder already walked (a link loops back); skipped", fatal=False)
        return
    seen_dirs.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield LoadProblem(str(folder), f"cannot read folder: {error.strerror or error}")
        return
    for entry in entries:
        child = Path(entry.path)
        if entry.is_dir():
            yield from _walk(child, seen_dirs)
        elif child.suffix.lower() in TEXT_SUFFIXES:
            yield child


def document_from_text(
    raw: str, *, doc_id: str, path: str, reference: dt.date | None = None
) -> tuple[Document, list[LoadProblem]]:
    """Build a :class:`Document` from a file's text (front matter included).  Raises ``ValueError`` if unusable."""
    fields, body = parse_front_matter(raw)
    problems: list[LoadProblem] = []
    published: dt.date | None = None
    published_raw = fields.get("published") or fields.get("date")
    if published_raw:
        published = parse_date(published_raw)
    title = fields.get("title") or None
    document = Document(
        id=doc_id,
        path=path,
        text=body,
        title=title,
        published=published,
        published_raw=published_raw,
        url=fields.get("url") or None,
        outlet=fields.get("source") or fields.get("outlet") or None,
        reference_source="front-matter" if published else None,
        meta=tuple(sorted(fields.items())),
    )
    if reference is not None:
        document = replace(document, published=reference, reference_source="option")
    return document, problems


def read_text(path: Path) -> str:
    """A file's text as UTF-8 (a BOM is dropped); raises ``ValueError`` with a readable message."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValueError(f"cannot read file: {error.strerror or error}") from None
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("binary file, not text")
    try:
        return data.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as error:
        raise ValueError(f"not valid UTF-8 (byte {error.start})") from None


def load_documents(
    paths: Iterable[str | Path], *, reference: dt.date | None = None
) -> Iterator[Document | LoadProblem]:
    """Documents from files and folders, in order, with a :class:`LoadProblem` for each file that failed."""
    used_ids: set[str] = set()
    for item in iter_files(paths):
        if isinstance(item, LoadProblem):
            yield item
            continue
        try:
            raw = read_text(item)
            doc_id = _unique_id(item, used_ids)
            document, problems = document_from_text(raw, doc_id=doc_id, path=str(item), reference=reference)
        except ValueError as error:
            yield LoadProblem(str(item), str(error))
            continue
        yield from problems
        if not document.text.strip():
            yield LoadProblem(str(item), "empty file: no text", fatal=False)
            continue
        yield document


def _unique_id(path: Path, used: set[str]) -> str:
    """A short stable id: the file name, with the parent folder added while it collides."""
    parts = path.parts
    for depth in range(1, len(parts) + 1):
        candidate = "/".join(parts[-depth:])
        if candidate not in used:
            used.add(candidate)
            return candidate
    raise ValueError("the same file was given twice")
