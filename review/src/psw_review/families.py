"""The families of rules, in the order the playbook teaches them."""

from __future__ import annotations

from repo_review.families import Family

FAMILIES: dict[str, Family] = {
    "psw-project": Family(name="Project and dependencies (Phase 1)", order=1),
    "psw-tools": Family(name="pytest, ruff, mypy and coverage (Phase 1)", order=2),
    "psw-justfile": Family(name="justfile (Phase 1)", order=3),
    "psw-secrets": Family(name="Settings and secrets (Phase 1)", order=4),
    "psw-container": Family(name="Container (Packaging, Security)", order=5),
    "psw-ci": Family(name="CI and commit hooks (Phases 1 and 3)", order=6),
}


def get_families() -> dict[str, Family]:
    """Return the families' display names and order, for repo-review's report."""
    return FAMILIES
