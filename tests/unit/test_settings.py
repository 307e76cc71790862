"""Settings come from the environment; a bad value names the variable and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from python_service.settings import Settings, SettingsError, load_settings


def test_empty_environment_gives_the_defaults() -> None:
    """Nothing set: development, INFO, SQLite at var/app.sqlite, 127.0.0.1:8080."""
    assert load_settings({}) == Settings(
        app_env="development",
        log_level="INFO",
        sqlite_db_path=Path("var/app.sqlite"),
        host="127.0.0.1",
        port=8080,
    )


def test_every_variable_is_read() -> None:
    """Each variable lands in its field; LOG_LEVEL is case-insensitive."""
    environ = {
        "APP_ENV": "production",
        "LOG_LEVEL": "warning",
        "SQLITE_DB_PATH": "/srv/app.sqlite",
        "DATABASE_TIMEOUT_S": "2.5",
        "HOST": "0.0.0.0",
        "PORT": "9000",
        "MAX_BODY_BYTES": "1024",
        "REQUEST_TIMEOUT_S": "3",
        "MAX_CONNECTIONS": "50",
        "RATE_LIMIT_PER_S": "0.5",
        "RATE_LIMIT_BURST": "5",
        # PostgreSQL only
        "DATABASE_URL": "postgresql://app:app@127.0.0.1:5432/app",
        "DATABASE_POOL_SIZE": "20",
    }

    assert load_settings(environ) == Settings(
        app_env="production",
        log_level="WARNING",
        sqlite_db_path=Path("/srv/app.sqlite"),
        database_timeout_s=2.5,
        host="0.0.0.0",
        port=9000,
        max_body_bytes=1024,
        request_timeout_s=3.0,
        max_connections=50,
        rate_limit_per_s=0.5,
        rate_limit_burst=5,
        # PostgreSQL only
        database_url="postgresql://app:app@127.0.0.1:5432/app",
        database_pool_size=20,
    )


def test_a_rate_limit_of_zero_turns_it_off() -> None:
    """RATE_LIMIT_PER_S=0 is allowed: no limit (in a load test, say)."""
    assert load_settings({"RATE_LIMIT_PER_S": "0"}).rate_limit_per_s == 0


def test_empty_values_count_as_unset() -> None:
    """An empty value, as in .env.example, means the default, not an error."""
    environ = dict.fromkeys(["APP_ENV", "LOG_LEVEL", "SQLITE_DB_PATH", "PORT"], "")

    assert load_settings(environ) == Settings()


# PostgreSQL only
def test_postgres_scheme_is_accepted() -> None:
    """libpq's short `postgres://` scheme works too."""
    url = "postgres://app@localhost/app"

    assert load_settings({"DATABASE_URL": url}).database_url == url


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("APP_ENV", "prod", "APP_ENV='prod' is not allowed; use one of: development"),
        ("LOG_LEVEL", "LOUD", "LOG_LEVEL='LOUD' is not allowed; use one of: DEBUG"),
        ("PORT", "http", "PORT='http' is not allowed; use a whole number from 1"),
        ("PORT", "0", "PORT='0' is not allowed"),
        ("PORT", "65536", "PORT='65536' is not allowed"),
        ("DATABASE_TIMEOUT_S", "soon", "use a number from 0.1 to 300"),
        ("DATABASE_TIMEOUT_S", "0", "DATABASE_TIMEOUT_S='0' is not allowed"),
        ("MAX_BODY_BYTES", "1e6", "use a whole number from 1 to 104857600"),
        ("REQUEST_TIMEOUT_S", "inf", "REQUEST_TIMEOUT_S='inf' is not allowed"),
        ("MAX_CONNECTIONS", "-1", "MAX_CONNECTIONS='-1' is not allowed"),
        ("RATE_LIMIT_PER_S", "nan", "use a number from 0 to 1000000"),
        ("RATE_LIMIT_BURST", "0", "use a whole number from 1 to 1000000"),
        # PostgreSQL only
        ("DATABASE_POOL_SIZE", "0", "use a whole number from 1 to 100"),
        ("DATABASE_URL", "mysql://db", "DATABASE_URL has the unsupported scheme"),
        ("DATABASE_URL", "app.sqlite", "leave DATABASE_URL empty to use SQLite"),
    ],
)
def test_bad_value_names_the_variable(name: str, value: str, message: str) -> None:
    """The error starts with the variable and says what is allowed."""
    with pytest.raises(SettingsError) as raised:
        load_settings({name: value})

    assert message in str(raised.value)
