"""Python blocks, statically: ruff check, ruff format and mypy, batched over all pages.

The untitled Python blocks of a page become one module whose line N is page line N, so
a ruff or mypy message maps straight back to its block. The line above each block holds
`# isort: split`, so one block's imports are sorted on their own.
"""

from __future__ import annotations

import re
import subprocess
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from mypy import api

from tests.docs.problem import Problem, block_diff
from tests.support.markdown import Block
from tests.support.tools import tool

FUTURE = re.compile(r"^from __future__ import .*$")
MESSAGE = re.compile(r"^(?P<file>[^:\n]+\.py):(?P<line>\d+):(?P<rest>.*)$")
Problems = dict[str, list[Problem]]


def page_module(blocks: Sequence[Block]) -> str:
    """The blocks laid out at their page lines (future imports blanked: mid-module)."""
    last = blocks[-1]
    lines = [""] * (last.first_line + last.source.count("\n") + 1)
    for block in blocks:
        lines[block.first_line - 2] = "# isort: split"
        for offset, line in enumerate(block.source.splitlines()):
            lines[block.first_line - 1 + offset] = "" if FUTURE.match(line) else line
    return "\n".join(lines).rstrip("\n") + "\n"


def static_problems(
    pages: Sequence[list[Block]], pyproject: Path, work: Path
) -> Problems:
    """Problems per block (`where`) from ruff check, ruff format and mypy."""
    problems: Problems = defaultdict(list)
    modules: dict[str, list[Block]] = {}
    for blocks in pages:
        runnable = [b for b in blocks if b.kind == "python" and b.title is None]
        if runnable:
            path = work / (re.sub(r"\W", "_", runnable[0].page) + ".py")
            path.write_text(page_module(runnable), encoding="utf-8")
            modules[str(path)] = runnable
    if not modules:
        return problems
    config = str(pyproject)
    lint = subprocess.run(
        [tool("ruff"), "check", "--config", config, "--no-cache", "--no-fix"]
        + ["--extend-ignore=E402", "--output-format", "concise", *modules],
        capture_output=True,
        text=True,
        check=False,
    )
    for block, line, text in located(lint.stdout, modules):
        problems[block.where].append(
            Problem(f"{block.page}:{line}", f"ruff check:{text}")
        )
    stdout, _, _ = api.run(
        ["--config-file", config, "--cache-dir", str(pyproject.parent / ".mypy_cache")]
        + ["--no-error-summary", "--no-pretty", "--hide-error-context", *modules]
    )
    for block, line, text in located(stdout, modules):
        problems[block.where].append(Problem(f"{block.page}:{line}", f"mypy:{text}"))
    blocks = [block for page in modules.values() for block in page]
    for block, after in zip(blocks, formatted(blocks, work, config), strict=True):
        if after != block.source:
            problems[block.where].append(
                Problem(
                    block.where,
                    "not formatted as `ruff format` would (`just docs-fix`)",
                    block_diff(block, after, "ruff format"),
                    fix=after,
                )
            )
    return problems


def located(
    output: str, modules: dict[str, list[Block]]
) -> list[tuple[Block, int, str]]:
    """(block, page line, message) for each `file.py:LINE: message` line of a tool."""
    found = []
    by_name = {Path(file).name: blocks for file, blocks in modules.items()}
    for text in output.splitlines():
        match = MESSAGE.match(text)
        # By file name: mypy's cache reports a fresh module under its earlier path.
        blocks = by_name.get(Path(match["file"]).name) if match else None
        if match is None or blocks is None:
            continue
        line = int(match["line"])
        for block in blocks:
            if line <= block.first_line + block.source.count("\n"):
                found.append((block, line, match["rest"]))
                break
    return found


def formatted(blocks: Sequence[Block], work: Path, config: str) -> list[str]:
    """Each block as `ruff format` writes it (one run, one file per block).

    Output lines `#> ...` are kept: ruff would write them `# > ...`.
    """
    paths = [work / f"format_{index}.py" for index in range(len(blocks))]
    for path, block in zip(paths, blocks, strict=True):
        path.write_text(re.sub(r"^(\s*)#> ", r"\1# > ", block.source, flags=re.M))
    subprocess.run(
        [tool("ruff"), "format", "--config", config, "--no-cache", "--quiet"]
        + [str(path) for path in paths],
        capture_output=True,
        check=False,
    )
    return [
        re.sub(r"^(\s*)# > ", r"\1#> ", path.read_text(), flags=re.M) for path in paths
    ]
