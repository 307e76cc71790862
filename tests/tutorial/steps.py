"""A page's blocks as the steps a reader takes: run, write, merge, compare, or skip.

A shell block's settings, read by `playbook_markdown.blocks`, never seen by readers:
`data-replay="fails: TEXT"` (the commands must fail, printing TEXT),
`data-replay="serves: URL"` (a server that runs until the page ends), `data-skip="WHY"`
(not run; the docs tests check that the page says WHY). An ```output block is what
the command block right before it prints; `...` matches anything. That block must be one
the replay runs and reads (not skipped, not a server), or the page is an error.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from playbook_markdown.blocks import Block, output_problem, read_page

from tests.support.shell_script import command_lines

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
        if self.action == "output":
            return f"output of the block at {self.block}"
        return (
            f"{self.action} {self.detail}"
            if self.action in {"write", "merge"}
            else self.text
        )


def shell_steps(block: Block) -> list[Step]:
    """The steps of a shell block, as its `data-skip` or `data-replay` setting asks."""
    verb, argument = ("skip", block.skip) if block.skip is not None else block.replay
    action = SETTINGS.get(verb)
    if action is None:
        raise PageError(f"{block.where}: data-replay={verb!r} is not a replay setting")
    steps = []
    for number, command in command_lines(block.source):
        words = shlex.split(command, comments=True)
        if action != "skip" and len(words) == 2 and words[0] == "cd":
            steps.append(Step(block.at(number), "cd", command, words[1], block.where))
        else:
            steps.append(Step(block.at(number), action, command, argument, block.where))
    return steps


def page_steps(path: Path) -> list[Step]:
    """The steps of the page at `path`, in page order."""
    steps: list[Step] = []
    previous: Block | None = None
    for block in read_page(path):
        if block.title == "pyproject.toml":
            steps.append(Step(block.where, "merge", block.source, block.title))
        elif block.title:
            steps.append(Step(block.where, "write", block.source, block.title))
        elif block.language in SHELLS:
            steps += shell_steps(block)
        elif block.language == "output":
            if reason := output_problem(previous):
                raise PageError(
                    f"{block.where}: an ```output block shows what the shell block"
                    f" right above it prints, and the replay compares them; {reason}."
                    " Put the output under a block the replay runs, or drop it"
                )
            assert previous is not None
            steps.append(
                Step(block.where, "output", block.source, block=previous.where)
            )
        previous = block
    return steps
