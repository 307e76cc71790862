"""`uv lock --check`, run once: the lock is current, stale, or could not be checked."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

from psw_review.programs import run, uv_program
from psw_review.skips import Skip
from psw_review.workspace import Workspace

STALE = re.compile(r"needs to be updated, but `--(?:check|locked)` was provided")
"""What uv says when resolving anew gives another lock from the lock."""

MISMATCHED = re.compile(r"(?:Resolving despite|Ignoring) existing lockfile due to (.+)")
"""What uv logs (`-v`) when the lock does not satisfy the project: it is stale."""

NO_PYTHON = re.compile(r"No interpreter found for Python (\S+)")
"""What uv says when no installed interpreter satisfies the project's Python."""


@dataclass(frozen=True)
class Stale:
    """uv read the project and says its `uv.lock` no longer matches it."""

    said: str


type LockCheck = bool | Stale | Skip | None
"""Current (True), stale, not checkable here (with why), or no lockfile (None)."""


def lock_check(root: Traversable, workspace: Workspace | None) -> LockCheck:
    """`uv lock --check --offline` in the workspace root (the folder, if standalone).

    Stale only when uv says so: the lock does not satisfy the project, or resolving
    anew gives another lock. Any other failure (no interpreter for the project's
    Python, a package missing from the offline cache) means uv could not check.
    """
    if not isinstance(root, Path):
        return Skip("the folder is not on this disk, and `uv lock --check` reads it.")
    folder = workspace.root if workspace else root
    if not (folder / "uv.lock").is_file():
        return None
    uv = uv_program()
    if uv is None:
        return Skip("`uv` is not installed, so `uv lock --check` could not run.")
    completed = run(uv, "lock", "--check", "--offline", "--verbose", cwd=folder)
    said = completed.stderr.strip()
    if completed.returncode == 0:
        return True
    if mismatched := MISMATCHED.search(said):
        return Stale(f"`uv.lock` does not match the project: {mismatched[1].strip()}")
    if STALE.search(said):
        return Stale(error_lines(said))
    if python := NO_PYTHON.search(said):
        version = python[1]
        return Skip(
            f"no interpreter for Python {version} is installed here, so "
            f"`uv lock --check` could not run: `uv python install {version}`, "
            "then review again."
        )
    return Skip(f"`uv lock --check --offline` could not run: {error_lines(said)}")


def error_lines(said: str) -> str:
    """uv's message from its `error:` line on (not its progress lines), on one line."""
    error = re.search(r"^error:.*", said, re.MULTILINE | re.DOTALL)
    return " ".join((error[0] if error else said).split()) or "no message"
