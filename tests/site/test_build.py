"""The strictly built site: all pages, no warning, nothing loaded from elsewhere."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.support.html_page import parse
from tests.support.site_build import Engine
from tests.support.site_config import site_config

# The pages the team contract names (docs/<page>.md), plus this site's ADRs.
CONTRACT_PAGES = [
    "index",
    "quickstart",
    "tooling",
    "phase-1-setup",
    "phase-2-tdd",
    "database",
    "packaging",
    "security",
    "checklists",
    "anti-patterns",
    "success-metrics",
    "troubleshooting",
    "changelog",
    "contributing",
    "reference/api",
    "cheat-sheet",
    "adr/index",
    "adr/0001-material-for-mkdocs",
    "adr/0002-result-library",
    "adr/0003-fastapi-for-the-http-api",
    "adr/0004-psycopg-and-plain-sql",
    "adr/0005-docs-tested-with-sybil-and-pytest-examples",
]


def site_host(repo_root: Path) -> str:
    """Return the host of `site_url` in mkdocs.yml (canonical links point there)."""
    site_url: str = site_config(repo_root / "mkdocs.yml")["site_url"]
    return urlsplit(site_url).netloc


def built_pages(site_dir: Path) -> list[Path]:
    """Return every HTML file of the built site."""
    return sorted(site_dir.rglob("*.html"))


def page_output(site_dir: Path, page: str) -> Path:
    """Return where mkdocs writes docs/<page>.md with directory URLs."""
    if page == "index" or page.endswith("/index"):
        return site_dir / page.removesuffix("index") / "index.html"
    return site_dir / page / "index.html"


def test_build_prints_no_warning(build_log: str) -> None:
    """The strict build printed no warning (links, anchors, nav, mkdocstrings)."""
    warnings = [line for line in build_log.splitlines() if "warning" in line.lower()]
    assert warnings == []


@pytest.mark.parametrize("markdown", CONTRACT_PAGES)
def test_contract_page_is_built(site_dir: Path, markdown: str) -> None:
    """Each page the team contract lists is in the output of the strict build."""
    assert page_output(site_dir, markdown).is_file()


def test_no_resource_from_another_host(site_dir: Path, repo_root: Path) -> None:
    """No page loads a stylesheet, script or image from another host."""
    own_host = site_host(repo_root)
    foreign = []
    for html_file in built_pages(site_dir):
        resources = [url for tag, url in parse(html_file).urls if tag != "a"]
        for url in resources:
            host = urlsplit(url).netloc
            if host and host != own_host:
                foreign.append(f"{html_file.relative_to(site_dir)}: {url}")
    assert foreign == []


def test_every_page_has_language_and_description(site_dir: Path) -> None:
    """Every page declares lang="en" and a meta description of its own."""
    generic = 'content="Batteries-included TDD for small Python services'
    problems = []
    for html_file in built_pages(site_dir):
        name = str(html_file.relative_to(site_dir))
        text = html_file.read_text(encoding="utf-8")
        if '<html lang="en"' not in text:
            problems.append(f"{name}: no lang")
        if name != "404.html" and (
            '<meta name="description"' not in text or generic in text
        ):
            problems.append(f"{name}: no page description")
    assert problems == []


def test_search_dialog_has_accessible_name(site_dir: Path, engine: Engine) -> None:
    """The search dialog and its input have accessible names (see docs/overrides).

    Zensical's search makes its input when opened: the browser tests check it there.
    """
    text = (site_dir / "index.html").read_text(encoding="utf-8")
    assert 'role="dialog" aria-label="Search"' in text
    if engine == "mkdocs":
        assert 'class="md-search__input" name="query" aria-label="Search"' in text


def test_task_list_checkboxes_have_names(site_dir: Path) -> None:
    """Each checklist checkbox is named by its item (playbook_markdown extension)."""
    text = (site_dir / "checklists" / "index.html").read_text(encoding="utf-8")
    checkboxes = re.findall(r'<input type="checkbox"[^>]*>', text)
    assert len(checkboxes) == 36
    assert all('aria-label="' in checkbox for checkbox in checkboxes)


def test_no_forge_links_without_repo_url(site_dir: Path) -> None:
    """Built without REPO_URL, no page links to a repository or to an edit form."""
    linked = [
        str(html_file.relative_to(site_dir))
        for html_file in built_pages(site_dir)
        if re.search(
            r'class="md-source"|md-content__button',
            html_file.read_text(encoding="utf-8"),
        )
    ]
    assert linked == []
