"""A way to write a tool's settings into a passing folder, and who reads it back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from psw_review.settings.coverage import coverage_settings
from psw_review.settings.mypy import mypy_settings
from psw_review.settings.pyright import pyright_settings
from psw_review.settings.pytest import pytest_settings
from psw_review.settings.ruff import ruff_settings

from tests.folders import How

TOOL_TABLES = {
    "ruff": "tool.ruff",
    "mypy": "tool.mypy",
    "pytest": "tool.pytest",
    "coverage": "tool.coverage",
    "pyright": "tool.pyright",
}
"""The `pyproject.toml` tables of each tool (with their sub-tables)."""

READERS: dict[str, Callable[[Path], object]] = {
    "ruff": ruff_settings,
    "mypy": mypy_settings,
    "pytest": pytest_settings,
    "coverage": coverage_settings,
    "pyright": pyright_settings,
}
"""How the checker reads each tool's settings (each says which file it read)."""


def without(tool: str) -> How:
    """The change that deletes the tool's tables from `pyproject.toml`."""

    def change(folder: Path) -> None:
        path = folder / "pyproject.toml"
        kept, dropping = [], False
        for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
            if line.startswith("["):
                name = line.strip().strip("[]")
                dropping = name == TOOL_TABLES[tool] or name.startswith(
                    TOOL_TABLES[tool] + "."
                )
            if not dropping:
                kept.append(line)
        path.write_text("".join(kept), encoding="utf-8")

    return change


def add(name: str, text: str) -> How:
    """The change that writes `text` to the file `name`, or appends it if it exists."""

    def change(folder: Path) -> None:
        path = folder / name
        before = path.read_text(encoding="utf-8") + "\n" if path.is_file() else ""
        path.write_text(before + text, encoding="utf-8")

    return change


@dataclass(frozen=True)
class Spelling:
    """One way to write a tool's settings: the files written, the one the tool reads."""

    name: str
    tool: str
    files: dict[str, str]
    reads: str
    """The file the tool must say it read."""
    keep_pyproject: bool = False
    """Leave the tool's tables in `pyproject.toml` (the file written must win)."""
    read_by: str = ""
    """The tool whose reader names `reads`, if not `tool` (pyright stands for mypy)."""

    def __str__(self) -> str:
        """The test's ID."""
        return self.name

    def apply_to(self, folder: Path) -> None:
        """Write this spelling into the passing `folder`."""
        if not self.keep_pyproject:
            without(self.tool)(folder)
        for name, text in self.files.items():
            add(name, text)(folder)

    def read_from(self, folder: Path) -> str | None:
        """The file the checker's reader says the tool read."""
        path = getattr(READERS[self.read_by or self.tool](folder), "path", None)
        return str(path) if path is not None else None
