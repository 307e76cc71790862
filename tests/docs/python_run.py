"""Run an untitled Python block in its page's namespace with pytest-examples.

Its `#>` lines must be what it prints; `just docs-fix` formats the block with ruff and
rewrites them.
"""

from __future__ import annotations

import sys
from collections.abc import MutableMapping
from typing import Any

import pytest
from pytest_examples import EvalExample

from tests.docs.problem import Problem
from tests.docs.sources import code_example
from tests.support.markdown import Block


def run_python(
    block: Block,
    source: str,
    namespace: MutableMapping[str, Any],
    eval_example: EvalExample,
) -> list[Problem]:
    """Run the block's `source` after the page's earlier blocks; check its output.

    Under docs-fix, `source` is the block as ruff formats it, and the output is
    rewritten.
    """
    __tracebackhide__ = True
    names = {key: value for key, value in namespace.items() if not key.startswith("__")}
    main = sys.modules["__main__"]
    try:
        if eval_example.update_examples:
            example = code_example(block, source)
            found = eval_example.run_print_update(example, module_globals=names)
            if example.source != block.source and example not in eval_example.to_update:
                eval_example.to_update.append(example)
        else:
            example = code_example(block, block.source)
            found = eval_example.run_print_check(example, module_globals=names)
    except pytest.fail.Exception as failure:
        what = (
            "printed output differs from the #> lines (`just docs-fix` rewrites them)"
        )
        return [Problem(block.where, what, str(failure.msg))]
    finally:
        sys.modules["__main__"] = main
    namespace.update(found)
    return []
