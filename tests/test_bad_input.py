"""Bad input mixed with good articles: one clear line naming the input and the problem, the right exit code, no
traceback, and the good articles' events still written.  Outputs are never replaced by a failed run.

Exit codes: an error (some input lost) gives 1; a warning (an empty file, a guessed encoding, a folder reached
twice) is printed but alone gives 0.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from timeline import cli

GOOD = {
    "good-a.md": (
        "---\ntitle: Bridge\npublished: 2025-03-18\n---\nThe bridge was closed in September 2024.\n",
        "2024-09",
    ),
    "good-b.txt": ("The tram line opened in 2019, the council said.\n", "2019"),
}
"""Articles that must survive every bad neighbour: file name -> (content, an event value it gives)."""


@dataclass
class Run:
    """What one run of the command left behind."""

    code: int
    stderr: list[str]
    events: dict[str, Any] | None

    def lines_about(self, name: str) -> list[str]:
        """The stderr lines that name ``name``."""
        return [line for line in self.stderr if name in line]

    def values_from(self, source: str) -> set[str]:
        """Event values with a mention from ``source``."""
        assert self.events is not None
        return {e["value"] for e in self.events["events"] if any(m["source"] == source for m in e["mentions"])}


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> Run:
    """Run ``build-timeline`` in this process, ``--out-dir OUT`` becoming ``--json OUT/events.json`` (the page is
    left out: it is another team's step, and writing goes through the same atomic writer); read the JSON back."""
    argv = [str(arg) for arg in args]
    events_path = None
    if "--out-dir" in argv:
        at = argv.index("--out-dir")
        events_path = Path(argv[at + 1]) / "events.json"
        argv[at : at + 2] = ["--json", str(events_path)]
    code = cli.main(argv)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    events = json.loads(events_path.read_text("utf-8")) if events_path and events_path.is_file() else None
    return Run(code, err.splitlines(), events)


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    """A folder holding the good articles."""
    folder = tmp_path / "sources"
    folder.mkdir()
    for name, (content, _value) in GOOD.items():
        (folder / name).write_text(content, encoding="utf-8")
    return folder


def assert_good_kept(result: Run) -> None:
    """Every good article was read and its event is in the JSON."""
    assert result.events is not None, result.stderr
    for name, (_content, value) in GOOD.items():
        assert value in result.values_from(name), (name, result.stderr)


# name, content, exit code, "error"/"warning"/None (no line), text in the line, an event the bad file still gives
BAD_FILES: list[tuple[str, bytes, int, str | None, str, str | None]] = [
    ("empty.txt", b"", 0, "warning", "empty file: no text; skipped", None),
    ("blank.md", b"  \n\n \n", 0, "warning", "empty file: no text; skipped", None),
    ("front-matter-only.md", b"---\ntitle: x\n---\n", 0, "warning", "no text after the front matter", None),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 1, "error", "binary file, not text; skipped", None),
    ("binary.html", b"\x00\x01\x02\x03" * 64, 1, "error", "binary file, not text; skipped", None),
    ("cp1252.txt", "The café in Zürich closed in March 2021 — “for good”.".encode("cp1252"), 0, "warning",
     "not valid UTF-8 (byte 7); read as cp1252 (detected encoding)", "2021-03"),
    ("utf16.txt", "The museum reopened in May 2023.\n".encode("utf-16"), 0, None, "", "2023-05"),
    ("unclosed.md", b"---\ntitle: Broken\npublished: 2025-03-18\n\nThe dam burst in June 2022.\n", 1, "error",
     "front matter is never closed: line 5 is neither 'key: value' nor '---'", None),
    ("unclosed-at-end.md", b"---\ntitle: Broken\npublished: 2025-03-18\n", 1, "error",
     "front matter is never closed (no second '---' line); skipped", None),
    ("bad-date.md", b"---\npublished: next Tuesday\n---\nThe dam burst in June 2022.\n", 1, "error",
     "front matter 'published' is not a date: 'next Tuesday' (expected YYYY-MM-DD); skipped", None),
    ("impossible-date.md", b"---\npublished: 2025-02-30\n---\nThe dam burst in June 2022.\n", 1, "error",
     "'published' is not a date: '2025-02-30'", None),
]


