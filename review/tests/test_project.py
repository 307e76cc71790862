"""PSW1xx: each rule fails on a folder broken one way; its message says how."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.folders import Break, git, replace

BREAKS = [
    Break("PSW101", lambda p: (p / "uv.lock").unlink(), "No `uv.lock`"),
    Break(
        "PSW101",
        lambda p: git(p, "rm", "--cached", "--quiet", "uv.lock"),
        "`uv.lock` is not tracked by Git",
    ),
    Break(
        "PSW102",
        lambda p: replace(p / "pyproject.toml", '"ruff>=0.8"', '"ruff>=0.9"'),
        "`uv lock --check` says the lock is stale (`uv.lock` does not match",
    ),
    Break(
        "PSW103",
        lambda p: replace(
            p / "pyproject.toml",
            "[dependency-groups]",
            "[project.optional-dependencies]",
        ),
        "`coverage`, `pytest`, `pytest-cov` in extra `test`",
        also=("PSW102", "PSW305"),
    ),
    Break(
        "PSW103",
        lambda p: replace(
            p / "pyproject.toml",
            "[tool.uv]\n",
            '[tool.uv]\ndev-dependencies = ["ruff"]\n',
        ),
        "`[tool.uv] dev-dependencies`, which uv deprecates",
        also=("PSW102",),
    ),
    Break(
        "PSW104",
        lambda p: replace(p / "pyproject.toml", 'default-groups = "all"', ""),
        'Add `default-groups = "all"`',
        also=("PSW102",),
    ),
    Break(
        "PSW105",
        lambda p: shutil.rmtree(p / "tests/integration"),
        "Missing `tests/integration`",
    ),
]


@pytest.mark.parametrize("broken", BREAKS, ids=str)
def test_rule_fails(project: Path, broken: Break) -> None:
    """The folder fails this rule (and only the ones the change must break too)."""
    failed = broken.apply_to(project)

    assert sorted([broken.rule, *broken.also]) == sorted(failed)
    assert broken.says in failed[broken.rule]
