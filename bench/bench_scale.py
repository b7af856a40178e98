"""Benchmark the whole command on large generated corpora: time, peak memory, and the --jobs speed-up.

    python bench/bench_scale.py                 # 1,000 and 10,000 articles; --jobs 2 on the 10,000
    python bench/bench_scale.py --quick         # 100 and 1,000 articles; --jobs 2 on the 1,000
    python bench/bench_scale.py --sizes 1000 5000 --jobs 2 --keep /tmp/corpora

It writes synthetic news articles (front matter with title, publication date and outlet; a dateline; sentences
with absolute, relative and anaphoric dates, durations and sets; stories that several articles report, so that
mentions merge) into a temporary folder, copies the library and ``build_timeline.py`` next to them (every run
measures the same code, even while others edit the working tree), then runs
``build_timeline.py CORPUS --out-dir OUT --jobs N`` in a subprocess for each corpus and prints:

- wall seconds, articles per second, and the command's peak resident memory (``ru_maxrss`` from ``wait4``: the
  largest of the command and its worker processes, not their sum);
- the events, mentions and JSON size the run produced, since memory may grow with the events themselves;
- the ratios of the largest corpus to the smallest: time and memory next to the ratio of articles and events
  (linear cost: the time ratio is about the article ratio; streamed documents: the memory ratio stays well
  below it);
- ``--jobs 1`` against ``--jobs N`` on the largest corpus: wall time, speed-up, and whether both outputs are
  byte-identical;
- the per-document step alone (loading, tagging and building candidate events, streamed as ``build`` streams
  them, results dropped) for every corpus, with its time, peak memory and ``--jobs N`` speed-up: this is the part
  that ``--jobs`` spreads over processes; merging, sorting and writing stay in one process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "build_timeline.py"

# ------------------------------------------------------------------------------------------- the generator

CITIES = ["WASHINGTON", "LONDON", "BRUSSELS", "NAIROBI", "TOKYO", "BRASILIA", "KYIV", "OTTAWA", "CANBERRA", "LIMA"]
OUTLETS = ["AP", "Reuters", "AFP", "The Ledger", "Daily Wire Service", "Metro News"]
PEOPLE = ["Maria Lopez", "John F. Reed", "Dr. Amina Diallo", "Sen. Paul Ortega", "Yuki Tanaka", "Gen. Olena Koval"]
ORGS = ["the central bank", "the ministry of health", "the port authority", "Acme Corp.", "the city council",
        "the electoral commission", "the U.N. agency", "the union"]  # fmt: skip
TOPICS = ["a rail strike", "the budget vote", "a flood warning", "the merger", "peace talks", "a vaccine trial",
          "the election count", "a bridge collapse", "the trade deal", "an oil spill"]  # fmt: skip
MONTHS = "January February March April May June July August September October November December".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

SENTENCES = [
    "{org} said on {weekday} that {topic} would be settled by {month} {day}, {year}.",
    "The agreement on {topic} was signed on {month} {day}, {year}, after months of talks.",
    "{person} told reporters that {topic} had started {number} days ago.",
    "Officials expect a decision on {topic} by the end of {month}.",
    "Prices rose 3.5 percent in the {ordinal} quarter of {year}, {org} said.",
    "{person}, who joined {org} in {year}, called {topic} a turning point.",
    "A similar dispute in the late 1990s took {number} years to resolve.",
    "The review of {topic} will run for six months, and reports are published weekly.",
    "Last week {org} warned that {topic} could last until next spring.",
    "The following day, {person} met members of {org}.",
    "Talks on {topic} resume next {weekday}, {person} said.",
    "{org} first raised {topic} on {day} {month} {year}.",
    "Nobody at {org} would comment on {topic}.",
    "{person} said the situation was calm and that more details would follow.",
    "Critics say {topic} has been mishandled from the start.",
    "Mid-{month}, {org} is due to publish its findings on {topic}.",
]
NUMBERS = ["two", "three", "five", "ten", "12", "18"]
ORDINALS = ["first", "second", "third", "fourth"]


@dataclass(frozen=True, slots=True)
class Story:
    """A happening that several articles report: a topic, its date and the organisation behind it."""

    topic: str
    day: dt.date
    org: str


def stories(rng: random.Random, count: int) -> list[Story]:
    """``count`` stories between 2015 and 2025."""
    first = dt.date(2015, 1, 1)
    return [Story(rng.choice(TOPICS), first + dt.timedelta(days=rng.randrange(3_900)), rng.choice(ORGS))
            for _ in range(count)]  # fmt: skip


def article(rng: random.Random, story: Story) -> str:
    """One article about ``story``, published a few days after it, with 10 to 20 sentences."""
    published = story.day + dt.timedelta(days=rng.randrange(1, 40))
    lines = [
        "---",
        f"title: {story.topic.capitalize()}: {story.org} under pressure",
        f"published: {published.isoformat()}",
        f"source: {rng.choice(OUTLETS)}",
        "---",
    ]
    body = [f"{rng.choice(CITIES)} ({rng.choice(OUTLETS)}) — {story.org.capitalize()} confirmed {story.topic} "
            f"on {MONTHS[story.day.month - 1]} {story.day.day}, {story.day.year}."]  # fmt: skip
    for _ in range(rng.randrange(10, 21)):
        own = rng.random() < 0.5
        day = story.day if own else story.day + dt.timedelta(days=rng.randrange(-400, 400))
        sentence = rng.choice(SENTENCES).format(
            org=story.org if own else rng.choice(ORGS),
            topic=story.topic,
            person=rng.choice(PEOPLE),
            weekday=rng.choice(WEEKDAYS),
            month=MONTHS[day.month - 1],
            day=day.day,
            year=day.year,
            number=rng.choice(NUMBERS),
            ordinal=rng.choice(ORDINALS),
        )
        body.append(sentence[0].upper() + sentence[1:])
    paragraphs = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
    return "\n".join(lines) + "\n" + "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 2025) -> int:
    """``count`` articles in folders of 500; returns the characters written."""
    rng = random.Random(seed)
    pool = stories(rng, max(count // 8, 1))
    written = 0
    for index in range(count):
        text = article(rng, rng.choice(pool))
        target = folder / f"part{index // 500:03d}" / f"article{index:06d}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written += len(text)
    return written


# --------------------------------------------------------------------------------------------- measuring


@dataclass(frozen=True, slots=True)
class Build:
    """One run of the command on one corpus."""

    articles: int
    characters: int
    jobs: int
    seconds: float
    peak_mb: float
    events: int
    mentions: int
    json_mb: float
    status: int
    out: Path

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds


MEASURE = """\
import json, os, subprocess, sys, time
figures, command = sys.argv[1], sys.argv[2:]
started = time.perf_counter()
child = subprocess.Popen(command)
_, status, usage = os.wait4(child.pid, 0)
seconds = time.perf_counter() - started
with open(figures, "w") as out:
    json.dump({"seconds": seconds, "maxrss": usage.ru_maxrss, "status": os.waitstatus_to_exitcode(status)}, out)