@pytest.mark.parametrize(
    ("name", "content", "code", "severity", "message", "value"), BAD_FILES, ids=[case[0] for case in BAD_FILES]
)
def test_bad_file_among_good(
    capsys: pytest.CaptureFixture[str],
    sources: Path,
    tmp_path: Path,
    name: str,
    content: bytes,
    code: int,
    severity: str | None,
    message: str,
    value: str | None,
) -> None:
    """One line names the file and the problem; the exit code follows its severity; nothing else is lost."""
    (sources / name).write_bytes(content)
    result = run(capsys, sources, "--out-dir", tmp_path / "out")
    assert result.code == code
    lines = result.lines_about(name)
    if severity is None:
        assert lines == []
    else:
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith(f"build-timeline: {severity}: {sources / name}: ")
        assert message in lines[0]
    assert_good_kept(result)
    if value is not None:
        assert value in result.values_from(name)
    else:
        assert name not in {source["id"] for source in result.events["sources"]}  # type: ignore[index]


def test_detected_encoding_reads_the_words(
    capsys: pytest.CaptureFixture[str], sources: Path, tmp_path: Path
) -> None:
    """A cp1252 file's accented words and curly quotes come through in the event's sentence."""
    (sources / "cp1252.txt").write_bytes("The café in Zürich closed in March 2021 — “for good”.".encode("cp1252"))
    result = run(capsys, sources, "--out-dir", tmp_path / "out")
    sentences = [m["sentence"] for e in result.events["events"] for m in e["mentions"]]  # type: ignore[index]
    assert any("café in Zürich" in sentence and "“for good”" in sentence for sentence in sentences)


def _loop(folder: Path) -> str:
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    return "loop"


def _broken_link(folder: Path) -> str:
    (folder / "gone.txt").symlink_to(folder / "no-such-target.txt")
    return "gone.txt"


def _pipe(folder: Path) -> str:
    os.mkfifo(folder / "pipe.txt")  # opening it would block for ever: it must not be opened
    return "pipe.txt"


def _nested_loop(folder: Path) -> str:
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)
    return "up"


BAD_ENTRIES: list[tuple[str, Callable[[Path], str], str]] = [
    ("folder linking to itself", _loop, "links back to"),
    ("folder linking to its parent", _nested_loop, "links back to"),
    ("broken link", _broken_link, "broken link (its target does not exist)"),
    ("named pipe", _pipe, "not a regular file"),
]


@pytest.mark.parametrize(("make", "message"), [case[1:] for case in BAD_ENTRIES], ids=[c[0] for c in BAD_ENTRIES])
def test_bad_folder_entry(
    capsys: pytest.CaptureFixture[str], sources: Path, tmp_path: Path, make: Callable[[Path], str], message: str
) -> None:
    """Links that loop or lead nowhere, and files that are not files, are one error each; the walk goes on."""
    name = make(sources)
    result = run(capsys, sources, "--out-dir", tmp_path / "out")
    assert result.code == 1
    lines = result.lines_about(name)
    assert len(lines) == 1 and lines[0].startswith("build-timeline: error: ") and message in lines[0], result.stderr
    assert_good_kept(result)
    assert len(result.events["sources"]) == len(GOOD)  # type: ignore[index]  # each file read once


