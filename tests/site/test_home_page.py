"""The home page's table of the site lists every page of the nav, described."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from tests.support.paths import DOCS
from tests.support.site_config import nav_pages, page_description, site_config

ANCHOR = "how-the-playbook-is-organised"
"""The id of the heading over the table, on the home page."""
LINK = re.compile(r'<a href="(?P<href>[^"]*)" title="(?P<title>[^"]*)"')


def address(page: str) -> str:
    """Where a page of the nav is built, relative to the home page."""
    return re.sub(r"(^|/)index/$", r"\1", page.removesuffix(".md") + "/")


def linked(href: str) -> str:
    """A link of the built table as `address` writes it (`./` and `index.html` off)."""
    return href.removeprefix("./").removesuffix("index.html")


def test_every_nav_page_is_in_the_home_pages_table(site_dir: Path) -> None:
    """Each nav page is linked from the table, its description as the link title."""
    text = (site_dir / "index.html").read_text(encoding="utf-8")
    start = text.index(f'id="{ANCHOR}"')
    table = text[start : text.index("</table>", start)]
    links = {linked(m["href"]): unescape(m["title"]) for m in LINK.finditer(table)}
    expected = {
        address(page): page_description(DOCS / page)
        for page in nav_pages(site_config()["nav"])
    }
    assert expected == links
