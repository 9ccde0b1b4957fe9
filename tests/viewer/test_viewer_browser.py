"""The viewer in a real headless Chromium: the highlighted spans and the outline the browser
shows match the parsed Document, a table link focuses its place in the text, tooltips open
on focus and hover, the page fits a phone; screenshots go to out/artifacts/."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from viewer_helpers import ROOT

from kehoach_parser import parse_file
from kehoach_parser.document import DateMention, Document, Indicator, Reference
from kehoach_parser.viewer import write_html

pytestmark = pytest.mark.browser

REAL_PLAN = ROOT / "corpus" / "real" / "G001.txt"
# (train split: results, refs, signer; F003 lost its results to the status refit of H18S)

_MARKS_JS = """
const out = {};
for (const el of document.querySelectorAll('#doc-text [data-mark]')) {
  const id = el.dataset.mark;
  out[id] = out[id] || {kind: el.dataset.kind, text: ''};
}
// text of a mark = text of its outermost pieces (inner pieces are inside them)
for (const el of document.querySelectorAll('#doc-text [data-mark]')) {
  const id = el.dataset.mark;
  if (el.parentElement.closest(`[data-mark="${id}"]`)) continue;
  out[id].text += el.textContent;
}
return out;
"""

_OUTLINE_JS = """
return [...document.querySelectorAll('#outline a[data-section]')].map(a => {
  const target = document.getElementById(a.getAttribute('href').slice(1));
  return {href: a.getAttribute('href'), label: a.textContent,
          target: target ? target.textContent : null};
});
"""


def _wait(driver: Any, script: str, timeout: float = 5.0) -> Any:
    end = time.monotonic() + timeout
    while True:
        value = driver.execute_script(script)
        if value or time.monotonic() > end:
            return value
        time.sleep(0.05)


@pytest.fixture(scope="module")
def doc() -> Document:
    return parse_file(REAL_PLAN)


@pytest.fixture(scope="module")
def page(doc: Document, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_html(doc, tmp_path_factory.mktemp("viewer") / "viewer.html")


def _records(doc: Document) -> dict[str, tuple[str, tuple[int, int]]]:
    out: dict[str, tuple[str, tuple[int, int]]] = {}
    lists: tuple[tuple[str, Sequence[Indicator | DateMention | Reference]], ...] = (
        ("indicator", doc.indicators), ("result", doc.results), ("date", doc.dates),
        ("reference", doc.references))
    for kind, records in lists:
        for i, rec in enumerate(records):
            out[f"{kind}-{i}"] = (kind, rec.span)
    for i, signer in enumerate(doc.signers):
        if signer.span:
            out[f"signer-{i}"] = ("signer", signer.span)
    for name, span in doc.field_spans.items():
        out[f"header-{name}"] = ("header", span)
    for i, sec in enumerate(doc.sections):
        out[f"section-{i}"] = ("section", sec.span)
    return out


def test_viewer_in_chromium(chrome: Any, doc: Document, page: Path,
                            save_screenshot: Callable[[Any, str], Path]) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    chrome.set_window_size(1280, 900)
    chrome.get(page.as_uri())
    assert chrome.title.endswith("kehoach viewer")

    # every record of the Document is highlighted in the browser, with its kind and text
    shown = chrome.execute_script(_MARKS_JS)
    expected = _records(doc)
    assert {k for k, _ in expected.values()} >= {"indicator", "result", "date", "reference",
                                                  "signer", "header", "section"}
    for mark_id, (kind, (s, e)) in expected.items():
        assert mark_id in shown, mark_id
        assert shown[mark_id]["kind"] == kind, mark_id
        assert shown[mark_id]["text"] == doc.text[s:e], mark_id
    assert chrome.execute_script(
        "return document.querySelector('#doc-text .text').textContent") == doc.text

    # the outline lists the sections in order and each entry leads to its heading
    outline = chrome.execute_script(_OUTLINE_JS)
    assert [o["href"] for o in outline] == [f"#section-{i}" for i in range(len(doc.sections))]
    for entry, sec in zip(outline, doc.sections, strict=False):
        assert entry["label"].startswith(sec.label)
        assert entry["target"] == doc.text[sec.span[0]:sec.span[1]]

    # a row of the indicator table: click → hash, focus, in view, tooltip with the fields
    target = len(doc.indicators) - 1
    link = chrome.find_element(By.CSS_SELECTOR, f'tr[data-row="indicator-{target}"] a')
    chrome.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
    link.click()
    assert _wait(chrome, f"return document.activeElement.id === 'indicator-{target}'")
    assert chrome.execute_script("return location.hash") == f"#indicator-{target}"
    assert chrome.execute_script("""
        const r = document.activeElement.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;""")
    tooltip = chrome.find_element(By.ID, "tooltip")
    assert tooltip.is_displayed()
    name = doc.indicators[target].name
    assert name and name in tooltip.text
    save_screenshot(chrome, "viewer.png")

    # Escape hides it; Tab moves focus to the next highlight and shows its fields
    ActionChains(chrome).send_keys(Keys.ESCAPE).perform()
    assert not tooltip.is_displayed()
    ActionChains(chrome).send_keys(Keys.TAB).perform()
    focused = chrome.switch_to.active_element
    assert focused.get_attribute("data-mark") and tooltip.is_displayed()
    assert focused.get_attribute("aria-describedby") == "tip-" + focused.get_attribute("id")

    # hovering a date shows its value (a date on one line with no record inside it, so that
    # the pointer at its centre is on the date itself)
    ActionChains(chrome).send_keys(Keys.ESCAPE).perform()
    date_id = chrome.execute_script("""
        return [...document.querySelectorAll('#doc-text mark[id^="date-"]')].find(
            el => el.getClientRects().length === 1 && !el.querySelector('[data-mark]')
                      && !el.parentElement.closest('[data-mark]')).id;""")
    i = int(date_id.split("-")[1])
    date = chrome.find_element(By.ID, date_id)
    chrome.execute_script("arguments[0].scrollIntoView({block: 'center'})", date)
    ActionChains(chrome).move_to_element(date).perform()
    value = doc.dates[i].value
    assert value and _wait(chrome, "return !document.getElementById('tooltip').hidden")
    assert value in tooltip.text

    # an outline link focuses its heading
    chrome.find_element(By.CSS_SELECTOR, '#outline a[href="#section-1"]').click()
    assert _wait(chrome, "return document.activeElement.id === 'section-1'")


def test_viewer_on_a_phone(chrome: Any, page: Path,
                           save_screenshot: Callable[[Any, str], Path]) -> None:
    # a phone's screen: 390 × 844 CSS pixels, touch, the page's viewport meta honoured
    chrome.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True})
    try:
        _phone_checks(chrome, page, save_screenshot)
    finally:
        chrome.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def _phone_checks(chrome: Any, page: Path, save_screenshot: Callable[[Any, str], Path]) -> None:
    from selenium.webdriver.common.by import By

    chrome.get(page.as_uri())
    assert chrome.execute_script("return window.innerWidth") == 390
    # nothing wider than the screen: no sideways scrolling of the page
    assert chrome.execute_script(
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    # one column: the text starts below the outline, not beside it
    assert chrome.execute_script("""
        const nav = document.getElementById('outline').getBoundingClientRect();
        const text = document.getElementById('doc-text').getBoundingClientRect();
        return text.top >= nav.bottom && Math.abs(text.left - nav.left) < 2;""")
    # the outline starts folded on a small screen and opens on request
    details = chrome.find_element(By.ID, "outline-details")
    assert details.get_attribute("open") is None
    save_screenshot(chrome, "viewer-phone.png")
    chrome.find_element(By.CSS_SELECTOR, "#outline summary").click()
    assert details.get_attribute("open") is not None
