"""The Makefile's targets, read as text: `make` itself would run the project's shell."""

from __future__ import annotations

import re
from importlib.resources.abc import Traversable

from psw_review.fixtures import Justfile, Recipe

MAKEFILE_NAMES = ("GNUmakefile", "makefile", "Makefile")
"""The names GNU make looks for, in its order."""

RULE = re.compile(r"^(?P<targets>[^\s:=#][^:=#]*?)\s*::?(?!=)(?P<rest>.*)$")
"""A rule's first line: its targets, one or two colons (not `:=`), the rest."""


def makefile_name(root: Traversable) -> str | None:
    """The name of the folder's Makefile, as GNU make picks it, or None."""
    return next((n for n in MAKEFILE_NAMES if (root / n).is_file()), None)


def makefile(root: Traversable) -> Justfile | None:
    """The Makefile's targets, with their comment, prerequisites and recipe lines.

    A target's comment is the `#` lines just above it, or `## …` after its
    prerequisites (the usual `make help` convention). Make has no `dotenv-load`.
    """
    name = makefile_name(root)
    if name is None:
        return None
    text = (root / name).read_text(encoding="utf-8").replace("\\\n", " ")
    recipes: dict[str, Recipe] = {}
    current: list[str] = []
    comment: list[str] = []
    for line in text.splitlines():
        if line.startswith("\t"):
            for target in current:
                recipe = recipes[target]
                lines = (*recipe.lines, line.strip())
                recipes[target] = Recipe(
                    target, recipe.comment, recipe.dependencies, lines
                )
            continue
        if line.startswith("#"):
            comment.append(line.lstrip("#").strip())
            continue
        found = RULE.match(line)
        if found is None or "=" in found["rest"].split("#")[0]:
            current, comment = [], []
            continue
        before, _, after = found["rest"].partition("#")
        prerequisites, _, inline = before.partition(";")
        note = " ".join(comment) or after.lstrip("#").strip() or None
        current = [t for t in found["targets"].split() if not t.startswith(".")]
        for target in current:
            recipes[target] = Recipe(
                target,
                note,
                tuple(prerequisites.split()),
                (inline.strip(),) if inline.strip() else (),
            )
        comment = []
    return Justfile(recipes=recipes, dotenv_load=False)
