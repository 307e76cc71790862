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

SECTION = "llms-sections"
"""Its marker lines in mkdocs.yml: `# --8<-- [start:llms-sections]` and the end."""
INDENT = " " * 8
"""Under `plugins:`, `- llmstxt:` and `sections:`."""


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
