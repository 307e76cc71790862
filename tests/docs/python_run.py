"""Run an untitled Python block in its page's namespace with pytest-examples.

Its `#>` lines must be what it prints; `just docs-fix` formats the block with ruff and
rewrites them.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

import pytest
from pytest_examples import EvalExample

from tests.docs.problem import Problem
from tests.docs.python_static import protect_output, restore_output
from tests.docs.sources import code_example
from tests.support.markdown import Block
from tests.support.tools import tool

# pytest-examples shifts a hunk's line counts along with its start lines; undo that.
HUNK_COUNTS = re.compile(r"@@ -(\d+),(\d+) \+(\d+),(\d+) @@")


def run_python(
    block: Block, namespace: MutableMapping[str, Any], eval_example: EvalExample
) -> list[Problem]:
    """Execute the block after the page's earlier blocks; check or update its output."""
    __tracebackhide__ = True
    names = {key: value for key, value in namespace.items() if not key.startswith("__")}
    main = sys.modules["__main__"]
    try:
        if eval_example.update_examples:
            source = ruff_formatted(block.source, block.path)
            example = code_example(block, source)
            found = eval_example.run_print_update(example, module_globals=names)
            if example.source != block.source and example not in eval_example.to_update:
                eval_example.to_update.append(example)
        else:
            example = code_example(block, block.source)
            found = eval_example.run_print_check(example, module_globals=names)
    except pytest.fail.Exception as failure:
        offset = example.start_line
        diff = HUNK_COUNTS.sub(
            lambda m: (
                f"@@ -{m[1]},{int(m[2]) - offset} +{m[3]},{int(m[4]) - offset} @@"
            ),
            str(failure.msg),
        )
        what = (
            "printed output differs from the #> lines (`just docs-fix` rewrites them)"
        )
        return [Problem(block.where, what, diff)]
    finally:
        sys.modules["__main__"] = main
    namespace.update(found)
    return []


def ruff_formatted(source: str, page: Path) -> str:
    """The source as `ruff format` leaves it (the page's project settings)."""
    result = subprocess.run(
        [tool("ruff"), "format", "--stdin-filename", str(page.with_suffix(".py")), "-"],
        input=protect_output(source),
        capture_output=True,
        text=True,
        check=False,
    )
    return restore_output(result.stdout) if result.returncode == 0 else source
