"""A reader switches to dark mode and the next page opens dark too."""

from __future__ import annotations

from playwright.sync_api import Page, expect


def scheme(page: Page) -> str | None:
    """The colour scheme Material applied to the page body."""
    return page.locator("body").get_attribute("data-md-color-scheme")


def switch_to_dark(page: Page) -> None:
    """Click the palette toggle until the dark scheme (`slate`) is on."""
    for _ in range(3):
        if scheme(page) == "slate":
            return
        page.locator("form[data-md-component='palette'] label:visible").first.click()
    assert scheme(page) == "slate", "no palette toggle leads to the dark scheme"


def test_dark_mode_is_kept_on_the_next_page(page: Page) -> None:
    """Dark mode chosen on the home page is still on after loading another page."""
    page.goto("/")
    assert scheme(page) == "default"
    switch_to_dark(page)
    page.goto("/quickstart/")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
