"""Make the copied reference files a new project (copier runs this in the project).

Shared files keep their playbook part only (between `--8<--` markers); a package name
other than the reference's renames the package everywhere, then ruff re-formats the code
(a name of another length moves line breaks), through `uv run` in the new project.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

MARKER = re.compile(r"--8<-- \[(?P<edge>start|end):[\w-]+\]")
PLAYBOOK_PARTS = ["pyproject.toml", "justfile", "gitignore"]
REFERENCE = ("python-service", "python_service")
DESCRIPTION = re.compile(r'^description = ".*"$', re.MULTILINE)


def playbook_part(text: str) -> str:
    """The lines between section markers, sections joined by one blank line."""
    sections: list[list[str]] = []
    inside = False
    for line in text.splitlines(keepends=True):
        if marker := MARKER.search(line):
            inside = marker["edge"] == "start"
            if inside:
                sections.append([])
        elif inside:
            sections[-1].append(line)
    return "\n".join("".join(lines).strip("\n") + "\n" for lines in sections)


def rename(project: Path, project_name: str, package_name: str) -> None:
    """Give the package and the distribution their new names, in paths and text."""
    (project / "src" / REFERENCE[1]).rename(project / "src" / package_name)
    for path in project.rglob("*"):
        if path.is_file() and ".git" not in path.parts:
            text = path.read_text(encoding="utf-8")
            renamed = text.replace(REFERENCE[1], package_name)
            renamed = renamed.replace(REFERENCE[0], project_name)
            if renamed != text:
                path.write_text(renamed, encoding="utf-8")


def main(project_name: str, package_name: str, description: str) -> None:
    """Finish the project in the current folder."""
    project = Path.cwd()
    for name in PLAYBOOK_PARTS:
        path = project / name
        path.write_text(playbook_part(path.read_text(encoding="utf-8")), "utf-8")
    # The template holds these under other names: Git does not follow a .gitignore that
    # links, and prek would run a linked hook file in template/ as a project of its own.
    for name in ("gitignore", "pre-commit-config.yaml"):
        (project / name).rename(project / f".{name}")
    pyproject = project / "pyproject.toml"
    line = f"description = {description!r}".replace("'", '"')
    pyproject.write_text(
        DESCRIPTION.sub(line, pyproject.read_text("utf-8"), 1), "utf-8"
    )
    if (project_name, package_name) != REFERENCE:
        rename(project, project_name, package_name)
        subprocess.run(
            ["uv", "run", "--quiet", "ruff", "format", "--quiet", "src", "tests"],
            check=True,
        )


if __name__ == "__main__":
    main(*sys.argv[1:])
