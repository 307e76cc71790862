"""PSW4xx: local settings stay local, their example is shared (Phase 1, step 6)."""

from __future__ import annotations

from importlib.resources.abc import Traversable

from psw_review.checks import rules_of
from psw_review.git import Ignores
from psw_review.site import RULE_URL


class SecretsRule:
    """Rules about `.env` and `.env.example`."""

    family = "psw-secrets"
    url = RULE_URL
    requires: frozenset[str] = frozenset()


class PSW401(SecretsRule):
    """`.env` is ignored by Git"""

    @staticmethod
    def check(git_ignored: Ignores, tracked_files: frozenset[str] | None) -> bool | str:
        """Local settings and secrets never reach a commit."""
        if tracked_files is not None and ".env" in tracked_files:
            return (
                "`.env` is committed: `git rm --cached .env`, list it in `.gitignore` "
                "and change every secret it held."
            )
        if not git_ignored(".env"):
            return "Git does not ignore `.env`: add a line `.env` to `.gitignore`."
        return True


class PSW402(SecretsRule):
    """`.env.example` is committed"""

    @staticmethod
    def check(
        root: Traversable,
        git_ignored: Ignores,
        tracked_files: frozenset[str] | None,
    ) -> bool | str:
        """Every setting, with a safe default and no secret: `cp .env.example .env`."""
        if not (root / ".env.example").is_file():
            return "No `.env.example`: write one with every variable the service reads."
        if git_ignored(".env.example"):
            return (
                "Git ignores `.env.example` (`git check-ignore -v --no-index "
                ".env.example` says which line): ignore `.env` alone."
            )
        if tracked_files is not None and ".env.example" not in tracked_files:
            return "`.env.example` is not tracked by Git: `git add .env.example`."
        return True


def repo_review_checks() -> dict[str, SecretsRule]:
    """The rules of this family, for repo-review's entry point."""
    return rules_of(SecretsRule)
