"""Integration fixtures: each test gets a clean database of each engine."""

from __future__ import annotations

import os  # PostgreSQL only
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import NoReturn  # PostgreSQL only

import psycopg  # PostgreSQL only
import pytest
import uvicorn
from fastapi.testclient import TestClient

from python_service.api import create_app
from python_service.storage import postgres_users  # PostgreSQL only
from python_service.storage.sqlite_users import SqliteUserRepository
from python_service.storage.user_repository import UserRepository

from tests.integration.fixture_types import LockUsers, MakeRepository, StoredUsers


# PostgreSQL only
def _postgres_unavailable(reason: str) -> NoReturn:
    """Skip, or fail when REQUIRE_POSTGRES is set (CI must run the PostgreSQL tests)."""
    if os.environ.get("REQUIRE_POSTGRES", "") not in ("", "0"):
        pytest.fail(f"REQUIRE_POSTGRES is set but {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


# PostgreSQL only
@pytest.fixture(name="postgres_url", scope="session")
def fixture_postgres_url() -> str:
    """TEST_DATABASE_URL, once `just db-test` has deployed the schema there."""
    url = os.environ.get("TEST_DATABASE_URL", "")
    if not url:
        _postgres_unavailable("TEST_DATABASE_URL is not set (see db/README.md)")
    try:
        with psycopg.connect(url, connect_timeout=3) as conn:
            conn.execute("SELECT 1 FROM users LIMIT 0")
    except psycopg.Error as exc:
        _postgres_unavailable(
            f"TEST_DATABASE_URL has no deployed users table ({exc}); "
            "run `uv run just db-test` first"
        )
    return url


# PostgreSQL only
@pytest.fixture(name="postgres_clean")
def fixture_postgres_clean(postgres_url: str) -> str:
    """Empty the users table (ids restart at 1) before the test; return the URL."""
    with psycopg.connect(postgres_url) as conn:
        conn.execute("TRUNCATE users RESTART IDENTITY")
    return postgres_url


@pytest.fixture(
    name="engine",
    params=[
        "sqlite",
        "postgres",  # PostgreSQL only
    ],
)
def fixture_engine(request: pytest.FixtureRequest) -> str:
    """Run the test once per database engine."""
    engine: str = request.param
    return engine


@pytest.fixture(name="database_location")
def fixture_database_location(engine: str, request: pytest.FixtureRequest) -> str:
    """The test's fresh database, as its engine finds it: a file path, a URL."""
    # PostgreSQL only
    if engine == "postgres":
        url: str = request.getfixturevalue("postgres_clean")
        return url

    path: Path = request.getfixturevalue("sqlite_db_path")
    return str(path)


def _new_repository(engine: str, location: str, timeout: float) -> UserRepository:
    """A repository of the engine on the database at `location`, not yet open."""
    # PostgreSQL only
    if engine == "postgres":
        return postgres_users.PostgresUserRepository(location, timeout)

    return SqliteUserRepository(Path(location), timeout)


@pytest.fixture(name="make_repository")
def fixture_make_repository(
    engine: str, database_location: str
) -> Iterator[MakeRepository]:
    """Build an open repository on the test's database with the given timeout (s).

    Each is closed after the test (an app's lifespan may have closed it already).
    """
    made: list[UserRepository] = []

    def make(timeout: float) -> UserRepository:
        repository = _new_repository(engine, database_location, timeout)
        repository.open()
        made.append(repository)
        return repository

    yield make
    for repository in made:
        repository.close()


@pytest.fixture(name="repository")
def fixture_repository(make_repository: MakeRepository) -> UserRepository:
    """A repository on the test's fresh database."""
    return make_repository(5.0)


@pytest.fixture(name="stored_users")
def fixture_stored_users(engine: str, database_location: str) -> StoredUsers:
    """Read (email, name) of every row straight from the database, in id order."""
    query = "SELECT email, name FROM users ORDER BY id"

    def read() -> list[tuple[str, str]]:
        # PostgreSQL only
        if engine == "postgres":
            with psycopg.connect(database_location) as postgres:
                return list(postgres.execute(query))

        with closing(sqlite3.connect(database_location)) as conn:
            return list(conn.execute(query))

    return read


@contextmanager
def _users_table_locked(engine: str, location: str) -> Iterator[None]:
    """Hold a lock that keeps every other writer out of the users table."""
    # PostgreSQL only
    if engine == "postgres":
        with psycopg.connect(location) as postgres:
            postgres.execute("LOCK TABLE users IN ACCESS EXCLUSIVE MODE")
            yield
        return

    with closing(sqlite3.connect(location, isolation_level=None)) as sqlite:
        sqlite.execute("BEGIN EXCLUSIVE")
        yield


@pytest.fixture(name="users_table_locked")
def fixture_users_table_locked(engine: str, database_location: str) -> LockUsers:
    """Lock the users table while inside `with users_table_locked():`."""
    return lambda: _users_table_locked(engine, database_location)


@pytest.fixture(name="client")
def fixture_client(repository: UserRepository) -> Iterator[TestClient]:
    """The real app on the test's database, called in-process."""
    with TestClient(create_app(repository)) as client:
        yield client


@pytest.fixture(name="live_url")
def fixture_live_url(repository: UserRepository) -> Iterator[str]:
    """The real app served by uvicorn on a free loopback port, in a thread."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        create_app(repository), log_level="warning", access_log=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]})
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.started, "uvicorn did not start within 10 s"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
