"""The "All commands and checklists" page lists every recipe and every checklist item.

It is generated at build time (playbook_markdown.cheat_sheet), so the proof that it
updates itself is a build of a changed copy: a recipe added to the justfile and an item
added to a checklist show up on the page with nothing else edited.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

from markdown import Markdown
from playbook_markdown.cheat_sheet import CheatSheetExtension, checklists_of

from tests.support.paths import ROOT
from tests.support.site_build import build_site
from tests.support.tools import tool

SITE_INPUTS = ["docs", "src", "site_extensions", "mkdocs.yml", "justfile"]
"""What a build of the site reads from the repository."""
NEW_RECIPE = (
    "# Say hello from the cheat sheet test\nhello-cheat-sheet who:\n    @echo hi\n"
)
NEW_ITEM = "- [ ] Cheat sheet test item, added to a copy of the page."


def recipes(justfile: Path) -> list[str]:
    """The recipe names `just` reads in the justfile."""
    summary = subprocess.run(
        [tool("just"), "--justfile", str(justfile), "--summary"],
        capture_output=True,
        text=True,
        check=True,
    )
    return summary.stdout.split()


def checkbox_labels(page: Path) -> list[str]:
    """The accessible names of a built page's task-list checkboxes."""
    text = page.read_text(encoding="utf-8")
    return [unescape(label) for label in re.findall(r'aria-label="([^"]*)"/>', text)]


def test_every_recipe_is_on_the_cheat_sheet(site_dir: Path) -> None:
    """Each recipe has its `uv run just NAME` on the page (`default`: `uv run just`)."""
    text = unescape((site_dir / "cheat-sheet" / "index.html").read_text("utf-8"))
    listed = set(re.findall(r"<code>uv run just ?([\w-]*)[^<]*</code>", text))
    expected = {
        "" if name == "default" else name for name in recipes(ROOT / "justfile")
    }
    assert sorted(expected - listed) == []


def test_every_checklist_item_is_on_the_cheat_sheet(site_dir: Path) -> None:
    """Each checkbox of the Checklists page is on the cheat sheet, named the same."""
    on_checklists = checkbox_labels(site_dir / "checklists" / "index.html")
    on_cheat_sheet = checkbox_labels(site_dir / "cheat-sheet" / "index.html")
    assert on_checklists, "the Checklists page has no labelled checkbox"
    assert on_checklists == [
        label for label in on_cheat_sheet if label in on_checklists
    ]


def test_a_new_recipe_and_item_appear_without_editing_the_page(tmp_path: Path) -> None:
    """A copy of the site with a recipe and an item more: its cheat sheet has both."""
    copy = tmp_path / "repository"
    for name in SITE_INPUTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, copy / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(source, copy / name)
    with (copy / "justfile").open("a", encoding="utf-8") as justfile:
        justfile.write("\n" + NEW_RECIPE)
    checklists = copy / "docs" / "checklists.md"
    text = checklists.read_text(encoding="utf-8")
    checklists.write_text(
        text.replace(
            "- [ ] `git status` clean.", f"- [ ] `git status` clean.\n{NEW_ITEM}"
        ),
        encoding="utf-8",
    )
    site = build_site(tmp_path / "site", "zensical", root=copy).checked()
    page = (site / "cheat-sheet" / "index.html").read_text(encoding="utf-8")
    assert "<code>uv run just hello-cheat-sheet WHO</code>" in page
    assert "Say hello from the cheat sheet test" in page
    assert NEW_ITEM.removeprefix("- [ ] ") in checkbox_labels(
        site / "cheat-sheet" / "index.html"
    )


def test_recipes_read_as_a_reader_types_them(tmp_path: Path) -> None:
    """Required, optional and variadic parameters, and `default` as plain `just`."""
    justfile = tmp_path / "justfile"
    justfile.write_text(
        "# List\ndefault:\n    @true\n\n"
        "# Build into DIR\nbuild dir='out':\n    @true\n\n"
        "# Keep into DIR\nkeep dir:\n    @true\n\n"
        "# Bench some\nbench *names:\n    @true\n\n"
        "_private:\n    @true\n",
        encoding="utf-8",
    )
    md = Markdown(extensions=["tables", CheatSheetExtension(justfile=str(justfile))])
    html = md.convert("<!-- cheat-sheet: commands -->")
    commands = re.findall(r"<code>(uv run just[^<]*)</code>", html)
    expected = [
        "uv run just",
        "uv run just build [DIR]",
        "uv run just keep DIR",
        "uv run just bench [NAMES...]",
    ]
    assert expected == commands


NESTED_SAMPLE = """# Page

## Before a release

- [ ] Real item

````markdown
```bash
# A comment in a sample, not a heading
```
~~~
- [ ] A sample's task line, not an item
~~~
````

- [ ] Second real item
"""


def test_a_sample_nested_in_a_longer_fence_stays_a_sample() -> None:
    """A ````markdown block with shorter fences inside: its `#`, `- [ ]` are code."""
    found = [(c.title, c.items) for c in checklists_of("page.md", NESTED_SAMPLE)]

    assert found == [
        ("Before a release", ["- [ ] Real item", "- [ ] Second real item"])
    ]
