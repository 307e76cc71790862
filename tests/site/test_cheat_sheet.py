"""The "All commands and checklists" page lists every recipe and every checklist item.

It is generated at build time (playbook_markdown.cheat_sheet), so the proof that it
updates itself is a build of a changed copy: a recipe added to the justfile and an item
added to a checklist show up on the page with nothing else edited. Each recipe is listed
under the justfile that has it: a project's (the part the template keeps) or only this
repository's, with the comment that justfile gives it.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

from playbook_markdown.cheat_sheet import checklists_of
from playbook_markdown.recipes import recipes_of, usage
from playbook_markdown.sections import marked_parts

from tests.support.paths import ROOT
from tests.support.site_build import build_site
from tests.support.tools import tool

SITE_INPUTS = ["docs", "src", "site_extensions", "mkdocs.yml", "justfile"]
"""What a build of the site reads from the repository, besides its Git history."""
NEW_RECIPE = (
    "# Say hello from the cheat sheet test\nhello-cheat-sheet who:\n    @echo hi\n"
)
NEW_ITEM = "- [ ] Cheat sheet test item, added to a copy of the page."


TABLES = {"in-every-project": "project", "only-in-this-repository": "repository"}
"""The ids of the headings over the commands tables, and whose justfile each is."""
ROW = re.compile(r"<code>uv run just ?([\w-]*)[^<]*</code></td>\s*<td>(.*?)</td>", re.S)


def recipe_docs(justfile: Path) -> dict[str, str]:
    """Each recipe `just` reads in the justfile, its comment as the page shows it."""
    summary = subprocess.run(
        [tool("just"), "--justfile", str(justfile), "--dump", "--dump-format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    recipes = json.loads(summary.stdout)["recipes"]
    return {
        name: (recipe["doc"] or "").replace("`", "") for name, recipe in recipes.items()
    }


def commands_tables(page: Path) -> dict[str, dict[str, str]]:
    """Each commands table of the built cheat sheet: recipe name to comment."""
    text = page.read_text(encoding="utf-8")
    tables = {}
    for anchor, owner in TABLES.items():
        start = text.index(f'id="{anchor}"')
        table = text[start : text.index("</table>", start)]
        tables[owner] = {
            name or "default": unescape(re.sub(r"<[^>]+>", "", doc)).strip()
            for name, doc in ROW.findall(table)
        }
    return tables


def checkbox_labels(page: Path) -> list[str]:
    """The accessible names of a built page's task-list checkboxes."""
    text = page.read_text(encoding="utf-8")
    return [unescape(label) for label in re.findall(r'aria-label="([^"]*)"/>', text)]


def test_each_recipe_is_listed_under_the_justfile_that_has_it(
    site_dir: Path, tmp_path: Path
) -> None:
    """Project table = the template's justfile; the other = the rest of this one's.

    The project's justfile is made as the template's task makes it (the marked parts
    of this repository's); each row's comment is the one its justfile gives.
    """
    project_justfile = tmp_path / "justfile"
    text = (ROOT / "justfile").read_text(encoding="utf-8")
    project_justfile.write_text(marked_parts(text), encoding="utf-8")
    project = recipe_docs(project_justfile)
    repository = recipe_docs(ROOT / "justfile")
    listed = commands_tables(site_dir / "cheat-sheet" / "index.html")

    assert listed["project"] == project
    assert {
        name: doc for name, doc in repository.items() if project.get(name) != doc
    } == listed["repository"]


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
    committed(copy)
    site = build_site(tmp_path / "site", "zensical", root=copy).checked()
    page = (site / "cheat-sheet" / "index.html").read_text(encoding="utf-8")
    assert "<code>uv run just hello-cheat-sheet WHO</code>" in page
    assert "Say hello from the cheat sheet test" in page
    assert NEW_ITEM.removeprefix("- [ ] ") in checkbox_labels(
        site / "cheat-sheet" / "index.html"
    )


def committed(folder: Path) -> None:
    """Make `folder` a Git repository of one commit: the site carries a clone of it."""
    identity = ["-c", "user.name=Test", "-c", "user.email=test@example.org"]
    for command in (
        ["init", "--quiet"],
        ["add", "--all"],
        [*identity, "commit", "--quiet", "--message", "The changed copy"],
    ):
        subprocess.run(["git", *command], cwd=folder, check=True)


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
    expected = [
        "uv run just",
        "uv run just build [DIR]",
        "uv run just keep DIR",
        "uv run just bench [NAMES...]",
    ]
    assert expected == [usage(recipe) for recipe in recipes_of(justfile)]


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
