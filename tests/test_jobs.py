"""Tagging in several processes (``--jobs``) gives byte-identical output and keeps documents streamed."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline import pipeline
from timeline.documents import LoadProblem
from timeline.model import Document
from timeline.pipeline import Processed, batches, effective_jobs, process, process_all

REPO = Path(__file__).resolve().parents[1]

MONTHS = "January February March April May June July August September October November December".split()
SENTENCES = [
    "The ministry said on {weekday} that talks would resume in {month} {year}.",
    "The agreement was signed on {month} {day}, {year}, after two years of negotiations.",
    "Officials expect a decision by the end of {month}.",
    "Prices rose 3.5 percent in the first quarter of {year}, the agency said.",
    "Three days ago the council voted again; a second vote is planned for next week.",
    "The company was founded in {year} and listed in the late 1990s.",
    "Dr. Smith, who joined in {month} {year}, said the plan was sound.",
    "Nothing here names a time at all.",
]
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday".split()


def article(rng: random.Random, published: dt.date | None) -> str:
    """A short synthetic news article with dated sentences and, when given, a publication date."""
    lines = ["---", f"title: Report {rng.randrange(10_000)}"]
    if published is not None:
        lines.append(f"published: {published.isoformat()}")
    lines.append("---")
    for _ in range(rng.randrange(3, 9)):
        template = rng.choice(SENTENCES)
        lines.append(
            template.format(
                weekday=rng.choice(WEEKDAYS),
                month=rng.choice(MONTHS),
                day=rng.randrange(1, 29),
                year=rng.randrange(1995, 2026),
            )
        )
    return "\n".join(lines) + "\n"


def write_corpus(root: Path, count: int, seed: int = 5) -> Path:
    """``count`` articles in two folders, plus an empty file and one article with no date."""
    rng = random.Random(seed)
    for index in range(count):
        folder = root / ("a" if index % 3 else "b")
        folder.mkdir(parents=True, exist_ok=True)
        published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(600))
        (folder / f"{index:04d}.md").write_text(article(rng, published), encoding="utf-8")
    (root / "a" / "empty.txt").write_text("", encoding="utf-8")
    (root / "b" / "undated.txt").write_text("Talks resumed in May. They end next week.\n", encoding="utf-8")
    return root


def run_cli(corpus: Path, out: Path, jobs: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "build_timeline.py"), str(corpus), "--out-dir", str(out), "--jobs", str(jobs)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )


def test_cli_jobs_two_is_byte_identical(tmp_path: Path) -> None:
    """``--jobs 2`` writes the same JSON and HTML, byte for byte, and the same messages as ``--jobs 1``."""
    corpus = write_corpus(tmp_path / "corpus", 60)
    one, two = run_cli(corpus, tmp_path / "one", 1), run_cli(corpus, tmp_path / "two", 2)
    assert one.returncode == two.returncode == 0, one.stderr + two.stderr
    assert one.stderr.replace("/one/", "/two/") == two.stderr
    for name in ("events.json", "timeline.html"):
        first, second = (tmp_path / "one" / name).read_bytes(), (tmp_path / "two" / name).read_bytes()
        assert first == second, name
    assert b'"events": []' not in (tmp_path / "one" / "events.json").read_bytes()


@pytest.mark.parametrize("jobs", [2, 3])
def test_build_same_timeline_over_many_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int) -> None:
    """With small batches and a short window (many batches in flight and waiting), the timeline is unchanged."""
    corpus = write_corpus(tmp_path, 45, seed=11)
    expected = pipeline.build([corpus], jobs=1)
    monkeypatch.setattr(pipeline, "BATCH_DOCUMENTS", 2)
    monkeypatch.setattr(pipeline, "BATCHES_PER_WORKER", 1)
    assert pipeline.build([corpus], jobs=jobs) == expected


def test_progress_is_reported_in_order(tmp_path: Path) -> None:
    """The progress callback sees every document, counted in input order, whatever the number of processes."""
    corpus = write_corpus(tmp_path, 20)
    seen: dict[int, list[tuple[int, str]]] = {1: [], 2: []}
    for jobs in (1, 2):
        pipeline.build([corpus], jobs=jobs, progress=lambda count, path, jobs=jobs: seen[jobs].append((count, path)))
    assert seen[1] == seen[2]
    assert [count for count, _ in seen[2]] == list(range(1, 22))


def documents(count: int, pulled: list[int]) -> Iterator[Document | LoadProblem]:
    """Tiny documents with a problem every seventh item; ``pulled`` counts the items taken so far."""
    for index in range(count):
        pulled[0] += 1
        if index % 7 == 3:
            yield LoadProblem(f"bad{index}.txt", "binary file, not text")
        else:
            yield Document(f"d{index}", f"d{index}.txt", f"It rained on May {index % 28 + 1}, 2024.")


def test_problems_keep_their_place() -> None:
    """Load problems come back among the processed documents exactly where they were in the input."""
    expected = [item if isinstance(item, LoadProblem) else process(item) for item in documents(40, [0])]
    assert list(process_all(documents(40, [0]), jobs=2)) == expected


def test_input_is_streamed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers never have more than the window of batches: the input is not read ahead of the results."""
    monkeypatch.setattr(pipeline, "BATCH_DOCUMENTS", 3)
    monkeypatch.setattr(pipeline, "BATCHES_PER_WORKER", 2)
    pulled = [0]
    results = process_all(documents(500, pulled), jobs=2)
    first = next(results)
    assert isinstance(first, Processed)
    window = 2 * 2 * 3
    assert pulled[0] <= window
    taken = 1 + sum(1 for _ in zip(range(50), results))
    assert pulled[0] <= taken + window
    results.close()


