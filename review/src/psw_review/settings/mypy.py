"""mypy's settings: the flags its own config parser sets from the project's files."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from psw_review.settings.isolated import run_python, shown
from psw_review.skips import Skip

READ = """
import io, json
from mypy.config_parser import parse_config_file
from mypy.main import define_options
from mypy.options import Options

_, _, strict = define_options()
options = Options()


def set_strict_flags():
    for name, value in strict:
        setattr(options, name, value)


errors = io.StringIO()
parse_config_file(options, set_strict_flags, None, io.StringIO(), errors)
print(json.dumps({
    "path": options.config_file,
    "strict": dict(strict),
    "flags": {name: getattr(options, name) for name, _ in strict},
    "errors": errors.getvalue(),
}))
"""
"""Run in the project's folder: mypy searches from there, as `mypy` run there does."""


@dataclass(frozen=True)
class MypySettings:
    """The flags of mypy's strict mode, as mypy reads them from the project."""

    path: str | None
    """The file mypy read, relative to the project; None: it found none."""
    lacking: dict[str, bool]
    """The strict mode's flags the settings leave unset, with the value strict sets."""
    strict_flags: tuple[str, ...]
    """Every flag strict mode sets, in this mypy."""
    errors: str
    """What mypy said about its settings files (a file it cannot read is skipped)."""


def mypy_settings(root: object) -> MypySettings | Skip:
    """mypy's settings for the project, by `mypy.config_parser`, with no user config.

    Run in a subprocess in the project's folder, with an empty home: mypy's search
    then finds `mypy.ini`, `.mypy.ini`, `pyproject.toml` or `setup.cfg` of the
    project (or a parent, up to the repository's root), never `~/.config/mypy`.
    """
    if not isinstance(root, Path):
        return Skip("mypy's settings can only be resolved in a folder on this disk")
    completed = run_python(READ, root)
    if completed.returncode != 0:
        return Skip(f"mypy could not be asked for its settings: {completed.stderr}")
    read = json.loads(completed.stdout)
    return MypySettings(
        path=shown(read["path"], root) if read["path"] else None,
        lacking={
            name: value
            for name, value in read["strict"].items()
            if read["flags"][name] != value
        },
        strict_flags=tuple(read["strict"]),
        errors=read["errors"].strip(),
    )
