# /// script
# requires-python = ">=3.11"
# dependencies = ["packaging>=24", "tomlkit>=0.13"]
# ///
"""Make the copied reference files a new project (copier runs this in the project).

Shared files keep their playbook part only (between `--8<--` markers). Without
PostgreSQL, the files named after it go and so does every line the reference marks
`PostgreSQL only`. Other names replace the reference's exactly where they stand: the
package as an identifier, the distribution in `pyproject.toml` and as a string literal.
Only the template's own files are read; `.copier-answers.yml` is copier's. Then
`uv lock`, and ruff re-formats renamed or shortened code.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import tomlkit
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

TEMPLATE = Path(__file__).resolve().parent
"""The template's folder in copier's copy of the template repository."""
sys.path.insert(0, str(TEMPLATE.parent / "site_extensions" / "src"))
from playbook_markdown.sections import marked_parts  # noqa: E402 (the copy's reader)

PLAYBOOK_PARTS = ["pyproject.toml", "justfile", "gitignore"]
DOT_NAMES = {
    "gitignore": ".gitignore",
    "pre-commit-config.yaml": ".pre-commit-config.yaml",
}
"""Template files held under other names: Git does not follow a .gitignore that links,
and prek would run a linked hook file in template/ as a project of its own."""
PACKAGE = "python_service"
DISTRIBUTION = "python-service"
IDENTIFIER_OUTSIDE_URLS = re.compile(r"(?P<url>\w+://\S+)|\bpython_service\b")
"""The package name as a whole identifier; URLs match first, to be kept as they are."""
DISTRIBUTION_LITERAL = f'"{DISTRIBUTION}"'
"""The distribution name as a Python string literal (the app's title and version)."""
POSTGRES_BLOCK = re.compile(r"^(?P<indent> *)(#|<!--) PostgreSQL only\b")
POSTGRES_LINE = re.compile(r" (# PostgreSQL only|<!-- PostgreSQL only -->)$")
POSTGRES_PACKAGES = ["psycopg", "psycopg-pool"]
NO_LICENSE = "none"
"""The licence answer that writes no LICENSE file (copier skips it) and no `license`."""


class MarkerError(ValueError):
    """A `PostgreSQL only` comment that marks nothing."""


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


def template_files(project: Path, package: str) -> Iterator[Path]:
    """The files of `project` that the template wrote, under their names in it.

    Never the answers file (copier's), nor what a project adds: `copier update` runs
    this task in a used project, with its own files, .git, .venv and var/.
    """
    for folder, subfolders, files in os.walk(TEMPLATE, followlinks=True):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        for name in files:
            parts = Path(folder, name).relative_to(TEMPLATE).parts
            if parts[-1].startswith("{{"):
                continue
            parts = (
                *parts[:-1],
                DOT_NAMES.get(parts[-1], parts[-1]).removesuffix(".jinja"),
            )
            if parts[:2] == ("src", PACKAGE):
                parts = ("src", package, *parts[2:])
            if (path := project.joinpath(*parts)).is_file():
                yield path


def drop_postgres(project: Path) -> None:
    """Remove PostgreSQL's files, its folders left empty, and its marked lines."""
    for path in list(template_files(project, PACKAGE)):
        relative = path.relative_to(project)
        if any("postgres" in part for part in relative.parts):
            path.unlink()
            for folder in relative.parents:
                if folder.parts and not any((project / folder).iterdir()):
                    (project / folder).rmdir()
            continue
        text = path.read_text(encoding="utf-8")
        if (kept := without_postgres(text, str(relative))) != text:
            path.write_text(kept, encoding="utf-8")


def postgres_packages(project: Path) -> list[str]:
    """PostgreSQL's packages among the project's dependencies."""
    metadata = tomlkit.parse((project / "pyproject.toml").read_text(encoding="utf-8"))
    dependencies = metadata["project"]["dependencies"]
    names = {canonicalize_name(Requirement(spec).name) for spec in dependencies}
    return [name for name in POSTGRES_PACKAGES if name in names]


def rename(project: Path, package: str, distribution: str) -> None:
    """Move the package to `src/<package>`, then, in one pass over the template's
    files, rename it where it is an identifier and the distribution where Python code
    holds it as a string literal.

    On `copier update` the package is there already: the new files go into it.
    """
    reference = project / "src" / PACKAGE
    if package != PACKAGE and reference.is_dir():
        shutil.copytree(reference, project / "src" / package, dirs_exist_ok=True)
        shutil.rmtree(reference)
    for path in template_files(project, package):
        text = path.read_text(encoding="utf-8")
        renamed = IDENTIFIER_OUTSIDE_URLS.sub(
            lambda found: found["url"] or package, text
        )
        if path.suffix == ".py":
            renamed = renamed.replace(DISTRIBUTION_LITERAL, f'"{distribution}"')
        if renamed != text:
            path.write_text(renamed, encoding="utf-8")


def write_metadata(
    project: Path, distribution: str, package: str, description: str, license: str
) -> None:
    """Set the name, description, licence and module in `pyproject.toml`, by tomlkit.

    The licence is the answer, an SPDX expression, with the LICENSE file copier wrote
    (PEP 639); `none` sets neither. uv_build looks for the module named after the
    distribution unless told another.
    """
    path = project / "pyproject.toml"
    text = path.read_text(encoding="utf-8")
    document = tomlkit.parse(text)
    metadata = document["project"]
    metadata["name"] = distribution
    metadata["description"] = description
    if license != NO_LICENSE:
        metadata["license"] = license
        metadata["license-files"] = ["LICENSE"]
    if package != canonicalize_name(distribution).replace("-", "_"):
        backend = tomlkit.table()
        backend["module-name"] = package
        backend.add(tomlkit.nl())
        document["tool"]["uv"]["build-backend"] = backend
    if (written := tomlkit.dumps(document)) != text:
        path.write_text(written, encoding="utf-8")


def finish(
    project: Path,
    distribution: str,
    package: str,
    description: str,
    postgres: bool,
    license: str,
) -> None:
    """Everything but the tools: parts, names, PostgreSQL's marks, metadata."""
    for name in PLAYBOOK_PARTS:
        path = project / name
        path.write_text(marked_parts(path.read_text(encoding="utf-8")), "utf-8")
    for name, dotted in DOT_NAMES.items():
        (project / name).replace(project / dotted)
    if not postgres:
        drop_postgres(project)
    if (package, distribution) != (PACKAGE, DISTRIBUTION):
        rename(project, package, distribution)
    write_metadata(project, distribution, package, description, license)


def uv_env() -> dict[str, str]:
    """The environment for uv in the project: not the task's own environment."""
    return {name: value for name, value in os.environ.items() if name != "VIRTUAL_ENV"}


def main(
    distribution: str, package: str, description: str, postgres: str, license: str
) -> None:
    """Finish the project in the current folder, lock it, format what changed."""
    project = Path.cwd()
    finish(project, distribution, package, description, postgres == "True", license)
    if postgres != "True" and (packages := postgres_packages(project)):
        subprocess.run(
            ["uv", "remove", "--frozen", *packages], check=True, env=uv_env()
        )
    subprocess.run(["uv", "lock", "--quiet"], check=True, env=uv_env())
    if postgres != "True" or package != PACKAGE:
        subprocess.run(
            ["uv", "run", "--quiet", "ruff", "format", "--quiet", "src", "tests"],
            check=True,
            env=uv_env(),
        )


if __name__ == "__main__":
    main(*sys.argv[1:])
