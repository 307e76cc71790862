"""Every code block in docs/, proved: run, linted, typed, or compared to the real file.

Tests are parametrised over the blocks in page order, with ids such as
`docs/phase-2-tdd.md:42`; Python blocks of a page share one namespace.
"""

from __future__ import annotations

import unittest
from functools import partial
from pathlib import Path

import pytest
from pytest_examples import EvalExample
from sybil import Example

from tests.docs.account import unaccounted
from tests.docs.check_shell import prose_recipe_problems
from tests.docs.checks import CHECKERS
from tests.docs.pages import Block, Page, load_pages
from tests.docs.python_run import run_block
from tests.docs.python_static import static_problems
from tests.docs.repo import Repo

REPO = Repo(Path(__file__).parents[2])
PAGES = load_pages(REPO.root)
BLOCKS = [
    (page, example)
    for page in PAGES
    for example in page.block_examples()
    if example.parsed.kind is not None
]
STATIC = [
    block for page in PAGES for segment in page.static_segments() for block in segment
]


def verify(example: Example, page: Page, eval_example: EvalExample) -> None:
    """The checker of the block's kind (Sybil calls it unless a skip is active)."""
    __tracebackhide__ = True
    block: Block = example.parsed
    if block.kind == "python":
        run_block(block, page, eval_example, REPO)
        return
    problems = CHECKERS[block.kind or ""](block, REPO)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


@pytest.mark.parametrize(
    ("page", "example"), BLOCKS, ids=[example.parsed.where for _, example in BLOCKS]
)
def test_block(page: Page, example: Example, eval_example: EvalExample) -> None:
    """Run Python blocks in page order; verify other blocks by their kind's checker."""
    page.catch_up(example)
    try:
        page.document.evaluate(
            example, partial(verify, page=page, eval_example=eval_example)
        )
    except unittest.SkipTest as skip:
        pytest.skip(f"{example.parsed.where}: {skip}")


@pytest.fixture(name="static", scope="session")
def fixture_static(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """ruff check, ruff format, mypy and drift of all Python blocks, run once."""
    return static_problems(PAGES, REPO, tmp_path_factory.mktemp("docs-static"))


@pytest.mark.parametrize("block", STATIC, ids=[block.where for block in STATIC])
def test_python_static(
    block: Block, static: dict[str, list[str]], request: pytest.FixtureRequest
) -> None:
    """A Python block is lint-clean, formatted, mypy-strict clean and not drifted."""
    problems = static.get(block.where, [])
    if request.config.getoption("update_examples"):
        problems = [p for p in problems if "ruff format" not in p]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


@pytest.mark.parametrize("page", PAGES, ids=[page.rel for page in PAGES])
def test_every_fence_accounted(page: Page) -> None:
    """Each fence the plain scanner finds is checked, or skipped with a reason."""
    problems = unaccounted(page.fences(), page.collected_kinds())
    problems += prose_recipe_problems(page.document.text, page.rel, REPO)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
