"""Phase 1's `uv init`, run in a temporary folder, makes what the page says."""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

from playbook_markdown.blocks import read_page

from tests.support.paths import DOCS
from tests.support.shell_script import script_commands
from tests.support.tools import tool

PAGE = DOCS / "phase-1-setup.md"
# What docs/phase-1-setup.md says `uv init --lib` creates (and that it makes no
# tests/ and no .venv: version 1.0 said it did).
CREATED = {
    ".git",
    ".gitignore",
    ".python-version",
    "README.md",
    "pyproject.toml",
    "src",
}


def test_uv_init_creates_what_the_page_says(tmp_path: Path) -> None:
    """The page's `uv init` (offline) creates exactly the files the prose lists."""
    argv = next(
        argv
        for block in read_page(PAGE)
        for _, argv in script_commands(block.source)
        if argv[:2] == ["uv", "init"]
    )
    env = {**os.environ, "UV_OFFLINE": "1", "UV_NO_CONFIG": "1"}
    subprocess.run(
        [tool("uv"), *argv[1:], "--no-workspace"], cwd=tmp_path, env=env, check=True
    )
    project = tmp_path / next(arg for arg in argv[2:] if not arg.startswith("-"))
    pyproject = (project / "pyproject.toml").read_text(encoding="utf-8")
    assert {path.name for path in project.iterdir()} == CREATED, shlex.join(argv)
    package = project / "src" / "python_service"
    assert {path.name for path in package.iterdir()} == {"__init__.py", "py.typed"}
    assert 'build-backend = "uv_build"' in pyproject
    assert "[project.scripts]" not in pyproject
