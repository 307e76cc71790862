"""The Dockerfile shown on the Packaging page passes hadolint (CI cannot build it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_dockerfile_passes_hadolint(repo_root: Path) -> None:
    """hadolint reports nothing at warning level or above for the root Dockerfile."""
    hadolint = Path(sys.executable).with_name("hadolint")
    completed = subprocess.run(
        [str(hadolint), "--failure-threshold", "warning", "Dockerfile"],
        cwd=repo_root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
