"""The Tooling page's apt-get lines name exactly the database packages CI installs."""

from __future__ import annotations

from playbook_markdown.blocks import read_page

from tests.support.ci_run import ci_array
from tests.support.paths import DOCS, ROOT
from tests.support.shell_script import script_commands

PAGE = DOCS / "tooling.md"


def page_packages() -> set[str]:
    """The packages the page's `apt-get install` commands name (options left out)."""
    packages: set[str] = set()
    for block in read_page(PAGE):
        if block.kind != "shell":
            continue
        for _, argv in script_commands(block.source):
            argv = argv[1:] if argv[:1] == ["sudo"] else argv
            if argv[:2] == ["apt-get", "install"]:
                packages |= {word for word in argv[2:] if not word.startswith("-")}
    return packages


def test_tooling_page_installs_the_database_packages_ci_installs() -> None:
    """A package CI needs for Sqitch, sqlite3, prove or pgTAP is on the page, and the
    page asks for nothing CI does not install."""
    on_page, in_ci = page_packages(), ci_array("database_packages")
    assert on_page, f"{PAGE.relative_to(ROOT)} has no `apt-get install` line"
    assert on_page == in_ci, (
        f"only on the page: {sorted(on_page - in_ci)};"
        f" only in .ci/run: {sorted(in_ci - on_page)}"
    )
