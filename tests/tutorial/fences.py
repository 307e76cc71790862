"""Read a Markdown page into its code blocks, in page order, with their markers."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

OPENING = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})\s*(?P<info>.*)$")
TITLE = re.compile(r'title="(?P<title>[^"]*)"')
INVISIBLE = re.compile(r"^\s*<!--\s*invisible-code-block:\s*(?P<language>\w+)\s*$")
TUTORIAL = re.compile(
    r'^\s*<!--\s*tutorial:\s*(?P<verb>expect-fail|skip)\s+"(?P<text>[^"]*)"\s*-->\s*$'
)


@dataclass(frozen=True)
class Marker:
    """A `<!-- tutorial: VERB "TEXT" -->` comment placed before a block."""

    verb: str
    text: str


@dataclass(frozen=True)
class Block:
    """One fenced or invisible code block of a page."""

    page: str
    line: int
    language: str
    title: str | None
    body: str
    invisible: bool = False
    marker: Marker | None = None

    def where(self, body_line: int = 0) -> str:
        """`docs/page.md:N`: the page and the line of the body's line `body_line`."""
        return f"{self.page}:{self.line + 1 + body_line}"


def read_blocks(path: Path, page: str) -> list[Block]:
    """Every code block of the page at `path`, named `page` in messages."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    marker: Marker | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        if found := TUTORIAL.match(line):
            marker = Marker(found["verb"], found["text"])
        elif found := INVISIBLE.match(line):
            end = next(i for i in range(index + 1, len(lines)) if "-->" in lines[i])
            body = textwrap.dedent("\n".join(lines[index + 1 : end]) + "\n")
            blocks.append(Block(page, index + 1, found["language"], None, body, True))
            index = end
        elif found := OPENING.match(line):
            closing = re.compile(
                rf"^[ \t]*{found['fence'][0]}{{{len(found['fence'])},}}\s*$"
            )
            end = next(
                (i for i in range(index + 1, len(lines)) if closing.match(lines[i])),
                len(lines),
            )
            body = textwrap.dedent("\n".join(lines[index + 1 : end]) + "\n")
            info = found["info"]
            title = TITLE.search(info)
            blocks.append(
                Block(
                    page,
                    index + 1,
                    info.split()[0].lstrip(".{") if info.split() else "",
                    title["title"] if title else None,
                    body,
                    marker=marker,
                )
            )
            marker = None
            index = end
        index += 1
    return blocks
