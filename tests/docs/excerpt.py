"""Is a shown block the real file, or a contiguous excerpt of it? If not, a diff."""

from __future__ import annotations

import difflib
import re

from tests.docs.pages import Block
from tests.docs.repo import Repo

HUNK = re.compile(r"^@@ -(\d+)(,\d+)? \+(\d+)(,\d+)? @@", re.MULTILINE)


def renumber(diff: str, old_offset: int, new_offset: int) -> str:
    """Shift the line numbers of a unified diff's hunk headers."""

    def shift(match: re.Match[str]) -> str:
        old = int(match.group(1)) + old_offset
        new = int(match.group(3)) + new_offset
        return f"@@ -{old}{match.group(2) or ''} +{new}{match.group(4) or ''} @@"

    return HUNK.sub(shift, diff)


def block_diff(block: Block, after: str, label: str) -> str:
    """A unified diff from the block as shown (page line numbers) to `after`."""
    diff = difflib.unified_diff(
        block.source.splitlines(),
        after.splitlines(),
        f"{block.where} (as shown)",
        label,
        lineterm="",
    )
    return renumber("\n".join(diff), block.first_line - 1, block.first_line - 1)


def excerpt_problem(block: Block, repo: Repo, path: str) -> str | None:
    """None if the block is `path` or a contiguous run of its lines; else why not."""
    real = repo.read(path)
    if real is None:
        return (
            f"{block.where}: the block is titled {path!r}, a file this repository lacks"
        )
    shown = block.source.splitlines()
    lines = real.splitlines()
    size = len(shown)
    if any(lines[i : i + size] == shown for i in range(len(lines) - size + 1)):
        return None
    matcher = difflib.SequenceMatcher(None, shown, lines, autojunk=False)
    matches = [m for m in matcher.get_matching_blocks() if m.size]
    if matches:
        low = max(0, matches[0].b - matches[0].a)
        high = (
            matches[-1].b + matches[-1].size + size - matches[-1].a - matches[-1].size
        )
        lines_shown = lines[low : min(len(lines), high)]
    else:
        low, lines_shown = 0, lines
    diff = difflib.unified_diff(
        shown, lines_shown, f"{block.where} (as shown)", path, lineterm="", n=2
    )
    text = renumber("\n".join(diff), block.first_line - 1, low)
    return (
        f"{block.where}: the block drifted from {path} (it must be the file or a"
        f" contiguous excerpt; fix the block):\n{text}"
    )
