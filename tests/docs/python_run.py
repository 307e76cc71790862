"""Run a Python block in its page's namespace; compare (or rewrite) its `#>` output."""

from __future__ import annotations

import ast
import asyncio
import inspect
import re
import subprocess
import sys
from pathlib import Path
from types import CodeType
from typing import Any

import pytest
from _pytest.assertion.rewrite import rewrite_asserts
from pytest_examples import CodeExample, EvalExample

from tests.docs.pages import Block, Page
from tests.docs.repo import Repo, tool

# pytest-examples shifts a hunk's line counts along with its start lines; undo that.
HUNK_COUNTS = re.compile(r"@@ -(\d+),(\d+) \+(\d+),(\d+) @@")


def code_example(block: Block, page: Page, source: str | None = None) -> CodeExample:
    """The pytest-examples view of a block (its line and character span in the page)."""
    text = block.source if source is None else source
    return CodeExample(
        source=text,
        path=page.path,
        start_line=block.first_line - 1,
        end_line=block.first_line + text.count("\n"),
        start_index=block.start_index,
        end_index=block.end_index,
        prefix=block.language,
        indent=block.indent,
        group=page.group,
    )


def shows_output(source: str) -> bool:
    """Whether a block prints: its output must then be shown as `#>` lines."""
    return "print(" in source or "#>" in source


def ruff_formatted(source: str, repo: Repo) -> str:
    """The source as `ruff format` (pyproject settings) leaves it, `#>` lines intact."""
    result = subprocess.run(
        [tool("ruff"), "format", "--config", str(repo.root / "pyproject.toml")]
        + ["--stdin-filename", "block.py", "-"],
        input=protect_output(source),
        capture_output=True,
        text=True,
        check=False,
    )
    return restore_output(result.stdout) if result.returncode == 0 else source


def protect_output(source: str) -> str:
    """Write `#> ` as `# > ` (what ruff format would turn it into anyway)."""
    return "\n".join(
        line.replace("#> ", "# > ", 1) if line.lstrip().startswith("#> ") else line
        for line in source.split("\n")
    )


def restore_output(source: str) -> str:
    """Undo `protect_output`."""
    return "\n".join(
        line.replace("# > ", "#> ", 1) if line.lstrip().startswith("# > ") else line
        for line in source.split("\n")
    )


def run_block(block: Block, page: Page, eval_example: EvalExample, repo: Repo) -> None:
    """Execute the block (pytest-examples if it prints), then its no-argument tests."""
    __tracebackhide__ = True
    namespace = page.namespace
    update = eval_example.update_examples
    source = ruff_formatted(block.source, repo) if update else block.source
    if shows_output(source):
        example = code_example(block, page, source)
        names = {k: v for k, v in namespace.items() if not k.startswith("__")}
        main = sys.modules["__main__"]
        try:
            if update:
                found = eval_example.run_print_update(example, module_globals=names)
            else:
                found = check_print(block, example, eval_example, names)
        finally:
            sys.modules["__main__"] = main
        namespace.update(found)
        if update and example.source != block.source:
            mark_for_update(eval_example, example)
    else:
        if update and source != block.source:
            mark_for_update(eval_example, code_example(block, page, source))
        exec(compiled(source, block.first_line, page.path), namespace)
        namespace.pop("__builtins__", None)
    call_tests(source, namespace)


def compiled(source: str, first_line: int, path: Path) -> CodeType:
    """Compile with page line numbers and pytest's assert rewriting (values shown)."""
    padded = "\n" * (first_line - 1) + source
    tree = ast.parse(padded, str(path))
    rewrite_asserts(tree, padded.encode(), str(path))
    return compile(tree, str(path), "exec", dont_inherit=True)


def mark_for_update(eval_example: EvalExample, example: CodeExample) -> None:
    """Queue a rewritten block for pytest-examples to write back at the session end."""
    if not any(str(queued) == str(example) for queued in eval_example.to_update):
        eval_example.to_update.append(example)


def check_print(
    block: Block,
    example: CodeExample,
    eval_example: EvalExample,
    namespace: dict[str, Any],
) -> dict[str, Any]:
    """pytest-examples' print check, its failure prefixed with the block's place."""
    __tracebackhide__ = True
    try:
        return eval_example.run_print_check(example, module_globals=namespace)
    except pytest.fail.Exception as exc:
        diff = HUNK_COUNTS.sub(
            lambda m: (
                f"@@ -{m[1]},{int(m[2]) - example.start_line}"
                f" +{m[3]},{int(m[4]) - example.start_line} @@"
            ),
            str(exc.msg),
        )
    pytest.fail(
        f"{block.where}: printed output differs from the #> lines"
        f" (`just docs-fix` rewrites them):\n{diff}",
        pytrace=False,
    )


def call_tests(source: str, namespace: dict[str, Any]) -> None:
    """Call each `test_*` function the block defines that takes no argument."""
    __tracebackhide__ = True
    for node in ast.parse(source).body:
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        function = namespace.get(node.name)
        if not node.name.startswith("test_") or not callable(function):
            continue
        if inspect.signature(function).parameters:
            continue
        result = function()
        if inspect.iscoroutine(result):
            asyncio.run(result)
