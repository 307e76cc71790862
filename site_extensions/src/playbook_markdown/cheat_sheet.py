"""Tables made at each build: cheat sheet commands and checklists, the nav's pages.

A line `<!-- generated: NAME -->` on a page becomes, in its place:
`playbook-commands`, the recipes of the justfile's playbook part, which every project
made from the playbook or the template has; `site-commands`, the recipes only this
repository has or defines differently; `checklists`, every task list of the nav's
pages under the heading it stands under there; `pages`, every page of the nav by
section. MkDocs and Zensical both run it, so a new recipe, checklist item or page shows
up without anyone writing it twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.extensions.toc import slugify
from markdown.preprocessors import Preprocessor

from playbook_markdown.blocks import fenced_lines
from playbook_markdown.recipes import commands_table, playbook_recipes, site_recipes
from playbook_markdown.site_nav import nav_pages, page_title, pages_table, read_config

DIRECTIVE = re.compile(r"^<!-- generated: (?P<name>[\w-]+) -->$")
PRIORITY = 25
"""Before Python-Markdown stashes HTML blocks, comments included (20)."""
HEADING = re.compile(r"^(?P<level>#{1,6})\s+(?P<text>.+?)\s*$")
TASK = re.compile(r"^(?P<indent>\s*)[-*+] \[[ xX]\] ")
INLINE = re.compile(r"`([^`]*)`|\[([^\]]*)\]\([^)]*\)|\{[^}]*\}")
"""Inline code, links and attribute lists, reduced to their text for a heading's id."""
RELATIVE_LINK = re.compile(r"\]\((?![a-z]+:|/)(?P<target>[^)\s]*)\)")
ID_ATTRIBUTE = re.compile(r"\{\s*#[\w-]+\s*\}")


@dataclass
class Checklist:
    """The task items found under one heading of one page."""

    page: str
    title: str
    anchor: str
    items: list[str] = field(default_factory=list)


def heading_id(text: str) -> str:
    """The id Python-Markdown's toc gives a heading (or the one it sets itself)."""
    if custom := re.search(r"\{\s*#([\w-]+)", text):
        return custom[1]
    return slugify(INLINE.sub(lambda m: m[1] or m[2] or "", text), "-")


def rebased(line: str, page: str) -> str:
    """A task line as it reads on the cheat sheet: links reach their page, no ids."""
    folder = str(Path(page).parent)
    prefix = "" if folder == "." else f"{folder}/"

    def link(match: re.Match[str]) -> str:
        target = match["target"]
        target = f"{page}{target}" if target.startswith("#") else prefix + target
        return f"]({target})"

    return RELATIVE_LINK.sub(link, ID_ATTRIBUTE.sub("", line)).rstrip()


def checklists_of(page: str, text: str) -> Iterator[Checklist]:
    """Each heading's task items on a page, outside code blocks, lines kept whole."""
    headings: list[tuple[int, str]] = []
    current: Checklist | None = None
    fenced = fenced_lines(text)
    in_item = False
    for number, line in enumerate(text.splitlines()):
        if number in fenced:
            in_item = False
            continue
        if heading := HEADING.match(line):
            level = len(heading["level"])
            headings = [(lvl, txt) for lvl, txt in headings if lvl < level]
            headings.append((level, heading["text"]))
            in_item = False
            continue
        if TASK.match(line):
            titles = [INLINE.sub(lambda m: m[1] or m[2] or "", t) for _, t in headings]
            title = " › ".join(titles[1:] or titles)
            anchor = heading_id(headings[-1][1]) if len(headings) > 1 else ""
            if current is None or (current.title, current.page) != (title, page):
                if current is not None and current.items:
                    yield current
                current = Checklist(page, title.strip(), anchor)
            current.items.append(rebased(line, page))
            in_item = True
        elif in_item and line.startswith((" ", "\t")) and line.strip():
            assert current is not None
            current.items.append(rebased(line, page))
        else:
            in_item = False
    if current is not None and current.items:
        yield current


def checklists(config_file: Path) -> list[str]:
    """Every checklist of the nav's pages, each headed by where it comes from."""
    config = read_config(config_file)
    docs = config_file.parent / config.get("docs_dir", "docs")
    lines: list[str] = []
    for page in nav_pages(config["nav"]):
        text = (docs / page).read_text(encoding="utf-8")
        title = page_title(docs / page)
        for checklist in checklists_of(page, text):
            target = f"{page}#{checklist.anchor}" if checklist.anchor else page
            lines += [
                f"### {checklist.title}",
                "",
                f"From [{title}]({target}).",
                "",
                *checklist.items,
                "",
            ]
    return lines


class CheatSheet(Preprocessor):
    """Replace each `<!-- generated: NAME -->` line with the Markdown it stands for."""

    def __init__(self, md: Markdown, justfile: Path, config_file: Path) -> None:
        """Remember where the justfile and mkdocs.yml are."""
        super().__init__(md)
        self.tables: dict[str, Callable[[], list[str]]] = {
            "playbook-commands": lambda: commands_table(playbook_recipes(justfile)),
            "site-commands": lambda: commands_table(site_recipes(justfile)),
            "checklists": lambda: checklists(config_file),
            "pages": lambda: pages_table(config_file),
        }

    def run(self, lines: list[str]) -> list[str]:
        """The page's lines, each directive replaced by what it names."""
        result: list[str] = []
        for line in lines:
            directive = DIRECTIVE.match(line.strip())
            if directive is None:
                result.append(line)
                continue
            table = self.tables.get(directive["name"])
            if table is None:
                raise ValueError(
                    f"<!-- generated: {directive['name']} -->: no such table;"
                    f" the names are {', '.join(self.tables)}"
                )
            result += ["", *table(), ""]
        return result


class CheatSheetExtension(Extension):
    """Register the cheat-sheet preprocessor (paths relative to the build's folder)."""

    def __init__(self, **kwargs: Any) -> None:
        """Settings: `justfile` and `config_file` (mkdocs.yml, for the nav)."""
        self.config = {
            "justfile": ["justfile", "The justfile whose recipes are listed"],
            "config_file": ["mkdocs.yml", "The site's config, whose nav is read"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        """Run before Python-Markdown sets HTML comments aside."""
        justfile = Path(self.getConfig("justfile"))
        config_file = Path(self.getConfig("config_file"))
        md.preprocessors.register(
            CheatSheet(md, justfile, config_file), "cheat_sheet", PRIORITY
        )


def makeExtension(**kwargs: Any) -> CheatSheetExtension:  # noqa: N802
    """Entry point Python-Markdown calls for `playbook_markdown.cheat_sheet`."""
    return CheatSheetExtension(**kwargs)
