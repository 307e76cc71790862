"""Where users are kept: one protocol, a module per database engine, plain SQL."""

from __future__ import annotations

from python_service.storage.errors import (
    DatabaseSetupError,
    DatabaseUnavailableError,
    DuplicateEmailError,
)
from python_service.storage.user_repository import UserRepository, open_repository

__all__ = [
    "DatabaseSetupError",
    "DatabaseUnavailableError",
    "DuplicateEmailError",
    "UserRepository",
    "open_repository",
]
