"""Fixtures of the viewer tests: a headless Chromium driven by Selenium for the browser tests
(skipped, with the reason, when either is absent) and the screenshots they save."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# viewer_helpers lives beside this file.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from viewer_helpers import ROOT

ARTIFACTS = Path(os.environ.get("KEHOACH_ARTIFACTS", ROOT / "out" / "artifacts"))
_SAVED: list[Path] = []


def _which(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def chrome() -> Iterator[Any]:
    """A headless Chromium (the system's, from the distribution) under Selenium."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.skip("browser test: the Python package 'selenium' is not installed "
                    "(it is in the 'dev' extra)")
    binary = _which("chromium", "chromium-browser", "google-chrome")
    driver_path = _which("chromedriver") or (
        "/usr/lib/chromium/chromedriver" if Path("/usr/lib/chromium/chromedriver").exists()
        else None)
    if not binary or not driver_path:
        pytest.skip("browser test: no Chromium and chromedriver on PATH; "
                    "run scripts/install_browser.sh (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--force-device-scale-factor=1", "--lang=en"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture()
def save_screenshot() -> Callable[[Any, str], Path]:
    """Save the browser's viewport as ``ARTIFACTS/name`` (listed at the end of the run)."""

    def save(driver: Any, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / name
        assert driver.save_screenshot(str(path)), f"screenshot {path} not written"
        _SAVED.append(path)
        return path

    return save


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _SAVED:
        terminalreporter.write_sep("-", "viewer screenshots (CI artefacts)")
        for path in _SAVED:
            terminalreporter.write_line(str(path))
