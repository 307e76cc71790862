"""justfile blocks, recipe by recipe against the real justfile."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tests.docs.pages import Block
from tests.docs.repo import Repo

HEADER = re.compile(r"^@?(?P<name>[A-Za-z_][\w-]*)(?P<params>[^:]*):(?!=)(?P<deps>.*)$")


@dataclass
class Recipe:
    """A recipe as written: comment, parameters, dependencies, body."""

    name: str
    line: int
    comment: str | None
    params: str
    deps: list[str]
    body: list[str]


def parse_justfile(text: str) -> tuple[list[Recipe], list[tuple[int, str]]]:
    """The recipes of a justfile text, and its other top-level lines (settings...)."""
    recipes: list[Recipe] = []
    others: list[tuple[int, str]] = []
    comment: str | None = None
    current: Recipe | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if line[:1] in (" ", "\t") and current is not None:
            if line.strip():
                current.body.append(line.strip())
            continue
        current = None
        stripped = line.strip()
        header = HEADER.match(stripped)
        if stripped.startswith("#"):
            comment = stripped
            continue
        if header and ":=" not in stripped:
            current = Recipe(
                name=header.group("name"),
                line=number,
                comment=comment,
                params=" ".join(header.group("params").split()),
                deps=header.group("deps").split(),
                body=[],
            )
            recipes.append(current)
        elif stripped:
            others.append((number, stripped))
        comment = None
    return recipes, others


def just_problems(block: Block, repo: Repo) -> list[str]:
    """Each shown recipe must match the real one; shown settings must exist there."""
    real_text = repo.read(block.title or "justfile") or ""
    real_recipes, real_others = parse_justfile(real_text)
    real = {recipe.name: recipe for recipe in real_recipes}
    real_lines = {text for _, text in real_others}
    shown_recipes, shown_others = parse_justfile(block.source)
    problems = []
    for offset, text in shown_others:
        if text not in real_lines:
            problems.append(f"{block.at(offset)}: {text!r} is not in the justfile")
    for shown in shown_recipes:
        where = f"{block.at(shown.line)}: recipe {shown.name!r}"
        recipe = real.get(shown.name)
        if recipe is None:
            problems.append(f"{where} does not exist in the justfile")
            continue
        if shown.comment != recipe.comment:
            problems.append(
                f"{where}: comment {shown.comment!r}, justfile has {recipe.comment!r}"
            )
        if shown.params != recipe.params:
            problems.append(
                f"{where}: parameters {shown.params!r}, justfile has {recipe.params!r}"
            )
        if recipe.deps[: len(shown.deps)] != shown.deps:
            problems.append(
                f"{where}: dependencies {shown.deps}, justfile has {recipe.deps}"
                " (the shown list must be the real one or its beginning)"
            )
        if shown.body != recipe.body:
            problems.append(f"{where}: body {shown.body}, justfile has {recipe.body}")
    return problems
