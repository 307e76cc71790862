"""The Sybil parsers of the docs tests: code blocks, reasoned skips, inline `just X`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from sybil import Document, Example, Region
from sybil.parsers.markdown import SkipParser
from sybil.typing import Parser

from tests.docs.evaluators import evaluator_for
from tests.docs.shell import recipes
from tests.support.markdown import blocks_of, page_of, root_of

INLINE_JUST = re.compile(r"`(?:uv run )?just (?P<recipe>\w[\w-]*)[^`]*`")


def code_blocks(document: Document) -> Iterator[Region]:
    """A region per fenced block, evaluated by the checker of its kind."""
    previous = None
    for region, block in blocks_of(document):
        yield Region(region.start, region.end, block, evaluator_for(block, previous))
        previous = block


class ReasonedSkipParser(SkipParser):
    """Sybil's `<!-- skip: next "why" -->`, failing where the reason is missing."""

    def __call__(self, document: Document) -> Iterator[Region]:
        """Yield Sybil's skip regions; a reasonless one becomes a failure instead."""
        for region in super().__call__(document):
            action, reason = region.parsed
            if action == "end" or reason:
                yield region
            else:
                yield Region(region.start, region.end, None, _reasonless_skip)


def _reasonless_skip(example: Example) -> str:
    """A skip must say why."""
    where = f"{page_of(Path(example.path))}:{example.line}"
    return f'{where}: `skip` needs a reason: <!-- skip: next "why" -->'


def inline_recipes(document: Document) -> Iterator[Region]:
    """A region per inline `just X` of the prose: X must be a recipe."""
    fenced = [(region.start, region.end) for region, _ in blocks_of(document)]
    for match in INLINE_JUST.finditer(document.text):
        if not any(start <= match.start() < end for start, end in fenced):
            yield Region(match.start(), match.end(), match["recipe"], _check_recipe)


def _check_recipe(example: Example) -> str | None:
    """The recipe exists in the justfile of the page's repository."""
    path = Path(example.path)
    if example.parsed in recipes(root_of(path) / "justfile"):
        return None
    where = f"{page_of(path)}:{example.line}"
    return f"{where}: `just {example.parsed}`: no such recipe"


PARSERS: list[Parser] = [code_blocks, ReasonedSkipParser(), inline_recipes]
