"""Every built page loads cleanly: no console error, no failed or foreign request."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

from playwright.sync_api import Page

SITEMAP_LOC = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"


def test_sitemap_lists_every_page(site_dir: Path, all_page_paths: list[str]) -> None:
    """The built sitemap names exactly the pages the tests visit, so none is missed."""
    root = ElementTree.parse(site_dir / "sitemap.xml").getroot()
    listed = sorted(urlsplit(loc.text or "").path for loc in root.iter(SITEMAP_LOC))
    assert sorted(all_page_paths) == listed


def test_page_loads_cleanly(
    page: Page, page_path: str, page_problems: Callable[[], list[str]]
) -> None:
    """The page answers 200, has a title and one h1, logs no error or stray request."""
    response = page.goto(page_path, wait_until="networkidle")
    assert response is not None and response.status == 200
    assert page.locator("article h1").count() == 1, f"{page_path} needs one h1"
    assert page.title(), f"{page_path} has no <title>"
    problems = page_problems()
    assert problems == [], f"{page_path}:\n  " + "\n  ".join(problems)
