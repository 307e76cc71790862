"""Turn a page's blocks into tutorial steps: commands to run, files to write, skips."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

from tests.support.markdown import Block, read_page

SHELLS = {"bash", "sh", "shell", "console"}
# Commands a replay in a temporary folder must not run, and why (first words matched).
NOT_HERE = [
    (r"git clone\b", "clones a repository from the network"),
    (
        r"git commit\b",
        "makes a commit (the replay proves files and checks, not history)",
    ),
    (r"git push\b", "pushes to a remote"),
    (r"(brew|curl|wget|pipx|apt|apt-get|sudo)\b", "installs software system-wide"),
    (r"(python3? -m )?pip install\b", "installs software system-wide"),
    (r"uv tool install\b", "installs a global tool; the replay uses the project's own"),
    (r"uv publish\b", "publishes to a package index"),
    (r"docker\b", "needs Docker"),
    (r"(sqitch|psql|pg_prove)\b", "needs a database server"),
    (r"(uv run )?just (db-test|integration)\b", "needs Sqitch and PostgreSQL"),
    (r"(uv run )?just (docs|run)\b", "starts a server that runs until stopped"),
    (r"(uv run )?mkdocs serve\b", "starts a server that runs until stopped"),
]


@dataclass(frozen=True)
class Marker:
    """A block's `data-replay="VERB: TEXT"` setting (VERB: `fails` or `skip`)."""

    verb: str
    text: str


def marker_of(block: Block) -> Marker | None:
    """The block's replay setting, or None."""
    setting = block.attributes.get("data-replay")
    if setting is None:
        return None
    verb, _, text = setting.partition(":")
    return Marker(verb.strip(), text.strip())


@dataclass(frozen=True)
class Step:
    """One thing the reader does: run a command, write a file, merge TOML, or skip."""

    where: str
    kind: str  # "run", "cd", "write", "toml" or "skip"
    text: str
    path: str = ""
    expect_failure: str | None = None
    reason: str = ""

    def describe(self) -> str:
        """A short line for the step account."""
        return f"write {self.path}" if self.kind in {"write", "toml"} else self.text


def command_lines(block: Block) -> list[tuple[int, str]]:
    """The commands of a shell block with their body line, continuations joined."""
    commands: list[tuple[int, str]] = []
    pending: tuple[int, str] | None = None
    for number, raw in enumerate(block.source.splitlines(), start=1):
        line = raw.rstrip()
        if block.language == "console":
            if pending is None and not line.startswith("$ "):
                continue  # printed output, not a command
            line = line.removeprefix("$ ")
        if pending is not None:
            pending = (pending[0], f"{pending[1]} {line.strip()}")
        elif line.strip() and not line.lstrip().startswith("#"):
            pending = (number, line.strip())
        if pending is not None and not pending[1].endswith("\\"):
            commands.append(pending)
            pending = None
        elif pending is not None:
            pending = (pending[0], pending[1].removesuffix("\\").rstrip())
    return commands


def command_step(block: Block, number: int, command: str) -> Step:
    """Classify one command line of a shell block."""
    where = block.at(number)
    marker = marker_of(block)
    if marker and marker.verb == "skip":
        return Step(where, "skip", command, reason=marker.text)
    for pattern, reason in NOT_HERE:
        if re.match(pattern, command):
            return Step(where, "skip", command, reason=reason)
    words = shlex.split(command, comments=True)
    if words and words[0] == "cd" and len(words) == 2:
        return Step(where, "cd", command, path=words[1])
    expected = marker.text if marker and marker.verb == "fails" else None
    return Step(where, "run", command, expect_failure=expected)


def page_steps(path: Path) -> list[Step]:
    """The steps of the page at `path`, in page order."""
    steps: list[Step] = []
    for block in read_page(path):
        if block.language in SHELLS:
            steps += [command_step(block, n, c) for n, c in command_lines(block)]
        elif block.title == "pyproject.toml":
            steps.append(Step(block.at(1), "toml", block.source, path=block.title))
        elif block.title:
            steps.append(Step(block.at(1), "write", block.source, path=block.title))
    return steps
