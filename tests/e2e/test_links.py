"""Every internal link and #anchor of the built site names a file and id that exist."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from tests.support.html_page import parse

ORIGIN = "http://127.0.0.1"


def built_file(site_dir: Path, url_path: str) -> Path:
    """Map a URL path of the site to the file the server would send."""
    target = site_dir / unquote(url_path).lstrip("/")
    return target / "index.html" if target.is_dir() else target


def broken_links(site_dir: Path, page_path: str) -> tuple[int, list[str]]:
    """Check a page's internal links; return how many were checked, and the broken."""
    page_url = ORIGIN + page_path
    checked, broken = 0, []
    for _, href in parse(built_file(site_dir, page_path)).urls:
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
