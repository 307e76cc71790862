"""Named sections of a file, marked as pymdownx.snippets marks them.

Two comment lines hold a section: `--8<-- [start:NAME]` and `--8<-- [end:NAME]`. The
docs tests show a section in a titled block, the template keeps a shared file's marked
parts, and `docs-fix` writes the llms.txt sections of mkdocs.yml between such lines.
This module needs nothing beyond Python, so copier's task imports it as it is.
"""

from __future__ import annotations

import re

MARKER = re.compile(r"--8<-- \[(?P<edge>start|end):(?P<name>[\w-]+)\]")


class SectionError(ValueError):
    """The file lacks a section's marker lines, or they are out of order."""


def span(text: str, name: str) -> tuple[int, int]:
    """Where section `name`'s lines start and end in `text` (marker lines outside)."""
    start = end = None
    offset = 0
    for line in text.splitlines(keepends=True):
        marker = MARKER.search(line)
        if marker and marker["name"] == name:
            if marker["edge"] == "start" and start is None:
                start = offset + len(line)
            elif marker["edge"] == "end" and start is not None:
                end = offset
                break
        offset += len(line)
    if start is None or end is None:
        raise SectionError(
            f"no section {name!r}: mark it with the comment lines"
            f" `--8<-- [start:{name}]` and `--8<-- [end:{name}]`"
        )
    return start, end


def section(text: str, name: str) -> str:
    """Section `name` as a page shows it: no marker lines, no blank edge lines."""
    start, end = span(text, name)
    return _shown(text[start:end])


def replaced(text: str, name: str, lines: str) -> str:
    """`text` with section `name` holding `lines` instead."""
    start, end = span(text, name)
    return text[:start] + lines + text[end:]


def without_markers(text: str) -> str:
    """The whole file as a page shows it: every marker line left out."""
    return "".join(
        line for line in text.splitlines(keepends=True) if not MARKER.search(line)
    )


def marked_parts(text: str) -> str:
    """Every section's lines in file order, one blank line between sections."""
    parts: list[str] = []
    depth = 0
    current = ""
    for line in text.splitlines(keepends=True):
        if marker := MARKER.search(line):
            depth += 1 if marker["edge"] == "start" else -1
            if depth == 0 and current:
                parts.append(_shown(current))
                current = ""
        elif depth > 0:
            current += line
    return "\n".join(parts)


def _shown(lines: str) -> str:
    """Lines without marker lines or blank edges, ending in one newline."""
    return without_markers(lines).strip("\n") + "\n"
