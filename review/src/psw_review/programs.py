"""The programs the rules ask, found where they are installed, and how to run them."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path


def uv_program() -> str | None:
    """The uv running us (`uv run` sets `UV`), else the one on PATH; None if neither."""
    named = os.environ.get("UV")
    return (shutil.which(named) if named else None) or shutil.which("uv")


def git_program() -> str | None:
    """Git on PATH."""
    return shutil.which("git")


def run(program: str, *arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run `program` in `cwd` without a terminal; the caller reads its exit code."""
    return subprocess.run(
        [program, *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "GIT_OPTIONAL_LOCKS": "0", "NO_COLOR": "1"},
    )
