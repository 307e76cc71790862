"""Screenshots of the home page and a deep page, light and dark, for people."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pytest
from playwright.sync_api import Browser

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
PAGES = {"home": "/", "troubleshooting": "/troubleshooting/"}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_screenshot(
    browser: Browser, base_url: str, name: str, scheme: Literal["light", "dark"]
) -> None:
    """Save a full-page PNG; in dark mode the page must really be dark (slate)."""
    context = browser.new_context(
        base_url=base_url, viewport={"width": 1280, "height": 900}, color_scheme=scheme
    )
    page = context.new_page()
    response = page.goto(PAGES[name], wait_until="networkidle")
    assert response is not None and response.status == 200, f"{PAGES[name]} not built"
    expected = "slate" if scheme == "dark" else "default"
    actual = page.locator("body").get_attribute("data-md-color-scheme")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"{name}-{scheme}.png"
    page.screenshot(path=target, full_page=True)
    context.close()
    assert expected == actual
    assert target.stat().st_size > 10_000
