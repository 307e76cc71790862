"""The repositories against real databases deployed by the Sqitch scripts."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import psycopg  # PostgreSQL only
import pytest

from python_service.domain import CreateUser
from python_service.settings import Settings
from python_service.storage import (
    DatabaseSetupError,
    DatabaseUnavailableError,
    DuplicateEmailError,
    UserRepository,
    open_repository,
)
from python_service.storage.sqlite_users import SqliteUserRepository

from tests.integration.fixture_types import LockUsers, MakeRepository, StoredUsers

INTEGRITY_ERRORS = (
    sqlite3.IntegrityError,
    psycopg.IntegrityError,  # PostgreSQL only
)
"""What each engine raises for a row its schema refuses."""

INJECTIONS = [
    "Robert'); DROP TABLE users;--",
    "' OR '1'='1",
    '"; DELETE FROM users WHERE "" = "',
    "x\\'; SELECT pg_sleep(5);--",
]


def new_user(email: str = "demo@example.com", name: str = "Demo") -> CreateUser:
    """A valid CreateUser."""
    return CreateUser(email=email, name=name)


def test_add_then_get_returns_the_stored_user(repository: UserRepository) -> None:
    """`add` returns the row with its id and time; `get` reads the same row back."""
    added = repository.add(new_user())

    assert (added.id, added.email, added.name) == (1, "demo@example.com", "Demo")
    assert added.created_at.tzinfo is not None
    assert repository.get(added.id) == added


def test_get_unknown_id_returns_none(repository: UserRepository) -> None:
    """An id nobody has gives `None`, not an error."""
    assert repository.get(42) is None


def test_duplicate_email_is_a_domain_error(
    repository: UserRepository, stored_users: StoredUsers
) -> None:
    """The unique constraint becomes `DuplicateEmailError`; the first row stays."""
    repository.add(new_user())

    with pytest.raises(DuplicateEmailError, match="demo@example.com"):
        repository.add(new_user(name="Someone Else"))

    assert stored_users() == [("demo@example.com", "Demo")]


@pytest.mark.parametrize("text", INJECTIONS)
def test_sql_injection_text_is_stored_verbatim(
    repository: UserRepository, stored_users: StoredUsers, text: str
) -> None:
    """Parameterised queries store SQL-looking names as plain text."""
    repository.add(new_user(name=text))
    repository.add(new_user(email="second@example.com"))

    assert stored_users() == [
        ("demo@example.com", text),
        ("second@example.com", "Demo"),
    ]


def test_check_constraint_is_not_mistaken_for_a_duplicate(
    repository: UserRepository,
) -> None:
    """A row the schema refuses for another reason is a bug, raised as is."""
    empty_name = CreateUser.model_construct(email="demo@example.com", name="")

    with pytest.raises(INTEGRITY_ERRORS) as raised:
        repository.add(empty_name)

    assert not isinstance(raised.value, DuplicateEmailError)


def test_locked_database_is_unavailable_and_nothing_is_written(
    make_repository: MakeRepository,
    stored_users: StoredUsers,
    users_table_locked: LockUsers,
) -> None:
    """A write that cannot get the lock in time fails cleanly, leaving no row."""
    repository = make_repository(0.2)

    with users_table_locked(), pytest.raises(DatabaseUnavailableError):
        repository.add(new_user())

    assert stored_users() == []
    assert repository.add(new_user()).id >= 1


def test_concurrent_duplicates_store_one_row(
    repository: UserRepository, stored_users: StoredUsers
) -> None:
    """Two connections racing on one email: one row, one `DuplicateEmailError`."""
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def add() -> None:
        barrier.wait()
        try:
            repository.add(new_user())
            outcomes.append("added")
        except DuplicateEmailError:
            outcomes.append("duplicate")

    threads = [threading.Thread(target=add) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["added", "duplicate"]
    assert stored_users() == [("demo@example.com", "Demo")]


def test_ping_answers_on_a_deployed_database(repository: UserRepository) -> None:
    """The health check's query succeeds on the deployed schema."""
    repository.ping()


def test_missing_sqlite_file_is_unavailable(tmp_path: Path) -> None:
    """A file that vanished is reported, never silently recreated empty."""
    repository = SqliteUserRepository(tmp_path / "gone.sqlite")

    with pytest.raises(DatabaseUnavailableError, match="gone.sqlite"):
        repository.ping()

    assert not (tmp_path / "gone.sqlite").exists()


def test_open_repository_checks_the_sqlite_file(sqlite_db_path: Path) -> None:
    """The SQLite file is used once it proves writable."""
    repository = open_repository(Settings(sqlite_db_path=sqlite_db_path))

    assert isinstance(repository, SqliteUserRepository)


def test_open_repository_refuses_an_unwritable_sqlite_path(tmp_path: Path) -> None:
    """A path under a regular file can never be written: the error names it."""
    (tmp_path / "not-a-directory").write_text("")
    path = tmp_path / "not-a-directory" / "app.sqlite"

    with pytest.raises(DatabaseSetupError, match=f"SQLITE_DB_PATH={path}"):
        open_repository(Settings(sqlite_db_path=path))


def test_open_repository_refuses_an_empty_sqlite_file(tmp_path: Path) -> None:
    """A file without the deployed schema is refused with the deploy command."""
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")

    with pytest.raises(DatabaseSetupError, match="uv run just db-deploy"):
        open_repository(Settings(sqlite_db_path=path))
