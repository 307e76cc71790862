"""PSW3xx: the justfile (or a Makefile), the one door to every command (Phase 1)."""

from __future__ import annotations

from importlib.resources.abc import Traversable
from typing import Any

from psw_review.checks import listed, requirement_names, rules_of
from psw_review.fixtures import Justfile, Unreadable
from psw_review.makefile import makefile_name
from psw_review.site import RULE_URL
from psw_review.skips import Skip

TOOL_RECIPES = ("fmt", "fmt-check", "lint", "typecheck", "test")
"""The recipes that run a tool; `check` runs them all."""

GATE = ("fmt-check", "lint", "typecheck", "test")
"""What `check` depends on, in Phase 1's order."""


class JustfileRule:
    """Rules about the justfile, read by `just --dump`, or else the Makefile."""

    family = "psw-justfile"
    url = RULE_URL
    requires: frozenset[str] = frozenset()


def tasks(
    justfile: Justfile | Unreadable | None, makefile: Justfile | None
) -> tuple[str, Justfile | Unreadable | None]:
    """The task file the rules judge, by its kind: the justfile, else the Makefile."""
    if justfile is None and makefile is not None:
        return "Makefile", makefile
    return "justfile", justfile


class PSW301(JustfileRule):
    """The justfile (or Makefile) has the playbook's recipes, each with a comment"""

    @staticmethod
    def check(
        justfile: Justfile | Unreadable | None, makefile: Justfile | None
    ) -> bool | str:
        """`fmt`, `fmt-check`, `lint`, `typecheck`, `test` and `check`."""
        kind, found = tasks(justfile, makefile)
        match found:
            case None:
                return (
                    "No justfile (nor Makefile): copy Phase 1's justfile, which runs "
                    "each tool with `uv run`."
                )
            case Unreadable(path=path, message=message):
                return f"`just` cannot read `{path}`: {message}"
        names = (*TOOL_RECIPES, "check")
        missing = [name for name in names if name not in found.recipes]
        silent = [
            name
            for name in names
            if name in found.recipes and not found.recipes[name].comment
        ]
        problems = []
        if missing:
            what = "targets" if kind == "Makefile" else "recipes"
            problems.append(f"Missing {what} in the {kind}: {listed(missing)}.")
        if silent:
            shown_by = (
                "`## …` after the target, for `make help`"
                if kind == "Makefile"
                else "`just --list` shows the comment"
            )
            problems.append(f"No comment above {listed(silent)}: {shown_by}.")
        return " ".join(problems) or True


class PSW302(JustfileRule):
    """`check` runs `fmt-check`, `lint`, `typecheck` and `test`, and rewrites nothing"""

    requires = frozenset({"PSW301"})

    @staticmethod
    def check(
        justfile: Justfile | Unreadable | None, makefile: Justfile | None
    ) -> bool | str:
        """A check must not reformat files, and depends on recipes instead of calling
        the task runner again."""
        kind, found = tasks(justfile, makefile)
        assert isinstance(found, Justfile), "PSW301 requires a readable task file"
        check = found.recipes["check"]
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
            return (
                " ".join(problems)
                + f" Write `check: fmt-check lint typecheck test` in the {kind}."
            )
        return True


class PSW303(JustfileRule):
    """The justfile loads `.env` with `set dotenv-load`"""

    requires = frozenset({"PSW301"})

    @staticmethod
    def check(
        justfile: Justfile | Unreadable | None, makefile: Justfile | None
    ) -> bool | str | Skip:
        """Version 1.0's `source .env` prefix made recipes succeed without running."""
        kind, found = tasks(justfile, makefile)
        assert isinstance(found, Justfile), "PSW301 requires a readable task file"
        sourcing = [
            f"{recipe.name}: `{line}`"
            for recipe in found.recipes.values()
            for line in recipe.lines
            if "source .env" in line or ". .env" in line
        ]
        problems = []
        if sourcing:
            problems.append(f"Remove the sourcing of `.env` in {', '.join(sourcing)}.")
        if not found.dotenv_load and kind == "justfile":
            problems.insert(0, "Add `set dotenv-load` at the top of the justfile.")
        if not problems and kind == "Makefile":
            return Skip("make has no `dotenv-load`; no target sources `.env`")
        return " ".join(problems) or True


class PSW304(JustfileRule):
    """The tool recipes run their tool through `uv run`"""

    requires = frozenset({"PSW301"})

    @staticmethod
    def check(
        justfile: Justfile | Unreadable | None, makefile: Justfile | None
    ) -> bool | str:
        """`uv run` runs the project's locked tools, with no environment to activate."""
        kind, found = tasks(justfile, makefile)
        assert isinstance(found, Justfile), "PSW301 requires a readable task file"
        bare = [
            f"`{line}` ({name})"
            for name in TOOL_RECIPES
            for line in found.recipes[name].lines
            if line.strip() and not line.lstrip("@-+").startswith("uv run ")
        ]
        if bare:
            return f"Prefix with `uv run` in the {kind}: {', '.join(bare)}."
        return True


class PSW305(JustfileRule):
    """`just` comes with the project: `rust-just` is in a dependency group"""

    @staticmethod
    def check(
        pyproject: dict[str, Any],
        root: Traversable,
        justfile: Justfile | Unreadable | None,
    ) -> bool | str | Skip:
        """A fresh clone then needs only uv: `uv run just` runs the locked `just`."""
        groups = pyproject.get("dependency-groups", {}).values()
        if any("rust-just" in requirement_names(group) for group in groups):
            return True
        if justfile is None and (name := makefile_name(root)):
            return Skip(
                f"the project runs its tasks with make (`{name}`), which is not a "
                "Python package a dependency group could hold"
            )
        return "Run `uv add --dev rust-just`, then call it as `uv run just`."


def repo_review_checks() -> dict[str, JustfileRule]:
    """The rules of this family, for repo-review's entry point."""
    return rules_of(JustfileRule)
