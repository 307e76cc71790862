"""The uv workspace a folder belongs to, as uv says: its root, members and lockfile."""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

from psw_review.git import is_tracked
from psw_review.programs import run, uv_program


@dataclass(frozen=True)
class Workspace:
    """A uv workspace seen from one of its members: a standalone project is its own."""

    folder: Path
    """The reviewed folder."""
    root: Path
    """The workspace root, which holds the one `uv.lock` of every member."""
    members: tuple[str, ...]
    """The root's other members, relative to the root, as `uv workspace list` says."""
    lock_tracked: bool | None
    """Whether Git tracks the root's `uv.lock`; None outside Git or without a lock."""

    @property
    def is_member(self) -> bool:
        """The folder is a member of a workspace rooted above it."""
        return self.root != self.folder

    @property
    def lock(self) -> Path:
        """The lockfile that pins this folder's dependencies."""
        return self.root / "uv.lock"

    @property
    def root_from_folder(self) -> str:
        """The workspace root, relative to the folder (`../..`)."""
        return Path(os.path.relpath(self.root, self.folder)).as_posix()


def workspace(root: Traversable, git_work_tree: Path | None) -> Workspace | None:
    """The folder's workspace, from `uv workspace dir` and `uv workspace list`.

    None when uv cannot say: no uv, no `pyproject.toml`, or one uv cannot read (the
    rules then look for the folder's own `uv.lock`).
    """
    uv = uv_program()
    if (
        uv is None
        or not isinstance(root, Path)
        or not (root / "pyproject.toml").is_file()
    ):
        return None
    folder = root.resolve()
    found = run(uv, "workspace", "dir", "--offline", cwd=folder)
    listed = run(uv, "workspace", "list", "--paths", "--offline", cwd=folder)
    if found.returncode != 0 or listed.returncode != 0:
        return None
    top = Path(found.stdout.strip()).resolve()
    members = tuple(
        sorted(
            Path(os.path.relpath(Path(line).resolve(), top)).as_posix()
            for line in listed.stdout.splitlines()
            if line.strip() and Path(line).resolve() != top
        )
    )
    lock = top / "uv.lock"
    tracked = is_tracked(lock) if git_work_tree and lock.is_file() else None
    return Workspace(folder=folder, root=top, members=members, lock_tracked=tracked)
