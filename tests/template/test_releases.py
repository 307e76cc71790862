"""Releases: `just release` tags the changelog's version, and `copier update` moves a
project from one release to the next. The tags are made here, in scratch clones, so the
test holds wherever tags are not carried along."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.release import CHANGELOG, ReleaseError, newest_version, release

from tests.support.tools import tool
from tests.template.projects import clone, commit_all, copier, new_project, run


def drop_tags(repository: Path, home: Path) -> None:
    """Delete every tag a clone carried: this test makes its own."""
    for tag in run(["git", "tag", "--list"], repository, home).split():
        run(["git", "tag", "--delete", tag], repository, home)


def add_version(repository: Path, version: str, home: Path) -> None:
    """Head the changelog with `version` and commit, as a release commit does."""
    changelog = repository / CHANGELOG
    text = changelog.read_text("utf-8")
    heading = text.index("\n## [") + 1
    changelog.write_text(
        f"{text[:heading]}## [{version}] - 2026-12-06\n\n{text[heading:]}", "utf-8"
    )
    run(["git", "commit", "--quiet", "--all", "--message", version], repository, home)


def test_update_moves_a_project_to_the_next_release(tmp_path: Path) -> None:
    """Made from v9.0 without naming a ref, updated to v9.1 without naming one."""
    home = tmp_path / "home"
    template = clone(tmp_path)
    drop_tags(template, home)
    just = [tool("just"), "--justfile", str(template / "justfile")]
    add_version(template, "9.0", home)
    run([*just, "release"], template, home)
    project = new_project(template, tmp_path / "project", {}, ref="")
    run(["git", "init", "--quiet"], project, home)
    commit_all(project, home, "from v9.0")
    example = template / ".env.example"
    example.write_text("# New in 9.1\n" + example.read_text("utf-8"), "utf-8")
    add_version(template, "9.1", home)
    run([*just, "release"], template, home)
    run(
        ["git", "commit", "--quiet", "--allow-empty", "-m", "after 9.1"], template, home
    )

    copier("update", cwd=project)

    assert "_commit: v9.1\n" in (project / ".copier-answers.yml").read_text("utf-8")
    assert (project / ".env.example").read_text("utf-8").startswith("# New in 9.1\n")


def test_release_refuses_a_version_tagged_already(tmp_path: Path) -> None:
    """A second release of the same version names the tag and what to do."""
    home = tmp_path / "home"
    template = clone(tmp_path)
    drop_tags(template, home)
    add_version(template, "9.0", home)
    release(template)

    with pytest.raises(ReleaseError, match=r"^v9\.0 is tagged already: add a newer"):
        release(template)


def test_release_refuses_uncommitted_changes(tmp_path: Path) -> None:
    """A tag names a commit: changes not in it are refused, not left out silently."""
    template = clone(tmp_path)
    (template / "README.md").write_text("changed\n", "utf-8")

    with pytest.raises(ReleaseError, match="the work tree has changes: commit them"):
        release(template)


@pytest.mark.parametrize(
    ("changelog", "version"),
    [
        ("# Changelog\n\n## [Unreleased]\n\n## [1.2] - 2026-12-06\n", "1.2"),
        ("## [10.0.1] - 2027-01-01\n## [9.0] - 2026-01-01\n", "10.0.1"),
    ],
)
def test_newest_version_is_the_first_versioned_heading(
    changelog: str, version: str
) -> None:
    """Unreleased is not a version; the first dated heading is."""
    assert newest_version(changelog) == version


def test_a_changelog_without_a_version_is_refused() -> None:
    """The message says which heading to write."""
    with pytest.raises(ReleaseError, match=r"no heading like `## \[1\.2\] - "):
        newest_version("# Changelog\n\n## [Unreleased]\n")
