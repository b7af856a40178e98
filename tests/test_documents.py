"""The loader's parts, one behaviour per case: front matter, dates, file-name dates, the reference-date order,
formats, decoding, corpus records, ids and the folder walk."""

from __future__ import annotations

import codecs
import datetime as dt
import inspect
import io
from pathlib import Path

import pytest

from timeline.corpora import Article, CorpusFormat, RecordProblem, iter_articles
from timeline.decoding import NotText, decode_bytes
from timeline.documents import FrontMatterError, load_documents, parse_front_matter
from timeline.inputs import InputKind, LoadProblem, iter_inputs, kind_of, sniff_kind
from timeline.model import Document
from timeline.reference import FILE_NAME_DATES, ReferenceSource, choose_reference, date_in_file_name, parse_date

D = dt.date

# --- front matter ---------------------------------------------------------------------------------------------

FRONT_MATTER_CASES = [
    ("plain fields", "---\ntitle: Hi\npublished: 2025-03-18\n---\nBody", {"title": "Hi", "published": "2025-03-18"},
     "Body"),
    ("no front matter", "Body only", {}, "Body only"),
    ("quoted value", "---\ntitle: 'A: B'\n---\nx", {"title": "A: B"}, "x"),
    ("keys lower-cased", "---\nTitle: Hi\n---\nx", {"title": "Hi"}, "x"),
    ("comment and blank lines", "---\n# note\n\ntitle: Hi\n---\nx", {"title": "Hi"}, "x"),
    ("YAML list skipped", "---\ntags:\n  - a\n- b\ntitle: Hi\n---\nx", {"tags": "", "title": "Hi"}, "x"),
    ("Windows line ends", "---\r\ntitle: Hi\r\n---\r\nx", {"title": "Hi"}, "x"),
    ("empty block", "---\n---\nx", {}, "x"),
    ("no space after the colon", "---\ntitle:Hi\nurl: https://a.example/b\n---\nx",
     {"title": "Hi", "url": "https://a.example/b"}, "x"),
]


@pytest.mark.parametrize(("raw", "fields", "body"), [case[1:] for case in FRONT_MATTER_CASES],
                         ids=[case[0] for case in FRONT_MATTER_CASES])
def test_front_matter(raw: str, fields: dict[str, str], body: str) -> None:
    """The front-matter block is split off into lower-cased fields and the body."""
    assert parse_front_matter(raw) == (fields, body)


BROKEN_FRONT_MATTER = [
    ("never closed at the end", "---\ntitle: Hi\npublished: 2025-03-18\n", "no second '---' line"),
    ("body before the fence", "---\ntitle: Hi\nThe story starts here.\n", "line 3 is neither 'key: value' nor '---'"),
]


@pytest.mark.parametrize(("raw", "message"), [case[1:] for case in BROKEN_FRONT_MATTER],
                         ids=[case[0] for case in BROKEN_FRONT_MATTER])
def test_front_matter_never_closed(raw: str, message: str) -> None:
    """A block that is never closed is an error that says so and where."""
    with pytest.raises(FrontMatterError, match="never closed") as caught:
        parse_front_matter(raw)
    assert message in str(caught.value)


# --- dates ----------------------------------------------------------------------------------------------------

DATE_CASES = [
    ("2025-03-18", D(2025, 3, 18)),
    ("  2025-03-18 ", D(2025, 3, 18)),
    ("2025-03-18T09:30:00+01:00", D(2025, 3, 18)),
    ("2025-03-18T23:30:00Z", D(2025, 3, 18)),
    ("2011-02-15 00:00:00", D(2011, 2, 15)),
    ("Tue, 18 Mar 2025 09:30:00 GMT", D(2025, 3, 18)),
    ("March 18, 2025", D(2025, 3, 18)),
    ("18 Mar. 2025", D(2025, 3, 18)),
]


@pytest.mark.parametrize(("text", "expected"), DATE_CASES)
def test_parse_date(text: str, expected: dt.date) -> None:
    """ISO dates, ISO date-times (the date as written), RFC 2822 dates and written dates are read."""
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["next Tuesday", "2025-13-01", "18/03/2025", "", "2025", "March 2025", "yesterday 2025", "18.03.2025"]
)
def test_parse_date_rejects(text: str) -> None:
    """Anything else is a ValueError that quotes the value."""
    with pytest.raises(ValueError, match="not a date"):
        parse_date(text)


