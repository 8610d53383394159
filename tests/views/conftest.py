"""Fixtures for the view tests: small graphs built here, hostile strings, a real browser."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

# pytest runs with --import-mode=importlib, which puts no test folder on sys.path;
# the view tests share builders from view_samples.py beside this file.
sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


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
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


class PageRun:
    """One page opened offline: console messages, errors and every request it tried."""

    def __init__(self, browser, path: Path, *, width: int = 1400, height: int = 900):
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

        def route(r):
            self.requests.append(r.request.url)
            if r.request.url.startswith(("file:", "data:", "blob:", "about:")):
                r.continue_()
            else:
                r.abort()  # the network is blocked: a page that needs it shows it here

        self.context.route("**/*", route)
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.paperkg && window.paperkg.drawn", timeout=15000)

    def external_requests(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("file:", "data:", "blob:", "about:"))]

    def console_errors(self) -> list[str]:
        return [t for kind, t in self.console if kind in ("error", "warning")] + self.errors

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        out = ARTIFACTS / name
        self.page.screenshot(path=str(out))
        return out

    def close(self) -> None:
        self.context.close()


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
