"""The home page's snake is an inline SVG icon, so no reader's fonts need the glyph."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

SNAKE = "\N{SNAKE}"


def test_home_page_snake_is_an_inline_svg(site_dir: Path) -> None:
    """The closing snake is Material's icon drawn inline: no character, no image."""
    html = BeautifulSoup((site_dir / "index.html").read_text("utf-8"), "html.parser")
    article = html.select_one("article")
    assert article is not None
    emoji = article.select("span.twemoji svg")

    assert emoji, "no inline SVG icon on the home page"
    assert SNAKE not in article.get_text()
    assert not article.select("img.twemoji"), "an emoji image from another host"
