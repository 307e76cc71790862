"""The Dockerfile shown on the Packaging page passes hadolint (CI cannot build it)."""

from __future__ import annotations

import subprocess
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
