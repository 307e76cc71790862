"""A reader opens the API reference from the navigation."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect


def test_api_reference_opens_from_nav(page: Page) -> None:
    """The primary navigation links the API reference, showing documented objects."""
    page.goto("/")
    link = page.locator(".md-nav--primary a.md-nav__link[href*='reference/api']").first
    link.click()
    expect(page).to_have_url(re.compile(r"/reference/api/$"))
    expect(page.locator("article .doc-object, article .doc").first).to_be_visible()
