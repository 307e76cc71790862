"""Users in PostgreSQL through psycopg 3 (chosen when DATABASE_URL is set)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg.rows import class_row
from psycopg_pool import ConnectionPool

from python_service.domain import CreateUser, User
from python_service.storage.errors import DatabaseUnavailableError, DuplicateEmailError


class PostgresUserRepository:
    """Plain parameterised SQL against the schema that db/postgres deploys.

    Connections come from a pool of up to `pool_size` that `open` starts and `close`
    ends (the app's lifespan does both). Every wait is bounded by `timeout` seconds:
    a free connection, connecting, a lock, a statement. A pooled connection is
    checked as it is handed out: one the server dropped is replaced, not used.
    """

    def __init__(self, url: str, timeout: float = 5.0, pool_size: int = 8) -> None:
        limit_ms = int(timeout * 1000)
        options = f"-c statement_timeout={limit_ms} -c lock_timeout={limit_ms}"
        self._pool = ConnectionPool(
            url,
            open=False,
            min_size=1,
            max_size=pool_size,
            timeout=timeout,
            check=ConnectionPool.check_connection,
            kwargs={
                "connect_timeout": max(2, math.ceil(timeout)),
                "options": options,
            },
        )

    def open(self) -> None:
        """Start the pool; if the server is down, requests answer 503 until it is up."""
        self._pool.open(wait=False)

    def close(self) -> None:
        """Close every pooled connection."""
        self._pool.close()

    def add(self, new_user: CreateUser) -> User:
        """Insert the user and return it with its id and creation time."""
        try:
            with self._transaction() as cursor:
                user = cursor.execute(
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
        with self._transaction() as cursor:
            return cursor.execute(
                "SELECT id, email, name, created_at FROM users WHERE id = %s",
                (user_id,),
            ).fetchone()

    def ping(self) -> None:
        """Raise `DatabaseUnavailableError` unless the users table answers."""
        with self._transaction() as cursor:
            cursor.execute("SELECT 1 FROM users LIMIT 0")

    @contextmanager
    def _transaction(self) -> Iterator[psycopg.Cursor[User]]:
        """Commit on success, roll back on error; faults become unavailability."""
        try:
            with (
                self._pool.connection() as conn,
                conn.cursor(row_factory=class_row(User)) as cursor,
            ):
                yield cursor
        except (psycopg.OperationalError, psycopg.errors.UndefinedTable) as exc:
            raise DatabaseUnavailableError(f"PostgreSQL: {exc}") from exc
