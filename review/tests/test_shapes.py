"""Real-world shapes get the verdicts they should, each with its reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from psw_review import skipped_rules
from repo_review.families import Family
from repo_review.processor import process

from tests.folders import failures, git, replace
from tests.shapes import (
    SERVICE,
    WORKSPACE_MEMBERS,
    library,
    monorepo,
    with_frontend_stage,
    workspace,
    write,
)


def verdicts(folder: Path) -> dict[str, bool | None]:
    """Every PSW rule's result for `folder`: passed, failed, or None when skipped."""
    _, results = process(folder, select={"PSW"})
    return {result.name: result.result for result in results}


def families(folder: Path) -> dict[str, Family]:
    """The families of the report on `folder`, with what their descriptions note."""
    found, _ = process(folder, select={"PSW"})
    return found


def test_workspace_root_names_its_members(tmp_path: Path) -> None:
    """The root's report names the members its `uv.lock` pins."""
    root = workspace(tmp_path / "shop")

    note = families(root)["psw-project"]["description"]

    assert (
        "The root of a uv workspace, whose `uv.lock` pins its members: "
        "`packages/billing`, `packages/orders`." == note
    )
    assert {"PSW101": True, "PSW102": True} == {
        rule: passed for rule, passed in verdicts(root).items() if rule < "PSW103"
    }


@pytest.mark.parametrize("member", WORKSPACE_MEMBERS)
def test_workspace_member_passes_on_the_roots_lock(tmp_path: Path, member: str) -> None:
    """A member has no `uv.lock` of its own: the root's is checked, and named."""
    folder = workspace(tmp_path / "shop") / member

    assert not (folder / "uv.lock").exists()
    assert verdicts(folder)["PSW101"] is True
    assert verdicts(folder)["PSW102"] is True
    assert (
        "A member of the uv workspace at `../..`: its `uv.lock` there pins this "
        "folder too." == families(folder)["psw-project"]["description"]
    )


def test_workspace_member_fails_on_a_stale_workspace_lock(tmp_path: Path) -> None:
    """A member whose `pyproject.toml` changed since the root's lock fails PSW102."""
    folder = workspace(tmp_path / "shop") / "packages/orders"
    replace(folder / "pyproject.toml", 'version = "0.1.0"', 'version = "0.2.0"')

    failed = failures(folder)

    assert ["PSW102"] == [rule for rule in failed if rule < "PSW103"]
    assert "`uv lock --check` says the lock is stale" in failed["PSW102"]


def test_workspace_member_fails_without_the_roots_lock(tmp_path: Path) -> None:
    """Without the root's `uv.lock`, the member is told where to run `uv lock`."""
    folder = workspace(tmp_path / "shop") / "packages/orders"
    git(folder, "rm", "--quiet", "--force", "../../uv.lock")

    failed = failures(folder)

    assert (
        "No `uv.lock` at the root of this folder's uv workspace (`../..`): "
        "run `uv lock` there." in failed["PSW101"]
    )


def test_service_in_a_monorepo_subfolder_passes(tmp_path: Path) -> None:
    """Git's files at the top: a parent `.gitignore`, the top's workflow and hooks."""
    service = monorepo(tmp_path / "monorepo")

    assert (service / ".env").is_file()
    assert not (service / ".gitignore").exists()
    assert {} == failures(service)
    assert verdicts(service)["PSW401"] is True


def test_service_in_a_monorepo_needs_a_job_in_its_folder(tmp_path: Path) -> None:
    """A CI job that runs elsewhere in the monorepo does not check this service."""
    service = monorepo(tmp_path / "monorepo")
    workflow = tmp_path / "monorepo/.github/workflows/ci.yml"
    replace(workflow, f"working-directory: {SERVICE}", "working-directory: web")

    assert {
        "PSW601": "No job of `ci.yml` runs both `uv sync --locked` and "
        f"`uv run just check` in `{SERVICE}` (`working-directory: {SERVICE}` "
        f"or `cd {SERVICE}`)."
    } == {rule: says.split("\n")[0] for rule, says in failures(service).items()}


