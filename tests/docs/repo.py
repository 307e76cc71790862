"""The repository the pages describe: its files, its justfile recipes, its tools."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from functools import cached_property
from pathlib import Path
from typing import Any

BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    """The path of a tool installed in the virtual environment (or on PATH)."""
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        raise RuntimeError(
            f"{name} not found: run `uv sync` (it comes with the dev group)"
        )
    return found


class Repo:
    """A repository root: the real files that titled blocks must equal."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def read(self, rel: str) -> str | None:
        """The text of a repository file, or None when there is no such file."""
        path = self.root / rel
        return path.read_text(encoding="utf-8") if path.is_file() else None

    @cached_property
    def pyproject(self) -> dict[str, Any]:
        """The parsed pyproject.toml."""
        return tomllib.loads(self.read("pyproject.toml") or "")

    @cached_property
    def recipes(self) -> set[str]:
        """Recipe and alias names of the justfile, as `just --dump` reads them."""
        result = subprocess.run(
            [tool("just"), "--justfile", str(self.root / "justfile"), "--dump"]
            + ["--dump-format", "json"],
            capture_output=True,
            text=True,
            check=True,
        )
        dump = json.loads(result.stdout)
        return set(dump["recipes"]) | set(dump["aliases"])
