"""What the HTTP server (uvicorn) adds around the app: headers, limits, timeouts."""

from __future__ import annotations

from typing import TypedDict

from python_service.settings import Settings

SECURITY_HEADERS = [
    ("Cache-Control", "no-store"),
    ("Content-Security-Policy", "frame-ancestors 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
]
"""The headers OWASP's REST Security Cheat Sheet asks of every API response."""
KEEP_ALIVE_S = 5
"""An idle connection is closed after this many seconds (uvicorn's default)."""


class ServerOptions(TypedDict):
    """The keyword arguments `uvicorn.run` and `uvicorn.Config` take from us."""

    host: str
    port: int
    log_level: str
    access_log: bool
    log_config: None
    server_header: bool
    headers: list[tuple[str, str]]
    limit_concurrency: int
    timeout_keep_alive: int


def server_options(settings: Settings) -> ServerOptions:
    """Serve on HOST:PORT; every response, even an error, gets the security headers."""
    return ServerOptions(
        host=settings.host,
        port=settings.port,
        log_level=settings.log_level.lower(),
        access_log=False,
        log_config=None,  # uvicorn's records go to the handler configure_logging set
        server_header=False,  # no `server: uvicorn`: it tells an attacker what to try
        headers=SECURITY_HEADERS,
        limit_concurrency=settings.max_connections,  # past it: 503 at once
        timeout_keep_alive=KEEP_ALIVE_S,
    )
