"""Find the inputs: files, folders (walked), ``http(s)://`` addresses and ``-``, and the format of each.

    >>> kind_of("dump/articles.jsonl.gz")
    <InputKind.JSON_LINES: 'jsonl'>

Folders are walked in name order, recursively, each folder once: a link back to a folder being walked is an
error (a loop) and is not followed, a second link to a folder already read is a warning.  Hidden names (``.git``,
``.venv``, ``.DS_Store``) and files of other kinds are skipped; pipes, sockets and devices are never opened.
The format comes from the file name (:data:`SUFFIX_KINDS`), a server's ``Content-Type`` (:data:`MEDIA_KINDS`),
or else the first bytes (:func:`sniff_kind`).
"""

from __future__ import annotations

import enum
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from timeline.fetch import is_url, looks_like_url


class InputKind(str, enum.Enum):
    """The formats an input can be read in."""

    TEXT = "text"
    HTML = "html"
    JSON_LINES = "jsonl"
    JSON = "json"


SUFFIX_KINDS: tuple[tuple[str, InputKind], ...] = (
    (".txt", InputKind.TEXT),
    (".md", InputKind.TEXT),
    (".markdown", InputKind.TEXT),
    (".html", InputKind.HTML),
    (".htm", InputKind.HTML),
    (".jsonl", InputKind.JSON_LINES),
    (".ndjson", InputKind.JSON_LINES),
    (".jsonl.gz", InputKind.JSON_LINES),
    (".json", InputKind.JSON),
    (".json.gz", InputKind.JSON),
)
"""File endings read as articles, and how.  Other files inside a walked folder are skipped silently."""

TEXT_SUFFIXES = tuple(suffix for suffix, kind in SUFFIX_KINDS if kind is InputKind.TEXT)

MEDIA_KINDS: dict[str, InputKind] = {
    "text/html": InputKind.HTML,
    "application/xhtml+xml": InputKind.HTML,
    "text/plain": InputKind.TEXT,
    "text/markdown": InputKind.TEXT,
    "application/json": InputKind.JSON,
    "application/x-ndjson": InputKind.JSON_LINES,
    "application/jsonl": InputKind.JSON_LINES,
    "application/jsonlines": InputKind.JSON_LINES,
}
"""``Content-Type`` of a fetched page and how it is read; other types fall back on the address, then the bytes."""

SNIFF_BYTES = 4096
"""How many leading bytes :func:`sniff_kind` looks at."""

BROKEN_LINK = "broken link (its target does not exist)"


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """An input (or part of one) that could not be used (error), or was used with a caveat (``fatal=False``)."""

    path: str
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class Input:
    """One thing to read: a file, an address, or standard input (``name == "-"``)."""

    name: str
    """The file path, address or ``-``, as messages and ``Document.path`` show it."""
    kind: InputKind | None = None
    """``None`` when the format is found from the content."""
    path: Path | None = None


def kind_of(name: str) -> InputKind | None:
    """The format a file name implies, or ``None``.

    >>> kind_of("dump/articles.jsonl.gz")
    <InputKind.JSON_LINES: 'jsonl'>
    """
    lowered = name.lower()
    for suffix, kind in sorted(SUFFIX_KINDS, key=lambda item: -len(item[0])):
        if lowered.endswith(suffix):
            return kind
    return None


def sniff_kind(head: bytes) -> InputKind:
    """The format of content whose name does not tell: ``<`` opens HTML, ``{"`` or ``[{`` JSON, else text."""
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if text[:1] == b"<" and text[1:2].isalpha() or text[:2] == b"<!":
        return InputKind.HTML
    after = text[1:].lstrip()[:1]
    if text[:1] == b"{" and after in (b'"', b"}") or text[:1] == b"[" and after in (b"{", b"]"):
        return InputKind.JSON
    return InputKind.TEXT


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Input | LoadProblem]:
    """Every input named by ``paths``, in order; folders are walked recursively in name order, each folder once."""
    walk = _Walk()
    for given in paths:
        name = str(given)
        if name == "-":
            yield Input("-")
        elif is_url(name):
            yield Input(name)
        elif isinstance(given, str) and looks_like_url(name):
            yield LoadProblem(name, "only http:// and https:// addresses can be fetched")
        else:
            yield from walk.given(Path(given))


class _Walk:
    """Walks folders: each folder once (links to a folder already read are skipped), loops reported."""

    def __init__(self) -> None:
        self._seen: dict[tuple[int, int], str] = {}
        self._ancestors: dict[tuple[int, int], str] = {}

    def given(self, path: Path) -> Iterator[Input | LoadProblem]:
        try:
            is_dir = path.is_dir()
            exists = path.exists()
        except OSError as error:
            yield LoadProblem(str(path), f"cannot read: {error.strerror or error}")
            return
        if not exists:
            broken = path.is_symlink()
            yield LoadProblem(str(path), BROKEN_LINK if broken else "no such file or folder")
        elif is_dir:
            yield from self.folder(path)
        else:
            yield Input(str(path), kind_of(path.name), path)

    def folder(self, folder: Path) -> Iterator[Input | LoadProblem]:
        try:
            stat = folder.stat()
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as error:
            yield LoadProblem(str(folder), f"cannot read folder: {error.strerror or error}")
            return
        key = (stat.st_dev, stat.st_ino)
        if key in self._ancestors:
            yield LoadProblem(str(folder), f"links back to {self._ancestors[key]} (a loop); not followed")
            return
        if key in self._seen:
            yield LoadProblem(str(folder), f"same folder as {self._seen[key]}; read once", fatal=False)
            return
        self._seen[key] = self._ancestors[key] = str(folder)
        try:
            for entry in entries:
                if not entry.name.startswith("."):
                    yield from self.entry(entry)
        finally:
            del self._ancestors[key]

    def entry(self, entry: os.DirEntry[str]) -> Iterator[Input | LoadProblem]:
        path = Path(entry.path)
        try:
            if entry.is_dir():
                yield from self.folder(path)
                return
            kind = kind_of(entry.name)
            if kind is None:
                return
            if entry.is_file():
                yield Input(str(path), kind, path)
            elif entry.is_symlink() and not path.exists():
                yield LoadProblem(str(path), BROKEN_LINK)
            else:
                yield LoadProblem(str(path), "not a regular file (a pipe, socket or device); skipped")
        except OSError as error:
            yield LoadProblem(str(path), f"cannot read: {error.strerror or error}")
