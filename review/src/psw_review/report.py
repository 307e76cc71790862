"""The rules a folder does not pass, by ID, for tests and other programs."""

from __future__ import annotations

from pathlib import Path

from repo_review.processor import process

from psw_review.skips import skip_reason


def failed_rules(path: Path) -> dict[str, str]:
    """Every PSW rule the folder does not pass, by ID, with its message.

    A rule skipped because a rule it requires failed is listed too, with the message
    `skipped`: an empty dict means the folder passes every rule.
    """
    _, results = process(path, select={"PSW"})
    return {
        result.name: result.err_msg if result.result is False else "skipped"
        for result in results
        if result.result is not True
    }


def skipped_rules(path: Path) -> dict[str, str]:
    """Every PSW rule skipped on the folder, by ID, with the reason it gave (or "")."""
    _, results = process(path, select={"PSW"})
    return {
        result.name: skip_reason(result) for result in results if result.result is None
    }
