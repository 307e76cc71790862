"""Phase 1's sentences about its pytest settings, reproduced in a scratch project."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.support.paths import ROOT
from tests.support.tools import tool

IMPORTLIB = '[tool.pytest.ini_options]\naddopts = ["--import-mode=importlib"]\n'
FILES = {
    "tests/unit/fixture_types.py": "STORED = 1\n",
    "tests/unit/test_bare.py": (
        "import fixture_types\n\n\n"
        "def test_bare() -> None:\n    assert fixture_types.STORED\n"
    ),
    "tests/unit/test_full.py": (
        "from tests.unit.fixture_types import STORED\n\n\n"
        "def test_full() -> None:\n    assert STORED\n"
    ),
}


def pytest_in(
    project: Path, config: str, test: str
) -> subprocess.CompletedProcess[str]:
    """Run pytest on one test file of `project`, with `config` as its pyproject.toml."""
    (project / "pyproject.toml").write_text(config, encoding="utf-8")
    return subprocess.run(
        [tool("pytest"), test, "-p", "no:cacheprovider"],
        cwd=project,
        env={**os.environ, "PYTHONPATH": "", "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(name="project")
def fixture_project(tmp_path: Path) -> Path:
    """A project whose tests import a module beside them, by bare and by full name."""
    for name, text in FILES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_phase_1_uses_importlib_mode_and_the_root_on_pythonpath() -> None:
    """The settings the sentences are about are the ones Phase 1 shows."""
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    assert '"--import-mode=importlib"' in pyproject
    assert 'pythonpath = ["."]' in pyproject


def test_importlib_mode_refuses_a_bare_name(project: Path) -> None:
    """The default mode puts a test's folder on `sys.path`; importlib mode does not."""
    bare = "tests/unit/test_bare.py"
    assert pytest_in(project, "", bare).returncode == 0
    refused = pytest_in(project, IMPORTLIB, bare)
    assert "No module named 'fixture_types'" in refused.stdout, refused.stdout


def test_importlib_mode_imports_tests_by_full_name(project: Path) -> None:
    """A test imports shared test code as `tests.…`; `docs/conftest.py`, outside
    `tests/`, needs `pythonpath` (test_changelog.py's
    test_conftest_outside_tests_needs_pythonpath)."""
    full = pytest_in(project, IMPORTLIB, "tests/unit/test_full.py")
    assert full.returncode == 0, full.stdout
