"""Tools run on a project's folder with no one's home settings: the project's alone."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

TOOL_VARIABLES = ("COVERAGE_", "MYPY_", "PYTEST_", "RUFF_")
"""Prefixes of environment variables by which a tool's user changes its settings."""

TIMEOUT = 60
"""Seconds a tool may take to report its settings."""


def run(arguments: list[str], folder: Path) -> subprocess.CompletedProcess[str]:
    """Run `arguments` in `folder`, with an empty home and no tool variables."""
    with tempfile.TemporaryDirectory() as home:
        environment = {
            name: value
            for name, value in os.environ.items()
            if not name.startswith(TOOL_VARIABLES)
        } | {"HOME": home, "XDG_CONFIG_HOME": str(Path(home, ".config"))}
        return subprocess.run(
            arguments,
            cwd=folder,
            env=environment,
            capture_output=True,
            text=True,
            check=False,
            timeout=TIMEOUT,
        )


def run_python(code: str, folder: Path) -> subprocess.CompletedProcess[str]:
    """Run `code` with this Python in `folder`, isolated: the folder is not on its path.

    `-I` keeps the project's modules out of `sys.path`, so only the tool's own code
    runs, never the project's.
    """
    return run([sys.executable, "-I", "-c", code], folder)


def shown(path: str | Path, root: Path) -> str:
    """`path` as the report shows it: relative to the project's folder."""
    return Path(os.path.relpath(Path(root, path), root)).as_posix()


def said(message: str, root: Path) -> str:
    """A tool's message with the project's paths relative to it, as the report shows."""
    return message.strip().replace(f"{root.resolve()}/", "").replace(f"{root}/", "")
