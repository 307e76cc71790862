"""pyright's type checking mode, from `pyrightconfig.json` or `[tool.pyright]`."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from psw_review.fixtures import Unreadable

COMMENT = re.compile(r'"(?:\\.|[^"\\])*"|//[^\n]*|/\*.*?\*/', re.DOTALL)
"""A JSON string (kept) or a comment (dropped): pyright's JSON allows comments."""

TRAILING_COMMA = re.compile(r'"(?:\\.|[^"\\])*"|,(?=\s*[}\]])')
"""A JSON string (kept) or a comma before `}` or `]` (dropped): pyright allows them."""

DEFAULT_MODE = "standard"
"""pyright's `typeCheckingMode` when the settings do not say."""


@dataclass(frozen=True)
class PyrightSettings:
    """Where pyright's settings are, and the type checking mode they set."""

    path: str
    mode: str


def pyright_settings(root: object) -> PyrightSettings | Unreadable | None:
    """pyright's settings (`pyrightconfig.json` wins), or None if it has none."""
    if not isinstance(root, Path):
        return None
    config = root / "pyrightconfig.json"
    if config.is_file():
        text = config.read_text(encoding="utf-8")
        for pattern in (COMMENT, TRAILING_COMMA):
            text = pattern.sub(lambda m: m[0] if m[0].startswith('"') else "", text)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            return Unreadable(config.name, f"not JSON: {error}")
        return PyrightSettings(
            config.name, str(data.get("typeCheckingMode", DEFAULT_MODE))
        )
    pyproject = root / "pyproject.toml"
    if not pyproject.is_file():
        return None
    try:
        table = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {})
    except tomllib.TOMLDecodeError:
        return None
    if "pyright" not in table:
        return None
    mode = table["pyright"].get("typeCheckingMode", DEFAULT_MODE)
    return PyrightSettings(pyproject.name, str(mode))
