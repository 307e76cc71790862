"""The playbook's `sqlite_db` fixture: each test writes to its own schema copy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest


def test_the_copy_has_the_deployed_schema(sqlite_db: sqlite3.Connection) -> None:
    """The users table is there, as db/sqlite/deploy/users.sql creates it."""
    columns = [row[1] for row in sqlite_db.execute("PRAGMA table_info(users)")]

    assert columns == ["id", "email", "name", "created_at"]


def test_the_schema_rejects_a_second_email(sqlite_db: sqlite3.Connection) -> None:
    """The UNIQUE constraint, not the service, is what keeps emails unique."""
    insert = "INSERT INTO users (email, name) VALUES (?, ?)"
    sqlite_db.execute(insert, ("a@example.com", "A"))

    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        sqlite_db.execute(insert, ("a@example.com", "B"))


def test_writes_stay_in_this_tests_copy(
    sqlite_db: sqlite3.Connection, pristine_sqlite: Path
) -> None:
    """A committed row changes the copy, never the pristine database."""
    sqlite_db.execute("INSERT INTO users (email, name) VALUES ('a@example.com', 'A')")
    sqlite_db.commit()

    pristine = sqlite3.connect(pristine_sqlite)
    try:
        assert pristine.execute("SELECT count(*) FROM users").fetchone() == (0,)
    finally:
        pristine.close()
