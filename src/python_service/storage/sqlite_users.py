"""Users in a SQLite file through the standard library's sqlite3 (the default)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path

from python_service.domain import CreateUser, User
from python_service.storage.errors import (
    DatabaseSetupError,
    DatabaseUnavailableError,
    DuplicateEmailError,
)


class SqliteUserRepository:
    """Plain parameterised SQL against the schema that db/sqlite deploys."""

    def __init__(self, path: Path, timeout: float = 5.0) -> None:
        self.path = path
        self._timeout = timeout

    def open(self) -> None:
        """Nothing to open: each call opens the file (so a missing one is noticed)."""

    def close(self) -> None:
        """Nothing to close: each call closes its connection."""

    def add(self, new_user: CreateUser) -> User:
        """Insert the user and return it with its id and creation time."""
        try:
            with self._transaction() as conn:
                row = conn.execute(
                    "INSERT INTO users (email, name) VALUES (?, ?)"
                    " RETURNING id, email, name, created_at",
                    (new_user.email, new_user.name),
                ).fetchone()
        except sqlite3.IntegrityError as exc:
            if exc.sqlite_errorname == "SQLITE_CONSTRAINT_UNIQUE":
                raise DuplicateEmailError(new_user.email) from exc
            raise
        return _user(row)

    def get(self, user_id: int) -> User | None:
        """Return the user with this id, or `None`."""
        with self._transaction() as conn:
            row = conn.execute(
                "SELECT id, email, name, created_at FROM users WHERE id = ?",
                (user_id,),
            ).fetchone()
        return None if row is None else _user(row)

    def ping(self) -> None:
        """Raise `DatabaseUnavailableError` unless the users table answers."""
        with self._transaction() as conn:
            conn.execute("SELECT 1 FROM users LIMIT 0")

    def check_writable(self) -> None:
        """Raise `DatabaseSetupError` naming the path unless it can be written."""
        try:
            with closing(self._connect()) as conn:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("SELECT 1 FROM users LIMIT 0")
                conn.rollback()
        except sqlite3.Error as exc:
            raise DatabaseSetupError(
                f"SQLITE_DB_PATH={self.path}: cannot write a deployed SQLite "
                f"database there ({exc}). Deploy the schema with "
                "`uv run just db-deploy` (sqitch if installed, else Python's sqlite3) "
                "or point SQLITE_DB_PATH at a deployed database."
            ) from exc

    def _connect(self) -> sqlite3.Connection:
        # mode=rw: a missing file is an error, never a silently created empty one.
        return sqlite3.connect(
            f"{self.path.resolve().as_uri()}?mode=rw", uri=True, timeout=self._timeout
        )

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """Commit on success, roll back on error; faults become unavailability."""
        try:
            with closing(self._connect()) as conn, conn:
                yield conn
        except sqlite3.OperationalError as exc:
            raise DatabaseUnavailableError(f"SQLite {self.path}: {exc}") from exc


def _user(row: tuple[int, str, str, str]) -> User:
    user_id, email, name, created_at = row
    return User(
        id=user_id,
        email=email,
        name=name,
        created_at=datetime.fromisoformat(created_at),
    )
