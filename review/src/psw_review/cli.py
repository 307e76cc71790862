"""`psw-review`: repo-review's command line with the playbook's rules (PSW) selected."""

from __future__ import annotations

import sys

from repo_review.__main__ import main as repo_review


def main() -> None:
    """Run `repo-review --select PSW` with the given arguments; `--select` overrides."""
    arguments = sys.argv[1:]
    chosen = any(a == "--select" or a.startswith("--select=") for a in arguments)
    repo_review([*arguments] if chosen else ["--select", "PSW", *arguments])
