"""PSW5xx: each rule fails on a folder broken one way; its message says how."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.folders import Break, How, delete, edit, write


def dockerfile(old: str, new: str) -> How:
    """The change that replaces `old` with `new` in the Dockerfile."""
    return edit("Dockerfile", old, new)


BREAKS = [
    Break("PSW501", delete("Dockerfile"), "No `Dockerfile`"),
    Break(
        "PSW501", write("Dockerfile", "FROM python:3.12-slim\nENV A\n"), "cannot read"
    ),
    Break(
        "PSW502",
        dockerfile(
            "uv sync --locked --no-default-groups --no-editable",
            "uv sync --no-default-groups --no-editable",
        ),
        "Add `--locked` to `uv sync --no-default-groups --no-editable",
    ),
    Break(
        "PSW502",
        write("Dockerfile", "FROM python:3.12-slim\nRUN pip install .\nUSER 10001\n"),
        "runs no `uv sync`",
        also=("PSW503",),
    ),
    Break(
        "PSW503",
        dockerfile(
            "--locked --no-default-groups --no-editable",
            "--locked --no-dev --no-editable",
        ),
        "Add `--no-default-groups` to `uv sync --locked --no-dev",
    ),
    Break(
        "PSW504",
        dockerfile("USER 10001:10001\n", ""),
        "has no `USER`, so it runs as root",
    ),
    Break("PSW504", dockerfile("USER 10001:10001", "USER app"), "`USER app` is a name"),
    Break("PSW504", dockerfile("USER 10001:10001", "USER 0"), "`USER 0` is root"),
    Break(
        "PSW505",
        dockerfile(
            "FROM python:3.12-slim AS build",
            "FROM ghcr.io/astral-sh/uv:alpine AS build",
        ),
        "start from `ghcr.io/astral-sh/uv:alpine`, `python:3.12-slim`",
    ),
    Break(
        "PSW506",
        edit(".dockerignore", "\n.env\n", "\n"),
        "Add a line `.env` to `.dockerignore`",
    ),
    Break("PSW506", delete(".dockerignore"), "No `.dockerignore`"),
]


@pytest.mark.parametrize("broken", BREAKS, ids=str)
def test_rule_fails(project: Path, broken: Break) -> None:
    """The folder fails this rule (and only the ones the change must break too)."""
    failed = broken.apply_to(project)

    assert sorted([broken.rule, *broken.also]) == sorted(failed)
    assert broken.says in failed[broken.rule]
