"""Making projects from the template as a reader would: copier, then their own tools."""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from pathlib import Path

import copier as copier_api
import yaml

from template.finish_project import finish

from tests.support.paths import ROOT
from tests.support.reader_shell import reader_environment
from tests.support.tools import tool

TEMPLATE_FOLDER = "python-service-workflow"
"""The clone's folder name: the Quickstart's address ends in it, and it contains the
reference's distribution name, which the template's task must leave alone."""


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


def clone(folder: Path) -> Path:
    """A clone of this repository's committed state, in `folder/{TEMPLATE_FOLDER}`."""
    repository = folder / TEMPLATE_FOLDER
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(repository)], check=True)
    return repository


def new_project(
    template: Path, folder: Path, data: dict[str, str], *, ref: str = "HEAD"
) -> Path:
    """`copier copy` the template's `ref` into `folder` with the given answers.

    The tests take HEAD, the commit under test: without a ref (`ref=""`) copier takes
    the newest release tag, which a clone may carry.
    """
    answers = [f"--data={key}={value}" for key, value in data.items()]
    answers += [f"--vcs-ref={ref}"] if ref else []
    copier(
        "copy",
        *answers,
        str(template),
        str(folder),
        cwd=folder.parent,
    )
    return folder


def commit_all(project: Path, home: Path, message: str) -> None:
    """`git add --all` and commit, in a reader's shell."""
    run(["git", "add", "--all"], project, home)
    run(["git", "commit", "--quiet", "--message", message], project, home)


def finished(snapshot: Path, project: Path, data: Mapping[str, object]) -> Path:
    """copier's API renders the snapshot (a template without Git) into `project` with
    these answers and the others' defaults; the task then finishes it in-process, less
    its tools (`uv lock`, ruff), which test_new_project.py runs."""
    copier_api.run_copy(
        str(snapshot),
        project,
        data=dict(data),
        defaults=True,
        skip_tasks=True,
        quiet=True,
    )
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text("utf-8"))
    finish(
        project,
        answers["project_name"],
        answers["package_name"],
        answers["description"],
        answers["postgres"],
        answers["license"],
    )
    return project
