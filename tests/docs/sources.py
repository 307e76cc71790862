"""A titled block is generated from the file it names: the whole file, or one section.

Sections are read by `playbook_markdown.sections`; marker lines are never shown, nor the
blank lines a formatter keeps around them.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from playbook_markdown.blocks import Block, root_of
from playbook_markdown.sections import SectionError, section, without_markers
from pytest_examples import CodeExample

from tests.docs.problem import Problem, block_diff


class SourceError(Exception):
    """The title or section names nothing in the repository."""


def generated(block: Block) -> str:
    """What the block must hold: its file, its section, or the tree it names."""
    if (tree := block.attributes.get("data-tree")) is not None:
        return tree_of(root_of(block.path), tree.split())
    title = block.title or ""
    path = root_of(block.path) / title
    if not path.is_file():
        raise SourceError(
            f"the block is titled {title!r}, a file this repository lacks"
        )
    text = path.read_text(encoding="utf-8")
    if block.section is None:
        return without_markers(text)
    try:
        return section(text, block.section)
    except SectionError as error:
        raise SourceError(f"{title} has {error}") from None


def tree_of(root: Path, paths: list[str]) -> str:
    """The files Git tracks under `paths`, drawn as a tree indented by two spaces."""
    listed = subprocess.run(
        ["git", "ls-files", "--", *paths],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    lines: list[str] = []
    shown: set[tuple[str, ...]] = set()
    for parts in sorted(tuple(name.split("/")) for name in listed):
        for depth in range(len(parts)):
            if parts[: depth + 1] not in shown:
                shown.add(parts[: depth + 1])
                folder = "/" if depth < len(parts) - 1 else ""
                lines.append("  " * depth + parts[depth] + folder)
    return "\n".join(lines) + "\n"


def source_problems(block: Block, update: list[CodeExample] | None) -> list[Problem]:
    """Nothing if the block equals what it shows; else a diff, or (updating) a fix."""
    try:
        expected = generated(block)
    except SourceError as error:
        return [Problem(block.where, str(error))]
    if expected == block.source:
        return []
    if update is not None:
        update.append(code_example(block, expected))
        return []
    label = block.title or "the files it names"
    label += f" [{block.section}]" if block.section else ""
    what = f"differs from {label} (`just docs-fix` rewrites it from the file)"
    return [Problem(block.where, what, block_diff(block, expected, label))]


def code_example(block: Block, source: str) -> CodeExample:
    """The pytest-examples view of a block holding `source`."""
    return CodeExample(
        source=source,
        path=Path(block.path),
        start_line=block.line,
        end_line=block.line + source.count("\n"),
        start_index=block.start,
        end_index=block.end,
        prefix=block.language,
        indent=block.indent,
    )
