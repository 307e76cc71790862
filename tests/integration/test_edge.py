"""What a client meets at the running service's edge: headers, 413, 408, 503, 429."""

from __future__ import annotations

import os
import shutil
import socket
import sys
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, ExitStack
from pathlib import Path
from urllib.parse import urlsplit

import httpx2
import pytest

from tests.integration.service_process import ServiceProcess, running_service

SECURITY_HEADERS = {
    "cache-control": "no-store",
    "content-security-policy": "frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
}
LIMITS = {"MAX_BODY_BYTES": "1024", "REQUEST_TIMEOUT_S": "0.5", "RATE_LIMIT_PER_S": "0"}
"""A 1 KiB body at most, half a second to send it, no rate limit."""


def serve(database: Path, **settings: str) -> AbstractContextManager[ServiceProcess]:
    """The real service on a free loopback port, on `database`, with `settings`."""
    env = {
        "PATH": os.environ["PATH"],
        "LOG_LEVEL": "WARNING",
        "SQLITE_DB_PATH": str(database),
        **settings,
    }
    return running_service(sys.executable, env)


def stalled_upload(url: str) -> socket.socket:
    """A connection that announces a 100-byte body, sends one byte, and waits."""
    address = urlsplit(url)
    sock = socket.create_connection((address.hostname, address.port), timeout=5)
    sock.sendall(
        b"POST /users HTTP/1.1\r\nhost: test\r\ncontent-type: application/json\r\n"
        b"content-length: 100\r\n\r\n{"
    )
    return sock


def raw_exchange(url: str, request: bytes) -> tuple[bytes, bytes]:
    """Send `request` bytes as they are; return the answer's status line and headers.

    Nothing more is sent, so whatever the server answers, it answered without them.
    """
    address = urlsplit(url)
    with socket.create_connection((address.hostname, address.port), timeout=5) as sock:
        sock.sendall(request)
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = sock.recv(4096)
            if not chunk:
                break
            answer += chunk
    status, _, headers = answer.partition(b"\r\n\r\n")[0].partition(b"\r\n")
    return status, headers.lower()


@pytest.fixture(name="url", scope="module")
def fixture_url(
    pristine_sqlite: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """One service for the module's tests, with the LIMITS."""
    database = tmp_path_factory.mktemp("edge") / "app.sqlite"
    shutil.copy(pristine_sqlite, database)
    with serve(database, **LIMITS) as service:
        yield service.url


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/health", 200),
        ("GET", "/users/1234", 404),
        ("POST", "/users", 422),
        ("GET", "/openapi.json", 200),
        ("DELETE", "/health", 405),
    ],
)
def test_every_answer_has_the_security_headers_and_no_server(
    url: str, method: str, path: str, status: int
) -> None:
    """Success or error: the four headers are there, and nothing names the server."""
    response = httpx2.request(method, f"{url}{path}", json={})

    assert response.status_code == status
    assert {name: response.headers.get(name) for name in SECURITY_HEADERS} == (
        SECURITY_HEADERS
    )
    assert "server" not in response.headers


def test_too_large_a_body_is_413_with_the_headers(url: str) -> None:
    """A client that sends 2 KiB where 1 KiB is allowed gets 413, not a 422."""
    response = httpx2.post(
        f"{url}/users", json={"email": "a@example.com", "name": "x" * 2048}
    )

    assert response.status_code == 413
    assert response.headers["x-frame-options"] == "DENY"


def test_a_20_mb_body_is_413_before_any_of_it_is_sent(url: str) -> None:
    """The announced length alone is refused: the body is never read."""
    request = (
        b"POST /users HTTP/1.1\r\nhost: test\r\ncontent-type: application/json\r\n"
        b"content-length: 20000000\r\n\r\n"
    )

    status, headers = raw_exchange(url, request)

    assert status.startswith(b"HTTP/1.1 413 ")
    assert b"x-content-type-options: nosniff" in headers


def test_an_endless_chunked_body_is_413_past_the_limit(url: str) -> None:
    """No length announced: reading stops at the chunk that crosses the limit."""
    request = (
        b"POST /users HTTP/1.1\r\nhost: test\r\ncontent-type: application/json\r\n"
        b"transfer-encoding: chunked\r\n\r\n800\r\n" + b"x" * 0x800 + b"\r\n"
    )

    status, _ = raw_exchange(url, request)

    assert status.startswith(b"HTTP/1.1 413 ")


def test_a_body_that_stops_coming_is_408(url: str) -> None:
    """10 of 100 announced bytes, then nothing: 408 at the deadline, and goodbye."""
    request = (
        b"POST /users HTTP/1.1\r\nhost: test\r\ncontent-type: application/json\r\n"
        b'content-length: 100\r\n\r\n{"email": '
    )

    status, headers = raw_exchange(url, request)

    assert status.startswith(b"HTTP/1.1 408 ")
    assert b"connection: close" in headers


def test_slow_clients_fill_the_cap_only_until_the_deadline(
    sqlite_db_path: Path,
) -> None:
    """Two stalled uploads fill a cap of three: 503 at once; the 408s free it."""
    limits = {"MAX_CONNECTIONS": "3", "REQUEST_TIMEOUT_S": "2", "RATE_LIMIT_PER_S": "0"}
    with serve(sqlite_db_path, **limits) as service, ExitStack() as stack:
        for _ in range(2):
            stack.enter_context(stalled_upload(service.url))
        time.sleep(0.5)  # both are read, and counted
        full = httpx2.get(f"{service.url}/health")
        time.sleep(2.5)  # past the deadline: both got their 408 and were closed
        freed = httpx2.get(f"{service.url}/health")

    assert (full.status_code, freed.status_code) == (503, 200)
    assert full.headers["x-content-type-options"] == "nosniff"


def test_past_the_rate_limit_is_429_with_retry_after(sqlite_db_path: Path) -> None:
    """One request a second, three at once: the fifth in a row is refused."""
    limits = {"RATE_LIMIT_PER_S": "1", "RATE_LIMIT_BURST": "3"}
    with serve(sqlite_db_path, **limits) as service, httpx2.Client() as http:
        statuses = [http.get(f"{service.url}/users/1").status_code for _ in range(5)]
        refused = http.get(f"{service.url}/users/1")

    assert 429 in statuses
    assert refused.status_code == 429
    assert int(refused.headers["retry-after"]) >= 1
    assert refused.headers["cache-control"] == "no-store"
