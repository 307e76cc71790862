"""playbook_markdown.task_list_labels names each task-list checkbox after its item."""

from __future__ import annotations

import re

from markdown import Markdown
from playbook_markdown.task_list_labels import TaskListLabelsExtension


def render(text: str) -> str:
    """Render Markdown as the site does: pymdownx.tasklist, then the labeller."""
    md = Markdown(
        extensions=["pymdownx.tasklist", TaskListLabelsExtension()],
        extension_configs={"pymdownx.tasklist": {"custom_checkbox": True}},
    )
    return md.convert(text)


def labels(html: str) -> list[str | None]:
    """The aria-label of every checkbox, in page order (None when it has none)."""
    found = []
    for checkbox in re.findall(r"<input [^>]*>", html):
        match = re.search(r'aria-label="([^"]*)"', checkbox)
        found.append(match[1] if match else None)
    return found


def test_each_checkbox_is_named_by_its_item() -> None:
    """The label is the item's text, inline code and raw HTML read as text."""
    html = render('- [ ] `just <check>` passes & <kbd>x</kbd> "q"\n- [x] done\n')
    expected = ["just &lt;check&gt; passes &amp; x &quot;q&quot;", "done"]
    assert expected == labels(html)


def test_nested_and_loose_items_are_named_without_their_sublists() -> None:
    """An item in paragraph form, and its nested item, each get their own text."""
    html = render("- [x] outer\n\n    - [ ] inner\n\n- [ ] next\n")
    assert ["outer", "inner", "next"] == labels(html)


def test_plain_lists_are_left_alone() -> None:
    """A list item without a checkbox renders as Python-Markdown renders it."""
    text = "- plain item\n- another\n"
    assert Markdown().convert(text) == render(text)
