"""The options the service gives uvicorn: the edge every response passes."""

from __future__ import annotations

from python_service.http_server import server_options
from python_service.settings import Settings


def test_every_response_gets_owasps_four_headers() -> None:
    """The REST Security Cheat Sheet's headers, added by the server to every answer."""
    headers = dict(server_options(Settings())["headers"])

    assert headers == {
        "Cache-Control": "no-store",
        "Content-Security-Policy": "frame-ancestors 'none'",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
    }


def test_options_follow_the_settings() -> None:
    """Address, log level and connection limit come from the settings."""
    settings = Settings(host="0.0.0.0", port=9000, log_level="ERROR", max_connections=7)

    options = server_options(settings)

    assert (options["host"], options["port"], options["log_level"]) == (
        "0.0.0.0",
        9000,
        "error",
    )
    assert (options["limit_concurrency"], options["server_header"]) == (7, False)
