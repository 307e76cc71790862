"""mkdocs.yml read as both engines read it, its nav, and the pages' descriptions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.utils.yaml import yaml_load
from playbook_markdown.site_nav import nav_pages, page_description

from tests.support.paths import ROOT

__all__ = ["CONFIG", "nav_pages", "page_description", "site_config"]

CONFIG = ROOT / "mkdocs.yml"


def site_config(path: Path = CONFIG) -> dict[str, Any]:
    """The settings in `path`, `!ENV` tags resolved (`yaml.safe_load` fails on them)."""
    with path.open(encoding="utf-8") as source:
        return yaml_load(source)
