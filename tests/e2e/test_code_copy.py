"""A reader copies a code block with its button and gets exactly its text."""

from __future__ import annotations

from playbook_markdown.blocks import read_page
from playwright.sync_api import Page

from tests.support.paths import DOCS


def test_copy_button_copies_block_text(page: Page) -> None:
    """The first visible Quickstart block lands on the clipboard as written."""
    page.goto("/quickstart/")
    block = page.locator("article div.highlight").filter(visible=True).first
    expected = block.locator("pre > code").evaluate("code => code.textContent")
    block.hover()
    block.locator("button[data-md-type='copy'], button.md-clipboard").click()
    copied: str = page.evaluate("navigator.clipboard.readText()")
    assert expected.rstrip("\n") == copied.rstrip("\n")
    bodies = [block.source for block in read_page(DOCS / "quickstart.md")]
    assert copied.rstrip("\n") + "\n" in bodies, (
        "copied text is no fenced block of the page"
    )
