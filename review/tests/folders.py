"""Folders for the rules: a passing copy of this repository, and ways to break it."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from psw_review import failed_rules

REPOSITORY = Path(__file__).resolve().parents[2]
"""This repository: the reference every rule is written from."""

READ_BY_RULES = (
    ".dockerignore",
    ".env.example",
    ".github/workflows/ci.yml",
    ".gitignore",
    ".pre-commit-config.yaml",
    ".python-version",
    "Dockerfile",
    "justfile",
    "pyproject.toml",
    "uv.lock",
)
"""The repository's files that some rule reads."""


def passing_copy(folder: Path) -> Path:
    """Copy what the rules read from this repository into `folder`, tracked by Git."""
    for name in READ_BY_RULES:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REPOSITORY / name, folder / name)
    for tests in ("tests/unit", "tests/integration"):
        (folder / tests).mkdir(parents=True)
    git(folder, "init", "--quiet")
    git(folder, "add", ".")
    return folder


def git(folder: Path, *arguments: str) -> None:
    """Run a Git command in `folder`."""
    subprocess.run(["git", "-C", folder, *arguments], check=True)


type How = Callable[[Path], None]
"""A change to a folder."""


def replace(path: Path, old: str, new: str) -> None:
    """Replace `old` (which must be there) with `new` in the file at `path`."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name} no longer holds {old!r}: update the test"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def edit(name: str, old: str, new: str) -> How:
    """The change that replaces `old` with `new` in the folder's file `name`."""
    return lambda folder: replace(folder / name, old, new)


def write(name: str, text: str) -> How:
    """The change that writes `text` to the folder's file `name`."""

    def change(folder: Path) -> None:
        (folder / name).write_text(text, encoding="utf-8")

    return change


def delete(name: str) -> How:
    """The change that deletes the folder's file `name`."""
    return lambda folder: (folder / name).unlink()


def failures(folder: Path) -> dict[str, str]:
    """The rules the folder fails (not the ones skipped), by ID, with their messages."""
    return {
        rule: says for rule, says in failed_rules(folder).items() if says != "skipped"
    }


@dataclass(frozen=True)
class Break:
    """One way to break one rule: how, what its message says, what else must fail."""

    rule: str
    how: How
    says: str
    also: tuple[str, ...] = ()
    """Rules the change breaks too (a changed `pyproject.toml` stales `uv.lock`)."""

    def __str__(self) -> str:
        """The test's ID: the rule and the message it gives."""
        return f"{self.rule}: {self.says}"

    def apply_to(self, folder: Path) -> dict[str, str]:
        """Break the passing `folder` this way; return the rules it then fails."""
        self.how(folder)
        return failures(folder)
