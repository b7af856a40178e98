"""Make docs/screenshot.png: the seeds' page in headless Chromium, hovering "the end of March".

    .venv/bin/python docs/screenshot.py            # writes docs/screenshot.png
    .venv/bin/python docs/screenshot.py --out x.png

The page is built by the command line (``build_timeline.py sources/``) and shown the way the browser tests show
it (``tests/test_page_browser.py``: the same Chromium flags, a 1280-pixel-wide window, device scale 1); the mouse
rests on the event's mark as the tests' ``hover`` puts it there, and the window's screenshot is saved.
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

from test_page_browser import CHROMEDRIVER, CHROMIUM, FLAGS  # the tests' browser, exactly

WINDOW = (1280, 860)
"""Window size: the chart, the legend and the first rows of the table."""
HOVERED = "the end of March"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    args = parser.parse_args(argv)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.support.ui import WebDriverWait

    folder = Path(tempfile.mkdtemp(prefix="screenshot-"))
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={folder / 'profile'}")
    driver = None
    try:
        subprocess.run(
            [sys.executable, str(ROOT / "build_timeline.py"), str(ROOT / "sources"), "--out-dir", str(folder)],
            check=True,
            capture_output=True,
        )
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        driver.set_window_size(*WINDOW)
        driver.get((folder / "timeline.html").as_uri())
        WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.body.dataset.table === 'done'"))
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
            "var r = arguments[0].getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]", plot
        )
        offset = (round(point["x"] - middle[0]), round(point["y"] - middle[1]))
        ActionChains(driver).move_to_element_with_offset(plot, *offset).perform()
        WebDriverWait(driver, 5).until(
            lambda d: d.execute_script("return !document.getElementById('tooltip').hidden")
        )
        args.out.write_bytes(driver.get_screenshot_as_png())
    finally:
        if driver is not None:
            driver.quit()
        shutil.rmtree(folder, ignore_errors=True)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
