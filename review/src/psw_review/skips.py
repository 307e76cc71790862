"""Rules skipped with their reason: they could not run here, or do not apply here."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Skip:
    """Why a rule is skipped rather than judged: never a failure of what it checks."""

    reason: str


def skips(lock_check: object, library: object) -> dict[str, str]:
    """The rules this folder skips with a reason, by ID, from the fixtures that say so.

    A rule whose fixture is a `Skip` returns None, repo-review's skip. repo-review 1.3
    has no field for a check's own skip reason (`Result.skip_reason` holds only the
    reasons of `[tool.repo-review] ignore`), so the family's description carries it
    (`psw_review.families`). A rule that requires a skipped rule is skipped too.
    """
    found = {"PSW102": lock_check, "PSW501": library}
    return {rule: why.reason for rule, why in found.items() if isinstance(why, Skip)}


def skip_lines(skipped: dict[str, str], family_digit: int) -> list[str]:
    """A line per skipped rule of the family PSW`family_digit`xx: its ID and reason."""
    return [
        f"{rule} skipped: {reason}"
        for rule, reason in sorted(skipped.items())
        if rule[3:4] == str(family_digit)
    ]
