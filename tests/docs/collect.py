"""The docs tests' wiring, for a `docs/conftest.py`: Sybil, its fixtures, the tally."""

from __future__ import annotations

from pathlib import Path

import pytest
from sybil import Sybil

from tests.docs.parsers import PARSERS
from tests.docs.python_static import Problems, static_problems
from tests.docs.tally import Tally
from tests.support.markdown import read_page

TALLY = Tally()


def docs_sybil(docs: Path) -> Sybil:
    """Sybil over every page under `docs`, with the fixtures the evaluators read."""
    return Sybil(
        parsers=PARSERS,
        path=str(docs),
        patterns=["*.md"],
        fixtures=["eval_example", "docs_static"],
    )


@pytest.fixture(name="docs_static", scope="session")
def fixture_docs_static(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Problems:
    """ruff check, ruff format and mypy over the Python blocks of every page, once."""
    docs = Path(request.config.rootpath) / "docs"
    pages = [read_page(path) for path in sorted(docs.rglob("*.md"))]
    work = tmp_path_factory.mktemp("docs-static")
    return static_problems(pages, docs.parent / "pyproject.toml", work)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the block items, so their outcomes are counted."""
    TALLY.mark(items)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Count a block's outcome."""
    TALLY.record(report)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """`docs: N blocks, V verified, S skipped with reason` after a docs run."""
    if line := TALLY.line():
        terminalreporter.write_line(line)
        if TALLY.failed:
            terminalreporter.write_line(
                "docs: how each kind of block is checked, and how to fix it:"
                " docs/contributing.md"
            )
