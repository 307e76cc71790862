"""Give each task-list checkbox its item's text as an accessible name."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any
from xml.etree.ElementTree import Element

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE

TAG = re.compile(r"<[^>]+>")
LISTS = {"ul", "ol"}
PRIORITY = -10
"""After pymdownx.tasklist (25), inline parsing (20) and unescaping (0)."""


class TaskListLabels(Treeprocessor):
    """Put aria-label="<item text>" on each checkbox pymdownx.tasklist renders.

    pymdownx.tasklist (custom_checkbox) stores the checkbox as raw HTML, an empty
    `<label>` around an `<input>`, at the start of the item (or of its first
    paragraph); the item's text follows. Screen readers and axe find an unlabelled
    form field, so this names it after the text.
    """

    def run(self, root: Element) -> None:
        """Label the checkbox of every task-list item of the page."""
        for item in root.iter("li"):
            if "task-list-item" not in (item.get("class") or "").split():
                continue
            holder = item if (item.text or "").strip() else item.find("p")
            if holder is None:
                continue
            placeholder = HTML_PLACEHOLDER_RE.match(holder.text or "")
            if placeholder is None:
                continue
            text = html.unescape(self.visible_text(holder)[placeholder.end() :])
            label = html.escape(" ".join(text.split()), quote=True)
            stash = self.md.htmlStash.rawHtmlBlocks
            index = int(placeholder[1])
            named = f' aria-label="{label}"/>'
            stash[index] = str(stash[index]).replace("/>", named, 1)

    def visible_text(self, element: Element) -> str:
        """The element's text (HTML-escaped) without nested lists; raw HTML as text."""
        text = "".join(texts_outside_lists(element))
        return HTML_PLACEHOLDER_RE.sub(self.stashed_text, text)

    def stashed_text(self, match: re.Match[str]) -> str:
        """The text of raw HTML that Python-Markdown keeps aside until the end.

        The checkbox itself is kept as its placeholder, so the caller can cut it.
        """
        if match.start() == 0:
            return match[0]
        return TAG.sub("", str(self.md.htmlStash.rawHtmlBlocks[int(match[1])]))


def texts_outside_lists(element: Element) -> Iterator[str]:
    """The text of `element` in document order, skipping its nested lists."""
    if element.text:
        yield element.text
    for child in element:
        if child.tag not in LISTS:
            yield from texts_outside_lists(child)
        if child.tail:
            yield child.tail


class TaskListLabelsExtension(Extension):
    """Register the task-list labeller."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        """Run after pymdownx.tasklist has rendered the checkboxes."""
        md.treeprocessors.register(TaskListLabels(md), "task_list_labels", PRIORITY)


def makeExtension(**kwargs: Any) -> TaskListLabelsExtension:  # noqa: N802
    """Entry point Python-Markdown calls for `playbook_markdown.task_list_labels`."""
    return TaskListLabelsExtension(**kwargs)
