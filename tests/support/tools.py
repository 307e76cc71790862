"""Find a command-line tool of the project's environment."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    """The path of a tool installed in the virtual environment (or on PATH)."""
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        raise RuntimeError(f"{name} not found: run `uv sync` (it installs every group)")
    return found
