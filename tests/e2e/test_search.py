"""A reader finds a deep page through Material's search box."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from playwright.sync_api import Page, expect

DEEP_PAGES = ["troubleshooting/", "database/", "security/", "packaging/"]
WORD = re.compile(r"[a-z]{7,}")


def unique_term(site_dir: Path) -> tuple[str, str]:
    """Pick a word of the search index found on one deep page only, and that page."""
    docs = json.loads((site_dir / "search" / "search_index.json").read_text())["docs"]
    pages_of: dict[str, set[str]] = {}
    counts: dict[str, Counter[str]] = {}
    for doc in docs:
        page = doc["location"].split("#", 1)[0]
        words = WORD.findall(
            re.sub(r"<[^>]+>", " ", doc["title"] + " " + doc["text"]).lower()
        )
        counts.setdefault(page, Counter()).update(words)
        for word in words:
            pages_of.setdefault(word, set()).add(page)
    for page in DEEP_PAGES:
        for word, _ in counts.get(page, Counter()).most_common():
            if pages_of[word] == {page}:
                return word, page
    raise AssertionError(f"none of {DEEP_PAGES} has a word found on no other page")


def test_search_leads_to_deep_page(page: Page, site_dir: Path) -> None:
    """A word found only on a deep page lists it first; clicking the result opens it."""
    term, target = unique_term(site_dir)
    page.goto("/")
    search = page.get_by_role("textbox", name="Search")
    search.click()
    search.press_sequentially(term)
    first = page.locator(".md-search-result__item a.md-search-result__link").first
    expect(first).to_be_visible()
    first.click()
    expect(page).to_have_url(re.compile(rf"/{re.escape(target)}(\?[^#]*)?(#.*)?$"))
    expect(page.locator("article")).to_contain_text(term, ignore_case=True)
