"""The Security page's pip-audit command fails where it cannot audit, never passes."""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Mapping
from pathlib import Path

import pytest
from playbook_markdown.blocks import read_page

from tests.support.paths import DOCS
from tests.support.tools import tool

# A hashed pin (as `uv export` writes) of a name that is not on PyPI: nothing to audit.
NOT_ON_PYPI = (
    "psw-playbook-fixture-not-on-pypi==0.1.0 \\\n    --hash=sha256:" + "0" * 64 + "\n"
)
SKIPPED = "Dependency not found on PyPI and could not be audited"
# A proxy nobody listens on: the vulnerability service cannot be reached.
UNREACHABLE = {"HTTPS_PROXY": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9"}


def page_command() -> list[str]:
    """The Security page's pip-audit command, as its block shows it."""
    blocks = read_page(DOCS / "security.md")
    [source] = [b.source for b in blocks if b.source.startswith("uvx pip-audit")]
    return shlex.split(source)


def audit(
    argv: list[str], project: Path, env: Mapping[str, str] = {}
) -> subprocess.CompletedProcess[str]:
    """Run `argv` (uvx first) in `project`; `stdout` holds stdout and stderr."""
    return subprocess.run(
        [tool(argv[0]), *argv[1:]],
        cwd=project,
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(name="project")
def fixture_project(tmp_path: Path) -> Path:
    """A folder whose export lists one package PyPI does not have."""
    (tmp_path / "var").mkdir()
    (tmp_path / "var" / "requirements.txt").write_text(NOT_ON_PYPI, encoding="utf-8")
    return tmp_path


def test_page_command_is_strict() -> None:
    """The page asks pip-audit to fail on what it could not audit."""
    assert "--strict" in page_command()


def test_page_command_fails_on_a_package_it_cannot_audit(project: Path) -> None:
    """Without `--strict` the same run skips the package and exits 0 ("No known
    vulnerabilities found"); the page's command exits non-zero."""
    lenient = audit([a for a in page_command() if a != "--strict"], project)
    assert SKIPPED in lenient.stdout, f"pip-audit could not ask PyPI: {lenient.stdout}"
    assert lenient.returncode == 0, lenient.stdout
    assert "No known vulnerabilities found" in lenient.stdout

    strict = audit(page_command(), project)

    assert strict.returncode != 0, strict.stdout
    assert SKIPPED in strict.stdout


def test_page_command_fails_where_the_service_is_unreachable(project: Path) -> None:
    """With the vulnerability service out of reach, the run fails: no audit, no pass."""
    installed = audit(["uvx", "pip-audit", "--version"], project)
    assert installed.returncode == 0, (
        f"uvx could not install pip-audit: {installed.stdout}"
    )

    result = audit(page_command(), project, {**UNREACHABLE, "UV_OFFLINE": "1"})

    assert result.returncode != 0, result.stdout
    assert "pypi.org" in result.stdout
    assert "No known vulnerabilities found" not in result.stdout
