"""The justfile's recipes: the playbook's part, which every project has, and the rest.

The playbook's part is the justfile's `--8<-- [start:playbook]` section, the one the
template keeps. `just` reads each part itself: the section is written to a file of its
own and dumped, so a recipe is where `just` says it is, and a recipe that this
repository defines again after the section (`check`) is listed in both, each with its
own comment.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from playbook_markdown.sections import section

PLAYBOOK = "playbook"
"""The justfile's section that projects made from the playbook or template have."""

Recipe = dict[str, Any]
"""One recipe as `just --dump --dump-format json` describes it."""


class JustError(Exception):
    """`just` is missing, or could not read the justfile."""


def just(justfile: Path, *arguments: str) -> str:
    """What `just` prints for the justfile (the project's own, next to Python first)."""
    found = shutil.which("just", path=str(Path(sys.executable).parent))
    found = found or shutil.which("just")
    if found is None:
        raise JustError("`just` not found: run the build with `uv run`")
    completed = subprocess.run(
        [found, "--justfile", str(justfile), *arguments],
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise JustError(
            f"`just {' '.join(arguments)}` failed on {justfile}"
            f" (run the build from the repository root): {completed.stderr.strip()}"
        )
    return completed.stdout


def recipes_of(justfile: Path) -> list[Recipe]:
    """The justfile's public recipes in its order, as the last definition says."""
    recipes = json.loads(just(justfile, "--dump", "--dump-format", "json"))["recipes"]
    names = just(justfile, "--summary", "--unsorted").split()
    return [recipes[name] for name in names if not recipes[name]["private"]]


def playbook_recipes(justfile: Path) -> list[Recipe]:
    """The recipes of the justfile's playbook section, read by `just` on their own."""
    text = section(justfile.read_text(encoding="utf-8"), PLAYBOOK)
    with tempfile.TemporaryDirectory() as folder:
        part = Path(folder) / "justfile"
        part.write_text(text, encoding="utf-8")
        return recipes_of(part)


def site_recipes(justfile: Path) -> list[Recipe]:
    """The recipes only this repository has, or defines differently from a project."""
    playbook = {recipe["name"]: recipe for recipe in playbook_recipes(justfile)}
    return [r for r in recipes_of(justfile) if playbook.get(r["name"]) != r]


def usage(recipe: Recipe) -> str:
    """`uv run just NAME ARG [OPTIONAL] [MORE...]`, as a reader types it."""
    words = ["uv run just"] + ([] if recipe["name"] == "default" else [recipe["name"]])
    for parameter in recipe["parameters"]:
        name = parameter["name"].upper()
        if parameter["kind"] != "singular":
            name += "..."
        optional = parameter["default"] is not None or parameter["kind"] == "star"
        words.append(f"[{name}]" if optional else name)
    return " ".join(words)


def commands_table(recipes: list[Recipe]) -> list[str]:
    """A table of the recipes in their order, each with its comment."""
    lines = ["| Command | What it does |", "| --- | --- |"]
    for recipe in recipes:
        doc = (recipe["doc"] or "").replace("|", "\\|")
        lines.append(f"| `{usage(recipe)}` | {doc} |")
    return lines
