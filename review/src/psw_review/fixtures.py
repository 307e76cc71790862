"""What the rules read from a folder's files, each read once: repo-review's fixtures."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import dockerfile as dockerfile_parser
import yaml

JUSTFILE_NAMES = ("justfile", "Justfile", ".justfile")


@dataclass(frozen=True)
class Unreadable:
    """A file that is there, but that its own tool cannot read."""

    path: str
    message: str


@dataclass(frozen=True)
class Recipe:
    """One recipe of a justfile, as `just --dump` gives it."""

    name: str
    comment: str | None
    dependencies: tuple[str, ...]
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Justfile:
    """The parts of a justfile the rules read."""

    recipes: dict[str, Recipe]
    dotenv_load: bool


def justfile(root: Traversable) -> Justfile | Unreadable | None:
    """The folder's justfile, as `just --dump --dump-format json` reads it, or None."""
    found = next((root / n for n in JUSTFILE_NAMES if (root / n).is_file()), None)
    if found is None:
        return None
    program = just_program()
    if program is None:
        return Unreadable(
            found.name, "`just` is not installed: `uv add --dev rust-just`"
        )
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder, "justfile")
        copy.write_text(found.read_text(encoding="utf-8"), encoding="utf-8")
        completed = subprocess.run(
            [program, "--justfile", copy, "--dump", "--dump-format", "json"],
            capture_output=True,
            text=True,
            check=False,
        )
    if completed.returncode != 0:
        return Unreadable(found.name, completed.stderr.strip())
    dump = json.loads(completed.stdout)
    recipes = {
        name: Recipe(
            name=name,
            comment=recipe["doc"],
            dependencies=tuple(d["recipe"] for d in recipe["dependencies"]),
            lines=tuple(_line(fragments) for fragments in recipe["body"]),
        )
        for name, recipe in dump["recipes"].items()
    }
    return Justfile(recipes=recipes, dotenv_load=bool(dump["settings"]["dotenv_load"]))


def _line(fragments: list[Any]) -> str:
    """One recipe line from just's fragments: text, with `{{…}}` for interpolations."""
    return "".join(f if isinstance(f, str) else "{{…}}" for f in fragments)


def just_program() -> str | None:
    """The `just` next to this Python (rust-just installs it there), else on PATH."""
    beside = Path(sys.executable).with_name("just")
    return str(beside) if beside.is_file() else shutil.which("just")


def dockerfile(
    root: Traversable,
) -> tuple[dockerfile_parser.Command, ...] | Unreadable | None:
    """The Dockerfile's instructions, by Docker's own parser; None if there is none."""
    path = root / "Dockerfile"
    if not path.is_file():
        return None
    try:
        return dockerfile_parser.parse_string(path.read_text(encoding="utf-8"))
    except dockerfile_parser.GoParseError as error:
        return Unreadable("Dockerfile", str(error))


def workflows(repository: Traversable) -> dict[str, Any]:
    """The repository's workflows (`.github/workflows/`), by file name, as YAML."""
    folder = repository / ".github" / "workflows"
    if not folder.is_dir():
        return {}
    return {
        path.name: yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in sorted(folder.iterdir(), key=lambda p: p.name)
        if path.name.endswith((".yml", ".yaml"))
    }
