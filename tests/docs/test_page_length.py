"""Every page of the nav's "Get started" and "Playbook" sections fits one sitting."""

from __future__ import annotations

import pytest

from tests.support.paths import DOCS
from tests.support.site_config import CONFIG
from tests.tutorial.replay import PLAYBOOK_SECTIONS, playbook_pages

MAX_LINES = 1000
"""Lines of Markdown source, front matter included (issue 19)."""


@pytest.mark.parametrize("name", playbook_pages(CONFIG))
def test_playbook_page_has_at_most_1000_lines(name: str) -> None:
    """A longer page is split along its sections, each new page in the nav in order."""
    count = len((DOCS / name).read_text(encoding="utf-8").splitlines())
    assert count <= MAX_LINES, (
        f"docs/{name}: {count} lines, more than {MAX_LINES} for a page of the nav's"
        f" {' and '.join(PLAYBOOK_SECTIONS)} sections; split it along its `##` sections"
        " into pages that each finish one part, in the same order (the tutorial replays"
        " the blocks in nav order), and list them in mkdocs.yml's nav"
    )
