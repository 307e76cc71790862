"""The one-line account of a docs run: blocks verified, skipped with reason, failed."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pytest

from tests.support.markdown import Block

MARK = "docs-block"


@dataclass
class Tally:
    """Outcomes of the block items, by node id."""

    outcomes: dict[str, str] = field(default_factory=dict)

    def mark(self, items: list[pytest.Item]) -> None:
        """Tag each item that checks a code block (not a skip or an inline command)."""
        for item in items:
            example = getattr(item, "example", None)
            if example is not None and isinstance(example.parsed, Block):
                item.user_properties.append((MARK, example.parsed.where))

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

    @property
    def failed(self) -> int:
        """How many blocks failed."""
        return Counter(self.outcomes.values())["failed"]

    def line(self) -> str | None:
        """`docs: 84 blocks, 81 verified, 3 skipped with reason` (+ failed)."""
        if not self.outcomes:
            return None
        counts = Counter(self.outcomes.values())
        text = (
            f"docs: {len(self.outcomes)} blocks, {counts['passed']} verified,"
            f" {counts['skipped']} skipped with reason"
        )
        return text + (f", {counts['failed']} failed" if counts["failed"] else "")
