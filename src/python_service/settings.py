"""Service settings, read once from environment variables and checked at start-up."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast, get_args

AppEnv = Literal["development", "test", "production"]
LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]

APP_ENVS: tuple[AppEnv, ...] = get_args(AppEnv)
LOG_LEVELS: tuple[LogLevel, ...] = get_args(LogLevel)
POSTGRES_SCHEMES = ("postgresql://", "postgres://")  # PostgreSQL only


class SettingsError(ValueError):
    """An environment variable holds a value the service cannot use."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the service reads from its environment."""

    app_env: AppEnv = "development"
    log_level: LogLevel = "INFO"

    sqlite_db_path: Path = Path("var/app.sqlite")
    database_timeout_s: float = 5.0
    """The longest wait for a connection, a lock or a statement."""
    # PostgreSQL only
    database_url: str | None = None
    """A PostgreSQL URL; `None` means SQLite at `sqlite_db_path`."""
    database_pool_size: int = 8
    """PostgreSQL connections kept open at most."""

    host: str = "127.0.0.1"
    port: int = 8080
    max_body_bytes: int = 65_536
    """A larger request body is refused with 413 before it is read."""
    request_timeout_s: float = 10.0
    """A request body not in by then is refused with 408."""
    max_connections: int = 100
    """Connections served at once; past that, new requests get 503 at once."""

    rate_limit_per_s: float = 50.0
    """Requests per second each client address may make; 0 turns the limit off."""
    rate_limit_burst: int = 100
    """Requests a client address may make at once before the rate applies."""


def load_settings(environ: Mapping[str, str]) -> Settings:
    """Build `Settings` from `environ`; an unset or empty variable takes the default."""
    defaults = Settings()
    return Settings(
        app_env=cast(AppEnv, _choice(environ, "APP_ENV", APP_ENVS, defaults.app_env)),
        log_level=cast(
            LogLevel,
            _choice(environ, "LOG_LEVEL", LOG_LEVELS, defaults.log_level, upper=True),
        ),
        sqlite_db_path=Path(
            _read(environ, "SQLITE_DB_PATH") or defaults.sqlite_db_path
        ),
        database_timeout_s=_number(
            environ, "DATABASE_TIMEOUT_S", defaults.database_timeout_s, 0.1, 300
        ),
        host=_read(environ, "HOST") or defaults.host,
        port=_whole(environ, "PORT", defaults.port, 1, 65535),
        max_body_bytes=_whole(
            environ, "MAX_BODY_BYTES", defaults.max_body_bytes, 1, 100 * 2**20
        ),
        request_timeout_s=_number(
            environ, "REQUEST_TIMEOUT_S", defaults.request_timeout_s, 0.1, 300
        ),
        max_connections=_whole(
            environ, "MAX_CONNECTIONS", defaults.max_connections, 1, 10_000
        ),
        rate_limit_per_s=_number(
            environ, "RATE_LIMIT_PER_S", defaults.rate_limit_per_s, 0, 1_000_000
        ),
        rate_limit_burst=_whole(
            environ, "RATE_LIMIT_BURST", defaults.rate_limit_burst, 1, 1_000_000
        ),
        # PostgreSQL only
        database_url=_database_url(environ),
        database_pool_size=_whole(
            environ, "DATABASE_POOL_SIZE", defaults.database_pool_size, 1, 100
        ),
    )


def _read(environ: Mapping[str, str], name: str) -> str:
    return environ.get(name, "").strip()


def _choice(
    environ: Mapping[str, str],
    name: str,
    allowed: tuple[str, ...],
    default: str,
    *,
    upper: bool = False,
) -> str:
    value = _read(environ, name) or default
    value = value.upper() if upper else value
    if value not in allowed:
        raise SettingsError(
            f"{name}={value!r} is not allowed; use one of: {', '.join(allowed)}"
        )
    return value


# PostgreSQL only
def _database_url(environ: Mapping[str, str]) -> str | None:
    value = _read(environ, "DATABASE_URL")
    if not value:
        return None
    if not value.startswith(POSTGRES_SCHEMES):
        scheme = value.partition(":")[0]
        raise SettingsError(
            f"DATABASE_URL has the unsupported scheme {scheme!r}; use a "
            "postgresql:// URL, or leave DATABASE_URL empty to use SQLite "
            "at SQLITE_DB_PATH"
        )
    return value


def _whole(
    environ: Mapping[str, str], name: str, default: int, low: int, high: int
) -> int:
    value = _read(environ, name)
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        number = low - 1
    if not low <= number <= high:
        raise SettingsError(
            f"{name}={value!r} is not allowed; use a whole number from {low} to {high}"
        )
    return number


def _number(
    environ: Mapping[str, str], name: str, default: float, low: float, high: float
) -> float:
    value = _read(environ, name)
    if not value:
        return default
    try:
        number = float(value)
    except ValueError:
        number = math.nan  # fails both comparisons below, as inf fails one
    if not low <= number <= high:
        raise SettingsError(
            f"{name}={value!r} is not allowed;"
            f" use a number from {low:.12g} to {high:.12g}"
        )
    return number
