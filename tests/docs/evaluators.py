"""One Sybil evaluator per kind of block; each returns its failure message, or None.

They read the fixtures Sybil puts in the page namespace: `eval_example`
(pytest-examples) and `docs_static` (the batched ruff and mypy results).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping

from pytest_examples import EvalExample
from sybil import Example

from tests.docs.problem import Problem, report
from tests.docs.python_run import run_python
from tests.docs.python_static import Problems
from tests.docs.shell import shell_problems
from tests.docs.sources import rewritten, source_problems
from tests.support.markdown import Block, Kind, root_of

Evaluator = Callable[[Example], str | None]


def eval_example_of(example: Example) -> EvalExample:
    """The pytest-examples fixture of the running test."""
    found: EvalExample = example.namespace["eval_example"]
    return found


def check_titled(example: Example) -> str | None:
    """A block showing files is generated from them: equal, or rewritten."""
    block: Block = example.parsed
    eval_example = eval_example_of(example)
    if eval_example.update_examples:
        if (fresh := rewritten(block)) is not None:
            eval_example.to_update.append(fresh)
        return None
    return report(source_problems(block))


def check_python(example: Example) -> str | None:
    """Run in page order with pytest-examples; ruff and mypy clean (batched)."""
    __tracebackhide__ = True
    block: Block = example.parsed
    eval_example = eval_example_of(example)
    problems = run_python(block, example.namespace, eval_example)
    static: Problems = example.namespace["docs_static"]
    for problem in static.get(block.where, []):
        if not (eval_example.update_examples and "ruff format" in problem.what):
            problems.append(problem)
    return report(problems)


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


def check_output(example: Example) -> str | None:
    """What a command prints: the tutorial replay compares it with the real output."""
    return None


def check_stray_output(example: Example) -> str | None:
    """An output block that follows no command block."""
    block: Block = example.parsed
    what = "an ```output block must follow the shell block whose output it shows"
    return report([Problem(block.where, what)])


def check_unchecked(example: Example) -> str | None:
    """No checker fits: say how to give the block one."""
    block: Block = example.parsed
    what = (
        f"no checker verifies a ```{block.language or '(no language)'} block: title it"
        ' with the repository file it shows, or put <!-- skip: next "why" --> above it'
    )
    return report([Problem(block.where, what)])


BY_KIND: Mapping[Kind, Evaluator] = {
    "python": check_python,
    "shell": check_shell,
    "output": check_output,
    "toml": check_toml,
    "just": check_unchecked,
    "dockerfile": check_unchecked,
    "other": check_unchecked,
}


def check_plain_settings(example: Example) -> str | None:
    """Settings beyond a title need the brace form, or the page shows the fence raw."""
    block: Block = example.parsed
    what = (
        "pymdownx.superfences renders this fence as text: write its settings in"
        f' the attribute form ``` {{ .{block.language} title="..." data-... }}'
    )
    return report([Problem(block.where, what)])


def evaluator_for(block: Block, previous: Block | None) -> Evaluator:
    """The checker of a block: its file's when titled, else its language's."""
    if "data-" in block.info and not block.info.startswith("{"):
        return check_plain_settings
    if block.kind == "output" and (previous is None or previous.kind != "shell"):
        return check_stray_output
    if block.title or "data-tree" in block.attributes:
        return check_titled
    return BY_KIND[block.kind]
