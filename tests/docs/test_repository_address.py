"""The repository's address is one setting: `repo_url`, which the clone command uses."""

from __future__ import annotations

from playbook_markdown.blocks import read_page

from tests.support.paths import DOCS
from tests.support.shell_script import command_lines, simple_commands
from tests.support.site_config import site_config


def test_quickstart_uses_the_repo_url() -> None:
    """The Quickstart clones, and makes a project from, mkdocs.yml's `repo_url`."""
    repo_url = site_config()["repo_url"]
    addresses = [
        word
        for block in read_page(DOCS / "quickstart.md")
        for _, command in command_lines(block.source)
        for argv in simple_commands(command)
        for word in argv
        if word.startswith("https://") and word.endswith(".git")
    ]
    assert addresses == [f"{repo_url}.git"] * 2