"""
"""Run a command, then write its wall time, exit status and peak RSS (``wait4``: the largest of the command and
its worker processes).  The command is forked from this small interpreter, not from the bench: on Linux a child's
peak RSS starts from its parent's at fork and survives exec, so a bench process that has grown would inflate it."""

COUNT = """\
import json, sys
events = json.load(open(sys.argv[1], encoding="utf-8"))["events"]
print(len(events), sum(len(event["mentions"]) for event in events))
"""
"""Count events and mentions in an events JSON (in another process, so that the bench itself stays small)."""


@dataclass(frozen=True, slots=True)
class Measured:
    """Wall seconds, peak RSS and exit status of one command, with its standard output and error."""

    seconds: float
    peak_mb: float
    status: int
    stdout: str
    stderr: str


def measured(command: list[str], code: Path) -> Measured:
    """Run ``command`` in ``code`` (the snapshot of the library) under :data:`MEASURE`."""
    with tempfile.TemporaryDirectory() as scratch:
        figures = Path(scratch) / "figures.json"
        result = subprocess.run(
            [sys.executable, "-c", MEASURE, str(figures), *command], cwd=code, capture_output=True, text=True
        )
        found = json.loads(figures.read_text()) if figures.exists() else {"seconds": 0, "maxrss": 0, "status": -1}
    peak = found["maxrss"] / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return Measured(found["seconds"], peak, found["status"], result.stdout, result.stderr)


