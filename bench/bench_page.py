"""Page size and time to first draw of the timeline page in headless Chromium, for growing numbers of events.

    .venv/bin/python bench/bench_page.py                      # 10, 100, 5,000 and 50,000 events, best of 3 loads
    .venv/bin/python bench/bench_page.py --sizes 10 5000 --rounds 5
    .venv/bin/python bench/bench_page.py --json               # figures as JSON

Events are synthetic but shaped like real ones: 8 sources, a mix of days, months, quarters, years and decades,
some with modifiers (early/end of/before/about), sentences of 120 to 260 characters, a 30-year span.  For each size
the page is built once (``timeline.render.page``, timed) and loaded ``--rounds`` times in a fresh tab:

* **first draw**: ``performance.now()`` when Plotly has drawn the chart and the labels are placed, counted from the
  start of navigation (so it includes reading the file, parsing plotly.js and the data, and drawing);
* **table**: when the last row of the event table is in the page (rows are added in steps after the first draw).

Ratios are against the 10-event page.  The target: a 5,000-event page draws within 3x the 10-event page's time.
Exit status 1 when that target is missed or a page fails to draw.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for folder in (REPO, REPO / "tests"):  # the repository root for timeline, tests/ for the shared browser set-up
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from headless_chromium import chromium_driver, chromium_missing

from timeline.model import Event, Mention, Mod, Source, Timeline, TimexType
from timeline.periods import period_of
from timeline.render import page

WINDOW = (1280, 1000)
TARGET_SIZE, TARGET_RATIO = 5000, 3.0
WORDS = ["the", "ministry", "announced", "talks", "with", "regional", "partners", "over", "the", "contested", "border", "agreement", "while", "officials", "in", "the", "capital", "said", "an", "inquiry", "into", "the", "spending", "would", "report", "before", "the", "next", "budget", "and", "observers", "expected", "further", "delays", "as", "negotiators", "met", "again"]  # fmt: skip


def _pick(seed: str, modulo: int) -> int:
    return int(hashlib.sha1(seed.encode()).hexdigest()[:8], 16) % modulo


def synthetic(count: int, sources: int = 8) -> Timeline:
    """``count`` events over 30 years from ``sources`` sources; the same count gives the same timeline."""
    listed = tuple(
        Source(f"s{n}.md", f"s{n}.md", f"Synthetic source {n}: a reasonably long headline", dt.date(2025, 3, 18))
        for n in range(sources)
    )
    events = []
    for n in range(count):
        key = f"e{n}"
        day = dt.date(1995, 1, 1) + dt.timedelta(days=_pick(key, 30 * 365))
        kind = _pick(key + "k", 20)
        if kind < 9:
            value = day.isoformat()
        elif kind < 14:
            value = f"{day.year}-{day.month:02d}"
        elif kind < 16:
            value = f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        elif kind < 19:
            value = str(day.year)
        else:
            value = str(day.year)[:3]
        mod = (None, None, None, Mod.START, Mod.END, Mod.BEFORE, Mod.APPROX)[_pick(key + "m", 7)]
        granularity, period = period_of(value)  # type: ignore[misc]
        length = 18 + _pick(key + "l", 22)
        words = [WORDS[(n + i * 7) % len(WORDS)] for i in range(length)]
        expression = f"in {value}"
        at = _pick(key + "p", length)
        before = " ".join(words[:at])
        start = len(before) + 1 if before else 0
        sentence = (before + " " if before else "") + " ".join([expression, *words[at:]]) + "."
        sentence = sentence[0].upper() + sentence[1:]
        expression = sentence[start : start + len(expression)]
        source = listed[_pick(key + "s", sources)].id
        mention = Mention(source, sentence, 0, expression, start, start + len(expression))
        events.append(Event(f"ev-{n}", value, TimexType.DATE, mod, granularity, period.start, period.end,
                            sentence[:80], (mention,)))  # fmt: skip
    events.sort(key=lambda event: (event.start, event.end, event.id))
    return Timeline(listed, tuple(events), ())


def load(driver, path: Path) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Milliseconds from navigation start to first draw and to the complete table."""
    driver.get("about:blank")
    driver.get(path.as_uri())
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        found = driver.execute_script(
            "var p = window.timelinePage; return p && p.state.tableDone !== null ? [p.state.firstDraw, p.state.tableDone] : null"
        )
        if found:
            if driver.execute_script("return document.body.innerText.indexOf('WebGL is not supported') >= 0"):
                raise RuntimeError(f"{path.name}: the browser could not draw WebGL")
            return float(found[0]), float(found[1])
        time.sleep(0.05)
    raise TimeoutError(f"{path.name} did not finish drawing")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 5000, 50000])
    parser.add_argument("--rounds", type=int, default=3, help="loads per page; the best (lowest) is kept")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    missing = chromium_missing()
    if missing is not None:
        print(missing, file=sys.stderr)
        return 1
    sizes = sorted(set(args.sizes) | {10})
    folder = Path(tempfile.mkdtemp(prefix="bench-page-"))
    rows = []
    try:
        with chromium_driver(*WINDOW) as driver:  # WebDriver's default page-load limit, 300 s
            warm_up = folder / "warm-up.html"
            warm_up.write_text(page(synthetic(10)), encoding="utf-8")
            load(driver, warm_up)  # the first load in a new browser is slow: never count it
            for size in sizes:
                timeline = synthetic(size)
                started = time.perf_counter()
                html = page(timeline)
                built = time.perf_counter() - started
                path = folder / f"page-{size}.html"
                path.write_text(html, encoding="utf-8")
                loads = [load(driver, path) for _ in range(args.rounds)]
                rows.append({
                    "events": size,
                    "bytes": len(html.encode("utf-8")),
                    "build_s": round(built, 3),
                    "first_draw_ms": round(min(first for first, _ in loads)),
                    "first_draw_median_ms": round(statistics.median(first for first, _ in loads)),
                    "table_ms": round(min(table for _, table in loads)),
                })  # fmt: skip
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    base = next(row for row in rows if row["events"] == 10)
    for row in rows:
        row["size_ratio"] = round(row["bytes"] / base["bytes"], 2)
        row["draw_ratio"] = round(row["first_draw_ms"] / base["first_draw_ms"], 2)
    target = next((row for row in rows if row["events"] == TARGET_SIZE), None)
    passed = target is None or target["draw_ratio"] <= TARGET_RATIO
    if args.json:
        print(json.dumps({"rows": rows, "target_met": passed}, indent=2))
    else:
        print(f"{'events':>8} {'page MB':>8} {'build s':>8} {'first draw ms':>14} {'(median)':>9} {'table ms':>9} "
              f"{'size x':>7} {'draw x':>7}")  # fmt: skip
        for row in rows:
            print(f"{row['events']:>8,} {row['bytes'] / 1e6:>8.2f} {row['build_s']:>8.2f} {row['first_draw_ms']:>14,} "
                  f"{row['first_draw_median_ms']:>9,} {row['table_ms']:>9,} {row['size_ratio']:>7.2f} "
                  f"{row['draw_ratio']:>7.2f}")  # fmt: skip
        if target is not None:
            verdict = "met" if passed else "MISSED"
            print(f"target: {TARGET_SIZE:,} events draw within {TARGET_RATIO}x of 10 events: "
                  f"{target['draw_ratio']:.2f}x, {verdict}")  # fmt: skip
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
