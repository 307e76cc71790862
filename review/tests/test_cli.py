"""`psw-review`: the PSW rules selected, and a folder that is not there named."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from psw_review.cli import folders

PSW_REVIEW = str(Path(sys.executable).with_name("psw-review"))


def test_a_missing_folder_is_named_in_one_line(tmp_path: Path) -> None:
    """No traceback: the folder, and what to give instead."""
    missing = tmp_path / "nope"
    done = subprocess.run(
        [PSW_REVIEW, "--format", "json", str(missing)],
        capture_output=True,
        text=True,
        check=False,
    )

    assert done.returncode == 1
    assert done.stderr == f"psw-review: no folder {missing}: name a project's folder\n"


def test_only_psw_rules_are_run(project: Path) -> None:
    """Without `--select`, the report holds the playbook's rules alone."""
    done = subprocess.run(
        [PSW_REVIEW, "--format", "json", str(project)],
        capture_output=True,
        text=True,
        check=False,
    )

    checks = json.loads(done.stdout)["checks"]
    assert checks and all(rule.startswith("PSW") for rule in checks)


@pytest.mark.parametrize(
    ("arguments", "found"),
    [
        (["--format", "json", "."], ["."]),
        (["--show", "err", "-p", "src", "a", "b"], ["a", "b"]),
        (["--select=PSW1", "gh:org/repo@main", "x"], ["x"]),
    ],
)
def test_folders_are_the_positional_arguments(
    arguments: list[str], found: list[str]
) -> None:
    """An option's value is not a folder; a `gh:` address is not one on this disk."""
    assert folders(arguments) == found
