"""`psw-review`: repo-review's command line with the playbook's rules (PSW) selected."""

from __future__ import annotations

import sys
from pathlib import Path

from repo_review.__main__ import main as repo_review

TAKES_A_VALUE = frozenset(
    {"--log-level", "--format", "--stderr", "--show", "--select", "--ignore"}
    | {"--extend-select", "--extend-ignore", "--package-dir", "-p"}
)
"""repo-review's options whose value is the next argument."""


def main() -> None:
    """Run `repo-review --select PSW` with the given arguments; `--select` overrides.

    A folder that is not there is named in one line, not found deep in a rule.
    """
    arguments = sys.argv[1:]
    if missing := [name for name in folders(arguments) if not Path(name).is_dir()]:
        sys.exit(f"psw-review: no folder {', '.join(missing)}: name a project's folder")
    chosen = any(a == "--select" or a.startswith("--select=") for a in arguments)
    repo_review([*arguments] if chosen else ["--select", "PSW", *arguments])


def folders(arguments: list[str]) -> list[str]:
    """The folders among the arguments: positional, and not `gh:` addresses."""
    found = []
    value_next = False
    for argument in arguments:
        if not value_next and not argument.startswith(("-", "gh:")):
            found.append(argument)
        value_next = argument in TAKES_A_VALUE
    return found
