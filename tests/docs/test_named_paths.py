"""Every repository path a page names in its prose exists, or is the reader's own.

A path is an inline code span outside the page's code blocks without spaces,
`://`, `<`, `>`, `{`, `}`, `$`, `*` or `@`, not starting with `/`, `~`, `-` or `..`
(site addresses, home folders, options, folders beside the repository): one holding a
`/`, or a file name with one of `SUFFIXES`. A `:LINE` after it is dropped; any other
`:` makes it something else (an image, a URL). It exists when Git tracks it, a file or a
folder, from the root or as the end of a tracked path (`api/rate_limit.py`, named beside
`src/python_service/`); a bare file name exists when a tracked file has that name.
"""

from __future__ import annotations

import re
import subprocess
from functools import cache
from pathlib import Path, PurePosixPath

import pytest
from playbook_markdown.blocks import outside_blocks
from sybil import Document

from tests.support.paths import DOCS, ROOT

SPAN = re.compile(r"(?<!`)(`+)(?!`)\s?(?P<code>.+?)\s?(?<!`)\1(?!`)", re.DOTALL)
NOT_A_PATH = re.compile(r"\s|://|[<>{}$*@]|^(/|~|-|\.\.)")
LINE = re.compile(r":\d+$")
SUFFIXES = "cfg|css|html|ini|jinja|js|json|lock|md|plan|py|sh|sql|toml|txt|yaml|yml"
FILE_NAME = re.compile(rf"^\.?[\w-][\w.-]*\.({SUFFIXES})$")
READERS_OWN = {
    "var": "the folder the reader's runs write into (ignored by Git)",
    ".venv": "the environment uv makes in a project",
    "dist": "what `uv build` writes",
    ".cache": "a tool's cache",
    ".schemathesis": "Schemathesis' cache",
    ".git": "Git's own folder",
    ".copier-answers.yml": "copier writes it into a project made from the template",
}
"""A path with one of these parts is made by a tool or the reader, never committed."""
NOT_OURS = {
    **dict.fromkeys(
        [".mypy.ini", ".ruff.toml", "mypy.ini", "pyrightconfig.json", "pytest.ini"]
        + ["pytest.toml", "ruff.toml", "setup.cfg", "tox.ini"],
        "settings files of a reader's project, which the checker reads; we use none",
    ),
    **dict.fromkeys(
        ["hooks/task_list_labels.py", "llms-full.txt", "search.json"],
        "files of the built site (ADR 0001 compares what each engine writes)",
    ),
    "search/search_index.json": "a file of the built site, as MkDocs writes it",
    "actions/checkout": "a GitHub Action's name, not a path",
    "languages/python.py": "a file of pre-commit's source (ADR 0011)",
}
"""Paths of other projects or of built output, each named for what it is."""


@cache
def tracked() -> frozenset[str]:
    """Every file Git tracks and every folder above one, from the root."""
    listed = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    paths = set(listed)
    for path in listed:
        paths.update(str(folder) for folder in PurePosixPath(path).parents)
    return frozenset(paths)


def named_paths(page: Path) -> list[tuple[int, str]]:
    """The paths a page names in inline code, with their lines, in page order."""
    text = outside_blocks(Document(page.read_text(encoding="utf-8"), str(page)))
    found = []
    for span in SPAN.finditer(text):
        code = LINE.sub("", span["code"])
        if NOT_A_PATH.search(code) or ":" in code:
            continue
        if "/" in code or FILE_NAME.match(code):
            found.append((text.count("\n", 0, span.start()) + 1, code))
    return found


def exists(path: str) -> bool:
    """Git tracks the path, from the root or as the end of a tracked path."""
    wanted = path.rstrip("/")
    return any(known == wanted or known.endswith(f"/{wanted}") for known in tracked())


def exempt(path: str) -> bool:
    """The path is the reader's own, or not this repository's (see the reasons)."""
    parts = PurePosixPath(path).parts
    return path.rstrip("/") in NOT_OURS or any(part in READERS_OWN for part in parts)


PAGES = sorted(DOCS.rglob("*.md"))


@pytest.mark.parametrize(
    "markdown", PAGES, ids=lambda markdown: markdown.relative_to(DOCS).as_posix()
)
def test_every_path_a_page_names_exists(markdown: Path) -> None:
    """Each path in the page's inline code is tracked, or exempt with a reason."""
    where = markdown.relative_to(ROOT)
    missing = [
        f"{where}:{line}: {path}"
        for line, path in named_paths(markdown)
        if not exempt(path) and not exists(path)
    ]

    assert missing == [], (
        f"paths this repository lacks: {missing}."
        " Write where the file is now, or, if it is the reader's own or another"
        " project's, add it to READERS_OWN or NOT_OURS in this test with the reason."
    )


def test_each_exception_is_still_named_and_still_missing() -> None:
    """An exception no page needs any longer is dropped, not kept in case."""
    named = {p.rstrip("/") for page in PAGES for _, p in named_paths(page)}
    parts = {part for path in named for part in PurePosixPath(path).parts}

    assert sorted(set(NOT_OURS) - named) == []
    assert sorted(set(READERS_OWN) - parts) == []
    assert sorted(p for p in NOT_OURS if exists(p)) == []
