"""What only the PostgreSQL repository does: its server, and the choice of it."""

from __future__ import annotations

import pytest

from python_service.domain import CreateUser
from python_service.settings import Settings
from python_service.storage import DatabaseUnavailableError, open_repository
from python_service.storage.postgres_users import PostgresUserRepository

UNREACHABLE = "postgresql://app:app@127.0.0.1:1/app"
"""Nobody listens on port 1."""


def test_unreachable_postgres_is_unavailable() -> None:
    """No server answers: every call reports the database unavailable."""
    repository = PostgresUserRepository(UNREACHABLE, 0.2)
    repository.open()
    try:
        with pytest.raises(DatabaseUnavailableError, match="PostgreSQL: couldn't get"):
            repository.add(CreateUser(email="demo@example.com", name="Demo"))
    finally:
        repository.close()


def test_open_repository_uses_postgres_when_database_url_is_set() -> None:
    """DATABASE_URL selects PostgreSQL; reachability is left to /health."""
    settings = Settings(database_url=UNREACHABLE)

    assert isinstance(open_repository(settings), PostgresUserRepository)
