"""Benchmark the tagger on hostile and pathological text: time per MB next to its time per MB on news text.

    python bench/bench_robustness.py              # 1 MB per input (news: ../shared/te3-dev)
    python bench/bench_robustness.py --quick      # 200 KB per input, a smoke run
    python bench/bench_robustness.py --size 4000000 --rounds 3

Each input is built to exactly ``--size`` characters and timed in a forked child process (killed after
``--timeout`` seconds, so a catastrophic input cannot hang the run).  For every input it prints:

- ``tag s/MB``: CPU seconds per million characters of ``timeline.tagger.tag(text, 2025-03-18)``, best of
  ``--rounds`` (CPU time of the child, not wall time, so that other work on a shared machine disturbs it less);
- ``ratio``: that figure divided by the same figure on news text (target: every ratio <= 3x; for the inputs
  marked ``*``, made of nothing but expressions, the target is on ``µs/timex``, the time per expression found);
- ``growth``: s/MB at the full size divided by s/MB at half the size.  About 1.0 is linear; about 2.0 means the
  cost grows with the square of the length (super-linear), whatever the ratio at this size;
- ``step s/MB``: the same for the whole per-document step, ``timeline.events.process_document`` (tagging,
  sentences, events), and ``split s/MB`` for the sentence splitter alone.

Then it runs the reproducers of known tagger failures (each must not raise and must give well-formed TIMEX3
values, as ``tests/test_properties.py`` checks) and prints ``FAIL`` or ``ok`` for each.  Exit status 1 when a
ratio exceeds the target, an input timed out, or an input grows super-linearly twice in a row, else 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import multiprocessing.connection
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for folder in (REPO, REPO / "tests"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

# Imported once here, before any child is forked, so that every measurement runs the same code even while the
# working tree changes (the repository root must be on sys.path first).
from timeline import timeml  # noqa: E402
from timeline.events import process_document  # noqa: E402
from timeline.model import Document  # noqa: E402
from timeline.sentences import split_sentences  # noqa: E402
from timeline.tagger import tag  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "te3-dev"
SEEDS = REPO.parent / "shared" / "seeds"
REFERENCE = dt.date(2025, 3, 18)
TARGET_RATIO = 3.0
GROWTH_LIMIT = 1.5
MB = 1_000_000

# ---------------------------------------------------------------------------------------------------- inputs


def news_text(corpus: Path) -> str:
    """The TempEval-3 texts joined by blank lines, or the seed articles if the corpus is not there."""
    files = timeml.find_timeml_files(corpus) if corpus.is_dir() else []
    if files:
        return "\n\n".join(timeml.read_timeml(path, name).text for name, path in files)
    return "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))


def repeat_to(unit: str, size: int) -> str:
    """``unit`` repeated and cut to exactly ``size`` characters."""
    return (unit * (size // max(len(unit), 1) + 1))[:size]


def random_digits(size: int) -> str:
    """``size`` random digits, no space: every four of them look like a year."""
    rng = random.Random(5)
    return "".join(rng.choice("0123456789") for _ in range(size))


def random_numbers(size: int) -> str:
    """Numbers of one to four digits, a third of them between 1900 and 2099, separated by spaces."""
    rng = random.Random(7)
    numbers = [rng.choice([rng.randrange(100), rng.randrange(1900, 2100), rng.randrange(10_000)])
               for _ in range(size // 3)]  # fmt: skip
    return repeat_to(" ".join(map(str, numbers)), size)


def nested_brackets(size: int) -> str:
    """A date inside brackets nested about ``size / 2`` deep."""
    core = " in March 2023 "
    depth = (size - len(core)) // 2
    return ("([{" * depth)[:depth] + core + ("}])" * depth)[:depth][::-1] + ")" * (size - 2 * depth - len(core))


MONTH_NAMES = "January February March April May June July August September October November December "


@dataclass(frozen=True, slots=True)
class Input:
    """A named pathological input: a function of the size in characters."""

    name: str
    build: Callable[[str, int], str]
    """From the news text and the size, the input of exactly that size."""
    example: str
    dense: bool = False
    """Text made of nothing but expressions (10 to 25 times as many per MB as news): its target is the time per
    expression, not per MB, since every expression found must be resolved and kept."""


INPUTS: tuple[Input, ...] = (
    Input("news (baseline)", lambda news, n: repeat_to(news + "\n\n", n), "TempEval-3 articles, repeated"),
    Input("digits", lambda news, n: random_digits(n), "8305917264…, no space"),
    Input("numbers", lambda news, n: random_numbers(n), "64 1987 2043 7 5120 …", dense=True),
    Input("of the end of", lambda news, n: repeat_to("of the end of ", n), "of the end of of the end of …"),
    Input(
        "one line, no punctuation",
        lambda news, n: repeat_to(" ".join(re.sub(r"[^\w\s]", " ", news).split()) + " ", n),
        "news words, no stop, no newline",
    ),
    Input("month names", lambda news, n: repeat_to(MONTH_NAMES, n), "January February March …"),
    Input("nested brackets", lambda news, n: nested_brackets(n), "([{([{… in March 2023 …}])}])"),
    Input("full stops", lambda news, n: "." * n, "…………"),
    Input("white space", lambda news, n: repeat_to(" \t \n", n), "spaces, tabs, newlines"),
    Input("dense dates", lambda news, n: repeat_to("on March 3, 2021, and ", n), "on March 3, 2021, …", dense=True),
    Input(
        "relative chains",
        lambda news, n: repeat_to("three days before two weeks after the end of last year ", n),
        "three days before two weeks after …",
        dense=True,
    ),
    Input("hyphens and slashes", lambda news, n: repeat_to("2021-03-04/05-", n), "2021-03-04/05-2021-…"),
)


# ------------------------------------------------------------------------------------------------ measuring


def _tag(text: str) -> int:
    return len(tag(text, REFERENCE))


def _step(text: str) -> int:
    return len(process_document(Document("bench", "bench.txt", text, published=REFERENCE)).candidates)


def _split(text: str) -> int:
    return len(split_sentences(text))


TASKS: dict[str, Callable[[str], int]] = {"tag": _tag, "step": _step, "split": _split}
"""What can be timed; each returns how many things it found (timexes, candidate events, sentences)."""


def _child(task: str, text: str, rounds: int, sender: multiprocessing.connection.Connection) -> None:
    try:
        best, found = float("inf"), 0
        for _ in range(rounds):
            started = time.process_time()
            found = TASKS[task](text)
            best = min(best, time.process_time() - started)
        sender.send(("ok", (best, found)))
    except Exception as error:  # noqa: BLE001  (reported in the table)
        sender.send(("error", f"{type(error).__name__}: {error}"))


@dataclass(frozen=True, slots=True)
class Timing:
    """Seconds per MB of one task on one input, or why there is none."""

    per_mb: float | None
    problem: str = ""
    found: int = 0

    def cell(self) -> str:
        return f"{self.per_mb:.2f}" if self.per_mb is not None else self.problem


def timed(task: str, text: str, rounds: int, timeout: float) -> Timing:
    """Best-of-``rounds`` CPU seconds per MB of ``task`` on ``text`` in a forked child, killed after ``timeout``
    (wall-clock seconds)."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(task, text, rounds, sender))
    process.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            process.kill()
            return Timing(None, f">{timeout:.0f}s")
        status, value = receiver.recv()
    except EOFError:
        return Timing(None, "died")
    finally:
        process.join()
    if status != "ok":
        return Timing(None, "raised")
    seconds, found = value
    return Timing(seconds / (len(text) / MB), found=found)


