"""The template under test: a clone of this repository's committed state."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.template.projects import TEMPLATE_FOLDER, clone


@pytest.fixture(name="template", scope="package")
def fixture_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clone in a folder named like the Quickstart's: what copier reads."""
    return clone(tmp_path_factory.mktemp("template"))


@pytest.fixture(name="snapshot", scope="package")
def fixture_snapshot(template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template's files without Git: copier renders it without cloning."""
    snapshot = tmp_path_factory.mktemp("snapshot") / TEMPLATE_FOLDER
    shutil.copytree(
        template, snapshot, symlinks=True, ignore=shutil.ignore_patterns(".git")
    )
    return snapshot
