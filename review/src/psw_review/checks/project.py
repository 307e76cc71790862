"""PSW1xx: the uv project, its lockfile and its dependency groups (Phase 1)."""

from __future__ import annotations

from importlib.resources.abc import Traversable
from typing import Any

from psw_review.checks import listed, requirement_names, rules_of
from psw_review.lock_check import LockCheck, Stale
from psw_review.site import RULE_URL
from psw_review.skips import Skip
from psw_review.workspace import Workspace

TOOLS = frozenset(
    {"black", "coverage", "mypy", "pre-commit", "prek", "pyright", "pytest"}
    | {"pytest-cov", "ruff", "rust-just"}
)
"""Development tools the playbook names: they belong in dependency groups."""


class ProjectRule:
    """Rules about `pyproject.toml`, `uv.lock` and the project's folders."""

    family = "psw-project"
    url = RULE_URL
    requires: frozenset[str] = frozenset()


class PSW101(ProjectRule):
    """`uv.lock` is committed"""

    @staticmethod
    def check(
        root: Traversable,
        tracked_files: frozenset[str] | None,
        workspace: Workspace | None,
    ) -> bool | str:
        """The lockfile pins every version, so every clone installs the same ones."""
        if workspace is not None and workspace.is_member:
            return member_lock(workspace)
        if not (root / "uv.lock").is_file():
            return (
                "No `uv.lock`: run `uv lock` (any `uv sync` or `uv run` writes it too)."
            )
        if tracked_files is not None and "uv.lock" not in tracked_files:
            return "`uv.lock` is not tracked by Git: `git add uv.lock pyproject.toml`."
        return True


def member_lock(workspace: Workspace) -> bool | str:
    """PSW101 for a workspace member: the workspace root's `uv.lock` is committed."""
    root = workspace.root_from_folder
    if not workspace.lock.is_file():
        return (
            f"No `uv.lock` at the root of this folder's uv workspace (`{root}`): "
            f"run `uv lock` there."
        )
    if workspace.lock_tracked is False:
        return (
            f"The workspace's `{root}/uv.lock` is not tracked by Git: "
            f"`git add {root}/uv.lock`."
        )
    return True


class PSW102(ProjectRule):
    """`uv.lock` is current: `uv lock --check` passes"""

    requires = frozenset({"PSW101"})

    @staticmethod
    def check(lock_check: LockCheck) -> bool | str | Skip | None:
        """`uv sync --locked` fails on a stale lockfile; skipped if uv cannot check."""
        match lock_check:
            case Stale(said=said):
                return (
                    f"`uv lock --check` says the lock is stale ({said}): "
                    "run `uv lock` and commit `uv.lock` with `pyproject.toml`."
                )
            case Skip() | None:
                return lock_check
        return True


class PSW103(ProjectRule):
    """Development tools are in dependency groups, not extras or `dev-dependencies`"""

    @staticmethod
    def check(pyproject: dict[str, Any]) -> bool | str:
        """Not in `[tool.uv] dev-dependencies` (deprecated), nor in the published
        dependencies or extras."""
        project = pyproject.get("project", {})
        published = {"`dependencies`": project.get("dependencies", [])} | {
            f"extra `{extra}`": requirements
            for extra, requirements in project.get("optional-dependencies", {}).items()
        }
        problems = [
            f"{listed(sorted(tools))} in {where} (published with the package)"
            for where, requirements in published.items()
            if (tools := requirement_names(requirements) & TOOLS)
        ]
        if "dev-dependencies" in pyproject.get("tool", {}).get("uv", {}):
            problems.append("`[tool.uv] dev-dependencies`, which uv deprecates")
        if not pyproject.get("dependency-groups"):
            problems.append("no `[dependency-groups]` table")
        if problems:
            return (
                "Found "
                + "; ".join(problems)
                + ". Add tools with `uv add --group test pytest` or `uv add --dev …`."
            )
        return True


class PSW104(ProjectRule):
    """`uv sync` installs every group: `default-groups = "all"`"""

    @staticmethod
    def check(pyproject: dict[str, Any]) -> bool | str:
        """Without it `uv sync` and `uv run` install only the `dev` group."""
        match pyproject:
            case {"tool": {"uv": {"default-groups": "all"}}}:
                return True
        return (
            'Add `default-groups = "all"` under `[tool.uv]`: otherwise `uv sync` '
            "installs only the `dev` group, and the test and lint tools are missing."
        )


class PSW105(ProjectRule):
    """Tests live in `tests/unit/` and `tests/integration/`"""

    @staticmethod
    def check(root: Traversable) -> bool | str:
        """The unit tests need nothing; the integration tests need a database."""
        missing = [
            folder
            for folder in ("tests/unit", "tests/integration")
            if not (root / folder).is_dir()
        ]
        if missing:
            return (
                f"Missing {listed(missing)}: `mkdir -p tests/unit tests/integration`."
            )
        return True


def repo_review_checks() -> dict[str, ProjectRule]:
    """The rules of this family, for repo-review's entry point."""
    return rules_of(ProjectRule)
