"""Fixtures for the site tests: one strict build of the site per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.paths import ROOT
from tests.support.site_build import SiteBuild, build_site


@pytest.fixture(name="site_build", scope="session")
def fixture_site_build(tmp_path_factory: pytest.TempPathFactory) -> SiteBuild:
    """Build the site once, strictly, into a temporary folder (not the repo's site/)."""
    return build_site(tmp_path_factory.mktemp("site"))


@pytest.fixture(name="site_dir", scope="session")
def fixture_site_dir(site_build: SiteBuild) -> Path:
    """Return the folder of the strict build; fail with its log if it failed."""
    return site_build.checked()


@pytest.fixture(name="build_log", scope="session")
def fixture_build_log(site_build: SiteBuild) -> str:
    """Return everything the strict build printed."""
    return site_build.log


@pytest.fixture(name="repo_root", scope="session")
def fixture_repo_root() -> Path:
    """Return the repository's root folder."""
    return ROOT
