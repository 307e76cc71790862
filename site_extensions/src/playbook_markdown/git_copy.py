"""The repository, cloneable from the built site: a bare copy Git's dumb HTTP serves.

`write_git_copy` puts `<site_dir>/<repo_name>.git` beside the pages: the committed
state of the branch the repository is on, its tags, and the index files
(`git update-server-info`) with which `git clone <site address>/<repo_name>.git` works
from any static host. MkDocs runs it after each build (`mkdocs_hooks`, `mkdocs serve`
included); Zensical runs no hooks, so the build helper (tests/support/site_build.py)
calls it after Zensical's build.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


class GitCopyError(RuntimeError):
    """The repository cannot be copied into the site; says why and what to do."""


def git(*arguments: str, cwd: Path) -> str:
    """Run Git in `cwd`; what it printed, or GitCopyError with what it said."""
    done = subprocess.run(
        ["git", *arguments], cwd=cwd, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise GitCopyError(f"git {' '.join(arguments)} in {cwd}: {done.stderr.strip()}")
    return done.stdout.strip()


def write_git_copy(repository: Path, site_dir: Path, repo_name: str) -> Path:
    """Write `<site_dir>/<repo_name>.git` from `repository`'s committed state."""
    try:
        shallow = git("rev-parse", "--is-shallow-repository", cwd=repository)
    except GitCopyError as error:
        raise GitCopyError(
            f"{repository} is not a Git repository, so the site cannot carry a clone"
            f" of it ({error}); build the site from a clone of the repository"
        ) from None
    if shallow == "true":
        raise GitCopyError(
            f"{repository} is a shallow clone, which Git's dumb HTTP cannot serve;"
            " fetch its whole history (`git fetch --unshallow`, or actions/checkout"
            " with `fetch-depth: 0`) and build again"
        )
    copy = site_dir / f"{repo_name}.git"
    shutil.rmtree(copy, ignore_errors=True)
    git(
        "clone",
        "--quiet",
        "--bare",
        "--no-local",
        "--single-branch",
        "--template=",
        str(repository),
        str(copy),
        cwd=repository,
    )
    git("update-server-info", cwd=copy)
    return copy
