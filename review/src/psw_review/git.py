"""Git's view of the folder, asked of Git: its work tree, tracked and ignored files."""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources.abc import Traversable
from pathlib import Path

import pathspec

from psw_review.programs import git_program, run

type Ignores = Callable[[str], bool]
"""Whether Git ignores a path, given relative to the reviewed folder."""


def git_work_tree(root: Traversable) -> Path | None:
    """The top of the Git work tree the folder is in; None outside Git (or off disk)."""
    git = git_program()
    if not isinstance(root, Path) or git is None:
        return None
    completed = run(git, "rev-parse", "--show-toplevel", cwd=root)
    return Path(completed.stdout.strip()) if completed.returncode == 0 else None


def repository(root: Traversable, git_work_tree: Path | None) -> Traversable:
    """Where the CI workflows and commit hooks are: the Git work tree's top.

    A service in a subfolder of a monorepo shares the repository's `.github/` and
    `.pre-commit-config.yaml`; outside Git the folder stands for its repository.
    """
    return root if git_work_tree is None else git_work_tree


def tracked_files(
    root: Traversable, git_work_tree: Path | None
) -> frozenset[str] | None:
    """The files Git tracks (committed or staged) in the folder, relative to it.

    None when the folder is not in a Git work tree (or not on this disk): rules about
    committed files then only ask for the file.
    """
    git = git_program()
    if git_work_tree is None or git is None or not isinstance(root, Path):
        return None
    completed = run(git, "ls-files", "-z", cwd=root)
    if completed.returncode != 0:
        return None
    return frozenset(name for name in completed.stdout.split("\0") if name)


def is_tracked(path: Path) -> bool:
    """Whether Git tracks the file at `path` (which is in a Git work tree)."""
    git = git_program()
    if git is None:
        return False
    completed = run(
        git, "ls-files", "--error-unmatch", "--", path.name, cwd=path.parent
    )
    return completed.returncode == 0


def git_ignored(root: Traversable, git_work_tree: Path | None) -> Ignores:
    """Whether Git ignores a path: `git check-ignore`, which reads every ignore file.

    Asked by pattern (`--no-index`), so a tracked file that the patterns match counts
    as ignored. Outside Git only the folder's own `.gitignore` can say.
    """
    git = git_program()
    if git_work_tree is None or git is None or not isinstance(root, Path):
        path = root / ".gitignore"
        lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
        spec = pathspec.GitIgnoreSpec.from_lines(lines)
        return lambda name: spec.match_file(name)
    folder = root

    def ignores(name: str) -> bool:
        """`git check-ignore` exits with 0 for an ignored path."""
        checked = run(git, "check-ignore", "-q", "--no-index", "--", name, cwd=folder)
        return checked.returncode == 0

    return ignores
