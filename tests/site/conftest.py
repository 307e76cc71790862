"""Fixtures for the site tests: one strict build of the site per test session."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class SiteBuild:
    """The output folder of a `mkdocs build --strict` run and everything it printed."""

    site_dir: Path
    log: str
    returncode: int


@pytest.fixture(name="site_build", scope="session")
def fixture_site_build(tmp_path_factory: pytest.TempPathFactory) -> SiteBuild:
    """Build the site once, strictly, into a temporary folder (not the repo's site/)."""
    site_dir = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", site_dir],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    log = completed.stdout + completed.stderr
    return SiteBuild(site_dir, log, completed.returncode)


@pytest.fixture(name="site_dir", scope="session")
def fixture_site_dir(site_build: SiteBuild) -> Path:
    """Return the folder of the strict build; fail with its log if it failed."""
    assert site_build.returncode == 0, site_build.log
    return site_build.site_dir


@pytest.fixture(name="build_log", scope="session")
def fixture_build_log(site_build: SiteBuild) -> str:
    """Return everything the strict build printed."""
    return site_build.log


@pytest.fixture(name="repo_root", scope="session")
def fixture_repo_root() -> Path:
    """Return the repository's root folder."""
    return REPO
