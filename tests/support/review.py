"""The repository checker in review/ (rules PSW###), run through its command line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from tests.support.paths import ROOT

CHECKER = ROOT / "review"
"""The checker's own uv project: not a dependency of the service (ADR 0007)."""


def review(folder: Path) -> dict[str, dict[str, Any]]:
    """Every PSW rule's result for `folder`, by ID, as `repo-review --format json` says.

    Each result has `description`, `result` (True, False, or None when skipped),
    `err_msg` and `url`. `uv run --project review` installs the checker on first use.
    """
    uv = os.environ.get("UV") or shutil.which("uv")
    assert uv, "uv is not on PATH"
    completed = subprocess.run(
        [uv, "run", "--project", CHECKER, "repo-review", "--format", "json", folder],
        cwd=ROOT,
        env={**os.environ, "VIRTUAL_ENV": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode in {0, 3}, completed.stdout + completed.stderr
    checks: dict[str, dict[str, Any]] = json.loads(completed.stdout)["checks"]
    return {rule: result for rule, result in checks.items() if rule.startswith("PSW")}


def failed_rules(folder: Path) -> dict[str, str]:
    """The PSW rules `folder` does not pass, by ID, with the checker's message.

    A rule skipped because a rule it requires failed is listed as `skipped`: an empty
    dict means the folder passes every rule.
    """
    return {
        rule: result["err_msg"] if result["result"] is False else "skipped"
        for rule, result in review(folder).items()
        if result["result"] is not True
    }
