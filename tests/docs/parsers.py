"""The Sybil parsers of the docs tests: code blocks, reasoned skips, inline `just X`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from sybil import Document, Example, Region
from sybil.parsers.markdown import SkipParser
from sybil.typing import Parser

from tests.docs.evaluators import evaluator_for
from tests.docs.problem import Problem, report
from tests.docs.shell import recipes
from tests.support.markdown import Block, blocks_of, root_of

INLINE_JUST = re.compile(r"`(?:uv run )?just (?P<recipe>\w[\w-]*)[^`]*`")


class CodeBlockParser:
    """A region per fenced block, evaluated by the checker of its kind."""

    def __call__(self, document: Document) -> Iterator[Region]:
        """Yield the blocks of the page in order."""
        previous = None
        for region, block in blocks_of(document):
            yield Region(
                region.start, region.end, block, evaluator_for(block, previous)
            )
            previous = block


class ReasonedSkipParser(SkipParser):
    """Sybil's `<!-- skip: next "why" -->`, failing when the reason is missing."""

    def __call__(self, document: Document) -> Iterator[Region]:
        """Yield Sybil's skip regions; a reasonless one becomes a failure instead."""
        for region in super().__call__(document):
            action, reason = region.parsed
            if action == "end" or reason:
                yield region
                continue
            line = document.text.count("\n", 0, region.start) + 1
            where = f"{page_name(document.path)}:{line}"
            problem = Problem(where, '`skip` needs a reason: <!-- skip: next "why" -->')
            yield Region(region.start, region.end, problem, _fail)


def _fail(example: Example) -> str | None:
    """Report the problem a parser found."""
    problem: Problem = example.parsed
    return report([problem])


class InlineRecipeParser:
    """A region per inline `just X` in the prose: X must be a recipe of the justfile."""

    def __call__(self, document: Document) -> Iterator[Region]:
        """Yield each inline command outside the code blocks."""
        fenced = [(region.start, region.end) for region, _ in blocks_of(document)]
        for match in INLINE_JUST.finditer(document.text):
            if not any(start <= match.start() < end for start, end in fenced):
                yield Region(match.start(), match.end(), match["recipe"], _check_recipe)


def _check_recipe(example: Example) -> str | None:
    """The recipe exists in the justfile of the page's repository."""
    recipe: str = example.parsed
    if recipe in recipes(root_of(Path(example.path)) / "justfile"):
        return None
    return f"{page_name(example.path)}:{example.line}: `just {recipe}`: no such recipe"


def page_name(path: str) -> str:
    """`docs/page.md`: a page's path from its repository root."""
    return Path(path).relative_to(root_of(Path(path))).as_posix()


PARSERS: list[Parser] = [CodeBlockParser(), ReasonedSkipParser(), InlineRecipeParser()]
"""Every parser of a docs page (Block regions carry a `Block` as `parsed`)."""


def is_block(example: Example) -> bool:
    """Whether the example is a code block (not a skip or inline command)."""
    return isinstance(example.parsed, Block)
