"""Where users are kept: SQLite or PostgreSQL behind one protocol, plain SQL."""

from __future__ import annotations

from python_service.storage.errors import (
    DatabaseSetupError,
    DatabaseUnavailableError,
    DuplicateEmailError,
)
from python_service.storage.postgres_users import PostgresUserRepository
from python_service.storage.sqlite_users import SqliteUserRepository
from python_service.storage.user_repository import UserRepository, open_repository

__all__ = [
    "DatabaseSetupError",
    "DatabaseUnavailableError",
    "DuplicateEmailError",
    "PostgresUserRepository",
    "SqliteUserRepository",
    "UserRepository",
    "open_repository",
]
