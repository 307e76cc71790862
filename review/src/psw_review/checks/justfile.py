"""PSW3xx: the justfile, the one door to every command (Phase 1, step 4)."""

from __future__ import annotations

from typing import Any

from psw_review.checks import listed, requirement_names, rules_of
from psw_review.fixtures import Justfile, Unreadable
from psw_review.site import RULE_URL

TOOL_RECIPES = ("fmt", "fmt-check", "lint", "typecheck", "test")
"""The recipes that run a tool; `check` runs them all."""

GATE = ("fmt-check", "lint", "typecheck", "test")
"""What `check` depends on, in Phase 1's order."""


class JustfileRule:
    """Rules about the justfile, read by `just --dump`."""

    family = "psw-justfile"
    url = RULE_URL
    requires: frozenset[str] = frozenset()


class PSW301(JustfileRule):
    """The justfile has the playbook's recipes, each with a comment"""

    @staticmethod
    def check(justfile: Justfile | Unreadable | None) -> bool | str:
        """`fmt`, `fmt-check`, `lint`, `typecheck`, `test` and `check`."""
        match justfile:
            case None:
                return (
                    "No justfile: copy Phase 1's, which runs each tool with `uv run`."
                )
            case Unreadable(path=path, message=message):
                return f"`just` cannot read `{path}`: {message}"
        missing = [
            name for name in (*TOOL_RECIPES, "check") if name not in justfile.recipes
        ]
        silent = [
            name
            for name in (*TOOL_RECIPES, "check")
            if name in justfile.recipes and not justfile.recipes[name].comment
        ]
        problems = []
        if missing:
            problems.append(f"Missing recipes: {listed(missing)}.")
        if silent:
            problems.append(
                f"No comment above {listed(silent)}: `just --list` shows the comment."
            )
        return " ".join(problems) or True


class PSW302(JustfileRule):
    """`check` runs `fmt-check`, `lint`, `typecheck` and `test`, and rewrites nothing"""

    requires = frozenset({"PSW301"})

    @staticmethod
    def check(justfile: Justfile) -> bool | str:
        """A check must not reformat files, and depends on recipes instead of calling
        `just` again."""
        check = justfile.recipes["check"]
        missing = [name for name in GATE if name not in check.dependencies]
        problems = []
        if missing:
            problems.append(f"`check` does not depend on {listed(missing)}.")
        if "fmt" in check.dependencies or any(
            "fmt" in line.split() for line in check.lines
        ):
            problems.append(
                "`check` runs `fmt`, which rewrites files: use `fmt-check`."
            )
        if problems:
            return " ".join(problems) + " Write `check: fmt-check lint typecheck test`."
        return True


class PSW303(JustfileRule):
    """The justfile loads `.env` with `set dotenv-load`"""

    requires = frozenset({"PSW301"})

    @staticmethod
    def check(justfile: Justfile) -> bool | str:
        """Version 1.0's `source .env` prefix made recipes succeed without running."""
        sourcing = [
            f"{recipe.name}: `{line}`"
            for recipe in justfile.recipes.values()
            for line in recipe.lines
            if "source .env" in line or ". .env" in line
        ]
        problems = []
        if not justfile.dotenv_load:
            problems.append("Add `set dotenv-load` at the top of the justfile.")
        if sourcing:
            problems.append(f"Remove the sourcing of `.env` in {', '.join(sourcing)}.")
        return " ".join(problems) or True


class PSW304(JustfileRule):
    """The tool recipes run their tool through `uv run`"""

    requires = frozenset({"PSW301"})

    @staticmethod
    def check(justfile: Justfile) -> bool | str:
        """`uv run` runs the project's locked tools, with no environment to activate."""
        bare = [
            f"`{line}` ({name})"
            for name in TOOL_RECIPES
            for line in justfile.recipes[name].lines
            if line.strip() and not line.lstrip("@-").startswith("uv run ")
        ]
        if bare:
            return f"Prefix with `uv run`: {', '.join(bare)}."
        return True


class PSW305(JustfileRule):
    """`just` comes with the project: `rust-just` is in a dependency group"""

    @staticmethod
    def check(pyproject: dict[str, Any]) -> bool | str:
        """A fresh clone then needs only uv: `uv run just` runs the locked `just`."""
        groups = pyproject.get("dependency-groups", {}).values()
        if any("rust-just" in requirement_names(group) for group in groups):
            return True
        return "Run `uv add --dev rust-just`, then call it as `uv run just`."


def repo_review_checks() -> dict[str, JustfileRule]:
    """The rules of this family, for repo-review's entry point."""
    return rules_of(JustfileRule)
