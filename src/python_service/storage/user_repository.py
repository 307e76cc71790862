"""The one interface the API uses to store users, and the choice of engine."""

from __future__ import annotations

from typing import Protocol

from python_service.domain import CreateUser, User
from python_service.settings import Settings
from python_service.storage import postgres_users  # PostgreSQL only
from python_service.storage.sqlite_users import SqliteUserRepository


class UserRepository(Protocol):
    """Stores users; each method is one transaction, between `open` and `close`."""

    def open(self) -> None:
        """Get ready to serve (the app's start-up calls it)."""
        ...

    def close(self) -> None:
        """Release connections (the app's shutdown calls it)."""
        ...

    def add(self, new_user: CreateUser) -> User:
        """Store a new user; raise `DuplicateEmailError` if the email is taken."""
        ...

    def get(self, user_id: int) -> User | None:
        """Return the user with this id, or `None`."""
        ...

    def ping(self) -> None:
        """Raise `DatabaseUnavailableError` unless the database answers."""
        ...


def open_repository(settings: Settings) -> UserRepository:
    """The database the settings name; a SQLite file is checked now."""
    timeout = settings.database_timeout_s
    # PostgreSQL only
    if settings.database_url is not None:
        return postgres_users.PostgresUserRepository(
            settings.database_url, timeout, settings.database_pool_size
        )

    repository = SqliteUserRepository(settings.sqlite_db_path, timeout)
    repository.check_writable()
    return repository
