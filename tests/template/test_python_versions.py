"""A new project's `just check` passes under each supported Python the machine has.

The reader's CI runs the same check on every supported version (a matrix); here the
versions are the ones this machine holds, on PATH or in pyenv, and at least two must be.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml

from tests.support.paths import ROOT
from tests.support.reader_shell import reader_environment
from tests.template.projects import new_project

SUPPORTED = ("3.12", "3.13", "3.14")
"""The versions the playbook supports: from requires-python to the newest release."""
WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"


def interpreter(version: str) -> Path | None:
    """A working `python{version}` of this machine: on PATH, or one pyenv holds."""
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates = sorted(pyenv.glob(f"{version}.*/bin/python{version}"), reverse=True)
    on_path = shutil.which(f"python{version}")
    for candidate in [*candidates, *([Path(on_path)] if on_path else [])]:
        done = subprocess.run(
            [str(candidate), "-c", "import sys; print(sys.version)"],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode == 0 and done.stdout.startswith(f"{version}."):
            return candidate
    return None


AVAILABLE = {version: found for version in SUPPORTED if (found := interpreter(version))}


def test_the_machine_holds_two_supported_versions() -> None:
    """Two versions at least, or the check below proves little."""
    assert len(AVAILABLE) >= 2, f"found {AVAILABLE} of {SUPPORTED}"


def test_supported_versions_are_the_projects_and_the_workflows() -> None:
    """requires-python starts at the oldest; the workflow's matrix lists them all."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    matrix = workflow["jobs"]["check"]["strategy"]["matrix"]["python-version"]

    assert project["project"]["requires-python"] == f">={SUPPORTED[0]}"
    assert matrix == list(SUPPORTED)


@pytest.mark.parametrize("version", sorted(AVAILABLE))
def test_new_project_checks_green_under(
    template: Path, tmp_path: Path, version: str
) -> None:
    """`just check` in a new project (defaults) passes with `UV_PYTHON` set to X.Y."""
    project = new_project(template, tmp_path / "project", {})
    python = AVAILABLE[version]
    env = reader_environment(tmp_path / "home")
    env["UV_PYTHON"] = str(python)  # every uv the recipes run, as CI's matrix sets it
    done = subprocess.run(
        ["uv", "run", "just", "check"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    ran = re.search(r"platform \S+ -- Python (\d+\.\d+)", done.stdout)

    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert ran is not None and ran[1] == version, done.stdout[-500:]
