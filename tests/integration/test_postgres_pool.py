"""The PostgreSQL pool replaces a connection the server dropped, unseen by callers."""

from __future__ import annotations

import uuid

import psycopg

from python_service.storage.postgres_users import PostgresUserRepository


def test_dropped_connection_is_replaced(postgres_clean: str) -> None:
    """The server ends the pooled connection: the next call gets a new one."""
    name = f"test-{uuid.uuid4().hex}"
    conninfo = psycopg.conninfo.make_conninfo(postgres_clean, application_name=name)
    repository = PostgresUserRepository(conninfo, timeout=2.0, pool_size=1)
    repository.open()
    try:
        repository.ping()  # the pool's one connection, now idle in the pool
        with psycopg.connect(postgres_clean, autocommit=True) as admin:
            ended = admin.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                " WHERE application_name = %s",
                (name,),
            ).fetchone()

        assert ended == (1,)
        assert repository.get(1) is None
    finally:
        repository.close()
