"""Headless Chromium driven by selenium: the one set-up shared by the browser tests, the page bench and the screenshot.

It lives in ``tests/`` because selenium is a test extra that the ``timeline`` package must never import; the tests
import it directly (pytest puts ``tests/`` on ``sys.path``), and ``bench/`` and ``docs/`` scripts put ``tests/`` on
``sys.path`` first, as ``bench/bench_robustness.py`` already does.

Uses Debian's ``chromium`` and ``chromium-driver`` (``/usr/bin/chromium``, ``/usr/bin/chromedriver``), so no driver is
ever downloaded.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selenium.webdriver.chrome.webdriver import WebDriver

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--force-device-scale-factor=1",
)
"""Every browser's flags; the window size is added from ``chromium_driver``'s arguments."""


def chromium_missing() -> str | None:
    """Why the browser cannot be started (one line naming what to install), or None when it can."""
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        return f"no Chromium: {CHROMIUM} and {CHROMEDRIVER} are needed (Debian packages chromium, chromium-driver)"
    if importlib.util.find_spec("selenium") is None:
        return "no selenium: it is a test dependency (pip install -e '.[test]')"
    return None


@contextmanager
def chromium_driver(
    width: int,
    height: int,
    *,
    extra_flags: Sequence[str] = (),
    page_load_timeout: float = 300,
    console_log: bool = False,
) -> Iterator[WebDriver]:
    """Headless Chromium with a ``width`` x ``height`` window and a fresh profile; quit and the profile removed on exit.

    ``page_load_timeout`` is in seconds (300 is WebDriver's default); ``console_log`` keeps the page's console
    messages for ``driver.get_log("browser")``.
    """
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--window-size={width},{height}", *extra_flags):
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    options.add_argument(f"--user-data-dir={profile}")
    if console_log:
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        try:
            driver.set_page_load_timeout(page_load_timeout)
            yield driver
        finally:
            driver.quit()
    finally:
        shutil.rmtree(profile, ignore_errors=True)
