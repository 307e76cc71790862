"""`just db-deploy`: the service's database deployed with sqitch, or without it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from python_service.api import create_app
from python_service.db_deploy import main
from python_service.settings import load_settings
from python_service.storage import open_repository

NO_SQITCH_PATH = str(Path(sys.executable).parent)
"""The virtual environment's bin directory alone: python, and no sqitch."""


def deploy(root: Path, path: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m python_service.db_deploy` from the project's folder."""
    return subprocess.run(
        [sys.executable, "-m", "python_service.db_deploy"],
        cwd=root,
        env={"PATH": path, "HOME": os.environ.get("HOME", "/tmp"), **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )


def test_deploy_without_sqitch_serves_the_api(
    project_root: Path, tmp_path: Path
) -> None:
    """No sqitch on PATH: Python deploys the plan, and the app stores and reads."""
    database = tmp_path / "var" / "app.sqlite"

    result = deploy(project_root, NO_SQITCH_PATH, SQLITE_DB_PATH=str(database))

    assert "sqitch is not installed; deployed users" in result.stdout
    environ = {"SQLITE_DB_PATH": str(database)}
    with TestClient(create_app(open_repository(load_settings(environ)))) as client:
        posted = client.post("/users", json={"email": "a@example.com", "name": "A"})
        got = client.get(f"/users/{posted.json()['id']}")
    assert (posted.status_code, got.status_code) == (201, 200)
    assert got.json() == posted.json()


def test_second_deploy_does_nothing(
    project_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A database that has every change is left alone, its rows kept."""
    database = tmp_path / "app.sqlite"
    environ = {"PATH": "", "SQLITE_DB_PATH": str(database)}
    main(environ, project_root / "db")
    before = database.read_bytes()
    capsys.readouterr()

    main(environ, project_root / "db")

    assert capsys.readouterr().out.endswith("/db/sqlite; nothing to do\n")
    assert database.read_bytes() == before


def test_file_that_is_not_a_database_stops_the_deploy(
    project_root: Path, tmp_path: Path
) -> None:
    """SQLITE_DB_PATH names some other file: exit with SQLite's reason, file kept."""
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n" * 100)

    with pytest.raises(SystemExit, match="^db-deploy: file is not a database"):
        main({"PATH": "", "SQLITE_DB_PATH": str(notes)}, project_root / "db")

    assert notes.read_text() == "not a database\n" * 100


@pytest.mark.skipif(shutil.which("sqitch") is None, reason="sqitch is not installed")
def test_deploy_uses_sqitch_when_installed(
    project_root: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """sqitch on PATH: it deploys, and keeps its registry next to the database."""
    database = tmp_path / "app.sqlite"

    environ = {
        **os.environ,
        "SQLITE_DB_PATH": str(database),
        "DATABASE_URL": "",  # PostgreSQL only
    }
    main(environ, project_root / "db")

    out = capfd.readouterr().out
    assert out.startswith(
        f"db-deploy: deploying {project_root}/db/sqlite to {database} with sqitch"
    )
    assert "+ users .. ok" in out
    assert (tmp_path / "sqitch.sqlite").is_file()


def test_bad_setting_stops_the_deploy() -> None:
    """A bad variable: exit with the variable named, nothing deployed."""
    with pytest.raises(SystemExit, match="^db-deploy: PORT='x' is not allowed"):
        main({"PORT": "x"})


# PostgreSQL only
def test_postgres_without_sqitch_checks_the_schema(
    project_root: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """DATABASE_URL with the schema deployed, no sqitch: nothing to do."""
    main({"DATABASE_URL": postgres_url, "PATH": ""}, project_root / "db")

    assert capsys.readouterr().out.endswith("; nothing to do\n")


# PostgreSQL only
def test_unreachable_postgres_without_sqitch_stops_the_deploy() -> None:
    """No schema to find and no sqitch to deploy it: exit, saying what to do."""
    with pytest.raises(SystemExit, match="sqitch is not installed; deploy it"):
        main({"DATABASE_URL": "postgresql://app:app@127.0.0.1:1/app", "PATH": ""})


# PostgreSQL only
@pytest.mark.skipif(shutil.which("sqitch") is None, reason="sqitch is not installed")
def test_postgres_deploy_uses_sqitch(
    project_root: Path, postgres_url: str, capfd: pytest.CaptureFixture[str]
) -> None:
    """sqitch on PATH: it deploys to DATABASE_URL (already up to date here)."""
    main({**os.environ, "DATABASE_URL": postgres_url}, project_root / "db")

    out = capfd.readouterr().out
    assert out.startswith(
        f"db-deploy: deploying {project_root}/db/postgres to DATABASE_URL"
    )
    assert "Nothing to deploy (up-to-date)" in out
