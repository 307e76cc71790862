"""The "All commands and checklists" page prints alone: the page, no navigation."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.support.chromium import SCREENSHOTS
from tests.support.site_build import Engine

CHROME = ["header", "nav", "footer", ".md-sidebar", ".md-tabs", ".md-search"]
"""What surrounds the page on screen: none of it may reach the paper."""


def test_cheat_sheet_prints_without_navigation(page: Page, engine: Engine) -> None:
    """In print media only the article shows; its PDF is saved for people to look at."""
    page.goto("/cheat-sheet/", wait_until="networkidle")
    expect(page.locator("nav").filter(visible=True).first).to_be_visible()
    page.emulate_media(media="print")
    shown = {
        selector: page.locator(selector).filter(visible=True).count()
        for selector in CHROME
    }
    assert {selector: 0 for selector in CHROME} == shown
    expect(page.locator("article table").first).to_be_visible()
    expect(page.locator("article .task-list").first).to_be_visible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pdf = page.pdf(path=SCREENSHOTS / f"{engine}-cheat-sheet.pdf", format="A4")
    assert pdf.startswith(b"%PDF")
