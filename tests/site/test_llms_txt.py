"""/llms.txt lists every nav page and its description; /llms-full.txt, every block.

Both engines write them from the `llmstxt` settings of mkdocs.yml (mkdocs-llmstxt for
MkDocs, Zensical's own for Zensical); these tests read both outputs.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playbook_markdown.blocks import Block, Kind, read_page
from playbook_markdown.site_address import site_address

from tests.support.paths import DOCS
from tests.support.site_config import nav_pages, page_description, site_config

ENTRY = re.compile(
    r"^- \[(?P<title>[^\]]+)\]\(<?(?P<url>[^)>]+)>?\)(?:: (?P<text>.+))?$"
)
"""`- [Title](URL): description`; Zensical writes the URL between angle brackets."""
TAB_STOP = 4
"""Python-Markdown expands tabs in code blocks (its `tab_length`): so do the pages."""


@pytest.fixture(name="nav", scope="module")
def fixture_nav() -> list[str]:
    """Every page of the nav, in nav order."""
    return list(nav_pages(site_config()["nav"]))


def markdown_path(page: str) -> str:
    """Where both engines publish a page's Markdown: beside its index.html."""
    stem = page.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return f"{stem}.md"
    return f"{stem}/index.md"


def listed(site_dir: Path) -> dict[str, str]:
    """The pages /llms.txt links, by URL path, with the text after each link."""
    entries = {}
    for line in (site_dir / "llms.txt").read_text(encoding="utf-8").splitlines():
        if match := ENTRY.match(line):
            entries[urlsplit(match["url"]).path.lstrip("/")] = match["text"] or ""
    return entries


def test_llms_txt_lists_every_nav_page_with_its_description(
    site_dir: Path, nav: list[str]
) -> None:
    """One link per nav page, to its Markdown, followed by its meta description."""
    expected = {markdown_path(page): page_description(DOCS / page) for page in nav}
    assert expected == listed(site_dir)


def test_every_listed_page_is_served_as_markdown(site_dir: Path) -> None:
    """Each link of /llms.txt names a Markdown file of the built site."""
    missing = [path for path in listed(site_dir) if not (site_dir / path).is_file()]
    assert missing == []


def appears(block: Block, text: str) -> bool:
    """The block's code, as the site prints it, is in `text` line for line (a nested
    block behind its `> `)."""
    config = site_config()
    printed = site_address(block.source, config["site_url"], config["repo_name"])
    code = printed.expandtabs(TAB_STOP)
    if not block.indent:
        return code in text
    lines = [re.escape(line) for line in code.splitlines()]
    return re.search("\n".join(r"[> ]*" + line for line in lines), text) is not None


def test_llms_full_txt_holds_every_code_block_verbatim(
    site_dir: Path, nav: list[str]
) -> None:
    """Every code block of every nav page, of every kind, is in /llms-full.txt."""
    full = (site_dir / "llms-full.txt").read_text(encoding="utf-8")
    kinds: Counter[Kind] = Counter()
    missing = []
    for page in nav:
        for block in read_page(DOCS / page):
            kinds[block.kind] += 1
            if not appears(block, full):
                missing.append(f"{block.where} ({block.language})")
    assert missing == []
    assert {"python", "shell", "output", "toml", "just", "dockerfile"} <= set(kinds)
