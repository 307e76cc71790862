"""Tutorial replay wiring: the step account, printed at the end of the run."""

from __future__ import annotations

from typing import Any

import pytest

ACCOUNT: list[str] = []


@pytest.fixture(name="step_account")
def fixture_step_account() -> list[str]:
    """The list the replay's step account goes into, printed after the tests."""
    return ACCOUNT


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Write the replay's step account, one line per step, then its totals."""
    for line in ACCOUNT:
        terminalreporter.write_line(line)
