"""The cheat sheet: every recipe of the justfile and every checklist of the pages.

A page holding the line `<!-- cheat-sheet: commands -->` gets, in its place, a table
of the justfile's recipes as `just --dump` describes them; `<!-- cheat-sheet:
checklists -->` becomes every task list of the nav's pages, under the heading it
stands under there. Both are made at each build, by MkDocs and Zensical alike, so a new
recipe or checklist item shows up without anyone writing it twice.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.extensions.toc import slugify
from markdown.preprocessors import Preprocessor

from playbook_markdown.blocks import fenced_lines
from playbook_markdown.site_nav import nav_pages, read_config

DIRECTIVE = re.compile(r"^<!-- cheat-sheet: (?P<part>commands|checklists) -->$")
PRIORITY = 25
"""Before Python-Markdown stashes HTML blocks, comments included (20)."""
HEADING = re.compile(r"^(?P<level>#{1,6})\s+(?P<text>.+?)\s*$")
TASK = re.compile(r"^(?P<indent>\s*)[-*+] \[[ xX]\] ")
INLINE = re.compile(r"`([^`]*)`|\[([^\]]*)\]\([^)]*\)|\{[^}]*\}")
"""Inline code, links and attribute lists, reduced to their text for a heading's id."""
RELATIVE_LINK = re.compile(r"\]\((?![a-z]+:|/)(?P<target>[^)\s]*)\)")
ID_ATTRIBUTE = re.compile(r"\{\s*#[\w-]+\s*\}")


class CheatSheetError(Exception):
    """`just` is missing, or could not read the justfile."""


def just(justfile: Path, *arguments: str) -> str:
    """What `just` prints for the justfile (the project's own, next to Python first)."""
    found = shutil.which("just", path=str(Path(sys.executable).parent))
    found = found or shutil.which("just")
    if found is None:
        raise CheatSheetError("`just` not found: run the build with `uv run`")
    completed = subprocess.run(
        [found, "--justfile", str(justfile), *arguments],
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise CheatSheetError(
            f"cheat sheet: `just {' '.join(arguments)}` failed on {justfile}"
            f" (run the build from the repository root): {completed.stderr.strip()}"
        )
    return completed.stdout


def usage(recipe: dict[str, Any]) -> str:
    """`uv run just NAME ARG [OPTIONAL] [MORE...]`, as a reader types it."""
    words = ["uv run just"] + ([] if recipe["name"] == "default" else [recipe["name"]])
    for parameter in recipe["parameters"]:
        name = parameter["name"].upper()
        if parameter["kind"] != "singular":
            name += "..."
        optional = parameter["default"] is not None or parameter["kind"] == "star"
        words.append(f"[{name}]" if optional else name)
    return " ".join(words)


def commands(justfile: Path) -> list[str]:
    """A table of every public recipe in the justfile's order, with its comment."""
    recipes = json.loads(just(justfile, "--dump", "--dump-format", "json"))["recipes"]
    lines = ["| Command | What it does |", "| --- | --- |"]
    for name in just(justfile, "--summary", "--unsorted").split():
        recipe = recipes[name]
        if recipe["private"]:
            continue
        doc = (recipe["doc"] or "").replace("|", "\\|")
        lines.append(f"| `{usage(recipe)}` | {doc} |")
    return lines


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
        page_title = next(
            (m["text"] for m in map(HEADING.match, text.splitlines()) if m), page
        )
        for checklist in checklists_of(page, text):
            target = f"{page}#{checklist.anchor}" if checklist.anchor else page
            lines += [
                f"### {checklist.title}",
                "",
                f"From [{page_title}]({target}).",
                "",
                *checklist.items,
                "",
            ]
    return lines


class CheatSheet(Preprocessor):
    """Replace each cheat-sheet line with the Markdown it stands for."""

    def __init__(self, md: Markdown, justfile: Path, config_file: Path) -> None:
        """Remember where the justfile and mkdocs.yml are."""
        super().__init__(md)
        self.justfile = justfile
        self.config_file = config_file

    def run(self, lines: list[str]) -> list[str]:
        """The page's lines, each directive replaced by what it names."""
        result: list[str] = []
        for line in lines:
            directive = DIRECTIVE.match(line.strip())
            if directive is None:
                result.append(line)
            elif directive["part"] == "commands":
                result += ["", *commands(self.justfile), ""]
            else:
                result += ["", *checklists(self.config_file), ""]
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
