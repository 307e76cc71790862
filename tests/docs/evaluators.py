"""One Sybil evaluator per kind of block; each returns its failure message, or None.

They read the fixture Sybil puts in the page namespace: `eval_example`
(pytest-examples).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping

import pytest
from playbook_markdown.blocks import Block, Kind, output_problem, root_of
from pytest_examples import EvalExample
from sybil import Example

from tests.docs.problem import Problem, report
from tests.docs.python_block import python_problems
from tests.docs.shell import shell_problems
from tests.docs.sources import source_problems

Evaluator = Callable[[Example], str | None]


def check_titled(example: Example) -> str | None:
    """A block showing files is generated from them: equal, or rewritten."""
    eval_example: EvalExample = example.namespace["eval_example"]
    update = eval_example.to_update if eval_example.update_examples else None
    return report(source_problems(example.parsed, update))


def check_python(example: Example) -> str | None:
    """ruff, ruff format and mypy clean, then run with pytest-examples."""
    __tracebackhide__ = True
    eval_example: EvalExample = example.namespace["eval_example"]
    return report(python_problems(example.parsed, eval_example))


def check_python_statically(example: Example) -> str | None:
    """ruff, ruff format and mypy clean; not run (`data-skip`)."""
    eval_example: EvalExample = example.namespace["eval_example"]
    return report(python_problems(example.parsed, eval_example, run=False))


def check_draft(example: Example) -> str | None:
    """A file at one step: linted and typed if Python, and run by the replay."""
    block: Block = example.parsed
    if block.kind != "python":
        pytest.skip(DRAFT_UNCHECKED.format(title=block.title))
    eval_example: EvalExample = example.namespace["eval_example"]
    return report(python_problems(block, eval_example, run=False))


def check_shell(example: Example) -> str | None:
    """Shell syntax, recipe names and uv flags."""
    block: Block = example.parsed
    return report(shell_problems(block, root_of(block.path) / "justfile"))


def check_toml(example: Example) -> str | None:
    """An untitled TOML block parses."""
    block: Block = example.parsed
    try:
        tomllib.loads(block.source)
    except tomllib.TOMLDecodeError as error:
        return report([Problem(block.where, f"TOML does not parse: {error}")])
    return None


def passes(example: Example) -> str | None:
    """Nothing to check here (the tutorial replay compares an output block)."""
    return None


def failing(what: list[str], block: Block) -> Evaluator:
    """An evaluator that reports `what` at the block's line."""

    def evaluate(example: Example) -> str | None:
        return report([Problem(block.where, text) for text in what])

    return evaluate


def skipped(reason: str) -> Evaluator:
    """An evaluator that skips the block, giving the page's reason."""

    def evaluate(example: Example) -> str | None:
        pytest.skip(reason)

    return evaluate


BY_KIND: Mapping[Kind, Evaluator] = {
    "python": check_python,
    "shell": check_shell,
    "output": passes,
    "toml": check_toml,
}
DRAFT_UNCHECKED = "a draft of {title}: not checked here; the replay writes and runs it"
OUTPUT_SHOWS = "an ```output block shows what the shell block right above it prints"
UNCHECKED = (
    "no checker verifies a ```{language} block: title it with the repository file it"
    ' shows, or give it data-skip="why" (and say why on the page)'
)


def evaluator_for(block: Block, previous: Block | None, prose: str) -> Evaluator:
    """The checker of a block: its file's when it shows files, else its language's.

    A block with `data-skip` is not run: a Python block is linted and typed only, and
    a kind nothing checks statically is skipped with its reason. A draft of a file is
    not compared with it: a later block shows the file as it ends.
    """
    if problems := block.problems(prose):
        return failing(problems, block)
    if block.kind == "output" and (reason := output_problem(previous)):
        return failing([f"{OUTPUT_SHOWS}; {reason}"], block)
    if block.draft:
        return check_draft
    if block.title or "data-tree" in block.attributes:
        return check_titled
    if block.skip and block.kind == "python":
        return check_python_statically
    checker = BY_KIND.get(block.kind)
    if checker is not None:
        return checker
    if block.skip:
        return skipped(block.skip)
    return failing(
        [UNCHECKED.format(language=block.language or "(no language)")], block
    )
