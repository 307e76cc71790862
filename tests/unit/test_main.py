"""`python -m python_service`: settings and database first, then uvicorn."""

from __future__ import annotations

from pathlib import Path

import pytest
import uvicorn

from python_service.__main__ import main
from python_service.http_server import server_options
from python_service.settings import Settings


def test_bad_setting_exits_with_one_line() -> None:
    """A bad variable ends start-up with a message, not a traceback."""
    with pytest.raises(SystemExit) as raised:
        main({"PORT": "eighty"})

    assert str(raised.value) == (
        "python_service: PORT='eighty' is not allowed; "
        "use a whole number from 1 to 65535"
    )


def test_missing_sqlite_file_exits_naming_the_path(tmp_path: Path) -> None:
    """No deployed database at SQLITE_DB_PATH: the message names the path."""
    path = tmp_path / "absent.sqlite"

    with pytest.raises(SystemExit) as raised:
        main({"SQLITE_DB_PATH": str(path)})

    assert f"SQLITE_DB_PATH={path}: cannot write" in str(raised.value)
    assert not path.exists()


def test_serves_on_host_and_port(
    monkeypatch: pytest.MonkeyPatch, sqlite_db_path: Path
) -> None:
    """Good settings: uvicorn runs the app on HOST:PORT with the server options."""
    calls: list[dict[str, object]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.append(options))

    main({"SQLITE_DB_PATH": str(sqlite_db_path), "PORT": "9123", "LOG_LEVEL": "debug"})

    settings = Settings(sqlite_db_path=sqlite_db_path, port=9123, log_level="DEBUG")
    assert calls == [server_options(settings)]
    assert (calls[0]["host"], calls[0]["port"]) == ("127.0.0.1", 9123)
