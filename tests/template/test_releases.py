"""Releases: `just release` tags the changelog's version, and `copier update` moves a
project from one release to the next. The tags are made here, in scratch clones, so the
test holds wherever tags are not carried along."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.release import CHANGELOG, ReleaseError, newest_version, release

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


def test_newest_version_is_the_first_sections() -> None:
    """The first section, dated, gives the version; older ones do not count."""
    changelog = "# Changelog\n\n## [10.0.1] - 2027-01-01\n\n## [9.0] - 2026-01-01\n"

    assert newest_version(changelog) == "10.0.1"


@pytest.mark.parametrize(
    "first",
    ["## [Unreleased]", "## [1.2]", "## [1.2] - soon", "## [v1.2] - 2026-12-06"],
)
def test_a_first_section_that_is_no_release_is_refused(first: str) -> None:
    """Unreleased changes are not tagged under the previous version's name."""
    changelog = f"# Changelog\n\n{first}\n\n## [1.1] - 2026-11-30\n"

    with pytest.raises(
        ReleaseError, match=r"starts with `## \[.*, not a release: name"
    ):
        newest_version(changelog)
