"""`python -m python_service` refuses a bad setup with one line, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def start(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the service entry point with these variables on top of a clean env."""
    environ = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), **env}
    return subprocess.run(
        [sys.executable, "-m", "python_service"],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_unwritable_sqlite_path_stops_start_up(tmp_path: Path) -> None:
    """A path below a regular file: exit 1, the path named, no traceback."""
    (tmp_path / "not-a-directory").write_text("")
    path = tmp_path / "not-a-directory" / "app.sqlite"

    result = start(tmp_path, SQLITE_DB_PATH=str(path))

    assert result.returncode == 1
    assert f"SQLITE_DB_PATH={path}" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("APP_ENV", "prod"),
        ("LOG_LEVEL", "LOUD"),
        ("PORT", "http"),
        ("DATABASE_URL", "mysql://db"),  # PostgreSQL only
    ],
)
def test_bad_setting_stops_start_up(tmp_path: Path, name: str, value: str) -> None:
    """Each bad variable: exit 1 with a message that names it, no traceback."""
    result = start(tmp_path, **{name: value})

    assert result.returncode == 1
    assert result.stderr.startswith(f"python_service: {name}")
    assert "Traceback" not in result.stderr