FILE_NAME_CASES = [
    ("2025-03-18-harbour.txt", D(2025, 3, 18)),
    ("notes/harbour-2025-03-18.md", D(2025, 3, 18)),
    ("harbour_2025_03_18.md", D(2025, 3, 18)),
    ("20250318.md", D(2025, 3, 18)),
    ("20250318-harbour.html", D(2025, 3, 18)),
    ("2025-02-30-then-2025-03-01.txt", D(2025, 3, 1)),
    ("000_dbca84b715c6ac3b.txt", None),
    ("a20250318b.txt", None),
    ("12025-03-18.txt", None),
    ("harbour.txt", None),
    ("2025-03-18/harbour.txt", None),
]


@pytest.mark.parametrize(("name", "expected"), FILE_NAME_CASES)
def test_date_in_file_name(name: str, expected: dt.date | None) -> None:
    """The first valid date in the file's own name (not its folders) is found; ids and hashes are not dates."""
    found = date_in_file_name(name)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(("pattern", "example"), FILE_NAME_DATES)
def test_file_name_patterns_match_their_examples(pattern: object, example: str) -> None:
    """Every file-name pattern finds a date in its own example."""
    assert date_in_file_name(example) is not None


# --- reference-date order -------------------------------------------------------------------------------------

OPT, FM, REC = (D(2020, 1, 1), "o"), (D(2021, 1, 1), "f"), (D(2022, 1, 1), "r")
META, NAME = (D(2023, 1, 1), "m"), (D(2024, 1, 1), "n")
S = ReferenceSource
REFERENCE_CASES = [
    ({S.OPTION: OPT, S.FRONT_MATTER: FM, S.METADATA: META, S.FILE_NAME: NAME}, S.OPTION),
    ({S.FRONT_MATTER: FM, S.METADATA: META, S.FILE_NAME: NAME}, S.FRONT_MATTER),
    ({S.RECORD: REC, S.FILE_NAME: NAME}, S.RECORD),
    ({S.METADATA: META, S.FILE_NAME: NAME}, S.METADATA),
    ({S.FRONT_MATTER: None, S.FILE_NAME: NAME}, S.FILE_NAME),
    ({S.FRONT_MATTER: None}, None),
]


@pytest.mark.parametrize(("candidates", "expected"), REFERENCE_CASES)
def test_reference_order(candidates: dict[ReferenceSource, tuple[dt.date, str] | None], expected: S | None) -> None:
    """Option, then front matter or record, then page metadata, then the file name, then none."""
    date, _raw, source = choose_reference(candidates)
    assert source == expected
    assert date == (candidates[expected][0] if expected else None)  # type: ignore[index]


def _load_one(path: Path, reference: dt.date | None = None) -> Document:
    items = list(load_documents([path], reference=reference))
    documents = [item for item in items if isinstance(item, Document)]
    assert len(documents) == 1, items
    return documents[0]


PAGE = (
    "<html><head><meta property='article:published_time' content='2023-04-05'></head>"
    "<body><article><p>The pier reopened on Monday after a long refit by the council.</p></article></body></html>"
)
PAGE_WITHOUT_DATE = (
    "<html><body><article><p>The pier reopened on Monday after a long refit.</p></article></body></html>"
)
LOADED_REFERENCE_CASES = [
    ("front matter beats file name", "2025-03-18-a.md", "---\npublished: 2024-01-02\n---\nText.", None,
     D(2024, 1, 2), "front-matter"),
    ("file name", "2025-03-18-a.txt", "Text.", None, D(2025, 3, 18), "file-name"),
    ("nothing", "a.txt", "Text.", None, None, None),
    ("option beats everything", "2025-03-18-a.md", "---\npublished: 2024-01-02\n---\nText.", D(2020, 5, 5),
     D(2020, 5, 5), "option"),
    ("page metadata beats file name", "2025-03-18-p.html", PAGE, None, D(2023, 4, 5), "metadata"),
    ("page without metadata: file name", "2025-03-18-p.html", PAGE_WITHOUT_DATE, None, D(2025, 3, 18), "file-name"),
    ("record field", "2025-03-18-c.jsonl", '{"text": "Text.", "date": "2022-02-02"}\n', None, D(2022, 2, 2),
     "record"),
    ("corpus file name is not a record's date", "2025-03-18-c.jsonl", '{"text": "Text."}\n', None, None, None),
]


