"""Fixtures for the view tests: small graphs built here, hostile strings, a real browser."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from paperkg.views.chromium import CHROMIUM, OfflinePage, launch

# pytest runs with --import-mode=importlib, which puts no test folder on sys.path;
# the view tests share builders from view_samples.py beside this file.
sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"


def _browser_missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[dev]')"
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        return f"{CHROMIUM} is missing (make system-deps)"
    return None


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright. A missing browser fails, never skips:
    `make test` installs it, and a skipped browser test would hide a broken install step."""
    missing = _browser_missing()
    if missing:
        pytest.fail(missing)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = launch(pw)
        yield b
        b.close()


class PageRun(OfflinePage):
    """One page opened offline and drawn: console messages, errors and every request it tried."""

    def __init__(self, browser, path: Path, *, width: int = 1400, height: int = 900):
        super().__init__(browser, width=width, height=height)
        self.open(path)
        self.page.wait_for_function("window.paperkg && window.paperkg.drawn", timeout=15000)

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        out = ARTIFACTS / name
        self.page.screenshot(path=str(out))
        return out


@pytest.fixture
def open_page(browser):
    runs: list[PageRun] = []

    def open_(path: Path, **kw) -> PageRun:
        run = PageRun(browser, path, **kw)
        runs.append(run)
        return run

    yield open_
    for r in runs:
        r.close()
