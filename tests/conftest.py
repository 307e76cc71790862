"""Fixtures all suites share: SQLite databases deployed by the real Sqitch scripts."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import structlog

from python_service.storage.sqlite_schema import deploy_sqlite_plan


@pytest.fixture(name="project_root", scope="session")
def fixture_project_root(pytestconfig: pytest.Config) -> Path:
    """The project's folder, where pyproject.toml is and every command runs."""
    return pytestconfig.rootpath


@pytest.fixture(name="reset_logging", autouse=True)
def fixture_reset_logging() -> Iterator[None]:
    """Undo any `structlog.configure` and root logger set-up a test made."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    structlog.reset_defaults()
    root.handlers = handlers
    root.setLevel(level)


@pytest.fixture(name="pristine_sqlite", scope="session")
def fixture_pristine_sqlite(
    project_root: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The file `just db-test` left at SQLITE_TEST_DB_PATH, if newer than db/sqlite.

    Otherwise (no sqitch on this machine, or the schema changed since) the same
    deploy scripts are run here with the standard library's sqlite3, by the code
    `just db-deploy` uses without sqitch.
    """
    plan = project_root / "db" / "sqlite"
    prepared = project_root / (
        os.environ.get("SQLITE_TEST_DB_PATH") or "var/test.sqlite"
    )
    newest_script = max(path.stat().st_mtime for path in plan.rglob("*.*"))
    if prepared.is_file() and prepared.stat().st_mtime > newest_script:
        return prepared
    target = tmp_path_factory.mktemp("pristine") / "app.sqlite"
    deploy_sqlite_plan(plan, target)
    return target


@pytest.fixture(name="sqlite_db_path")
def fixture_sqlite_db_path(
    pristine_sqlite: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """This test's own copy of the pristine database."""
    target = tmp_path_factory.mktemp("db-test") / "app.sqlite"
    shutil.copy(pristine_sqlite, target)
    return target


@pytest.fixture(name="sqlite_db")
def fixture_sqlite_db(sqlite_db_path: Path) -> Iterator[sqlite3.Connection]:
    """A connection to this test's own copy of the pristine database."""
    conn = sqlite3.connect(sqlite_db_path)
    try:
        yield conn
    finally:
        conn.close()
