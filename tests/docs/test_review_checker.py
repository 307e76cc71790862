"""The Checklists page's three ways to run the checker work as written, from a clone.

The uvx commands run with only the repository's address changed, to a scratch clone;
the hook runs under pre-commit and prek from that clone, pinned to its commit. uv
installs the checker's dependencies as a reader's uv would: from its cache, else from
the index.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from playbook_markdown.blocks import Block, read_page
from playbook_markdown.site_address import LOCAL_SITE_URL, copy_address

from tests.support.paths import DOCS, ROOT
from tests.support.shell_script import script_commands
from tests.support.site_config import site_config
from tests.support.tools import tool

PAGE = DOCS / "checklists.md"
UV_ENV = {**os.environ, "VIRTUAL_ENV": "", "UV_PYTHON": sys.executable}
"""uv as a reader runs it, on the Python of these tests."""


def address() -> str:
    """The repository's address as the page writes it: the local site's copy."""
    return copy_address(LOCAL_SITE_URL, site_config()["repo_name"])


def uvx_commands() -> list[list[str]]:
    """The page's `uvx` commands, as argv."""
    return [
        argv
        for block in read_page(PAGE)
        if block.language == "bash"
        for _, argv in script_commands(block.source)
        if argv[0] == "uvx"
    ]


def hook_config() -> Block:
    """The page's block of the hook configuration."""
    [block] = [b for b in read_page(PAGE) if b.title and "pre-commit-config" in b.title]
    return block


@pytest.fixture(name="clone", scope="module")
def fixture_clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch clone of this repository's committed state."""
    clone = tmp_path_factory.mktemp("origin") / "python-service-workflow"
    subprocess.run(["git", "clone", "--quiet", ROOT, clone], check=True)
    return clone


def run(argv: list[str], folder: Path) -> subprocess.CompletedProcess[str]:
    """Run `argv` in `folder`, offline."""
    return subprocess.run(
        argv, cwd=folder, env=UV_ENV, capture_output=True, text=True, check=False
    )


def from_clone(argv: list[str], clone: Path) -> list[str]:
    """The command with the repository's address replaced by the clone's."""
    assert any(address() in word for word in argv), shlex.join(argv)
    return [word.replace(address(), clone.as_uri()) for word in argv]


def test_the_page_shows_the_command_and_the_json_command() -> None:
    """Two commands: the report, and the same as JSON for CI."""
    ending = [argv[argv.index("psw-review") :] for argv in uvx_commands()]

    assert [["psw-review", "."], ["psw-review", "--format", "json", "."]] == ending


def test_uvx_command_passes_this_repository(clone: Path) -> None:
    """Installed from the clone's `review/`, the checker passes the reference."""
    command = from_clone(uvx_commands()[0], clone)

    done = run(command, clone)

    assert 0 == done.returncode, done.stdout + done.stderr
    assert "PSW101" in done.stdout


def test_uvx_command_fails_a_project_without_a_lockfile(clone: Path) -> None:
    """The same command exits with 3 on a folder that fails a rule, naming it."""
    command = from_clone(uvx_commands()[0], clone)
    (clone / "uv.lock").rename(clone / "uv.lock.away")
    try:
        done = run(command, clone)
    finally:
        (clone / "uv.lock.away").rename(clone / "uv.lock")

    assert 3 == done.returncode, done.stdout + done.stderr
    assert "No uv.lock" in done.stdout


def test_json_command_holds_every_psw_result(clone: Path) -> None:
    """`--format json` parses, and holds each PSW rule's result and the families."""
    command = from_clone(uvx_commands()[1], clone)

    done = run(command, clone)
    report = json.loads(done.stdout)

    assert 0 == done.returncode, done.stderr
    assert "passed" == report["status"]
    rules = {rule: check["result"] for rule, check in report["checks"].items()}
    assert rules and all(rule.startswith("PSW") for rule in rules)
    assert all(result is True for result in rules.values())
    assert "psw-project" in report["families"]


def hooked_project(clone: Path, folder: Path) -> Path:
    """A clone of this repository whose hooks add the page's, pointed at `clone`."""
    subprocess.run(["git", "clone", "--quiet", clone, folder], check=True)
    ours = yaml.safe_load((folder / ".pre-commit-config.yaml").read_text("utf-8"))
    page = yaml.safe_load(hook_config().source)
    commit = subprocess.run(
        ["git", "-C", clone, "rev-parse", "HEAD"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    for repo in page["repos"]:
        assert address() == repo["repo"]
        repo |= {"repo": clone.as_uri(), "rev": commit}
    ours["repos"] += page["repos"]
    (folder / ".pre-commit-config.yaml").write_text(yaml.safe_dump(ours), "utf-8")
    subprocess.run(["git", "-C", folder, "add", "."], check=True)
    return folder


@pytest.mark.parametrize("name", ["prek", "pre-commit"])
def test_hook_passes_and_fails(clone: Path, tmp_path: Path, name: str) -> None:
    """`run --all-files` passes on the reference and fails without `.env.example`."""
    project = hooked_project(clone, tmp_path / "project")
    homes = {"PRE_COMMIT_HOME": str(tmp_path / "cache"), "PREK_HOME": str(tmp_path)}
    hook = [tool(name), "run", "--all-files", "psw-review"]

    def run_hook() -> subprocess.CompletedProcess[str]:
        """The hook, run as a team runs it."""
        return subprocess.run(
            hook,
            cwd=project,
            env={**UV_ENV, **homes},
            capture_output=True,
            text=True,
            check=False,
        )

    passed = run_hook()
    subprocess.run(
        ["git", "-C", project, "rm", "-q", "--cached", ".env.example"], check=True
    )
    failed = run_hook()

    assert 0 == passed.returncode, passed.stdout + passed.stderr
    assert 0 != failed.returncode
    assert "PSW402" in failed.stdout
