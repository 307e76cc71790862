"""Tag a release of the playbook and its template: the newest version in the changelog.

`copier copy` takes a template's newest release tag and `copier update` moves a
project to it; the tag is `v` and the changelog's version (`## [1.2] - …` gives `v1.2`).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

CHANGELOG = Path("docs/changelog.md")
VERSION_HEADING = re.compile(
    r"^## \[(?P<version>\d+(?:\.\d+)+)\] - \d{4}-\d{2}-\d{2}$", re.MULTILINE
)


class ReleaseError(RuntimeError):
    """Why no tag was made, and what to do."""


def newest_version(changelog: str) -> str:
    """The version of the changelog's first section, which must be a release's."""
    first = next(
        (line for line in changelog.splitlines() if line.startswith("## [")), ""
    )
    if found := VERSION_HEADING.fullmatch(first):
        return found["version"]
    raise ReleaseError(
        f"{CHANGELOG} starts with `{first or 'no section'}`, not a release: "
        "name it `## [1.2] - 2026-12-06`, with the version and date you release"
    )


def git(repository: Path, *arguments: str) -> str:
    """Git's output in `repository`; a failure raises with Git's message."""
    done = subprocess.run(
        ["git", "-C", str(repository), *arguments],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise ReleaseError(f"git {arguments[0]}: {done.stderr.strip()}")
    return done.stdout


def release(repository: Path) -> str:
    """Tag HEAD with the changelog's newest version; return the tag."""
    if git(repository, "status", "--porcelain"):
        raise ReleaseError("the work tree has changes: commit them, then release")
    version = newest_version((repository / CHANGELOG).read_text(encoding="utf-8"))
    tag = f"v{version}"
    if git(repository, "tag", "--list", tag):
        raise ReleaseError(
            f"{tag} is tagged already: add a newer version heading to {CHANGELOG}"
        )
    git(repository, "tag", "--annotate", tag, "--message", f"Release {version}")
    return tag


def main() -> None:
    """Tag this repository; one line on success or failure."""
    try:
        tag = release(Path.cwd())
    except ReleaseError as error:
        sys.exit(f"release: {error}")
    print(f"Tagged {tag}: `git push origin {tag}` publishes it to copier's users")


if __name__ == "__main__":
    main()
