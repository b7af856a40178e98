"""The timeline page in a real browser: headless Chromium driven by selenium (set up in ``headless_chromium``).

The tests skip, saying why, only when Debian's ``chromium`` and ``chromium-driver`` or selenium are not installed;
``.ci/run`` installs them.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from headless_chromium import chromium_driver, chromium_missing  # tests/headless_chromium.py

from timeline.pipeline import build
from timeline.render import LANE_LABEL_CHARS, page, shorten

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "sources"
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
WINDOW = (1280, 1000)
SOURCE_URL = "https://example.org/news/icpa"
MISSING = chromium_missing()

pytestmark = pytest.mark.skipif(MISSING is not None, reason=MISSING or "")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless Chromium with a fresh profile that keeps the console's messages, closed after the module."""
    with chromium_driver(*WINDOW, page_load_timeout=60, console_log=True) as driver:
        yield driver


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The seeds' page (with a source address added, to test links) and the hostile source's page."""
    folder = tmp_path_factory.mktemp("pages")
    seeds = build([SEEDS]).timeline
    first, *rest = seeds.sources
    linked = replace(seeds, sources=(replace(first, url=SOURCE_URL), *rest))
    hostile = build([HOSTILE]).timeline
    written = {"seeds": (linked, page(linked)), "hostile": (hostile, page(hostile))}
    paths = {}
    for name, (_, html) in written.items():
        paths[name] = folder / f"{name}.html"
        paths[name].write_text(html, encoding="utf-8")
    return paths


def open_page(driver: Any, path: Path) -> None:
    """Load a page and wait until the chart is drawn and the table is complete."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get_log("browser")  # drop what earlier pages logged
    driver.get(path.as_uri())
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.body.dataset.table === 'done'"))


def events(driver: Any) -> list[dict[str, Any]]:
    return driver.execute_script("return window.timelinePage.data.events")


def marks(driver: Any) -> list[dict[str, Any]]:
    """The drawn marks: ``e`` the event, ``g`` the group (source), ``m`` the mention the hover quotes."""
    return driver.execute_script("return window.timelinePage.data.marks")


def hover(driver: Any, index: int) -> str:
    """Move the mouse onto mark ``index`` and return the hover card's text ('' if none shows)."""
    from selenium.webdriver.common.action_chains import ActionChains

    driver.execute_script("window.scrollTo(0, 0)")
    plot = driver.find_element("id", "timeline")
    point = driver.execute_script("return window.timelinePage.pixelOf(arguments[0])", index)
    assert point is not None, f"mark {index} is out of view"
    middle = driver.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]", plot
    )
    offset = (round(point["x"] - middle[0]), round(point["y"] - middle[1]))
    ActionChains(driver).move_to_element_with_offset(plot, *offset).perform()
    return driver.execute_script("var t = document.getElementById('tooltip'); return t.hidden ? '' : t.textContent")


def console_errors(driver: Any) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def test_seeds_page_loads_without_console_errors(browser: Any, pages: dict[str, Path]) -> None:
    """The seeds' page draws and logs no error (a CSP violation or a script error would be one)."""
    open_page(browser, pages["seeds"])
    assert browser.execute_script("return window.timelinePage.state.firstDraw") is not None
    assert console_errors(browser) == []


def test_every_mark_is_drawn(browser: Any, pages: dict[str, Path]) -> None:
    """At the middle of every mark (each event in each lane that reports it) the screen shows ink, not background."""
    from PIL import Image

    open_page(browser, pages["seeds"])
    browser.execute_script("document.getElementById('labels').hidden = true")  # labels must not count as marks
    points = browser.execute_script(
        "var p = window.timelinePage; return p.data.marks.map(function (m, i) { return p.pixelOf(i); })"
    )
    shot = Image.open(io.BytesIO(browser.get_screenshot_as_png())).convert("RGB")
    backgrounds = [(255, 255, 255), (0xF6, 0xF7, 0xF9), (0xE4, 0xE7, 0xEB)]
    assert points and all(point is not None for point in points)
    for index, point in enumerate(points):
        pixel = shot.getpixel((round(point["x"]), round(point["y"])))
        distance = min(max(abs(a - b) for a, b in zip(pixel, background)) for background in backgrounds)
        assert distance > 40, f"mark {index} not drawn at {point}: pixel {pixel}"


