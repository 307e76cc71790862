"""The one Markdown reader: every code block of a page, with its place and settings.

The docs tests, the tutorial replay, the cheat sheet and the browser copy test read
blocks here. Settings a reader never sees go in the fence's attribute list, for example
```` ``` { .toml title="pyproject.toml" data-section="pytest" } ````; `SETTINGS` names
them all, and `Block.problems` says what is wrong with a block's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sybil import Document, Region
from sybil.parsers.markdown.lexers import FENCE, RawFencedCodeBlockLexer

Kind = Literal["python", "shell", "output", "toml", "just", "dockerfile", "other"]
KINDS: Mapping[str, Kind] = {
    "python": "python",
    "py": "python",
    "bash": "shell",
    "sh": "shell",
    "output": "output",
    "toml": "toml",
    "just": "just",
    "dockerfile": "dockerfile",
}
ATTRIBUTE = re.compile(r"""([\w-]+)=(["'])(.*?)\2""")
SETTINGS = ("title", "data-section", "data-tree", "data-skip", "data-replay")
"""Every fence setting the pages may use; docs/contributing.md explains each."""
REPLAY = ("fails", "serves", "draft")
"""`data-replay="fails: TEXT"` and `data-replay="serves: URL"` on a shell block;
`data-replay="draft"` on a titled block (the file as it stands at this step)."""


@dataclass(frozen=True)
class Block:
    """A fenced code block: where it is, what it is, and its text (dedented)."""

    page: str
    """The page's path from the repository root, such as `docs/phase-2-tdd.md`."""
    path: Path
    line: int
    """The line of the opening fence."""
    language: str
    info: str
    """The rest of the opening fence line, as `{ .toml title="pyproject.toml" }`."""
    source: str
    start: int
    """Where the source starts in the page text (a character index)."""
    end: int
    indent: int

    @property
    def attributes(self) -> Mapping[str, str]:
        """The `key="value"` settings of the fence line."""
        return {key: value for key, _, value in ATTRIBUTE.findall(self.info)}

    @property
    def kind(self) -> Kind:
        """Which checker this block's language gets."""
        return KINDS.get(self.language, "other")

    @property
    def title(self) -> str | None:
        """The repository file the block shows, if it is titled with one."""
        return self.attributes.get("title")

    @property
    def section(self) -> str | None:
        """The named section of the title file the block shows, if not all of it."""
        return self.attributes.get("data-section")

    @property
    def skip(self) -> str | None:
        """Why the block is not run (`data-skip`), if it is not."""
        return self.attributes.get("data-skip")

    @property
    def replay(self) -> tuple[str, str]:
        """What the replay does with a shell block: `("run", "")`, or its setting."""
        verb, _, argument = self.attributes.get("data-replay", "run:").partition(":")
        return verb.strip(), argument.strip()

    @property
    def draft(self) -> bool:
        """Whether the block shows its file as it stands at one step, not at the end."""
        return self.replay[0] == "draft"

    def problems(self, prose: str) -> list[str]:
        """What is wrong with the block's settings; `prose` is the page's own text."""
        if not self.info.startswith("{") and any(
            key.startswith("data-") for key in self.attributes
        ):
            return [
                "pymdownx.superfences renders this fence as text: write its settings in"
                f' the attribute form ``` {{ .{self.language} title="..." data-... }}'
            ]
        found = [
            f"{key}: no such setting; the settings are {', '.join(SETTINGS)}"
            for key in self.attributes
            if key.startswith("data-") and key not in SETTINGS
        ]
        verb, argument = self.replay
        if self.draft:
            if argument or not self.title:
                found.append(
                    f'data-replay="{self.attributes["data-replay"]}": "draft" goes'
                    " alone on a block titled with the file it drafts"
                )
        elif "data-replay" in self.attributes and (verb not in REPLAY or not argument):
            found.append(
                f'data-replay="{self.attributes["data-replay"]}": write'
                ' "fails: TEXT" or "serves: URL", or "draft" on a titled block'
            )
        if self.skip is not None and (
            not self.skip.strip() or self.skip.lower() not in prose.lower()
        ):
            found.append(
                f'data-skip="{self.skip}": say the reason in the page\'s text too,'
                " where readers see it"
            )
        return found

    @property
    def where(self) -> str:
        """`docs/page.md:42`, the line of the opening fence."""
        return f"{self.page}:{self.line}"

    @property
    def first_line(self) -> int:
        """The page line of the block's first source line."""
        return self.line + 1

    def at(self, source_line: int) -> str:
        """`docs/page.md:43`: where the source's line `source_line` (from 1) is."""
        return f"{self.page}:{self.line + source_line}"


class FenceLexer(RawFencedCodeBlockLexer):
    """Sybil's fence lexer for top-level blocks only.

    A fence inside an open block is content (CommonMark), so a ````markdown sample
    holding a ```python fence is one block.
    """

    def __init__(self) -> None:
        super().__init__(info_pattern=re.compile(r"(?P<info>[^\n]*)$\n", re.MULTILINE))

    def __call__(self, document: Document) -> Iterator[Region]:
        """Yield one region per top-level fenced block."""
        opening: re.Match[str] | None = None
        for match in FENCE.finditer(document.text):
            if opening is None:
                if not _info_has_backtick(match):
                    opening = match
            elif self.match_closes_existing(match, opening):
                if region := self.make_region(opening, document, match):
                    yield region
                opening = None
        if opening is not None and (
            region := self.make_region(opening, document, None)
        ):
            yield region


def _info_has_backtick(match: re.Match[str]) -> bool:
    """A backtick line whose rest holds a backtick is inline code, not a fence."""
    return match.group("fence")[0] == "`" and "`" in match.group("trailing")


def root_of(page: Path) -> Path:
    """The repository a page belongs to: the folder holding its `docs/` folder."""
    return next(folder.parent for folder in page.parents if folder.name == "docs")


def page_of(path: Path) -> str:
    """`docs/page.md`: a page's path from its repository root."""
    return path.relative_to(root_of(path)).as_posix()


def blocks_of(document: Document) -> Iterator[tuple[Region, Block]]:
    """Each block of a Sybil document, with the region it came from."""
    path = Path(document.path)
    page = page_of(path)
    text = document.text
    for region in FenceLexer()(document):
        info = region.lexemes["info"].strip()
        source = region.lexemes["source"]
        start = region.start + source.offset
        end = max(text.rfind("\n", 0, region.end) + 1, start)
        fence_line = text[region.start : text.find("\n", region.start)]
        block = Block(
            page=page,
            path=path,
            line=text.count("\n", 0, region.start) + 1,
            language=info.strip("{} ").split(" ", 1)[0].lstrip(".").lower(),
            info=info,
            source=str(source),
            start=start,
            end=end,
            indent=len(fence_line) - len(fence_line.lstrip()),
        )
        yield region, block


def output_problem(previous: Block | None) -> str | None:
    """Why an ```output block after `previous` cannot show what it prints, or None.

    The replay compares the output with what the shell block right above it printed,
    so that block must be one it runs to the end: not skipped, not a server.
    """
    if previous is None:
        return "no block comes before it"
    if previous.kind != "shell" or previous.title:
        return f"the block at {previous.where} is not a shell block"
    if previous.skip is not None:
        return f"the shell block at {previous.where} is skipped ({previous.skip})"
    if previous.replay[0] not in {"run", "fails"}:
        return f"the shell block at {previous.where} is a server ({previous.replay[1]})"
    return None


def fenced_lines(text: str) -> set[int]:
    """The lines (numbered from 0) that fenced blocks take, fence lines included."""
    lines: set[int] = set()
    for region in FenceLexer()(Document(text, "")):
        first = text.count("\n", 0, region.start)
        last = first + text.count("\n", region.start, region.end)
        lines.update(range(first, last + 1))
    return lines


def outside_blocks(document: Document) -> str:
    """The page's text with each code block's lines blanked, so lines keep numbers."""
    text = document.text
    for region, _ in reversed(list(blocks_of(document))):
        blank = "\n" * text.count("\n", region.start, region.end)
        text = text[: region.start] + blank + text[region.end :]
    return text


def prose_of(document: Document) -> str:
    """The page as readers see it, in one line: code blocks and comments left out."""
    text = re.sub(r"<!--.*?-->", " ", outside_blocks(document), flags=re.DOTALL)
    return " ".join(text.split())


def read_page(path: Path) -> list[Block]:
    """Every code block of the page at `path`, in page order."""
    document = Document(path.read_text(encoding="utf-8"), str(path))
    return [block for _, block in blocks_of(document)]
