"""MkDocs hook: give each task-list checkbox its item's text as an accessible name."""

from __future__ import annotations

import html
import re
from typing import Any

# pymdownx.tasklist (custom_checkbox) renders an empty <label> around the checkbox and
# the item's text after it, so screen readers and axe find an unlabelled form field.
TASK_ITEM = re.compile(
    r'(<li class="task-list-item"><label class="task-list-control">)'
    r"<input (?P<attrs>[^>]*?)/?>(?P<rest>.*?)</li>",
    re.DOTALL,
)
TAG = re.compile(r"<[^>]+>")


def _labelled(match: re.Match[str]) -> str:
    """Return the task item with aria-label="<item text>" on its checkbox."""
    rest = match["rest"]
    text = " ".join(html.unescape(TAG.sub("", rest.split("</label>", 1)[-1])).split())
    label = html.escape(text, quote=True)
    return f'{match[1]}<input {match["attrs"]} aria-label="{label}"/>{rest}</li>'


def on_page_content(content: str, **_: Any) -> str:
    """Label the checkboxes of every task list on the page."""
    return TASK_ITEM.sub(_labelled, content)
