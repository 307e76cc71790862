"""Parse Markdown pages with Sybil: blocks, skips and namespace clears, in order."""

from __future__ import annotations

import re
import sys
import types
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from sybil import Document, Example, Region, Sybil
from sybil.parsers.markdown import ClearNamespaceParser, SkipParser
from sybil.parsers.markdown.lexers import (
    FENCE,
    DirectiveInHTMLCommentLexer,
    RawFencedCodeBlockLexer,
)

from tests.docs.fences import BlockHead, Fence, scan, split_info

INFO = re.compile(r"(?P<info>[^\n]*)$\n", re.MULTILINE)


class FenceLexer(RawFencedCodeBlockLexer):
    """Sybil's fence lexer, fixed for this site.

    The info string keeps its attributes (``title="..."``; Sybil's own lexer drops such
    blocks, its issue #155), and a fence inside an open block is content (CommonMark),
    so a ````markdown sample holding a ```python fence is one block.
    """

    def __init__(self) -> None:
        super().__init__(
            info_pattern=INFO, mapping={"info": "info", "source": "source"}
        )

    def __call__(self, document: Document) -> Iterable[Region]:
        """Yield one region per top-level fenced block."""
        opening: re.Match[str] | None = None
        for match in FENCE.finditer(document.text):
            if opening is None:
                opening = match
            elif self.match_closes_existing(match, opening):
                region = self.make_region(opening, document, match)
                if region is not None:
                    yield region
                opening = None
        if opening is not None:
            region = self.make_region(opening, document, None)
            if region is not None:
                yield region


@dataclass(frozen=True)
class Block(BlockHead):
    """A code block of a page as Sybil parses it: a fence, or an invisible block."""

    source: str
    first_line: int
    start_index: int
    end_index: int
    indent: int
    invisible: bool

    @property
    def is_module_head(self) -> bool:
        """Whether the block shows a `.py` file from its module docstring on."""
        return bool(self.title and self.title.endswith(".py")) and (
            self.source.startswith('"""')
        )

    def at(self, source_line: int) -> str:
        """`docs/page.md:43`: page line of the source's line `source_line` (from 1)."""
        return f"{self.rel}:{self.first_line + source_line - 1}"

    @property
    def last_line(self) -> int:
        """The page line of the block's last source line."""
        return self.first_line + max(self.source.count("\n"), 1) - 1


class BlockParser:
    """A Sybil parser yielding a region per code block; its `parsed` is a `Block`."""

    def __init__(self, rel: str) -> None:
        self.rel = rel
        self.fences = FenceLexer()
        self.invisible = DirectiveInHTMLCommentLexer(
            directive=r"invisible-code(-block)?", arguments=".+"
        )

    def __call__(self, document: Document) -> Iterable[Region]:
        """Yield regions for fenced and invisible blocks alike."""
        for lexed in chain(self.fences(document), self.invisible(document)):
            invisible = "directive" in lexed.lexemes
            info = lexed.lexemes["arguments" if invisible else "info"]
            language, title = split_info(info)
            source = lexed.lexemes["source"]
            text = document.text
            start = lexed.start + source.offset
            end = text.rfind("\n", 0, lexed.end) + 1
            line = text.count("\n", 0, lexed.start) + 1
            block = Block(
                rel=self.rel,
                line=line,
                language=language,
                title=title,
                source=str(source),
                first_line=line + 1 + source.line_offset,
                start_index=start,
                end_index=max(end, start),
                indent=_indent(text[start:end], str(source)),
                invisible=invisible,
            )
            yield Region(lexed.start, lexed.end, parsed=block)


def _indent(raw: str, dedented: str) -> int:
    """How far the raw block text is indented compared to its dedented source."""
    raw_first = next((line for line in raw.splitlines() if line.strip()), "")
    first = next((line for line in dedented.splitlines() if line.strip()), "")
    return len(raw_first) - len(raw_first.lstrip()) - (len(first) - len(first.lstrip()))


@dataclass
class Page:
    """A parsed page: Sybil examples in order, and a module namespace for its Python."""

    rel: str
    path: Path
    document: Document
    examples: list[Example]
    group: uuid.UUID = field(default_factory=uuid.uuid4)
    done: int = 0

    @property
    def namespace(self) -> dict[str, Any]:
        """The namespace every Python block of the page runs in."""
        return self.document.namespace

    @property
    def module_name(self) -> str:
        """The module name the page's Python runs as (pydantic resolves names there)."""
        return "docs_page_" + re.sub(r"\W", "_", self.rel)

    def block_examples(self) -> Iterator[Example]:
        """The examples that are code blocks, in page order."""
        return (ex for ex in self.examples if isinstance(ex.parsed, Block))

    def fences(self) -> list[Fence]:
        """The page's fences as the plain line scanner sees them."""
        return scan(self.document.text, self.rel)

    def collected_kinds(self) -> dict[int, str | None]:
        """Page line -> checker kind of each fence Sybil collected (not invisible)."""
        return {
            example.parsed.line: example.parsed.kind
            for example in self.block_examples()
            if not example.parsed.invisible
        }

    def catch_up(self, example: Example) -> None:
        """Evaluate the markers (skip, clear-namespace) and blocks before `example`."""
        index = self.examples.index(example)
        for earlier in self.examples[self.done : index]:
            if isinstance(earlier.parsed, Block):
                self.document.evaluate(earlier, _pass)
            else:
                earlier.evaluate()
        self.done = index + 1
        self.namespace.setdefault("__name__", self.module_name)

    def static_segments(self) -> list[list[Block]]:
        """Python blocks that are not skipped, split where the namespace is cleared.

        A block that shows the head of a `.py` file (titled with its path, starting with
        the module docstring) is a module of its own, as it is in the repository.
        """
        segments: list[list[Block]] = [[]]
        skip_next = skip_range = False
        for example in self.examples:
            parsed = example.parsed
            if isinstance(parsed, Block):
                if parsed.kind == "python" and not (skip_next or skip_range):
                    if parsed.is_module_head:
                        segments += [[parsed], []]
                    else:
                        segments[-1].append(parsed)
                skip_next = False
            elif isinstance(parsed, tuple):
                action = parsed[0]
                skip_next = action == "next"
                skip_range = action == "start" or (skip_range and action != "end")
            else:
                segments.append([])
        return [segment for segment in segments if segment]


def _pass(example: Example) -> None:
    """Evaluate a block no checker takes (the fence account reports it)."""


def load_page(path: Path, root: Path) -> Page:
    """Parse one page and give it a registered module namespace."""
    rel = path.relative_to(root).as_posix()
    sybil = Sybil(parsers=[BlockParser(rel), SkipParser(), ClearNamespaceParser()])
    document = sybil.parse(path)
    page = Page(rel, path, document, [])
    module = types.ModuleType(page.module_name)
    sys.modules[page.module_name] = module
    document.namespace = module.__dict__
    page.examples = list(document.examples())
    return page


def load_pages(root: Path) -> list[Page]:
    """Every page under `root/docs`, sorted by path."""
    return [load_page(path, root) for path in sorted((root / "docs").rglob("*.md"))]
