"""The passing folder each rule's test breaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.folders import passing_copy


@pytest.fixture(name="project")
def fixture_project(tmp_path: Path) -> Path:
    """A copy of what the rules read from this repository: it passes every rule."""
    return passing_copy(tmp_path / "project")
