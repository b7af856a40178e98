"""Make docs/screenshot.png: the seeds' page in headless Chromium, hovering "the end of March".

    .venv/bin/python docs/screenshot.py            # writes docs/screenshot.png
    .venv/bin/python docs/screenshot.py --out x.png

The page is built by the command line (``build_timeline.py sources/``) and shown the way the browser tests show
it (the shared set-up in ``tests/headless_chromium.py``: the same Chromium flags, device scale 1, here a 1280 x 860
window); the mouse rests on the event's mark as the tests' ``hover`` puts it there, and the window's screenshot is
saved.  Without Chromium, its driver or selenium it says so on one line and exits with status 1.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from headless_chromium import chromium_driver, chromium_missing  # the tests' browser set-up

WINDOW = (1280, 860)
"""Window size: the chart, the legend and the first rows of the table."""
HOVERED = "the end of March"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    args = parser.parse_args(argv)
    missing = chromium_missing()
    if missing is not None:
        print(missing, file=sys.stderr)
        return 1
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.support.ui import WebDriverWait

    folder = Path(tempfile.mkdtemp(prefix="screenshot-"))
    try:
        subprocess.run(
            [sys.executable, str(ROOT / "build_timeline.py"), str(ROOT / "sources"), "--out-dir", str(folder)],
            check=True,
            capture_output=True,
        )
        with chromium_driver(*WINDOW) as driver:
            driver.get((folder / "timeline.html").as_uri())
            WebDriverWait(driver, 30).until(
                lambda d: d.execute_script("return document.body.dataset.table === 'done'")
            )
            mark = driver.execute_script(
                "var d = window.timelinePage.data, text = arguments[0]; return d.marks.findIndex(function (m) {"
                " return d.events[m.e].mentions[m.m][4] === text; })",
                HOVERED,
            )
            if mark < 0:
                print(f"no mark quotes {HOVERED!r}", file=sys.stderr)
                return 1
            plot = driver.find_element("id", "timeline")
            point = driver.execute_script("return window.timelinePage.pixelOf(arguments[0])", mark)
            middle = driver.execute_script(
                "var r = arguments[0].getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]",
                plot,
            )
            offset = (round(point["x"] - middle[0]), round(point["y"] - middle[1]))
            ActionChains(driver).move_to_element_with_offset(plot, *offset).perform()
            WebDriverWait(driver, 5).until(
                lambda d: d.execute_script("return !document.getElementById('tooltip').hidden")
            )
            args.out.write_bytes(driver.get_screenshot_as_png())
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