@pytest.mark.parametrize(
    ("name", "content", "option", "published", "source"),
    [case[1:] for case in LOADED_REFERENCE_CASES],
    ids=[case[0] for case in LOADED_REFERENCE_CASES],
)
def test_loaded_reference(
    tmp_path: Path, name: str, content: str, option: dt.date | None, published: dt.date | None, source: str | None
) -> None:
    """Each kind of input takes its reference date from the first source in the order that has one."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    document = _load_one(path, option)
    assert (document.published, document.reference_source) == (published, source)


# --- formats --------------------------------------------------------------------------------------------------

KIND_CASES = [
    ("a.txt", InputKind.TEXT),
    ("a.MD", InputKind.TEXT),
    ("a.html", InputKind.HTML),
    ("a.htm", InputKind.HTML),
    ("a.jsonl", InputKind.JSON_LINES),
    ("dump/articles.jsonl.gz", InputKind.JSON_LINES),
    ("a.json", InputKind.JSON),
    ("a.pdf", None),
    ("README", None),
]


@pytest.mark.parametrize(("name", "kind"), KIND_CASES)
def test_kind_of(name: str, kind: InputKind | None) -> None:
    """The file ending gives the format; unknown endings give None."""
    assert kind_of(name) == kind


SNIFF_CASES = [
    (b"<!DOCTYPE html><html>", InputKind.HTML),
    (b"  \n<html><body>", InputKind.HTML),
    (b'{"text": "a"}\n', InputKind.JSON),
    (b'[{"text": "a"}]', InputKind.JSON),
    (b"[]", InputKind.JSON),
    (b"[Update] The council voted.", InputKind.TEXT),
    (b"{braces} in a sentence", InputKind.TEXT),
    (b"---\ntitle: x\n---\nText", InputKind.TEXT),
    (b"<3 this story", InputKind.TEXT),
]


@pytest.mark.parametrize(("head", "kind"), SNIFF_CASES)
def test_sniff_kind(head: bytes, kind: InputKind) -> None:
    """Content without a telling name is HTML if it opens a tag, JSON if it opens a record, else text."""
    assert sniff_kind(head) == kind


# --- decoding -------------------------------------------------------------------------------------------------

TEXT = "Café in Zürich opened on 12 March 2024 — “quoted”, naïve.\nSecond line.\n"
DECODE_CASES = [
    ("utf-8", TEXT.encode("utf-8"), "utf-8", False),
    ("utf-8 with BOM", codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8", False),
    ("utf-16 LE with BOM", TEXT.encode("utf-16"), "utf-16", False),
    ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16", False),
    ("utf-32 with BOM", TEXT.encode("utf-32"), "utf-32", False),
    ("cp1252", TEXT.encode("cp1252"), "cp1252", True),
    ("Windows line ends", TEXT.replace("\n", "\r\n").encode("utf-8"), "utf-8", False),
]


@pytest.mark.parametrize(("data", "encoding", "detected"), [case[1:] for case in DECODE_CASES],
                         ids=[case[0] for case in DECODE_CASES])
def test_decode(data: bytes, encoding: str, detected: bool) -> None:
    """Each encoding is read back to the same text, and only a guessed encoding carries a warning."""
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding, decoded.warning is not None) == (TEXT, encoding, detected)


def test_decode_latin1_as_cp1252() -> None:
    """Latin-1 text (no curly quotes) is read as Windows-1252, its superset, with the bad byte's offset."""
    decoded = decode_bytes("The café opened in Zürich.".encode("latin-1"))
    assert (decoded.text, decoded.warning) == (
        "The café opened in Zürich.",
        "not valid UTF-8 (byte 7); read as cp1252 (detected encoding)",
    )


def test_decode_declared_charset_is_not_a_guess() -> None:
    """An encoding the input declares is used without a warning."""
    decoded = decode_bytes("Grüße".encode("iso-8859-15"), declared="iso-8859-15")
    assert (decoded.text, decoded.warning) == ("Grüße", None)


@pytest.mark.parametrize(
    "data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(256)) * 4, b"text\x00with a NUL"]
)
def test_binary_is_not_text(data: bytes) -> None:
    """NUL bytes or many control codes mean binary."""
    with pytest.raises(NotText, match="binary"):
        decode_bytes(data)


# --- corpus records -------------------------------------------------------------------------------------------

def _articles(data: bytes, layout: CorpusFormat = CorpusFormat.JSON_LINES) -> list[Article | RecordProblem]:
    return list(iter_articles(io.BytesIO(data), layout))


