"""A draft shows a file at one step; a later block shows the file as it ends."""

from __future__ import annotations

from tests.support.paths import DOCS, ROOT
from tests.tutorial.replay import playbook_pages, replayed_blocks


def test_every_draft_is_followed_by_its_file_as_it_ends() -> None:
    """In the replay's order, a block showing the whole file comes after each draft."""
    blocks = replayed_blocks(DOCS, playbook_pages(ROOT / "mkdocs.yml"))
    unfinished = [
        f"{block.where}: {block.title}"
        for index, block in enumerate(blocks)
        if block.draft
        and not any(
            later.title == block.title and not later.draft and later.section is None
            for later in blocks[index + 1 :]
        )
    ]
    drafts = sum(block.draft for block in blocks)
    assert drafts > 0, "no page drafts a file"
    assert unfinished == [], "drafts that no later block finishes:\n" + "\n".join(
        unfinished
    )
