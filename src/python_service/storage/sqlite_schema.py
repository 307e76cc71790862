"""Deploy a Sqitch plan's SQLite scripts with the standard library's sqlite3."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


def plan_changes(plan_dir: Path) -> list[str]:
    """The change names of `plan_dir/sqitch.plan`, in deploy order."""
    changes = []
    for line in (plan_dir / "sqitch.plan").read_text().splitlines():
        change = line.partition(" ")[0]
        if change and not change.startswith(("%", "#", "@")):
            changes.append(change)
    return changes


def missing_changes(plan_dir: Path, target: Path) -> list[str]:
    """The changes whose verify script fails on `target` (all, if there is no file)."""
    if not target.is_file():
        return plan_changes(plan_dir)
    uri = f"{target.resolve().as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        return [
            change
            for change in plan_changes(plan_dir)
            if not _verifies(conn, plan_dir, change)
        ]


def deploy_sqlite_plan(plan_dir: Path, target: Path) -> list[str]:
    """Run the deploy script of each change whose verify script fails; return them.

    The verify scripts say what is already there, so a second run deploys nothing.
    No Sqitch registry is written: sqitch cannot take over a database deployed here.
    """
    deployed = []
    with closing(sqlite3.connect(target)) as conn:
        for change in plan_changes(plan_dir):
            if not _verifies(conn, plan_dir, change):
                conn.executescript((plan_dir / "deploy" / f"{change}.sql").read_text())
                deployed.append(change)
    return deployed


def _verifies(conn: sqlite3.Connection, plan_dir: Path, change: str) -> bool:
    """Run the change's Sqitch verify script: it fails unless the change is there."""
    try:
        conn.executescript((plan_dir / "verify" / f"{change}.sql").read_text())
    except sqlite3.OperationalError:
        return False
    return True
