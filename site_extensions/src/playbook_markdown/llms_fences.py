"""mkdocs-llmstxt `preprocess`: a code block that holds a fence gets a longer one.

mkdocs-llmstxt 0.5 writes every code block between three backticks (markdownify's
`convert_pre`), so a block that shows Markdown with a fence inside, such as db/README.md
on Phase 3's schema page, ends at its first inner fence, and every later block of
llms-full.txt turns inside out. The plugin calls `preprocess` on each page before
converting it; this swaps in a converter that fences a block with one backtick more
than the longest run inside it. Zensical writes llms.txt itself, correctly, and
ignores this setting (docs/adr/0001-material-for-mkdocs.md).

Checked in December 2026 against mkdocs-llmstxt 0.5.1, the newest release on PyPI, and
markdownify 1.2.3: neither offers a public option for the fence length, so `preprocess`
replaces the plugin's private `_converter`.
"""

from __future__ import annotations

import re
from typing import Any

from bs4 import BeautifulSoup
from markdownify import MarkdownConverter
from mkdocs_llmstxt._internal import plugin

BACKTICKS = re.compile(r"`{3,}")


class LongerFences(MarkdownConverter):
    """markdownify's converter, with fences longer than any backtick run in the code."""

    def convert_pre(self, el: Any, text: str, parent_tags: set[str]) -> str:
        """The block as markdownify writes it, its two fences lengthened if needed."""
        markdownify: Any = super()  # its stubs leave out the convert_* methods
        converted: str = markdownify.convert_pre(el, text, parent_tags)
        longest = max((len(run) for run in BACKTICKS.findall(text)), default=0)
        if not converted or longest < 3:
            return converted
        fence = "`" * (longest + 1)
        head, _, rest = converted.partition("```")
        body, _, tail = rest.rpartition("```")
        return head + fence + body + fence + tail


def preprocess(soup: BeautifulSoup, output: str) -> None:
    """Install the converter before the plugin converts the page (the soup is kept)."""
    current: Any = plugin._converter  # its stubs leave out `options`
    plugin._converter = LongerFences(**current.options)
