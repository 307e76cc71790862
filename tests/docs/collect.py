"""What `docs/conftest.py` adds to Sybil: the tally line of the block items."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pytest
from playbook_markdown.blocks import Block

MARK = "docs-block"


@dataclass
class Tally:
    """Outcomes of the block items, by node id."""

    outcomes: dict[str, str] = field(default_factory=dict)

    def record(self, report: pytest.TestReport) -> None:
        """Keep a block item's outcome: failed in any phase, else skipped or passed."""
        if not any(name == MARK for name, _ in report.user_properties):
            return
        before = self.outcomes.get(report.nodeid)
        if report.failed:
            self.outcomes[report.nodeid] = "failed"
        elif report.skipped and before != "failed":
            self.outcomes[report.nodeid] = "skipped"
        elif report.when == "call" and before is None:
            self.outcomes[report.nodeid] = "passed"

    def line(self) -> str:
        """`docs: 84 blocks, 81 verified, 3 skipped with reason` (+ failed)."""
        counts = Counter(self.outcomes.values())
        text = (
            f"docs: {len(self.outcomes)} blocks, {counts['passed']} verified,"
            f" {counts['skipped']} skipped with reason"
        )
        return text + (f", {counts['failed']} failed" if counts["failed"] else "")


TALLY = Tally()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tag the items that check a code block, so their outcomes are counted."""
    for item in items:
        example = getattr(item, "example", None)
        if example is not None and isinstance(example.parsed, Block):
            item.user_properties.append((MARK, example.parsed.where))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Count a block's outcome."""
    TALLY.record(report)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The tally line after a docs run, and where to read how to fix a failure."""
    if TALLY.outcomes:
        terminalreporter.write_line(TALLY.line())
    if "failed" in TALLY.outcomes.values():
        terminalreporter.write_line(
            "docs: how each kind of block is checked, and how to fix it:"
            " docs/contributing.md"
        )
