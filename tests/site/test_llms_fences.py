"""playbook_markdown.llms_fences: a code block holding a fence gets a longer fence."""

from __future__ import annotations

from bs4 import BeautifulSoup
from playbook_markdown.llms_fences import LongerFences

SAMPLE = "# Title\n\n```sql\nSELECT 1;\n```\n"


def markdown_of(code: str) -> str:
    """What the converter writes for a `<pre><code>` block holding `code`."""
    soup = BeautifulSoup("<pre><code></code></pre>", "html.parser")
    assert soup.code is not None
    soup.code.string = code
    return LongerFences().convert_soup(soup)


def test_a_block_holding_a_fence_is_fenced_longer() -> None:
    """The block comes back whole, between fences of four backticks."""
    assert f"````\n{SAMPLE}````" == markdown_of(SAMPLE).strip()


def test_a_plain_block_keeps_three_backticks() -> None:
    """Blocks without a fence inside are written as markdownify writes them."""
    assert "```\nprint(1)\n```" == markdown_of("print(1)\n").strip()
