"""Headless Chromium with the network blocked: the one place its flags and page wiring are written.

The browser tests (tests/views/conftest.py), the views benchmark
(benchmarks/views.py) and the screenshots (scripts/screenshots.py) all open
the pages the views write this way, so it lives beside them and each imports
it as `paperkg.views.chromium`. It never imports Playwright (a dev extra): the
caller starts `sync_playwright()` and passes it to `launch`, so the product
runs without it.
"""

from __future__ import annotations

from pathlib import Path

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
#: schemes a page may load offline; any other request is aborted (and recorded)
LOCAL = ("file:", "data:", "blob:", "about:")


def launch(pw):
    """Debian's Chromium, headless, from a started `sync_playwright()`."""
    return pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


class OfflinePage:
    """A page in its own context with the network blocked: its console messages, errors and every request it tried."""

    def __init__(self, browser, *, width: int = 1400, height: int = 900):
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

        def route(r):
            self.requests.append(r.request.url)
            if r.request.url.startswith(LOCAL):
                r.continue_()
            else:
                r.abort()  # the network is blocked: a page that needs it shows it here

        self.context.route("**/*", route)

    def open(self, path: Path) -> None:
        self.page.goto(path.resolve().as_uri())

    def external_requests(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(LOCAL)]

    def console_errors(self, kinds: tuple[str, ...] = ("error", "warning")) -> list[str]:
        """Console messages of these kinds, then the page's uncaught errors."""
        return [t for kind, t in self.console if kind in kinds] + self.errors

    def close(self) -> None:
        self.context.close()
