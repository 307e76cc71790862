"""The types of the callables the integration fixtures hand to tests."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager

from python_service.storage import UserRepository

StoredUsers = Callable[[], list[tuple[str, str]]]
"""`stored_users()`: (email, name) of every row, read straight from the database."""
MakeRepository = Callable[[float], UserRepository]
"""`make_repository(timeout)`: an open repository on the test's database."""
LockUsers = Callable[[], AbstractContextManager[None]]
"""`users_table_locked()`: a context that keeps other writers out of the table."""
