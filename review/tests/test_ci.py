"""PSW6xx: each rule fails on a folder broken one way; its message says how."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.folders import Break, delete, edit

WORKFLOW = ".github/workflows/ci.yml"
HOOKS = ".pre-commit-config.yaml"

BREAKS = [
    Break(
        "PSW601",
        lambda folder: shutil.rmtree(folder / ".github"),
        "No workflow in `.github/workflows/`",
    ),
    Break(
        "PSW601",
        edit(WORKFLOW, "run: uv sync --locked", "run: uv sync"),
        "No job of `ci.yml` runs both `uv sync --locked` and `uv run just check`",
    ),
    Break(
        "PSW601",
        edit(WORKFLOW, "run: uv run just check", "run: uv run pytest"),
        "No job of `ci.yml` runs both",
    ),
    Break("PSW602", delete(HOOKS), "No `.pre-commit-config.yaml`"),
    Break(
        "PSW602",
        edit(HOOKS, "entry: uv lock --check", "entry: uv lock"),
        "No commit hook checks the lockfile.",
    ),
    Break(
        "PSW602",
        edit(
            HOOKS,
            "ruff format --check\n        language",
            "ruff format\n        language",
        ),
        "No commit hook checks the format.",
    ),
]


@pytest.mark.parametrize("broken", BREAKS, ids=str)
def test_rule_fails(project: Path, broken: Break) -> None:
    """The folder fails this rule (and only the ones the change must break too)."""
    failed = broken.apply_to(project)

    assert sorted([broken.rule, *broken.also]) == sorted(failed)
    assert broken.says in failed[broken.rule]
