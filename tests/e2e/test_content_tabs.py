"""A reader switches the macOS / Linux content tabs of the tooling page."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect


@pytest.mark.parametrize("tabbed_page", ["/tooling/", "/quickstart/"])
def test_linux_tab_shows_linux_commands(page: Page, tabbed_page: str) -> None:
    """Clicking the Linux tab hides the macOS block and shows the Linux one."""
    page.goto(tabbed_page)
    tabs = page.locator(".tabbed-set").filter(
        has=page.locator("label", has_text="Linux")
    )
    if tabs.count() == 0:
        pytest.fail(
            f"{tabbed_page} has no content tabs with a Linux tab (site contract)"
        )
    tab_set = tabs.first
    macos = tab_set.locator(".tabbed-block").nth(0)
    linux_label = tab_set.locator(".tabbed-labels label", has_text="Linux")
    linux_index = (
        tab_set.locator(".tabbed-labels label").all_inner_texts().index("Linux")
    )
    linux_label.click()
    expect(tab_set.locator(".tabbed-block").nth(linux_index)).to_be_visible()
    if linux_index != 0:
        expect(macos).to_be_hidden()
