"""The reader's project against this repository: files both hold, byte for byte."""

from __future__ import annotations

import subprocess
from pathlib import Path

SHARED = [
    "src/python_service",
    "db",
    "tests/conftest.py",
    "tests/unit",
    "tests/integration",
    "Dockerfile",
    ".dockerignore",
    ".env.example",
    ".pre-commit-config.yaml",
    ".github/workflows/ci.yml",
]
"""What the pages build, file for file, as this repository holds it."""
NOT_ON_THE_PAGES: dict[str, str] = {}
"""Files of SHARED that a reader does not get, with the reason."""


def listed(root: Path) -> dict[str, bytes]:
    """The files under SHARED in `root` that Git would keep (tracked or not ignored)."""
    names = subprocess.run(
        [
            "git",
            "ls-files",
            "--cached",
            "--others",
            "--exclude-standard",
            "--",
            *SHARED,
        ],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return {
        name: (root / name).read_bytes() for name in names if (root / name).is_file()
    }


def differences(reference: Path, project: Path) -> list[str]:
    """Each file missing, extra or different in the project (exceptions left out)."""
    want = {k: v for k, v in listed(reference).items() if k not in NOT_ON_THE_PAGES}
    have = listed(project)
    found = [f"missing: {name}" for name in sorted(want.keys() - have.keys())]
    found += [
        f"not in the reference: {name}" for name in sorted(have.keys() - want.keys())
    ]
    found += [
        f"differs: {name}"
        for name in sorted(want.keys() & have.keys())
        if want[name] != have[name]
    ]
    return found