def run_build(code: Path, corpus: Path, articles: int, characters: int, out: Path, jobs: int) -> Build:
    """Run the command of the snapshot ``code`` on ``corpus`` and measure it."""
    command = [sys.executable, "build_timeline.py", str(corpus), "--out-dir", str(out), "--jobs", str(jobs)]
    run = measured(command, code)
    if run.status != 0:
        print(run.stderr[-2000:], file=sys.stderr)
    events_path = out / "events.json"
    events = mentions = 0
    if events_path.exists():
        counted = subprocess.run([sys.executable, "-c", COUNT, str(events_path)], capture_output=True, text=True)
        events, mentions = map(int, counted.stdout.split())
    json_mb = events_path.stat().st_size / 1e6 if events_path.exists() else 0.0
    return Build(articles, characters, jobs, run.seconds, run.peak_mb, events, mentions, json_mb, run.status, out)


STEP_ONLY = """\
import sys, time
from timeline.documents import load_documents
from timeline.pipeline import process_all
started = time.perf_counter()
for _ in process_all(load_documents([sys.argv[1]]), jobs=int(sys.argv[2])):
    pass
print(time.perf_counter() - started)
"""
"""The per-document step alone, as ``build`` streams it (results are dropped, as ``build`` drops the texts)."""


@dataclass(frozen=True, slots=True)
class Step:
    """One run of the per-document step alone on one corpus."""

    articles: int
    jobs: int
    seconds: float
    peak_mb: float


def run_step(code: Path, corpus: Path, articles: int, jobs: int) -> Step:
    """Load and process every document of ``corpus`` in a fresh interpreter: the part that ``--jobs`` spreads."""
    run = measured([sys.executable, "-c", STEP_ONLY, str(corpus), str(jobs)], code)
    return Step(articles, jobs, float(run.stdout.strip() or "nan"), run.peak_mb)


