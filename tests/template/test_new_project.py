"""The copier template: new projects pass their checks, and updates apply cleanly.

Each project is made from this repository's committed state, as `copier copy` against
the repository would, and checked in a reader's shell with uv offline (a warm cache).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.support.paths import ROOT
from tests.support.reader_shell import reader_environment
from tests.support.review import failed_rules
from tests.support.tools import tool
from tests.tutorial.reference import listed

OTHER_NAME = {"project_name": "zebra-orders", "description": "Orders, kept"}
SQLITE_ONLY = {"project_name": "sqlite-orders", "postgres": "false"}
POSTGRES_WORDS = ["postgres", "psycopg", "DATABASE_URL", "POOL_SIZE", "PostgreSQL only"]


def run(command: list[str], cwd: Path, home: Path) -> str:
    """Run a command in a reader's shell, uv offline; fail with its output."""
    env = {**reader_environment(home), "UV_OFFLINE": "1"}
    done = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, f"{command} in {cwd}:\n{done.stdout}{done.stderr}"
    return done.stdout


def copier(*args: str, cwd: Path) -> None:
    """Run copier, trusting the template's task, with no questions; fail with output."""
    done = subprocess.run(
        [tool("copier"), *args, "--trust", "--defaults", "--quiet"],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"copier {args[0]}:\n{done.stdout}{done.stderr}"


@pytest.fixture(name="template", scope="module")
def fixture_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clone of this repository's committed state: the template copier reads."""
    clone = tmp_path_factory.mktemp("template") / "repo"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
    return clone


def new_project(template: Path, folder: Path, data: dict[str, str]) -> Path:
    """`copier copy` the template into `folder` with the given answers."""
    answers = [f"--data={key}={value}" for key, value in data.items()]
    copier("copy", *answers, str(template), str(folder), cwd=folder.parent)
    return folder


@pytest.mark.parametrize(
    "data",
    [{}, OTHER_NAME, SQLITE_ONLY],
    ids=["defaults", "other-name", "sqlite-only"],
)
def test_new_project_is_green_and_formatted(
    template: Path, tmp_path: Path, data: dict[str, str]
) -> None:
    """`just check` green, every review rule passed, hooks green, `just fmt` idle."""
    project = new_project(template, tmp_path / "project", data)
    home = tmp_path / "home"
    run(["git", "init", "--quiet"], project, home)
    run(["uv", "run", "just", "check"], project, home)
    run(["git", "add", "--all"], project, home)
    run(["git", "commit", "--quiet", "--message", "new project"], project, home)
    assert failed_rules(project) == {}
    run(["uv", "run", "prek", "run", "--all-files"], project, home)
    run(["uv", "run", "just", "fmt"], project, home)
    assert run(["git", "status", "--porcelain"], project, home) == ""


def test_just_new_passes_answers_on(tmp_path: Path) -> None:
    """`just new DIR --data ...` makes the project with those answers."""
    project = tmp_path / "project"
    just = [tool("just"), "--justfile", str(ROOT / "justfile")]
    run([*just, "new", str(project), "--data", "postgres=false"], tmp_path, tmp_path)

    assert "\npostgres: false\n" in (project / ".copier-answers.yml").read_text()
    assert not (project / "db" / "postgres").exists()


def test_default_project_holds_the_reference_files(
    template: Path, tmp_path: Path
) -> None:
    """With the default names, the service's files are the reference's, bytewise."""
    project = new_project(template, tmp_path / "project", {})
    run(["git", "init", "--quiet"], project, tmp_path / "home")
    assert listed(project) == listed(template)


def test_other_name_renames_the_package(template: Path, tmp_path: Path) -> None:
    """The package folder and each mention of the reference names follow the answer."""
    project = new_project(template, tmp_path / "project", OTHER_NAME)
    home = tmp_path / "home"
    run(["git", "init", "--quiet"], project, home)
    files = run(["git", "ls-files", "--others", "--exclude-standard"], project, home)
    texts = [(project / name).read_text("utf-8") for name in files.split()]
    assert (project / "src" / "zebra_orders" / "__init__.py").is_file()
    assert not (project / "src" / "python_service").exists()
    assert [t for t in texts if "python_service" in t or "python-service" in t] == []
    assert 'description = "Orders, kept"' in (project / "pyproject.toml").read_text()


def test_sqlite_only_project_holds_no_postgresql(
    template: Path, tmp_path: Path
) -> None:
    """Without PostgreSQL: no file, package, setting, marker or CI service of it."""
    project = new_project(template, tmp_path / "project", SQLITE_ONLY)
    home = tmp_path / "home"
    run(["git", "init", "--quiet"], project, home)
    files = run(["git", "ls-files", "--others", "--exclude-standard"], project, home)
    texts = {name: (project / name).read_text("utf-8") for name in files.split()}
    answers = texts.pop(".copier-answers.yml")
    mentions = [
        f"{name}: {line.strip()}"
        for name, text in texts.items()
        for line in text.splitlines()
        if any(word in line for word in POSTGRES_WORDS)
    ]

    assert [name for name in texts if "postgres" in name] == []
    assert mentions == []
    assert "\npostgres: false\n" in answers  # so that `copier update` keeps it out
    assert "services:" not in texts[".github/workflows/ci.yml"]
    assert "db/sqlite/sqitch.plan" in texts


@pytest.mark.parametrize("data", [{}, SQLITE_ONLY], ids=["defaults", "sqlite-only"])
def test_update_from_an_older_commit_applies_cleanly(
    template: Path, tmp_path: Path, data: dict[str, str]
) -> None:
    """A project made from commit A takes commit B's change with `copier update`."""
    home = tmp_path / "home"
    older = tmp_path / "older-template"
    run(["git", "clone", "--quiet", str(template), str(older)], tmp_path, home)
    project = new_project(older, tmp_path / "project", data)
    run(["git", "init", "--quiet"], project, home)
    run(["git", "add", "--all"], project, home)
    run(["git", "commit", "--quiet", "--message", "from A"], project, home)
    example = older / ".env.example"
    example.write_text("# New in B\n" + example.read_text("utf-8"), "utf-8")
    run(["git", "commit", "--quiet", "--all", "--message", "B"], older, home)

    copier("update", cwd=project)

    assert (project / ".env.example").read_text("utf-8").startswith("# New in B\n")
    changed = run(["git", "status", "--porcelain"], project, home).splitlines()
    assert sorted(changed) == [" M .copier-answers.yml", " M .env.example"]
