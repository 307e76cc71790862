"""The `llmstxt` sections of mkdocs.yml: the nav's pages, each with its description.

Both engines list in `/llms.txt` only the pages these sections name, with the text
given there. That text is each page's front-matter `description` (its meta
description), generated into mkdocs.yml between two marker lines rather than
copied by hand: `just docs-fix` rewrites it, the docs tests fail while it differs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.support.site_config import nav_pages, page_description

START = "# --8<-- [start:llms-sections]"
END = "# --8<-- [end:llms-sections]"
INDENT = " " * 8
"""Under `plugins:`, `- llmstxt:` and `sections:`."""


class MarkersError(Exception):
    """mkdocs.yml lacks the lines that mark where the sections go."""


def generated(nav: list[dict[str, Any]], docs: Path) -> str:
    """The sections' YAML lines: one section per top-level nav entry."""
    lines = []
    for section in nav:
        for title, entries in section.items():
            lines.append(f"{INDENT}{json.dumps(title)}:")
            for page in nav_pages(entries):
                text = json.dumps(page_description(docs / page), ensure_ascii=False)
                lines.append(f"{INDENT}  - {page}: {text}")
    return "\n".join(lines) + "\n"


def written(config_text: str) -> str:
    """The sections as mkdocs.yml holds them now, between the marker lines."""
    start, end = markers(config_text)
    return config_text[start:end]


def rewritten(config_text: str, sections: str) -> str:
    """mkdocs.yml's text with `sections` between the marker lines."""
    start, end = markers(config_text)
    return config_text[:start] + sections + config_text[end:]


def markers(config_text: str) -> tuple[int, int]:
    """Where the generated lines start and end in mkdocs.yml's text."""
    start_line = config_text.find(START)
    end_line = config_text.find(END)
    if start_line < 0 or end_line < start_line:
        raise MarkersError(
            f"mkdocs.yml has no `{START}` ... `{END}` lines under the llmstxt"
            " plugin's `sections:`"
        )
    start = config_text.index("\n", start_line) + 1
    return start, config_text.rindex("\n", 0, end_line) + 1
