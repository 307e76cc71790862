"""MkDocs hook: give task-list checkboxes an accessible name (axe rule `label`)."""

from __future__ import annotations

import re
from typing import Any

# pymdownx.tasklist renders `<input type="checkbox" disabled/>` (plus ` checked`
# when done) inside an empty <label>, so a screen reader announces an unnamed checkbox.
CHECKBOX = re.compile(r'<input type="checkbox" disabled( checked)?/>')


def name_checkbox(match: re.Match[str]) -> str:
    """Return the checkbox with an aria-label saying its state."""
    state = "done" if match.group(1) else "to do"
    return (
        f'<input type="checkbox" disabled{match.group(1) or ""} aria-label="{state}"/>'
    )


def on_page_content(html: str, **_: Any) -> str:
    """Label every task-list checkbox of the page."""
    return CHECKBOX.sub(name_checkbox, html)
