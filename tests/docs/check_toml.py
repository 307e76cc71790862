"""TOML blocks: they parse, and what a pyproject.toml block shows is what we use."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from typing import Any

from tests.docs.excerpt import excerpt_problem
from tests.docs.pages import Block
from tests.docs.repo import Repo

PYPROJECT_TABLES = re.compile(
    r"^\s*\[+\s*(project|tool|build-system|dependency-groups)\b", re.MULTILINE
)
AT_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")
MISSING = object()


def leaves(
    table: dict[str, Any], prefix: tuple[str, ...] = ()
) -> Iterator[tuple[str, ...]]:
    """Dotted key paths of every non-table value (arrays count as one value)."""
    for key, value in table.items():
        if isinstance(value, dict):
            yield from leaves(value, (*prefix, key))
        else:
            yield (*prefix, key)


def lookup(table: dict[str, Any], path: tuple[str, ...]) -> Any:
    """The value at a dotted key path, or MISSING."""
    value: Any = table
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return MISSING
        value = value[key]
    return value


def toml_problems(block: Block, repo: Repo) -> list[str]:
    """Parse errors, and each pyproject key whose value differs from the real one."""
    try:
        shown = tomllib.loads(block.source)
    except tomllib.TOMLDecodeError as exc:
        message = AT_LINE.sub(
            lambda m: f"(at {block.at(int(m.group(1)))})",
            str(exc),
        )
        return [f"{block.where}: TOML does not parse: {message}"]
    if block.title != "pyproject.toml":
        if block.title:
            problem = excerpt_problem(block, repo, block.title)
            return [problem] if problem else []
        if PYPROJECT_TABLES.search(block.source):
            return [
                f"{block.where}: this shows pyproject.toml tables:"
                ' title it title="pyproject.toml" so its keys are checked,'
                " or skip it with a reason"
            ]
        return []
    problems = []
    for path in leaves(shown):
        dotted = ".".join(path)
        want, have = lookup(repo.pyproject, path), lookup(shown, path)
        if want is MISSING:
            problems.append(f"  {dotted} = {have!r}: not in pyproject.toml")
        elif want != have:
            problems.append(f"  {dotted} = {have!r}: pyproject.toml has {want!r}")
    if not problems:
        return []
    return [f"{block.where}: keys differ from the real pyproject.toml:", *problems]
