"""mkdocs.yml read as both engines read it: MkDocs' own loader (`!ENV`, `INHERIT`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.utils.yaml import yaml_load

from tests.support.paths import ROOT

CONFIG = ROOT / "mkdocs.yml"


def site_config(path: Path = CONFIG) -> dict[str, Any]:
    """The settings in `path`, `!ENV` tags resolved (`yaml.safe_load` fails on them)."""
    with path.open(encoding="utf-8") as source:
        return yaml_load(source)