def test_unreadable_file(
    capsys: pytest.CaptureFixture[str], sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file the system will not let us read is one error line; the others are read (read refused by a patch,
    since tests may run as root, where file modes do not block reading)."""
    locked = sources / "locked.txt"
    locked.write_text("The pier collapsed in 2018.", encoding="utf-8")
    real_read_bytes = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = run(capsys, sources, "--out-dir", tmp_path / "out")
    assert result.code == 1
    expected = f"build-timeline: error: {locked}: cannot read file: Permission denied"
    assert result.lines_about("locked.txt") == [expected]
    assert_good_kept(result)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_by_mode(capsys: pytest.CaptureFixture[str], sources: Path, tmp_path: Path) -> None:
    """The same with a real ``chmod 000`` (only meaningful when not running as root)."""
    locked = sources / "locked.txt"
    locked.write_text("The pier collapsed in 2018.", encoding="utf-8")
    locked.chmod(0)
    try:
        result = run(capsys, sources, "--out-dir", tmp_path / "out")
    finally:
        locked.chmod(0o644)
    assert result.code == 1
    expected = f"build-timeline: error: {locked}: cannot read file: Permission denied"
    assert result.lines_about("locked.txt") == [expected]
    assert_good_kept(result)


def test_warnings_alone_exit_zero(capsys: pytest.CaptureFixture[str], sources: Path, tmp_path: Path) -> None:
    """An empty file and a guessed encoding together are still only warnings: exit 0, one line each."""
    (sources / "empty.txt").write_bytes(b"")
    (sources / "cp1252.txt").write_bytes("Caf\u00e9 opened in 2020.".encode("cp1252"))
    result = run(capsys, sources, "--out-dir", tmp_path / "out")
    assert result.code == 0
    assert [line.split(": ")[1] for line in result.stderr[:-1]] == ["warning", "warning"]
    assert_good_kept(result)


def test_missing_path_among_good(capsys: pytest.CaptureFixture[str], sources: Path, tmp_path: Path) -> None:
    """A path that does not exist is one error line; the paths that exist are still read."""
    missing = tmp_path / "no-such-folder"
    result = run(capsys, missing, sources, "--out-dir", tmp_path / "out")
    assert result.code == 1
    assert result.lines_about("no-such-folder") == [f"build-timeline: error: {missing}: no such file or folder"]
    assert_good_kept(result)


def test_nothing_readable_writes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """When no article at all could be read, the command says so and writes no output."""
    out = tmp_path / "out"
    result = run(capsys, tmp_path / "missing.txt", "--out-dir", out)
    assert result.code == 1
    assert result.stderr == [
        f"build-timeline: error: {tmp_path / 'missing.txt'}: no such file or folder",
        "build-timeline: error: no article could be read; nothing written",
    ]
    assert not out.exists()


def test_unsupported_address(capsys: pytest.CaptureFixture[str], sources: Path, tmp_path: Path) -> None:
    """An address that is not http(s) is one error line, not a missing file."""
    result = run(capsys, "ftp://example.com/a.txt", sources, "--out-dir", tmp_path / "out")
    assert result.code == 1
    assert result.lines_about("ftp://") == [
        "build-timeline: error: ftp://example.com/a.txt: only http:// and https:// addresses can be fetched"
    ]
    assert_good_kept(result)


# --- outputs --------------------------------------------------------------------------------------------------

def test_output_folder_is_a_file(capsys: pytest.CaptureFixture[str], sources: Path, tmp_path: Path) -> None:
    """An output folder that is really a file: one line naming it, exit 1."""
    blocker = tmp_path / "out"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run(capsys, sources, "--out-dir", blocker)
    assert result.code == 1
    expected = f"build-timeline: error: cannot write {blocker / 'events.json'}: {blocker} is not a folder"
    assert result.stderr == [expected]
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_output_file_is_a_folder(capsys: pytest.CaptureFixture[str], sources: Path, tmp_path: Path) -> None:
    """An output file name that is a folder: one line, exit 1, the folder untouched."""
    target = tmp_path / "events.json"
    target.mkdir()
    code = cli.main([str(sources), "--json", str(target)])
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    assert err == [f"build-timeline: error: cannot write {target}: Is a directory"]
    assert target.is_dir() and list(target.iterdir()) == []


@pytest.fixture
def earlier(capsys: pytest.CaptureFixture[str], sources: Path, tmp_path: Path) -> dict[str, bytes]:
    """A good earlier run's outputs, as bytes."""
    out = tmp_path / "out"
    assert run(capsys, sources, "--out-dir", out).code == 0
    return {"events.json": (out / "events.json").read_bytes()}


def _outputs(out: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(out.iterdir())}


def test_failed_write_keeps_earlier_output(
    capsys: pytest.CaptureFixture[str],
    sources: Path,
    tmp_path: Path,
    earlier: dict[str, bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A write that fails half-way (disk full) leaves the earlier outputs as they were and no temporary file."""
    (sources / "more.txt").write_text("The ferry sank in 1999.", encoding="utf-8")

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    result = run(capsys, sources, "--out-dir", tmp_path / "out")
    assert result.code == 1
    assert result.stderr == [
        f"build-timeline: error: cannot write {tmp_path / 'out' / 'events.json'}: No space left on device"
    ]
    assert _outputs(tmp_path / "out") == earlier


def test_run_reading_nothing_keeps_earlier_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, earlier: dict[str, bytes]
) -> None:
    """A run whose inputs all fail does not replace good outputs with an empty timeline."""
    result = run(capsys, tmp_path / "gone", "--out-dir", tmp_path / "out")
    assert result.code == 1
    assert _outputs(tmp_path / "out") == earlier


def test_interrupted_run_keeps_earlier_output(
    capsys: pytest.CaptureFixture[str],
    sources: Path,
    tmp_path: Path,
    earlier: dict[str, bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl-C while reading: one line, exit 130, the earlier outputs untouched."""

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "build", interrupted)
    result = run(capsys, sources, "--out-dir", tmp_path / "out")
    assert (result.code, result.stderr) == (130, ["", "build-timeline: interrupted; nothing written"])
    assert _outputs(tmp_path / "out") == earlier
