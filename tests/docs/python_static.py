"""Python blocks, statically: ruff check, ruff format and mypy, batched over all pages.

Each page becomes one module (split where the namespace is cleared) whose line N is
page line N, so a ruff or mypy message maps straight back to its block. The line above
each block holds `# isort: split`, so one block's imports are sorted on their own.
"""

from __future__ import annotations

import re
import subprocess
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from mypy import api

from tests.docs.excerpt import block_diff, excerpt_problem
from tests.docs.pages import Block, Page
from tests.docs.python_run import protect_output, restore_output
from tests.docs.repo import Repo, tool

FUTURE = re.compile(r"^from __future__ import .*$")
MESSAGE = re.compile(r"^(?P<file>[^:\n]+\.py):(?P<line>\d+):(?P<rest>.*)$")


def page_module(blocks: Sequence[Block]) -> str:
    """The blocks laid out at their page lines (future imports blanked: mid-module)."""
    lines = [""] * (blocks[-1].first_line + blocks[-1].source.count("\n") + 1)
    for block in blocks:
        lines[block.first_line - 2] = "# isort: split"
        for offset, line in enumerate(block.source.splitlines()):
            lines[block.first_line - 1 + offset] = "" if FUTURE.match(line) else line
    return "\n".join(lines).rstrip("\n") + "\n"


class Located:
    """Map (module file, line) to the block there."""

    def __init__(self) -> None:
        self.blocks: dict[str, list[Block]] = {}

    def add(self, path: Path, blocks: list[Block]) -> None:
        """Remember which blocks a written module holds."""
        self.blocks[path.name] = blocks

    def find(self, file: str, line: int) -> Block | None:
        """The block holding `line` of module `file` (the next one for a gap line)."""
        for block in self.blocks.get(Path(file).name, []):
            if line <= block.last_line:
                return block
        return None


def static_problems(
    pages: Sequence[Page], repo: Repo, workdir: Path
) -> dict[str, list[str]]:
    """Problems per block (`where`): drift, ruff check, ruff format, mypy."""
    problems: dict[str, list[str]] = defaultdict(list)
    located = Located()
    modules: list[str] = []
    blocks: list[Block] = []
    (workdir / "format").mkdir(parents=True, exist_ok=True)
    for page in pages:
        for number, segment in enumerate(page.static_segments()):
            name = re.sub(r"\W", "_", page.rel.removesuffix(".md"))
            path = workdir / f"page_{name}_{number}.py"
            path.write_text(page_module(segment), encoding="utf-8")
            located.add(path, segment)
            modules.append(str(path))
            blocks.extend(segment)
    for block in blocks:
        if block.title:
            drift = excerpt_problem(block, repo, block.title)
            if drift:
                problems[block.where].append(drift)
    if not modules:
        return problems
    config = str(repo.root / "pyproject.toml")
    lint = subprocess.run(
        [
            tool("ruff"),
            "check",
            "--config",
            config,
            "--no-cache",
            "--extend-ignore=E402",
        ]
        + ["--output-format", "concise", "--no-fix", *modules],
        capture_output=True,
        text=True,
        check=False,
    )
    for where, text in parse(lint.stdout, located):
        problems[where].append(f"ruff check: {text}")
    formatted = format_blocks(blocks, workdir / "format", config)
    for block, after in zip(blocks, formatted, strict=True):
        if after != block.source:
            diff = block_diff(block, after, "ruff format")
            problems[block.where].append(
                f"{block.where}: not formatted as `ruff format` would"
                f" (`just docs-fix`):\n{diff}"
            )
    stdout, _, _ = api.run(
        ["--config-file", config, "--cache-dir", str(repo.root / ".mypy_cache")]
        + ["--no-error-summary", "--no-pretty", "--hide-error-context", *modules]
    )
    for where, text in parse(stdout, located):
        problems[where].append(f"mypy: {text}")
    return problems


def parse(output: str, located: Located) -> list[tuple[str, str]]:
    """(where, message with the page's file:line) for each tool message line."""
    found = []
    for line in output.splitlines():
        match = MESSAGE.match(line)
        if not match:
            continue
        number = int(match.group("line"))
        block = located.find(match.group("file"), number)
        if block is not None:
            found.append((block.where, f"{block.rel}:{number}:{match.group('rest')}"))
    return found


def format_blocks(blocks: Sequence[Block], folder: Path, config: str) -> list[str]:
    """Each block as `ruff format` writes it (one run, one file per block)."""
    paths = []
    for index, block in enumerate(blocks):
        path = folder / f"block_{index}.py"
        path.write_text(protect_output(block.source), encoding="utf-8")
        paths.append(path)
    subprocess.run(
        [tool("ruff"), "format", "--config", config, "--no-cache", "--quiet"]
        + [str(path) for path in paths],
        capture_output=True,
        check=False,
    )
    return [restore_output(path.read_text(encoding="utf-8")) for path in paths]
