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
from tests.docs.sources import source_problems
from tests.support.markdown import Block, Kind, root_of

Evaluator = Callable[[Example], str | None]


def check_titled(example: Example) -> str | None:
    """A block showing files is generated from them: equal, or rewritten."""
    eval_example: EvalExample = example.namespace["eval_example"]
    update = eval_example.to_update if eval_example.update_examples else None
    return report(source_problems(example.parsed, update))


def check_python(example: Example) -> str | None:
    """Run in page order with pytest-examples; ruff and mypy clean (batched)."""
    __tracebackhide__ = True
    block: Block = example.parsed
    eval_example: EvalExample = example.namespace["eval_example"]
    static: Problems = example.namespace["docs_static"]
    found = static.get(block.where, [])
    if eval_example.update_examples:
        fixes = [problem.fix for problem in found if problem.fix is not None]
        found = [problem for problem in found if problem.fix is None]
        source = fixes[0] if fixes else block.source
    else:
        source = block.source
    return report(run_python(block, source, example.namespace, eval_example) + found)


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


def failing(what: str) -> Evaluator:
    """An evaluator that reports `what` at the block's line."""

    def evaluate(example: Example) -> str | None:
        return report([Problem(example.parsed.where, what)])

    return evaluate


BY_KIND: Mapping[Kind, Evaluator] = {
    "python": check_python,
    "shell": check_shell,
    "output": passes,
    "toml": check_toml,
}
UNCHECKED = (
    "no checker verifies a ```{language} block: title it with the repository file it"
    ' shows, or put <!-- skip: next "why" --> above it'
)


def evaluator_for(block: Block, previous: Block | None) -> Evaluator:
    """The checker of a block: its file's when it shows files, else its language's."""
    settings = [key for key in block.attributes if key.startswith("data-")]
    if settings and not block.info.startswith("{"):
        return failing(
            "pymdownx.superfences renders this fence as text: write its settings in"
            f' the attribute form ``` {{ .{block.language} title="..." data-... }}'
        )
    if block.kind == "output" and (previous is None or previous.kind != "shell"):
        return failing("an ```output block must follow the shell block it shows")
    if block.title or "data-tree" in block.attributes:
        return check_titled
    language = block.language or "(no language)"
    return BY_KIND.get(block.kind, failing(UNCHECKED.format(language=language)))
