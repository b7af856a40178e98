"""Real-world inputs: saved HTML pages, JSON Lines and JSON corpora, standard input and http(s) addresses (served
from 127.0.0.1).  Each test checks what was read, the message and exit code, and that nothing else was lost."""

from __future__ import annotations

import gzip
import io
import json
import socket
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from timeline import cli, fetch
from timeline.documents import load_documents
from timeline.model import Document

FIXTURES = Path(__file__).parent / "fixtures" / "inputs"
PAGES = FIXTURES / "pages"


def run(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, *args: str | Path
) -> tuple[int, list[str], dict[str, Any]]:
    """Run the command in this process with ``--json``; return exit code, stderr lines and the JSON (or {})."""
    target = tmp_path / "out" / "events.json"
    code = cli.main([*map(str, args), "--json", str(target)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err.splitlines(), json.loads(target.read_text("utf-8")) if target.is_file() else {}


def sources_by_id(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {source["id"]: source for source in data["sources"]}


def values_from(data: dict[str, Any], source: str) -> set[str]:
    return {e["value"] for e in data["events"] if any(m["source"] == source for m in e["mentions"])}


# --- HTML pages -----------------------------------------------------------------------------------------------

# file, title, published, reference source, outlet, url, text left out (navigation, ads, comments, footer)
PAGE_CASES = [
    ("meta-tags.html", "Harbour bridge reopens after repairs", "2025-03-18", "metadata", "The Coastal Ledger",
     "https://ledger.example.com/news/harbour-bridge-reopens", ["Subscribe", "Advertisement", "about time", "©"]),
    ("json-ld.html", "Council approves new tram line", "2024-11-05", "metadata", "Riverside Herald",
     "https://herald.example.org/2024/tram-line", ["Sponsored", "Weather", "waste of money"]),
    ("time-element.html", "Library celebrates its centenary", "2023-06-01", "metadata", None, None,
     ["Archive from 2001", "happy birthday"]),
    ("2025-01-09-ferry.html", "Ferry service suspended", "2025-01-09", "file-name", None, None, []),
]


@pytest.mark.parametrize(
    ("name", "title", "published", "reference", "outlet", "url", "left_out"),
    PAGE_CASES,
    ids=[c[0] for c in PAGE_CASES],
)
def test_page_metadata(
    name: str, title: str, published: str, reference: str, outlet: str | None, url: str | None, left_out: list[str]
) -> None:
    """Title, publication date (meta tag, JSON-LD, <time>, else the file name), outlet and url come from the page;
    navigation, ads and comments are left out of the text."""
    (document,) = load_documents([PAGES / name])
    assert isinstance(document, Document)
    assert (document.title, str(document.published), document.reference_source, document.outlet, document.url) == (
        title,
        published,
        reference,
        outlet,
        url,
    )
    assert all(words not in document.text for words in left_out), document.text


# file, an event value the article's text gives against its reference date, values only navigation/ads/comments give
PAGE_EVENTS = [
    ("meta-tags.html", {"2025-03-17", "2024-09"}, {"2020-01", "2025-04-01", "2025-03-19"}),
    ("json-ld.html", {"2024-11-04", "2028"}, {"2024-12-31", "2024-11-06"}),
    ("time-element.html", {"1923-06-01", "2023-06-03"}, {"2001", "2023-06-02"}),
    ("2025-01-09-ferry.html", {"2025-01-07", "2022-02"}, set()),
]


def test_page_events(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A folder of saved pages: every page read, exit 0, relative dates resolved against each page's own date, and
    nothing from the page furniture on the timeline."""
    code, err, data = run(capsys, tmp_path, PAGES)
    assert (code, len(err)) == (0, 1), err
    for name, present, absent in PAGE_EVENTS:
        values = values_from(data, name)
        assert present <= values, (name, values)
        assert not absent & values, (name, values)


def test_page_declared_charset(tmp_path: Path) -> None:
    """A Latin-1 page that declares its charset is read without a warning."""
    page = tmp_path / "latin.html"
    page.write_bytes(
        "<html><head><meta charset='iso-8859-1'><title>Café</title></head><body><article><p>The café in "
        "Zürich reopened in March 2021 after a long closure, its owner said.</p></article></body></html>".encode(
            "latin-1"
        )
    )
    items = list(load_documents([page]))
    assert [type(item).__name__ for item in items] == ["Document"]
    assert "café in Zürich" in items[0].text  # type: ignore[union-attr]


def test_page_without_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A page with no article text is one error line; the other pages are read."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_bytes((PAGES / "meta-tags.html").read_bytes())
    (folder / "blank.html").write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    code, err, data = run(capsys, tmp_path, folder)
    assert code == 1
    assert err[0] == f"build-timeline: error: {folder / 'blank.html'}: no article text found in the page; skipped"
    assert "2024-09" in values_from(data, "a.html")


# --- corpora --------------------------------------------------------------------------------------------------

def test_jsonl_corpus(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Each record is a source with its own id (or 'corpus.jsonl#<line>') and date; a record without text is a
    warning naming its line, and the run exits 0."""
    code, err, data = run(capsys, tmp_path, FIXTURES / "corpus.jsonl")
    assert code == 0
    assert err[0] == f"build-timeline: warning: {FIXTURES / 'corpus.jsonl'}: line 3: record has no text; skipped"
    sources = sources_by_id(data)
    assert list(sources) == ["tls-0001", "corpus.jsonl#2", "corpus.jsonl#4"]
    assert [(s["published"], s["reference"], s["outlet"]) for s in sources.values()] == [
        ("2011-02-15", "record", None),
        ("2024-07-02", "record", "Daily Bulletin"),
        ("2023-05-10", "record", "Harbour Times"),
    ]
    assert sources["tls-0001"]["url"] == "https://example.net/tls/0001"
    assert "2009-04" in values_from(data, "tls-0001")
    assert "2024-07-01" in values_from(data, "corpus.jsonl#2")  # "yesterday" against publishedAt


def test_json_array_corpus(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A JSON array of records reads like JSON Lines."""
    code, _err, data = run(capsys, tmp_path, FIXTURES / "corpus.json")
    assert code == 0
    assert list(sources_by_id(data)) == ["arr-1", "arr-2"]
    assert "2022-08-29" in values_from(data, "arr-1")


GOOD_RECORD = '{"id": "good", "text": "The harbour wall was rebuilt in 2017.", "date": "2020-01-01"}'
# bad line, exit code, the line's message
BAD_RECORDS = [
    ('{"text": "broken", ', 1, "error: {corpus}: line 2: not valid JSON (Expecting property name enclosed in"),
    ('{"text": "The dam burst in 2010.", "date": "soon"}', 1,
     "error: {corpus}: line 2: not a date (expected YYYY-MM-DD, ISO 8601 or a day, month and year): 'soon'; record skipped"),
    ('["not", "an", "object"]', 1, "error: {corpus}: line 2: a record must be a JSON object, not an array"),
    ('{"title": "no text"}', 0, "warning: {corpus}: line 2: record has no text; skipped"),
    ('{"text": "   "}', 0, "warning: {corpus}: line 2: record has no text; skipped"),
]


@pytest.mark.parametrize(("bad", "code", "message"), BAD_RECORDS)
def test_bad_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, bad: str, code: int, message: str
) -> None:
    """A bad record is one line naming the corpus and the line; the records around it are read."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(f"{GOOD_RECORD}\n{bad}\n{GOOD_RECORD.replace('good', 'after')}\n", encoding="utf-8")
    got, err, data = run(capsys, tmp_path, corpus)
    assert got == code
    assert len(err) == 2 and err[0].startswith("build-timeline: " + message.format(corpus=corpus)), err
    assert list(sources_by_id(data)) == ["good", "after"]
    assert "2017" in values_from(data, "after")


def test_corpus_without_any_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A corpus whose records all lack text (a wrong field name, say) is an error, not only warnings."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"article": "A."}\n{"article": "B."}\n', encoding="utf-8")
    code, err, _data = run(capsys, tmp_path, corpus)
    assert code == 1
    message = "none of its 2 records has text (a 'text', 'content' or 'body' field)"
    assert f"build-timeline: error: {corpus}: {message}" in err


def test_many_bad_records_are_summed_up(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Past 20 problems in one corpus the rest are counted in one line, not printed one by one."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(GOOD_RECORD + "\n" + "oops\n" * 50, encoding="utf-8")
    code, err, data = run(capsys, tmp_path, corpus)
    assert code == 1
    assert len(err) == 22
    assert err[20] == f"build-timeline: error: {corpus}: 30 more problems not shown (30 of them errors)"
    assert list(sources_by_id(data)) == ["good"]


def test_gzipped_corpus(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A .jsonl.gz corpus is read as it is decompressed; a damaged one is one error line."""
    good = tmp_path / "a.jsonl.gz"
    good.write_bytes(gzip.compress((GOOD_RECORD + "\n").encode()))
    damaged = tmp_path / "b.jsonl.gz"
    damaged.write_bytes(gzip.compress((GOOD_RECORD + "\n").encode())[:-12])
    code, err, data = run(capsys, tmp_path, good, damaged)
    assert code == 1
    assert err[0].startswith(f"build-timeline: error: {damaged}: cannot read the rest of the corpus: ")
    assert list(sources_by_id(data)) == ["good"]


# --- standard input -------------------------------------------------------------------------------------------

STDIN_CASES = [
    ("text with front matter", b"---\npublished: 2025-03-18\n---\nThe pier closed yesterday.\n", ["stdin"],
     "2025-03-17"),
    ("HTML page", (PAGES / "meta-tags.html").read_bytes(), ["stdin"], "2025-03-17"),
    ("JSON Lines", (FIXTURES / "corpus.jsonl").read_bytes(), ["tls-0001", "stdin#2", "stdin#4"], "2009-04"),
    ("JSON array", (FIXTURES / "corpus.json").read_bytes(), ["arr-1", "arr-2"], "2022-08-29"),
]


@pytest.mark.parametrize(("data", "ids", "value"), [c[1:] for c in STDIN_CASES], ids=[c[0] for c in STDIN_CASES])
def test_standard_input(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    data: bytes,
    ids: list[str],
    value: str,
) -> None:
    """'-' reads standard input, whatever its format, alongside other paths."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, _err, result = run(capsys, tmp_path, "-")
    assert code == 0
    assert list(sources_by_id(result)) == ids
    assert all(source["path"] == "-" for source in result["sources"])
    assert any(value in values_from(result, source) for source in ids)


# --- http(s) addresses ----------------------------------------------------------------------------------------

LATIN_PAGE = (
    "<html><head><title>Caf\u00e9</title></head><body><article><p>The caf\u00e9 in Z\u00fcrich reopened in "
    "March 2021 after a long closure, its owner said on Monday.</p></article></body></html>"
).encode("latin-1")


class Handler(BaseHTTPRequestHandler):
    """Serves the fixtures and a few misbehaving addresses."""

    def log_message(self, *_args: object) -> None:  # keep test output clean
        pass

    def send(self, status: int, body: bytes, content_type: str) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up (a time-limit test): nothing to do
            pass

    def do_GET(self) -> None:  # noqa: N802 -- the name http.server calls
        path = self.path
        if path.startswith("/pages/") and (PAGES / path.removeprefix("/pages/")).is_file():
            self.send(200, (PAGES / path.removeprefix("/pages/")).read_bytes(), "text/html; charset=utf-8")
        elif path == "/corpus":
            self.send(200, (FIXTURES / "corpus.jsonl").read_bytes(), "application/x-ndjson")
        elif path == "/latin":
            self.send(200, LATIN_PAGE, "text/html; charset=iso-8859-1")
        elif path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/pages/json-ld.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/slow":
            time.sleep(1.5)
            self.send(200, b"<html><body><p>late</p></body></html>", "text/html")
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.05)
            except OSError:
                pass
        else:
            self.send(404, b"not here", "text/plain")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A local web server on 127.0.0.1; yields its base address."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def good_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "local"
    folder.mkdir()
    (folder / "good.txt").write_text("The tram line opened in 2019.", encoding="utf-8")
    return folder


def test_fetched_page(capsys: pytest.CaptureFixture[str], tmp_path: Path, server: str, good_folder: Path) -> None:
    """A page fetched by address is read like a saved one; its id is the address."""
    url = f"{server}/pages/meta-tags.html"
    code, err, data = run(capsys, tmp_path, url, good_folder)
    assert (code, len(err)) == (0, 1), err
    source = sources_by_id(data)[url]
    assert (source["path"], source["published"], source["reference"]) == (url, "2025-03-18", "metadata")
    assert "2025-03-17" in values_from(data, url)
    assert "2019" in values_from(data, "good.txt")


def test_fetched_after_redirect(capsys: pytest.CaptureFixture[str], tmp_path: Path, server: str) -> None:
    """A redirect is followed; the id stays the address given."""
    code, _err, data = run(capsys, tmp_path, f"{server}/moved")
    assert code == 0
    assert sources_by_id(data)[f"{server}/moved"]["published"] == "2024-11-05"


def test_fetched_corpus(capsys: pytest.CaptureFixture[str], tmp_path: Path, server: str) -> None:
    """A JSON Lines corpus served as application/x-ndjson is read record by record."""
    code, _err, data = run(capsys, tmp_path, f"{server}/corpus")
    assert code == 0
    assert list(sources_by_id(data)) == ["tls-0001", f"{server}/corpus#2", f"{server}/corpus#4"]


def test_fetched_charset_from_header(capsys: pytest.CaptureFixture[str], tmp_path: Path, server: str) -> None:
    """The charset the server names is used, without a guessed-encoding warning."""
    code, err, data = run(capsys, tmp_path, f"{server}/latin")
    assert (code, len(err)) == (0, 1), err
    sentences = [m["sentence"] for e in data["events"] for m in e["mentions"]]
    assert any("café in Zürich" in sentence for sentence in sentences)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "the server answered HTTP 404 Not Found"),
        ("/slow", "no answer within 0.3 s"),
        ("/drip", "no complete answer within 0.3 s"),
        (None, "cannot connect: connection refused"),
    ],
    ids=["404", "slow to answer", "slow to send", "nobody listening"],
)
def test_fetch_failure(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    server: str,
    good_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    path: str | None,
    message: str,
) -> None:
    """An address that fails is one line with the reason, within the time limit; the other inputs are read."""
    monkeypatch.setattr(fetch, "DEFAULT_TIMEOUT", 0.3)
    url = f"{server}{path}" if path else f"http://127.0.0.1:{_closed_port()}/a"
    code, err, data = run(capsys, tmp_path, url, good_folder)
    assert code == 1
    assert err[0] == f"build-timeline: error: {url}: {message}"
    assert "2019" in values_from(data, "good.txt")


def test_page_too_large(server: str) -> None:
    """A page past the size limit is refused with a clear reason."""
    with pytest.raises(fetch.FetchError, match="larger than 0 MB"):
        fetch.fetch(f"{server}/pages/meta-tags.html", max_bytes=100)


# --- determinism ----------------------------------------------------------------------------------------------

def test_same_input_same_bytes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Pages and corpora give byte-identical JSON run after run."""
    first = tmp_path / "1.json"
    second = tmp_path / "2.json"
    for target in (first, second):
        assert cli.main([str(FIXTURES), "--json", str(target)]) == 0
    capsys.readouterr()
    assert first.read_bytes() == second.read_bytes()
