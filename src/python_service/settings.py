"""Service settings, read once from environment variables and checked at start-up."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast, get_args

AppEnv = Literal["development", "test", "production"]
LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]

APP_ENVS: tuple[AppEnv, ...] = get_args(AppEnv)
LOG_LEVELS: tuple[LogLevel, ...] = get_args(LogLevel)
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


class SettingsError(ValueError):
    """An environment variable holds a value the service cannot use."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the service reads from its environment."""

    app_env: AppEnv = "development"
    log_level: LogLevel = "INFO"
    database_url: str | None = None
    """A PostgreSQL URL; `None` means SQLite at `sqlite_db_path`."""
    sqlite_db_path: Path = Path("var/app.sqlite")
    host: str = "127.0.0.1"
    port: int = 8080


def load_settings(environ: Mapping[str, str]) -> Settings:
    """Build `Settings` from `environ`; an unset or empty variable takes the default."""
    defaults = Settings()
    return Settings(
        app_env=cast(AppEnv, _choice(environ, "APP_ENV", APP_ENVS, defaults.app_env)),
        log_level=cast(
            LogLevel,
            _choice(environ, "LOG_LEVEL", LOG_LEVELS, defaults.log_level, upper=True),
        ),
        database_url=_database_url(environ),
        sqlite_db_path=Path(
            _read(environ, "SQLITE_DB_PATH") or defaults.sqlite_db_path
        ),
        host=_read(environ, "HOST") or defaults.host,
        port=_port(environ, defaults.port),
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


def _port(environ: Mapping[str, str], default: int) -> int:
    value = _read(environ, "PORT")
    if not value:
        return default
    try:
        port = int(value)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise SettingsError(
            f"PORT={value!r} is not allowed; use a whole number from 1 to 65535"
        )
    return port
