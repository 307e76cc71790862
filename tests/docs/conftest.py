"""Docs harness wiring: the one-line account of the docs blocks at the end of a run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.docs.account import Tally, page_fences, unchecked

ROOT = Path(__file__).parents[2]
BLOCK_TEST = re.compile(r"::test_(?:block|python_static)\[(?P<where>.+)\]$")
TALLY = Tally()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Record each block test's outcome under its `docs/page.md:42`."""
    match = BLOCK_TEST.search(report.nodeid)
    if match is None:
        return
    where = match.group("where")
    if report.failed:
        TALLY.failed.add(where)
    elif report.skipped:
        TALLY.skipped.add(where)
    elif report.when == "call":
        TALLY.passed.add(where)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print `docs: N blocks, V verified, S skipped with reason` after block tests."""
    if not (TALLY.passed or TALLY.failed or TALLY.skipped):
        return
    fences = page_fences(ROOT)
    broken = {fence.where for fence in fences if unchecked(fence)}
    terminalreporter.write_line(TALLY.line(fences, broken))
    if TALLY.failed or broken:
        terminalreporter.write_line(
            "docs: how each kind of block is checked, and how to fix it:"
            " docs/contributing.md"
        )
