"""PSW2xx: the pytest, ruff, type checker and coverage settings (Phase 1, step 3)."""

from __future__ import annotations

import re

from psw_review.checks import listed, rules_of
from psw_review.fixtures import Unreadable
from psw_review.settings.coverage import CoverageSettings
from psw_review.settings.mypy import MypySettings
from psw_review.settings.pyright import PyrightSettings
from psw_review.settings.pytest import PytestSettings
from psw_review.settings.ruff import RuffSettings
from psw_review.site import RULE_URL
from psw_review.skips import Skip

RUFF_RULES = ("E", "F", "I", "N", "W", "UP")
"""The rule families Phase 1 selects."""

COVERAGE_FLOOR = 90
"""Phase 1's `fail_under`."""

SHOWN_CODES = 5
"""How many of the rules a family lacks a message names."""


class ToolRule:
    """Rules about the tools' settings, wherever each tool reads them."""

    family = "psw-tools"
    url = RULE_URL
    requires: frozenset[str] = frozenset()


def pytest_place(settings: PytestSettings) -> str:
    """Where pytest's options are, or go: the file and its table."""
    return f"`{settings.table}` in `{settings.path or 'pyproject.toml'}`"


class PSW201(ToolRule):
    """pytest imports tests in `importlib` mode"""

    @staticmethod
    def check(pytest_settings: PytestSettings | Unreadable | Skip) -> bool | str | Skip:
        """No `sys.path` changes: shared test code is imported by its full name."""
        match pytest_settings:
            case Skip() | Unreadable():
                return cannot_read("pytest", pytest_settings)
            case PytestSettings(importlib=True):
                return True
        return (
            f'Add `"--import-mode=importlib"` to `addopts` in '
            f'{pytest_place(pytest_settings)} (with `pythonpath = ["."]`).'
        )


class PSW202(ToolRule):
    """pytest is strict: strict markers and xfail, warnings as errors"""

    @staticmethod
    def check(pytest_settings: PytestSettings | Unreadable | Skip) -> bool | str | Skip:
        """A typo in a marker, an unexpected pass or a new warning fails the run."""
        if not isinstance(pytest_settings, PytestSettings):
            return cannot_read("pytest", pytest_settings)
        missing = [
            setting
            for setting, present in (
                ('`"--strict-markers"` in `addopts`', pytest_settings.strict_markers),
                ("`xfail_strict = true`", pytest_settings.strict_xfail),
                ('`filterwarnings = ["error"]`', pytest_settings.warnings_as_errors),
            )
            if not present
        ]
        if missing:
            return (
                f"Add {', '.join(missing)} to {pytest_place(pytest_settings)} "
                "(pytest 9: `strict = true` covers the first two)."
            )
        return True


def family_gaps(settings: RuffSettings) -> dict[str, list[str]]:
    """The Phase 1 families ruff does not select, each with the rules it misses.

    A family is selected when each rule it requires (`family_rules`) is enabled, or
    ignored by its own code (`E501`, the formatter's conflicts): see ADR 0010.
    """
    covered = settings.enabled | settings.ignored
    gaps = {
        family: sorted(family_rules(settings, family) - covered)
        for family in RUFF_RULES
    }
    return {family: codes for family, codes in gaps.items() if codes}


def family_rules(settings: RuffSettings, family: str) -> frozenset[str]:
    """The rules of `family` that ruff must enable for the family to be selected.

    Every stable rule of it; or, when ruff's default set selects the family (it holds
    at least half the family's stable rules: ruff 0.17's holds all of `F` but F403,
    F405 and F722, and only 2 of `E`'s), the rules of it that set enables. Every
    stable rule includes those, so the smaller set decides.
    """
    stable = frozenset(
        code for code in settings.stable if re.fullmatch(rf"{family}\d+", code)
    )
    by_default = stable & settings.defaults
    return by_default if 2 * len(by_default) >= len(stable) else stable


