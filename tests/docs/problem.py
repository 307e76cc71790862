"""What the docs tests report: a problem at a page line, with a diff where one helps."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from playbook_markdown.blocks import Block

HUNK = re.compile(r"^@@ -(\d+)(,\d+)? \+(\d+)(,\d+)? @@", re.MULTILINE)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a block, at a page line."""

    where: str
    what: str
    detail: str = ""
    fix: str | None = None
    """The block's text as `just docs-fix` rewrites it, when it can."""

    def __str__(self) -> str:
        """`docs/page.md:42: what`, then the detail lines."""
        return f"{self.where}: {self.what}" + (
            f"\n{self.detail}" if self.detail else ""
        )


def report(problems: Sequence[Problem]) -> str | None:
    """The failure message for a block (Sybil fails an example that returns one)."""
    return "\n".join(map(str, problems)) or None


def block_diff(block: Block, after: str, label: str) -> str:
    """A unified diff from the block as shown (page line numbers) to `after`."""
    diff = difflib.unified_diff(
        block.source.splitlines(),
        after.splitlines(),
        f"{block.page} (as shown)",
        label,
        lineterm="",
    )
    offset = block.first_line - 1

    def shift(match: re.Match[str]) -> str:
        old, new = int(match.group(1)) + offset, int(match.group(3)) + offset
        return f"@@ -{old}{match.group(2) or ''} +{new}{match.group(4) or ''} @@"

    return HUNK.sub(shift, "\n".join(diff))
