"""Merge a page's pyproject.toml block into the project that `uv init` generated."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from pathlib import Path
from typing import Any

import tomlkit
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name


def requirement_name(requirement: str) -> str:
    """The normalised name of a PEP 508 requirement: `psycopg[binary]>=3` → psycopg."""
    return canonicalize_name(Requirement(requirement).name)


def merge_settings(target: MutableMapping[str, Any], shown: Mapping[str, Any]) -> None:
    """Copy the shown keys into the target, table by table (the reader's edit)."""
    for key, value in shown.items():
        if isinstance(value, Mapping) and isinstance(target.get(key), MutableMapping):
            merge_settings(target[key], value)
        else:
            target[key] = value


def missing_requirements(shown: Any, generated: Any, table: str) -> list[str]:
    """Requirements shown in `table` that the page's `uv add` commands did not add."""
    if not isinstance(shown, list):
        return []
    have = {requirement_name(r) for r in generated or [] if isinstance(r, str)}
    return [
        f"{table} shows {r!r}, which the page's commands did not add"
        for r in shown
        if isinstance(r, str) and requirement_name(r) not in have
    ]


def merge_pyproject(path: Path, block: str) -> list[str]:
    """Merge `block` into the pyproject at `path`; return the problems found.

    `[tool.*]` tables are settings the reader types in: they are merged. `[project]`
    and `[dependency-groups]` show what the page's `uv add` commands produce: their
    requirements are checked by name (versions are whatever uv resolved), their other
    keys (description, readme, ...) are copied.
    """
    if not path.is_file():
        return [f"no {path.name} in {path.parent}: the project was not created"]
    document = tomlkit.parse(path.read_text(encoding="utf-8"))
    shown = tomlkit.parse(block)
    problems: list[str] = []
    for table, value in shown.items():
        if table == "dependency-groups":
            groups = document.setdefault(table, tomlkit.table())
            for group, requirements in value.items():
                problems += missing_requirements(
                    requirements, groups.get(group), f"[{table}] {group}"
                )
                includes = [r for r in requirements if isinstance(r, Mapping)]
                present = groups.setdefault(group, tomlkit.array())
                present.extend(r for r in includes if r not in present)
        elif table == "project":
            for key, item in value.items():
                if key == "dependencies":
                    problems += missing_requirements(
                        item, document[table].get(key), key
                    )
                else:
                    document[table][key] = item
        else:
            merge_settings(document, {table: value})
    path.write_text(tomlkit.dumps(document), encoding="utf-8")
    return problems
