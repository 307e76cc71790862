"""The template under test: a clone of this repository's committed state."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.template.projects import clone


@pytest.fixture(name="template", scope="package")
def fixture_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clone in a folder named like the Quickstart's: what copier reads."""
    return clone(tmp_path_factory.mktemp("template"))
