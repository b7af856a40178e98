"""The ``build-timeline`` command: a thin layer over :mod:`timeline.pipeline`.

Exit codes: 0 success, 1 some input could not be used (each named on stderr, the rest processed), 2 usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from timeline.documents import parse_date
from timeline.export import dumps
from timeline.files import write_atomic
from timeline.pipeline import build
from timeline.render import page

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2
PROGRESS_MIN_FILES = 5
"""Progress is shown on a terminal once more than this many files have been read."""

EXAMPLES = """\
examples:
  build-timeline sources/                      # writes out/timeline.html and out/events.json
  build-timeline sources/ --json -             # prints the events JSON
  build-timeline a.txt b.md --html page.html   # writes only the page
  build-timeline notes/ --reference-date 2025-03-18
  build-timeline sources/ --publication-events   # each article's publication is an event too
  build-timeline big-folder/ --jobs 0          # tag in one process per core (same output as --jobs 1)
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line and exit 2, as argparse does, without the usage dump
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes (0 or more): {text!r}")
    return value


def parser() -> argparse.ArgumentParser:
    """The command's argument parser."""
    result = _Parser(
        prog="build-timeline",
        description="Build an interactive timeline page and an events JSON from news articles.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    result.add_argument("paths", nargs="+", metavar="PATH", help="article files (.txt, .md) or folders of them")
    result.add_argument("--html", metavar="FILE", help="write the page here")
    result.add_argument("--json", metavar="FILE", help="write the events JSON here ('-' for standard output)")
    result.add_argument("--out-dir", metavar="DIR", default="out", help="where both go without --html/--json (out)")
    result.add_argument(
        "--reference-date",
        metavar="YYYY-MM-DD",
        type=_date,
        help="resolve relative dates against this date instead of each article's publication date",
    )
    result.add_argument(
        "--jobs",
        metavar="N",
        type=_jobs,
        default=1,
        help="tag documents in N processes; 0 = one per core (default 1; the output is the same for any N)",
    )
    result.add_argument(
        "--publication-events",
        action="store_true",
        help="add each source's own publication as an event of kind 'publication' on its reference date",
    )
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code."""
    args = parser().parse_args(argv)
    html_path, json_path = args.html, args.json
    if html_path is None and json_path is None:
        html_path = str(Path(args.out_dir) / "timeline.html")
        json_path = str(Path(args.out_dir) / "events.json")

    show_progress = sys.stderr.isatty()

    def progress(count: int, path: str) -> None:
        if show_progress and count > PROGRESS_MIN_FILES:
            print(f"\r{count} files read ({path[-50:]})\x1b[K", end="", file=sys.stderr, flush=True)

    result = build(
        args.paths,
        reference=args.reference_date,
        progress=progress,
        jobs=args.jobs,
        publication_events=args.publication_events,
    )
    if show_progress:
        print("\r\x1b[K", end="", file=sys.stderr)
    for problem in result.problems:
        print(f"build-timeline: {'error' if problem.fatal else 'warning'}: {problem}", file=sys.stderr)

    written: list[str] = []
    try:
        if json_path == "-":
            sys.stdout.write(dumps(result.timeline))
        elif json_path:
            write_atomic(json_path, dumps(result.timeline))
            written.append(json_path)
        if html_path:
            write_atomic(html_path, page(result.timeline))
            written.append(html_path)
    except OSError as error:
        print(f"build-timeline: error: cannot write {error.filename or 'output'}: {error.strerror}", file=sys.stderr)
        return EXIT_INPUT
    timeline = result.timeline
    print(
        f"build-timeline: {len(timeline.sources)} sources read, {len(timeline.events)} events, "
        f"{len(timeline.unplaced)} unplaced; wrote {', '.join(written) or 'nothing'}",
        file=sys.stderr,
    )
    failed = any(problem.fatal for problem in result.problems)
    return EXIT_INPUT if failed else EXIT_OK


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
