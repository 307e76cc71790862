"""A plain line scanner listing a Markdown page's code blocks, with comments above."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

OPENING = re.compile(
    r"^(?P<indent>[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+|\d+[.)][ \t]+)?)"
    r"(?P<fence>`{3,}|~{3,})(?P<info>[^`\n]*)$"
)
COMMENT = re.compile(r"^\s*<!--.*-->\s*$")
SKIP = re.compile(
    r"^\s*<!--\s*skip:\s*(?P<action>next|start|end)(?:\s+(?P<reason>.*?))?\s*-->\s*$"
)
INVISIBLE = re.compile(r"^\s*<!--\s*invisible-code(?:-block)?:\s*(?P<info>[^>]+?)\s*$")
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
class BlockHead:
    """What every code block of a page has: where it starts, its language and title."""

    rel: str
    line: int
    language: str
    title: str | None

    @property
    def where(self) -> str:
        """`docs/page.md:42`, the line the block starts on (its opening fence)."""
        return f"{self.rel}:{self.line}"

    @property
    def kind(self) -> str | None:
        """The checker kind, or None when no checker fits."""
        return kind_of(self.language, self.title)


@dataclass(frozen=True)
class Fence(BlockHead):
    """One code block as the scanner sees it: a fence, or an invisible code block."""

    skip_reason: str | None
    """Reason of a `skip` right above (or a skip range around); `""` if none given."""
    body: str = ""
    """The lines between the opening and the closing line, dedented."""
    comments: tuple[str, ...] = ()
    """The one-line HTML comments right above the block (blank lines may separate)."""
    invisible: bool = False
    """An `<!-- invisible-code-block: LANGUAGE` comment (Sybil's), not a fence."""

    def at(self, body_line: int) -> str:
        """`docs/page.md:43`: page line of the body's line `body_line` (from 1)."""
        return f"{self.rel}:{self.line + body_line}"


def blocks(text: str, rel: str) -> list[Fence]:
    """Every fenced and invisible code block in `text`, in page order."""
    lines = text.splitlines()
    found: list[Fence] = []
    comments: list[str] = []
    skip_range: str | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        if opening := OPENING.match(line):
            end = _closing_line(lines, index, opening)
            info = opening.group("info")
        elif invisible := INVISIBLE.match(line):
            end = next(
                (i for i in range(index + 1, len(lines)) if "-->" in lines[i]),
                len(lines),
            )
            info = invisible.group("info")
        else:
            if COMMENT.match(line):
                comments.append(line.strip())
                skip = SKIP.match(line)
                if skip and skip.group("action") != "next":
                    start = skip.group("action") == "start"
                    skip_range = _reason(skip) if start else None
            elif line.strip():
                comments = []
            index += 1
            continue
        language, title = split_info(info)
        reason = _skip_next(comments)
        found.append(
            Fence(
                rel,
                index + 1,
                language,
                title,
                reason if reason is not None else skip_range,
                body=textwrap.dedent("\n".join(lines[index + 1 : end]) + "\n"),
                comments=tuple(comments),
                invisible=opening is None,
            )
        )
        comments = []
        index = end + 1
    return found


def scan(text: str, rel: str) -> list[Fence]:
    """Every fenced block in `text` (not the invisible ones), with its skip reason."""
    return [block for block in blocks(text, rel) if not block.invisible]


def _skip_next(comments: list[str]) -> str | None:
    """The reason of the last `skip: next` among the comments; None if there is none."""
    reason = None
    for comment in comments:
        skip = SKIP.match(comment)
        if skip and skip.group("action") == "next":
            reason = _reason(skip)
    return reason


def _reason(skip: re.Match[str]) -> str:
    """A skip comment's reason without its quotes; `""` if none was written."""
    return (skip.group("reason") or "").strip("\"' ")


def _closing_line(lines: list[str], index: int, opening: re.Match[str]) -> int:
    """The index of the line closing the fence opened at `index` (or the page's end)."""
    fence = opening.group("fence")
    for number in range(index + 1, len(lines)):
        match = OPENING.match(lines[number])
        if (
            match
            and match.group("fence")[0] == fence[0]
            and len(match.group("fence")) >= len(fence)
            and not match.group("info").strip()
        ):
            return number
    return len(lines)