def test_service_in_a_monorepo_with_cd_passes(tmp_path: Path) -> None:
    """`cd services/api && …` in the job's step runs it in the service's folder."""
    service = monorepo(tmp_path / "monorepo")
    workflow = tmp_path / "monorepo/.github/workflows/ci.yml"
    replace(
        workflow, f"        working-directory: {SERVICE}\n", "        shell: bash\n"
    )
    replace(workflow, "run: uv sync --locked", f"run: cd {SERVICE} && uv sync --locked")
    replace(workflow, "run: uv run just", f"run: cd {SERVICE} && uv run just")

    assert {} == failures(service)


def test_service_in_a_monorepo_with_dot_env_not_ignored_fails(tmp_path: Path) -> None:
    """No ignore file of the repository ignores `.env`: PSW401 fails."""
    service = monorepo(tmp_path / "monorepo")
    replace(tmp_path / "monorepo/.gitignore", ".env\n", "")

    assert "Git does not ignore `.env`" in failures(service)["PSW401"]


def test_library_skips_the_container_rules(tmp_path: Path) -> None:
    """A library (the `uv init --lib` shape) is not told "No Dockerfile"."""
    folder = library(tmp_path / "tidy-dates")

    skipped = skipped_rules(folder)

    assert not any(rule.startswith("PSW5") for rule in failures(folder))
    assert skipped["PSW501"].startswith(
        "a library: a `[build-system]`, no `Dockerfile`, no `[project.scripts]` and "
        "no web server or ASGI/WSGI framework in its dependencies."
    )


def test_service_without_a_dockerfile_still_fails(tmp_path: Path) -> None:
    """The same package that depends on an ASGI framework is a service: PSW501 fails."""
    folder = library(tmp_path / "orders-api")
    replace(
        folder / "pyproject.toml", "dependencies = []", 'dependencies = ["starlette"]'
    )

    assert "No `Dockerfile`" in failures(folder)["PSW501"]


def test_frontend_stage_is_not_judged(project: Path) -> None:
    """A node stage that builds assets for the image passes PSW502, 503 and 505."""
    with_frontend_stage(project)

    assert {} == failures(project)


def test_frontend_stage_does_not_hide_a_second_python_image(project: Path) -> None:
    """The stages that install and run the service are still judged."""
    with_frontend_stage(project)
    replace(project / "Dockerfile", "AS build", "AS build-old")
    replace(
        project / "Dockerfile",
        "FROM python:3.12-slim AS build-old",
        "FROM python:3.13-slim AS build",
    )

    assert (
        "The stages that install and run the service start from "
        "`python:3.13-slim`, `python:3.12-slim`: use one image."
    ) in failures(project)["PSW505"]


def test_from_stage_chain_is_one_base(project: Path) -> None:
    """`FROM base AS build` and a final `FROM base`: one image, through the chain."""
    text = (project / "Dockerfile").read_text(encoding="utf-8")
    text = text.replace(
        "FROM python:3.12-slim AS build",
        "FROM python:3.12-slim AS base\nFROM base AS build",
    )
    text = text.replace("FROM python:3.12-slim\n", "FROM base\n")
    (project / "Dockerfile").write_text(text, encoding="utf-8")

    assert {} == failures(project)


def test_python_not_installed_skips_the_lock_check(project: Path) -> None:
    """No interpreter for the project's Python: PSW102 is skipped, naming it."""
    write(project, ".python-version", "3.15\n")

    assert verdicts(project)["PSW102"] is None
    assert skipped_rules(project)["PSW102"] == (
        "no interpreter for Python 3.15 is installed here, so `uv lock --check` could "
        "not run: `uv python install 3.15`, then review again."
    )
    assert "PSW102" not in failures(project)


def test_uv_missing_skips_the_lock_check(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without uv, PSW102 is skipped, and says so."""
    monkeypatch.setenv("UV", "")
    monkeypatch.setenv("PATH", "/usr/bin:/bin")

    assert skipped_rules(project)["PSW102"] == (
        "`uv` is not installed, so `uv lock --check` could not run."
    )
    assert {} == failures(project)


def test_requires_python_not_installed_skips_the_lock_check(project: Path) -> None:
    """`requires-python` no installed interpreter meets: skipped, naming the bound."""
    (project / ".python-version").unlink()
    replace(
        project / "pyproject.toml",
        'requires-python = ">=3.12"',
        'requires-python = ">=3.15"',
    )

    assert skipped_rules(project)["PSW102"].startswith(
        "no interpreter for Python >=3.15 is installed here"
    )
