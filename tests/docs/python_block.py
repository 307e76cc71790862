"""An untitled Python block is a program of its own: ruff, ruff format, mypy, then run.

Each tool reads the repository's pyproject.toml. pytest-examples runs the block and
compares what it prints with its `#>` lines; `just docs-fix` formats the block with
ruff and rewrites them.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from mypy import api
from playbook_markdown.blocks import Block, root_of
from pytest_examples import EvalExample

from tests.docs.problem import Problem, block_diff
from tests.docs.sources import code_example
from tests.support.tools import tool

MESSAGE = re.compile(r"^[^:\n]+:(?P<line>\d+):(?:\d+:)? (?P<text>.*)$", re.MULTILINE)
OUTPUT_LINE = re.compile(r"^(\s*)#> ", re.MULTILINE)
"""A printed line under `print`; ruff would write it `# > `, so it is kept aside."""


def python_problems(
    block: Block, eval_example: EvalExample, *, run: bool = True
) -> list[Problem]:
    """ruff check, ruff format and mypy problems, then the run's, at page lines."""
    __tracebackhide__ = True
    pyproject = root_of(block.path) / "pyproject.toml"
    problems = linted(block, pyproject) + typed(block, pyproject)
    after = formatted(block.source, pyproject)
    source = block.source
    if after != block.source and eval_example.update_examples:
        source = after
    elif after != block.source:
        what = "not formatted as `ruff format` would (`just docs-fix`)"
        diff = block_diff(block, after, "ruff format")
        problems.append(Problem(block.where, what, diff, fix=after))
    return problems + (ran(block, source, eval_example) if run else [])


def linted(block: Block, pyproject: Path) -> list[Problem]:
    """What `ruff check` says of the block, with the project's rules for its file."""
    done = subprocess.run(
        [tool("ruff"), "check", "--config", str(pyproject), "--no-cache", "--no-fix"]
        + ["--output-format", "concise", "--stdin-filename", block.title or "block.py"]
        + ["-"],
        input=block.source,
        capture_output=True,
        text=True,
        check=False,
    )
    return located(block, done.stdout, "ruff check")


def typed(block: Block, pyproject: Path) -> list[Problem]:
    """What mypy, strict as the project sets it, says of the block."""
    cache = pyproject.parent / ".mypy_cache"
    stdout, _, _ = api.run(
        ["--config-file", str(pyproject), "--cache-dir", str(cache)]
        + ["--no-error-summary", "--no-pretty", "--hide-error-context"]
        + ["-c", block.source]
    )
    return located(block, stdout, "mypy")


def located(block: Block, output: str, tool_name: str) -> list[Problem]:
    """A problem per `file:LINE: message` line of a tool, at its page line."""
    return [
        Problem(block.at(int(found["line"])), f"{tool_name}: {found['text']}")
        for found in MESSAGE.finditer(output)
    ]


def formatted(source: str, pyproject: Path) -> str:
    """The block as `ruff format` writes it, its `#>` lines kept."""
    done = subprocess.run(
        [tool("ruff"), "format", "--config", str(pyproject), "--no-cache"]
        + ["--stdin-filename", "block.py", "-"],
        input=OUTPUT_LINE.sub(r"\1# > ", source),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        return source
    return re.sub(r"^(\s*)# > ", r"\1#> ", done.stdout, flags=re.MULTILINE)


def ran(block: Block, source: str, eval_example: EvalExample) -> list[Problem]:
    """Run `source`; what it prints must be its `#>` lines (docs-fix rewrites them)."""
    __tracebackhide__ = True
    main = sys.modules["__main__"]
    example = code_example(block, source)
    try:
        if eval_example.update_examples:
            eval_example.run_print_update(example)
            if source != block.source and example not in eval_example.to_update:
                eval_example.to_update.append(example)
        else:
            eval_example.run_print_check(example)
    except pytest.fail.Exception as failure:
        what = (
            "printed output differs from the #> lines (`just docs-fix` rewrites them)"
        )
        return [Problem(block.where, what, str(failure.msg))]
    finally:
        sys.modules["__main__"] = main
    return []
