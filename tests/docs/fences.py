"""A plain line scanner listing every fenced block of a Markdown page, and its kind."""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = re.compile(
    r"^(?P<indent>[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+|\d+[.)][ \t]+)?)"
    r"(?P<fence>`{3,}|~{3,})(?P<info>[^`\n]*)$"
)
SKIP = re.compile(
    r"^\s*<!--\s*skip:\s*(?P<action>next|start|end)(?:\s+(?P<reason>.*?))?\s*-->\s*$"
)
TITLE = re.compile(r"""\btitle=(["'])(?P<title>.*?)\1""")

KINDS = {
    "python": "python",
    "py": "python",
    "python3": "python",
    "toml": "toml",
    "just": "just",
    "justfile": "just",
    "dockerfile": "dockerfile",
    "docker": "dockerfile",
    "bash": "shell",
    "sh": "shell",
    "shell": "shell",
    "console": "shell",
}


def kind_of(language: str, title: str | None) -> str | None:
    """The checker for a block: its language's, or `file` when only a title fits."""
    kind = KINDS.get(language.lower())
    if kind is None and title:
        return "file"
    return kind


def split_info(info: str) -> tuple[str, str | None]:
    """Split a fence info string into its language and its `title="..."` value."""
    info = info.strip().strip("{}").strip()
    language = info.split()[0].lstrip(".").lower() if info else ""
    match = TITLE.search(info)
    return language, (match.group("title") if match else None)


@dataclass(frozen=True)
class Fence:
    """One fenced block as the scanner sees it."""

    rel: str
    line: int
    language: str
    title: str | None
    skip_reason: str | None
    """Reason of a `skip` right above (or a skip range around); `""` if none given."""

    @property
    def where(self) -> str:
        """`docs/page.md:42`, the line of the opening fence."""
        return f"{self.rel}:{self.line}"

    @property
    def kind(self) -> str | None:
        """The checker kind, or None when no checker fits."""
        return kind_of(self.language, self.title)


def scan(text: str, rel: str) -> list[Fence]:
    """Every fenced block in `text`, with the skip reason that covers it."""
    fences: list[Fence] = []
    open_fence: str | None = None
    skip_next: str | None = None
    skip_range: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        match = OPENING.match(line)
        if open_fence is not None:
            if match and _closes(match, open_fence):
                open_fence = None
            continue
        skip = SKIP.match(line)
        if skip:
            reason = (skip.group("reason") or "").strip("\"' ")
            action = skip.group("action")
            if action == "next":
                skip_next = reason
            else:
                skip_range = reason if action == "start" else None
        elif match:
            open_fence = match.group("fence")
            language, title = split_info(match.group("info"))
            reason = skip_next if skip_next is not None else skip_range
            fences.append(Fence(rel, number, language, title, reason))
            skip_next = None
        elif line.strip():
            skip_next = None
    return fences


def _closes(match: re.Match[str], fence: str) -> bool:
    """Whether an opening-like line closes the open `fence` (same char, long enough)."""
    current = match.group("fence")
    return (
        current[0] == fence[0]
        and len(current) >= len(fence)
        and not match.group("info").strip()
    )