def test_webgl_chart_draws_and_hovers_every_event(
    browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With WebGL traces (used for large corpora) every mark is drawn and its hover card shows."""
    from PIL import Image

    from timeline import render

    monkeypatch.setattr(render, "WEBGL_FROM", 1)
    target = tmp_path / "webgl.html"
    target.write_text(page(build([SEEDS]).timeline), encoding="utf-8")
    open_page(browser, target)
    assert {trace["type"] for trace in browser.execute_script("return window.timelinePage.data.figure.data")} == {
        "scattergl"
    }
    browser.execute_script("document.getElementById('labels').hidden = true")
    shot = Image.open(io.BytesIO(browser.get_screenshot_as_png())).convert("RGB")
    found = events(browser)
    for index, mark in enumerate(marks(browser)):
        point = browser.execute_script("return window.timelinePage.pixelOf(arguments[0])", index)
        assert (
            max(shot.getpixel((round(point["x"]), round(point["y"])))) < 235
            or min(shot.getpixel((round(point["x"]), round(point["y"])))) < 200
        ), f"mark {index} not drawn"
        assert found[mark["e"]]["mentions"][mark["m"]][4] in hover(browser, index)
    assert console_errors(browser) == []


def test_hover_shows_the_sentence(browser: Any, pages: dict[str, Path]) -> None:
    """Hovering any mark shows its event's expression, date in words, its lane's source's sentence and that source."""
    open_page(browser, pages["seeds"])
    found = events(browser)
    for index, mark in enumerate(marks(browser)):
        text = hover(browser, index)
        event = found[mark["e"]]
        mention = event["mentions"][mark["m"]]
        sentence = " ".join(mention[1].split())
        title = browser.execute_script("return window.timelinePage.data.sources[arguments[0]].title", mention[0])
        assert mention[4] in text and event["when"] in text and title in text
        assert sentence[:60] in " ".join(text.split()) or sentence[-60:] in " ".join(text.split())
        assert browser.execute_script("return document.querySelector('#tooltip mark').textContent") == mention[4]
        assert browser.execute_script("return Number(document.getElementById('tooltip').dataset.index)") == mark["e"]


def test_click_shows_every_sentence_and_the_source_link(browser: Any, pages: dict[str, Path]) -> None:
    """Clicking any mark of an event shows all the event's sentences and links to a source's http(s) address."""
    from selenium.webdriver.common.action_chains import ActionChains

    open_page(browser, pages["seeds"])
    found = events(browser)
    index = max(range(len(found)), key=lambda i: len(found[i]["mentions"]))
    lanes = browser.execute_script("return window.timelinePage.marksOf(arguments[0])", index)
    assert len(lanes) == 2
    for mark in lanes:
        hover(browser, mark)
        ActionChains(browser).click().perform()
        panel = browser.find_element("id", "details")
        assert panel.is_displayed()
        assert "reported by 2 sources" in panel.text
        for mention in found[index]["mentions"]:
            assert " ".join(mention[1].split())[:50] in " ".join(panel.text.split())
        outlined = browser.execute_script(
            "return Array.from(document.querySelectorAll('.selected-box')).filter(function (n) { return !n.hidden; }).length"
        )
        assert outlined == 2  # the event is outlined in both lanes
    links = [link.get_attribute("href") for link in panel.find_elements("tag name", "a")]
    owners = {
        browser.execute_script("return window.timelinePage.data.sources[arguments[0]].url", m[0])
        for m in found[index]["mentions"]
    }
    assert (SOURCE_URL in links) == (SOURCE_URL in owners)


def test_table_lists_every_event_in_time_order(browser: Any, pages: dict[str, Path]) -> None:
    """The table below the chart has one row per event, in the events' order, with date and label."""
    open_page(browser, pages["seeds"])
    rows = browser.execute_script(
        "return Array.from(document.querySelectorAll('#events-table tbody > tr')).map(function (r) {"
        " return [Number(r.dataset.index), r.cells[0].textContent, r.cells[1].textContent]; })"
    )
    found = events(browser)
    assert [row[0] for row in rows] == list(range(len(found)))
    for (_, when, label), event in zip(rows, found, strict=True):
        assert when.startswith(event["when"]) and label == event["label"]


def test_labels_never_overlap_and_more_appear_on_zoom(browser: Any, pages: dict[str, Path]) -> None:
    """Drawn labels never overlap, at the opening view and zoomed in; zooming in never shows fewer."""
    open_page(browser, pages["seeds"])

    def boxes() -> list[list[float]]:
        return browser.execute_script(
            "return Array.from(document.querySelectorAll('#labels .label')).filter(function (n) { return !n.hidden; })"
            ".map(function (n) { var r = n.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })"
        )

    opening = boxes()
    browser.execute_script(
        "var e = window.timelinePage.data.events; var last = e[e.length - 1];"
        "Plotly.relayout(document.getElementById('timeline'), {'xaxis.range': [last.x0 - 90 * 864e5, last.x1 + 90 * 864e5]})"
    )
    zoomed = boxes()
    assert opening
    for found in (opening, zoomed):
        for i, a in enumerate(found):
            for b in found[i + 1 :]:
                assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], f"labels overlap: {a} {b}"


