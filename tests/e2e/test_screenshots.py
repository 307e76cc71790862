"""Screenshots of the home page and a deep page, light and dark, for people."""

from __future__ import annotations

from typing import Literal

import pytest
from pytest_playwright import CreateContextCallback

from tests.support.chromium import SCREENSHOTS
from tests.support.site_build import Engine

PAGES = {"home": "/", "troubleshooting": "/troubleshooting/"}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_screenshot(
    new_context: CreateContextCallback,
    engine: Engine,
    name: str,
    scheme: Literal["light", "dark"],
) -> None:
    """Save a full-page PNG per engine; in dark mode the page must really be dark."""
    page = new_context(color_scheme=scheme).new_page()
    response = page.goto(PAGES[name], wait_until="networkidle")
    assert response is not None, f"{PAGES[name]}: no response"
    assert response.status == 200, f"{PAGES[name]} not built"
    actual = page.locator("body").get_attribute("data-md-color-scheme")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"{engine}-{name}-{scheme}.png"
    page.screenshot(path=target, full_page=True)
    expected = "slate" if scheme == "dark" else "default"
    assert expected == actual
    assert target.stat().st_size > 10_000
