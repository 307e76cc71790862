"""PSW4xx: each rule fails on a folder broken one way; its message says how."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.folders import Break, delete, edit, git


def commit_dot_env(folder: Path) -> None:
    """Write a `.env` and force it into Git's index, past `.gitignore`."""
    (folder / ".env").write_text("DATABASE_URL=postgresql://app:secret@db/app\n")
    git(folder, "add", "--force", ".env")


BREAKS = [
    Break(
        "PSW401",
        edit(".gitignore", "\n.env\n", "\n"),
        "Git does not ignore `.env`: add a line `.env` to `.gitignore`",
    ),
    Break("PSW401", commit_dot_env, "`.env` is committed: `git rm --cached .env`"),
    Break("PSW402", delete(".env.example"), "No `.env.example`"),
    Break(
        "PSW402",
        edit(".gitignore", "\n.env\n", "\n.env*\n"),
        "Git ignores `.env.example`",
    ),
    Break(
        "PSW402",
        lambda folder: git(folder, "rm", "--cached", "--quiet", ".env.example"),
        "`.env.example` is not tracked by Git",
    ),
]


@pytest.mark.parametrize("broken", BREAKS, ids=str)
def test_rule_fails(project: Path, broken: Break) -> None:
    """The folder fails this rule (and only the ones the change must break too)."""
    failed = broken.apply_to(project)

    assert sorted([broken.rule, *broken.also]) == sorted(failed)
    assert broken.says in failed[broken.rule]