def test_seeds_second_lane_shows_every_event_its_source_reports(browser: Any, pages: dict[str, Path]) -> None:
    """The second source's lane has the 2022 and 2023 events it shares with the first source, not only its own
    November 2023; hovering such a mark there quotes the second source and says two sources report it."""
    open_page(browser, pages["seeds"])
    found, drawn = events(browser), marks(browser)
    second = [mark for mark in drawn if mark["g"] == 1]
    assert sorted(found[mark["e"]]["when"] for mark in second) == ["2022", "2023", "November 2023"]
    shared = next(index for index, mark in enumerate(drawn) if mark["g"] == 1 and found[mark["e"]]["when"] == "2022")
    text = " ".join(hover(browser, shared).split())
    mention = found[drawn[shared]["e"]]["mentions"][drawn[shared]["m"]]
    assert browser.execute_script("return window.timelinePage.data.sources[arguments[0]].group", mention[0]) == 1
    assert " ".join(mention[1].split())[:60] in text and "reported by 2 sources" in text
    counts = browser.execute_script(
        "return Array.from(document.querySelectorAll('#legend button .count')).map(function (n) { return n.textContent; })"
    )
    assert counts == ["3", "3"]  # events each source reports


def test_legend_hides_and_shows_a_source(browser: Any, pages: dict[str, Path]) -> None:
    """A legend button hides exactly its source's marks in the chart; the table hides the events no shown source
    reports; a second click shows them again."""
    open_page(browser, pages["seeds"])
    found, drawn = events(browser), marks(browser)
    button = browser.find_element("css selector", "#legend button")
    button.click()
    traces = browser.execute_script(
        "return document.getElementById('timeline').data.map(function (t) { return [t.meta.group, t.visible]; })"
    )
    assert all((visible == "legendonly") == (group == 0) for group, visible in traces)
    hidden = browser.execute_script(
        "return Array.from(document.querySelectorAll('#events-table tbody > tr[hidden]')).map(function (r) {"
        " return Number(r.dataset.index); })"
    )
    only_first = {index for index in range(len(found)) if {m["g"] for m in drawn if m["e"] == index} == {0}}
    assert hidden and set(hidden) == only_first
    shared = next(index for index, mark in enumerate(drawn) if mark["g"] == 1 and found[mark["e"]]["sources"] == 2)
    assert hover(browser, shared) != ""  # the shared event still shows in the second lane
    first_lane = next(index for index, mark in enumerate(drawn) if mark["g"] == 0)
    assert hover(browser, first_lane) == ""  # and no longer in the first
    labelled = browser.execute_script("return window.timelinePage.state.drawnLabels")
    assert all(drawn[mark]["g"] == 1 for mark in labelled)
    button.click()
    assert browser.execute_script("return document.querySelectorAll('#events-table tbody > tr[hidden]').length") == 0