class PSW203(ToolRule):
    """ruff selects the rules E, F, I, N, W and UP"""

    @staticmethod
    def check(ruff_settings: RuffSettings | Unreadable | Skip) -> bool | str | Skip:
        """ruff's defaults leave out most of pycodestyle (`E`, `W`) and naming (`N`)."""
        if not isinstance(ruff_settings, RuffSettings):
            return cannot_read("ruff", ruff_settings)
        gaps = family_gaps(ruff_settings)
        if not gaps:
            return True
        rules = [code for codes in gaps.values() for code in codes]
        more = ", …" if len(rules) > SHOWN_CODES else ""
        where = (
            f"`{ruff_settings.path}`"
            if ruff_settings.path
            else "ruff's defaults (no settings in `ruff.toml`, `.ruff.toml` or "
            "`pyproject.toml`)"
        )
        table = ruff_settings.table
        return (
            f"{where} lacks {listed(gaps)} ({', '.join(rules[:SHOWN_CODES])}{more} "
            f"not enabled): add them to `select` or `extend-select` in `{table}`, "
            'as in `select = ["E", "F", "I", "N", "W", "UP"]`.'
        )


class PSW204(ToolRule):
    """The type checker is strict: mypy or pyright, in strict mode"""

    @staticmethod
    def check(
        mypy_settings: MypySettings | Skip,
        pyright_settings: PyrightSettings | Unreadable | None,
    ) -> bool | str | Skip:
        """Interface drift shows up as a type error, not as a bug report."""
        match pyright_settings:
            case PyrightSettings(mode="strict"):
                return True
            case Unreadable(path=path, message=message):
                return f"pyright cannot read `{path}`: {message}"
        if isinstance(mypy_settings, Skip):
            return mypy_settings
        if not mypy_settings.lacking:
            return True
        if isinstance(pyright_settings, PyrightSettings) and not mypy_settings.path:
            return (
                f"`{pyright_settings.path}` sets pyright's `typeCheckingMode` to "
                f'"{pyright_settings.mode}": make it "strict".'
            )
        flags = [
            f"{name} = {str(value).lower()}"
            for name, value in mypy_settings.lacking.items()
        ]
        said = f" mypy said: {mypy_settings.errors}" if mypy_settings.errors else ""
        if mypy_settings.path is None:
            return (
                "mypy finds no settings in `mypy.ini`, `.mypy.ini`, `pyproject.toml` "
                "or `setup.cfg`: add `strict = true` under `[tool.mypy]` in "
                f"`pyproject.toml` (or use pyright in strict mode).{said}"
            )
        section = "[tool.mypy]" if mypy_settings.path.endswith(".toml") else "[mypy]"
        if len(flags) == len(mypy_settings.strict_flags):
            return (
                f"Add `strict = true` under `{section}` in `{mypy_settings.path}`, "
                f"where mypy reads its settings (or use pyright in strict mode).{said}"
            )
        return (
            f"`{mypy_settings.path}` leaves mypy's strict flags {listed(flags)} "
            f"unset: add `strict = true` under `{section}`.{said}"
        )


class PSW205(ToolRule):
    """Coverage has a floor of 90 % (`fail_under`)"""

    @staticmethod
    def check(
        coverage_settings: CoverageSettings | Unreadable | Skip,
    ) -> bool | str | Skip:
        """There, `pytest --cov` and `coverage report` agree on it."""
        if not isinstance(coverage_settings, CoverageSettings):
            return cannot_read("coverage", coverage_settings)
        floor = coverage_settings.fail_under
        if floor >= COVERAGE_FLOOR:
            return True
        shown = int(floor) if floor.is_integer() else floor
        where = (
            f"`{coverage_settings.section}` in "
            f"`{coverage_settings.path or 'pyproject.toml'}`"
        )
        if coverage_settings.path and floor:
            return (
                f"`fail_under = {shown}` is under the playbook's {COVERAGE_FLOOR}, "
                f"in {where}."
            )
        return (
            f"Add `fail_under = {COVERAGE_FLOOR}` under {where} "
            "(not `--cov-fail-under` in pytest's options)."
        )


def cannot_read(tool: str, found: Unreadable | Skip) -> str | Skip:
    """A skip as it is; a settings file the tool cannot read, as a failure naming it."""
    if isinstance(found, Skip):
        return found
    if found.path:
        return f"{tool} cannot read `{found.path}`: {found.message}"
    return f"{tool} cannot read its settings: {found.message}"


def repo_review_checks() -> dict[str, ToolRule]:
    """The rules of this family, for repo-review's entry point."""
    return rules_of(ToolRule)
