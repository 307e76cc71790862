"""The repository's address is one setting: `repo_url`, which the clone command uses."""

from __future__ import annotations

import shlex

import yaml

from tests.support.markdown import read_page
from tests.support.paths import DOCS, ROOT


def test_quickstart_clones_the_repo_url() -> None:
    """The Quickstart's `git clone` names mkdocs.yml's `repo_url` (the header link)."""
    repo_url = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))[
        "repo_url"
    ]
    clones = [
        shlex.split(line)[2]
        for block in read_page(DOCS / "quickstart.md")
        for line in block.source.splitlines()
        if line.startswith("git clone ")
    ]
    assert clones == [f"{repo_url}.git"]
