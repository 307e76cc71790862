"""The Sqitch plan read and deployed without sqitch, change by change."""

from __future__ import annotations

from pathlib import Path

import pytest

from python_service.storage.sqlite_schema import (
    deploy_sqlite_plan,
    missing_changes,
    plan_changes,
)

PLAN = """%syntax-version=1.0.0
%project=demo

# a comment line
one 2025-10-17T00:00:00Z Someone <someone@example.com> # First table.
@v1 2025-10-17T00:00:00Z Someone <someone@example.com> # A tag.
two 2025-10-18T00:00:00Z Someone <someone@example.com> # Second table.
"""


@pytest.fixture(name="plan_dir")
def fixture_plan_dir(tmp_path: Path) -> Path:
    """A two-change plan with deploy and verify scripts."""
    plan_dir = tmp_path / "plan"
    for folder in ("deploy", "verify"):
        (plan_dir / folder).mkdir(parents=True)
    (plan_dir / "sqitch.plan").write_text(PLAN)
    for table in ("one", "two"):
        (plan_dir / "deploy" / f"{table}.sql").write_text(
            f"BEGIN; CREATE TABLE {table} (id INTEGER PRIMARY KEY); COMMIT;"
        )
        (plan_dir / "verify" / f"{table}.sql").write_text(f"SELECT id FROM {table};")
    return plan_dir


def test_plan_changes_skip_pragmas_comments_and_tags(plan_dir: Path) -> None:
    """Only change lines count, in plan order."""
    assert plan_changes(plan_dir) == ["one", "two"]


def test_deploy_runs_each_change_once(plan_dir: Path, tmp_path: Path) -> None:
    """The first deploy runs both changes, the second none."""
    target = tmp_path / "app.sqlite"

    assert deploy_sqlite_plan(plan_dir, target) == ["one", "two"]
    assert deploy_sqlite_plan(plan_dir, target) == []
    assert missing_changes(plan_dir, target) == []


def test_missing_changes_are_those_whose_verify_fails(
    plan_dir: Path, tmp_path: Path
) -> None:
    """No file: every change is missing; a later change is found missing alone."""
    target = tmp_path / "app.sqlite"
    assert missing_changes(plan_dir, target) == ["one", "two"]
    assert not target.exists()

    (plan_dir / "sqitch.plan").write_text(PLAN.replace("two ", "# two "))
    deploy_sqlite_plan(plan_dir, target)
    (plan_dir / "sqitch.plan").write_text(PLAN)

    assert missing_changes(plan_dir, target) == ["two"]
