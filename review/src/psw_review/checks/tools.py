"""PSW2xx: the pytest, ruff, mypy and coverage settings (Phase 1, step 3)."""

from __future__ import annotations

from typing import Any

from psw_review.checks import listed, rules_of
from psw_review.site import RULE_URL

RUFF_RULES = ("E", "F", "I", "N", "W", "UP")
"""The rule families Phase 1 selects."""

COVERAGE_FLOOR = 90
"""Phase 1's `fail_under`."""


class ToolRule:
    """Rules about the tools' settings in `pyproject.toml`."""

    family = "psw-tools"
    url = RULE_URL
    requires: frozenset[str] = frozenset()


def pytest_options(pyproject: dict[str, Any]) -> dict[str, Any]:
    """pytest's settings: `[tool.pytest.ini_options]`, or pytest 9's `[tool.pytest]`."""
    pytest: dict[str, Any] = pyproject.get("tool", {}).get("pytest", {})
    options: dict[str, Any] = pytest.get("ini_options", pytest)
    return options


def addopts(options: dict[str, Any]) -> list[str]:
    """The `addopts` words, whether written as a list or as one string."""
    value = options.get("addopts", [])
    return value.split() if isinstance(value, str) else [str(word) for word in value]


class PSW201(ToolRule):
    """pytest imports tests in `importlib` mode"""

    @staticmethod
    def check(pyproject: dict[str, Any]) -> bool | str:
        """No `sys.path` changes: shared test code is imported by its full name."""
        if "--import-mode=importlib" in addopts(pytest_options(pyproject)):
            return True
        return (
            'Add `"--import-mode=importlib"` to `addopts` in '
            '`[tool.pytest.ini_options]` (with `pythonpath = ["."]`).'
        )


class PSW202(ToolRule):
    """pytest is strict: `--strict-markers`, `xfail_strict`, warnings as errors"""

    @staticmethod
    def check(pyproject: dict[str, Any]) -> bool | str:
        """A typo in a marker, an unexpected pass or a new warning fails the run."""
        options = pytest_options(pyproject)
        filters = options.get("filterwarnings", [])
        missing = [
            setting
            for setting, present in (
                (
                    '`"--strict-markers"` in `addopts`',
                    "--strict-markers" in addopts(options),
                ),
                (
                    "`xfail_strict = true`",
                    str(options.get("xfail_strict")).lower() == "true",
                ),
                ('`filterwarnings = ["error"]`', "error" in filters),
            )
            if not present
        ]
        if missing:
            return f"Add {', '.join(missing)} to `[tool.pytest.ini_options]`."
        return True


class PSW203(ToolRule):
    """ruff selects the rules E, F, I, N, W and UP"""

    @staticmethod
    def check(pyproject: dict[str, Any]) -> bool | str:
        """The default (E4, E7, E9, F) leaves out import order, naming and upgrades."""
        ruff = pyproject.get("tool", {}).get("ruff", {})
        lint = ruff.get("lint", {})
        selected = {
            str(code)
            for table in (ruff, lint)
            for key in ("select", "extend-select")
            for code in table.get(key, [])
        }
        if "ALL" in selected:
            return True
        missing = [code for code in RUFF_RULES if code not in selected]
        if missing:
            return (
                f"`[tool.ruff.lint] select` lacks {listed(missing)}: "
                'use `select = ["E", "F", "I", "N", "W", "UP"]`.'
            )
        return True


class PSW204(ToolRule):
    """mypy is strict"""

    @staticmethod
    def check(pyproject: dict[str, Any]) -> bool | str:
        """Interface drift shows up as a type error, not as a bug report."""
        match pyproject:
            case {"tool": {"mypy": {"strict": True}}}:
                return True
        return "Add `strict = true` under `[tool.mypy]`."


class PSW205(ToolRule):
    """Coverage has a floor of 90 % (`fail_under`)"""

    @staticmethod
    def check(pyproject: dict[str, Any]) -> bool | str:
        """There, `pytest --cov` and `coverage report` agree on it."""
        match pyproject:
            case {
                "tool": {
                    "coverage": {"report": {"fail_under": int() | float() as floor}}
                }
            }:
                if floor >= COVERAGE_FLOOR:
                    return True
                return (
                    f"`fail_under = {floor}` is under the playbook's {COVERAGE_FLOOR}."
                )
        return (
            f"Add `fail_under = {COVERAGE_FLOOR}` under `[tool.coverage.report]` "
            "(not `--cov-fail-under` in pytest's options)."
        )


def repo_review_checks() -> dict[str, ToolRule]:
    """The rules of this family, for repo-review's entry point."""
    return rules_of(ToolRule)
