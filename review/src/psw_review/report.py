"""The rules a folder does not pass, by ID, for tests and other programs."""

from __future__ import annotations

from pathlib import Path

from repo_review.processor import collect_all, process

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
    """Every PSW rule the folder skips, by ID, with the reason the report gives.

    A rule that could not run, or does not apply, gives its own reason; one that
    requires a rule that did not pass names that rule.
    """
    collected = collect_all(path)
    _, results = process(path, select={"PSW"}, collected=collected)
    checks = collected.checks
    return {
        result.name: skip_reason(result)
        or f"requires {', '.join(sorted(getattr(checks[result.name], 'requires')))}"
        for result in results
        if result.result is None
    }
