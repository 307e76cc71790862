"""A reader copies a code block with its button and gets exactly its text."""

from __future__ import annotations

import textwrap
from pathlib import Path

from playwright.sync_api import Page

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_copy_button_copies_block_text(page: Page) -> None:
    """The first visible Quickstart block lands on the clipboard as written."""
    page.goto("/quickstart/")
    block = page.locator("article div.highlight").filter(visible=True).first
    expected = block.locator("pre > code").evaluate("code => code.textContent")
    block.hover()
    block.locator("button[data-md-type='copy'], button.md-clipboard").click()
    copied: str = page.evaluate("navigator.clipboard.readText()")
    assert expected.rstrip("\n") == copied.rstrip("\n")
    source = (DOCS / "quickstart.md").read_text(encoding="utf-8")
    fences = [part.split("\n", 1) for part in source.split("```")[1::2]]
    bodies = [textwrap.dedent(fence[1]) for fence in fences if len(fence) == 2]
    assert copied.rstrip("\n") + "\n" in bodies, (
        "copied text is no fenced block of the page"
    )
