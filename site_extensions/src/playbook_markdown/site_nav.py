"""The site's nav as both engines read it from mkdocs.yml, pages in nav order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml


class ConfigLoader(yaml.SafeLoader):
    """YAML for mkdocs.yml: an `!ENV [NAME, default]` setting reads as its default."""


def _env_default(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """The last item of `!ENV [NAME, default]`; a bare `!ENV NAME` is None."""
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)[-1]
    return None


ConfigLoader.add_constructor("!ENV", _env_default)


def read_config(config_file: Path) -> dict[str, Any]:
    """mkdocs.yml's settings, environment variables left at their defaults."""
    config: dict[str, Any] = yaml.load(
        config_file.read_text(encoding="utf-8"), Loader=ConfigLoader
    )
    return config


def nav_pages(entries: list[Any]) -> Iterator[str]:
    """Every page of a nav list (`docs/`-relative), sections flattened, in nav order."""
    for entry in entries:
        values = entry.values() if isinstance(entry, dict) else [entry]
        for value in values:
            if isinstance(value, list):
                yield from nav_pages(value)
            elif isinstance(value, str) and value.endswith(".md"):
                yield value
