"""Benchmark the tagger on the TempEval-3 development corpus: speed, memory, and quality next to dateparser.

    python bench/bench_tagger.py                    # whole corpus (../shared/te3-dev)
    python bench/bench_tagger.py --quick            # 16 documents, a smoke run
    python bench/bench_tagger.py CORPUS --json      # machine-readable figures

In one run it measures, over the same raw texts and DCTs:

- ours, whole command: ``python -m timeline.timeml tag CORPUS TMP`` in a subprocess, start-up and file I/O included,
  with the child's peak RSS;
- ours, in-process: ``timeline.tagger.tag(text, dct)`` over every text (after one warm-up call), with the
  tracemalloc peak of a separate pass;
- dateparser, in-process: ``search_dates(text, languages=['en'], settings={'RELATIVE_BASE': dct})``;
- dateparser, whole process: the same loop in a fresh interpreter that also reads the files;
- memory growth: peak RSS of a fresh process tagging the corpus once and four times over;
- quality: TempEval-3 task A strict/relaxed/value F1 for both (search_dates spans are located in the text and
  given the full date ``YYYY-MM-DD`` as value, type DATE).
"""

from __future__ import annotations

import argparse
import compileall
import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from timeline import timeml  # noqa: E402  (the repository root must be on sys.path first)
from timeline.model import Timex, TimexType  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "te3-dev"
QUICK_DOCS = 16
REPEAT = 4


# ---------------------------------------------------------------------------------------------------------------
# The corpus


@dataclass(frozen=True, slots=True)
class Corpus:
    """The documents a run measures, and where their files are."""

    root: Path
    documents: tuple[timeml.TimeMLDocument, ...]
    paths: tuple[Path, ...]

    @property
    def chars(self) -> int:
        return sum(len(d.text) for d in self.documents)


def load_corpus(root: Path, quick: bool) -> Corpus:
    """Every .tml under ``root``, or with ``quick`` an evenly spread subset of QUICK_DOCS documents."""
    files = timeml.find_timeml_files(root)
    if quick and len(files) > QUICK_DOCS:
        step = len(files) / QUICK_DOCS
        files = [files[int(i * step)] for i in range(QUICK_DOCS)]
    documents = tuple(timeml.read_timeml(path, name) for name, path in files)
    return Corpus(root, documents, tuple(path for _, path in files))


def reference(document: timeml.TimeMLDocument) -> dt.datetime:
    """The DCT as the midnight datetime that dateparser wants as RELATIVE_BASE."""
    return dt.datetime.combine(document.dct.date, dt.time())


# ---------------------------------------------------------------------------------------------------------------
# The two taggers, as functions of one document


def ours(document: timeml.TimeMLDocument) -> list[Timex]:
    """Our tagger on the raw text, anchored at the DCT (looked up at call time, so it is always the current one)."""
    from timeline import tagger

    return tagger.tag(document.text, document.dct.date)


def dateparser_timexes(document: timeml.TimeMLDocument) -> list[Timex]:
    """search_dates on the raw text, its matches located in the text as DATE timexes valued YYYY-MM-DD."""
    from dateparser.search import search_dates  # type: ignore[import-untyped]

    found = search_dates(document.text, languages=["en"], settings={"RELATIVE_BASE": reference(document)}) or []
    return locate(document.text, [(substring, moment.date()) for substring, moment in found])


def locate(text: str, matches: Sequence[tuple[str, dt.date]]) -> list[Timex]:
    """Offsets for search_dates' substrings: each at its next occurrence after the previous one (else anywhere)."""
    located: list[Timex] = []
    cursor = 0
    for substring, day in matches:
        start = text.find(substring, cursor)
        if start < 0:
            start = text.find(substring)
        if start < 0 or not substring:
            continue
        end = start + len(substring)
        located.append(Timex(start, end, substring, TimexType.DATE, day.isoformat(), rule="search_dates"))
        cursor = end
    return located


# ---------------------------------------------------------------------------------------------------------------
# Measurements


@dataclass(frozen=True, slots=True)
class Run:
    """One timed measurement; ``error`` says why there is no figure."""

    seconds: float | None = None
    chars: int = 0
    peak_mb: float | None = None
    peak_kind: str = ""
    error: str = ""

    @property
    def chars_per_second(self) -> float | None:
        return self.chars / self.seconds if self.seconds else None


@dataclass(frozen=True, slots=True)
class Quality:
    """TempEval-3 task A figures of one tagger on the corpus."""

    strict_f1: float
    relaxed_f1: float
    value_f1: float
    type_f1: float


