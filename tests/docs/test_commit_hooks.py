"""The commit hooks Phase 1 shows pass on this repository, offline; a fault fails."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.support.paths import ROOT
from tests.support.tools import tool


def prek(folder: Path) -> subprocess.CompletedProcess[str]:
    """`prek run --all-files` in `folder`, with uv offline."""
    return subprocess.run(
        [tool("prek"), "run", "--all-files"],
        cwd=folder,
        env={**os.environ, "UV_OFFLINE": "1"},
        capture_output=True,
        text=True,
        check=False,
    )


def test_hooks_pass_on_this_repository() -> None:
    """ruff format, ruff check and uv lock --check all pass on the committed files."""
    result = prek(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_hooks_fail_an_unformatted_file(tmp_path: Path) -> None:
    """In a copy holding one badly formatted module, the format hook fails."""
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(tmp_path)], check=True)
    (tmp_path / "src" / "python_service" / "bad.py").write_text("x=1\n", "utf-8")
    subprocess.run(["git", "add", "src"], cwd=tmp_path, check=True)
    result = prek(tmp_path)
    assert result.returncode != 0
    assert "ruff format --check" in result.stdout
    assert "src/python_service/bad.py" in result.stdout
