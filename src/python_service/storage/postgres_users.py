"""Users in PostgreSQL through psycopg 3 (chosen when DATABASE_URL is set)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg.rows import class_row

from python_service.domain import CreateUser, User
from python_service.storage.errors import DatabaseUnavailableError, DuplicateEmailError


class PostgresUserRepository:
    """Plain parameterised SQL against the schema that db/postgres deploys."""

    def __init__(self, url: str, timeout: float = 5.0) -> None:
        self._url = url
        self._timeout = timeout

    def add(self, new_user: CreateUser) -> User:
        """Insert the user and return it with its id and creation time."""
        try:
            with self._transaction() as conn:
                user = conn.execute(
                    "INSERT INTO users (email, name) VALUES (%s, %s)"
                    " RETURNING id, email, name, created_at",
                    (new_user.email, new_user.name),
                ).fetchone()
        except psycopg.errors.UniqueViolation as exc:
            raise DuplicateEmailError(new_user.email) from exc
        assert user is not None, "INSERT ... RETURNING returns one row"
        return user

    def get(self, user_id: int) -> User | None:
        """Return the user with this id, or `None`."""
        with self._transaction() as conn:
            return conn.execute(
                "SELECT id, email, name, created_at FROM users WHERE id = %s",
                (user_id,),
            ).fetchone()

    def ping(self) -> None:
        """Raise `DatabaseUnavailableError` unless the users table answers."""
        with self._transaction() as conn:
            conn.execute("SELECT 1 FROM users LIMIT 0")

    @contextmanager
    def _transaction(self) -> Iterator[psycopg.Connection[User]]:
        """Commit on success, roll back on error; faults become unavailability."""
        limit_ms = int(self._timeout * 1000)
        try:
            with psycopg.connect(
                self._url,
                row_factory=class_row(User),
                connect_timeout=max(2, math.ceil(self._timeout)),
                options=f"-c statement_timeout={limit_ms} -c lock_timeout={limit_ms}",
            ) as conn:
                yield conn
        except (psycopg.OperationalError, psycopg.errors.UndefinedTable) as exc:
            raise DatabaseUnavailableError(f"PostgreSQL: {exc}") from exc