HOSTILE_TITLE = "&amp; <b>\"$x^2$\"</b> 'single' <a href=\"javascript:window.__pwned='title-link'\">link</a> <script>"
HOSTILE_BITS = (
    "<script>window.__pwned='body'</script>",
    "&amp; and &lt;b&gt;",
    "<img src=x onerror=\"window.__pwned='img'\">",
    '"$E=mc^2$"',
    "<a href=\"javascript:window.__pwned='link'\">click me</a>",
)


def test_hostile_source_runs_nothing(browser: Any, pages: dict[str, Path]) -> None:
    """Tags, handlers and javascript: links in a source create no element and run no script."""
    open_page(browser, pages["hostile"])
    for index in range(len(marks(browser))):
        hover(browser, index)
    browser.find_element("css selector", "#events-table td.event button").click()
    assert browser.execute_script("return window.__pwned === undefined")
    assert (
        browser.execute_script(
            "return document.querySelectorAll('img, iframe, object, embed, a[href^=\"javascript\" i]').length"
        )
        == 0
    )
    handlers = browser.execute_script(
        "return Array.from(document.querySelectorAll('*')).filter(function (n) {"
        " return Array.from(n.attributes).some(function (a) { return /^on/i.test(a.name); }); }).length"
    )
    assert handlers == 0
    assert browser.execute_script("return document.scripts.length") == 3  # plotly.js, the data, the page script
    assert console_errors(browser) == []


def test_hostile_source_shows_as_text_everywhere(browser: Any, pages: dict[str, Path]) -> None:
    """The hostile title and sentences read literally in the title, chart, legend, hover, table and details."""
    open_page(browser, pages["hostile"])
    assert browser.title.startswith(HOSTILE_TITLE)
    assert browser.find_element("tag name", "h1").text.startswith(HOSTILE_TITLE)
    chart = browser.execute_script("return document.querySelector('.annotation-text').textContent")
    title = browser.execute_script("return window.timelinePage.data.sources[0].title")
    assert title.startswith(HOSTILE_TITLE) and chart == shorten(title, LANE_LABEL_CHARS)
    assert (
        browser.find_element("css selector", "#legend button .name")
        .get_attribute("textContent")
        .startswith(HOSTILE_TITLE[:30])
    )
    table = browser.find_element("id", "events-table").get_attribute("textContent")
    cards = [hover(browser, index) for index in range(len(marks(browser)))]
    for bit in HOSTILE_BITS:
        assert bit in table or any(bit in card for card in cards), bit
        assert any(bit in card for card in cards), f"not in any hover card: {bit}"
    for button in browser.find_elements("css selector", "#events-table td.event button"):
        button.click()
    details = browser.find_element("id", "events-table").get_attribute("textContent")
    assert all(bit in details for bit in HOSTILE_BITS)


def test_content_security_policy_blocks_an_injected_script(
    browser: Any, pages: dict[str, Path], tmp_path: Path
) -> None:
    """Were escaping ever to fail, the page's policy would still stop a script that is not the page's own."""
    html = pages["seeds"].read_text(encoding="utf-8")
    injected = html.replace("<main>", "<main><script>window.__pwned = 'injected';</script>", 1)
    target = tmp_path / "injected.html"
    target.write_text(injected, encoding="utf-8")
    open_page(browser, target)
    assert browser.execute_script("return window.__pwned === undefined")


def test_narrow_window_has_no_sideways_scroll(browser: Any, pages: dict[str, Path]) -> None:
    """At a phone's width the page fits: nothing but the table's own box scrolls sideways."""
    browser.set_window_size(390, 844)
    try:
        open_page(browser, pages["seeds"])
        widths = browser.execute_script(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert widths[0] <= widths[1]
        assert browser.execute_script("return window.timelinePage.state.drawnLabels.length") >= 1
    finally:
        browser.set_window_size(*WINDOW)