RECORD_FIELD_CASES = [
    ("news-tls", b'{"id": "x1", "text": "T", "time": "2011-02-15 00:00:00", "url": "u", "title": "H"}',
     ("x1", "T", "H", "2011-02-15 00:00:00", "u", None)),
    ("NewsAPI", b'{"source": {"id": null, "name": "BBC"}, "content": "T", "publishedAt": "2024-07-02T08:00:00Z"}',
     (None, "T", None, "2024-07-02T08:00:00Z", None, "BBC")),
    ("outlet as text", b'{"text": "T", "published": "2023-05-10", "source": "Harbour Times"}',
     (None, "T", None, "2023-05-10", None, "Harbour Times")),
    ("numeric id", b'{"id": 7, "text": "T", "date": "2020-01-01"}', ("7", "T", None, "2020-01-01", None, None)),
    ("text as paragraphs", b'{"text": ["One.", "Two."]}', (None, "One.\nTwo.", None, None, None, None)),
    ("no text", b'{"title": "H"}', (None, None, "H", None, None, None)),
]


@pytest.mark.parametrize(("line", "expected"), [case[1:] for case in RECORD_FIELD_CASES],
                         ids=[case[0] for case in RECORD_FIELD_CASES])
def test_record_fields(line: bytes, expected: tuple[str | None, ...]) -> None:
    """Record keys from the usual corpus shapes map onto the article's fields."""
    (article,) = _articles(line + b"\n")
    assert isinstance(article, Article)
    assert (article.id, article.text, article.title, article.published, article.url, article.outlet) == expected


RECORD_PROBLEM_CASES = [
    ("invalid JSON line", b'{"text": "a"}\nnot json\n{"text": "b"}\n', CorpusFormat.JSON_LINES,
     ["a", "line 2: not valid JSON", "b"]),
    ("not an object", b'{"text": "a"}\n[1, 2]\n', CorpusFormat.JSON_LINES,
     ["a", "line 2: a record must be a JSON object, not an array"]),
    ("blank lines keep line numbers", b'\n{"text": "a"}\n\nnope\n', CorpusFormat.JSON_LINES,
     ["a", "line 4: not valid JSON"]),
    ("binary file", b"\x00\x01\x02\x03\n{}\n", CorpusFormat.JSON_LINES, ["binary file, not text: not a corpus"]),
    ("array", b' [ {"text": "a"}, {"text": "b"} ] ', CorpusFormat.JSON, ["a", "b"]),
    ("empty array", b"[]", CorpusFormat.JSON, []),
    ("array never closed", b'[{"text": "a"}, ', CorpusFormat.JSON, ["a", "the array is never closed"]),
    ("broken array element", b'[{"text": "a"}, {"text": }]', CorpusFormat.JSON, ["a", "record 2: not valid JSON"]),
    ("missing comma", b'[{"text": "a"} {"text": "b"}]', CorpusFormat.JSON, ["a", "record 1: expected ',' or ']'"]),
    ("one object over lines", b'{\n  "text": "a"\n}\n', CorpusFormat.JSON, ["a"]),
    ("JSON Lines saved as .json", b'{"text": "a"}\n{"text": "b"}\n', CorpusFormat.JSON, ["a", "b"]),
    ("wrapped list", b'{"status": "ok", "articles": [{"text": "a"}, {"text": "b"}]}', CorpusFormat.JSON, ["a", "b"]),
    ("not JSON at all", b"Hello", CorpusFormat.JSON, ["not a JSON corpus"]),
]


@pytest.mark.parametrize(("data", "layout", "expected"), [case[1:] for case in RECORD_PROBLEM_CASES],
                         ids=[case[0] for case in RECORD_PROBLEM_CASES])
def test_corpus_records(data: bytes, layout: CorpusFormat, expected: list[str]) -> None:
    """Good records come through in order; a bad one is reported where it is and the rest goes on (or stops)."""
    seen = []
    for item in _articles(data, layout):
        if isinstance(item, Article):
            seen.append(item.text)
        else:
            seen.append(f"{item.where}: {item.message}" if item.where else item.message)
    assert len(seen) == len(expected)
    assert all(got.startswith(want) for got, want in zip(seen, expected, strict=True)), seen


def test_array_with_bad_bytes_warns() -> None:
    """A JSON array that is not valid UTF-8 is still read, bad bytes replaced, each record carrying a warning."""
    (article,) = _articles('[{"text": "The café opened."}]'.encode("cp1252"), CorpusFormat.JSON)
    assert isinstance(article, Article)
    assert article.text == "The caf\ufffd opened."
    assert article.warning == "not valid UTF-8; bad bytes replaced with U+FFFD"


