"""Debian's Chromium as the tests run it: path, flags, window, screenshot folder."""

from __future__ import annotations

import os

from playwright.sync_api import ViewportSize

from tests.support.paths import ROOT

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
"""Flags of every launch: by the browser tests (Playwright), the audits (Lighthouse)."""
VIEWPORT: ViewportSize = {"width": 1280, "height": 900}
"""The desktop window every browser test uses."""
SCREENSHOTS = ROOT / "var" / "screenshots"
"""Where the browser tests save their screenshots (named in the run's summary)."""
