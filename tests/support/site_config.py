"""mkdocs.yml read as both engines read it, its nav, and the pages' descriptions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.yaml import yaml_load
from playbook_markdown.site_nav import nav_pages

from tests.support.paths import ROOT

__all__ = ["CONFIG", "nav_pages", "page_description", "site_config"]

CONFIG = ROOT / "mkdocs.yml"


def site_config(path: Path = CONFIG) -> dict[str, Any]:
    """The settings in `path`, `!ENV` tags resolved (`yaml.safe_load` fails on them)."""
    with path.open(encoding="utf-8") as source:
        return yaml_load(source)


class NoDescriptionError(Exception):
    """A page has no `description` in its front matter."""


def page_description(page: Path) -> str:
    """The `description` of a page's front matter (its meta description), one line."""
    text = page.read_text(encoding="utf-8")
    front = text.split("---\n", 2)[1] if text.startswith("---\n") else ""
    found = (yaml.safe_load(front) or {}).get("description") if front else None
    if not isinstance(found, str) or not found.strip():
        raise NoDescriptionError(
            f"{page}: no `description:` in its front matter; the page's meta"
            " description and its line in /llms.txt both come from there"
        )
    return " ".join(found.split())
