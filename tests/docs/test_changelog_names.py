"""Each changelog entry that says "reproduced" names its test, and that test exists.

A test is named in inline code as a file under `tests/` or `review/tests/`, with
`::FUNCTION` and a parameter id `[ID]` if the entry means one case of it.
"""

from __future__ import annotations

import re

import pytest

from tests.support.paths import DOCS, ROOT

CHANGELOG = DOCS / "changelog.md"
ENTRY = re.compile(r"^- .*?(?=^- |^#|\Z)", re.MULTILINE | re.DOTALL)
REPRODUCED = re.compile(r"\breproduced\b", re.IGNORECASE)
NAMED_TEST = re.compile(
    r"`(?P<file>(?:review/)?tests/[\w/]+\.py)"
    r"(?:::(?P<function>\w+)(?:\[(?P<case>[\w-]+)\])?)?`"
)


def entries() -> list[str]:
    """The changelog's entries, each a list item with its continuation lines."""
    return ENTRY.findall(CHANGELOG.read_text(encoding="utf-8"))


def heading(entry: str) -> str:
    """An entry's first line, to name it in a failure."""
    return entry.splitlines()[0]


REPRODUCTIONS = [entry for entry in entries() if REPRODUCED.search(entry)]


def test_the_changelog_has_reproductions() -> None:
    """The reading finds the entries (a changed list format would find none)."""
    assert len(REPRODUCTIONS) >= 10


@pytest.mark.parametrize("entry", REPRODUCTIONS, ids=heading)
def test_a_reproduced_entry_names_tests_that_exist(entry: str) -> None:
    """At least one test is named; each file, function and case is there."""
    named = list(NAMED_TEST.finditer(entry))
    assert named, (
        f"changelog: {heading(entry)!r} says reproduced but names no test: add"
        ' `tests/FILE.py::TEST`, or drop "reproduced" if no test reproduces it'
    )
    for test in named:
        path = ROOT / test["file"]
        assert path.is_file(), f"changelog names {test['file']}, which does not exist"
        source = path.read_text(encoding="utf-8")
        if test["function"]:
            assert f"def {test['function']}(" in source, (
                f"{test['file']} has no test function {test['function']}"
            )
        if test["case"]:
            assert f'"{test["case"]}"' in source, (
                f"{test['file']} has no case {test['case']!r}"
            )