def in_process(
    corpus: Corpus, run: Callable[[timeml.TimeMLDocument], list[Timex]], rounds: int = 1
) -> tuple[Run, dict[str, list[Timex]]]:
    """Time ``run`` over every document after one warm-up call (best of ``rounds``); keep the outputs for scoring."""
    outputs: dict[str, list[Timex]] = {}
    try:
        run(corpus.documents[0])
        times = []
        for _ in range(max(1, rounds)):
            started = time.perf_counter()
            for document in corpus.documents:
                outputs[document.name] = run(document)
            times.append(time.perf_counter() - started)
        seconds = min(times)
    except Exception as error:  # a tagger under construction may raise; the bench reports it and goes on
        return Run(error=f"{type(error).__name__}: {error}"[:80]), {}
    return Run(seconds, corpus.chars), outputs


def traced_peak(corpus: Corpus, run: Callable[[timeml.TimeMLDocument], list[Timex]]) -> float | None:
    """Peak Python heap (tracemalloc, MB) over one pass of ``run``, discarding each output."""
    tracemalloc.start()
    try:
        for document in corpus.documents:
            run(document)
        return tracemalloc.get_traced_memory()[1] / 2**20
    except Exception:
        return None
    finally:
        tracemalloc.stop()


def subprocess_run(command: Sequence[str], chars: int) -> Run:
    """Time a child process from start to exit and read its peak RSS (wait4's ru_maxrss, KB on Linux)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        lines = errors.read().decode("utf-8", "replace").splitlines()
    if child.returncode != 0:
        last = lines[-1] if lines else ""
        return Run(error=f"exit {child.returncode}: {last}"[:80])
    return Run(seconds, chars, usage.ru_maxrss / 1024, "maxrss")


def compile_bytecode() -> None:
    """Compile the library's bytecode and patterns before timing its command, as ``make``'s set-up does and
    a regular install (and dateparser's, in site-packages) has them: an editable install leaves no bytecode, and
    where PYTHONDONTWRITEBYTECODE is set every run would compile the sources (about 0.03 s) and the rule patterns
    (about 0.05 s, :mod:`timeline.regexcache`) again."""
    compileall.compile_dir(REPO / "timeline", quiet=1)
    from timeline import rules

    rules.save_patterns()


def whole_command(corpus: Corpus, quick: bool) -> Run:
    """``python -m timeline.timeml tag`` over the corpus into a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="bench-tag-") as scratch:
        source = corpus.root
        if quick:
            source = Path(scratch) / "in"
            for document, path in zip(corpus.documents, corpus.paths, strict=True):
                target = source / document.name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.symlink_to(path.resolve())
        return subprocess_run(
            [sys.executable, "-m", "timeline.timeml", "tag", str(source), str(Path(scratch) / "out")], corpus.chars
        )


def child(corpus: Corpus, quick: bool, what: str, repeat: int) -> Run:
    """This script in a fresh interpreter, running ``what`` (ours or dateparser) over the corpus ``repeat`` times."""
    command = [sys.executable, str(Path(__file__).resolve()), str(corpus.root), "--child", what]
    command += ["--repeat", str(repeat)] + (["--quick"] if quick else [])
    return subprocess_run(command, corpus.chars * repeat)


def run_child(corpus_root: Path, quick: bool, what: str, repeat: int) -> int:
    """The child side of ``child``: load the files, run the tagger, keep nothing."""
    corpus = load_corpus(corpus_root, quick)
    run = ours if what == "ours" else dateparser_timexes
    for _ in range(repeat):
        for document in corpus.documents:
            run(document)
    return 0


def quality(corpus: Corpus, outputs: dict[str, list[Timex]]) -> Quality | None:
    """Score the outputs against the gold timexes (through the same conversion as ``timeline.timeml tag``)."""
    if not outputs:
        return None
    evaluation = timeml.Evaluation()
    for document in corpus.documents:
        annotations, _ = timeml.to_annotations(document.text, outputs.get(document.name, []))
        evaluation.add(document, annotations)
    scores = evaluation.scores
    return Quality(scores.strict.f1, scores.relaxed.f1, scores.value_f1, scores.type_f1)


# ---------------------------------------------------------------------------------------------------------------
# Report


def ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a and b else None


