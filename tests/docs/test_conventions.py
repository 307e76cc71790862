"""Writing tested samples lists every convention the harness reads, ten at most."""

from __future__ import annotations

import re

from playbook_markdown.blocks import REPLAY, SETTINGS

from tests.support.paths import DOCS

MOST = 10
ITEM = re.compile(r"^\d+\. (.*(?:\n {3,}.*)*)", re.MULTILINE)


def conventions() -> list[str]:
    """The numbered items under the page's "The conventions" heading."""
    text = (DOCS / "contributing.md").read_text(encoding="utf-8")
    part = text.split("## The conventions", 1)[1].split("\n## ", 1)[0]
    return ITEM.findall(part)


def test_at_most_ten_conventions() -> None:
    """An author holds ten conventions or fewer."""
    assert 0 < len(conventions()) <= MOST


def test_every_setting_the_reader_parses_is_listed() -> None:
    """Each fence setting and replay value `blocks.py` accepts is explained there."""
    listed = "\n".join(conventions())
    names = [name for name in SETTINGS if name != "title"]
    names += [f'data-replay="{verb}' for verb in REPLAY]
    assert [name for name in names if name not in listed] == []
    assert "titled with a repository path" in listed