@dataclass(frozen=True, slots=True)
class Row:
    """The figures of one input."""

    source: Input
    chars: int
    tag: Timing
    tag_half: Timing
    step: Timing
    split: Timing

    @property
    def name(self) -> str:
        return self.source.name + (" *" if self.source.dense else "")

    def ratio(self, baseline: float | None) -> float | None:
        """Tagging seconds per MB against news."""
        return self.tag.per_mb / baseline if self.tag.per_mb is not None and baseline else None

    def timex_ratio(self, news: Row) -> float | None:
        """Tagging microseconds per expression against news."""
        mine, theirs = self.us_per_timex(), news.us_per_timex()
        return mine / theirs if mine is not None and theirs else None

    def us_per_timex(self) -> float | None:
        """Microseconds of tagging per expression found."""
        if self.tag.per_mb is None or not self.tag.found:
            return None
        return self.tag.per_mb * self.chars / MB / self.tag.found * 1e6

    def growth(self) -> float | None:
        if self.tag.per_mb is None or not self.tag_half.per_mb:
            return None
        return self.tag.per_mb / self.tag_half.per_mb


def measure(source: Input, news: str, size: int, rounds: int, timeout: float) -> Row:
    text, half = source.build(news, size), source.build(news, size // 2)
    return Row(
        source,
        len(text),
        timed("tag", text, rounds, timeout),
        timed("tag", half, rounds, timeout),
        timed("step", text, rounds, timeout),
        timed("split", text, rounds, timeout),
    )


# ------------------------------------------------------------------------------------------ known failures


@dataclass(frozen=True, slots=True)
class Reproducer:
    """A minimal input on which the tagger broke a property; ``extent`` is a span that should be tagged and
    ``wrong_value`` a value that should not be given."""

    text: str
    reference: dt.date | None
    problem: str
    extent: str | None = None
    wrong_value: str | None = None


REPRODUCERS: tuple[Reproducer, ...] = (
    Reproducer("Parade on St. Patrick's Day.", REFERENCE, "raised KeyError(\"st patrick's day\")"),
    Reproducer("He left on Saturday.", dt.date(1, 1, 1), "raised OverflowError at the first day of the calendar"),
    Reproducer("She will come on Monday.", dt.date(9999, 12, 31), "raised OverflowError at the last day"),
    Reproducer("They meet at Thanksgiving.", dt.date(9999, 12, 31), "raised ValueError: year 10000 is out of range"),
    Reproducer("Prices rise next year.", dt.date(9999, 12, 31), "five-digit year 10000"),
    Reproducer("Talks end next quarter.", dt.date(9999, 12, 31), "five-digit year 10000-Q1"),
    Reproducer("It happened 5000 years ago.", REFERENCE, "negative year -2975 (not a TIMEX3 value)"),
    Reproducer("They met tonight.", REFERENCE, "typed DATE with the TIME value 2025-03-18TNI"),
    Reproducer("It was settled 2,100 years ago.", REFERENCE, "extent '100 years ago'", extent="2,100 years ago"),
    Reproducer("Rates fall in the next decade.", dt.date(9999, 12, 31), "the 10000s as 1000", wrong_value="1000"),
    Reproducer("Hotels were full the day after Christmas.", None, "raised ValueError on the day 'XXXX-12-25'"),
    Reproducer("Sales rose the week after Christmas.", dt.date(9999, 12, 31), "raised OverflowError at the last week"),
    Reproducer("Open from 6 p.m. until 3 a.m.", dt.date(9999, 12, 31), "raised OverflowError past the last midnight"),
)


def check(reproducer: Reproducer) -> str:
    """``ok``, or what is still wrong."""
    from test_properties import check_timexes  # the property test's own checks (tests/ is on sys.path)

    try:
        found = tag(reproducer.text, reproducer.reference)
        check_timexes(reproducer.text, found)
    except AssertionError as error:
        return f"FAIL {str(error).splitlines()[0][:100]}"
    except Exception as error:  # noqa: BLE001  (the point is to report it)
        return f"FAIL raises {type(error).__name__}: {error}"
    if reproducer.extent is not None and reproducer.extent not in [timex.text for timex in found]:
        return f"FAIL extents {[timex.text for timex in found]}"
    if reproducer.wrong_value is not None and reproducer.wrong_value in [timex.value for timex in found]:
        return f"FAIL values {[timex.value for timex in found]}"
    return "ok"


# ----------------------------------------------------------------------------------------------------- main


def _ratio(value: float | None) -> str:
    return f"{value:.2f}x" if value is not None else "-"


def _number(value: float | None) -> str:
    return f"{value:.1f}" if value is not None else "-"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="200 KB per input instead of 1 MB")
    parser.add_argument("--size", type=int, help="characters per input (default 1,000,000; 200,000 with --quick)")
    parser.add_argument("--rounds", type=int, default=3, help="time each run N times and keep the best (3)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a run is killed (300)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help=f"news texts (default {DEFAULT_CORPUS})")
    args = parser.parse_args(argv)
    size = args.size or (200_000 if args.quick else MB)

    news = news_text(args.corpus)
    source = "TempEval-3 " + str(args.corpus) if args.corpus.is_dir() else "seed articles"
    print(f"inputs of {size:,} characters; news baseline from {source} ({len(news):,} characters, repeated)")
    print(f"CPU time, best of {args.rounds}; growth = s/MB at {size:,} / s/MB at {size // 2:,} "
          "(1.0 linear, 2.0 quadratic)\n")  # fmt: skip
    header = (
        f"{'input (* dense)':<26} {'tag s/MB':>9} {'ratio':>7} {'growth':>7} {'timexes':>8} {'µs/timex':>9} "
        f"{'step s/MB':>10} {'split s/MB':>11}"
    )
    print(header)
    print("-" * len(header))
    rows: list[Row] = []
    baseline: float | None = None
    for item in INPUTS:
        row = measure(item, news, size, args.rounds, args.timeout)
        rows.append(row)
        if baseline is None:
            baseline = row.tag.per_mb
        print(
            f"{row.name:<26} {row.tag.cell():>9} {_ratio(row.ratio(baseline)):>7} {_ratio(row.growth()):>7} "
            f"{row.tag.found:>8,} {_number(row.us_per_timex()):>9} {row.step.cell():>10} {row.split.cell():>11}",
            flush=True,
        )

    news_row = rows[0]
    hostile = [row for row in rows[1:] if not row.source.dense]
    dense = [row for row in rows[1:] if row.source.dense]
    missed: list[str] = [row.name for row in rows if row.tag.per_mb is None]
    for label, group, ratio in (
        ("hostile inputs, s/MB against news", hostile, lambda row: row.ratio(baseline)),
        ("dense inputs (*), µs per expression against news", dense, lambda row: row.timex_ratio(news_row)),
    ):
        over = [row.name for row in group if (ratio(row) or 0) > TARGET_RATIO]
        missed += over
        worst = max(group, key=lambda row: ratio(row) or 0.0)
        print(f"\n{label}: worst {_ratio(ratio(worst))} ({worst.name}); target <= {TARGET_RATIO:.0f}x "
              f"{'missed by ' + ', '.join(over) if over else 'met'}", end="")  # fmt: skip
    print()
    super_linear = []
    for row in rows:
        if (row.growth() or 0) > GROWTH_LIMIT:  # measure again: one slow run on a shared machine is not a trend
            again = measure(row.source, news, size, args.rounds + 1, args.timeout)
            if (again.growth() or 0) > GROWTH_LIMIT:
                super_linear.append(f"{row.name} ({_ratio(again.growth())})")
    print(f"super-linear (growth > {GROWTH_LIMIT}, measured twice): {', '.join(super_linear) or 'none'}")
    missed += super_linear

    print("\nknown tagger failures (reproducers; 'ok' once fixed):")
    for reproducer in REPRODUCERS:
        reference = reproducer.reference.isoformat() if reproducer.reference else "none"
        print(f"  {check(reproducer)[:70]:<70}  {reproducer.text!r} @ {reference}  [{reproducer.problem}]")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