def test_array_record_larger_than_a_read() -> None:
    """A JSON array element longer than one read is put together across reads."""
    text = "word " * 50_000
    data = f'[{{"text": "{text}"}}, {{"text": "b", "n": 12345}}]'.encode()
    items = _articles(data, CorpusFormat.JSON)
    assert [item.text for item in items if isinstance(item, Article)] == [text, "b"]


# --- ids, walking, streaming ----------------------------------------------------------------------------------

def test_ids_add_folders_only_on_collision(tmp_path: Path) -> None:
    """Ids are file names; a second file of the same name gets its folder in front."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text("It rained in 2020.", encoding="utf-8")
    (tmp_path / "a" / "other.txt").write_text("It rained in 2021.", encoding="utf-8")
    ids = [item.id for item in load_documents([tmp_path]) if isinstance(item, Document)]
    assert ids == ["other.txt", "same.txt", "b/same.txt"]


def test_record_ids(tmp_path: Path) -> None:
    """A record's own id is its id; without one, or when it is taken, the id is 'corpus.jsonl#<line>'."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"id": "x", "text": "A."}\n{"text": "B."}\n{"id": "x", "text": "C."}\n', encoding="utf-8")
    ids = [item.id for item in load_documents([corpus]) if isinstance(item, Document)]
    assert ids == ["x", "corpus.jsonl#2", "corpus.jsonl#3"]


def test_walk_skips_hidden_and_unknown_files(tmp_path: Path) -> None:
    """Folders are walked in name order; hidden names and files of other kinds are left alone."""
    for name in ("b.md", "a.txt", "c.pdf", ".hidden.txt", "page.html", "corpus.jsonl"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x", encoding="utf-8")
    names = [Path(item.name).name for item in iter_inputs([tmp_path]) if not isinstance(item, LoadProblem)]
    assert names == ["a.txt", "b.md", "corpus.jsonl", "page.html"]


def test_folder_reached_twice_is_read_once(tmp_path: Path) -> None:
    """A second link to a folder already read is a warning, and its files are not read twice."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("It rained in 2020.", encoding="utf-8")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    items = list(load_documents([tmp_path]))
    assert [type(item).__name__ for item in items] == ["Document", "LoadProblem"]
    assert isinstance(items[1], LoadProblem) and not items[1].fatal and "same folder as" in items[1].message


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    """A file named twice (or through a link) is read once, with a warning."""
    path = tmp_path / "x.txt"
    path.write_text("It rained in 2020.", encoding="utf-8")
    items = list(load_documents([path, path]))
    assert isinstance(items[0], Document)
    assert isinstance(items[1], LoadProblem) and not items[1].fatal and "read once" in items[1].message


class CountingStream(io.BytesIO):
    """A stream that remembers the furthest byte read."""

    furthest = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.furthest = max(self.furthest, self.tell())
        return data

    def readline(self, size: int | None = -1) -> bytes:
        data = super().readline(size)
        self.furthest = max(self.furthest, self.tell())
        return data


READ_AHEAD_LIMIT = 256 * 1024
"""Most bytes a corpus reader may have read past the record it has just given (a read of 64 KiB, doubled once)."""


@pytest.mark.parametrize("layout", ["jsonl", "json"])
def test_corpus_is_streamed(layout: str) -> None:
    """Each document is yielded after reading only a little past its record: a corpus is never read whole, and the
    reads do not grow as the corpus goes on."""
    records = [f'{{"text": "Story {n} happened in 2020. {"filler " * 100}"}}' for n in range(5000)]
    separator = "\n" if layout == "jsonl" else ",\n"
    data = (separator.join(records) if layout == "jsonl" else "[" + separator.join(records) + "]").encode()
    ends = [len(separator.join(records[: n + 1])) + (layout == "json") for n in range(len(records))]
    stream = CountingStream(data)
    documents = load_documents(["-"], stdin=stream)
    assert inspect.isgenerator(documents)
    read_ahead = []
    for n, document in enumerate(documents):
        assert isinstance(document, Document) and document.text.startswith(f"Story {n} ")
        read_ahead.append(stream.furthest - ends[n])
    assert len(read_ahead) == len(records)
    assert max(read_ahead) < READ_AHEAD_LIMIT < len(data) // 10
