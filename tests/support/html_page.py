"""Read a built HTML page: the URLs its tags point at, and its element ids."""

from __future__ import annotations

import functools
from html.parser import HTMLParser
from pathlib import Path

URL_ATTRIBUTES = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")}
"""(tag, attribute) pairs that hold a URL: a link to follow, or a resource to load."""


class PageParser(HTMLParser):
    """Collect the (tag, URL) pairs and the element ids of one HTML page."""

    def __init__(self) -> None:
        """Start with no URLs and no ids."""
        super().__init__()
        self.urls: list[tuple[str, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record the tag's id (or a's name) and its URL attribute."""
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            if (tag, name) in URL_ATTRIBUTES:
                self.urls.append((tag, value))


@functools.cache
def parse(html_file: Path) -> PageParser:
    """Parse a built HTML file once."""
    parser = PageParser()
    parser.feed(html_file.read_text(encoding="utf-8"))
    parser.close()
    return parser
