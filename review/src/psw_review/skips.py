"""Skipped rules that say why: repo-review 1.3 has no place for a check's own reason."""

from __future__ import annotations

from dataclasses import dataclass

from repo_review.processor import Result

MARK = " — not judged: "
"""Between a rule's description and the reason it was skipped."""


@dataclass(frozen=True)
class Skip:
    """A rule that could not judge the folder, and why (a check returns it)."""

    reason: str


def described(description: str, skip: Skip) -> str:
    """The rule's description with the reason it was skipped after it.

    repo-review formats a description with `str.format`: the reason's braces are
    doubled so they print as written.
    """
    reason = skip.reason.replace("{", "{{").replace("}", "}}")
    return f"{description.rstrip()}{MARK}{reason}"


def skip_reason(result: Result) -> str:
    """Why a skipped result was skipped: its own reason, else the one in its text."""
    if result.skip_reason:
        return result.skip_reason
    _, marked, reason = result.description.partition(MARK)
    return reason if marked else ""
