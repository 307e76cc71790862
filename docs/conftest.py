"""Every code block of these pages is a test, checked by its kind (tests/docs/)."""

from __future__ import annotations

from pathlib import Path

from tests.docs.collect import (
    docs_sybil,
    fixture_docs_static,
    pytest_collection_modifyitems,
    pytest_runtest_logreport,
    pytest_terminal_summary,
)

pytest_collect_file = docs_sybil(Path(__file__).parent).pytest()

__all__ = [
    "fixture_docs_static",
    "pytest_collection_modifyitems",
    "pytest_runtest_logreport",
    "pytest_terminal_summary",
]