def snapshot(root: Path) -> tuple[Path, str]:
    """A copy of the library and the command under ``root``, so that every run measures the same code while
    others edit the working tree; and a description of the version copied."""
    code = root / "code"
    shutil.rmtree(code, ignore_errors=True)
    shutil.copytree(REPO / "timeline", code / "timeline", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(SCRIPT, code / SCRIPT.name)
    git = ["git", "-C", str(REPO)]
    head = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run([*git, "status", "--porcelain", "--", "timeline", SCRIPT.name], capture_output=True,
                           text=True).stdout.strip()  # fmt: skip
    return code, f"{head or 'unknown commit'}{' + uncommitted changes' if dirty else ''}"


def _load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def same_output(first: Path, second: Path) -> bool:
    """Whether both runs wrote byte-identical JSON and HTML."""
    names = ("events.json", "timeline.html")
    return all((first / name).read_bytes() == (second / name).read_bytes() for name in names)


# ------------------------------------------------------------------------------------------------------ main


def _row(build: Build) -> str:
    return (
        f"{build.articles:>9,} {build.characters / 1e6:>7.1f} {build.jobs:>5} {build.seconds:>8.1f} "
        f"{build.per_second:>9.0f} {build.peak_mb:>8.0f} {build.events:>8,} {build.mentions:>9,} "
        f"{build.json_mb:>8.1f}" + ("" if build.status == 0 else f"  exit {build.status}")
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="100 and 1,000 articles instead of 1,000 and 10,000")
    parser.add_argument("--sizes", type=int, nargs="+", help="corpus sizes in articles (default 1000 10000)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the speed-up run on the largest (2)")
    parser.add_argument("--keep", type=Path, help="write the corpora and outputs here and keep them")
    args = parser.parse_args(argv)
    sizes = sorted(args.sizes or ([100, 1_000] if args.quick else [1_000, 10_000]))

    root = args.keep or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        code, version = snapshot(root)
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {_load()}; "
              f"corpora under {root}; code {version}, copied to {code}\n")  # fmt: skip
        header = (
            f"{'articles':>9} {'MB text':>7} {'jobs':>5} {'seconds':>8} {'art./s':>9} {'peak MB':>8} "
            f"{'events':>8} {'mentions':>9} {'JSON MB':>8}"
        )
        print(header)
        print("-" * len(header))
        builds: list[Build] = []
        corpus = root / "corpus"
        for size in sizes:
            folder = corpus.with_name(f"corpus-{size}")
            if not folder.exists():
                characters = write_corpus(folder, size)
            else:
                characters = sum(path.stat().st_size for path in folder.rglob("*.md"))
            build = run_build(code, folder, size, characters, root / f"out-{size}-j1", 1)
            builds.append(build)
            print(_row(build), flush=True)
        largest = builds[-1]
        parallel = run_build(
            code, root / f"corpus-{largest.articles}", largest.articles, largest.characters,
            root / f"out-{largest.articles}-j{args.jobs}", args.jobs,
        )  # fmt: skip
        print(_row(parallel), flush=True)

        small = builds[0]
        print(f"\nratios, {largest.articles:,} / {small.articles:,} articles (jobs 1):")
        print(f"  articles {largest.articles / small.articles:.1f}x, "
              f"text {largest.characters / small.characters:.1f}x, "
              f"events {largest.events / max(small.events, 1):.1f}x, "
              f"mentions {largest.mentions / max(small.mentions, 1):.1f}x")  # fmt: skip
        print(f"  time {largest.seconds / small.seconds:.1f}x, peak memory {largest.peak_mb / small.peak_mb:.2f}x "
              f"({largest.peak_mb - small.peak_mb:+.0f} MB "
              f"for {largest.articles - small.articles:,} more articles)")  # fmt: skip
        identical = same_output(largest.out, parallel.out)
        print(f"\n--jobs {args.jobs} on {largest.articles:,} articles: {parallel.seconds:.1f} s against "
              f"{largest.seconds:.1f} s, speed-up {largest.seconds / parallel.seconds:.2f}x; "
              f"output byte-identical to --jobs 1: {'yes' if identical else 'NO'}")  # fmt: skip

        print("\nthe per-document step alone (load, tag, candidate events; no merge, no output):")
        steps = [run_step(code, root / f"corpus-{build.articles}", build.articles, 1) for build in builds]
        steps.append(run_step(code, root / f"corpus-{largest.articles}", largest.articles, args.jobs))
        for step in steps:
            print(f"  {step.articles:>7,} articles, jobs {step.jobs}: {step.seconds:7.1f} s, "
                  f"{step.articles / step.seconds:5.0f} articles/s, peak {step.peak_mb:5.0f} MB")  # fmt: skip
        first, last, spread = steps[0], steps[-2], steps[-1]
        print(f"  ratios {last.articles:,} / {first.articles:,}: time {last.seconds / first.seconds:.1f}x, "
              f"peak memory {last.peak_mb / first.peak_mb:.2f}x; jobs {args.jobs} speed-up "
              f"{last.seconds / spread.seconds:.2f}x")  # fmt: skip
        print(f"\nload average at the end: {_load()} (timings on a loaded machine are not comparable)")
        failed = any(build.status != 0 for build in [*builds, parallel]) or not identical
        return 1 if failed else 0
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
