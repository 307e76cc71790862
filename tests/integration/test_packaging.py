"""What the Dockerfile ships: the wheel and the locked runtime dependencies, no src/."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import httpx2
import pytest

from tests.integration.service_process import running_service


def uv(root: Path, *args: str | Path) -> None:
    """Run a uv command in the project's folder; fail on a non-zero exit."""
    subprocess.run(["uv", *map(str, args)], cwd=root, check=True, timeout=300)


@pytest.fixture(name="installed_python", scope="module")
def fixture_installed_python(
    project_root: Path, tmp_path_factory: pytest.TempPathFactory
) -> str:
    """A fresh environment: the built wheel and the locked runtime dependencies only."""
    folder = tmp_path_factory.mktemp("packaging")
    uv(project_root, "build", "--wheel", "--quiet", "--out-dir", folder / "dist")
    requirements = folder / "requirements.txt"
    uv(
        project_root,
        "export",
        "--locked",
        "--no-default-groups",
        "--no-emit-project",
        "--no-hashes",
        "--quiet",
        "-o",
        requirements,
    )
    uv(project_root, "venv", "--quiet", "--python", "3.12", folder / "venv")
    python = folder / "venv" / "bin" / "python"
    wheel = next((folder / "dist").glob("*.whl"))
    uv(
        project_root,
        "pip",
        "install",
        "--quiet",
        "--python",
        python,
        "-r",
        requirements,
        wheel,
    )
    return str(python)


def test_the_wheel_holds_the_package(
    installed_python: str, project_root: Path, tmp_path: Path
) -> None:
    """The service imports from site-packages, not from the checkout's src/."""
    found = subprocess.run(
        [
            installed_python,
            "-c",
            "import python_service; print(python_service.__file__)",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()

    assert "site-packages" in found
    assert not Path(found).is_relative_to(project_root)


@pytest.mark.parametrize("tool", ["pytest", "ruff", "mypy", "mkdocs", "playwright"])
def test_no_development_tool_ships(installed_python: str, tool: str) -> None:
    """The runtime environment holds none of the dependency groups' tools."""
    probe = f"import importlib.util; print(importlib.util.find_spec({tool!r}))"
    found = subprocess.run(
        [installed_python, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()

    assert found == "None"


def test_the_installed_service_serves_in_production(
    installed_python: str, pristine_sqlite: Path, tmp_path: Path
) -> None:
    """Started as the image starts it: stores a user, reads it back, logs JSON only."""
    database = tmp_path / "app.sqlite"
    shutil.copy(pristine_sqlite, database)
    env = {
        "PATH": os.environ["PATH"],
        "APP_ENV": "production",
        "SQLITE_DB_PATH": str(database),
    }

    with running_service(installed_python, env, cwd=tmp_path) as service:
        posted = httpx2.post(
            f"{service.url}/users", json={"email": "a@example.com", "name": "A"}
        )
        got = httpx2.get(f"{service.url}/users/{posted.json()['id']}")

    assert (posted.status_code, got.status_code) == (201, 200)
    assert got.json() == posted.json()
    events = [json.loads(line)["event"] for line in service.output.splitlines()]
    assert events.count("request") == 3  # the health check, the POST and the GET
