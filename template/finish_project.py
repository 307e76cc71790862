"""Make the copied reference files a new project (copier runs this in the project).

Shared files keep their playbook part only (between `--8<--` markers). Without
PostgreSQL, the files named after it go and so does every line the reference marks
`PostgreSQL only`. A package name other than the reference's renames the package
everywhere. ruff then re-formats the code, through `uv run` in the new project.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

MARKER = re.compile(r"--8<-- \[(?P<edge>start|end):[\w-]+\]")
PLAYBOOK_PARTS = ["pyproject.toml", "justfile", "gitignore"]
REFERENCE = ("python-service", "python_service")
DESCRIPTION = re.compile(r'^description = ".*"$', re.MULTILINE)
POSTGRES_BLOCK = re.compile(r"^(?P<indent> *)(#|<!--) PostgreSQL only\b")
POSTGRES_LINE = re.compile(r" (# PostgreSQL only|<!-- PostgreSQL only -->)$")
POSTGRES_PACKAGES = ["psycopg", "psycopg-pool"]
NAME = re.compile(r"^[\w.-]+")
"""The distribution name at the start of a dependency specifier."""
NOT_TEMPLATE = {
    ".git",
    ".venv",
    "var",
    "htmlcov",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
}


class MarkerError(ValueError):
    """A `PostgreSQL only` comment that marks nothing."""


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


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def without_postgres(text: str, name: str = "<text>") -> str:
    """`text` less its `PostgreSQL only` lines and blocks.

    A line ending in the comment goes. A line that is only the comment goes with the
    lines under it, up to a blank line before a line indented no deeper than the
    comment, or up to a line indented less. What goes from between two blank lines
    takes one of them along.
    """
    lines = text.splitlines(keepends=True)
    kept: list[str] = []
    at = 0
    while at < len(lines):
        if block := POSTGRES_BLOCK.match(lines[at]):
            end = _block_end(lines, at, len(block["indent"]))
            if end == at + 1:
                raise MarkerError(f"{name}:{at + 1}: `PostgreSQL only` marks no lines")
            if _between_blanks(kept, lines, end):
                end += 1
            elif end == len(lines) and kept and not kept[-1].strip():
                kept.pop()  # the blank line before a block that ended the file
            at = end
            continue
        if not POSTGRES_LINE.search(lines[at].rstrip("\n")):
            kept.append(lines[at])
        elif _between_blanks(kept, lines, at + 1):
            at += 1  # a line that stood alone between blank lines takes one along
        at += 1
    return "".join(kept)


def _between_blanks(kept: list[str], lines: list[str], after: int) -> bool:
    """Whether removed lines had a blank line (or the start) before and one after."""
    before_blank = not kept or not kept[-1].strip()
    return before_blank and after < len(lines) and not lines[after].strip()


def _block_end(lines: list[str], marker: int, depth: int) -> int:
    """The index of the first line after the block that the marker heads."""
    end = marker + 1
    while end < len(lines):
        if lines[end].strip():
            if _indent(lines[end]) < depth:
                return end
        else:
            following = next((line for line in lines[end:] if line.strip()), "")
            if _indent(following) <= depth:
                return end
        end += 1
    return end


def project_paths(project: Path) -> list[Path]:
    """The project's files and folders, deepest first, outside tool and data folders.

    `copier update` runs this task in a project that has a .git, a .venv and var/.
    """
    found: list[Path] = []
    for folder, subfolders, files in os.walk(project):
        subfolders[:] = [name for name in subfolders if name not in NOT_TEMPLATE]
        found += [Path(folder, name) for name in subfolders + files]
    return sorted(found, key=lambda path: (-len(path.parts), path))


def drop_postgres(project: Path) -> None:
    """Remove PostgreSQL: its files and folders, its marked lines, its packages."""
    for path in project_paths(project):
        if "postgres" in path.name and path.is_dir():
            shutil.rmtree(path)
        elif "postgres" in path.name:
            path.unlink()
        elif path.is_file():
            text = path.read_text(encoding="utf-8")
            name = str(path.relative_to(project))
            if (kept := without_postgres(text, name)) != text:
                path.write_text(kept, encoding="utf-8")
    metadata = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    names = {
        NAME.findall(spec)[0].lower() for spec in metadata["project"]["dependencies"]
    }
    if present := [name for name in POSTGRES_PACKAGES if name in names]:
        subprocess.run(["uv", "remove", "--frozen", *present], check=True)


def rename(project: Path, project_name: str, package_name: str) -> None:
    """Give the package and the distribution their new names, in paths and text.

    On `copier update` the package is there already: the new files go into it.
    """
    reference = project / "src" / REFERENCE[1]
    shutil.copytree(reference, project / "src" / package_name, dirs_exist_ok=True)
    shutil.rmtree(reference)
    for path in project_paths(project):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            renamed = text.replace(REFERENCE[1], package_name)
            renamed = renamed.replace(REFERENCE[0], project_name)
            if renamed != text:
                path.write_text(renamed, encoding="utf-8")


def main(project_name: str, package_name: str, description: str, postgres: str) -> None:
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
    sqlite_only = postgres == "False"
    renamed = (project_name, package_name) != REFERENCE
    if sqlite_only:
        drop_postgres(project)
    if renamed:
        rename(project, project_name, package_name)
    if sqlite_only or renamed:
        subprocess.run(
            ["uv", "run", "--quiet", "ruff", "format", "--quiet", "src", "tests"],
            check=True,
        )


if __name__ == "__main__":
    main(*sys.argv[1:])
