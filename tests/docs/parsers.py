"""The Sybil parsers of the docs tests: code blocks and the prose's inline `just X`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from playbook_markdown.blocks import blocks_of, page_of, prose_of, root_of
from sybil import Document, Example, Region
from sybil.typing import Parser

from tests.docs.evaluators import evaluator_for
from tests.docs.shell import recipes

INLINE_JUST = re.compile(r"`(?:uv run )?just (?P<recipe>\w[\w-]*)[^`]*`")


def code_blocks(document: Document) -> Iterator[Region]:
    """A region per fenced block, evaluated by the checker of its kind."""
    previous = None
    prose = prose_of(document)
    for region, block in blocks_of(document):
        evaluator = evaluator_for(block, previous, prose)
        yield Region(region.start, region.end, block, evaluator)
        previous = block


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


PARSERS: list[Parser] = [code_blocks, inline_recipes]
