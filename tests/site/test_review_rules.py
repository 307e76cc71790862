"""The checker's rules on the built site: each URL is an anchor, each ID a link."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.html_page import parse
from tests.support.paths import ROOT
from tests.support.review import review
from tests.support.site_config import site_config


@pytest.fixture(name="rules", scope="module")
def fixture_rules() -> dict[str, dict[str, Any]]:
    """Every rule of the checker in review/, with its URL (from reviewing this repo)."""
    return review(ROOT)


def test_every_rule_url_is_an_anchor_of_the_site(
    site_dir: Path, rules: dict[str, dict[str, Any]]
) -> None:
    """Each rule's URL is `site_url` + a built page + the id of an element on it."""
    site_url: str = site_config()["site_url"]
    unresolved = []
    for rule, result in rules.items():
        url: str = result["url"]
        page, _, anchor = url.removeprefix(site_url).partition("#")
        html_file = site_dir / page / "index.html"
        if not (
            url.startswith(site_url)
            and html_file.is_file()
            and anchor in parse(html_file).ids
        ):
            unresolved.append(f"{rule}: {url}")
    assert [] == unresolved


def test_checklists_page_links_each_rule_id(
    site_dir: Path, rules: dict[str, dict[str, Any]]
) -> None:
    """The Checklists page links every rule's ID to its item, and no other PSW ID."""
    page = parse(site_dir / "checklists" / "index.html")
    linked = [url.removeprefix("#") for tag, url in page.urls if url.startswith("#PSW")]

    assert sorted(rules) == linked
