"""A reader finds a deep page through Material's search box."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

from tests.support.site_build import Engine

DEEP_PAGES = ["troubleshooting/", "database/", "security/", "packaging/"]
WORD = re.compile(r"[a-z]{7,}")


RESULT_LINKS: dict[Engine, str] = {
    "mkdocs": ".md-search-result__item a.md-search-result__link",
    "zensical": "[role=listbox] a[role=option]",  # a new search, its own markup
}
SEARCH_INDEXES = {
    "search/search_index.json": "docs",  # MkDocs' search plugin
    "search.json": "items",  # Zensical's
}


def search_documents(site_dir: Path) -> list[dict[str, str]]:
    """The documents of the built search index, whichever engine wrote it."""
    for path, key in SEARCH_INDEXES.items():
        if (site_dir / path).is_file():
            documents: list[dict[str, str]] = json.loads(
                (site_dir / path).read_text(encoding="utf-8")
            )[key]
            return documents
    raise AssertionError(f"no search index in {site_dir}: {', '.join(SEARCH_INDEXES)}")


def unique_term(site_dir: Path) -> tuple[str, str]:
    """Pick a word of the search index found on one deep page only, and that page."""
    docs = search_documents(site_dir)
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


def search_box(page: Page, engine: Engine) -> Locator:
    """The search field: in the header (Material), or in the dialog a button opens."""
    if engine == "zensical":
        page.get_by_role("button", name="Search").click()
        return page.get_by_role("combobox", name="Search")
    return page.get_by_role("textbox", name="Search")


def test_search_leads_to_deep_page(page: Page, site_dir: Path, engine: Engine) -> None:
    """A word found only on a deep page lists it first; clicking the result opens it."""
    term, target = unique_term(site_dir)
    page.goto("/")
    search = search_box(page, engine)
    search.click()
    search.press_sequentially(term)
    first = page.locator(RESULT_LINKS[engine]).first
    expect(first).to_be_visible()
    first.click()
    expect(page).to_have_url(re.compile(rf"/{re.escape(target)}(\?[^#]*)?(#.*)?$"))
    expect(page.locator("article")).to_contain_text(term, ignore_case=True)
