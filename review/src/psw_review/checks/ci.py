"""PSW6xx: CI runs the check on every push, hooks before every commit (Phases 1, 3)."""

from __future__ import annotations

from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from psw_review.checks import listed, rules_of
from psw_review.site import RULE_URL

HOOKS = {
    "the format": ("ruff format --check", {"ruff-format"}),
    "the lint rules": ("ruff check", {"ruff", "ruff-check"}),
    "the lockfile": ("uv lock --check", {"uv-lock"}),
}
"""What the hooks must check: the command a local hook runs, or published hooks' ids."""


class CIRule:
    """Rules about the CI workflow and the commit hooks."""

    family = "psw-ci"
    url = RULE_URL
    requires: frozenset[str] = frozenset()


def job_commands(workflow: Any) -> dict[str, str]:
    """Every job of a workflow, by name, with all the commands its steps run."""
    jobs = workflow.get("jobs", {}) if isinstance(workflow, dict) else {}
    return {
        name: "\n".join(
            str(step.get("run", ""))
            for step in job.get("steps", [])
            if isinstance(step, dict)
        )
        for name, job in jobs.items()
        if isinstance(job, dict)
    }


def working_directories(workflow: Any) -> dict[str, set[str]]:
    """Every job of a workflow, by name, with the `working-directory` its steps use."""
    if not isinstance(workflow, dict):
        return {}
    found: dict[str, set[str]] = {}
    default = workflow.get("defaults", {}).get("run", {}).get("working-directory")
    for name, job in workflow.get("jobs", {}).items():
        if not isinstance(job, dict):
            continue
        job_default = job.get("defaults", {}).get("run", {}).get("working-directory")
        steps = [step for step in job.get("steps", []) if isinstance(step, dict)]
        found[name] = {
            str(folder).strip().removeprefix("./").rstrip("/")
            for folder in (default, job_default)
            + tuple(step.get("working-directory") for step in steps)
            if folder
        }
    return found


def folder_in(repository: Traversable, root: Traversable) -> str:
    """The reviewed folder's path in its repository (`services/api`); "" at the top."""
    if not (isinstance(root, Path) and isinstance(repository, Path)):
        return ""
    folder = root.resolve()
    if not folder.is_relative_to(repository.resolve()):
        return ""
    inside = folder.relative_to(repository.resolve()).as_posix()
    return "" if inside == "." else inside


class PSW601(CIRule):
    """A CI workflow runs `uv sync --locked` and `just check`"""

    @staticmethod
    def check(
        workflows: dict[str, Any], repository: Traversable, root: Traversable
    ) -> bool | str:
        """The same gate as on your machine, on every push and pull request."""
        if not workflows:
            return (
                "No workflow in `.github/workflows/` at the repository's top: add "
                "Phase 3's `ci.yml` (Continuous integration)."
            )
        folder = folder_in(repository, root)
        for workflow in workflows.values():
            directories = working_directories(workflow)
            for job, commands in job_commands(workflow).items():
                if (
                    "uv sync --locked" in commands
                    and "just check" in commands
                    and (
                        not folder
                        or folder in directories.get(job, set())
                        or f"cd {folder}" in commands
                    )
                ):
                    return True
        where = (
            f" in `{folder}` (`working-directory: {folder}` or `cd {folder}`)"
            if folder
            else ""
        )
        return (
            f"No job of {listed(workflows)} runs both `uv sync --locked` "
            f"and `uv run just check`{where}."
        )


class PSW602(CIRule):
    """Commit hooks check the format, the lint rules and the lockfile"""

    @staticmethod
    def check(repository: Traversable) -> bool | str:
        """`.pre-commit-config.yaml`, run by prek: what CI would reject stays local."""
        path = repository / ".pre-commit-config.yaml"
        if not path.is_file():
            return (
                "No `.pre-commit-config.yaml` at the repository's top: add "
                "Phase 1's (step 7), then `uv run prek install`."
            )
        config = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        checks = [
            str(hook.get("entry", ""))
            if repo.get("repo") == "local"
            else hook.get("id")
            for repo in config.get("repos", [])
            for hook in repo.get("hooks", [])
            if isinstance(hook, dict)
        ]
        missing = [
            what
            for what, (command, hook_ids) in HOOKS.items()
            if not any(check in hook_ids or command in str(check) for check in checks)
        ]
        if missing:
            return f"No commit hook checks {', '.join(missing)}."
        return True


def repo_review_checks() -> dict[str, CIRule]:
    """The rules of this family, for repo-review's entry point."""
    return rules_of(CIRule)