def report(corpus: Corpus, runs: dict[str, Run], memory: dict[str, Run], scores: dict[str, Quality | None]) -> str:
    """The compact table."""
    lines = [f"corpus {corpus.root}: {len(corpus.documents)} documents, {corpus.chars:,} characters", ""]
    lines.append(f"{'':34}{'seconds':>9}{'chars/s':>11}{'peak MB':>9}")
    for label, run in runs.items():
        if run.error:
            lines.append(f"{label:34}{'n/a':>9}  {run.error}")
            continue
        peak = f"{run.peak_mb:9.2f} ({run.peak_kind})" if run.peak_mb is not None else ""
        lines.append(f"{label:34}{run.seconds or 0:9.2f}{run.chars_per_second or 0:11,.0f}{peak}")
    speed = {label: run.chars_per_second for label, run in runs.items()}
    for kind in ("whole command", "in-process"):
        factor = ratio(speed[f"ours, {kind}"], speed[f"search_dates, {kind}"])
        shown = f"{factor:.2f}x" if factor else "n/a"
        lines.append(f"speed ours / search_dates, {kind}: {shown}")
    one, many = memory["1x"], memory[f"{REPEAT}x"]
    if one.peak_mb and many.peak_mb:
        lines.append(
            f"memory growth, peak RSS tagging the corpus 1x {one.peak_mb:.1f} MB, {REPEAT}x {many.peak_mb:.1f} MB: "
            f"ratio {many.peak_mb / one.peak_mb:.2f} (+{many.peak_mb - one.peak_mb:.1f} MB)"
        )
    else:
        lines.append(f"memory growth: n/a ({one.error or many.error})")
    lines += ["", f"{'TempEval-3 task A':34}{'strict F1':>10}{'relaxed F1':>11}{'value F1':>9}{'type F1':>9}"]
    for label, score in scores.items():
        if score is None:
            lines.append(f"{label:34}{'n/a':>10}")
        else:
            figures = (score.strict_f1, score.relaxed_f1, score.value_f1, score.type_f1)
            lines.append(
                f"{label:34}" + "".join(f"{100 * x:{w}.2f}" for x, w in zip(figures, (10, 11, 9, 9), strict=True))
            )
    return "\n".join(lines)


def fastest(runs: Sequence[Run]) -> Run:
    """The quickest of several timings of one command (the first error if none succeeded)."""
    succeeded = [run for run in runs if not run.error]
    return min(succeeded, key=lambda run: run.seconds or 0.0) if succeeded else runs[0]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help=f"default {DEFAULT_CORPUS}")
    parser.add_argument("--quick", action="store_true", help=f"a spread of {QUICK_DOCS} documents, for a smoke run")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of the table")
    parser.add_argument(
        "--rounds", type=int, default=1, help="time every run N times (whole commands taken in turns), keep the best"
    )
    parser.add_argument("--no-dateparser", action="store_true", help="skip the dateparser measurements")
    parser.add_argument("--child", choices=("ours", "dateparser"), help=argparse.SUPPRESS)
    parser.add_argument("--repeat", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"error: corpus folder {args.corpus} not found", file=sys.stderr)
        return 2
    if args.child:
        return run_child(args.corpus, args.quick, args.child, args.repeat)

    corpus = load_corpus(args.corpus, args.quick)
    skipped = Run(error="skipped (--no-dateparser)")
    compile_bytecode()
    whole_ours: list[Run] = []
    whole_theirs: list[Run] = []
    for _ in range(max(1, args.rounds)):  # in turns, so that both commands see the same load on a shared machine
        whole_ours.append(whole_command(corpus, args.quick))
        if not args.no_dateparser:
            whole_theirs.append(child(corpus, args.quick, "dateparser", 1))
    runs: dict[str, Run] = {"ours, whole command": fastest(whole_ours)}
    ours_run, ours_outputs = in_process(corpus, ours, args.rounds)
    if not ours_run.error:
        ours_run = dataclasses.replace(ours_run, peak_mb=traced_peak(corpus, ours), peak_kind="traced")
    runs["ours, in-process"] = ours_run
    dp_outputs: dict[str, list[Timex]] = {}
    if args.no_dateparser:
        runs["search_dates, whole command"] = runs["search_dates, in-process"] = skipped
    else:
        runs["search_dates, whole command"] = fastest(whole_theirs)
        runs["search_dates, in-process"], dp_outputs = in_process(corpus, dateparser_timexes, args.rounds)
    memory = {f"{n}x": child(corpus, args.quick, "ours", n) for n in (1, REPEAT)}
    scores = {"ours": quality(corpus, ours_outputs), "dateparser search_dates": quality(corpus, dp_outputs)}

    if args.json:
        figures = {
            "corpus": str(corpus.root),
            "documents": len(corpus.documents),
            "chars": corpus.chars,
            "runs": {k: {**dataclasses.asdict(v), "chars_per_second": v.chars_per_second} for k, v in runs.items()},
            "memory_peak_rss_mb": {k: v.peak_mb for k, v in memory.items()},
            "quality": {k: dataclasses.asdict(v) if v else None for k, v in scores.items()},
        }
        print(json.dumps(figures, indent=2))
    else:
        print(report(corpus, runs, memory, scores))
    return 1 if ours_run.error else 0


if __name__ == "__main__":
    sys.exit(main())
