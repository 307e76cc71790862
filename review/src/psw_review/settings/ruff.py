"""ruff's settings: the rules `ruff check --show-settings` says it enables."""

from __future__ import annotations

import functools
import json
import re
import shutil
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from psw_review.fixtures import Unreadable
from psw_review.settings.isolated import run, said, shown
from psw_review.skips import Skip

NAMES = ("ruff.toml", ".ruff.toml", "pyproject.toml")
"""The files ruff reads its settings from, in the order it looks in a folder."""

ENABLED = re.compile(
    r"^linter\.rules\.enabled = \[\n(.*?)^\]", re.MULTILINE | re.DOTALL
)
"""The enabled rules in `--show-settings`' output, one `name (CODE),` a line."""


@dataclass(frozen=True)
class RuffSettings:
    """What ruff resolved for the project's top folder."""

    path: str | None
    """The settings file ruff read, relative to the project; None: ruff's defaults."""
    enabled: frozenset[str]
    """The codes of the rules it enables."""
    ignored: frozenset[str]
    """The rules the settings ignore one by one, by their full code (`E501`)."""
    stable: frozenset[str]
    """The codes of every stable rule this ruff has."""
    defaults: frozenset[str]
    """The codes of the rules this ruff enables with no settings: its default set."""

    @property
    def table(self) -> str:
        """The table where the file's lint settings go."""
        return "[tool.ruff.lint]" if self.path == "pyproject.toml" else "[lint]"


def ruff_program() -> str | None:
    """The `ruff` next to this Python (the checker depends on it), else on PATH."""
    beside = Path(sys.executable).with_name("ruff")
    return str(beside) if beside.is_file() else shutil.which("ruff")


def ruff_settings(root: object) -> RuffSettings | Unreadable | Skip:
    """ruff's settings for a file at the project's top, as ruff reports them."""
    if not isinstance(root, Path):
        return Skip("ruff's settings can only be resolved in a folder on this disk")
    program = ruff_program()
    if program is None:
        return Skip("`ruff` is not installed beside the checker nor on PATH")
    files = [root / name for name in NAMES if (root / name).is_file()] or sorted(
        path for path in root.iterdir() if path.is_file()
    )
    if not files:
        return Skip("the folder has no file to resolve ruff's settings for")
    completed = run([program, "check", "--show-settings", files[0].name], root)
    if completed.returncode != 0:
        return Unreadable("", said(completed.stderr, root))
    defaults = default_rules(program)
    if isinstance(defaults, str):
        return Skip(f"ruff could not report its default rules: {defaults}")
    found = re.search(r'^Settings path: "(.+)"$', completed.stdout, re.MULTILINE)
    every, stable = rule_codes(program)
    return RuffSettings(
        path=shown(found[1], root) if found else None,
        enabled=enabled_codes(completed.stdout),
        ignored=frozenset(ignored(Path(found[1])) & every) if found else frozenset(),
        stable=stable,
        defaults=defaults,
    )


def enabled_codes(shown_settings: str) -> frozenset[str]:
    """The codes of the enabled rules in `ruff check --show-settings`' output."""
    enabled = ENABLED.search(shown_settings)
    return frozenset(re.findall(r"\(([A-Z]+[0-9]+)\)", enabled[1] if enabled else ""))


@functools.cache
def default_rules(program: str) -> frozenset[str] | str:
    """The rules this ruff enables with no settings, or what it said when it could not.

    ruff's default set is chosen rule by rule and changes between versions, so ruff
    is asked: `--isolated`, on a file in an empty folder, reads no settings at all.
    """
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "default.py").touch()
        completed = run(
            [program, "check", "--show-settings", "--isolated", "default.py"],
            Path(folder),
        )
    if completed.returncode != 0:
        return completed.stderr.strip() or f"exit status {completed.returncode}"
    return enabled_codes(completed.stdout)


@functools.cache
def rule_codes(program: str) -> tuple[frozenset[str], frozenset[str]]:
    """Every rule code this ruff knows, and the stable ones (`ruff rule --all`)."""
    completed = run([program, "rule", "--all", "--output-format", "json"], Path.cwd())
    rules = json.loads(completed.stdout)
    return (
        frozenset(rule["code"] for rule in rules if rule["code"]),
        frozenset(
            rule["code"]
            for rule in rules
            if rule["code"] and "Stable" in (rule["status"] or {})
        ),
    )


def ignored(path: Path, depth: int = 0) -> set[str]:
    """The `ignore` and `extend-ignore` entries of a settings file and those it extends.

    ruff reports which rules it enables, not which entries removed the others: those
    are read from the file ruff names, to tell a rule ignored by its code (`E501`)
    from a prefix that drops a whole group (`E5`).
    """
    data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    table = (
        data.get("tool", {}).get("ruff", {}) if path.name == "pyproject.toml" else data
    )
    entries = {
        str(entry)
        for section in (table, table.get("lint", {}))
        for key in ("ignore", "extend-ignore")
        for entry in section.get(key, [])
    }
    base = table.get("extend")
    if isinstance(base, str) and depth < 10:
        extended = (path.parent / Path(base).expanduser()).resolve()
        if extended.is_file():
            entries |= ignored(extended, depth + 1)
    return entries
