"""The copier template: new projects pass their checks, and updates apply cleanly.

Each project is made from this repository's committed state, cloned into a folder
named like the Quickstart's address, and checked in a reader's shell with uv offline
(a warm cache).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.support.paths import ROOT
from tests.support.review import failed_rules
from tests.support.tools import tool
from tests.template.projects import clone, commit_all, copier, new_project, run
from tests.tutorial.reference import listed

QUICKSTART = {"project_name": "my-service", "description": 'Bob\'s "orders" service'}
"""The Quickstart's name, and a description that needs quoting in TOML and YAML."""
OTHER_PACKAGE = {"project_name": "Zebra.Orders", "package_name": "orders"}
"""A distribution name that is not the package's, in a spelling PEP 508 allows."""
SQLITE_ONLY = {"project_name": "sqlite-orders", "postgres": "false"}
POSTGRES_WORDS = ["postgres", "psycopg", "DATABASE_URL", "POOL_SIZE", "PostgreSQL only"]


def answers(project: Path) -> dict[str, object]:
    """Copier's answers file of the project, parsed."""
    text = (project / ".copier-answers.yml").read_text("utf-8")
    parsed: dict[str, object] = yaml.safe_load(text)
    return parsed


@pytest.mark.parametrize(
    "data",
    [{}, QUICKSTART, OTHER_PACKAGE, SQLITE_ONLY],
    ids=["defaults", "quickstart", "other-package", "sqlite-only"],
)
def test_new_project_is_complete_green_and_formatted(
    template: Path, tmp_path: Path, data: dict[str, str]
) -> None:
    """Committed as made, `just check` is green and leaves Git clean; so do the
    review rules, the hooks and `just fmt`."""
    project = new_project(template, tmp_path / "project", data)
    home = tmp_path / "home"
    run(["git", "init", "--quiet"], project, home)
    commit_all(project, home, "new project")
    run(["uv", "run", "just", "check"], project, home)
    assert run(["git", "status", "--porcelain"], project, home) == ""
    assert failed_rules(project) == {}
    run(["uv", "run", "prek", "run", "--all-files"], project, home)
    run(["uv", "run", "just", "fmt"], project, home)
    assert run(["git", "status", "--porcelain"], project, home) == ""


def test_answers_file_keeps_the_address_and_the_answers(
    template: Path, tmp_path: Path
) -> None:
    """`.copier-answers.yml` is copier's: the address as given, the answers as typed."""
    project = new_project(template, tmp_path / "project", QUICKSTART)
    found = answers(project)

    assert found.pop("_src_path") == str(template)
    assert str(found.pop("_commit"))
    assert found == {
        **QUICKSTART,
        "package_name": "my_service",
        "postgres": True,
        "license": "MIT",
    }


def test_readme_links_to_the_playbook_as_written(
    template: Path, tmp_path: Path
) -> None:
    """A URL that contains the reference's name is not the name: it stays."""
    project = new_project(template, tmp_path / "project", QUICKSTART)
    readme = (project / "README.md").read_text("utf-8")

    assert readme.startswith('# my-service\n\nBob\'s "orders" service\n')
    assert "(https://python-service-workflow.example.org/)" in readme


def test_just_new_passes_answers_on(tmp_path: Path) -> None:
    """`just new DIR --data ...` makes the project with those answers."""
    project = tmp_path / "project"
    just = [tool("just"), "--justfile", str(ROOT / "justfile")]
    run([*just, "new", str(project), "--data", "postgres=false"], tmp_path, tmp_path)

    assert answers(project)["postgres"] is False
    assert not (project / "db" / "postgres").exists()


def test_default_project_holds_the_reference_files(
    template: Path, tmp_path: Path
) -> None:
    """With the default names, the service's files are the reference's, bytewise; of
    the workflows, only the reader's CI (this repository's own stay out, ADR 0013)."""
    project = new_project(template, tmp_path / "project", {})
    run(["git", "init", "--quiet"], project, tmp_path / "home")
    assert listed(project) == listed(template)
    workflows = project / ".github" / "workflows"
    assert [path.name for path in workflows.iterdir()] == ["ci.yml"]
    assert (workflows / "ci.yml").read_bytes() == (
        template / ".github" / "workflows" / "ci.yml"
    ).read_bytes()


def test_other_names_rename_the_package_and_the_distribution(
    template: Path, tmp_path: Path
) -> None:
    """The package folder and each mention of the reference names follow the answers."""
    project = new_project(template, tmp_path / "project", OTHER_PACKAGE)
    home = tmp_path / "home"
    run(["git", "init", "--quiet"], project, home)
    files = run(["git", "ls-files", "--others", "--exclude-standard"], project, home)
    texts = [(project / name).read_text("utf-8") for name in files.split()]
    leftovers = [t for t in texts if "python_service" in t or '"python-service"' in t]
    assert (project / "src" / "orders" / "__init__.py").is_file()
    assert not (project / "src" / "python_service").exists()
    assert leftovers == []
    assert 'name = "Zebra.Orders"' in (project / "pyproject.toml").read_text()


def test_sqlite_only_project_holds_no_postgresql(
    template: Path, tmp_path: Path
) -> None:
    """Without PostgreSQL: no file, package, setting, marker or CI service of it."""
    project = new_project(template, tmp_path / "project", SQLITE_ONLY)
    home = tmp_path / "home"
    run(["git", "init", "--quiet"], project, home)
    files = run(["git", "ls-files", "--others", "--exclude-standard"], project, home)
    texts = {name: (project / name).read_text("utf-8") for name in files.split()}
    del texts[".copier-answers.yml"], texts["uv.lock"]
    mentions = [
        f"{name}: {line.strip()}"
        for name, text in texts.items()
        for line in text.splitlines()
        if any(word in line for word in POSTGRES_WORDS)
    ]

    assert [name for name in texts if "postgres" in name] == []
    assert mentions == []
    assert answers(project)["postgres"] is False  # so `copier update` keeps it out
    assert "services:" not in texts[".github/workflows/ci.yml"]
    assert "db/sqlite/sqitch.plan" in texts


@pytest.mark.parametrize("postgres", ["true", "false"], ids=["postgres", "sqlite-only"])
@pytest.mark.parametrize("names", [{}, QUICKSTART], ids=["defaults", "quickstart"])
def test_update_from_an_older_commit_applies_cleanly(
    tmp_path: Path, names: dict[str, str], postgres: str
) -> None:
    """A project made from commit A and committed takes commit B's change with
    `copier update`, from an address that contains the reference's name."""
    home = tmp_path / "home"
    older = clone(tmp_path)
    project = new_project(older, tmp_path / "project", {**names, "postgres": postgres})
    run(["git", "init", "--quiet"], project, home)
    commit_all(project, home, "from A")
    example = older / ".env.example"
    example.write_text("# New in B\n" + example.read_text("utf-8"), "utf-8")
    run(["git", "commit", "--quiet", "--all", "--message", "B"], older, home)

    copier("update", "--vcs-ref=HEAD", cwd=project)

    assert (project / ".env.example").read_text("utf-8").startswith("# New in B\n")
    changed = run(["git", "status", "--porcelain"], project, home).splitlines()
    assert sorted(changed) == [" M .copier-answers.yml", " M .env.example"]
    assert answers(project)["_src_path"] == str(older)
