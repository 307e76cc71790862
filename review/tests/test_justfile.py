"""PSW3xx: each rule fails on a folder broken one way; its message says how."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.folders import Break, How, delete, edit, write


def justfile(old: str, new: str) -> How:
    """The change that replaces `old` with `new` in the justfile."""
    return edit("justfile", old, new)


BREAKS = [
    Break("PSW301", delete("justfile"), "No justfile"),
    Break(
        "PSW301", write("justfile", "check:\n  nope\n\tnope\n"), "`just` cannot read"
    ),
    Break(
        "PSW301",
        justfile("# Format the code\nfmt:\n    uv run ruff format src tests\n", ""),
        "Missing recipes in the justfile: `fmt`",
    ),
    Break(
        "PSW301",
        justfile("# Lint the code\nlint:", "lint:"),
        "No comment above `lint`",
    ),
    Break(
        "PSW302",
        # This repository's own `check`, which overrides the playbook's (`just --dump`
        # reads the last definition, as `just check` runs it).
        justfile("check: fmt-check lint typecheck tools-check", "check: fmt lint"),
        "`check` does not depend on `fmt-check`",
    ),
    Break("PSW303", justfile("set dotenv-load\n", ""), "Add `set dotenv-load`"),
    Break(
        "PSW303",
        justfile(
            "    uv run ruff check src tests",
            "    set -a && source .env && set +a && uv run ruff check src tests",
        ),
        "Remove the sourcing of `.env` in lint",
        also=("PSW304",),
    ),
    Break(
        "PSW304",
        justfile("uv run mypy src tests", "mypy src tests"),
        "Prefix with `uv run` in the justfile: `mypy src tests` (typecheck)",
    ),
    Break(
        "PSW305",
        edit("pyproject.toml", '"rust-just>=1.36"', ""),
        "`uv add --dev rust-just`",
        also=("PSW102",),
    ),
]


@pytest.mark.parametrize("broken", BREAKS, ids=str)
def test_rule_fails(project: Path, broken: Break) -> None:
    """The folder fails this rule (and only the ones the change must break too)."""
    failed = broken.apply_to(project)

    assert sorted([broken.rule, *broken.also]) == sorted(failed)
    assert broken.says in failed[broken.rule]