BATCH_CASES = [
    # (behaviour, text lengths, size, characters, expected batch lengths)
    ("split by count", [1] * 7, 3, 100, [3, 3, 1]),
    ("split by characters", [40, 40, 40, 40], 10, 80, [2, 2]),
    ("a huge document is a batch of its own", [1, 500, 1], 10, 100, [2, 1]),
    ("nothing in, nothing out", [], 3, 100, []),
]


@pytest.mark.parametrize(
    ("lengths", "size", "characters", "expected"),
    [case[1:] for case in BATCH_CASES],
    ids=[case[0] for case in BATCH_CASES],
)
def test_batches(lengths: list[int], size: int, characters: int, expected: list[int]) -> None:
    """Batches close at ``size`` items or once they hold ``characters`` characters, and keep every item in order."""
    items = [Document(str(i), f"{i}.txt", "x" * length) for i, length in enumerate(lengths)]
    found = list(batches(items, size=size, characters=characters))
    assert [len(batch) for batch in found] == expected
    assert [item for batch in found for item in batch] == items


@pytest.mark.parametrize(("jobs", "expected"), [(1, 1), (2, 2), (7, 7)])
def test_effective_jobs(jobs: int, expected: int) -> None:
    """A positive number of jobs is taken as given."""
    assert effective_jobs(jobs) == expected


def test_effective_jobs_zero_means_every_core() -> None:
    """0 means one process per usable core, at least one."""
    assert effective_jobs(0) >= 1


def test_effective_jobs_negative() -> None:
    """A negative number of jobs is refused."""
    with pytest.raises(ValueError, match="jobs"):
        effective_jobs(-1)


@pytest.mark.parametrize("value", ["-1", "two", "1.5"])
def test_cli_rejects_bad_jobs(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A bad ``--jobs`` is a one-line usage error with exit code 2."""
    from timeline.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(["sources", "--jobs", value])
    assert stopped.value.code == 2
    assert capsys.readouterr().err.strip().endswith(f"not a number of processes (0 or more): {value!r}")


def _fail_on_second(document: Document) -> object:
    if document.id == "d1":
        raise OverflowError("date value out of range")
    return _real_process_document(document)


_real_process_document = pipeline.process_document


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_document_is_reported_and_skipped(monkeypatch: pytest.MonkeyPatch, jobs: int) -> None:
    """A document whose processing raises becomes a problem in its place; the others are still processed."""
    if jobs > 1 and multiprocessing.get_start_method() != "fork":
        pytest.skip("workers see the patched function only when forked")
    monkeypatch.setattr(pipeline, "process_document", _fail_on_second)
    found = list(process_all(documents(5, [0]), jobs=jobs))
    message = "could not be processed, skipped (OverflowError: date value out of range)"
    assert found[1] == LoadProblem("d1.txt", message)
    kinds = [type(item).__name__ for item in found]
    assert kinds == ["Processed", "LoadProblem", "Processed", "LoadProblem", "Processed"]
