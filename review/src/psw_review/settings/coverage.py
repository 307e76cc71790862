"""coverage's settings: `fail_under`, as coverage reads it from the project's files."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from psw_review.fixtures import Unreadable
from psw_review.settings.isolated import run_python, shown
from psw_review.skips import Skip

READ = """
import json
from coverage.config import read_coverage_config
from coverage.exceptions import ConfigError

try:
    config = read_coverage_config(config_file=True, warn=lambda message: None)
except ConfigError as error:
    print(json.dumps({"error": str(error)}))
else:
    print(json.dumps({
        "path": config.config_file,
        "fail_under": config.fail_under,
    }))
"""
"""Run in the project's folder: coverage reads its settings from the current folder."""

SECTIONS = {
    ".coveragerc": "[report]",
    ".coveragerc.toml": "[report]",
    "setup.cfg": "[coverage:report]",
    "tox.ini": "[coverage:report]",
}
"""The section of each of coverage's files where `fail_under` goes."""


@dataclass(frozen=True)
class CoverageSettings:
    """The coverage floor the project's settings set, and where."""

    path: str | None
    """The file coverage read, relative to the project; None: it found none."""
    fail_under: float

    @property
    def section(self) -> str:
        """Where `fail_under` goes in that file."""
        return SECTIONS.get(self.path or "", "[tool.coverage.report]")


def coverage_settings(root: object) -> CoverageSettings | Unreadable | Skip:
    """coverage's settings, by `coverage.config.read_coverage_config` in the folder."""
    if not isinstance(root, Path):
        return Skip("coverage's settings can only be resolved in a folder on this disk")
    completed = run_python(READ, root)
    if completed.returncode != 0:
        return Skip(f"coverage could not be asked for its settings: {completed.stderr}")
    read = json.loads(completed.stdout)
    if "error" in read:
        return Unreadable("", read["error"])
    return CoverageSettings(
        path=shown(read["path"], root) if read["path"] else None,
        fail_under=float(read["fail_under"]),
    )
