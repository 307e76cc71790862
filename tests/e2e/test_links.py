"""Every internal link and #anchor of the built site names a file and id that exist."""

from __future__ import annotations

import functools
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

ORIGIN = "http://127.0.0.1"
LINK_ATTRIBUTES = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")}


class PageParser(HTMLParser):
    """Collect the link targets and the element ids of one HTML page."""

    def __init__(self) -> None:
        """Start with no links and no ids."""
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record the tag's id (or a's name) and its link attribute."""
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            if (tag, name) in LINK_ATTRIBUTES:
                self.links.append(value)


@functools.cache
def parse(html_file: Path) -> PageParser:
    """Parse a built HTML file once."""
    parser = PageParser()
    parser.feed(html_file.read_text(encoding="utf-8"))
    parser.close()
    return parser


def built_file(site_dir: Path, url_path: str) -> Path:
    """Map a URL path of the site to the file the server would send."""
    target = site_dir / unquote(url_path).lstrip("/")
    return target / "index.html" if target.is_dir() else target


def broken_links(site_dir: Path, page_path: str) -> tuple[int, list[str]]:
    """Check a page's internal links; return how many were checked, and the broken."""
    page_url = ORIGIN + page_path
    checked, broken = 0, []
    for href in parse(built_file(site_dir, page_path)).links:
        target = urlsplit(urljoin(page_url, href))
        if f"{target.scheme}://{target.netloc}" != ORIGIN:
            continue  # another site: only linked to, the browser never loads it
        checked += 1
        path = built_file(site_dir, target.path)
        if not path.is_file():
            broken.append(f"{href} -> no file {path.relative_to(site_dir)}")
        elif target.fragment and path.suffix == ".html":
            if unquote(target.fragment) not in parse(path).ids:
                broken.append(f"{href} -> no id {target.fragment!r} in {target.path}")
    return checked, broken


def test_internal_links_resolve(site_dir: Path, page_path: str) -> None:
    """Each internal href of the page names a built file and, if given, an id in it."""
    checked, broken = broken_links(site_dir, page_path)
    assert checked > 0, f"{page_path}: no internal link found; is the page built?"
    assert broken == [], (
        f"{page_path}: {len(broken)} of {checked} links broken:\n  "
        + ("\n  ".join(broken))
    )
