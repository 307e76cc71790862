"""The site's nav as both engines read it from mkdocs.yml, and the table of it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

H1 = re.compile(r"^# (?P<title>.+?)\s*$", re.MULTILINE)


class ConfigLoader(yaml.SafeLoader):
    """YAML for mkdocs.yml without running it.

    An `!ENV [NAME, default]` setting reads as its default, and a
    `!!python/name:module.thing` setting as the name, never imported.
    """


def _env_default(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """The last item of `!ENV [NAME, default]`; a bare `!ENV NAME` is None."""
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)[-1]
    return None


def _python_name(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> str:
    """`!!python/name:module.thing` as the text `module.thing`."""
    return suffix


ConfigLoader.add_constructor("!ENV", _env_default)
ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/name:", _python_name)


class NoDescriptionError(Exception):
    """A page has no `description` in its front matter."""


@dataclass(frozen=True)
class NavPage:
    """One page of the nav: the section that holds it, its nav title, its file."""

    section: str
    title: str | None
    page: str


def read_config(config_file: Path) -> dict[str, Any]:
    """mkdocs.yml's settings, environment variables left at their defaults."""
    config: dict[str, Any] = yaml.load(
        config_file.read_text(encoding="utf-8"), Loader=ConfigLoader
    )
    return config


def nav_entries(entries: list[Any], section: str = "") -> Iterator[NavPage]:
    """Every page of a nav list with its section and title, in nav order."""
    for entry in entries:
        items = entry.items() if isinstance(entry, dict) else [(None, entry)]
        for title, value in items:
            if isinstance(value, list):
                yield from nav_entries(value, title or section)
            elif isinstance(value, str) and value.endswith(".md"):
                yield NavPage(section, title, value)


def nav_pages(entries: list[Any]) -> Iterator[str]:
    """Every page of a nav list (`docs/`-relative), sections flattened, in nav order."""
    return (entry.page for entry in nav_entries(entries))


def page_description(page: Path) -> str:
    """The `description` of a page's front matter (its meta description), one line."""
    text = page.read_text(encoding="utf-8")
    front = text.split("---\n", 2)[1] if text.startswith("---\n") else ""
    found = (yaml.safe_load(front) or {}).get("description") if front else None
    if not isinstance(found, str) or not found.strip():
        raise NoDescriptionError(
            f"{page}: no `description:` in its front matter; the page's meta"
            " description, its line in /llms.txt and its tooltip on the home page"
            " all come from there"
        )
    return " ".join(found.split())


def pages_table(config_file: Path) -> list[str]:
    """A row per nav section: its pages linked by nav title, described on hover."""
    config = read_config(config_file)
    docs = config_file.parent / config.get("docs_dir", "docs")
    rows: dict[str, list[str]] = {}
    for entry in nav_entries(config["nav"]):
        path = docs / entry.page
        title = entry.title or page_title(path)
        description = page_description(path).replace("|", "\\|")
        rows.setdefault(entry.section, []).append(
            f'[{title}]({entry.page} "{description}")'
        )
    return [
        "| Part | Pages |",
        "| --- | --- |",
        *(f"| {section} | {', '.join(links)} |" for section, links in rows.items()),
    ]


def page_title(page: Path) -> str:
    """The page's `# title` (its file name if it has none)."""
    found = H1.search(page.read_text(encoding="utf-8"))
    return found["title"] if found else page.stem
