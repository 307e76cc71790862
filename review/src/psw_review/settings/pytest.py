"""pytest's settings: the file pytest 9 picks, and the strictness its options add to."""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _pytest.config import UsageError, _strtobool
from _pytest.config.findpaths import locate_config
from _pytest.outcomes import OutcomeException

from psw_review.fixtures import Unreadable
from psw_review.settings.isolated import said, shown
from psw_review.skips import Skip

TABLES = {
    "pytest.toml": "[pytest]",
    ".pytest.toml": "[pytest]",
    "pytest.ini": "[pytest]",
    ".pytest.ini": "[pytest]",
    "tox.ini": "[pytest]",
    "setup.cfg": "[tool:pytest]",
}
"""The section of each of pytest's files that holds its options."""


@dataclass(frozen=True)
class PytestSettings:
    """What pytest's options, read from the file pytest picks, amount to."""

    path: str | None
    """The file pytest reads, relative to the project; None: it found none."""
    table: str
    """Where in that file the options go."""
    importlib: bool
    """`--import-mode=importlib` is in `addopts`."""
    strict_markers: bool
    """`--strict-markers`, `strict_markers = true` or `strict = true`."""
    strict_xfail: bool
    """`strict_xfail` (or its old name `xfail_strict`) or `strict`."""
    warnings_as_errors: bool
    """`filterwarnings` has the entry `error`."""


def pytest_settings(root: object) -> PytestSettings | Unreadable | Skip:
    """The options in the file pytest 9 reads for the project (`locate_config`)."""
    if not isinstance(root, Path):
        return Skip("pytest's settings can only be resolved in a folder on this disk")
    try:
        _, found, options, _ = locate_config(root, [root])
    except (UsageError, OutcomeException) as error:
        return Unreadable("", said(str(error), root))
    path = shown(found, root) if found else None
    values = {name: option.value for name, option in options.items()}
    toml = any(option.mode == "toml" for option in options.values())
    words = _words(values.get("addopts", []))
    try:
        strict = "--strict" in words or _flag(values, "strict") is True
        markers = _flag(values, "strict_markers")
        xfail = _flag(values, "strict_xfail")
        if xfail is None:
            xfail = _flag(values, "xfail_strict")
    except ValueError as error:
        return Unreadable(path or "", str(error))
    filters: Any = values.get("filterwarnings", [])
    if isinstance(filters, str):
        filters = [line.strip() for line in filters.splitlines()]
    return PytestSettings(
        path=path,
        table=TABLES.get(found.name if found else "", "")
        or ("[tool.pytest]" if toml else "[tool.pytest.ini_options]"),
        importlib="--import-mode=importlib" in words
        or "--import-mode importlib" in " ".join(words),
        strict_markers="--strict-markers" in words
        or (strict if markers is None else markers),
        strict_xfail=strict if xfail is None else xfail,
        warnings_as_errors="error" in [str(entry) for entry in filters],
    )


def _words(value: Any) -> list[str]:
    """`addopts` as words, whether written as one string or as a list."""
    return shlex.split(value) if isinstance(value, str) else [str(w) for w in value]


def _flag(values: dict[str, Any], name: str) -> bool | None:
    """A boolean option as pytest reads it: None if unset, ValueError if not a truth."""
    if name not in values:
        return None
    value = values[name]
    if isinstance(value, bool):
        return value
    try:
        return _strtobool(str(value).strip())
    except ValueError as error:
        raise ValueError(f"`{name} = {value}`: {error}") from error
