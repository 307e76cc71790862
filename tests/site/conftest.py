"""Fixtures for the site tests: one strict build per engine per test session.

Every test that reads the built site runs on the output of MkDocs and of Zensical.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.paths import ROOT
from tests.support.site_build import ENGINES, Engine, SiteBuild, build_site


@pytest.fixture(name="engine", scope="session", params=ENGINES)
def fixture_engine(request: pytest.FixtureRequest) -> Engine:
    """The engine that builds the site under test."""
    engine: Engine = request.param
    return engine


@pytest.fixture(name="site_build", scope="session")
def fixture_site_build(
    engine: Engine, tmp_path_factory: pytest.TempPathFactory
) -> SiteBuild:
    """Build the site once, strictly and offline, into a temporary folder."""
    return build_site(tmp_path_factory.mktemp(f"site-{engine}"), engine)


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
