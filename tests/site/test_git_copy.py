"""The built site carries a clone of the repository that any static host serves."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from playbook_markdown.git_copy import GitCopyError, write_git_copy
from playbook_markdown.site_address import copy_address

from tests.support.paths import ROOT
from tests.support.site_config import site_config
from tests.support.static_site import served

REPO_NAME = site_config()["repo_name"]


def git(folder: Path, *arguments: str) -> str:
    """What Git prints in `folder`."""
    return subprocess.run(
        ["git", *arguments], cwd=folder, capture_output=True, text=True, check=True
    ).stdout.strip()


def cloned(site: Path, into: Path) -> Path:
    """`git clone` of the site's copy from a static server, at the printed address."""
    with served(site) as url:
        git(into.parent, "clone", "--quiet", copy_address(url, REPO_NAME), str(into))
    return into


def test_the_site_serves_a_clone_of_this_repository(
    site_dir: Path, tmp_path: Path
) -> None:
    """The clone's HEAD is this repository's, with the tags in its history."""
    clone = cloned(site_dir, tmp_path / "clone")

    assert git(clone, "rev-parse", "HEAD") == git(ROOT, "rev-parse", "HEAD")
    assert git(clone, "tag") == git(ROOT, "tag", "--merged", "HEAD")


def repository(folder: Path) -> Path:
    """A repository of two commits, the first tagged `v1.0`."""
    folder.mkdir()
    git(folder, "init", "--quiet")
    identity = ["-c", "user.name=T", "-c", "user.email=t@example.org"]
    for number in (1, 2):
        (folder / "file.txt").write_text(f"{number}\n", encoding="utf-8")
        git(folder, "add", "file.txt")
        git(folder, *identity, "commit", "--quiet", "-m", f"commit {number}")
        if number == 1:
            git(folder, *identity, "tag", "-a", "v1.0", "-m", "v1.0")
    return folder


def test_the_copy_carries_the_branch_and_its_tags(tmp_path: Path) -> None:
    """Written into a folder, the copy clones from a static server: commits and tags."""
    source = repository(tmp_path / "source")
    write_git_copy(source, tmp_path / "site", REPO_NAME)

    clone = cloned(tmp_path / "site", tmp_path / "clone")

    assert git(clone, "log", "--format=%s") == "commit 2\ncommit 1"
    assert git(clone, "tag") == "v1.0"


def test_a_shallow_clone_is_refused_with_what_to_do(tmp_path: Path) -> None:
    """Git's dumb HTTP cannot serve a shallow repository: the build stops, saying so."""
    source = repository(tmp_path / "source")
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "--quiet", "--depth=1", source.as_uri(), str(shallow))

    with pytest.raises(GitCopyError, match="shallow clone.*fetch-depth: 0"):
        write_git_copy(shallow, tmp_path / "site", REPO_NAME)


def test_a_folder_outside_git_is_refused(tmp_path: Path) -> None:
    """The site of a folder that is no Git repository cannot carry its clone."""
    with pytest.raises(GitCopyError, match="is not a Git repository"):
        write_git_copy(tmp_path, tmp_path / "site", REPO_NAME)
