"""Every code block of these pages is a test, checked by its kind (tests/docs/)."""

from __future__ import annotations

from sybil import Sybil

from tests.docs.collect import (
    pytest_collection_modifyitems,
    pytest_runtest_logreport,
    pytest_terminal_summary,
)
from tests.docs.parsers import PARSERS

pytest_collect_file = Sybil(
    parsers=PARSERS, patterns=["*.md"], fixtures=["eval_example"]
).pytest()

__all__ = [
    "pytest_collection_modifyitems",
    "pytest_runtest_logreport",
    "pytest_terminal_summary",
]
