"""A page's blocks as the steps a reader takes: run, write, merge, compare, or skip.

What a block asks of the replay is its `data-replay` setting, never seen by readers:
`fails: TEXT` (the commands must fail, printing TEXT), `serves: URL` (a server that runs
until the page ends), `skip: REASON` (REASON must be written on the page for readers).
An ```output block is what the command block before it prints; `...` matches anything.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sybil import Document

from tests.support.markdown import Block, blocks_of, read_page

SHELLS = {"bash", "sh"}
Action = Literal["run", "fails", "serves", "skip", "cd", "write", "merge", "output"]
SETTINGS: dict[str, Action] = {
    "run": "run",
    "fails": "fails",
    "serves": "serves",
    "skip": "skip",
}


class PageError(ValueError):
    """A page asks the replay for something it cannot do; names page and line."""


@dataclass(frozen=True)
class Step:
    """One thing the reader does, where the page asks for it."""

    where: str
    action: Action
    text: str
    """The command, the file's content, or the expected output."""
    detail: str = ""
    """The path written, the text a failure prints, the URL served, the skip reason."""
    block: str = ""
    """Where the block a command comes from starts (an output block shows them all)."""

    def describe(self) -> str:
        """A short line for the step account."""
        return (
            f"{self.action} {self.detail}"
            if self.action in {"write", "merge"}
            else self.text
        )


def visible_text(path: Path) -> str:
    """The page as readers see it: code blocks and HTML comments left out."""
    text = path.read_text(encoding="utf-8")
    document = Document(text, str(path))
    for region, _ in reversed(list(blocks_of(document))):
        text = text[: region.start] + text[region.end :]
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.DOTALL)
    return " ".join(text.split())


def command_lines(block: Block) -> list[tuple[int, str]]:
    """The commands of a shell block with their line, continuations joined."""
    commands: list[tuple[int, str]] = []
    pending: tuple[int, str] | None = None
    for number, raw in enumerate(block.source.splitlines(), start=1):
        line = raw.rstrip()
        if pending is not None:
            pending = (pending[0], f"{pending[1]} {line.strip()}")
        elif line.strip() and not line.lstrip().startswith("#"):
            pending = (number, line.strip())
        if pending is not None and pending[1].endswith("\\"):
            pending = (pending[0], pending[1].removesuffix("\\").rstrip())
        elif pending is not None:
            commands.append(pending)
            pending = None
    return commands


def shell_steps(block: Block, visible: str) -> list[Step]:
    """The steps of a shell block, as its `data-replay` setting asks."""
    verb, _, argument = block.attributes.get("data-replay", "run").partition(":")
    action, argument = SETTINGS.get(verb.strip()), argument.strip()
    if action is None:
        raise PageError(f"{block.where}: data-replay={verb!r} is not a replay setting")
    if action == "skip" and argument.lower() not in visible.lower():
        raise PageError(
            f"{block.where}: skipped for {argument!r}, which the page does not say:"
            " write the reason in the prose, where readers see it"
        )
    steps = []
    for number, command in command_lines(block):
        words = shlex.split(command, comments=True)
        if action != "skip" and len(words) == 2 and words[0] == "cd":
            steps.append(Step(block.at(number), "cd", command, words[1], block.where))
        else:
            steps.append(Step(block.at(number), action, command, argument, block.where))
    return steps


def page_steps(path: Path) -> list[Step]:
    """The steps of the page at `path`, in page order."""
    visible = visible_text(path)
    steps: list[Step] = []
    for block in read_page(path):
        if block.title == "pyproject.toml":
            steps.append(Step(block.where, "merge", block.source, block.title))
        elif block.title:
            steps.append(Step(block.where, "write", block.source, block.title))
        elif block.language in SHELLS:
            steps += shell_steps(block, visible)
        elif block.language == "output":
            steps.append(Step(block.where, "output", block.source))
    return steps
