"""The ``build-timeline`` command: a thin layer over :mod:`timeline.pipeline`.

Exit codes: 0 success, 1 some input could not be used (each named on stderr, the rest processed) or an output
could not be written, 2 usage error, 130 interrupted.  Warnings (an empty file, a guessed encoding, a folder
reached twice) are printed but do not change the exit code.  When no article at all could be read, nothing is
written, so a good earlier output is never replaced by an empty one.
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
from timeline.timelinejs import dumps as timelinejs_dumps

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
PROGRESS_MIN_FILES = 5
"""Progress is shown on a terminal once more than this many files have been read."""

EXAMPLES = """\
examples:
  build-timeline sources/                      # writes out/timeline.html and out/events.json
  build-timeline sources/ --json -             # prints the events JSON
  build-timeline a.txt b.md --html page.html   # writes only the page
  build-timeline notes/ --reference-date 2025-03-18
  build-timeline saved-pages/ corpus.jsonl     # HTML pages and a JSON Lines corpus
  build-timeline https://example.com/news/1    # fetch a page (20 s time limit)
  curl -s https://example.com/a | build-timeline -   # read standard input
  build-timeline sources/ --publication-events   # each article's publication is an event too
  build-timeline big-folder/ --jobs 0          # tag in one process per core (same output as --jobs 1)
  build-timeline sources/ --title "ICPA" --lanes none --plotlyjs cdn   # one lane; small page, plotly.js online
  build-timeline sources/ --timelinejs out/timelinejs.json               # also the events for TimelineJS
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
    result.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="articles (.txt, .md, .html, .htm), corpora (.jsonl, .json, .jsonl.gz), folders of them, "
        "http(s) addresses, or '-' for standard input",
    )
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
    result.add_argument("--title", metavar="TEXT", help="the page's title (default: from the sources' titles)")
    result.add_argument(
        "--lanes", choices=("source", "none"), default="source", help="one chart lane per source, or one for all"
    )
    result.add_argument(
        "--plotlyjs",
        choices=("inline", "cdn"),
        default="inline",
        help="embed plotly.js so the page works offline (default), or load it from its CDN for a small file",
    )
    result.add_argument("--timelinejs", metavar="FILE", help="also write the events in TimelineJS's JSON format")
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

    try:
        result = build(
            args.paths,
            reference=args.reference_date,
            progress=progress,
            jobs=args.jobs,
            publication_events=args.publication_events,
        )
    except KeyboardInterrupt:
        print("\nbuild-timeline: interrupted; nothing written", file=sys.stderr)
        return EXIT_INTERRUPTED
    if show_progress:
        print("\r\x1b[K", end="", file=sys.stderr)
    for problem in result.problems:
        print(f"build-timeline: {'error' if problem.fatal else 'warning'}: {problem}", file=sys.stderr)

    if not result.timeline.sources:
        print("build-timeline: error: no article could be read; nothing written", file=sys.stderr)
        return EXIT_INPUT
    outputs = [(json_path, dumps(result.timeline))] if json_path else []
    if html_path:
        outputs.append((html_path, page(result.timeline, title=args.title, lanes=args.lanes, plotlyjs=args.plotlyjs)))
    if args.timelinejs:
        outputs.append((args.timelinejs, timelinejs_dumps(result.timeline, title=args.title)))
    written: list[str] = []
    for target, content in outputs:
        if target == "-":
            sys.stdout.write(content)
            continue
        try:
            write_atomic(target, content)
        except OSError as error:
            print(f"build-timeline: error: cannot write {target}: {_write_reason(error)}", file=sys.stderr)
            return EXIT_INPUT
        written.append(target)
    timeline = result.timeline
    print(
        f"build-timeline: {len(timeline.sources)} sources read, {len(timeline.events)} events, "
        f"{len(timeline.unplaced)} unplaced; wrote {', '.join(written) or 'nothing'}",
        file=sys.stderr,
    )
    failed = any(problem.fatal for problem in result.problems)
    return EXIT_INPUT if failed else EXIT_OK


def _write_reason(error: OSError) -> str:
    """Why an output could not be written, in a few words."""
    if isinstance(error, FileExistsError | NotADirectoryError):
        return f"{error.filename or 'a folder on the way'} is not a folder"
    return error.strerror or str(error)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
