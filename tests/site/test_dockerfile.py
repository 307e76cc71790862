"""The Dockerfile shown on the Packaging page: hadolint, and its dependency layer.

CI cannot build the image; these tests check what can be checked without Docker.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from tests.support.tools import tool


def test_dockerfile_passes_hadolint(repo_root: Path) -> None:
    """hadolint reports nothing at warning level or above for the root Dockerfile."""
    completed = subprocess.run(
        [tool("hadolint"), "--failure-threshold", "warning", "Dockerfile"],
        cwd=repo_root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_dependency_layer_needs_only_its_mounted_files(
    repo_root: Path, tmp_path: Path
) -> None:
    """The first `uv sync` succeeds with only the files its RUN bind-mounts (ADR 0007).

    It runs with `--dry-run --offline`, on this Python (the image has one, and may not
    download others), in a folder holding nothing but those files.
    """
    dockerfile = (repo_root / "Dockerfile").read_text(encoding="utf-8")
    layer = re.search(
        r"RUN (--mount=.*?)(uv sync [^\n\\]*--no-install-project[^\n\\]*)",
        dockerfile,
        re.DOTALL,
    )
    assert layer, "the Dockerfile has no `uv sync ... --no-install-project` step"
    for source in re.findall(r"--mount=type=bind,source=([^,\s]+)", layer[1]):
        shutil.copyfile(repo_root / source, tmp_path / source)
    uv = os.environ.get("UV") or shutil.which("uv")
    assert uv, "uv is not on PATH"
    completed = subprocess.run(
        [uv, *shlex.split(layer[2])[1:], "--dry-run", "--offline"],
        cwd=tmp_path,
        env={**os.environ, "UV_PYTHON": sys.executable, "VIRTUAL_ENV": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr


def test_image_install_leaves_out_the_site_extensions(
    repo_root: Path, tmp_path: Path
) -> None:
    """The second `uv sync`, in the build context, installs no docs-group package.

    The context is the repository less the top-level names in .dockerignore; the step
    runs with `--dry-run --offline` on this Python, and must not list the site's
    Markdown extensions (`playbook-markdown`, docs group only).
    """
    dockerfile = (repo_root / "Dockerfile").read_text(encoding="utf-8")
    step = re.search(r"(uv sync [^\n\\]*--no-editable[^\n\\]*)", dockerfile)
    assert step, "the Dockerfile has no `uv sync ... --no-editable` step"
    ignored = set((repo_root / ".dockerignore").read_text(encoding="utf-8").split())
    context = tmp_path / "context"
    shutil.copytree(
        repo_root,
        context,
        symlinks=True,
        ignore=lambda folder, names: [
            name
            for name in names
            if name == "__pycache__" or (Path(folder) == repo_root and name in ignored)
        ],
    )
    uv = os.environ.get("UV") or shutil.which("uv")
    assert uv, "uv is not on PATH"
    completed = subprocess.run(
        [uv, *shlex.split(step[1])[1:], "--dry-run", "--offline"],
        cwd=context,
        env={**os.environ, "UV_PYTHON": sys.executable, "VIRTUAL_ENV": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "python-service" in completed.stderr
    assert "playbook-markdown" not in completed.stderr + completed.stdout
